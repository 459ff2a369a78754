"""The answer reader: a small process of its own that reads answer streams for the app.

A fast provider sends thousands of server-sent events a second, and parsing
each one (HTTP chunk, SSE line, JSON) is Python work. In the app's process
that work would take turns with laying out the answer, since one interpreter
runs one thread at a time (Qt's text layout keeps it the whole while). Here,
in a process of its own, it runs beside the window on another core.

Run as ``python -m msdesk.core.stream_reader`` (or, in a frozen build, the
app's executable with ``READER_FLAG``); ``msdesk.core.stream_worker`` starts
it and speaks to it. Everything goes through the standard pipes, one frame
at a time: four bytes of length (little-endian), then a pickle of a tuple.
The token travels only in these frames: never on the command line, in the
environment or in a file.

The app sends::

    ("open", sid, Order)     read one answer stream
    ("cancel", sid)          stop reading it (the connection is closed)

The reader answers::

    ("ready", pid, version)                      once, when it can take orders
    ("chunks", sid, [(content, reasoning, usage, finish_reason, model, pieces), ...])
    ("rate", sid, RateLimit)                     quota headers of the response
    ("call", sid, model, kind)                   the call was served (it counts)
    ("error", sid, ([class and base class names], attributes))
    ("end", sid)                                 last frame of a stream

It stops when its input closes (the app closed it, or the app is gone).
"""

from __future__ import annotations

import asyncio
import gc
import logging
import os
import pickle
import struct
import sys
import threading
from contextlib import aclosing
from dataclasses import dataclass, field
from typing import Any, BinaryIO

from msdesk import READER_FLAG, __version__
from msdesk.core import errors
from msdesk.core.errors import BadResponse, MsdeskError, StreamInterrupted
from msdesk.core.inference import ChatChunk, ChatRequest, InferenceClient
from msdesk.core.network import Credentials, NetworkClient, NetworkConfig, build_client
from msdesk.core.providers import Provider
from msdesk.core.settings import NetworkSettings

log = logging.getLogger(__name__)


_LENGTH = struct.Struct("<I")
#: The least time between two frames of chunks of one stream.
BATCH_SECONDS = 0.004
#: A frame larger than this is not believed (a broken pipe, not a message).
MAX_FRAME = 256 * 1024 * 1024

#: One chunk on the wire: (content, reasoning, usage, finish_reason, model, pieces).
WireChunk = tuple[str, str, Any, "str | None", "str | None", int]


@dataclass(frozen=True)
class Order:
    """What the reader needs to read one answer: who to ask, with which token, how."""

    provider: Provider
    request: ChatRequest
    token: str | None = field(repr=False)
    token_label: str | None
    network: NetworkSettings
    credentials: Credentials | None = field(default=None, repr=False)
    generation: int = 0


# -- frames -------------------------------------------------------------------------------


def write_frame(stream: BinaryIO, message: tuple[Any, ...]) -> None:
    """Write one message and flush it."""
    data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(_LENGTH.pack(len(data)) + data)
    stream.flush()


def read_frame(stream: BinaryIO) -> tuple[Any, ...] | None:
    """The next message, or ``None`` at the end of the stream (or a broken frame)."""
    head = _read_exactly(stream, _LENGTH.size)
    if head is None:
        return None
    (size,) = _LENGTH.unpack(head)
    if size > MAX_FRAME:
        return None
    body = _read_exactly(stream, size)
    if body is None:
        return None
    message = pickle.loads(body)
    return message if isinstance(message, tuple) and message else None


def _read_exactly(stream: BinaryIO, size: int) -> bytes | None:
    parts: list[bytes] = []
    while size:
        part = stream.read(size)
        if not part:
            return None
        parts.append(part)
        size -= len(part)
    return b"".join(parts)


