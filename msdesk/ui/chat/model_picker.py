"""The model picker of a conversation: the models of enabled providers, grouped by provider.

Provider names are headers that cannot be chosen; each model row carries
its provider, task and capabilities, so the chat page knows whether it may
attach an image (vision) or must generate one (text-to-image).

The picker opens a popup with a search field: typing filters the models by
ID, name, group and provider (every word must match, so "qwen 32" finds
Qwen/Qwen3-32B), and the keyboard moves over models only. The rows live in one
list model behind a filter proxy, so a few hundred models stay quick.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QHideEvent,
    QKeyEvent,
    QPalette,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFrame,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from msdesk.core.i18n import translate
from msdesk.core.known_models import CHAT_TASKS, IMAGE_TASKS, lookup
from msdesk.core.settings import ModelEntry

_CHOICE_ROLE = Qt.ItemDataRole.UserRole + 1
#: What the search looks in (casefolded); headers have none.
_SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2
#: The popup's text of a model row.
_LABEL_ROLE = Qt.ItemDataRole.UserRole + 3

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


class _ModelFilter(QSortFilterProxyModel):
    """The picker's rows that match the search, with the header of every provider that has one.

    Every word of the search must occur in the model's ID, name, group or provider name
    (case-insensitive), so "qwen 32" finds Qwen/Qwen3-32B. Matches are worked out once per
    search over the whole list (a header needs to know its models), then looked up per row.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._visible: set[int] | None = None
        self.current_row = -1

    def set_query(self, text: str) -> None:
        words = text.casefold().split()
        source = self.sourceModel()
        visible: set[int] | None = None
        if words and source is not None:
            visible = set()
            header = -1
            for row in range(source.rowCount()):
                haystack = source.index(row, 0).data(_SEARCH_ROLE)
                if haystack is None:  # a provider header
                    header = row
                    continue
                if all(word in haystack for word in words):
                    visible.add(row)
                    if header >= 0:
                        visible.add(header)
        if hasattr(self, "endFilterChange"):  # Qt 6.10 and later
            self.beginFilterChange()
            self._visible = visible
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._visible = visible
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        return self._visible is None or source_row in self._visible

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        source = self.mapToSource(index)
        if not isinstance(source.data(_CHOICE_ROLE), ModelChoice):
            if role == Qt.ItemDataRole.ForegroundRole:  # a header: readable, though not selectable
                return QGuiApplication.palette().brush(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText)
            return super().data(index, role)
        current = source.row() == self.current_row
        if role == Qt.ItemDataRole.DisplayRole:
            return ("✓  " if current else "     ") + str(source.data(_LABEL_ROLE))
        if role == Qt.ItemDataRole.FontRole and current:
            font = QFont(super().data(index, role) or QFont())
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.AccessibleTextRole:
            label = str(source.data(_LABEL_ROLE))
            return translate("ui.chat.model_picker", "{label}, current model").format(label=label) if current else label
        return super().data(index, role)

    def is_model(self, index: QModelIndex) -> bool:
        return index.isValid() and isinstance(index.data(_CHOICE_ROLE), ModelChoice)


