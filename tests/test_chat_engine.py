"""Chat turns end to end: the engine on the fake ModelScope (real HTTP) and a real SQLite history."""

from __future__ import annotations

import asyncio
import base64
from contextlib import asynccontextmanager
from dataclasses import replace

import pytest

from msdesk.core.chat import ChatEngine, TurnEvents
from msdesk.core.history import ChatHistory, ConversationParams, auto_title
from msdesk.core.paths import AppPaths
from msdesk.core.services import Services
from tests.conftest import run, until
from tests.fakes.modelscope import VALID_TOKEN, tiny_png

THINKING_MODEL = "Qwen/Qwen3-32B"  # reasons by default; takes enable_thinking
PLAIN_MODEL = "Qwen/Qwen2.5-72B-Instruct"  # no reasoning; does not take enable_thinking
VISION_MODEL = "Qwen/Qwen3-VL-8B-Instruct"
IMAGE_MODEL = "Qwen/Qwen-Image"


class Recorder:
    """Collects what a turn reports through its callbacks."""

    def __init__(self) -> None:
        self.users: list = []
        self.starts: list = []
        self.reasoning: list[str] = []
        self.content: list[str] = []
        self.statuses: list[str] = []
        self.done: list = []

    def events(self) -> TurnEvents:
        return TurnEvents(
            on_user=self.users.append,
            on_start=self.starts.append,
            on_reasoning=self.reasoning.append,
            on_content=self.content.append,
            on_status=self.statuses.append,
            on_done=self.done.append,
        )


@asynccontextmanager
async def chat_setup(tmp_path, *, token: bool = True, **engine_options):
    services = await Services.open(AppPaths.under(tmp_path / "home"))
    history = ChatHistory.open(services.paths.data_dir / "history.sqlite3")
    try:
        if token:
            await services.secrets.set("modelscope", "main", VALID_TOKEN)
        yield ChatEngine(services, history, **engine_options), history
    finally:
        history.close()
        await services.aclose()


def new_chat(history, model=PLAIN_MODEL, **params):
    return history.create_conversation(
        provider_id="modelscope", model_id=model, params=ConversationParams(**params)
    ).id


def chat_bodies(fake):
    return [r.json for r in fake.requests if r.path == "/v1/chat/completions"]


def test_streamed_answer_with_reasoning_saves_both_parts_and_usage(fake_env, tmp_path):
    fake_env.chunk_delay = 0.02
    fake_env.reasoning_words = 6
    fake_env.answer_words = 10
    seen = Recorder()

    async def scenario():
        async with chat_setup(tmp_path) as (engine, history):
            conv = new_chat(history, THINKING_MODEL)
            final = await engine.send(conv, "hello there", events=seen.events())
            return final, history.message(final.id), history.path_ids(conv)

    final, stored, path = run(scenario())
    assert [m.content for m in seen.users] == ["hello there"]
    assert seen.starts[0].status == "streaming" and seen.starts[0].id == final.id
    assert final.status == "ok" and seen.done == [final]
    assert final.content == "".join(seen.content)
    assert final.content.startswith("Echo: hello there")
    assert final.reasoning == "".join(seen.reasoning)
    assert final.reasoning.startswith("Thinking about: hello there")
    assert stored.content == final.content and stored.reasoning == final.reasoning
    assert final.token_label == "main" and final.model_id == THINKING_MODEL
    usage = final.usage
    assert usage["completion_tokens"] == len(seen.content) + len(seen.reasoning)
    assert usage["prompt_tokens"] > 0
    assert 0 < usage["ttft"] < usage["elapsed"]
    # tps is the completion tokens over the seconds after the first delta
    assert usage["tps"] * (usage["elapsed"] - usage["ttft"]) == pytest.approx(
        usage["completion_tokens"], rel=0.05
    )
    assert usage["thinking_seconds"] >= 0.05  # six reasoning deltas, 20 ms apart
    assert path == [seen.users[0].id, final.id]


