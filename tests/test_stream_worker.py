"""Answer streams read by the answer reader process: same chunks, same errors, Stop still closes the connection."""

from __future__ import annotations

import asyncio
import os
import sys
import threading
from contextlib import aclosing

import pytest

from msdesk.core.errors import (
    MsdeskError,
    NetworkError,
    QuotaExhausted,
    StreamInterrupted,
    TokenRejected,
)
from msdesk.core.inference import ChatRequest
from msdesk.core.services import Services
from tests.conftest import run, until
from tests.fakes.modelscope import VALID_TOKEN, new_token

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
        record = client._on_rate_limit  # what the services keep the figures with

        def spy(info):
            seen.append(threading.get_ident())
            record(info)

        client._on_rate_limit = spy
        try:
            async for _batch in services.stream_worker.chat_stream(client, request()):
                pass
            view = services.quota.token_usage("modelscope", "main")
        finally:
            await services.aclose()
        return seen, view

    seen, view = run(scenario())
    assert seen == [threading.get_ident()]
    assert view.requests_remaining is not None


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


def test_an_error_keeps_its_class_and_what_it_says(fake_env):
    token = new_token()  # unknown to the fake: 401

    async def scenario():
        services = await Services.open()
        await services.secrets.set("modelscope", "main", token)
        client = await services.inference("modelscope")
        try:
            with pytest.raises(MsdeskError) as caught:
                async for _batch in services.stream_worker.chat_stream(client, request()):
                    pass
            with pytest.raises(MsdeskError) as direct:
                async for _chunk in client.chat_stream(request()):
                    pass
        finally:
            await services.aclose()
        return caught.value, direct.value

    remote, direct = run(scenario())
    assert type(remote) is type(direct) is TokenRejected
    assert remote.message == direct.message and remote.status == direct.status == 401
    assert str(remote) == str(direct) and token not in repr(remote)


def test_429_from_the_reader_keeps_its_retry_time(fake_env):
    fake_env.set_behaviour("429", times=1)

    async def scenario():
        services, client = await opened()
        try:
            with pytest.raises(QuotaExhausted) as caught:
                async for _batch in services.stream_worker.chat_stream(client, request()):
                    pass
        finally:
            await services.aclose()
        return caught.value

    error = run(scenario())
    assert error.status == 429 and "00:00" in error.message  # the reset time is named


async def first_batch_then(services, client, action, words_seen: list[str], worker=None):
    """Read until the first batch arrives, then run ``action`` (while the answer still streams)."""
    worker = worker or services.stream_worker

    async def read():
        async with aclosing(worker.chat_stream(client, request())) as batches:
            async for batch in batches:
                words_seen.extend(chunk.content for chunk in batch)

    task = asyncio.ensure_future(read())
    await until(lambda: "".join(words_seen), message="no part of the answer arrived")
    await action(task)
    return task


def test_cancelling_the_reader_closes_the_connection(fake_env):
    fake_env.answer_words = 2000
    fake_env.chunk_delay = 0.01

    async def scenario():
        services, client = await opened()
        seen: list[str] = []
        try:
            async def cancel(task):
                task.cancel()
                with pytest.raises(asyncio.CancelledError):
                    await task

            await first_batch_then(services, client, cancel, seen)
            gone = await asyncio.to_thread(fake_env.wait_for_disconnect, 5.0)
            pid = services.stream_worker.pid
        finally:
            await services.aclose()
        return gone, pid

    gone, pid = run(scenario())
    assert gone, "the fake never saw the connection close"
    assert pid is not None  # the reader process lives on for the next answer


def test_closing_the_services_stops_the_reader_process(fake_env):
    async def scenario():
        services, client = await opened()
        async for _batch in services.stream_worker.chat_stream(client, request()):
            pass
        pid = services.stream_worker.pid
        await services.aclose()
        return pid

    pid = run(scenario())
    assert pid is not None and pid != os.getpid()
    assert not process_alive(pid)


def process_alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as handle:
            return handle.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


def test_closing_the_services_mid_stream_ends_the_reader(fake_env):
    fake_env.answer_words = 3000
    fake_env.chunk_delay = 0.01

    async def scenario():
        services, client = await opened()
        seen: list[str] = []

        async def close(task):
            await services.aclose()
            await services.aclose()
            # The read ends at once, and says the answer was cut (it does not look complete).
            done, _pending = await asyncio.wait([task], timeout=5)
            assert task in done, "the reader hung after the services closed"
            assert isinstance(task.exception(), StreamInterrupted)

        await first_batch_then(services, client, close, seen)
        return seen

    assert "".join(run(scenario())).startswith("Echo:")  # some text had arrived before the close


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc, which only Linux has")
def test_the_token_never_reaches_the_reader_command_line_or_environment(fake_env):
    async def scenario():
        services, client = await opened()
        try:
            async for _batch in services.stream_worker.chat_stream(client, request()):
                pass
            pid = services.stream_worker.pid
            with open(f"/proc/{pid}/cmdline", "rb") as handle:
                cmdline = handle.read()
            with open(f"/proc/{pid}/environ", "rb") as handle:
                environ = handle.read()
        finally:
            await services.aclose()
        return cmdline, environ

    cmdline, environ = run(scenario())
    assert b"msdesk.core.stream_reader" in cmdline
    assert VALID_TOKEN.encode() not in cmdline and VALID_TOKEN.encode() not in environ


