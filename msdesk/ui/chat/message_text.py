"""The body of one chat message: Markdown shown as rich text, growing while it streams.

``MessageText`` is a read-only, frameless, transparent text browser whose
height follows its text, so messages can stack in a scrolling column. A
streamed answer is fed in pieces and shown once a frame (``FrameTick``):
finished blocks are appended once at the end of the stable part, and only the
growing last block is taken out and put back (see
``msdesk.ui.chat.markdown_stream``). Code
blocks have a "Copy" link; web and mail links open in the browser; nothing
else is followed and nothing is ever fetched.
"""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, QUrl, Signal
from PySide6.QtGui import (
    QDesktopServices,
    QGuiApplication,
    QPalette,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextOption,
    QWheelEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QFrame, QSizePolicy, QTextBrowser, QWidget

from msdesk.ui import theme
from msdesk.ui.chat.frame_tick import FrameTick
from msdesk.ui.chat.markdown_stream import (
    COPY_SCHEME,
    BlockUpdate,
    RenderState,
    StreamingMarkdown,
    appended_text,
    render_document,
)
from msdesk.ui.markdown_html import STYLE_SHEET, themed_html

_WEB_SCHEMES = ("http", "https", "mailto")
_EMPTY_PARAGRAPH = '<p style="-qt-paragraph-type:empty;"></p>'


class MessageText(QTextBrowser):
    """One message body.

    Signals:
        codeCopied(code): a code block's Copy link was used.
        growing(pixels): while the text streams, it is about to grow by this
            much (the view around it can make room first).
    """

    codeCopied = Signal(str)
    growing = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageText")
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._open_link)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setLineWrapMode(QTextBrowser.LineWrapMode.WidgetWidth)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Base, Qt.GlobalColor.transparent)
        self.setPalette(palette)
        self.viewport().setAutoFillBackground(False)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        # Growing at the bottom, only the new strip is painted (the text above stays
        # where it was); a change of width re-lays out the text, which paints it all.
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents)
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_StaticContents)
        self._height = 0
        self._applying = False

        document = self.document()
        document.setUndoRedoEnabled(False)
        document.setDefaultStyleSheet(themed_html(STYLE_SHEET))
        document.setDocumentMargin(2)
        document.documentLayout().documentSizeChanged.connect(self._document_resized)

        self._stream: StreamingMarkdown | None = None
        self._source = ""
        self._codes: list[str] = []
        self._stable_end = 0  # where the growing tail starts in the document
        self._stable_formats: tuple[QTextBlockFormat, QTextCharFormat] | None = None
        self._tail = ""  # the HTML of the growing tail on screen
        self._tick = FrameTick(self.flush, self)
        self._markdown = False  # the text is rendered Markdown (drawn again for a new theme)
        theme.notifier().changed.connect(self._theme_changed)

    # -- content ------------------------------------------------------------------

    def set_plain(self, text: str) -> None:
        """Show text as it is, unrendered (a user's message)."""
        self._stop_stream()
        self._codes = []
        self._source = text
        self._tail = ""
        self._markdown = False
        self.document().setPlainText(text)
        self._stable_end = self._end()
        self._stable_formats = None

    def set_markdown(self, text: str) -> None:
        """Show a finished message rendered from Markdown."""
        self._stop_stream()
        state = RenderState()
        rendered = render_document(text, state)
        self._codes = state.codes
        self._source = text
        self._tail = ""
        self._markdown = True
        # One parse of the whole: the same document as appending the pieces one by one.
        self.document().setHtml(rendered.strip())
        self._stable_end = self._end()
        self._stable_formats = None

    def start_stream(self) -> None:
        """Empty the text; ``feed`` the answer as it arrives, then ``finish``."""
        self._stop_stream()
        self._stream = StreamingMarkdown()
        self._codes = []
        self._source = ""
        self._tail = ""
        self.document().clear()
        self._stable_end = 0
        self._stable_formats = None

    def feed(self, delta: str) -> None:
        """Add streamed text; it is shown at the next tick (or ``flush``).

        Without ``start_stream`` first, this starts one (the old text goes).
        """
        if self._stream is None:
            self.start_stream()
        assert self._stream is not None
        self._stream.feed(delta)
        self._tick.request()

    def flush(self) -> None:
        """Show what was fed so far (finished blocks and the growing one)."""
        self._tick.cancel()
        stream = self._stream
        if stream is None:
            return
        update = stream.take_update()
        if update is not None:
            self._applying = True  # the height follows once, for the whole update
            try:
                self._apply(update)
            finally:
                self._applying = False
            # The growing block keeps its shaped glyphs from one layout to its paint (Qt
            # drops them after each layout and shapes every painted line again).
            self.document().lastBlock().layout().setCacheEnabled(True)
            self._lay_out_now()

    def finish(self) -> None:
        """The answer is complete: render the rest for good."""
        stream = self._stream
        if stream is None:
            return
        self._tick.cancel()
        self._apply(stream.finish())
        self._codes = stream.codes
        self._source = stream.source
        self._stream = None
        self._markdown = True

    def _theme_changed(self) -> None:
        """Code, quotes and links in the new theme's colours (a streaming answer goes on as it is)."""
        self.document().setDefaultStyleSheet(themed_html(STYLE_SHEET))
        if self._markdown and self._stream is None:
            self.set_markdown(self._source)

    def is_streaming(self) -> bool:
        """Whether an answer is being fed (between ``start_stream`` and ``finish``)."""
        return self._stream is not None

    def markdown(self) -> str:
        """The message's text as given (the Markdown source, or the plain text)."""
        return self._stream.source if self._stream is not None else self._source

    def plain_text(self) -> str:
        """The text as shown, without markup and without the code blocks' Copy lines."""
        lines: list[str] = []
        block = self.document().begin()
        while block.isValid():
            if not _is_code_header(block):
                lines.append(block.text())
            block = block.next()
        return "\n".join(lines).replace("\u00a0", " ").replace("\u2028", "\n")

    def codes(self) -> list[str]:
        """The text of each code block, by the number in its Copy link."""
        return self._stream.codes if self._stream is not None else list(self._codes)

    # -- geometry -----------------------------------------------------------------
    #
    # The height is fixed to the document's height whenever the document's
    # layout reports a new size; the width comes from the layout. Nothing here
    # lays the text out at a width it is not shown at: asking "how tall at
    # width w?" (heightForWidth) would re-lay out the whole message for each
    # width a layout tries, which for a long answer costs tens of milliseconds.

    def preset_width(self, width: int) -> None:
        """Lay the text out for ``width`` before the widget is first shown (no double layout)."""
        margins = self.contentsMargins()
        text_width = max(1, width - margins.left() - margins.right())
        if self.document().textWidth() != text_width:
            self.document().setTextWidth(text_width)

    def sizeHint(self) -> QSize:
        return QSize(480, self._height)

    def minimumSizeHint(self) -> QSize:
        return QSize(40, 0)

    def wheelEvent(self, event: QWheelEvent) -> None:
        event.ignore()  # the column of messages scrolls, not the message

    def loadResource(self, type: int, name: QUrl) -> Any:
        """Never load images or style sheets from anywhere."""
        return None

    # -- internals ----------------------------------------------------------------

    def _stop_stream(self) -> None:
        self._tick.cancel()
        self._stream = None

    def _end(self) -> int:
        return self.document().characterCount() - 1

    def _apply(self, update: BlockUpdate) -> None:
        previous, self._tail = self._tail, update.tail
        if not update.new_stable and not update.reset and self._end() > self._stable_end:
            if update.tail == previous:
                return  # nothing new to show
            text = appended_text(previous, update.tail)
            if text is not None:
                # The tail only grew at its end: add the text, in the format of the text before it.
                cursor = QTextCursor(self.document())
                cursor.setPosition(self._end())  # (moving to the end would lay the text out first)
                first = cursor.block()
                cursor.beginEditBlock()
                try:
                    cursor.insertText(text)
                    if first != cursor.block():
                        _as_inner_lines(first, cursor.block())
                finally:
                    cursor.endEditBlock()  # laid out once
                return
        document = self.document()
        if update.reset:
            self._stable_end = 0  # the stable text is all new: start afresh
            self._stable_formats = None
        if self._stable_end == 0 and self._end() > 0:
            document.clear()  # the old tail was all there was: start afresh
        cursor = QTextCursor(document)
        cursor.beginEditBlock()
        try:
            if self._end() > self._stable_end:
                cursor.setPosition(self._stable_end)
                cursor.setPosition(self._end(), QTextCursor.MoveMode.KeepAnchor)
                cursor.removeSelectedText()
                # Taking a table out can leave the last stable block with the
                # format of the block that followed it: put its own back.
                if self._stable_formats is not None:
                    block_format, char_format = self._stable_formats
                    if cursor.blockFormat() != block_format:
                        cursor.setBlockFormat(block_format)
                    if cursor.blockCharFormat() != char_format:
                        cursor.setBlockCharFormat(char_format)
            if update.new_stable:
                self._append(cursor, "".join(update.new_stable))  # one parse for all
            if update.new_stable or self._stable_formats is None:
                self._stable_end = self._end()
                last = document.lastBlock()
                self._stable_formats = (last.blockFormat(), last.charFormat()) if self._stable_end else None
            if update.tail:
                self._append(cursor, update.tail)
        finally:
            cursor.endEditBlock()  # the changed blocks are laid out here

    def _lay_out_now(self) -> None:
        """Fit the height and lay out the column now, so the frame is painted once.

        Left to the event loop, the new height, the message's layout, the
        column's layout and the scroll to the end would come in turns of their
        own, and the screen would be painted between them (two or three times a
        frame, each time the whole visible answer once the view scrolls).
        """
        height = self._height
        self._document_resized()
        if self._height == height or not self.isVisible():
            return  # the same height (most frames): nothing around the text moves
        # The message's layout, the column's, the scroll area's: each asks its parent's in turn.
        widget = self.parentWidget()
        while widget is not None:
            QCoreApplication.sendPostedEvents(widget, QEvent.Type.LayoutRequest.value)
            if isinstance(widget, QAbstractScrollArea):
                break
            widget = widget.parentWidget()

    def _append(self, cursor: QTextCursor, piece: str) -> None:
        """Add a piece of HTML after everything, its first block keeping its format."""
        piece = piece.strip()
        if self._end() > 0 and not piece.startswith("<table"):
            # The leading empty paragraph merges into the last block; the piece's
            # own first block then comes as a new block with its own format.
            # (A table starts with such an empty block of its own.)
            piece = _EMPTY_PARAGRAPH + piece
        cursor.setPosition(self._end())
        cursor.insertHtml(piece)

    def _document_resized(self, size: Any = None) -> None:
        if self._applying:
            return
        if size is None:
            size = self.document().documentLayout().documentSize()
        margins = self.contentsMargins()
        height = math.ceil(size.height()) + margins.top() + margins.bottom()
        if height != self._height:
            if height > self._height > 0 and self._stream is not None and self.isVisible():
                self.growing.emit(height - self._height)
            self._height = height
            self.setFixedHeight(height)

    def _open_link(self, url: QUrl) -> None:
        scheme = url.scheme().lower()
        if scheme == COPY_SCHEME:
            codes = self.codes()
            try:
                code = codes[int(url.path())]
            except (ValueError, IndexError):
                return
            QGuiApplication.clipboard().setText(code)
            self.codeCopied.emit(code)
        elif scheme in _WEB_SCHEMES:
            QDesktopServices.openUrl(url)
        # Anything else (file:, javascript:, relative paths) is not followed.


def _as_inner_lines(first: Any, last: Any) -> None:
    """New lines were added to a code block after ``first``, up to ``last``: the lines
    between get no margin (as lines of a ``<pre>`` in HTML), the last keeps its bottom one."""
    no_bottom = QTextBlockFormat()
    no_bottom.setBottomMargin(0)
    no_top = QTextBlockFormat()
    no_top.setTopMargin(0)
    block = first
    while block.isValid():
        if block != first:
            QTextCursor(block).mergeBlockFormat(no_top)
        if block == last:
            break
        QTextCursor(block).mergeBlockFormat(no_bottom)
        block = block.next()


def _is_code_header(block: Any) -> bool:
    """Whether a block is a code block's "language  Copy" line."""
    iterator = block.begin()
    while not iterator.atEnd():
        fragment = iterator.fragment()
        if fragment.isValid() and fragment.charFormat().anchorHref().startswith(COPY_SCHEME + ":"):
            return True
        iterator += 1
    return False
