"""Chat answers, headless: what the window and the command line share, and one chat turn.

``ChatService`` is what every chat answer needs, whoever asks: the model's
task and the checks on it, the request, and the answer opened with failover
(the one call of it), read piece by piece into an ``Answer``. The command
line asks through it directly and keeps no history.

``ChatEngine`` is one turn of the window's chat: it builds the request from
the history, streams the answer through the service on the asyncio loop,
hands each piece to ``TurnEvents`` as it comes, and writes every step to the
chat history (the user message, the answer row while it streams, the final
row) through the services' history writer, off the loop's thread; it reads
the history where it runs. Image models get the user's text as a prompt and the generated image
as an attachment.
"""

from __future__ import annotations

import asyncio
import base64
import logging
import mimetypes
import time
from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import aclosing
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import PurePosixPath
from typing import Any, TypeVar
from urllib.parse import urlsplit

import httpx

from msdesk.core.capabilities import capability_tags
from msdesk.core.errors import (
    KIND_INTERNAL,
    BadConfiguration,
    BadResponse,
    MsdeskError,
    network_error,
)
from msdesk.core.failover import (
    NO_RETRY,
    Answerer,
    RetryPolicy,
    StartedStream,
    utc_now,
)
from msdesk.core.history import (
    DEFAULT_TITLE,
    ChatHistory,
    Conversation,
    Message,
    auto_title,
)
from msdesk.core.i18n import translate
from msdesk.core.inference import (
    ChatChunk,
    ChatRequest,
    ChatResult,
    ImageTask,
    InferenceClient,
    Usage,
)
from msdesk.core.known_models import (
    CHAT_TASKS,
    IMAGE_TASKS,
    guess_task,
    is_model_id,
    lookup,
    takes_enable_thinking,
)
from msdesk.core.ratelimit import quota_day
from msdesk.core.services import Services

log = logging.getLogger(__name__)

T = TypeVar("T")

MAX_IMAGE_BYTES = 30 * 1024 * 1024



def _task_state(status: str) -> str:
    """An image task's status as the progress line says it."""
    return {
        "PENDING": translate("core.chat", "queued"),
        "RUNNING": translate("core.chat", "running"),
        "SUCCEED": translate("core.chat", "done"),
        "FAILED": translate("core.chat", "failed"),
    }.get(status, status.lower())


_IMAGE_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
)


@dataclass
class TurnEvents:
    """What a turn reports; every callback is optional and runs on the loop's thread."""

    on_user: Callable[[Message], None] | None = None  # the user message row was written
    on_start: Callable[[Message], None] | None = None  # the answer row exists (status "streaming")
    on_reasoning: Callable[[str], None] | None = None  # a reasoning delta
    on_content: Callable[[str], None] | None = None  # a content delta
    on_status: Callable[[str], None] | None = None  # progress text (image generation, retries)
    on_done: Callable[[Message], None] | None = None  # the final row, already saved
    # Another token or provider answers (e.g. 'Token "main" has no calls left today; answering
    # with "backup".'), once a day per notice; without this callback it goes to on_status.
    on_notice: Callable[[str], None] | None = None


#: The event loop gets a turn at least this often while an answer is read (``ChatService.read``).
TURN_AFTER = 0.008

#: Below this many seconds a tokens-per-second figure is noise, not a rate.
MIN_RATE_WINDOW = 0.05


@dataclass
class Answer:
    """What has arrived of one answer: its text, its reasoning, the server's usage, how it ended."""

    content_parts: list[str] = field(default_factory=list)
    reasoning_parts: list[str] = field(default_factory=list)
    server_usage: Usage | None = None
    finish_reason: str | None = None
    #: Pieces of text received: the count of tokens when the server sends no usage.
    deltas: int = 0

    def add(self, chunk: ChatChunk) -> None:
        if chunk.reasoning:
            self.reasoning_parts.append(chunk.reasoning)
            self.deltas += 1
        if chunk.content:
            self.content_parts.append(chunk.content)
            self.deltas += 1
        if chunk.usage is not None:
            self.server_usage = chunk.usage
        if chunk.finish_reason:
            self.finish_reason = chunk.finish_reason

    # Pieces are kept in lists and joined when read: adding to a long string
    # piece by piece would copy it each time.

    @property
    def content(self) -> str:
        if len(self.content_parts) > 1:
            self.content_parts[:] = ["".join(self.content_parts)]
        return self.content_parts[0] if self.content_parts else ""

    @property
    def reasoning(self) -> str:
        if len(self.reasoning_parts) > 1:
            self.reasoning_parts[:] = ["".join(self.reasoning_parts)]
        return self.reasoning_parts[0] if self.reasoning_parts else ""

    @property
    def has_text(self) -> bool:
        return bool(self.content_parts or self.reasoning_parts)


