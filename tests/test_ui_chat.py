"""The Chat page against the fake ModelScope: real widgets, real HTTP, a real SQLite history."""

from __future__ import annotations

import asyncio
import base64
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QWidget,
)

from msdesk.core.services import Services
from msdesk.ui.chat.conversation_list import ID_ROLE
from tests.conftest import until
from tests.fakes.modelscope import VALID_TOKEN, tiny_png

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)\(\)")


async def open_page(qtbot, *, token: bool = True):
    from msdesk.ui.chat.page import ChatPage

    services = await Services.open()
    if token:
        await services.secrets.set("modelscope", "main", VALID_TOKEN)
    page = ChatPage(services)
    qtbot.addWidget(page)
    page.resize(1100, 760)
    page.show()
    return services, page


async def close_page(services, page) -> None:
    """Close as the app quits: every task the windows started is cancelled and waited for, then
    the services close (a stopped turn may still be writing its last row)."""
    from msdesk.ui.async_task import cancel_background_tasks

    page.runner.cancel_all()
    await cancel_background_tasks()
    page.hide()  # not close(): closing the last window would quit the test's loop
    await services.aclose()


def type_and_send(qtbot, page, text: str) -> None:
    page.composer.input.setPlainText(text)
    qtbot.keyClick(page.composer.input, Qt.Key.Key_Return)


def last_answer(page):
    widgets = [w for w in page.transcript.widgets if w.message.role == "assistant"]
    return widgets[-1] if widgets else None


async def answered(page, timeout: float = 10.0):
    await until(lambda: not page.streaming and last_answer(page) is not None, timeout=timeout,
                message="the answer did not finish")
    return last_answer(page)


def test_the_page_has_its_stable_object_names(qtbot, run_async, fake_env):
    async def scenario():
        services, page = await open_page(qtbot)
        for name, kind in (
            ("conversationList", QWidget), ("newChatButton", QPushButton), ("modelPicker", QComboBox),
            ("chatInput", QPlainTextEdit), ("sendButton", QPushButton), ("stopButton", QPushButton),
            ("chatTranscript", QScrollArea),
        ):
            assert page.findChild(kind, name) is not None, name
        await close_page(services, page)

    run_async(scenario())


def test_a_new_conversation_is_ready_on_the_first_modelscope_chat_model(qtbot, run_async, fake_env):
    async def scenario():
        services, page = await open_page(qtbot)
        choice = page.current_choice()
        assert (choice.provider_id, choice.model_id) == ("modelscope", "Qwen/Qwen3-32B")
        assert page.composer.ready
        # Qwen3 takes enable_thinking: the switch shows and is on by default.
        assert page.findChild(QCheckBox, "thinkingSwitch").isVisibleTo(page)
        await until(lambda: page.composer.hint.text() == "", message="token hint still shown")
        await close_page(services, page)

    run_async(scenario())


def test_a_new_conversation_starts_on_the_last_used_model(qtbot, run_async, fake_env):
    async def scenario():
        services = await Services.open()
        services.settings_store.update(lambda s: setattr(s, "last_model", "deepseek-ai/DeepSeek-V3.2"))
        await services.aclose()
        services, page = await open_page(qtbot)
        assert page.current_choice().model_id == "deepseek-ai/DeepSeek-V3.2"
        assert not page.findChild(QCheckBox, "thinkingSwitch").isVisibleTo(page)
        await close_page(services, page)

    run_async(scenario())


def test_a_last_used_model_of_a_provider_switched_off_since_is_not_picked(qtbot, run_async, fake_env):
    async def scenario():
        services = await Services.open()
        services.config.set_enabled("bailian", True)
        services.settings_store.update(lambda s: setattr(s, "last_model", "some-model-no-list-has"))
        services.settings_store.update(lambda s: s.ui.update(last_provider="bailian"))
        services.config.set_enabled("bailian", False)
        await services.aclose()
        services, page = await open_page(qtbot)
        choice = page.current_choice()
        assert (choice.provider_id, choice.model_id) == ("modelscope", "Qwen/Qwen3-32B")
        await close_page(services, page)

    run_async(scenario())


def test_without_a_token_the_composer_says_where_to_add_one(qtbot, run_async, fake_env):
    async def scenario():
        services, page = await open_page(qtbot, token=False)
        await until(lambda: "No token" in page.composer.hint.text())
        type_and_send(qtbot, page, "hello")
        answer = await answered(page)
        assert answer.message.status == "error"
        assert "token" in answer.notice_label.text().lower()
        # The window offers Settings, not a command; Retry waits for a token.
        assert [b.text() for b in answer.step_buttons()][:1] == ["Add a token…"]
        assert not answer.retry_button.isVisibleTo(page)
        await close_page(services, page)

    run_async(scenario())


def test_a_streamed_answer_with_reasoning_shows_thinking_and_text(qtbot, run_async, fake_env):
    fake_env.answer_words = 30
    fake_env.reasoning_words = 12

    async def scenario():
        services, page = await open_page(qtbot)
        type_and_send(qtbot, page, "What is **Markdown**?")
        answer = await answered(page)
        assert answer.message.status == "ok"
        assert answer.body.plain_text().startswith("Echo: What is Markdown?")
        thinking = answer.findChild(QWidget, "thinkingBlock")
        assert thinking is not None and thinking.isVisibleTo(page)
        assert thinking.text().startswith("Thinking about: What is **Markdown**?")
        assert not thinking.expanded  # folded once the answer started
        assert thinking.toggle.text().startswith("Thought for")
        usage = answer.usage.text()
        assert "completion tokens" in usage and "first token" in usage and "“main”" in usage
        body = fake_env.requests[-1].json
        assert body["stream"] is True and body.get("enable_thinking", True) is True  # the model's default
        # The user message and the answer are in the history, the title comes from the first message.
        conversation = services.history.conversation(page.conversation_id)
        assert conversation.title.startswith("What is Markdown")
        assert [m.role for m in services.history.context(page.conversation_id)] == ["user", "assistant"]
        await close_page(services, page)

    run_async(scenario())


