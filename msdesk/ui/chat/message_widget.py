"""One message of the transcript: who said it, the text, thinking, images, usage, actions.

A ``MessageWidget`` shows a finished message from the history, or an answer
as it streams in: ``feed_reasoning``/``feed_content`` only collect text; the
answer's body and the thinking text each put it on screen at their next frame
tick (``msdesk.ui.chat.frame_tick``). The
"Thinking" block counts its time while the model reasons and folds away when
the answer starts. Failures show on the message itself with what to do next
and a Retry button.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QLocale, QSize, Qt, QUrl, Signal
from PySide6.QtGui import (
    QDesktopServices,
    QGuiApplication,
    QPainter,
    QPaintEvent,
    QPalette,
    QPixmap,
    QResizeEvent,
    QTextCursor,
)
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

from msdesk.core import i18n
from msdesk.core.errors import (
    RETRY_NOW,
    STEP_LINK,
    STEP_MODELS,
    STEP_SETTINGS,
    STEP_TOKEN,
    URL_PATTERN,
    Advice,
    NextStep,
    advise,
)
from msdesk.core.history import Message
from msdesk.core.i18n import join_names, translate
from msdesk.ui.chat.frame_tick import FrameTick
from msdesk.ui.chat.message_text import MessageText
from msdesk.ui.theme import qcolor, set_color
from msdesk.ui.widgets.elided import ElidedLabel

AttachmentLoader = Callable[[int], bytes]

MUTED = "#6a737d"


def _number(value: float, decimals: int = 0) -> str:
    """``value`` as the user's locale writes numbers (English: ``1234.5``, as always)."""
    if i18n.language() == "en":
        return f"{value:.{decimals}f}"
    if decimals:
        return QLocale().toString(float(value), "f", decimals)
    return QLocale().toString(int(value))


def usage_line(message: Message) -> str:
    """``12 prompt · 340 completion tokens · first token 0.42 s · 85 tokens/s · token "main"``.

    After a failover, who answered and why comes first: ``Token “backup” after token
    “main” was spent · 12 prompt …``.
    """
    usage = message.usage or {}
    parts = []
    prompt, completion = usage.get("prompt_tokens"), usage.get("completion_tokens")
    if isinstance(completion, int | float):
        completed = int(completion)
        if isinstance(prompt, int | float):
            parts.append(
                translate("ui.chat.message_widget", "{prompt} prompt · %n completion tokens", "", completed)
                .format(prompt=_number(int(prompt)))
            )
        else:
            parts.append(translate("ui.chat.message_widget", "%n completion tokens", "", completed))
    ttft = usage.get("ttft")
    if isinstance(ttft, int | float):
        parts.append(translate("ui.chat.message_widget", "first token {seconds} s").format(seconds=_number(ttft, 2)))
    tps = usage.get("tps")
    if isinstance(tps, int | float) and tps > 0:
        parts.append(translate("ui.chat.message_widget", "{rate} tokens/s").format(rate=_number(tps, 1)))
    elapsed = usage.get("elapsed")
    if not parts and isinstance(elapsed, int | float):
        parts.append(translate("ui.chat.message_widget", "{seconds} s").format(seconds=_number(elapsed, 1)))
    failover = usage.get("failover")
    failover = failover if isinstance(failover, dict) else {}
    fallback = failover.get("fallback")
    # Who answered after a failover comes first: the line may be cut short beside the buttons.
    if isinstance(fallback, dict) and fallback.get("from_provider"):
        # Every token of the provider asked was spent: the fallback provider answered.
        answered = (
            fallback.get("provider") or message.provider_id
            or translate("ui.chat.message_widget", "Another provider")
        )
        parts.insert(0, translate("ui.chat.message_widget", "{answered} answered after {provider}'s tokens were spent")
                     .format(answered=answered, provider=fallback["from_provider"]))
        if message.token_label:
            parts.append(translate("ui.chat.message_widget", "token “{label}”").format(label=message.token_label))
    elif message.token_label:
        label = message.token_label
        provider = message.provider_id if message.provider_id and message.provider_id != "modelscope" else ""
        passed_over = _passed_over(failover.get("skipped"))
        if passed_over and provider:
            parts.insert(0, translate("ui.chat.message_widget", "{provider}, token “{label}” after {passed_over}")
                         .format(provider=provider[0].upper() + provider[1:], label=label, passed_over=passed_over))
        elif passed_over:
            parts.insert(0, translate("ui.chat.message_widget", "Token “{label}” after {passed_over}")
                         .format(label=label, passed_over=passed_over))
        elif provider:
            parts.append(translate("ui.chat.message_widget", "{provider}, token “{label}”")
                         .format(provider=provider, label=label))
        else:
            parts.append(translate("ui.chat.message_widget", "token “{label}”").format(label=label))
    return " · ".join(parts)


