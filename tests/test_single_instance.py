"""Two starts, one app: the second brings the first window forward; a crash leaves no stuck lock."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from msdesk.core.paths import AppPaths
from msdesk.ui.single_instance import InstanceLock, RaiseListener, WindowRaiser, ask_first_to_raise
from tests.conftest import ROOT

HOLDER = """
import sys, time
from pathlib import Path
from msdesk.ui.single_instance import InstanceLock, RaiseListener
lock = InstanceLock(Path(sys.argv[1]))
if not lock.acquire():
    print("taken", flush=True)
    sys.exit(3)
listener = RaiseListener(lock.address_file, lambda: None)
listener.start()
listener.wait_listening()
print("held", flush=True)
time.sleep(60)
"""


def env_for(home: Path) -> dict[str, str]:
    return dict(os.environ, MSDESK_HOME=str(home), QT_QPA_PLATFORM="offscreen")


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen has no window stack
def test_a_second_start_brings_the_first_window_forward(qtbot, isolated_home):
    from PySide6.QtWidgets import QMainWindow

    window = QMainWindow()
    qtbot.addWidget(window)
    window.showMinimized()
    lock = InstanceLock(AppPaths.default().data_dir)
    assert lock.acquire()
    raiser = WindowRaiser(window)
    listener = RaiseListener(lock.address_file, raiser.request)
    listener.start()
    try:
        assert listener.wait_listening()
        second = subprocess.run([sys.executable, "-m", "msdesk"], capture_output=True, text=True, timeout=30,
                                env=env_for(isolated_home), cwd=str(ROOT))
        assert second.returncode == 0, second.stderr
        assert "already running: its window was brought forward" in second.stderr
        qtbot.waitUntil(lambda: raiser.raised == 1, timeout=5000)
        assert not window.isMinimized() and window.isVisible()
    finally:
        listener.stop()
        lock.release()
    assert not lock.address_file.exists()


def test_a_request_without_the_key_is_refused(qtbot, tmp_path):
    calls: list[int] = []
    listener = RaiseListener(tmp_path / "instance.json", lambda: calls.append(1))
    listener.start()
    try:
        assert listener.wait_listening()
        port = __import__("json").loads((tmp_path / "instance.json").read_text())["port"]
        with socket.create_connection(("127.0.0.1", port), timeout=2) as conn:
            conn.sendall(b"raise 0000\n")
            assert conn.recv(16).strip() == b"no"
        assert ask_first_to_raise(tmp_path / "instance.json", timeout=2) and calls == [1]
        assert (tmp_path / "instance.json").stat().st_mode & 0o077 == 0
    finally:
        listener.stop()


def test_a_lock_held_by_a_live_process_is_not_taken_and_a_silent_holder_is_reported(tmp_path):
    first = InstanceLock(tmp_path)
    assert first.acquire()
    try:
        second = InstanceLock(tmp_path)
        assert not second.acquire()
        assert second.holder_pid() == os.getpid()
        assert not ask_first_to_raise(second.address_file, timeout=0.2)  # nobody listens
    finally:
        first.release()
    assert InstanceLock(tmp_path).acquire()


def test_a_killed_first_instance_never_leaves_the_lock_stuck(tmp_path):
    folder = tmp_path / "data"
    for _ in range(5):
        holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(folder)], stdout=subprocess.PIPE,
                                  text=True, cwd=str(ROOT))
        try:
            assert holder.stdout.readline().strip() == "held"
            assert not InstanceLock(folder).acquire()  # alive: the lock holds
        finally:
            holder.send_signal(signal.SIGKILL)
            holder.wait(timeout=10)
            holder.stdout.close()
        assert (folder / "msdesk.lock").exists()  # the crash left the file behind...
        lock = InstanceLock(folder)
        assert lock.acquire()  # ...and the next start takes it over
        assert not lock.address_file.exists()  # the dead instance's address is gone
        lock.release()


def test_after_a_killed_instance_the_app_starts(isolated_home):
    folder = AppPaths.default().data_dir
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(folder)], stdout=subprocess.PIPE,
                              text=True, cwd=str(ROOT))
    assert holder.stdout.readline().strip() == "held"
    holder.send_signal(signal.SIGKILL)
    holder.wait(timeout=10)
    holder.stdout.close()
    env = env_for(isolated_home) | {"MSDESK_BENCH": "quit_after_ms=50", "MSDESK_SECRET_BACKEND": "memory"}
    started = subprocess.run([sys.executable, "-m", "msdesk"], capture_output=True, text=True, timeout=60,
                             env=env, cwd=str(ROOT))
    assert started.returncode == 0, started.stderr
    assert "already running" not in started.stderr
    assert not (folder / "msdesk.lock").exists()  # a clean exit releases the lock
