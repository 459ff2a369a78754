"""Links that open in the user's browser, and text whose URLs become links.

Every web and mail link msdesk opens goes through Qt's ``QDesktopServices.openUrl`` (labels
that open their links themselves call it too), and on Linux and the BSDs, once
:func:`install_url_handler` has run, from there to :func:`launch_browser`: the browser is
started with the user's own environment, not the app's (see ``msdesk.core.user_env``).
"""

from __future__ import annotations

import html
import logging
import re
import shutil
import sys

from PySide6.QtCore import QObject, QProcess, QProcessEnvironment, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QFocusEvent
from PySide6.QtWidgets import QLabel

from msdesk.core.i18n import translate
from msdesk.core.user_env import user_environment

_URL_RE = re.compile(r"https?://[^\s<>\"')]+[^\s<>\"').,;:]")
URL_SCHEMES = ("http", "https", "mailto")
log = logging.getLogger(__name__)


def open_url(url: str | QUrl) -> bool:
    """Open a link in the user's browser."""
    return QDesktopServices.openUrl(url if isinstance(url, QUrl) else QUrl(url))


def launch_browser(url: QUrl) -> bool:
    """Start ``xdg-open URL`` with the user's environment; False if it could not be started."""
    env = user_environment()
    program = shutil.which("xdg-open", path=env.get("PATH"))
    if program is None:
        return False
    process = QProcess()
    process.setProgram(program)
    process.setArguments([url.toString(QUrl.ComponentFormattingOption.FullyEncoded)])
    environment = QProcessEnvironment()
    for name, value in env.items():
        environment.insert(name, value)
    process.setProcessEnvironment(environment)
    process.setStandardInputFile(QProcess.nullDevice())
    process.setStandardOutputFile(QProcess.nullDevice())
    process.setStandardErrorFile(QProcess.nullDevice())
    started = process.startDetached()  # (ok, pid) in some PySide6 releases, ok in others
    return bool(started[0] if isinstance(started, tuple) else started)


class _UrlHandler(QObject):
    """Receives what ``QDesktopServices.openUrl`` is asked to open (see the module)."""

    @Slot(QUrl)
    def open_link(self, url: QUrl) -> None:
        if launch_browser(url):
            return
        log.warning("xdg-open could not be started: Qt opens the link itself")
        scheme = url.scheme()
        QDesktopServices.unsetUrlHandler(scheme)
        try:
            QDesktopServices.openUrl(url)
        finally:
            QDesktopServices.setUrlHandler(scheme, self, "open_link")


_handler: _UrlHandler | None = None


def install_url_handler() -> bool:
    """Send web and mail links to :func:`launch_browser`, on Linux and the BSDs; True if so.

    Windows and macOS open links through the system's own launcher, which does not hand
    the app's environment to the browser.
    """
    global _handler
    if sys.platform in ("win32", "darwin"):
        return False
    if _handler is None:
        _handler = _UrlHandler()
        for scheme in URL_SCHEMES:
            QDesktopServices.setUrlHandler(scheme, _handler, "open_link")
    return True


def uninstall_url_handler() -> None:
    """Undo :func:`install_url_handler`."""
    global _handler
    if _handler is not None:
        for scheme in URL_SCHEMES:
            QDesktopServices.unsetUrlHandler(scheme)
        _handler = None


def linkify(text: str) -> str:
    """Escape ``text`` for a rich-text label and make its URLs clickable."""
    out, last = [], 0
    for match in _URL_RE.finditer(text):
        out.append(html.escape(text[last:match.start()]))
        url = match.group(0)
        out.append(f'<a href="{html.escape(url, quote=True)}">{html.escape(url)}</a>')
        last = match.end()
    out.append(html.escape(text[last:]))
    return "".join(out)


class LinkLabel(QLabel):
    """A label with links that Tab reaches as one stop: arriving by Tab puts the focus
    frame on its (first or, going back, last) link at once, not one more Tab later."""

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        reason = event.reason()
        if reason in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason):
            super().focusNextPrevChild(reason == Qt.FocusReason.TabFocusReason)


def link_label(text: str, url: str, object_name: str, *, description: str = "") -> QLabel:
    """A keyboard-reachable link that opens ``url`` in the browser."""
    label = LinkLabel(f'<a href="{html.escape(url, quote=True)}">{html.escape(text)}</a>')
    label.setObjectName(object_name)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.LinksAccessibleByMouse | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
    )
    label.setOpenExternalLinks(False)
    label.linkActivated.connect(open_url)
    label.setToolTip(url)
    label.setAccessibleName(text)
    label.setAccessibleDescription(
        description or translate("ui.widgets.links", "Opens {url} in the browser").format(url=url)
    )
    label.setCursor(Qt.CursorShape.PointingHandCursor)
    return label
