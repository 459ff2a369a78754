"""Read long answer streams in the answer reader process, hand them over in batches.

A fast provider can send thousands of server-sent events a second, and
parsing each one (HTTP chunk, SSE line, JSON) is Python work. In the window's
process it would take turns with laying out the answer: one interpreter runs
one thread at a time, and Qt's text layout holds it the whole while. So
``StreamWorker`` has the answer read by a small process of its own
(``msdesk.core.stream_reader``), on another core, and wakes the caller's loop
once per batch of chunks that piled up meanwhile.

Nothing changes for the caller's semantics: errors raised while reading
(``MsdeskError`` and friends, with their attributes) come out of the
caller's ``async for``; cancelling the caller's task cancels the read, which
closes the connection; calls and rate-limit headers are reported on the
caller's loop. If the reader process stops, the streams it was reading end
with ``StreamInterrupted`` (what arrived is kept) and the next stream starts
a new one. The process starts on first use (or ``prewarm``) and stops after
``idle_seconds`` without a stream, so an idle app is one process.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import logging
import os
import subprocess
import sys
import threading
from collections.abc import AsyncIterator, Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from msdesk import __version__
from msdesk.core.errors import NetworkError, StreamInterrupted
from msdesk.core.inference import ChatChunk, ChatRequest, InferenceClient
from msdesk.core.network import NetworkConfig
from msdesk.core.redact import redact
from msdesk.core.stream_reader import (
    READER_FLAG,
    Order,
    WireChunk,
    chunk_from_wire,
    decode_error,
    read_frame,
    write_frame,
)

log = logging.getLogger(__name__)

#: Seconds without a stream after which the reader process stops.
IDLE_SECONDS = 30.0
#: Seconds the reader process may take to start (a cold start imports httpx).
START_TIMEOUT = 20.0


class WorkerUnavailable(RuntimeError):
    """The reader process could not be started (or the worker is closed): read on the caller's loop."""


def reader_command() -> list[str]:
    """How to start the answer reader: this interpreter with its module, or a frozen app with its flag.

    ``-P``: the working folder is not put on the module path, so no file that
    happens to lie there (an ``httpx.py``) is imported in place of the real one.
    """
    if getattr(sys, "frozen", False):
        return [sys.executable, READER_FLAG]
    return [sys.executable, "-P", "-m", "msdesk.core.stream_reader"]


def reader_environment() -> dict[str, str]:
    """The app's environment; run from a source folder (not installed), that folder goes on the path."""
    import site

    import msdesk

    env = dict(os.environ)
    root = Path(msdesk.__file__).resolve().parent.parent
    installed = {Path(folder).resolve() for folder in [*site.getsitepackages(), site.getusersitepackages()]}
    if root not in installed:
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [env.get("PYTHONPATH", ""), str(root)]))
    return env


class _Stream:
    """One answer being read: what arrived and is not taken yet, and how it ended."""

    def __init__(self, loop: asyncio.AbstractEventLoop, client: InferenceClient) -> None:
        self.loop = loop
        self.client = client
        self.lock = threading.Lock()
        self.pending: list[WireChunk] = []
        self.woken = False
        self.done = False
        self.error: BaseException | None = None
        self.wake = asyncio.Event()
        self.ended = asyncio.Event()

    def _on_loop(self, callback: Callable[..., Any], *args: Any) -> None:
        try:
            self.loop.call_soon_threadsafe(callback, *args)
        except RuntimeError:  # the caller's loop is closed: nobody is reading any more
            pass

    def add(self, items: list[WireChunk]) -> None:
        """Reader thread: keep the chunks; wake the caller once until it has taken them."""
        with self.lock:
            self.pending.extend(items)
            if not self.woken:
                self.woken = True
                self._on_loop(self.wake.set)

    def finish(self, error: BaseException | None = None) -> None:
        """Reader thread: the stream has ended (``error`` if it broke off here)."""
        with self.lock:
            if self.done:
                return
            if error is not None and self.error is None:
                self.error = error
            self.done = True
            self.woken = True
        self._on_loop(self.wake.set)
        self._on_loop(self.ended.set)


