"""One stored token in the list: label, mask, its actions and its last check.

The row never holds the token: Reveal and Copy ask the section, which reads it
from the keychain and hands it back (``show_token``, ``copy_token``).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from msdesk.core.i18n import translate
from msdesk.core.secret_store import StoredToken
from msdesk.ui.icons import follow_text_size, line_icon
from msdesk.ui.widgets.elided import ElidedLabel
from msdesk.ui.widgets.links import linkify, open_url
from msdesk.ui.widgets.spinner import Spinner

REVEAL_SECONDS = 30  # a shown token hides itself again after this long
CLIPBOARD_SECONDS = 60  # a copied token is cleared from the clipboard after this
COPIED_MS = 1600


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
        self.setAccessibleName(translate("ui.settings.token_row", "Token {label}").format(label=stored.label))
        self._running = False
        self.state: CheckState | None = None

        shown = stored.label if len(stored.label) <= 28 else stored.label[:27] + "…"
        name = ElidedLabel(shown, objectName="tokenLabel")
        name.setTextFormat(Qt.TextFormat.PlainText)
        name.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        name.setToolTip(translate("ui.settings.token_row", "Label: {label}").format(label=stored.label))
        self.name = name
        badge = QLabel(translate("ui.settings.token_row", "used first"), objectName="tokenBadge")
        badge.setToolTip(translate("ui.settings.token_row", "Chats use this token unless you pick another"))
        if not first:
            badge.hide()  # (never show() a widget before it has a parent: it would open a window)

        self.value = ElidedLabel(stored.masked, objectName="tokenValue")
        self.value.setAccessibleName(translate("ui.settings.token_row", "Token, masked"))
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.value.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

        # The row's label in each button's name tells the rows' buttons apart for screen readers.
        label = stored.label
        self.reveal_button = self._tool(
            "revealButton", "eye", translate("ui.settings.token_row", "Show this token"),
            translate("ui.settings.token_row", "Show token {label}").format(label=label),
        )
        self.reveal_button.setCheckable(True)
        self.reveal_button.toggled.connect(self.set_revealed)
        self.copy_button = self._tool(
            "copyButton", "copy", translate("ui.settings.token_row", "Copy this token to the clipboard"),
            translate("ui.settings.token_row", "Copy token {label}").format(label=label),
        )
        self.copy_button.clicked.connect(self.copy)
        self.copied = QLabel(translate("ui.settings.token_row", "Copied"), objectName="copiedNote")
        self.copied.hide()
        self.edit_button = self._tool(
            "editTokenButton", "edit", translate("ui.settings.token_row", "Edit the label or replace the token"),
            translate("ui.settings.token_row", "Edit token {label}").format(label=label),
        )
        self.edit_button.clicked.connect(lambda: self.editRequested.emit(self.label))
        self.delete_button = self._tool(
            "deleteTokenButton", "delete", translate("ui.settings.token_row", "Delete this token (you can undo)"),
            translate("ui.settings.token_row", "Delete token {label}").format(label=label),
        )
        self.delete_button.clicked.connect(lambda: self.deleteRequested.emit(self.label))
        self.check_button = QPushButton(translate("ui.settings.token_row", "Check"), objectName="checkButton")
        self.check_button.setAccessibleName(
            translate("ui.settings.token_row", "Check token {label}").format(label=label)
        )
        self.check_button.setToolTip(translate(
            "ui.settings.token_row",
            "Send one tiny request to see whether this token works (costs one call of today's quota)",
        ))
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
        self.status.setAccessibleName(translate("ui.settings.token_row", "Check result"))
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
        tools = QHBoxLayout()  # the icon buttons close together: room for the name at a large text size
        tools.setSpacing(2)
        for button in (self.reveal_button, self.copy_button, self.edit_button, self.delete_button):
            tools.addWidget(button)
        top.addLayout(tools)
        top.addSpacing(4)
        top.addWidget(self.check_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 10, 8)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.status_box)

    def _tool(self, name: str, icon: str, tip: str, accessible_name: str) -> QToolButton:
        button = QToolButton(objectName=name)
        button.setIcon(line_icon(icon))
        follow_text_size(button)
        button.setToolTip(tip)
        button.setAccessibleName(accessible_name)
        button.setAutoRaise(True)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        return button

    def set_revealed(self, on: bool) -> None:
        """Show the token (read from the keychain on request) or its mask again."""
        self.value.setText("…" if on else self.stored.masked)
        self.reveal_button.setIcon(line_icon("eye-off" if on else "eye"))
        label = self.stored.label
        if on:
            self.value.setAccessibleName(translate("ui.settings.token_row", "Token, shown"))
            self.reveal_button.setToolTip(translate(
                "ui.settings.token_row", "Hide this token (hides itself after {seconds} s)"
            ).format(seconds=REVEAL_SECONDS))
            self.reveal_button.setAccessibleName(
                translate("ui.settings.token_row", "Hide token {label}").format(label=label)
            )
        else:
            self.value.setAccessibleName(translate("ui.settings.token_row", "Token, masked"))
            self.reveal_button.setToolTip(translate("ui.settings.token_row", "Show this token"))
            self.reveal_button.setAccessibleName(
                translate("ui.settings.token_row", "Show token {label}").format(label=label)
            )
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
        if self._running:
            self.check_button.setText(translate("ui.settings.token_row", "Cancel"))
            self.check_button.setToolTip(translate("ui.settings.token_row", "Stop this check"))
            name = translate("ui.settings.token_row", "Cancel the check of token {label}")
        else:
            self.check_button.setText(translate("ui.settings.token_row", "Check"))
            self.check_button.setToolTip(translate(
                "ui.settings.token_row",
                "Send one tiny request to see whether this token works (costs one call of today's quota)",
            ))
            name = translate("ui.settings.token_row", "Check token {label}")
        self.check_button.setAccessibleName(name.format(label=self.stored.label))
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
