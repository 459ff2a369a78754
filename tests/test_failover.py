"""Failover on 429 and retries before the first byte, against the fake ModelScope (real HTTP)."""

from __future__ import annotations

import asyncio
import time
from contextlib import aclosing, asynccontextmanager
from datetime import UTC, datetime, timedelta, timezone

import pytest

from msdesk.core.chat import ChatEngine, TurnEvents
from msdesk.core.errors import (
    ModelNotServed,
    NetworkError,
    QuotaExhausted,
    ServerError,
    StreamInterrupted,
    TokenRejected,
)
from msdesk.core.failover import RetryPolicy, reset_phrase
from msdesk.core.history import ChatHistory, ConversationParams
from msdesk.core.inference import ChatRequest
from msdesk.core.paths import AppPaths
from msdesk.core.quota import QuotaStore
from msdesk.core.ratelimit import next_reset
from msdesk.core.services import Services
from msdesk.core.settings import FallbackRule
from tests.conftest import run
from tests.fakes.modelscope import VALID_TOKEN as VALID
from tests.fakes.modelscope import new_token

MODEL = "Qwen/Qwen2.5-72B-Instruct"
OTHER_MODEL = "Qwen/Qwen3-32B"
UTC8 = timezone(timedelta(hours=8))


def request(text: str = "hello", model: str = MODEL) -> ChatRequest:
    return ChatRequest(model=model, messages=[{"role": "user", "content": text}])


class FakeTime:
    """A sleep that only notes the delays and moves a monotonic clock forward."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.delays: list[float] = []

    async def sleep(self, seconds: float) -> None:
        self.delays.append(seconds)
        self.now += seconds

    def monotonic(self) -> float:
        return self.now

    def policy(self, **options) -> RetryPolicy:
        options.setdefault("random", lambda: 1.0)  # the top of the jitter range: delays exact
        return RetryPolicy(sleep=self.sleep, monotonic=self.monotonic, **options)


@asynccontextmanager
async def open_services(tmp_path, tokens: dict[str, str] | None = None):
    services = await Services.open(AppPaths.under(tmp_path / "home"))
    try:
        for label, token in (tokens or {}).items():
            await services.secrets.set("modelscope", label, token)
        yield services
    finally:
        await services.aclose()


async def answer(services, text="hello", model=MODEL, **options):
    notices: list[str] = []
    stream, who = await services.failover.open(
        "modelscope", model, request(text, model), on_switch=notices.append, **options
    )
    async with aclosing(stream):
        content = "".join([chunk.content async for chunk in stream])
    return content, who, notices


def tokens_used(fake) -> list[str | None]:
    return [r.token for r in fake.requests if r.path == "/v1/chat/completions"]


def add_fake_provider(services, fake, name="Backup Cloud") -> str:
    """A custom OpenAI-compatible provider at the fake's address (its own quota, its own token)."""
    return services.config.add_custom(name, fake.api_base).id


def set_fallback(services, source: str, provider_id: str, model: str) -> None:
    services.settings_store.update(
        lambda s: s.fallbacks.__setitem__(source, FallbackRule(provider_id, model))
    )


# -- two tokens, one spent ----------------------------------------------------------


def test_a_spent_first_token_hands_over_to_the_next_and_is_skipped_next_time(fake_env, tmp_path):
    main, backup = new_token(), new_token()
    fake_env.add_token(main, daily_limit=0)
    fake_env.add_token(backup)

    async def scenario():
        async with open_services(tmp_path, {"main": main, "backup": backup}) as services:
            first = await answer(services, "first")
            second = await answer(services, "second")
            return first, second

    (text1, who1, notices1), (text2, who2, notices2) = run(scenario())
    assert text1.startswith("Echo: first") and text2.startswith("Echo: second")
    assert (who1.provider_id, who1.model, who1.token_label) == ("modelscope", MODEL, "backup")
    assert notices1 == ['Token "main" has no calls left today; answering with "backup".']
    assert who1.notices == tuple(notices1) and not who1.fallback
    # the 429 cost one refused request; the next answer goes straight to the backup
    assert tokens_used(fake_env) == [main, backup, backup]
    assert who2.token_label == "backup"
    assert fake_env.usage(backup)["total"] == 2 and fake_env.usage(main)["total"] == 0