def test_each_piece_is_handed_over_as_it_arrives_and_counted_without_server_usage(fake_env, tmp_path):
    import time

    fake_env.send_usage = False
    fake_env.tokens_per_second = 40
    fake_env.reasoning_words = 4
    fake_env.answer_words = 12
    arrived: list[float] = []
    seen = Recorder()
    events = seen.events()
    events.on_content = lambda text: (arrived.append(time.monotonic()), seen.content.append(text))

    async def scenario():
        async with chat_setup(tmp_path) as (engine, history):
            return await engine.send(new_chat(history, THINKING_MODEL), "one by one", events=events)

    final = run(scenario())
    assert final.status == "ok" and final.content == "".join(seen.content)
    assert len(seen.content) == 12 and len(seen.reasoning) == 4  # one callback per piece sent
    assert arrived[0] < fake_env.sent_at[-1]  # shown while the rest was still on its way
    assert final.usage["completion_tokens"] == 16
    assert "prompt_tokens" not in final.usage


def test_reading_a_stream_that_is_all_there_lets_the_loop_turn(monkeypatch):
    from msdesk.core import chat
    from msdesk.core.failover import StartedStream
    from msdesk.core.inference import ChatChunk

    monkeypatch.setattr(chat, "TURN_AFTER", 0.0)  # a turn after every piece

    async def received():  # every piece already there: nothing to wait for
        for n in range(200):
            yield ChatChunk(content=f"{n} ")

    async def scenario():
        turns = 0
        reading = True

        async def other_work():
            nonlocal turns
            while reading:
                turns += 1
                await asyncio.sleep(0)

        other = asyncio.create_task(other_work())
        await asyncio.sleep(0)
        answer = chat.Answer()
        pieces: list[str] = []
        await chat.ChatService.read(StartedStream(ChatChunk(content="first "), received()), answer,
                                    lambda chunk: pieces.append(chunk.content))
        reading = False
        counted = turns
        await other
        return answer, pieces, counted

    answer, pieces, turns = run(scenario())
    assert len(pieces) == 201 and answer.content == "first " + "".join(f"{n} " for n in range(200))
    assert answer.deltas == 201
    assert turns >= 200  # the other task ran between the pieces, not only after the last


def test_enable_thinking_is_sent_only_to_models_that_take_it(fake_env, tmp_path):
    async def scenario():
        async with chat_setup(tmp_path) as (engine, history):
            quiet = await engine.send(
                new_chat(history, THINKING_MODEL, enable_thinking=False, temperature=0.3), "hi"
            )
            default = await engine.send(new_chat(history, THINKING_MODEL), "hi")
            plain = await engine.send(new_chat(history, PLAIN_MODEL, enable_thinking=True), "hi")
            return quiet, default, plain

    quiet, default, plain = run(scenario())
    bodies = chat_bodies(fake_env)
    assert bodies[0]["enable_thinking"] is False and bodies[0]["temperature"] == 0.3
    assert "top_p" not in bodies[0] and "max_tokens" not in bodies[0]
    assert "enable_thinking" not in bodies[1]
    assert "enable_thinking" not in bodies[2]
    assert quiet.reasoning == "" and default.reasoning != "" and plain.reasoning == ""


def test_system_prompt_and_context_limit_shape_the_request(fake_env, tmp_path):
    async def scenario():
        async with chat_setup(tmp_path) as (engine, history):
            conv = new_chat(history)
            await engine.send(conv, "one")
            fake_env.set_behaviour("401", times=1)  # never retried: the turn ends as an error row
            failed = await engine.send(conv, "two")
            third = await engine.send(conv, "three")
            params = replace(history.conversation(conv).params, system_prompt="Be brief.",
                             context_messages=2)
            history.set_params(conv, params)
            await engine.send(conv, "four")
            return failed, third

    failed, third = run(scenario())
    assert failed.status == "error" and failed.content == ""
    bodies = chat_bodies(fake_env)
    sent = [[(m["role"], m["content"]) for m in body["messages"]] for body in bodies]
    # the failed answer (no content) is not sent; everything else of the path is
    assert sent[2] == [
        ("user", "one"),
        ("assistant", sent[2][1][1]),
        ("user", "two"),
        ("user", "three"),
    ]
    assert sent[2][1][1].startswith("Echo: one")
    # system prompt first, then only the last two earlier messages, then the new one
    assert sent[3] == [
        ("system", "Be brief."),
        ("user", "three"),
        ("assistant", third.content),
        ("user", "four"),
    ]


