"""Keep tokens out of logs, messages and crash reports.

Two layers: every token the app has seen is registered here and replaced
wherever it appears, and anything shaped like a token (``ms-<uuid>``,
``sk-`` keys, whatever follows ``Bearer``) is masked even if it was never
registered. The shapes are strict, so model IDs such as
``cross-encoder/ms-marco-MiniLM-L-6-v2`` or task UUIDs stay readable.
"""

from __future__ import annotations

import logging
import re
import threading

_known: set[str] = set()
_lock = threading.Lock()

_UUID = r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"

_PATTERNS = [
    # ModelScope tokens: ms- followed by a UUID.
    re.compile(rf"\bms-{_UUID}\b"),
    # DashScope / OpenAI style keys: sk- followed by a long run of letters and digits.
    re.compile(r"\bsk-(?:proj-)?[0-9A-Za-z_]{20,}"),
    # Whatever follows "Bearer".
    re.compile(r"(?i)(?<=bearer )[^\s'\",;]+"),
]

MASK = "***"


def register_secret(secret: str | None) -> None:
    """Remember a secret so that ``redact`` removes it wherever it appears."""
    if secret and len(secret) >= 6:
        with _lock:
            _known.add(secret)


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
    for secret in known:
        if secret in text:
            text = text.replace(secret, MASK)
    for pattern in _PATTERNS:
        text = pattern.sub(MASK, text)
    return text


class RedactingFilter(logging.Filter):
    """A logging filter that masks secrets in the final message text."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a broken format string must not lose the record
            message = str(record.msg)
        record.msg = redact(message)
        record.args = None
        if record.exc_info and record.exc_info[1] is not None:
            # Format the traceback now, redacted, and drop the live exception.
            formatter = logging.Formatter()
            record.exc_text = redact(formatter.formatException(record.exc_info))
            record.exc_info = None
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True
