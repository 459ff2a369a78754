"""Settings → Network & failover: where a request goes when every token of its provider is spent.

One rule for any model ("*"): a provider and a model, e.g. Alibaba Cloud
Bailian ``qwen-plus``. Rules for single models can be written in the settings
file (``fallbacks`` by model ID) and are listed here. Saved at once.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from msdesk.core.i18n import translate
from msdesk.core.known_models import CHAT_TASKS
from msdesk.core.settings import FallbackRule, Settings
from msdesk.ui.theme import themed

ANY_MODEL = "*"


class FallbackSection(QWidget):
    """Signals: saved(): the rule was written to the settings file."""

    saved = Signal()

    def __init__(self, services: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fallbackSection")
        self.setAccessibleName(translate("ui.settings.fallback_section", "Failover when the quota is spent"))
        self._services = services
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 8, 28, 16)
        title = QLabel(translate("ui.settings.fallback_section", "When every token is spent"), self, objectName="fallbackTitle", wordWrap=True)
        title.setStyleSheet(themed("font-size: 16px; font-weight: 600;"))
        layout.addWidget(title)
        note = QLabel(
            translate("ui.settings.fallback_section", "A request that gets 429 goes to the next token of the same provider that has calls "
                      "left. When none has, it goes here (only before the answer starts; the usage line "
                      "says who answered). Without a fallback you see when the quota comes back."),
            self,
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # narrow: the label above its box
        self.provider_box = QComboBox(self, objectName="fallbackProvider")
        self.provider_box.setAccessibleName(translate("ui.settings.fallback_section", "Fallback provider"))
        self.model_box = QComboBox(self, objectName="fallbackModel")
        self.model_box.setEditable(True)
        self.model_box.setAccessibleName(translate("ui.settings.fallback_section", "Fallback model"))
        form.addRow(translate("ui.settings.fallback_section", "Fallback provider"), self.provider_box)
        form.addRow(translate("ui.settings.fallback_section", "Fallback model"), self.model_box)
        layout.addLayout(form)
        self.others = QLabel(self, objectName="fallbackPerModel")
        self.others.setWordWrap(True)
        layout.addWidget(self.others)
        self.status = QLabel(self, objectName="fallbackStatus")
        layout.addWidget(self.status)
        self._loading = False
        self._fill()
        self.provider_box.activated.connect(self._provider_chosen)
        self.model_box.activated.connect(lambda _i: self._save())
        line = self.model_box.lineEdit()
        if line is not None:
            line.editingFinished.connect(self._save)

    def _fill(self) -> None:
        self._loading = True
        try:
            settings: Settings = self._services.settings
            rule = settings.fallbacks.get(ANY_MODEL)
            self.provider_box.clear()
            self.provider_box.addItem(translate("ui.settings.fallback_section", "No fallback"), None)
            for provider in self._services.providers.all():
                if provider.enabled:
                    self.provider_box.addItem(provider.name, provider.id)
            index = self.provider_box.findData(rule.provider_id) if rule else 0
            self.provider_box.setCurrentIndex(max(0, index))
            self._fill_models(rule.model if rule else None)
            others = [f"{model} → {r.provider_id} {r.model}" for model, r in settings.fallbacks.items()
                      if model != ANY_MODEL]
            self.others.setText(translate("ui.settings.fallback_section", "Per model: {rules}").format(rules="; ".join(others))
                                if others else "")
            self.others.setVisible(bool(others))
        finally:
            self._loading = False

    def _fill_models(self, current: str | None) -> None:
        self.model_box.clear()
        provider_id = self.provider_box.currentData()
        self.model_box.setEnabled(provider_id is not None)
        if provider_id is None:
            return
        for entry in self._services.config.models(provider_id):
            if entry.task in CHAT_TASKS:
                self.model_box.addItem(entry.id)
        if current:
            index = self.model_box.findText(current)
            if index < 0:
                self.model_box.addItem(current)
                index = self.model_box.count() - 1
            self.model_box.setCurrentIndex(index)

    def _provider_chosen(self, _index: int) -> None:
        self._fill_models(None)
        self._save()

    def rule(self) -> FallbackRule | None:
        provider_id = self.provider_box.currentData()
        model = self.model_box.currentText().strip()
        if provider_id is None or not model:
            return None
        return FallbackRule(provider_id=provider_id, model=model)

    def _save(self) -> None:
        if self._loading:
            return
        rule = self.rule()

        def change(settings: Settings) -> None:
            if rule is None:
                settings.fallbacks.pop(ANY_MODEL, None)
            else:
                settings.fallbacks[ANY_MODEL] = rule

        try:
            self._services.settings_store.update(change)
        except Exception as exc:  # a full disk: say so, keep the choice on screen
            self.status.setText(translate("ui.settings.fallback_section", "Could not save: {reason}").format(reason=exc))
            return
        self.status.setText(
            translate("ui.settings.fallback_section", "Saved: spent quota goes to {model} ({provider}).").format(
                model=rule.model, provider=self.provider_box.currentText()) if rule
            else translate("ui.settings.fallback_section", "Saved: no fallback; a spent quota shows when it comes back.")
        )
        self.saved.emit()
