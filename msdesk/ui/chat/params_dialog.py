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
        self.setWindowTitle("Conversation parameters")
        layout = QVBoxLayout(self)
        if model:
            note = QLabel(f"For this conversation only (model: {model}).", self)
            note.setStyleSheet("color: #6a737d;")
            layout.addWidget(note)
        form = QFormLayout()
        self.system = QPlainTextEdit(self, objectName="systemPrompt")
        self.system.setPlaceholderText("Optional instructions sent before the conversation")
        self.system.setPlainText(params.system_prompt)
        self.system.setMinimumHeight(90)
        form.addRow("System prompt", self.system)

        temperature = QDoubleSpinBox(self, objectName="temperature")
        temperature.setRange(0.0, 2.0)
        temperature.setSingleStep(0.1)
        temperature.setDecimals(2)
        temperature.setValue(0.7)
        self.temperature = _Optional(temperature, "Model default", self)
        self.temperature.set_value(params.temperature)
        form.addRow("Temperature", self.temperature)

        top_p = QDoubleSpinBox(self, objectName="topP")
        top_p.setRange(0.0, 1.0)
        top_p.setSingleStep(0.05)
        top_p.setDecimals(2)
        top_p.setValue(0.9)
        self.top_p = _Optional(top_p, "Model default", self)
        self.top_p.set_value(params.top_p)
        form.addRow("Top p", self.top_p)

        max_tokens = QSpinBox(self, objectName="maxTokens")
        max_tokens.setRange(1, 1_000_000)
        max_tokens.setValue(2048)
        self.max_tokens = _Optional(max_tokens, "Model default", self)
        self.max_tokens.set_value(params.max_tokens)
        form.addRow("Max tokens", self.max_tokens)

        context = QSpinBox(self, objectName="contextMessages")
        context.setRange(0, 10_000)
        context.setValue(20)
        context.setToolTip("How many earlier messages go with each new one (0: none)")
        self.context = _Optional(context, "All", self)
        self.context.set_value(params.context_messages)
        form.addRow("Earlier messages sent", self.context)
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
