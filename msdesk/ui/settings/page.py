"""Settings → Model providers: the provider list on the left, the selected provider on the right.

``SettingsPage(services)`` is what the main window shows; ``select_provider``
and ``focus_first_token`` take the user straight to a provider (the latter
to the field where the first token goes). "Network" under the list shows the
network settings (``show_network``) in place of the provider.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from msdesk.core.i18n import translate
from msdesk.ui.settings.fallback_section import FallbackSection
from msdesk.ui.settings.network_section import NetworkSection
from msdesk.ui.settings.provider_list import ProviderList
from msdesk.ui.settings.provider_panel import CONTENT_MAX_WIDTH, PANEL_MARGIN, ProviderPanel
from msdesk.ui.theme import notifier, scaled, themed
from msdesk.ui.widgets.colors import ACCENT, ERROR_COLOR, OK_COLOR, WARN_COLOR

if TYPE_CHECKING:
    from msdesk.core.services import Services
    from msdesk.ui.settings.general_section import GeneralSection

LIST_WIDTH = 284
#: The provider list gives up width to the provider's settings in a narrow window.
LIST_MIN_WIDTH = 200
LIST_BUTTON_INSET = 10  # px: the margin on each side of the buttons under the list

STYLE = f"""
#settingsPage {{ background: palette(window); }}
#providerListColumn {{ background: palette(alternate-base); }}
#providerPaneTitle {{ font-size: 16px; font-weight: 600; padding: 2px 4px 0 4px; }}
#providerSearch {{ padding: 5px 6px; border: 1px solid palette(mid); border-radius: 7px; background: palette(base); }}
#providerSearch:focus {{ border-color: {ACCENT}; }}
#providerList {{ background: transparent; outline: none; }}
#providerSearchEmpty {{ color: palette(placeholder-text); padding: 12px; }}
#addProviderButton {{
    padding: 6px 10px; border: 1px dashed palette(mid); border-radius: 7px; background: transparent;
}}
#addProviderButton:hover {{ border-color: {ACCENT}; color: {ACCENT}; }}
#settingsDivider {{ background: palette(midlight); }}

#providerPanelContent {{ background: palette(window); }}
#providerName {{ font-size: 20px; font-weight: 600; }}
#providerSubtitle {{ color: palette(placeholder-text); }}
#providerEnabledText {{ color: palette(placeholder-text); }}
#panelRule {{ background: palette(midlight); border: none; }}
QLabel[role="sectionTitle"] {{ font-size: 15px; font-weight: 600; padding: 4px 0 0 0; margin: 0; }}
QLabel[role="hint"] {{ color: palette(placeholder-text); }}