def test_the_context_limit_counts_only_messages_worth_sending_however_far_back(fake_env, tmp_path):
    async def scenario():
        async with chat_setup(tmp_path) as (engine, history):
            conv = new_chat(history, context_messages=2)
            parent = None
            for role, text in [("user", "a"), ("assistant", "A"), ("user", "b"), ("assistant", ""),
                               ("user", " "), ("assistant", "")]:
                parent = history.add_message(conv, parent_id=parent, role=role, content=text).id
            await engine.send(conv, "c")

    run(scenario())
    sent = [(m["role"], m["content"]) for m in chat_bodies(fake_env)[0]["messages"]]
    assert sent == [("assistant", "A"), ("user", "b"), ("user", "c")]


def test_stop_closes_the_stream_and_keeps_the_partial_answer(fake_env, tmp_path):
    fake_env.chunk_delay = 0.05
    fake_env.answer_words = 400
    seen = Recorder()

    async def scenario():
        async with chat_setup(tmp_path, save_interval=0.0) as (engine, history):
            conv = new_chat(history)
            task = asyncio.create_task(engine.send(conv, "tell me a long story", events=seen.events()))
            await until(lambda: len(seen.content) >= 4)
            # saved while it streams
            row = history.message(seen.starts[0].id)
            during = (row.status, row.content)
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
            disconnected = await asyncio.to_thread(fake_env.wait_for_disconnect, 5.0)
            return during, history.message(seen.starts[0].id), disconnected

    (status_during, content_during), stored, disconnected = run(scenario())
    assert disconnected, "the fake should see the client go away at once"
    assert status_during == "streaming" and content_during.startswith("Echo: tell")
    assert stored.status == "stopped"
    assert stored.content == "".join(seen.content)
    assert stored.content.startswith("Echo: tell me a")
    assert len(stored.content.split()) < 100  # it did not run on to the end
    assert [m.status for m in seen.done] == ["stopped"]


def test_stop_before_the_request_goes_out_marks_the_row_stopped(fake_env, tmp_path):
    async def scenario():
        async with chat_setup(tmp_path) as (engine, history):
            conv = new_chat(history)
            task: asyncio.Task | None = None

            def stop_now(_row):
                assert task is not None
                task.cancel()

            task = asyncio.create_task(engine.send(conv, "hi", events=TurnEvents(on_start=stop_now)))
            with pytest.raises(asyncio.CancelledError):
                await task
            return [history.message(i) for i in history.path_ids(conv)]

    user, answer = run(scenario())
    assert user.content == "hi"
    assert answer.status == "stopped" and answer.content == ""
    assert chat_bodies(fake_env) == []


@pytest.mark.parametrize("read", ["labels", "token"])
def test_a_stop_as_the_keychain_answers_ends_the_turn_before_the_request_goes_out(
    fake_env, tmp_path, monkeypatch, read
):
    # While the request is being opened the turn waits for the keychain (its labels, then the
    # token), which answers from its own thread. A Stop that lands in the same turn of the loop
    # as that answer, before the turn has woken up, must still end the turn there.
    from msdesk.core.secret_store import MemoryBackend

    fake_env.answer_words = 400
    fake_env.chunk_delay = 0.02
    wanted = "modelscope:labels" if read == "labels" else "modelscope/main"
    armed: list[tuple[asyncio.AbstractEventLoop, asyncio.Task]] = []
    real_get = MemoryBackend.get_password

    def get_password(backend, service, username):
        found = real_get(backend, service, username)
        if armed and username == wanted:
            loop, task = armed.pop()
            loop.call_soon_threadsafe(task.cancel)  # reaches the loop just before the answer
        return found

    monkeypatch.setattr(MemoryBackend, "get_password", get_password)
    seen = Recorder()

    async def scenario():
        async with chat_setup(tmp_path) as (engine, history):
            conv = new_chat(history)
            events = seen.events()

            def started(row):
                seen.starts.append(row)
                armed.append((asyncio.get_running_loop(), task))

            events.on_start = started
            task = asyncio.create_task(engine.send(conv, "hi", events=events))
            await asyncio.wait([task], timeout=3)
            ended = task.done()
            if not ended:  # the Stop was lost: end it here, so the failure is only that
                task.cancel()
            await asyncio.gather(task, return_exceptions=True)
            await engine._services.history_writes.run(lambda h: None)  # every write is on disk
            return ended, task.cancelled(), [history.message(i) for i in history.path_ids(conv)]

    ended, cancelled, (user, answer) = run(scenario())
    assert not armed, "the keychain was not asked"
    assert ended, "the Stop was lost: the turn went on reading the answer"
    assert cancelled
    assert user.content == "hi"
    assert answer.status == "stopped" and answer.content == ""
    assert [m.status for m in seen.done] == ["stopped"]
    assert chat_bodies(fake_env) == []


