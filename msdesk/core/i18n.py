"""The one door for user-visible text: ``translate(context, text, disambiguation, n)``.

Every string a person reads (labels, messages, errors, the command line's human
output) goes through :func:`translate`; JSON output and log lines stay English.
Core has no Qt, so the lookup itself is a *backend* that the window or the
command line installs (``msdesk.translations`` puts Qt's translator behind it);
without one, the English source text is used as written.

Conventions (``tests/test_i18n.py`` checks them):

- ``context`` is the calling module's path inside the package, a literal string:
  ``translate("ui.chat.page", "Send")``. Qt's ``lupdate`` finds the calls by that
  name and shape, so the context and the text must be string literals.
- Values go in with named ``{placeholders}`` filled by ``str.format`` after the
  lookup: ``translate("core.quota", "Back at {time}").format(time=...)``. A
  translation keeps the same placeholders.
- A count goes in as ``n`` (fourth argument, positionally, a plain variable name:
  ``lupdate`` misses a call whose count is an expression) and appears as ``%n``;
  the English text marks its plural with ``(s)`` or ``(es)``:
  ``translate("ui.settings.tokens", "%n token(s)", "", n)``. Chinese has one form,
  Russian three; English is resolved here (``1 token``, ``2 tokens``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

# (context, text, disambiguation, n) -> translated text, with ``%n`` replaced.
Backend = Callable[[str, str, "str | None", int], str]

_backend: Backend | None = None
_language = "en"

_ENGLISH_PLURAL = re.compile(r"\((e?s)\)")


def install(backend: Backend | None, language: str = "en") -> None:
    """Make ``backend`` the lookup for :func:`translate` (``None``: English source text)."""
    global _backend, _language
    _backend = backend
    _language = language if backend is not None else "en"


def language() -> str:
    """The language the text is shown in: ``en``, ``zh_CN`` or ``ru``."""
    return _language


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the user's language (see the module's conventions)."""
    plain = text.replace("%n", str(n)) if n >= 0 else text
    if _backend is not None:
        found = _backend(context, text, disambiguation, n)
        if found != plain:
            return found
    if n >= 0:
        return _ENGLISH_PLURAL.sub("" if n == 1 else r"\1", plain)
    return plain


def list_separator() -> str:
    """What goes between the items of a list in the user's language (", " in English)."""
    return translate("core.i18n", ", ", "list separator")


def join_names(names: list[str], limit: int = 3) -> str:
    """``a``, ``a and b``, ``a, b and c``, ``a, b, c and 2 more``, in the user's language."""
    if len(names) <= 1:
        return "".join(names)
    sep = list_separator()
    if len(names) > limit:
        more = len(names) - limit
        return translate("core.i18n", "{names} and %n more", "", more).format(names=sep.join(names[:limit]))
    return translate("core.i18n", "{names} and {last}").format(names=sep.join(names[:-1]), last=names[-1])