def test_a_reader_that_dies_mid_answer_keeps_the_text_and_the_next_answer_works(fake_env):
    fake_env.answer_words = 3000
    fake_env.chunk_delay = 0.01

    async def scenario():
        services, client = await opened()
        seen: list[str] = []
        try:
            async def kill(task):
                os.kill(services.stream_worker.pid, 9)
                with pytest.raises(StreamInterrupted) as caught:
                    await task
                return caught

            await first_batch_then(services, client, kill, seen)
            fake_env.answer_words = 20
            again = [batch async for batch in services.stream_worker.chat_stream(client, request("again"))]
        finally:
            await services.aclose()
        return seen, again

    seen, again = run(scenario())
    assert "".join(seen).startswith("Echo:")
    assert "".join(c.content for batch in again for c in batch).startswith("Echo: again")


def test_the_reader_stops_when_idle_and_starts_again_when_needed(fake_env):
    from msdesk.core.stream_worker import StreamWorker

    async def scenario():
        services, client = await opened()
        worker = StreamWorker(services._network_config, idle_seconds=0.3)
        try:
            texts = []
            pids = []
            for word in ("one", "two"):
                batches = [batch async for batch in worker.chat_stream(client, request(word))]
                texts.append("".join(c.content for batch in batches for c in batch))
                pids.append(worker.pid)
                await until(lambda pid=worker.pid: not process_alive(pid), message="the idle reader did not stop")
                assert worker.pid is None
        finally:
            await worker.aclose()
            await services.aclose()
        return texts, pids

    texts, pids = run(scenario())
    assert texts[0].startswith("Echo: one") and texts[1].startswith("Echo: two")
    assert pids[0] != pids[1]


def test_a_reader_that_cannot_start_says_so(fake_env):
    from msdesk.core.stream_worker import StreamWorker, WorkerUnavailable

    async def scenario():
        services, _client = await opened()
        broken = StreamWorker(services._network_config, command=[sys.executable, "-c", "raise SystemExit(3)"])
        missing = StreamWorker(services._network_config, command=["/nonexistent/msdesk-reader"])
        try:
            with pytest.raises(WorkerUnavailable) as stopped:
                await broken.start()
            with pytest.raises(WorkerUnavailable) as absent:
                await missing.start()
        finally:
            await broken.aclose()
            await missing.aclose()
            await services.aclose()
        return str(stopped.value), str(absent.value)

    stopped, absent = run(scenario())
    assert "exit code 3" in stopped
    assert "could not start the answer reader" in absent


def test_a_frozen_build_runs_the_reader_through_its_own_entry_point(fake_env):
    """A frozen app starts itself with the reader flag; the command line entry point takes it."""
    from msdesk.core.stream_reader import READER_FLAG
    from msdesk.core.stream_worker import StreamWorker

    async def scenario():
        services, client = await opened()
        worker = StreamWorker(services._network_config, command=[sys.executable, "-m", "msdesk", READER_FLAG])
        try:
            return [batch async for batch in worker.chat_stream(client, request("frozen"))]
        finally:
            await worker.aclose()
            await services.aclose()

    batches = run(scenario())
    assert "".join(c.content for batch in batches for c in batch).startswith("Echo: frozen")


def test_the_reader_follows_the_network_settings(fake_env):
    from msdesk.core.settings import NetworkSettings

    fake_env.slow_seconds = 1.5
    fake_env.set_behaviour("slow")

    async def scenario():
        services, client = await opened()
        try:
            await services.apply_network(NetworkSettings(first_byte_timeout=0.4, read_timeout=5))
            with pytest.raises(NetworkError) as caught:
                async for _batch in services.stream_worker.chat_stream(client, request()):
                    pass
        finally:
            await services.aclose()
        return caught.value

    error = run(scenario())
    assert error.message == (
        "No answer from 127.0.0.1 within 0.4 s. Try again, or raise the first-byte timeout in "
        "Settings → Network."
    )


def test_the_engine_counts_every_piece_of_a_joined_answer(fake_env):
    """The reader joins runs of pieces; tokens without usage still count each piece."""
    from msdesk.core.inference import ChatChunk
    from msdesk.core.stream_reader import add_chunk, chunk_from_wire

    batch: list = []
    for piece in ["a", "b", "c"]:
        add_chunk(batch, ChatChunk(reasoning=piece))
    for piece in ["d", "e"]:
        add_chunk(batch, ChatChunk(content=piece))
    add_chunk(batch, ChatChunk(finish_reason="stop"))
    add_chunk(batch, ChatChunk(content="f"))
    chunks = [chunk_from_wire(item) for item in batch]
    assert [(c.reasoning, c.content, c.pieces) for c in chunks] == [
        ("abc", "", 3), ("", "de", 2), ("", "", 1), ("", "f", 1)
    ]
    assert chunks[2].finish_reason == "stop"


