"""Keep tokens out of logs, messages and crash reports.

Two layers: every token the app has seen is registered here and replaced
wherever it appears, whole or in part (any run of ``FRAGMENT`` or more of its
characters, but for runs of letters only, which are words of the message:
a server that echoes a truncated token must not leak the rest),
and anything shaped like a token (``ms-`` and hex digits, ``sk-`` keys,
whatever follows ``Bearer``) is masked even if it was never registered, whole
or cut short. The shapes are strict enough that model IDs such as
``cross-encoder/ms-marco-MiniLM-L-6-v2`` or task UUIDs stay readable.
"""

from __future__ import annotations

import logging
import re
import threading

# A run of this many characters of a registered token is masked wherever it appears.
FRAGMENT = 8

_known: set[str] = set()
_fragments: dict[str, frozenset[str]] = {}
_lock = threading.Lock()

_UUID = r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"

_PATTERNS = [
    # ModelScope tokens: ms- followed by a UUID.
    re.compile(rf"\bms-{_UUID}\b"),
    # ... or by the start of one (a token cut short): five or more hex digits, then the rest.
    re.compile(r"\bms-[0-9a-fA-F]{5,}(?:-[0-9a-fA-F]{0,12})*"),
    # DashScope / OpenAI style keys: sk- followed by a run of letters and digits (at least one
    # digit, so words such as "sk-learn" stay), even a short one.
    re.compile(r"\bsk-(?:proj-)?(?=[A-Za-z_]*\d)[0-9A-Za-z_]{5,}(?:-[0-9A-Za-z_]+)*"),
    # Whatever follows "Bearer".
    re.compile(r"(?i)(?<=bearer )[^\s'\",;]+"),
]

MASK = "***"


def register_secret(secret: str | None) -> None:
    """Remember a secret so that ``redact`` removes it wherever it appears."""
    if secret and len(secret) >= 6:
        pieces = frozenset(
            piece for i in range(len(secret) - FRAGMENT + 1)
            # Letters and spaces only would be a word of prose ("password"): messages keep those.
            if not (piece := secret[i:i + FRAGMENT]).replace(" ", "").isalpha()
        )
        with _lock:
            _known.add(secret)
            _fragments[secret] = pieces


def mask(secret: str | None) -> str:
    """A short, safe preview of a token: ``ms-1a…3b2c``; short keys show less."""
    if not secret:
        return ""
    prefix = secret[:3] if secret.startswith(("ms-", "sk-")) else ""
    body = secret[len(prefix):]
    if len(body) >= 24:
        return f"{prefix}{body[:2]}…{body[-4:]}"
    if len(body) >= 12:
        return f"{prefix}…{body[-2:]}"
    return f"{prefix}{'•' * 6}"


def contains_secret(text: str) -> bool:
    """True if ``text`` holds a registered secret or something shaped like a token."""
    return redact(text) != text


def redact(text: str) -> str:
    """Return ``text`` with every known or token-shaped secret masked."""
    if not text:
        return text
    with _lock:
        known = sorted(_known, key=len, reverse=True)
        pieces = frozenset().union(*_fragments.values()) if _fragments else frozenset()
    for secret in known:
        if secret in text:
            text = text.replace(secret, MASK)
    if pieces:
        text = _mask_fragments(text, pieces)
    for pattern in _PATTERNS:
        text = pattern.sub(MASK, text)
    return text


def _mask_fragments(text: str, pieces: frozenset[str]) -> str:
    """Mask every run of text made of overlapping pieces of a registered token."""
    spans: list[tuple[int, int]] = []
    for piece in pieces:
        start = text.find(piece)
        while start != -1:
            spans.append((start, start + len(piece)))
            start = text.find(piece, start + 1)
    if not spans:
        return text
    spans.sort()
    out: list[str] = []
    cursor = 0
    run_start, run_end = spans[0]
    for start, end in spans[1:]:
        if start <= run_end:
            run_end = max(run_end, end)
            continue
        out += [text[cursor:run_start], MASK]
        cursor, run_start, run_end = run_end, start, end
    out += [text[cursor:run_start], MASK, text[run_end:]]
    return "".join(out)


def printable(text: str) -> str:
    """``text`` that any stream can write: lone surrogates (undecodable bytes) as escapes."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", "backslashreplace").decode("utf-8")
    return text


class RedactingFilter(logging.Filter):
    """A logging filter that masks secrets in the final message text."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a broken format string must not lose the record
            message = str(record.msg)
        record.msg = printable(redact(message))
        record.args = None
        if record.exc_info and record.exc_info[1] is not None:
            # Format the traceback now, redacted, and drop the live exception.
            formatter = logging.Formatter()
            record.exc_text = printable(redact(formatter.formatException(record.exc_info)))
            record.exc_info = None
        if record.stack_info:
            record.stack_info = printable(redact(record.stack_info))
        return True