def test_only_the_tokens_tried_are_read_from_the_keychain(fake_env, tmp_path):
    main, backup, spare = new_token(), new_token(), new_token()
    fake_env.add_token(main, daily_limit=0)
    for token in (backup, spare):
        fake_env.add_token(token)

    async def scenario():
        async with open_services(tmp_path, {"main": main, "backup": backup, "spare": spare}) as services:
            read: list[str] = []
            get = services.secrets.get

            async def counting_get(provider_id, label):
                read.append(label)
                return await get(provider_id, label)

            services.secrets.get = counting_get
            _, who, _ = await answer(services)
            return who.token_label, read

    label, read = run(scenario())
    assert label == "backup" and read == ["main", "backup"]  # "spare" stays in the keychain


def test_a_new_process_skips_a_token_the_last_figures_showed_spent(fake_env, tmp_path):
    main, backup = new_token(), new_token()
    fake_env.add_token(main, daily_limit=1)
    fake_env.add_token(backup)

    async def scenario():
        async with open_services(tmp_path, {"main": main, "backup": backup}) as services:
            first = await answer(services, "one")  # main's last call of the day: 0 left
        # as the next `msdesk chat` would (the memory keychain of the tests forgets on close)
        async with open_services(tmp_path, {"main": main, "backup": backup}) as services:
            second = await answer(services, "two")
        return first, second

    (_, who1, notices1), (_, who2, notices2) = run(scenario())
    assert who1.token_label == "main" and notices1 == []
    assert who2.token_label == "backup"
    assert notices2 == ['Token "main" has no calls left today; answering with "backup".']
    assert tokens_used(fake_env) == [main, backup]  # no refused request for main


def test_a_spent_model_limit_keeps_the_token_for_other_models(fake_env, tmp_path):
    main = new_token()
    fake_env.add_token(main, model_limit=1)  # one call per model today

    async def scenario():
        async with open_services(tmp_path, {"main": main}) as services:
            set_fallback(services, MODEL, "modelscope", OTHER_MODEL)
            await answer(services, "first")  # the model's last call: its figures now say 0
            result = await answer(services, "hi")
            quota = services.quota
            now = datetime.now(UTC)
            marks = (
                quota.is_marked_spent("modelscope", main, MODEL, now=now),
                quota.is_marked_spent("modelscope", main, OTHER_MODEL, now=now),
            )
            return result, marks

    (text, who, notices), marks = run(scenario())
    assert marks == (False, False)  # known from the figures, no 429 needed
    assert (who.provider_id, who.model, who.token_label, who.fallback) == (
        "modelscope", OTHER_MODEL, "main", True,
    )
    assert text.startswith("Echo: hi")
    assert notices == [
        f"All ModelScope tokens are spent until 00:00 UTC+8; answering with ModelScope {OTHER_MODEL}."
    ]
    bodies = [r.json for r in fake_env.requests if r.path == "/v1/chat/completions"]
    assert [b["model"] for b in bodies] == [MODEL, OTHER_MODEL]  # no refused request


def test_a_429_for_the_model_limit_marks_the_token_for_that_model_only(fake_env, tmp_path):
    main, backup = new_token(), new_token()
    fake_env.add_token(main, model_limit=0)  # the day's total is left, the model's is not
    fake_env.add_token(backup)

    async def scenario():
        async with open_services(tmp_path, {"main": main, "backup": backup}) as services:
            result = await answer(services)
            quota, now = services.quota, datetime.now(UTC)
            return result, (
                quota.is_marked_spent("modelscope", main, MODEL, now=now),
                quota.is_marked_spent("modelscope", main, OTHER_MODEL, now=now),
            )

    (_, who, notices), marks = run(scenario())
    assert who.token_label == "backup" and marks == (True, False)
    assert notices == [
        f'Token "main" has no calls left today for {MODEL}; answering with "backup".'
    ]


# -- every token spent ----------------------------------------------------------------


def test_every_token_spent_goes_to_the_fallback_provider(fake_env, tmp_path):
    main, backup, other = new_token(), new_token(), new_token()
    fake_env.add_token(main, daily_limit=0)
    fake_env.add_token(backup, daily_limit=0)
    fake_env.add_token(other)

    async def scenario():
        async with open_services(tmp_path, {"main": main, "backup": backup}) as services:
            provider_id = add_fake_provider(services, fake_env)
            await services.secrets.set(provider_id, "paid", other)
            set_fallback(services, "*", provider_id, OTHER_MODEL)
            first = await answer(services, "over to you")
            second = await answer(services, "again")
            return provider_id, first, second

    provider_id, (text, who, notices), (_, who2, notices2) = run(scenario())
    assert text.startswith("Echo: over to you")
    assert (who.provider_id, who.provider_name, who.model, who.token_label, who.fallback) == (
        provider_id, "Backup Cloud", OTHER_MODEL, "paid", True,
    )
    assert notices == [
        "All ModelScope tokens are spent until 00:00 UTC+8; answering with Backup Cloud Qwen/Qwen3-32B."
    ]
    assert tokens_used(fake_env) == [main, backup, other, other]  # spent ones not asked again
    assert who2.provider_id == provider_id and notices2 == notices


