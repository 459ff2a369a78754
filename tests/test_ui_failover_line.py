"""A failover is said on the answer itself, not only in a status-bar line that goes away.

Against the fake ModelScope: real widgets, real HTTP, a real SQLite history (and a restart).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from msdesk.core.history import Message
from msdesk.core.services import Services
from msdesk.core.settings import FallbackRule
from msdesk.ui.chat.message_widget import usage_line
from tests.conftest import until
from tests.fakes.modelscope import VALID_TOKEN, new_token

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)\(\)")


async def open_page(qtbot, tokens: dict[str, str]):
    from msdesk.ui.chat.page import ChatPage

    services = await Services.open()
    for label, token in tokens.items():
        await services.secrets.set("modelscope", label, token)
    page = ChatPage(services)
    qtbot.addWidget(page)
    page.resize(1100, 760)
    page.show()
    return services, page


async def close_page(services, page) -> None:
    from msdesk.ui.async_task import cancel_background_tasks

    page.runner.cancel_all()
    await cancel_background_tasks()
    page.hide()
    await services.aclose()


def answers(page):
    return [w for w in page.transcript.widgets if w.message.role == "assistant"]


async def send_and_wait(qtbot, page, text: str):
    page.composer.input.setPlainText(text)
    qtbot.keyClick(page.composer.input, Qt.Key.Key_Return)
    await until(lambda: not page.streaming and answers(page) and answers(page)[-1].message.status == "ok",
                message="the answer did not finish")
    return answers(page)[-1]


def test_the_answer_says_which_spent_token_it_passed_over_also_after_a_restart(qtbot, run_async, fake_env):
    spent = new_token()
    fake_env.add_token(spent, daily_limit=0)

    async def scenario():
        services, page = await open_page(qtbot, {"main": spent, "backup": VALID_TOKEN})
        answer = await send_and_wait(qtbot, page, "who answers?")
        assert answer.message.token_label == "backup"
        line = answer.usage.text()
        assert line.startswith("Token “backup” after token “main” was spent · "), line
        await close_page(services, page)

        # A new process reads the answer from the history: the line is the same.
        services, page = await open_page(qtbot, {})
        await until(lambda: answers(page), message="the chat did not open")
        line = answers(page)[0].usage.text()
        assert line.startswith("Token “backup” after token “main” was spent · "), line
        await close_page(services, page)

    run_async(scenario())


def test_an_answer_without_failover_names_only_its_token(qtbot, run_async, fake_env):
    async def scenario():
        services, page = await open_page(qtbot, {"main": VALID_TOKEN, "backup": new_token()})
        answer = await send_and_wait(qtbot, page, "plain")
        line = answer.usage.text()
        assert line.endswith("token “main”") and "spent" not in line, line
        await close_page(services, page)

    run_async(scenario())


def test_the_fallback_answer_says_the_provider_s_tokens_were_spent(qtbot, run_async, fake_env):
    spent, other = new_token(), new_token()
    fake_env.add_token(spent, daily_limit=0)
    fake_env.add_token(other)

    async def scenario():
        services, page = await open_page(qtbot, {"main": spent})
        backup = services.config.add_custom("Backup Cloud", fake_env.api_base).id
        await services.secrets.set(backup, "paid", other)
        model = page.current_choice().model_id
        services.settings_store.update(
            lambda s: s.fallbacks.__setitem__(model, FallbackRule(backup, "Qwen/Qwen3-32B"))
        )
        answer = await send_and_wait(qtbot, page, "fall back")
        assert answer.message.provider_id == backup
        line = answer.usage.text()
        assert line.startswith("Backup Cloud answered after ModelScope's tokens were spent · "), line
        assert line.endswith(" · token “paid”"), line
        await close_page(services, page)

    run_async(scenario())


@pytest.mark.parametrize(
    ("skipped", "expected"),
    [
        ([["a", "spent"], ["b", "spent"]],
         "Token “c” after tokens “a” and “b” were spent · 3 completion tokens"),
        ([["a", "spent for the model"]],
         "Token “c” after token “a” was spent for this model · 3 completion tokens"),
        ([["a", "limited"], ["b", "spent"]],
         "Token “c” after token “a” was over its request limit and token “b” was spent"
         " · 3 completion tokens"),
        ("garbage", "3 completion tokens · token “c”"),
        ([], "3 completion tokens · token “c”"),
    ],
)
def test_the_usage_line_words_every_reason(skipped, expected):
    message = Message(
        id=1, conversation_id=1, parent_id=None, role="assistant", content="x",
        provider_id="modelscope", model_id="m", token_label="c",
        usage={"completion_tokens": 3, "failover": {"skipped": skipped}},
    )
    assert usage_line(message) == expected
