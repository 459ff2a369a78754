"""The one token form: a label and a masked token, for a first token or in the Add/Edit dialog.

What a valid label or token is, the token service says (``msdesk.core.tokens``):
the form shows its answers inline and asks to save only checked values.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from msdesk.core.i18n import translate
from msdesk.core.secret_store import StoredToken
from msdesk.core.tokens import MAX_TOKEN_LENGTH, check_label, check_token, next_label, token_warning
from msdesk.ui.icons import line_icon
from msdesk.ui.widgets.fit import fit_height
from msdesk.ui.widgets.links import link_label

if TYPE_CHECKING:
    from msdesk.core.providers import Provider


def make_token_edit(object_name: str = "tokenEdit") -> QLineEdit:
    """A masked token field with an eye to show what was typed."""
    edit = QLineEdit(objectName=object_name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(MAX_TOKEN_LENGTH + 1)  # one more, so an over-long paste is noticed
    edit.setAccessibleName(translate("ui.settings.token_form", "Token"))
    edit.setPlaceholderText(translate("ui.settings.token_form", "Paste the token"))
    edit.setToolTip(translate("ui.settings.token_form", "Paste the token; spaces and line breaks are removed"))
    # Tokens are secrets: no spell checking, no input method history.
    edit.setInputMethodHints(
        Qt.InputMethodHint.ImhHiddenText | Qt.InputMethodHint.ImhSensitiveData
        | Qt.InputMethodHint.ImhNoPredictiveText
    )
    show = QAction(line_icon("eye"), translate("ui.settings.token_form", "Show the token"), edit)
    show.setObjectName("tokenShowAction")
    show.setCheckable(True)
    show.setToolTip(translate("ui.settings.token_form", "Show the token"))

    def toggled(on: bool) -> None:
        edit.setEchoMode(QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password)
        show.setIcon(line_icon("eye-off" if on else "eye"))
        text = translate("ui.settings.token_form", "Hide the token") if on else translate("ui.settings.token_form", "Show the token")
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
        if inline:
            self._save_text = translate("ui.settings.token_form", "Save token")
        elif editing is not None:
            self._save_text = translate("ui.settings.token_form", "Save")
        else:
            self._save_text = translate("ui.settings.token_form", "Add token")

        self.label_edit = QLineEdit(editing if editing is not None else next_label(taken),
                                    objectName="tokenLabelEdit")
        self.label_edit.setAccessibleName(translate("ui.settings.token_form", "Token label"))
        self.label_edit.setToolTip(translate("ui.settings.token_form", "A name for this token, e.g. the account it belongs to"))
        self.label_edit.setMaxLength(64)
        self.token_edit = make_token_edit()
        if editing is not None:
            self.token_edit.setPlaceholderText(translate("ui.settings.token_form", "Leave empty to keep the current token"))
        self.warning = QLabel(objectName="tokenFormatWarning", wordWrap=True)
        self.warning.setAccessibleName(translate("ui.settings.token_form", "Token format warning"))
        self.warning.hide()
        self.error = QLabel(objectName="tokenFormError", wordWrap=True)
        self.error.setAccessibleName(translate("ui.settings.token_form", "Error"))
        self.error.hide()

        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.setVerticalSpacing(8)
        form.setHorizontalSpacing(12)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(translate("ui.settings.token_form", "&Label"), self.label_edit)
        form.addRow(translate("ui.settings.token_form", "&Token"), self.token_edit)
        form.addRow("", self.warning)
        form.addRow("", self.error)

        layout = QVBoxLayout(self)
        self.save_button: QPushButton | None = None
        self.get_link: QLabel | None = None
        if inline:
            self.setAccessibleName(translate("ui.settings.token_form", "Add your first token"))
            layout.setContentsMargins(18, 14, 18, 14)
            layout.setSpacing(8)
            title = translate("ui.settings.token_form", "Add your {provider} token").format(provider=provider.name)
            layout.addWidget(QLabel(title, objectName="firstTokenTitle", wordWrap=True))
            help_text = provider.token_help or translate(
                "ui.settings.token_form", "An API key for {provider}, if it asks for one."
            ).format(provider=provider.name)
            self.help = QLabel(help_text, wordWrap=True, objectName="firstTokenHelp")
            layout.addWidget(self.help)
            layout.addSpacing(4)
            layout.addLayout(form)
            self.save_button = QPushButton(self._save_text, objectName="saveTokenButton")
            self.save_button.setDefault(True)
            self.save_button.setAccessibleName(translate("ui.settings.token_form", "Save token"))
            self.save_button.setToolTip(translate("ui.settings.token_form", "Store the token in the keychain"))
            self.save_button.clicked.connect(self.submit)
            bottom = QHBoxLayout()
            bottom.setSpacing(12)
            if provider.links.token_page:
                self.get_link = link_label(
                    translate("ui.settings.token_form", "Get a token ↗"), provider.links.token_page, "getTokenLink",
                    description=translate(
                        "ui.settings.token_form", "Opens the {provider} page that creates tokens"
                    ).format(provider=provider.name))
                bottom.addWidget(self.get_link)
            bottom.addStretch(1)
            bottom.addWidget(self.save_button)
            layout.addLayout(bottom)
        else:
            layout.setContentsMargins(0, 0, 0, 0)
            layout.setSpacing(14)
            if editing is not None:
                intro_text = translate(
                    "ui.settings.token_form", "Change the label, or paste a new token to replace the stored one."
                )
            else:
                intro_text = translate(
                    "ui.settings.token_form",
                    "A backup token (another account) keeps you going when one token's daily quota is spent.",
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
            self.save_button.setText(translate("ui.settings.token_form", "Saving…") if busy else self._save_text)

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
        title = (translate("ui.settings.token_form", "Edit token — {provider}") if editing
                 else translate("ui.settings.token_form", "Add token — {provider}"))
        self.setWindowTitle(title.format(provider=provider.name))
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
        self.save_button.setText(translate("ui.settings.token_form", "Saving…") if busy else self.form.save_text)

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