@dataclass
class _Partial(Answer):
    """An answer of the window's chat as it arrives, and when (for the usage line)."""

    started: float = 0.0
    first_delta: float | None = None
    first_reasoning: float | None = None
    first_content: float | None = None
    last_reasoning: float | None = None
    ended: float | None = None
    image_elapsed_only: bool = False
    #: Why another token or provider answered (``Answerer.failover_record``), kept in the usage.
    failover: dict[str, Any] | None = None
    #: What went wrong (``MsdeskError.kind``), kept in the usage beside the saved message: the
    #: window decides its actions from it in any language (``msdesk.core.errors.advise``).
    error_kind: str | None = None

    def timed(self, chunk: ChatChunk, now: float) -> None:
        """Note when ``chunk`` (already added) arrived."""
        if chunk.reasoning:
            if self.first_delta is None:
                self.first_delta = now
            if self.first_reasoning is None:
                self.first_reasoning = now
            self.last_reasoning = now
        if chunk.content:
            if self.first_delta is None:
                self.first_delta = now
            if self.first_content is None:
                self.first_content = now

    def usage(self, now: float) -> dict[str, Any]:
        end = self.ended if self.ended is not None else now
        result: dict[str, Any] = {"elapsed": round(max(0.0, end - self.started), 3)}
        if self.failover is not None:
            result["failover"] = self.failover
        if self.error_kind is not None:
            result["error_kind"] = self.error_kind
        if self.image_elapsed_only:
            return result
        server = self.server_usage
        if server is not None and server.prompt_tokens:
            result["prompt_tokens"] = server.prompt_tokens
        completion = server.completion_tokens if server is not None else 0
        if not completion:
            completion = self.deltas
        if completion:
            result["completion_tokens"] = completion
        if self.first_delta is not None:
            result["ttft"] = round(max(0.0, self.first_delta - self.started), 3)
            streaming = end - self.first_delta
            if streaming < MIN_RATE_WINDOW:
                # Arrived all at once (a short answer): the time after the first
                # piece says nothing; use the whole answer's time.
                streaming = end - self.started
            if completion and streaming >= MIN_RATE_WINDOW:
                result["tps"] = round(completion / streaming, 2)
        if self.first_reasoning is not None:
            thought_until = self.first_content
            if thought_until is None:
                thought_until = self.last_reasoning if self.last_reasoning is not None else end
            result["thinking_seconds"] = round(max(0.0, thought_until - self.first_reasoning), 3)
        return result


async def _whole_answer(client: InferenceClient, request: ChatRequest) -> AsyncIterator[ChatChunk]:
    """A non-streamed answer as a stream of one piece, so failover and readers treat both alike."""
    result: ChatResult = await client.chat(request)
    yield ChatChunk(
        content=result.content, reasoning=result.reasoning, usage=result.usage,
        finish_reason=result.finish_reason, model=result.model,
    )


