"""The right side of Settings → Model providers: everything about one provider.

Header (name, on/off, region, edit/delete for custom providers), tokens, the
API host with a live preview of the final URL, the provider's links, and its
model list. Every change is saved at once through ``services.config``.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from msdesk.core.changes import Change, Notice
from msdesk.core.i18n import translate
from msdesk.ui.async_task import user_message
from msdesk.ui.change_relay import ChangeRelay
from msdesk.ui.icons import follow_text_size, line_icon
from msdesk.ui.models.flow_layout import FlowLayout
from msdesk.ui.settings.provider_list import kind_label
from msdesk.ui.settings.tokens import TokensSection
from msdesk.ui.theme import notifier, scaled
from msdesk.ui.widgets.avatar import avatar_pixmap
from msdesk.ui.widgets.elided import ElidedLabel
from msdesk.ui.widgets.links import link_label
from msdesk.ui.widgets.switch import Switch

if TYPE_CHECKING:
    from PySide6.QtGui import QResizeEvent

    from msdesk.core.providers import Provider
    from msdesk.core.services import Services

log = logging.getLogger(__name__)

CONTENT_MAX_WIDTH = 1200
#: px: left and right of the column.
PANEL_MARGIN = 20
PANEL_MIN_MARGIN = 4  # px: the least room beside the column
AVATAR_SIZE = 40  # px at a text size of 100 %


def section_title(text: str, object_name: str) -> QLabel:
    label = QLabel(text, objectName=object_name)
    label.setProperty("role", "sectionTitle")
    label.setIndent(0)
    label.setAccessibleName(text)
    return label


def hint_label(text: str, object_name: str) -> QLabel:
    label = QLabel(text, objectName=object_name, wordWrap=True)
    label.setProperty("role", "hint")
    return label


class ApiHostSection(QWidget):
    """The API host: validated on leaving the field, saved at once, with a live URL preview.

    Signals:
        saved(str): the provider whose API host changed.
    """

    saved = Signal(str)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("apiHostSection")
        self._services = services
        self.provider_id: str | None = None

        self.edit = QLineEdit(objectName="apiHostEdit")
        self.edit.setAccessibleName(translate("ui.settings.provider_panel", "API host"))
        self.edit.setToolTip(translate(
            "ui.settings.provider_panel",
            "The provider's OpenAI-compatible API address; saved when you leave the field",
        ))
        self.edit.setPlaceholderText("https://example.com/v1")
        self.edit.textChanged.connect(self._on_text_changed)
        self.edit.editingFinished.connect(self.commit)
        revert = QAction(translate("ui.settings.provider_panel", "Revert"), self.edit)
        revert.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        revert.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        revert.triggered.connect(self.revert)
        self.edit.addAction(revert)

        self.reset_button = QPushButton(translate("ui.settings.provider_panel", "Reset"), objectName="apiHostReset")
        self.reset_button.setAccessibleName(translate("ui.settings.provider_panel", "Reset the API host"))
        self.reset_button.clicked.connect(self.reset)
        self.reset_button.hide()

        self.error = QLabel(objectName="apiHostError", wordWrap=True)
        self.error.setAccessibleName(translate("ui.settings.provider_panel", "API host error"))
        self.error.hide()

        caption = QLabel(translate("ui.settings.provider_panel", "Chat requests go to"), objectName="apiHostPreviewCaption")
        caption.setProperty("role", "hint")
        self.preview = ElidedLabel(objectName="apiHostPreview")
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        self.preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preview.setAccessibleName(translate("ui.settings.provider_panel", "Chat URL preview"))
        self.preview.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.hint = hint_label(
            translate(
                "ui.settings.provider_panel",
                "msdesk adds /chat/completions to this address. End it with # to use the "
                "address exactly as written for chat; the model list, embeddings and images "
                "then go to it without its /chat/completions.",
            ),
            "apiHostHint",
        )
        self.insecure = QLabel(
            translate(
                "ui.settings.provider_panel",
                "⚠ Plain http to another computer: your token would travel unencrypted. "
                "Use https unless this is a network you trust.",
            ),
            objectName="apiHostInsecure",
            wordWrap=True,
        )
        self.insecure.setAccessibleName(translate("ui.settings.provider_panel", "Unencrypted connection warning"))
        self.insecure.hide()
        self.env_note = hint_label("", "apiHostEnvNote")
        self.env_note.hide()

        row = QHBoxLayout()
        row.setSpacing(8)
        row.addWidget(self.edit, 1)
        row.addWidget(self.reset_button)
        preview_row = QHBoxLayout()
        preview_row.setSpacing(6)
        preview_row.addWidget(caption)
        preview_row.addWidget(self.preview, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(self.insecure)
        layout.addLayout(preview_row)
        layout.addWidget(self.hint)
        layout.addWidget(self.env_note)

    def saved_value(self) -> str:
        """The API host as stored (the user's override, else the provider's own)."""
        assert self.provider_id is not None
        provider = self._services.config.get(self.provider_id)
        stored = self._services.settings.providers.get(self.provider_id)
        if provider.builtin and stored is not None and stored.api_base:
            return stored.api_base
        return provider.api_base

    def set_provider(self, provider_id: str) -> None:
        self.provider_id = provider_id
        self.error.hide()
        self.edit.setText(self.saved_value())
        self.edit.setCursorPosition(0)
        self._update_reset()

    def _update_reset(self) -> None:
        """Reset shows while the field or the saved host differs from the provider's default."""
        if self.provider_id is None:
            return
        config = self._services.config
        provider = config.get(self.provider_id)
        default = config.default_api_base(self.provider_id)
        differs = provider.builtin and self.saved_value() != default
        typed = provider.builtin and self.edit.text().strip() != default
        self.reset_button.setVisible(differs or typed)
        self.reset_button.setToolTip(
            translate("ui.settings.provider_panel", "Go back to {address}").format(address=default)
        )
        pinned = provider.id == "modelscope" and self._services.env.get("MSDESK_API_BASE")
        if pinned:
            self.env_note.setText(translate(
                "ui.settings.provider_panel",
                "MSDESK_API_BASE is set, so msdesk uses {address} and ignores this setting.",
            ).format(address=pinned))
        self.env_note.setVisible(bool(pinned) and differs)

    def _on_text_changed(self, text: str) -> None:
        from msdesk.core.providers import api_root, chat_url, is_insecure_remote, validate_base_url

        self.error.hide()
        text = text.strip()
        try:
            validate_base_url(text)
        except ValueError as exc:
            # No URL for a host that cannot be used: say why instead.
            reason = str(exc)
            nowhere = translate("ui.settings.provider_panel", "nowhere: {reason}").format(
                reason=reason[:1].lower() + reason[1:]
            )
            self.preview.setText(nowhere if text else "—")
            self.preview.setToolTip("")
            self.insecure.hide()
        else:
            self.preview.setText(chat_url(text))
            self.preview.setToolTip(translate(
                "ui.settings.provider_panel", "{chat_url}\nOther calls: {root}/models, /embeddings, /images/…"
            ).format(chat_url=chat_url(text), root=api_root(text)))
            self.insecure.setVisible(is_insecure_remote(text))
        self._update_reset()

    def commit(self) -> bool:
        """Validate and save what is in the field; an error shows inline and nothing is saved."""
        from msdesk.core.providers import validate_base_url

        if self.provider_id is None:
            return False
        text = self.edit.text().strip()
        if text == self.saved_value():
            self.error.hide()
            return True
        try:
            validate_base_url(text)
            self._services.config.set_api_base(self.provider_id, text)
        except ValueError as exc:
            self.error.setText(translate(
                "ui.settings.provider_panel", "{error}. Not saved: fix it, or press Esc to go back."
            ).format(error=exc))
            self.error.show()
            return False
        except Exception as exc:
            self.error.setText(
                translate("ui.settings.provider_panel", "Not saved: {error}").format(error=user_message(exc))
            )
            self.error.show()
            return False
        self.error.hide()
        self._update_reset()
        self.saved.emit(self.provider_id)
        return True

    def revert(self) -> None:
        if self.provider_id is not None:
            self.edit.setText(self.saved_value())
            self.error.hide()

    def reset(self) -> None:
        if self.provider_id is None:
            return
        try:
            self._services.config.set_api_base(self.provider_id, None)
        except Exception as exc:
            self.error.setText(
                translate("ui.settings.provider_panel", "Could not reset: {error}").format(error=user_message(exc))
            )
            self.error.show()
            return
        self.set_provider(self.provider_id)
        self.saved.emit(self.provider_id)