def _passed_over(skipped: object) -> str:
    """'token “main” was spent', 'tokens “a” and “b” were spent' ('' for nothing passed over)."""
    if not isinstance(skipped, list):
        return ""
    groups: dict[str, list[str]] = {}
    for entry in skipped:
        if isinstance(entry, list | tuple) and len(entry) == 2:
            label, reason = entry
            groups.setdefault(str(reason), []).append(label or translate("ui.chat.message_widget", "(none)"))
    clauses = []
    for reason, labels in groups.items():
        if len(labels) == 1:
            name = labels[0]
            if reason == "limited":
                clause = translate("ui.chat.message_widget", "token “{name}” was over its request limit")
            elif reason == "spent for the model":
                clause = translate("ui.chat.message_widget", "token “{name}” was spent for this model")
            else:
                clause = translate("ui.chat.message_widget", "token “{name}” was spent")
            clauses.append(clause.format(name=name))
            continue
        names = join_names([_quoted(label) for label in labels], limit=len(labels))
        if reason == "limited":
            clause = translate("ui.chat.message_widget", "tokens {names} were over their request limits")
        elif reason == "spent for the model":
            clause = translate("ui.chat.message_widget", "tokens {names} were spent for this model")
        else:
            clause = translate("ui.chat.message_widget", "tokens {names} were spent")
        clauses.append(clause.format(names=names))
    joined = clauses[0] if clauses else ""
    for clause in clauses[1:]:
        joined = translate("ui.chat.message_widget", "{earlier} and {later}").format(earlier=joined, later=clause)
    return joined


def _quoted(name: str) -> str:
    return translate("ui.chat.message_widget", "“{name}”", "a token's name in quotes").format(name=name)


def _colour(widget: QWidget, colour: str, role: QPalette.ColorRole = QPalette.ColorRole.WindowText) -> None:
    # A palette, not a style sheet: a style sheet per widget costs memory in every message.
    set_color(widget, colour, role)


def _muted(label: QLabel, *, small: bool = False) -> QLabel:
    _colour(label, MUTED)
    if small:
        font = label.font()
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
        label.setFont(font)
    return label