def test_a_cut_stream_keeps_the_text_and_says_so(fake_env, tmp_path):
    fake_env.answer_words = 30
    fake_env.set_behaviour("cut", times=1)

    async def scenario():
        async with chat_setup(tmp_path) as (engine, history):
            final = await engine.send(new_chat(history), "explain tides")
            return final, history.message(final.id)

    final, stored = run(scenario())
    assert final.status == "cut" == stored.status
    assert stored.content.startswith("Echo: explain tides")
    assert "closed before the answer was complete" in stored.error
    assert "kept" in stored.error


def test_quota_error_names_the_reset_time_and_retry_reuses_the_row(fake_env, tmp_path):
    fake_env.set_behaviour("429", times=1)

    async def scenario():
        async with chat_setup(tmp_path) as (engine, history):
            conv = new_chat(history)
            failed = await engine.send(conv, "hello")
            retried = await engine.retry(failed.id)
            return failed, retried, history.siblings(retried.id), history.path_ids(conv)

    failed, retried, siblings, path = run(scenario())
    assert failed.status == "error" and failed.content == ""
    assert "Request limit exceeded" in failed.error
    assert "00:00 UTC+8" in failed.error
    assert retried.id == failed.id and retried.status == "ok" and retried.error == ""
    assert retried.content.startswith("Echo: hello")
    assert siblings == [failed.id]
    assert len(path) == 2


def test_retry_after_a_cut_answer_makes_a_new_version(fake_env, tmp_path):
    fake_env.answer_words = 30
    fake_env.set_behaviour("cut", times=1)

    async def scenario():
        async with chat_setup(tmp_path) as (engine, history):
            cut = await engine.send(new_chat(history), "hello")
            again = await engine.retry(cut.id)
            return cut, again, history.siblings(again.id), history.message(cut.id)

    cut, again, siblings, old = run(scenario())
    assert cut.status == "cut" and again.status == "ok"
    assert again.id != cut.id and siblings == [cut.id, again.id]
    assert old.content == cut.content  # the partial answer is still there


def test_regenerate_keeps_the_old_version(fake_env, tmp_path):
    async def scenario():
        async with chat_setup(tmp_path) as (engine, history):
            conv = new_chat(history)
            first = await engine.send(conv, "name a colour")
            history.set_model(conv, "modelscope", THINKING_MODEL)
            second = await engine.regenerate(first.id)
            fresh = history.message(second.id)
            path_new = history.path_ids(conv)
            history.switch_version(first.id)
            return first, fresh, path_new, history.path_ids(conv)

    first, second, path_new, path_old = run(scenario())
    assert second.id != first.id and second.parent_id == first.parent_id
    assert second.sibling_count == 2 and second.sibling_index == 1
    assert second.model_id == THINKING_MODEL and second.reasoning != ""
    assert path_new == [first.parent_id, second.id]
    assert path_old == [first.parent_id, first.id]


