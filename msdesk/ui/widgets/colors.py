"""The few colours the pages share: the accent and the state colours."""

from __future__ import annotations

ACCENT = "#4f5bd5"
OK_COLOR = "#1a7340"
ERROR_COLOR = "#c0392b"
WARN_COLOR = "#8a5a00"
