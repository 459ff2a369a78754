"""The Chat page: conversations on the left, the open one on the right.

The page keeps no chat state of its own beyond what is on screen: the
history database holds conversations and messages, ``ChatEngine`` runs each
turn (send, regenerate, edit and resend, retry) and ``TurnView``
(``turn_view.py``) shows it as it streams; ``Drafts`` (``drafts.py``) keeps what
is typed per conversation. The page lays these out and wires them together.
The conversation list refreshes from the services' one notice of change
(``Change.CONVERSATIONS``), which the history's writer gives after each write.

Every write goes through ``services.history_writes`` (its own thread; the
history is only read here): it is queued at once, in the order asked, so a
later task cannot lose it. What a write does not decide is shown at once (a
new title, a row off the list, the parameters just chosen); what needs the
write's result waits for it (opening a restored chat, the messages after a
version switch or a deletion).

A new conversation is a draft until its first message: it is stored only
when something is sent, so opening the app does not litter the list.
"""

from __future__ import annotations

import asyncio
import itertools
import logging
import mimetypes
import sqlite3
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeySequence, QResizeEvent, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from msdesk.core.capabilities import think_switch
from msdesk.core.changes import Change, Notice
from msdesk.core.chat import ChatEngine, TurnEvents
from msdesk.core.chat_export import export_markdown, save_markdown
from msdesk.core.errors import (
    RETRY_AFTER_SETTINGS,
    RETRY_AFTER_TOKEN,
    STEP_MODELS,
    STEP_SETTINGS,
    STEP_TOKEN,
    advise,
)
from msdesk.core.history import (
    ChatHistory,
    ConversationParams,
    ConversationSummary,
    HistoryUnavailable,
    Message,
    auto_title,
)
from msdesk.core.i18n import translate
from msdesk.ui.async_task import AsyncRunner, in_thread
from msdesk.ui.change_relay import ChangeRelay
from msdesk.ui.chat.composer import Composer, PendingImage
from msdesk.ui.chat.conversation_list import ConversationList, shown_title
from msdesk.ui.chat.drafts import Drafts
from msdesk.ui.chat.model_picker import ModelChoice, ModelPicker
from msdesk.ui.chat.params_dialog import ParamsDialog
from msdesk.ui.chat.transcript import Transcript
from msdesk.ui.chat.turn_view import TurnMaker, TurnView
from msdesk.ui.theme import notifier, scaled, themed
from msdesk.ui.widgets.elided import ElidedLabel

log = logging.getLogger(__name__)

#: Messages built when a conversation opens, and per "older" page...
PAGE_SIZE = 40
#: ...unless their text is longer than this: long answers take long to lay out.
PAGE_CHARS = 40_000
#: A page always has at least this many messages.
PAGE_MIN = 4
#: How long the conversation list waits after a notice of change, so a burst of writes is one look.
LIST_AGAIN_MS = 50
LIST_MIN_WIDTH = 180  # px: the list of chats


def list_min_width() -> int:
    """``LIST_MIN_WIDTH``, wider with a larger text size (a little less than in step: the chat's
    header needs the room more)."""
    return max(LIST_MIN_WIDTH, scaled(160))


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


