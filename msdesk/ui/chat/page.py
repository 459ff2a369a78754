"""The Chat page: conversations on the left, the open one on the right.

The page keeps no chat state of its own beyond what is on screen: the
history database holds conversations and messages, ``ChatEngine`` runs each
turn (send, regenerate, edit and resend, retry) and reports through
callbacks, and the page turns them into widgets. Streamed text is collected
and put on screen once per frame by one timer.

A new conversation is a draft until its first message: it is stored only
when something is sent, so opening the app does not litter the list.
"""

from __future__ import annotations

import asyncio
import logging
import mimetypes
import sqlite3
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from msdesk.core.chat import ChatEngine, TurnEvents
from msdesk.core.chat_export import export_markdown, save_markdown
from msdesk.core.history import ConversationParams, Message, auto_title
from msdesk.core.known_models import takes_enable_thinking
from msdesk.ui.async_task import AsyncRunner
from msdesk.ui.chat.composer import Composer, PendingImage
from msdesk.ui.chat.conversation_list import ConversationList
from msdesk.ui.chat.message_widget import MessageWidget
from msdesk.ui.chat.model_picker import ModelChoice, ModelPicker
from msdesk.ui.chat.params_dialog import ParamsDialog
from msdesk.ui.chat.transcript import Transcript

log = logging.getLogger(__name__)

#: Messages built when a conversation opens, and per "older" page...
PAGE_SIZE = 40
#: ...unless their text is longer than this: long answers take long to lay out.
PAGE_CHARS = 40_000
#: A page always has at least this many messages.
PAGE_MIN = 4


def trim_page(messages: list[Message], budget: int = PAGE_CHARS) -> list[Message]:
    """The newest messages of ``messages`` (oldest first) whose text fits ``budget``."""
    total = 0
    keep = 0
    for message in reversed(messages):
        total += len(message.content) + len(message.reasoning)
        if keep >= PAGE_MIN and total > budget:
            break
        keep += 1
    return messages[len(messages) - keep:]
#: How often streamed text is put on screen (one frame at 60 Hz)...
FRAME_MS = 16
#: ...and at least this often for a very long answer.
SLOWEST_FRAME_MS = 100