def test_edit_and_resend_branches_and_keeps_the_image(fake_env, tmp_path):
    png = tiny_png("photo")

    async def scenario():
        async with chat_setup(tmp_path) as (engine, history):
            conv = new_chat(history, VISION_MODEL)
            seen = Recorder()
            first = await engine.send(conv, "what colour is this?",
                                      attachments=[("image/png", "photo.png", png)])
            second = await engine.edit_and_resend(first.parent_id, "what shape is it?",
                                                  events=seen.events())
            new_user = history.message(second.parent_id)
            data = [history.attachment_data(a.id) for a in new_user.attachments]
            path_new = history.path_ids(conv)
            history.switch_version(first.parent_id)
            return first, second, new_user, data, path_new, history.path_ids(conv), seen

    first, second, new_user, data, path_new, path_old, seen = run(scenario())
    old_user_id = first.parent_id
    assert [m.id for m in seen.users] == [new_user.id]
    assert new_user.id != old_user_id and new_user.parent_id is None
    assert new_user.content == "what shape is it?" and new_user.sibling_count == 2
    assert [(a.kind, a.mime, a.name) for a in new_user.attachments] == [
        ("input", "image/png", "photo.png")
    ]
    assert data == [png]
    assert second.content.startswith("Echo: what shape is it?")
    assert path_new == [new_user.id, second.id]
    assert path_old == [old_user_id, first.id]
    last = chat_bodies(fake_env)[-1]["messages"]
    assert len(last) == 1 and last[0]["content"][0] == {"type": "text", "text": "what shape is it?"}


def test_a_vision_attachment_is_sent_as_a_data_url(fake_env, tmp_path):
    png = tiny_png("cat")

    async def scenario():
        async with chat_setup(tmp_path) as (engine, history):
            conv = new_chat(history, VISION_MODEL)
            final = await engine.send(conv, "describe", attachments=[("image/png", "cat.png", png)])
            return final, history.message(final.parent_id)

    final, user = run(scenario())
    assert final.status == "ok"
    assert [(a.kind, a.size) for a in user.attachments] == [("input", len(png))]
    content = chat_bodies(fake_env)[-1]["messages"][-1]["content"]
    assert content == [
        {"type": "text", "text": "describe"},
        {
            "type": "image_url",
            "image_url": {"url": "data:image/png;base64," + base64.b64encode(png).decode()},
        },
    ]


def test_a_model_the_user_says_does_not_reason_is_asked_not_to(fake_env, tmp_path):
    from msdesk.core.settings import ModelEntry

    async def scenario():
        async with chat_setup(tmp_path) as (engine, history):
            await engine.send(new_chat(history, THINKING_MODEL), "as the table says")
            engine._services.config.add_models("modelscope", [ModelEntry(THINKING_MODEL)])
            engine._services.config.update_model(
                "modelscope", ModelEntry(THINKING_MODEL, overrides={"reasoning": False}))
            await engine.send(new_chat(history, THINKING_MODEL), "as the user says")

    run(scenario())
    table, user = chat_bodies(fake_env)[-2:]
    assert table.get("enable_thinking") is not False  # the model's own default
    assert user["enable_thinking"] is False


def test_the_first_exchange_names_the_chat(fake_env, tmp_path):
    async def scenario():
        async with chat_setup(tmp_path) as (engine, history):
            conv = new_chat(history)
            fake_env.set_behaviour("401", times=1)  # never retried: the turn ends as an error row
            failed = await engine.send(conv, "Plan a weekend in Hangzhou\nwith a day at West Lake")
            after_failure = history.conversation(conv)
            await engine.retry(failed.id)
            named = history.conversation(conv)
            await engine.send(conv, "Something else entirely")
            return failed, after_failure, named, history.conversation(conv)

    failed, after_failure, named, later = run(scenario())
    assert failed.status == "error"
    # Named from the question at once, even when no answer comes; the first answer makes it final.
    assert after_failure.title == auto_title("Plan a weekend in Hangzhou") and not after_failure.auto_titled
    assert named.title == auto_title("Plan a weekend in Hangzhou") and named.auto_titled
    assert named.title.startswith("Plan a weekend in Hangzhou")
    assert later.title == named.title


