"""Logging to a file under the log folder, with every token masked."""

from __future__ import annotations

import logging
import logging.handlers

from msdesk.core.paths import AppPaths
from msdesk.core.redact import RedactingFilter

_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def setup_logging(paths: AppPaths, *, level: int = logging.INFO, stderr_level: int | None = None) -> None:
    """Send msdesk's logs (and httpx's) to ``msdesk.log``; redact on every handler."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_msdesk", False):
            root.removeHandler(handler)
            handler.close()
    paths.log_dir.mkdir(parents=True, exist_ok=True)
    file_handler = logging.handlers.RotatingFileHandler(
        paths.log_file, maxBytes=2_000_000, backupCount=3, encoding="utf-8",
        errors="backslashreplace",  # undecodable bytes in a name never cost a log line
    )
    file_handler.setFormatter(logging.Formatter(_FORMAT))
    file_handler.addFilter(RedactingFilter())
    file_handler._msdesk = True  # type: ignore[attr-defined]
    root.addHandler(file_handler)
    if stderr_level is not None:
        stream = logging.StreamHandler()
        stream.setLevel(stderr_level)
        stream.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        stream.addFilter(RedactingFilter())
        stream._msdesk = True  # type: ignore[attr-defined]
        root.addHandler(stream)
    root.setLevel(min(level, stderr_level or level))
    # httpcore's debug output can include headers; keep it quiet.
    logging.getLogger("httpcore").setLevel(logging.WARNING)