class _Process:
    """One running answer reader: its pipes, the thread that reads its answers, the open streams."""

    def __init__(self, command: Sequence[str]) -> None:
        options: dict[str, Any] = {}
        if sys.platform == "win32":
            options["creationflags"] = getattr(subprocess, "CREATE_NO_WINDOW", 0)
        self.popen = subprocess.Popen(
            list(command), stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            env=reader_environment(), close_fds=True, **options,
        )
        # What the reader has to say goes to the app's log (and so to its log file).
        self.errors = threading.Thread(target=self._relay_errors, name="msdesk-stream-log", daemon=True)
        self.errors.start()
        self.ready = threading.Event()
        self.gone = threading.Event()
        self.version: str | None = None
        self.streams: dict[int, _Stream] = {}
        self.lock = threading.Lock()
        self._write_lock = threading.Lock()
        #: Orders are written by one thread, in the order they are given (an "open" before its "cancel").
        self.writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="msdesk-stream-orders")
        self.thread = threading.Thread(target=self._read, name="msdesk-stream", daemon=True)
        self.thread.start()

    async def order(self, message: tuple[Any, ...]) -> None:
        """Write one order on the writer thread (``OSError`` when the process is gone)."""
        await asyncio.get_running_loop().run_in_executor(self.writer, self.send, message)

    @property
    def alive(self) -> bool:
        return not self.gone.is_set()

    def send(self, message: tuple[Any, ...]) -> None:
        """Write one order (``OSError`` when the process is gone)."""
        stdin = self.popen.stdin
        if stdin is None or self.gone.is_set():
            raise BrokenPipeError("the answer reader is gone")
        with self._write_lock:
            try:
                write_frame(stdin, message)
            except ValueError:  # closed meanwhile: the process is gone
                raise BrokenPipeError("the answer reader is gone") from None

    def _read(self) -> None:
        stdout = self.popen.stdout
        assert stdout is not None
        try:
            while (message := read_frame(stdout)) is not None:
                self._dispatch(message)
        except Exception as exc:  # a frame that cannot be read: as if the process had stopped
            log.warning("the answer reader sent a broken frame: %s", type(exc).__name__)
        finally:
            self.gone.set()
            self.ready.set()  # whoever waits for the start learns it failed
            with self.lock:
                streams = list(self.streams.values())
                self.streams.clear()
            for stream in streams:
                stream.finish(StreamInterrupted(
                    "The answer reader stopped before the answer was complete. "
                    "What arrived is kept; try again for the rest."
                ))
            self._reap()

    def _reap(self) -> None:
        """Its output has ended: wait for the process (no zombie left), close the pipes."""
        try:
            self.popen.wait(5)
        except subprocess.TimeoutExpired:
            self.popen.kill()
            self.popen.wait()
        with self._write_lock:  # not while an order is being written
            for pipe in (self.popen.stdin, self.popen.stdout):
                try:
                    if pipe is not None:
                        pipe.close()
                except OSError:
                    pass
        self.writer.shutdown(wait=False)

    def _relay_errors(self) -> None:
        stderr = self.popen.stderr
        if stderr is None:
            return
        with contextlib.suppress(OSError, ValueError):
            for raw in stderr:
                line = raw.decode("utf-8", "replace").rstrip()
                if line:
                    log.warning("answer reader: %s", redact(line))
        with contextlib.suppress(OSError):
            stderr.close()

    def _dispatch(self, message: tuple[Any, ...]) -> None:
        kind = message[0]
        if kind == "ready":
            self.version = message[2] if len(message) > 2 else None
            self.ready.set()
            return
        with self.lock:
            stream = self.streams.get(message[1]) if len(message) > 1 else None
        if stream is None:
            return
        if kind == "chunks":
            stream.add(message[2])
        elif kind == "rate":
            stream._on_loop(stream.client.note_rate_limit, message[2])
        elif kind == "call":
            stream._on_loop(stream.client.note_call, message[2], message[3])
        elif kind == "error":
            stream.error = decode_error(message[2])
        elif kind == "end":
            with self.lock:
                self.streams.pop(message[1], None)
            stream.finish()

    def retire(self, wait: float = 3.0) -> None:
        """Close its input (it stops after ending its streams); kill it if it does not go in ``wait`` s."""
        try:
            if self.popen.stdin is not None:
                with self._write_lock:
                    self.popen.stdin.close()
        except OSError:
            pass
        try:
            self.popen.wait(wait)
        except subprocess.TimeoutExpired:
            log.warning("the answer reader did not stop in %.0f s; stopping it", wait)
            self.popen.kill()
            self.popen.wait()
        self.thread.join(wait)  # the reading thread closes the pipes when the output ends


