"""A first-time user's journey in the whole window, against the fake ModelScope.

No token yet: a message in Chat fails and says what to do; the user follows the
answer's own action to Settings, stores a token there, and every view follows
at once: the status bar, the chat's hint, and the answer's Retry.
"""

from __future__ import annotations

import asyncio
import secrets

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from msdesk import __version__
from msdesk.core.services import Services
from msdesk.ui.main_window import MainWindow
from tests.conftest import until
from tests.fakes.modelscope import VALID_TOKEN

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)\(\)")


def _last_answer(chat):
    answers = [w for w in chat.transcript.widgets if w.message.role == "assistant"]
    return answers[-1] if answers else None


async def _close(window, services) -> None:
    from msdesk.ui.async_task import cancel_background_tasks

    for key in ("chat", "settings", "models"):
        page = window.page_content(key)
        runner = getattr(page, "runner", None)
        if runner is not None:
            runner.cancel_all()
    item = window.statusBar().findChild(QWidget, "quotaStatus")
    if item is not None:
        item.stop()
    await cancel_background_tasks()
    window.hide()
    await services.aclose()


def test_the_first_token_reaches_the_status_bar_the_hint_and_retry(qtbot, run_async, fake_env):
    from msdesk.ui.pages import install_pages

    window = MainWindow(version=__version__)
    qtbot.addWidget(window)
    window.show()

    async def scenario():
        services = await Services.open()
        await install_pages(window, services)
        window.show_page("chat")
        chat = window.page_content("chat")
        item = window.statusBar().findChild(QWidget, "quotaStatus")
        await until(lambda: item.text() == "ModelScope: no token", message=f"the item says {item.text()!r}")
        await until(lambda: "No token" in chat.composer.hint.text())

        chat.composer.input.setPlainText("hello")
        qtbot.keyClick(chat.composer.input, Qt.Key.Key_Return)
        await until(lambda: not chat.streaming and _last_answer(chat) is not None
                    and _last_answer(chat).message.status == "error", message="no error shown")
        answer = _last_answer(chat)
        # No command line in the window, and no Retry that cannot succeed yet.
        assert "msdesk token set" not in answer.notice_label.text()
        assert not answer.retry_button.isVisibleTo(window)

        # The answer's own action opens Settings on ModelScope's token field.
        button = answer.notice.findChild(QWidget, "errorAction-token")
        assert button is not None and button.isVisibleTo(window)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert window.current_page() == "settings"
        settings = window.page_content("settings")
        assert settings.panel.provider_id == "modelscope"
        tokens = settings.panel.tokens
        await until(lambda: tokens.first_form is not None and tokens.first_form.token_edit.hasFocus(),
                    message="the token field has no focus")
        qtbot.keyClicks(tokens.first_form.token_edit, VALID_TOKEN)
        qtbot.mouseClick(tokens.first_form.save_button, Qt.MouseButton.LeftButton)
        await until(lambda: len(tokens.rows) == 1, message="the token was not stored")

        # Every view follows the new token, without a page change or a restart.
        await until(lambda: "no token" not in item.text(), message=f"the item still says {item.text()!r}")
        assert item.active()[1] == "main"
        await until(lambda: chat.composer.hint.text() == "", message=f"hint: {chat.composer.hint.text()!r}")
        await until(lambda: not answer.retry_button.isHidden(), message="no Retry once a token is stored")

        window.show_page("chat")
        qtbot.mouseClick(answer.retry_button, Qt.MouseButton.LeftButton)
        await until(lambda: not chat.streaming and _last_answer(chat).message.status == "ok",
                    message="Retry did not succeed")
        assert chat.composer.hint.text() == ""
        await asyncio.sleep(0.05)
        await _close(window, services)

    run_async(scenario())


async def _window_with_token(qtbot, window):
    from msdesk.ui.pages import install_pages

    services = await Services.open()
    await services.secrets.set("modelscope", "main", VALID_TOKEN)
    await install_pages(window, services)
    window.show_page("chat")
    return services, window.page_content("chat")


async def _fail_once(qtbot, window, chat):
    chat.composer.input.setPlainText("hello")
    qtbot.keyClick(chat.composer.input, Qt.Key.Key_Return)
    await until(lambda: not chat.streaming and _last_answer(chat) is not None
                and _last_answer(chat).message.status == "error", message="no error shown")
    return _last_answer(chat)


def test_a_model_not_served_offers_the_models_page_and_no_retry(qtbot, run_async, fake_env):
    fake_env.set_behaviour("400_model")
    window = MainWindow(version=__version__)
    qtbot.addWidget(window)
    window.show()

    async def scenario():
        services, chat = await _window_with_token(qtbot, window)
        answer = await _fail_once(qtbot, window, chat)
        text = answer.notice_label.text()
        assert "is not served by API-Inference" in text and "msdesk models" not in text, text
        assert not answer.retry_button.isVisibleTo(window)  # the same request gets the same 400
        assert [b.text() for b in answer.step_buttons()] == ["Browse models"]
        window.show_page("models")  # the user had been looking at every model
        window.page_content("models").api_filter.setChecked(False)
        window.show_page("chat")
        qtbot.mouseClick(answer.step_buttons()[0], Qt.MouseButton.LeftButton)
        assert window.current_page() == "models"
        assert window.page_content("models").api_filter.isChecked()  # only models a chat can use
        # A token changing does not make this Retry possible.
        await services.tokens.store("modelscope", "backup 1", VALID_TOKEN)
        await asyncio.sleep(0.1)
        assert answer.retry_button.isHidden()
        # Nor does the status bar carry the command line.
        assert "msdesk" not in window.status_text()
        await _close(window, services)

    run_async(scenario())


def test_an_unbound_account_links_to_the_binding_page_and_keeps_retry(qtbot, run_async, fake_env):
    fake_env.set_behaviour("bind")
    window = MainWindow(version=__version__)
    qtbot.addWidget(window)
    window.show()

    async def scenario():
        services, chat = await _window_with_token(qtbot, window)
        answer = await _fail_once(qtbot, window, chat)
        assert "https://" not in answer.notice_label.text()
        links = [b for b in answer.step_buttons() if b.objectName() == "errorAction-link"]
        assert len(links) == 1 and links[0].toolTip().startswith("https://modelscope.cn/")
        assert links[0].isVisibleTo(window)
        assert answer.retry_button.isVisibleTo(window)  # once bound, asking again succeeds
        await _close(window, services)

    run_async(scenario())


def test_a_rejected_token_offers_its_settings_and_retry_once_a_token_changes(qtbot, run_async, fake_env):
    fake_env.set_behaviour("401")
    window = MainWindow(version=__version__)
    qtbot.addWidget(window)
    window.show()

    async def scenario():
        services, chat = await _window_with_token(qtbot, window)
        answer = await _fail_once(qtbot, window, chat)
        assert not answer.retry_button.isVisibleTo(window)
        names = [b.objectName() for b in answer.step_buttons()]
        assert names == ["errorAction-token", "errorAction-link"], names
        # A token of another provider changes nothing here.
        await services.tokens.store("bailian", "key", "sk-" + secrets.token_hex(16))  # made up at each run
        await asyncio.sleep(0.1)
        assert not answer.retry_button.isVisibleTo(window)
        fake_env.set_behaviour("ok")
        await services.tokens.store("modelscope", "main", VALID_TOKEN)  # stored anew
        await until(lambda: answer.retry_button.isVisibleTo(window), message="no Retry after a new token")
        await _close(window, services)

    run_async(scenario())