def test_the_thinking_switch_sends_enable_thinking_false(qtbot, run_async, fake_env):
    async def scenario():
        services, page = await open_page(qtbot)
        page.findChild(QCheckBox, "thinkingSwitch").setChecked(False)
        type_and_send(qtbot, page, "quick answer please")
        answer = await answered(page)
        assert fake_env.requests[-1].json["enable_thinking"] is False
        assert answer.thinking is None
        assert services.history.conversation(page.conversation_id).params.enable_thinking is False
        await close_page(services, page)

    run_async(scenario())


def test_stop_closes_the_connection_and_keeps_the_partial_answer(qtbot, run_async, fake_env):
    fake_env.answer_words = 400
    fake_env.reasoning_words = 1
    fake_env.chunk_delay = 0.02

    async def scenario():
        services, page = await open_page(qtbot)
        page.findChild(QCheckBox, "thinkingSwitch").setChecked(False)
        type_and_send(qtbot, page, "a long story")
        stop = page.findChild(QPushButton, "stopButton")
        await until(lambda: stop.isVisible() and last_answer(page) is not None
                    and len(last_answer(page).body.plain_text()) > 40, message="nothing streamed")
        assert not page.findChild(QPushButton, "sendButton").isVisible()
        qtbot.mouseClick(stop, Qt.MouseButton.LeftButton)
        await until(lambda: fake_env.disconnects >= 1, message="the fake never saw the disconnect")
        answer = last_answer(page)
        assert answer.message.status == "stopped"
        assert "Stopped" in answer.notice_label.text()
        shown = answer.body.plain_text()
        assert shown.startswith("Echo: a long story")
        await until(lambda: services.history.message(answer.message.id).status == "stopped")
        saved = services.history.message(answer.message.id)
        assert saved.content and shown.startswith(saved.content[:40])
        assert len(saved.content.split()) < 400
        assert page.findChild(QPushButton, "sendButton").isVisible()
        await close_page(services, page)

    run_async(scenario())


def test_a_cut_stream_keeps_the_text_and_says_so(qtbot, run_async, fake_env):
    fake_env.answer_words = 60

    async def scenario():
        services, page = await open_page(qtbot)
        fake_env.set_behaviour("cut", times=1)
        type_and_send(qtbot, page, "tell me more")
        answer = await answered(page)
        assert answer.message.status == "cut"
        assert answer.body.plain_text().startswith("Echo: tell me more")
        assert "kept" in answer.notice_label.text()
        retry = answer.findChild(QPushButton, "retryButton")
        assert retry.isVisibleTo(page)
        qtbot.mouseClick(retry, Qt.MouseButton.LeftButton)
        await until(lambda: last_answer(page).message.status == "ok" and not page.streaming)
        assert last_answer(page).versions.isVisibleTo(page)  # the cut answer stays as a version
        await close_page(services, page)

    run_async(scenario())


def test_429_shows_the_reset_time_on_the_message(qtbot, run_async, fake_env):
    async def scenario():
        services, page = await open_page(qtbot)
        fake_env.set_behaviour("429", times=1)
        type_and_send(qtbot, page, "hello")
        answer = await answered(page)
        assert answer.message.status == "error"
        text = answer.notice_label.text()
        assert "00:00" in text or "reset" in text.lower(), text
        await close_page(services, page)

    run_async(scenario())


def test_a_chat_whose_first_answer_failed_is_named_after_its_question(qtbot, run_async, fake_env):
    fake_env.set_behaviour("401")

    async def scenario():
        services, page = await open_page(qtbot)
        type_and_send(qtbot, page, "Plan a weekend in Hangzhou")
        await until(lambda: not page.streaming and page.transcript.widgets
                    and page.transcript.widgets[-1].message.status == "error", message="no error shown")
        await until(lambda: page.conversations.titles()[:1] == ["Plan a weekend in Hangzhou"], timeout=2,
                    message=f"the list says {page.conversations.titles()[:1]}")
        await close_page(services, page)

    run_async(scenario())


def test_history_survives_a_restart(qtbot, run_async, fake_env):
    async def scenario():
        services, page = await open_page(qtbot)
        type_and_send(qtbot, page, "remember me")
        await answered(page)
        conversation_id = page.conversation_id
        await close_page(services, page)

        services, page = await open_page(qtbot)
        assert page.conversation_id == conversation_id  # the newest conversation opens
        texts = [w.message.content for w in page.transcript.widgets]
        assert texts[0] == "remember me" and texts[1].startswith("Echo: remember me")
        assert page.conversations.titles()[0].startswith("remember me")
        await close_page(services, page)

    run_async(scenario())