class StreamWorker:
    """Has answer streams read by the answer reader process, started on first use."""

    def __init__(
        self,
        network: Callable[[], NetworkConfig],
        *,
        command: Sequence[str] | None = None,
        idle_seconds: float = IDLE_SECONDS,
        start_timeout: float = START_TIMEOUT,
    ) -> None:
        self._network = network
        self._command = list(command) if command is not None else reader_command()
        self._idle_seconds = idle_seconds
        self._start_timeout = start_timeout
        self._process: _Process | None = None
        self._lock = threading.Lock()
        self._closed = False
        self._unusable = ""
        self._ids = itertools.count(1)
        self._open = 0
        self._idle: asyncio.TimerHandle | None = None
        self._prewarming: asyncio.Task[None] | None = None
        #: Streams handed to the reader process so far.
        self.streams_opened = 0

    def __repr__(self) -> str:
        return f"StreamWorker(pid={self.pid})"

    @property
    def ready(self) -> bool:
        """Whether the reader process runs and takes orders (a stream would start at once)."""
        process = self._process
        return process is not None and process.alive and process.ready.is_set()

    @property
    def pid(self) -> int | None:
        """The reader process's id while it runs."""
        process = self._process
        return process.popen.pid if process is not None and process.alive else None

    def _spawn(self) -> _Process:
        with self._lock:
            if self._closed:
                raise WorkerUnavailable("the stream worker is closed")
            if self._unusable:
                raise WorkerUnavailable(self._unusable)
            process = self._process
            if process is not None and process.alive:
                return process
            try:
                process = _Process(self._command)
            except (OSError, ValueError, subprocess.SubprocessError) as exc:
                raise WorkerUnavailable(f"could not start the answer reader: {exc}") from None
            self._process = process
            return process

    async def start(self) -> None:
        """Have the reader process running and ready; ``WorkerUnavailable`` if it cannot run."""
        process = self._spawn()
        if not process.ready.is_set():
            ready = await asyncio.to_thread(process.ready.wait, self._start_timeout)
            if not ready or process.gone.is_set():
                gone = process.gone.is_set()
                await self._drop(process)
                code = process.popen.poll()
                said = f"stopped at start (exit code {code})" if gone else "did not start in time"
                raise WorkerUnavailable(f"the answer reader {said}")
        if process.version != __version__:
            # Installed anew while the app runs: read here until the app is started again.
            self._unusable = (
                f"the answer reader is msdesk {process.version}, not {__version__} (updated while running?)"
            )
            await self._drop(process)
            raise WorkerUnavailable(self._unusable)

    async def _drop(self, process: _Process) -> None:
        with self._lock:
            if self._process is process:
                self._process = None
        await asyncio.to_thread(process.retire, 1.0)

    def prewarm(self) -> None:
        """Start the reader process now (an answer is likely soon), without waiting for it."""
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            return  # no loop to wait on: the first stream starts it
        self._note_use()
        if self.ready:
            return
        if self._prewarming is not None and not self._prewarming.done():
            return

        async def warm() -> None:
            try:
                await self.start()
            except WorkerUnavailable as exc:
                log.info("%s", exc)

        self._prewarming = asyncio.ensure_future(warm())

    async def chat_stream(self, client: InferenceClient, request: ChatRequest) -> AsyncIterator[list[ChatChunk]]:
        """``client.chat_stream(request)``, read by the reader process; yields batches of chunks."""
        await self.start()
        process = self._process
        if process is None:
            raise WorkerUnavailable("the stream worker is closed")
        config = self._network()
        order = Order(
            provider=client.provider, request=request, token=client.secret_token(),
            token_label=client.token_label, network=config.network,
            credentials=config.credentials, generation=config.generation,
        )
        sid = next(self._ids)
        self.streams_opened += 1
        stream = _Stream(asyncio.get_running_loop(), client)
        with process.lock:
            process.streams[sid] = stream
        self._open += 1
        self._note_use()
        try:
            try:
                await process.order(("open", sid, order))
            except OSError:
                stream.finish(NetworkError("The answer reader stopped before the question was sent. Try again."))
            while True:
                await stream.wake.wait()
                stream.wake.clear()
                with stream.lock:
                    taken, stream.pending = stream.pending, []
                    stream.woken = False
                    finished = stream.done
                if taken:
                    yield [chunk_from_wire(item) for item in taken]
                if finished:
                    break
            if stream.error is not None:
                raise stream.error
        finally:
            try:
                if not stream.ended.is_set():
                    # Written after the "open" (one writer thread): the reader closes the connection.
                    await process.order(("cancel", sid))
                    await asyncio.wait_for(stream.ended.wait(), timeout=2.0)
            except OSError:
                pass
            except TimeoutError:
                log.warning("the answer reader took more than 2 s to close a stream")
            finally:  # even when cancelled again meanwhile
                with process.lock:
                    process.streams.pop(sid, None)
                self._open -= 1
                self._note_use()

    def _note_use(self) -> None:
        """(Re)start the idle countdown; the process stops when it ends with no stream open."""
        if self._idle is not None:
            self._idle.cancel()
            self._idle = None
        if self._idle_seconds > 0 and self._open == 0:
            self._idle = asyncio.get_running_loop().call_later(self._idle_seconds, self._stop_if_idle)

    def _stop_if_idle(self) -> None:
        self._idle = None
        with self._lock:
            process = self._process
            if process is None or self._open:
                return
            self._process = None
        log.debug("the answer reader stops after %.0f s without a stream", self._idle_seconds)
        threading.Thread(target=process.retire, name="msdesk-stream-stop", daemon=True).start()

    async def aclose(self) -> None:
        """End the streams still being read and stop the reader process."""
        with self._lock:
            self._closed = True
            process, self._process = self._process, None
        if self._idle is not None:
            self._idle.cancel()
            self._idle = None
        if self._prewarming is not None and not self._prewarming.done():
            self._prewarming.cancel()
        if process is not None:
            await asyncio.to_thread(process.retire)


__all__ = ["IDLE_SECONDS", "StreamWorker", "WorkerUnavailable", "reader_command", "reader_environment"]
