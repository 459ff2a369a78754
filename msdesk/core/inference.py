"""The OpenAI-compatible inference client (ModelScope API-Inference and others).

Chat streaming over SSE, non-streaming chat,
``GET /models``, embeddings, and image generation as an asynchronous task.
Every response's rate-limit headers go to ``on_rate_limit``.

Cancelling a stream (``aclose()`` on the generator, or cancelling the task
that iterates it) closes the HTTP connection at once.

A streamed answer is read with limits: one SSE line may hold at most
``MAX_SSE_LINE`` bytes and a whole answer at most ``MAX_ANSWER_CHARS``
characters of text and reasoning; past either, the stream ends with a
``BadResponse`` and what arrived before is kept by the reader. The first-byte
and idle timeouts count pieces of the answer (events with text, reasoning,
usage or an end), so keep-alive comments and empty events extend neither.
An answer of the wrong shape (``choices`` not a list, a message that is not an
object, text that is not a string) is a ``BadResponse`` too, and its raw body,
redacted, goes to the log.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
import time
from collections.abc import AsyncIterator, Callable
from contextlib import aclosing, asynccontextmanager
from dataclasses import dataclass, field
from typing import Any

import httpx
from httpx_sse import EventSource

from msdesk.core.errors import (
    BadResponse,
    MsdeskError,
    StreamInterrupted,
    TaskFailed,
    TokenMissing,
    TokenRejected,
    decode_json,
    error_from_response,
    network_error,
    sentences,
)
from msdesk.core.i18n import translate
from msdesk.core.known_models import takes_enable_thinking
from msdesk.core.network import count_pieces
from msdesk.core.providers import Provider, chat_url, endpoint
from msdesk.core.ratelimit import RateLimit, RateLimitListener, parse_rate_limit, reset_hint
from msdesk.core.redact import redact, register_secret

log = logging.getLogger(__name__)

_MAX_ERROR_BODY = 64 * 1024

#: The longest line of an SSE stream (bytes): a longer one ends the answer with a BadResponse.
MAX_SSE_LINE = 1024 * 1024
#: The longest answer (characters of text and reasoning together) a stream may bring.
MAX_ANSWER_CHARS = 16 * 1024 * 1024
#: How much of a malformed body goes to the log.
_LOGGED_BODY = 4096

#: Told (model, kind) when a call that costs quota was served ("chat", "embedding", "image").
CallListener = Callable[[str | None, str], None]


@dataclass(frozen=True)
class Usage:
    prompt_tokens: int = 0
    completion_tokens: int = 0
    total_tokens: int = 0

    @classmethod
    def from_dict(cls, data: Any) -> Usage | None:
        if not isinstance(data, dict):
            return None

        def num(key: str) -> int:
            value = data.get(key)
            return int(value) if isinstance(value, int | float) else 0

        return cls(num("prompt_tokens"), num("completion_tokens"), num("total_tokens"))


@dataclass(frozen=True)
class ChatChunk:
    """One piece of a streamed answer: text, reasoning, or the final usage."""

    content: str = ""
    reasoning: str = ""
    usage: Usage | None = None
    finish_reason: str | None = None
    model: str | None = None


@dataclass
class ChatRequest:
    model: str
    messages: list[dict[str, Any]]
    temperature: float | None = None
    top_p: float | None = None
    max_tokens: int | None = None
    enable_thinking: bool | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def body(self, *, stream: bool) -> dict[str, Any]:
        body: dict[str, Any] = {"model": self.model, "messages": self.messages, "stream": stream}
        if stream:
            body["stream_options"] = {"include_usage": True}
        for name in ("temperature", "top_p", "max_tokens"):
            value = getattr(self, name)
            if value is not None:
                body[name] = value
        if stream:
            if self.enable_thinking is not None:
                body["enable_thinking"] = self.enable_thinking
        elif self.enable_thinking is not None or takes_enable_thinking(self.model):
            # The gateway rejects enable_thinking=true without streaming.
            body["enable_thinking"] = False
        body.update(self.extra)
        return body


@dataclass(frozen=True)
class ChatResult:
    content: str
    reasoning: str = ""
    usage: Usage | None = None
    finish_reason: str | None = None
    model: str | None = None
    rate_limit: RateLimit | None = None


@dataclass(frozen=True)
class RemoteModel:
    id: str
    owned_by: str = ""
    created: int | None = None


@dataclass(frozen=True)
class ImageTask:
    task_id: str
    status: str
    images: tuple[str, ...] = ()
    message: str = ""

    @property
    def done(self) -> bool:
        return self.status in ("SUCCEED", "FAILED")


def parse_chunk(data: str) -> ChatChunk | None:
    """Turn one SSE ``data:`` payload into a ChatChunk (``None`` for ``[DONE]``)."""
    payload = data.strip()
    if payload == "[DONE]":
        return None
    try:
        obj = json.loads(payload)
    except ValueError:
        raise _malformed(translate(
            "core.inference", "The provider sent a malformed piece of the answer (not JSON)."), payload) from None
    if not isinstance(obj, dict):
        raise _malformed(translate(
            "core.inference", "The provider sent a piece of the answer that is not a JSON object."), payload)
    if "errors" in obj or ("error" in obj and "choices" not in obj):
        from msdesk.core.errors import error_for_status

        status = 500
        inner = obj.get("errors") or obj.get("error")
        if isinstance(inner, dict) and isinstance(inner.get("code"), int):
            status = inner["code"]
        raise error_for_status(status, json.dumps(obj))
    content_parts: list[str] = []
    reasoning_parts: list[str] = []
    finish_reason = None
    choices = obj.get("choices")
    if choices is not None and not isinstance(choices, list):
        raise _malformed(translate(
            "core.inference", "The provider sent an answer whose 'choices' is not a list."), payload)
    for choice in choices or ():
        if not isinstance(choice, dict):
            raise _malformed(translate(
                "core.inference", "The provider sent an answer with a choice that is not an object."), payload)
        # The streamed piece's delta, or the whole answer's message: present, it must be an object.
        delta = choice["delta"] if "delta" in choice else choice.get("message", {})
        if not isinstance(delta, dict):
            raise _malformed(translate(
                "core.inference", "The provider sent an answer whose message is not an object."), payload)
        content = delta.get("content")
        reasoning = delta.get("reasoning_content")
        if reasoning is None:
            reasoning = delta.get("reasoning")
        if not isinstance(content, str | None) or not isinstance(reasoning, str | None):
            raise _malformed(translate(
                "core.inference", "The provider sent an answer whose text is not a string."), payload)
        if content:
            content_parts.append(content)
        if reasoning:
            reasoning_parts.append(reasoning)
        if choice.get("finish_reason"):
            finish_reason = str(choice["finish_reason"])
    model = obj.get("model") if isinstance(obj.get("model"), str) else None
    return ChatChunk(
        content="".join(content_parts),
        reasoning="".join(reasoning_parts),
        usage=Usage.from_dict(obj.get("usage")),
        finish_reason=finish_reason,
        model=model,
    )


def _malformed(message: str, body: str | bytes) -> BadResponse:
    """A malformed-response error; the raw body (cut short, redacted) goes to the log."""
    text = body.decode("utf-8", "replace") if isinstance(body, bytes) else body
    shown = text[:_LOGGED_BODY] + ("…" if len(text) > _LOGGED_BODY else "")
    log.warning("%s Raw body (%d characters): %s", message, len(text), redact(shown))
    return BadResponse(sentences(
        message, translate("core.inference", "Try again; the raw answer is in the log.")))


def _check_whole_answer(data: Any, body: bytes, name: str) -> None:
    """``BadResponse`` unless ``data`` is a non-streamed answer with a message of text."""
    choices = data.get("choices") if isinstance(data, dict) else None
    if not isinstance(choices, list) or not choices:
        raise _malformed(translate("core.inference", "{provider} answered without a choice of text.").format(
            provider=name), body)
    first = choices[0]
    message = first.get("message") if isinstance(first, dict) else None
    if not isinstance(message, dict):
        raise _malformed(translate("core.inference", "{provider} answered without a message.").format(
            provider=name), body)
    text = message.get("content")
    reasoning = message.get("reasoning_content", message.get("reasoning"))
    if not isinstance(text, str) and not isinstance(reasoning, str):
        raise _malformed(translate(
            "core.inference", "{provider} answered with a message that has no text.").format(provider=name), body)


def _size(count: int) -> str:
    if count >= 1048576:
        return translate("core.inference", "{size} MiB").format(size=f"{count / 1048576:g}")
    return translate("core.inference", "{size} KiB").format(size=f"{count / 1024:g}")


class _LineCap(httpx.AsyncByteStream):
    """A response's bytes as they arrive, ended with ``BadResponse`` once a line runs past
    ``limit`` bytes: checked on the bytes themselves, before anything buffers the line
    (httpx-sse, which reads the events from them, would keep a line whole)."""

    def __init__(self, stream: Any, limit: int, name: str) -> None:
        self._stream = stream
        self._limit = limit
        self._name = name

    async def __aiter__(self) -> AsyncIterator[bytes]:
        run = 0  # bytes of the line not ended yet
        async for chunk in self._stream:
            segments = _LINE_BREAKS.split(chunk)
            if len(segments) == 1:
                run += len(chunk)
            else:
                run = max(run + len(segments[0]), *(len(s) for s in segments[1:-1]), 0)
                if run <= self._limit:
                    run = len(segments[-1])
            if run > self._limit:
                raise BadResponse(translate(
                    "core.inference",
                    "{provider} sent a line of more than {size} in its stream: the answer was "
                    "stopped there. What arrived before it is kept.",
                ).format(provider=self._name, size=_size(self._limit)))
            yield chunk

    async def aclose(self) -> None:
        await self._stream.aclose()


_LINE_BREAKS = re.compile(rb"\r\n|\r|\n")


class InferenceClient:
    """Talks to one provider's OpenAI-compatible API with one token."""

    def __init__(
        self,
        http: httpx.AsyncClient,
        provider: Provider,
        token: str | None,
        *,
        token_label: str | None = None,
        on_rate_limit: RateLimitListener | None = None,
        on_call: CallListener | None = None,
    ) -> None:
        self._http = http
        self._on_call = on_call
        #: Calls the server answered (HTTP 2xx) through this client: after one, nothing is re-sent.
        self.served_calls = 0
        self.provider = provider
        self._token = token
        register_secret(token)
        self.token_label = token_label
        self._on_rate_limit = on_rate_limit
        self.last_rate_limit: RateLimit | None = None

    def __repr__(self) -> str:
        return f"InferenceClient(provider={self.provider.id!r}, token_label={self.token_label!r})"

    # -- plumbing ---------------------------------------------------------

    def _headers(self, *, need_token: bool = True) -> dict[str, str]:
        headers = {"Accept": "application/json"}
        if self._token:
            if not (self._token.isascii() and self._token.isprintable()):
                raise TokenRejected(translate(
                    "core.inference",
                    "The token for {provider} contains characters that cannot be sent (a stray "
                    "quote or space from copying?). Copy it again and store it anew.",
                ).format(provider=self.provider.name))
            headers["Authorization"] = f"Bearer {self._token}"
        elif need_token:
            page = self.provider.links.token_page
            if page:
                text = translate(
                    "core.inference",
                    "No token is stored for {provider}. Add one with '{command}' or in Settings "
                    "(get it at {url}).",
                )
            else:
                text = translate(
                    "core.inference",
                    "No token is stored for {provider}. Add one with '{command}' or in Settings.",
                )
            raise TokenMissing(text.format(
                provider=self.provider.name, command=f"msdesk token set --provider {self.provider.id}",
                url=page,
            ))
        return headers

    def secret_token(self) -> str | None:
        """The token this client sends, for telling two tokens apart by a hash (never log it)."""
        return self._token

    def note_call(self, model: str | None, kind: str) -> None:
        """A call that costs quota was served (tell the listener, which counts it)."""
        self.served_calls += 1
        if self._on_call is not None:
            self._on_call(model, kind)

    def note_rate_limit(self, info: RateLimit) -> None:
        """Record what a response said about the quota (and tell the listener)."""
        self.last_rate_limit = info
        if self._on_rate_limit is not None:
            self._on_rate_limit(info)

    def _note_rate_limit(self, response: httpx.Response, model: str | None) -> None:
        info = parse_rate_limit(
            response.headers, provider_id=self.provider.id, token_label=self.token_label, model=model
        )
        if not info.empty:
            self.note_rate_limit(info)

    async def _raise_for_status(self, response: httpx.Response, model: str | None) -> None:
        if response.status_code < 400:
            return
        body = b""
        try:
            async for part in response.aiter_bytes():
                body += part
                if len(body) > _MAX_ERROR_BODY:
                    break
        except httpx.HTTPError:
            pass
        raise error_from_response(
            response,
            body,
            provider_name=self.provider.name,
            model=model,
            reset_hint=reset_hint() if self.provider.is_modelscope else None,
        )

    @asynccontextmanager
    async def _send(
        self,
        method: str,
        url: str,
        *,
        model: str | None = None,
        json_body: Any = None,
        headers: dict[str, str] | None = None,
        need_token: bool = True,
        counts: str | None = None,
    ) -> AsyncIterator[httpx.Response]:
        """Send a request; ``counts`` names the kind of call when it costs one of the day's quota."""
        all_headers = self._headers(need_token=need_token)
        if headers:
            all_headers.update(headers)
        try:
            request = self._http.build_request(method, url, json=json_body, headers=all_headers)
            response = await self._http.send(request, stream=True)
        except (httpx.HTTPError, httpx.InvalidURL) as exc:
            raise network_error(exc, what=self.provider.name) from None
        try:
            self._note_rate_limit(response, model)
            await self._raise_for_status(response, model)
            if counts is not None:
                self.note_call(model, counts)  # served: it counts against the day's quota
            yield response
        except httpx.HTTPError as exc:
            raise network_error(exc, what=self.provider.name) from None
        finally:
            await response.aclose()

    async def _json(self, response: httpx.Response) -> Any:
        body = await response.aread()
        return decode_json(
            response,
            body,
            what=self.provider.name,
            fix=translate("core.inference", "Check the API host in settings, or try again later."),
        )

    # -- chat ---------------------------------------------------------------

    async def chat_stream(self, request: ChatRequest) -> AsyncIterator[ChatChunk]:
        """Stream an answer. Yields content and reasoning deltas, then the usage."""
        url = chat_url(self.provider.api_base)
        body = request.body(stream=True)
        finished = False
        pieces = 0
        size = 0
        async with self._send("POST", url, model=request.model, json_body=body,
                              headers={"Accept": "text/event-stream"}, counts="chat") as response:
            content_type = response.headers.get("content-type", "")
            if "text/event-stream" not in content_type:
                # Some servers ignore stream=true and answer with one JSON document.
                raw = await response.aread()
                chunk = self._whole_answer(response, raw)
                if not chunk.content and not chunk.reasoning and not chunk.usage:
                    raise _malformed(
                        translate("core.inference", "{provider} did not stream an answer ({type}).").format(
                            provider=self.provider.name,
                            type=content_type or translate("core.inference", "no type"),
                        ),
                        raw,
                    )
                yield chunk
                return
            # Only pieces of the answer count for the first-byte and idle timeouts.
            piece = count_pieces(response)
            try:
                # Closed explicitly, so an abandoned stream never waits for the garbage collector.
                response.stream = _LineCap(response.stream, MAX_SSE_LINE, self.provider.name)
                events = EventSource(response).aiter_sse()
                async with aclosing(events):
                    async for event in events:
                        data = event.data
                        if not data.strip():
                            continue  # a keep-alive: data lines empty or only whitespace
                        chunk = parse_chunk(data)
                        if chunk is None:
                            finished = True
                            break
                        if chunk.finish_reason:
                            finished = True
                        if chunk.content or chunk.reasoning or chunk.usage or chunk.finish_reason:
                            size += len(chunk.content) + len(chunk.reasoning)
                            if size > MAX_ANSWER_CHARS:
                                raise BadResponse(translate(
                                    "core.inference",
                                    "{provider} sent an answer longer than {count} Mi characters: "
                                    "it was stopped there. What arrived before is kept.",
                                ).format(provider=self.provider.name,
                                         count=MAX_ANSWER_CHARS // (1024 * 1024)))
                            pieces += 1
                            if piece is not None:
                                piece()
                            yield chunk
            except httpx.HTTPError as exc:
                raise network_error(exc, what=self.provider.name, partial_kept=True) from None
        if finished and not pieces:
            raise BadResponse(translate(
                "core.inference", "{provider} ended its stream without any answer. Try again."
            ).format(provider=self.provider.name))
        if not finished:
            raise StreamInterrupted(translate(
                "core.inference",
                "The connection to {provider} closed before the answer was complete. What arrived "
                "is kept; try again for the rest.",
            ).format(provider=self.provider.name))

    def _whole_answer(self, response: httpx.Response, raw: bytes) -> ChatChunk:
        """A non-streamed answer, checked: JSON of the right shape with a choice of text."""
        data = decode_json(
            response, raw, what=self.provider.name,
            fix=translate("core.inference", "Check the API host in settings, or try again later."),
        )
        _check_whole_answer(data, raw, self.provider.name)
        chunk = parse_chunk(raw.decode("utf-8", "replace"))
        if chunk is None:
            raise _malformed(translate("core.inference", "{provider} answered without a choice of text.").format(
                provider=self.provider.name), raw)
        return chunk

    async def chat(self, request: ChatRequest) -> ChatResult:
        """A non-streaming chat completion."""
        url = chat_url(self.provider.api_base)
        async with self._send(
            "POST", url, model=request.model, json_body=request.body(stream=False), counts="chat"
        ) as response:
            raw = await response.aread()
            chunk = self._whole_answer(response, raw)
        return ChatResult(
            content=chunk.content,
            reasoning=chunk.reasoning,
            usage=chunk.usage,
            finish_reason=chunk.finish_reason,
            model=chunk.model,
            rate_limit=self.last_rate_limit,
        )

    async def check_token(self, model: str) -> float:
        """Prove the token works with one tiny real call; return the latency in seconds.

        ``GET /models`` answers even without a token, so it cannot check one.
        This costs one call of the daily quota.
        """
        started = time.perf_counter()
        request = ChatRequest(
            model=model,
            messages=[{"role": "user", "content": "hi"}],
            max_tokens=1,
            enable_thinking=False if takes_enable_thinking(model) else None,
        )
        async with aclosing(self.chat_stream(request)) as stream:
            async for _chunk in stream:
                break
        return time.perf_counter() - started

    # -- models, embeddings ---------------------------------------------------

    async def list_models(self) -> list[RemoteModel]:
        url = endpoint(self.provider.api_base, "models")
        async with self._send("GET", url, need_token=False) as response:
            data = await self._json(response)
        items = data.get("data") if isinstance(data, dict) else None
        if not isinstance(items, list):
            raise BadResponse(translate(
                "core.inference", "{provider} answered /models without a model list.").format(
                provider=self.provider.name))
        result = []
        for item in items:
            if isinstance(item, dict) and isinstance(item.get("id"), str):
                created = item.get("created")
                result.append(
                    RemoteModel(
                        id=item["id"],
                        owned_by=str(item.get("owned_by") or ""),
                        created=created if isinstance(created, int) else None,
                    )
                )
        return result

    async def embed(self, model: str, inputs: str | list[str]) -> list[list[float]]:
        url = endpoint(self.provider.api_base, "embeddings")
        body = {"model": model, "input": inputs, "encoding_format": "float"}
        async with self._send("POST", url, model=model, json_body=body, counts="embedding") as response:
            data = await self._json(response)
        items = data.get("data") if isinstance(data, dict) else None
        if not isinstance(items, list):
            raise BadResponse(translate("core.inference", "{provider} answered without embeddings.").format(
                provider=self.provider.name))
        rows = [item for item in items if isinstance(item, dict)]
        if all(isinstance(item.get("index"), int) for item in rows):
            rows.sort(key=lambda item: item["index"])
        vectors = []
        for item in rows:
            vector = item.get("embedding")
            if not isinstance(vector, list) or not all(
                isinstance(x, int | float) and not isinstance(x, bool) for x in vector
            ):
                raise BadResponse(translate(
                    "core.inference", "{provider} sent an embedding that is not a list of numbers."
                ).format(provider=self.provider.name))
            vectors.append([float(x) for x in vector])
        return vectors

    # -- images (asynchronous tasks) ------------------------------------------

    async def submit_image(self, model: str, prompt: str, **options: Any) -> str:
        """Start an image-generation task; return its task id."""
        url = endpoint(self.provider.api_base, "images/generations")
        body = {"model": model, "prompt": prompt}
        body.update({k: v for k, v in options.items() if v is not None})
        async with self._send(
            "POST", url, model=model, json_body=body, headers={"X-ModelScope-Async-Mode": "true"},
            counts="image",
        ) as response:
            data = await self._json(response)
        task_id = data.get("task_id") if isinstance(data, dict) else None
        if not task_id:
            raise BadResponse(translate(
                "core.inference", "{provider} did not return a task id for the image.").format(
                provider=self.provider.name))
        return str(task_id)

    async def get_task(self, task_id: str) -> ImageTask:
        url = endpoint(self.provider.api_base, f"tasks/{task_id}")
        async with self._send(
            "GET", url, headers={"X-ModelScope-Task-Type": "image_generation"}
        ) as response:
            data = await self._json(response)
        if not isinstance(data, dict):
            raise BadResponse(translate(
                "core.inference", "{provider} answered the task poll with no object.").format(
                provider=self.provider.name))
        status = str(data.get("task_status") or "UNKNOWN").upper()
        images = data.get("output_images")
        message = ""
        for key in ("message", "errors", "error"):
            value = data.get(key)
            if isinstance(value, dict):
                value = value.get("message")
            if isinstance(value, str) and value:
                message = value
                break
        return ImageTask(
            task_id=task_id,
            status=status,
            images=tuple(str(u) for u in images) if isinstance(images, list) else (),
            message=message,
        )

    async def generate_image(
        self,
        model: str,
        prompt: str,
        *,
        poll_interval: float = 2.0,
        deadline: float = 300.0,
        on_status: Callable[[ImageTask], None] | None = None,
        task_id: str | None = None,
        **options: Any,
    ) -> ImageTask:
        """Submit an image task and poll it until it succeeds, fails or runs out of time.

        ``task_id``: a task already submitted (``submit_image``), to poll only.
        Cancel the awaiting task to stop polling.
        """
        try:
            async with asyncio.timeout(deadline):
                if task_id is None:
                    task_id = await self.submit_image(model, prompt, **options)
                while True:
                    task = await self.get_task(task_id)
                    if on_status is not None:
                        on_status(task)
                    if task.status == "SUCCEED":
                        if not task.images:
                            raise BadResponse(translate(
                                "core.inference", "The image task succeeded but returned no image."))
                        return task
                    if task.status == "FAILED":
                        if task.message:
                            failed = translate(
                                "core.inference",
                                "The image task failed: {reason}. Try another prompt or model.",
                            ).format(reason=task.message)
                        else:
                            failed = translate(
                                "core.inference", "The image task failed. Try another prompt or model.")
                        raise TaskFailed(failed)
                    await asyncio.sleep(poll_interval)
        except TimeoutError:
            raise TaskFailed(translate(
                "core.inference", "The image was not ready after {seconds} s. Try again later."
            ).format(seconds=f"{deadline:g}")) from None


__all__ = [
    "ChatChunk",
    "ChatRequest",
    "ChatResult",
    "ImageTask",
    "InferenceClient",
    "MsdeskError",
    "RemoteModel",
    "Usage",
    "parse_chunk",
]
