"""The model card viewer: rendered Markdown in a read-only browser that never fetches anything.

The rendering itself (Markdown to Qt rich text, Pygments colours, front
matter) lives in ``msdesk.ui.markdown_html``; its names are re-exported here
for the Models page. ``MarkdownView``: links open in the web browser, in-page
anchors scroll, and no resource is ever loaded from anywhere.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QTextBrowser, QWidget

from msdesk.core.i18n import translate
from msdesk.ui.markdown_html import (
    MAX_HIGHLIGHT_CHARS,
    MAX_TOTAL_HIGHLIGHT_CHARS,
    STYLE_SHEET,
    RenderedCard,
    highlight_code,
    render_markdown,
    split_front_matter,
    themed_html,
)

__all__ = [
    "MAX_HIGHLIGHT_CHARS",
    "MAX_TOTAL_HIGHLIGHT_CHARS",
    "STYLE_SHEET",
    "MarkdownView",
    "RenderedCard",
    "highlight_code",
    "render_markdown",
    "split_front_matter",
]


class MarkdownView(QTextBrowser):
    """A read-only viewer for rendered Markdown that never fetches anything."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("markdownView")
        self.setReadOnly(True)
        self.setOpenExternalLinks(True)
        # Every click comes to us: web links go to the browser, anchors scroll,
        # anything else (file:, javascript:, relative paths) is ignored.
        self.setOpenLinks(False)
        self.anchorClicked.connect(self._open_link)
        self.document().setDefaultStyleSheet(themed_html(STYLE_SHEET))
        self.document().setDocumentMargin(12)
        self.setAccessibleName(translate("ui.models.markdown_view", "Model card"))

    def set_markdown(self, text: str, *, base_url: str = "") -> RenderedCard:
        card = render_markdown(text, base_url=base_url)
        self.set_rendered(card)
        return card

    def set_rendered(self, card: RenderedCard) -> None:
        self.setHtml(card.html)
        self.verticalScrollBar().setValue(0)

    def loadResource(self, type: int, name: QUrl) -> Any:
        """Never load images or style sheets from anywhere."""
        return None

    def _open_link(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
        elif not url.scheme() and url.hasFragment() and not url.path():
            self.scrollToAnchor(url.fragment())
