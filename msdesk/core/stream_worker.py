"""Read long answer streams on a worker thread, hand them over in batches.

A fast provider can send thousands of server-sent events a second, and
parsing each one (HTTP chunk, SSE line, JSON) is Python work. Done on the
window's event loop, it competes with laying out and painting the answer.
``StreamWorker`` runs one asyncio loop on a thread of its own, with its own
HTTP client, reads the stream there, and wakes the caller's loop once per
batch of chunks that piled up meanwhile.

Nothing changes for the caller's semantics: errors raised while reading
(``MsdeskError`` and friends) come out of the caller's ``async for``;
cancelling the caller's task cancels the read, which closes the connection;
rate-limit headers are reported on the caller's loop.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import AsyncIterator, Callable
from contextlib import aclosing
from typing import Any

import httpx

from msdesk.core.inference import ChatChunk, ChatRequest, InferenceClient
from msdesk.core.ratelimit import RateLimit

log = logging.getLogger(__name__)


class WorkerUnavailable(RuntimeError):
    """The worker thread could not be started (or the worker is closed): read on the caller's loop."""


class StreamWorker:
    """One thread with one event loop and one HTTP client, started on first use."""

    def __init__(self, make_client: Callable[[], httpx.AsyncClient]) -> None:
        self._make_client = make_client
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._http: httpx.AsyncClient | None = None
        self._lock = threading.Lock()
        self._closed = False

    def __repr__(self) -> str:
        return f"StreamWorker(running={self._thread is not None and self._thread.is_alive()})"

    def ensure_started(self) -> asyncio.AbstractEventLoop:
        """The worker's loop, starting its thread if needed; ``WorkerUnavailable`` if it cannot run."""
        with self._lock:
            if self._closed:
                raise WorkerUnavailable("the stream worker is closed")
            if self._loop is not None and self._thread is not None and self._thread.is_alive():
                return self._loop
            self._http = None  # a client of a loop that is gone cannot be used again
            ready = threading.Event()
            loop = asyncio.new_event_loop()

            def run() -> None:
                asyncio.set_event_loop(loop)
                loop.call_soon(ready.set)
                try:
                    loop.run_forever()
                finally:
                    loop.close()

            thread = threading.Thread(target=run, name="msdesk-stream", daemon=True)
            try:
                thread.start()
            except RuntimeError as exc:  # no more threads
                loop.close()
                raise WorkerUnavailable(f"could not start the stream thread: {exc}") from None
            if not ready.wait(5):
                loop.call_soon_threadsafe(loop.stop)
                raise WorkerUnavailable("the stream thread did not start in time")
            self._loop, self._thread = loop, thread
            return loop

    async def _client(self) -> httpx.AsyncClient:
        # Runs on the worker loop: the client's connections belong to it.
        if self._http is None:
            self._http = self._make_client()
        return self._http

    async def chat_stream(
        self,
        client: InferenceClient,
        request: ChatRequest,
    ) -> AsyncIterator[list[ChatChunk]]:
        """``client.chat_stream(request)``, read on the worker thread; yields batches of chunks."""
        caller = asyncio.get_running_loop()
        worker = self.ensure_started()
        pending: list[ChatChunk] = []
        lock = threading.Lock()
        wake = asyncio.Event()
        read_ended = asyncio.Event()  # the read on the worker has ended, whatever the outcome
        state: dict[str, Any] = {"done": False, "error": None, "woken": False}

        def notify() -> None:
            wake.set()

        def poke() -> None:
            # Called on the worker thread: wake the caller once until it has taken the batch.
            if not state["woken"]:
                state["woken"] = True
                caller.call_soon_threadsafe(notify)

        def rate_limit(info: RateLimit) -> None:
            caller.call_soon_threadsafe(client.note_rate_limit, info)

        def call(model: str | None, kind: str) -> None:
            caller.call_soon_threadsafe(client.note_call, model, kind)

        async def produce() -> None:
            try:
                http = await self._client()
                remote = client.with_http(http, on_rate_limit=rate_limit, on_call=call)
                async with aclosing(remote.chat_stream(request)) as stream:
                    async for chunk in stream:
                        with lock:
                            pending.append(chunk)
                            poke()
            except BaseException as exc:  # handed to the caller, cancellation included
                state["error"] = exc
            finally:
                with lock:
                    state["done"] = True
                    state["woken"] = True
                caller.call_soon_threadsafe(notify)
                caller.call_soon_threadsafe(read_ended.set)

        future = asyncio.run_coroutine_threadsafe(produce(), worker)
        try:
            while True:
                await wake.wait()
                wake.clear()
                with lock:
                    batch = pending[:]
                    pending.clear()
                    state["woken"] = False
                    finished = state["done"]
                if batch:
                    yield batch
                if finished:
                    break
            error = state["error"]
            if error is not None and not isinstance(error, asyncio.CancelledError):
                raise error
        finally:
            if not read_ended.is_set():
                future.cancel()  # cancels the read on the worker loop, which closes the connection
                try:
                    await asyncio.wait_for(read_ended.wait(), timeout=2.0)
                except TimeoutError:
                    log.warning("the stream worker took more than 2 s to close a stream")

    async def aclose(self) -> None:
        """Stop the reads still running, close the HTTP client and stop the thread."""
        with self._lock:
            self._closed = True
            loop, thread = self._loop, self._thread
            self._loop = self._thread = None
        if loop is None or thread is None:
            return

        async def close() -> None:
            current = asyncio.current_task()
            others = [task for task in asyncio.all_tasks() if task is not current]
            for task in others:
                task.cancel()  # each read ends through its finally, waking its caller
            await asyncio.gather(*others, return_exceptions=True)
            if self._http is not None:
                await self._http.aclose()
                self._http = None

        try:
            await asyncio.wait_for(asyncio.wrap_future(asyncio.run_coroutine_threadsafe(close(), loop)), 5)
        except (TimeoutError, Exception) as exc:
            log.warning("the stream worker did not close cleanly: %s", type(exc).__name__)
        loop.call_soon_threadsafe(loop.stop)
        await asyncio.to_thread(thread.join, 5)


__all__ = ["StreamWorker", "WorkerUnavailable"]
