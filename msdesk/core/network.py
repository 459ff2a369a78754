"""How msdesk reaches the network: timeouts, the proxy, and a client whose settings can change.

The network settings (``NetworkSettings``) apply to every provider:

- the proxy: the system's (``HTTP_PROXY``, ``HTTPS_PROXY``, ``NO_PROXY`` and, on
  Windows and macOS, the OS setting), none, or a URL of the user's (http, https or
  socks5) with an optional user name and password kept in the keychain
  (provider ``proxy``, label ``default``), never in the settings file;
- three timeouts: connecting, the first byte of an answer, and the longest
  silence between two pieces of an answer (idle).

httpx has a single read timeout, so ``NetworkClient`` adds the other two: the
wait for the answer to start (headers and first piece) is bounded by the
first-byte timeout, every later wait by the idle timeout. A reader that knows
what a piece of the answer is (the chat stream: an SSE event with text in it)
switches a body to counting pieces (``count_pieces`` / ``piece``): then only a
piece starts the idle clock again, so a server that sends nothing but
keep-alive comments still runs out of time. It also takes new
settings while requests are in flight: the next request uses a client built from
the new settings, and the old client is closed once its last request has ended.
``first_byte`` bounds any other awaitable the same way (e.g. the first delta of
a chat answer).
"""

from __future__ import annotations

import asyncio
import base64
import copy
import importlib.util
import logging
import os
import socket
import ssl
import sys
import threading
import urllib.request
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import quote, unquote

import httpx

from msdesk import __version__
from msdesk.core.errors import BadConfiguration, MsdeskError, NetworkError
from msdesk.core.i18n import translate
from msdesk.core.redact import redact, register_secret
from msdesk.core.settings import NetworkSettings

if TYPE_CHECKING:
    from msdesk.core.secret_store import SecretStore

log = logging.getLogger(__name__)

T = TypeVar("T")

#: Where the proxy's user name and password live in the keychain.
PROXY_PROVIDER = "proxy"
PROXY_LABEL = "default"

PROXY_MODES = ("system", "none", "custom")
PROXY_SCHEMES = ("http", "https", "socks5", "socks5h")
WRITE_TIMEOUT = 30.0
POOL_TIMEOUT = 10.0


def _where() -> str:
    """Where the network settings are, as the window names them."""
    return translate("core.network", "Settings → Network")


Credentials = tuple[str, str]


# -- settings -> httpx --------------------------------------------------------------


def http_timeout(network: NetworkSettings) -> httpx.Timeout:
    """httpx's timeouts: connect and idle read as set; writing 30 s, waiting for a connection 10 s."""
    return httpx.Timeout(
        connect=network.connect_timeout, read=network.read_timeout, write=WRITE_TIMEOUT, pool=POOL_TIMEOUT
    )


def trust_env_for(network: NetworkSettings) -> bool:
    """Only the "system" mode reads proxies (and NO_PROXY) from the environment."""
    return network.proxy_mode == "system"


def socks_available() -> bool:
    """SOCKS proxies need the optional ``socksio`` package."""
    return importlib.util.find_spec("socksio") is not None


def validate_proxy_url(url: str | None) -> str:
    """The proxy URL, trimmed, or ``BadConfiguration`` saying what is wrong and how to fix it."""
    text = (url or "").strip()
    example = translate("core.network", "e.g. {url}").format(url="http://proxy.example.com:8080")
    if not text:
        raise BadConfiguration(
            translate(
                "core.network", "No proxy URL is set. Enter one in {where} ({example}), or choose System or None."
            ).format(where=_where(), example=example)
        )
    try:
        parsed = httpx.URL(text)
    except (httpx.InvalidURL, ValueError, TypeError):
        parsed = None
    if "@" in text:
        # Whatever its shape, text before an "@" may be a user name and password: never show it.
        raise BadConfiguration(_credentials_in_url())
    if parsed is None or parsed.scheme not in PROXY_SCHEMES or not parsed.host:
        shown = redact(text) if len(text) <= 80 else redact(text[:79]) + "…"
        raise BadConfiguration(
            translate(
                "core.network",
                "The proxy URL '{url}' cannot be used: it must start with http://, https:// or "
                "socks5:// and name a host ({example}). Fix it in {where}.",
            ).format(url=shown, example=example, where=_where())
        )
    if parsed.userinfo:
        raise BadConfiguration(_credentials_in_url())
    if parsed.scheme.startswith("socks") and not socks_available():
        raise BadConfiguration(
            translate(
                "core.network",
                "SOCKS5 proxies need the optional Python package 'socksio', which is not installed. "
                "Install it ({command}) or use an http:// proxy.",
            ).format(command="pip install 'httpx[socks]'")
        )
    return text


