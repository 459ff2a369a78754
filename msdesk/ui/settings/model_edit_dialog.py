"""Add one or several models by ID, or edit one (its ID is then read-only).

The group and task are guessed from the ID as the user types, until the
user sets them. The capabilities come from msdesk's model table
(``msdesk.core.capabilities``); ticking or unticking Reasoning, Vision, Tools
or Embedding sets the user's own value for that model, which wins over the
table (Chat and Image generation follow the task). Every change is saved at
once through ``services.config``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import (
    Qt,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from msdesk.core.capabilities import OVERRIDABLE, capability_tags, clean_overrides
from msdesk.core.i18n import list_separator, translate
from msdesk.core.provider_config import (
    CAPABILITIES,
    TASKS,
    model_entry,
    parse_model_ids,
)
from msdesk.core.settings import ModelEntry
from msdesk.ui.async_task import user_message
from msdesk.ui.settings.model_rows import (
    DIALOG_STYLE,
    capability_help,
    capability_label,
    join_names,
    task_label,
)
from msdesk.ui.theme import scaled, themed

if TYPE_CHECKING:
    from PySide6.QtGui import QShowEvent

    from msdesk.core.providers import Provider
    from msdesk.core.services import Services


# -- add / edit -------------------------------------------------------------------


class ModelEditDialog(QDialog):
    """Add models by ID (``entry=None``) or edit one model (its ID is then read-only).

    Saves through ``services.config`` when the user presses Add/Save; stays
    open with the reason shown when that fails.

    Signals:
        saved(list, list): (IDs added or edited, IDs skipped because they were in the list).
    """

    saved = Signal(list, list)

    def __init__(self, services: Services, provider_id: str, entry: ModelEntry | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._provider_id = provider_id
        self._provider: Provider = services.provider(provider_id)
        self._entry = entry
        self._editing = entry is not None
        self._require_owner = self._provider.is_modelscope
        self._group_touched = self._editing
        self._task_touched = self._editing
        #: The user's own capability values ({"reasoning": False}); they win over the table.
        self._overrides: dict[str, bool] = clean_overrides(entry.overrides) if entry else {}
        self._valid: list[str] = []
        self._new: list[str] = []
        self.setObjectName("modelEditDialog")
        self.setStyleSheet(themed(DIALOG_STYLE))
        title = (translate("ui.settings.model_edit_dialog", "Edit model") if self._editing
                 else translate("ui.settings.model_edit_dialog", "Add models to {provider}").format(provider=self._provider.name))
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setMinimumWidth(scaled(520))

        example = "Qwen/Qwen3-8B" if self._require_owner else "qwen-max-latest"
        self.id_edit = QLineEdit(objectName="modelIdEdit")
        self.id_edit.setAccessibleName(translate("ui.settings.model_edit_dialog", "Model ID"))
        self.id_edit.setClearButtonEnabled(not self._editing)
        if self._require_owner:
            self.id_edit.setPlaceholderText(
                translate("ui.settings.model_edit_dialog", "owner/name, e.g. {example}").format(example=example))
            hint = translate("ui.settings.model_edit_dialog", "The ID as ModelScope shows it: owner/name. Separate several IDs with commas.")
        else:
            self.id_edit.setPlaceholderText(translate("ui.settings.model_edit_dialog", "e.g. {example}").format(example=example))
            hint = translate("ui.settings.model_edit_dialog", "The model name {provider} expects. Separate several IDs with commas.").format(
                provider=self._provider.name)
        self.id_edit.setToolTip(hint)
        self.id_hint = QLabel(hint, objectName="fieldHint", wordWrap=True)
        self.id_error = QLabel(objectName="fieldError", wordWrap=True)
        self.id_error.setAccessibleName(translate("ui.settings.model_edit_dialog", "Model ID error"))
        self.id_error.hide()
        self.id_note = QLabel(objectName="fieldNote", wordWrap=True)
        self.id_note.setAccessibleName(translate("ui.settings.model_edit_dialog", "Model ID note"))
        self.id_note.hide()

        self.name_edit = QLineEdit(objectName="modelNameEdit")
        self.name_edit.setAccessibleName(translate("ui.settings.model_edit_dialog", "Display name"))
        self.name_edit.setToolTip(translate("ui.settings.model_edit_dialog", "How the model is shown in lists; defaults to the last part of its ID."))
        self.group_edit = QLineEdit(objectName="modelGroupEdit")
        self.group_edit.setAccessibleName(translate("ui.settings.model_edit_dialog", "Group"))
        self.group_edit.setToolTip(translate("ui.settings.model_edit_dialog", "Models are grouped under this name; by default the owner in the ID."))
        self.task_combo = QComboBox(objectName="modelTaskCombo")
        self.task_combo.setAccessibleName(translate("ui.settings.model_edit_dialog", "Task type"))
        self.task_combo.setToolTip(translate("ui.settings.model_edit_dialog", "What the model does; guessed from the ID until you pick one."))
        for key, _label in TASKS:
            self.task_combo.addItem(task_label(key), key)

        self.cap_boxes: dict[str, QCheckBox] = {}
        caps_box = QWidget(objectName="modelCapabilities")
        caps_layout = QGridLayout(caps_box)
        caps_layout.setContentsMargins(0, 0, 0, 0)
        caps_layout.setHorizontalSpacing(16)
        caps_layout.setVerticalSpacing(4)
        # Three to a row where the names are short (English, Chinese), two where they are long.
        widest = max(self.fontMetrics().horizontalAdvance(capability_label(cap)) for cap in CAPABILITIES)
        columns = 3 if widest <= scaled(110) else 2
        for number, cap in enumerate(CAPABILITIES):
            box = QCheckBox(capability_label(cap))
            box.setObjectName("capability" + "".join(p.capitalize() for p in cap.split("-")))
            box.setAccessibleName(translate("ui.settings.model_edit_dialog", "Capability: {capability}").format(capability=capability_label(cap)))
            if cap in OVERRIDABLE:
                box.clicked.connect(lambda checked, cap=cap: self._cap_clicked(cap, checked))
            else:  # follows the task
                box.setEnabled(False)
                box.setToolTip(translate("ui.settings.model_edit_dialog", "{meaning}. Follows the task.").format(meaning=capability_help(cap)))
            caps_layout.addWidget(box, number // columns, number % columns)
            self.cap_boxes[cap] = box
        self.caps_hint = QLabel(objectName="fieldHint", wordWrap=True)
        self.caps_hint.setAccessibleName(translate("ui.settings.model_edit_dialog", "Capabilities note"))
        self.caps_reset = QPushButton(translate("ui.settings.model_edit_dialog", "Use msdesk's table"), objectName="capabilityReset")
        self.caps_reset.setToolTip(translate("ui.settings.model_edit_dialog", "Forget your capability settings for this model; msdesk's table decides"))
        self.caps_reset.setAutoDefault(False)
        self.caps_reset.clicked.connect(self.reset_capabilities)

        id_column = QVBoxLayout()
        id_column.setSpacing(3)
        id_column.addWidget(self.id_edit)
        id_column.addWidget(self.id_error)
        id_column.addWidget(self.id_note)
        id_column.addWidget(self.id_hint)
        caps_column = QVBoxLayout()
        caps_column.setSpacing(3)
        caps_column.addWidget(caps_box)
        hint_row = QHBoxLayout()
        hint_row.setContentsMargins(0, 0, 0, 0)
        hint_row.addWidget(self.caps_hint, 1)
        hint_row.addWidget(self.caps_reset, 0, Qt.AlignmentFlag.AlignTop)
        caps_column.addLayout(hint_row)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setHorizontalSpacing(14)
        form.setVerticalSpacing(10)
        id_label = QLabel(translate("ui.settings.model_edit_dialog", "Model &ID"))
        id_label.setBuddy(self.id_edit)
        caps_label = QLabel(translate("ui.settings.model_edit_dialog", "Capabilities"))
        form.addRow(id_label, id_column)
        form.addRow(translate("ui.settings.model_edit_dialog", "Display &name"), self.name_edit)
        form.addRow(translate("ui.settings.model_edit_dialog", "&Group"), self.group_edit)
        form.addRow(translate("ui.settings.model_edit_dialog", "&Task"), self.task_combo)
        form.addRow(caps_label, caps_column)
        # Labels beside multi-line fields line up with the fields' first line.
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

        self.error = QLabel(objectName="fieldError", wordWrap=True)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("modelDialogOk")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(12)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        self.id_edit.textChanged.connect(self._id_changed)
        self.group_edit.textEdited.connect(self._group_edited)
        self.task_combo.activated.connect(self._task_picked)

        if entry is not None:
            self.id_edit.setText(entry.id)
            self.id_edit.setReadOnly(True)
            fixed = translate("ui.settings.model_edit_dialog", "The ID cannot be changed; remove the model and add the new ID instead.")
            self.id_edit.setToolTip(fixed)
            self.id_hint.setText(fixed)
            self.name_edit.setText(entry.name)
            self.name_edit.setPlaceholderText(model_entry(entry.id).name)
            self.group_edit.setText(entry.group)
            self._select_task(entry.task)
            self._refresh_caps()
            self.ok_button.setText(translate("ui.settings.model_edit_dialog", "Save"))
            self.name_edit.setFocus()
        else:
            self._id_changed("")
            self.id_edit.setFocus()

    # -- the fields ---------------------------------------------------------

    @property
    def provider_id(self) -> str:
        return self._provider_id

    def task(self) -> str:
        return str(self.task_combo.currentData() or "other")

    def capabilities(self) -> list[str]:
        return [cap for cap, box in self.cap_boxes.items() if box.isChecked()]

    def overrides(self) -> dict[str, bool]:
        """The user's own capability values, which win over msdesk's table."""
        return dict(self._overrides)

    def detected(self) -> frozenset[str]:
        """What msdesk's table says the (first) model can do with the task shown."""
        tokens = self._tokens(self.id_edit.text())
        return capability_tags(tokens[0], self.task()) if tokens else frozenset()

    def reset_capabilities(self) -> None:
        self._overrides.clear()
        self._refresh_caps()

    def _select_task(self, task: str) -> None:
        index = self.task_combo.findData(task)
        if index < 0:  # a task the app has no label for: keep it as it is
            self.task_combo.addItem(task_label(task), task)
            index = self.task_combo.count() - 1
        self.task_combo.setCurrentIndex(index)

    def _group_edited(self, _text: str) -> None:
        self._group_touched = True

    def _task_picked(self, _index: int) -> None:
        self._task_touched = True
        self._refresh_caps()

    def _cap_clicked(self, cap: str, checked: bool) -> None:
        if checked == (cap in self.detected()):
            self._overrides.pop(cap, None)
        else:
            self._overrides[cap] = checked
        self._refresh_caps()

    def _tokens(self, text: str) -> list[str]:
        valid, invalid = parse_model_ids(text, require_owner=self._require_owner)
        return valid + [i for i in invalid if i not in valid]

    def _refresh_caps(self) -> None:
        """Show the table's capabilities with the user's values over them, and say which are whose."""
        detected = self.detected()
        for cap, box in self.cap_boxes.items():
            mine = cap in self._overrides
            box.setChecked(self._overrides[cap] if mine else cap in detected)
            if cap not in OVERRIDABLE:
                continue
            font = QFont(box.font())
            font.setBold(mine)
            box.setFont(font)
            if not mine:
                whose = translate("ui.settings.model_edit_dialog", "{meaning}. From msdesk's table; tick or untick to set it yourself.")
            elif cap in detected:
                whose = translate("ui.settings.model_edit_dialog", "{meaning}. Your setting; msdesk's table says on.")
            else:
                whose = translate("ui.settings.model_edit_dialog", "{meaning}. Your setting; msdesk's table says off.")
            box.setToolTip(whose.format(meaning=capability_help(cap)))
        if self._overrides:
            yours = list_separator().join(
                (translate("ui.settings.model_edit_dialog", "{capability} on") if on else translate("ui.settings.model_edit_dialog", "{capability} off"))
                .format(capability=capability_label(cap))
                for cap, on in sorted(self._overrides.items(), key=lambda item: OVERRIDABLE.index(item[0]))
            )
            self.caps_hint.setText(translate("ui.settings.model_edit_dialog", "Your settings win over msdesk's table: {settings}.").format(
                settings=yours))
        else:
            several = len(self._tokens(self.id_edit.text())) > 1
            self.caps_hint.setText(
                translate("ui.settings.model_edit_dialog", "From msdesk's model table for the first ID and the task; "
                          "tick or untick one to set it yourself.")
                if several else
                translate("ui.settings.model_edit_dialog", "From msdesk's model table for this ID and task; "
                          "tick or untick one to set it yourself.")
            )
        self.caps_hint.show()
        self.caps_reset.setVisible(bool(self._overrides))
        self._fit()

    def _id_changed(self, text: str) -> None:
        if self._editing:
            self._set_ok(True)
            return
        valid, invalid = parse_model_ids(text, require_owner=self._require_owner)
        tokens = valid + invalid
        have = {m.id for m in self._services.config.models(self._provider_id)}
        self._valid = valid
        self._new = [i for i in valid if i not in have]
        duplicates = [i for i in valid if i in have]

        if invalid:
            quoted = [translate("ui.settings.model_edit_dialog", "'{id}'").format(id=i) for i in invalid[:4]]
            shown = list_separator().join(quoted) + (" …" if len(invalid) > 4 else "")
            if len(invalid) == 1:
                wrong = translate("ui.settings.model_edit_dialog", "{ids} is not a valid model ID.")
            else:
                wrong = translate("ui.settings.model_edit_dialog", "{ids} are not valid model IDs.")
            rule = (translate("ui.settings.model_edit_dialog", "Use owner/name, e.g. {example}.").format(example="Qwen/Qwen3-8B")
                    if self._require_owner else translate("ui.settings.model_edit_dialog", "Use letters, digits and . _ - : / only."))
            self.id_error.setText(translate("ui.settings.model_edit_dialog", "{problem} {rule}").format(
                problem=wrong.format(ids=shown), rule=rule))
            self.id_error.show()
        else:
            self.id_error.clear()
            self.id_error.hide()
        if duplicates:
            names = join_names(duplicates)
            if len(duplicates) == 1:
                note = (translate("ui.settings.model_edit_dialog", "{names} is already in the list and will be skipped.") if self._new
                        else translate("ui.settings.model_edit_dialog", "{names} is already in the list."))
            else:
                note = (translate("ui.settings.model_edit_dialog", "{names} are already in the list and will be skipped.") if self._new
                        else translate("ui.settings.model_edit_dialog", "{names} are already in the list."))
            self.id_note.setText(note.format(names=names))
            self.id_note.show()
        else:
            self.id_note.clear()
            self.id_note.hide()

        several = len(tokens) > 1
        self.name_edit.setEnabled(not several)
        if several:
            self.name_edit.clear()
            self.name_edit.setPlaceholderText(translate("ui.settings.model_edit_dialog", "Each model is named after its ID"))
        else:
            self.name_edit.setPlaceholderText(model_entry(tokens[0]).name if tokens else translate("ui.settings.model_edit_dialog", "From the ID"))
        if not self._group_touched:
            groups = list(dict.fromkeys(model_entry(t).group for t in tokens))
            self.group_edit.setText(groups[0] if len(groups) == 1 else "")
            self.group_edit.setPlaceholderText(
                translate("ui.settings.model_edit_dialog", "Each model's owner") if len(groups) > 1 else translate("ui.settings.model_edit_dialog", "From the ID (the owner)")
            )
        if not self._task_touched and tokens:
            self._select_task(model_entry(tokens[0]).task)
        self._refresh_caps()

        count = len(self._new)
        self.ok_button.setText(translate("ui.settings.model_edit_dialog", "Add") if count <= 1 else translate("ui.settings.model_edit_dialog", "Add %n model(s)", "", count))
        self._set_ok(bool(self._new) and not invalid)
        self._fit()

    def _fit(self) -> None:
        """Grow or shrink to the messages shown (word-wrapped labels change height)."""
        layout = self.layout()
        if layout is None or not self.isVisible():
            return
        layout.activate()
        width = max(self.width(), layout.minimumSize().width())
        height = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else self.sizeHint().height()
        if height > 0 and height != self.height():
            self.resize(width, height)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit()

    def _set_ok(self, enabled: bool) -> None:
        self.ok_button.setEnabled(enabled)

    # -- saving -------------------------------------------------------------

    def entries(self) -> list[ModelEntry]:
        """What pressing Add/Save would store."""
        task = self.task() if self._task_touched else ""
        group = self.group_edit.text().strip() if self._group_touched else ""
        if self._editing and self._entry is not None:
            return [model_entry(self._entry.id, name=self.name_edit.text(), task=self.task(),
                                group=group, overrides=self._overrides)]
        several = len(self._new) > 1
        name = "" if several else self.name_edit.text()
        return [model_entry(i, name=name, task=task, group=group, overrides=self._overrides)
                for i in self._new]

    def accept(self) -> None:
        if not self.ok_button.isEnabled():
            return
        try:
            if self._editing:
                entry = self.entries()[0]
                self._services.config.update_model(self._provider_id, entry)
                done, skipped = [entry.id], []
            else:
                entries = self.entries()
                done = self._services.config.add_models(self._provider_id, entries)
                skipped = [i for i in self._valid if i not in done]
        except (ValueError, OSError) as exc:
            self.error.setText(user_message(exc))
            self.error.show()
            self._fit()
            return
        self.saved.emit(done, skipped)
        super().accept()