class ThinkingBlock(QFrame):
    """The model's reasoning, folded behind a "Thought for 3.2 s" button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("thinkingBlock")
        self.setAccessibleName(translate("ui.chat.message_widget", "Thinking"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 4)
        layout.setSpacing(2)
        self.toggle = QToolButton(self, objectName="thinkingToggle")
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setAutoRaise(True)
        _colour(self.toggle, "#57606a", QPalette.ColorRole.ButtonText)
        self.toggle.clicked.connect(lambda: self.set_expanded(not self.expanded))
        layout.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignLeft)
        self.body = QPlainTextEdit(self, objectName="thinkingText")
        self.body.setReadOnly(True)
        self.body.setUndoRedoEnabled(False)
        self.body.setFrameShape(QFrame.Shape.NoFrame)
        palette = self.body.palette()
        palette.setColor(QPalette.ColorRole.Base, Qt.GlobalColor.transparent)
        self.body.setPalette(palette)
        set_color(self.body, "#57606a", QPalette.ColorRole.Text)
        self.body.setAccessibleName(translate("ui.chat.message_widget", "Thinking text"))
        self.body.document().documentLayout().documentSizeChanged.connect(lambda *_: self._fit())
        layout.addWidget(self.body)
        self._pending: list[str] = []
        self._text_parts: list[str] = []
        self._tick = FrameTick(self.flush, self)
        self._started: float | None = None  # when the reasoning began streaming
        self.seconds: float | None = None
        self.done = False
        self._update_label()
        self.set_expanded(False)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(qcolor("#e3e6ea"))
        painter.setBrush(qcolor("#f6f7f9"))
        painter.drawRoundedRect(self.rect().adjusted(0, 0, -1, -1), 6, 6)
        painter.end()

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
        self.toggle.setAccessibleDescription("expanded" if expanded else "collapsed")
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow)

    def set_text(self, text: str) -> None:
        self._pending.clear()
        self._text_parts = [text]
        self.body.setPlainText(text)

    def begin(self) -> None:
        """Reasoning starts streaming: the time counts from now."""
        self._started = time.monotonic()
        self.set_seconds(None, done=False)

    def elapsed(self) -> float | None:
        """Seconds since ``begin``, or None."""
        return None if self._started is None else time.monotonic() - self._started

    def feed(self, delta: str) -> None:
        """Add streamed reasoning; shown at the next frame tick."""
        self._pending.append(delta)
        self._tick.request()

    def flush(self) -> None:
        """Show the reasoning that arrived (and, while it streams, the time so far)."""
        self._tick.cancel()
        if self._started is not None and not self.done:
            self.set_seconds(self.elapsed(), done=False)
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
        if self.seconds is None:
            label = translate("ui.chat.message_widget", "Thinking") if self.done else translate("ui.chat.message_widget", "Thinking…")
        elif self.done:
            label = translate("ui.chat.message_widget", "Thought for {seconds} s").format(seconds=_number(self.seconds, 1))
        else:
            label = translate("ui.chat.message_widget", "Thinking… {seconds} s").format(seconds=_number(self.seconds, 1))
        self.toggle.setText(label)
        self.toggle.setToolTip(translate("ui.chat.message_widget", "Show or hide the model's reasoning"))


class MessageWidget(QFrame):
    """A message bubble with its actions.

    Parts that most messages do not need (the version switcher, the notice
    with Retry, images, the progress line, the Copy menu) are built the first
    time they are needed: a long conversation holds many messages.

    Signals:
        actionRequested(str, int): ("edit" | "regenerate" | "delete" | "retry" | "version", message id);
            for "version" the id is the sibling to show. A failed answer's actions add "token",
            "settings" (Settings at the answer's provider) and "models" (the Models page).
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
        self._is_user = message.role == "user"
        self.setObjectName("userMessage" if self._is_user else "assistantMessage")
        if not self._is_user:
            # It paints nothing itself: an answer growing at the bottom repaints only the
            # new strip (a question's rounded card must be painted whole on resize).
            self.setAttribute(Qt.WidgetAttribute.WA_StaticContents)
        self.setProperty("messageId", message.id)
        self.setAccessibleName(translate("ui.chat.message_widget", "Your message") if self._is_user else translate("ui.chat.message_widget", "Answer"))
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(12, 8, 12, 6)
        self._layout.setSpacing(4)

        self._header = QHBoxLayout()
        self._header.setSpacing(8)
        who = translate("ui.chat.message_widget", "You") if self._is_user else (message.model_id or translate("ui.chat.message_widget", "Assistant"))
        self.who = QLabel(f"<b>{_escape(who)}</b>", self)
        self._header.addWidget(self.who)
        stamp = datetime.fromtimestamp(message.created_at).strftime("%H:%M") if message.created_at else ""
        self.when = _muted(QLabel(stamp, self))
        self._header.addWidget(self.when)
        self._header.addStretch(1)
        self._layout.addLayout(self._header)

        self.thinking: ThinkingBlock | None = None
        self.body = MessageText(self)
        if width is not None:
            margins = self._layout.contentsMargins()
            self.body.preset_width(width - margins.left() - margins.right())
        self._layout.addWidget(self.body)
        self._images: QWidget | None = None
        self._progress: QLabel | None = None
        self._notice: QWidget | None = None
        self._notice_actions: QHBoxLayout | None = None
        self._retry_when = RETRY_NOW
        self._versions: QWidget | None = None

        footer = QHBoxLayout()
        footer.setSpacing(2)
        self.usage = _muted(ElidedLabel(parent=self, objectName="usageLine"), small=True)
        self.usage.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # A long usage line is cut at the card's edge (the whole of it in the tooltip)
        # rather than widening the card past the window and pushing the buttons out.
        self.usage.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        footer.addWidget(self.usage, 1)
        self.copy_button = _tool(translate("ui.chat.message_widget", "Copy ▾"), translate("ui.chat.message_widget", "Copy this message (as Markdown or plain text)"),
                                 self, name="copyMessageButton")
        self.copy_button.clicked.connect(self._copy_menu)
        footer.addWidget(self.copy_button)
        if self._is_user:
            self.edit_button = _tool(translate("ui.chat.message_widget", "Edit"), translate("ui.chat.message_widget", "Edit and send again (the earlier version stays)"),
                                     self, name="editMessageButton")
            self.edit_button.clicked.connect(lambda: self.actionRequested.emit("edit", self.message.id))
            footer.addWidget(self.edit_button)
        else:
            self.regenerate_button = _tool(
                translate("ui.chat.message_widget", "Regenerate"), translate("ui.chat.message_widget", "Answer again (the earlier answer stays as a version)"),
                self, name="regenerateButton",
            )
            self.regenerate_button.clicked.connect(
                lambda: self.actionRequested.emit("regenerate", self.message.id)
            )
            footer.addWidget(self.regenerate_button)
        self.delete_button = _tool(translate("ui.chat.message_widget", "Delete"), translate("ui.chat.message_widget", "Delete this message"), self,
                                   name="deleteMessageButton")
        self.delete_button.clicked.connect(lambda: self.actionRequested.emit("delete", self.message.id))
        footer.addWidget(self.delete_button)
        self._layout.addLayout(footer)
        self._name_actions(stamp)
        for widget in self._action_widgets():
            # Hidden while an answer streams, but their row keeps its height: the card
            # does not grow when they appear at the end (nor the column's layout run again).
            policy = widget.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            widget.setSizePolicy(policy)

        self._streaming = False
        self._reasoning_started = False
        self._content_started = False
        self.show_message(message, siblings=self._siblings)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._is_user:
            painter = QPainter(self)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(qcolor("#eef4ff"))
            painter.drawRoundedRect(self.rect(), 8, 8)
            painter.end()
        super().paintEvent(event)

    # -- parts built when first needed ----------------------------------------

    @property
    def versions(self) -> QWidget:
        if self._versions is None:
            self._versions = QWidget(self)
            row = QHBoxLayout(self._versions)
            row.setContentsMargins(0, 0, 0, 0)
            row.setSpacing(2)
            previous = _tool("‹", translate("ui.chat.message_widget", "Earlier version"), self._versions, name="previousVersionButton")
            label = _muted(QLabel(self._versions, objectName="versionLabel"))
            following = _tool("›", translate("ui.chat.message_widget", "Later version"), self._versions, name="nextVersionButton")
            previous.clicked.connect(lambda: self._step_version(-1))
            following.clicked.connect(lambda: self._step_version(1))
            for widget in (previous, label, following):
                row.addWidget(widget)
            self._versions.hide()
            self._header.addWidget(self._versions)
        return self._versions

    @property
    def images(self) -> QWidget:
        if self._images is None:
            self._images = QWidget(self)
            self._images_layout = QHBoxLayout(self._images)
            self._images_layout.setContentsMargins(0, 0, 0, 0)
            self._images_layout.setAlignment(Qt.AlignmentFlag.AlignLeft)
            self._images.hide()
            self._layout.insertWidget(self._layout.indexOf(self.body) + 1, self._images)
        return self._images

    @property
    def progress(self) -> QLabel:
        if self._progress is None:
            self._progress = _muted(QLabel(self, objectName="messageProgress"))
            self._progress.hide()
            self._layout.insertWidget(self._layout.count() - 1, self._progress)
        return self._progress

    @property
    def notice(self) -> QWidget:
        if self._notice is None:
            self._notice = QWidget(self, objectName="messageNotice")
            column = QVBoxLayout(self._notice)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(4)
            label = QLabel(self._notice, objectName="messageError")
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setOpenExternalLinks(True)  # a URL in the message opens in the browser
            label.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.LinksAccessibleByMouse
            )
            column.addWidget(label)
            row = QHBoxLayout()
            row.setSpacing(6)
            retry = QPushButton(translate("ui.chat.message_widget", "Retry"), self._notice, objectName="retryButton")
            retry.setToolTip(translate("ui.chat.message_widget", "Ask again (a new version of this answer)"))
            retry.clicked.connect(lambda: self.actionRequested.emit("retry", self.message.id))
            row.addWidget(retry)
            row.addStretch(1)
            column.addLayout(row)
            self._notice_actions = row
            self._notice.hide()
            self._layout.insertWidget(self._layout.count() - 1, self._notice)
        return self._notice

    @property
    def notice_label(self) -> QLabel:
        return self.notice.findChild(QLabel, "messageError")

    @property
    def retry_button(self) -> QPushButton:
        return self.notice.findChild(QPushButton, "retryButton")

    def step_buttons(self) -> list[QPushButton]:
        """The notice's actions other than Retry (Settings, the models, a web page), in order."""
        if self._notice is None:
            return []
        row = self._notice_actions
        if row is None:
            return []
        buttons = [row.itemAt(i).widget() for i in range(row.count())]
        return [b for b in buttons if isinstance(b, QPushButton) and b.objectName() != "retryButton"]

    def condition_changed(self, what: str, provider_id: str | None) -> None:
        """A token (``what`` = "token") or the settings ("settings") of ``provider_id`` changed:
        a Retry that waited for that is offered now."""
        if self._retry_when != what or self._notice is None or self._notice.isHidden():
            return
        if provider_id is not None and provider_id != (self.message.provider_id or "modelscope"):
            return
        self._retry_when = RETRY_NOW
        self.retry_button.setVisible(self.message.role == "assistant")

    @property
    def version_label(self) -> QLabel:
        return self.versions.findChild(QLabel, "versionLabel")

    @property
    def prev_version(self) -> QToolButton:
        return self.versions.findChild(QToolButton, "previousVersionButton")

    @property
    def next_version(self) -> QToolButton:
        return self.versions.findChild(QToolButton, "nextVersionButton")

    def _copy_menu(self) -> None:
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.addAction(translate("ui.chat.message_widget", "Copy as Markdown"), lambda: self.copy(markdown=True))
        menu.addAction(translate("ui.chat.message_widget", "Copy as plain text"), lambda: self.copy(markdown=False))
        menu.popup(self.copy_button.mapToGlobal(self.copy_button.rect().bottomLeft()))

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
        self._set_usage(usage_line(message) if message.role == "assistant" else "")
        self._hide_progress()

    def _hide_progress(self) -> None:
        if self._progress is not None:
            self._progress.hide()

    def _show_versions(self) -> None:
        count = max(self.message.sibling_count, len(self._siblings))
        if count <= 1 and self._versions is None:
            return
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
            self._set_notice(translate("ui.chat.message_widget", "Stopped. The answer above is partial."), error=False)
        elif status == "cut":
            self._set_notice(error or translate("ui.chat.message_widget", "The answer was cut off; what arrived is kept."), error=True)
        elif status == "error":
            self._set_notice(error or translate("ui.chat.message_widget", "The request failed."), error=True)
        elif status == "streaming":
            # Saved mid-stream and never finished (the app was closed or crashed).
            self._set_notice(translate("ui.chat.message_widget", "This answer was interrupted before it finished."), error=True)
        elif self._notice is not None:
            self._notice.hide()

    def _set_notice(self, text: str, *, error: bool) -> None:
        """The message as the window says it: actions instead of commands, links to click,
        and Retry only where a retry can succeed (``msdesk.core.errors.advise``)."""
        kind = self.message.usage.get("error_kind") if isinstance(self.message.usage, dict) else None
        advice = advise(text, self.message.provider_id, kind) if error else Advice(text)
        self.notice_label.setText(_linked(advice.text))
        _colour(self.notice_label, "#b42318" if error else MUTED)
        row = self._notice_actions
        assert row is not None  # built with the notice
        for button in self.step_buttons():
            row.removeWidget(button)
            button.deleteLater()
        for index, step in enumerate(
            s for s in advice.steps if s.kind != STEP_LINK or s.target not in advice.text
        ):
            row.insertWidget(index, self._step_button(step))
        self._retry_when = advice.retry
        self.retry_button.setVisible(self.message.role == "assistant" and advice.retry == RETRY_NOW)
        self.notice.show()

    def _step_button(self, step: NextStep) -> QPushButton:
        button = QPushButton(step.label, self.notice, objectName=f"errorAction-{step.kind}")
        button.setAutoDefault(False)
        if step.kind == STEP_LINK:
            button.setFlat(True)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setToolTip(step.target)
            _colour(button, "#0969da", QPalette.ColorRole.ButtonText)
            button.clicked.connect(lambda: QDesktopServices.openUrl(QUrl(step.target)))
        else:
            button.setToolTip({
                STEP_TOKEN: translate("ui.chat.message_widget", "Open Settings at this provider's tokens"),
                STEP_SETTINGS: translate("ui.chat.message_widget", "Open Settings at this provider"),
                STEP_MODELS: translate("ui.chat.message_widget", "Open the Models page (the API-Inference filter shows what is served)"),
            }.get(step.kind, ""))
            button.clicked.connect(lambda: self.actionRequested.emit(step.kind, self.message.id))
        button.setProperty("target", step.target)
        return button

    def _show_images(self) -> None:
        images = [a for a in self.message.attachments if a.mime.startswith("image/")]
        if not images and self._images is None:
            return
        self.images  # noqa: B018 (built here)
        while self._images_layout.count():
            item = self._images_layout.takeAt(0)
            if item is not None and item.widget() is not None:
                item.widget().deleteLater()
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
                picture.setText(translate("ui.chat.message_widget", "[image: {name}]").format(name=attachment.name))
            picture.setToolTip(translate("ui.chat.message_widget", "{name} ({size} KB)").format(
                name=attachment.name, size=attachment.size // 1024 + 1
            ))
            column.addWidget(picture)
            if attachment.kind == "output":
                save = QPushButton(translate("ui.chat.message_widget", "Save image…"), box, objectName="saveImageButton")
                save.clicked.connect(lambda _=False, a=attachment.id: self.saveImageRequested.emit(a))
                column.addWidget(save, 0, Qt.AlignmentFlag.AlignLeft)
            self._images_layout.addWidget(box)

    # -- streaming -----------------------------------------------------------

    def begin_stream(self) -> None:
        self._streaming = True
        self._reasoning_started = False
        self._content_started = False
        self.body.start_stream()
        self.body.hide()
        if self._notice is not None:
            self._notice.hide()
        self._set_usage("")
        self.progress.setText(translate("ui.chat.message_widget", "Waiting for the first token…"))
        self.progress.show()
        self._show_actions(False)

    @property
    def streaming(self) -> bool:
        return self._streaming

    def feed_reasoning(self, delta: str) -> None:
        if not self._reasoning_started:
            self._reasoning_started = True
            block = self._ensure_thinking()
            block.begin()
            block.set_expanded(True)
            self._first_text()
        self._ensure_thinking().feed(delta)

    def feed_content(self, delta: str) -> None:
        if not self._content_started:
            self._content_started = True
            self.body.show()
            self._first_text()
            thinking = self.thinking
            if thinking is not None and self._reasoning_started:
                thinking.flush()
                thinking.set_seconds(thinking.elapsed(), done=True)
                thinking.set_expanded(False)
        self.body.feed(delta)

    def _first_text(self) -> None:
        if self._progress is not None and self._progress.text() == translate("ui.chat.message_widget", "Waiting for the first token…"):
            self._progress.hide()

    def set_progress(self, text: str) -> None:
        self.progress.setText(text)
        self.progress.setVisible(bool(text))

    def flush(self) -> None:
        """Put everything that arrived on screen now, not at the next frame tick."""
        if self.thinking is not None:
            self.thinking.flush()
        self.body.flush()

    def finish(self, message: Message, *, siblings: list[int] | None = None) -> None:
        """The stream ended: show the rest of it and the saved message (status, usage, images)."""
        self.flush()
        self._streaming = False
        self.body.finish()
        self._show_actions(True)
        self.message = message
        if siblings is not None:
            self._siblings = siblings
        thinking = self.thinking
        if thinking is not None:
            seconds = (message.usage or {}).get("thinking_seconds")
            if seconds is None and not thinking.done:
                seconds = thinking.elapsed()
            if seconds is None:
                seconds = thinking.seconds
            thinking.set_seconds(seconds, done=True)
            if self._content_started:
                thinking.set_expanded(False)
        self.body.setVisible(bool(message.content))
        self._hide_progress()
        self._show_images()
        self._show_status()
        self._show_versions()
        self._set_usage(usage_line(message))

    def mark_stopped(self) -> None:
        """Stop was pressed: keep what arrived and say so (the history row is saved by the engine)."""
        if not self._streaming:
            return
        self.flush()
        self._streaming = False
        self.body.finish()
        self._show_actions(True)
        self._hide_progress()
        thinking = self.thinking
        if thinking is not None and not thinking.done:
            thinking.set_seconds(thinking.elapsed() if self._reasoning_started else thinking.seconds, done=True)
        self.message.status = "stopped"
        self.message.content = self.body.markdown()
        self.body.setVisible(bool(self.message.content))
        self._show_status()

    def _set_usage(self, text: str) -> None:
        self.usage.setText(text)
        self.usage.setToolTip(text)

    def _show_actions(self, shown: bool) -> None:
        """The usage line and the Copy, Regenerate and Delete buttons: hidden while the
        answer streams (none of them can be used yet), so nothing under the growing
        text moves and is painted again at every new line."""
        for widget in self._action_widgets():
            widget.setVisible(shown)

    def _name_actions(self, time: str) -> None:
        """Each action button names the message it acts on ("Delete the answer of 12:06")."""
        if not time:
            return
        buttons = {"copy": self.copy_button, "delete": self.delete_button}
        if self._is_user:
            buttons["edit"] = self.edit_button
        else:
            buttons["regenerate"] = self.regenerate_button
        for key, text in _action_names(self._is_user, time).items():
            buttons[key].setAccessibleName(text.format(time=time))

    def _action_widgets(self) -> list[QWidget]:
        widgets = [self.usage, self.copy_button, self.delete_button, getattr(self, "regenerate_button", None)]
        return [widget for widget in widgets if widget is not None]

    # -- copying -------------------------------------------------------------

    def markdown(self) -> str:
        if self.message.role != "assistant":
            return self.message.content
        return self.body.markdown()

    def plain_text(self) -> str:
        return self.body.plain_text() if self.message.role == "assistant" else self.message.content

    def copy(self, *, markdown: bool) -> None:
        text = self.markdown() if markdown else self.plain_text()
        QGuiApplication.clipboard().setText(text)
        self.copied.emit(translate("ui.chat.message_widget", "Copied as Markdown") if markdown else translate("ui.chat.message_widget", "Copied as plain text"))

    def _ensure_thinking(self) -> ThinkingBlock:
        if self.thinking is None:
            self.thinking = ThinkingBlock(self)
            self._layout.insertWidget(1, self.thinking)
        return self.thinking


