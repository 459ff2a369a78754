"""The transcript: a conversation's messages in a scroll area, newest at the bottom.

Only a page of the newest messages is built when a conversation opens; older
ones are loaded when the user scrolls near the top (``olderRequested``), and
the view keeps its place while they are inserted above. While an answer
streams, the view follows it, unless the user has scrolled up to read.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from msdesk.core.history import Message
from msdesk.core.i18n import translate
from msdesk.ui.chat.message_widget import AttachmentLoader, MessageWidget
from msdesk.ui.memory import release_freed_memory
from msdesk.ui.theme import scaled, themed

#: A flat scroll bar in the palette's colours. It is painted again whenever the column
#: grows (each new line of a streaming answer); the platform style's shaded groove is
#: drawn in parallel pieces on Qt's thread pool, which costs more than it saves at
#: that size.
_SCROLL_BAR_STYLE = """
QScrollBar:vertical { background: palette(window); width: 12px; margin: 0; border: none; }
QScrollBar::handle:vertical { background: palette(mid); min-height: 32px; border-radius: 3px; margin: 2px 3px; }
QScrollBar::handle:vertical:hover, QScrollBar::handle:vertical:pressed { background: palette(dark); }
QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical { height: 0; border: none; background: none; }
QScrollBar::add-page:vertical, QScrollBar::sub-page:vertical { background: none; }
"""

#: Distance from the top (pixels) at which older messages are fetched.
LOAD_OLDER_MARGIN = 240
_STICK_SLACK = 24


#: The widest a message gets (at 100 % text): lines longer than this are hard to read.
READING_WIDTH = 1000
_SIDE_MARGIN = 16


class Transcript(QScrollArea):
    """Message widgets of the active path.

    Signals:
        olderRequested(): the user scrolled near the top and older messages remain.
        actionRequested(str, int), copied(str), saveImageRequested(int): from the messages.
    """

    olderRequested = Signal()
    actionRequested = Signal(str, int)
    copied = Signal(str)
    saveImageRequested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chatTranscript")
        self.setAccessibleName(translate("ui.chat.transcript", "Conversation"))
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Always there: a scroll bar that comes and goes changes the width of every
        # message, and each change re-lays out all their text.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.verticalScrollBar().setStyleSheet(themed(_SCROLL_BAR_STYLE))
        self._inner = QWidget(self)
        self._inner.setObjectName("transcriptInner")
        # Growing at the bottom paints only the new strip (see _make_room).
        self._inner.setAttribute(Qt.WidgetAttribute.WA_StaticContents)
        self._layout = QVBoxLayout(self._inner)
        self._layout.setContentsMargins(_SIDE_MARGIN, 12, _SIDE_MARGIN, 12)
        self._layout.setSpacing(10)
        self.older = QLabel("", self._inner, objectName="olderNotice")
        self.older.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.older.setStyleSheet(themed("color: #6a737d;"))
        self.older.hide()
        self._layout.addWidget(self.older)
        self.empty = QLabel(self._inner, objectName="emptyTranscript")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet(themed("color: #6a737d; font-size: 14px; padding: 40px;"))
        self._layout.addWidget(self.empty)
        self._layout.addStretch(1)
        self.setWidget(self._inner)
        self._widgets: list[MessageWidget] = []
        self._has_older = False
        self._loading_older = False
        self._stick = True
        # While older messages go in above: the message that was on top, and how far
        # below the top of the view it was, so the view can keep it in place.
        self._anchor: tuple[MessageWidget, int] | None = None
        self.load_attachment: AttachmentLoader | None = None
        bar = self.verticalScrollBar()
        bar.rangeChanged.connect(self._on_range_changed)
        bar.valueChanged.connect(self._on_value_changed)

    # -- content ---------------------------------------------------------------

    @property
    def widgets(self) -> list[MessageWidget]:
        return list(self._widgets)

    def widget_for(self, message_id: int) -> MessageWidget | None:
        for widget in self._widgets:
            if widget.message.id == message_id:
                return widget
        return None

    def set_empty_text(self, text: str) -> None:
        self.empty.setText(text)
        self.empty.setVisible(not self._widgets and bool(text))

    def clear(self) -> None:
        old = self._widgets
        self._widgets = []
        for widget in old:
            widget.hide()
        if old:
            # Destroyed after the next screen update, not before it: a conversation
            # opened in their place shows first.
            QTimer.singleShot(150, lambda: _destroy(old))
        self._has_older = False
        self._loading_older = False
        self._anchor = None
        self.older.hide()
        self._stick = True
        self.empty.setVisible(bool(self.empty.text()))

    def set_messages(
        self, messages: list[Message], *, has_older: bool, siblings: dict[int, list[int]] | None = None
    ) -> None:
        """Show a page of the newest messages and scroll to the end."""
        self.setUpdatesEnabled(False)
        self._loading_older = True  # scrolled to the top from before: not a request for more
        try:
            self.clear()
            for message in messages:
                self._insert(len(self._widgets), message, (siblings or {}).get(message.id))
            self._set_has_older(has_older)
            self.empty.setVisible(not self._widgets and bool(self.empty.text()))
        finally:
            self.setUpdatesEnabled(True)
        self._stick = True
        self.scroll_to_bottom()
        QTimer.singleShot(0, self._settled)

    def _settled(self) -> None:
        self._loading_older = False
        self._fill_if_short()

    def _fill_if_short(self) -> None:
        # Too few messages to scroll: nothing would ever ask for the older ones.
        if self._has_older and self.verticalScrollBar().maximum() == 0:
            self.request_older()

    def prepend_messages(
        self, messages: list[Message], *, has_older: bool, siblings: dict[int, list[int]] | None = None
    ) -> None:
        """Insert older messages above, keeping what the user looks at in place."""
        bar = self.verticalScrollBar()
        if messages and self._widgets:
            top = self._widgets[0]
            self._anchor = (top, top.y() - bar.value())
        for index, message in enumerate(messages):
            self._insert(index, message, (siblings or {}).get(message.id))
        self._set_has_older(has_older)
        if self._anchor is not None:
            QTimer.singleShot(50, self._release_anchor)
        else:
            self._loading_older = False
            QTimer.singleShot(0, self._fill_if_short)

    def _release_anchor(self) -> None:
        if self._anchor is not None:
            self._keep_anchor()
        self._anchor = None
        self._loading_older = False
        bar = self.verticalScrollBar()
        if self._has_older and bar.value() <= LOAD_OLDER_MARGIN:
            self.request_older()  # still at the top (short messages): the next page

    def _keep_anchor(self) -> None:
        assert self._anchor is not None
        widget, offset = self._anchor
        if shiboken6.isValid(widget):
            self.verticalScrollBar().setValue(widget.y() - offset)

    def append_message(self, message: Message, *, siblings: list[int] | None = None) -> MessageWidget:
        widget = self._insert(len(self._widgets), message, siblings)
        self.empty.hide()
        if self._stick:
            self.scroll_to_bottom()
        return widget

    def remove_after(self, message_id: int | None) -> None:
        """Drop the widgets after message ``message_id`` (all of them for None)."""
        keep = 0
        if message_id is not None:
            for index, widget in enumerate(self._widgets):
                if widget.message.id == message_id:
                    keep = index + 1
                    break
            else:
                keep = len(self._widgets)
        for widget in self._widgets[keep:]:
            widget.hide()
            widget.deleteLater()
        del self._widgets[keep:]

    def remove_from(self, message_id: int) -> None:
        """Drop the widget of ``message_id`` and everything after it."""
        for index, widget in enumerate(self._widgets):
            if widget.message.id == message_id:
                previous = self._widgets[index - 1].message.id if index else None
                if previous is None:
                    for w in self._widgets:
                        w.hide()
                        w.deleteLater()
                    self._widgets.clear()
                else:
                    self.remove_after(previous)
                return

    def _insert(self, index: int, message: Message, siblings: list[int] | None) -> MessageWidget:
        widget = MessageWidget(
            message, load_attachment=self.load_attachment, siblings=siblings, parent=self._inner,
            width=self.message_width(),
        )
        widget.actionRequested.connect(self.actionRequested)
        widget.copied.connect(self.copied)
        widget.body.codeCopied.connect(lambda _code: self.copied.emit(translate("ui.chat.transcript", "Code copied")))
        widget.saveImageRequested.connect(self.saveImageRequested)
        widget.body.growing.connect(lambda pixels, w=widget: self._make_room(w, pixels))
        # After the "older" notice and the empty label, before the stretch.
        self._layout.insertWidget(2 + index, widget)
        self._widgets.insert(index, widget)
        return widget

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._fit_column()
        super().resizeEvent(event)

    def _fit_column(self) -> None:
        """Messages no wider than a comfortable line to read, centred in a wide window."""
        room = self.viewport().width() - 2 * _SIDE_MARGIN
        side = _SIDE_MARGIN + max(0, (room - scaled(READING_WIDTH)) // 2)
        margins = self._layout.contentsMargins()
        if margins.left() != side:
            self._layout.setContentsMargins(side, margins.top(), side, margins.bottom())

    def message_width(self) -> int:
        """The width a message gets in the column (the viewport less the margins)."""
        margins = self._layout.contentsMargins()
        return max(200, self.viewport().width() - margins.left() - margins.right())

    def _set_has_older(self, has_older: bool) -> None:
        self._has_older = has_older
        self.older.setText(translate("ui.chat.transcript", "Scroll up for older messages") if has_older else "")
        self.older.setVisible(has_older)

    # -- scrolling ---------------------------------------------------------------

    @property
    def following(self) -> bool:
        """True while the view sticks to the newest text."""
        return self._stick

    def scroll_to_bottom(self) -> None:
        self._stick = True
        bar = self.verticalScrollBar()
        bar.setValue(bar.maximum())
        # The layout may grow once more after this event: follow it.
        QTimer.singleShot(0, self._follow)

    def _follow(self) -> None:
        if self._stick:
            bar = self.verticalScrollBar()
            bar.setValue(bar.maximum())

    def _make_room(self, widget: MessageWidget, pixels: int) -> None:
        """The streaming answer at the end is about to grow while the view follows it:
        scroll first, then let it grow.

        Scrolled first, Qt moves the pixels already on screen and paints only the
        strip that comes into view; grown first, the new line is on screen before
        the scroll, and Qt, which never moves pixels that are about to change,
        paints the whole view again, once for every new line.
        """
        bar = self.verticalScrollBar()
        if (
            not self._stick
            or self._anchor is not None
            or not self._widgets
            or widget is not self._widgets[-1]
            or bar.maximum() == 0  # the column does not fill the view yet
            or bar.value() < bar.maximum()
        ):
            return
        inner = self._inner
        inner.setMinimumHeight(inner.height() + pixels)  # taller at once; the view follows
        QCoreApplication.sendPostedEvents(self.viewport(), QEvent.Type.LayoutRequest.value)
        inner.setMinimumHeight(0)  # the answer fills the room before the column is laid out again

    def _on_range_changed(self, _minimum: int, maximum: int) -> None:
        bar = self.verticalScrollBar()
        if self._anchor is not None:
            self._keep_anchor()
            return
        if self._stick:
            bar.setValue(maximum)

    def _on_value_changed(self, value: int) -> None:
        bar = self.verticalScrollBar()
        if self._anchor is None:
            self._stick = value >= bar.maximum() - _STICK_SLACK
        if (
            self._has_older
            and not self._loading_older
            and self._anchor is None
            and value <= LOAD_OLDER_MARGIN
            and bar.maximum() > 0
        ):
            self._loading_older = True
            self.older.setText(translate("ui.chat.transcript", "Loading older messages…"))
            QTimer.singleShot(0, self.olderRequested.emit)

    def request_older(self) -> None:
        """Load older messages now (also used by keyboard Home)."""
        if self._has_older and not self._loading_older:
            self._loading_older = True
            self.olderRequested.emit()

    @property
    def has_older(self) -> bool:
        return self._has_older


def _destroy(widgets: list[MessageWidget]) -> None:
    for widget in widgets:
        if shiboken6.isValid(widget):
            widget.deleteLater()
    widgets.clear()
    # Once they are gone, hand the memory back (a long conversation's worth).
    QTimer.singleShot(100, release_freed_memory)
