"""Shared fixtures: an isolated home per test, the fake ModelScope, a real Secret Service."""

from __future__ import annotations

import asyncio
import os
import shutil
import signal
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.cli_fork import ForkRunner

ROOT = Path(__file__).resolve().parents[1]
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The tests read the English text; the translations have tests of their own
# (tests/test_i18n.py), whatever the language of the machine running them.
os.environ["LANGUAGE"] = "en"


def run(coro):
    """Run a coroutine on a fresh event loop (each test gets its own loop)."""
    return asyncio.run(coro)


def pytest_collection_finish(session: pytest.Session) -> None:
    """Freeze what is alive once the test modules are imported.

    As the app does (msdesk.ui.gc_guard), automatic collection is off: no
    collection from server or worker threads, where a collected Qt object would
    be destroyed off the GUI thread. The modules, Qt's bindings and everything
    else imported so far live for the whole run; frozen, no collection between
    tests walks them again.
    """
    import gc

    import PySide6.QtWidgets  # noqa: F401  (imported before the freeze, not by the first Qt test)

    import msdesk.core.services
    import msdesk.ui.main_window  # noqa: F401

    gc.disable()
    gc.collect()
    gc.freeze()


def pytest_sessionfinish(session: pytest.Session) -> None:
    import gc

    _cli_runner.stop()
    gc.unfreeze()
    gc.enable()


@pytest.fixture(autouse=True)
def _collect_after_each_test():
    """Collect what a test left in cycles before the next test starts.

    The young generations hold everything the test made; the old one is
    collected on the app's own rule (msdesk.ui.gc_guard), when its count is due.
    """
    yield
    from msdesk.ui.gc_guard import collect_due

    collect_due(at_least=1)


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own MSDESK_HOME and never sees a real keychain or token."""
    home = tmp_path / "msdesk-home"
    monkeypatch.setenv("MSDESK_HOME", str(home))
    monkeypatch.setenv("MSDESK_SECRET_BACKEND", "memory")
    for name in ("MODELSCOPE_API_TOKEN", "MSDESK_API_BASE", "MSDESK_HUB_BASE"):
        monkeypatch.delenv(name, raising=False)
    return home


@pytest.fixture
def fake() -> Iterator:
    from tests.fakes.modelscope import FakeModelScope

    with FakeModelScope() as server:
        yield server


@pytest.fixture
def fake_env(fake, monkeypatch: pytest.MonkeyPatch):
    """Point msdesk's ModelScope provider at the fake server."""
    monkeypatch.setenv("MSDESK_API_BASE", fake.api_base)
    monkeypatch.setenv("MSDESK_HUB_BASE", fake.hub_base)
    return fake