def frame_interval(chars: int) -> int:
    """Milliseconds between screen updates of a streaming answer of ``chars`` characters.

    Every update lays out and paints the growing end of the answer; a long
    answer arriving fast would spend more time on screen updates than on
    reading. Short answers update every frame; from about 10,000 characters
    the updates thin out, to ten a second at 130,000.
    """
    return min(SLOWEST_FRAME_MS, FRAME_MS + chars // 1500)
TURN_KEY = "turn"
#: What is typed is saved this long after the typing pauses.
DRAFT_SAVE_MS = 500


class ChatPage(QWidget):
    """Signals:
    statusMessage(str): a short report for the window's status bar.
    """

    statusMessage = Signal(str)

    def __init__(self, services: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chatPage")
        self.services = services
        self.history = services.history
        self.engine = ChatEngine(services, self.history)
        self.runner = AsyncRunner(self)
        self.conversation_id: int | None = None
        self._draft_choice: ModelChoice | None = None
        self._draft_params = ConversationParams()
        self._oldest_index = 0
        self._stream_widget: MessageWidget | None = None
        self._stream_conversation: int | None = None
        self._streaming = False
        self._turn_serial = 0  # callbacks of an older turn are ignored
        self._draining = False
        self._final_error = ""
        self._undo_conversation: int | None = None
        self._search = ""
        self._dialogs: list[QWidget] = []

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        self.conversations = ConversationList(splitter)
        self.conversations.setMinimumWidth(180)
        right = QWidget(splitter)
        splitter.addWidget(self.conversations)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([240, 760])
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(splitter)

        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        header = QWidget(right, objectName="chatHeader")
        header.setStyleSheet("#chatHeader { border-bottom: 1px solid #e3e6ea; }")
        row = QHBoxLayout(header)
        row.setContentsMargins(12, 6, 12, 6)
        self.title = QLabel("New chat", header, objectName="chatTitle")
        self.title.setStyleSheet("font-weight: bold; font-size: 14px;")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row.addWidget(self.title, 1)
        self.picker = ModelPicker(header)
        row.addWidget(self.picker)
        self.thinking_switch = QCheckBox("Think", header, objectName="thinkingSwitch")
        self.thinking_switch.setToolTip(
            "Let the model reason before answering (enable_thinking). Off answers faster."
        )
        row.addWidget(self.thinking_switch)
        self.params_button = QToolButton(header, objectName="paramsButton")
        self.params_button.setText("Parameters…")
        self.params_button.setToolTip("System prompt, temperature, top_p, max tokens, context")
        self.params_button.setAutoRaise(True)
        row.addWidget(self.params_button)
        self.more_button = QToolButton(header, objectName="chatMenuButton")
        self.more_button.setText("⋯")
        self.more_button.setToolTip("Export and options")
        self.more_button.setAccessibleName("More")
        self.more_button.setAutoRaise(True)
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.more_button)
        menu.addAction("Export to Markdown…", lambda: self.export_dialog(include_thinking=False))
        menu.addAction("Export with thinking…", lambda: self.export_dialog(include_thinking=True))
        menu.addSeparator()
        self.enter_action = menu.addAction("Enter sends (Shift+Enter: new line)")
        self.enter_action.setCheckable(True)
        self.enter_action.toggled.connect(self._set_enter_sends)
        self.more_button.setMenu(menu)
        row.addWidget(self.more_button)
        column.addWidget(header)

        self.undo_bar = QWidget(right, objectName="undoBar")
        self.undo_bar.setStyleSheet("#undoBar { background: #fff8e1; }")
        undo_row = QHBoxLayout(self.undo_bar)
        undo_row.setContentsMargins(12, 4, 12, 4)
        self.undo_label = QLabel(self.undo_bar)
        undo_row.addWidget(self.undo_label, 1)
        self.undo_button = QPushButton("Undo", self.undo_bar, objectName="undoDeleteButton")
        self.undo_button.setToolTip("Bring the conversation back (Ctrl+Z)")
        self.undo_button.setAutoDefault(False)
        self.undo_button.clicked.connect(self.undo_delete)
        undo_row.addWidget(self.undo_button)
        self.undo_bar.hide()
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_SAVE_MS)
        self._draft_timer.timeout.connect(self._save_draft)
        self._draft_owner: int | None = None  # whose draft the message box holds (None: the new chat)
        self._loading_draft = False
        self._undo_timer = QTimer(self)
        self._undo_timer.setSingleShot(True)
        self._undo_timer.setInterval(15_000)
        self._undo_timer.timeout.connect(self._forget_undo)
        column.addWidget(self.undo_bar)

        self.transcript = Transcript(right)
        self.transcript.load_attachment = self.history.attachment_data
        column.addWidget(self.transcript, 1)
        self.composer = Composer(right)
        column.addWidget(self.composer)

        self._frame = QTimer(self)
        self._frame.setTimerType(Qt.TimerType.PreciseTimer)
        self._frame.setInterval(FRAME_MS)
        self._frame.timeout.connect(self._flush_frame)

        # Wiring.
        self.conversations.newRequested.connect(self.new_conversation)
        self.conversations.opened.connect(self.open_conversation)
        self.conversations.renamed.connect(self._rename)
        self.conversations.deleteRequested.connect(self.delete_conversation)
        self.conversations.exportRequested.connect(self._export_from_list)
        self.conversations.searchChanged.connect(self._search_changed)
        self.picker.choiceChanged.connect(self._choice_changed)
        self.thinking_switch.toggled.connect(self._thinking_toggled)
        self.params_button.clicked.connect(self.edit_params)
        self.composer.sendRequested.connect(self.send)
        self.composer.stopRequested.connect(self.stop)
        self.composer.attachRequested.connect(self.attach_dialog)
        self.composer.editLastRequested.connect(self._edit_last)
        self.composer.input.textChanged.connect(self._draft_changed)
        self.composer.editCancelled.connect(self._restore_draft)
        self.transcript.olderRequested.connect(self._load_older)
        self.transcript.actionRequested.connect(self._message_action)
        self.transcript.copied.connect(self.statusMessage)
        self.transcript.saveImageRequested.connect(self.save_image_dialog)
        for keys, slot in (
            ("Ctrl+N", self.new_conversation),
            ("Ctrl+M", lambda: self.picker.showPopup()),
            ("Ctrl+L", self.composer.focus_input),
            ("Ctrl+Shift+F", lambda: self.conversations.search.setFocus()),
            ("Ctrl+Z", self.undo_delete),
            ("Ctrl+Shift+E", lambda: self.export_dialog(include_thinking=False)),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

        # Esc stops an answer wherever the focus is (only while one streams: otherwise
        # Esc belongs to the focused widget, e.g. to cancel a rename).
        self._esc = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        self._esc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._esc.activated.connect(self.stop)
        self._esc.setEnabled(False)
        self._reattached = False

        ui = services.settings.ui if isinstance(services.settings.ui, dict) else {}
        enter_sends = ui.get("enter_sends", True) is not False
        self.enter_action.setChecked(enter_sends)
        self.composer.set_enter_sends(enter_sends)

        self._settings_listener = lambda _settings: QTimer.singleShot(0, self._settings_changed)
        services.settings_store.subscribe(self._settings_listener)
        store, listener = services.settings_store, self._settings_listener
        self.destroyed.connect(lambda *_: store.unsubscribe(listener))

        self.refresh_models()
        self.refresh_list()
        # The first code block of a session would pay for loading the Markdown parser and
        # Pygments' lexers (about 0.1 s): pay it now, off the GUI thread.
        self.runner.start(asyncio.to_thread(_warm_renderer), key="warm", on_error=lambda _e: None)
        ids = self.conversations.ids()
        if ids and not self._new_chat_draft_is_newest(ids[0]):
            self.open_conversation(ids[0])
        else:
            self.new_conversation()  # also where a new message was last being written

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Shown: the message box has the keyboard (unless the user is elsewhere on the page).
        QTimer.singleShot(0, self._focus_input_if_outside)

    def _focus_input_if_outside(self) -> None:
        if not shiboken6.isValid(self):
            return
        focused = QApplication.focusWidget()
        if focused is None or not self.isAncestorOf(focused) or focused is self.conversations.search:
            if not self.conversations.search.text():
                self.composer.focus_input()

    # -- what the window asks -------------------------------------------------------

    def work_in_progress(self) -> str:
        # While draining, the answer is complete and saved: nothing to lose.
        return "an answer is streaming" if self._streaming and not self._draining else ""

    @property
    def streaming(self) -> bool:
        return self._streaming

    # -- models -------------------------------------------------------------------------

    def refresh_models(self) -> None:
        groups = []
        for provider in self.services.providers.all():
            if not provider.enabled:
                continue
            try:
                models = self.services.config.models(provider.id)
            except Exception:  # an unknown provider id in the settings: skip it
                continue
            groups.append((provider.id, provider.name, models))
        self.picker.set_choices(groups)

    def _settings_changed(self) -> None:
        if not shiboken6.isValid(self):
            return
        current = self.picker.current_choice()
        self.refresh_models()
        if current is not None:
            self.picker.select(current.provider_id, current.model_id)
        self._update_model_state()

    def default_choice(self) -> ModelChoice | None:
        """The last-used model, else the first ModelScope chat model, else the first model."""
        settings = self.services.settings
        ui = settings.ui if isinstance(settings.ui, dict) else {}
        last_provider = ui.get("last_provider") if isinstance(ui.get("last_provider"), str) else None
        if settings.last_model:
            found = self.picker.find(last_provider, settings.last_model) or self.picker.find(
                None, settings.last_model
            )
            if found is not None:
                return found
            if self._provider_enabled(last_provider or "modelscope"):
                return self.picker.select(last_provider or "modelscope", settings.last_model)
            # Its provider was switched off since: start on the default model instead.
        try:
            first = self.services.config.first_chat_model("modelscope")
        except Exception:
            first = None
        found = self.picker.find("modelscope", first) if first else None
        if found is not None:
            return found
        choices = self.picker.choices()
        return choices[0] if choices else None

    def _provider_enabled(self, provider_id: str) -> bool:
        return any(p.id == provider_id and p.enabled for p in self.services.providers.all())

    def current_choice(self) -> ModelChoice | None:
        return self.picker.current_choice()

    def _choice_changed(self, choice: ModelChoice) -> None:
        if self.conversation_id is None:
            self._draft_choice = choice
        else:
            self.history.set_model(self.conversation_id, choice.provider_id, choice.model_id)
        self._update_model_state()

    def _update_model_state(self) -> None:
        choice = self.picker.current_choice()
        params = self._params()
        takes = choice is not None and takes_enable_thinking(choice.model_id)
        self.thinking_switch.setVisible(takes)
        self.thinking_switch.blockSignals(True)
        self.thinking_switch.setChecked(params.enable_thinking is not False)
        self.thinking_switch.blockSignals(False)
        self.composer.set_can_attach(choice is not None and choice.sees_images)
        if choice is None:
            self.composer.set_ready(False, "Choose a model above; add models in Settings → Model providers.")
            self.transcript.set_empty_text(
                "No model to talk to yet. Add a token and models in Settings → Model providers."
            )
            return
        placeholder = "Describe the image to generate…" if choice.makes_images else None
        self.composer.input.setPlaceholderText(
            placeholder or ("Message… (Enter sends, Shift+Enter for a new line)"
                            if self.composer.input.enter_sends
                            else "Message… (Ctrl+Enter sends, Enter for a new line)")
        )
        self.composer.set_ready(True, "")
        what = "Describe an image to generate with" if choice.makes_images else "Ask"
        self.transcript.set_empty_text(f"{what} {choice.model_id} ({choice.provider_name}).")
        self.runner.start(
            self.services.secrets.labels(choice.provider_id),
            key="labels",
            on_result=lambda labels, c=choice: self._token_hint(c, labels),
            on_error=lambda _exc: None,
        )

    def _token_hint(self, choice: ModelChoice, labels: list[str]) -> None:
        if self.picker.current_choice() != choice:
            return
        if labels:
            self.composer.set_hint("")
        else:
            self.composer.set_hint(
                f"No token is stored for {choice.provider_name}: add one in Settings before sending."
            )

    # -- conversations ----------------------------------------------------------------

    def refresh_list(self) -> None:
        rows = self.history.list_conversations(self._search)
        self.conversations.set_rows(rows, self.conversation_id)

    def _search_changed(self, text: str) -> None:
        self._search = text
        self.refresh_list()

    def new_conversation(self) -> None:
        """A draft conversation on the default model (stored on its first message)."""
        self._flush_draft()
        self.conversation_id = None
        self._draft_params = ConversationParams()
        self._draft_choice = self.default_choice()
        if self._draft_choice is not None:
            self.picker.select(self._draft_choice.provider_id, self._draft_choice.model_id)
        self.title.setText("New chat")
        self.transcript.clear()
        self.conversations.select(None)
        self.composer.cancel_edit()
        self._load_draft(None)
        self._update_model_state()
        self.composer.focus_input()

    def open_conversation(self, conversation_id: int) -> None:
        try:
            conversation = self.history.conversation(conversation_id)
        except KeyError:
            self.refresh_list()
            return
        self._flush_draft()
        self.conversation_id = conversation_id
        self.title.setText(conversation.title or "New chat")
        if conversation.model_id:
            self.picker.select(conversation.provider_id, conversation.model_id)
        else:
            choice = self.default_choice()
            if choice is not None:
                self.picker.select(choice.provider_id, choice.model_id)
        self.composer.cancel_edit()
        self._load_draft(conversation_id)
        self._reload_messages()
        self.conversations.select(conversation_id)
        self._update_model_state()

    def _reload_messages(self) -> None:
        if self.conversation_id is None:
            self.transcript.clear()
            return
        loaded, has_older = self.history.load_page(self.conversation_id, limit=PAGE_SIZE)
        messages = trim_page(loaded)
        has_older = has_older or len(messages) < len(loaded)
        total = len(self.history.path_ids(self.conversation_id))
        self._oldest_index = total - len(messages)
        self.transcript.set_messages(messages, has_older=has_older, siblings=self._siblings_of(messages))
        editing = self.composer.editing_id
        if editing is not None and self.transcript.widget_for(editing) is None:
            self.composer.cancel_edit()  # the message being edited is no longer shown
        self._reattach_stream()

    def _reattach_stream(self) -> None:
        # Back on the conversation whose answer is still streaming: follow it again.
        if not self._streaming or self._stream_conversation != self.conversation_id:
            return
        widget = self._stream_widget
        if widget is not None and shiboken6.isValid(widget) and widget in self.transcript.widgets:
            return
        last = self.transcript.widgets[-1] if self.transcript.widgets else None
        if last is not None and last.message.status == "streaming":
            # What was saved so far; what arrived since is shown when the answer is done.
            last.begin_stream()
            if last.message.reasoning:
                last.feed_reasoning(last.message.reasoning)
            if last.message.content:
                last.feed_content(last.message.content)
            self._stream_widget = last
            self._reattached = True
            self._frame.start()

    def _load_older(self) -> None:
        if self.conversation_id is None or self._oldest_index <= 0:
            self.transcript.prepend_messages([], has_older=False)
            return
        loaded, has_older = self.history.load_page(
            self.conversation_id, before=self._oldest_index, limit=PAGE_SIZE
        )
        messages = trim_page(loaded)
        has_older = has_older or len(messages) < len(loaded)
        self._oldest_index -= len(messages)
        self.transcript.prepend_messages(
            messages, has_older=has_older and self._oldest_index > 0, siblings=self._siblings_of(messages)
        )

    def _siblings_of(self, messages: list[Message]) -> dict[int, list[int]]:
        return {m.id: self.history.siblings(m.id) for m in messages if m.sibling_count > 1}

    def _rename(self, conversation_id: int, title: str) -> None:
        self.history.rename(conversation_id, title)
        if conversation_id == self.conversation_id:
            self.title.setText(title)

    def rename_current(self) -> None:
        if self.conversation_id is not None:
            self.conversations.rename(self.conversation_id)

    def delete_conversation(self, conversation_id: int) -> None:
        """Delete at once; the bar above the transcript offers Undo for a while."""
        if self._streaming and self._stream_conversation == conversation_id:
            self.stop()
        try:
            title = self.history.conversation(conversation_id).title
        except KeyError:
            return
        self.history.delete_conversation(conversation_id)
        self._undo_conversation = conversation_id
        self.undo_label.setText(f"Deleted “{title}”.")
        self.undo_bar.show()
        self._undo_timer.start()
        if conversation_id == self.conversation_id:
            self.conversation_id = None
            self.refresh_list()
            ids = self.conversations.ids()
            if ids:
                self.open_conversation(ids[0])
            else:
                self.new_conversation()
        else:
            self.refresh_list()

    def _forget_undo(self) -> None:
        self.undo_bar.hide()
        self._undo_conversation = None

    def undo_delete(self) -> None:
        if self._undo_conversation is None or self.undo_bar.isHidden():
            return
        conversation_id, self._undo_conversation = self._undo_conversation, None
        self.history.restore_conversation(conversation_id)
        self.undo_bar.hide()
        self.refresh_list()
        self.open_conversation(conversation_id)
        self.statusMessage.emit("Conversation restored")

    def _ensure_conversation(self, choice: ModelChoice) -> int:
        if self.conversation_id is not None:
            return self.conversation_id
        conversation = self.history.create_conversation(
            provider_id=choice.provider_id, model_id=choice.model_id, params=self._draft_params
        )
        self.conversation_id = conversation.id
        self.refresh_list()
        return conversation.id

    # -- parameters -----------------------------------------------------------------------

    def _params(self) -> ConversationParams:
        if self.conversation_id is None:
            return self._draft_params
        try:
            return self.history.conversation(self.conversation_id).params
        except KeyError:
            return ConversationParams()

    def _set_params(self, params: ConversationParams) -> None:
        if self.conversation_id is None:
            self._draft_params = params
        else:
            self.history.set_params(self.conversation_id, params)
        self._update_model_state()

    def _thinking_toggled(self, checked: bool) -> None:
        params = self._params()
        params.enable_thinking = checked
        self._set_params(params)

    def edit_params(self) -> None:
        choice = self.picker.current_choice()
        dialog = ParamsDialog(self._params(), self, model=choice.model_id if choice else "")
        dialog.accepted_params.connect(self._set_params)
        self._keep_dialog(dialog)
        dialog.open()

    def _set_enter_sends(self, enter_sends: bool) -> None:
        self.composer.set_enter_sends(enter_sends)
        self._update_model_state()

        def change(settings: Any) -> None:
            settings.ui["enter_sends"] = enter_sends

        try:
            self.services.settings_store.update(change)
        except Exception as exc:
            self.statusMessage.emit(f"Could not save the option: {exc}")

    # -- sending ------------------------------------------------------------------------------

    # -- drafts: what is typed survives switching chats, quitting and crashing ----------------------

    def _stored_draft(self, conversation_id: int | None) -> str:
        try:
            return self.history.draft(conversation_id)
        except sqlite3.Error as exc:
            log.warning("could not read a draft: %s", exc)
            return ""

    def _new_chat_draft_is_newest(self, newest_id: int) -> bool:
        """Whether a new chat was being written after the newest conversation last changed."""
        try:
            saved = self.history.draft_saved_at(None)
            if saved is None:
                return False
            conversation = self.history.conversation(newest_id)
            newest_draft = self.history.draft_saved_at(newest_id) or 0.0
        except (sqlite3.Error, KeyError) as exc:
            log.warning("could not compare drafts: %s", exc)
            return False
        return saved > max(conversation.updated_at, newest_draft)

    def _forget_draft(self, conversation_id: int | None) -> None:
        try:
            self.history.save_draft(conversation_id, "")
        except sqlite3.Error as exc:
            log.warning("could not clear a draft: %s", exc)

    def _draft_changed(self) -> None:
        if not self._loading_draft and self.composer.editing_id is None:
            self._draft_timer.start()  # saved half a second after the typing pauses

    def _save_draft(self) -> None:
        self._draft_timer.stop()
        if self.composer.editing_id is not None:
            return  # the box holds an earlier message being edited, not the draft
        try:
            self.history.save_draft(self._draft_owner, self.composer.text())
        except sqlite3.Error as exc:  # a full disk must not stop the typing
            log.warning("could not save the draft: %s", exc)

    def _flush_draft(self) -> None:
        if self._draft_timer.isActive():
            self._save_draft()

    def _load_draft(self, conversation_id: int | None) -> None:
        self._draft_timer.stop()
        self._draft_owner = conversation_id
        self._loading_draft = True
        try:
            self.composer.set_text(self._stored_draft(conversation_id))
        finally:
            self._loading_draft = False

    def _restore_draft(self) -> None:
        """An edit ended: the message that was being written comes back into the box."""
        if self.composer.editing_id is None and not self.composer.text():
            self._load_draft(self._draft_owner)

    def hideEvent(self, event: QHideEvent) -> None:
        self._flush_draft()  # the window closes: keep the last keystrokes too
        super().hideEvent(event)

    def send(self, text: str) -> None:
        if self._streaming:
            return
        choice = self.picker.current_choice()
        if choice is None:
            self.composer.set_ready(False, "Choose a model first.")
            return
        images = [(image.mime, image.name, image.data) for image in self.composer.images]
        if not text and not images:
            return
        editing = self.composer.editing_id
        was_editing = editing is not None  # the box held an earlier message, not the draft
        if editing is not None:
            try:
                self.history.message(editing)
            except KeyError:
                editing = None  # deleted meanwhile: send as a new message
        if self.conversation_id is None and text:
            self.title.setText(auto_title(text))  # the list gets it once the answer is in
        sent_from = self._draft_owner
        conversation_id = self._ensure_conversation(choice)
        self.history.set_model(conversation_id, choice.provider_id, choice.model_id)
        self._remember_model(choice)
        self._draft_timer.stop()
        if not was_editing:
            self._forget_draft(sent_from)  # it was sent
        self._draft_owner = conversation_id
        self._loading_draft = True
        try:
            self.composer.after_sent()
        finally:
            self._loading_draft = False
        if was_editing:
            self._restore_draft()  # the message being written before the edit comes back
        if editing is not None:
            self._run_turn(
                lambda events: self.engine.edit_and_resend(editing, text, attachments=images, events=events)
            )
        else:
            self._run_turn(
                lambda events: self.engine.send(conversation_id, text, attachments=images, events=events)
            )

    def _remember_model(self, choice: ModelChoice) -> None:
        settings = self.services.settings
        ui = settings.ui if isinstance(settings.ui, dict) else {}
        if settings.last_model == choice.model_id and ui.get("last_provider") == choice.provider_id:
            return

        def change(s: Any) -> None:
            s.last_model = choice.model_id
            s.ui["last_provider"] = choice.provider_id

        try:
            self.services.settings_store.update(change)
        except Exception as exc:  # the message still goes out
            log.warning("could not remember the model: %s", type(exc).__name__)

    def regenerate(self, message_id: int) -> None:
        if not self._streaming:
            self._run_turn(lambda events: self.engine.regenerate(message_id, events=events))

    def retry(self, message_id: int) -> None:
        if not self._streaming:
            self._run_turn(lambda events: self.engine.retry(message_id, events=events))

    def stop(self) -> None:
        """Stop the answer now: the connection closes and the partial text stays."""
        if not self._streaming:
            return
        widget = self._stream_widget
        if self._draining:
            # The answer is complete and saved; only its end is still going on screen.
            if widget is not None and shiboken6.isValid(widget):
                widget.flush(budget=widget.backlog + 1)
                widget.drain()
            self._drained()
            return
        self.runner.cancel(TURN_KEY)
        if widget is not None and shiboken6.isValid(widget):
            widget.mark_stopped()
        self._end_stream()
        self.statusMessage.emit("Stopped; the partial answer is kept")

    def _run_turn(self, make: Any) -> None:
        conversation_id = self.conversation_id
        self._turn_serial += 1
        serial = self._turn_serial
        self._stream_conversation = conversation_id
        self._stream_widget = None
        self._reattached = False
        self._draining = False
        self._streaming = True
        self.composer.set_streaming(True)
        self._esc.setEnabled(True)

        def current() -> bool:
            return shiboken6.isValid(self) and serial == self._turn_serial

        events = TurnEvents(
            on_user=lambda m: current() and self._on_user(conversation_id, m),
            on_start=lambda m: current() and self._on_start(conversation_id, m),
            on_reasoning=lambda d: current() and self._on_delta(conversation_id, d, reasoning=True),
            on_content=lambda d: current() and self._on_delta(conversation_id, d, reasoning=False),
            on_status=lambda t: current() and self._on_status(conversation_id, t),
            on_done=lambda m: current() and self._on_done(conversation_id, m),
            # Another token or provider answers: said once, in the status bar.
            on_notice=lambda text: current() and self.statusMessage.emit(text),
        )
        self.runner.start(self._turn(make(events), serial), key=TURN_KEY, on_error=self._turn_failed)

    async def _turn(self, coro: Any, serial: int) -> Any:
        try:
            return await coro
        finally:
            if shiboken6.isValid(self):
                self._after_turn(serial)

    def _after_turn(self, serial: int) -> None:
        if serial != self._turn_serial:
            # A newer turn owns the screen now; only the list may have changed.
            self.refresh_list()
            return
        if self._draining:
            return  # the answer's last part is still going on screen; _drained() ends the turn
        if self._streaming:
            widget = self._stream_widget
            if widget is not None and shiboken6.isValid(widget) and widget.streaming:
                widget.mark_stopped()
            self._end_stream()
        self.refresh_list()
        if self.conversation_id is not None:
            try:
                self.title.setText(self.history.conversation(self.conversation_id).title)
            except KeyError:
                pass

    def _end_stream(self) -> None:
        self._streaming = False
        self._frame.stop()
        self._esc.setEnabled(False)
        self.composer.set_streaming(False)

    def _turn_failed(self, exc: BaseException) -> None:
        from msdesk.ui.async_task import user_message

        self.statusMessage.emit(user_message(exc))

    def _shown(self, conversation_id: int | None) -> bool:
        return shiboken6.isValid(self) and conversation_id == self.conversation_id

    def _on_user(self, conversation_id: int | None, message: Message) -> None:
        if not self._shown(conversation_id):
            return
        self.transcript.remove_after(message.parent_id)
        siblings = self.history.siblings(message.id)
        self.transcript.append_message(message, siblings=siblings if len(siblings) > 1 else None)
        self.transcript.scroll_to_bottom()

    def _on_start(self, conversation_id: int | None, message: Message) -> None:
        if not self._shown(conversation_id):
            return
        self.transcript.remove_after(message.parent_id)
        siblings = self.history.siblings(message.id)
        widget = self.transcript.append_message(message, siblings=siblings if len(siblings) > 1 else None)
        widget.begin_stream()
        self._stream_widget = widget
        self.transcript.scroll_to_bottom()
        self._frame.setInterval(FRAME_MS)
        self._frame.start()

    def _on_delta(self, conversation_id: int | None, delta: str, *, reasoning: bool) -> None:
        widget = self._stream_widget
        if widget is None or not self._shown(conversation_id):
            return
        if reasoning:
            widget.feed_reasoning(delta)
        else:
            widget.feed_content(delta)

    def _on_status(self, conversation_id: int | None, text: str) -> None:
        widget = self._stream_widget
        if widget is not None and self._shown(conversation_id):
            widget.set_progress(text)

    def _flush_frame(self) -> None:
        widget = self._stream_widget
        if widget is None or not shiboken6.isValid(widget):
            if self._draining:
                self._drained()  # the widget went away (another chat opened): nothing to show
            else:
                self._frame.stop()
            return
        if self._draining:
            if widget.drain():
                self._drained()
                return
        else:
            widget.flush()
        # Text waiting: the next part right after the events this one posted (layout, paint).
        self._frame.setInterval(1 if widget.backlog else frame_interval(widget.fed_chars))

    def _drained(self) -> None:
        self._draining = False
        self._frame.stop()
        if self._final_error:
            self.statusMessage.emit(self._final_error)
            self._final_error = ""
        self._after_turn(self._turn_serial)

    def _on_done(self, conversation_id: int | None, message: Message) -> None:
        widget = self._stream_widget
        if widget is None or not self._shown(conversation_id) or not shiboken6.isValid(widget):
            self._frame.stop()
            return
        siblings = self.history.siblings(message.id)
        if message.sibling_count <= 1 and len(siblings) <= 1:
            siblings = []
        if self._reattached and widget.markdown() != message.content:
            # Followed again mid-way: the pieces between the last save and the return
            # were not seen here; show the answer as saved.
            widget.mark_stopped()
            widget.finish(message, siblings=siblings)
            widget.show_message(message, siblings=siblings)
        elif not widget.finish(message, siblings=siblings):
            self._draining = True  # the frames put the rest on screen, then end the turn
            self._final_error = message.error if message.status in ("error", "cut") else ""
            self._frame.setInterval(1)
            return
        self._frame.stop()
        if message.status in ("error", "cut"):
            self.statusMessage.emit(message.error)

    # -- message actions ------------------------------------------------------------------------

    def _message_action(self, action: str, message_id: int) -> None:
        if action == "edit":
            widget = self.transcript.widget_for(message_id)
            if widget is not None and not self._streaming:
                self._flush_draft()  # kept while the box holds the message being edited
                self.composer.begin_edit(message_id, widget.message.content)
        elif action == "regenerate":
            self.regenerate(message_id)
        elif action == "retry":
            self.retry(message_id)
        elif action == "version":
            if self._streaming:
                return
            self.history.switch_version(message_id)
            self._reload_messages()
        elif action == "delete":
            self._confirm_delete_message(message_id)

    def _edit_last(self) -> None:
        if self._streaming:
            return
        for widget in reversed(self.transcript.widgets):
            if widget.message.role == "user":
                self._flush_draft()
                self.composer.begin_edit(widget.message.id, widget.message.content)
                return

    def _confirm_delete_message(self, message_id: int) -> None:
        if self._streaming:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            "Delete message",
            "Delete this message? The messages after it stay in the conversation.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("deleteMessageBox")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)

        def answered(result: int) -> None:
            if result == QMessageBox.StandardButton.Yes:
                self.delete_message(message_id)

        box.finished.connect(answered)
        self._keep_dialog(box)
        box.open()

    def delete_message(self, message_id: int) -> None:
        self.history.delete_message(message_id)
        self._reload_messages()
        self.refresh_list()

    # -- files: export, images -----------------------------------------------------------------------

    def export_text(self, conversation_id: int | None = None, *, include_thinking: bool = False) -> str:
        conversation_id = conversation_id if conversation_id is not None else self.conversation_id
        if conversation_id is None:
            return ""
        conversation = self.history.conversation(conversation_id)
        return export_markdown(
            conversation, self.history.context(conversation_id), include_thinking=include_thinking
        )

    def export_to(self, path: Path, conversation_id: int | None = None, *, include_thinking: bool = False) -> None:
        save_markdown(Path(path), self.export_text(conversation_id, include_thinking=include_thinking))

    def _export_from_list(self, conversation_id: int) -> None:
        self.export_dialog(include_thinking=False, conversation_id=conversation_id)

    def export_dialog(self, *, include_thinking: bool, conversation_id: int | None = None) -> None:
        target = conversation_id if conversation_id is not None else self.conversation_id
        if target is None:
            self.statusMessage.emit("Nothing to export yet: send a message first.")
            return
        title = self.history.conversation(target).title or "chat"
        safe = "".join(c if c.isalnum() or c in " -_" else "_" for c in title).strip() or "chat"
        dialog = QFileDialog(self, "Export conversation", str(Path.home() / f"{safe}.md"), "Markdown (*.md)")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("md")

        def chosen(path: str) -> None:
            try:
                self.export_to(Path(path), target, include_thinking=include_thinking)
            except OSError as exc:
                self.statusMessage.emit(f"Could not export to {path}: {exc.strerror or exc}")
                return
            self.statusMessage.emit(f"Exported to {path}")

        dialog.fileSelected.connect(chosen)
        self._keep_dialog(dialog)
        dialog.open()

    def attach_dialog(self) -> None:
        dialog = QFileDialog(self, "Attach an image", str(Path.home()),
                             "Images (*.png *.jpg *.jpeg *.webp *.gif *.bmp)")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(lambda path: self.attach_file(Path(path)))
        self._keep_dialog(dialog)
        dialog.open()

    def attach_file(self, path: Path) -> bool:
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            self.statusMessage.emit(f"Could not read {path}: {exc.strerror or exc}")
            return False
        mime = mimetypes.guess_type(str(path))[0] or "image/png"
        error = self.composer.add_image(PendingImage(mime, Path(path).name, data))
        if error:
            self.statusMessage.emit(error)
            self.composer.set_hint(error)
            return False
        return True

    def save_image_dialog(self, attachment_id: int) -> None:
        dialog = QFileDialog(self, "Save image", str(Path.home() / f"msdesk-image-{attachment_id}.png"),
                             "PNG image (*.png);;All files (*)")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.fileSelected.connect(lambda path: self.save_image(attachment_id, Path(path)))
        self._keep_dialog(dialog)
        dialog.open()

    def save_image(self, attachment_id: int, path: Path) -> bool:
        try:
            Path(path).write_bytes(self.history.attachment_data(attachment_id))
        except (OSError, KeyError) as exc:
            self.statusMessage.emit(f"Could not save the image: {exc}")
            return False
        self.statusMessage.emit(f"Saved {path}")
        return True

    def _keep_dialog(self, dialog: QWidget) -> None:
        self._dialogs.append(dialog)

        def forget(*_args: object) -> None:
            if dialog in self._dialogs:
                self._dialogs.remove(dialog)
            dialog.deleteLater()

        finished = getattr(dialog, "finished", None)
        if finished is not None:
            finished.connect(forget)


def _warm_renderer() -> None:
    from msdesk.ui.chat.markdown_stream import render_document

    render_document("# w\n\n- a\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n```python\nx = 1\n```\n\n"
                    "```bash\nls\n```\n\n```javascript\nlet x\n```\n")
