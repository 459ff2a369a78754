"""Settings → Model providers: real widgets on the offscreen platform, real services.

Tokens go through the real keychain (gnome-keyring on a private D-Bus) where
the test says so; checks go to the fake ModelScope over HTTP.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from msdesk.core.services import Services
from msdesk.core.settings import SettingsStore
from msdesk.ui.settings.page import SettingsPage
from msdesk.ui.settings.provider_list import ROLE_ID
from tests.conftest import until
from tests.fakes.modelscope import BIND_TOKEN, VALID_TOKEN

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)\(\)")

SECOND_TOKEN = "ms-11111111-2222-4333-8444-555555555555"
UNKNOWN_TOKEN = "ms-99999999-8888-4777-8666-555555555555"


@asynccontextmanager
async def open_page(services: Services) -> AsyncIterator[SettingsPage]:
    """The page in a window; deleted by Qt on this thread before the services close."""
    page = SettingsPage(services)
    page.resize(1100, 760)
    page.show()
    page.activateWindow()
    try:
        yield page
    finally:
        page.hide()  # closing the last window would quit the application
        page.deleteLater()
        await until(lambda: not shiboken6.isValid(page), message="the page was not deleted")


def saved_settings(services: Services):
    """The settings as a fresh read of the file on disk sees them."""
    store = SettingsStore(services.paths.settings_file)
    return store.load()


def visible_windows() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible()]


def files_under(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file()]


def secrets_in_widgets(page: QWidget, secret: str) -> list[str]:
    """Widgets that carry the secret in a tooltip, accessible name/description or object name."""
    found = []
    for widget in [page, *page.findChildren(QWidget)]:
        for text in (widget.toolTip(), widget.accessibleName(), widget.accessibleDescription(),
                     widget.objectName()):
            if secret in text:
                found.append(f"{type(widget).__name__}#{widget.objectName()}")
    return found


async def token_rows(page: SettingsPage, count: int):
    tokens = page.panel.tokens
    await until(lambda: tokens.loaded and len(tokens.rows) == count,
                message=f"expected {count} token rows")
    return tokens


# -- tokens --------------------------------------------------------------------


@pytest.mark.keychain
def test_tokens_land_in_the_keychain_only(qtbot, run_async, keychain, real_secret_store, fake_env,
                                          isolated_home):
    async def scenario():
        for label in await real_secret_store.labels("modelscope"):
            await real_secret_store.remove("modelscope", label)
        services = await Services.open(secrets=real_secret_store)
        try:
            assert services.secrets.info.persistent
            async with open_page(services) as page:
                tokens = page.panel.tokens
                assert not tokens.banner.isVisibleTo(page)  # a real keychain: no warning

                # First token: the inline form, focused by focus_first_token.
                page.focus_first_token("modelscope")
                await until(lambda: tokens.first_form is not None and tokens.first_form.isVisible())
                form = tokens.first_form
                assert form.findChild(QWidget, "tokenEdit") is form.token_edit
                assert form.findChild(QWidget, "tokenLabelEdit") is form.label_edit
                await until(lambda: form.token_edit.hasFocus(), message="token field has no focus")
                assert form.token_edit.echoMode() == form.token_edit.EchoMode.Password
                assert form.label_edit.text() == "main"
                assert form.get_link is not None and "myaccesstoken" in form.get_link.text()
                qtbot.keyClicks(form.token_edit, f"  {VALID_TOKEN}  ")
                assert not form.warning.isVisibleTo(page)  # a well-formed token: no warning
                qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
                await token_rows(page, 1)
                assert await real_secret_store.get("modelscope", "main") == VALID_TOKEN

                row = tokens.rows["main"]
                assert row.value.text() != VALID_TOKEN and VALID_TOKEN not in row.value.text()
                assert row.value.text() == row.stored.masked
                row.reveal_button.click()  # the token is read from the keychain for this
                await until(lambda: row.value.text() == VALID_TOKEN)
                row.reveal_button.click()
                assert row.value.text() == row.stored.masked

                # A backup token through the Add token dialog.
                qtbot.mouseClick(tokens.add_button, Qt.MouseButton.LeftButton)
                dialog = tokens.token_dialog
                assert dialog is not None and dialog.isVisible()
                assert dialog.findChild(QWidget, "tokenLabelEdit").text() == "backup 1"
                token_edit = dialog.findChild(QWidget, "tokenEdit")
                assert token_edit.echoMode() == token_edit.EchoMode.Password
                qtbot.keyClicks(token_edit, "not-a-token")
                assert dialog.form.warning.isVisible()
                assert "ModelScope token" in dialog.form.warning.text()
                token_edit.clear()
                qtbot.keyClicks(token_edit, f"   {SECOND_TOKEN} ")
                assert not dialog.form.warning.isVisible()
                dialog.accept()
                await token_rows(page, 2)
                assert tokens.token_dialog is None
                assert await real_secret_store.get("modelscope", "backup 1") == SECOND_TOKEN
                assert await real_secret_store.labels("modelscope") == ["main", "backup 1"]
                assert page.list.list.item(0).data(ROLE_ID) == "modelscope"
                await until(lambda: "2 tokens" in str(page.list.item("modelscope").data(Qt.ItemDataRole.UserRole + 2)))

                # Copy puts the token on the clipboard and says so.
                tokens.rows["backup 1"].copy_button.click()
                await until(lambda: QGuiApplication.clipboard().text() == SECOND_TOKEN)
                assert tokens.rows["backup 1"].copied.isVisible()
                QGuiApplication.clipboard().clear()

                # Change something so the settings file is written, then look for the tokens.
                services.config.set_enabled("bailian", True)
                services.settings_store.flush()  # written in the background: wait for the disk
                files = files_under(isolated_home)
                assert services.paths.settings_file in files
                for path in files:
                    data = path.read_bytes()
                    for secret in (VALID_TOKEN, SECOND_TOKEN):
                        assert secret.encode() not in data, path
                for secret in (VALID_TOKEN, SECOND_TOKEN):
                    assert secrets_in_widgets(page, secret) == []
        finally:
            for label in await real_secret_store.labels("modelscope"):
                await real_secret_store.remove("modelscope", label)
            await services.aclose()

    run_async(scenario())


def test_no_keychain_banner_with_the_memory_backend(qtbot, run_async):
    async def scenario():
        services = await Services.open()
        try:
            assert not services.secrets.info.persistent
            async with open_page(services) as page:
                banner = page.panel.tokens.banner
                assert banner.isVisibleTo(page)
                assert visible_windows() == [page]  # no widget flashed up as its own window
                text = page.panel.tokens.banner_text.text()
                assert "session only" in text
                assert "MSDESK_SECRET_BACKEND=memory" in text  # the store's own note
        finally:
            await services.aclose()

    run_async(scenario())


def test_first_token_form_validates_and_warns(qtbot, run_async):
    async def scenario():
        services = await Services.open()
        try:
            async with open_page(services) as page:
                page.focus_first_token()
                tokens = page.panel.tokens
                await until(lambda: tokens.first_form is not None and tokens.first_form.isVisible())
                form = tokens.first_form
                await until(lambda: form.token_edit.hasFocus())
                assert not tokens.add_button.isVisible()  # the form is the way in
                form.save_button.click()
                assert form.error.isVisible() and "Paste the token" in form.error.text()
                form.label_edit.setText("a/b")
                form.token_edit.setText(VALID_TOKEN)
                form.save_button.click()
                assert "label" in form.error.text()
                assert await services.secrets.labels("modelscope") == []
                form.label_edit.setText("work")
                form.token_edit.setText("  oldstyle  ")
                assert form.warning.isVisible()  # a warning, not a block
                qtbot.keyClick(form.token_edit, Qt.Key.Key_Return)
                await token_rows(page, 1)
                assert await services.secrets.get("modelscope", "work") == "oldstyle"
                row = tokens.rows["work"]
                assert "Press Check" in row.status_text()  # what to do next
                await until(row.check_button.hasFocus)

                # Bailian: the region choice, and its key prefix in the warning.
                page.select_provider("bailian")
                await until(lambda: tokens.first_form is not None and tokens.first_form.provider.id == "bailian")
                assert page.panel.region_row.isVisibleTo(page)
                tokens.first_form.token_edit.setText("abc")
                assert "sk-" in tokens.first_form.warning.text()
        finally:
            await services.aclose()

    run_async(scenario())


def test_edit_and_delete_with_undo(qtbot, run_async):
    async def scenario():
        services = await Services.open()
        try:
            await services.secrets.set("modelscope", "default", VALID_TOKEN)
            await services.secrets.set("modelscope", "backup 1", SECOND_TOKEN)
            async with open_page(services) as page:
                tokens = await token_rows(page, 2)

                tokens.rows["backup 1"].edit_button.click()
                dialog = tokens.token_dialog
                assert dialog.label_edit.text() == "backup 1"
                dialog.label_edit.setText("default")
                dialog.accept()
                assert "already exists" in dialog.form.error.text()
                dialog.label_edit.setText("  team account ")
                dialog.accept()  # the token field left empty keeps the token
                await until(lambda: "team account" in tokens.rows)
                assert await services.secrets.get("modelscope", "team account") == SECOND_TOKEN
                assert await services.secrets.labels("modelscope") == ["default", "team account"]

                tokens.rows["team account"].delete_button.click()
                await token_rows(page, 1)
                assert tokens.undo_bar.isVisible()
                assert await services.secrets.labels("modelscope") == ["default"]
                tokens.undo_button.click()
                await token_rows(page, 2)
                assert await services.secrets.get("modelscope", "team account") == SECOND_TOKEN
                assert not tokens.undo_bar.isVisible()
        finally:
            await services.aclose()

    run_async(scenario())


def test_the_list_follows_token_changes_and_reads_a_token_only_when_asked(qtbot, run_async):
    async def scenario():
        services = await Services.open()
        backend = services.secrets._backend
        reads: list[str] = []
        get_password = backend.get_password

        def counting(service: str, username: str) -> str | None:
            reads.append(username)
            return get_password(service, username)

        backend.get_password = counting
        try:
            await services.secrets.set("modelscope", "default", VALID_TOKEN)
            async with open_page(services) as page:
                tokens = await token_rows(page, 1)
                # A token stored elsewhere (the command line, another view) shows up from the notice.
                await services.tokens.store("modelscope", "team", SECOND_TOKEN)
                await token_rows(page, 2)
                assert tokens.rows["team"].value.text() == "ms-11…5555"
                # Listing and refreshing read the index, never a token.
                assert not [r for r in reads if r.startswith("modelscope/")]
                await services.tokens.rename("modelscope", "team", "work")  # moves the token in the keychain
                await until(lambda: set(tokens.rows) == {"default", "work"})
                reads.clear()
                row = tokens.rows["work"]
                row.reveal_button.click()
                await until(lambda: row.value.text() == SECOND_TOKEN)
                assert [r for r in reads if r.startswith("modelscope/")] == ["modelscope/work"]
                await services.tokens.delete("modelscope", "work")
                await token_rows(page, 1)
        finally:
            await services.aclose()

    run_async(scenario())


# -- checks --------------------------------------------------------------------


def chat_calls(fake) -> list:
    return [r for r in fake.requests if r.path.endswith("/chat/completions")]


def test_check_succeeds_against_the_fake(qtbot, run_async, fake_env):
    async def scenario():
        services = await Services.open()
        try:
            await services.secrets.set("modelscope", "default", VALID_TOKEN)
            async with open_page(services) as page:
                tokens = await token_rows(page, 1)
                row = tokens.rows["default"]
                qtbot.mouseClick(row.check_button, Qt.MouseButton.LeftButton)
                dialog = tokens.check_dialog
                assert dialog is not None and dialog.isVisible()
                assert dialog.model() == services.config.first_chat_model("modelscope")
                cost = dialog.findChild(QLabel, "checkCostNote").text()
                assert "one call" in cost and "quota" in cost
                model = dialog.model()
                dialog.accept()
                await until(lambda: row.state is not None and row.state.kind != "running")
                assert row.state.kind == "ok", row.state
                assert row.status_text().startswith("OK · ")
                assert " s" in row.status_text() and "calls left" in row.status_text()
                assert row.status.isVisible()
                calls = chat_calls(fake_env)
                assert len(calls) == 1
                assert calls[0].json["max_tokens"] == 1
                assert calls[0].json["model"] == model
                assert calls[0].token == VALID_TOKEN
        finally:
            await services.aclose()

    run_async(scenario())


@pytest.mark.parametrize(
    ("behaviour", "expected"),
    [("401", "rejected"), ("429", "00:00 UTC+8"), ("bind", "Alibaba Cloud")],
)
def test_check_failures_say_what_happened(qtbot, run_async, fake_env, behaviour, expected):
    async def scenario():
        services = await Services.open()
        try:
            await services.secrets.set("modelscope", "default", VALID_TOKEN)
            fake_env.set_behaviour(behaviour)
            async with open_page(services) as page:
                tokens = await token_rows(page, 1)
                row = tokens.rows["default"]
                row.check_button.click()
                tokens.check_dialog.accept()
                await until(lambda: row.state is not None and row.state.kind != "running")
                assert row.state.kind == "error"
                assert expected in row.status_text()
                if behaviour == "429":
                    assert "(in " in row.status_text() and "h " in row.status_text()
                if behaviour in ("401", "bind"):
                    assert '<a href="https://modelscope.cn/my/myaccesstoken">' in row.status.text()
        finally:
            await services.aclose()

    run_async(scenario())


def test_check_all_shows_a_result_per_row(qtbot, run_async, fake_env, monkeypatch):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))

    async def scenario():
        services = await Services.open()
        try:
            fake_env.add_token(SECOND_TOKEN)
            await services.secrets.set("modelscope", "default", VALID_TOKEN)
            await services.secrets.set("modelscope", "backup 1", SECOND_TOKEN)
            await services.secrets.set("modelscope", "old", UNKNOWN_TOKEN)
            await services.secrets.set("modelscope", "unbound", BIND_TOKEN)
            async with open_page(services) as page:
                tokens = await token_rows(page, 4)
                qtbot.mouseClick(tokens.check_all_button, Qt.MouseButton.LeftButton)
                dialog = tokens.check_dialog
                assert "4 tokens" in dialog.findChild(QLabel, "checkIntro").text()
                dialog.accept()
                await until(lambda: all(r.state and r.state.kind != "running" for r in tokens.rows.values()))
                assert visible_windows() == [page]
                states = {label: row.state.kind for label, row in tokens.rows.items()}
                assert states == {"default": "ok", "backup 1": "ok", "old": "error", "unbound": "error"}
                assert "rejected" in tokens.rows["old"].status_text()
                assert "bind" in tokens.rows["unbound"].status_text()
                assert {c.token for c in chat_calls(fake_env)} == {VALID_TOKEN, SECOND_TOKEN, UNKNOWN_TOKEN, BIND_TOKEN}
                assert tokens.check_all_button.text() == "Check all"

                # The link in an error opens the browser.
                tokens.rows["unbound"].status.linkActivated.emit("https://modelscope.cn/my/myaccesstoken")
                assert opened == ["https://modelscope.cn/my/myaccesstoken"]

                # Results survive switching providers and back.
                page.select_provider("bailian")
                page.select_provider("modelscope")
                tokens = await token_rows(page, 4)
                assert tokens.rows["default"].state.kind == "ok"
        finally:
            await services.aclose()

    run_async(scenario())


def test_a_running_check_can_be_cancelled(qtbot, run_async, fake_env):
    async def scenario():
        services = await Services.open()
        try:
            fake_env.slow_seconds = 5.0
            fake_env.set_behaviour("slow")
            await services.secrets.set("modelscope", "default", VALID_TOKEN)
            async with open_page(services) as page:
                tokens = await token_rows(page, 1)
                row = tokens.rows["default"]
                row.check_button.click()
                tokens.check_dialog.accept()
                await until(lambda: row.state is not None and row.state.kind == "running")
                assert row.spinner.isVisible()
                assert row.check_button.text() == "Cancel"
                assert tokens.check_all_button.text() == "Cancel checks"
                row.check_button.click()
                await until(lambda: row.state.kind == "cancelled", timeout=2)
                assert row.check_button.text() == "Check"
                assert not row.spinner.isVisible()
                assert tokens.check_all_button.text() == "Check all"
        finally:
            await services.aclose()

    run_async(scenario())


# -- API host --------------------------------------------------------------------


def test_api_host_preview_validation_save_and_reset(qtbot, run_async):
    async def scenario():
        services = await Services.open()
        try:
            async with open_page(services) as page:
                page.select_provider("modelscope")
                host = page.panel.host
                edit = page.findChild(QWidget, "apiHostEdit")
                preview = page.findChild(QLabel, "apiHostPreview")
                default = services.config.default_api_base("modelscope")
                assert edit.text() == default
                assert not host.reset_button.isVisible()

                edit.setFocus()
                await until(edit.hasFocus)
                edit.clear()
                assert preview.text() == "—"
                qtbot.keyClicks(edit, "https://x/v1")
                assert preview.text() == "https://x/v1/chat/completions"
                # Reset shows as soon as the text differs from the default, focus still in the field.
                assert edit.hasFocus() and host.reset_button.isVisible()
                edit.clear()
                qtbot.keyClicks(edit, "https://x/custom#")
                assert preview.text() == "https://x/custom"

                # Leaving the field with a bad value: an error, nothing saved.
                edit.clear()
                qtbot.keyClicks(edit, "ftp://x")
                # No URL for a host that cannot be used: the preview says why.
                assert "chat/completions" not in preview.text()
                assert preview.text() == "nowhere: the API host must start with http:// or https://"
                page.list.search.setFocus()
                await until(lambda: host.error.isVisible())
                assert "http" in host.error.text()
                assert "chat/completions" not in preview.text()
                edit.setFocus()
                await until(edit.hasFocus)
                edit.clear()
                qtbot.keyClicks(edit, "https://")
                assert preview.text() == "nowhere: the API host has no server name"
                stored = saved_settings(services).providers.get("modelscope")
                assert stored is None or stored.api_base is None

                # Esc brings back the saved value.
                edit.setFocus()
                await until(edit.hasFocus)
                qtbot.keyClick(edit, Qt.Key.Key_Escape)
                assert edit.text() == default
                assert not host.reset_button.isVisible()  # back to the default: nothing to reset

                # A good value is saved when the field is left; Reset appears.
                edit.clear()
                qtbot.keyClicks(edit, "https://proxy.example/v1/")
                page.list.search.setFocus()
                await until(lambda: host.reset_button.isVisible())
                assert not host.error.isVisible()
                assert saved_settings(services).providers["modelscope"].api_base == "https://proxy.example/v1/"
                assert services.provider("modelscope").api_base == "https://proxy.example/v1/"

                host.reset_button.click()
                assert edit.text() == default
                assert not host.reset_button.isVisible()
                assert saved_settings(services).providers["modelscope"].api_base is None

                # Plain http to another machine warns; to this machine it does not.
                edit.clear()
                qtbot.keyClicks(edit, "http://example.com/v1")
                assert host.insecure.isVisible()
                assert "unencrypted" in host.insecure.text()
                edit.clear()
                qtbot.keyClicks(edit, "http://127.0.0.1:8000/v1")
                assert not host.insecure.isVisible()
                qtbot.keyClick(edit, Qt.Key.Key_Escape)

                # Bailian: the region changes the default host.
                page.select_provider("bailian")
                combo = page.panel.region_combo
                combo.setCurrentIndex(combo.findData("singapore"))
                assert saved_settings(services).providers["bailian"].region == "singapore"
                assert "dashscope-intl" in edit.text()
                assert not host.reset_button.isVisible()
        finally:
            await services.aclose()

    run_async(scenario())


# -- provider list ---------------------------------------------------------------


def test_provider_list_search_switch_and_order(qtbot, run_async):
    async def scenario():
        services = await Services.open()
        try:
            async with open_page(services) as page:
                plist = page.list
                assert plist.ids() == ["modelscope", "modelscope-intl", "bailian"]
                assert page.findChild(QWidget, "providerList") is plist.list
                assert page.panel.provider_id == "modelscope"

                qtbot.keyClicks(plist.search, "bai")
                assert plist.visible_ids() == ["bailian"]
                assert page.panel.provider_id == "bailian"
                plist.search.setText("nothing like it")
                assert plist.visible_ids() == []
                assert plist.empty.isVisible()
                plist.search.clear()
                assert plist.visible_ids() == plist.ids()

                # Ctrl+F focuses the search.
                page.panel.host.edit.setFocus()
                await until(page.panel.host.edit.hasFocus)
                qtbot.keyClick(page.panel.host.edit, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
                await until(plist.search.hasFocus)

                # Clicking a row's switch saves it at once.
                assert not services.config.get("modelscope-intl").enabled
                item = plist.item("modelscope-intl")
                rect = plist.list.visualItemRect(item)
                switch = plist.list.itemDelegate().switch_rect(rect)
                qtbot.mouseClick(plist.list.viewport(), Qt.MouseButton.LeftButton, pos=switch.center())
                await until(lambda: services.config.get("modelscope-intl").enabled)
                assert saved_settings(services).providers["modelscope-intl"].enabled is True
                page.select_provider("modelscope-intl")
                assert page.panel.enabled_switch.isChecked()
                # ...and the header switch does the same.
                page.panel.enabled_switch.click()
                assert saved_settings(services).providers["modelscope-intl"].enabled is False
                assert item.checkState() == Qt.CheckState.Unchecked

                # Alt+Down moves the selected provider; the order is saved.
                page.select_provider("modelscope")
                plist.list.setFocus()
                qtbot.keyClick(plist.list, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
                assert plist.ids() == ["modelscope-intl", "modelscope", "bailian"]
                assert saved_settings(services).provider_order[:3] == ["modelscope-intl", "modelscope", "bailian"]
                assert [p.id for p in services.config.providers()][:2] == ["modelscope-intl", "modelscope"]
        finally:
            await services.aclose()

    run_async(scenario())


def test_add_edit_and_delete_a_custom_provider(qtbot, run_async):
    async def scenario():
        services = await Services.open()
        try:
            async with open_page(services) as page:
                plist = page.list

                # Built-ins cannot be deleted (nor edited).
                menu = plist.context_menu("modelscope")
                actions = {a.objectName(): a for a in menu.actions() if a.objectName()}
                assert not actions["deleteProviderAction"].isEnabled()
                assert not actions["editProviderAction"].isEnabled()
                menu.close()
                assert plist.delete_provider("modelscope") is None
                box = plist.findChild(QWidget, "providerListMessage")
                assert box is not None and "cannot be deleted" in box.text()
                box.close()
                assert "modelscope" in plist.ids()
                page.select_provider("modelscope")
                assert not page.panel.delete_button.isVisibleTo(page)

                qtbot.mouseClick(plist.add_button, Qt.MouseButton.LeftButton)
                dialog = plist.provider_dialog
                assert dialog is not None and dialog.isVisible()
                dialog.accept()
                assert dialog.error.isVisible() and "name" in dialog.error.text()
                dialog.name_edit.setText("My Server")
                dialog.url_edit.setText("ftp://x")
                dialog.accept()
                assert "http" in dialog.error.text()
                assert dialog.isVisible()
                assert "chat/completions" not in dialog.preview.text()  # no URL for ftp://
                assert "must start with http" in dialog.preview.text()
                # A "#" host: chat goes to it as written, the other calls to the base before it.
                dialog.url_edit.setText("https://gw.example/api/v1/chat/completions#")
                assert dialog.preview.text().splitlines()[:2] == [
                    "Chat requests go to https://gw.example/api/v1/chat/completions",
                    "The model list, embeddings and images go to https://gw.example/api/v1/…",
                ]
                dialog.url_edit.setText("http://localhost:8000/v1")
                assert "localhost:8000/v1/chat/completions" in dialog.preview.text()
                assert "go to http://localhost:8000/v1/…" in dialog.preview.text()
                dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("openai"))
                dialog.accept()
                assert plist.provider_dialog is None
                assert plist.ids()[-1] == "my-server"
                assert page.panel.provider_id == "my-server"
                custom = saved_settings(services).custom_providers
                assert [(c.id, c.name, c.api_base, c.kind) for c in custom] == [
                    ("my-server", "My Server", "http://localhost:8000/v1", "openai")
                ]
                assert page.panel.delete_button.isVisibleTo(page)
                assert page.panel.host.edit.text() == "http://localhost:8000/v1"
                assert not page.panel.links_box.isVisibleTo(page)  # a custom provider has no links

                # Edit from the panel header.
                page.panel.edit_button.click()
                dialog = plist.provider_dialog
                assert dialog.name_edit.text() == "My Server"
                dialog.name_edit.setText("Lab GPU box")
                dialog.accept()
                assert saved_settings(services).custom_providers[0].name == "Lab GPU box"
                assert page.panel.name.text() == "Lab GPU box"
                assert plist.item("my-server").text() == "Lab GPU box"

                # Delete asks first; Cancel keeps it.
                await services.secrets.set("my-server", "default", "sk-local-test-key-000000000000")
                page.panel.delete_button.click()
                box = plist.confirm_box
                assert box is not None and "Lab GPU box" in box.text()
                box.reject()
                assert "my-server" in plist.ids()
                page.panel.delete_button.click()
                box = plist.confirm_box
                box.findChild(QWidget, "confirmDeleteButton").click()
                assert "my-server" not in plist.ids()
                assert saved_settings(services).custom_providers == []
                assert page.panel.provider_id == plist.current_id() != "my-server"
                await until(lambda: not plist._runner.busy)
                assert await services.secrets.labels("my-server") == []
        finally:
            await services.aclose()

    run_async(scenario())


def test_links_open_the_browser(qtbot, run_async, monkeypatch):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))

    async def scenario():
        services = await Services.open()
        try:
            async with open_page(services) as page:
                links = page.panel.links_box
                names = [w.objectName() for w in links.findChildren(QLabel)]
                assert names == ["linkTokenPage", "linkDocs", "linkModels", "linkUsage"]
                provider = services.provider("modelscope")
                link = links.findChild(QLabel, "linkModels")
                assert provider.links.models in link.text() and "inference" in provider.links.models
                rect = link.contentsRect()
                qtbot.mouseClick(link, Qt.MouseButton.LeftButton, pos=QPoint(8, rect.center().y()))
                await until(lambda: opened)
                assert opened == [provider.links.models]
                headings = [w for w in page.panel.findChildren(QLabel)
                        if w.text() == "Models" and w.isVisibleTo(page)]
            assert len(headings) == 1  # ours, or the models section's own
        finally:
            await services.aclose()

    run_async(scenario())


def test_settings_file_holds_no_secret_after_a_session(qtbot, run_async, isolated_home):
    """Everything the page writes goes through services.config; a token never does."""

    async def scenario():
        services = await Services.open()
        try:
            async with open_page(services) as page:
                page.focus_first_token()
                tokens = page.panel.tokens
                await until(lambda: tokens.first_form is not None)
                tokens.first_form.token_edit.setText(VALID_TOKEN)
                tokens.first_form.save_button.click()
                await token_rows(page, 1)
                page.list.set_enabled("bailian", True)
                services.settings_store.flush()  # written in the background: wait for the disk
                data = json.loads(services.paths.settings_file.read_text())
                assert data["providers"]["bailian"]["enabled"] is True
                for path in files_under(isolated_home):
                    assert VALID_TOKEN.encode() not in path.read_bytes()
        finally:
            await services.aclose()

    run_async(scenario())


def test_page_api_select_unknown_provider_is_harmless(qtbot, run_async):
    async def scenario():
        services = await Services.open()
        try:
            async with open_page(services) as page:
                page.select_provider("no-such-provider")
                assert page.panel.provider_id == "modelscope"
                assert QApplication.focusWidget() is None or QApplication.focusWidget().window() is page
        finally:
            await services.aclose()

    run_async(scenario())


def test_models_placeholder_when_the_models_section_is_missing(qtbot, run_async, monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "msdesk.ui.settings.models_section", None)  # import fails

    async def scenario():
        services = await Services.open()
        try:
            async with open_page(services) as page:
                placeholder = page.findChild(QLabel, "modelsPlaceholder")
                assert placeholder is not None and placeholder.isVisibleTo(page)
                assert page.findChild(QLabel, "modelsHeading").isVisibleTo(page)
        finally:
            await services.aclose()

    run_async(scenario())


def test_the_list_and_the_header_follow_provider_changes_made_elsewhere(qtbot, run_async):
    async def scenario():
        services = await Services.open()
        try:
            async with open_page(services) as page:
                page.select_provider("bailian")
                item = page.list.item("bailian")
                assert item.checkState() == Qt.CheckState.Unchecked
                assert not page.panel.enabled_switch.isChecked()
                services.config.set_enabled("bailian", True)  # as another view would
                assert item.checkState() == Qt.CheckState.Checked
                assert page.panel.enabled_switch.isChecked()
                custom = services.config.add_custom("Lab box", "http://127.0.0.1:8000/v1")
                page.list.refresh(select=custom.id)
                services.config.edit_custom(custom.id, name="Lab GPU box")
                assert page.list.item(custom.id).text() == "Lab GPU box"
                assert page.panel.name.text() == "Lab GPU box"
        finally:
            await services.aclose()

    run_async(scenario())


def test_on_a_narrow_window_the_first_token_form_is_shown_from_its_left_edge(qtbot, run_async):
    async def scenario():
        services = await Services.open()
        try:
            async with open_page(services) as page:
                page.resize(720, 600)  # an 800 x 600 screen, less the navigation rail
                page.focus_first_token("modelscope")
                tokens = page.panel.tokens
                await until(lambda: tokens.first_form is not None and tokens.first_form.token_edit.hasFocus(),
                            message="the token field has no focus")
                bar = page.panel.horizontalScrollBar()
                # The form fits: no sideways scrolling, its title and labels are in view.
                assert not bar.isVisible() and bar.value() == 0
        finally:
            await services.aclose()

    run_async(scenario())