def _credentials_in_url() -> str:
    return translate(
        "core.network",
        "Do not put the user name or password in the proxy URL: enter them in their own "
        "fields in {where}, which keep them in the keychain.",
    ).format(where=_where())


def split_proxy_url(url: str) -> tuple[str, Credentials | None]:
    """Take a user name and password out of a pasted ``scheme://user:password@host`` URL."""
    text = url.strip()
    try:
        parsed = httpx.URL(text)
    except (httpx.InvalidURL, ValueError, TypeError):
        return text, None
    if not parsed.userinfo:
        return text, None
    user, password = parsed.username, parsed.password
    register_secret(password)
    return str(parsed.copy_with(username=None, password=None)), (user, password)


def proxy_for(network: NetworkSettings, credentials: Credentials | None) -> httpx.Proxy | str | None:
    """What to give httpx as ``proxy=``: nothing unless the mode is "custom".

    "system" leaves the proxy to the environment (``trust_env_for``), "none" uses
    no proxy at all. Raises ``BadConfiguration`` for a custom URL that cannot work.
    """
    if network.proxy_mode != "custom":
        return None
    url = validate_proxy_url(network.proxy_url)
    if credentials is None or not credentials[0]:
        return url
    user, password = credentials
    _register_credentials(user, password)
    return httpx.Proxy(url, auth=(user, password))


def describe_proxy(network: NetworkSettings) -> str:
    """A short, secret-free description for messages: ``http://host:port`` or the mode."""
    if network.proxy_mode == "custom":
        try:
            url = httpx.URL(validate_proxy_url(network.proxy_url))
        except BadConfiguration:
            return translate("core.network", "the custom proxy")
        port = f":{url.port}" if url.port else ""
        return f"{url.scheme}://{url.host}{port}"
    if network.proxy_mode == "system":
        return translate("core.network", "the system proxy")
    return translate("core.network", "no proxy")


def _env_proxy_for(url: httpx.URL) -> str | None:
    """The environment's proxy for ``url`` (what "system" uses), without credentials; None if direct."""
    proxies = urllib.request.getproxies()
    if "no" in proxies and _bypassed(url.host, proxies["no"]):
        return None
    chosen = proxies.get(url.scheme) or proxies.get("all")
    if not chosen:
        return None
    try:
        parsed = httpx.URL(chosen if "://" in chosen else f"http://{chosen}")
    except (httpx.InvalidURL, ValueError, TypeError):
        return translate("core.network", "the system proxy")
    port = f":{parsed.port}" if parsed.port else ""
    return f"{parsed.scheme}://{parsed.host}{port}"


def system_proxy_summary() -> str:
    """What "system" means right now, without credentials: ``http://host:port`` or an empty string."""
    for scheme in ("https", "http"):
        found = _env_proxy_for(httpx.URL(f"{scheme}://api-inference.modelscope.cn/"))
        if found:
            return found
    return ""


def _bypassed(host: str, no_proxy: str) -> bool:
    for entry in (part.strip().lower() for part in no_proxy.split(",")):
        if not entry:
            continue
        if entry == "*":
            return True
        entry = entry.split("://", 1)[-1].lstrip(".")
        if host.lower() == entry or host.lower().endswith("." + entry):
            return True
    return False


# -- credentials in the keychain ------------------------------------------------------


def _register_credentials(user: str, password: str) -> None:
    register_secret(password)
    register_secret(encode_credentials(user, password))
    register_secret(base64.b64encode(f"{user}:{password}".encode()).decode("ascii"))


def encode_credentials(user: str, password: str) -> str:
    """``user:password`` as stored in the keychain (each part percent-encoded, so any character fits)."""
    return f"{quote(user, safe='')}:{quote(password, safe='')}"


def decode_credentials(stored: str | None) -> Credentials | None:
    if not stored or ":" not in stored:
        return None
    user, _, password = stored.partition(":")
    user, password = unquote(user), unquote(password)
    if not user:
        return None
    _register_credentials(user, password)
    return user, password


