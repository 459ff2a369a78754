"""The Models part of a provider's settings: its model list, grouped by owner.

Each row shows the model's name and ID, its task and capability pills, with
edit and remove buttons; a group row removes the whole group. "Manage" opens
what the provider serves, "Add model" takes IDs by hand. Every change is
saved at once through ``services.config``; a removal can be undone from the
bar that reports it.

Keyboard: Delete removes the selected model (or group), Enter or F2 edits
it, Ctrl+Z undoes the last removal.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from msdesk.core.changes import Change, Notice
from msdesk.core.i18n import translate
from msdesk.core.provider_config import group_models
from msdesk.core.providers import UnknownProvider
from msdesk.core.settings import ModelEntry
from msdesk.ui.async_task import user_message
from msdesk.ui.change_relay import ChangeRelay
from msdesk.ui.settings.manage_models_dialog import ManageModelsDialog
from msdesk.ui.settings.model_edit_dialog import ModelEditDialog
from msdesk.ui.settings.model_rows import (
    COL_ACTIONS,
    COL_CAPS,
    COL_MODEL,
    COL_TASK,
    ID_ROLE,
    KIND_ROLE,
    KeyFilter,
    actions_cell,
    bulk_update,
    group_item,
    join_names,
    make_model_tree,
    model_item,
    tint_group_row,
    tool_button,
)
from msdesk.ui.theme import notifier, scaled, themed
from msdesk.ui.widgets.elided import ElidedLabel

if TYPE_CHECKING:
    from PySide6.QtGui import QKeyEvent

    from msdesk.core.services import Services

UNDO_SECONDS = 15

_STYLE = """
#modelsTitle { font-size: 15px; font-weight: 600; }
#modelsCount { color: palette(placeholder-text); }
#modelsEmptyState { border: 1px dashed palette(mid); border-radius: 10px; }
#modelsEmptyText { color: palette(placeholder-text); }
#modelsNotice { background: palette(alternate-base); border: 1px solid palette(mid); border-radius: 8px; }
#modelsNotice QPushButton { padding: 2px 12px; }
#modelsNotice QToolButton { border: none; padding: 2px 4px; }
#modelsError { color: #b3261e; }
"""


#: The least width the Models column keeps before the Task column gives way (see _fit_columns).
MODEL_COLUMN_MIN = 180


class ModelsSection(QWidget):
    """A provider's model list with Manage, Add, edit, remove and undo.

    Signals:
        changed: the model list changed (it is already saved).
    """

    changed = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._provider_id: str | None = None
        self._collapsed: set[str] = set()
        self._undo: tuple[str, list[tuple[int, ModelEntry]]] | None = None
        self._dialog: ModelEditDialog | ManageModelsDialog | None = None
        self._items: dict[str, QTreeWidgetItem] = {}
        ChangeRelay.of(services).changed.connect(self._on_notice)
        self.setObjectName("modelsSection")
        self.setAccessibleName(translate("ui.settings.models_section", "Models"))
        self.setStyleSheet(themed(_STYLE))

        self.title = QLabel(translate("ui.settings.models_section", "Models"), objectName="modelsTitle")
        # In a narrow window the count ends in "…" (whole in its tooltip), not the buttons' room.
        self.count = ElidedLabel(objectName="modelsCount")
        self.count.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.manage_button = QPushButton(translate("ui.settings.models_section", "Manage…"), objectName="manageModelsButton")
        self.manage_button.setAccessibleName(translate("ui.settings.models_section", "Manage models"))
        self.manage_button.setAutoDefault(False)
        self.add_button = QPushButton(translate("ui.settings.models_section", "Add model…"), objectName="addModelButton")
        self.add_button.setAccessibleName(translate("ui.settings.models_section", "Add model"))
        self.add_button.setAutoDefault(False)
        self.manage_button.clicked.connect(self.open_manage)
        self.add_button.clicked.connect(self.open_add)
        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 0, 0)
        header.setSpacing(8)
        header.addWidget(self.title)
        header.addWidget(self.count)
        header.addStretch(1)
        header.addWidget(self.manage_button)
        header.addWidget(self.add_button)

        # "Removed X — Undo", and other one-line reports.
        self.notice = QFrame(objectName="modelsNotice")
        self.notice.setAccessibleName(translate("ui.settings.models_section", "Models notice"))
        notice_layout = QHBoxLayout(self.notice)
        notice_layout.setContentsMargins(12, 5, 6, 5)
        notice_layout.setSpacing(8)
        self.notice_text = QLabel(objectName="modelsNoticeText", wordWrap=True)
        self.undo_button = QPushButton(translate("ui.settings.models_section", "Undo"), objectName="undoRemoveButton")
        self.undo_button.setToolTip(translate("ui.settings.models_section", "Put the removed models back (Ctrl+Z)"))
        self.undo_button.setAutoDefault(False)
        self.undo_button.clicked.connect(self.undo)
        dismiss = QToolButton(objectName="modelsNoticeDismiss", text="✕")
        dismiss.setToolTip(translate("ui.settings.models_section", "Dismiss"))
        dismiss.setAccessibleName(translate("ui.settings.models_section", "Dismiss"))
        dismiss.clicked.connect(self._hide_notice)
        notice_layout.addWidget(self.notice_text, 1)
        notice_layout.addWidget(self.undo_button)
        notice_layout.addWidget(dismiss)
        self.notice.hide()
        self._notice_timer = QTimer(self)
        self._notice_timer.setSingleShot(True)
        self._notice_timer.timeout.connect(self._hide_notice)

        self.error = QLabel(objectName="modelsError", wordWrap=True)
        self.error.setAccessibleName(translate("ui.settings.models_section", "Models error"))
        self.error.hide()

        self.tree = make_model_tree("providerModelList", translate("ui.settings.models_section", "Models of this provider"))
        self.tree.setAccessibleDescription(
            translate("ui.settings.models_section", "Delete removes the selected model, Enter or F2 edits it, Ctrl+Z undoes a removal.")
        )
        self.tree.setColumnWidth(COL_ACTIONS, scaled(64))
        # As tall as its rows: the page scrolls, not a box of a few rows inside it.
        self.tree.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tree.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self._fit_tree)
        rows = self.tree.model()
        for changed in (rows.rowsInserted, rows.rowsRemoved, rows.modelReset, rows.layoutChanged):
            changed.connect(self._refit)
        self.tree.itemExpanded.connect(self._refit)
        notifier().changed.connect(self._follow_text_size)
        self.tree.itemCollapsed.connect(self._refit)
        self.tree.currentItemChanged.connect(self._scroll_to)
        self.tree.installEventFilter(KeyFilter(self._tree_key, self.tree))
        self.tree.itemDoubleClicked.connect(self._double_clicked)
        self.tree.itemCollapsed.connect(self._group_collapsed)
        self.tree.itemExpanded.connect(self._group_expanded)
        self.empty = QFrame(objectName="modelsEmptyState")
        self.empty.setAccessibleName(translate("ui.settings.models_section", "No models"))
        self.empty.setMinimumHeight(180)
        self.empty.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.empty_text = QLabel(objectName="modelsEmptyText", wordWrap=True)
        self.empty_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.restore_button = QPushButton(translate("ui.settings.models_section", "Restore the suggested models"), objectName="restoreDefaultsButton")
        self.restore_button.setAutoDefault(False)
        self.restore_button.clicked.connect(self.restore_defaults)
        empty_layout = QVBoxLayout(self.empty)
        empty_layout.setContentsMargins(24, 24, 24, 24)
        empty_layout.setSpacing(12)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty_text)
        empty_layout.addWidget(self.restore_button, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addStretch(1)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.tree)
        self.stack.addWidget(self.empty)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(header)
        layout.addWidget(self.notice)
        layout.addWidget(self.error)
        layout.addWidget(self.stack, 1)

        undo = QShortcut(QKeySequence.StandardKey.Undo, self)
        undo.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        undo.activated.connect(self.undo)

        self._set_enabled(False)
        self._show_empty(translate("ui.settings.models_section", "Pick a provider to see its models."))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Short of room (a narrow window, long names), the Task column goes: the row's tooltip
        still names the task, and the model's name keeps room to be read."""
        tree = self.tree
        header = tree.header()
        needed = MODEL_COLUMN_MIN + sum(
            max(header.sectionSizeHint(column), tree.sizeHintForColumn(column))
            for column in (COL_TASK, COL_CAPS)
        ) + tree.columnWidth(COL_ACTIONS) + 2 * tree.frameWidth() + tree.indentation()
        narrow = self.width() < needed
        if tree.isColumnHidden(COL_TASK) != narrow:
            tree.setColumnHidden(COL_TASK, narrow)

    def _refit(self, *_args: object) -> None:
        if shiboken6.isValid(self._fit_timer):  # (the rows go as the section is destroyed)
            self._fit_timer.start()

    def _scroll_to(self, item: QTreeWidgetItem | None, *_args: object) -> None:
        """Keep the current row on screen: the page it is in scrolls (the list itself does not)."""
        area = self.parentWidget()
        while area is not None and not isinstance(area, QScrollArea):
            area = area.parentWidget()
        if item is None or area is None or area.widget() is None:
            return
        rect = self.tree.visualItemRect(item)
        centre = self.tree.viewport().mapTo(area.widget(), rect.center())
        area.ensureVisible(centre.x(), centre.y(), 0, rect.height())

    def _follow_text_size(self) -> None:
        """After a change of text size: the actions column and the rows' height again."""
        self.tree.setColumnWidth(COL_ACTIONS, scaled(64))
        self._refit()

    def _fit_tree(self) -> None:
        tree = self.tree
        rows = 0
        index = tree.model().index(0, 0)
        while index.isValid():
            rows += max(tree.visualRect(index).height(), tree.sizeHintForIndex(index).height())
            index = tree.indexBelow(index)
        header = 0 if tree.isHeaderHidden() else tree.header().sizeHint().height()
        tree.setFixedHeight(max(rows, 3 * tree.fontMetrics().height()) + header + 2 * tree.frameWidth())
        self._fit_columns()  # the rows' widths may have changed with them

    # -- public -------------------------------------------------------------------

    @property
    def provider_id(self) -> str | None:
        return self._provider_id

    @property
    def dialog(self) -> ModelEditDialog | ManageModelsDialog | None:
        """The dialog this section has open, if any."""
        return self._dialog

    def set_provider(self, provider_id: str) -> None:
        """Show that provider's models."""
        if provider_id != self._provider_id:
            self._collapsed.clear()
            self._undo = None
            self._hide_notice()
            self.error.hide()
        self._provider_id = provider_id
        self.refresh()

    def _on_notice(self, notice: Notice) -> None:
        if Change.PROVIDERS in notice and notice.provider_id in (None, self._provider_id):
            self.refresh()

    def refresh(self) -> None:
        """Read the list again (every change to it is followed by a notice that calls this)."""
        if self._provider_id is None:
            return
        try:
            provider = self._services.provider(self._provider_id)
            models = self._services.config.models(self._provider_id)
        except UnknownProvider as exc:
            self._set_enabled(False)
            self.count.clear()
            self._show_empty(user_message(exc))
            return
        self._set_enabled(True)
        self.manage_button.setToolTip(
            translate("ui.settings.models_section", "See what {provider} serves and pick models from it, by group or one by one")
            .format(provider=provider.name)
        )
        self.add_button.setToolTip(
            translate("ui.settings.models_section", "Add models by ID, e.g. {example} (several separated by commas)")
            .format(example="Qwen/Qwen3-8B")
            if provider.is_modelscope else
            translate("ui.settings.models_section", "Add models by the name {provider} expects (several separated by commas)")
            .format(provider=provider.name)
        )
        self._rebuild(models)

    def model_ids(self) -> list[str]:
        """The IDs shown, top to bottom."""
        return list(self._items)

    def group_names(self) -> list[str]:
        return [str(self.tree.topLevelItem(i).data(COL_MODEL, ID_ROLE))
                for i in range(self.tree.topLevelItemCount())]

    def model_row(self, model_id: str) -> QTreeWidgetItem:
        return self._items[model_id]

    def group_row(self, group: str) -> QTreeWidgetItem:
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item.data(COL_MODEL, ID_ROLE) == group:
                return item
        raise KeyError(group)

    def row_buttons(self, item: QTreeWidgetItem) -> list[QToolButton]:
        """The action buttons of a row (edit, remove; or remove group)."""
        cell = self.tree.itemWidget(item, COL_ACTIONS)
        return cell.findChildren(QToolButton) if cell is not None else []

    # -- the list -----------------------------------------------------------------

    def _set_enabled(self, enabled: bool) -> None:
        self.manage_button.setEnabled(enabled)
        self.add_button.setEnabled(enabled)

    def _show_empty(self, text: str, *, restore: bool = False) -> None:
        self.empty_text.setText(text)
        self.restore_button.setVisible(restore)
        self.stack.setCurrentWidget(self.empty)
        self.tree.clear()
        self._items.clear()

    def _rebuild(self, models: list[ModelEntry]) -> None:
        current = self.tree.currentItem()
        current_key = (current.data(COL_MODEL, KIND_ROLE), current.data(COL_MODEL, ID_ROLE)) \
            if current is not None else None
        groups = group_models(models)
        total = len(models)
        group_count = len(groups)
        self.count.setText(
            "" if not total else
            translate("ui.settings.models_section", "%n model(s) in {groups}", "", total).format(
                groups=translate("ui.settings.models_section", "%n group(s)", "in: N models in {groups}", group_count))
        )
        if not models:
            defaults = self._defaults()
            suggested = len(defaults)
            self.restore_button.setToolTip(
                translate("ui.settings.models_section", "Put back the %n model(s) msdesk suggests for this provider", "", suggested)
            )
            self._show_empty(
                translate("ui.settings.models_section", "No models in this list yet.\n"
                          "Use Manage to pick from what this provider serves, or Add model to enter an ID."),
                restore=bool(defaults),
            )
            return
        with bulk_update(self.tree):
            self.tree.clear()
            self._items.clear()
            for group, entries in groups:
                size = len(entries)
                parent = group_item(group, translate("ui.settings.models_section", "%n model(s)", "", size))
                self.tree.addTopLevelItem(parent)
                tint_group_row(self.tree, parent)
                remove_all = tool_button(
                    "trash",
                    translate("ui.settings.models_section", "Remove the %n {group} model(s) (Delete)", "", size).format(group=group),
                    translate("ui.settings.models_section", "Remove group {group}").format(group=group),
                    color="#b3261e", object_name="removeGroupButton",
                )
                remove_all.clicked.connect(lambda _=False, g=group: self.remove_group(g))
                self.tree.setItemWidget(parent, COL_ACTIONS, actions_cell(remove_all))
                for entry in entries:
                    item = model_item(entry)
                    parent.addChild(item)
                    name = entry.name or entry.id
                    edit = tool_button(
                        "edit", translate("ui.settings.models_section", "Edit {id} (F2)").format(id=entry.id),
                        translate("ui.settings.models_section", "Edit {name}").format(name=name), object_name="editModelButton",
                    )
                    remove = tool_button(
                        "remove", translate("ui.settings.models_section", "Remove {id} (Delete)").format(id=entry.id),
                        translate("ui.settings.models_section", "Remove {name}").format(name=name),
                        color="#b3261e", object_name="removeModelButton",
                    )
                    edit.clicked.connect(lambda _=False, i=entry.id: self.open_edit(i))
                    remove.clicked.connect(lambda _=False, i=entry.id: self.remove_models([i]))
                    self.tree.setItemWidget(item, COL_ACTIONS, actions_cell(edit, remove))
                    self._items[entry.id] = item
                parent.setExpanded(group not in self._collapsed)
        self.stack.setCurrentWidget(self.tree)
        if current_key is not None:
            kind, key = current_key
            target = self._items.get(key) if kind == "model" else None
            if kind == "group":
                target = next((self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())
                               if self.tree.topLevelItem(i).data(COL_MODEL, ID_ROLE) == key), None)
            if target is not None:
                self.tree.setCurrentItem(target)

    def _group_collapsed(self, item: QTreeWidgetItem) -> None:
        if item.data(COL_MODEL, KIND_ROLE) == "group":
            self._collapsed.add(str(item.data(COL_MODEL, ID_ROLE)))

    def _group_expanded(self, item: QTreeWidgetItem) -> None:
        self._collapsed.discard(str(item.data(COL_MODEL, ID_ROLE)))

    def _defaults(self) -> list[ModelEntry]:
        if self._provider_id is None:
            return []
        try:
            return list(self._services.provider(self._provider_id).default_models)
        except UnknownProvider:
            return []

    # -- changes -------------------------------------------------------------------

    def restore_defaults(self) -> None:
        """Fill an empty list with the provider's suggested models."""
        defaults = self._defaults()
        if self._provider_id is None or not defaults:
            return
        try:
            self._services.config.add_models(self._provider_id, defaults)
        except (ValueError, OSError) as exc:
            self._failed(exc)
            return
        self._undo = None
        self._hide_notice()
        self._changed()

    def _changed(self) -> None:
        self.error.hide()  # the list itself was refreshed by the change's notice
        self.changed.emit()

    def _failed(self, exc: BaseException) -> None:
        self.error.setText(user_message(exc))
        self.error.show()

    def remove_models(self, model_ids: list[str]) -> None:
        """Remove models at once; the notice offers Undo."""
        if self._provider_id is None:
            return
        pid = self._provider_id
        before = self._services.config.models(pid)
        removed = [(index, m) for index, m in enumerate(before) if m.id in set(model_ids)]
        if not removed:
            return
        neighbour = self._neighbour(model_ids)
        try:
            self._services.config.remove_models(pid, model_ids)
        except (ValueError, OSError) as exc:
            self._failed(exc)
            return
        self._offer_undo(pid, removed)
        self._changed()
        self._select(neighbour)

    def remove_group(self, group: str) -> None:
        """Remove a whole group at once; the notice offers Undo."""
        if self._provider_id is None:
            return
        pid = self._provider_id
        before = self._services.config.models(pid)
        ids = {m.id for g, entries in group_models(before) if g == group for m in entries}
        removed = [(index, m) for index, m in enumerate(before) if m.id in ids]
        if not removed:
            return
        neighbour = self._neighbour_group(group)
        try:
            self._services.config.remove_group(pid, group)
            left = ids & {m.id for m in self._services.config.models(pid)}
            if left:  # rows shown under the group whose stored group is empty
                self._services.config.remove_models(pid, left)
        except (ValueError, OSError) as exc:
            self._failed(exc)
            return
        self._offer_undo(pid, removed, group=group)
        self._changed()
        self._select(neighbour)

    def undo(self) -> None:
        """Put back what the last removal took out, where it was."""
        if self._undo is None:
            return
        pid, removed = self._undo
        self._undo = None
        try:
            current = self._services.config.models(pid)
            have = {m.id for m in current}
            for index, entry in sorted(removed, key=lambda pair: pair[0]):
                if entry.id not in have:
                    current.insert(min(index, len(current)), entry)
                    have.add(entry.id)
            self._services.config.set_models(pid, current)
        except (ValueError, OSError) as exc:
            self._failed(exc)
            return
        names = [e.name or e.id for _i, e in removed]
        self._show_notice(translate("ui.settings.models_section", "Restored {names}.").format(names=join_names(names)), undo=False, seconds=4)
        if pid == self._provider_id:
            self._changed()
            self._select(removed[0][1].id)
        else:
            self.changed.emit()

    def _offer_undo(self, pid: str, removed: list[tuple[int, ModelEntry]], group: str = "") -> None:
        self._undo = (pid, removed)
        if group:
            count = len(removed)
            text = translate("ui.settings.models_section", "Removed the {group} group (%n model(s)).", "", count).format(group=group)
        else:
            names = join_names([e.name or e.id for _i, e in removed])
            text = translate("ui.settings.models_section", "Removed {names}.").format(names=names)
        self._show_notice(text, undo=True, seconds=UNDO_SECONDS)

    def _show_notice(self, text: str, *, undo: bool, seconds: int) -> None:
        self.notice_text.setText(text)
        self.undo_button.setVisible(undo)
        self.notice.show()
        self._notice_timer.start(seconds * 1000)

    def _hide_notice(self) -> None:
        self._notice_timer.stop()
        self.notice.hide()

    def _neighbour(self, model_ids: list[str]) -> str | None:
        """The model to select after these leave: the next one, else the previous one."""
        order = list(self._items)
        positions = [order.index(i) for i in model_ids if i in order]
        if not positions:
            return None
        after = [i for i in order[max(positions) + 1:] if i not in model_ids]
        before = [i for i in order[:min(positions)] if i not in model_ids]
        return after[0] if after else (before[-1] if before else None)

    def _neighbour_group(self, group: str) -> str | None:
        names = self.group_names()
        if group not in names:
            return None
        position = names.index(group)
        others = names[position + 1:] + list(reversed(names[:position]))
        return f"group:{others[0]}" if others else None

    def _select(self, key: str | None) -> None:
        if key is None:
            return
        if key.startswith("group:"):
            try:
                self.tree.setCurrentItem(self.group_row(key.removeprefix("group:")))
            except KeyError:
                pass
            return
        item = self._items.get(key)
        if item is not None:
            self.tree.setCurrentItem(item)
            self.tree.scrollToItem(item)

    # -- dialogs -------------------------------------------------------------------

    def _open(self, dialog: ModelEditDialog | ManageModelsDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result, d=dialog: self._dialog_closed(d))
        self._dialog = dialog
        dialog.open()  # never exec(): the event loop is asyncio's

    def _dialog_closed(self, dialog: QWidget) -> None:
        if self._dialog is dialog:
            self._dialog = None
        self.tree.setFocus()

    def open_add(self) -> ModelEditDialog | None:
        """Open the Add model dialog."""
        if self._provider_id is None:
            return None
        dialog = ModelEditDialog(self._services, self._provider_id, parent=self)
        dialog.saved.connect(self._added)
        self._open(dialog)
        return dialog

    def open_edit(self, model_id: str) -> ModelEditDialog | None:
        """Open the edit dialog for a model in the list."""
        if self._provider_id is None:
            return None
        entry = next((m for m in self._services.config.models(self._provider_id) if m.id == model_id), None)
        if entry is None:
            return None
        dialog = ModelEditDialog(self._services, self._provider_id, entry, parent=self)
        dialog.saved.connect(self._edited)
        self._open(dialog)
        return dialog

    def open_manage(self) -> ManageModelsDialog | None:
        """Open the Manage dialog (fetches the provider's /models)."""
        if self._provider_id is None:
            return None
        dialog = ManageModelsDialog(self._services, self._provider_id, parent=self)
        dialog.changed.connect(self._changed)
        self._open(dialog)
        return dialog

    def _added(self, added: list[str], skipped: list[str]) -> None:
        parts = []
        if added:
            parts.append(translate("ui.settings.models_section", "Added {names}.").format(names=join_names(added)))
        if len(skipped) == 1:
            parts.append(translate("ui.settings.models_section", "{name} is already in the list.").format(name=skipped[0]))
        elif skipped:
            parts.append(translate("ui.settings.models_section", "{names} are already in the list.").format(names=join_names(skipped)))
        if parts:
            self._show_notice(" ".join(parts), undo=False, seconds=6)
        self._changed()
        if added:
            self._select(added[0])

    def _edited(self, ids: list[str], _skipped: list[str]) -> None:
        self._changed()
        if ids:
            self._select(ids[0])

    # -- keyboard ------------------------------------------------------------------

    def _tree_key(self, event: QKeyEvent) -> bool:
        if event.matches(QKeySequence.StandardKey.Undo):
            self.undo()
            return True
        item = self.tree.currentItem()
        key = event.key()
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and item is not None:
            if item.data(COL_MODEL, KIND_ROLE) == "model":
                self.remove_models([str(item.data(COL_MODEL, ID_ROLE))])
            else:
                self.remove_group(str(item.data(COL_MODEL, ID_ROLE)))
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2) and item is not None:
            if item.data(COL_MODEL, KIND_ROLE) == "model":
                self.open_edit(str(item.data(COL_MODEL, ID_ROLE)))
            elif key != Qt.Key.Key_F2:
                item.setExpanded(not item.isExpanded())
            return True
        return False

    def _double_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        if item.data(COL_MODEL, KIND_ROLE) == "model":
            self.open_edit(str(item.data(COL_MODEL, ID_ROLE)))