def add_chunk(batch: list[WireChunk], chunk: ChatChunk) -> None:
    """Put ``chunk`` on ``batch``, joined to the last one when both are plain text of one kind.

    A fast answer is thousands of pieces of a few characters; joined, the app
    takes a few hundred. Usage, finish reasons and a change of model or of
    kind (reasoning, content) start a new chunk, so nothing is lost or moved.
    """
    plain = chunk.usage is None and chunk.finish_reason is None
    if plain and batch:
        content, reasoning, usage, finish_reason, model, pieces = batch[-1]
        if (
            usage is None and finish_reason is None and model == chunk.model
            and bool(content) == bool(chunk.content) and bool(reasoning) == bool(chunk.reasoning)
        ):
            batch[-1] = (
                content + chunk.content, reasoning + chunk.reasoning, None, None, model, pieces + chunk.pieces
            )
            return
    batch.append(
        (chunk.content, chunk.reasoning, chunk.usage, chunk.finish_reason, chunk.model, chunk.pieces)
    )


def chunk_from_wire(item: WireChunk) -> ChatChunk:
    content, reasoning, usage, finish_reason, model, pieces = item
    return ChatChunk(
        content=content, reasoning=reasoning, usage=usage, finish_reason=finish_reason, model=model, pieces=pieces
    )


def encode_error(exc: BaseException) -> tuple[list[str], dict[str, Any]]:
    """An error as (its class and base class names, attributes); anything not msdesk's own is a BadResponse."""
    if isinstance(exc, MsdeskError):
        names = [cls.__name__ for cls in type(exc).__mro__ if issubclass(cls, MsdeskError)]
        return names, dict(vars(exc))
    log.warning("the answer reader failed: %s", type(exc).__name__)
    return ["BadResponse"], {
        "message": f"The answer could not be read ({type(exc).__name__}). Try again.",
        "status": None,
        "request_id": None,
        "detail": None,
    }


def decode_error(encoded: Any) -> MsdeskError:
    """The error ``encode_error`` described: its class (or the nearest base class msdesk's
    errors module has), with the same attributes."""
    try:
        names, attributes = encoded
        if not isinstance(attributes, dict) or not isinstance(names, list | tuple):
            raise TypeError("not an encoded error")
        for name in names:
            cls = getattr(errors, str(name), None)
            if isinstance(cls, type) and issubclass(cls, MsdeskError):
                break
        else:
            raise TypeError("no known class")
        error = cls.__new__(cls)
        Exception.__init__(error, str(attributes.get("message", "")))
        error.__dict__.update(attributes)
        return error
    except (TypeError, ValueError):
        return BadResponse("The answer reader sent an error msdesk does not know. Try again.")


# -- the reader process ----------------------------------------------------------------------