def test_every_token_spent_without_a_fallback_names_the_reset_time(fake_env, tmp_path):
    main, backup = new_token(), new_token()
    fake_env.add_token(main, daily_limit=0)
    fake_env.add_token(backup, daily_limit=0)

    async def scenario():
        async with open_services(tmp_path, {"main": main, "backup": backup}) as services:
            errors = []
            for _ in range(2):
                with pytest.raises(QuotaExhausted) as caught:
                    await answer(services)
                errors.append(caught.value)
            return errors

    first, second = run(scenario())
    local = next_reset(datetime.now(UTC)).astimezone().strftime("%H:%M")
    for error in (first, second):
        assert error.exit_code == 4
        assert 'every ModelScope token ("main" and "backup")' in error.message
        assert "00:00 UTC+8" in error.message and f"{local} your time" in error.message
        assert "fallback" in error.message
    assert tokens_used(fake_env) == [main, backup]  # the second time, nothing was sent


def test_a_fallback_without_a_token_is_named_in_the_error(fake_env, tmp_path):
    main = new_token()
    fake_env.add_token(main, daily_limit=0)

    async def scenario():
        async with open_services(tmp_path, {"main": main}) as services:
            provider_id = add_fake_provider(services, fake_env)
            set_fallback(services, MODEL, provider_id, OTHER_MODEL)
            with pytest.raises(QuotaExhausted) as caught:
                await answer(services)
            return caught.value

    error = run(scenario())
    assert "Backup Cloud has no token stored" in error.message
    assert "00:00 UTC+8" in error.message


def test_a_refused_fallback_says_what_failed(fake_env, tmp_path):
    main = new_token()
    fake_env.add_token(main, daily_limit=0)

    async def scenario():
        async with open_services(tmp_path, {"main": main}) as services:
            provider_id = add_fake_provider(services, fake_env)
            await services.secrets.set(provider_id, "paid", new_token())  # unknown to the fake
            set_fallback(services, MODEL, provider_id, OTHER_MODEL)
            with pytest.raises(TokenRejected) as caught:
                await answer(services)
            return caught.value

    error = run(scenario())
    assert error.exit_code == 3
    assert error.message.startswith(
        "Every ModelScope token has no calls left for Qwen/Qwen2.5-72B-Instruct; the fallback "
        "Backup Cloud Qwen/Qwen3-32B failed too: The token was rejected"
    )


def test_a_429_with_calls_left_moves_on_without_marking_the_day(fake_env, tmp_path):
    main, backup = new_token(), new_token()
    fake_env.add_token(main)
    fake_env.add_token(backup)
    fake_env.set_behaviour("429", token=main, times=1)  # the figures still show calls left

    async def scenario():
        async with open_services(tmp_path, {"main": main, "backup": backup}) as services:
            first = await answer(services, "one")
            second = await answer(services, "two")
            return first, second

    (_, who1, notices1), (_, who2, _) = run(scenario())
    assert who1.token_label == "backup"
    assert notices1 == ['Token "main" is over its request limit for now; answering with "backup".']
    assert who2.token_label == "main"  # not marked spent for the day: tried first again
    assert tokens_used(fake_env) == [main, backup, main]


# -- the reset --------------------------------------------------------------------


@pytest.mark.parametrize("offset_hours", [-10, 0, 14])
def test_a_spent_mark_is_forgotten_at_midnight_utc8_in_any_time_zone(offset_hours):
    zone = timezone(timedelta(hours=offset_hours))
    quota = QuotaStore.in_memory()
    main, backup = new_token(), new_token()
    before = datetime(2031, 3, 9, 23, 59, 59, tzinfo=UTC8).astimezone(zone)
    quota.mark_spent("modelscope", main, now=before)
    quota.mark_spent("modelscope", backup, "Qwen/Qwen3-32B", now=before)
    almost = before + timedelta(seconds=0.5)
    assert quota.is_marked_spent("modelscope", main, now=almost)
    assert quota.is_marked_spent("modelscope", main, MODEL, now=almost)  # every model of it
    assert quota.is_marked_spent("modelscope", backup, "Qwen/Qwen3-32B", now=almost)
    assert not quota.is_marked_spent("modelscope", backup, MODEL, now=almost)
    assert not quota.is_marked_spent("other", main, now=almost)
    after = before + timedelta(seconds=1)  # 00:00:00 UTC+8
    assert not quota.is_marked_spent("modelscope", main, now=after)
    assert not quota.is_marked_spent("modelscope", backup, "Qwen/Qwen3-32B", now=after)


