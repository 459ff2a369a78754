"""Settings → Network: timeouts and the proxy for every provider, saved at once, with a connection test.

Every change is written through ``services.settings_store.update`` and then
applied with ``services.apply_network``. The proxy's user name and password go
to the keychain, never to the settings file; the password field is cleared once
the password is stored. "Test connection" makes one GET of the default
provider's model list (no token, no quota) through what the form shows.
"""

from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from msdesk.core.errors import BadConfiguration
from msdesk.core.i18n import translate
from msdesk.core.network import (
    describe_proxy,
    proxy_credentials,
    split_proxy_url,
    store_proxy_credentials,
    system_proxy_summary,
    validate_proxy_url,
)
from msdesk.core.settings import NetworkSettings, Settings
from msdesk.ui.async_task import user_message
from msdesk.ui.settings.provider_panel import hint_label, section_title
from msdesk.ui.theme import themed
from msdesk.ui.widgets.colors import ERROR_COLOR, OK_COLOR
from msdesk.ui.widgets.runner import make_runner

if TYPE_CHECKING:
    from collections.abc import Callable, Coroutine

    from msdesk.core.services import Services

log = logging.getLogger(__name__)

STYLE = f"""
#networkError {{ color: {ERROR_COLOR}; }}
#networkTestStatus {{ color: palette(placeholder-text); }}
#networkTestStatus[state="ok"] {{ color: {OK_COLOR}; }}
#networkTestStatus[state="error"] {{ color: {ERROR_COLOR}; }}
"""


def password_stored() -> str:
    """The password field's placeholder once a password is in the keychain."""
    return translate("ui.settings.network_section", "Stored in the keychain")


def password_none() -> str:
    """The placeholder of an empty, optional field."""
    return translate("ui.settings.network_section", "Optional")


def _seconds(object_name: str, name: str, tooltip: str, maximum: int) -> QSpinBox:
    spin = QSpinBox(objectName=object_name)
    spin.setRange(1, maximum)
    spin.setSuffix(translate("ui.settings.network_section", " s"))
    spin.setAccessibleName(name)
    spin.setToolTip(tooltip)
    spin.setKeyboardTracking(False)  # saved when the value is committed, not at every key
    spin.setMinimumWidth(96)
    return spin


