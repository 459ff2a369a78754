"""Unhandled errors: log them and show a report the user can copy.

``CrashHandler.install()`` replaces ``sys.excepthook`` and
``threading.excepthook``; ``install_loop(loop)`` sets the asyncio loop's
exception handler. An error never ends the app: it is logged and shown in a
non-modal dialog. The dialog is shown with ``show()`` from a queued signal,
never ``exec()``, so it is safe inside coroutines under qasync and from
other threads.

Every report passes through :func:`msdesk.core.redact.redact` before it is
logged or shown, so access tokens never reach a log or the clipboard.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
from collections.abc import Callable
from types import TracebackType
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QWidget

from msdesk.core.i18n import translate

if TYPE_CHECKING:
    import asyncio

log = logging.getLogger("msdesk.crash")

MAX_REPORTS = 20  # kept in the dialog at once; the log has all of them


def environment_lines() -> list[str]:
    """Version and platform lines for the head of a report."""
    import platform
    from datetime import UTC, datetime

    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import qVersion

    from msdesk import __version__

    lines = [
        f"msdesk {__version__}",
        f"Time: {datetime.now(UTC).strftime('%Y-%m-%d %H:%M:%S')} UTC",
        f"Python {platform.python_version()} ({platform.python_implementation()})",
        f"Platform: {platform.platform()}",
        f"Qt {qVersion()}, PySide6 {pyside_version}",
    ]
    app = QGuiApplication.instance()
    if app is not None:
        lines.append(f"Qt platform plugin: {QGuiApplication.platformName()}")
    return lines


def format_report(
    exc_type: type[BaseException],
    exc: BaseException,
    tb: TracebackType | None,
    *,
    where: str = "",
    extra: list[str] | None = None,
) -> str:
    """A redacted, copyable crash report: environment, context, traceback."""
    import traceback

    from msdesk.core.redact import redact

    try:
        head = environment_lines()
    except Exception as err:  # the report must not fail for want of a version
        head = [f"(environment unavailable: {err!r})"]
    if where:
        head.append(f"Where: {where}")
    head.extend(extra or [])
    body = "".join(traceback.format_exception(exc_type, exc, tb))
    report = "\n".join(head) + "\n\n" + body.rstrip() + "\n"
    home = os.path.expanduser("~")
    if len(home) > 1:  # the user's name is not the report's business
        report = report.replace(home, "~")
    return redact(report)


def format_loop_context(context: dict[str, Any]) -> tuple[str, BaseException | None]:
    """The message and other details of an asyncio exception-handler context."""
    from msdesk.core.redact import redact

    message = str(context.get("message") or "Unhandled exception in event loop")
    details = [
        f"{key}: {context[key]!r}" for key in sorted(context) if key not in {"message", "exception"}
    ]
    exc = context.get("exception")
    text = "\n".join([message, *details])
    return redact(text), exc if isinstance(exc, BaseException) else None


def _print_redacted(
    exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
) -> None:
    """The last resort: a redacted traceback on stderr."""
    try:
        import traceback

        from msdesk.core.redact import redact

        sys.stderr.write(redact("".join(traceback.format_exception(exc_type, exc, tb))))
    except Exception:  # nothing left to try that could not fail the same way
        pass


class CrashDialog(QDialog):
    """A non-modal dialog listing error reports, with a Copy button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        from PySide6.QtGui import QFont
        from PySide6.QtWidgets import (
            QDialogButtonBox,
            QLabel,
            QPlainTextEdit,
            QPushButton,
            QVBoxLayout,
        )

        super().__init__(parent)  # non-modal: shown with show(), never exec()
        self.setObjectName("crashDialog")
        self.setWindowTitle(translate("ui.crash", "msdesk: something went wrong"))
        self.resize(720, 460)
        self._reports: list[str] = []

        self._intro = QLabel(
            translate("ui.crash", "msdesk hit an unexpected error and keeps running, but the last action "
                      "may not have finished.\nThe report below has access tokens masked; "
                      "copy it into a bug report."),
            wordWrap=True,
        )
        self._text = QPlainTextEdit(objectName="crashReport", readOnly=True)
        self._text.setAccessibleName(translate("ui.crash", "Error report"))
        self._text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        self._text.setFont(mono)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self._copy = QPushButton(translate("ui.crash", "Copy report"), objectName="crashCopy")
        buttons.addButton(self._copy, QDialogButtonBox.ButtonRole.ActionRole)
        self._copy.clicked.connect(self.copy_report)
        buttons.rejected.connect(self.close)

        layout = QVBoxLayout(self)
        layout.addWidget(self._intro)
        layout.addWidget(self._text, 1)
        layout.addWidget(buttons)
        self.finished.connect(self._clear)

    def add_report(self, report: str) -> None:
        self._reports.append(report)
        del self._reports[:-MAX_REPORTS]
        count = len(self._reports)
        if count == 1:
            self.setWindowTitle(translate("ui.crash", "msdesk: something went wrong"))
        else:
            self.setWindowTitle(translate("ui.crash", "msdesk: %n errors", "", count))
        separator = "\n" + "-" * 60 + "\n"
        self._text.setPlainText(separator.join(self._reports))

    def report_text(self) -> str:
        return self._text.toPlainText()

    def copy_report(self) -> None:
        QGuiApplication.clipboard().setText(self.report_text())
        self._copy.setText(translate("ui.crash", "Copied"))

    def _clear(self) -> None:
        self._reports.clear()
        self._text.clear()
        self._copy.setText(translate("ui.crash", "Copy report"))