def test_a_mark_made_just_after_midnight_lasts_the_whole_day():
    quota, main = QuotaStore.in_memory(), new_token()
    start = datetime(2031, 3, 10, 0, 0, 1, tzinfo=UTC8)
    quota.mark_spent("modelscope", main, now=start)
    assert quota.is_marked_spent("modelscope", main, now=start + timedelta(hours=23, minutes=59))
    assert not quota.is_marked_spent("modelscope", main, now=start + timedelta(hours=24))


@pytest.fixture
def local_zone(monkeypatch):
    """Set the machine's time zone for the test, and put it back after."""

    def use(name: str) -> None:
        monkeypatch.setenv("TZ", name)
        time.tzset()

    yield use
    monkeypatch.undo()
    time.tzset()


@pytest.mark.parametrize(
    ("zone", "now", "expected"),
    [
        ("Pacific/Honolulu", datetime(2031, 6, 1, 12, 0, tzinfo=UTC), "06:00 your time, in 4h 00m"),
        ("UTC", datetime(2031, 6, 1, 12, 0, tzinfo=UTC), "16:00 your time, in 4h 00m"),
        ("Pacific/Kiritimati", datetime(2031, 6, 1, 12, 0, tzinfo=UTC), "06:00 your time, in 4h 00m"),
        # New York, summer time starting on 2031-03-09: 11:00 EST the day before, 12:00 EDT on it
        ("America/New_York", datetime(2031, 3, 8, 10, 0, tzinfo=UTC), "11:00 your time, in 6h 00m"),
        ("America/New_York", datetime(2031, 3, 9, 17, 0, tzinfo=UTC), "12:00 your time, in 23h 00m"),
    ],
)
def test_the_reset_is_told_in_local_time(local_zone, zone, now, expected):
    local_zone(zone)
    assert reset_phrase(now) == f"at 00:00 UTC+8 ({expected})"


def test_the_spent_mark_resets_at_midnight_utc8_with_an_injected_clock(fake_env, tmp_path):
    main, backup = new_token(), new_token()
    fake_env.add_token(main, daily_limit=0)
    fake_env.add_token(backup)
    # A day far from today, so only the marks count (the server figures are of the real day).
    clock = {"now": datetime(2031, 3, 9, 23, 58, tzinfo=UTC8)}

    async def scenario():
        async with open_services(tmp_path, {"main": main, "backup": backup}) as services:
            options = {"clock": lambda: clock["now"]}
            await answer(services, "before", **options)  # main refused: marked
            clock["now"] = datetime(2031, 3, 9, 23, 59, 59, tzinfo=UTC8)
            await answer(services, "still today", **options)  # main skipped
            clock["now"] = datetime(2031, 3, 10, 0, 0, 0, tzinfo=UTC8)
            _, who, notices = await answer(services, "a new day", **options)  # main tried again
            return who, notices

    who, notices = run(scenario())
    assert tokens_used(fake_env) == [main, backup, backup, main, backup]
    assert who.token_label == "backup" and notices  # the fake's main is still spent


# -- a started answer is never sent again ----------------------------------------------


def test_a_stream_cut_after_the_first_piece_is_not_sent_again(fake_env, tmp_path):
    fake_env.answer_words = 40
    fake_env.set_behaviour("cut")
    retry = FakeTime()

    async def scenario():
        async with open_services(tmp_path, {"main": VALID}) as services:
            stream, _ = await services.failover.open("modelscope", MODEL, request(), retry=retry.policy())
            got = []
            with pytest.raises(StreamInterrupted):
                async with aclosing(stream):
                    async for chunk in stream:
                        got.append(chunk.content)
            return got

    got = run(scenario())
    assert "".join(got).startswith("Echo: hello")
    assert len(tokens_used(fake_env)) == 1 and retry.delays == []


def test_a_429_after_the_first_piece_is_not_sent_again(fake_env, tmp_path):
    # The fake cannot refuse mid-stream, so the stream is wrapped: after its first real piece
    # it fails as a provider does when it sends a quota error event in the middle of an answer.
    backup = new_token()
    fake_env.add_token(backup)

    async def refused_midway(client, req):
        async with aclosing(client.chat_stream(req)) as inner:
            async for chunk in inner:
                yield chunk
                raise QuotaExhausted("Request limit exceeded.", status=429)

    async def scenario():
        async with open_services(tmp_path, {"main": VALID, "backup": backup}) as services:
            stream, who = await services.failover.open(
                "modelscope", MODEL, request(), start=refused_midway
            )
            got = []
            with pytest.raises(QuotaExhausted):
                async with aclosing(stream):
                    async for chunk in stream:
                        got.append(chunk)
            return who, got, services.quota.is_marked_spent("modelscope", VALID, now=datetime.now(UTC))

    who, got, marked = run(scenario())
    assert who.token_label == "main" and len(got) == 1
    assert tokens_used(fake_env) == [VALID]  # not re-sent, not handed to the backup
    assert marked is False