class ModelPopup(QFrame):
    """The picker's popup: a search field over the models, grouped under provider headers.

    Typing filters; Up and Down move over models (never onto a header); Enter or a click picks;
    Esc closes without a change.

    Signals:
        picked(int): the row (in the picker's model) of the model the user picked.
    """

    picked = Signal(int)

    def __init__(self, picker: QComboBox) -> None:
        super().__init__(picker, Qt.WindowType.Popup)
        self.setObjectName("modelPickerPopup")
        self.setAccessibleName(translate("ui.chat.model_picker", "Choose a model"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._picker = picker
        self._return_focus: QWidget | None = None
        self.proxy = _ModelFilter(self)
        self.proxy.setSourceModel(picker.model())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        self.search = QLineEdit(self, objectName="modelPickerSearch")
        self.search.setPlaceholderText(translate("ui.chat.model_picker", "Search models (ID, name or provider)…"))
        self.search.setAccessibleName(translate("ui.chat.model_picker", "Search models"))
        self.search.setAccessibleDescription(
            translate("ui.chat.model_picker", "Type to filter; Up and Down choose a model, Enter picks it, Esc closes")
        )
        self.search.setClearButtonEnabled(True)
        layout.addWidget(self.search)
        self.list = QListView(self, objectName="modelPickerList")
        self.list.setAccessibleName(translate("ui.chat.model_picker", "Models"))
        self.list.setModel(self.proxy)
        self.list.setUniformItemSizes(True)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys belong to the search field
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        layout.addWidget(self.list, 1)
        self.no_match = QLabel(self, objectName="modelPickerNoMatch")
        self.no_match.setWordWrap(True)
        self.no_match.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_match.setMinimumHeight(48)
        self.no_match.hide()
        layout.addWidget(self.no_match)

        self.search.textChanged.connect(self._filter)
        self.search.installEventFilter(self)
        self.list.clicked.connect(self._clicked)

    # -- opening ------------------------------------------------------------------------

    def open_popup(self) -> None:
        """Show under the picker (above it when there is no room), focus in the search field."""
        focused = QApplication.focusWidget()
        self._return_focus = focused if focused is not None and focused is not self else None
        self.proxy.current_row = self._picker.currentIndex()
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self._filter("")
        self._place()
        self.show()
        self.raise_()
        self.activateWindow()
        self.search.setFocus(Qt.FocusReason.PopupFocusReason)
        self.list.scrollTo(self.list.currentIndex(), QAbstractItemView.ScrollHint.PositionAtCenter)

    def refresh(self) -> None:
        """Filter again (the picker's rows changed while the popup is open)."""
        self.proxy.current_row = self._picker.currentIndex()
        self._filter(self.search.text())

    def _place(self) -> None:
        picker = self._picker
        rows = max(1, min(self.proxy.rowCount(), 16))
        row_height = max(self.list.sizeHintForRow(0), self.fontMetrics().height() + 4)
        width = max(picker.width(), 380)
        height = self.search.sizeHint().height() + rows * row_height + 2 * self.list.frameWidth() + 24
        below = picker.mapToGlobal(QPoint(0, picker.height()))
        screen = picker.screen() or QGuiApplication.primaryScreen()
        area = screen.availableGeometry() if screen is not None else QRect(0, 0, 1920, 1080)
        room_below = area.bottom() - below.y()
        room_above = picker.mapToGlobal(QPoint(0, 0)).y() - area.top()
        height = min(height, max(room_below, room_above))
        x = min(max(below.x(), area.left()), max(area.left(), area.right() - width))
        y = below.y() if room_below >= height or room_below >= room_above else below.y() - picker.height() - height
        self.setGeometry(x, y, min(width, area.width()), height)

    # -- searching ----------------------------------------------------------------------

    def _filter(self, text: str) -> None:
        previous = self._selected_source_row()
        self.proxy.set_query(text)
        rows = self._model_rows()
        self.list.setVisible(bool(rows))
        self.no_match.setVisible(not rows)
        if not rows:
            shown = text.strip()
            self.no_match.setText(
                translate("ui.chat.model_picker", "No model matches “{query}”").format(query=shown) if shown
                else translate("ui.chat.model_picker", "No models yet: add them in Settings → Model providers.")
            )
            self.no_match.setAccessibleName(self.no_match.text())
            self.list.setCurrentIndex(QModelIndex())
            return
        for wanted in (previous, self.proxy.current_row):
            index = self.proxy.mapFromSource(self._picker.model().index(wanted, 0)) if wanted >= 0 else None
            if index is not None and index.isValid() and self.proxy.is_model(index):
                self._select(index)
                return
        self._select(self.proxy.index(rows[0], 0))

    def _model_rows(self) -> list[int]:
        return [r for r in range(self.proxy.rowCount()) if self.proxy.is_model(self.proxy.index(r, 0))]

    def _selected_source_row(self) -> int:
        index = self.list.currentIndex()
        return self.proxy.mapToSource(index).row() if self.proxy.is_model(index) else -1

    def _select(self, index: QModelIndex) -> None:
        self.list.setCurrentIndex(index)
        self.list.scrollTo(index)

    # -- keys and clicks ----------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            steps = {
                Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 10, Qt.Key.Key_PageUp: -10,
            }
            if key in steps:
                self._move(steps[key])
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._pick(self.list.currentIndex())
                return True
            if key == Qt.Key.Key_Escape:
                self.hide()
                return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.hide()
            return
        super().keyPressEvent(event)

    def _move(self, steps: int) -> None:
        rows = self._model_rows()
        if not rows:
            return
        current = self.list.currentIndex()
        at = rows.index(current.row()) if current.isValid() and current.row() in rows else -1
        if at < 0:
            target = 0 if steps > 0 else len(rows) - 1
        else:
            target = min(max(at + steps, 0), len(rows) - 1)
        self._select(self.proxy.index(rows[target], 0))

    def _clicked(self, index: QModelIndex) -> None:
        self._pick(index)

    def _pick(self, index: QModelIndex) -> None:
        if not self.proxy.is_model(index):
            return
        row = self.proxy.mapToSource(index).row()
        self.hide()
        self.picked.emit(row)

    def hideEvent(self, event: QHideEvent) -> None:
        """Give the focus back to where it was (Ctrl+M from the message box returns there)."""
        super().hideEvent(event)
        back = self._return_focus
        self._return_focus = None
        if back is not None and shiboken6.isValid(back) and back.isVisible():
            back.setFocus(Qt.FocusReason.PopupFocusReason)
        elif self._picker.isVisible():
            self._picker.setFocus(Qt.FocusReason.PopupFocusReason)


class ModelPicker(QComboBox):
    """A combo box of ``ModelChoice`` rows under provider headers, opened as a searchable popup.

    The rows stay the combo box's own (``count``, ``itemData``, ``setCurrentIndex`` and
    ``activated`` work as for any combo box); ``showPopup`` opens ``ModelPopup`` instead of
    the plain list.

    Signals:
        choiceChanged(object): the ``ModelChoice`` the user picked (not emitted by ``select``).
    """

    choiceChanged = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("modelPicker")
        self.setAccessibleName(translate("ui.chat.model_picker", "Model"))
        self.setToolTip(translate("ui.chat.model_picker", "The model this conversation talks to (Ctrl+M: search the models)"))
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.setMinimumContentsLength(24)
        self.setMaxVisibleItems(24)
        self._model = QStandardItemModel(self)
        self.setModel(self._model)
        self._quiet = False
        self.popup = ModelPopup(self)
        self.popup.picked.connect(self._picked)
        self.activated.connect(self._on_activated)
        self.currentIndexChanged.connect(self._describe_current)

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
            header.setData(translate("ui.chat.model_picker", "{provider} models").format(provider=provider_name),
                           Qt.ItemDataRole.AccessibleTextRole)
            self._model.appendRow(header)
            for entry in usable:
                self._model.appendRow(self._row(choice_for(provider_id, provider_name, entry), entry))
        self._quiet = False
        if current is not None:
            self.select(current.provider_id, current.model_id)
        if self.popup.isVisible():
            self.popup.refresh()

    @staticmethod
    def _row(choice: ModelChoice, entry: ModelEntry, note: str = "") -> QStandardItem:
        tag = (
            "  · " + translate("ui.chat.model_picker", "image") if choice.makes_images
            else "  · " + translate("ui.chat.model_picker", "vision") if choice.sees_images
            else ""
        )
        label = entry.id + tag
        popup_label = entry.id
        if entry.name and entry.name.casefold() not in entry.id.casefold():
            popup_label += f"  ({entry.name})"
        popup_label += tag + note
        item = QStandardItem(label + note)
        item.setData(choice, _CHOICE_ROLE)
        item.setData(popup_label, _LABEL_ROLE)
        item.setData(
            " ".join((entry.id, entry.name, entry.group, choice.provider_name, choice.provider_id)).casefold(),
            _SEARCH_ROLE,
        )
        item.setToolTip(translate("ui.chat.model_picker", "{model} on {provider}").format(model=entry.id, provider=choice.provider_name))
        return item

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
        self._model.appendRow(self._row(choice, entry, "  " + translate("ui.chat.model_picker", "(not in the provider's list)")))
        self.setCurrentIndex(self._model.rowCount() - 1)
        if self.popup.isVisible():
            self.popup.refresh()
        return choice

    # -- the popup ----------------------------------------------------------------------

    def minimumSizeHint(self) -> QSize:
        """Short of room, the picker cuts the model's name (the popup shows it whole)."""
        hint = super().minimumSizeHint()
        narrow = self.fontMetrics().horizontalAdvance("x") * 14 + 40
        return QSize(min(hint.width(), narrow), hint.height())

    def showPopup(self) -> None:
        self.popup.open_popup()

    def hidePopup(self) -> None:
        self.popup.hide()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Typing on the closed picker opens the search with what was typed."""
        text = event.text()
        plain = not event.modifiers() & ~(
            Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier
        )
        if plain and text and text.isprintable() and not text.isspace():
            self.showPopup()
            self.popup.search.insert(text)
            return
        super().keyPressEvent(event)

    def _picked(self, row: int) -> None:
        self.setCurrentIndex(row)
        self.activated.emit(row)

    def _describe_current(self, _row: int = -1) -> None:
        choice = self.current_choice()
        self.setAccessibleDescription(
            translate("ui.chat.model_picker", "{model} on {provider}").format(model=choice.model_id, provider=choice.provider_name)
            if choice is not None else translate("ui.chat.model_picker", "No model chosen")
        )

    def _on_activated(self, row: int) -> None:
        if self._quiet:
            return
        choice = self._model.item(row).data(_CHOICE_ROLE) if row >= 0 else None
        if isinstance(choice, ModelChoice):
            self.choiceChanged.emit(choice)
