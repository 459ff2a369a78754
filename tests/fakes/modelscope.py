"""A fake ModelScope: the API-Inference gateway and the hub, on 127.0.0.1.

A real HTTP/1.1 server (standard library only) that runs in a daemon thread,
so tests can drive it with any client while the fake answers in the
background::

    with FakeModelScope() as fake:
        client = OpenAI(base_url=fake.api_base, api_key=VALID_TOKEN)
        ...

It follows the documented ModelScope protocol: OpenAI-compatible chat
completions (with SSE streaming and ``reasoning_content``), ``/v1/models``,
embeddings, asynchronous image generation, the per-token daily quota with its
``modelscope-ratelimit-*`` headers and 429, and the hub's search and model
detail calls. Failures are injected per token with :meth:`set_behaviour` or
per request with the ``X-Fake-Behaviour`` header.

Run it by hand with ``python -m tests.fakes.modelscope --port 8765``.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import json
import re
import selectors
import signal
import socket
import struct
import threading
import time
import traceback
import uuid
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

from tests.fakes.catalogue import (
    CHAT_TASKS,
    EMBEDDING_TASKS,
    IMAGE_TASKS,
    TASK_CHINESE_NAMES,
    CatalogueModel,
    build_catalogue,
    hub_model_json,
    readme_for,
)

__all__ = [
    "BEHAVIOURS",
    "BIND_TOKEN",
    "DEFAULT_DAILY_LIMIT",
    "DEFAULT_MODEL_LIMIT",
    "VALID_TOKEN",
    "FakeModelScope",
    "RecordedRequest",
    "main",
]

VALID_TOKEN = "ms-6f1d2c3b-4a5e-4f60-9b7c-8d9e0a1b2c3d"
BIND_TOKEN = "ms-0c9b8a7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d"


def new_token() -> str:
    """A fresh token of ModelScope's shape, made up for one test (never a real one)."""
    return f"ms-{uuid.uuid4()}"

DEFAULT_DAILY_LIMIT = 2000
DEFAULT_MODEL_LIMIT = 500

BEHAVIOURS = frozenset(
    {
        "ok",
        "401",
        "bind",
        "403",
        "429",
        "400_model",
        "500",
        "502_html",
        "malformed",
        "slow",
        "cut",
        "plain_text_error",
        "image_fail",
    }
)
# Behaviours that the hub, GET /v1/models and task polls honour.
_SERVICE_BEHAVIOURS = frozenset(
    {"ok", "500", "502_html", "malformed", "slow", "cut", "plain_text_error"}
)
# Behaviours answered with an error before anything else is looked at.
_ERROR_BEHAVIOURS = frozenset(
    {"401", "bind", "403", "429", "400_model", "500", "502_html", "plain_text_error"}
)

AUTH_FAILED_MESSAGE = (
    "Authentication failed, please make sure that a valid ModelScope token is supplied."
)
BIND_MESSAGE = "Please bind your Alibaba Cloud account before use."
LIMIT_MESSAGE = "Request limit exceeded."
CREDIT_MESSAGE = "Your free quota for today is used up."
THINKING_MESSAGE = "parameter.enable_thinking must be set to false for non-streaming calls"
ASYNC_MESSAGE = (
    "Image generation only supports asynchronous calls: "
    "send the header X-ModelScope-Async-Mode: true."
)

_BAD_GATEWAY_HTML = (
    "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
    "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n"
    "</body>\r\n</html>\r\n"
)

_CHINA = timezone(timedelta(hours=8))  # quota resets at 00:00 Asia/Shanghai (no DST)

_FILLER = (
    "lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor "
    "incididunt ut labore et dolore magna aliqua ut enim ad minim veniam quis nostrud"
).split()

# Models that always reason; others with a reasoning flag obey enable_thinking.
_ALWAYS_THINKS = re.compile(r"(?:-R1\b|QwQ|QVQ|Thinking)", re.IGNORECASE)


class _ClientGone(Exception):
    """The client closed the connection while the fake was writing."""


@dataclass(frozen=True)
class RecordedRequest:
    """One request the fake received (control calls under ``/_fake`` are not recorded)."""

    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    json: Any
    token: str | None


@dataclass
class _Quota:
    daily_limit: int
    model_limit: int
    day: str = ""
    total: int = 0
    per_model: dict[str, int] = field(default_factory=dict)
    credits_used: float = 0.0


@dataclass
class _Rule:
    behaviour: str
    remaining: int | None


@dataclass
class _ImageTask:
    task_id: str
    model: str
    prompt: str
    fail: bool
    polls: int = 0


def _today() -> str:
    return datetime.now(_CHINA).date().isoformat()


def _request_id() -> str:
    return str(uuid.uuid4())