class ChatService:
    """What every chat answer needs, whoever asks (the window's engine, the command line).

    The model's task and the checks on it, the request, and the answer
    started with a token that has calls left (``failover``), read piece by
    piece as it arrives on the asyncio loop.
    """

    def __init__(
        self,
        services: Services,
        *,
        utc_now: Callable[[], datetime] = utc_now,
        retry: RetryPolicy | None = None,
    ) -> None:
        self._services = services
        self._utc_now = utc_now  # quota days and the spent-token marks follow this clock
        self._retry = retry  # None: failover's default backoff

    def __repr__(self) -> str:
        return "ChatService()"

    def task_of(self, provider_id: str, model_id: str) -> str:
        """The model's task: as the provider's model list says, else the bundled list, else a guess."""
        for entry in self._services.config.models(provider_id):
            if entry.id == model_id and entry.task:
                return entry.task
        known = lookup(model_id)
        return known.task if known is not None else guess_task(model_id)

    def check_chat_model(self, provider_id: str, model_id: str) -> None:
        """``BadConfiguration`` unless ``model_id`` can be asked for a chat answer."""
        provider = self._services.provider(provider_id)
        if provider.is_modelscope and not is_model_id(model_id):
            raise BadConfiguration(translate(
                "core.chat", "'{model}' is not a ModelScope model ID (owner/name).").format(model=model_id))
        task = self.task_of(provider.id, model_id)
        if task not in CHAT_TASKS:
            raise BadConfiguration(translate(
                "core.chat", "'{model}' is a {task} model, not a chat model. Pick a chat model: {command}"
            ).format(model=model_id, task=task, command="msdesk models --task text-generation"))

    @staticmethod
    def request(
        model: str,
        messages: Sequence[dict[str, Any]],
        *,
        system_prompt: str = "",
        temperature: float | None = None,
        top_p: float | None = None,
        max_tokens: int | None = None,
        enable_thinking: bool | None = None,
    ) -> ChatRequest:
        """The request for ``messages`` (oldest first); ``enable_thinking`` goes only to models that take it."""
        wire: list[dict[str, Any]] = []
        if system_prompt.strip():
            wire.append({"role": "system", "content": system_prompt})
        wire.extend(messages)
        return ChatRequest(
            model=model,
            messages=wire,
            temperature=temperature,
            top_p=top_p,
            max_tokens=max_tokens,
            enable_thinking=enable_thinking if takes_enable_thinking(model) else None,
        )

    async def open(
        self,
        provider_id: str,
        request: ChatRequest,
        *,
        label: str | None = None,
        token: str | None = None,
        whole: bool = False,
        start: Callable[[InferenceClient, ChatRequest], AsyncIterator[Any]] | None = None,
        on_switch: Callable[[str], None] | None = None,
        on_retry: Callable[[str], None] | None = None,
        fallback: bool = True,
        retry: RetryPolicy | None = None,
    ) -> tuple[StartedStream[Any], Answerer]:
        """Start the answer with a token that has calls left (failover, retries); return it and who answers.

        The stream yields ``ChatChunk`` pieces; ``whole=True`` asks without
        streaming and yields the whole answer as one piece. ``start`` opens
        something else the same way (an image task). ``label`` / ``token`` pin
        the first token to try; ``fallback=False`` keeps to the provider's own tokens.
        """
        if start is None:
            start = _whole_answer if whole else _streamed
        return await self._services.failover.open(
            provider_id, request.model, request, label=label, token=token,
            start=start, on_switch=on_switch, on_retry=on_retry, clock=self._utc_now,
            retry=retry or self._retry, fallback=fallback,
        )

    @staticmethod
    async def read(
        stream: StartedStream[ChatChunk], answer: Answer, on_piece: Callable[[ChatChunk], None]
    ) -> None:
        """Add each piece to ``answer`` and hand it to ``on_piece`` as it arrives; close the stream after.

        An error mid-way reaches the caller with what arrived kept in ``answer``.
        Pieces already received are read without waiting, so a fast stream could
        keep the loop (and a window on it) busy: the loop gets a turn at least
        every ``TURN_AFTER`` seconds.
        """
        turned = time.monotonic()
        async with aclosing(stream) as pieces:
            async for piece in pieces:
                answer.add(piece)
                on_piece(piece)
                if time.monotonic() - turned >= TURN_AFTER:
                    await asyncio.sleep(0)
                    turned = time.monotonic()


def _streamed(client: InferenceClient, request: ChatRequest) -> AsyncIterator[ChatChunk]:
    return client.chat_stream(request)