# -- retries ---------------------------------------------------------------------------

@pytest.mark.parametrize("behaviour", ["500", "502_html"])
def test_server_errors_are_retried_with_exponential_backoff(fake_env, tmp_path, behaviour):
    fake_env.set_behaviour(behaviour, times=2)
    retry = FakeTime()
    said: list[str] = []

    async def scenario():
        async with open_services(tmp_path, {"main": VALID}) as services:
            return await answer(services, "after two", retry=retry.policy(), on_retry=said.append)

    text, who, _ = run(scenario())
    assert text.startswith("Echo: after two") and who.retries == 2
    assert retry.delays == [0.5, 1.0]  # base 0.5 s, doubled (jitter at its top here)
    assert len(tokens_used(fake_env)) == 3
    status = 502 if behaviour == "502_html" else 500
    assert said == [
        f"ModelScope answered with HTTP {status}; trying again in 0.5 s (1 of 3).",
        f"ModelScope answered with HTTP {status}; trying again in 1.0 s (2 of 3).",
    ]


def test_the_jitter_spreads_each_delay_over_its_whole_range(fake_env, tmp_path):
    fake_env.set_behaviour("500", times=3)
    retry = FakeTime()
    draws = iter([0.25, 0.5, 0.1])

    async def scenario():
        async with open_services(tmp_path, {"main": VALID}) as services:
            return await answer(services, retry=retry.policy(random=lambda: next(draws)))

    run(scenario())
    assert retry.delays == pytest.approx([0.5 * 0.25, 1.0 * 0.5, 2.0 * 0.1])


def test_retries_stop_after_the_count(fake_env, tmp_path):
    fake_env.set_behaviour("500")
    retry = FakeTime()

    async def scenario():
        async with open_services(tmp_path, {"main": VALID}) as services:
            with pytest.raises(ServerError) as caught:
                await answer(services, retry=retry.policy())
            return caught.value

    error = run(scenario())
    assert "server error (HTTP 500)" in error.message
    assert retry.delays == [0.5, 1.0, 2.0]
    assert len(tokens_used(fake_env)) == 4


def test_retries_stop_before_the_time_budget_is_passed(fake_env, tmp_path):
    fake_env.set_behaviour("500")
    retry = FakeTime()

    async def scenario():
        async with open_services(tmp_path, {"main": VALID}) as services:
            with pytest.raises(ServerError):
                await answer(services, retry=retry.policy(retries=10, total=3.0))

    run(scenario())
    assert retry.delays == [0.5, 1.0]  # a third wait (2 s) would end past 3 s
    assert len(tokens_used(fake_env)) == 3


def test_a_refused_connection_is_retried_then_reported(tmp_path, monkeypatch):
    monkeypatch.setenv("MSDESK_API_BASE", "http://127.0.0.1:9/v1")
    retry = FakeTime()
    said: list[str] = []

    async def scenario():
        async with open_services(tmp_path, {"main": VALID}) as services:
            with pytest.raises(NetworkError) as caught:
                await answer(services, retry=retry.policy(retries=2), on_retry=said.append)
            return caught.value

    error = run(scenario())
    assert "Could not connect" in error.message
    assert retry.delays == [0.5, 1.0]
    assert said[0].startswith("Could not connect to ModelScope (")
    assert said[0].endswith("; trying again in 0.5 s (1 of 2).") and "Check your" not in said[0]


def test_a_first_byte_that_does_not_come_in_time_is_retried(fake_env, tmp_path):
    fake_env.slow_seconds = 1.0
    fake_env.set_behaviour("slow", times=1)
    retry = FakeTime()

    async def scenario():
        async with open_services(tmp_path, {"main": VALID}) as services:
            started = time.monotonic()
            result = await answer(services, retry=retry.policy(), first_byte_timeout=0.3)
            return result, time.monotonic() - started

    (text, who, _), took = run(scenario())
    assert text.startswith("Echo: hello") and who.retries == 1
    assert retry.delays == [0.5] and took < 1.0  # did not wait for the slow answer
    assert len(tokens_used(fake_env)) == 2