def _action_names(is_user: bool, time: str) -> dict[str, str]:
    """What a screen reader calls each action of a message: which message it acts on."""
    if is_user:
        return {
            "copy": translate("ui.chat.message_widget", "Copy your message of {time}"),
            "edit": translate("ui.chat.message_widget", "Edit your message of {time}"),
            "delete": translate("ui.chat.message_widget", "Delete your message of {time}"),
        }
    return {
        "copy": translate("ui.chat.message_widget", "Copy the answer of {time}"),
        "regenerate": translate("ui.chat.message_widget", "Regenerate the answer of {time}"),
        "delete": translate("ui.chat.message_widget", "Delete the answer of {time}"),
    }


def _tool(text: str, tip: str, parent: QWidget, *, name: str = "") -> QToolButton:
    button = QToolButton(parent)
    if name:
        button.setObjectName(name)
    button.setText(text)
    button.setToolTip(tip)
    button.setAccessibleName(tip)
    button.setAutoRaise(True)
    _colour(button, "#57606a", QPalette.ColorRole.ButtonText)
    return button


def _escape(text: str) -> str:
    import html

    return html.escape(text)


def _linked(text: str) -> str:
    """``text`` as rich text, its URLs as links."""
    parts, last = [], 0
    for match in URL_PATTERN.finditer(text):
        parts.append(_escape(text[last:match.start()]))
        url = match.group(0)
        parts.append(f'<a href="{_escape(url)}">{_escape(url)}</a>')
        last = match.end()
    parts.append(_escape(text[last:]))
    return "".join(parts)
