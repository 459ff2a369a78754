"""The tokens of one provider: labelled backup accounts, each one checkable.

Tokens are checked, stored, renamed and deleted by ``services.tokens`` (the
OS keychain, or memory for this session when there is none; a banner says
which). The list holds labels and masks only: a token is read from the
keychain when its eye or Copy is pressed, and never appears in a tooltip, an
object name or an accessible name. The list refreshes from the services'
``Change.TOKENS`` notice, whoever made the change.

A check costs one real call of the token's daily quota (``check_token``): the
dialog that asks for the model says so before anything is sent.
"""

from __future__ import annotations

import html
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from msdesk.core.changes import Change, Notice
from msdesk.core.secret_store import StoredToken
from msdesk.core.tokens import MAX_TOKEN_LENGTH, check_label, check_token, next_label, token_warning
from msdesk.ui.async_task import user_message
from msdesk.ui.change_relay import ChangeRelay
from msdesk.ui.icons import line_icon
from msdesk.ui.widgets.colors import ACCENT
from msdesk.ui.widgets.fit import fit_height
from msdesk.ui.widgets.links import link_label, linkify, open_url
from msdesk.ui.widgets.runner import make_runner
from msdesk.ui.widgets.spinner import Spinner

if TYPE_CHECKING:

    from msdesk.core.providers import Provider
    from msdesk.core.services import Services
    from msdesk.core.settings import ModelEntry

REVEAL_SECONDS = 30  # a shown token hides itself again after this long
UNDO_SECONDS = 12
CLIPBOARD_SECONDS = 60  # a copied token is cleared from the clipboard after this
COPIED_MS = 1600