class SecretService:
    """A private D-Bus session bus with an unlocked gnome-keyring on it."""

    def __init__(self) -> None:
        self.dir = Path(tempfile.mkdtemp(prefix="msdesk-keyring-"))
        self.env: dict[str, str] = {}
        self._bus_pid: int | None = None

    def start(self) -> None:
        runtime = self.dir / "run"
        runtime.mkdir(mode=0o700)
        data = self.dir / "data"
        data.mkdir()
        base_env = dict(os.environ)
        base_env.update(HOME=str(self.dir), XDG_RUNTIME_DIR=str(runtime), XDG_DATA_HOME=str(data))
        out = subprocess.run(
            ["dbus-daemon", "--session", "--fork", "--nopidfile",
             "--print-address=1", "--print-pid=1"],
            capture_output=True, text=True, timeout=20, env=base_env, check=True,
        ).stdout.split()
        address, self._bus_pid = out[0], int(out[1])
        base_env["DBUS_SESSION_BUS_ADDRESS"] = address
        # A keyring created with a password on stdin starts unlocked.
        subprocess.run(
            ["gnome-keyring-daemon", "--unlock", "--components=secrets", "--daemonize"],
            input="msdesk-test-password", capture_output=True, text=True, timeout=20,
            env=base_env, check=True,
        )
        self.env = {
            "DBUS_SESSION_BUS_ADDRESS": address,
            "XDG_RUNTIME_DIR": str(runtime),
            "XDG_DATA_HOME": str(data),
        }

    def stop(self) -> None:
        marker = f"XDG_RUNTIME_DIR={self.dir / 'run'}".encode()
        for proc in Path("/proc").iterdir():
            if not proc.name.isdigit():
                continue
            try:
                if b"gnome-keyring" not in (proc / "cmdline").read_bytes():
                    continue
                if marker in (proc / "environ").read_bytes().split(b"\0"):
                    os.kill(int(proc.name), signal.SIGTERM)
            except OSError:
                continue
        if self._bus_pid:
            try:
                os.kill(self._bus_pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
        shutil.rmtree(self.dir, ignore_errors=True)


@pytest.fixture(scope="session")
def secret_service() -> Iterator[SecretService]:
    missing = [tool for tool in ("dbus-daemon", "gnome-keyring-daemon") if not shutil.which(tool)]
    if missing:
        reason = f"needs a real Secret Service: {', '.join(missing)} not installed"
        if IN_CI:
            pytest.fail(reason + " (CI must install dbus and gnome-keyring)")
        pytest.skip(reason)
    service = SecretService()
    service.start()
    try:
        yield service
    finally:
        service.stop()


@pytest.fixture
def keychain(secret_service: SecretService, monkeypatch: pytest.MonkeyPatch) -> SecretService:
    """Use the real Secret Service in this test (and in subprocesses it starts)."""
    for key, value in secret_service.env.items():
        monkeypatch.setenv(key, value)
    monkeypatch.delenv("MSDESK_SECRET_BACKEND", raising=False)
    return secret_service


# One for the session: its helper process starts on the first call, ends with the session.
_cli_runner = ForkRunner()


def msdesk_cli(*args: str, env: dict[str, str] | None = None, stdin: str | None = None,
               timeout: float = 60, cold: bool = False) -> subprocess.CompletedProcess:
    """Run ``python -m msdesk ARGS`` with its own environment, folder, stdin and outputs.

    By default the run is a fresh child forked from a helper that has already done
    Python's imports (tests/cli_fork.py); it gets what a cold run gets, in a fraction
    of the time. ``cold=True`` starts a real ``python -m msdesk``, as a user would.
    """
    env = env if env is not None else dict(os.environ)
    if cold:
        return subprocess.run(
            [sys.executable, "-m", "msdesk", *args],
            input=stdin, capture_output=True, text=True, timeout=timeout, env=env, cwd=str(ROOT),
        )
    return _cli_runner.run("msdesk", list(args), env=env, cwd=str(ROOT), stdin=stdin,
                           timeout=timeout)


# -- Qt + asyncio --------------------------------------------------------------


@pytest.fixture
def run_async(qapp):
    """Run a coroutine on a qasync loop over pytest-qt's QApplication, as the app does.

    Widgets start their work on this loop; a test drives them from inside the
    coroutine and awaits ``until(...)`` for the outcome.
    """
    from msdesk.ui.loop import AppLoop

    def runner(coro):
        with asyncio.Runner(loop_factory=lambda: AppLoop(qapp)) as loop_runner:
            return loop_runner.run(coro)

    return runner


async def until(predicate, timeout: float = 10.0, interval: float = 0.02, message: str = ""):
    """Wait on the running loop (Qt events keep flowing) until ``predicate()`` is truthy."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if loop.time() > deadline:
            raise AssertionError(message or f"timed out after {timeout} s waiting for {predicate}")
        await asyncio.sleep(interval)


def wait_until(predicate, timeout: float = 10.0, interval: float = 0.01, message: str = ""):
    """Block (no event loop) until ``predicate()`` is truthy: for threads and subprocesses."""
    import time

    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(message or f"timed out after {timeout} s waiting for {predicate}")
        time.sleep(interval)


@pytest.fixture
def real_secret_store(keychain):
    """A SecretStore on the real Secret Service of the ``keychain`` fixture."""
    from keyring.backends import SecretService as SecretServiceBackend

    from msdesk.core.secret_store import SecretStore

    store = SecretStore(SecretServiceBackend.Keyring())
    yield store
    store.close()
