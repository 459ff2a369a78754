"""The Models page's detail pane: one model's card, facts and actions.

``ModelDetail.show_model(model)`` shows what the search row already knows at
once, then loads the full card (license, tags, README) through the cached
hub. Selecting another model cancels the load in flight, and an answer for
a model that is no longer shown is dropped. Offline, a saved card is shown
with a note; with nothing saved, the error is shown inline with Retry.
"""

from __future__ import annotations

import asyncio
import html
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from msdesk.core.hub import HubModel, HubModelDetail
from msdesk.core.hub_cache import HubAnswer
from msdesk.core.i18n import translate
from msdesk.core.known_models import CHAT_TASKS, EMBEDDING_TASKS, IMAGE_TASKS, model_task
from msdesk.core.provider_config import model_entry, task_choices
from msdesk.core.served import NO_GATEWAY, GatewayModels, is_served
from msdesk.core.services import Services
from msdesk.ui.async_task import AsyncRunner, user_message
from msdesk.ui.formats import date_text, decimal, number
from msdesk.ui.models.flow_layout import FlowLayout
from msdesk.ui.models.list_model import task_label
from msdesk.ui.models.markdown_view import MarkdownView, RenderedCard, render_markdown
from msdesk.ui.theme import themed, themed_html
from msdesk.ui.widgets.links import LinkLabel

PROVIDER_ID = "modelscope"


def guess_task(model: HubModel) -> str:
    """The provider-list task type for a hub model (``msdesk.core.known_models.model_task``)."""
    return model_task(model.id, model.tasks)


@dataclass(frozen=True)
class CardAction:
    """What the card offers for a model's task.

    ``kind``: ``"chat"``, ``"image"`` (a conversation that draws) or ``""``
    (nothing: ``note`` says why).
    """

    kind: str
    label: str = ""
    tooltip: str = ""
    note: str = ""


def card_action(task: str, hub_tasks: tuple[str, ...] = ()) -> CardAction:
    """The action the card offers for a model of ``task`` (``hub_tasks`` name it in the note)."""
    if task in CHAT_TASKS:
        return CardAction("chat", translate("ui.models.detail", "Chat with this model"), translate("ui.models.detail", "Open a new chat with this model"))
    if task in IMAGE_TASKS:
        return CardAction(
            "image", translate("ui.models.detail", "Draw an image"),
            translate("ui.models.detail", "Open a new chat with this image model: describe the picture in a message and send it"),
        )
    if task in EMBEDDING_TASKS:
        return CardAction(
            "",
            note=translate("ui.models.detail", "No chat with this model: an embedding model turns text into vectors "
                           "for search and retrieval, it does not answer. Programs call it through "
                           "the API-Inference embeddings endpoint."),
        )
    kind = task_label(hub_tasks[0]) if hub_tasks and hub_tasks[0] != "other" else ""
    if not kind:
        note = translate("ui.models.detail", "No chat with this model: it is a model of another kind. msdesk chats with text "
                         "and vision models and draws with image models.")
        return CardAction("", note=note)
    first = kind.split()[0]
    kind = kind if first.isupper() else kind[:1].lower() + kind[1:]  # "OCR", "speech recognition"
    if kind[:1].lower() in "aeiou":
        note = translate("ui.models.detail", "No chat with this model: it is an {task} model. msdesk chats with text and "
                         "vision models and draws with image models.")
    else:
        note = translate("ui.models.detail", "No chat with this model: it is a {task} model. msdesk chats with text and "
                         "vision models and draws with image models.")
    return CardAction("", note=note.format(task=kind))


def _date(seconds: float | None) -> str:
    if not seconds:
        return ""
    try:
        day = datetime.fromtimestamp(seconds).date()
        return date_text(day, translate("ui.models.detail", "yyyy-MM-dd", "a date (Qt date format)"))
    except (OverflowError, OSError, ValueError):
        return ""


def _count(value: int) -> str:
    if value >= 1_000_000:
        return translate("ui.models.detail", "{value}M", "millions").format(value=decimal(value / 1_000_000, 1))
    if value >= 10_000:
        return translate("ui.models.detail", "{value}k", "thousands").format(value=decimal(value / 1000, 0))
    if value >= 1000:
        return translate("ui.models.detail", "{value}k", "thousands").format(value=decimal(value / 1000, 1))
    return str(value)


