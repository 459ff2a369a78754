"""Manage a provider's models: what it serves, its defaults and the user's list.

The provider's ``/models``, its defaults and the user's list, merged and
grouped by owner; search, filter by capability, add or remove a model or a
whole group. Every change is saved at once through ``services.config``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from msdesk.core.i18n import translate
from msdesk.core.provider_config import (
    CAPABILITIES,
    group_models,
    merge_candidates,
)
from msdesk.core.settings import ModelEntry
from msdesk.ui.async_task import AsyncRunner, user_message
from msdesk.ui.settings.model_rows import (
    COL_ACTIONS,
    COL_MODEL,
    DIALOG_STYLE,
    ID_ROLE,
    IN_LIST_ROLE,
    KIND_ROLE,
    SUBTITLE_ROLE,
    KeyFilter,
    actions_cell,
    bulk_update,
    capability_label,
    group_item,
    line_icon,
    make_model_tree,
    model_item,
    tint_group_row,
    tool_button,
)
from msdesk.ui.theme import scaled, themed
from msdesk.ui.widgets.fit import fitted

if TYPE_CHECKING:
    from PySide6.QtGui import QKeyEvent

    from msdesk.core.inference import RemoteModel
    from msdesk.core.providers import Provider
    from msdesk.core.services import Services


# -- manage -------------------------------------------------------------------------


class ManageModelsDialog(QDialog):
    """Pick models from what the provider serves, its defaults and the user's list.

    Fetches the provider's ``/models`` when shown; while it runs, and if it
    fails, the defaults and the current list are still offered. Each add or
    remove is saved at once.

    Signals:
        changed: the provider's model list changed (already saved).
    """

    changed = Signal()

    def __init__(self, services: Services, provider_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._provider_id = provider_id
        self._provider: Provider = services.provider(provider_id)
        self._remote: list[RemoteModel] = []
        self._fetched = False
        self._entries: dict[str, ModelEntry] = {}
        self._sources: dict[str, set[str]] = {}
        self._in_list: set[str] = set()
        self._model_items: dict[str, QTreeWidgetItem] = {}
        self._model_buttons: dict[str, QToolButton] = {}
        self._group_items: dict[str, QTreeWidgetItem] = {}
        self._group_buttons: dict[str, tuple[QToolButton, QToolButton]] = {}
        self._runner = AsyncRunner(self)
        self._check = line_icon("check", "#1f7a3d")
        self._blank = line_icon("none")

        name = self._provider.name
        self.setObjectName("manageModelsDialog")
        self.setStyleSheet(themed(DIALOG_STYLE))
        self.setWindowTitle(translate("ui.settings.manage_models_dialog", "Manage models — {provider}").format(provider=name))
        self.setAccessibleName(translate("ui.settings.manage_models_dialog", "Manage {provider} models").format(provider=name))
        self.resize(fitted(QSize(scaled(820), scaled(600)), parent))
        self.setMinimumSize(560, 380)

        intro = QLabel(
            translate("ui.settings.manage_models_dialog", "Everything {provider} lists, its suggested models and your own list. "
                      "Add or remove models here; changes are saved at once.").format(provider=name),
            objectName="dialogIntro", wordWrap=True,
        )

        self.search = QLineEdit(objectName="modelSearchEdit")
        self.search.setPlaceholderText(translate("ui.settings.manage_models_dialog", "Search by ID, name or owner"))
        self.search.setAccessibleName(translate("ui.settings.manage_models_dialog", "Search models"))
        self.search.setToolTip(translate("ui.settings.manage_models_dialog", "Search by ID, name or owner (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.capability = QComboBox(objectName="capabilityFilter")
        self.capability.setAccessibleName(translate("ui.settings.manage_models_dialog", "Filter by capability"))
        self.capability.setToolTip(translate("ui.settings.manage_models_dialog", "Show only models with this capability"))
        self.capability.addItem(translate("ui.settings.manage_models_dialog", "All capabilities"), "")
        for cap in CAPABILITIES:
            self.capability.addItem(capability_label(cap), cap)
        self.show_filter = QComboBox(objectName="listFilter")
        self.show_filter.setAccessibleName(translate("ui.settings.manage_models_dialog", "Show"))
        self.show_filter.setToolTip(translate("ui.settings.manage_models_dialog", "Show every model, only those in your list, or only the others"))
        self.show_filter.addItem(translate("ui.settings.manage_models_dialog", "All models"), "all")
        self.show_filter.addItem(translate("ui.settings.manage_models_dialog", "In your list"), "in")
        self.show_filter.addItem(translate("ui.settings.manage_models_dialog", "Not added"), "out")
        filters = QHBoxLayout()
        filters.setSpacing(8)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.capability)
        filters.addWidget(self.show_filter)

        self.busy = QWidget(objectName="manageBusy")
        busy_layout = QHBoxLayout(self.busy)
        busy_layout.setContentsMargins(0, 0, 0, 0)
        busy_bar = QProgressBar()
        busy_bar.setRange(0, 0)
        busy_bar.setFixedWidth(120)
        busy_bar.setMaximumHeight(8)
        busy_bar.setTextVisible(False)
        busy_bar.setAccessibleName(translate("ui.settings.manage_models_dialog", "Fetching models"))
        busy_layout.addWidget(busy_bar)
        busy_layout.addWidget(QLabel(translate("ui.settings.manage_models_dialog", "Fetching the model list from {provider}…").format(provider=name)), 1)
        self.busy.hide()

        self.error_bar = QFrame(objectName="manageError")
        self.error_bar.setAccessibleName(translate("ui.settings.manage_models_dialog", "Model list error"))
        error_layout = QHBoxLayout(self.error_bar)
        error_layout.setContentsMargins(12, 8, 8, 8)
        self.error_text = QLabel(objectName="manageErrorText", wordWrap=True)
        self.error_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.retry_button = QPushButton(translate("ui.settings.manage_models_dialog", "Retry"), objectName="manageRetryButton")
        self.retry_button.setToolTip(translate("ui.settings.manage_models_dialog", "Ask {provider} for its model list again").format(provider=name))
        self.retry_button.setAutoDefault(False)
        self.retry_button.clicked.connect(self.fetch)
        error_layout.addWidget(self.error_text, 1)
        error_layout.addWidget(self.retry_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.error_bar.hide()

        self.tree = make_model_tree(
            "manageModelList", translate("ui.settings.manage_models_dialog", "Models {provider} offers").format(provider=name))
        self.tree.setColumnWidth(COL_ACTIONS, scaled(64))
        self.tree.setAccessibleDescription(translate(
            "ui.settings.manage_models_dialog",
            "Enter or Space adds or removes the selected model; on a group, + adds all its models and − removes them"))
        self.tree.installEventFilter(KeyFilter(self._tree_key, self.tree))
        self.tree.itemDoubleClicked.connect(self._double_clicked)
        self.empty = QLabel(objectName="emptyFilter", wordWrap=True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.tree)
        self.stack.addWidget(self.empty)

        self.summary = QLabel(objectName="manageSummary")
        self.summary.setAccessibleName(translate("ui.settings.manage_models_dialog", "Summary"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAutoDefault(False)
        close.setDefault(False)
        buttons.rejected.connect(self.reject)
        footer = QHBoxLayout()
        footer.addWidget(self.summary, 1)
        footer.addWidget(buttons)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.setSpacing(10)
        layout.addWidget(intro)
        layout.addLayout(filters)
        layout.addWidget(self.busy)
        layout.addWidget(self.error_bar)
        layout.addWidget(self.stack, 1)
        layout.addLayout(footer)

        find = QShortcut(QKeySequence.StandardKey.Find, self)
        find.activated.connect(lambda: (self.search.setFocus(), self.search.selectAll()))
        self.search.textChanged.connect(self._apply_filter)
        self.capability.currentIndexChanged.connect(self._apply_filter)
        self.show_filter.currentIndexChanged.connect(self._apply_filter)
        self.search.installEventFilter(KeyFilter(self._search_key, self.search))
        self._runner.busyChanged.connect(self._busy_changed)

        self._merge()
        self._rebuild()
        self.search.setFocus()
        self.fetch()

    # -- data -------------------------------------------------------------------

    @property
    def loading(self) -> bool:
        return self._runner.is_running("models")

    @property
    def fetched(self) -> bool:
        """True once ``/models`` answered."""
        return self._fetched

    def fetch(self) -> None:
        """Ask the provider for its ``/models`` (again)."""
        self.error_bar.hide()

        async def fetch() -> list[RemoteModel]:
            client = await self._services.inference(self._provider_id, require_token=False)
            return await client.list_models()

        self._runner.start(fetch(), key="models", on_result=self._fetched_models,
                           on_error=self._fetch_failed)

    def _busy_changed(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.retry_button.setEnabled(not busy)

    def _fetched_models(self, models: list[RemoteModel]) -> None:
        self._remote = list(models)
        self._fetched = True
        self.error_bar.hide()
        self._merge()
        self._rebuild()

    def _fetch_failed(self, exc: BaseException) -> None:
        self.error_text.setText(
            translate("ui.settings.manage_models_dialog", "Could not get the model list from {provider}: {reason}\n"
                      "Your list and the suggested models are still shown below.")
            .format(provider=self._provider.name, reason=user_message(exc))
        )
        self.error_bar.show()
        self._update_summary()

    def _merge(self) -> None:
        """Fold the current list, the defaults and ``/models`` into what is shown.

        Models that leave the list while the dialog is open stay shown, so they can be added back.
        """
        current = self._services.config.models(self._provider_id)
        self._in_list = {m.id for m in current}
        for candidate in merge_candidates(current, self._provider.default_models, self._remote):
            entry = candidate.entry
            if entry.id not in self._entries or "list" in candidate.sources:
                self._entries[entry.id] = entry
            self._sources.setdefault(entry.id, set()).update(candidate.sources)

    def visible_model_ids(self) -> list[str]:
        """The IDs of the model rows the filters let through, top to bottom."""
        result = []
        for g in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(g)
            if group.isHidden():
                continue
            for m in range(group.childCount()):
                item = group.child(m)
                if not item.isHidden():
                    result.append(str(item.data(COL_MODEL, ID_ROLE)))
        return result

    def model_button(self, model_id: str) -> QToolButton:
        """The +/− button of a model row."""
        return self._model_buttons[model_id]

    def group_buttons(self, group: str) -> tuple[QToolButton, QToolButton]:
        """The (add all, remove all) buttons of a group row."""
        return self._group_buttons[group]

    def in_list(self, model_id: str) -> bool:
        return model_id in self._in_list

    # -- the tree -----------------------------------------------------------------

    def _rebuild(self) -> None:
        current = self.tree.currentItem()
        current_id = current.data(COL_MODEL, ID_ROLE) if current is not None else None
        with bulk_update(self.tree):
            self._fill()
        if current_id in self._model_items:
            self.tree.setCurrentItem(self._model_items[current_id])

    def _fill(self) -> None:
        self.tree.clear()
        self._model_items.clear()
        self._model_buttons.clear()
        self._group_items.clear()
        self._group_buttons.clear()
        for group, entries in group_models(self._entries.values()):
            parent = group_item(group, "")
            self.tree.addTopLevelItem(parent)
            tint_group_row(self.tree, parent)
            parent.setFirstColumnSpanned(False)
            add_all = tool_button("add", "", translate("ui.settings.manage_models_dialog", "Add all {group} models").format(group=group),
                                  color="#1f7a3d")
            remove_all = tool_button("minus", "", translate("ui.settings.manage_models_dialog", "Remove all {group} models").format(group=group),
                                     color="#b3261e")
            add_all.setObjectName("groupAddAll")
            remove_all.setObjectName("groupRemoveAll")
            add_all.clicked.connect(lambda _=False, g=group: self.add_group(g))
            remove_all.clicked.connect(lambda _=False, g=group: self.remove_group(g))
            self.tree.setItemWidget(parent, COL_ACTIONS, actions_cell(add_all, remove_all))
            self._group_items[group] = parent
            self._group_buttons[group] = (add_all, remove_all)
            for entry in entries:
                item = model_item(entry, in_list=entry.id in self._in_list)
                parent.addChild(item)
                button = tool_button("add", "", "")
                button.setObjectName("modelToggle")
                button.clicked.connect(lambda _=False, i=entry.id: self.toggle(i))
                self.tree.setItemWidget(item, COL_ACTIONS, actions_cell(button))
                self._model_items[entry.id] = item
                self._model_buttons[entry.id] = button
            parent.setExpanded(True)
        self._refresh_states()
        self._apply_filter()

    def _refresh_states(self) -> None:
        # A row's button is named by the model's name, or by its ID where two share a name.
        names = Counter(self._entries[i].name or i for i in self._model_items)
        for model_id, item in self._model_items.items():
            inside = model_id in self._in_list
            entry = self._entries[model_id]
            fresh = model_item(entry, in_list=inside)
            for role in (IN_LIST_ROLE, Qt.ItemDataRole.AccessibleTextRole):
                item.setData(COL_MODEL, role, fresh.data(COL_MODEL, role))
            sources = self._sources.get(model_id, set())
            if "remote" in sources and "default" in sources:
                origin = translate("ui.settings.manage_models_dialog", "Listed by {provider}, suggested")
            elif "remote" in sources:
                origin = translate("ui.settings.manage_models_dialog", "Listed by {provider}")
            elif "default" in sources:
                origin = translate("ui.settings.manage_models_dialog", "Suggested")
            else:
                origin = ""
            state = translate("ui.settings.manage_models_dialog", "In your list") if inside else translate("ui.settings.manage_models_dialog", "Not in your list")
            item.setToolTip(COL_MODEL, "\n".join(
                [entry.id, state] + ([origin.format(provider=self._provider.name)] if origin else [])
            ))
            # A blank icon keeps names lined up with the ticked ones.
            item.setIcon(COL_MODEL, self._check if inside else self._blank)
            button = self._model_buttons[model_id]
            name = entry.name or entry.id
            if names[name] > 1:
                name = entry.id
            if inside:
                button.setIcon(line_icon("minus", "#b3261e"))
                button.setToolTip(translate("ui.settings.manage_models_dialog", "Remove {id} from your list").format(id=entry.id))
                button.setAccessibleName(translate("ui.settings.manage_models_dialog", "Remove {name}").format(name=name))
            else:
                button.setIcon(line_icon("add", "#1f7a3d"))
                button.setToolTip(translate("ui.settings.manage_models_dialog", "Add {id} to your list").format(id=entry.id))
                button.setAccessibleName(translate("ui.settings.manage_models_dialog", "Add {name}").format(name=name))
        self._refresh_groups()

    def _refresh_groups(self) -> None:
        for group, parent in self._group_items.items():
            ids = self._group_ids(group, visible_only=False)
            inside = sum(1 for i in ids if i in self._in_list)
            shown = self._group_ids(group, visible_only=True)
            total = len(ids)
            count = translate("ui.settings.manage_models_dialog", "{inside} of %n in your list", "", total).format(inside=inside)
            parent.setData(COL_MODEL, SUBTITLE_ROLE, count)
            parent.setData(COL_MODEL, Qt.ItemDataRole.AccessibleTextRole,
                           translate("ui.settings.manage_models_dialog", "Group {group}, {count}").format(group=group, count=count))
            add_all, remove_all = self._group_buttons[group]
            to_add = [i for i in shown if i not in self._in_list]
            to_remove = [i for i in shown if i in self._in_list]
            add_all.setEnabled(bool(to_add))
            remove_all.setEnabled(bool(to_remove))
            adding, removing = len(to_add), len(to_remove)
            add_all.setToolTip((
                translate("ui.settings.manage_models_dialog", "Add the %n shown {group} model(s) not yet in your list", "", adding)
                if to_add else translate("ui.settings.manage_models_dialog", "Every shown {group} model is in your list")
            ).format(group=group))
            remove_all.setToolTip((
                translate("ui.settings.manage_models_dialog", "Remove the %n shown {group} model(s) from your list", "", removing)
                if to_remove else translate("ui.settings.manage_models_dialog", "No shown {group} model is in your list")
            ).format(group=group))

    def _group_ids(self, group: str, *, visible_only: bool) -> list[str]:
        parent = self._group_items.get(group)
        if parent is None:
            return []
        result = []
        for m in range(parent.childCount()):
            item = parent.child(m)
            if visible_only and item.isHidden():
                continue
            result.append(str(item.data(COL_MODEL, ID_ROLE)))
        return result

    def _matches(self, entry: ModelEntry, words: list[str], cap: str, show: str) -> bool:
        if cap and cap not in entry.capabilities:
            return False
        if show == "in" and entry.id not in self._in_list:
            return False
        if show == "out" and entry.id in self._in_list:
            return False
        haystack = f"{entry.id} {entry.name} {entry.group}".lower()
        return all(word in haystack for word in words)

    def _apply_filter(self, *_args: object) -> None:
        words = self.search.text().lower().split()
        cap = str(self.capability.currentData() or "")
        show = str(self.show_filter.currentData() or "all")
        for parent in self._group_items.values():
            any_shown = False
            for m in range(parent.childCount()):
                item = parent.child(m)
                entry = self._entries[str(item.data(COL_MODEL, ID_ROLE))]
                shown = self._matches(entry, words, cap, show)
                item.setHidden(not shown)
                any_shown = any_shown or shown
            parent.setHidden(not any_shown)
        self._refresh_groups()
        visible = self.visible_model_ids()
        if visible or not self._entries:
            self.stack.setCurrentWidget(self.tree)
        else:
            self.stack.setCurrentWidget(self.empty)
            query = self.search.text().strip()
            self.empty.setText(
                translate("ui.settings.manage_models_dialog", "No model matches '{query}'.\nClear the search or pick another capability.")
                .format(query=query) if query else
                translate("ui.settings.manage_models_dialog", "No model matches these filters.\nClear the search or pick another capability.")
            )
        self._update_summary()

    def _update_summary(self) -> None:
        total = len(self._entries)
        shown = len(self.visible_model_ids())
        inside = len(self._in_list)
        listed = len(self._remote)
        provider = self._provider.name
        parts = [translate("ui.settings.manage_models_dialog", "%n in your list", "", inside)]
        parts.append(translate("ui.settings.manage_models_dialog", "showing {shown} of %n", "", total).format(shown=shown)
                     if shown != total else translate("ui.settings.manage_models_dialog", "%n offered", "", total))
        if self._fetched:
            parts.append(translate("ui.settings.manage_models_dialog", "%n listed by {provider}", "", listed).format(provider=provider))
        elif not self.loading:
            parts.append(translate("ui.settings.manage_models_dialog", "{provider}'s list not loaded").format(provider=provider))
        self.summary.setText("  ·  ".join(parts))

    # -- changes ------------------------------------------------------------------

    def _after_change(self) -> None:
        self._in_list = {m.id for m in self._services.config.models(self._provider_id)}
        self._refresh_states()
        self._apply_filter()
        self.changed.emit()

    def _save(self, change: Callable[[], object]) -> bool:
        try:
            change()
        except (ValueError, OSError) as exc:
            self.error_text.setText(user_message(exc))
            self.error_bar.show()
            return False
        return True

    def toggle(self, model_id: str) -> None:
        """Add the model to the list, or remove it if it is there."""
        config = self._services.config
        if model_id in self._in_list:
            ok = self._save(lambda: config.remove_models(self._provider_id, [model_id]))
        else:
            ok = self._save(lambda: config.add_models(self._provider_id, [self._entries[model_id]]))
        if ok:
            self._after_change()

    def add_group(self, group: str) -> None:
        """Add the group's shown models that are not in the list yet."""
        entries = [self._entries[i] for i in self._group_ids(group, visible_only=True)
                   if i not in self._in_list]
        if entries and self._save(lambda: self._services.config.add_models(self._provider_id, entries)):
            self._after_change()

    def remove_group(self, group: str) -> None:
        """Remove the group's shown models from the list (the whole group when nothing is filtered)."""
        shown = [i for i in self._group_ids(group, visible_only=True) if i in self._in_list]
        if not shown:
            return
        config = self._services.config
        everything = [i for i in self._group_ids(group, visible_only=False) if i in self._in_list]
        if set(shown) == set(everything):
            ok = self._save(lambda: config.remove_group(self._provider_id, group))
            # Models of this group filed elsewhere by an edit keep their own group; catch them too.
            left = {m.id for m in config.models(self._provider_id)} & set(shown)
            if ok and left:
                ok = self._save(lambda: config.remove_models(self._provider_id, left))
        else:
            ok = self._save(lambda: config.remove_models(self._provider_id, shown))
        if ok:
            self._after_change()

    # -- keyboard -------------------------------------------------------------------

    def _tree_key(self, event: QKeyEvent) -> bool:
        key = event.key()
        item = self.tree.currentItem()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self._activate(item)
            return True
        if item is not None and item.data(COL_MODEL, KIND_ROLE) == "group":
            # The group row's "add all" and "remove all" buttons, by key.
            group = str(item.data(COL_MODEL, ID_ROLE))
            if key in (Qt.Key.Key_Plus, Qt.Key.Key_Insert):
                self.add_group(group)
                return True
            if key in (Qt.Key.Key_Minus, Qt.Key.Key_Delete):
                self.remove_group(group)
                return True
        return False

    def _search_key(self, event: QKeyEvent) -> bool:
        if event.key() == Qt.Key.Key_Down:
            self.tree.setFocus()
            if self.tree.currentItem() is None or self.tree.currentItem().isHidden():
                visible = self.visible_model_ids()
                if visible:
                    self.tree.setCurrentItem(self._model_items[visible[0]])
            return True
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            visible = self.visible_model_ids()
            if len(visible) == 1:  # one hit: Enter adds or removes it
                self.toggle(visible[0])
            return True
        return False

    def _double_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        if item.data(COL_MODEL, KIND_ROLE) == "model":
            self._activate(item)

    def _activate(self, item: QTreeWidgetItem | None) -> None:
        if item is None:
            return
        if item.data(COL_MODEL, KIND_ROLE) == "model":
            self.toggle(str(item.data(COL_MODEL, ID_ROLE)))
        else:
            item.setExpanded(not item.isExpanded())
