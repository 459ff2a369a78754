"""Markdown export of a conversation, and saving it."""

from __future__ import annotations

import os
import stat
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from msdesk.core.chat_export import export_markdown, save_markdown
from msdesk.core.history import (
    Attachment,
    ChatHistory,
    Conversation,
    ConversationParams,
    Message,
)

STARTED = 1735732800.0  # 2025-01-01 12:00 UTC


@pytest.fixture
def utc() -> Iterator[None]:
    """Dates in the export are local time; pin the zone so the text is exact."""
    old = os.environ.get("TZ")
    os.environ["TZ"] = "UTC"
    time.tzset()
    yield
    if old is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = old
    time.tzset()


def conversation(model_id: str | None = "Qwen/QwQ-32B") -> Conversation:
    return Conversation(id=1, title="Trip to Kazan", provider_id="modelscope", model_id=model_id,
                        params=ConversationParams(), created_at=STARTED, updated_at=STARTED,
                        current_leaf_id=7, auto_titled=True)


def message(id: int, role: str, content: str, **kwargs) -> Message:
    return Message(id=id, conversation_id=1, parent_id=id - 1 if id > 1 else None, role=role,
                   content=content, **kwargs)


def messages() -> list[Message]:
    return [
        message(1, "user", "Plan a day in **Kazan**.\n\n- museum\n- food",
                attachments=[Attachment(1, 1, "input", "image/png", "map.png", 10)]),
        message(2, "assistant", "Morning: the Kremlin.\n\n```\nwalk()\n```\n",
                reasoning="The user wants *a plan*.\n\n1. morning", model_id="Qwen/QwQ-32B"),
        message(3, "user", "And the evening?"),
        message(4, "assistant", "Evening: a walk along", status="stopped",
                reasoning="Think about sunsets.", model_id="Qwen/QwQ-32B"),
        message(5, "user", "Draw the river"),
        message(6, "assistant", "", model_id="Qwen/Qwen-Image",
                attachments=[Attachment(2, 6, "output", "image/jpeg", "river.jpg", 99)]),
        message(7, "assistant", "The bridge is", status="cut", error="The stream ended early."),
        message(8, "assistant", "", status="error", model_id="Qwen/QwQ-32B",
                error="Daily limit reached for *this* model; it resets at 00:00."),
    ]


EXPECTED = """\
# Trip to Kazan

Model: Qwen/QwQ-32B · 2025-01-01 12:00

## You

Plan a day in **Kazan**.

- museum
- food

_[image: map.png]_

## Qwen/QwQ-32B

{thinking_2}Morning: the Kremlin.

```
walk()
```

## You

And the evening?

## Qwen/QwQ-32B

{thinking_4}Evening: a walk along

_Stopped by the user._

## You

Draw the river

## Qwen/Qwen-Image

_[image: river.jpg]_

## Assistant

The bridge is

_The answer was cut off: The stream ended early._

## Qwen/QwQ-32B

_Error: Daily limit reached for \\*this\\* model; it resets at 00:00._
"""

THINKING_2 = """\
<details><summary>Thinking</summary>

The user wants *a plan*.

1. morning

</details>

"""

THINKING_4 = """\
<details><summary>Thinking</summary>

Think about sunsets.

</details>

"""


def test_export_without_thinking(utc):
    text = export_markdown(conversation(), messages())
    assert text == EXPECTED.format(thinking_2="", thinking_4="")
    assert "sunsets" not in text


def test_export_with_thinking(utc):
    text = export_markdown(conversation(), messages(), include_thinking=True)
    assert text == EXPECTED.format(thinking_2=THINKING_2, thinking_4=THINKING_4)


def test_export_without_a_model_shows_only_the_date(utc):
    text = export_markdown(conversation(model_id=None), [message(1, "user", "Hi")])
    assert text == "# Trip to Kazan\n\n2025-01-01 12:00\n\n## You\n\nHi\n"


def test_export_from_a_real_history_keeps_non_ascii_text(tmp_path: Path):
    with ChatHistory.open(tmp_path / "history.sqlite3") as history:
        conv = history.create_conversation(title="Ёлка и 树", model_id="deepseek-ai/DeepSeek-R1")
        user = history.add_message(conv.id, parent_id=None, role="user", content="Привет 👋")
        history.add_message(conv.id, parent_id=user.id, role="assistant", content="你好！\n| a |",
                            reasoning="думаю", model_id="deepseek-ai/DeepSeek-R1")
        text = export_markdown(history.conversation(conv.id), history.context(conv.id),
                               include_thinking=True)
    assert text.startswith("# Ёлка и 树\n\nModel: deepseek-ai/DeepSeek-R1 · ")
    assert text.endswith(
        "## You\n\nПривет 👋\n\n## deepseek-ai/DeepSeek-R1\n\n"
        "<details><summary>Thinking</summary>\n\nдумаю\n\n</details>\n\n你好！\n| a |\n"
    )

    target = tmp_path / "export" / "Ёлка.md"
    target.parent.mkdir()
    save_markdown(target, text)
    assert target.read_bytes() == text.encode("utf-8")
    assert os.listdir(target.parent) == ["Ёлка.md"]  # no temporary file left behind


def test_save_replaces_an_existing_file_and_keeps_its_permissions(tmp_path: Path):
    target = tmp_path / "chat.md"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o640)
    save_markdown(target, "new\r\nline\n")
    assert target.read_bytes() == b"new\r\nline\n"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640

    fresh = tmp_path / "fresh.md"
    save_markdown(fresh, "x")
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o644


def test_save_into_a_missing_folder_fails_without_leftovers(tmp_path: Path):
    with pytest.raises(FileNotFoundError):
        save_markdown(tmp_path / "missing" / "chat.md", "text")
    assert list(tmp_path.iterdir()) == []


def test_reasoning_that_writes_the_fold_tags_itself_stays_inside_its_block(utc):
    from markdown_it import MarkdownIt

    thought = "The user asked about HTML: </details> closes a <DETAILS> block, as </ summary> does."
    answer = message(2, "assistant", "The answer.", reasoning=thought)
    text = export_markdown(conversation(), [message(1, "user", "Hi"), answer], include_thinking=True)
    html = MarkdownIt("commonmark").render(text)
    # One Thinking block, closed once, after the whole thought; the answer comes after it.
    assert html.count("</details>") == 1 and html.count("<details>") == 1
    assert html.index("as &lt;/ summary&gt; does") < html.index("</details>") < html.index("The answer.")


@pytest.fixture
def chinese() -> Iterator[None]:
    from msdesk import translations

    assert translations.apply("zh_CN") == "zh_CN"
    yield
    translations.apply("en")
    # English leaves Qt's translators in place (a window restarts to change language):
    # take them out, so later tests in this process read Qt's own English too.
    from PySide6.QtCore import QCoreApplication

    app = QCoreApplication.instance()
    for translator in translations._installed if app is not None else ():
        app.removeTranslator(translator)
    translations._installed.clear()


def test_the_export_is_written_in_the_language_of_the_window(utc, chinese):
    text = export_markdown(conversation(), messages(), include_thinking=True)
    assert "模型：Qwen/QwQ-32B · 2025-01-01 12:00" in text
    assert "\n## 你\n" in text and "\n## 助手\n" in text
    assert "<summary>思考过程</summary>" in text
    assert "_[图片：map.png]_" in text
    assert "_已被用户停止。_" in text
    assert "_回答被截断：The stream ended early._" in text  # the server's own words stay as they came
    # What the person wrote and what the model answered are never touched.
    assert "Plan a day in **Kazan**." in text and "Morning: the Kremlin." in text