#keychainBanner {{ background: #fff4d6; border: 1px solid #e8cf86; border-radius: 8px; }}
#keychainBanner QLabel {{ color: #5b4500; }}
#tokensError, #apiHostError, #tokenFormError, #providerDialogError, #checkDialogError {{
    color: {ERROR_COLOR};
}}
#tokenFormatWarning, #apiHostInsecure {{ color: {WARN_COLOR}; }}
#apiHostInsecure {{ background: #fff4d6; border-radius: 6px; padding: 6px 8px; }}
#tokenList {{ border: 1px solid palette(mid); border-radius: 8px; background: palette(base); }}
#tokenRow[divided="true"] {{ border-top: 1px solid palette(midlight); }}
#tokenLabel {{ font-weight: 600; }}
#tokenBadge {{
    color: {ACCENT}; border: 1px solid {ACCENT}; border-radius: 8px; padding: 0 6px; font-size: 11px;
}}
#tokenValue {{ font-family: monospace; color: palette(placeholder-text); }}
#copiedNote {{ color: {OK_COLOR}; font-size: 12px; }}
#checkStatus {{ color: palette(placeholder-text); }}
#checkStatus[state="ok"] {{ color: {OK_COLOR}; }}
#checkStatus[state="error"] {{ color: {ERROR_COLOR}; }}
#firstTokenForm {{ border: 1px dashed palette(mid); border-radius: 10px; background: palette(base); }}
#firstTokenTitle {{ font-size: 14px; font-weight: 600; }}
#firstTokenHelp {{ color: palette(placeholder-text); }}
#undoBar {{ background: palette(alternate-base); border: 1px solid palette(mid); border-radius: 8px; }}
#apiHostPreview {{ font-family: monospace; }}
#tokensLoading {{ color: palette(placeholder-text); }}
#networkNavButton {{ text-align: left; padding: 7px 10px; border: none; border-radius: 7px; background: transparent; }}
#networkNavButton:hover {{ color: {ACCENT}; }}
#networkNavButton:checked {{ background: palette(base); font-weight: 600; }}
#generalNavButton {{ text-align: left; padding: 7px 10px; border: none; border-radius: 7px; background: transparent; }}
#generalNavButton:hover {{ color: {ACCENT}; }}
#generalNavButton:checked {{ background: palette(base); font-weight: 600; }}
"""


class SettingsPage(QWidget):
    """The model provider settings, as the main window shows them."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsPage")
        self.setAccessibleName(translate("ui.settings.page", "Model provider settings"))
        self.setStyleSheet(themed(STYLE))
        self._services = services

        self.list = ProviderList(services)
        self.panel = ProviderPanel(services)
        self.network = NetworkSection(services)
        self.fallback = FallbackSection(services)
        network_page = QWidget(objectName="networkPage")
        # As wide as a provider's column (and its margins): wide windows get no 1500 px fields.
        network_page.setMaximumWidth(CONTENT_MAX_WIDTH + 2 * PANEL_MARGIN)
        network_page_layout = QVBoxLayout(network_page)
        network_page_layout.setContentsMargins(0, 0, 0, 0)
        network_page_layout.addWidget(self.network)
        network_page_layout.addWidget(self.fallback)
        network_page_layout.addStretch(1)
        network_scroll = QScrollArea(objectName="networkScroll")
        network_scroll.setWidgetResizable(True)
        network_scroll.setFrameShape(QFrame.Shape.NoFrame)
        network_scroll.setWidget(network_page)
        self.stack = QStackedWidget(objectName="settingsStack")
        self.stack.addWidget(self.panel)
        self.stack.addWidget(network_scroll)
        self.network_button = QPushButton(translate("ui.settings.page", "Network && failover"), objectName="networkNavButton")
        self.network_button.setCheckable(True)
        self.network_button.setAccessibleName(translate("ui.settings.page", "Network settings"))
        self.network_button.setToolTip(translate(
            "ui.settings.page",
            "Timeouts and proxy for every provider, and where requests go when the quota is spent",
        ))
        self.network_button.clicked.connect(self.show_network)
        # Settings → General is built on its first visit: its language list names each language
        # in its own script, and measuring 简体中文 loads a Chinese font (some 3 MB) that the
        # rest of an English or Russian window never needs.
        self._general: GeneralSection | None = None
        general_scroll = QScrollArea(objectName="generalScroll")
        general_scroll.setWidgetResizable(True)
        general_scroll.setFrameShape(QFrame.Shape.NoFrame)
        general_page = QWidget(objectName="generalPage")
        self._general_layout = general_page_layout = QVBoxLayout(general_page)
        general_page_layout.setContentsMargins(0, 0, 0, 0)
        general_page_layout.addStretch(1)
        general_scroll.setWidget(general_page)
        self.stack.addWidget(general_scroll)
        self.general_button = QPushButton(
            translate("ui.settings.page", "General"), objectName="generalNavButton"
        )
        self.general_button.setCheckable(True)
        self.general_button.setAccessibleName(translate("ui.settings.page", "General settings"))
        self.general_button.setToolTip(translate("ui.settings.page", "Language, theme and text size"))
        self.general_button.clicked.connect(self.show_general)

        left = QWidget(objectName="providerListColumn")
        left.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        left.setFixedWidth(scaled(LIST_WIDTH))
        self._left = left
        notifier().changed.connect(self._fit_list)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.setSpacing(0)
        title = QLabel(translate("ui.settings.page", "Model providers"), objectName="providerPaneTitle")
        title.setWordWrap(True)  # a long name (Russian) goes onto two lines in a narrow list
        title_box = QWidget(objectName="providerListHeader")
        title_layout = QVBoxLayout(title_box)
        title_layout.setContentsMargins(10, 16, 10, 0)
        title_layout.addWidget(title)
        left_layout.addWidget(title_box)
        left_layout.addWidget(self.list, 1)
        network_box = QWidget(objectName="networkNavBox")
        network_layout = QVBoxLayout(network_box)
        network_layout.setContentsMargins(10, 0, 10, 10)
        network_layout.addWidget(self.general_button)
        network_layout.addWidget(self.network_button)
        left_layout.addWidget(network_box)

        divider = QFrame(objectName="settingsDivider")
        divider.setFixedWidth(1)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(left)
        layout.addWidget(divider)
        layout.addWidget(self.stack, 1)

        self.list.currentChanged.connect(self.panel.set_provider)
        self.list.currentChanged.connect(self.show_providers)
        self.list.list.itemClicked.connect(self.show_providers)
        self.panel.enabledToggled.connect(self.list.set_enabled)
        self.panel.editRequested.connect(self.list.edit_provider)
        self.panel.deleteRequested.connect(self.list.delete_provider)
        self.panel.tokenCountChanged.connect(self.list.set_token_count)

        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(self.focus_search)

        current = self.list.current_id()
        if current:
            self.panel.set_provider(current)
        self.list.load_token_counts()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_list()

    def _fit_list(self) -> None:
        """The list a quarter of the page, between LIST_MIN_WIDTH and LIST_WIDTH at the text size
        in use (and as wide as its buttons' names)."""
        names = max(button.sizeHint().width() for button in (self.list.add_button, self.network_button))
        least = max(LIST_MIN_WIDTH, min(names + 2 * LIST_BUTTON_INSET, scaled(LIST_WIDTH)))
        self._left.setFixedWidth(max(least, min(scaled(LIST_WIDTH), self.width() // 4)))

    def select_provider(self, provider_id: str) -> None:
        """Show ``provider_id`` (the search is cleared if it hid it); unknown IDs are ignored."""
        if not self.list.select(provider_id):
            return
        self.show_providers()
        if self.panel.provider_id != provider_id:
            self.panel.set_provider(provider_id)

    def focus_first_token(self, provider_id: str = "modelscope") -> None:
        """Select the provider and put the keyboard in its token field."""
        self.select_provider(provider_id)
        self.panel.focus_first_token()

    def work_in_progress(self) -> str:
        """What would be lost by quitting now (the main window asks before closing)."""
        checks = getattr(self.panel.tokens, "_checks", None)
        if checks is not None and checks.busy:
            return translate("ui.settings.page", "a token check is running")
        return ""

    def show_network(self) -> None:
        """Show the network settings in place of the provider."""
        self.stack.setCurrentIndex(1)
        self.network_button.setChecked(True)
        self.general_button.setChecked(False)

    @property
    def general(self) -> GeneralSection:
        """Settings → General, built on first use."""
        if self._general is None:
            from msdesk.ui.settings.general_section import GeneralSection

            self._general = GeneralSection(self._services)
            self._general_layout.insertWidget(0, self._general)
        return self._general

    def show_general(self) -> None:
        """Show Settings → General (language, theme, text size) in place of the provider."""
        self.general  # noqa: B018 (built on the first visit)
        self.stack.setCurrentIndex(2)
        self.general_button.setChecked(True)
        self.network_button.setChecked(False)

    def show_providers(self, *_args: object) -> None:
        self.stack.setCurrentIndex(0)
        self.network_button.setChecked(False)
        self.general_button.setChecked(False)

    def focus_search(self) -> None:
        self.list.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.list.search.selectAll()
