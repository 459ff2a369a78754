"""The parameters of one conversation: system prompt, temperature, top_p, max tokens, context.

Each number can be left at "model default", in which case it is not sent.
The dialog is not modal to the loop (``open()``, never ``exec()``).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from msdesk.core.history import ConversationParams
from msdesk.core.i18n import translate
from msdesk.ui.theme import themed


class _Optional(QWidget):
    """A spin box with a "Model default" check box that leaves the value unsent."""

    def __init__(self, spin: QSpinBox | QDoubleSpinBox, default_text: str, parent: QWidget) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.spin = spin
        self.default = QCheckBox(default_text, self)
        self.default.toggled.connect(lambda checked: self.spin.setEnabled(not checked))
        layout.addWidget(self.spin)
        layout.addWidget(self.default)
        layout.addStretch(1)

    def value(self) -> float | int | None:
        return None if self.default.isChecked() else self.spin.value()

    def set_value(self, value: float | int | None) -> None:
        self.default.setChecked(value is None)
        self.spin.setEnabled(value is not None)
        if value is not None:
            self.spin.setValue(value)


class ParamsDialog(QDialog):
    """Edit a ``ConversationParams``; ``accepted_params`` carries the result."""

    accepted_params = Signal(object)

    def __init__(self, params: ConversationParams, parent: QWidget | None = None, *, model: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("paramsDialog")
        self.setWindowTitle(translate("ui.chat.params_dialog", "Conversation parameters"))
        layout = QVBoxLayout(self)
        if model:
            note = QLabel(translate("ui.chat.params_dialog", "For this conversation only (model: {model}).").format(model=model), self)
            note.setStyleSheet(themed("color: #6a737d;"))
            layout.addWidget(note)
        form = QFormLayout()
        self.system = QPlainTextEdit(self, objectName="systemPrompt")
        self.system.setPlaceholderText(translate("ui.chat.params_dialog", "Optional instructions sent before the conversation"))
        self.system.setPlainText(params.system_prompt)
        self.system.setMinimumHeight(90)
        self.system.setTabChangesFocus(True)  # Tab goes on to the next field, as in a form
        form.addRow(translate("ui.chat.params_dialog", "System prompt"), self.system)

        def number(name: str, label: str, value: float | int | None, low: float, high: float, start: float,
                   *, step: float | None = None, default_text: str = "", tip: str = "") -> _Optional:
            spin: QSpinBox | QDoubleSpinBox
            if step is None:
                spin = QSpinBox(self, objectName=name)
                spin.setRange(int(low), int(high))
                spin.setValue(int(start))
            else:
                spin = QDoubleSpinBox(self, objectName=name)
                spin.setRange(low, high)
                spin.setSingleStep(step)
                spin.setDecimals(2)
                spin.setValue(start)
            if tip:
                spin.setToolTip(tip)
            row = _Optional(spin, default_text or translate("ui.chat.params_dialog", "Model default"), self)
            # Each row has its own check box: a screen reader says whose it is.
            row.default.setAccessibleName(translate("ui.chat.params_dialog", "{setting}: {choice}").format(
                setting=label, choice=row.default.text()))
            row.set_value(value)
            form.addRow(label, row)
            return row

        self.temperature = number("temperature", translate("ui.chat.params_dialog", "Temperature"), params.temperature, 0.0, 2.0, 0.7, step=0.1)
        self.top_p = number("topP", translate("ui.chat.params_dialog", "Top p"), params.top_p, 0.0, 1.0, 0.9, step=0.05)
        self.max_tokens = number("maxTokens", translate("ui.chat.params_dialog", "Max tokens"), params.max_tokens, 1, 1_000_000, 2048)
        self.context = number(
            "contextMessages", translate("ui.chat.params_dialog", "Earlier messages sent"), params.context_messages, 0, 10_000, 20,
            default_text=translate("ui.chat.params_dialog", "All"),
            tip=translate("ui.chat.params_dialog", "How many earlier messages go with each new one (0: none)"),
        )
        layout.addLayout(form)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._thinking = params.enable_thinking

    def params(self) -> ConversationParams:
        temperature = self.temperature.value()
        top_p = self.top_p.value()
        max_tokens = self.max_tokens.value()
        context = self.context.value()
        return ConversationParams(
            system_prompt=self.system.toPlainText().strip(),
            temperature=float(temperature) if temperature is not None else None,
            top_p=float(top_p) if top_p is not None else None,
            max_tokens=int(max_tokens) if max_tokens is not None else None,
            context_messages=int(context) if context is not None else None,
            enable_thinking=self._thinking,
        )

    def _accept(self) -> None:
        self.accepted_params.emit(self.params())
        self.accept()
