"""The fault matrix: every way the network and the server can fail, for the command line and the window.

Each case runs against the fake gateway (or a port nobody listens on, a name that
does not resolve, a server with a certificate nobody trusts) with short timeouts
set where a user sets them (the settings file), and checks what the README
promises: the exit code and one clear line on stderr (the command line), the
message saved on the answer (the window's chat), within the timeouts, with what
arrived kept and no traceback.
"""

from __future__ import annotations

import os
import socket
import ssl
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from msdesk.core.chat import ChatEngine, TurnEvents
from msdesk.core.failover import RetryPolicy
from msdesk.core.history import ChatHistory, ConversationParams
from msdesk.core.paths import AppPaths
from msdesk.core.services import Services
from msdesk.core.settings import NetworkSettings, SettingsStore
from tests.conftest import msdesk_cli, run
from tests.fakes.modelscope import VALID_TOKEN, FakeModelScope, new_token
from tests.test_cli import store_tokens  # noqa: F401 - a fixture
from tests.test_packaging_tls import SERVER_CERT, SERVER_KEY

MODEL = "Qwen/Qwen2.5-72B-Instruct"  # no reasoning: the answer is all on stdout
QUESTION = "fault matrix"

#: The timeouts every case runs with (seconds), set in the settings file.
CONNECT, FIRST_PIECE, IDLE = 2.0, 0.4, 0.3
#: No case may take longer than this (the timeouts, the retries' waits, a start of msdesk).
SLOWEST = 8.0