async def proxy_credentials(secrets: SecretStore) -> Credentials | None:
    """The proxy's user name and password from the keychain, or None when none are stored."""
    return decode_credentials(await secrets.get(PROXY_PROVIDER, PROXY_LABEL))


async def store_proxy_credentials(secrets: SecretStore, user: str, password: str) -> None:
    """Keep the proxy's user name and password in the keychain; an empty user name removes them."""
    user = user.strip()
    if not user:
        await secrets.remove(PROXY_PROVIDER, PROXY_LABEL)
        return
    _register_credentials(user, password)
    await secrets.set(PROXY_PROVIDER, PROXY_LABEL, encode_credentials(user, password))


# -- first byte and idle ------------------------------------------------------------


def first_byte_error(what: str, seconds: float) -> NetworkError:
    return NetworkError(
        translate(
            "core.network",
            "No answer from {what} within {seconds} s. Try again, or raise the first-byte timeout in {where}.",
        ).format(what=what, seconds=f"{seconds:g}", where=_where())
    )


def idle_error(what: str, seconds: float) -> NetworkError:
    return NetworkError(
        translate(
            "core.network",
            "{what} sent no part of the answer for {seconds} s in the middle of it. Try again, "
            "or raise the idle timeout in {where}.",
        ).format(what=what, seconds=f"{seconds:g}", where=_where())
    )


def count_pieces(response: httpx.Response) -> Callable[[], None] | None:
    """Make ``response``'s first-byte and idle waits count answer pieces, not bytes.

    Returns the function to call for each piece of the answer found, or ``None``
    when the response did not come through a ``NetworkClient`` (no waits to adjust).
    """
    stream = response.stream
    if isinstance(stream, _WatchedStream):
        stream.count_pieces()
        return stream.piece
    return None


async def first_byte(awaitable: Awaitable[T], seconds: float, *, what: str | None = None) -> T:
    """Await ``awaitable`` for at most ``seconds``; past that, a ``NetworkError`` that says so.

    For the wait until an answer starts, e.g. the first batch of a stream::

        first = await first_byte(anext(stream), network.first_byte_timeout, what=provider.name)
    """
    timer = asyncio.timeout(seconds)
    try:
        async with timer:
            return await awaitable
    except TimeoutError:
        if timer.expired():
            raise first_byte_error(what or translate("core.network", "the provider"), seconds) from None
        raise


async def first_byte_stream(
    stream: AsyncIterator[T], seconds: float, *, what: str | None = None
) -> AsyncIterator[T]:
    """``stream``, failing with ``first_byte_error`` if its first item takes longer than ``seconds``."""
    try:
        first = await first_byte(anext(stream), seconds, what=what)
    except StopAsyncIteration:
        return
    yield first
    async for item in stream:
        yield item


# -- a client that can change its settings -------------------------------------------------


@dataclass(frozen=True)
class NetworkConfig:
    """One version of the network settings, with what is needed to build a client from it."""

    network: NetworkSettings
    credentials: Credentials | None = field(default=None, repr=False)
    ssl_context: ssl.SSLContext | None = field(default=None, repr=False)
    generation: int = 0

    @classmethod
    def of(
        cls,
        network: NetworkSettings,
        credentials: Credentials | None = None,
        ssl_context: ssl.SSLContext | None = None,
        generation: int = 0,
    ) -> NetworkConfig:
        """A config holding its own copy of ``network`` (later edits of the settings do not leak in)."""
        return cls(copy.deepcopy(network), credentials, ssl_context, generation)


class _Refusing(httpx.AsyncBaseTransport):
    """Answers every request with the configuration error (a proxy setting that cannot work)."""

    def __init__(self, message: str) -> None:
        self._message = message

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        raise BadConfiguration(self._message)


def refusing_client(error: MsdeskError) -> httpx.AsyncClient:
    """A client whose every request fails with ``error``'s message (never silently goes direct)."""
    return httpx.AsyncClient(transport=_Refusing(error.message), trust_env=False)


class _Unused(httpx.AsyncBaseTransport):
    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:  # pragma: no cover
        raise RuntimeError("NetworkClient sends through its current client")


class _Slot:
    """One built client, the settings it was built from, and how many requests use it."""

    __slots__ = ("client", "config", "in_flight", "retired")

    def __init__(self, client: httpx.AsyncClient, config: NetworkConfig) -> None:
        self.client = client
        self.config = config
        self.in_flight = 0
        self.retired = False