class NetworkSection(QWidget):
    """Timeouts (connect, first byte, idle) and the proxy (system, none, custom).

    Signals:
        saved(): the settings were written and handed to the HTTP clients.
        tested(str): the outcome of "Test connection", as shown.
    """

    saved = Signal()
    tested = Signal(str)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("networkSection")
        self.setAccessibleName(translate("ui.settings.network_section", "Network settings"))
        self.setStyleSheet(themed(STYLE))
        self._services = services
        self._runner = make_runner(self)
        self._work: dict[str, asyncio.Task[Any]] = {}
        self._loading = False
        self._stored_user = ""
        self._has_password = False
        self._serial = 0
        self.credentials_loaded = False

        # -- timeouts
        self.connect_spin = _seconds(
            "connectTimeout", translate("ui.settings.network_section", "Connect timeout"),
            translate("ui.settings.network_section", "The longest wait to open a connection"), 300,
        )
        self.first_byte_spin = _seconds(
            "firstByteTimeout", translate("ui.settings.network_section", "First-byte timeout"),
            translate("ui.settings.network_section", "The longest wait for an answer to start (large models can think for a while)"), 3600,
        )
        self.idle_spin = _seconds(
            "idleTimeout", translate("ui.settings.network_section", "Idle timeout"),
            translate("ui.settings.network_section", "The longest silence between two pieces of an answer"), 3600,
        )
        for spin in (self.connect_spin, self.first_byte_spin, self.idle_spin):
            spin.valueChanged.connect(self._save_timeouts)
        timeouts = QFormLayout()
        timeouts.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        timeouts.setHorizontalSpacing(14)
        timeouts.addRow(translate("ui.settings.network_section", "&Connect"), self.connect_spin)
        timeouts.addRow(translate("ui.settings.network_section", "&First byte"), self.first_byte_spin)
        timeouts.addRow(translate("ui.settings.network_section", "&Idle between chunks"), self.idle_spin)

        # -- proxy
        self.proxy_system = QRadioButton(translate("ui.settings.network_section", "S&ystem"), objectName="proxySystem")
        self.proxy_system.setToolTip(translate("ui.settings.network_section", "Use HTTP_PROXY, HTTPS_PROXY and NO_PROXY, or the OS proxy setting"))
        self.proxy_none = QRadioButton(translate("ui.settings.network_section", "&None"), objectName="proxyNone")
        self.proxy_none.setToolTip(translate("ui.settings.network_section", "Connect directly, whatever the environment says"))
        self.proxy_custom = QRadioButton(translate("ui.settings.network_section", "C&ustom"), objectName="proxyCustom")
        self.proxy_custom.setToolTip(translate("ui.settings.network_section", "Send every request through the proxy below"))
        self.modes = QButtonGroup(self)
        self.proxy_system.setAccessibleName(translate("ui.settings.network_section", "System proxy"))
        self.proxy_none.setAccessibleName(translate("ui.settings.network_section", "None proxy"))
        self.proxy_custom.setAccessibleName(translate("ui.settings.network_section", "Custom proxy"))
        for button in (self.proxy_system, self.proxy_none, self.proxy_custom):
            self.modes.addButton(button)
        self.modes.buttonToggled.connect(self._on_mode_toggled)
        modes_row = QHBoxLayout()
        modes_row.setSpacing(18)
        for button in (self.proxy_system, self.proxy_none, self.proxy_custom):
            modes_row.addWidget(button)
        modes_row.addStretch(1)
        self.system_note = hint_label("", "proxySystemNote")

        self.url_edit = QLineEdit(objectName="proxyUrl")
        self.url_edit.setAccessibleName(translate("ui.settings.network_section", "Proxy URL"))
        self.url_edit.setPlaceholderText("http://proxy.example.com:8080")
        self.url_edit.setToolTip(translate("ui.settings.network_section", "http://, https:// or socks5://; saved when you leave the field"))
        self.url_edit.editingFinished.connect(self.commit_url)
        self.user_edit = QLineEdit(objectName="proxyUser")
        self.user_edit.setAccessibleName(translate("ui.settings.network_section", "Proxy user name"))
        self.user_edit.setPlaceholderText(password_none())
        self.user_edit.editingFinished.connect(self.commit_credentials)
        self.password_edit = QLineEdit(objectName="proxyPassword")
        self.password_edit.setAccessibleName(translate("ui.settings.network_section", "Proxy password"))
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(password_none())
        self.password_edit.setToolTip(translate("ui.settings.network_section", "Kept in the system keychain, never in the settings file"))
        self.password_edit.editingFinished.connect(self.commit_credentials)
        self.custom_box = QWidget(objectName="proxyCustomBox")
        custom = QFormLayout(self.custom_box)
        custom.setContentsMargins(0, 0, 0, 0)
        custom.setHorizontalSpacing(14)
        custom.addRow(translate("ui.settings.network_section", "Proxy &URL"), self.url_edit)
        custom.addRow(translate("ui.settings.network_section", "User na&me"), self.user_edit)
        custom.addRow(translate("ui.settings.network_section", "Pass&word"), self.password_edit)

        self.error = QLabel(objectName="networkError", wordWrap=True)
        self.error.setAccessibleName(translate("ui.settings.network_section", "Network settings error"))
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.hide()

        self.test_button = QPushButton(translate("ui.settings.network_section", "&Test connection"), objectName="networkTestButton")
        self.test_button.setAccessibleName(translate("ui.settings.network_section", "Test the connection"))
        self.test_button.setToolTip(translate("ui.settings.network_section", "One request for the default provider's model list: no token, no quota"))
        self.test_button.clicked.connect(self.test)
        self.test_status = QLabel(objectName="networkTestStatus", wordWrap=True)
        self.test_status.setAccessibleName(translate("ui.settings.network_section", "Connection test result"))
        self.test_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        test_row = QHBoxLayout()
        test_row.setSpacing(10)
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.test_status, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 28, 28)
        layout.setSpacing(8)
        layout.addWidget(section_title(translate("ui.settings.network_section", "Network"), "networkTitle"))
        layout.addWidget(hint_label(
            translate("ui.settings.network_section", "For every provider. Changes are saved and used at once; answers already arriving "
                      "finish as they started."), "networkHint"))
        layout.addSpacing(6)
        layout.addWidget(section_title(translate("ui.settings.network_section", "Timeouts"), "timeoutsTitle"))
        layout.addLayout(timeouts)
        layout.addWidget(hint_label(
            translate("ui.settings.network_section", "First byte: how long an answer may take to start. Idle: how long it may pause once "
                      "it has started."), "timeoutsHint"))
        layout.addSpacing(10)
        layout.addWidget(section_title(translate("ui.settings.network_section", "Proxy"), "proxyTitle"))
        layout.addLayout(modes_row)
        layout.addWidget(self.system_note)
        layout.addWidget(self.custom_box)
        layout.addWidget(self.error)
        layout.addSpacing(10)
        layout.addLayout(test_row)
        layout.addStretch(1)

        self.load()
        self._start(self._load_credentials(), key="credentials-load")

    # -- state --------------------------------------------------------------------

    def mode(self) -> str:
        if self.proxy_none.isChecked():
            return "none"
        if self.proxy_custom.isChecked():
            return "custom"
        return "system"

    def load(self) -> None:
        """Show the saved settings."""
        network = self._services.settings.network
        self._loading = True
        try:
            self.connect_spin.setValue(round(network.connect_timeout))
            self.first_byte_spin.setValue(round(network.first_byte_timeout))
            self.idle_spin.setValue(round(network.read_timeout))
            {"none": self.proxy_none, "custom": self.proxy_custom}.get(
                network.proxy_mode, self.proxy_system
            ).setChecked(True)
            self.url_edit.setText(network.proxy_url or "")
        finally:
            self._loading = False
        self._update_enabled()

    def form_network(self) -> NetworkSettings:
        """The network settings as the form shows them (saved or not)."""
        return NetworkSettings(
            connect_timeout=float(self.connect_spin.value()),
            read_timeout=float(self.idle_spin.value()),
            first_byte_timeout=float(self.first_byte_spin.value()),
            proxy_mode=self.mode(),
            proxy_url=self.url_edit.text().strip() or None,
        )

    def _update_enabled(self) -> None:
        custom = self.proxy_custom.isChecked()
        self.custom_box.setEnabled(custom)
        if self.proxy_system.isChecked():
            found = system_proxy_summary()
            self.system_note.setText(
                translate("ui.settings.network_section", "Now {proxy}, from the environment or the system settings.").format(proxy=found)
                if found else translate("ui.settings.network_section", "No system proxy is set now, so msdesk connects directly.")
            )
            self.system_note.show()
        else:
            self.system_note.hide()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def _start(self, coro: Coroutine[Any, Any, Any], *, key: str,
               on_result: Callable[[Any], None] | None = None,
               on_error: Callable[[BaseException], None] | None = None) -> None:
        self._work[key] = self._runner.start(coro, key=key, on_result=on_result, on_error=on_error)

    async def settled(self) -> None:
        """Wait for the saves and applies started so far (the test waits for them too)."""
        for key in ("credentials", "apply"):
            task = self._work.get(key)
            if task is not None and not task.done():
                try:
                    await asyncio.shield(task)
                except Exception:  # reported by the runner already
                    pass

    # -- saving ----------------------------------------------------------------------

    def _save(self, change: Callable[[Settings], None]) -> bool:
        try:
            self._services.settings_store.update(change)
        except Exception as exc:
            self._show_error(translate("ui.settings.network_section", "Not saved: {reason}").format(reason=user_message(exc)))
            return False
        self._apply()
        return True

    def _apply(self) -> None:
        network = self._services.settings.network

        async def apply() -> None:
            await self._services.apply_network(network)

        def failed(exc: BaseException) -> None:
            if shiboken6.isValid(self):
                self._show_error(user_message(exc))

        self._start(apply(), key="apply", on_result=lambda _r: self._applied(), on_error=failed)

    def _applied(self) -> None:
        if shiboken6.isValid(self):
            self.saved.emit()

    def _save_timeouts(self) -> None:
        if self._loading:
            return
        connect = float(self.connect_spin.value())
        first = float(self.first_byte_spin.value())
        idle = float(self.idle_spin.value())
        network = self._services.settings.network
        if (connect, first, idle) == (network.connect_timeout, network.first_byte_timeout, network.read_timeout):
            return

        def change(settings: Settings) -> None:
            settings.network.connect_timeout = connect
            settings.network.first_byte_timeout = first
            settings.network.read_timeout = idle

        self._save(change)

    def _on_mode_toggled(self, button: QRadioButton, checked: bool) -> None:
        if self._loading or not checked:
            return
        self._update_enabled()
        mode = self.mode()
        if mode == "custom":
            self.commit_url()
            return
        self._show_error("")
        if self._services.settings.network.proxy_mode != mode:
            self._save(lambda s: setattr(s.network, "proxy_mode", mode))

    def commit_url(self) -> bool:
        """Check the proxy URL and save it (with the Custom mode when chosen); errors show inline."""
        if self._loading:
            return False
        url, credentials = split_proxy_url(self.url_edit.text())
        if credentials is not None:
            # A pasted user:password@ goes to the keychain, not into the settings file.
            self.url_edit.setText(url)
            self.user_edit.setText(credentials[0])
            self.password_edit.setText(credentials[1])
            self.commit_credentials()
        if not url and not self.proxy_custom.isChecked():
            return True
        try:
            url = validate_proxy_url(url)
        except BadConfiguration as exc:
            if self.proxy_custom.isChecked():
                self._show_error(translate("ui.settings.network_section", "{problem} Until then msdesk keeps the previous proxy setting.")
                                 .format(problem=exc.message))
            return False
        self._show_error("")
        mode = self.mode()
        network = self._services.settings.network
        if network.proxy_url == url and (mode != "custom" or network.proxy_mode == "custom"):
            return True

        def change(settings: Settings) -> None:
            settings.network.proxy_url = url
            if mode == "custom":
                settings.network.proxy_mode = "custom"

        return self._save(change)

    def commit_credentials(self) -> None:
        """Keep the user name and password in the keychain (an empty user name removes them).

        Stores run one after the other, in the order they were asked for.
        """
        if not self.credentials_loaded:
            return
        user = self.user_edit.text().strip()
        password = self.password_edit.text()
        if user == self._stored_user and not password:
            return
        keep_stored = bool(user) and not password and self._has_password
        secrets = self._services.secrets
        previous = self._work.get("credentials")
        self.password_edit.clear()  # not kept in the window once it is on its way to the keychain
        self._show_credentials(user, bool(user) and (bool(password) or keep_stored))

        async def store() -> None:
            if previous is not None and not previous.done():
                try:
                    await asyncio.shield(previous)
                except Exception:  # reported already; this store goes on
                    pass
            kept = password
            if keep_stored:
                stored = await proxy_credentials(secrets)  # a new user name, the same password
                kept = stored[1] if stored else ""
            await store_proxy_credentials(secrets, user, kept)
            await self._services.apply_network(self._services.settings.network)

        def done(_result: object) -> None:
            if shiboken6.isValid(self):
                self.saved.emit()

        def failed(exc: BaseException) -> None:
            if shiboken6.isValid(self):
                self._show_error(translate("ui.settings.network_section", "The proxy user name and password were not stored: {reason}")
                                 .format(reason=user_message(exc)))
                self._start(self._load_credentials(), key="credentials-load")

        self._serial += 1
        task = self._runner.start(store(), key=f"credentials-{self._serial}", on_result=done, on_error=failed)
        self._work["credentials"] = task

    async def _load_credentials(self) -> None:
        try:
            credentials = await proxy_credentials(self._services.secrets)
        except Exception as exc:
            log.warning("could not read the proxy credentials: %s", type(exc).__name__)
            credentials = None
        if not shiboken6.isValid(self):
            return
        self.credentials_loaded = True
        if credentials is None:
            self._show_credentials("", False)
        else:
            self._show_credentials(credentials[0], bool(credentials[1]))

    def _show_credentials(self, user: str, has_password: bool) -> None:
        self._stored_user, self._has_password = user, has_password
        if not self.user_edit.hasFocus():
            self.user_edit.setText(user)
        self.password_edit.setPlaceholderText(password_stored() if has_password else password_none())

    # -- test --------------------------------------------------------------------------

    def test(self) -> None:
        """Save what is being edited, then one GET of the default provider's model list."""
        self.commit_url()
        self.commit_credentials()
        network = self.form_network()
        self.test_button.setEnabled(False)
        self._set_status(translate("ui.settings.network_section", "Testing…"), "")
        provider = self._services.provider()

        async def check() -> float:
            await self.settled()
            return await self._services.check_network(network)

        def done(seconds: float) -> None:
            if not shiboken6.isValid(self):
                return
            mode = network.proxy_mode
            if mode == "custom":
                text = translate("ui.settings.network_section", "✓ {provider} answered in {ms} ms, through {proxy}.")
            elif mode == "system" and system_proxy_summary():
                text = translate("ui.settings.network_section", "✓ {provider} answered in {ms} ms, through the system proxy.")
            else:
                text = translate("ui.settings.network_section", "✓ {provider} answered in {ms} ms, directly.")
            self._finish(text.format(provider=provider.name, ms=f"{seconds * 1000:.0f}",
                                     proxy=describe_proxy(network) if mode == "custom" else ""), "ok")

        def failed(exc: BaseException) -> None:
            if shiboken6.isValid(self):
                self._finish(f"✕ {user_message(exc)}", "error")

        self._start(check(), key="test", on_result=done, on_error=failed)

    def _finish(self, text: str, state: str) -> None:
        self.test_button.setEnabled(True)
        self._set_status(text, state)
        self.tested.emit(text)

    def _set_status(self, text: str, state: str) -> None:
        self.test_status.setText(text)
        self.test_status.setProperty("state", state)
        self.test_status.style().unpolish(self.test_status)
        self.test_status.style().polish(self.test_status)

    def status_text(self) -> str:
        return self.test_status.text()
