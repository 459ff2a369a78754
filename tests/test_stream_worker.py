"""Answer streams read on the worker thread: same chunks, same errors, Stop still closes the connection."""

from __future__ import annotations

import asyncio
import threading
from contextlib import aclosing

import pytest

from msdesk.core.errors import QuotaExhausted, StreamInterrupted
from msdesk.core.inference import ChatRequest
from msdesk.core.services import Services
from tests.conftest import run
from tests.fakes.modelscope import VALID_TOKEN

MODEL = "deepseek-ai/DeepSeek-V3.2"


def request(text: str = "hello") -> ChatRequest:
    return ChatRequest(model=MODEL, messages=[{"role": "user", "content": text}])


async def opened():
    services = await Services.open()
    await services.secrets.set("modelscope", "main", VALID_TOKEN)
    client = await services.inference("modelscope")
    return services, client


def test_the_worker_gives_the_same_answer_as_reading_here(fake_env):
    fake_env.answer_words = 500

    async def scenario():
        services, client = await opened()
        try:
            direct = [chunk async for chunk in client.chat_stream(request())]
            batches = [batch async for batch in services.stream_worker.chat_stream(client, request())]
        finally:
            await services.aclose()
        return direct, batches

    direct, batches = run(scenario())
    threaded = [chunk for batch in batches for chunk in batch]
    assert "".join(c.content for c in threaded) == "".join(c.content for c in direct)
    assert threaded[-1].usage == direct[-1].usage
    assert len(batches) < len(threaded)  # handed over in batches, not one wake-up per chunk


def test_rate_limits_are_recorded_on_the_callers_thread(fake_env):
    async def scenario():
        services, client = await opened()
        seen = []
        record = services.quota.record

        def spy(info):
            seen.append(threading.get_ident())
            record(info)

        client._on_rate_limit = spy
        try:
            async for _batch in services.stream_worker.chat_stream(client, request()):
                pass
            view = services.quota.view("modelscope", "main", MODEL)
        finally:
            await services.aclose()
        return seen, view

    seen, view = run(scenario())
    assert seen == [threading.get_ident()]
    assert view is not None and view.requests_remaining is not None


@pytest.mark.parametrize(("behaviour", "error"), [("429", QuotaExhausted), ("cut", StreamInterrupted)])
def test_errors_come_out_of_the_callers_loop(fake_env, behaviour, error):
    fake_env.answer_words = 200
    fake_env.set_behaviour(behaviour, times=1)

    async def scenario():
        services, client = await opened()
        received = []
        try:
            with pytest.raises(error) as caught:
                async for batch in services.stream_worker.chat_stream(client, request()):
                    received.extend(batch)
        finally:
            await services.aclose()
        return received, caught.value

    received, caught = run(scenario())
    assert VALID_TOKEN not in str(caught)
    if behaviour == "cut":
        assert "".join(c.content for c in received).startswith("Echo: hello")  # what arrived is kept


def test_cancelling_the_reader_closes_the_connection(fake_env):
    fake_env.answer_words = 2000
    fake_env.chunk_delay = 0.01

    async def scenario():
        services, client = await opened()
        try:
            async def read():
                async with aclosing(services.stream_worker.chat_stream(client, request())) as batches:
                    async for _batch in batches:
                        pass

            task = asyncio.ensure_future(read())
            await asyncio.sleep(0.3)
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
            for _ in range(100):
                if fake_env.disconnects:
                    break
                await asyncio.sleep(0.02)
        finally:
            await services.aclose()

    run(scenario())
    assert fake_env.disconnects >= 1


def test_closing_the_services_stops_the_worker_thread(fake_env):
    async def scenario():
        services, client = await opened()
        async for _batch in services.stream_worker.chat_stream(client, request()):
            pass
        assert any(t.name == "msdesk-stream" for t in threading.enumerate())
        await services.aclose()

    run(scenario())
    assert not any(t.name == "msdesk-stream" and t.is_alive() for t in threading.enumerate())


def test_closing_the_services_mid_stream_ends_the_reader(fake_env):
    fake_env.answer_words = 3000
    fake_env.chunk_delay = 0.01

    async def scenario():
        services, client = await opened()
        received = []

        async def read():
            async for batch in services.stream_worker.chat_stream(client, request()):
                received.extend(batch)

        task = asyncio.ensure_future(read())
        await asyncio.sleep(0.3)
        await services.aclose()
        # The reader ends (with the read's error or quietly), it does not wait forever.
        done, _pending = await asyncio.wait([task], timeout=5)
        assert task in done, "the reader hung after the services closed"
        if not task.cancelled() and task.exception() is not None:
            assert not isinstance(task.exception(), AssertionError)
        return received

    assert run(scenario())  # some text had arrived before the close


def test_without_a_worker_thread_the_engine_reads_on_its_own_loop(fake_env, monkeypatch):
    from msdesk.core.chat import ChatEngine
    from msdesk.core.stream_worker import StreamWorker, WorkerUnavailable

    def cannot_start(self):
        raise WorkerUnavailable("no threads left")

    monkeypatch.setattr(StreamWorker, "ensure_started", cannot_start)

    async def scenario():
        services, _client = await opened()
        try:
            history = services.history
            conversation = history.create_conversation(provider_id="modelscope", model_id=MODEL)
            engine = ChatEngine(services, history)
            return await engine.send(conversation.id, "hello")
        finally:
            await services.aclose()

    answer = run(scenario())
    assert answer.status == "ok" and answer.content.startswith("Echo: hello")
