"""Settings → Network with real widgets, real services, the fake ModelScope and a real local proxy."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QWidget

from msdesk.core.network import proxy_credentials
from msdesk.core.services import Services
from msdesk.ui.settings.page import SettingsPage
from tests.conftest import until
from tests.test_network import PROXY_PASSWORD, PROXY_USER, ForwardProxy

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)\(\)")


@pytest.fixture
def proxy():
    with ForwardProxy((PROXY_USER, PROXY_PASSWORD)) as server:
        yield server


@asynccontextmanager
async def open_network(services: Services) -> AsyncIterator[SettingsPage]:
    page = SettingsPage(services)
    page.resize(1100, 760)
    page.show()
    try:
        yield page
    finally:
        page.hide()
        page.deleteLater()
        await until(lambda: not shiboken6.isValid(page), message="the page was not deleted")


def saved(services: Services) -> dict:
    services.settings_store.flush()  # written in the background: wait for the disk
    return json.loads(services.paths.settings_file.read_text(encoding="utf-8"))["network"]


def type_into(qtbot, edit: QLineEdit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)  # editingFinished, as leaving the field


async def run_test(qtbot, page: SettingsPage, count: int) -> str:
    """Press Test connection and wait for its result line."""
    section = page.network
    results: list[str] = []
    section.tested.connect(results.append)
    qtbot.mouseClick(section.test_button, Qt.MouseButton.LeftButton)
    await until(lambda: len(results) >= 1, timeout=15, message="the test did not report")
    section.tested.disconnect(results.append)
    assert section.test_button.isEnabled()
    return results[-1]


def test_network_section_saves_at_once_and_tests_directly(qtbot, run_async, fake_env):
    async def scenario():
        services = await Services.open()
        try:
            async with open_network(services) as page:
                assert not page.network.isVisible()
                qtbot.mouseClick(page.network_button, Qt.MouseButton.LeftButton)
                section = page.findChild(QWidget, "networkSection")
                assert section is page.network and section.isVisible()
                assert section.proxy_system.isChecked() and not section.custom_box.isEnabled()
                assert section.first_byte_spin.value() == 120 and section.idle_spin.value() == 60

                spin = section.first_byte_spin
                spin.setFocus()
                spin.lineEdit().selectAll()
                qtbot.keyClicks(spin, "45")
                qtbot.keyClick(spin, Qt.Key.Key_Return)
                section.idle_spin.setValue(20)
                section.connect_spin.setValue(7)
                await until(lambda: services.network_config.network.read_timeout == 20)
                network = saved(services)
                assert (network["first_byte_timeout"], network["read_timeout"], network["connect_timeout"]) \
                    == (45, 20, 7)
                assert services.network_config.network.first_byte_timeout == 45
                assert services.http.current.timeout.connect == 7

                qtbot.mouseClick(section.proxy_none, Qt.MouseButton.LeftButton)
                await until(lambda: services.network_config.network.proxy_mode == "none")
                assert saved(services)["proxy_mode"] == "none"

                before = len(fake_env.requests)
                result = await run_test(qtbot, page, 1)
                assert result.startswith("✓ ModelScope answered in ") and result.endswith(" ms, directly.")
                assert section.test_status.property("state") == "ok"
                sent = fake_env.requests[before:]
                assert [r.path for r in sent] == ["/v1/models"] and "authorization" not in sent[0].headers

                # Back to the provider when one is clicked.
                first = page.list.list.item(0)
                qtbot.mouseClick(page.list.list.viewport(), Qt.MouseButton.LeftButton,
                                 pos=page.list.list.visualItemRect(first).center())
                assert page.panel.isVisible() and not page.network_button.isChecked()
        finally:
            await services.aclose()

    run_async(scenario())


def test_custom_proxy_credentials_go_to_the_keychain_and_the_test_uses_them(
    qtbot, run_async, fake_env, proxy, isolated_home
):
    async def scenario():
        services = await Services.open()
        try:
            async with open_network(services) as page:
                page.show_network()
                section = page.network
                await until(lambda: section.credentials_loaded)

                qtbot.mouseClick(section.proxy_custom, Qt.MouseButton.LeftButton)
                assert section.custom_box.isEnabled()
                assert section.error.isVisible() and "No proxy URL is set" in section.error.text()
                assert saved_mode(services) == "system"  # nothing usable yet: nothing saved

                type_into(qtbot, section.url_edit, proxy.url)
                await until(lambda: services.network_config.network.proxy_mode == "custom")
                assert not section.error.isVisible()
                assert saved(services)["proxy_url"] == proxy.url

                assert section.password_edit.echoMode() == QLineEdit.EchoMode.Password
                type_into(qtbot, section.user_edit, PROXY_USER)
                section.password_edit.setFocus()
                qtbot.keyClicks(section.password_edit, PROXY_PASSWORD)
                result = await run_test(qtbot, page, 1)
                assert result.startswith("✓ ModelScope answered in ")
                assert result.endswith(f" ms, through {proxy.url}.")
                assert [path for _, path in proxy.forwarded] == [f"{fake_env.api_base}/models"]
                assert proxy.refused == 0
                assert await proxy_credentials(services.secrets) == (PROXY_USER, PROXY_PASSWORD)
                assert section.password_edit.text() == ""
                assert section.password_edit.placeholderText() == "Stored in the keychain"

                # A wrong password: the test says what the proxy wants.
                section.password_edit.setFocus()
                qtbot.keyClicks(section.password_edit, "not-the-password")
                result = await run_test(qtbot, page, 2)
                assert result.startswith("✕ The proxy ") and "HTTP 407" in result
                assert section.test_status.property("state") == "error"

                # A new user name keeps the stored password.
                await _store(services, PROXY_USER, PROXY_PASSWORD)
                type_into(qtbot, section.user_edit, "bob")
                await section.settled()
                assert await proxy_credentials(services.secrets) == ("bob", PROXY_PASSWORD)

                widgets = [page, *page.findChildren(QWidget)]
                for widget in widgets:
                    texts = [widget.toolTip(), widget.accessibleName(), widget.objectName()]
                    if isinstance(widget, QLineEdit):
                        texts.append(widget.text())
                    assert not [t for t in texts if PROXY_PASSWORD in t]
        finally:
            await services.aclose()

    run_async(scenario())
    for path in (p for p in isolated_home.rglob("*") if p.is_file()):
        assert PROXY_PASSWORD.encode() not in path.read_bytes(), path


async def _store(services: Services, user: str, password: str) -> None:
    from msdesk.core.network import store_proxy_credentials

    await store_proxy_credentials(services.secrets, user, password)


def saved_mode(services: Services) -> str:
    services.settings_store.flush()
    if not services.paths.settings_file.exists():
        return "system"
    return saved(services)["proxy_mode"]


def test_a_bad_proxy_url_is_explained_and_not_saved(qtbot, run_async, fake_env):
    async def scenario():
        services = await Services.open()
        try:
            async with open_network(services) as page:
                page.show_network()
                section = page.network
                await until(lambda: section.credentials_loaded)
                qtbot.mouseClick(section.proxy_custom, Qt.MouseButton.LeftButton)
                type_into(qtbot, section.url_edit, "ftp://proxy.example.com:21")
                assert section.error.isVisible()
                assert "must start with http://, https:// or socks5://" in section.error.text()
                assert saved_mode(services) == "system"
                assert services.network_config.network.proxy_mode == "system"

                before = len(fake_env.requests)
                result = await run_test(qtbot, page, 1)
                assert result.startswith("✕ The proxy URL 'ftp://proxy.example.com:21' cannot be used")
                assert len(fake_env.requests) == before  # nothing was sent

                # Credentials pasted into the URL move to their own fields and the keychain.
                type_into(qtbot, section.url_edit, "http://carol:hunter2222@127.0.0.1:9")
                assert section.url_edit.text() == "http://127.0.0.1:9"
                assert section.user_edit.text() == "carol" and section.password_edit.text() == ""
                await until(lambda: services.network_config.network.proxy_url == "http://127.0.0.1:9")
                await section.settled()
                assert await proxy_credentials(services.secrets) == ("carol", "hunter2222")
                services.settings_store.flush()
                assert "hunter2222" not in services.paths.settings_file.read_text(encoding="utf-8")

                # Back to None: requests go direct again.
                qtbot.mouseClick(section.proxy_none, Qt.MouseButton.LeftButton)
                assert not section.custom_box.isEnabled() and not section.error.isVisible()
                result = await run_test(qtbot, page, 2)
                assert result.endswith(" ms, directly.")
        finally:
            await services.aclose()

    run_async(scenario())
