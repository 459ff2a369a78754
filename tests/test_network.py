"""Network settings against the fake ModelScope over real HTTP: proxy modes, keychain credentials, timeouts.

The custom-proxy tests go through ``ForwardProxy``, a tiny stdlib HTTP forward
proxy on 127.0.0.1 that checks Basic auth and counts what it forwarded.
"""

from __future__ import annotations

import asyncio
import base64
import http.client
import logging
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import aclosing
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

import pytest

from msdesk.core.errors import BadConfiguration, NetworkError
from msdesk.core.inference import ChatRequest
from msdesk.core.network import (
    PROXY_LABEL,
    PROXY_PROVIDER,
    first_byte,
    first_byte_stream,
    proxy_credentials,
    proxy_for,
    socks_available,
    split_proxy_url,
    store_proxy_credentials,
)
from msdesk.core.paths import AppPaths
from msdesk.core.redact import redact
from msdesk.core.services import Services
from msdesk.core.settings import NetworkSettings, SettingsStore
from tests.conftest import run
from tests.fakes.modelscope import VALID_TOKEN

MODEL = "deepseek-ai/DeepSeek-V3.2"
PROXY_USER = "alice"
PROXY_PASSWORD = "s3cret-Pass word:%"  # spaces, a colon and a percent sign survive the keychain
_HOP_BY_HOP = {
    "connection", "keep-alive", "proxy-authorization", "proxy-connection", "te", "trailer",
    "transfer-encoding", "upgrade", "content-length",
}


class ForwardProxy:
    """A minimal HTTP forward proxy (plain http only), with optional Basic auth."""

    def __init__(self, credentials: tuple[str, str] | None = None) -> None:
        self.credentials = credentials
        self.forwarded: list[tuple[str, str]] = []  # (method, absolute URL)
        self.refused = 0
        self._lock = threading.Lock()
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def do_GET(self) -> None:
                self._forward()

            do_POST = do_PUT = do_DELETE = do_GET

            def _forward(self) -> None:
                if not proxy._authorised(self.headers.get("Proxy-Authorization")):
                    with proxy._lock:
                        proxy.refused += 1
                    self.send_response(407)
                    self.send_header("Proxy-Authenticate", 'Basic realm="test"')
                    self.send_header("Content-Length", "0")
                    self.send_header("Connection", "close")
                    self.end_headers()
                    self.close_connection = True
                    return
                target = urlsplit(self.path)
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else None
                headers = {k: v for k, v in self.headers.items() if k.lower() not in _HOP_BY_HOP}
                upstream = http.client.HTTPConnection(target.hostname, target.port, timeout=30)
                try:
                    path = target.path + (f"?{target.query}" if target.query else "")
                    upstream.request(self.command, path, body=body, headers=headers)
                    answer = upstream.getresponse()
                    data = answer.read()
                    with proxy._lock:
                        proxy.forwarded.append((self.command, self.path))
                    self.send_response(answer.status)
                    for key, value in answer.getheaders():
                        if key.lower() not in _HOP_BY_HOP:
                            self.send_header(key, value)
                    self.send_header("Content-Length", str(len(data)))
                    self.send_header("Connection", "close")
                    self.end_headers()
                    self.wfile.write(data)
                finally:
                    upstream.close()
                self.close_connection = True

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05},
                                        daemon=True)

    def _authorised(self, header: str | None) -> bool:
        if self.credentials is None:
            return True
        expected = base64.b64encode(":".join(self.credentials).encode()).decode()
        return header == f"Basic {expected}"

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def __enter__(self) -> ForwardProxy:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(5)


@pytest.fixture
def proxy() -> Iterator[ForwardProxy]:
    with ForwardProxy((PROXY_USER, PROXY_PASSWORD)) as server:
        yield server