def test_regenerate_and_edit_keep_earlier_versions(qtbot, run_async, fake_env):
    async def scenario():
        services, page = await open_page(qtbot)
        type_and_send(qtbot, page, "first question")
        first = await answered(page)
        first_id = first.message.id
        qtbot.mouseClick(first.regenerate_button, Qt.MouseButton.LeftButton)
        await until(lambda: last_answer(page).message.id != first_id and not page.streaming)
        second = last_answer(page)
        assert second.version_label.text() == "2 / 2"
        # Back to version 1: the first answer is still there.
        qtbot.mouseClick(second.prev_version, Qt.MouseButton.LeftButton)
        await until(lambda: last_answer(page).message.id == first_id)
        assert last_answer(page).version_label.text() == "1 / 2"

        # Edit the question: a new version of it with a new answer.
        user = page.transcript.widgets[0]
        qtbot.mouseClick(user.edit_button, Qt.MouseButton.LeftButton)
        assert page.composer.text() == "first question"
        page.composer.input.setPlainText("edited question")
        qtbot.keyClick(page.composer.input, Qt.Key.Key_Return)
        await until(lambda: not page.streaming and last_answer(page) is not None
                    and last_answer(page).message.content.startswith("Echo: edited question"))
        user = page.transcript.widgets[0]
        assert user.message.content == "edited question"
        assert user.version_label.text() == "2 / 2"
        assert len(page.transcript.widgets) == 2
        qtbot.mouseClick(user.prev_version, Qt.MouseButton.LeftButton)
        await until(lambda: page.transcript.widgets[0].message.content == "first question")
        assert last_answer(page).message.content.startswith("Echo: first question")
        await close_page(services, page)

    run_async(scenario())


def test_export_matches_the_transcript(qtbot, run_async, fake_env, tmp_path: Path):
    fake_env.answer_words = 20

    async def scenario():
        services, page = await open_page(qtbot)
        type_and_send(qtbot, page, "one")
        await answered(page)
        type_and_send(qtbot, page, "two")
        await until(lambda: len(page.transcript.widgets) == 4 and not page.streaming)
        target = tmp_path / "chat.md"
        page.export_to(target)
        text = target.read_text(encoding="utf-8")
        position = 0
        for widget in page.transcript.widgets:
            found = text.find(widget.markdown(), position)
            assert found >= 0, widget.markdown()
            position = found + len(widget.markdown())
        assert "Thinking about" not in text
        with_thinking = page.export_text(include_thinking=True)
        assert "Thinking about: one" in with_thinking
        await close_page(services, page)

    run_async(scenario())


def test_older_messages_load_when_scrolling_up(qtbot, run_async, fake_env):
    async def scenario():
        services = await Services.open()
        history = services.history
        conversation = history.create_conversation(title="long", provider_id="modelscope",
                                                   model_id="Qwen/Qwen3-32B")
        parent = None
        for index in range(150):
            message = history.add_message(conversation.id, parent_id=parent,
                                          role="user" if index % 2 == 0 else "assistant",
                                          content=f"message number {index}\n\nwith a second paragraph")
            parent = message.id
        await services.aclose()

        services, page = await open_page(qtbot)
        assert page.conversation_id == conversation.id
        shown = len(page.transcript.widgets)
        assert shown < 150
        assert page.transcript.widgets[-1].message.content.startswith("message number 149")
        bar = page.transcript.verticalScrollBar()
        await until(lambda: bar.maximum() > 0)
        first_before = page.transcript.widgets[0]
        bar.setValue(0)
        await until(lambda: len(page.transcript.widgets) > shown, message="older messages did not load")
        # The view kept its place: the message that was at the top is still on screen near the top.
        await asyncio.sleep(0.05)
        assert first_before.geometry().top() >= bar.value() - 5
        for _ in range(10):
            bar.setValue(0)
            await asyncio.sleep(0.05)
        await until(lambda: page.transcript.widgets[0].message.content.startswith("message number 0"))
        await close_page(services, page)

    run_async(scenario())


def test_conversations_rename_search_and_delete_with_undo(qtbot, run_async, fake_env):
    async def scenario():
        services, page = await open_page(qtbot)
        type_and_send(qtbot, page, "about cats")
        await answered(page)
        qtbot.mouseClick(page.conversations.new_button, Qt.MouseButton.LeftButton)
        assert page.conversation_id is None and page.transcript.widgets == []
        type_and_send(qtbot, page, "Про собак")
        await answered(page)
        assert len(page.conversations.ids()) == 2

        page.conversations.search.setText("собак")
        await until(lambda: len(page.conversations.ids()) == 1)
        page.conversations.search.setText("ПРО СОБАК")
        await until(lambda: len(page.conversations.ids()) == 1)
        page.conversations.search.setText("")
        await until(lambda: len(page.conversations.ids()) == 2)

        dog = page.conversation_id
        page._rename(dog, "Dogs")
        assert "Dogs" in page.conversations.titles()  # shown at once...
        await until(lambda: services.history.conversation(dog).title == "Dogs")
        assert "Dogs" in page.conversations.titles()  # ...and still after the notice of the write

        page.delete_conversation(dog)
        assert dog not in page.conversations.ids()
        assert page.undo_bar.isVisible()
        qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
        assert dog in page.conversations.ids()
        # Opened once the history has it back.
        await until(lambda: page.conversation_id == dog, message="the restored chat did not open")
        assert dog in page.conversations.ids()
        await close_page(services, page)

    run_async(scenario())


def test_a_conversation_written_elsewhere_shows_once_the_services_say_so(qtbot, run_async, fake_env):
    from msdesk.core.changes import Change

    async def scenario():
        services, page = await open_page(qtbot)
        type_and_send(qtbot, page, "first chat")
        await answered(page)
        other = services.history.create_conversation(title="Written by the command line")
        services.changes.notify(Change.CONVERSATIONS, conversation_id=other.id)
        await until(lambda: page.conversations.titles()[:1] == ["Written by the command line"],
                    timeout=2, message="the list did not show the new chat")
        services.history.rename(other.id, "Renamed there too")
        services.changes.notify(Change.CONVERSATIONS, conversation_id=other.id)
        await until(lambda: "Renamed there too" in page.conversations.titles(), timeout=2,
                    message="the list did not show the new title")
        assert page.conversation_id != other.id  # the open chat stays open
        await close_page(services, page)

    run_async(scenario())


