"""The one place that knows what a token and its label may be, and changes them.

The Settings page and the command line both come here: a token is cleaned and
checked once (``check``), stored, renamed or deleted, and every change ends
with one ``Change.TOKENS`` notice. What comes back is the stored entry (label
and mask), never the token: the token itself is read from the keychain only
for a request, Reveal or Copy (``reveal``).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from msdesk.core.changes import Change, Changes
from msdesk.core.i18n import translate
from msdesk.core.redact import mask
from msdesk.core.secret_store import SecretStore, StoredToken

if TYPE_CHECKING:
    from msdesk.core.providers import Provider

log = logging.getLogger(__name__)

__all__ = [
    "MAX_TOKEN_LENGTH",
    "StoredToken",
    "TokenService",
    "check_label",
    "check_token",
    "clean_token",
    "looks_like_modelscope_token",
    "next_label",
    "token_warning",
]

MAX_TOKEN_LENGTH = 4096  # far beyond any real key; longer means a wrong paste
_LABEL_RE = re.compile(r"^[^\x00-\x1f/]{1,64}$")
_UUID = r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"


def check_label(label: str, taken: Iterable[str] = ()) -> str:
    """A trimmed, valid token label, or ValueError saying what is wrong.

    ``taken`` are labels already in use (an added token must not replace one by accident).
    """
    label = label.strip()
    if not _LABEL_RE.match(label):
        raise ValueError(
            translate("core.tokens", "A token label must be 1 to 64 characters, without '/' or control characters.")
        )
    if label in set(taken):
        raise ValueError(
            translate("core.tokens", "A token labelled “{label}” already exists: pick another label.").format(label=label)
        )
    return label


def clean_token(token: str) -> str:
    """Trim whitespace and line breaks a copy-paste brings along."""
    return "".join(token.split())


def check_token(token: str) -> str:
    """The cleaned token, or ValueError saying what is wrong with it."""
    token = clean_token(token)
    if not token:
        raise ValueError(translate("core.tokens", "Paste the token first."))
    if len(token) > MAX_TOKEN_LENGTH:
        raise ValueError(translate("core.tokens", "That is far longer than any token: copy the token again."))
    if not (token.isascii() and token.isprintable()):
        raise ValueError(
            translate(
                "core.tokens", "The token has characters that cannot be sent (a stray quote from copying?): copy it again."
            )
        )
    return token


def looks_like_modelscope_token(token: str) -> bool:
    """``ms-`` followed by a UUID today; older tokens are a bare UUID."""
    return bool(re.fullmatch(rf"(ms-)?{_UUID}", token))


def token_warning(provider: Provider, token: str, stored: Iterable[StoredToken] = ()) -> str:
    """A note about a token that looks wrong but may still be stored; blank when it looks fine.

    ``stored`` are the provider's entries: a token whose mask matches one of
    them is most likely pasted twice (the masks are compared, no token is read).
    """
    token = clean_token(token)
    if not token:
        return ""
    masked = mask(token)
    twin = next((entry.label for entry in stored if entry.masked == masked), None)
    if twin is not None:
        return translate("core.tokens", "This looks like the token already stored as “{label}”.").format(label=twin)
    if provider.is_modelscope and not looks_like_modelscope_token(token):
        return translate(
            "core.tokens",
            "This does not look like a ModelScope token (“ms-” and 36 letters, digits and "
            "dashes). Check that you copied all of it; you can still save it.",
        )
    if provider.token_prefix and not provider.is_modelscope and not token.startswith(provider.token_prefix):
        return translate(
            "core.tokens", "{provider} keys usually start with “{prefix}”. Check that you copied the right one."
        ).format(provider=provider.name, prefix=provider.token_prefix)
    return ""


def next_label(existing: Iterable[str]) -> str:
    """"main" for the first token (as the command line names it), then "backup 1", "backup 2", …"""
    taken = set(existing)
    if not taken:
        return "main"
    number = 1
    while f"backup {number}" in taken:
        number += 1
    return f"backup {number}"


@dataclass
class _Deleted:
    token: str = field(repr=False)


class TokenService:
    """Store, rename and delete tokens; each change is announced once on ``changes``."""

    def __init__(self, secrets: SecretStore, changes: Changes,
                 on_stored: Callable[[str, str, str], None] | None = None) -> None:
        """``on_stored(provider_id, label, token)``: told which token a label holds now (the quota store's ``saw``)."""
        self.secrets = secrets
        self.changes = changes
        self._on_stored = on_stored
        # A deleted token, kept here (not in any view) until its Undo is pressed or dropped.
        self._deleted: dict[tuple[str, str], _Deleted] = {}

    def __repr__(self) -> str:
        return f"TokenService({self.secrets!r})"

    async def entries(self, provider_id: str) -> list[StoredToken]:
        """The provider's tokens as lists show them: label and mask, in order."""
        return await self.secrets.entries(provider_id)

    async def labels(self, provider_id: str) -> list[str]:
        return await self.secrets.labels(provider_id)

    async def reveal(self, provider_id: str, label: str) -> str:
        """The token itself, for Reveal or Copy; ValueError when it is gone."""
        token = await self.secrets.get(provider_id, label)
        if token is None:
            raise ValueError(
                translate("core.tokens", "No token labelled '{label}' is stored any more.").format(label=label)
            )
        return token

    async def store(self, provider_id: str, label: str, token: str, *, initiator: object | None = None,
                    taken: Iterable[str] = ()) -> StoredToken:
        """Check and store (or replace) a token; ValueError says what is wrong with either."""
        label = check_label(label, taken)
        token = check_token(token)
        stored = await self.secrets.set(provider_id, label, token)
        self._deleted.pop((provider_id, label), None)
        self._saw(provider_id, label, token)
        self.changes.notify(Change.TOKENS, provider_id=provider_id, initiator=initiator)
        return stored

    def _saw(self, provider_id: str, label: str, token: str) -> None:
        if self._on_stored is None:
            return
        try:
            self._on_stored(provider_id, label, token)
        except Exception as exc:  # the figures are a shortcut; a full disk must not fail the store
            log.warning("could not note the token for the quota figures: %s", type(exc).__name__)

    async def rename(self, provider_id: str, old: str, new: str, *,
                     initiator: object | None = None) -> StoredToken:
        """Give a token a new label (ValueError if the label is invalid or taken)."""
        new = check_label(new)
        stored = await self.secrets.rename(provider_id, old, new)
        if new != old:
            self.changes.notify(Change.TOKENS, provider_id=provider_id, initiator=initiator)
        return stored

    async def delete(self, provider_id: str, label: str, *, keep_for_undo: bool = False,
                     initiator: object | None = None) -> bool:
        """Delete a token; False if there was none. ``keep_for_undo`` lets ``undo_delete`` put it back."""
        token = await self.secrets.get(provider_id, label) if keep_for_undo else None
        removed = await self.secrets.remove(provider_id, label)
        if removed:
            if token:
                self._deleted[(provider_id, label)] = _Deleted(token)
            self.changes.notify(Change.TOKENS, provider_id=provider_id, initiator=initiator)
        return removed

    async def undo_delete(self, provider_id: str, label: str, *,
                          initiator: object | None = None) -> StoredToken | None:
        """Put a token deleted with ``keep_for_undo`` back as it was (None if it is no longer kept)."""
        deleted = self._deleted.pop((provider_id, label), None)
        if deleted is None:
            return None
        stored = await self.secrets.set(provider_id, label, deleted.token)
        self._saw(provider_id, label, deleted.token)
        self.changes.notify(Change.TOKENS, provider_id=provider_id, initiator=initiator)
        return stored

    def forget_deleted(self, provider_id: str, label: str) -> None:
        """The Undo is gone: the deleted token is held nowhere any more."""
        self._deleted.pop((provider_id, label), None)

    async def delete_all(self, provider_id: str, *, initiator: object | None = None) -> int:
        """Delete every token of a provider (the provider itself is being removed)."""
        labels = await self.secrets.labels(provider_id)
        for label in labels:
            await self.secrets.remove(provider_id, label)
            self._deleted.pop((provider_id, label), None)
        if labels:
            self.changes.notify(Change.TOKENS, provider_id=provider_id, initiator=initiator)
        return len(labels)