class _Reader:
    """Runs in the reader process: one HTTP client, one task per answer stream."""

    def __init__(self, out: BinaryIO) -> None:
        self._out = out
        self._write_lock = threading.Lock()
        self._streams: dict[int, asyncio.Task[None]] = {}
        self._cancelled: set[int] = set()
        self._config: NetworkConfig | None = None
        self._http: NetworkClient | None = None
        self._ssl: Any = None
        self._broken = False

    def send(self, message: tuple[Any, ...]) -> None:
        with self._write_lock:
            if self._broken:
                return
            try:
                write_frame(self._out, message)
            except OSError:  # the app is gone; the input ends next, and with it the reader
                self._broken = True

    async def warm_up(self) -> None:
        """Load what the first stream needs before saying "ready": the certificates, and
        the HTTP machinery httpx imports on its first request."""
        import importlib

        import httpx

        self._ssl = await asyncio.to_thread(httpx.create_ssl_context)
        for name in ("httpcore", "h11", "anyio._backends._asyncio", "httpx_sse"):
            try:
                importlib.import_module(name)
            except ImportError:  # another version lays itself out differently: it loads later
                pass

    async def _client(self, order: Order) -> NetworkClient:
        config = self._config
        if config is None or config.generation != order.generation or self._http is None:
            if self._ssl is None:
                await self.warm_up()
            self._config = NetworkConfig.of(order.network, order.credentials, self._ssl, order.generation)
            if self._http is None:
                self._http = NetworkClient(lambda: self._config, build_client)  # type: ignore[arg-type, return-value]
            else:
                self._http.refresh()
        return self._http

    def open(self, sid: int, order: Order) -> None:
        self._streams[sid] = asyncio.ensure_future(self._read(sid, order))

    def cancel(self, sid: int) -> None:
        task = self._streams.get(sid)
        if task is not None:
            self._cancelled.add(sid)
            task.cancel()

    async def _read(self, sid: int, order: Order) -> None:
        loop = asyncio.get_running_loop()
        batch: list[WireChunk] = []
        scheduled = False
        last_sent = 0.0

        def flush() -> None:
            nonlocal batch, scheduled, last_sent
            scheduled = False
            if batch:
                taken, batch = batch, []
                last_sent = loop.time()
                self.send(("chunks", sid, taken))

        try:
            http = await self._client(order)
            client = InferenceClient(
                http, order.provider, order.token, token_label=order.token_label,
                on_rate_limit=lambda info: self.send(("rate", sid, info)),
                on_call=lambda model, kind: self.send(("call", sid, model, kind)),
            )
            async with aclosing(client.chat_stream(order.request)) as stream:
                async for chunk in stream:
                    add_chunk(batch, chunk)
                    if not scheduled:
                        # What arrives within BATCH_SECONDS of the last frame goes in one
                        # frame (so a fast stream is a few hundred frames a second, and the
                        # app takes them in few wake-ups); a slow stream's pieces go at once.
                        scheduled = True
                        loop.call_at(last_sent + BATCH_SECONDS, flush)
            flush()
        except asyncio.CancelledError:
            # The connection is closed by now. Stopped by the app: nothing to say. Stopped
            # because the reader itself stops: the answer is cut, and the app must know.
            if sid not in self._cancelled:
                flush()
                self.send(("error", sid, encode_error(StreamInterrupted(
                    "The answer reader stopped before the answer was complete. "
                    "What arrived is kept; try again for the rest."
                ))))
        except Exception as exc:  # handed to the app, which raises it where the answer is read
            flush()
            self.send(("error", sid, encode_error(exc)))
        finally:
            self._streams.pop(sid, None)
            self._cancelled.discard(sid)
            self.send(("end", sid))

    async def aclose(self) -> None:
        tasks = list(self._streams.values())
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        if self._http is not None:
            await self._http.aclose()


async def serve(inp: BinaryIO, out: BinaryIO) -> None:
    """Take orders from ``inp`` and answer on ``out`` until ``inp`` ends."""
    loop = asyncio.get_running_loop()
    reader = _Reader(out)
    ended = asyncio.Event()

    def handle(message: tuple[Any, ...]) -> None:
        kind = message[0]
        if kind == "open" and len(message) == 3 and isinstance(message[2], Order):
            reader.open(message[1], message[2])
        elif kind == "cancel" and len(message) == 2:
            reader.cancel(message[1])

    def take_orders() -> None:
        try:
            while (message := read_frame(inp)) is not None:
                loop.call_soon_threadsafe(handle, message)
        except Exception as exc:  # a frame that cannot be read: stop as if the input ended
            log.warning("the answer reader got a broken order: %s", type(exc).__name__)
        finally:
            loop.call_soon_threadsafe(ended.set)

    threading.Thread(target=take_orders, name="msdesk-reader-input", daemon=True).start()
    await reader.warm_up()
    gc.freeze()  # what is loaded by now stays: collections need not walk it again and again
    reader.send(("ready", os.getpid(), __version__))
    try:
        await ended.wait()
    finally:
        await reader.aclose()


def main() -> int:
    """The reader process: the protocol runs on the standard pipes; stray prints go to stderr."""
    inp = sys.stdin.buffer
    out = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
    logging.basicConfig(level=logging.WARNING, format="%(name)s: %(message)s")
    try:
        asyncio.run(serve(inp, out))
    except (BrokenPipeError, KeyboardInterrupt):
        pass
    return 0


__all__ = [
    "READER_FLAG",
    "Order",
    "add_chunk",
    "chunk_from_wire",
    "decode_error",
    "encode_error",
    "main",
    "read_frame",
    "serve",
    "write_frame",
]


if __name__ == "__main__":
    # Run the module's own copy, so the orders' classes unpickle as the ones ``serve`` checks.
    from msdesk.core.stream_reader import main as reader_main

    raise SystemExit(reader_main())