class ProviderPanel(QScrollArea):
    """Everything about the selected provider, in one scrollable column.

    Signals:
        enabledToggled(str, bool): the header switch was flipped.
        editRequested(str) / deleteRequested(str): for custom providers.
        tokenCountChanged(str, int): after the tokens were (re)loaded.
    """

    enabledToggled = Signal(str, bool)
    editRequested = Signal(str)
    deleteRequested = Signal(str)
    tokenCountChanged = Signal(str, int)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("providerPanel")
        self.setAccessibleName(translate("ui.settings.provider_panel", "Provider settings"))
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # A narrow window scrolls sideways rather than hiding buttons.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self._services = services
        self.provider_id: str | None = None
        self._updating = False

        content = QWidget(objectName="providerPanelContent")
        self.setWidget(content)
        column = QWidget(objectName="providerPanelColumn")
        column.setMaximumWidth(CONTENT_MAX_WIDTH)
        outer = QHBoxLayout(content)
        outer.setContentsMargins(PANEL_MARGIN, 22, PANEL_MARGIN, 28)
        outer.addWidget(column, 1)
        self._outer, self._column = outer, column
        outer.addStretch(0)

        # -- header
        self.avatar = QLabel(objectName="providerAvatar")
        self.avatar.setFixedSize(QSize(scaled(AVATAR_SIZE), scaled(AVATAR_SIZE)))
        notifier().changed.connect(self.refresh_header)  # the avatar follows the text size
        self.name = ElidedLabel(objectName="providerName")
        self.name.setTextFormat(Qt.TextFormat.PlainText)
        self.name.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.subtitle = ElidedLabel(objectName="providerSubtitle")
        self.subtitle.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        names = QVBoxLayout()
        names.setSpacing(2)
        names.addWidget(self.name)
        names.addWidget(self.subtitle)

        self.edit_button = QToolButton(objectName="editProviderButton")
        self.edit_button.setIcon(line_icon("edit"))
        self.edit_button.setToolTip(translate("ui.settings.provider_panel", "Edit the name, address and type of this provider"))
        self.edit_button.setAccessibleName(translate("ui.settings.provider_panel", "Edit provider"))
        self.edit_button.setAutoRaise(True)
        follow_text_size(self.edit_button)
        self.edit_button.clicked.connect(lambda: self.editRequested.emit(self.provider_id or ""))
        self.delete_button = QToolButton(objectName="deleteProviderButton")
        self.delete_button.setIcon(line_icon("delete"))
        self.delete_button.setToolTip(translate("ui.settings.provider_panel", "Delete this provider"))
        self.delete_button.setAccessibleName(translate("ui.settings.provider_panel", "Delete provider"))
        self.delete_button.setAutoRaise(True)
        follow_text_size(self.delete_button)
        self.delete_button.clicked.connect(lambda: self.deleteRequested.emit(self.provider_id or ""))

        self.enabled_switch = Switch()
        self.enabled_switch.setObjectName("providerEnabledSwitch")
        self.enabled_switch.setAccessibleName(translate("ui.settings.provider_panel", "Provider on"))
        self.enabled_switch.setToolTip(translate("ui.settings.provider_panel", "Switch this provider on or off"))
        self.enabled_switch.toggled.connect(self._on_enabled_toggled)
        self.enabled_text = QLabel(objectName="providerEnabledText")
        self.enabled_text.setBuddy(self.enabled_switch)

        header = QHBoxLayout()
        header.setSpacing(12)
        header.addWidget(self.avatar)
        header.addLayout(names, 1)
        header.addWidget(self.edit_button)
        header.addWidget(self.delete_button)
        header.addSpacing(8)
        header.addWidget(self.enabled_text)
        header.addWidget(self.enabled_switch)

        self.region_row = QWidget(objectName="regionRow")
        region_layout = QHBoxLayout(self.region_row)
        region_layout.setContentsMargins(0, 0, 0, 0)
        region_layout.setSpacing(10)
        region_label = QLabel(translate("ui.settings.provider_panel", "&Region"), objectName="regionLabel")
        self.region_combo = QComboBox(objectName="regionCombo")
        self.region_combo.setAccessibleName(translate("ui.settings.provider_panel", "Region"))
        self.region_combo.setToolTip(translate(
            "ui.settings.provider_panel", "Which regional endpoint to use; keys work only in their own region"
        ))
        self.region_combo.currentIndexChanged.connect(self._on_region_changed)
        region_label.setBuddy(self.region_combo)
        region_layout.addWidget(region_label)
        region_layout.addWidget(self.region_combo)
        region_layout.addStretch(1)
        self.region_row.hide()

        # -- sections
        self.tokens = TokensSection(services)
        self.tokens.countChanged.connect(self.tokenCountChanged)
        ChangeRelay.of(services).changed.connect(self._on_notice)
        self.tokens_hint = hint_label("", "tokensHint")

        self.host = ApiHostSection(services)

        self.links_box = QWidget(objectName="providerLinks")
        self.links_box.setAccessibleName(translate("ui.settings.provider_panel", "Provider links"))
        # The links wrap onto more lines in a narrow window.
        self.links_layout = FlowLayout(self.links_box, spacing=18)
        self.links_title = section_title(translate("ui.settings.provider_panel", "Links"), "linksTitle")

        self.models = self._make_models_section()
        # The models section may bring its own "Models" header; then it is the heading.
        self.models_title = section_title(translate("ui.settings.provider_panel", "Models"), "modelsHeading")
        if self.models.findChild(QLabel, "modelsTitle") is not None:
            self.models_title.hide()

        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(header)
        layout.addWidget(self.region_row)
        layout.addSpacing(10)
        layout.addWidget(self._rule())
        layout.addSpacing(6)
        layout.addWidget(section_title(translate("ui.settings.provider_panel", "API tokens"), "tokensTitle"))
        layout.addWidget(self.tokens_hint)
        layout.addSpacing(2)
        layout.addWidget(self.tokens)
        layout.addSpacing(14)
        layout.addWidget(section_title(translate("ui.settings.provider_panel", "API host"), "apiHostTitle"))
        layout.addWidget(self.host)
        layout.addSpacing(14)
        layout.addWidget(self.links_title)
        layout.addWidget(self.links_box)
        layout.addSpacing(14)
        layout.addWidget(self.models_title)
        layout.addWidget(self.models)
        layout.addStretch(1)

    @staticmethod
    def _rule() -> QFrame:
        rule = QFrame(objectName="panelRule")
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setFixedHeight(1)
        return rule

    def _make_models_section(self) -> QWidget:
        try:
            from msdesk.ui.settings.models_section import ModelsSection
        except ImportError as exc:
            log.info("models section not available: %s", exc)
            placeholder = QLabel(
                translate("ui.settings.provider_panel", "The model list of this provider will show here."),
                objectName="modelsPlaceholder",
                wordWrap=True,
            )
            placeholder.setProperty("role", "hint")
            return placeholder
        section = ModelsSection(self._services, self)
        return section

    # -- provider --------------------------------------------------------------

    @property
    def provider(self) -> Provider:
        assert self.provider_id is not None
        return self._services.config.get(self.provider_id)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_margins()

    def _fit_margins(self) -> None:
        """Narrow sides where the column needs the room (a large text size in a small window)
        rather than a page that scrolls sideways."""
        spare = self.viewport().width() - self._column.minimumSizeHint().width()
        side = max(PANEL_MIN_MARGIN, min(PANEL_MARGIN, spare // 2))
        if self._outer.contentsMargins().left() != side:
            self._outer.setContentsMargins(side, 22, side, 28)

    def set_provider(self, provider_id: str) -> None:
        changed = provider_id != self.provider_id
        self.provider_id = provider_id
        self.refresh_header()
        self.tokens.set_provider(provider_id)
        self.host.set_provider(provider_id)
        self._fill_links()
        set_models = getattr(self.models, "set_provider", None)
        if callable(set_models):
            set_models(provider_id)
        if changed:
            self.verticalScrollBar().setValue(0)
        QTimer.singleShot(0, self, self._fit_margins)  # once the sections have laid out

    def _on_notice(self, notice: Notice) -> None:
        if Change.PROVIDERS in notice and notice.provider_id in (None, self.provider_id):
            self.refresh_header()

    def refresh_header(self) -> None:
        if self.provider_id is None:
            return
        try:
            provider = self.provider
        except Exception:
            return
        self._updating = True
        try:
            side = scaled(AVATAR_SIZE)
            self.avatar.setFixedSize(QSize(side, side))
            self.avatar.setPixmap(avatar_pixmap(provider.id, provider.name, side, self.avatar.devicePixelRatioF()))
            self.name.setText(provider.name)
            self.name.setToolTip(provider.name)
            origin = (translate("ui.settings.provider_panel", "Built-in") if provider.builtin
                      else translate("ui.settings.provider_panel", "Custom"))
            parts = [origin, kind_label(provider.kind)]
            if not provider.builtin:
                parts.append(translate("ui.settings.provider_panel", "ID {id}").format(id=provider.id))
            self.subtitle.setText(" · ".join(parts))
            self.edit_button.setAccessibleName(
                translate("ui.settings.provider_panel", "Edit provider {name}").format(name=provider.name)
            )
            self.delete_button.setAccessibleName(
                translate("ui.settings.provider_panel", "Delete provider {name}").format(name=provider.name)
            )
            self.edit_button.setVisible(not provider.builtin)
            self.delete_button.setVisible(not provider.builtin)
            self.enabled_switch.setChecked(provider.enabled)
            state = (translate("ui.settings.provider_panel", "{name} is on") if provider.enabled
                     else translate("ui.settings.provider_panel", "{name} is off"))
            self.enabled_switch.setAccessibleDescription(state.format(name=provider.name))
            self.enabled_text.setText(self._on_off(provider.enabled))
            self.region_combo.clear()
            for key, label, _url in provider.regions:
                self.region_combo.addItem(label, key)
            if provider.regions:
                self.region_combo.setCurrentIndex(max(0, self.region_combo.findData(provider.region)))
            self.region_row.setVisible(bool(provider.regions))
            if provider.is_modelscope:
                hint = translate(
                    "ui.settings.provider_panel",
                    "Add several tokens (backup accounts): when one token's daily quota is spent, "
                    "you can go on with the next.",
                )
            else:
                hint = translate(
                    "ui.settings.provider_panel",
                    "Add one or more API keys; the first one is used unless you pick another.",
                )
            self.tokens_hint.setText(hint)
        finally:
            self._updating = False

    def _fill_links(self) -> None:
        while self.links_layout.count():
            item = self.links_layout.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        provider = self.provider
        links = provider.links
        models_text = (translate("ui.settings.provider_panel", "Model library (API-Inference) ↗")
                       if provider.is_modelscope else translate("ui.settings.provider_panel", "Model list ↗"))
        entries = [
            (translate("ui.settings.provider_panel", "Get a token ↗"), links.token_page, "linkTokenPage",
             translate("ui.settings.provider_panel", "Create or copy a token")),
            (translate("ui.settings.provider_panel", "Documentation ↗"), links.docs, "linkDocs",
             translate("ui.settings.provider_panel", "How the API works")),
            (models_text, links.models, "linkModels",
             translate("ui.settings.provider_panel", "Models this service serves")),
            (translate("ui.settings.provider_panel", "API usage ↗"), links.usage, "linkUsage",
             translate("ui.settings.provider_panel", "Your quota and usage")),
        ]
        shown = 0
        for text, url, name, description in entries:
            if not url:
                continue
            self.links_layout.addWidget(link_label(text, url, name, description=description))
            shown += 1
        self.links_title.setVisible(bool(shown))
        self.links_box.setVisible(bool(shown))

    @staticmethod
    def _on_off(on: bool) -> str:
        return translate("ui.settings.provider_panel", "On") if on else translate("ui.settings.provider_panel", "Off")

    def _on_enabled_toggled(self, on: bool) -> None:
        self.enabled_text.setText(self._on_off(on))
        if not self._updating and self.provider_id is not None:
            self.enabledToggled.emit(self.provider_id, on)

    def _on_region_changed(self, index: int) -> None:
        if self._updating or self.provider_id is None or index < 0:
            return
        region = str(self.region_combo.itemData(index))
        try:
            self._services.config.set_region(self.provider_id, region)
        except Exception as exc:
            self.host.error.setText(translate(
                "ui.settings.provider_panel", "Could not change the region: {error}"
            ).format(error=user_message(exc)))
            self.host.error.show()
            return
        self.host.set_provider(self.provider_id)

    def focus_first_token(self) -> None:
        self.tokens.focus_token_field()
        self.ensureWidgetVisible(self.tokens)
        # Up and down only: on a narrow window the section is read from its left edge, not
        # scrolled sideways to wherever the field ends.
        self.horizontalScrollBar().setValue(0)