class ChatEngine:
    """Runs chat turns against the conversation's provider and model, writing to the history.

    ``history`` is read on the loop's thread; every write goes through
    ``services.history_writes`` (its own thread) and is awaited, so the
    reads that follow see it.
    """

    def __init__(
        self,
        services: Services,
        history: ChatHistory,
        *,
        clock: Callable[[], float] = time.perf_counter,
        save_interval: float = 1.0,
        image_poll_interval: float = 2.0,
        utc_now: Callable[[], datetime] = utc_now,
        retry: RetryPolicy | None = None,
    ) -> None:
        self._services = services
        self.chat = ChatService(services, utc_now=utc_now, retry=retry)
        self._utc_now = utc_now  # the quota day of a notice follows this clock
        self._notices: dict[str, str] = {}  # switch notice -> quota day it was shown
        self._history = history
        self._clock = clock
        self._save_interval = save_interval
        self._image_poll_interval = image_poll_interval

    # -- the four ways to start a turn ---------------------------------------

    async def send(
        self,
        conversation_id: int,
        text: str,
        *,
        attachments: Sequence[tuple[str, str, bytes]] = (),
        events: TurnEvents | None = None,
    ) -> Message:
        """Add the user message under the current leaf, then answer it.

        ``attachments`` are ``(mime, name, data)`` images for vision models.
        Returns the final answer row.
        """
        events = events or TurnEvents()
        await self._settled()
        self._history.conversation(conversation_id)  # KeyError before anything is written
        files = [("input", mime, name, data) for mime, name, data in attachments]

        def add(history: ChatHistory) -> Message:
            # Under the leaf as it is when the write runs: after any write asked before this one.
            leaf = history.conversation(conversation_id).current_leaf_id
            message = history.add_message(
                conversation_id, parent_id=leaf, role="user", content=text, attachments=files
            )
            _title_from_question(history, message)
            return message

        user = await self._write(add, conversation_id)
        _call(events.on_user, user)
        return await self._answer(conversation_id, user, events)

    async def regenerate(self, assistant_id: int, *, events: TurnEvents | None = None) -> Message:
        """A new version of this answer under the same user message; the old one stays."""
        await self._settled()
        old = self._history.message(assistant_id)
        user = self._question_of(old)
        return await self._answer(old.conversation_id, user, events or TurnEvents())

    async def edit_and_resend(
        self,
        user_id: int,
        text: str,
        *,
        attachments: Sequence[tuple[str, str, bytes]] = (),
        events: TurnEvents | None = None,
    ) -> Message:
        """A new version of the user message (same parent, its images and any ``attachments``
        added while editing), then a new answer."""
        events = events or TurnEvents()
        await self._settled()
        old = self._history.message(user_id)
        if old.role != "user":
            raise ValueError(f"message {user_id} is not a user message")
        kept = [
            (item.kind, item.mime, item.name, self._history.attachment_data(item.id))
            for item in old.attachments
            if item.kind == "input"
        ]
        kept += [("input", mime, name, data) for mime, name, data in attachments]
        def add(history: ChatHistory) -> Message:
            message = history.add_message(
                old.conversation_id, parent_id=old.parent_id, role="user", content=text, attachments=kept
            )
            _title_from_question(history, message)
            return message

        user = await self._write(add, old.conversation_id)
        _call(events.on_user, user)
        return await self._answer(old.conversation_id, user, events)

    async def retry(self, assistant_id: int, *, events: TurnEvents | None = None) -> Message:
        """Answer again after a failure: an error row with nothing in it is reused in place."""
        events = events or TurnEvents()
        await self._settled()
        old = self._history.message(assistant_id)
        user = self._question_of(old)
        reusable = (
            old.status == "error" and not old.content and not old.reasoning and not old.attachments
        )
        if not reusable:
            return await self._answer(old.conversation_id, user, events)
        return await self._answer(old.conversation_id, user, events, reuse=old)

    # -- one answer -------------------------------------------------------------

    def _question_of(self, answer: Message) -> Message:
        if answer.role != "assistant":
            raise ValueError(f"message {answer.id} is not an answer")
        if answer.parent_id is None:
            raise ValueError(f"answer {answer.id} has no question above it")
        return self._history.message(answer.parent_id)

    async def _answer(
        self,
        conversation_id: int,
        user: Message,
        events: TurnEvents,
        *,
        reuse: Message | None = None,
    ) -> Message:
        conversation = self._history.conversation(conversation_id)
        provider_id, model_id = conversation.provider_id, conversation.model_id
        partial = _Partial(started=self._clock())
        row = await self._start_row(conversation_id, user, provider_id, model_id, reuse, partial)
        _call(events.on_start, row)
        try:
            if not model_id:
                raise BadConfiguration(translate(
                    "core.chat", "No model is chosen for this chat. Pick one in the model menu, then press Retry."
                ))
            provider = self._services.provider(provider_id)
            if self.chat.task_of(provider.id, model_id) in IMAGE_TASKS:
                partial.started = self._clock()
                await self._draw(provider.id, model_id, user, row, events, partial)
            else:
                request = await self._build_request(conversation, model_id, user)
                partial.started = self._clock()
                await self._stream(provider.id, request, row, events, partial)
        except asyncio.CancelledError:
            # The save is queued at once: a second cancel cannot keep it from the disk.
            final = await self._save(row, partial, status="stopped")
            _call(events.on_done, final)
            raise
        except MsdeskError as exc:
            status = "cut" if partial.has_text else "error"
            partial.error_kind = exc.kind
            final = await self._save(row, partial, status=status, error=exc.message)
            _call(events.on_done, final)
            return final
        except Exception as exc:
            log.exception("A chat turn failed unexpectedly")
            partial.error_kind = KIND_INTERNAL
            final = await self._save(
                row,
                partial,
                status="error",
                error=translate(
                    "core.chat",
                    "Something went wrong inside msdesk ({error}). Try again; if it keeps happening, "
                    "report it with the log file.",
                ).format(error=type(exc).__name__),
            )
            _call(events.on_done, final)
            raise
        final = await self._save(row, partial, status="ok")
        await self._title_after_first_exchange(conversation_id, final)
        _call(events.on_done, final)
        return final

    async def _start_row(
        self,
        conversation_id: int,
        user: Message,
        provider_id: str | None,
        model_id: str | None,
        reuse: Message | None,
        partial: _Partial,
    ) -> Message:
        """The answer row, status "streaming" (a new version under ``user``, or ``reuse`` emptied).

        A Stop while it is being written still ends with the row marked
        "stopped": the mark is queued right behind the row, then the
        cancellation goes on.
        """
        made: list[Message] = []  # filled on the writer's thread, read there by the mark

        def start(history: ChatHistory) -> Message:
            if reuse is None:
                row = history.add_message(
                    conversation_id, parent_id=user.id, role="assistant", content="",
                    status="streaming", provider_id=provider_id, model_id=model_id,
                )
            else:
                history.update_message(
                    reuse.id, content="", reasoning="", status="streaming", error="", usage={},
                    provider_id=provider_id, model_id=model_id,
                )
                history.switch_version(reuse.id)
                row = history.message(reuse.id)
            made.append(row)
            return row

        writes = self._services.history_writes
        pending = writes.submit(start, conversation_id=conversation_id)
        try:
            return await asyncio.shield(pending)
        except asyncio.CancelledError:
            usage = partial.usage(self._clock())

            def stopped(history: ChatHistory) -> None:
                if made:  # else the row could not be written: nothing to mark
                    history.update_message(made[0].id, status="stopped", usage=usage)

            marked = writes.submit(stopped, conversation_id=conversation_id)
            for future in (pending, marked):
                future.add_done_callback(_retrieved)
            raise

    async def _save(self, row: Message, partial: _Partial, *, status: str, error: str = "") -> Message:
        content, reasoning, usage = partial.content, partial.reasoning, partial.usage(self._clock())

        def save(history: ChatHistory) -> Message:
            history.update_message(
                row.id, content=content, reasoning=reasoning, status=status, error=error, usage=usage
            )
            return history.message(row.id)

        return await self._write(save, row.conversation_id)

    async def _title_after_first_exchange(self, conversation_id: int, answer: Message) -> None:
        """The chat's title for good, once an answer arrived: from the first question, or,
        when that has no words to take (an image, a code block), from the answer."""
        conversation = self._history.conversation(conversation_id)
        if conversation.auto_titled:
            return
        for message_id in self._history.path_ids(conversation_id):  # read one by one: the first is enough
            message = self._history.message(message_id)
            if message.role == "user":
                title = auto_title(message.content)
                if title == DEFAULT_TITLE:
                    title = auto_title(answer.content)
                await self._write(
                    lambda history, title=title: history.set_auto_title(conversation_id, title),
                    conversation_id,
                )
                return

    async def _settled(self) -> None:
        """Writes asked for before this turn (a model chosen, a version switched) are on disk:
        the turn reads what the user sees."""
        await self._services.history_writes.settled()

    async def _write(self, fn: Callable[[ChatHistory], T], conversation_id: int) -> T:
        """One write on the history's writer thread, awaited (then the reads here see it)."""
        return await self._services.history_writes.run(fn, conversation_id=conversation_id)

    # -- chat ---------------------------------------------------------------------

    async def _build_request(self, conversation: Conversation, model_id: str, user: Message) -> ChatRequest:
        params = conversation.params
        keep = params.context_messages

        def messages(history: ChatHistory) -> list[dict[str, Any]]:
            earlier = _earlier(history, conversation.id, user, keep)
            return [_wire_message(history, m) for m in [*earlier, user]]

        # Read on the history's own thread, after the writes asked for before: in a long
        # chat, walking the path and reading the pages (and any images) takes tens of
        # milliseconds, which on the window's thread would hold the first frame.
        wire = await self._services.history_writes.read(messages)
        thinking = params.enable_thinking
        if not self._reasons(conversation.provider_id, model_id):
            thinking = False  # the user said this model does not reason: a model that would, by default, does not
        return self.chat.request(
            model_id,
            wire,
            system_prompt=params.system_prompt,
            temperature=params.temperature,
            top_p=params.top_p,
            max_tokens=params.max_tokens,
            enable_thinking=thinking,
        )

    def _reasons(self, provider_id: str | None, model_id: str) -> bool:
        """Whether the model reasons: the capability table, with the user's override for it."""
        try:
            entries = self._services.config.models(provider_id) if provider_id else []
        except KeyError:
            entries = []
        entry = next((e for e in entries if e.id == model_id), None)
        if entry is not None:
            return "reasoning" in entry.capabilities
        return "reasoning" in capability_tags(model_id)

    async def _open(
        self,
        provider_id: str,
        request: ChatRequest,
        row: Message,
        events: TurnEvents,
        *,
        start: Callable[[InferenceClient, ChatRequest], AsyncIterator[Any]] | None = None,
        fallback: bool = True,
        retry: RetryPolicy | None = None,
    ) -> tuple[StartedStream[Any], Answerer]:
        """Start the answer with a token that has calls left (failover, retries); note who answers.

        ``start`` opens it (default: the streamed answer); ``fallback=False``
        keeps to the provider's own tokens."""
        retry_shown = False

        def notice(text: str) -> None:
            nonlocal retry_shown
            day = quota_day(self._utc_now())
            if self._notices.get(text) == day:
                return  # told once a day is enough; the usage line names who answered
            self._notices[text] = day
            if events.on_notice is not None:
                events.on_notice(text)
            else:
                retry_shown = False  # the notice replaces the retry note
                _call(events.on_status, text)

        def retrying(text: str) -> None:
            nonlocal retry_shown
            retry_shown = True
            _call(events.on_status, text)

        stream, answerer = await self.chat.open(
            provider_id, request, start=start, on_switch=notice, on_retry=retrying, retry=retry,
            fallback=fallback,
        )
        if retry_shown:
            _call(events.on_status, "")  # the answer has started: the retry note is done
        who = (answerer.provider_id, answerer.model, answerer.token_label)
        if who != (row.provider_id, row.model_id, row.token_label):
            try:
                await self._write(
                    lambda history: history.update_message(
                        row.id, provider_id=answerer.provider_id, model_id=answerer.model,
                        token_label=answerer.token_label,
                    ),
                    row.conversation_id,
                )
            except BaseException:
                await stream.aclose()  # a Stop here: the open stream must not be left to the collector
                raise
        return stream, answerer

    async def _stream(
        self,
        provider_id: str,
        request: ChatRequest,
        row: Message,
        events: TurnEvents,
        partial: _Partial,
    ) -> None:
        last_save = partial.started
        saving: asyncio.Future[None] | None = None  # the periodic save on its way to the disk
        writes = self._services.history_writes
        stream, answerer = await self._open(provider_id, request, row, events)
        partial.failover = answerer.failover_record()

        def arrived(chunk: ChatChunk) -> None:
            nonlocal last_save, saving
            now = self._clock()
            partial.timed(chunk, now)
            if chunk.reasoning:
                _call(events.on_reasoning, chunk.reasoning)
            if chunk.content:
                _call(events.on_content, chunk.content)
            if now - last_save >= self._save_interval:
                if saving is not None:
                    if not saving.done():
                        return  # the last one is still being written: the next piece tries again
                    saving.result()  # a failed save ends the turn
                content, reasoning = partial.content, partial.reasoning
                saving = writes.submit(
                    lambda history: history.update_message(row.id, content=content, reasoning=reasoning),
                    conversation_id=row.conversation_id, tell=False,  # the page shows it as it comes
                )
                last_save = now

        try:
            await self.chat.read(stream, partial, arrived)
        except BaseException:
            if saving is not None:
                saving.add_done_callback(_retrieved)  # the final save is queued behind it
            raise
        partial.ended = self._clock()
        if saving is not None:
            await asyncio.shield(saving)

    # -- images -----------------------------------------------------------------

    async def _draw(
        self,
        provider_id: str,
        model_id: str,
        user: Message,
        row: Message,
        events: TurnEvents,
        partial: _Partial,
    ) -> None:
        partial.image_elapsed_only = True
        prompt = user.content.strip()
        if not prompt:
            raise BadConfiguration(translate(
                "core.chat", "Describe the image you want in the message, then send it."))
        started = self._clock()

        def progress(task: ImageTask) -> None:
            seconds = int(self._clock() - started)
            _call(events.on_status, translate("core.chat", "Generating image… ({state}, {seconds} s)").format(
                state=_task_state(task.status), seconds=seconds))

        async def submit(client: InferenceClient, request: ChatRequest) -> AsyncIterator[str]:
            yield await client.submit_image(request.model, prompt)

        _call(events.on_status, translate("core.chat", "Generating image… (submitting)"))
        # The submission fails over like a chat answer: a spent token gives way to the next
        # (not to the fallback provider, which may not draw); the task is then polled.
        # Not sent again after an error either: a submission that timed out may have made a task.
        submitted, answerer = await self._open(
            provider_id, ChatRequest(model=model_id, messages=[]), row, events, start=submit,
            fallback=False, retry=NO_RETRY,
        )
        partial.failover = answerer.failover_record()
        async with aclosing(submitted) as ids:
            task_id = await anext(ids)
        task = await answerer.client.generate_image(
            answerer.model, prompt, task_id=task_id, poll_interval=self._image_poll_interval,
            on_status=progress,
        )
        _call(events.on_status, translate("core.chat", "Downloading the image…"))
        mime, name, data = await self._download_image(task.images[0])
        await self._write(
            lambda history: history.add_attachment(row.id, "output", mime, name, data), row.conversation_id
        )
        partial.ended = self._clock()

    async def _download_image(self, url: str) -> tuple[str, str, bytes]:
        """GET the generated image (no token: the URL is a public one); return (mime, name, data)."""
        host = urlsplit(url).hostname or translate("core.chat", "the image host")
        limit_mb = MAX_IMAGE_BYTES // (1024 * 1024)
        too_large = BadResponse(translate(
            "core.chat",
            "The generated image is larger than {size} MB and was not saved. Try a smaller image size.",
        ).format(size=limit_mb))
        try:
            async with self._services.http.stream("GET", url) as response:
                if response.status_code >= 400:
                    raise BadResponse(translate(
                        "core.chat",
                        "The generated image could not be downloaded from {host} (HTTP {status}). Try again.",
                    ).format(host=host, status=response.status_code))
                declared = response.headers.get("content-length", "")
                if declared.isdigit() and int(declared) > MAX_IMAGE_BYTES:
                    raise too_large
                data = bytearray()
                async for part in response.aiter_bytes():
                    data.extend(part)
                    if len(data) > MAX_IMAGE_BYTES:
                        raise too_large
                content_type = response.headers.get("content-type", "")
        except (httpx.HTTPError, httpx.InvalidURL) as exc:
            raise network_error(exc, what=host) from None
        mime = content_type.split(";", 1)[0].strip().lower()
        sniffed = _sniff_image(bytes(data[:16]))
        if not mime.startswith("image/"):
            if sniffed is None:
                raise BadResponse(translate(
                    "core.chat", "{host} sent something that is not an image ({type}). Try again."
                ).format(host=host, type=mime or translate("core.chat", "no type")))
            mime = sniffed
        return mime, _image_name(url, mime), bytes(data)