class CrashHandler(QObject):
    """Catches unhandled errors from Python, threads and the asyncio loop."""

    reported = Signal(str)  # a redacted report; emitted from any thread

    def __init__(self) -> None:
        super().__init__()
        self._dialog: CrashDialog | None = None
        self._previous_sys_hook: Callable[..., Any] | None = None
        self._previous_thread_hook: Callable[..., Any] | None = None
        self._in_handler = threading.local()
        self._connect_lock = threading.Lock()
        self._connected = False

    def _connect(self) -> None:
        # Connected on the first report, not at start-up: touching the Qt
        # namespace costs start-up time. Queued even on the GUI thread: the
        # error may come from inside a paint event or a coroutine step, where
        # opening a window is not safe.
        with self._connect_lock:
            if not self._connected:
                from PySide6.QtCore import Qt

                self.reported.connect(self._show, Qt.ConnectionType.QueuedConnection)
                self._connected = True

    @property
    def dialog(self) -> CrashDialog | None:
        return self._dialog

    # -- installing ---------------------------------------------------------

    def install(self) -> None:
        """Replace ``sys.excepthook`` and ``threading.excepthook``."""
        self._previous_sys_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        sys.excepthook = self._sys_hook
        threading.excepthook = self._thread_hook

    def dispose(self) -> None:
        """Uninstall the hooks and drop the dialog (call before the app goes)."""
        self.uninstall()
        if self._dialog is not None:
            self._dialog.close()
            self._dialog = None

    def uninstall(self) -> None:
        if self._previous_sys_hook is not None and sys.excepthook == self._sys_hook:
            sys.excepthook = self._previous_sys_hook
        if self._previous_thread_hook is not None and threading.excepthook == self._thread_hook:
            threading.excepthook = self._previous_thread_hook

    def install_loop(self, loop: asyncio.AbstractEventLoop) -> None:
        """Route the loop's unhandled errors (unawaited task failures, ...) here."""
        loop.set_exception_handler(self._loop_hook)

    # -- hooks --------------------------------------------------------------

    def _sys_hook(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt | SystemExit):
            sys.__excepthook__(exc_type, exc, tb)
            return
        self.handle(exc_type, exc, tb, where="main thread")

    def _thread_hook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit or args.exc_value is None:
            return
        name = args.thread.name if args.thread is not None else "unknown"
        self.handle(args.exc_type, args.exc_value, args.exc_traceback, where=f"thread {name}")

    def _loop_hook(self, loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
        text, exc = format_loop_context(context)
        if exc is None:
            # Warnings such as "Task was destroyed but it is pending!": log only.
            log.warning("asyncio: %s", text)
            return
        self.handle(type(exc), exc, exc.__traceback__, where="asyncio loop", extra=[text])

    # -- reporting ----------------------------------------------------------

    def handle(
        self,
        exc_type: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
        *,
        where: str = "",
        extra: list[str] | None = None,
    ) -> str:
        """Log the error and queue the dialog; return the redacted report."""
        if getattr(self._in_handler, "active", False):
            # An error while reporting an error: do the least that works.
            _print_redacted(exc_type, exc, tb)
            return ""
        self._in_handler.active = True
        try:
            report = format_report(exc_type, exc, tb, where=where, extra=extra)
            log.error("Unhandled error\n%s", report)
            self._connect()
            self.reported.emit(report)
            return report
        except Exception:
            _print_redacted(exc_type, exc, tb)
            return ""
        finally:
            self._in_handler.active = False

    @Slot(str)
    def _show(self, report: str) -> None:
        try:
            if self._dialog is None:
                # Top-level, not parented to a window: it must outlive any window.
                self._dialog = CrashDialog()
            self._dialog.add_report(report)
            self._dialog.show()
            self._dialog.raise_()
        except Exception:
            # Showing the report failed; it is in the log already.
            _print_redacted(*sys.exc_info())
