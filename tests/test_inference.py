"""The inference client against the fake ModelScope over real HTTP on 127.0.0.1."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from msdesk.core.errors import (
    BadResponse,
    ModelNotServed,
    NetworkError,
    QuotaExhausted,
    ServerError,
    StreamInterrupted,
    TaskFailed,
    TokenMissing,
    TokenRejected,
)
from msdesk.core.inference import ChatRequest, InferenceClient
from msdesk.core.network import make_http_client
from msdesk.core.providers import ProviderRegistry
from msdesk.core.quota import QuotaStore
from msdesk.core.settings import NetworkSettings, Settings
from tests.conftest import run, until
from tests.fakes.modelscope import BIND_TOKEN, VALID_TOKEN

CHAT_MODEL = "Qwen/Qwen2.5-72B-Instruct"
REASONING_MODEL = "deepseek-ai/DeepSeek-R1"


def provider_for(fake):
    env = {"MSDESK_API_BASE": fake.api_base, "MSDESK_HUB_BASE": fake.hub_base}
    return ProviderRegistry(Settings(), env=env).default()


async def with_client(fake, body, *, token=VALID_TOKEN, tracker=None, network=None):
    http = make_http_client(network or NetworkSettings())
    try:
        client = InferenceClient(
            http, provider_for(fake), token, token_label="main",
            on_rate_limit=(lambda info: tracker.record_figures(info, token)) if tracker else None,
        )
        return await body(client)
    finally:
        await http.aclose()


def ask(text="hello there", model=CHAT_MODEL, **kwargs):
    return ChatRequest(model=model, messages=[{"role": "user", "content": text}], **kwargs)


async def collect(client, request):
    content, reasoning, usage, order = [], [], None, []
    async for chunk in client.chat_stream(request):
        if chunk.reasoning:
            reasoning.append(chunk.reasoning)
            order.append("r")
        if chunk.content:
            content.append(chunk.content)
            order.append("c")
        if chunk.usage:
            usage = chunk.usage
    return "".join(content), "".join(reasoning), usage, order


def test_stream_gives_content_usage_and_rate_limits(fake):
    tracker = QuotaStore.in_memory()
    content, reasoning, usage, _ = run(with_client(fake, lambda c: collect(c, ask("hello there")),
                                                   tracker=tracker))
    assert "hello there" in content
    assert reasoning == ""
    assert usage is not None and usage.completion_tokens > 0 and usage.total_tokens >= usage.completion_tokens
    view = tracker.token_usage("modelscope", "main")
    assert view.requests_limit == 2000 and view.requests_remaining == 1999
    assert view.models == {CHAT_MODEL: (500, 499)}
    sent = fake.requests[-1]
    assert sent.path == "/v1/chat/completions" and sent.json["stream"] is True
    assert sent.json["stream_options"] == {"include_usage": True}
    assert sent.headers["authorization"] == f"Bearer {VALID_TOKEN}"


def test_reasoning_streams_separately_and_before_the_answer(fake):
    content, reasoning, _, order = run(with_client(fake, lambda c: collect(c, ask(model=REASONING_MODEL))))
    assert reasoning and content
    assert order.index("c") > max(i for i, kind in enumerate(order) if kind == "r")


def test_non_streaming_chat_sends_enable_thinking_false_for_qwen3(fake):
    result = run(with_client(fake, lambda c: c.chat(ask("short", model="Qwen/Qwen3-32B"))))
    assert "short" in result.content and result.usage is not None
    assert fake.requests[-1].json["enable_thinking"] is False
    assert fake.requests[-1].json["stream"] is False


def test_enable_thinking_switch_reaches_the_stream(fake):
    _, reasoning, _, _ = run(with_client(
        fake, lambda c: collect(c, ask(model="Qwen/Qwen3-32B", enable_thinking=False))))
    assert fake.requests[-1].json["enable_thinking"] is False
    assert reasoning == ""


@pytest.mark.parametrize(
    ("behaviour", "error", "words"),
    [
        ("401", TokenRejected, "rejected"),
        ("403", TokenRejected, "rejected"),
        ("429", QuotaExhausted, "00:00 UTC+8"),
        ("500", ServerError, "server error"),
        ("502_html", ServerError, "HTTP 502"),
        ("plain_text_error", ServerError, "HTTP 500"),
        ("malformed", BadResponse, "malformed"),
    ],
)
@pytest.mark.parametrize("stream", [True, False])
def test_every_failure_maps_to_a_typed_error_with_a_clear_line(fake, behaviour, error, words, stream):
    fake.set_behaviour(behaviour)

    async def body(client):
        if stream:
            return await collect(client, ask())
        return await client.chat(ask())

    with pytest.raises(error) as info:
        run(with_client(fake, body))
    message = info.value.message
    assert words in message
    assert "\n" not in message and "<" not in message
    assert VALID_TOKEN not in message and VALID_TOKEN not in repr(info.value)


def test_model_not_served_names_the_model(fake):
    with pytest.raises(ModelNotServed) as info:
        run(with_client(fake, lambda c: collect(c, ask(model="damo/not-a-served-model"))))
    assert "'damo/not-a-served-model'" in info.value.message and info.value.exit_code == 6


def test_alibaba_binding_error_says_so(fake):
    fake.add_token(BIND_TOKEN)
    with pytest.raises(TokenRejected) as info:
        run(with_client(fake, lambda c: c.chat(ask()), token=BIND_TOKEN))
    assert info.value.needs_binding and "Alibaba Cloud" in info.value.message


def test_quota_spent_gives_429_with_the_reset_time(fake):
    fake.add_token("ms-aaaaaaaa-1111-4111-8111-111111111111", model_limit=1)

    async def body(client):
        await client.chat(ask())
        await client.chat(ask())

    with pytest.raises(QuotaExhausted) as info:
        run(with_client(fake, body, token="ms-aaaaaaaa-1111-4111-8111-111111111111"))
    assert "resets at 00:00 UTC+8 (in" in info.value.message


def test_a_cut_stream_keeps_what_arrived_then_raises(fake):
    fake.answer_words = 60
    fake.set_behaviour("cut")
    received = []

    async def body(client):
        async for chunk in client.chat_stream(ask()):
            received.append(chunk.content)

    with pytest.raises(StreamInterrupted) as info:
        run(with_client(fake, body))
    assert "".join(received).strip(), "the text that arrived before the cut is delivered"
    assert "closed before the answer was complete" in info.value.message


def test_closing_a_stream_closes_the_connection_at_once(fake):
    fake.answer_words = 400
    fake.chunk_delay = 0.02

    async def body(client):
        stream = client.chat_stream(ask())
        async for chunk in stream:
            if chunk.content:
                break
        await stream.aclose()
        # Seen by the server while the client (and its pool) is still open.
        return await asyncio.to_thread(fake.wait_for_disconnect, 5.0)

    assert run(with_client(fake, body))


def test_cancelling_the_task_closes_the_connection(fake):
    fake.answer_words = 400
    fake.chunk_delay = 0.02

    async def body(client):
        got_first = asyncio.Event()

        async def consume():
            async for _ in client.chat_stream(ask()):
                got_first.set()

        task = asyncio.create_task(consume())
        await asyncio.wait_for(got_first.wait(), 5)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        return await asyncio.to_thread(fake.wait_for_disconnect, 5.0)

    assert run(with_client(fake, body))


def test_a_slow_first_byte_times_out_clearly(fake):
    fake.slow_seconds = 2.0
    fake.set_behaviour("slow")
    network = NetworkSettings(connect_timeout=2.0, read_timeout=0.3)
    with pytest.raises(NetworkError) as info:
        run(with_client(fake, lambda c: collect(c, ask()), network=network))
    assert "no answer arrived in time" in info.value.message


def test_a_dead_network_is_a_network_error(fake):
    port = fake.base_url.rsplit(":", 1)[1]
    fake.stop()

    async def body(client):
        return await client.chat(ask())

    with pytest.raises(NetworkError) as info:
        run(with_client(fake, body))
    assert "Could not connect" in info.value.message and port in fake.base_url


def test_no_token_fails_before_any_request(fake):
    before = len(fake.requests)
    with pytest.raises(TokenMissing) as info:
        run(with_client(fake, lambda c: c.chat(ask()), token=None))
    assert "msdesk token set" in info.value.message and info.value.exit_code == 3
    assert len(fake.requests) == before


def test_list_models_works_without_a_token(fake):
    models = run(with_client(fake, lambda c: c.list_models(), token=None))
    ids = {m.id for m in models}
    assert CHAT_MODEL in ids and "Qwen/Qwen-Image" not in ids
    assert "authorization" not in fake.requests[-1].headers


def test_check_token_makes_one_real_tiny_call(fake):
    latency = run(with_client(fake, lambda c: c.check_token("Qwen/Qwen3-32B")))
    assert latency > 0
    sent = fake.requests[-1]
    assert sent.path == "/v1/chat/completions" and sent.json["max_tokens"] == 1
    assert fake.usage(VALID_TOKEN)["total"] == 1
    fake.set_behaviour("401")
    with pytest.raises(TokenRejected):
        run(with_client(fake, lambda c: c.check_token("Qwen/Qwen3-32B")))


def test_embeddings(fake):
    vectors = run(with_client(fake, lambda c: c.embed("Qwen/Qwen3-Embedding-8B", ["a", "b"])))
    assert len(vectors) == 2 and all(len(v) > 0 for v in vectors)
    assert vectors[0] != vectors[1]


def test_image_generation_task_polls_until_done(fake):
    seen = []

    async def body(client):
        return await client.generate_image("Qwen/Qwen-Image", "a cat", poll_interval=0.01,
                                           on_status=lambda t: seen.append(t.status))

    task = run(with_client(fake, body))
    assert task.status == "SUCCEED" and task.images[0].startswith(fake.base_url)
    assert seen[-1] == "SUCCEED" and len(seen) >= 2
    submit = next(r for r in fake.requests if r.path == "/v1/images/generations")
    assert submit.headers["x-modelscope-async-mode"] == "true"
    poll = fake.requests[-1]
    assert poll.path.startswith("/v1/tasks/") and poll.headers["x-modelscope-task-type"] == "image_generation"
    png = httpx.get(task.images[0])
    assert png.content.startswith(b"\x89PNG")


def test_image_task_failure_and_deadline(fake):
    fake.set_behaviour("image_fail", times=1)
    with pytest.raises(TaskFailed, match="failed"):
        run(with_client(fake, lambda c: c.generate_image("Qwen/Qwen-Image", "x", poll_interval=0.01)))
    fake.image_polls = 1000
    with pytest.raises(TaskFailed, match="not ready after"):
        run(with_client(fake, lambda c: c.generate_image("Qwen/Qwen-Image", "x", poll_interval=0.05,
                                                          deadline=0.2)))


def test_image_polling_can_be_cancelled(fake):
    fake.image_polls = 1000

    async def body(client):
        task = asyncio.create_task(client.generate_image("Qwen/Qwen-Image", "x", poll_interval=0.01))
        await until(lambda: sum(r.method == "GET" and "/tasks/" in r.path for r in fake.requests) >= 2)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task

    run(with_client(fake, body))


def test_a_broken_api_host_is_a_configuration_error():
    from dataclasses import replace

    from msdesk.core.errors import BadConfiguration

    async def body():
        http = make_http_client(NetworkSettings())
        try:
            provider = ProviderRegistry(Settings(), env={}).default()
            client = InferenceClient(http, replace(provider, api_base="http://[::1"), VALID_TOKEN)
            await client.chat(ask())
        finally:
            await http.aclose()

    with pytest.raises(BadConfiguration, match="not a valid http"):
        run(body())


def test_embeddings_with_junk_numbers_are_a_bad_response():
    from msdesk.core.providers import Provider

    def handler(request):
        return httpx.Response(200, json={"data": [{"index": "0", "embedding": ["x", 1]}, {"index": 1}]})

    async def body():
        async with httpx.AsyncClient(transport=httpx.MockTransport(handler)) as http:
            client = InferenceClient(http, Provider(id="p", name="P", api_base="http://p.invalid/v1"), "k")
            await client.embed("A/B", "x")

    with pytest.raises(BadResponse, match="not a list of numbers"):
        run(body())


def test_other_4xx_say_what_to_check(fake):
    fake.set_behaviour("400_model")

    with pytest.raises(ModelNotServed):
        run(with_client(fake, lambda c: c.chat(ask())))
    from msdesk.core.errors import BadRequest, error_for_status

    error = error_for_status(422, '{"error": {"message": "temperature too high"}}', provider_name="X")
    assert isinstance(error, BadRequest)
    assert "temperature too high" in error.message and "Check the model ID" in error.message


# -- the SSE reader: line ends, caps, shapes ----------------------------------------------------


def _capped_response(chunks, max_line):
    """A streamed response whose bytes are ``chunks``, through the app's line cap."""
    from msdesk.core.inference import _LineCap

    class Source(httpx.AsyncByteStream):
        async def __aiter__(self):
            if hasattr(chunks, "__aiter__"):
                async for chunk in chunks:
                    yield chunk
            else:
                for chunk in chunks:
                    yield chunk

    stream = _LineCap(Source(), max_line, "P")
    return httpx.Response(200, headers={"content-type": "text/event-stream"}, stream=stream)