def _sniff_image(head: bytes) -> str | None:
    for magic, mime in _IMAGE_MAGIC:
        if head.startswith(magic):
            return mime
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    return None


def _image_name(url: str, mime: str) -> str:
    name = PurePosixPath(urlsplit(url).path).name
    if name and "." in name:
        return name
    extension = mimetypes.guess_extension(mime) or ".png"
    return f"{name or 'image'}{extension}"


def _call(callback: Callable[[Any], None] | None, value: Any) -> None:
    if callback is not None:
        callback(value)


def _retrieved(future: asyncio.Future[Any]) -> None:
    """A write nobody waits for any more: its error is logged, not lost in the garbage."""
    if not future.cancelled() and future.exception() is not None:
        log.warning("a chat history write failed: %s", type(future.exception()).__name__)


__all__ = ["MAX_IMAGE_BYTES", "Answer", "ChatEngine", "ChatService", "TurnEvents"]


# -- what a request carries -----------------------------------------------------------


def _earlier(history: ChatHistory, conversation_id: int, user: Message, keep: int | None) -> list[Message]:
    """The messages above ``user`` worth sending, oldest first: the newest ``keep`` of them
    (``None``: all). Only as many are read as needed, so a long chat costs no more."""
    if keep is not None and keep <= 0:
        return []
    path = history.path_ids(conversation_id)
    if user.id not in path:  # not on the shown path (cannot happen from the four ways in)
        above = [m for m in history.context(conversation_id, upto=user.id) if m.id != user.id]
        worth = [m for m in above if _worth_sending(m)]
        return worth if keep is None else worth[-keep:]
    end = path.index(user.id)
    if keep is None:
        above, _more = history.load_page(conversation_id, before=end, limit=end, path=path)
        return [m for m in above if _worth_sending(m)]
    worth: list[Message] = []
    while end > 0 and len(worth) < keep:
        page, _more = history.load_page(conversation_id, before=end, limit=2 * keep, path=path)
        end -= len(page)
        worth = [m for m in page if _worth_sending(m)] + worth
    return worth[-keep:]


def _worth_sending(message: Message) -> bool:
    if message.role not in ("user", "assistant"):
        return False
    has_images = any(item.kind == "input" for item in message.attachments)
    return bool(message.content.strip()) or has_images


def _wire_message(history: ChatHistory, message: Message) -> dict[str, Any]:
    images = [item for item in message.attachments if item.kind == "input"]
    if message.role != "user" or not images:
        return {"role": message.role, "content": message.content}
    parts: list[dict[str, Any]] = []
    if message.content:
        parts.append({"type": "text", "text": message.content})
    for item in images:
        encoded = base64.b64encode(history.attachment_data(item.id)).decode("ascii")
        parts.append({"type": "image_url", "image_url": {"url": f"data:{item.mime};base64,{encoded}"}})
    return {"role": "user", "content": parts}


def _title_from_question(history: ChatHistory, message: Message) -> None:
    """A chat's first question names it at once (until an answer names it for good)."""
    if message.parent_id is None:
        history.set_auto_title(message.conversation_id, auto_title(message.content), final=False)
