"""The chat page in Chinese and Russian: translated text, plural forms, the locale's dates and numbers."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from msdesk import translations
from msdesk.core import i18n
from msdesk.core.history import Message
from msdesk.ui.chat.conversation_list import when_text
from msdesk.ui.chat.message_widget import usage_line

NOW = datetime(2024, 1, 10, 12, 0).timestamp()
MONDAY = datetime(2024, 1, 8, 14, 5).timestamp()
CHRISTMAS = datetime(2023, 12, 25, 9, 30).timestamp()
TODAY = datetime(2024, 1, 10, 8, 7).timestamp()


@pytest.fixture
def language(qapp) -> Iterator[object]:
    """Switch the app to a language as the window does at start; English again afterwards."""
    before = QLocale()

    def switch(name: str) -> None:
        assert translations.apply(name) == name

    yield switch
    for translator in translations._installed:
        QCoreApplication.removeTranslator(translator)
    translations._installed.clear()
    i18n.install(None)
    QLocale.setDefault(before)


@pytest.mark.parametrize(
    ("name", "today", "this_week", "older"),
    [
        ("en", "08:07", None, "2023-12-25"),  # the day's name follows the C library's locale
        ("zh_CN", "08:07", "周一 14:05", "2023/12/25"),
        ("ru", "08:07", "пн 14:05", "25.12.2023"),
    ],
)
def test_the_chat_list_says_when_in_the_users_locale(language, name, today, this_week, older):
    language(name)
    assert when_text(TODAY, NOW) == today
    if this_week is not None:
        assert when_text(MONDAY, NOW) == this_week
    assert when_text(CHRISTMAS, NOW) == older


def _answer(completion: int, **usage: object) -> Message:
    return Message(
        id=1, conversation_id=1, parent_id=None, role="assistant", content="x",
        provider_id="modelscope", model_id="m", token_label="c",
        usage={"prompt_tokens": 12, "completion_tokens": completion, **usage},
    )


@pytest.mark.parametrize(
    ("completion", "tokens"),
    [(1, "1 токен"), (3, "3 токена"), (5, "5 токенов"), (21, "21 токен"), (12, "12 токенов")],
)
def test_the_usage_line_in_russian_counts_tokens_with_the_right_word(language, completion, tokens):
    language("ru")
    assert usage_line(_answer(completion)) == f"вход 12 · выход {tokens} · токен «c»"


def test_the_usage_line_writes_decimals_as_the_locale_does(language):
    language("ru")
    line = usage_line(_answer(2, ttft=0.42, tps=85.25))
    assert "первый токен через 0,42 с" in line
    assert "85,2 токенов/с" in line or "85,3 токенов/с" in line


def test_the_failover_reason_reads_as_one_chinese_sentence(language):
    language("zh_CN")
    message = Message(
        id=1, conversation_id=1, parent_id=None, role="assistant", content="x",
        provider_id="modelscope", model_id="m", token_label="c",
        usage={"completion_tokens": 3, "failover": {"skipped": [["a", "limited"], ["b", "spent"]]}},
    )
    assert usage_line(message) == "令牌“a”超出了请求限制，令牌“b”的额度已用完，改用令牌“c” · 输出 3 Token"


def test_the_composer_speaks_the_chosen_language(language, qtbot):
    from msdesk.ui.chat.composer import Composer

    language("zh_CN")
    composer = Composer()
    qtbot.addWidget(composer)
    assert composer.send_button.text() == "发送"
    assert composer.input.placeholderText() == "输入消息…（Enter 发送，Shift+Enter 换行）"
    composer.set_enter_sends(False)
    assert composer.send_button.toolTip() == "发送（Ctrl+Enter）"


@pytest.mark.parametrize(("name", "expected"), [("en", "New chat"), ("zh_CN", "新对话"), ("ru", "Новый чат")])
def test_a_chat_never_named_is_called_new_chat_in_the_users_language(language, name, expected):
    from msdesk.core.history import DEFAULT_TITLE
    from msdesk.ui.chat.conversation_list import shown_title

    language(name)
    assert shown_title(DEFAULT_TITLE) == expected  # the title stored for a chat not yet named
    assert shown_title("") == expected
    assert shown_title("CSV in Python") == "CSV in Python"  # a real title is the user's own


def test_a_messages_actions_name_the_message_they_act_on(qtbot):
    from msdesk.ui.chat.message_widget import MessageWidget

    at = datetime(2024, 1, 10, 12, 6).timestamp()
    question = Message(id=1, conversation_id=1, parent_id=None, role="user", content="Hi", created_at=at)
    answer = _answer(5)
    answer.created_at = datetime(2024, 1, 10, 12, 7).timestamp()
    mine, theirs = MessageWidget(question), MessageWidget(answer)
    for widget in (mine, theirs):
        qtbot.addWidget(widget)
    assert mine.delete_button.accessibleName() == "Delete your message of 12:06"
    assert mine.edit_button.accessibleName() == "Edit your message of 12:06"
    assert theirs.delete_button.accessibleName() == "Delete the answer of 12:07"
    assert theirs.regenerate_button.accessibleName() == "Regenerate the answer of 12:07"
    assert theirs.copy_button.accessibleName() == "Copy the answer of 12:07"