class AddToProviderDialog(QDialog):
    """Choose the task type for a model added to the ModelScope model list."""

    def __init__(self, model_id: str, task: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("addToProviderDialog")
        self.setWindowTitle(translate("ui.models.detail", "Add to ModelScope models"))
        layout = QVBoxLayout(self)
        intro = QLabel(translate("ui.models.detail", "Add <b>{model}</b> to your ModelScope models as:").format(
            model=html.escape(model_id)))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.task_combo = QComboBox()
        self.task_combo.setObjectName("addTaskCombo")
        self.task_combo.setAccessibleName(translate("ui.models.detail", "Task type"))
        for key, label in task_choices():
            self.task_combo.addItem(label, key)
        index = self.task_combo.findData(task)
        self.task_combo.setCurrentIndex(max(0, index))
        layout.addWidget(self.task_combo)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(translate("ui.models.detail", "Add"))
        ok.setObjectName("addConfirmButton")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def task(self) -> str:
        return str(self.task_combo.currentData())


class ModelDetail(QWidget):
    """One model's card: header facts, tags, actions and the README."""

    chatRequested = Signal(str)
    addedToProvider = Signal(str)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("modelDetail")
        self.setAccessibleName(translate("ui.models.detail", "Model details"))
        self._services = services
        self._runner = AsyncRunner(self)
        self._model: HubModel | None = None
        self._detail: HubModelDetail | None = None
        self._generation = 0
        self._add_dialog: AddToProviderDialog | None = None
        self._gateway: GatewayModels = NO_GATEWAY
        self._action = CardAction("chat")
        self._tasks: tuple[str, ...] = ()

        self._stack = QStackedWidget(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self._stack)

        # Empty state.
        self.empty_label = QLabel(translate("ui.models.detail", "Select a model to see its card"))
        self.empty_label.setObjectName("detailEmptyState")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet(themed("color: palette(placeholder-text); font-size: 14px;"))
        self._stack.addWidget(self.empty_label)

        # The card.
        card = QWidget()
        layout = QVBoxLayout(card)
        layout.setContentsMargins(16, 14, 16, 10)
        layout.setSpacing(6)

        title_row = QHBoxLayout()
        self.title_label = QLabel()
        self.title_label.setObjectName("detailTitle")
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.title_label.setWordWrap(True)
        self.title_label.setStyleSheet(themed("font-size: 17px; font-weight: bold;"))
        title_row.addWidget(self.title_label, 1)
        self.api_badge = QLabel(translate("ui.models.detail", "API-Inference", "a badge"))
        self.api_badge.setObjectName("apiInferenceBadge")
        self.api_badge.setToolTip(translate("ui.models.detail", "Callable through ModelScope API-Inference with your access token"))
        self.api_badge.setStyleSheet(themed(
            "background: #e6f4ea; color: #1e7e34; border: 1px solid #b7dfc2;"
            "border-radius: 8px; padding: 1px 8px; font-size: 11px; font-weight: bold;"
        ))
        title_row.addWidget(self.api_badge, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(title_row)

        self.subtitle_label = QLabel()
        self.subtitle_label.setObjectName("detailSubtitle")
        self.subtitle_label.setWordWrap(True)
        self.subtitle_label.setStyleSheet(themed("color: palette(placeholder-text);"))
        layout.addWidget(self.subtitle_label)

        self.facts_label = QLabel()
        self.facts_label.setObjectName("detailFacts")
        self.facts_label.setWordWrap(True)
        self.facts_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.facts_label)

        self.tags_label = QLabel()
        self.tags_label.setObjectName("detailTags")
        self.tags_label.setWordWrap(True)
        self.tags_label.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.tags_label)

        actions = FlowLayout(spacing=6)  # wraps in a narrow pane instead of cutting buttons off
        self.copy_button = QPushButton(translate("ui.models.detail", "Copy model ID"))
        self.copy_button.setObjectName("copyModelIdButton")
        self.copy_button.setToolTip(translate("ui.models.detail", "Copy owner/name to the clipboard"))
        self.copy_button.clicked.connect(self.copy_model_id)
        self.add_button = QPushButton(translate("ui.models.detail", "Add to ModelScope models"))
        self.add_button.setObjectName("addToProviderButton")
        self.add_button.setToolTip(translate("ui.models.detail", "Add this model to the ModelScope provider's model list"))
        self.add_button.clicked.connect(self.ask_add_to_provider)
        self.chat_button = QPushButton(translate("ui.models.detail", "Chat with this model"))
        self.chat_button.setObjectName("chatWithModelButton")
        self.chat_button.setToolTip(translate("ui.models.detail", "Open a new chat with this model"))
        self.chat_button.setDefault(True)
        self.chat_button.clicked.connect(self._chat)
        self.open_link = LinkLabel()
        self.open_link.setObjectName("openOnModelScopeLink")
        self.open_link.setOpenExternalLinks(True)
        self.open_link.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        for widget in (self.chat_button, self.add_button, self.copy_button, self.open_link):
            actions.addWidget(widget)
        layout.addLayout(actions)

        self.use_note = QLabel()
        self.use_note.setObjectName("modelUseNote")
        self.use_note.setWordWrap(True)
        self.use_note.setStyleSheet(themed("color: palette(placeholder-text);"))
        self.use_note.hide()
        layout.addWidget(self.use_note)

        self.add_result_label = QLabel()
        self.add_result_label.setObjectName("addResultLabel")
        self.add_result_label.setWordWrap(True)
        self.add_result_label.hide()
        layout.addWidget(self.add_result_label)

        # Status: loading, offline note, error + Retry.
        self.loading_bar = QProgressBar()
        self.loading_bar.setObjectName("detailLoading")
        self.loading_bar.setRange(0, 0)
        self.loading_bar.setTextVisible(False)
        self.loading_bar.setMaximumHeight(4)
        self.loading_bar.setAccessibleName(translate("ui.models.detail", "Loading the model card"))
        self.loading_bar.hide()
        layout.addWidget(self.loading_bar)

        self.status_frame = QFrame()
        self.status_frame.setObjectName("detailStatus")
        status = QHBoxLayout(self.status_frame)
        status.setContentsMargins(8, 4, 8, 4)
        self.status_label = QLabel()
        self.status_label.setObjectName("detailStatusLabel")
        self.status_label.setWordWrap(True)
        status.addWidget(self.status_label, 1)
        self.retry_button = QPushButton(translate("ui.models.detail", "Retry"))
        self.retry_button.setObjectName("detailRetryButton")
        self.retry_button.setToolTip(translate("ui.models.detail", "Load the model card again"))
        self.retry_button.clicked.connect(self.retry)
        status.addWidget(self.retry_button)
        self.status_frame.hide()
        layout.addWidget(self.status_frame)

        self.readme_view = MarkdownView()
        self.readme_view.setObjectName("modelReadme")
        layout.addWidget(self.readme_view, 1)

        self._stack.addWidget(card)

        # A small toast over the bottom of the pane.
        self.toast = QLabel(self)
        self.toast.setObjectName("detailToast")
        self.toast.setStyleSheet(themed(
            "background: rgba(40, 40, 40, 220); color: white; border-radius: 6px; padding: 6px 12px;"
        ))
        self.toast.hide()
        self._toast_timer = QTimer(self)
        self._toast_timer.setSingleShot(True)
        self._toast_timer.timeout.connect(self.toast.hide)

        self._runner.busyChanged.connect(self.loading_bar.setVisible)

    # -- public -------------------------------------------------------------

    @property
    def model(self) -> HubModel | None:
        """The model shown (its full card once loaded), or None."""
        return self._detail or self._model

    def show_model(self, model: HubModel) -> None:
        """Show the header facts at once, then load the full card and README."""
        self._model = model
        self._detail = None
        self._stack.setCurrentIndex(1)
        self.add_result_label.hide()
        self._fill_header(model)
        self.readme_view.clear()
        self.readme_view.setPlaceholderText(translate("ui.models.detail", "Loading the model card…"))
        self._load()

    @property
    def served(self) -> bool:
        """Whether the card shows the API-Inference badge (see ``msdesk.core.served.is_served``).

        The search row the card was opened from counts as well as the full
        card: the row may come from the API-Inference filter, which the model
        detail call does not repeat.
        """
        return any(
            model is not None and is_served(model, self._gateway) for model in (self._model, self._detail)
        )

    @property
    def task(self) -> str:
        """The model's task: as the user's ModelScope list has it, else core's answer."""
        model = self.model
        if model is None:
            return ""
        for entry in self._services.config.models(PROVIDER_ID):
            if entry.id == model.id and entry.task:
                return entry.task
        tasks = self._tasks or model.tasks
        return model_task(model.id, tasks)

    @property
    def action(self) -> CardAction:
        """What the card offers for the model shown (chat, draw an image, or nothing)."""
        return self._action

    def set_gateway(self, gateway: GatewayModels) -> None:
        """The gateway's model list (``NO_GATEWAY`` when no token is stored); updates the badge."""
        self._gateway = gateway
        if self.model is not None:
            self._show_badge()

    def _show_badge(self) -> None:
        served = self.served
        self.api_badge.setVisible(served)
        hub = any(m is not None and m.api_inference for m in (self._model, self._detail))
        if hub or not served:
            self.api_badge.setToolTip(translate("ui.models.detail", "Callable through ModelScope API-Inference with your access token"))
        else:
            self.api_badge.setToolTip(translate(
                "ui.models.detail", "Callable through ModelScope API-Inference with your access token "
                "(listed by the API-Inference gateway's model list)"))

    def clear(self) -> None:
        """Back to the empty state."""
        self._generation += 1
        self._runner.cancel("detail")
        self._model = None
        self._detail = None
        self._stack.setCurrentIndex(0)

    def retry(self) -> None:
        if self._model is not None:
            self._load(max_age=0)

    def copy_model_id(self) -> None:
        model = self.model
        if model is None:
            return
        QGuiApplication.clipboard().setText(model.id)
        self.show_toast(translate("ui.models.detail", "Copied {model}").format(model=model.id))

    def ask_add_to_provider(self) -> None:
        model = self.model
        if model is None:
            return
        if self._add_dialog is not None:
            self._add_dialog.close()
            self._add_dialog.deleteLater()
        dialog = AddToProviderDialog(model.id, self.task, self)
        dialog.accepted.connect(lambda: self.add_to_provider(dialog.task(), model.id))
        self._add_dialog = dialog
        dialog.open()

    def add_to_provider(self, task: str, model_id: str | None = None) -> bool:
        """Add the model to the ModelScope list; True if it was not there yet."""
        model_id = model_id or (self.model.id if self.model else "")
        if not model_id:
            return False
        try:
            added = self._services.config.add_models(PROVIDER_ID, [model_entry(model_id, task=task)])
        except (ValueError, OSError) as exc:
            self._set_add_result(translate("ui.models.detail", "Could not add {model}: {error}").format(
                model=model_id, error=user_message(exc)), error=True)
            return False
        if added:
            self._set_add_result(translate("ui.models.detail", "Added {model} to your ModelScope models.").format(model=model_id))
            self.show_toast(translate("ui.models.detail", "Added"))
            self.addedToProvider.emit(model_id)
            if self.model is not None and self.model.id == model_id:
                self._show_action()  # the task chosen in the dialog is what the model does now
            return True
        self._set_add_result(translate("ui.models.detail", "{model} is already in your list.").format(model=model_id))
        self.show_toast(translate("ui.models.detail", "Already in your list"))
        return False

    def show_toast(self, text: str, msec: int = 2000) -> None:
        self.toast.setText(text)
        self.toast.adjustSize()
        self._place_toast()
        self.toast.show()
        self.toast.raise_()
        self._toast_timer.start(msec)

    # -- loading ------------------------------------------------------------

    def _load(self, max_age: float | None = None) -> None:
        model = self._model
        if model is None:
            return
        self._generation += 1
        generation = self._generation
        self.status_frame.hide()
        hub = self._services.cached_hub()
        base_url = hub.client.model_page_url(model.id) + "/file/view/master/"

        async def load() -> tuple[HubAnswer, RenderedCard]:
            answer = await hub.model(model.id, max_age=max_age)
            detail = answer.value
            readme = detail.readme if isinstance(detail, HubModelDetail) else ""
            card = await asyncio.to_thread(render_markdown, readme, base_url=base_url)
            return answer, card

        def done(result: tuple[HubAnswer, RenderedCard]) -> None:
            if generation == self._generation:
                self._show_answer(*result)

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self._show_error(exc)

        self._runner.start(load(), key="detail", on_result=done, on_error=failed)

    def _show_answer(self, answer: HubAnswer, card: RenderedCard) -> None:
        detail = answer.value
        if isinstance(detail, HubModelDetail):
            self._detail = detail
            self._fill_header(detail, card.meta)
        if card.html.strip():
            self.readme_view.set_rendered(card)
        else:
            self.readme_view.clear()
            self.readme_view.setPlaceholderText(translate("ui.models.detail", "This model has no README."))
        if answer.error is not None:
            when = _date(answer.fetched_at)
            if when:
                offline = translate("ui.models.detail", "Offline: saved card from {date}. {error}")
            else:
                offline = translate("ui.models.detail", "Offline: saved card from earlier. {error}")
            self._set_status(offline.format(date=when, error=user_message(answer.error)), error=False)

    def _show_error(self, exc: BaseException) -> None:
        self.readme_view.clear()
        self.readme_view.setPlaceholderText(translate("ui.models.detail", "The model card could not be loaded."))
        self._set_status(translate("ui.models.detail", "Could not load the model card: {error}").format(
            error=user_message(exc)), error=True)

    def _set_status(self, text: str, *, error: bool) -> None:
        self.status_label.setText(text)
        colour = "#fdecea; color: #8a1c1c" if error else "#fff8e1; color: #6d5200"
        self.status_frame.setStyleSheet(themed(
            f"#detailStatus {{ background: {colour}; border-radius: 6px; }}"
        ))
        self.status_frame.show()

    # -- header -------------------------------------------------------------

    def _fill_header(self, model: HubModel, meta: dict | None = None) -> None:
        meta = meta or {}
        self.title_label.setText(html.escape(model.id))
        self.title_label.setToolTip(model.id)
        sub = []
        if model.chinese_name:
            sub.append(html.escape(model.chinese_name))
        organisation = getattr(model, "organization_name", "")
        owner = model.owner
        if organisation and organisation != owner:
            sub.append(translate("ui.models.detail", "by {organisation} ({owner})").format(
                organisation=html.escape(organisation), owner=html.escape(owner)))
        else:
            sub.append(translate("ui.models.detail", "by {owner}").format(owner=html.escape(owner)))
        self.subtitle_label.setText(" · ".join(sub))

        tasks = list(model.tasks)
        if not tasks and isinstance(meta.get("tasks"), list):
            tasks = [str(t) for t in meta["tasks"]]
        self._tasks = tuple(tasks)
        licence = model.license or (str(meta.get("license")) if meta.get("license") else "")
        facts = []
        if tasks:
            facts.append(html.escape(", ".join(tasks)))
        facts.append(f"↓ {_count(model.downloads)}")
        facts.append(f"♥ {_count(model.likes)}")
        updated = _date(model.updated)
        if updated:
            facts.append(translate("ui.models.detail", "updated {date}").format(date=updated))
        created = _date(getattr(model, "created", None))
        if created:
            facts.append(translate("ui.models.detail", "created {date}").format(date=created))
        if licence:
            facts.append(translate("ui.models.detail", "license: {license}").format(license=html.escape(licence)))
        self.facts_label.setText("  ·  ".join(facts))
        self.facts_label.setToolTip(translate("ui.models.detail", "{downloads} downloads, {likes} likes").format(
            downloads=number(model.downloads, grouped=True), likes=number(model.likes, grouped=True)))

        self._show_badge()
        if model.tags:
            pills = " ".join(
                f'<span style="background-color: #eef1f5; color: #333333;">&nbsp;{html.escape(tag)}&nbsp;</span>'
                for tag in model.tags[:24]
            )
            self.tags_label.setText(themed_html(pills))
            self.tags_label.show()
        else:
            self.tags_label.hide()

        url = self._services.cached_hub().client.model_page_url(model.id)
        text = html.escape(translate("ui.models.detail", "Open on modelscope.cn ↗"))
        self.open_link.setText(f'<a href="{html.escape(url, quote=True)}">{text}</a>')
        self.open_link.setToolTip(url)
        self._show_action()
        in_list = any(m.id == model.id for m in self._services.config.models(PROVIDER_ID))
        if in_list:
            self.add_button.setToolTip(translate("ui.models.detail", "Already in your ModelScope models"))
        else:
            self.add_button.setToolTip(translate("ui.models.detail", "Add this model to the ModelScope provider's model list"))

    def _show_action(self) -> None:
        self._action = action = card_action(self.task, self._tasks)
        self.chat_button.setVisible(bool(action.kind))
        if action.kind:
            self.chat_button.setText(action.label)
            self.chat_button.setToolTip(action.tooltip)
            self.chat_button.setAccessibleName(action.label)
        self.use_note.setText(action.note)
        self.use_note.setVisible(bool(action.note))

    def _set_add_result(self, text: str, *, error: bool = False) -> None:
        self.add_result_label.setText(text)
        self.add_result_label.setStyleSheet(themed("color: #b00020;" if error else "color: #1e7e34;"))
        self.add_result_label.show()

    def _chat(self) -> None:
        model = self.model
        if model is not None and self._action.kind:
            self.chatRequested.emit(model.id)

    # -- toast placement -----------------------------------------------------

    def _place_toast(self) -> None:
        x = max(8, (self.width() - self.toast.width()) // 2)
        y = max(8, self.height() - self.toast.height() - 24)
        self.toast.move(x, y)

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        if self.toast.isVisible():
            self._place_toast()
