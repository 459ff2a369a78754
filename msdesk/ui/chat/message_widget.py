"""One message of the transcript: who said it, the text, thinking, images, usage, actions.

A ``MessageWidget`` shows a finished message from the history, or an answer
as it streams in: ``feed_reasoning``/``feed_content`` only collect text and
``flush`` (called once per frame by the page) puts it on screen. The
"Thinking" block counts its time while the model reasons and folds away when
the answer starts. Failures show on the message itself with what to do next
and a Retry button.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QGuiApplication, QPixmap, QResizeEvent, QTextCursor
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from msdesk.core.history import Message
from msdesk.ui.chat.message_text import MessageText

AttachmentLoader = Callable[[int], bytes]

_MUTED = "color: #6a737d;"


def usage_line(message: Message) -> str:
    """``12 → 340 tokens · first token 0.42 s · 85 tokens/s · token "main"``."""
    usage = message.usage or {}
    parts = []
    prompt, completion = usage.get("prompt_tokens"), usage.get("completion_tokens")
    if isinstance(prompt, int | float) and isinstance(completion, int | float):
        parts.append(f"{int(prompt)} prompt · {int(completion)} completion tokens")
    elif isinstance(completion, int | float):
        parts.append(f"{int(completion)} completion tokens")
    ttft = usage.get("ttft")
    if isinstance(ttft, int | float):
        parts.append(f"first token {ttft:.2f} s")
    tps = usage.get("tps")
    if isinstance(tps, int | float) and tps > 0:
        parts.append(f"{tps:.1f} tokens/s")
    elapsed = usage.get("elapsed")
    if not parts and isinstance(elapsed, int | float):
        parts.append(f"{elapsed:.1f} s")
    if message.token_label:
        who = f"token “{message.token_label}”"
        if message.provider_id and message.provider_id != "modelscope":
            who = f"{message.provider_id}, {who}"
        parts.append(who)
    return " · ".join(parts)


class ThinkingBlock(QFrame):
    """The model's reasoning, folded behind a "Thought for 3.2 s" button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("thinkingBlock")
        self.setAccessibleName("Thinking")
        self.setStyleSheet(
            "#thinkingBlock { background: #f6f7f9; border: 1px solid #e3e6ea; border-radius: 6px; }"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 4)
        layout.setSpacing(2)
        self.toggle = QToolButton(self, objectName="thinkingToggle")
        self.toggle.setCheckable(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setAutoRaise(True)
        self.toggle.setStyleSheet("QToolButton { color: #57606a; border: none; }")
        self.toggle.toggled.connect(self.set_expanded)
        layout.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignLeft)
        self.body = QPlainTextEdit(self, objectName="thinkingText")
        self.body.setReadOnly(True)
        self.body.setUndoRedoEnabled(False)
        self.body.setFrameShape(QFrame.Shape.NoFrame)
        self.body.setStyleSheet("QPlainTextEdit { background: transparent; color: #57606a; }")
        self.body.setAccessibleName("Thinking text")
        self.body.document().documentLayout().documentSizeChanged.connect(lambda *_: self._fit())
        layout.addWidget(self.body)
        self._pending: list[str] = []
        self._text_parts: list[str] = []
        self.seconds: float | None = None
        self.done = False
        self._update_label()
        self.set_expanded(False)

    #: The reasoning box grows with its text up to this height, then scrolls.
    MAX_BODY_HEIGHT = 220

    def _fit(self) -> None:
        # A plain-text document measures its height in lines.
        lines = max(1.0, self.body.document().size().height())
        margin = 2 * self.body.document().documentMargin() + 6
        height = int(lines * self.body.fontMetrics().lineSpacing() + margin)
        self.body.setFixedHeight(min(height, self.MAX_BODY_HEIGHT))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    @property
    def expanded(self) -> bool:
        return self.body.isVisible() if self.isVisible() else not self.body.isHidden()

    def set_expanded(self, expanded: bool) -> None:
        self.body.setVisible(expanded)
        if self.toggle.isChecked() != expanded:
            self.toggle.blockSignals(True)
            self.toggle.setChecked(expanded)
            self.toggle.blockSignals(False)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow)

    def set_text(self, text: str) -> None:
        self._pending.clear()
        self._text_parts = [text]
        self.body.setPlainText(text)

    def feed(self, delta: str) -> None:
        self._pending.append(delta)

    def flush(self) -> None:
        if not self._pending:
            return
        text = "".join(self._pending)
        self._pending.clear()
        self._text_parts.append(text)
        bar = self.body.verticalScrollBar()
        at_end = bar.value() >= bar.maximum() - 4
        cursor = QTextCursor(self.body.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertText(text)
        if at_end:
            bar.setValue(bar.maximum())

    def text(self) -> str:
        return "".join(self._text_parts) + "".join(self._pending)

    def set_seconds(self, seconds: float | None, *, done: bool) -> None:
        self.seconds = seconds
        self.done = done
        self._update_label()

    def _update_label(self) -> None:
        if self.done:
            label = f"Thought for {self.seconds:.1f} s" if self.seconds is not None else "Thinking"
        else:
            label = f"Thinking… {self.seconds:.1f} s" if self.seconds is not None else "Thinking…"
        self.toggle.setText(label)
        self.toggle.setToolTip("Show or hide the model's reasoning")


class MessageWidget(QFrame):
    """A message bubble with its actions.

    Signals:
        actionRequested(str, int): ("edit" | "regenerate" | "delete" | "retry" | "version", message id);
            for "version" the id is the sibling to show.
        copied(str): a one-line report ("Copied as Markdown").
        saveImageRequested(int): an attachment id to save.
    """

    actionRequested = Signal(str, int)
    copied = Signal(str)
    saveImageRequested = Signal(int)

    def __init__(
        self,
        message: Message,
        *,
        load_attachment: AttachmentLoader | None = None,
        siblings: list[int] | None = None,
        parent: QWidget | None = None,
        width: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.message = message
        self._load_attachment = load_attachment
        self._siblings = siblings or []
        self.setObjectName("userMessage" if message.role == "user" else "assistantMessage")
        self.setProperty("messageId", message.id)
        self.setAccessibleName("Your message" if message.role == "user" else "Answer")
        if message.role == "user":
            self.setStyleSheet("#userMessage { background: #eef4ff; border-radius: 8px; }")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(12, 8, 12, 6)
        self._layout.setSpacing(4)

        header = QHBoxLayout()
        header.setSpacing(8)
        who = "You" if message.role == "user" else (message.model_id or "Assistant")
        self.who = QLabel(f"<b>{_escape(who)}</b>", self)
        header.addWidget(self.who)
        stamp = datetime.fromtimestamp(message.created_at).strftime("%H:%M") if message.created_at else ""
        self.when = QLabel(stamp, self)
        self.when.setStyleSheet(_MUTED)
        header.addWidget(self.when)
        header.addStretch(1)
        self.versions = QWidget(self)
        versions = QHBoxLayout(self.versions)
        versions.setContentsMargins(0, 0, 0, 0)
        versions.setSpacing(2)
        self.prev_version = _tool("‹", "Earlier version", self.versions)
        self.version_label = QLabel(self.versions)
        self.version_label.setStyleSheet(_MUTED)
        self.next_version = _tool("›", "Later version", self.versions)
        self.prev_version.clicked.connect(lambda: self._step_version(-1))
        self.next_version.clicked.connect(lambda: self._step_version(1))
        for widget in (self.prev_version, self.version_label, self.next_version):
            versions.addWidget(widget)
        header.addWidget(self.versions)
        self._layout.addLayout(header)

        self.thinking: ThinkingBlock | None = None
        self.body = MessageText(self)
        if width is not None:
            margins = self._layout.contentsMargins()
            self.body.preset_width(width - margins.left() - margins.right())
        self._layout.addWidget(self.body)
        self.images = QWidget(self)
        self._images_layout = QHBoxLayout(self.images)
        self._images_layout.setContentsMargins(0, 0, 0, 0)
        self._images_layout.setAlignment(Qt.AlignmentFlag.AlignLeft)
        self.images.hide()
        self._layout.addWidget(self.images)

        self.progress = QLabel(self, objectName="messageProgress")
        self.progress.setStyleSheet(_MUTED)
        self.progress.hide()
        self._layout.addWidget(self.progress)

        self.notice = QWidget(self, objectName="messageNotice")
        notice = QHBoxLayout(self.notice)
        notice.setContentsMargins(0, 0, 0, 0)
        self.notice_label = QLabel(self.notice, objectName="messageError")
        self.notice_label.setWordWrap(True)
        self.notice_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        notice.addWidget(self.notice_label, 1)
        self.retry_button = QPushButton("Retry", self.notice, objectName="retryButton")
        self.retry_button.setToolTip("Ask again (a new version of this answer)")
        self.retry_button.clicked.connect(lambda: self.actionRequested.emit("retry", self.message.id))
        notice.addWidget(self.retry_button, 0, Qt.AlignmentFlag.AlignTop)
        self.notice.hide()
        self._layout.addWidget(self.notice)

        footer = QHBoxLayout()
        footer.setSpacing(2)
        self.usage = QLabel(self, objectName="usageLine")
        self.usage.setStyleSheet(_MUTED + " font-size: 11px;")
        self.usage.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        footer.addWidget(self.usage, 1)
        self.copy_button = _tool("Copy", "Copy this message", self, name="copyMessageButton")
        menu = QMenu(self.copy_button)
        menu.addAction("Copy as Markdown", lambda: self.copy(markdown=True))
        menu.addAction("Copy as plain text", lambda: self.copy(markdown=False))
        self.copy_button.setMenu(menu)
        self.copy_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.copy_button.clicked.connect(lambda: self.copy(markdown=True))
        footer.addWidget(self.copy_button)
        if message.role == "user":
            self.edit_button = _tool("Edit", "Edit and send again (the earlier version stays)", self,
                                     name="editMessageButton")
            self.edit_button.clicked.connect(lambda: self.actionRequested.emit("edit", self.message.id))
            footer.addWidget(self.edit_button)
        else:
            self.regenerate_button = _tool("Regenerate", "Answer again (the earlier answer stays as a version)",
                                           self, name="regenerateButton")
            self.regenerate_button.clicked.connect(
                lambda: self.actionRequested.emit("regenerate", self.message.id)
            )
            footer.addWidget(self.regenerate_button)
        self.delete_button = _tool("Delete", "Delete this message", self, name="deleteMessageButton")
        self.delete_button.clicked.connect(lambda: self.actionRequested.emit("delete", self.message.id))
        footer.addWidget(self.delete_button)
        self._layout.addLayout(footer)

        self._streaming = False
        self.fed_chars = 0
        self._thinking_started: float | None = None
        self._content_started = False
        self.show_message(message, siblings=self._siblings)

    # -- a finished message ------------------------------------------------

    def show_message(self, message: Message, *, siblings: list[int] | None = None) -> None:
        """Show ``message`` as saved (text, thinking, images, usage, status)."""
        self.message = message
        if siblings is not None:
            self._siblings = siblings
        if message.reasoning:
            block = self._ensure_thinking()
            block.set_text(message.reasoning)
            block.set_seconds((message.usage or {}).get("thinking_seconds"), done=True)
            block.set_expanded(False)
        if message.role == "user":
            self.body.set_plain(message.content)
        else:
            self.body.set_markdown(message.content)
        self.body.setVisible(bool(message.content) or message.role == "user")
        self._show_images()
        self._show_status()
        self._show_versions()
        self.usage.setText(usage_line(message) if message.role == "assistant" else "")
        self.progress.hide()

    def _show_versions(self) -> None:
        count = max(self.message.sibling_count, len(self._siblings))
        self.versions.setVisible(count > 1)
        index = self.message.sibling_index
        if self._siblings and self.message.id in self._siblings:
            index = self._siblings.index(self.message.id)
        self.version_label.setText(f"{index + 1} / {count}")
        self.prev_version.setEnabled(index > 0)
        self.next_version.setEnabled(index < count - 1)

    def _step_version(self, step: int) -> None:
        if not self._siblings or self.message.id not in self._siblings:
            return
        index = self._siblings.index(self.message.id) + step
        if 0 <= index < len(self._siblings):
            self.actionRequested.emit("version", self._siblings[index])

    def _show_status(self) -> None:
        status, error = self.message.status, self.message.error
        if status == "stopped":
            self._set_notice("Stopped. The answer above is partial.", error=False)
        elif status == "cut":
            self._set_notice(error or "The answer was cut off; what arrived is kept.", error=True)
        elif status == "error":
            self._set_notice(error or "The request failed.", error=True)
        elif status == "streaming":
            # Saved mid-stream and never finished (the app was closed or crashed).
            self._set_notice("This answer was interrupted before it finished.", error=True)
        else:
            self.notice.hide()

    def _set_notice(self, text: str, *, error: bool) -> None:
        self.notice_label.setText(text)
        self.notice_label.setStyleSheet("color: #b42318;" if error else _MUTED)
        self.retry_button.setVisible(self.message.role == "assistant")
        self.notice.show()

    def _show_images(self) -> None:
        while self._images_layout.count():
            item = self._images_layout.takeAt(0)
            if item is not None and item.widget() is not None:
                item.widget().deleteLater()
        images = [a for a in self.message.attachments if a.mime.startswith("image/")]
        self.images.setVisible(bool(images))
        for attachment in images:
            data = b""
            if self._load_attachment is not None:
                try:
                    data = self._load_attachment(attachment.id)
                except (KeyError, OSError):
                    data = b""
            box = QWidget(self.images)
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            picture = QLabel(box, objectName="messageImage")
            pixmap = QPixmap()
            if data and pixmap.loadFromData(data):
                limit = 360 if attachment.kind == "output" else 160
                if pixmap.width() > limit or pixmap.height() > limit:
                    pixmap = pixmap.scaled(
                        QSize(limit, limit), Qt.AspectRatioMode.KeepAspectRatio,
                        Qt.TransformationMode.SmoothTransformation,
                    )
                elif attachment.kind == "output" and pixmap.width() < 128:
                    pixmap = pixmap.scaled(
                        QSize(128, 128), Qt.AspectRatioMode.KeepAspectRatio,
                        Qt.TransformationMode.FastTransformation,
                    )
                picture.setPixmap(pixmap)
            else:
                picture.setText(f"[image: {attachment.name}]")
            picture.setToolTip(f"{attachment.name} ({attachment.size // 1024 + 1} KB)")
            column.addWidget(picture)
            if attachment.kind == "output":
                save = QPushButton("Save image…", box, objectName="saveImageButton")
                save.clicked.connect(lambda _=False, a=attachment.id: self.saveImageRequested.emit(a))
                column.addWidget(save, 0, Qt.AlignmentFlag.AlignLeft)
            self._images_layout.addWidget(box)

    # -- streaming -----------------------------------------------------------

    def begin_stream(self) -> None:
        self._streaming = True
        self._content_started = False
        self._thinking_started = None
        self.fed_chars = 0
        self.body.self_flushing = False  # the page flushes once per frame
        self.body.start_stream()
        self.body.hide()
        self.notice.hide()
        self.usage.setText("")
        self.progress.setText("Waiting for the first token…")
        self.progress.show()
        for button in (self.copy_button, self.delete_button, getattr(self, "regenerate_button", None)):
            if button is not None:
                button.setEnabled(False)

    @property
    def streaming(self) -> bool:
        return self._streaming

    def feed_reasoning(self, delta: str) -> None:
        if self._thinking_started is None:
            self._thinking_started = time.monotonic()
            block = self._ensure_thinking()
            block.set_expanded(True)
        self._ensure_thinking().feed(delta)

    def feed_content(self, delta: str) -> None:
        if not self._content_started:
            self._content_started = True
            self.body.show()
            if self.thinking is not None and self._thinking_started is not None:
                self.thinking.flush()
                self.thinking.set_seconds(time.monotonic() - self._thinking_started, done=True)
                self.thinking.set_expanded(False)
        self.fed_chars += len(delta)
        self.body.feed(delta)

    def set_progress(self, text: str) -> None:
        self.progress.setText(text)
        self.progress.setVisible(bool(text))

    def flush(self) -> None:
        """Put what arrived since the last frame on screen."""
        if self.thinking is not None:
            self.thinking.flush()
            if self._thinking_started is not None and not self._content_started:
                self.thinking.set_seconds(time.monotonic() - self._thinking_started, done=False)
        if self._content_started or self._thinking_started is not None:
            if self.progress.text().startswith("Waiting"):
                self.progress.hide()
        self.body.flush()

    def finish(self, message: Message, *, siblings: list[int] | None = None) -> None:
        """The stream ended: show the saved message (status, usage, images)."""
        self.flush()
        self._streaming = False
        self.body.finish()
        for button in (self.copy_button, self.delete_button, getattr(self, "regenerate_button", None)):
            if button is not None:
                button.setEnabled(True)
        self.message = message
        if siblings is not None:
            self._siblings = siblings
        if self.thinking is not None:
            seconds = (message.usage or {}).get("thinking_seconds")
            if seconds is None and self._thinking_started is not None:
                seconds = time.monotonic() - self._thinking_started
            self.thinking.set_seconds(seconds, done=True)
            if self._content_started:
                self.thinking.set_expanded(False)
        self.body.setVisible(bool(message.content))
        self.progress.hide()
        self._show_images()
        self._show_status()
        self._show_versions()
        self.usage.setText(usage_line(message))

    def mark_stopped(self) -> None:
        """Stop was pressed: keep what arrived and say so (the history row is saved by the engine)."""
        if not self._streaming:
            return
        self.flush()
        self._streaming = False
        self.body.finish()
        for button in (self.copy_button, self.delete_button, getattr(self, "regenerate_button", None)):
            if button is not None:
                button.setEnabled(True)
        self.progress.hide()
        if self.thinking is not None and self._thinking_started is not None:
            self.thinking.set_seconds(self.thinking.seconds, done=True)
        self.message.status = "stopped"
        self.message.content = self.body.markdown()
        self.body.setVisible(bool(self.message.content))
        self._show_status()

    # -- copying -------------------------------------------------------------

    def markdown(self) -> str:
        return self.body.markdown() if self.message.role == "assistant" else self.message.content

    def plain_text(self) -> str:
        return self.body.plain_text() if self.message.role == "assistant" else self.message.content

    def copy(self, *, markdown: bool) -> None:
        text = self.markdown() if markdown else self.plain_text()
        QGuiApplication.clipboard().setText(text)
        self.copied.emit("Copied as Markdown" if markdown else "Copied as plain text")

    def _ensure_thinking(self) -> ThinkingBlock:
        if self.thinking is None:
            self.thinking = ThinkingBlock(self)
            self._layout.insertWidget(1, self.thinking)
        return self.thinking


def _tool(text: str, tip: str, parent: QWidget, *, name: str = "") -> QToolButton:
    button = QToolButton(parent)
    if name:
        button.setObjectName(name)
    button.setText(text)
    button.setToolTip(tip)
    button.setAccessibleName(tip)
    button.setAutoRaise(True)
    button.setStyleSheet("QToolButton { color: #57606a; }")
    return button


def _escape(text: str) -> str:
    import html

    return html.escape(text)