class _WatchedStream(httpx.AsyncByteStream):
    """A response body that enforces the first-byte and idle waits and reports when it is closed.

    By default any bytes count as progress. After ``count_pieces()`` only the
    reader's ``piece()`` does: the first-byte wait lasts until the first piece,
    and each idle wait starts at the first read after a piece, so bytes that
    carry no answer (keep-alive comments) never extend either.

    One watchdog timer per stream, not one per piece: each wait notes when it
    started, and the timer, when it fires, either finds the wait over its limit
    (and cancels it) or sets itself again for the limit of the wait in progress.
    A steady stream so costs a timer every ``idle`` seconds, not one per read.
    """

    def __init__(
        self,
        inner: Any,
        *,
        first_deadline: float,
        first_byte_seconds: float,
        idle: float,
        what: str,
        on_close: Callable[[], None],
    ) -> None:
        self._inner = inner
        self._first_deadline = first_deadline
        self._first_byte_seconds = first_byte_seconds
        self._idle = idle
        self._what = what
        self._on_close = on_close
        self._iterator: Any = None
        self._started = False
        self._closed = False
        self._loop: asyncio.AbstractEventLoop | None = None
        self._watchdog: asyncio.Handle | None = None
        self._watch_at = 0.0  # when the watchdog fires
        self._waiting: asyncio.Task[Any] | None = None  # the task in a wait, if any
        self._deadline = first_deadline  # when the wait in progress runs out
        self._expired = False
        self._by_piece = False  # only piece() counts as progress
        self._fresh_piece = False  # a piece came since the last wait began

    def count_pieces(self) -> None:
        """From now on only ``piece()`` counts as progress, not the bytes themselves."""
        self._by_piece = True

    def piece(self) -> None:
        """The reader found a piece of the answer: the idle clock starts again at the next read."""
        self._started = True
        self._fresh_piece = True

    def __aiter__(self) -> _WatchedStream:
        return self

    async def __anext__(self) -> bytes:
        if self._iterator is None:
            self._iterator = self._inner.__aiter__()
        loop = self._loop
        if loop is None:
            loop = self._loop = asyncio.get_running_loop()
        if self._by_piece:
            if self._fresh_piece:
                self._fresh_piece = False
                self._deadline = loop.time() + self._idle
        elif self._started:
            self._deadline = loop.time() + self._idle
        task = asyncio.current_task()
        if task is None:  # pragma: no cover - always inside a task on a running loop
            return await self._iterator.__anext__()
        cancelling = task.cancelling()
        self._waiting = task
        self._expired = False
        watchdog = self._watchdog
        if watchdog is None or self._watch_at > self._deadline:
            if watchdog is not None:
                watchdog.cancel()  # set for the first byte: the idle limit comes sooner
            self._arm(loop)
        try:
            chunk = await self._iterator.__anext__()
        except asyncio.CancelledError:
            if self._expired and task.uncancel() <= cancelling:
                raise self._timeout_error() from None
            raise
        finally:
            self._waiting = None
        if self._expired:
            # The wait ran out as the piece came, and the cancellation was absorbed: keep the piece.
            self._expired = False
            task.uncancel()
        if not self._by_piece:
            self._started = True
        return chunk

    def _watch(self) -> None:
        self._watchdog = None
        task = self._waiting
        if task is None or self._closed:
            return  # not waiting: the next wait sets the timer again
        assert self._loop is not None
        if self._loop.time() < self._deadline:
            self._arm(self._loop)
            return
        self._expired = True
        task.cancel()

    def _arm(self, loop: asyncio.AbstractEventLoop) -> None:
        self._watch_at = self._deadline
        self._watchdog = loop.call_at(self._deadline, self._watch)

    def _timeout_error(self) -> NetworkError:
        if self._started:
            return idle_error(self._what, self._idle)
        return first_byte_error(self._what, self._first_byte_seconds)

    async def aclose(self) -> None:
        if self._closed:
            return
        self._closed = True
        if self._watchdog is not None:
            self._watchdog.cancel()
            self._watchdog = None
        try:
            closer = getattr(self._iterator, "aclose", None)
            if closer is not None:
                await closer()
            await self._inner.aclose()
        finally:
            self._on_close()