def test_retry_after_from_the_server_sets_the_wait(fake_env, tmp_path):
    # Retry-After is carried by the error; the fake never sends one, so the first try raises
    # a server error that carries it, as the client does for a 503 with that header.
    retry = FakeTime()
    calls = []

    def busy_once(client, req):
        calls.append(1)
        if len(calls) == 1:
            error = ServerError("The provider is busy (HTTP 503).", status=503)
            error.retry_after = 7.0

            async def failing():
                raise error
                yield  # pragma: no cover

            return failing()
        return client.chat_stream(req)

    async def scenario():
        async with open_services(tmp_path, {"main": VALID}) as services:
            return await answer(services, retry=retry.policy(), start=busy_once)

    text, _, _ = run(scenario())
    assert text.startswith("Echo: hello") and retry.delays == [7.0]


@pytest.mark.parametrize(
    ("behaviour", "error_type"), [("400_model", ModelNotServed), ("401", TokenRejected)]
)
def test_4xx_is_never_retried_nor_failed_over(fake_env, tmp_path, behaviour, error_type):
    backup = new_token()
    fake_env.add_token(backup)
    fake_env.set_behaviour(behaviour, token=VALID)
    retry = FakeTime()

    async def scenario():
        async with open_services(tmp_path, {"main": VALID, "backup": backup}) as services:
            with pytest.raises(error_type):
                await answer(services, retry=retry.policy())

    run(scenario())
    assert tokens_used(fake_env) == [VALID]  # exactly one request
    assert retry.delays == []


# -- the chat window's engine -------------------------------------------------------------


@asynccontextmanager
async def engine_setup(tmp_path, tokens, **engine_options):
    async with open_services(tmp_path, tokens) as services:
        history = ChatHistory.open(services.paths.data_dir / "history.sqlite3")
        try:
            yield ChatEngine(services, history, **engine_options), history, services
        finally:
            history.close()


def new_chat(history, model=MODEL):
    return history.create_conversation(
        provider_id="modelscope", model_id=model, params=ConversationParams()
    ).id


def test_the_answer_row_names_the_token_that_answered_and_the_notice_comes_once(fake_env, tmp_path):
    main, backup = new_token(), new_token()
    fake_env.add_token(main, daily_limit=0)
    fake_env.add_token(backup)
    notices: list[str] = []
    statuses: list[str] = []

    async def scenario():
        async with engine_setup(tmp_path, {"main": main, "backup": backup}) as (engine, history, _services):
            conv = new_chat(history)
            events = TurnEvents(on_notice=notices.append, on_status=statuses.append)
            first = await engine.send(conv, "one", events=events)
            second = await engine.send(conv, "two", events=events)
            return first, history.message(first.id), second

    first, stored, second = run(scenario())
    assert first.status == "ok" and first.content.startswith("Echo: one")
    assert (stored.provider_id, stored.model_id, stored.token_label) == ("modelscope", MODEL, "backup")
    assert second.token_label == "backup"
    assert notices == ['Token "main" has no calls left today; answering with "backup".']
    assert statuses == []
    assert tokens_used(fake_env) == [main, backup, backup]


def test_the_fallback_answer_row_names_the_fallback_provider_and_model(fake_env, tmp_path):
    main, other = new_token(), new_token()
    fake_env.add_token(main, daily_limit=0)
    fake_env.add_token(other)
    statuses: list[str] = []

    async def scenario():
        async with engine_setup(tmp_path, {"main": main}) as (engine, history, services):
            provider_id = add_fake_provider(services, fake_env)
            await services.secrets.set(provider_id, "paid", other)
            set_fallback(services, MODEL, provider_id, OTHER_MODEL)
            conv = new_chat(history)
            final = await engine.send(conv, "fall back", events=TurnEvents(on_status=statuses.append))
            return provider_id, history.message(final.id), history.conversation(conv)

    provider_id, row, conversation = run(scenario())
    assert row.status == "ok" and row.content.startswith("Echo: fall back")
    assert (row.provider_id, row.model_id, row.token_label) == (provider_id, OTHER_MODEL, "paid")
    assert (conversation.provider_id, conversation.model_id) == ("modelscope", MODEL)  # unchanged
    # without on_notice, the notice goes to on_status
    assert statuses == [
        "All ModelScope tokens are spent until 00:00 UTC+8; answering with Backup Cloud Qwen/Qwen3-32B."
    ]


