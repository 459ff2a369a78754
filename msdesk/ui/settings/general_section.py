"""Settings → General: the language, the theme and the text size.

Each choice is saved at once through ``services.settings_store.update``. The
theme and the text size apply live (:mod:`msdesk.ui.theme`); the language
applies at the next start, so a changed language offers "Restart now".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from msdesk import translations
from msdesk.core import i18n
from msdesk.core.appearance import FONT_SCALES, AppearanceSettings
from msdesk.core.i18n import translate
from msdesk.core.settings import Settings
from msdesk.ui import theme
from msdesk.ui.async_task import user_message
from msdesk.ui.settings.provider_panel import hint_label, section_title
from msdesk.ui.theme import themed
from msdesk.ui.widgets.colors import ERROR_COLOR

if TYPE_CHECKING:
    from collections.abc import Callable

    from msdesk.core.services import Services

STYLE = f"#generalError {{ color: {ERROR_COLOR}; }}"


def theme_names() -> dict[str, str]:
    return {
        "system": translate("ui.settings.general_section", "System"),
        "light": translate("ui.settings.general_section", "Light"),
        "dark": translate("ui.settings.general_section", "Dark"),
    }


class GeneralSection(QWidget):
    """The language, theme and text size choices.

    Signals:
        saved: a choice was written to the settings file.
    """

    saved = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("generalSection")
        self.setStyleSheet(themed(STYLE))
        self._services = services
        appearance = services.settings.appearance
        # The language the window shows now (chosen at start).
        self.running_language = i18n.language()

        self.language_combo = QComboBox(objectName="languageCombo")
        system = translations.system_language()
        self.language_combo.addItem(
            translate("ui.settings.general_section", "System ({language})").format(
                language=translations.LANGUAGE_NAMES[system]
            ),
            "system",
        )
        for code, name in translations.LANGUAGE_NAMES.items():
            self.language_combo.addItem(name, code)
        self.language_combo.setAccessibleName(translate("ui.settings.general_section", "Language"))

        self.restart_note = hint_label(
            translate("ui.settings.general_section", "The new language is shown after a restart."),
            "restartNote",
        )
        self.restart_note.setWordWrap(True)  # beside its button; on two lines where room is short
        self.restart_button = QPushButton(
            translate("ui.settings.general_section", "Restart now"), objectName="restartButton"
        )
        self.restart_button.setToolTip(
            translate("ui.settings.general_section", "Close msdesk and start it again")
        )
        self.restart_button.clicked.connect(self.restart)
        restart_row = self._restart_row = QWidget(objectName="restartRow")
        restart_layout = QHBoxLayout(restart_row)
        restart_layout.setContentsMargins(0, 0, 0, 0)
        restart_layout.addWidget(self.restart_note, 1)
        restart_layout.addWidget(self.restart_button)

        self.theme_combo = QComboBox(objectName="themeCombo")
        for key, name in theme_names().items():
            self.theme_combo.addItem(name, key)
        self.theme_combo.setAccessibleName(translate("ui.settings.general_section", "Theme"))

        self.scale_combo = QComboBox(objectName="fontScaleCombo")
        for percent in FONT_SCALES:
            self.scale_combo.addItem(
                translate("ui.settings.general_section", "{percent} %").format(percent=percent), percent
            )
        self.scale_combo.setAccessibleName(translate("ui.settings.general_section", "Text size"))

        self.error = QLabel(objectName="generalError", wordWrap=True)
        self.error.hide()

        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self._form = form
        form.addRow(translate("ui.settings.general_section", "Language"), self.language_combo)
        form.addRow("", restart_row)
        form.addRow(translate("ui.settings.general_section", "Theme"), self.theme_combo)
        form.addRow(translate("ui.settings.general_section", "Text size"), self.scale_combo)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 12)
        layout.setSpacing(10)
        layout.addWidget(section_title(translate("ui.settings.general_section", "General"), "generalTitle"))
        layout.addWidget(
            hint_label(
                translate(
                    "ui.settings.general_section",
                    "The theme and the text size change at once; the language at the next start.",
                ),
                "generalHint",
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.error)

        self._select(self.language_combo, appearance.language)
        self._select(self.theme_combo, appearance.theme)
        self._select(self.scale_combo, appearance.font_scale)
        self._update_restart()
        self.language_combo.currentIndexChanged.connect(self._language_chosen)
        self.theme_combo.currentIndexChanged.connect(self._theme_chosen)
        self.scale_combo.currentIndexChanged.connect(self._scale_chosen)

    @staticmethod
    def _select(combo: QComboBox, value: object) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(index if index >= 0 else 0)

    def _language_chosen(self) -> None:
        language = self.language_combo.currentData()
        self._save(lambda s: setattr(s.appearance, "language", language))
        self._update_restart()

    def _theme_chosen(self) -> None:
        choice = self.theme_combo.currentData()
        if self._save(lambda s: setattr(s.appearance, "theme", choice)):
            theme.apply_theme(choice)

    def _scale_chosen(self) -> None:
        percent = self.scale_combo.currentData()
        if self._save(lambda s: setattr(s.appearance, "font_scale", percent)):
            theme.apply_font_scale(percent)

    def _update_restart(self) -> None:
        chosen = translations.resolve(self.language_combo.currentData())
        pending = chosen != self.running_language
        self.restart_note.setVisible(pending)
        self.restart_button.setVisible(pending)
        self._form.setRowVisible(self._restart_row, pending)  # no empty gap when hidden

    @property
    def appearance(self) -> AppearanceSettings:
        return self._services.settings.appearance

    def restart(self) -> None:
        """Close the app as the user would, and start it again."""
        from msdesk.ui import restart

        window = self.window()
        if hasattr(window, "closing"):
            restart.request(window)  # type: ignore[arg-type]  # the main window

    def _save(self, change: Callable[[Settings], None]) -> bool:
        try:
            self._services.settings_store.update(change)
        except Exception as exc:
            self.error.setText(
                translate("ui.settings.general_section", "Not saved: {reason}").format(reason=user_message(exc))
            )
            self.error.show()
            return False
        self.error.hide()
        self.saved.emit()
        return True