def test_a_question_with_no_words_for_a_title_takes_it_from_the_answer(fake_env, tmp_path):
    async def scenario():
        async with chat_setup(tmp_path) as (engine, history):
            conv = new_chat(history)
            answer = await engine.send(conv, "---")  # as for a question that is only an image: no words
            return answer, history.conversation(conv)

    answer, conv = run(scenario())
    assert answer.content.startswith("Echo: ---")
    assert conv.auto_titled and conv.title == auto_title(answer.content) != "New chat"


def test_editing_the_first_question_renames_a_chat_not_yet_answered(fake_env, tmp_path):
    async def scenario():
        async with chat_setup(tmp_path) as (engine, history):
            conv = new_chat(history)
            fake_env.set_behaviour("401", times=1)
            failed = await engine.send(conv, "First try")
            await engine.edit_and_resend(history.message(failed.parent_id).id, "Second try")
            return history.conversation(conv)

    conv = run(scenario())
    assert conv.title == "Second try" and conv.auto_titled


def test_an_image_model_draws_and_stores_the_picture(fake_env, tmp_path):
    fake_env.image_polls = 2
    seen = Recorder()

    async def scenario():
        async with chat_setup(tmp_path, image_poll_interval=0.01) as (engine, history):
            conv = new_chat(history, IMAGE_MODEL)
            final = await engine.send(conv, "a red fox in snow", events=seen.events())
            data = [history.attachment_data(a.id) for a in final.attachments]
            return final, data, history.conversation(conv)

    final, data, conv = run(scenario())
    assert final.status == "ok" and final.content == ""
    polls = [r for r in fake_env.requests if r.path.startswith("/v1/tasks/")]
    task_id = polls[0].path.removeprefix("/v1/tasks/")
    assert [(a.kind, a.mime) for a in final.attachments] == [("output", "image/png")]
    assert data == [tiny_png(f"{task_id}.png")]
    submitted = next(r for r in fake_env.requests if r.path == "/v1/images/generations")
    assert submitted.json["prompt"] == "a red fox in snow"
    assert any("queued" in s for s in seen.statuses)
    assert any("running" in s for s in seen.statuses)
    assert all(s.startswith(("Generating image…", "Downloading")) for s in seen.statuses)
    download = next(r for r in fake_env.requests if r.path.startswith("/fake-images/"))
    assert "authorization" not in download.headers  # the token stays with the API
    assert conv.title == auto_title("a red fox in snow")


def test_without_a_model_or_a_token_the_turn_says_what_to_do(fake_env, tmp_path):
    async def scenario():
        async with chat_setup(tmp_path, token=False) as (engine, history):
            no_model = history.create_conversation(provider_id="modelscope", model_id=None).id
            first = await engine.send(no_model, "hello")
            user = history.message(first.parent_id)
            no_token = await engine.send(new_chat(history), "hello")
            return first, user, no_token

    first, user, no_token = run(scenario())
    assert first.status == "error" and "No model is chosen" in first.error
    assert "Pick one" in first.error
    assert user.content == "hello"  # the message is kept for a retry
    assert no_token.status == "error" and "No token is stored for ModelScope" in no_token.error
    assert fake_env.requests == []


def test_image_failures_are_saved_on_the_row(fake_env, tmp_path, monkeypatch):
    import msdesk.core.chat as chat

    fake_env.image_polls = 1

    async def scenario():
        async with chat_setup(tmp_path, image_poll_interval=0.01) as (engine, history):
            conv = new_chat(history, IMAGE_MODEL)
            fake_env.set_behaviour("image_fail", times=1)
            failed = await engine.send(conv, "a castle")
            empty = await engine.send(conv, "   ")
            not_image = None
            try:
                await engine._download_image(f"{fake_env.api_base}/models")
            except chat.BadResponse as exc:
                not_image = exc.message
            monkeypatch.setattr(chat, "MAX_IMAGE_BYTES", 20)
            too_big = await engine.send(conv, "a tower")
            return failed, empty, not_image, too_big

    failed, empty, not_image, too_big = run(scenario())
    assert failed.status == "error" and "The image task failed" in failed.error
    assert failed.attachments == []
    assert empty.status == "error" and "Describe the image" in empty.error
    assert not_image is not None and "not an image (application/json)" in not_image
    assert too_big.status == "error" and "larger than" in too_big.error
    assert too_big.attachments == []


