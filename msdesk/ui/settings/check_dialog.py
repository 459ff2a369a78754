"""Which model to check tokens with, and the plain statement that a check costs a call."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from msdesk.core.i18n import translate
from msdesk.ui.widgets.fit import fit_height

if TYPE_CHECKING:
    from msdesk.core.providers import Provider
    from msdesk.core.settings import ModelEntry


class CheckDialog(QDialog):
    """Which model to check with, and the plain statement that it costs a call."""

    chosen = Signal(str)

    def __init__(self, provider: Provider, models: list[ModelEntry], default: str | None,
                 labels: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkDialog")
        self.labels = list(labels)
        many = len(labels) > 1
        self.setWindowTitle(
            translate("ui.settings.check_dialog", "Check all tokens") if many
            else translate("ui.settings.check_dialog", "Check token")
        )
        self.setMinimumWidth(460)

        count = len(labels)
        if many:
            what = translate(
                "ui.settings.check_dialog",
                "Checks %n token(s) of {provider} with one tiny chat request each.", "", count,
            ).format(provider=provider.name)
        else:
            what = translate(
                "ui.settings.check_dialog",
                "Checks the token “{label}” with one tiny chat request (one output token).",
            ).format(label=labels[0])
        if many and provider.is_modelscope:
            cost = translate(
                "ui.settings.check_dialog",
                "This costs one call of each token's daily quota. "
                "ModelScope's daily allowance resets at 00:00 UTC+8.",
            )
        elif many:
            cost = translate("ui.settings.check_dialog", "This costs one call of each token's daily quota.")
        elif provider.is_modelscope:
            cost = translate(
                "ui.settings.check_dialog",
                "This costs one call of the token's daily quota. "
                "ModelScope's daily allowance resets at 00:00 UTC+8.",
            )
        else:
            cost = translate("ui.settings.check_dialog", "This costs one call of the token's daily quota.")
        intro = QLabel(what, wordWrap=True, objectName="checkIntro")
        note = QLabel(cost, wordWrap=True, objectName="checkCostNote")
        note.setAccessibleName(translate("ui.settings.check_dialog", "Cost of the check"))

        self.combo = QComboBox(objectName="checkModelCombo")
        self.combo.setEditable(True)
        # Enter in the model field runs the check, as in any dialog.
        self.combo.lineEdit().returnPressed.connect(lambda: self.isVisible() and self.accept())
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.combo.setAccessibleName(translate("ui.settings.check_dialog", "Model to check with"))
        self.combo.setToolTip(translate("ui.settings.check_dialog", "Any chat model this provider serves; you can type a model ID"))
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(28)
        for entry in models:
            self.combo.addItem(entry.id, entry.id)
            self.combo.setItemData(self.combo.count() - 1, entry.name, Qt.ItemDataRole.ToolTipRole)
        if self.combo.lineEdit() is not None:
            self.combo.lineEdit().setPlaceholderText("owner/model-id")
        if default:
            index = self.combo.findText(default)
            if index >= 0:
                self.combo.setCurrentIndex(index)
            else:
                self.combo.setEditText(default)
        elif not models:
            self.combo.setEditText("")
        self.error = QLabel(objectName="checkDialogError", wordWrap=True)
        self.error.hide()
        if not models:
            self.error.setText(
                translate("ui.settings.check_dialog", "This provider has no chat model in its list: type a model ID.")
            )
            self.error.show()

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(translate("ui.settings.check_dialog", "&Model"), self.combo)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.check_button = buttons.addButton(
            translate("ui.settings.check_dialog", "Check all") if many
            else translate("ui.settings.check_dialog", "Check"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.check_button.setObjectName("checkConfirmButton")
        self.check_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(10)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addSpacing(4)
        layout.addWidget(buttons)
        self.combo.setFocus()

    def model(self) -> str:
        return self.combo.currentText().strip()

    def accept(self) -> None:
        model = self.model()
        if not model:
            self.error.setText(translate("ui.settings.check_dialog", "Pick or type the model to check with."))
            self.error.show()
            fit_height(self)
            return
        self.chosen.emit(model)
        super().accept()