def test_every_token_spent_is_an_inline_error_with_the_reset_time(fake_env, tmp_path):
    main = new_token()
    fake_env.add_token(main, daily_limit=0)

    async def scenario():
        async with engine_setup(tmp_path, {"main": main}) as (engine, history, _):
            return await engine.send(new_chat(history), "hi")

    row = run(scenario())
    assert row.status == "error" and row.content == ""
    assert "Request limit exceeded" in row.error and "00:00 UTC+8" in row.error
    assert "your time" in row.error
    assert row.usage["error_kind"] == "quota-spent"  # what the window's actions follow from


def test_the_engine_retries_a_server_error_and_clears_the_retry_note(fake_env, tmp_path):
    fake_env.set_behaviour("500", times=1)
    retry = FakeTime()
    statuses: list[str] = []

    async def scenario():
        async with engine_setup(tmp_path, {"main": VALID}, retry=retry.policy()) as (
            engine, history, _
        ):
            return await engine.send(
                new_chat(history), "again", events=TurnEvents(on_status=statuses.append)
            )

    row = run(scenario())
    assert row.status == "ok" and row.content.startswith("Echo: again") and row.token_label == "main"
    assert retry.delays == [0.5]
    assert statuses == [
        "ModelScope answered with HTTP 500; trying again in 0.5 s (1 of 3).",
        "",  # the note goes away once the answer starts
    ]


def test_a_switch_and_a_retry_in_one_turn(fake_env, tmp_path):
    main, backup = new_token(), new_token()
    fake_env.add_token(main, daily_limit=0)
    fake_env.add_token(backup)
    fake_env.set_behaviour("500", token=backup, times=1)
    retry = FakeTime()
    statuses: list[str] = []
    notices: list[str] = []

    async def scenario():
        async with engine_setup(tmp_path, {"main": main, "backup": backup}, retry=retry.policy()) as (
            engine, history, _
        ):
            events = TurnEvents(on_status=statuses.append, on_notice=notices.append)
            return await engine.send(new_chat(history), "both", events=events)

    row = run(scenario())
    assert row.status == "ok" and row.token_label == "backup"
    assert tokens_used(fake_env) == [main, backup, backup]  # a 429 is failed over, not retried
    assert retry.delays == [0.5]
    assert notices == ['Token "main" has no calls left today; answering with "backup".']
    assert statuses == ["ModelScope answered with HTTP 500; trying again in 0.5 s (1 of 3).", ""]


def test_stop_while_waiting_to_retry_marks_the_row_stopped_and_sends_nothing_more(
    fake_env, tmp_path
):
    fake_env.set_behaviour("500")
    waiting = asyncio.Event()

    async def endless_sleep(_seconds):
        waiting.set()
        await asyncio.Event().wait()

    async def scenario():
        policy = RetryPolicy(sleep=endless_sleep)
        async with engine_setup(tmp_path, {"main": VALID}, retry=policy) as (engine, history, _):
            conv = new_chat(history)
            turn = asyncio.create_task(engine.send(conv, "stop me"))
            await asyncio.wait_for(waiting.wait(), 10)
            turn.cancel()
            with pytest.raises(asyncio.CancelledError):
                await turn
            return history.message(history.path_ids(conv)[-1])

    row = run(scenario())
    assert row.role == "assistant" and row.status == "stopped" and row.content == ""
    assert len(tokens_used(fake_env)) == 1


def test_nothing_is_sent_again_once_the_server_has_answered(fake_env, tmp_path):
    # The server said 200 (the call is served and counted) and then the connection failed
    # before any text: sending again would cost a second call.
    retry = FakeTime()
    starts = []

    def served_then_lost(client, req):
        starts.append(1)

        async def stream():
            client.note_call(req.model, "chat")  # what a 200 response does
            raise NetworkError("The connection to ModelScope was lost.")
            yield  # pragma: no cover

        return stream()

    async def scenario():
        async with open_services(tmp_path, {"main": VALID}) as services:
            with pytest.raises(NetworkError):
                await answer(services, retry=retry.policy(), start=served_then_lost)

    run(scenario())
    assert starts == [1] and retry.delays == []


def test_a_429_without_quota_figures_from_another_provider_is_not_the_days_quota(fake_env, tmp_path):
    def per_minute_limit(client, req):
        async def stream():
            raise QuotaExhausted("Rate limit reached for requests per minute (HTTP 429).", status=429)
            yield  # pragma: no cover

        return stream()

    async def scenario():
        async with open_services(tmp_path) as services:
            provider_id = add_fake_provider(services, fake_env)
            token = new_token()
            await services.secrets.set(provider_id, "main", token)
            with pytest.raises(QuotaExhausted):
                await services.failover.open(provider_id, MODEL, request(), start=per_minute_limit)
            now = datetime.now(UTC)
            return services.quota.is_marked_spent(provider_id, token, now=now)

    assert run(scenario()) is False  # tried again next time, not blocked until 00:00 UTC+8