def test_a_bug_in_a_callback_marks_the_row_and_is_not_swallowed(fake_env, tmp_path):
    def broken(_delta):
        raise RuntimeError("callback bug")

    async def scenario():
        async with chat_setup(tmp_path) as (engine, history):
            conv = new_chat(history)
            with pytest.raises(RuntimeError, match="callback bug"):
                await engine.send(conv, "hi", events=TurnEvents(on_content=broken))
            return history.message(history.path_ids(conv)[-1])

    row = run(scenario())
    assert row.role == "assistant" and row.status == "error"
    assert "Something went wrong inside msdesk (RuntimeError)" in row.error


def test_an_image_attached_while_editing_is_sent_with_the_kept_one(fake_env, tmp_path):
    photo, chart = tiny_png("photo"), tiny_png("chart")

    async def scenario():
        async with chat_setup(tmp_path) as (engine, history):
            conv = new_chat(history, VISION_MODEL)
            first = await engine.send(conv, "what is this?", attachments=[("image/png", "photo.png", photo)])
            second = await engine.edit_and_resend(
                first.parent_id, "and this one?", attachments=[("image/png", "chart.png", chart)]
            )
            new_user = history.message(second.parent_id)
            return [(a.name, history.attachment_data(a.id)) for a in new_user.attachments]

    stored = run(scenario())
    assert stored == [("photo.png", photo), ("chart.png", chart)]
    parts = chat_bodies(fake_env)[-1]["messages"][0]["content"]
    assert [p["type"] for p in parts] == ["text", "image_url", "image_url"]


def test_every_write_of_a_turn_runs_on_the_history_writer_thread(fake_env, tmp_path, monkeypatch):
    import threading

    fake_env.set_behaviour("429", times=1)
    fake_env.answer_words = 20
    fake_env.chunk_delay = 0.01
    writes: list[tuple[str, str]] = []
    for name in ("add_message", "update_message", "switch_version", "set_auto_title", "add_attachment"):
        original = getattr(ChatHistory, name)

        def traced(self, *args, _name=name, _original=original, **kwargs):
            writes.append((_name, threading.current_thread().name))
            return _original(self, *args, **kwargs)

        monkeypatch.setattr(ChatHistory, name, traced)

    async def scenario():
        async with chat_setup(tmp_path, save_interval=0.0) as (engine, history):
            conv = new_chat(history)
            failed = await engine.send(conv, "hello")
            retried = await engine.retry(failed.id)  # the error row is reused in place
            return threading.current_thread().name, retried, history.conversation(conv)

    loop_thread, retried, conversation = run(scenario())
    assert retried.status == "ok" and conversation.title == "hello"
    assert {name for name, _thread in writes} == {
        "add_message", "update_message", "switch_version", "set_auto_title"
    }
    threads = {thread for _name, thread in writes}
    assert loop_thread not in threads and all(t.startswith("msdesk-history") for t in threads)


def test_a_stop_while_the_answer_row_is_being_written_still_marks_it_stopped(fake_env, tmp_path):
    import threading

    seen = Recorder()

    async def scenario():
        async with chat_setup(tmp_path) as (engine, history):
            writes = engine._services.history_writes
            conv = new_chat(history)
            gate = threading.Event()
            task: asyncio.Task | None = None
            loop = asyncio.get_running_loop()

            def stop_then_let_it_write():
                assert task is not None
                task.cancel()  # lands while the turn waits for its answer row
                gate.set()

            def question_written(message):
                seen.users.append(message)
                writes.submit(lambda h: gate.wait(5))  # the answer row waits behind this
                loop.call_soon(stop_then_let_it_write)

            events = seen.events()
            events.on_user = question_written
            task = asyncio.create_task(engine.send(conv, "hi", events=events))
            with pytest.raises(asyncio.CancelledError):
                await task
            await writes.run(lambda h: None)  # every write asked before is on disk
            return [history.message(i) for i in history.path_ids(conv)]

    user, answer = run(scenario())
    assert user.content == "hi"
    assert answer.role == "assistant" and answer.status == "stopped" and answer.content == ""
    assert chat_bodies(fake_env) == []
