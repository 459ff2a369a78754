"""Keep tokens out of logs, messages and crash reports.

Two layers: every token the app has seen is registered here and replaced
wherever it appears, and anything shaped like a token (``ms-<uuid>``, a bare
UUID after ``Bearer``, ``sk-...`` keys) is masked even if it was never
registered.
"""

from __future__ import annotations

import logging
import re
import threading

_known: set[str] = set()
_lock = threading.Lock()

_PATTERNS = [
    # ModelScope tokens: ms- followed by a UUID (or any long hex/dash run).
    re.compile(r"\bms-[0-9A-Za-z-]{8,}"),
    # DashScope / OpenAI style keys.
    re.compile(r"\bsk-[0-9A-Za-z_-]{8,}"),
    # Whatever follows "Bearer".
    re.compile(r"(?i)(?<=bearer )[^\s'\",;]+"),
    # Bare UUIDs (older ModelScope tokens are bare UUIDs).
    re.compile(r"\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\b"),
]

MASK = "***"


def register_secret(secret: str | None) -> None:
    """Remember a secret so that ``redact`` removes it wherever it appears."""
    if secret and len(secret) >= 6:
        with _lock:
            _known.add(secret)


def mask(secret: str | None) -> str:
    """A short, safe preview of a token: ``ms-1a2b…9z0y``."""
    if not secret:
        return ""
    if len(secret) <= 10:
        return "•" * len(secret)
    head = secret[:5] if secret.startswith(("ms-", "sk-")) else secret[:2]
    return f"{head}…{secret[-4:]}"


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