def test_a_burst_of_notices_is_two_looks_at_the_list(qtbot, run_async, fake_env):
    from msdesk.core.changes import Change

    async def scenario():
        services, page = await open_page(qtbot)
        looks = []
        list_conversations = page.history.list_conversations
        page.history.list_conversations = lambda *a, **k: looks.append(1) or list_conversations(*a, **k)
        other = services.history.create_conversation(title="Five writes at once")
        for _ in range(5):
            services.changes.notify(Change.CONVERSATIONS, conversation_id=other.id)
        await until(lambda: "Five writes at once" in page.conversations.titles(), timeout=2)
        await asyncio.sleep(0.2)  # the burst is over: any further look would have come by now
        assert len(looks) == 2  # at once, and once after the burst
        page.history.list_conversations = list_conversations
        await close_page(services, page)

    run_async(scenario())


def test_a_new_chat_is_in_the_list_once_its_answer_is_done_even_within_a_burst(
    qtbot, run_async, fake_env, monkeypatch
):
    # A turn's writes come in a burst: the list looks at once, then once more when the burst is
    # over (LIST_AGAIN_MS later). A second chat whose whole turn fits in the first one's wait
    # (a short answer, a quick machine) was missing from the list when its answer was done.
    # Here the wait is long enough for both turns to fit in it.
    import msdesk.ui.chat.page as page_module

    monkeypatch.setattr(page_module, "LIST_AGAIN_MS", 60_000)

    async def scenario():
        services, page = await open_page(qtbot)
        type_and_send(qtbot, page, "about cats")
        await answered(page)
        assert page.conversations.ids() == [page.conversation_id]
        qtbot.mouseClick(page.conversations.new_button, Qt.MouseButton.LeftButton)
        type_and_send(qtbot, page, "about dogs")
        await answered(page)
        ids, titles = page.conversations.ids(), page.conversations.titles()
        await close_page(services, page)
        return ids, titles

    ids, titles = run_async(scenario())
    assert len(ids) == 2
    assert titles == ["about dogs", "about cats"]


def test_a_chat_brought_back_with_undo_is_in_the_list_once_it_opens(
    qtbot, run_async, fake_env, monkeypatch
):
    # The list looks again at the deletion's notice. When the history had the deletion but not
    # yet the undo at that look, the row put back was taken off again, and the look owed for
    # the undo came only after the list's wait: the chat opened while the list did not show
    # it (the conversations test once saw 1 chat instead of 2). Here the history's writer is
    # held between the two writes, and the list's wait is long.
    import threading

    import msdesk.ui.chat.page as page_module

    monkeypatch.setattr(page_module, "LIST_AGAIN_MS", 60_000)

    async def scenario():
        services = await Services.open()
        for title in ("Cats", "Dogs"):
            services.history.create_conversation(
                title=title, provider_id="modelscope", model_id="Qwen/Qwen3-32B"
            )
        await services.aclose()
        services, page = await open_page(qtbot)
        cats, dogs = sorted(page.conversations.ids())
        assert page.conversation_id == dogs
        looks: list[int] = []
        list_conversations = page.history.list_conversations
        page.history.list_conversations = lambda *a, **k: looks.append(1) or list_conversations(*a, **k)
        gate = threading.Event()
        page.delete_conversation(dogs)
        services.history_writes.submit(lambda h: gate.wait(5))  # the undo waits behind this
        qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
        assert page.conversations.ids() == [dogs, cats]  # put back at once
        await until(lambda: looks, message="the list did not look at the deletion")
        gate.set()
        await until(lambda: page.conversation_id == dogs, message="the restored chat did not open")
        ids = page.conversations.ids()
        page.history.list_conversations = list_conversations
        await close_page(services, page)
        return ids, dogs, cats

    ids, dogs, cats = run_async(scenario())
    assert ids == [dogs, cats]


def test_an_image_model_generates_shows_and_saves_an_image(qtbot, run_async, fake_env, tmp_path: Path):
    fake_env.image_polls = 1

    async def scenario():
        services, page = await open_page(qtbot)
        page.engine._image_poll_interval = 0.05  # the engine polls every 2 s otherwise
        choice = page.picker.find("modelscope", "Qwen/Qwen-Image")
        assert choice is not None and choice.makes_images
        page.picker.select(choice.provider_id, choice.model_id)
        page._choice_changed(choice)
        assert "image" in page.composer.input.placeholderText().lower()
        type_and_send(qtbot, page, "a red square")
        answer = await answered(page)
        assert answer.message.status == "ok", answer.message.error
        image = answer.findChild(QWidget, "messageImage")
        assert image is not None and not image.pixmap().isNull()
        attachment = answer.message.attachments[0]
        target = tmp_path / "out.png"
        assert page.save_image(attachment.id, target)
        assert target.read_bytes().startswith(b"\x89PNG")
        await close_page(services, page)

    run_async(scenario())


def test_a_vision_model_sends_an_attached_image_as_a_data_url(qtbot, run_async, fake_env, tmp_path: Path):
    async def scenario():
        services, page = await open_page(qtbot)
        choice = page.picker.find("modelscope", "Qwen/Qwen3-VL-235B-A22B-Instruct")
        page.picker.select(choice.provider_id, choice.model_id)
        page._choice_changed(choice)
        assert page.composer.attach_button.isVisibleTo(page)
        picture = tmp_path / "cat.png"
        picture.write_bytes(tiny_png("cat"))
        assert page.attach_file(picture)
        not_image = tmp_path / "notes.png"
        not_image.write_text("not an image")
        assert not page.attach_file(not_image)
        type_and_send(qtbot, page, "what is this?")
        await answered(page)
        content = fake_env.requests[-1].json["messages"][-1]["content"]
        urls = [part["image_url"]["url"] for part in content if part.get("type") == "image_url"]
        assert urls == ["data:image/png;base64," + base64.b64encode(tiny_png("cat")).decode()]
        user = page.transcript.widgets[0]
        assert user.findChild(QWidget, "messageImage") is not None
        await close_page(services, page)

    run_async(scenario())