def make_token_edit(object_name: str = "tokenEdit") -> QLineEdit:
    """A masked token field with an eye to show what was typed."""
    edit = QLineEdit(objectName=object_name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(MAX_TOKEN_LENGTH + 1)  # one more, so an over-long paste is noticed
    edit.setAccessibleName("Token")
    edit.setPlaceholderText("Paste the token")
    edit.setToolTip("Paste the token; spaces and line breaks are removed")
    # Tokens are secrets: no spell checking, no input method history.
    edit.setInputMethodHints(
        Qt.InputMethodHint.ImhHiddenText | Qt.InputMethodHint.ImhSensitiveData
        | Qt.InputMethodHint.ImhNoPredictiveText
    )
    show = QAction(line_icon("eye"), "Show the token", edit)
    show.setObjectName("tokenShowAction")
    show.setCheckable(True)
    show.setToolTip("Show the token")

    def toggled(on: bool) -> None:
        edit.setEchoMode(QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password)
        show.setIcon(line_icon("eye-off" if on else "eye"))
        text = "Hide the token" if on else "Show the token"
        show.setText(text)
        show.setToolTip(text)

    show.toggled.connect(toggled)
    edit.addAction(show, QLineEdit.ActionPosition.TrailingPosition)
    return edit


class TokenForm(QFrame):
    """The one token form: label and masked token, the format warning, an inline error.

    Inline (``inline=True``) it is the empty state of a provider: where to get a
    token, and its own Save button. In ``TokenDialog`` it adds or edits a token
    and the dialog's buttons save. What a valid label or token is, the token
    service says (``msdesk.core.tokens``); the form only shows it.

    Signals:
        saveRequested(label, token): checked values; the token is "" when an edit keeps it.
        grew(): a warning or an error appeared.
    """

    saveRequested = Signal(str, str)
    grew = Signal()

    def __init__(self, provider: Provider, *, taken: list[str], stored: list[StoredToken] | None = None,
                 editing: str | None = None, inline: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstTokenForm" if inline else "tokenForm")
        self.provider = provider
        self._taken = [t for t in taken if t != editing]
        self._stored = [t for t in (stored or []) if t.label != editing]
        self._editing = editing
        self._save_text = "Save token" if inline else ("Save" if editing is not None else "Add token")

        self.label_edit = QLineEdit(editing if editing is not None else next_label(taken),
                                    objectName="tokenLabelEdit")
        self.label_edit.setAccessibleName("Token label")
        self.label_edit.setToolTip("A name for this token, e.g. the account it belongs to")
        self.label_edit.setMaxLength(64)
        self.token_edit = make_token_edit()
        if editing is not None:
            self.token_edit.setPlaceholderText("Leave empty to keep the current token")
        self.warning = QLabel(objectName="tokenFormatWarning", wordWrap=True)
        self.warning.setAccessibleName("Token format warning")
        self.warning.hide()
        self.error = QLabel(objectName="tokenFormError", wordWrap=True)
        self.error.setAccessibleName("Error")
        self.error.hide()

        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.setVerticalSpacing(8)
        form.setHorizontalSpacing(12)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow("&Label", self.label_edit)
        form.addRow("&Token", self.token_edit)
        form.addRow("", self.warning)
        form.addRow("", self.error)

        layout = QVBoxLayout(self)
        self.save_button: QPushButton | None = None
        self.get_link: QLabel | None = None
        if inline:
            self.setAccessibleName("Add your first token")
            layout.setContentsMargins(18, 14, 18, 14)
            layout.setSpacing(8)
            layout.addWidget(QLabel(f"Add your {provider.name} token", objectName="firstTokenTitle"))
            help_text = provider.token_help or f"An API key for {provider.name}, if it asks for one."
            self.help = QLabel(help_text, wordWrap=True, objectName="firstTokenHelp")
            layout.addWidget(self.help)
            layout.addSpacing(4)
            layout.addLayout(form)
            self.save_button = QPushButton(self._save_text, objectName="saveTokenButton")
            self.save_button.setDefault(True)
            self.save_button.setAccessibleName("Save token")
            self.save_button.setToolTip("Store the token in the keychain")
            self.save_button.clicked.connect(self.submit)
            bottom = QHBoxLayout()
            bottom.setSpacing(12)
            if provider.links.token_page:
                self.get_link = link_label(
                    "Get a token ↗", provider.links.token_page, "getTokenLink",
                    description=f"Opens the {provider.name} page that creates tokens")
                bottom.addWidget(self.get_link)
            bottom.addStretch(1)
            bottom.addWidget(self.save_button)
            layout.addLayout(bottom)
        else:
            layout.setContentsMargins(0, 0, 0, 0)
            layout.setSpacing(14)
            intro_text = (
                "Change the label, or paste a new token to replace the stored one."
                if editing is not None
                else "A backup token (another account) keeps you going when one token's daily quota "
                     "is spent."
            )
            layout.addWidget(QLabel(intro_text, wordWrap=True, objectName="tokenDialogIntro"))
            layout.addLayout(form)

        self.token_edit.textChanged.connect(self._on_token_changed)
        self.label_edit.textChanged.connect(lambda _t: self.error.hide())
        self.token_edit.returnPressed.connect(self.submit)
        self.label_edit.returnPressed.connect(self.submit)

    @property
    def save_text(self) -> str:
        return self._save_text

    def _on_token_changed(self, text: str) -> None:
        self.error.hide()
        warning = token_warning(self.provider, text, self._stored)
        self.warning.setText(warning)
        self.warning.setVisible(bool(warning))
        if warning:
            self.grew.emit()

    def values(self) -> tuple[str, str]:
        """The checked label and token; ValueError with the message to show."""
        label = check_label(self.label_edit.text(), self._taken)
        if self._editing is not None and not self.token_edit.text().strip():
            return label, ""  # an edit that keeps the stored token
        return label, check_token(self.token_edit.text())

    def submit(self) -> None:
        """Check the values; ask to save them, or say what is wrong."""
        if self.label_edit.isReadOnly():
            return  # saving already
        try:
            label, token = self.values()
        except ValueError as exc:
            self.show_error(str(exc))
            return
        self.set_busy(True)
        self.saveRequested.emit(label, token)

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
        self.grew.emit()

    def set_busy(self, busy: bool) -> None:
        self.label_edit.setReadOnly(busy)
        self.token_edit.setReadOnly(busy)
        if self.save_button is not None:
            self.save_button.setEnabled(not busy)
            self.save_button.setText("Saving…" if busy else self._save_text)

    def fail(self, message: str) -> None:
        self.set_busy(False)
        self.show_error(message)


class TokenDialog(QDialog):
    """A ``TokenForm`` in a dialog: add a token, or edit one's label and/or token.

    Stays open until the keychain answers.

    Signals:
        submitted(label, token): the token is "" when editing keeps the old one.
    """

    submitted = Signal(str, str)

    def __init__(self, provider: Provider, *, taken: list[str], stored: list[StoredToken] | None = None,
                 editing: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tokenDialog")
        self.editing = editing
        self.setWindowTitle(f"Edit token — {provider.name}" if editing else f"Add token — {provider.name}")
        self.setMinimumWidth(480)
        self.form = TokenForm(provider, taken=taken, stored=stored, editing=editing)
        self.form.saveRequested.connect(self._on_save)
        self.form.grew.connect(lambda: fit_height(self))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("tokenDialogSave")
        self.save_button.setText(self.form.save_text)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._busy = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(14)
        layout.addWidget(self.form)
        layout.addWidget(self.buttons)
        if editing is not None:
            self.label_edit.selectAll()
            self.label_edit.setFocus()
        else:
            self.token_edit.setFocus()

    @property
    def label_edit(self) -> QLineEdit:
        return self.form.label_edit

    @property
    def token_edit(self) -> QLineEdit:
        return self.form.token_edit

    def accept(self) -> None:
        self.form.submit()

    def _on_save(self, label: str, token: str) -> None:
        self.set_busy(True)
        self.submitted.emit(label, token)

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.form.set_busy(busy)
        self.save_button.setEnabled(not busy)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setEnabled(not busy)
        self.save_button.setText("Saving…" if busy else self.form.save_text)

    def reject(self) -> None:
        if self._busy:
            return  # the keychain is writing: closing now would hide whether it worked
        super().reject()

    def finish(self) -> None:
        self._busy = False
        super().accept()

    def fail(self, message: str) -> None:
        self.set_busy(False)
        self.form.show_error(message)


class CheckDialog(QDialog):
    """Which model to check with, and the plain statement that it costs a call."""

    chosen = Signal(str)

    def __init__(self, provider: Provider, models: list[ModelEntry], default: str | None,
                 labels: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkDialog")
        self.labels = list(labels)
        many = len(labels) > 1
        self.setWindowTitle("Check all tokens" if many else "Check token")
        self.setMinimumWidth(460)

        if many:
            what = f"Checks {len(labels)} tokens of {provider.name} with one tiny chat request each."
            cost = "This costs one call of each token's daily quota."
        else:
            what = f"Checks the token “{labels[0]}” with one tiny chat request (one output token)."
            cost = "This costs one call of the token's daily quota."
        if provider.is_modelscope:
            cost += " ModelScope allows 2000 calls a day, reset at 00:00 UTC+8."
        intro = QLabel(what, wordWrap=True, objectName="checkIntro")
        note = QLabel(cost, wordWrap=True, objectName="checkCostNote")
        note.setAccessibleName("Cost of the check")

        self.combo = QComboBox(objectName="checkModelCombo")
        self.combo.setEditable(True)
        # Enter in the model field runs the check, as in any dialog.
        self.combo.lineEdit().returnPressed.connect(lambda: self.isVisible() and self.accept())
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.combo.setAccessibleName("Model to check with")
        self.combo.setToolTip("Any chat model this provider serves; you can type a model ID")
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
            self.error.setText("This provider has no chat model in its list: type a model ID.")
            self.error.show()

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow("&Model", self.combo)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.check_button = buttons.addButton("Check all" if many else "Check",
                                              QDialogButtonBox.ButtonRole.AcceptRole)
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
            self.error.setText("Pick or type the model to check with.")
            self.error.show()
            fit_height(self)
            return
        self.chosen.emit(model)
        super().accept()


@dataclass
class CheckState:
    """What a row's last check said."""

    kind: str  # "running", "ok", "error", "cancelled", "note"
    text: str
    detail: str = ""


class TokenRow(QFrame):
    """One stored token: label, mask, and its actions (the token itself only while revealed)."""

    checkRequested = Signal(str)
    cancelRequested = Signal(str)
    editRequested = Signal(str)
    deleteRequested = Signal(str)
    revealRequested = Signal(str)  # the eye was opened: the section reads the token for ``show_token``
    copyRequested = Signal(str)  # Copy was pressed: the section reads the token for ``copy_token``

    def __init__(self, stored: StoredToken, *, first: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tokenRow")
        self.stored = stored
        self.label = stored.label
        self.setAccessibleName(f"Token {stored.label}")
        self._running = False
        self.state: CheckState | None = None

        shown = stored.label if len(stored.label) <= 28 else stored.label[:27] + "…"
        name = QLabel(shown, objectName="tokenLabel")
        name.setTextFormat(Qt.TextFormat.PlainText)
        name.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        name.setToolTip(f"Label: {stored.label}")
        self.name = name
        badge = QLabel("used first", objectName="tokenBadge")
        badge.setToolTip("Chats use this token unless you pick another")
        if not first:
            badge.hide()  # (never show() a widget before it has a parent: it would open a window)

        self.value = QLabel(stored.masked, objectName="tokenValue")
        self.value.setTextFormat(Qt.TextFormat.PlainText)
        self.value.setAccessibleName("Token, masked")
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.value.setMinimumWidth(60)
        self.value.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

        self.reveal_button = self._tool("revealButton", "eye", "Show this token")
        self.reveal_button.setCheckable(True)
        self.reveal_button.toggled.connect(self.set_revealed)
        self.copy_button = self._tool("copyButton", "copy", "Copy this token to the clipboard")
        self.copy_button.clicked.connect(self.copy)
        self.copied = QLabel("Copied", objectName="copiedNote")
        self.copied.hide()
        self.edit_button = self._tool("editTokenButton", "edit", "Edit the label or replace the token")
        self.edit_button.clicked.connect(lambda: self.editRequested.emit(self.label))
        self.delete_button = self._tool("deleteTokenButton", "delete", "Delete this token (you can undo)")
        self.delete_button.clicked.connect(lambda: self.deleteRequested.emit(self.label))
        self.check_button = QPushButton("Check", objectName="checkButton")
        self.check_button.setAccessibleName(f"Check token {stored.label}")
        self.check_button.setToolTip("Send one tiny request to see whether this token works "
                                     "(costs one call of today's quota)")
        self.check_button.clicked.connect(self._on_check_clicked)

        self.spinner = Spinner()
        self.spinner.hide()
        self.status = QLabel(objectName="checkStatus", wordWrap=True)
        self.status.setTextFormat(Qt.TextFormat.RichText)
        self.status.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.status.setOpenExternalLinks(False)
        self.status.linkActivated.connect(open_url)
        self.status.setAccessibleName("Check result")
        self.status_box = QWidget(objectName="checkStatusBox")
        status_layout = QHBoxLayout(self.status_box)
        status_layout.setContentsMargins(0, 0, 0, 0)
        status_layout.setSpacing(6)
        status_layout.addWidget(self.spinner, 0, Qt.AlignmentFlag.AlignTop)
        status_layout.addWidget(self.status, 1)
        self.status_box.hide()

        self._hide_timer = QTimer(self)
        self._hide_timer.setSingleShot(True)
        self._hide_timer.timeout.connect(lambda: self.reveal_button.setChecked(False))
        self._copied_timer = QTimer(self)
        self._copied_timer.setSingleShot(True)
        self._copied_timer.timeout.connect(self.copied.hide)

        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(name)
        top.addWidget(badge)
        top.addSpacing(6)
        top.addWidget(self.value, 1)
        top.addWidget(self.copied)
        for button in (self.reveal_button, self.copy_button, self.edit_button, self.delete_button):
            top.addWidget(button)
        top.addSpacing(4)
        top.addWidget(self.check_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 10, 8)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.status_box)

    def _tool(self, name: str, icon: str, tip: str) -> QToolButton:
        button = QToolButton(objectName=name)
        button.setIcon(line_icon(icon))
        button.setIconSize(QSize(16, 16))
        button.setToolTip(tip)
        # The row's label in the name tells the rows' buttons apart for screen readers.
        button.setAccessibleName(f"{tip.split(' (')[0]}: {self.stored.label}")
        button.setAutoRaise(True)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        return button

    def set_revealed(self, on: bool) -> None:
        """Show the token (read from the keychain on request) or its mask again."""
        self.value.setText("…" if on else self.stored.masked)
        self.value.setAccessibleName("Token, shown" if on else "Token, masked")
        self.reveal_button.setIcon(line_icon("eye-off" if on else "eye"))
        tip = "Hide this token" if on else "Show this token"
        self.reveal_button.setToolTip(tip if not on else f"{tip} (hides itself after {REVEAL_SECONDS} s)")
        self.reveal_button.setAccessibleName(f"{tip}: {self.stored.label}")
        if self.reveal_button.isChecked() != on:
            self.reveal_button.setChecked(on)
        if on:
            self._hide_timer.start(REVEAL_SECONDS * 1000)
            self.revealRequested.emit(self.label)
        else:
            self._hide_timer.stop()

    def show_token(self, token: str) -> None:
        """The token the keychain gave for Reveal (ignored if the eye was closed meanwhile)."""
        if self.revealed:
            self.value.setText(token)

    @property
    def revealed(self) -> bool:
        return self.reveal_button.isChecked()

    def copy(self) -> None:
        """Ask for the token to copy (it is read from the keychain, then ``copy_token``)."""
        self.copyRequested.emit(self.label)

    def copy_token(self, token: str) -> None:
        """Put the token on the clipboard for a while, and say so."""
        clipboard = QGuiApplication.clipboard()
        clipboard.setText(token)
        self.copied.show()
        self._copied_timer.start(COPIED_MS)
        fingerprint = hash(token)

        def forget() -> None:
            # A secret should not sit on the clipboard for the rest of the day.
            if hash(clipboard.text()) == fingerprint:
                clipboard.clear()

        QTimer.singleShot(int(CLIPBOARD_SECONDS * 1000), clipboard, forget)

    def _on_check_clicked(self) -> None:
        if self._running:
            self.cancelRequested.emit(self.label)
        else:
            self.checkRequested.emit(self.label)

    def set_state(self, state: CheckState | None) -> None:
        self.state = state
        self._running = state is not None and state.kind == "running"
        self.check_button.setText("Cancel" if self._running else "Check")
        self.check_button.setToolTip(
            "Stop this check" if self._running
            else "Send one tiny request to see whether this token works (costs one call of today's quota)"
        )
        self.spinner.setVisible(self._running)
        if state is None:
            self.status_box.hide()
            self.status.clear()
            return
        mark = {"ok": "✓ ", "error": "✕ "}.get(state.kind, "")
        self.status.setText(mark + linkify(state.text))
        self.status.setProperty("state", state.kind)
        self.status.setToolTip(state.detail)
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        self.status_box.show()

    def status_text(self) -> str:
        """The last check's message as plain text ("" when the row was not checked)."""
        return self.state.text if self.state is not None else ""


class TokensSection(QWidget):
    """Every token of the selected provider, with add, edit, delete/undo and checks.

    Signals:
        countChanged(str, int): how many tokens a provider has, after each load.
    """

    countChanged = Signal(str, int)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tokensSection")
        self._services = services
        self._runner = make_runner(self)
        self._checks = make_runner(self)
        self._checks.busyChanged.connect(self._on_checks_busy)
        self.provider_id: str | None = None
        self.tokens: list[StoredToken] = []
        self.rows: dict[str, TokenRow] = {}
        self.loaded = False
        self._results: dict[tuple[str, str], CheckState] = {}
        self._models_chosen: dict[str, str] = {}
        self._focus_when_loaded = False
        self._focus_check: str | None = None  # after the first token is saved, go to its Check
        self._undo: tuple[str, str] | None = None  # (provider, label): the token stays in the service
        self.token_dialog: TokenDialog | None = None
        self.check_dialog: CheckDialog | None = None
        self.first_form: TokenForm | None = None
        ChangeRelay.of(services).changed.connect(self._on_changed)

        self.add_button = QPushButton(line_icon("plus", ACCENT), "Add token", objectName="addTokenButton")
        self.add_button.setAccessibleName("Add token")
        self.add_button.setToolTip("Add another token, e.g. a backup account for when the daily quota is spent")
        self.add_button.clicked.connect(self.add_token)
        self.check_all_button = QPushButton(line_icon("check"), "Check all", objectName="checkAllButton")
        self.check_all_button.setAccessibleName("Check all tokens")
        self.check_all_button.setToolTip("Check every token (one call of each token's daily quota)")
        self.check_all_button.clicked.connect(self._on_check_all_clicked)

        info = services.secrets.info
        self.banner = QFrame(objectName="keychainBanner")
        self.banner.setAccessibleName("Keychain warning")
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.setContentsMargins(12, 8, 12, 8)
        banner_layout.setSpacing(10)
        banner_icon = QLabel(objectName="keychainBannerIcon")
        banner_icon.setPixmap(line_icon("warning", "#8a5a00", 18).pixmap(18, 18))
        banner_layout.addWidget(banner_icon, 0, Qt.AlignmentFlag.AlignTop)
        note = info.note or "Tokens are kept for this session only."
        self.banner_text = QLabel(
            f"<b>No secure keychain.</b> {html.escape(note)} "
            "They are never written to a file: add them again after a restart.",
            wordWrap=True,
            objectName="keychainBannerText",
        )
        self.banner_text.setTextFormat(Qt.TextFormat.RichText)
        banner_layout.addWidget(self.banner_text, 1)
        if info.persistent:
            self.banner.hide()

        self.loading = QLabel("Loading tokens…", objectName="tokensLoading")
        self.loading.hide()
        self.error = QLabel(objectName="tokensError", wordWrap=True)
        self.error.hide()

        self.list = QFrame(objectName="tokenList")
        self.list.setAccessibleName("Tokens")
        self.list_layout = QVBoxLayout(self.list)
        self.list_layout.setContentsMargins(0, 0, 0, 0)
        self.list_layout.setSpacing(0)
        self.list.hide()

        self.first_box = QVBoxLayout()
        self.first_box.setContentsMargins(0, 0, 0, 0)

        self.undo_bar = QFrame(objectName="undoBar")
        undo_layout = QHBoxLayout(self.undo_bar)
        undo_layout.setContentsMargins(12, 6, 8, 6)
        self.undo_text = QLabel(objectName="undoText")
        self.undo_button = QPushButton("Undo", objectName="undoButton")
        self.undo_button.setAccessibleName("Undo delete")
        self.undo_button.setToolTip("Put the deleted token back")
        self.undo_button.clicked.connect(self.undo_delete)
        undo_layout.addWidget(self.undo_text, 1)
        undo_layout.addWidget(self.undo_button)
        self.undo_bar.hide()
        self._undo_timer = QTimer(self)
        self._undo_timer.setSingleShot(True)
        self._undo_timer.timeout.connect(self._drop_undo)

        actions = QHBoxLayout()
        actions.setSpacing(8)
        actions.addStretch(1)
        actions.addWidget(self.check_all_button)
        actions.addWidget(self.add_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.banner)
        layout.addWidget(self.loading)
        layout.addWidget(self.error)
        layout.addWidget(self.list)
        layout.addLayout(self.first_box)
        layout.addWidget(self.undo_bar)
        layout.addLayout(actions)
        self._set_actions_visible(False)

    # -- loading ---------------------------------------------------------------

    @property
    def provider(self) -> Provider:
        assert self.provider_id is not None
        return self._services.config.get(self.provider_id)

    def set_provider(self, provider_id: str) -> None:
        if provider_id != self.provider_id:
            self._close_dialogs()
            self.loaded = False
            self.provider_id = provider_id
            self._clear_rows()
            self._set_first_form(None)
            self._set_actions_visible(False)
        self.reload()

    def _on_changed(self, notice: Notice) -> None:
        if Change.TOKENS in notice and notice.provider_id in (None, self.provider_id):
            self.reload()

    def reload(self) -> None:
        if self.provider_id is None:
            return
        provider_id = self.provider_id
        if not self.loaded:
            QTimer.singleShot(150, self, lambda: self.loading.setVisible(not self.loaded))
        self.error.hide()
        self._runner.start(
            self._services.tokens.entries(provider_id),
            key="load",
            on_result=lambda tokens: self._show_tokens(provider_id, tokens),
            on_error=lambda exc: self._load_failed(provider_id, exc),
        )

    def _load_failed(self, provider_id: str, exc: BaseException) -> None:
        if provider_id != self.provider_id:
            return
        self.loading.hide()
        self.error.setText(f"Could not read the tokens: {user_message(exc)}")
        self.error.show()

    def _show_tokens(self, provider_id: str, tokens: list[StoredToken]) -> None:
        if provider_id != self.provider_id:
            return
        self.loaded = True
        self.loading.hide()
        self.tokens = list(tokens)
        self._clear_rows()
        for index, stored in enumerate(self.tokens):
            row = TokenRow(stored, first=index == 0)
            if index:
                row.setProperty("divided", True)
            row.checkRequested.connect(self.check)
            row.cancelRequested.connect(self.cancel_check)
            row.editRequested.connect(self.edit_token)
            row.deleteRequested.connect(self.delete_token)
            row.revealRequested.connect(lambda label: self._read_token(label, TokenRow.show_token))
            row.copyRequested.connect(lambda label: self._read_token(label, TokenRow.copy_token))
            row.set_state(self._results.get((provider_id, stored.label)))
            self.rows[stored.label] = row
            self.list_layout.addWidget(row)
        has_tokens = bool(self.tokens)
        self.list.setVisible(has_tokens)
        self._set_actions_visible(has_tokens)
        self._on_checks_busy(self._checks.busy)
        if has_tokens:
            self._set_first_form(None)
        else:
            if self.first_form is None:
                self._set_first_form(TokenForm(self.provider, taken=[], inline=True))
        self.countChanged.emit(provider_id, len(self.tokens))
        # New widgets become visible one event later; focus them then.
        if self._focus_when_loaded:
            self._focus_when_loaded = False
            QTimer.singleShot(0, self, self.focus_token_field)
        elif self._focus_check in self.rows:
            button = self.rows[self._focus_check].check_button
            QTimer.singleShot(0, button, lambda: button.setFocus(Qt.FocusReason.OtherFocusReason))
        self._focus_check = None

    def _clear_rows(self) -> None:
        # Hidden and deleted by Qt on this thread; never handed to Python's garbage collector,
        # which may run in a worker thread.
        for row in self.rows.values():
            self.list_layout.removeWidget(row)
            row.hide()
            row.deleteLater()
        self.rows.clear()

    def _set_first_form(self, form: TokenForm | None) -> None:
        if self.first_form is not None:
            self.first_box.removeWidget(self.first_form)
            self.first_form.hide()
            self.first_form.deleteLater()
        self.first_form = form
        if form is not None:
            form.saveRequested.connect(self._save_first)
            self.first_box.addWidget(form)

    def _set_actions_visible(self, visible: bool) -> None:
        self.add_button.setVisible(visible)
        self.check_all_button.setVisible(visible)

    def labels(self) -> list[str]:
        return [t.label for t in self.tokens]

    def focus_token_field(self) -> None:
        """Put the keyboard in the first-token field (or on "Add token" when there are tokens)."""
        if not self.loaded:
            self._focus_when_loaded = True
            return
        if self.first_form is not None:
            self.first_form.token_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.add_button.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- add, edit, delete -------------------------------------------------------

    def _store(self, provider_id: str, label: str, token: str, *, rename_from: str | None = None,
               on_done: Callable[[], None] | None = None,
               on_fail: Callable[[str], None] | None = None) -> None:
        """Rename and/or store through the token service; the list refreshes from its notice."""
        services = self._services

        async def save() -> None:
            if rename_from is not None and rename_from != label:
                await services.tokens.rename(provider_id, rename_from, label, initiator=self)
                if (provider_id, rename_from) in self._results:
                    self._results[(provider_id, label)] = self._results.pop((provider_id, rename_from))
            if token:
                await services.store_token(provider_id, label, token)
                self._results.pop((provider_id, label), None)

        def alive(callback: Callable[..., None] | None) -> bool:
            owner = getattr(callback, "__self__", None)
            return callback is not None and (owner is None or shiboken6.isValid(owner))

        def done(_result: object) -> None:
            if alive(on_done):
                on_done()

        def failed(exc: BaseException) -> None:
            if alive(on_fail):
                on_fail(user_message(exc))

        self._runner.start(save(), key=f"store:{provider_id}:{label}", on_result=done, on_error=failed)

    def _save_first(self, label: str, token: str) -> None:
        form = self.first_form
        if self.provider_id is None or form is None:
            return
        provider_id = self.provider_id
        where = "in the keychain" if self._services.secrets.info.persistent else "for this session"

        def saved() -> None:
            self._set_result((provider_id, label), CheckState(
                "note", f"Saved {where}. Press Check to make sure it works (one call of today's quota)."
            ))
            if label in self.rows:
                self.rows[label].check_button.setFocus(Qt.FocusReason.OtherFocusReason)
            else:
                self._focus_check = label

        self._store(provider_id, label, token, on_done=saved, on_fail=form.fail)

    def add_token(self) -> TokenDialog | None:
        """Open "Add token" (not blocking); with no token yet, go to the inline form."""
        if self.provider_id is None:
            return None
        if self.loaded and not self.tokens and self.first_form is not None:
            self.focus_token_field()
            return None
        return self._open_token_dialog(None)

    def edit_token(self, label: str) -> TokenDialog | None:
        if self.provider_id is None or label not in self.labels():
            return None
        return self._open_token_dialog(label)

    def _open_token_dialog(self, editing: str | None) -> TokenDialog:
        assert self.provider_id is not None
        provider_id = self.provider_id
        self._close_dialogs()
        dialog = TokenDialog(self.provider, taken=self.labels(), stored=self.tokens,
                             editing=editing, parent=self)

        def submitted(label: str, token: str) -> None:
            self._store(provider_id, label, token, rename_from=editing,
                        on_done=dialog.finish, on_fail=dialog.fail)

        dialog.submitted.connect(submitted)
        dialog.finished.connect(lambda _code: self._forget_dialog(dialog))
        self.token_dialog = dialog
        dialog.open()
        return dialog

    def _forget_dialog(self, dialog: QDialog) -> None:
        if self.token_dialog is dialog:
            self.token_dialog = None
        if self.check_dialog is dialog:
            self.check_dialog = None
        dialog.deleteLater()

    def _close_dialogs(self) -> None:
        for dialog in (self.token_dialog, self.check_dialog):
            if dialog is not None:
                dialog.reject()

    def delete_token(self, label: str) -> None:
        """Delete at once; an Undo bar can put the token back for a few seconds."""
        if self.provider_id is None or label not in self.labels():
            return
        provider_id = self.provider_id
        self.cancel_check(label)
        row = self.rows.get(label)
        if row is not None:
            row.setEnabled(False)

        def done(_result: object) -> None:
            self._results.pop((provider_id, label), None)
            if self._undo is not None:
                self._services.tokens.forget_deleted(*self._undo)
            self._undo = (provider_id, label)
            self.undo_text.setText(f"Deleted the token “{label}”.")
            self.undo_bar.show()
            self._undo_timer.start(UNDO_SECONDS * 1000)

        def failed(exc: BaseException) -> None:
            if row is not None and shiboken6.isValid(row):
                row.setEnabled(True)
            self.error.setText(f"Could not delete the token: {user_message(exc)}")
            self.error.show()

        self._runner.start(
            self._services.tokens.delete(provider_id, label, keep_for_undo=True, initiator=self),
            key=f"delete:{provider_id}:{label}", on_result=done, on_error=failed)

    def undo_delete(self) -> None:
        """Put the deleted token back as it was (what is known of it still holds)."""
        if self._undo is None:
            return
        provider_id, label = self._undo
        self._undo = None
        self._undo_timer.stop()
        self.undo_bar.hide()

        def failed(exc: BaseException) -> None:
            self.error.setText(f"Could not put the token back: {user_message(exc)}")
            self.error.show()

        self._runner.start(self._services.tokens.undo_delete(provider_id, label, initiator=self),
                           key=f"undo:{provider_id}:{label}", on_error=failed)

    def _drop_undo(self) -> None:
        if self._undo is not None:
            self._services.tokens.forget_deleted(*self._undo)  # the token is held nowhere but the keychain
        self._undo = None
        self._undo_timer.stop()
        self.undo_bar.hide()

    # -- reveal and copy ---------------------------------------------------------

    def _read_token(self, label: str, use: Callable[[TokenRow, str], None]) -> None:
        """Read one token from the keychain and hand it to its row (Reveal, Copy)."""
        if self.provider_id is None:
            return
        provider_id = self.provider_id

        def got(token: str) -> None:
            row = self.rows.get(label)
            if provider_id == self.provider_id and row is not None and shiboken6.isValid(row):
                use(row, token)

        def failed(exc: BaseException) -> None:
            self.error.setText(f"Could not read the token: {user_message(exc)}")
            self.error.show()

        self._runner.start(self._services.tokens.reveal(provider_id, label),
                           key=f"read:{provider_id}:{label}:{use.__name__}", on_result=got, on_error=failed)

    # -- checks ------------------------------------------------------------------

    def chat_models(self) -> list[ModelEntry]:
        from msdesk.core.known_models import CHAT_TASKS

        assert self.provider_id is not None
        return [m for m in self._services.config.models(self.provider_id) if m.task in CHAT_TASKS]

    def check(self, label: str) -> CheckDialog | None:
        """Ask for the model, then check one token."""
        return self._ask_model([label])

    def check_all(self) -> CheckDialog | None:
        return self._ask_model(self.labels())

    def _on_check_all_clicked(self) -> None:
        if self._checks.busy:
            self.cancel_checks()
        else:
            self.check_all()

    def _ask_model(self, labels: list[str]) -> CheckDialog | None:
        if self.provider_id is None or not labels:
            return None
        provider_id = self.provider_id
        self._close_dialogs()
        default = self._models_chosen.get(provider_id) or self._services.config.first_chat_model(provider_id)
        dialog = CheckDialog(self.provider, self.chat_models(), default, labels, parent=self)

        def chosen(model: str) -> None:
            self._models_chosen[provider_id] = model
            self.run_checks(labels, model)

        dialog.chosen.connect(chosen)
        dialog.finished.connect(lambda _code: self._forget_dialog(dialog))
        self.check_dialog = dialog
        dialog.open()
        return dialog

    def run_checks(self, labels: list[str], model: str) -> None:
        """Check the tokens now (no dialog); every row shows its own result."""
        if self.provider_id is None:
            return
        provider_id = self.provider_id
        for label in labels:
            self._run_check(provider_id, label, model)

    def _run_check(self, provider_id: str, label: str, model: str) -> None:
        services = self._services
        key = (provider_id, label)
        started = time.strftime("%H:%M")

        async def check() -> tuple[float, str]:
            client = await services.inference(provider_id, label=label)
            latency = await client.check_token(model)
            summary = client.last_rate_limit.summary() if client.last_rate_limit else ""
            return latency, summary

        def ok(result: tuple[float, str]) -> None:
            latency, summary = result
            text = f"OK · {latency:.2f} s"
            if summary:
                text += f" · calls left today: {summary}"
            self._set_result(key, CheckState("ok", text, f"Checked with {model} at {started}"))

        def failed(exc: BaseException) -> None:
            self._set_result(key, CheckState("error", user_message(exc), f"Checked with {model} at {started}"))

        self._set_result(key, CheckState("running", f"Checking with {model}…"))
        task = self._checks.start(check(), key=f"check:{provider_id}:{label}", on_result=ok, on_error=failed)

        def cancelled(finished: Any) -> None:
            if not shiboken6.isValid(self):
                return  # the page is gone
            if finished.cancelled() and self._results.get(key, CheckState("", "")).kind == "running":
                self._set_result(key, CheckState("cancelled", "Check cancelled."))

        task.add_done_callback(cancelled)

    def _set_result(self, key: tuple[str, str], state: CheckState) -> None:
        self._results[key] = state
        if key[0] == self.provider_id and key[1] in self.rows:
            self.rows[key[1]].set_state(state)

    def cancel_check(self, label: str) -> None:
        if self.provider_id is not None:
            self._checks.cancel(f"check:{self.provider_id}:{label}")

    def cancel_checks(self) -> None:
        self._checks.cancel_all()

    def _on_checks_busy(self, busy: bool) -> None:
        running = busy and any(
            state.kind == "running" and pid == self.provider_id
            for (pid, _label), state in self._results.items()
        )
        self.check_all_button.setText("Cancel checks" if running else "Check all")
        self.check_all_button.setIcon(line_icon("check") if not running else line_icon("delete"))
        self.check_all_button.setToolTip(
            "Stop the checks that are running" if running
            else "Check every token (one call of each token's daily quota)"
        )

    def result(self, label: str) -> CheckState | None:
        if self.provider_id is None:
            return None
        return self._results.get((self.provider_id, label))