def dead_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def proxy_env(monkeypatch: pytest.MonkeyPatch, url: str, no_proxy: str | None = None) -> None:
    for name in ("http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY",
                 "no_proxy", "NO_PROXY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("http_proxy", url)
    monkeypatch.setenv("HTTP_PROXY", url)
    if no_proxy is not None:
        monkeypatch.setenv("no_proxy", no_proxy)
        monkeypatch.setenv("NO_PROXY", no_proxy)


def save_network(**fields: object) -> None:
    """Write network settings to the settings file before msdesk opens it."""
    store = SettingsStore(AppPaths.default().ensure().settings_file)
    store.load()

    def change(settings):
        for key, value in fields.items():
            setattr(settings.network, key, value)

    store.update(change)


def ask(text: str = "hello") -> ChatRequest:
    return ChatRequest(model=MODEL, messages=[{"role": "user", "content": text}])


async def use_custom_proxy(services: Services, url: str, credentials: tuple[str, str] | None) -> None:
    """What Settings → Network does: keychain first, then the file, then the clients."""
    if credentials is not None:
        await store_proxy_credentials(services.secrets, *credentials)

    def change(settings):
        settings.network.proxy_mode = "custom"
        settings.network.proxy_url = url

    services.settings_store.update(change)
    await services.apply_network(services.settings.network)


async def models_via(services: Services) -> int:
    client = await services.inference(require_token=False)
    return len(await client.list_models())


# -- proxy modes ------------------------------------------------------------------------


def test_none_ignores_a_proxy_set_in_the_environment(fake_env, monkeypatch):
    proxy_env(monkeypatch, f"http://127.0.0.1:{dead_port()}")
    save_network(proxy_mode="none")

    async def scenario():
        services = await Services.open()
        try:
            return await models_via(services), await services.check_network()
        finally:
            await services.aclose()

    count, latency = run(scenario())
    assert count > 0 and 0 < latency < 10
    assert any(r.path.endswith("/v1/models") for r in fake_env.requests)


def test_system_uses_the_environment_proxy_and_no_proxy(fake_env, monkeypatch):
    port = dead_port()
    proxy_env(monkeypatch, f"http://127.0.0.1:{port}")

    async def scenario():
        services = await Services.open()
        try:
            assert services.settings.network.proxy_mode == "system"
            with pytest.raises(NetworkError) as info:
                await models_via(services)
            return info.value.message
        finally:
            await services.aclose()

    message = run(scenario())
    assert f"proxy http://127.0.0.1:{port}" in message and "Settings → Network" in message
    assert "\n" not in message
    assert fake_env.requests == []  # nothing went around the proxy

    proxy_env(monkeypatch, f"http://127.0.0.1:{port}", no_proxy="127.0.0.1")

    async def bypassed():
        services = await Services.open()
        try:
            return await models_via(services)
        finally:
            await services.aclose()

    assert run(bypassed()) > 0


def test_custom_proxy_with_keychain_credentials_carries_every_request(fake_env, proxy, monkeypatch):
    proxy_env(monkeypatch, f"http://127.0.0.1:{dead_port()}")  # ignored in custom mode

    async def scenario():
        services = await Services.open()
        try:
            await services.secrets.set("modelscope", "main", VALID_TOKEN)
            await use_custom_proxy(services, proxy.url, (PROXY_USER, PROXY_PASSWORD))
            stored = await services.secrets.get(PROXY_PROVIDER, PROXY_LABEL)
            client = await services.inference()
            direct = "".join([c.content async for c in client.chat_stream(ask("direct"))])
            again = await services.inference()
            second = "".join([c.content async for c in again.chat_stream(ask("second"))])
            latency = await services.check_network()
            return stored, direct, second, latency
        finally:
            await services.aclose()

    stored, direct, second, latency = run(scenario())
    assert "direct" in direct and "second" in second and latency > 0
    assert stored is not None and PROXY_PASSWORD not in stored  # encoded, but decodable:
    assert [path for _, path in proxy.forwarded] == [
        f"{fake_env.api_base}/chat/completions", f"{fake_env.api_base}/chat/completions",
        f"{fake_env.api_base}/models",
    ]
    assert proxy.refused == 0
    # The target never sees the proxy's credentials; it sees the token.
    assert all("proxy-authorization" not in r.headers for r in fake_env.requests)
    assert fake_env.requests[0].headers["authorization"] == f"Bearer {VALID_TOKEN}"


def test_a_wrong_proxy_password_is_a_clear_error(fake_env, proxy):
    async def scenario():
        services = await Services.open()
        try:
            await use_custom_proxy(services, proxy.url, (PROXY_USER, "wrong-password"))
            with pytest.raises(NetworkError) as wrong:
                await models_via(services)
            await store_proxy_credentials(services.secrets, "", "")  # forget them
            await services.apply_network()
            with pytest.raises(NetworkError) as missing:
                await models_via(services)
            return wrong.value.message, missing.value.message, await proxy_credentials(services.secrets)
        finally:
            await services.aclose()

    wrong, missing, left = run(scenario())
    for message in (wrong, missing):
        assert "HTTP 407" in message and "Settings → Network" in message and proxy.url in message
    assert left is None and proxy.refused == 2 and fake_env.requests == []


def test_the_proxy_password_stays_out_of_files_logs_and_reprs(fake_env, proxy, isolated_home):
    from msdesk.core.logs import setup_logging

    paths = AppPaths.default().ensure()
    setup_logging(paths, level=logging.DEBUG)
    root = logging.getLogger()
    try:
        async def scenario():
            services = await Services.open()
            try:
                await use_custom_proxy(services, proxy.url, (PROXY_USER, PROXY_PASSWORD))
                await models_via(services)
                logging.getLogger("msdesk.test").warning(
                    "credentials were %s and %r", await proxy_credentials(services.secrets),
                    proxy_for(services.settings.network, (PROXY_USER, PROXY_PASSWORD)),
                )
                return [repr(services), repr(services.http), repr(services.network_config),
                        str(services.network_config), repr(services.secrets)]
            finally:
                await services.aclose()

        reprs = run(scenario())
    finally:
        for handler in [h for h in root.handlers if getattr(h, "_msdesk", False)]:
            root.removeHandler(handler)
            handler.close()
        root.setLevel(logging.WARNING)

    assert len(proxy.forwarded) == 1
    assert not [text for text in reprs if PROXY_PASSWORD in text]
    log_text = paths.log_file.read_text(encoding="utf-8")
    assert "credentials were" in log_text and PROXY_PASSWORD not in log_text
    settings_text = paths.settings_file.read_text(encoding="utf-8")
    assert proxy.url in settings_text and PROXY_PASSWORD not in settings_text
    for path in (p for p in isolated_home.rglob("*") if p.is_file()):
        assert PROXY_PASSWORD.encode() not in path.read_bytes(), path
    assert PROXY_PASSWORD not in redact(f"proxy password {PROXY_PASSWORD}")


# -- bad proxy settings -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("ftp://proxy.example.com:21", "must start with http://, https:// or socks5://"),
        ("proxy.example.com:8080", "must start with http://"),
        ("http://", "name a host"),
        ("", "No proxy URL is set"),
        ("http://bob:hunter22@proxy.example.com:8080", "in their own fields"),
    ],
)
def test_a_proxy_url_that_cannot_work_is_refused_clearly(url, words):
    network = NetworkSettings(proxy_mode="custom", proxy_url=url)
    with pytest.raises(BadConfiguration) as info:
        proxy_for(network, None)
    assert words in info.value.message and "\n" not in info.value.message
    assert "hunter22" not in info.value.message