async def _events(chunks, max_line=1024 * 1024):
    """The data of each event, as the app reads them (httpx-sse over the capped bytes)."""
    from httpx_sse import EventSource

    return [event.data async for event in EventSource(_capped_response(chunks, max_line)).aiter_sse()]


def test_sse_lines_end_at_cr_lf_or_crlf_even_split_across_reads_and_never_at_unicode_breaks():
    text = 'data: {"a":"x\u2028y\u0085z"}\r\n\r\n: keep-alive\r\rdata: two\rdata: lines\r\n\ndata: last\n\n'
    whole = text.encode()
    expected = ['{"a":"x\u2028y\u0085z"}', "two\nlines", "last"]
    assert run(_events([whole])) == expected
    for cut in range(1, len(whole)):  # every place a read can end, a CRLF split in two included
        assert run(_events([whole[:cut], whole[cut:]])) == expected, cut
    assert run(_events([bytes([b]) for b in whole])) == expected


def test_an_sse_line_past_the_cap_ends_the_stream_before_it_is_read_whole():
    read = []

    async def endless():
        yield b"data: ok\n\n"
        while True:  # one line that never ends
            read.append(1)
            yield b"x" * 1000

    async def scenario():
        from httpx_sse import EventSource

        seen = []
        with pytest.raises(BadResponse, match="line of more than 64 KiB"):
            async for event in EventSource(_capped_response(endless(), 64 * 1024)).aiter_sse():
                seen.append(event.data)
        return seen

    assert run(scenario()) == ["ok"]
    assert len(read) <= 66  # stopped at the cap, not buffered on