class ChatPage(QWidget):
    """Signals:
    statusMessage(str): a short report for the window's status bar.
    tokenSettingsRequested(str): show Settings at this provider's tokens (a failed answer's action).
    providerSettingsRequested(str): show Settings at this provider (its API host).
    modelsRequested(): show the Models page (to pick a model API-Inference serves).
    """

    statusMessage = Signal(str)
    tokenSettingsRequested = Signal(str)
    providerSettingsRequested = Signal(str)
    modelsRequested = Signal()

    def __init__(self, services: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chatPage")
        self.services = services
        self.history = services.history
        self.engine = ChatEngine(services, self.history)
        self.runner = AsyncRunner(self)
        self.conversation_id: int | None = None
        self._draft_choice: ModelChoice | None = None
        self._shown_params = ConversationParams()  # of the chat on screen, as last chosen here
        self._oldest_index = 0
        self._undo_conversation: int | None = None
        self._undo_row: ConversationSummary | None = None
        self._writes = itertools.count(1)
        self._visit = 0  # a new number each time another chat (or a new one) is shown
        self._turn_visit = -1  # the visit on which the latest turn was started
        self._search = ""
        self._dialogs: list[QWidget] = []

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        self.conversations = ConversationList(splitter)
        self.conversations.setMinimumWidth(list_min_width())
        right = QWidget(splitter)
        splitter.addWidget(self.conversations)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([scaled(240), 760])
        self._splitter = splitter
        notifier().changed.connect(self._follow_text_size)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(splitter)

        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        header = QWidget(right, objectName="chatHeader")
        header.setStyleSheet(themed("#chatHeader { border-bottom: 1px solid #e3e6ea; }"))
        row = QHBoxLayout(header)
        row.setContentsMargins(12, 6, 12, 6)
        self.title = ElidedLabel(translate("ui.chat.page", "New chat"), header, objectName="chatTitle")
        self.title.setStyleSheet(themed("font-weight: bold; font-size: 14px;"))
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Short of room, the title gives up width along with the model picker, not first.
        self.title.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        row.addWidget(self.title, 1)
        self.picker = ModelPicker(header)
        row.addWidget(self.picker)
        self.thinking_switch = QCheckBox(translate("ui.chat.page", "Think"), header, objectName="thinkingSwitch")
        self.thinking_switch.setToolTip(
            translate("ui.chat.page", "Let the model reason before answering (enable_thinking). Off answers faster.")
        )
        row.addWidget(self.thinking_switch)
        self.params_button = QToolButton(header, objectName="paramsButton")
        self.params_button.setText(translate("ui.chat.page", "Parameters…"))
        self.params_button.setToolTip(translate("ui.chat.page", "System prompt, temperature, top_p, max tokens, context"))
        self.params_button.setAutoRaise(True)
        row.addWidget(self.params_button)
        self.more_button = QToolButton(header, objectName="chatMenuButton")
        self.more_button.setText("⋯")
        self.more_button.setToolTip(translate("ui.chat.page", "Export and options"))
        self.more_button.setAccessibleName(translate("ui.chat.page", "More"))
        self.more_button.setAutoRaise(True)
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.more_button)
        menu.addAction(translate("ui.chat.page", "Export to Markdown…"), lambda: self.export_dialog(include_thinking=False))
        menu.addAction(translate("ui.chat.page", "Export with thinking…"), lambda: self.export_dialog(include_thinking=True))
        menu.addSeparator()
        self.enter_action = menu.addAction(translate("ui.chat.page", "Enter sends (Shift+Enter: new line)"))
        self.enter_action.setCheckable(True)
        self.enter_action.toggled.connect(self._set_enter_sends)
        self.more_button.setMenu(menu)
        row.addWidget(self.more_button)
        column.addWidget(header)

        self.undo_bar = QWidget(right, objectName="undoBar")
        self.undo_bar.setStyleSheet(themed("#undoBar { background: #fff8e1; }"))
        undo_row = QHBoxLayout(self.undo_bar)
        undo_row.setContentsMargins(12, 4, 12, 4)
        self.undo_label = QLabel(self.undo_bar)
        undo_row.addWidget(self.undo_label, 1)
        self.undo_button = QPushButton(translate("ui.chat.page", "Undo"), self.undo_bar, objectName="undoDeleteButton")
        self.undo_button.setToolTip(translate("ui.chat.page", "Bring the conversation back (Ctrl+Z)"))
        self.undo_button.setAutoDefault(False)
        self.undo_button.clicked.connect(self.undo_delete)
        undo_row.addWidget(self.undo_button)
        self.undo_bar.hide()
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
        self.drafts = Drafts(self.history, services.history_writes, self.composer, self)
        self.turns = TurnView(self.history, self.transcript, self.runner, lambda: self.conversation_id, self)

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
        self.turns.statusMessage.connect(lambda text: self.statusMessage.emit(advise(text).text))
        self.turns.streamingChanged.connect(self._streaming_changed)
        self.turns.turnEnded.connect(self._turn_ended)
        self.transcript.olderRequested.connect(self._load_older)
        self.transcript.actionRequested.connect(self._message_action)
        self.composer.hint.linkActivated.connect(self._hint_link)
        self.transcript.copied.connect(self.statusMessage)
        self.transcript.saveImageRequested.connect(self.save_image_dialog)
        for keys, slot in (
            ("Ctrl+N", self.new_conversation),
            ("Ctrl+M", lambda: self.picker.showPopup()),
            ("Ctrl+L", self.composer.focus_input),
            ("Ctrl+F", lambda: self.conversations.search.setFocus()),
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

        ui = services.settings.ui if isinstance(services.settings.ui, dict) else {}
        enter_sends = ui.get("enter_sends", True) is not False
        self.enter_action.setChecked(enter_sends)
        self.composer.set_enter_sends(enter_sends)

        self._settings_listener = lambda _settings: QTimer.singleShot(0, self, self._settings_changed)
        services.settings_store.subscribe(self._settings_listener)
        store, listener = services.settings_store, self._settings_listener
        self.destroyed.connect(lambda *_: store.unsubscribe(listener))
        # Writes of one turn come in a burst (the question, the answer row, who answered):
        # the list looks at once, then at most once more when the burst is over.
        self._list_again = QTimer(self, singleShot=True, interval=LIST_AGAIN_MS)
        self._list_again.timeout.connect(self._list_settled)
        self._list_stale = False
        ChangeRelay.of(services).changed.connect(self._services_changed)

        self.refresh_models()
        self.refresh_list()
        # The first code block of a session would pay for loading the Markdown parser and
        # Pygments' lexers (about 0.1 s): pay it now, off the GUI thread.
        self.runner.start(in_thread(_warm_renderer), key="warm", on_error=lambda _e: None)
        ids = self.conversations.ids()
        if ids and not self.drafts.new_chat_is_newest(ids[0]):
            self.open_conversation(ids[0])
        else:
            self.new_conversation()  # also where a new message was last being written

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        QTimer.singleShot(0, self, self._fit_width)

    def _follow_text_size(self) -> None:
        self.conversations.setMinimumWidth(list_min_width())
        self._fit_width()

    def _fit_width(self) -> None:
        """In a narrow window the list of chats leaves the conversation most of the width,
        and the model picker leaves the chat's title some."""
        cap = max(list_min_width(), self.width() * 3 // 10)
        sizes = self._splitter.sizes()
        if len(sizes) == 2 and sizes[0] > cap:
            self._splitter.setSizes([cap, sizes[0] + sizes[1] - cap])
            sizes = self._splitter.sizes()
        if len(sizes) == 2:
            self.picker.setMaximumWidth(max(self.picker.minimumSizeHint().width(), sizes[1] * 35 // 100))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Shown: the message box has the keyboard (unless the user is elsewhere on the page).
        QTimer.singleShot(0, self, self._focus_input_if_outside)

    def _focus_input_if_outside(self) -> None:
        if not shiboken6.isValid(self):
            return
        focused = QApplication.focusWidget()
        if focused is None or not self.isAncestorOf(focused) or focused is self.conversations.search:
            if not self.conversations.search.text():
                self.composer.focus_input()

    # -- what the window asks -------------------------------------------------------

    def work_in_progress(self) -> str:
        return translate("ui.chat.page", "an answer is streaming") if self.turns.streaming else ""

    @property
    def streaming(self) -> bool:
        return self.turns.streaming

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
            cid = self.conversation_id
            self._write(lambda h: h.set_model(cid, choice.provider_id, choice.model_id), cid)
        self._update_model_state()

    def _update_model_state(self) -> None:
        choice = self.picker.current_choice()
        params = self._params()
        switch = (
            think_switch(choice.model_id, reasons=choice.reasons, asked=params.enable_thinking)
            if choice is not None else None
        )
        self.thinking_switch.setVisible(switch is not None and switch.shown)
        self.thinking_switch.setEnabled(switch is not None and switch.enabled)
        self.thinking_switch.setToolTip(switch.reason if switch is not None else "")
        self.thinking_switch.blockSignals(True)
        self.thinking_switch.setChecked(switch is not None and switch.checked)
        self.thinking_switch.blockSignals(False)
        self.composer.set_can_attach(choice is not None and choice.sees_images)
        if choice is None:
            self.composer.set_ready(False, translate("ui.chat.page", "Choose a model above; add models in Settings → Model providers."))
            self.transcript.set_empty_text(
                translate("ui.chat.page", "No model to talk to yet. Add a token and models in Settings → Model providers.")
            )
            return
        if choice.makes_images:
            placeholder = translate("ui.chat.page", "Describe the image to generate…")
        elif self.composer.input.enter_sends:
            placeholder = translate("ui.chat.page", "Message… (Enter sends, Shift+Enter for a new line)")
        else:
            placeholder = translate("ui.chat.page", "Message… (Ctrl+Enter sends, Enter for a new line)")
        self.composer.input.setPlaceholderText(placeholder)
        self.composer.set_ready(True, "")
        if choice.makes_images:
            empty = translate("ui.chat.page", "Describe an image to generate with {model} ({provider}).")
        else:
            empty = translate("ui.chat.page", "Ask {model} ({provider}).")
        self.transcript.set_empty_text(empty.format(model=choice.model_id, provider=choice.provider_name))
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
                translate("ui.chat.page", 'No token is stored for {provider}: <a href="{link}">add one in Settings</a> before sending.')
                .format(provider=choice.provider_name, link=f"token:{choice.provider_id}")
            )

    def _hint_link(self, link: str) -> None:
        if link.startswith("token:"):
            self.tokenSettingsRequested.emit(link.removeprefix("token:"))

    def _check_token_hint(self) -> None:
        """Look again whether the chosen provider has a token (one was stored or deleted)."""
        choice = self.picker.current_choice()
        if choice is None:
            return
        self.runner.start(
            self.services.secrets.labels(choice.provider_id),
            key="labels",
            on_result=lambda labels, c=choice: self._token_hint(c, labels),
            on_error=lambda _exc: None,
        )

    # -- conversations ----------------------------------------------------------------

    def refresh_list(self) -> None:
        rows = self.history.list_conversations(self._search)
        self.conversations.set_rows(rows, self.conversation_id)

    def _services_changed(self, notice: Notice) -> None:
        if not shiboken6.isValid(self):
            return
        if Change.TOKENS in notice or Change.PROVIDERS in notice:
            self._conditions_changed(notice)
        if Change.CONVERSATIONS not in notice:
            return
        if self._list_again.isActive():
            self._list_stale = True
        else:
            self.refresh_list()
            self._list_again.start()

    def _conditions_changed(self, notice: Notice) -> None:
        """A token or a provider's settings changed: the hint looks again, and a failed answer
        that waited for such a change offers Retry."""
        if Change.TOKENS in notice:
            self._check_token_hint()
        for widget in self.transcript.widgets:
            if Change.TOKENS in notice:
                widget.condition_changed(RETRY_AFTER_TOKEN, notice.provider_id)
            if Change.PROVIDERS in notice:
                widget.condition_changed(RETRY_AFTER_SETTINGS, notice.provider_id)

    def _list_settled(self) -> None:
        if self._list_stale:
            self._list_stale = False
            self.refresh_list()

    def _write(
        self,
        fn: Callable[[ChatHistory], Any],
        conversation_id: int | None,
        then: Callable[[Any], None] | None = None,
    ) -> None:
        """Queue a write on the history's writer now; ``then(result)`` once it is on disk.

        The writer gives the notice of change. The write is never cancelled:
        each has its own key on the runner, and it is queued before this returns.
        """
        try:
            pending = self.services.history_writes.submit(fn, conversation_id=conversation_id)
        except HistoryUnavailable as exc:
            self.statusMessage.emit(exc.message)
            return

        async def written() -> None:
            try:
                result = await pending
            except KeyError:
                return  # the chat or message went away meanwhile: nothing left to change
            except sqlite3.Error as exc:
                log.warning("a chat history write failed: %s", exc)
                if shiboken6.isValid(self):
                    self.statusMessage.emit(translate("ui.chat.page", "Could not save the change: {error}").format(error=exc))
                return
            if then is not None and shiboken6.isValid(self):
                then(result)

        self.runner.start(written(), key=f"write-{next(self._writes)}")

    def _search_changed(self, text: str) -> None:
        self._search = text
        self.refresh_list()

    def new_conversation(self) -> None:
        """A draft conversation on the default model (stored on its first message)."""
        self.drafts.flush()
        self.conversation_id = None
        self._visit += 1
        self._shown_params = ConversationParams()
        self._draft_choice = self.default_choice()
        if self._draft_choice is not None:
            self.picker.select(self._draft_choice.provider_id, self._draft_choice.model_id)
        self.title.setText(translate("ui.chat.page", "New chat"))
        self.transcript.clear()
        self.conversations.select(None)
        self.composer.cancel_edit()
        self.drafts.load(None)
        self._update_model_state()
        self._show_streaming_state()
        self.composer.focus_input()

    def open_conversation(self, conversation_id: int) -> None:
        try:
            conversation = self.history.conversation(conversation_id)
        except KeyError:
            self.refresh_list()
            return
        self.drafts.flush()
        self.conversation_id = conversation_id
        self._visit += 1
        self._shown_params = conversation.params
        self.title.setText(shown_title(conversation.title))
        if conversation.model_id:
            self.picker.select(conversation.provider_id, conversation.model_id)
        else:
            choice = self.default_choice()
            if choice is not None:
                self.picker.select(choice.provider_id, choice.model_id)
        self.composer.cancel_edit()
        self.drafts.load(conversation_id)
        self._reload_messages()
        self.conversations.select(conversation_id)
        self._update_model_state()
        self._show_streaming_state()

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
        self.turns.follow()  # back on the conversation whose answer still streams

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
        self._write(lambda h: h.rename(conversation_id, title), conversation_id)
        self.conversations.set_title(conversation_id, title)
        if conversation_id == self.conversation_id:
            self.title.setText(title)

    def rename_current(self) -> None:
        if self.conversation_id is not None:
            self.conversations.rename(self.conversation_id)

    def delete_conversation(self, conversation_id: int) -> None:
        """Delete at once; the bar above the transcript offers Undo for a while."""
        if self.turns.streaming and self.turns.conversation_id == conversation_id:
            self.stop()
        try:
            title = self.history.conversation(conversation_id).title
        except KeyError:
            return
        self._write(lambda h: h.delete_conversation(conversation_id), conversation_id)
        self._undo_conversation = conversation_id
        self._undo_row = self.conversations.remove(conversation_id)
        self.undo_label.setText(translate("ui.chat.page", "Deleted “{title}”.").format(title=title))
        self.undo_bar.show()
        self._undo_timer.start()
        if conversation_id == self.conversation_id:
            self.conversation_id = None
            ids = self.conversations.ids()
            if ids:
                self.open_conversation(ids[0])
            else:
                self.new_conversation()

    def _forget_undo(self) -> None:
        self.undo_bar.hide()
        self._undo_conversation = None
        self._undo_row = None

    def undo_delete(self) -> None:
        if self._undo_conversation is None or self.undo_bar.isHidden():
            return
        conversation_id, self._undo_conversation = self._undo_conversation, None
        row, self._undo_row = self._undo_row, None
        self.undo_bar.hide()
        if row is not None:
            self.conversations.put_back(row)

        def restored(_result: None) -> None:
            # Its notice came first; a look at the list in between (at the deletion's notice)
            # may have taken the row off again: the look still owed is taken now.
            self._list_settled()
            self.open_conversation(conversation_id)
            self.statusMessage.emit(translate("ui.chat.page", "Conversation restored"))

        self._write(lambda h: h.restore_conversation(conversation_id), conversation_id, restored)

    # -- parameters -----------------------------------------------------------------------

    def _params(self) -> ConversationParams:
        """The parameters of the chat on screen, as last chosen here (the history may not have them yet)."""
        return self._shown_params

    def _set_params(self, params: ConversationParams) -> None:
        self._shown_params = params
        if self.conversation_id is not None:
            cid = self.conversation_id
            self._write(lambda h: h.set_params(cid, params), cid)
        self._update_model_state()

    def _thinking_toggled(self, checked: bool) -> None:
        self._set_params(replace(self._params(), enable_thinking=checked))

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
            self.statusMessage.emit(translate("ui.chat.page", "Could not save the option: {error}").format(error=exc))

    def hideEvent(self, event: QHideEvent) -> None:
        self.drafts.flush()  # the window closes: keep the last keystrokes too
        if self._list_again.isActive():  # no look at the list after the services may have closed
            self._list_again.stop()
            self._list_settled()
        super().hideEvent(event)

    # -- sending ------------------------------------------------------------------------------

    def send(self, text: str) -> None:
        if self.streaming:
            return
        choice = self.picker.current_choice()
        if choice is None:
            self.composer.set_ready(False, translate("ui.chat.page", "Choose a model first."))
            return
        images = [(image.mime, image.name, image.data) for image in self.composer.images]
        if not text and not images:
            return
        editing = self.composer.editing_id
        was_editing = editing is not None  # the box held an earlier message, not the draft
        conversation_id = self.conversation_id
        if conversation_id is None and text:
            self.title.setText(auto_title(text))  # the list gets it once the answer is in
        params, visit = self._params(), self._visit
        self._remember_model(choice)
        self.drafts.sent(conversation_id, was_editing=was_editing)
        writes = self.services.history_writes
        serial = 0

        async def turn(events: TurnEvents) -> Message:
            cid = conversation_id
            if cid is None:  # a new chat is stored with its first message
                pending = writes.submit(lambda h: h.create_conversation(
                    provider_id=choice.provider_id, model_id=choice.model_id, params=params))
                # Followed once stored, even if the turn is stopped while it is written.
                pending.add_done_callback(
                    lambda f: f.cancelled() or f.exception() or self._stored_new_chat(f.result().id, serial, visit)
                )
                cid = (await asyncio.shield(pending)).id
            else:
                await writes.run(lambda h: h.set_model(cid, choice.provider_id, choice.model_id),
                                 conversation_id=cid)
            # Every write asked before this turn is on disk now: the reads below see it.
            if editing is not None:
                try:
                    self.history.message(editing)
                except KeyError:
                    pass  # deleted meanwhile: sent as a new message
                else:
                    return await self.engine.edit_and_resend(editing, text, attachments=images, events=events)
            return await self.engine.send(cid, text, attachments=images, events=events)

        self._turn_visit = self._visit
        serial = self.turns.start(turn)

    def _stored_new_chat(self, conversation_id: int, serial: int, visit: int) -> None:
        """The new chat of turn ``serial`` is stored: its callbacks follow it, and so does the page
        if it still shows that new chat."""
        if not shiboken6.isValid(self):
            return
        self.turns.bind(serial, conversation_id)
        if self.conversation_id is None and self._visit == visit:
            self.conversation_id = conversation_id
            self.drafts.adopt(conversation_id)
            self.conversations.select(conversation_id)
        self._show_streaming_state()

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
        if not self.streaming:
            self._run_turn(lambda events: self.engine.regenerate(message_id, events=events))

    def retry(self, message_id: int) -> None:
        if not self.streaming:
            self._run_turn(lambda events: self.engine.retry(message_id, events=events))

    def stop(self) -> None:
        """Stop the answer now: the connection closes and the partial text stays."""
        self.turns.stop()

    def _run_turn(self, make: TurnMaker) -> None:
        self.turns.start(make)

    def _streaming_changed(self, _streaming: bool) -> None:
        self._show_streaming_state()

    def _show_streaming_state(self) -> None:
        """Stop (and Esc) belong to the chat whose answer streams; another chat's Send waits
        for it and says where it streams; the list marks that chat."""
        streaming = self.turns.streaming
        where = self.turns.conversation_id
        here = streaming and (
            where == self.conversation_id if where is not None else self._visit == self._turn_visit
        )
        self._esc.setEnabled(here)
        self.composer.set_streaming(here)
        reason = ""
        if streaming and not here:
            try:
                title = self.history.conversation(where).title if where is not None else translate("ui.chat.page", "a new chat")
            except KeyError:
                title = translate("ui.chat.page", "another chat")
            reason = translate("ui.chat.page", "An answer is streaming in “{title}”: open that chat to stop it, or wait for it to end.")
            reason = reason.format(title=title)
        self.composer.set_busy_elsewhere(reason)
        self.conversations.set_streaming(where if streaming else None)

    def _turn_ended(self, latest: bool) -> None:
        # The turn's writes gave their notices: its burst is over, so a look at the list still
        # owed is taken now (a whole turn may fit in the list's wait). The title may have come
        # with them.
        self._list_settled()
        if latest and self.conversation_id is not None:
            try:
                self.title.setText(shown_title(self.history.conversation(self.conversation_id).title))
            except KeyError:
                pass

    # -- message actions ------------------------------------------------------------------------

    def _message_action(self, action: str, message_id: int) -> None:
        if action == "edit":
            widget = self.transcript.widget_for(message_id)
            if widget is not None and not self.streaming:
                self.drafts.flush()  # kept while the box holds the message being edited
                self.composer.begin_edit(message_id, widget.message.content)
        elif action == "regenerate":
            self.regenerate(message_id)
        elif action == "retry":
            self.retry(message_id)
        elif action in (STEP_TOKEN, STEP_SETTINGS):
            widget = self.transcript.widget_for(message_id)
            provider_id = (widget.message.provider_id if widget is not None else None) or "modelscope"
            if action == STEP_TOKEN:
                self.tokenSettingsRequested.emit(provider_id)
            else:
                self.providerSettingsRequested.emit(provider_id)
        elif action == STEP_MODELS:
            self.modelsRequested.emit()
        elif action == "version":
            if self.streaming:
                return
            cid = self.conversation_id
            self._write(lambda h: h.switch_version(message_id), cid,
                        lambda _r: self.conversation_id == cid and self._reload_messages())
        elif action == "delete":
            self._confirm_delete_message(message_id)

    def _edit_last(self) -> None:
        if self.streaming:
            return
        for widget in reversed(self.transcript.widgets):
            if widget.message.role == "user":
                self.drafts.flush()
                self.composer.begin_edit(widget.message.id, widget.message.content)
                return

    def _confirm_delete_message(self, message_id: int) -> None:
        if self.streaming:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            translate("ui.chat.page", "Delete message"),
            translate("ui.chat.page", "Delete this message? The messages after it stay in the conversation."),
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
        if self.composer.editing_id == message_id:
            self.composer.cancel_edit()  # the message being edited goes: the edit ends now
        cid = self.conversation_id
        self._write(lambda h: h.delete_message(message_id), cid,
                    lambda _r: self.conversation_id == cid and self._reload_messages())

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
            self.statusMessage.emit(translate("ui.chat.page", "Nothing to export yet: send a message first."))
            return
        title = self.history.conversation(target).title or "chat"
        safe = "".join(c if c.isalnum() or c in " -_" else "_" for c in title).strip() or "chat"
        dialog = QFileDialog(self, translate("ui.chat.page", "Export conversation"), str(Path.home() / f"{safe}.md"),
                             translate("ui.chat.page", "Markdown (*.md)"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("md")

        def chosen(path: str) -> None:
            try:
                self.export_to(Path(path), target, include_thinking=include_thinking)
            except OSError as exc:
                self.statusMessage.emit(
                    translate("ui.chat.page", "Could not export to {path}: {error}").format(path=path, error=exc.strerror or exc)
                )
                return
            self.statusMessage.emit(translate("ui.chat.page", "Exported to {path}").format(path=path))

        dialog.fileSelected.connect(chosen)
        self._keep_dialog(dialog)
        dialog.open()

    def attach_dialog(self) -> None:
        dialog = QFileDialog(self, translate("ui.chat.page", "Attach an image"), str(Path.home()),
                             translate("ui.chat.page", "Images (*.png *.jpg *.jpeg *.webp *.gif *.bmp)"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(lambda path: self.attach_file(Path(path)))
        self._keep_dialog(dialog)
        dialog.open()

    def attach_file(self, path: Path) -> bool:
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            self.statusMessage.emit(translate("ui.chat.page", "Could not read {path}: {error}").format(path=path, error=exc.strerror or exc))
            return False
        mime = mimetypes.guess_type(str(path))[0] or "image/png"
        error = self.composer.add_image(PendingImage(mime, Path(path).name, data))
        if error:
            self.statusMessage.emit(error)
            self.composer.set_hint(error)
            return False
        return True

    def save_image_dialog(self, attachment_id: int) -> None:
        dialog = QFileDialog(self, translate("ui.chat.page", "Save image"), str(Path.home() / f"msdesk-image-{attachment_id}.png"),
                             translate("ui.chat.page", "PNG image (*.png);;All files (*)"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.fileSelected.connect(lambda path: self.save_image(attachment_id, Path(path)))
        self._keep_dialog(dialog)
        dialog.open()

    def save_image(self, attachment_id: int, path: Path) -> bool:
        try:
            Path(path).write_bytes(self.history.attachment_data(attachment_id))
        except (OSError, KeyError) as exc:
            self.statusMessage.emit(translate("ui.chat.page", "Could not save the image: {error}").format(error=exc))
            return False
        self.statusMessage.emit(translate("ui.chat.page", "Saved {path}").format(path=path))
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
