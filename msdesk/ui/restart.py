"""Restarting the app (Settings → General's "Restart now", so a new language takes effect).

:func:`request` closes the main window the normal way (work in progress is
asked about first) and marks the restart; ``main`` closes the services,
releases the single-instance lock and then calls :func:`start_again`, which
starts the same program with the same arguments and returns at once.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from msdesk.ui.main_window import MainWindow

_requested = [False]


def requested() -> bool:
    """True once the window closed for a restart."""
    return _requested[0]


def clear() -> None:
    _requested[0] = False


def request(window: MainWindow) -> None:
    """Close ``window`` as the user would; once it does close, the app starts again."""
    from PySide6.QtWidgets import QMessageBox

    def closing() -> None:
        _requested[0] = True
        forget()

    def forget() -> None:
        try:
            window.closing.disconnect(closing)
        except (RuntimeError, TypeError):
            pass

    window.closing.connect(closing)
    window.close()
    confirm = window.findChild(QMessageBox, "confirmClose")
    if confirm is not None and confirm.isVisible():
        # "Keep working": no restart at a later, ordinary quit.
        confirm.rejected.connect(forget)
    elif not window.close_requested:
        forget()


def command() -> list[str]:
    """How this program was started: the frozen executable, or the interpreter and its arguments."""
    if getattr(sys, "frozen", False):
        return [sys.executable, *sys.argv[1:]]
    return [sys.executable, *sys.orig_argv[1:]]


def start_again() -> None:
    """Start the program again, detached from this process, which then ends."""
    import subprocess

    options: dict[str, object] = {"close_fds": True}
    if sys.platform == "win32":
        options["creationflags"] = subprocess.DETACHED_PROCESS | subprocess.CREATE_NEW_PROCESS_GROUP
    else:
        options["start_new_session"] = True
    subprocess.Popen(command(), **options)  # our own program, as it was started