def test_without_a_reader_process_the_engine_reads_on_its_own_loop(fake_env, monkeypatch):
    from msdesk.core.chat import ChatEngine
    from msdesk.core.stream_worker import StreamWorker, WorkerUnavailable

    async def cannot_start(self):
        raise WorkerUnavailable("no processes left")

    monkeypatch.setattr(StreamWorker, "start", cannot_start)

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


def test_a_stop_cancelled_twice_still_lets_the_idle_reader_stop(fake_env):
    from msdesk.core.stream_worker import StreamWorker

    fake_env.answer_words = 3000
    fake_env.chunk_delay = 0.01

    async def scenario():
        services, client = await opened()
        worker = StreamWorker(services._network_config, idle_seconds=0.3)
        seen: list[str] = []
        try:
            pid = None

            async def cancel_twice(task):
                nonlocal pid
                pid = worker.pid
                task.cancel()
                await asyncio.sleep(0)
                await asyncio.sleep(0)
                task.cancel()  # Stop, then the window closes: cancelled again while it cleans up
                await asyncio.gather(task, return_exceptions=True)

            await first_batch_then(services, client, cancel_twice, seen, worker=worker)
            await until(lambda: not process_alive(pid), message="the idle reader did not stop")
            return worker.pid
        finally:
            await worker.aclose()
            await services.aclose()


    assert run(scenario()) is None


def test_a_file_in_the_working_folder_cannot_stand_in_for_a_module(fake_env, tmp_path, monkeypatch):
    (tmp_path / "httpx.py").write_text("raise SystemExit('the wrong httpx was imported')\n")
    monkeypatch.chdir(tmp_path)

    async def scenario():
        services, client = await opened()
        try:
            return [batch async for batch in services.stream_worker.chat_stream(client, request("safe"))]
        finally:
            await services.aclose()

    batches = run(scenario())
    assert "".join(c.content for batch in batches for c in batch).startswith("Echo: safe")


def test_errors_of_other_modules_arrive_as_their_nearest_known_class():
    from msdesk.core.errors import BadConfiguration
    from msdesk.core.stream_reader import decode_error, encode_error

    class ProxyRefused(BadConfiguration):  # a subclass the errors module does not have
        pass

    sent = ProxyRefused("The proxy refused: check its address in Settings → Network.", status=407)
    got = decode_error(encode_error(sent))
    assert type(got) is BadConfiguration
    assert (got.message, got.status, str(got)) == (sent.message, 407, str(sent))
    assert "does not know" in decode_error((["NoSuchError"], {"message": "x"})).message


def test_a_reader_of_another_version_is_not_used(fake_env):
    """msdesk installed anew while it runs: the new reader is not trusted with the old app's orders."""
    from msdesk.core.stream_worker import StreamWorker, WorkerUnavailable

    other = (
        "import msdesk; msdesk.__version__ = '0.0.1'\n"
        "from msdesk.core.stream_reader import main\n"
        "raise SystemExit(main())\n"
    )

    async def scenario():
        services, _client = await opened()
        worker = StreamWorker(services._network_config, command=[sys.executable, "-c", other])
        try:
            with pytest.raises(WorkerUnavailable) as first:
                await worker.start()
            with pytest.raises(WorkerUnavailable) as again:
                await worker.start()  # not started again and again
        finally:
            await worker.aclose()
            await services.aclose()
        return str(first.value), str(again.value), worker.ready

    first, again, ready = run(scenario())
    assert "0.0.1" in first and "updated while running" in first
    assert again == first and not ready


def test_what_the_reader_says_on_stderr_reaches_the_app_log_redacted(fake_env, caplog):
    from msdesk.core.stream_worker import StreamWorker, WorkerUnavailable

    says = f"import sys; sys.stderr.write('no module named h11 (token {VALID_TOKEN})\\n'); raise SystemExit(3)"

    async def scenario():
        services, _client = await opened()  # the token is known as a secret from here on
        worker = StreamWorker(services._network_config, command=[sys.executable, "-c", says])
        try:
            with pytest.raises(WorkerUnavailable):
                await worker.start()
            await until(lambda: "no module named h11" in caplog.text, timeout=2, message="nothing logged")
        finally:
            await worker.aclose()
            await services.aclose()

    with caplog.at_level("WARNING", logger="msdesk.core.stream_worker"):
        run(scenario())
    assert "answer reader: no module named h11" in caplog.text
    assert VALID_TOKEN not in caplog.text