class NetworkClient(httpx.AsyncClient):
    """An ``httpx.AsyncClient`` that follows the network settings, even while requests are in flight.

    ``source()`` gives the current ``NetworkConfig``; when its ``generation``
    changes, the next request goes through a client made by ``build(config)``,
    and the previous one is closed as soon as no request uses it any more.
    Every request's answer must start within the first-byte timeout, and no
    later piece may take longer than the idle timeout (``NetworkError``
    otherwise). Use it on one event loop.
    """

    def __init__(
        self,
        source: Callable[[], NetworkConfig],
        build: Callable[[NetworkConfig], httpx.AsyncClient],
    ) -> None:
        self._source = source
        self._build = build
        config = source()
        first = build(config)
        super().__init__(
            transport=_Unused(), trust_env=False, timeout=first.timeout, headers=first.headers,
            follow_redirects=first.follow_redirects,
        )
        self._slot = _Slot(first, config)
        self._retired: list[_Slot] = []  # still in use: closed when their last request ends
        self._closing_slots: list[_Slot] = []
        self._closing: set[asyncio.Task[None]] = set()

    def __repr__(self) -> str:
        network = self._slot.config.network
        return f"NetworkClient(proxy={describe_proxy(network)!r}, generation={self._slot.config.generation})"

    @property
    def current(self) -> httpx.AsyncClient:
        """The client new requests go through."""
        return self._refresh().client

    @property
    def config(self) -> NetworkConfig:
        return self._refresh().config

    def refresh(self) -> None:
        """Take new settings now (otherwise they are taken at the next request)."""
        self._refresh()

    def _refresh(self) -> _Slot:
        config = self._source()
        slot = self._slot
        if config.generation == slot.config.generation or self.is_closed:
            return slot
        new = _Slot(self._build(config), config)
        self._slot = new
        self.timeout = new.client.timeout
        slot.retired = True
        if slot.in_flight == 0:
            self._close_slot(slot)
        else:
            self._retired.append(slot)
        return new

    def _close_slot(self, slot: _Slot) -> None:
        if slot in self._retired:
            self._retired.remove(slot)
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:  # no loop: closed with this client
            self._retired.append(slot)
            return
        self._closing_slots.append(slot)
        task = loop.create_task(slot.client.aclose())
        self._closing.add(task)

        def closed(finished: asyncio.Task[None]) -> None:
            self._closing.discard(finished)
            if slot.client.is_closed and slot in self._closing_slots:
                self._closing_slots.remove(slot)

        task.add_done_callback(closed)

    def _release(self, slot: _Slot) -> None:
        slot.in_flight -= 1
        if slot.retired and slot.in_flight == 0 and not self.is_closed:
            self._close_slot(slot)

    def build_request(self, *args: Any, **kwargs: Any) -> httpx.Request:
        self._refresh()  # the request gets the current timeouts
        return super().build_request(*args, **kwargs)

    async def send(
        self,
        request: httpx.Request,
        *,
        stream: bool = False,
        auth: Any = httpx.USE_CLIENT_DEFAULT,
        follow_redirects: Any = httpx.USE_CLIENT_DEFAULT,
    ) -> httpx.Response:
        if self.is_closed:
            raise RuntimeError("Cannot send a request, as the client has been closed.")
        slot = self._refresh()
        network = slot.config.network
        first_byte_seconds, idle = network.first_byte_timeout, network.read_timeout
        what = request.url.host or translate("core.network", "the server")
        timeouts = dict(request.extensions.get("timeout") or self.timeout.as_dict())
        if timeouts.get("read") == idle:
            # Both waits are enforced here, with messages that name them (and one timer
            # per answer): httpx's own read timeout would cut the wait for the first
            # byte short, and start a timer for every read.
            timeouts["read"] = None
        request.extensions = {**request.extensions, "timeout": timeouts}

        slot.in_flight += 1
        released = False

        def release() -> None:
            nonlocal released
            if not released:
                released = True
                self._release(slot)

        loop = asyncio.get_running_loop()
        deadline = loop.time() + first_byte_seconds
        timer = asyncio.timeout_at(deadline)
        try:
            try:
                async with timer:
                    response = await slot.client.send(
                        request, stream=True, auth=auth, follow_redirects=follow_redirects
                    )
            except TimeoutError:
                if timer.expired():
                    raise first_byte_error(what, first_byte_seconds) from None
                raise
            except (httpx.ProxyError, httpx.ConnectError, httpx.ConnectTimeout) as exc:
                proxy = self._proxy_in_use(slot, request.url)
                if proxy is None:
                    permanent = _permanent_error(exc, what)
                    if permanent is not None:
                        raise permanent from None
                    raise
                raise _proxy_error(exc, proxy) from None
        except BaseException:
            release()
            raise
        if response.status_code == 407 and self._proxy_in_use(slot, request.url) is not None:
            await response.aclose()
            release()
            raise NetworkError(_proxy_needs_credentials(self._proxy_in_use(slot, request.url) or ""))
        response.stream = _WatchedStream(
            response.stream, first_deadline=deadline, first_byte_seconds=first_byte_seconds,
            idle=idle, what=what, on_close=release,
        )
        if not stream:
            try:
                await response.aread()
            except BaseException:
                await response.aclose()
                raise
        return response

    @staticmethod
    def _proxy_in_use(slot: _Slot, url: httpx.URL) -> str | None:
        network = slot.config.network
        if network.proxy_mode == "custom":
            return describe_proxy(network)
        if network.proxy_mode == "system":
            return _env_proxy_for(url)
        return None

    async def aclose(self) -> None:
        if self.is_closed:
            return
        await super().aclose()
        if self._closing:
            await asyncio.gather(*self._closing, return_exceptions=True)
        slots = [self._slot, *self._retired, *self._closing_slots]
        self._retired.clear()
        self._closing_slots.clear()
        for slot in slots:
            await slot.client.aclose()  # a no-op for a client already closed

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()


