"""Links that open in the user's browser, and text whose URLs become links."""

from __future__ import annotations

import html
import re

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel

_URL_RE = re.compile(r"https?://[^\s<>\"')]+[^\s<>\"').,;:]")


def open_url(url: str) -> None:
    """Open a link in the user's browser."""
    QDesktopServices.openUrl(QUrl(url))


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


def link_label(text: str, url: str, object_name: str, *, description: str = "") -> QLabel:
    """A keyboard-reachable link that opens ``url`` in the browser."""
    label = QLabel(f'<a href="{html.escape(url, quote=True)}">{html.escape(text)}</a>')
    label.setObjectName(object_name)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.LinksAccessibleByMouse | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
    )
    label.setOpenExternalLinks(False)
    label.linkActivated.connect(open_url)
    label.setToolTip(url)
    label.setAccessibleName(text)
    label.setAccessibleDescription(description or f"Opens {url} in the browser")
    label.setCursor(Qt.CursorShape.PointingHandCursor)
    return label
