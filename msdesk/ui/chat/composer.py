"""Where the user writes: the input, attached images, Send and Stop.

Enter sends and Shift+Enter starts a new line (or, with "Enter sends" off,
Enter starts a new line and Ctrl+Enter sends). While an answer streams,
Send gives way to Stop (Esc). Up in an empty input edits the last message.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QRect, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from msdesk.core.i18n import translate
from msdesk.ui.theme import themed

if TYPE_CHECKING:
    from PySide6.QtGui import QResizeEvent

#: Images larger than this are refused (the gateway limits request size).
MAX_IMAGE_BYTES = 8 * 1024 * 1024


@dataclass(frozen=True)
class PendingImage:
    mime: str
    name: str
    data: bytes


class ChatInput(QPlainTextEdit):
    """The multi-line message box.

    Signals:
        submitted(): the user asked to send.
        escapePressed(): Esc (stop a stream, or leave edit mode).
        editLastRequested(): Up in an empty box.
    """

    submitted = Signal()
    escapePressed = Signal()
    editLastRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chatInput")
        self.setAccessibleName(translate("ui.chat.composer", "Message"))
        self.setTabChangesFocus(True)
        self.enter_sends = True
        self.setPlaceholderText(translate("ui.chat.composer", "Message… (Enter sends, Shift+Enter for a new line)"))
        self.document().contentsChanged.connect(self._fit_height)
        self._fit_height()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        mods = event.modifiers()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
            shift = bool(mods & Qt.KeyboardModifier.ShiftModifier)
            if ctrl or (self.enter_sends and not shift):
                self.submitted.emit()
                return
            if not self.enter_sends and not shift:
                self.insertPlainText("\n")
                return
        elif key == Qt.Key.Key_Escape:
            self.escapePressed.emit()
            return
        elif key == Qt.Key.Key_Up and not self.toPlainText():
            self.editLastRequested.emit()
            return
        super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not self.toPlainText():
            self._fit_height()  # the placeholder wraps at the new width

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_height()

    def _fit_height(self) -> None:
        metrics = self.fontMetrics()
        lines = int(self.document().size().height())
        if not self.toPlainText() and self.placeholderText():
            # The placeholder wraps like text: all of it shows (a large text size, a narrow window).
            room = self.viewport().width() - 2 * int(self.document().documentMargin())
            if room > 0:
                wrapped = metrics.boundingRect(QRect(0, 0, room, 100_000), int(Qt.TextFlag.TextWordWrap),
                                               self.placeholderText())
                lines = max(lines, -(-wrapped.height() // max(1, metrics.lineSpacing())))
        lines = max(1, min(8, lines))
        margins = self.contentsMargins()
        height = lines * metrics.lineSpacing() + 2 * int(self.document().documentMargin()) + margins.top() + margins.bottom() + 4
        self.setFixedHeight(max(height, 44))

    def set_enter_sends(self, enter_sends: bool) -> None:
        self.enter_sends = enter_sends
        if enter_sends:
            self.setPlaceholderText(translate("ui.chat.composer", "Message… (Enter sends, Shift+Enter for a new line)"))
        else:
            self.setPlaceholderText(translate("ui.chat.composer", "Message… (Ctrl+Enter sends, Enter for a new line)"))


class Composer(QFrame):
    """The input row under the transcript.

    Signals:
        sendRequested(str): the text to send (already stripped, may be empty with an image).
        stopRequested(): Stop was pressed (or Esc while streaming).
        attachRequested(): "Image…" was pressed.
        editLastRequested(): Up in an empty input.
        editCancelled(): Esc while editing a message.
    """

    sendRequested = Signal(str)
    stopRequested = Signal()
    attachRequested = Signal()
    editLastRequested = Signal()
    editCancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("composer")
        self.setStyleSheet(themed("#composer { border-top: 1px solid #e3e6ea; }"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 8, 12, 8)
        outer.setSpacing(4)

        self.edit_banner = QWidget(self, objectName="editBanner")
        banner = QHBoxLayout(self.edit_banner)
        banner.setContentsMargins(0, 0, 0, 0)
        self.edit_label = QLabel(
            translate("ui.chat.composer", "Editing your message: Enter sends it as a new version, Esc cancels."),
            self.edit_banner,
        )
        self.edit_label.setStyleSheet(themed("color: #1a6fd1;"))
        banner.addWidget(self.edit_label, 1)
        cancel = QToolButton(self.edit_banner)
        cancel.setText(translate("ui.chat.composer", "Cancel"))
        cancel.setAutoRaise(True)
        cancel.clicked.connect(self.cancel_edit)
        banner.addWidget(cancel)
        self.edit_banner.hide()
        outer.addWidget(self.edit_banner)

        self.attachments = QWidget(self, objectName="attachmentRow")
        self._attachments_layout = QHBoxLayout(self.attachments)
        self._attachments_layout.setContentsMargins(0, 0, 0, 0)
        self._attachments_layout.setAlignment(Qt.AlignmentFlag.AlignLeft)
        self.attachments.hide()
        outer.addWidget(self.attachments)

        row = QHBoxLayout()
        row.setSpacing(6)
        self.attach_button = QToolButton(self, objectName="attachButton")
        self.attach_button.setText(translate("ui.chat.composer", "Image…"))
        self.attach_button.setToolTip(translate("ui.chat.composer", "Attach an image for a vision model"))
        self.attach_button.setAccessibleName(translate("ui.chat.composer", "Attach an image"))
        self.attach_button.clicked.connect(self.attachRequested)
        row.addWidget(self.attach_button, 0, Qt.AlignmentFlag.AlignBottom)
        self.input = ChatInput(self)
        self.input.submitted.connect(self._submit)
        self.input.escapePressed.connect(self._escape)
        self.input.editLastRequested.connect(self.editLastRequested)
        self.input.textChanged.connect(self._update_send)
        row.addWidget(self.input, 1)
        self.send_button = QPushButton(translate("ui.chat.composer", "Send"), self, objectName="sendButton")
        self._send_tip = translate("ui.chat.composer", "Send (Enter)")
        self.send_button.setToolTip(self._send_tip)
        self.send_button.setDefault(False)
        self.send_button.setAutoDefault(False)
        self.send_button.clicked.connect(self._submit)
        row.addWidget(self.send_button, 0, Qt.AlignmentFlag.AlignBottom)
        self.stop_button = QPushButton(translate("ui.chat.composer", "Stop"), self, objectName="stopButton")
        self.stop_button.setToolTip(translate("ui.chat.composer", "Stop the answer (Esc); what arrived is kept"))
        self.stop_button.setAutoDefault(False)
        self.stop_button.clicked.connect(self.stopRequested)
        self.stop_button.hide()
        row.addWidget(self.stop_button, 0, Qt.AlignmentFlag.AlignBottom)
        outer.addLayout(row)

        self.hint = QLabel(self, objectName="composerHint")
        self.hint.setStyleSheet(themed("color: #6a737d; font-size: 11px;"))
        outer.addWidget(self.hint)

        self.images: list[PendingImage] = []
        self.streaming = False
        self.elsewhere = ""  # why Send waits: an answer streams in another chat
        self.ready = True
        self.editing_id: int | None = None
        self._update_send()

    # -- state -------------------------------------------------------------------

    def set_streaming(self, streaming: bool) -> None:
        self.streaming = streaming
        if self.send_button.hasFocus() or self.stop_button.hasFocus():
            self.input.setFocus()  # a hidden button would hand the focus to some other widget
        self.send_button.setVisible(not streaming)
        self.stop_button.setVisible(streaming)
        self._update_send()

    def set_busy_elsewhere(self, reason: str) -> None:
        """An answer streams in another chat (``reason`` says which): Send waits for it."""
        self.elsewhere = reason
        self._update_send()

    def set_ready(self, ready: bool, hint: str = "") -> None:
        """Whether a message can be sent now (a model is chosen); ``hint`` says why not."""
        self.ready = ready
        self.hint.setText(hint)
        self._update_send()

    def set_hint(self, text: str) -> None:
        self.hint.setText(text)

    def set_can_attach(self, can_attach: bool) -> None:
        self.attach_button.setVisible(can_attach)
        if not can_attach:
            self.clear_images()

    def set_enter_sends(self, enter_sends: bool) -> None:
        self.input.set_enter_sends(enter_sends)
        self._send_tip = (
            translate("ui.chat.composer", "Send (Enter)") if enter_sends else translate("ui.chat.composer", "Send (Ctrl+Enter)")
        )
        self.send_button.setToolTip(self.elsewhere or self._send_tip)

    def _update_send(self) -> None:
        has_text = bool(self.input.toPlainText().strip()) or bool(self.images)
        enabled = self.ready and has_text and not self.streaming and not self.elsewhere
        if not enabled and self.send_button.hasFocus():
            self.input.setFocus()  # a disabled button would hand the focus to some other widget
        self.send_button.setEnabled(enabled)
        self.send_button.setToolTip(self.elsewhere or self._send_tip)

    def text(self) -> str:
        return self.input.toPlainText()

    def set_text(self, text: str) -> None:
        self.input.setPlainText(text)
        cursor = self.input.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        self.input.setTextCursor(cursor)

    def focus_input(self) -> None:
        self.input.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # -- editing an earlier message --------------------------------------------------

    def begin_edit(self, message_id: int, text: str) -> None:
        self.editing_id = message_id
        self.edit_banner.show()
        self.set_text(text)
        self.focus_input()

    def cancel_edit(self) -> None:
        if self.editing_id is None:
            return
        self.editing_id = None
        self.edit_banner.hide()
        self.input.clear()
        self.editCancelled.emit()

    # -- images ---------------------------------------------------------------------

    def add_image(self, image: PendingImage) -> str | None:
        """Attach an image; returns an error message instead when it cannot be used."""
        if len(image.data) > MAX_IMAGE_BYTES:
            return translate("ui.chat.composer", "{name} is larger than {size} MB; choose a smaller image.").format(
                name=image.name, size=MAX_IMAGE_BYTES // (1024 * 1024)
            )
        pixmap = QPixmap()
        if not pixmap.loadFromData(image.data):
            return translate("ui.chat.composer", "{name} is not an image msdesk can read (PNG, JPEG, WebP, GIF, BMP).").format(
                name=image.name
            )
        self.images.append(image)
        chip = QWidget(self.attachments)
        chip_layout = QHBoxLayout(chip)
        chip_layout.setContentsMargins(0, 0, 0, 0)
        thumb = QLabel(chip)
        thumb.setPixmap(pixmap.scaled(QSize(48, 48), Qt.AspectRatioMode.KeepAspectRatio,
                                      Qt.TransformationMode.SmoothTransformation))
        thumb.setToolTip(image.name)
        chip_layout.addWidget(thumb)
        remove = QToolButton(chip)
        remove.setText("×")
        remove_text = translate("ui.chat.composer", "Remove {name}").format(name=image.name)
        remove.setToolTip(remove_text)
        remove.setAccessibleName(remove_text)
        remove.setAutoRaise(True)
        remove.clicked.connect(lambda _=False, img=image, w=chip: self._remove_image(img, w))
        chip_layout.addWidget(remove)
        self._attachments_layout.addWidget(chip)
        self.attachments.show()
        self._update_send()
        return None

    def _remove_image(self, image: PendingImage, chip: QWidget) -> None:
        if image in self.images:
            self.images.remove(image)
        chip.deleteLater()
        self.attachments.setVisible(bool(self.images))
        self._update_send()

    def clear_images(self) -> None:
        self.images.clear()
        while self._attachments_layout.count():
            item = self._attachments_layout.takeAt(0)
            if item is not None and item.widget() is not None:
                item.widget().deleteLater()
        self.attachments.hide()
        self._update_send()

    # -- keys -----------------------------------------------------------------------------

    def _submit(self) -> None:
        if not self.send_button.isEnabled():
            return
        self.sendRequested.emit(self.input.toPlainText().strip())

    def _escape(self) -> None:
        if self.streaming:
            self.stopRequested.emit()
        elif self.editing_id is not None:
            self.cancel_edit()

    def after_sent(self) -> None:
        """The message left: empty the box and the attachments."""
        self.input.clear()
        self.clear_images()
        self.editing_id = None
        self.edit_banner.hide()