def test_parameters_are_sent_and_remembered(qtbot, run_async, fake_env):
    from msdesk.core.history import ConversationParams

    async def scenario():
        services, page = await open_page(qtbot)
        page._set_params(ConversationParams(system_prompt="Be brief.", temperature=0.2, top_p=0.5,
                                            max_tokens=5, context_messages=0))
        type_and_send(qtbot, page, "first")
        await answered(page)
        type_and_send(qtbot, page, "second")
        await until(lambda: len(page.transcript.widgets) == 4 and not page.streaming)
        body = fake_env.requests[-1].json
        assert body["temperature"] == 0.2 and body["top_p"] == 0.5 and body["max_tokens"] == 5
        assert [m["role"] for m in body["messages"]] == ["system", "user"]
        assert body["messages"][0]["content"] == "Be brief."
        await close_page(services, page)

    run_async(scenario())


def test_enter_shift_enter_and_the_ctrl_enter_option(qtbot, run_async, fake_env):
    async def scenario():
        services, page = await open_page(qtbot)
        box = page.composer.input
        box.setPlainText("line one")
        box.moveCursor(box.textCursor().MoveOperation.End)
        qtbot.keyClick(box, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
        assert box.toPlainText() == "line one\n" and page.conversation_id is None  # not sent

        page.enter_action.setChecked(False)  # "Enter sends" off: Enter is a new line
        assert services.settings.ui["enter_sends"] is False
        qtbot.keyClick(box, Qt.Key.Key_Return)
        assert box.toPlainText() == "line one\n\n" and page.conversation_id is None
        box.setPlainText("sent with ctrl")
        qtbot.keyClick(box, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        await answered(page)
        assert page.transcript.widgets[0].message.content == "sent with ctrl"
        assert box.toPlainText() == ""

        # Up in the empty box edits the last message; Esc leaves edit mode.
        qtbot.keyClick(box, Qt.Key.Key_Up)
        assert page.composer.editing_id == page.transcript.widgets[0].message.id
        assert box.toPlainText() == "sent with ctrl"
        qtbot.keyClick(box, Qt.Key.Key_Escape)
        assert page.composer.editing_id is None and box.toPlainText() == ""
        await close_page(services, page)

    run_async(scenario())


def test_escape_stops_a_streaming_answer(qtbot, run_async, fake_env):
    fake_env.answer_words = 400
    fake_env.chunk_delay = 0.02

    async def scenario():
        services, page = await open_page(qtbot)
        type_and_send(qtbot, page, "go on")
        await until(lambda: page.streaming and last_answer(page) is not None)
        await until(lambda: len(last_answer(page).body.plain_text()) > 10 or last_answer(page).thinking)
        qtbot.keyClick(page.composer.input, Qt.Key.Key_Escape)
        assert not page.streaming
        await until(lambda: fake_env.disconnects >= 1)
        assert last_answer(page).message.status == "stopped"
        await close_page(services, page)

    run_async(scenario())


def test_the_view_follows_the_stream_unless_the_user_scrolls_up(qtbot, run_async, fake_env):
    # Long enough to follow, be scrolled away from, grow by 200 px and be followed again
    # (about 260, 360 and 600 pieces).
    fake_env.answer_words = 600
    fake_env.chunk_delay = 0.002
    fake_env.answer_text = "A paragraph of the answer that goes on for a while.\n\nAnother one."

    async def scenario():
        services, page = await open_page(qtbot)
        page.findChild(QCheckBox, "thinkingSwitch").setChecked(False)
        type_and_send(qtbot, page, "long")
        bar = page.transcript.verticalScrollBar()
        await until(lambda: page.streaming and bar.maximum() > 600, message="the answer did not grow")
        assert bar.value() >= bar.maximum() - 30  # following
        bar.setValue(100)  # the user scrolls up to read
        grown_from = bar.maximum()
        await until(lambda: bar.maximum() > grown_from + 200 or not page.streaming)
        assert bar.value() == 100  # left where the user put it
        bar.setValue(bar.maximum())  # back to the end: follows again
        await answered(page)
        await asyncio.sleep(0.1)
        assert bar.value() >= bar.maximum() - 30
        await close_page(services, page)

    run_async(scenario())


def test_escape_stops_even_after_clicking_send(qtbot, run_async, fake_env):
    fake_env.answer_words = 400
    fake_env.chunk_delay = 0.02

    async def scenario():
        services, page = await open_page(qtbot)
        page.composer.input.setPlainText("go")
        send = page.findChild(QPushButton, "sendButton")
        await until(lambda: page.isActiveWindow())
        assert page.composer.input.hasFocus()  # where a user starts typing
        send.setFocus()
        qtbot.mouseClick(send, Qt.MouseButton.LeftButton)
        await until(lambda: page.streaming and last_answer(page) is not None)
        assert page.composer.input.hasFocus()
        qtbot.keyClick(page.composer.input, Qt.Key.Key_Escape)
        await until(lambda: not page.streaming, message="Esc did not stop the answer")
        await close_page(services, page)

    run_async(scenario())


@pytest.mark.parametrize("moment", ["the token is read", "the first byte is awaited"])
def test_escape_while_the_request_is_being_opened_ends_the_turn_at_once(
    qtbot, run_async, fake_env, monkeypatch, moment
):
    # Opening the request, the turn first reads the token from the keychain, which answers from
    # its own thread: Esc is pressed in the same turn of the loop as that answer, before the turn
    # has woken up (what a quick Esc after Send ran into now and then). Then the request is out
    # and the server is slow to start answering.
    from msdesk.core.secret_store import MemoryBackend

    fake_env.answer_words = 400
    fake_env.chunk_delay = 0.02
    armed: list = []
    real_get = MemoryBackend.get_password

    def get_password(backend, service, username):
        found = real_get(backend, service, username)
        if armed and username == "modelscope/main":  # only a turn reads the token itself
            loop, press = armed.pop()
            loop.call_soon_threadsafe(press)  # reaches the loop just before the answer
        return found

    monkeypatch.setattr(MemoryBackend, "get_password", get_password)

    def chat_requests() -> int:
        return sum(r.path == "/v1/chat/completions" for r in fake_env.requests)

    async def scenario():
        services, page = await open_page(qtbot)
        ended: list[bool] = []
        page.turns.turnEnded.connect(ended.append)

        def escape() -> None:
            qtbot.keyClick(page.composer.input, Qt.Key.Key_Escape)

        if moment == "the token is read":
            armed.append((asyncio.get_running_loop(), escape))
        else:
            fake_env.set_behaviour("slow", times=1)
        type_and_send(qtbot, page, "go")
        if moment == "the first byte is awaited":
            await until(lambda: chat_requests() == 1, message="the request never went out")
            escape()
        await until(lambda: not page.streaming, message="Esc was not pressed")
        assert not armed
        await until(lambda: ended, timeout=2, message="the Stop was lost: the turn went on")
        answer = last_answer(page)
        assert answer.message.status == "stopped"
        await until(lambda: services.history.message(answer.message.id).status == "stopped")
        assert services.history.message(answer.message.id).content == ""
        await close_page(services, page)
        return chat_requests()

    sent = run_async(scenario())
    assert sent == (0 if moment == "the token is read" else 1)


def test_editing_a_message_that_was_deleted_sends_a_new_one(qtbot, run_async, fake_env):
    async def scenario():
        services, page = await open_page(qtbot)
        type_and_send(qtbot, page, "first")
        await answered(page)
        user = page.transcript.widgets[0]
        qtbot.mouseClick(user.edit_button, Qt.MouseButton.LeftButton)
        assert page.composer.editing_id == user.message.id
        page.delete_message(user.message.id)
        assert page.composer.editing_id is None  # the edited message is gone: edit mode ends
        page.composer.begin_edit(user.message.id, "still here")  # even if it lingered...
        qtbot.keyClick(page.composer.input, Qt.Key.Key_Return)
        await until(lambda: not page.streaming and last_answer(page) is not None
                    and last_answer(page).message.content.startswith("Echo: still here"))
        await close_page(services, page)

    run_async(scenario())


def test_undo_is_offered_only_while_the_bar_shows(qtbot, run_async, fake_env):
    async def scenario():
        services, page = await open_page(qtbot)
        type_and_send(qtbot, page, "to delete")
        await answered(page)
        gone = page.conversation_id
        page.delete_conversation(gone)
        page._undo_timer.timeout.emit()  # the bar times out
        assert not page.undo_bar.isVisible()
        page.undo_delete()  # Ctrl+Z much later
        assert gone not in page.conversations.ids()
        await close_page(services, page)

    run_async(scenario())


def test_a_conversation_of_long_answers_opens_on_a_few_of_them(qtbot, run_async, fake_env):
    from msdesk.ui.chat.page import PAGE_CHARS

    async def scenario():
        services = await Services.open()
        history = services.history
        conversation = history.create_conversation(title="long answers", provider_id="modelscope",
                                                   model_id="Qwen/Qwen3-32B")
        parent = None
        answer = ("A paragraph of a long answer with `code` and **bold**.\n\n" * 250)
        for index in range(40):
            text = f"question {index}" if index % 2 == 0 else f"answer {index}\n\n{answer}"
            parent = history.add_message(conversation.id, parent_id=parent,
                                         role="user" if index % 2 == 0 else "assistant", content=text).id
        await services.aclose()
        services, page = await open_page(qtbot)
        shown = page.transcript.widgets
        assert 4 <= len(shown) < 40
        assert sum(len(w.message.content) for w in shown) <= PAGE_CHARS + len(answer) + 64
        assert shown[-1].message.content.startswith("answer 39")
        assert page.transcript.has_older
        await close_page(services, page)

    run_async(scenario())


def test_coming_back_to_a_streaming_chat_shows_the_whole_answer_at_the_end(qtbot, run_async, fake_env):
    fake_env.answer_words = 160

    async def scenario():
        services, page = await open_page(qtbot)
        type_and_send(qtbot, page, "other chat")  # answered at once
        await answered(page)
        other = page.conversation_id
        page.new_conversation()
        page.findChild(QCheckBox, "thinkingSwitch").setChecked(False)
        fake_env.chunk_delay = 0.005  # this one streams for most of a second
        type_and_send(qtbot, page, "streaming chat")
        await until(lambda: page.streaming and last_answer(page) is not None
                    and len(last_answer(page).body.plain_text()) > 20)
        streaming = page.conversation_id
        page.open_conversation(other)
        sent = len(fake_env.sent_at)
        await until(lambda: len(fake_env.sent_at) >= sent + 40)  # pieces arrive while away
        page.open_conversation(streaming)
        await answered(page, timeout=20)
        await asyncio.sleep(0.1)
        answer = last_answer(page)
        saved = services.history.message(answer.message.id)
        assert saved.status == "ok"
        assert answer.body.markdown() == saved.content
        await close_page(services, page)

    run_async(scenario())


def test_stop_belongs_to_the_streaming_chat_and_the_list_marks_it(qtbot, run_async, fake_env):
    fake_env.answer_words = 400

    async def scenario():
        services, page = await open_page(qtbot)
        type_and_send(qtbot, page, "finished chat")
        await answered(page)
        other = page.conversation_id
        page.new_conversation()
        page.findChild(QCheckBox, "thinkingSwitch").setChecked(False)
        fake_env.chunk_delay = 0.01  # this one streams for a few seconds
        type_and_send(qtbot, page, "streaming chat")
        await until(lambda: page.streaming and page.conversation_id is not None
                    and last_answer(page) is not None)
        streaming = page.conversation_id
        composer = page.composer
        assert composer.stop_button.isVisible() and not composer.send_button.isVisible()

        page.open_conversation(other)
        await asyncio.sleep(0.05)
        assert composer.send_button.isVisible() and not composer.stop_button.isVisible()
        page.composer.input.setPlainText("a second question")
        assert not composer.send_button.isEnabled()
        assert "streaming in “streaming chat”" in composer.send_button.toolTip()
        rows = {page.conversations.model.item(r).data(ID_ROLE): page.conversations.model.item(r).text()
                for r in range(page.conversations.model.rowCount())}
        assert rows[streaming].startswith("● ") and not rows[other].startswith("●")
        qtbot.keyClick(composer.input, Qt.Key.Key_Escape)  # Esc here does not stop the other chat
        await asyncio.sleep(0.05)
        assert page.streaming

        page.open_conversation(streaming)
        assert composer.stop_button.isVisible()
        page.stop()
        await until(lambda: not page.streaming)
        page.open_conversation(other)
        assert composer.send_button.isEnabled()  # the draft typed there can go now
        assert all(not page.conversations.model.item(r).text().startswith("●")
                   for r in range(page.conversations.model.rowCount()))
        await close_page(services, page)

    run_async(scenario())


def test_an_answer_as_fast_as_the_server_sends_is_shown_whole_then_the_turn_ends(qtbot, run_async, fake_env):
    fake_env.answer_words = 3000
    fake_env.chunk_delay = 0.0

    async def scenario():
        services, page = await open_page(qtbot)
        page.findChild(QCheckBox, "thinkingSwitch").setChecked(False)
        type_and_send(qtbot, page, "zebra question")
        await answered(page, timeout=30)
        assert not page.work_in_progress()
        answer = last_answer(page)
        saved = services.history.message(answer.message.id)
        assert saved.status == "ok" and answer.body.markdown() == saved.content
        assert len(saved.content.split()) >= 3000
        await until(lambda: page.conversations.titles()[0].startswith("zebra question"), timeout=2,
                    message="the list did not show the chat's title")
        await close_page(services, page)

    run_async(scenario())


def test_what_is_typed_survives_switching_chats_and_a_crash(qtbot, run_async, fake_env):
    async def scenario():
        services, page = await open_page(qtbot)
        type_and_send(qtbot, page, "first chat")
        await answered(page)
        first = page.conversation_id
        qtbot.keyClicks(page.composer.input, "unsent in the first chat")
        await until(lambda: services.history.draft(first) == "unsent in the first chat",
                    message="the draft was not saved")
        page.new_conversation()
        assert page.composer.text() == ""
        qtbot.keyClicks(page.composer.input, "a new thought")
        await until(lambda: services.history.draft(None) == "a new thought")
        page.open_conversation(first)
        assert page.composer.text() == "unsent in the first chat"
        # msdesk is killed here: no quit, no hide, nothing flushed on the way out.
        page.runner.cancel_all()
        await services.aclose()

        services, page = await open_page(qtbot)
        assert page.conversation_id is None  # back where the new message was being written
        assert page.composer.text() == "a new thought"
        qtbot.keyClick(page.composer.input, Qt.Key.Key_Return)
        await answered(page)
        assert page.composer.text() == "" and services.history.draft(None) == ""
        page.open_conversation(first)
        assert page.composer.text() == "unsent in the first chat"
        await close_page(services, page)

    run_async(scenario())


def test_editing_an_earlier_message_gives_the_draft_back_after(qtbot, run_async, fake_env):
    async def scenario():
        services, page = await open_page(qtbot)
        type_and_send(qtbot, page, "question")
        await answered(page)
        question = next(w.message.id for w in page.transcript.widgets if w.message.role == "user")
        qtbot.keyClicks(page.composer.input, "my next question")
        page._message_action("edit", question)
        assert page.composer.text() == "question"
        qtbot.keyClick(page.composer.input, Qt.Key.Key_Escape)  # the edit is cancelled
        assert page.composer.text() == "my next question"
        page._message_action("edit", question)
        page.composer.set_text("question, better put")
        qtbot.keyClick(page.composer.input, Qt.Key.Key_Return)
        answer = await answered(page)
        assert answer.message.content.startswith("Echo: question, better put")
        assert page.composer.text() == "my next question"  # still there to send next
        await close_page(services, page)

    run_async(scenario())


def test_a_draft_outlives_an_edit_of_a_message_deleted_meanwhile(qtbot, run_async, fake_env):
    async def scenario():
        services, page = await open_page(qtbot)
        type_and_send(qtbot, page, "question")
        await answered(page)
        question = next(w.message.id for w in page.transcript.widgets if w.message.role == "user")
        qtbot.keyClicks(page.composer.input, "my next question")
        page._message_action("edit", question)
        services.history.delete_message(question)  # gone elsewhere while the edit is open
        page.composer.set_text("sent as a new message")
        qtbot.keyClick(page.composer.input, Qt.Key.Key_Return)
        await answered(page)
        assert page.composer.text() == "my next question"
        assert services.history.draft(page.conversation_id) == "my next question"
        await close_page(services, page)

    run_async(scenario())


def test_an_older_new_chat_draft_does_not_take_over_the_start(qtbot, run_async, fake_env):
    async def scenario():
        services, page = await open_page(qtbot)
        type_and_send(qtbot, page, "first chat")
        await answered(page)
        first = page.conversation_id
        page.new_conversation()
        qtbot.keyClicks(page.composer.input, "an idea for later")
        await until(lambda: services.history.draft(None) == "an idea for later")
        page.open_conversation(first)
        type_and_send(qtbot, page, "more in the first chat")  # the newest thing done
        await answered(page)
        await close_page(services, page)

        services, page = await open_page(qtbot)
        assert page.conversation_id == first  # where the user was last
        page.new_conversation()
        assert page.composer.text() == "an idea for later"  # kept for when they come back to it
        await close_page(services, page)

    run_async(scenario())


def test_the_pages_history_writes_run_on_the_writer_thread(qtbot, run_async, fake_env, monkeypatch):
    import threading

    from msdesk.core.history import ChatHistory, ConversationParams

    writes: list[tuple[str, str]] = []
    for name in ("create_conversation", "add_message", "update_message", "set_auto_title", "set_model",
                 "set_params", "rename", "delete_conversation", "restore_conversation", "save_draft",
                 "switch_version", "delete_message"):
        original = getattr(ChatHistory, name)

        def traced(self, *args, _name=name, _original=original, **kwargs):
            writes.append((_name, threading.current_thread().name))
            return _original(self, *args, **kwargs)

        monkeypatch.setattr(ChatHistory, name, traced)

    async def scenario():
        services, page = await open_page(qtbot)
        type_and_send(qtbot, page, "a question")
        first = await answered(page)
        qtbot.mouseClick(first.regenerate_button, Qt.MouseButton.LeftButton)
        await until(lambda: last_answer(page).message.id != first.message.id and not page.streaming)
        qtbot.mouseClick(last_answer(page).prev_version, Qt.MouseButton.LeftButton)  # switch_version
        await until(lambda: last_answer(page).message.id == first.message.id)
        chat = page.conversation_id
        page._set_params(ConversationParams(system_prompt="Be brief."))
        page._choice_changed(page.picker.find("modelscope", "deepseek-ai/DeepSeek-V3.2"))
        qtbot.keyClicks(page.composer.input, "a draft")
        page.drafts.flush()
        page._rename(chat, "Renamed")
        page.delete_conversation(chat)
        page.undo_delete()
        await until(lambda: page.conversation_id == chat)
        page.delete_message(first.message.id)
        await until(lambda: all(w.message.id != first.message.id for w in page.transcript.widgets))
        conversation = services.history.conversation(chat)
        assert (conversation.title, conversation.params.system_prompt) == ("Renamed", "Be brief.")
        assert conversation.model_id == "deepseek-ai/DeepSeek-V3.2"
        assert services.history.draft(chat) == "a draft"
        await close_page(services, page)
        return threading.current_thread().name

    gui_thread = run_async(scenario())
    assert {name for name, _thread in writes} >= {
        "create_conversation", "add_message", "update_message", "set_auto_title", "set_model",
        "set_params", "rename", "delete_conversation", "restore_conversation", "save_draft",
        "switch_version", "delete_message",
    }
    threads = {thread for _name, thread in writes}
    assert gui_thread not in threads and all(t.startswith("msdesk-history") for t in threads)


def test_a_parameter_change_shows_at_once_and_stays(qtbot, run_async, fake_env):
    import threading

    async def scenario():
        services, page = await open_page(qtbot)
        type_and_send(qtbot, page, "first")
        await answered(page)
        chat = page.conversation_id
        switch = page.findChild(QCheckBox, "thinkingSwitch")
        assert switch.isChecked()
        gate = threading.Event()
        services.history_writes.submit(lambda h: gate.wait(5))  # the writer is busy for a while
        try:
            switch.setChecked(False)
            page._update_model_state()  # anything that redraws the header before the write is done
            assert not switch.isChecked()
            assert services.history.conversation(chat).params.enable_thinking is not False  # not yet
        finally:
            gate.set()
        await until(lambda: services.history.conversation(chat).params.enable_thinking is False)
        page._update_model_state()
        assert not switch.isChecked()
        page.new_conversation()
        assert switch.isChecked()  # a new chat starts on the model's default
        page.open_conversation(chat)
        assert not switch.isChecked()
        type_and_send(qtbot, page, "second")
        await answered(page)
        assert fake_env.requests[-1].json["enable_thinking"] is False
        await close_page(services, page)

    run_async(scenario())


def test_a_draft_typed_just_before_quitting_is_there_next_time(qtbot, run_async, fake_env):
    async def scenario():
        services, page = await open_page(qtbot)
        type_and_send(qtbot, page, "first chat")
        await answered(page)
        first = page.conversation_id
        qtbot.keyClicks(page.composer.input, "the last words")
        # Quit at once, as the app does: tasks cancelled, the window hidden, the services closed.
        page.runner.cancel_all()
        page.hide()
        await services.aclose()

        services, page = await open_page(qtbot)
        assert page.conversation_id == first
        assert page.composer.text() == "the last words"
        await close_page(services, page)

    run_async(scenario())