class PermanentNetworkError(NetworkError):
    """A failure that trying again in a few seconds cannot mend: retries skip it."""

    retryable = False


def _permanent_error(exc: BaseException, host: str) -> PermanentNetworkError | None:
    """A certificate that fails verification, or a server name that does not exist; else None."""
    cause: BaseException | None = exc
    while cause is not None:
        if isinstance(cause, ssl.SSLCertVerificationError):
            reason = redact(
                cause.verify_message or str(cause.reason or "") or translate("core.network", "not trusted")
            )
            return PermanentNetworkError(
                translate(
                    "core.network",
                    "The certificate of {host} failed verification ({reason}). msdesk always checks "
                    "certificates: if your network uses its own root, add it to the system's trusted "
                    "roots; otherwise check the API host in settings.",
                ).format(host=host, reason=reason)
            )
        if isinstance(cause, socket.gaierror) and cause.errno == socket.EAI_NONAME:
            return PermanentNetworkError(
                translate(
                    "core.network",
                    "The server name {host} does not exist (DNS found no address for it). Check the "
                    "API host in settings, and your connection.",
                ).format(host=host)
            )
        cause = cause.__cause__ or cause.__context__
    return None


def _proxy_error(exc: BaseException, proxy: str) -> NetworkError:
    text = str(exc).strip().splitlines()
    reason = redact(text[0]) if text and text[0] else type(exc).__name__
    if isinstance(exc, httpx.ProxyError) and "407" in reason:
        return NetworkError(_proxy_needs_credentials(proxy))
    if isinstance(exc, httpx.ProxyError):
        return NetworkError(
            translate(
                "core.network",
                "The proxy {proxy} could not reach the server ({reason}). Try again, or check the proxy in {where}.",
            ).format(proxy=proxy, reason=reason, where=_where())
        )
    return NetworkError(
        translate(
            "core.network",
            "Could not connect through the proxy {proxy} ({reason}). Check that the proxy is "
            "running, or change it in {where}.",
        ).format(proxy=proxy, reason=reason, where=_where())
    )


def _proxy_needs_credentials(proxy: str) -> str:
    return translate(
        "core.network",
        "The proxy {proxy} refused the request: it needs a user name and password "
        "(HTTP 407). Enter them, or fix them, in {where}.",
    ).format(proxy=proxy, where=_where())


__all__ = [
    "PROXY_LABEL",
    "PROXY_MODES",
    "PROXY_PROVIDER",
    "Credentials",
    "NetworkClient",
    "NetworkConfig",
    "PermanentNetworkError",
    "build_client",
    "count_pieces",
    "decode_credentials",
    "describe_proxy",
    "encode_credentials",
    "first_byte",
    "first_byte_error",
    "first_byte_stream",
    "http_timeout",
    "idle_error",
    "make_http_client",
    "proxy_credentials",
    "proxy_for",
    "refusing_client",
    "socks_available",
    "split_proxy_url",
    "store_proxy_credentials",
    "system_proxy_summary",
    "trust_env_for",
    "validate_proxy_url",
]


# -- building clients ------------------------------------------------------------------