def test_socks5_needs_socksio():
    network = NetworkSettings(proxy_mode="custom", proxy_url="socks5://127.0.0.1:1080")
    if socks_available():
        assert str(proxy_for(network, ("u", "password1")).url) == "socks5://127.0.0.1:1080"
    else:
        with pytest.raises(BadConfiguration, match="needs? the optional Python package 'socksio'"):
            proxy_for(network, None)


def test_proxy_modes_map_to_httpx():
    assert proxy_for(NetworkSettings(proxy_mode="system", proxy_url="http://x:1"), None) is None
    assert proxy_for(NetworkSettings(proxy_mode="none", proxy_url="http://x:1"), None) is None
    plain = proxy_for(NetworkSettings(proxy_mode="custom", proxy_url=" http://x:3128 "), None)
    assert plain == "http://x:3128"
    with_auth = proxy_for(NetworkSettings(proxy_mode="custom", proxy_url="https://x:3128"), ("u", "pw-123456"))
    assert with_auth.auth == ("u", "pw-123456") and "pw-123456" not in repr(with_auth)
    url, credentials = split_proxy_url("http://bob:hunter22@proxy.example.com:8080")
    assert url == "http://proxy.example.com:8080" and credentials == ("bob", "hunter22")


def test_a_bad_saved_proxy_is_reported_and_never_bypassed(fake_env):
    save_network(proxy_mode="custom", proxy_url="ftp://nope")

    async def scenario():
        services = await Services.open()
        try:
            with pytest.raises(BadConfiguration) as info:
                await models_via(services)
            return list(services.warnings), info.value.message
        finally:
            await services.aclose()

    warnings, message = run(scenario())
    assert "ftp://nope" in message and "Settings → Network" in message
    assert any("every request fails" in w for w in warnings)
    assert fake_env.requests == []  # not sent around the proxy


