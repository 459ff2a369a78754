"""The model picker of a conversation: the models of enabled providers, grouped by provider.

Provider names are headers that cannot be chosen; each model row carries
its provider, task and capabilities, so the chat page knows whether it may
attach an image (vision) or must generate one (text-to-image).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QWidget

from msdesk.core.known_models import CHAT_TASKS, IMAGE_TASKS, lookup
from msdesk.core.settings import ModelEntry

_CHOICE_ROLE = Qt.ItemDataRole.UserRole + 1

#: Tasks a conversation can use: chat, vision chat, image generation.
USABLE_TASKS = CHAT_TASKS | IMAGE_TASKS


@dataclass(frozen=True)
class ModelChoice:
    provider_id: str
    provider_name: str
    model_id: str
    task: str = "text-generation"
    capabilities: frozenset[str] = frozenset()

    @property
    def makes_images(self) -> bool:
        return self.task in IMAGE_TASKS

    @property
    def sees_images(self) -> bool:
        return "vision" in self.capabilities or self.task == "image-text-to-text"

    @property
    def reasons(self) -> bool:
        return "reasoning" in self.capabilities


def choice_for(provider_id: str, provider_name: str, entry: ModelEntry) -> ModelChoice:
    """The entry's capabilities are the table's, with the user's overrides (``ModelEntry``)."""
    return ModelChoice(provider_id, provider_name, entry.id, entry.task, frozenset(entry.capabilities))


class ModelPicker(QComboBox):
    """A combo box of ``ModelChoice`` rows under provider headers.

    Signals:
        choiceChanged(object): the ``ModelChoice`` the user picked (not emitted by ``select``).
    """

    choiceChanged = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("modelPicker")
        self.setAccessibleName("Model")
        self.setToolTip("The model this conversation talks to (Ctrl+M)")
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.setMinimumContentsLength(24)
        self.setMaxVisibleItems(24)
        self._model = QStandardItemModel(self)
        self.setModel(self._model)
        self._quiet = False
        self.activated.connect(self._on_activated)

    def set_choices(self, groups: list[tuple[str, str, list[ModelEntry]]]) -> None:
        """``groups``: (provider id, provider name, models) for each enabled provider, in order."""
        current = self.current_choice()
        self._quiet = True
        self._model.clear()
        bold = QFont(self.font())
        bold.setBold(True)
        for provider_id, provider_name, entries in groups:
            usable = [e for e in entries if e.task in USABLE_TASKS]
            if not usable:
                continue
            header = QStandardItem(provider_name)
            header.setFlags(Qt.ItemFlag.NoItemFlags)
            header.setFont(bold)
            self._model.appendRow(header)
            for entry in usable:
                choice = choice_for(provider_id, provider_name, entry)
                label = entry.id
                if choice.makes_images:
                    label += "  · image"
                elif choice.sees_images:
                    label += "  · vision"
                item = QStandardItem("    " + label)
                item.setData(choice, _CHOICE_ROLE)
                item.setToolTip(f"{entry.id} on {provider_name}")
                self._model.appendRow(item)
        self._quiet = False
        if current is not None:
            self.select(current.provider_id, current.model_id)

    def choices(self) -> list[ModelChoice]:
        result = []
        for row in range(self._model.rowCount()):
            choice = self._model.item(row).data(_CHOICE_ROLE)
            if isinstance(choice, ModelChoice):
                result.append(choice)
        return result

    def current_choice(self) -> ModelChoice | None:
        choice = self.currentData(_CHOICE_ROLE)
        return choice if isinstance(choice, ModelChoice) else None

    def find(self, provider_id: str | None, model_id: str | None) -> ModelChoice | None:
        for choice in self.choices():
            if choice.model_id == model_id and (provider_id is None or choice.provider_id == provider_id):
                return choice
        return None

    def select(self, provider_id: str | None, model_id: str | None) -> ModelChoice | None:
        """Show a model as chosen; one that is not configured is added under its provider."""
        if not model_id:
            self.setCurrentIndex(-1)
            return None
        for row in range(self._model.rowCount()):
            choice = self._model.item(row).data(_CHOICE_ROLE)
            if (
                isinstance(choice, ModelChoice)
                and choice.model_id == model_id
                and (provider_id is None or choice.provider_id == provider_id)
            ):
                self.setCurrentIndex(row)
                return choice
        # Not in any list (e.g. chosen on the Models page): show it anyway.
        pid = provider_id or "modelscope"
        entry = ModelEntry(id=model_id, task=(lookup(model_id).task if lookup(model_id) else "text-generation"))
        choice = choice_for(pid, pid, entry)
        item = QStandardItem("    " + model_id + "  (not in the provider's list)")
        item.setData(choice, _CHOICE_ROLE)
        self._model.appendRow(item)
        self.setCurrentIndex(self._model.rowCount() - 1)
        return choice

    def _on_activated(self, row: int) -> None:
        if self._quiet:
            return
        choice = self._model.item(row).data(_CHOICE_ROLE) if row >= 0 else None
        if isinstance(choice, ModelChoice):
            self.choiceChanged.emit(choice)