# Where Linux distributions keep the system's CA bundle, for an OpenSSL (a frozen app's own)
# whose built-in default folder does not exist on this system.
SYSTEM_CA_FILES = (
    "/etc/ssl/certs/ca-certificates.crt",  # Debian, Ubuntu, Arch, Gentoo
    "/etc/pki/ca-trust/extracted/pem/tls-ca-bundle.pem",  # Fedora, RHEL
    "/etc/pki/tls/cert.pem",  # older Fedora and RHEL
    "/etc/ssl/ca-bundle.pem",  # openSUSE
    "/etc/ssl/cert.pem",  # Alpine, the BSDs
)
_contexts: dict[tuple[str | None, str | None], ssl.SSLContext] = {}
_contexts_lock = threading.Lock()


def create_ssl_context() -> ssl.SSLContext:
    """How msdesk verifies TLS: against the roots the operating system trusts, always.

    So a company's own root, installed on the machine, is trusted (a proxy that inspects
    TLS), and certificates are always verified, host names included. On Windows and macOS
    the system's verifier decides (``truststore``); elsewhere OpenSSL reads the system's CA
    store (``SSL_CERT_FILE`` and ``SSL_CERT_DIR`` are honoured everywhere). certifi's bundle
    is used only where no system store is found. Loading a store takes tens of milliseconds:
    call this off the GUI thread. The context is made once per ``SSL_CERT_FILE`` and
    ``SSL_CERT_DIR``, and shared (clients only read it).
    """
    key = (os.environ.get("SSL_CERT_FILE") or None, os.environ.get("SSL_CERT_DIR") or None)
    with _contexts_lock:
        context = _contexts.get(key)
        if context is None:
            context = _contexts[key] = _new_ssl_context(*key)
    return context


def _new_ssl_context(cafile: str | None, capath: str | None) -> ssl.SSLContext:
    if cafile or capath:
        context = ssl.create_default_context(cafile=cafile, capath=capath)
    elif sys.platform in ("win32", "darwin"):
        import truststore

        context = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    else:
        context = ssl.create_default_context()  # OpenSSL's default store
        if not _default_store_found():
            found = next((path for path in SYSTEM_CA_FILES if os.path.isfile(path)), None)
            if found is None:
                import certifi

                found = certifi.where()
            context.load_verify_locations(cafile=found)
    context.verify_mode = ssl.CERT_REQUIRED
    context.check_hostname = True
    return context


def _default_store_found() -> bool:
    paths = ssl.get_default_verify_paths()
    if paths.cafile:
        return True
    try:
        return bool(paths.capath) and any(name.endswith(".0") for name in os.listdir(paths.capath))
    except OSError:
        return False



_FROM_SETTINGS: object = object()


def make_http_client(
    network: NetworkSettings,
    *,
    ssl_context: ssl.SSLContext | None = None,
    proxy: httpx.Proxy | str | None | object = _FROM_SETTINGS,
    trust_env: bool | None = None,
) -> httpx.AsyncClient:
    """A plain AsyncClient with the network settings' timeouts and proxy; call inside the running loop.

    ``proxy`` and ``trust_env`` default to what the settings say (see
    ``network.proxy_for``; a custom proxy then has no credentials): pass them to
    add the keychain's credentials. Raises ``BadConfiguration`` for a proxy that
    cannot work. ``Services`` wraps such clients in a ``NetworkClient``.
    """
    chosen = proxy_for(network, None) if proxy is _FROM_SETTINGS else proxy
    if not isinstance(chosen, httpx.Proxy | str | None):
        raise TypeError("proxy must be an httpx.Proxy, a URL or None")
    return httpx.AsyncClient(
        timeout=http_timeout(network),
        verify=ssl_context if ssl_context is not None else True,
        follow_redirects=True,
        headers={"User-Agent": f"msdesk/{__version__}"},
        limits=httpx.Limits(max_connections=20, max_keepalive_connections=10),
        proxy=chosen,
        trust_env=trust_env_for(network) if trust_env is None else trust_env,
    )


def build_client(config: NetworkConfig) -> httpx.AsyncClient:
    """The client for one version of the network settings; a proxy that cannot work fails every request."""
    try:
        return make_http_client(
            config.network,
            ssl_context=config.ssl_context,
            proxy=proxy_for(config.network, config.credentials),
            trust_env=trust_env_for(config.network),
        )
    except MsdeskError as exc:
        log.warning("the network settings cannot be used: %s", exc.message)
        return refusing_client(exc)