def test_apply_network_refuses_a_bad_proxy_and_keeps_working(fake_env):
    async def scenario():
        services = await Services.open()
        try:
            before = services.network_config
            with pytest.raises(BadConfiguration):
                await services.apply_network(NetworkSettings(proxy_mode="custom", proxy_url="nope"))
            return before is services.network_config, await models_via(services)
        finally:
            await services.aclose()

    unchanged, count = run(scenario())
    assert unchanged and count > 0


# -- timeouts -------------------------------------------------------------------------


def stream_with(network: NetworkSettings):
    async def scenario():
        services = await Services.open()
        try:
            await services.apply_network(network)
            await services.secrets.set("modelscope", "main", VALID_TOKEN)
            client = await services.inference()
            text = ""
            async with aclosing(client.chat_stream(ask())) as chunks:
                async for chunk in chunks:
                    text += chunk.content
            return text
        finally:
            await services.aclose()

    return scenario()


def test_a_slow_first_byte_hits_the_first_byte_timeout(fake_env):
    fake_env.slow_seconds = 1.5
    fake_env.set_behaviour("slow")
    with pytest.raises(NetworkError) as info:
        run(stream_with(NetworkSettings(first_byte_timeout=0.4, read_timeout=5)))
    assert info.value.message == (
        "No answer from 127.0.0.1 within 0.4 s. Try again, or raise the first-byte timeout in "
        "Settings → Network."
    )


def test_the_idle_timeout_does_not_cut_a_slow_start(fake_env):
    fake_env.slow_seconds = 0.8
    fake_env.set_behaviour("slow")
    text = run(stream_with(NetworkSettings(first_byte_timeout=5, read_timeout=0.3)))
    assert "hello" in text


def test_a_stalled_stream_hits_the_idle_timeout(fake_env):
    fake_env.chunk_delay = 1.0
    with pytest.raises(NetworkError) as info:
        run(stream_with(NetworkSettings(first_byte_timeout=5, read_timeout=0.3)))
    assert "sent no part of the answer for 0.3 s" in info.value.message and "idle timeout" in info.value.message


def test_a_steady_stream_longer_than_the_idle_timeout_is_never_cut(fake_env):
    # Each wait is shorter than the idle timeout; the answer as a whole takes several times it.
    fake_env.answer_words = 12
    fake_env.reasoning_words = 0  # 15 pieces, not 23: still 1.4 s
    fake_env.chunk_delay = 0.1
    started = time.monotonic()
    text = run(stream_with(NetworkSettings(first_byte_timeout=5, read_timeout=0.3)))
    assert time.monotonic() - started > 0.9
    assert len(text.split()) == 12


def test_after_a_quick_start_a_stall_is_cut_at_the_idle_timeout_not_the_first_byte_one(fake_env):
    fake_env.stall_after = 3  # the role, then two pieces of the answer, then nothing
    started = time.monotonic()
    with pytest.raises(NetworkError) as info:
        run(stream_with(NetworkSettings(first_byte_timeout=20, read_timeout=0.3)))
    assert "sent no part of the answer for 0.3 s" in info.value.message
    assert time.monotonic() - started < 2.5


def test_keep_alive_comments_do_not_extend_the_idle_timeout(fake_env):
    fake_env.stall_after = 3
    fake_env.keepalive_every = 0.05  # far more often than the idle timeout
    started = time.monotonic()
    with pytest.raises(NetworkError) as info:
        run(stream_with(NetworkSettings(first_byte_timeout=20, read_timeout=0.4)))
    assert "sent no part of the answer for 0.4 s" in info.value.message
    assert time.monotonic() - started < 2.5


