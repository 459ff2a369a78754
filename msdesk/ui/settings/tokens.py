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
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from msdesk.core.changes import Change, Notice
from msdesk.core.i18n import translate
from msdesk.core.secret_store import StoredToken
from msdesk.ui.async_task import user_message
from msdesk.ui.change_relay import ChangeRelay
from msdesk.ui.icons import follow_text_size, line_icon
from msdesk.ui.settings.check_dialog import CheckDialog
from msdesk.ui.settings.token_form import TokenDialog, TokenForm
from msdesk.ui.settings.token_row import CheckState, TokenRow
from msdesk.ui.widgets.colors import ACCENT
from msdesk.ui.widgets.runner import make_runner

if TYPE_CHECKING:
    from msdesk.core.providers import Provider
    from msdesk.core.services import Services
    from msdesk.core.settings import ModelEntry

UNDO_SECONDS = 12


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

        self.add_button = QPushButton(line_icon("plus", ACCENT), translate("ui.settings.tokens", "Add token"),
                                      objectName="addTokenButton")
        self.add_button.setAccessibleName(translate("ui.settings.tokens", "Add token"))
        self.add_button.setToolTip(translate(
            "ui.settings.tokens", "Add another token, e.g. a backup account for when the daily quota is spent"
        ))
        self.add_button.clicked.connect(self.add_token)
        follow_text_size(self.add_button)
        self.check_all_button = QPushButton(line_icon("check"), translate("ui.settings.tokens", "Check all"),
                                            objectName="checkAllButton")
        follow_text_size(self.check_all_button)
        self.check_all_button.setAccessibleName(translate("ui.settings.tokens", "Check all tokens"))
        self.check_all_button.setToolTip(
            translate("ui.settings.tokens", "Check every token (one call of each token's daily quota)")
        )
        self.check_all_button.clicked.connect(self._on_check_all_clicked)

        info = services.secrets.info
        self.banner = QFrame(objectName="keychainBanner")
        self.banner.setAccessibleName(translate("ui.settings.tokens", "Keychain warning"))
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.setContentsMargins(12, 8, 12, 8)
        banner_layout.setSpacing(10)
        banner_icon = QLabel(objectName="keychainBannerIcon")
        banner_icon.setPixmap(line_icon("warning", "#8a5a00", 18).pixmap(18, 18))
        banner_layout.addWidget(banner_icon, 0, Qt.AlignmentFlag.AlignTop)
        note = info.note or translate("ui.settings.tokens", "Tokens are kept for this session only.")
        self.banner_text = QLabel(
            translate(
                "ui.settings.tokens",
                "<b>No secure keychain.</b> {note} "
                "They are never written to a file: add them again after a restart.",
            ).format(note=html.escape(note)),
            wordWrap=True,
            objectName="keychainBannerText",
        )
        self.banner_text.setTextFormat(Qt.TextFormat.RichText)
        banner_layout.addWidget(self.banner_text, 1)
        if info.persistent:
            self.banner.hide()

        self.loading = QLabel(translate("ui.settings.tokens", "Loading tokens…"), objectName="tokensLoading")
        self.loading.hide()
        self.error = QLabel(objectName="tokensError", wordWrap=True)
        self.error.hide()

        self.list = QFrame(objectName="tokenList")
        self.list.setAccessibleName(translate("ui.settings.tokens", "Tokens"))
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
        self.undo_button = QPushButton(translate("ui.settings.tokens", "Undo"), objectName="undoButton")
        self.undo_button.setAccessibleName(translate("ui.settings.tokens", "Undo delete"))
        self.undo_button.setToolTip(translate("ui.settings.tokens", "Put the deleted token back"))
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
        self.error.setText(
            translate("ui.settings.tokens", "Could not read the tokens: {error}").format(error=user_message(exc))
        )
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
                await services.tokens.store(provider_id, label, token)
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
        if self._services.secrets.info.persistent:
            note = translate(
                "ui.settings.tokens",
                "Saved in the keychain. Press Check to make sure it works (one call of today's quota).",
            )
        else:
            note = translate(
                "ui.settings.tokens",
                "Saved for this session. Press Check to make sure it works (one call of today's quota).",
            )

        def saved() -> None:
            self._set_result((provider_id, label), CheckState("note", note))
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
            self.undo_text.setText(translate("ui.settings.tokens", "Deleted the token “{label}”.").format(label=label))
            self.undo_bar.show()
            self._undo_timer.start(UNDO_SECONDS * 1000)

        def failed(exc: BaseException) -> None:
            if row is not None and shiboken6.isValid(row):
                row.setEnabled(True)
            self.error.setText(translate(
                "ui.settings.tokens", "Could not delete the token: {error}"
            ).format(error=user_message(exc)))
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
            self.error.setText(translate(
                "ui.settings.tokens", "Could not put the token back: {error}"
            ).format(error=user_message(exc)))
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
            self.error.setText(translate(
                "ui.settings.tokens", "Could not read the token: {error}"
            ).format(error=user_message(exc)))
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
            if summary:
                text = translate("ui.settings.tokens", "OK · {seconds} s · calls left today: {summary}")
            else:
                text = translate("ui.settings.tokens", "OK · {seconds} s")
            text = text.format(seconds=f"{latency:.2f}", summary=summary)
            self._set_result(key, CheckState("ok", text, checked_with()))

        def failed(exc: BaseException) -> None:
            self._set_result(key, CheckState("error", user_message(exc), checked_with()))

        def checked_with() -> str:
            return translate("ui.settings.tokens", "Checked with {model} at {time}").format(
                model=model, time=started
            )

        self._set_result(
            key, CheckState("running", translate("ui.settings.tokens", "Checking with {model}…").format(model=model))
        )
        task = self._checks.start(check(), key=f"check:{provider_id}:{label}", on_result=ok, on_error=failed)

        def cancelled(finished: Any) -> None:
            if not shiboken6.isValid(self):
                return  # the page is gone
            if finished.cancelled() and self._results.get(key, CheckState("", "")).kind == "running":
                self._set_result(key, CheckState("cancelled", translate("ui.settings.tokens", "Check cancelled.")))

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
        if running:
            self.check_all_button.setText(translate("ui.settings.tokens", "Cancel checks"))
            self.check_all_button.setAccessibleName(translate("ui.settings.tokens", "Cancel the token checks"))
            self.check_all_button.setToolTip(translate("ui.settings.tokens", "Stop the checks that are running"))
        else:
            self.check_all_button.setText(translate("ui.settings.tokens", "Check all"))
            self.check_all_button.setAccessibleName(translate("ui.settings.tokens", "Check all tokens"))
            self.check_all_button.setToolTip(
                translate("ui.settings.tokens", "Check every token (one call of each token's daily quota)")
            )
        self.check_all_button.setIcon(line_icon("check") if not running else line_icon("delete"))

    def result(self, label: str) -> CheckState | None:
        if self.provider_id is None:
            return None
        return self._results.get((self.provider_id, label))