def tiny_png(seed: str = "") -> bytes:
    """A valid 8x8 PNG in one colour derived from ``seed``."""
    red, green, blue = hashlib.sha256(seed.encode()).digest()[:3]
    row = b"\x00" + bytes((red, green, blue)) * 8
    raw = row * 8

    def chunk(tag: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(tag + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", 8, 8, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def _text_of(content: Any) -> str:
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        parts = []
        for part in content:
            if isinstance(part, dict) and isinstance(part.get("text"), str):
                parts.append(part["text"])
            elif isinstance(part, str):
                parts.append(part)
        return " ".join(parts)
    return ""


def _words(count: int, start: int = 0) -> list[str]:
    return [_FILLER[(start + index) % len(_FILLER)] for index in range(max(0, count))]


def answer_tokens(user_text: str, words: int, text: str | None = None) -> list[str]:
    """The deterministic answer: ``Echo: <message>`` then filler words up to ``words``.

    Each item is one streamed token; joined they give the answer text. The
    echo (at most 64 words of the message) is always whole, so the answer can
    be longer than ``words``. With ``text`` (Markdown), the filler is that
    text instead, cut into tokens that keep its whitespace and line breaks,
    repeated as needed.
    """
    echo = ["Echo:", *user_text.split()[:64]]
    if text:
        pieces = re.findall(r"\s*\S+", text)
        result = [echo[0]] + [" " + token for token in echo[1:]]
        result.append("\n\n")
        index = 0
        while len(result) < words and pieces:
            result.append(pieces[index % len(pieces)])
            index += 1
            if index % len(pieces) == 0:
                result.append("\n\n")
        return result
    tokens = echo + _words(words - len(echo))
    return [tokens[0]] + [" " + token for token in tokens[1:]]


def reasoning_tokens(user_text: str, words: int) -> list[str]:
    """The deterministic thoughts streamed as ``reasoning_content``."""
    lead = ["Thinking", "about:", *user_text.split()[:16]]
    tokens = (lead + _words(words - len(lead), start=7))[: max(words, 1)]
    return [tokens[0]] + [" " + token for token in tokens[1:]]


def embedding_vector(model: str, text: str, dimensions: int = 8) -> list[float]:
    """A deterministic unit vector for ``text``."""
    values: list[float] = []
    counter = 0
    while len(values) < dimensions:
        digest = hashlib.sha256(f"{model}\0{counter}\0{text}".encode()).digest()
        for offset in range(0, len(digest), 4):
            number = int.from_bytes(digest[offset : offset + 4], "little")
            values.append(number / 0xFFFFFFFF * 2.0 - 1.0)
        counter += 1
    values = values[:dimensions]
    norm = sum(value * value for value in values) ** 0.5 or 1.0
    return [round(value / norm, 8) for value in values]


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    request_queue_size = 128  # many clients connecting at once must not wait for SYN retries
    fake: FakeModelScope

    def server_activate(self) -> None:
        super().server_activate()
        self._stop_requested = False
        self._wake_r, self._wake_w = socket.socketpair()

    def serve_until_stopped(self) -> None:
        """``serve_forever`` that a stop wakes at once (no poll interval to wait out)."""
        with selectors.DefaultSelector() as selector:
            selector.register(self, selectors.EVENT_READ)
            selector.register(self._wake_r, selectors.EVENT_READ)
            while not self._stop_requested:
                for key, _ in selector.select():
                    if key.fileobj is self and not self._stop_requested:
                        self._handle_request_noblock()

    def stop_serving(self) -> None:
        self._stop_requested = True
        self._wake_w.send(b"x")

    def server_close(self) -> None:
        super().server_close()
        self._wake_r.close()
        self._wake_w.close()

    def handle_error(self, request: Any, client_address: Any) -> None:
        # A client that goes away while the request line is read, a timeout on
        # an idle keep-alive connection: nothing to report.
        return


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "fake-modelscope"
    sys_version = ""
    timeout = 60  # idle keep-alive connections end after a minute
    server: _Server

    # --- plumbing ---------------------------------------------------------

    def setup(self) -> None:
        super().setup()
        self.server.fake._connection_opened(self.connection)

    def finish(self) -> None:
        try:
            super().finish()
        except OSError:
            pass
        finally:
            self.server.fake._connection_closed(self.connection)

    def log_message(self, format: str, *args: Any) -> None:
        return

    def do_GET(self) -> None:
        self._dispatch("GET")

    def do_POST(self) -> None:
        self._dispatch("POST")

    def do_PUT(self) -> None:
        self._dispatch("PUT")

    def do_DELETE(self) -> None:
        self._dispatch("DELETE")

    def do_PATCH(self) -> None:
        self._dispatch("PATCH")

    @property
    def fake(self) -> FakeModelScope:
        return self.server.fake

    def _dispatch(self, method: str) -> None:
        self._headers_sent = False
        try:
            if not self._read_request(method):
                return
            self._route(method)
        except (_ClientGone, BrokenPipeError, ConnectionResetError, ConnectionAbortedError):
            self.fake._note_disconnect()
            self.close_connection = True
        except Exception:
            self.fake.server_errors.append(traceback.format_exc())
            self.close_connection = True
            if not self._headers_sent:
                try:
                    self._send(500, b"fake server error\n", "text/plain; charset=utf-8")
                except Exception:
                    pass

    def _read_body(self) -> bytes:
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            parts = []
            while True:
                size_line = self.rfile.readline(65537)
                size = int(size_line.split(b";")[0].strip() or b"0", 16)
                if size == 0:
                    while self.rfile.readline(65537) not in (b"\r\n", b"\n", b""):
                        pass
                    break
                parts.append(self.rfile.read(size))
                self.rfile.readline(3)
            return b"".join(parts)
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length > 0 else b""

    def _read_request(self, method: str) -> bool:
        split = urlsplit(self.path)
        self.route_path = unquote(split.path)
        self.query = dict(parse_qsl(split.query, keep_blank_values=True))
        try:
            self.raw_body = self._read_body()
        except (OSError, ValueError):
            self.close_connection = True
            return False
        self.body: Any = None
        self.body_ok = False
        if self.raw_body:
            try:
                self.body = json.loads(self.raw_body)
                self.body_ok = True
            except ValueError:
                self.body = None
        auth = self.headers.get("Authorization", "")
        scheme, _, credentials = auth.strip().partition(" ")
        token = credentials.strip() if scheme.lower() == "bearer" else ""
        self.token = token or None
        if not self.route_path.startswith("/_fake/"):
            self.fake._record(
                RecordedRequest(
                    method=method,
                    path=self.route_path,
                    query=dict(self.query),
                    headers={name.lower(): value for name, value in self.headers.items()},
                    json=self.body if isinstance(self.body, dict) else None,
                    token=self.token,
                )
            )
        return True

    # --- writing ----------------------------------------------------------

    def _send(
        self,
        status: int,
        body: bytes,
        content_type: str,
        headers: dict[str, str] | None = None,
        *,
        declared_length: int | None = None,
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(declared_length or len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self._headers_sent = True
        self._write(self._flush_headers_bytes() + body)

    def _flush_headers_bytes(self) -> bytes:
        self._headers_buffer.append(b"\r\n")
        data = b"".join(self._headers_buffer)
        self._headers_buffer = []
        return data

    def _write(self, data: bytes) -> None:
        try:
            self.wfile.write(data)
            self.wfile.flush()
        except (BrokenPipeError, ConnectionResetError, ConnectionAbortedError) as error:
            raise _ClientGone from error

    def _send_json(
        self,
        status: int,
        payload: Any,
        headers: dict[str, str] | None = None,
        behaviour: str = "ok",
        content_type: str = "application/json",
    ) -> None:
        body = json.dumps(payload, ensure_ascii=False).encode()
        if behaviour == "malformed":
            self._send(status, body[: max(1, len(body) // 2)], content_type, headers)
        elif behaviour == "cut":
            half = body[: max(1, len(body) // 2)]
            self._send(status, half, content_type, headers, declared_length=len(body) + 64)
            self._cut()
        else:
            self._send(status, body, content_type, headers)

    def _cut(self) -> None:
        self.close_connection = True
        try:
            self.connection.shutdown(socket.SHUT_WR)
        except OSError:
            pass

    def _start_stream(self, headers: dict[str, str]) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream; charset=utf-8")
        self.send_header("Cache-Control", "no-cache")
        self.send_header("Transfer-Encoding", "chunked")
        for name, value in headers.items():
            self.send_header(name, value)
        self._headers_sent = True
        self._write(self._flush_headers_bytes())

    def _write_chunk(self, data: bytes) -> None:
        self._write(b"%X\r\n%s\r\n" % (len(data), data))

    def _end_stream(self) -> None:
        self._write(b"0\r\n\r\n")

    # --- errors -----------------------------------------------------------

    def _ms_error(self, status: int, message: str, headers: dict[str, str] | None = None) -> None:
        self._send_json(
            status, {"errors": {"message": message, "request_id": _request_id()}}, headers
        )

    def _behaviour_error(
        self, behaviour: str, model: str | None, headers: dict[str, str], hub: bool = False
    ) -> None:
        request_id = _request_id()
        if self.fake.retry_after is not None and behaviour in ("500", "502_html", "plain_text_error"):
            headers = {**headers, "Retry-After": self.fake.retry_after}
        if behaviour == "401":
            self._ms_error(401, AUTH_FAILED_MESSAGE, headers)
        elif behaviour == "bind":
            self._ms_error(401, BIND_MESSAGE, headers)
        elif behaviour == "403":
            self._send_json(
                403,
                {
                    "error": {
                        "message": "You do not have permission to access this model.",
                        "type": "forbidden",
                        "code": "forbidden",
                    }
                },
                headers,
            )
        elif behaviour == "429":
            self._quota_error(headers)
        elif behaviour == "400_model":
            self._model_error(model or "unknown/unknown", headers)
        elif behaviour == "500":
            if hub:
                payload: dict[str, Any] = {
                    "Code": 500,
                    "Success": False,
                    "Message": "Internal Server Error",
                    "RequestId": request_id,
                }
            else:
                payload = {
                    "errors": {
                        "message": "Internal server error, please try again later.",
                        "request_id": request_id,
                    }
                }
            self._send_json(500, payload, headers)
        elif behaviour == "502_html":
            self._send(502, _BAD_GATEWAY_HTML.encode(), "text/html", headers)
        elif behaviour == "plain_text_error":
            self._send(500, b"Internal Server Error", "text/plain; charset=utf-8", headers)
        else:  # pragma: no cover - guarded by _ERROR_BEHAVIOURS
            raise ValueError(behaviour)

    def _quota_error(self, headers: dict[str, str]) -> None:
        """429 for a spent quota: ModelScope's limit message, or a spent credit balance."""
        if self.fake.quota_error == "credit" or self.fake.credit_grant is not None:
            self._send_json(
                429,
                {"errors": {"code": "QuotaLimitExceed", "message": CREDIT_MESSAGE,
                            "request_id": _request_id()}},
                headers,
            )
        else:
            self._ms_error(429, LIMIT_MESSAGE, headers)

    def _model_error(self, model: str, headers: dict[str, str]) -> None:
        self._ms_error(400, f"Model id : {model} , has no provider supported", headers)

    def _behaviour(self, kind: str) -> str | None:
        """The behaviour for this request, or ``None`` after answering a bad header."""
        header = self.headers.get("X-Fake-Behaviour")
        if header is not None:
            name = header.strip()
            if name not in BEHAVIOURS:
                self._send_json(
                    400,
                    {"error": {"message": f"unknown X-Fake-Behaviour {name!r}", "type": "fake"}},
                )
                return None
            chosen = name if _applies(name, kind) else "ok"
        else:
            chosen = self.fake._take_behaviour(self.token, kind)
        if chosen == "slow":
            self.fake._sleep(self.fake.slow_seconds)
        return chosen

    def _auth_failed(self, headers: dict[str, str]) -> bool:
        if self.token == BIND_TOKEN:
            self._ms_error(401, BIND_MESSAGE, headers)
            return True
        if not self.fake._knows(self.token):
            self._ms_error(401, AUTH_FAILED_MESSAGE, headers)
            return True
        return False

    # --- routing ----------------------------------------------------------

    def _route(self, method: str) -> None:
        path = self.route_path
        routes: list[tuple[str, str, Any]] = [
            ("POST", "/v1/chat/completions", self._chat),
            ("POST", "/v1/embeddings", self._embeddings),
            ("POST", "/v1/images/generations", self._image_submit),
            ("GET", "/v1/models", self._models_list),
            ("GET", "/openapi/v1/magicubes/balance", self._credit_balance),
            ("GET", "/api/v1/inference/list_model_providers", self._credit_cost),
            ("PUT", "/api/v1/dolphin/models", self._hub_search),
            ("PUT", "/api/v1/models", self._hub_list_by_owner),
            ("PUT", "/api/v1/models/", self._hub_list_by_owner),
            ("POST", "/_fake/behaviour", self._control_behaviour),
            ("POST", "/_fake/reset", self._control_reset),
            ("POST", "/_fake/token", self._control_token),
            ("GET", "/_fake/usage", self._control_usage),
        ]
        for route_method, route_path, handler in routes:
            if path == route_path:
                if method == route_method:
                    handler()
                else:
                    self._method_not_allowed(route_method)
                return
        if path.startswith("/v1/tasks/"):
            if method != "GET":
                self._method_not_allowed("GET")
            else:
                self._image_task(path.removeprefix("/v1/tasks/"))
            return
        if path.startswith("/v1/models/") and method == "GET":
            self._model_retrieve(path.removeprefix("/v1/models/"))
            return
        if path.startswith("/fake-images/") and method == "GET":
            self._image_file(path.removeprefix("/fake-images/"))
            return
        if path.startswith("/api/v1/models/"):
            parts = path.removeprefix("/api/v1/models/").strip("/").split("/")
            if len(parts) in (2, 3) and (len(parts) == 2 or parts[2] == "repo"):
                if method != "GET":
                    self._method_not_allowed("GET")
                elif len(parts) == 2:
                    self._hub_detail(parts[0], parts[1])
                else:
                    self._hub_repo_file(parts[0], parts[1])
                return
        if path.startswith("/v1/"):
            self._send_json(404, {"error": {"message": f"Not found: {path}", "type": "not_found"}})
        else:
            self._send_json(
                404,
                {"Code": 404, "Success": False, "Message": "Not Found", "RequestId": _request_id()},
            )

    def _method_not_allowed(self, allowed: str) -> None:
        payload = {
            "Code": 405,
            "Success": False,
            "Message": "Method Not Allowed",
            "RequestId": _request_id(),
        }
        self._send_json(405, payload, {"Allow": allowed})

    # --- API-Inference ----------------------------------------------------

    def _model_of_body(self) -> str | None:
        if isinstance(self.body, dict) and isinstance(self.body.get("model"), str):
            return self.body["model"]
        return None

    def _bad_request(self, message: str, headers: dict[str, str]) -> None:
        self._ms_error(400, message, headers)

    def _inference_prelude(self, kind: str) -> tuple[str, str, dict[str, str]] | None:
        """Behaviour, auth, body and model checks shared by the inference calls.

        Returns ``(behaviour, model, headers)`` when the call may go on (the
        quota is not yet charged), ``None`` when an answer was already sent.
        """
        behaviour = self._behaviour(kind)
        if behaviour is None:
            return None
        model = self._model_of_body()
        if behaviour in _ERROR_BEHAVIOURS:
            self._behaviour_error(behaviour, model, self.fake._ratelimit_headers(self.token, model))
            return None
        headers = self.fake._ratelimit_headers(self.token, model)
        if self._auth_failed(headers):
            return None
        if not self.body_ok or not isinstance(self.body, dict):
            self._bad_request("Invalid request body: expected a JSON object.", headers)
            return None
        if model is None or not model.strip():
            self._bad_request("Invalid request: 'model' is required.", headers)
            return None
        return behaviour, model, headers

    def _charge(self, model: str) -> dict[str, str] | None:
        """Counts one call; ``None`` (after answering 429) when the quota is spent."""
        allowed = self.fake._consume(self.token or "", model)
        headers = self.fake._ratelimit_headers(self.token, model)
        if not allowed:
            self._quota_error(headers)
            return None
        return headers

    def _chat(self) -> None:
        prelude = self._inference_prelude("chat")
        if prelude is None:
            return
        behaviour, model, headers = prelude
        body = self.body
        messages = body.get("messages")
        if (
            not isinstance(messages, list)
            or not messages
            or not all(isinstance(m, dict) and isinstance(m.get("role"), str) for m in messages)
        ):
            self._bad_request(
                "Invalid request: 'messages' must be a non-empty list of messages.", headers
            )
            return
        entry = self.fake._served(model, CHAT_TASKS)
        if entry is None:
            self._model_error(model, headers)
            return
        stream = body.get("stream") is True
        enable_thinking = body.get("enable_thinking")
        if enable_thinking is True and not stream:
            self._bad_request(THINKING_MESSAGE, headers)
            return
        max_tokens = body.get("max_tokens", body.get("max_completion_tokens"))
        if max_tokens is not None and (
            isinstance(max_tokens, bool) or not isinstance(max_tokens, int) or max_tokens < 1
        ):
            self._bad_request("Invalid request: 'max_tokens' must be a positive integer.", headers)
            return
        charged = self._charge(model)
        if charged is None:
            return
        headers = charged

        user_text = ""
        for message in reversed(messages):
            if message.get("role") == "user":
                user_text = _text_of(message.get("content"))
                break
        prompt_tokens = sum(len(_text_of(m.get("content")).split()) + 4 for m in messages)
        content = answer_tokens(user_text, self.fake.answer_words, self.fake.answer_text)
        if self.fake.answer_pieces is not None:
            content = list(self.fake.answer_pieces)
        if self.fake.wrong_shape is not None:
            self._wrong_shape(model, stream, headers)
            return
        finish_reason = "stop"
        if max_tokens is not None and len(content) > max_tokens:
            content = content[:max_tokens]
            finish_reason = "length"
        thinks = _thinks(entry, enable_thinking)
        thoughts = reasoning_tokens(user_text, self.fake.reasoning_words) if thinks else []
        completion_tokens = len(content) + len(thoughts)
        usage: dict[str, Any] = {
            "prompt_tokens": prompt_tokens,
            "completion_tokens": completion_tokens,
            "total_tokens": prompt_tokens + completion_tokens,
        }
        if thoughts:
            usage["completion_tokens_details"] = {"reasoning_tokens": len(thoughts)}
        completion_id = "chatcmpl-" + uuid.uuid4().hex
        created = int(time.time())
        if stream:
            stream_options = body.get("stream_options")
            include_usage = self.fake.send_usage and (
                isinstance(stream_options, dict) and stream_options.get("include_usage") is True
            )
            frames = _chat_frames(
                completion_id,
                created,
                model,
                thoughts,
                content,
                finish_reason,
                usage if include_usage else None,
                malformed=behaviour == "malformed",
                blank=self.fake.blank_events,
            )
            total = 3 + len(thoughts) + len(content) + (1 if include_usage else 0)
            self._stream(
                frames, headers, cut_after=max(1, total // 2) if behaviour == "cut" else None
            )
            return
        message: dict[str, Any] = {"role": "assistant", "content": "".join(content)}
        if thoughts:
            message["reasoning_content"] = "".join(thoughts)
        payload = {
            "id": completion_id,
            "object": "chat.completion",
            "created": created,
            "model": model,
            "choices": [
                {"index": 0, "message": message, "finish_reason": finish_reason, "logprobs": None}
            ],
            "usage": usage,
            "system_fingerprint": None,
        }
        self._send_json(200, payload, headers, behaviour)

    def _wrong_shape(self, model: str, stream: bool, headers: dict[str, str]) -> None:
        if self.fake.wrong_shape == "choices_string":
            payload: dict[str, Any] = {"id": "chatcmpl-x", "model": model, "choices": "Hello"}
        else:
            payload = {"id": "chatcmpl-x", "model": model,
                       "choices": [{"index": 0, "message": None, "delta": None, "finish_reason": "stop"}]}
        if not stream:
            self._send_json(200, payload, headers)
            return
        self._start_stream(headers)
        self._write_chunk(b"data: " + json.dumps(payload).encode() + b"\n\n")
        self._write_chunk(b"data: [DONE]\n\n")
        self._end_stream()

    def _stall(self) -> None:
        """Send nothing more of the answer until the client leaves (or the fake stops, or 30 s)."""
        every = self.fake.keepalive_every
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.fake._sleep(every if every > 0 else 0.05):
                break
            if every > 0:
                self._write_chunk(b": keep-alive\n\n")  # _ClientGone ends it
        self._cut()

    def _stream(
        self, frames: Iterable[bytes], headers: dict[str, str], cut_after: int | None
    ) -> None:
        self._start_stream(headers)
        delay = self.fake.chunk_delay
        rate = self.fake.tokens_per_second
        sent_at = self.fake.sent_at = []
        started = time.monotonic()
        stall_after, huge = self.fake.stall_after, self.fake.huge_line
        if huge and stall_after is None:
            stall_after = 2
        budget = self.fake.cut_after_bytes
        for index, frame in enumerate(frames):
            if cut_after is not None and index >= cut_after:
                self._cut()
                return
            if stall_after is not None and index >= stall_after:
                if huge:
                    self._write_chunk(b"data: ")
                    block = b"x" * 65536
                    for _ in range(huge // len(block)):
                        self._write_chunk(block)
                self._stall()
                return
            if budget is not None:
                if len(frame) >= budget:
                    if budget:
                        self._write_chunk(frame[:budget])
                    self._cut()
                    return
                budget -= len(frame)
            if index and delay > 0 and self.fake._sleep(delay):
                self._cut()  # the fake is stopping
                return
            if index and rate > 0 and self.fake._sleep(started + index / rate - time.monotonic()):
                self._cut()
                return
            self._write_chunk(frame)
            sent_at.append(time.monotonic())
        self._end_stream()

    def _embeddings(self) -> None:
        prelude = self._inference_prelude("embeddings")
        if prelude is None:
            return
        behaviour, model, headers = prelude
        body = self.body
        raw = body.get("input")
        if isinstance(raw, str):
            texts = [raw]
        elif isinstance(raw, list) and raw and all(isinstance(item, str) for item in raw):
            texts = list(raw)
        elif (
            isinstance(raw, list)
            and raw
            and all(isinstance(item, int) and not isinstance(item, bool) for item in raw)
        ):
            texts = [" ".join(str(item) for item in raw)]
        else:
            self._bad_request(
                "Invalid request: 'input' must be a string or a list of strings.", headers
            )
            return
        dimensions = body.get("dimensions", self.fake.embedding_dimensions)
        if (
            isinstance(dimensions, bool)
            or not isinstance(dimensions, int)
            or not 1 <= dimensions <= 4096
        ):
            self._bad_request("Invalid request: 'dimensions' must be between 1 and 4096.", headers)
            return
        if self.fake._served(model, EMBEDDING_TASKS) is None:
            self._model_error(model, headers)
            return
        charged = self._charge(model)
        if charged is None:
            return
        as_base64 = body.get("encoding_format") == "base64"
        data = []
        for index, text in enumerate(texts):
            vector = embedding_vector(model, text, dimensions)
            encoded: Any = vector
            if as_base64:
                encoded = base64.b64encode(struct.pack(f"<{len(vector)}f", *vector)).decode()
            data.append({"object": "embedding", "index": index, "embedding": encoded})
        tokens = sum(len(text.split()) for text in texts)
        payload = {
            "object": "list",
            "data": data,
            "model": model,
            "usage": {"prompt_tokens": tokens, "total_tokens": tokens},
        }
        self._send_json(200, payload, charged, behaviour)

    def _image_submit(self) -> None:
        prelude = self._inference_prelude("images")
        if prelude is None:
            return
        behaviour, model, headers = prelude
        if self.headers.get("X-ModelScope-Async-Mode", "").strip().lower() != "true":
            self._bad_request(ASYNC_MESSAGE, headers)
            return
        prompt = self.body.get("prompt")
        if not isinstance(prompt, str) or not prompt.strip():
            self._bad_request("Invalid request: 'prompt' is required.", headers)
            return
        if self.fake._served(model, IMAGE_TASKS) is None:
            self._model_error(model, headers)
            return
        charged = self._charge(model)
        if charged is None:
            return
        task = self.fake._new_task(model, prompt, fail=behaviour == "image_fail")
        self._send_json(
            200, {"task_id": task.task_id, "request_id": _request_id()}, charged, behaviour
        )

    def _image_task(self, task_id: str) -> None:
        behaviour = self._behaviour("service")
        if behaviour is None:
            return
        if behaviour in _ERROR_BEHAVIOURS:
            self._behaviour_error(behaviour, None, {})
            return
        if self._auth_failed({}):
            return
        task_type = self.headers.get("X-ModelScope-Task-Type", "").strip()
        if task_type != "image_generation":
            self._bad_request(
                "Invalid request: header X-ModelScope-Task-Type: image_generation is required.", {}
            )
            return
        state = self.fake._poll_task(task_id)
        if state is None:
            self._send_json(
                404,
                {"errors": {"message": f"Task {task_id} not found.", "request_id": _request_id()}},
            )
            return
        task, status = state
        payload: dict[str, Any] = {
            "task_id": task.task_id,
            "task_status": status,
            "request_id": _request_id(),
        }
        if status == "SUCCEED":
            payload["output_images"] = [f"{self.fake.base_url}/fake-images/{task.task_id}.png"]
        elif status == "FAILED":
            payload["errors"] = {"code": "GenerationFailed", "message": "Image generation failed."}
        self._send_json(200, payload, {}, behaviour)

    def _image_file(self, name: str) -> None:
        if not name.endswith(".png") or "/" in name:
            self._send_json(404, {"Code": 404, "Success": False, "Message": "Not Found"})
            return
        self._send(200, tiny_png(name), "image/png")

    def _models_list(self) -> None:
        behaviour = self._behaviour("service")
        if behaviour is None:
            return
        if behaviour in _ERROR_BEHAVIOURS:
            self._behaviour_error(behaviour, None, {})
            return
        data = [
            _model_object(model) for model in self.fake._api_models() if model.task in CHAT_TASKS
        ]
        self._send_json(200, {"object": "list", "data": data}, {}, behaviour)

    def _credit_balance(self) -> None:
        """The credit balance (reported, unconfirmed): 404 unless ``credit_grant`` is set."""
        grant = self.fake.credit_grant
        if grant is None:
            self._send_json(404, {"Code": 404, "Success": False, "Message": "Not Found"})
            return
        if not self.fake._knows(self.token):
            self._send_json(401, {"Code": 401, "Success": False, "Message": AUTH_FAILED_MESSAGE})
            return
        used = self.fake.credits_used(self.token or "")
        self._send_json(
            200, {"total_balance": grant, "available_balance": max(0.0, grant - used), "frozen_amount": 0}
        )

    def _credit_cost(self) -> None:
        """What a call of ``ModelId`` costs (reported, unconfirmed): 404 unless ``credit_grant`` is set."""
        model = self.fake._by_id.get(self.query.get("ModelId", ""))
        if self.fake.credit_grant is None or model is None:
            self._send_json(404, {"Code": 404, "Success": False, "Message": "Not Found"})
            return
        cost = self.fake.credit_cost(model.id)
        provider = {"ProviderName": "ModelScope", "EstimatedMagicGrainCost": cost,
                    "CostTier": "premium" if cost > 1 else "standard"}
        self._send_json(200, {"Code": 200, "Success": True, "Data": {"Providers": [provider]}})

    def _model_retrieve(self, model_id: str) -> None:
        behaviour = self._behaviour("service")
        if behaviour is None:
            return
        if behaviour in _ERROR_BEHAVIOURS:
            self._behaviour_error(behaviour, None, {})
            return
        model = self.fake._served(model_id, CHAT_TASKS)
        if model is None:
            self._send_json(
                404, {"error": {"message": f"Model {model_id} not found.", "type": "not_found"}}
            )
            return
        self._send_json(200, _model_object(model), {}, behaviour)

    # --- hub --------------------------------------------------------------

    def _hub_prelude(self) -> str | None:
        behaviour = self._behaviour("service")
        if behaviour is None:
            return None
        if behaviour in _ERROR_BEHAVIOURS:
            self._behaviour_error(behaviour, None, {}, hub=True)
            return None
        return behaviour

    def _hub_bad_request(self, message: str) -> None:
        payload = {"Code": 400, "Success": False, "Message": message, "RequestId": _request_id()}
        self._send_json(400, payload)

    def _hub_search(self) -> None:
        behaviour = self._hub_prelude()
        if behaviour is None:
            return
        if not isinstance(self.body, dict):
            self._hub_bad_request("Invalid request body.")
            return
        body = self.body
        page_size = min(100, max(1, _int(body.get("PageSize"), 30)))
        page_number = max(1, _int(body.get("PageNumber"), 1))
        found = search_models(
            self.fake.catalogue,
            # ``Name`` is the search text, as on the real hub; ``Target`` is not read.
            target=str(body.get("Name") or ""),
            sort_by=str(body.get("SortBy") or "Default"),
            criteria=body.get("Criterion") or [],
            single_criteria=body.get("SingleCriterion") or [],
        )
        page = found[(page_number - 1) * page_size : page_number * page_size]
        payload = {
            "Code": 200,
            "Success": True,
            "Message": "success",
            "RequestId": _request_id(),
            "Data": {
                "Model": {
                    "TotalCount": len(found),
                    "PageNumber": page_number,
                    "PageSize": page_size,
                    "Models": [hub_model_json(model) for model in page],
                },
                "FiledAgg": _facets(found),
            },
        }
        self._send_json(200, payload, {}, behaviour, "application/json;charset=UTF-8")

    def _hub_list_by_owner(self) -> None:
        behaviour = self._hub_prelude()
        if behaviour is None:
            return
        body = self.body if isinstance(self.body, dict) else {}
        owner = str(body.get("Path") or "").lower()
        page_size = min(100, max(1, _int(body.get("PageSize"), 10)))
        page_number = max(1, _int(body.get("PageNumber"), 1))
        found = [
            model for model in self.fake.catalogue if not owner or model.owner.lower() == owner
        ]
        found.sort(key=lambda model: (-model.last_updated, model.id))
        page = found[(page_number - 1) * page_size : page_number * page_size]
        payload = {
            "Code": 200,
            "Success": True,
            "Message": "success",
            "RequestId": _request_id(),
            "Data": {"Models": [hub_model_json(model) for model in page], "TotalCount": len(found)},
        }
        self._send_json(200, payload, {}, behaviour, "application/json;charset=UTF-8")

    def _hub_model_not_found(self) -> None:
        payload = {
            "Code": 10010205001,
            "Success": False,
            "Message": "model not found",
            "RequestId": _request_id(),
        }
        self._send_json(404, payload, {}, "ok", "application/json;charset=UTF-8")

    def _hub_detail(self, owner: str, name: str) -> None:
        behaviour = self._hub_prelude()
        if behaviour is None:
            return
        model = self.fake._hub_model(owner, name)
        if model is None:
            self._hub_model_not_found()
            return
        data = hub_model_json(model)
        data.update(
            {
                "ReadMeContent": readme_for(model, self.fake.base_url),
                "Revision": "master",
                "Description": f"{model.name}: {model.task} model by {model.owner}.",
                "CreatedBy": model.owner,
            }
        )
        payload = {
            "Code": 200,
            "Success": True,
            "Message": "success",
            "RequestId": _request_id(),
            "Data": data,
        }
        self._send_json(200, payload, {}, behaviour, "application/json;charset=UTF-8")

    def _hub_repo_file(self, owner: str, name: str) -> None:
        behaviour = self._hub_prelude()
        if behaviour is None:
            return
        model = self.fake._hub_model(owner, name)
        if model is None:
            self._hub_model_not_found()
            return
        file_path = self.query.get("FilePath", "")
        if file_path.lstrip("/") != "README.md":
            payload = {
                "Code": 10010205002,
                "Success": False,
                "Message": "file not found",
                "RequestId": _request_id(),
            }
            self._send_json(404, payload)
            return
        text = readme_for(model, self.fake.base_url).encode()
        if behaviour == "malformed":
            text = text[: len(text) // 2] + b"\xff\xfe"
        if behaviour == "cut":
            self._send(
                200, text[: len(text) // 2], "text/plain; charset=utf-8", declared_length=len(text)
            )
            self._cut()
            return
        self._send(200, text, "text/plain; charset=utf-8")

    # --- control ----------------------------------------------------------

    def _control_behaviour(self) -> None:
        body = self.body if isinstance(self.body, dict) else {}
        try:
            self.fake.set_behaviour(
                str(body.get("behaviour", "")), token=body.get("token"), times=body.get("times")
            )
        except (TypeError, ValueError) as error:
            self._send_json(400, {"ok": False, "error": str(error)})
            return
        self._send_json(200, {"ok": True})

    def _control_reset(self) -> None:
        self.fake.reset_behaviours()
        if isinstance(self.body, dict) and self.body.get("usage"):
            self.fake.reset_usage()
        self._send_json(200, {"ok": True})

    def _control_token(self) -> None:
        body = self.body if isinstance(self.body, dict) else {}
        token = body.get("token")
        if not isinstance(token, str) or not token:
            self._send_json(400, {"ok": False, "error": "token is required"})
            return
        self.fake.add_token(
            token,
            daily_limit=_int(body.get("daily_limit"), DEFAULT_DAILY_LIMIT),
            model_limit=_int(body.get("model_limit"), DEFAULT_MODEL_LIMIT),
        )
        self._send_json(200, {"ok": True})

    def _control_usage(self) -> None:
        self._send_json(200, self.fake.usage(self.query.get("token", "")))


# --- pure helpers ------------------------------------------------------------


def _applies(behaviour: str, kind: str) -> bool:
    if behaviour == "ok":
        return True
    if kind == "service":
        return behaviour in _SERVICE_BEHAVIOURS
    if behaviour == "image_fail":
        return kind == "images"
    return True


def _int(value: Any, default: int) -> int:
    if isinstance(value, bool):
        return default
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


def _thinks(model: CatalogueModel, enable_thinking: Any) -> bool:
    if enable_thinking is True:
        return True
    if model.reasoning is not True:
        return False
    if enable_thinking is False:
        return bool(_ALWAYS_THINKS.search(model.name))
    return True


def _model_object(model: CatalogueModel) -> dict[str, Any]:
    return {"id": model.id, "object": "model", "owned_by": model.owner, "created": model.created}


def _chat_frames(
    completion_id: str,
    created: int,
    model: str,
    thoughts: list[str],
    content: list[str],
    finish_reason: str,
    usage: dict[str, Any] | None,
    malformed: bool = False,
    blank: bool = False,
) -> Iterator[bytes]:
    head = (
        '{"id":' + json.dumps(completion_id) + ',"object":"chat.completion.chunk",'
        '"created":' + str(created) + ',"model":' + json.dumps(model) + ","
        '"system_fingerprint":null,"choices":[{"index":0,"delta":'
    )
    open_tail = ',"finish_reason":null,"logprobs":null}]}\n\n'

    def frame(delta: str, tail: str = open_tail) -> bytes:
        return ("data: " + head + delta + tail).encode()

    yield frame('{"role":"assistant","content":""}')
    if blank:
        # events whose data lines are empty or only whitespace (keep-alives of some proxies)
        yield b"data:\n\n"
        yield b"data:   \n\n"
        yield b"data: \ndata:\t\n\n"
    if malformed:
        # an event whose JSON is cut short
        yield (
            'data: {"id":' + json.dumps(completion_id) + ',"choices":[{"delta":{"content":"\n\n'
        ).encode()
    for token in thoughts:
        yield frame(
            '{"content":null,"reasoning_content":' + json.dumps(token, ensure_ascii=False) + "}"
        )
    for token in content:
        yield frame('{"content":' + json.dumps(token, ensure_ascii=False) + "}")
    yield frame("{}", ',"finish_reason":' + json.dumps(finish_reason) + ',"logprobs":null}]}\n\n')
    if usage is not None:
        final = {
            "id": completion_id,
            "object": "chat.completion.chunk",
            "created": created,
            "model": model,
            "system_fingerprint": None,
            "choices": [],
            "usage": usage,
        }
        yield b"data: " + json.dumps(final).encode() + b"\n\n"
    yield b"data: [DONE]\n\n"


def _relevance(model: CatalogueModel, target: str) -> int:
    name = model.name.lower()
    if name == target or model.id.lower() == target:
        return 0
    if name.startswith(target):
        return 1
    if target in name:
        return 2
    return 3


def search_models(
    catalogue: Iterable[CatalogueModel],
    target: str = "",
    sort_by: str = "Default",
    criteria: Any = (),
    single_criteria: Any = (),
) -> list[CatalogueModel]:
    """The hub's filter and sort (``PUT /api/v1/dolphin/models``), without paging."""
    target = target.strip().lower()
    found = []
    api_only = False
    for criterion in single_criteria if isinstance(single_criteria, list) else []:
        if (
            isinstance(criterion, dict)
            and str(criterion.get("category", "")).lower() == "inference_type"
            and _int(criterion.get("IntValue"), 0) == 1
        ):
            api_only = True
    filters: list[tuple[str, set[str]]] = []
    for criterion in criteria if isinstance(criteria, list) else []:
        if not isinstance(criterion, dict):
            continue
        values = criterion.get("values") or []
        if not isinstance(values, list) or not values:
            continue
        filters.append(
            (str(criterion.get("category", "")).lower(), {str(v).lower() for v in values})
        )
    for model in catalogue:
        if api_only and not model.api_inference:
            continue
        if target and not (
            target in model.name.lower()
            or target in model.owner.lower()
            or target in (model.chinese_name or "").lower()
            or target in model.id.lower()
        ):
            continue
        if all(_matches(model, category, values) for category, values in filters):
            found.append(model)
    if sort_by == "DownloadsCount":
        found.sort(key=lambda m: (-m.downloads, m.id))
    elif sort_by == "StarsCount":
        found.sort(key=lambda m: (-m.stars, m.id))
    elif sort_by == "GmtModified":
        found.sort(key=lambda m: (-m.last_updated, m.id))
    elif target:
        found.sort(key=lambda m: (_relevance(m, target), -m.popularity, m.id))
    else:
        found.sort(key=lambda m: (-m.popularity, m.id))
    return found


def _matches(model: CatalogueModel, category: str, values: set[str]) -> bool:
    if category == "tasks":
        return any(task.lower() in values for task in model.tasks)
    if category == "organizations":
        return model.owner.lower() in values
    if category == "tags":
        return any(tag.lower() in values for tag in model.tags or ())
    if category == "license":
        return (model.license or "").lower() in values
    return True  # categories the fake does not model do not filter


def _facets(models: list[CatalogueModel]) -> dict[str, list[dict[str, Any]]]:
    tasks: dict[str, int] = {}
    owners: dict[str, int] = {}
    licenses: dict[str, int] = {}
    for model in models:
        for task in model.tasks:
            tasks[task] = tasks.get(task, 0) + 1
        owners[model.owner] = owners.get(model.owner, 0) + 1
        if model.license:
            licenses[model.license] = licenses.get(model.license, 0) + 1

    def ranked(counts: dict[str, int]) -> list[tuple[str, int]]:
        return sorted(counts.items(), key=lambda item: (-item[1], item[0]))

    return {
        "tasks": [
            {"Name": name, "ChineseName": TASK_CHINESE_NAMES.get(name, name), "Count": count}
            for name, count in ranked(tasks)
        ],
        "organizations": [{"Name": name, "Count": count} for name, count in ranked(owners)],
        "license": [{"Name": name, "Count": count} for name, count in ranked(licenses)],
    }


# --- the fake ------------------------------------------------------------------


class FakeModelScope:
    """The fake server. See the module documentation."""

    def __init__(
        self,
        tokens: Iterable[str] | None = None,
        catalogue_size: int = 300,
        port: int = 0,
        host: str = "127.0.0.1",
    ) -> None:
        self.host = host
        self.port = port
        self.catalogue: tuple[CatalogueModel, ...] = build_catalogue(catalogue_size)
        self._by_id = {model.id: model for model in self.catalogue}
        self._by_id_folded = {model.id.lower(): model for model in self.catalogue}
        self._lock = threading.Lock()
        self._changed = threading.Condition(self._lock)
        self._stopping = threading.Event()
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self._connections: set[socket.socket] = set()
        self._quotas: dict[str, _Quota] = {}
        self._rules: dict[str | None, _Rule] = {}
        self._tasks: dict[str, _ImageTask] = {}
        self.requests: list[RecordedRequest] = []
        self.disconnects = 0
        self.server_errors: list[str] = []
        self.chunk_delay = 0.0
        #: Frames a second, each on its own schedule (no drift); 0: as fast as it can.
        self.tokens_per_second = 0.0
        #: When a stream's frames left (``time.monotonic()``, one per frame, the last stream's).
        self.sent_at: list[float] = []
        #: False: no usage in a stream, even when the request asks for it.
        self.send_usage = True
        #: True: a stream also carries events whose data is empty or only whitespace.
        self.blank_events = False
        #: False: no ``modelscope-ratelimit-*`` headers at all (the limits are then unknown).
        self.limit_headers = True
        #: "limit": a spent quota is 429 "Request limit exceeded."; "credit": 429 ``QuotaLimitExceed``.
        self.quota_error = "limit"
        #: Credits a token gets a day (reported, unconfirmed); None: the credit endpoints answer 404.
        self.credit_grant: float | None = None
        #: Credits a call of a model costs (others cost 1).
        self.credit_costs: dict[str, float] = {}
        self.answer_words = 12
        #: The answer's content pieces exactly as they are to be sent; None: made up from the message.
        self.answer_pieces: list[str] | None = None
        #: A stream sends this many frames, then nothing more (a stall) until the client leaves.
        self.stall_after: int | None = None
        #: During a stall, a ": keep-alive" comment every this many seconds (0: silence).
        self.keepalive_every = 0.0
        #: A stream's connection is cut after this many bytes of its body.
        self.cut_after_bytes: int | None = None
        #: After a stream's first frames (``stall_after``, default 2), one ``data:`` line of this
        #: many bytes that never ends; 0: none.
        self.huge_line = 0
        #: A chat answered 200 with a body of the wrong shape: "choices_string" (``choices`` is a
        #: string) or "null_message" (a choice whose message is null); None: the right shape.
        self.wrong_shape: str | None = None
        #: A ``Retry-After`` header (seconds) on the 5xx behaviours; None: none.
        self.retry_after: str | None = None
        #: Markdown to answer with (after the echo), repeated up to ``answer_words`` tokens.
        self.answer_text: str | None = None
        self.reasoning_words = 8
        self.slow_seconds = 3.0
        self.image_polls = 2
        self.embedding_dimensions = 8
        for token in [VALID_TOKEN] if tokens is None else tokens:
            self.add_token(token)

    # --- life cycle ---------------------------------------------------------

    def start(self) -> FakeModelScope:
        if self._server is not None:
            return self
        self._stopping.clear()
        server = _Server((self.host, self.port), _Handler)
        server.fake = self
        self._server = server
        self.port = server.server_address[1]
        self._thread = threading.Thread(
            target=server.serve_until_stopped,
            name=f"fake-modelscope-{self.port}",
            daemon=True,
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        server, thread = self._server, self._thread
        if server is None:
            return
        self._stopping.set()
        server.stop_serving()
        if thread is not None:
            thread.join(timeout=5)
        with self._lock:
            connections = list(self._connections)
        for connection in connections:
            try:
                connection.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
        server.server_close()
        self._server = None
        self._thread = None

    def __enter__(self) -> FakeModelScope:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def api_base(self) -> str:
        return f"{self.base_url}/v1"

    @property
    def hub_base(self) -> str:
        return self.base_url

    # --- tokens and quota -----------------------------------------------------

    def add_token(
        self,
        token: str,
        daily_limit: int = DEFAULT_DAILY_LIMIT,
        model_limit: int = DEFAULT_MODEL_LIMIT,
    ) -> None:
        """Accept ``token`` with its own, fresh daily quota."""
        with self._lock:
            self._quotas[token] = _Quota(
                daily_limit=daily_limit, model_limit=model_limit, day=_today()
            )

    def usage(self, token: str) -> dict[str, Any]:
        """Today's calls of ``token``: ``{"total": n, "per_model": {model: n}}``."""
        with self._lock:
            quota = self._quotas.get(token)
            if quota is None:
                return {"total": 0, "per_model": {}}
            self._roll_day(quota)
            return {"total": quota.total, "per_model": dict(quota.per_model)}

    def reset_usage(self, token: str | None = None) -> None:
        """Forget today's calls of ``token`` (of every token when ``None``)."""
        with self._lock:
            for name, quota in self._quotas.items():
                if token is None or name == token:
                    quota.total = 0
                    quota.per_model.clear()

    @staticmethod
    def _roll_day(quota: _Quota) -> None:
        today = _today()
        if quota.day != today:
            quota.day = today
            quota.total = 0
            quota.per_model.clear()
            quota.credits_used = 0.0

    def credit_cost(self, model: str) -> float:
        return self.credit_costs.get(model, 1.0)

    def credits_used(self, token: str) -> float:
        """Credits ``token`` spent today (with ``credit_grant`` set)."""
        with self._lock:
            quota = self._quotas.get(token)
            if quota is None:
                return 0.0
            self._roll_day(quota)
            return quota.credits_used

    def _knows(self, token: str | None) -> bool:
        with self._lock:
            return token is not None and token in self._quotas

    def _consume(self, token: str, model: str) -> bool:
        with self._lock:
            quota = self._quotas.get(token)
            if quota is None:
                return False
            self._roll_day(quota)
            if (
                quota.total >= quota.daily_limit
                or quota.per_model.get(model, 0) >= quota.model_limit
            ):
                return False
            if self.credit_grant is not None:
                cost = self.credit_costs.get(model, 1.0)
                if quota.credits_used + cost > self.credit_grant:
                    return False
                quota.credits_used += cost
            quota.total += 1
            quota.per_model[model] = quota.per_model.get(model, 0) + 1
            return True

    def _ratelimit_headers(self, token: str | None, model: str | None) -> dict[str, str]:
        if not self.limit_headers:
            return {}
        with self._lock:
            quota = self._quotas.get(token or "")
            if quota is None:
                daily, per_model, used, used_model = DEFAULT_DAILY_LIMIT, DEFAULT_MODEL_LIMIT, 0, 0
            else:
                self._roll_day(quota)
                daily, per_model = quota.daily_limit, quota.model_limit
                used, used_model = quota.total, quota.per_model.get(model or "", 0)
        return {
            "modelscope-ratelimit-requests-limit": str(daily),
            "modelscope-ratelimit-requests-remaining": str(max(0, daily - used)),
            "modelscope-ratelimit-model-requests-limit": str(per_model),
            "modelscope-ratelimit-model-requests-remaining": str(max(0, per_model - used_model)),
        }

    # --- behaviours -------------------------------------------------------------

    def set_behaviour(
        self, behaviour: str, token: str | None = None, times: int | None = None
    ) -> None:
        """Make requests misbehave.

        ``token=None`` applies to every request (the hub too, for the
        behaviours it honours); a token only to that token's requests, and it
        wins over the general one. ``times=N`` applies to the next N matching
        requests only, then it is back to ``"ok"``. The ``X-Fake-Behaviour``
        request header wins over both.
        """
        if behaviour not in BEHAVIOURS:
            raise ValueError(f"unknown behaviour {behaviour!r}; known: {sorted(BEHAVIOURS)}")
        if times is not None and (
            isinstance(times, bool) or not isinstance(times, int) or times < 1
        ):
            raise ValueError("times must be a positive integer or None")
        with self._lock:
            if behaviour == "ok":
                self._rules.pop(token, None)
            else:
                self._rules[token] = _Rule(behaviour, times)

    def reset_behaviours(self) -> None:
        with self._lock:
            self._rules.clear()

    def _take_behaviour(self, token: str | None, kind: str) -> str:
        with self._lock:
            keys: list[str | None] = [token, None] if token is not None else [None]
            for key in keys:
                rule = self._rules.get(key)
                if rule is None or not _applies(rule.behaviour, kind):
                    continue
                if rule.remaining is not None:
                    rule.remaining -= 1
                    if rule.remaining <= 0:
                        del self._rules[key]
                return rule.behaviour
        return "ok"

    # --- models and tasks ---------------------------------------------------------

    def _api_models(self) -> list[CatalogueModel]:
        return [model for model in self.catalogue if model.api_inference]

    def _served(self, model_id: str, tasks: frozenset[str]) -> CatalogueModel | None:
        model = self._by_id.get(model_id)
        if model is None or not model.api_inference or model.task not in tasks:
            return None
        return model

    def _hub_model(self, owner: str, name: str) -> CatalogueModel | None:
        return self._by_id_folded.get(f"{owner}/{name}".lower())

    def _new_task(self, model: str, prompt: str, fail: bool) -> _ImageTask:
        task = _ImageTask(task_id=str(uuid.uuid4()), model=model, prompt=prompt, fail=fail)
        with self._lock:
            self._tasks[task.task_id] = task
        return task

    def _poll_task(self, task_id: str) -> tuple[_ImageTask, str] | None:
        with self._lock:
            task = self._tasks.get(task_id)
            if task is None:
                return None
            task.polls += 1
            if task.polls > self.image_polls:
                status = "FAILED" if task.fail else "SUCCEED"
            elif task.polls == 1:
                status = "PENDING"
            else:
                status = "RUNNING"
            return task, status

    # --- bookkeeping ----------------------------------------------------------------

    def _record(self, request: RecordedRequest) -> None:
        with self._lock:
            self.requests.append(request)

    def _note_disconnect(self) -> None:
        with self._changed:
            self.disconnects += 1
            self._changed.notify_all()

    def wait_for_disconnect(self, timeout: float = 5.0, at_least: int = 1) -> bool:
        """Wait until ``disconnects`` reaches ``at_least``; False on timeout."""
        with self._changed:
            return self._changed.wait_for(lambda: self.disconnects >= at_least, timeout)

    def _sleep(self, seconds: float) -> bool:
        """Sleep; True when the fake is stopping meanwhile."""
        return self._stopping.wait(seconds) if seconds > 0 else self._stopping.is_set()

    def _connection_opened(self, connection: socket.socket) -> None:
        with self._lock:
            self._connections.add(connection)

    def _connection_closed(self, connection: socket.socket) -> None:
        with self._lock:
            self._connections.discard(connection)


# --- command line ----------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tests.fakes.modelscope",
        description="Run the fake ModelScope (API-Inference and hub) until Ctrl+C.",
    )
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--catalogue-size", type=int, default=300)
    parser.add_argument("--answer-words", type=int, default=12)
    parser.add_argument("--chunk-delay", type=float, default=0.0)
    parser.add_argument("--tokens-per-second", type=float, default=0.0,
                        help="stream at this rate (default: as fast as it can)")
    args = parser.parse_args(argv)
    fake = FakeModelScope(catalogue_size=args.catalogue_size, port=args.port, host=args.host)
    fake.answer_words = args.answer_words
    fake.chunk_delay = args.chunk_delay
    fake.tokens_per_second = args.tokens_per_second
    # The server's threads start with Ctrl+C blocked, so the signal always reaches the main
    # thread (a thread that took it would leave the main thread asleep for an hour).
    blocked = hasattr(signal, "pthread_sigmask")
    if blocked:
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        fake.start()
    finally:
        if blocked:
            signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    try:  # from here on: a Ctrl+C that comes right after the line saying so is caught too
        print(f"Fake ModelScope on {fake.base_url}")
        print(f"  API-Inference base: {fake.api_base}")
        print(f"  hub base:           {fake.hub_base}")
        print(f"export MSDESK_API_BASE={fake.api_base}")
        print(f"export MSDESK_HUB_BASE={fake.hub_base}")
        print(f"valid token:        {VALID_TOKEN}")
        print(f"unbound token:      {BIND_TOKEN}  (always 401: bind an Alibaba Cloud account)")
        print("Press Ctrl+C to stop.", flush=True)
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        print("\nstopping")
    finally:
        fake.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