@pytest.mark.parametrize(
    "body",
    [
        '{"choices": "Hello"}',
        '{"choices": [{"message": null}]}',
        '{"choices": [{"message": {"content": 42}}]}',
        '{"choices": ["text"]}',
        '{"choices": []}',
        '{"choices": [{"message": {"role": "assistant"}}]}',
        "[1, 2]",
    ],
)
def test_a_non_streamed_answer_of_the_wrong_shape_is_malformed_and_logged_redacted(body, caplog):
    from msdesk.core.inference import _check_whole_answer, parse_chunk
    from msdesk.core.redact import register_secret

    secret = "ms-" + "7" * 8 + "-1234-4abc-8def-0123456789ab"
    register_secret(secret)
    raw = body.replace("Hello", f"Hello {secret}").encode()
    with caplog.at_level("WARNING", logger="msdesk.core.inference"):
        with pytest.raises(BadResponse) as info:
            import json

            data = json.loads(raw)
            _check_whole_answer(data, raw, "P")
            parse_chunk(raw.decode())
    assert info.value.exit_code == 5 and "log" in info.value.message
    logged = caplog.text
    assert "Raw body" in logged and secret not in logged
    assert body.split(":")[0][:10] in logged  # the body itself is there


def test_a_streamed_piece_of_the_wrong_shape_is_malformed():
    from msdesk.core.inference import parse_chunk

    for body in ('{"choices": "Hello"}', '{"choices": [{"delta": null}]}',
                 '{"choices": [{"delta": {"content": ["a"]}}]}'):
        with pytest.raises(BadResponse):
            parse_chunk(body)
    assert parse_chunk('{"choices": [], "usage": {"total_tokens": 3}}').usage.total_tokens == 3
    assert parse_chunk('{"choices": [{"delta": {"content": null, "reasoning_content": "hm"}}]}').reasoning == "hm"
