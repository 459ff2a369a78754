"""Pages get their real content once the services are open; a first-time user lands on the token field."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QLineEdit

from msdesk import __version__
from msdesk.core.services import Services
from msdesk.ui.main_window import MainWindow
from tests.conftest import until

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)\(\)")


def test_a_page_factory_replaces_the_placeholder_and_builds_on_first_visit(qtbot):
    window = MainWindow(version=__version__)
    qtbot.addWidget(window)
    window.show()
    built = []

    def factory():
        built.append(True)
        return QLabel("real models page", objectName="realModels")

    window.show_page("chat")
    window.set_page_factory("models", factory)
    assert built == []  # not visited yet
    window.show_page("models")
    assert built == [True]
    assert window.page_content("models").objectName() == "realModels"
    window.show_page("chat")
    window.show_page("models")
    assert built == [True]  # built once

    window.set_page_factory("chat", lambda: QLabel("real chat", objectName="realChat"))
    assert window.page_content("chat") is None  # placeholder gone, not on screen
    window.show_page("chat")
    assert window.page_content("chat").objectName() == "realChat"


def test_no_token_opens_settings_with_the_token_field_focused(qtbot, run_async, fake_env):
    from msdesk.ui.app import amain

    window = MainWindow(version=__version__)
    qtbot.addWidget(window)
    window.show()
    window.show_page("chat")

    async def open_services():
        return await Services.open()

    async def scenario():
        import asyncio

        from PySide6.QtWidgets import QApplication

        app = QApplication.instance()
        run = asyncio.ensure_future(amain(app, window, services_factory=open_services))
        await until(lambda: window.current_page() == "settings", message="Settings was not opened")
        page = window.page_content("settings")
        token_edit = await until(lambda: page.findChild(QLineEdit, "tokenEdit"))
        await until(lambda: token_edit.hasFocus() or window.focusWidget() is token_edit,
                    message="the token field did not get focus")
        assert token_edit.echoMode() == QLineEdit.EchoMode.Password
        window.close()
        await run

    run_async(scenario())


def test_closing_over_work_in_progress_asks_first(qtbot):
    from PySide6.QtWidgets import QMessageBox

    class BusyPage(QLabel):
        def __init__(self):
            super().__init__("busy")
            self.busy = "a streaming answer"

        def work_in_progress(self):
            return self.busy

    window = MainWindow(version=__version__)
    qtbot.addWidget(window)
    window.show()
    page = BusyPage()
    window.set_page_factory("chat", lambda: page)
    window.show_page("chat")
    closed = []
    window.closing.connect(lambda: closed.append(True))

    window.close()
    box = window.findChild(QMessageBox, "confirmClose")
    assert box is not None and box.isVisible() and "a streaming answer" in box.text()
    assert window.isVisible() and not closed
    keep = next(b for b in box.buttons() if b.text() == "Keep working")
    keep.click()
    assert window.isVisible() and not closed

    window.close()
    boxes = [b for b in window.findChildren(QMessageBox, "confirmClose") if b.isVisible()]
    quit_button = next(b for b in boxes[-1].buttons() if b.text() == "Quit")
    quit_button.click()
    assert closed and not window.isVisible()


def test_a_running_token_check_counts_as_work_in_progress(qtbot, run_async, fake_env):
    from msdesk.ui.settings.page import SettingsPage

    async def scenario():
        services = await Services.open()
        try:
            await services.secrets.set("modelscope", "main", "ms-6f1d2c3b-4a5e-4f60-9b7c-8d9e0a1b2c3d")
            page = SettingsPage(services)
            qtbot.addWidget(page)
            page.show()
            assert page.work_in_progress() == ""
            fake_env.slow_seconds = 2.0
            fake_env.set_behaviour("slow")
            tokens = page.panel.tokens
            await until(lambda: tokens.findChildren(QLabel))
            tokens._run_check("modelscope", "main", "Qwen/Qwen3-32B")
            assert page.work_in_progress() == "a token check is running"
            tokens._checks.cancel_all()
            await until(lambda: page.work_in_progress() == "")
            page.close()
            page.deleteLater()
        finally:
            await services.aclose()

    run_async(scenario())


def test_quitting_by_signal_saves_geometry_without_asking(qtbot, tmp_path):
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QMessageBox

    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings=settings, version=__version__)
    qtbot.addWidget(window)
    window.show()
    busy = QLabel("busy")
    busy.work_in_progress = lambda: "a token check is running"
    window.set_page_factory("chat", lambda: busy)
    window.show_page("chat")
    window.resize(1000, 700)
    window.close_without_asking()
    assert not window.isVisible()
    assert not [b for b in window.findChildren(QMessageBox) if b.isVisible()]
    settings.sync()
    assert settings.value("window/geometry") is not None


def _provider():
    from msdesk.core.providers import builtin_providers

    return builtin_providers({})[0]


def test_the_token_dialog_cannot_be_cancelled_while_saving(qtbot):
    from msdesk.ui.settings.token_form import TokenDialog

    dialog = TokenDialog(_provider(), taken=[])
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.set_busy(True)
    dialog.reject()
    assert dialog.isVisible(), "closing mid-save would hide whether the token was stored"
    dialog.set_busy(False)
    dialog.reject()
    assert not dialog.isVisible()


def test_the_token_dialog_refuses_absurd_tokens(qtbot):
    from msdesk.ui.settings.token_form import MAX_TOKEN_LENGTH, TokenDialog

    dialog = TokenDialog(_provider(), taken=[])
    qtbot.addWidget(dialog)
    dialog.form.label_edit.setText("main")
    dialog.form.token_edit.setText("ms-" + "a" * (MAX_TOKEN_LENGTH + 10))
    with pytest.raises(ValueError, match="longer than any token"):
        dialog.form.values()
    dialog.form.token_edit.setText("ms-abc’")
    with pytest.raises(ValueError, match="cannot be sent"):
        dialog.form.values()


def test_enter_in_the_check_dialog_runs_the_check(qtbot):
    from PySide6.QtCore import Qt

    from msdesk.ui.settings.check_dialog import CheckDialog

    provider = _provider()
    dialog = CheckDialog(provider, list(provider.default_models), "Qwen/Qwen3-32B", ["main"])
    qtbot.addWidget(dialog)
    accepted = []
    dialog.accepted.connect(lambda: accepted.append(True))
    dialog.open()
    qtbot.keyClick(dialog.combo.lineEdit(), Qt.Key.Key_Return)
    assert accepted == [True]


def test_token_rows_name_their_buttons_and_forget_the_clipboard(qtbot, monkeypatch):
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QToolButton

    from msdesk.core.secret_store import StoredToken
    from msdesk.ui.settings import token_row

    monkeypatch.setattr(token_row, "CLIPBOARD_SECONDS", 0.2)
    first = token_row.TokenRow(StoredToken("modelscope", "main", "ms-aaaa"), first=True)
    second = token_row.TokenRow(StoredToken("modelscope", "backup", "ms-bbbb"), first=False)
    for row in (first, second):
        qtbot.addWidget(row)
    names = lambda row: {b.objectName(): b.accessibleName() for b in row.findChildren(QToolButton)}  # noqa: E731
    assert names(first)["copyButton"] != names(second)["copyButton"]
    assert "main" in names(first)["copyButton"] and "backup" in names(second)["deleteTokenButton"]
    assert all("ms-aaaa" not in name for name in names(first).values())

    copies = []
    first.copyRequested.connect(copies.append)
    first.copy_button.click()
    assert copies == ["main"]  # the section reads the token from the keychain for ``copy_token``
    first.copy_token("ms-aaaa")
    clipboard = QGuiApplication.clipboard()
    assert clipboard.text() == "ms-aaaa"
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=3000)

    clipboard.setText("something else")
    second.copy_token("ms-bbbb")
    clipboard.setText("the user copied this meanwhile")
    qtbot.wait(400)
    assert clipboard.text() == "the user copied this meanwhile"  # only our own token is cleared


def test_the_keychain_warning_is_not_repeated_in_the_window_banner(qtbot):
    from msdesk.ui.app import _opened

    class Done:
        def result(self):
            return Stub()

    class Stub:
        warnings = ["Settings file was repaired.", "No OS keychain was found, so tokens are kept for this session only."]
        keychain_warning = "No OS keychain was found, so tokens are kept for this session only."

    window = MainWindow(version=__version__)
    qtbot.addWidget(window)
    _opened(window, Done(), None)
    assert window.banner_text() == "Settings file was repaired."


def test_the_models_page_is_installed_and_chat_with_a_model_is_remembered(qtbot, run_async, fake_env):
    from msdesk.ui.pages import install_pages

    window = MainWindow(version=__version__)
    qtbot.addWidget(window)
    window.show()

    async def scenario():
        services = await Services.open()
        try:
            await services.secrets.set("modelscope", "main", "ms-6f1d2c3b-4a5e-4f60-9b7c-8d9e0a1b2c3d")
            await install_pages(window, services)
            assert window.current_page() != "settings"  # a token is stored: no detour
            window.show_page("models")
            page = window.page_content("models")
            assert type(page).__name__ == "ModelsPage"
            page.chatRequested.emit("deepseek-ai/DeepSeek-R1-0528")
            assert window.current_page() == "chat"
            assert services.settings.last_model == "deepseek-ai/DeepSeek-R1-0528"
            assert "deepseek-ai/DeepSeek-R1-0528" in window.status_text()
            chat = window.page_content("chat")
            assert type(chat).__name__ == "ChatPage"
            # A new conversation on that model, ready to type into.
            assert chat.conversation_id is None
            assert chat.current_choice().model_id == "deepseek-ai/DeepSeek-R1-0528"
            assert chat.composer.ready
            page.runner.cancel_all()
            chat.runner.cancel_all()
        finally:
            await services.aclose()

    run_async(scenario())


def test_a_first_time_start_builds_the_settings_page_only(qtbot, run_async, fake_env):
    from msdesk.ui.pages import install_pages

    window = MainWindow(version=__version__)
    qtbot.addWidget(window)
    window.show()

    async def scenario():
        services = await Services.open()
        try:
            await install_pages(window, services)
            assert window.current_page() == "settings"  # no token yet: straight to the field
            assert type(window.page_content("settings")).__name__ == "SettingsPage"
            assert window.page_content("chat") is None  # not built behind it
            assert window.page_content("models") is None
            window.show_page("chat")
            assert type(window.page_content("chat")).__name__ == "ChatPage"
            window.page_content("chat").runner.cancel_all()
        finally:
            await services.aclose()

    run_async(scenario())