def test_keep_alive_comments_alone_do_not_extend_the_first_byte_timeout(fake_env):
    fake_env.stall_after = 0  # 200, then only comments
    fake_env.keepalive_every = 0.05
    started = time.monotonic()
    with pytest.raises(NetworkError) as info:
        run(stream_with(NetworkSettings(first_byte_timeout=0.5, read_timeout=0.2)))
    assert "within 0.5 s" in info.value.message and "first-byte timeout" in info.value.message
    assert time.monotonic() - started < 2.5


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("localhost", True), ("127.0.0.1", True), ("127.9.8.7", True), ("::1", True), ("[::1]", True),
        ("127.attacker.example", False), ("127.0.0.1.nip.io", False), ("localhost.example", False),
        ("10.0.0.1", False), ("example.com", False), ("", False),
    ],
)
def test_only_a_loopback_address_or_localhost_counts_as_this_machine(host, loopback):
    from msdesk.core.providers import is_insecure_remote, is_loopback_host

    assert is_loopback_host(host) is loopback
    if host:
        shown = f"[{host.strip('[]')}]" if ":" in host else host
        assert is_insecure_remote(f"http://{shown}:8000/v1") is not loopback
        assert not is_insecure_remote(f"https://{shown}:8000/v1")


def test_first_byte_bounds_any_wait():
    async def scenario():
        with pytest.raises(NetworkError) as info:
            await first_byte(asyncio.sleep(5), 0.05, what="Bailian")
        quick = await first_byte(asyncio.sleep(0, "ready"), 1)

        async def late():
            await asyncio.sleep(5)
            yield 1

        async def steady():
            for value in (1, 2, 3):
                yield value

        with pytest.raises(NetworkError):
            async with aclosing(first_byte_stream(late(), 0.05)) as items:
                async for _ in items:
                    pass
        got = [value async for value in first_byte_stream(steady(), 1)]
        return info.value.message, quick, got

    message, quick, got = run(scenario())
    assert message == (
        "No answer from Bailian within 0.05 s. Try again, or raise the first-byte timeout in "
        "Settings → Network."
    )
    assert quick == "ready" and got == [1, 2, 3]


# -- changing the settings while requests run ---------------------------------------------------


def test_new_settings_take_effect_without_breaking_a_stream_in_flight(fake_env, proxy):
    fake_env.answer_words = 12
    fake_env.reasoning_words = 0
    fake_env.chunk_delay = 0.05

    async def scenario():
        services = await Services.open()
        try:
            await services.secrets.set("modelscope", "main", VALID_TOKEN)
            client = await services.inference()
            old = services.http.current
            text = ""
            async with aclosing(client.chat_stream(ask("first"))) as chunks:
                async for chunk in chunks:
                    if not text:
                        await use_custom_proxy(services, proxy.url, (PROXY_USER, PROXY_PASSWORD))
                        open_mid_stream = not old.is_closed
                    text += chunk.content
            await asyncio.sleep(0.05)
            closed_after = old.is_closed
            second = await client.chat(ask("second"))  # the same client object, the new settings
            return text, open_mid_stream, closed_after, second.content, services.http.current is not old
        finally:
            await services.aclose()

    text, open_mid_stream, closed_after, second, swapped = run(scenario())
    assert "first" in text and open_mid_stream and closed_after and swapped
    assert "second" in second
    assert [path for _, path in proxy.forwarded] == [f"{fake_env.api_base}/chat/completions"]


def test_credentials_survive_any_characters(isolated_home):
    async def scenario():
        services = await Services.open()
        try:
            await store_proxy_credentials(services.secrets, "dom\\user", PROXY_PASSWORD)
            return await proxy_credentials(services.secrets)
        finally:
            await services.aclose()

    assert run(scenario()) == ("dom\\user", PROXY_PASSWORD)



@pytest.mark.parametrize("url", ["bob:hunter2secret@proxy.example.com:8080", "ftp://bob:hunter2secret@proxy.example.com"])
def test_a_password_in_a_malformed_proxy_url_is_never_shown(url):
    from msdesk.core.errors import BadConfiguration
    from msdesk.core.network import validate_proxy_url

    with pytest.raises(BadConfiguration) as caught:
        validate_proxy_url(url)
    assert "hunter2secret" not in str(caught.value) and "hunter2secret" not in repr(caught.value)
    assert "user name or password" in str(caught.value)