def free_port() -> int:
    """A port nothing listens on (bound, then released)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@dataclass(frozen=True)
class Case:
    name: str
    #: Sets the fault up; returns the API base to use (None: the fake's).
    setup: Callable[[FakeModelScope, dict], str | None]
    code: int  # the command line's exit code (0: answered after all)
    words: str  # in the command line's last line on stderr and in the window's error (or notice)
    #: Part of the answer arrived before the fault: it must be kept.
    partial: bool = False


def behaviour(name: str) -> Callable[[FakeModelScope, dict], None]:
    def setup(fake: FakeModelScope, _context: dict) -> None:
        fake.set_behaviour(name)

    return setup


def attrs(**values) -> Callable[[FakeModelScope, dict], None]:
    def setup(fake: FakeModelScope, _context: dict) -> None:
        for name, value in values.items():
            setattr(fake, name, value)

    return setup


def server_error(name: str) -> Callable[[FakeModelScope, dict], None]:
    def setup(fake: FakeModelScope, _context: dict) -> None:
        fake.retry_after = "0"  # retried at once: the case is about the last answer, not the waits
        fake.set_behaviour(name)

    return setup


def api_base(make: Callable[[FakeModelScope, dict], str]) -> Callable[[FakeModelScope, dict], str]:
    return make


CASES = [
    Case("401", behaviour("401"), 3, "rejected"),
    Case("403", behaviour("403"), 3, "permission"),
    Case("404", api_base(lambda fake, _c: fake.base_url + "/nowhere/v1"), 5, "404"),
    Case("400 not served", behaviour("400_model"), 6, "not served"),
    Case("429 without a backup token", behaviour("429"), 4, "00:00 UTC+8"),
    Case("500", server_error("500"), 5, "server error"),
    Case("502 HTML", server_error("502_html"), 5, "HTTP 502"),
    Case("invalid JSON", behaviour("malformed"), 5, "malformed"),
    Case("wrong-shape JSON", attrs(wrong_shape="choices_string"), 5, "'choices' is not a list"),
    Case("null message", attrs(wrong_shape="null_message"), 5, "message is not an object"),
    Case("stream cut after N bytes", attrs(cut_after_bytes=2000, answer_words=200), 5,
         "closed before the answer was complete", partial=True),
    Case("stall mid-stream", attrs(stall_after=5), 5, "idle timeout", partial=True),
    Case("keep-alive comments mid-stream", attrs(stall_after=5, keepalive_every=0.05), 5,
         "idle timeout", partial=True),
    Case("keep-alive comments only", attrs(stall_after=0, keepalive_every=0.05), 5, "first-byte timeout"),
    Case("oversized line", attrs(stall_after=5, huge_line=2 * 1024 * 1024), 5, "line of more than 1 MiB",
         partial=True),
    # The first try runs out of time, the retry is answered (a request that got no answer is retried).
    Case("slow first byte", attrs(slow_seconds=3.0), 0, "trying again"),
    Case("connection refused", api_base(lambda _f, _c: f"http://127.0.0.1:{free_port()}/v1"), 5,
         "Could not connect"),
    Case("DNS failure", api_base(lambda _f, _c: "https://msdesk-fault-matrix.invalid/v1"), 5,
         "does not exist"),
    Case("self-signed certificate", api_base(lambda _f, context: context["tls"] + "v1"), 5,
         "failed verification"),
]
# "slow first byte" needs the behaviour (once) as well as the delay.
_SLOW = CASES[[c.name for c in CASES].index("slow first byte")]


def apply(case: Case, fake: FakeModelScope, context: dict) -> str:
    base = case.setup(fake, context)
    if case is _SLOW:
        fake.set_behaviour("slow", times=1)
    return base or fake.api_base


def write_settings(home: Path) -> None:
    """Short timeouts, where the user sets them: the settings file msdesk reads at start."""
    store = SettingsStore(AppPaths.under(home).ensure().settings_file)
    settings = store.load()
    settings.network = NetworkSettings(
        connect_timeout=CONNECT, read_timeout=IDLE, first_byte_timeout=FIRST_PIECE, proxy_mode="none"
    )
    store.save(settings)
    store.flush()


@pytest.fixture
def context(request, tmp_path) -> Iterator[dict]:
    """What some cases need besides the fake: an HTTPS server with a certificate nobody trusts."""
    case = request.node.callspec.params["case"]
    if not case.name.startswith("self-signed"):
        yield {}
        return
    (tmp_path / "server.pem").write_text(SERVER_CERT)
    (tmp_path / "server.key").write_text(SERVER_KEY)
    tls = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    tls.load_cert_chain(tmp_path / "server.pem", tmp_path / "server.key")
    server = ThreadingHTTPServer(("127.0.0.1", 0), BaseHTTPRequestHandler)
    server.socket = tls.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield {"tls": f"https://localhost:{server.server_address[1]}/"}
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


def echoed(text: str) -> bool:
    return text.startswith(f"Echo: {QUESTION}")


# -- the command line ---------------------------------------------------------------


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_command_line(case, fake, context, isolated_home):
    write_settings(isolated_home)
    base = apply(case, fake, context)
    env = dict(os.environ, MSDESK_API_BASE=base, MODELSCOPE_API_TOKEN=VALID_TOKEN)
    started = time.monotonic()
    done = msdesk_cli("chat", "-m", MODEL, QUESTION, env=env, timeout=30)
    elapsed = time.monotonic() - started
    assert done.returncode == case.code, (done.returncode, done.stdout, done.stderr)
    assert "Traceback" not in done.stderr and "Traceback" not in done.stdout
    lines = [line for line in done.stderr.splitlines() if line.startswith("msdesk:")]
    assert lines and case.words in lines[-1 if case.code else 0], done.stderr
    assert VALID_TOKEN not in done.stdout + done.stderr
    if case.code == 0:
        assert echoed(done.stdout) and f"within {FIRST_PIECE:g} s" in lines[0], done.stderr
    elif case.partial:
        assert echoed(done.stdout), done.stdout  # what arrived is on stdout
    else:
        assert done.stdout.strip() == ""
    assert elapsed < SLOWEST, elapsed


@pytest.mark.keychain
def test_command_line_429_with_a_backup_token_answers_with_it(fake, isolated_home, store_tokens):  # noqa: F811
    write_settings(isolated_home)
    main, backup = new_token(), new_token()
    fake.add_token(main, daily_limit=0)
    fake.add_token(backup)
    store_tokens([("modelscope", "main", main), ("modelscope", "backup", backup)])
    env = dict(os.environ, MSDESK_API_BASE=fake.api_base)
    done = msdesk_cli("chat", "-m", MODEL, QUESTION, env=env, timeout=30)
    assert done.returncode == 0, done.stderr
    assert echoed(done.stdout) and "Traceback" not in done.stderr
    assert 'Token "main" has no calls left today; answering with "backup".' in done.stderr


def test_command_line_a_10_mb_answer_arrives_whole(fake, isolated_home):
    write_settings(isolated_home)
    piece = "0123456789abcdef" * 4096  # 64 KiB
    fake.answer_pieces = [piece] * 160  # 10 MiB
    env = dict(os.environ, MSDESK_API_BASE=fake.api_base, MODELSCOPE_API_TOKEN=VALID_TOKEN)
    started = time.monotonic()
    done = msdesk_cli("chat", "-m", MODEL, QUESTION, env=env, timeout=30)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout == piece * 160 + "\n"
    assert time.monotonic() - started < SLOWEST


# -- the window's chat path (the engine that the Chat page drives) ----------------------------


class Seen:
    def __init__(self) -> None:
        self.content: list[str] = []
        self.statuses: list[str] = []
        self.done: list = []

    def events(self) -> TurnEvents:
        return TurnEvents(
            on_content=self.content.append, on_status=self.statuses.append, on_done=self.done.append
        )


async def one_turn(home: Path, *, tokens: list[tuple[str, str]], seen: Seen):
    services = await Services.open(AppPaths.under(home))
    history = ChatHistory.open(services.paths.data_dir / "history.sqlite3")
    try:
        for label, token in tokens:
            await services.secrets.set("modelscope", label, token)
        engine = ChatEngine(services, history, retry=RetryPolicy(base_delay=0.0))
        conversation = history.create_conversation(
            provider_id="modelscope", model_id=MODEL, params=ConversationParams()
        ).id
        final = await engine.send(conversation, QUESTION, events=seen.events())
        return final, history.message(final.id)
    finally:
        history.close()
        await services.aclose()


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_window_chat(case, fake, context, isolated_home, monkeypatch):
    write_settings(isolated_home)
    monkeypatch.setenv("MSDESK_API_BASE", apply(case, fake, context))
    seen = Seen()
    started = time.monotonic()
    final, stored = run(one_turn(isolated_home, tokens=[("main", VALID_TOKEN)], seen=seen))
    elapsed = time.monotonic() - started
    assert seen.done == [final]
    # Nothing that arrived is lost: the saved answer is every piece shown, in order.
    assert stored.content == final.content == "".join(seen.content)
    if case.code == 0:
        assert final.status == "ok" and echoed(stored.content)
        assert any(case.words in status for status in seen.statuses), seen.statuses
    else:
        assert final.status == ("cut" if case.partial else "error"), (final.status, final.error)
        assert case.words in final.error, final.error
        assert VALID_TOKEN not in final.error
        assert echoed(stored.content) if case.partial else stored.content == ""
    assert elapsed < SLOWEST, elapsed


def test_window_chat_429_with_a_backup_token_answers_with_it(fake, isolated_home, monkeypatch):
    write_settings(isolated_home)
    monkeypatch.setenv("MSDESK_API_BASE", fake.api_base)
    main, backup = new_token(), new_token()
    fake.add_token(main, daily_limit=0)
    fake.add_token(backup)
    seen = Seen()
    final, stored = run(one_turn(isolated_home, tokens=[("main", main), ("backup", backup)], seen=seen))
    assert final.status == "ok" and echoed(stored.content)
    assert stored.token_label == "backup"


def test_window_chat_a_10_mb_answer_is_saved_whole(fake, isolated_home, monkeypatch):
    write_settings(isolated_home)
    monkeypatch.setenv("MSDESK_API_BASE", fake.api_base)
    piece = "fedcba9876543210" * 4096
    fake.answer_pieces = [piece] * 160
    seen = Seen()
    final, stored = run(one_turn(isolated_home, tokens=[("main", VALID_TOKEN)], seen=seen))
    assert final.status == "ok"
    assert stored.content == piece * 160


def test_window_chat_an_answer_past_the_cap_ends_with_a_clear_error_and_keeps_what_came(
    fake, isolated_home, monkeypatch
):
    from msdesk.core import inference

    monkeypatch.setattr(inference, "MAX_ANSWER_CHARS", 100_000)  # the 16 Mi cap, scaled down
    write_settings(isolated_home)
    monkeypatch.setenv("MSDESK_API_BASE", fake.api_base)
    fake.answer_pieces = ["x" * 30_000] * 10
    seen = Seen()
    final, stored = run(one_turn(isolated_home, tokens=[("main", VALID_TOKEN)], seen=seen))
    assert final.status == "cut" and "longer than" in final.error
    assert stored.content == "x" * 90_000 == "".join(seen.content)


# -- the Chat page itself, for a few representative cases ---------------------------------

PAGE_CASES = [c for c in CASES if c.name in ("keep-alive comments mid-stream", "wrong-shape JSON",
                                             "oversized line")]


@pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)\(\)")
@pytest.mark.parametrize("case", PAGE_CASES, ids=[c.name for c in PAGE_CASES])
def test_chat_page(case, qtbot, run_async, fake, context, isolated_home, monkeypatch):
    from tests.test_ui_chat import answered, close_page, open_page, type_and_send

    write_settings(isolated_home)
    monkeypatch.setenv("MSDESK_API_BASE", apply(case, fake, context))
    fake.reasoning_words = 0  # the page's first model reasons: here its answer starts with text

    async def scenario():
        services, page = await open_page(qtbot)
        started = time.monotonic()
        type_and_send(qtbot, page, QUESTION)
        answer = await answered(page, timeout=SLOWEST)
        assert time.monotonic() - started < SLOWEST
        assert answer.message.status == ("cut" if case.partial else "error")
        assert case.words in answer.message.error
        shown = answer.body.plain_text()
        assert echoed(shown) if case.partial else shown == ""
        assert answer.notice_label.isVisibleTo(page) and answer.notice_label.text()
        await close_page(services, page)

    run_async(scenario())


@pytest.mark.parametrize("shape", ["choices_string", "null_message"])
def test_command_line_a_non_streamed_answer_of_the_wrong_shape_exits_5_with_the_body_in_the_log(
    shape, fake, isolated_home
):
    write_settings(isolated_home)
    fake.wrong_shape = shape
    env = dict(os.environ, MSDESK_API_BASE=fake.api_base, MODELSCOPE_API_TOKEN=VALID_TOKEN)
    done = msdesk_cli("chat", "-m", MODEL, "--no-stream", QUESTION, env=env, timeout=30)
    assert done.returncode == 5, (done.stdout, done.stderr)
    assert "Traceback" not in done.stderr and done.stdout.strip() == ""
    assert "raw answer is in the log" in done.stderr.splitlines()[-1]
    log = AppPaths.under(isolated_home).log_file.read_text(encoding="utf-8")
    assert "Raw body" in log and "chatcmpl-x" in log and VALID_TOKEN not in log