def test_a_token_replaced_under_the_same_label_is_tried_again(fake_env, tmp_path):
    spent, fresh = new_token(), new_token()
    fake_env.add_token(spent, daily_limit=0)
    fake_env.add_token(fresh)

    async def scenario():
        async with engine_setup(tmp_path, {"main": spent}) as (engine, history, services):
            conv = new_chat(history)
            first = await engine.send(conv, "one")  # the day's quota is gone, no other token
            refused = services.quota.token_usage("modelscope", "main").requests_remaining
            await services.tokens.store("modelscope", "main", fresh)  # a new token, same label
            second = await engine.send(conv, "two")
            return first, refused, second, services.quota.token_usage("modelscope", "main")

    first, refused, second, view = run(scenario())
    assert first.status == "error" and refused == 0
    assert second.status == "ok" and second.content.startswith("Echo: two")
    assert second.token_label == "main" and tokens_used(fake_env)[-1] == fresh
    assert view.requests_remaining > 0  # the new token's figures, not the old


def test_an_image_task_moves_to_the_next_token_when_the_first_is_spent(fake_env, tmp_path):
    main, backup = new_token(), new_token()
    fake_env.add_token(main, daily_limit=0)
    fake_env.add_token(backup)
    fake_env.image_polls = 1
    notices: list[str] = []

    async def scenario():
        async with engine_setup(tmp_path, {"main": main, "backup": backup}, image_poll_interval=0.01) as (
            engine, history, _services
        ):
            conv = new_chat(history, "Qwen/Qwen-Image")
            final = await engine.send(conv, "a red fox in snow", events=TurnEvents(on_notice=notices.append))
            return final

    final = run(scenario())
    assert final.status == "ok" and [a.kind for a in final.attachments] == ["output"]
    assert final.token_label == "backup"
    submissions = [r.token for r in fake_env.requests if r.path == "/v1/images/generations"]
    polls = {r.token for r in fake_env.requests if r.path.startswith("/v1/tasks/")}
    assert submissions == [main, backup] and polls == {backup}  # polled with the token that submitted
    assert notices == ['Token "main" has no calls left today; answering with "backup".']


def test_an_image_task_does_not_go_to_a_chat_fallback(fake_env, tmp_path):
    main, other = new_token(), new_token()
    fake_env.add_token(main, daily_limit=0)
    fake_env.add_token(other)

    async def scenario():
        async with engine_setup(tmp_path, {"main": main}) as (engine, history, services):
            provider_id = add_fake_provider(services, fake_env)
            await services.secrets.set(provider_id, "paid", other)
            set_fallback(services, "*", provider_id, OTHER_MODEL)
            conv = new_chat(history, "Qwen/Qwen-Image")
            return await engine.send(conv, "a red fox in snow")

    final = run(scenario())
    assert final.status == "error" and "00:00" in final.error
    assert [r.token for r in fake_env.requests if r.path == "/v1/images/generations"] == [main]


def test_a_token_replaced_by_another_msdesk_is_tried_again(fake_env, tmp_path):
    """`msdesk token set` in a terminal while the app runs: the app's spent mark was the old token's."""
    spent, fresh = new_token(), new_token()
    fake_env.add_token(spent, daily_limit=0)
    fake_env.add_token(fresh)

    async def scenario():
        async with engine_setup(tmp_path, {"main": spent, "backup": spent}) as (engine, history, services):
            conv = new_chat(history)
            first = await engine.send(conv, "one")  # the token (under both labels) marked spent here
            # What the other process does: the keychain entry only.
            await services.secrets.set("modelscope", "main", fresh)
            second = await engine.send(conv, "two")
            return first, second

    first, second = run(scenario())
    assert first.status == "error"
    assert second.status == "ok" and second.token_label == "main", second.error
    assert tokens_used(fake_env)[-1] == fresh
    # Asked once: under "backup" the same token is known spent, then and after.
    assert tokens_used(fake_env).count(spent) == 1


def test_an_image_submission_that_failed_is_not_sent_again(fake_env, tmp_path):
    """A submission that errs may still have made a task: a second would make two images, two calls."""
    fake_env.set_behaviour("500", times=1)

    async def scenario():
        async with engine_setup(tmp_path, {"main": VALID}, image_poll_interval=0.01) as (engine, history, _):
            conv = new_chat(history, "Qwen/Qwen-Image")
            return await engine.send(conv, "a red fox in snow")

    final = run(scenario())
    assert final.status == "error"
    assert [r.path for r in fake_env.requests].count("/v1/images/generations") == 1
