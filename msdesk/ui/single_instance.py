"""One app per data folder: a second start brings the first window forward.

Two writers on one history would lose each other's changes, so the app holds
a lock file in its data folder (``msdesk.lock``, Qt's :class:`QLockFile`)
while it runs. Qt writes the process ID, the process name, the host and the
boot into it: a lock whose process is gone (a crash, a kill) is stale and the
next start takes it over, so a crashed instance never leaves the lock stuck.

The first instance also listens on a loopback port from a small thread (no
Qt networking: the packaged app leaves QtNetwork out) and writes the port and
a random key to ``instance.json``, readable by the user only. A second start
that finds the lock taken sends ``raise <key>`` there; the first instance
brings its window forward and answers ``ok``, and the second one quits.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLockFile, QObject, Signal, Slot

if TYPE_CHECKING:
    import socket

# The lock is taken before the window is painted: what only the listener and a second
# start need (sockets, threads, JSON) is imported when they run, not at start-up.

LOCK_NAME = "msdesk.lock"
ADDRESS_NAME = "instance.json"
# How long a second start waits for the first to answer (it may still be painting its window).
ANSWER_TIMEOUT_S = 5.0


class InstanceLock:
    """The data folder's lock: held by the running app, taken over when its process is gone."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self._lock = QLockFile(str(self.folder / LOCK_NAME))
        self._lock.setStaleLockTime(0)  # stale only when its process is gone, however long it ran

    @property
    def address_file(self) -> Path:
        return self.folder / ADDRESS_NAME

    def acquire(self) -> bool:
        """True if this process now holds the lock (a stale one is taken over)."""
        self.folder.mkdir(parents=True, exist_ok=True)
        if not self._lock.tryLock(0):
            return False
        # A crashed instance's address would send a second start to a dead port.
        self.address_file.unlink(missing_ok=True)
        return True

    def holder_pid(self) -> int | None:
        """The process ID of the lock's holder, if it can be read."""
        info = self._lock.getLockInfo()  # (pid, host, app name), or no tuple when unreadable
        if isinstance(info, tuple) and info and isinstance(info[0], int) and info[0] > 0:
            return info[0]
        return None

    def release(self) -> None:
        if self._lock.isLocked():
            self.address_file.unlink(missing_ok=True)
            self._lock.unlock()


class RaiseListener:
    """Listens for a second start's ``raise`` on a loopback port, on its own thread.

    ``on_raise`` runs on the listener's thread; :class:`WindowRaiser` hands it to the GUI thread.
    """

    def __init__(self, address_file: Path, on_raise: Callable[[], None]) -> None:
        self.address_file = Path(address_file)
        self._on_raise = on_raise
        self._key = os.urandom(16).hex()
        self._server: socket.socket | None = None
        self._thread: Any = None
        self._ready: Any = None

    def start(self) -> None:
        """Listen from a thread of its own: the binding and its imports cost the GUI thread nothing."""
        import threading

        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._listen, name="msdesk-instance", daemon=True)
        self._thread.start()

    def wait_listening(self, timeout: float = 5.0) -> bool:
        """True once the address is written (for tests and a clean stop)."""
        return self._ready.wait(timeout)

    def _listen(self) -> None:
        import json
        import socket

        try:
            server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            server.bind(("127.0.0.1", 0))
            server.listen(4)
            self._server = server
            port = server.getsockname()[1]
            _write_private(self.address_file, json.dumps({"port": port, "key": self._key, "pid": os.getpid()}))
        except OSError as exc:
            import logging

            log = logging.getLogger("msdesk.ui.single_instance")
            log.warning("cannot listen for a second start: %s", exc)
            return
        finally:
            self._ready.set()
        self._serve()

    def _serve(self) -> None:
        server = self._server
        while server is not None:
            try:
                conn, _ = server.accept()
            except OSError:  # closed by stop()
                return
            with conn:
                try:
                    conn.settimeout(2.0)
                    request = _read_line(conn)
                    if request == f"raise {self._key}":
                        self._on_raise()
                        conn.sendall(b"ok\n")
                    else:
                        conn.sendall(b"no\n")
                except OSError:
                    continue

    def stop(self) -> None:
        import socket

        if self._thread is not None:
            self._ready.wait(5.0)
        server, self._server = self._server, None
        if server is not None:
            try:
                server.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            server.close()
        if self._thread is not None:
            self._thread.join(timeout=2.0)
            self._thread = None


def ask_first_to_raise(address_file: Path, timeout: float = ANSWER_TIMEOUT_S) -> bool:
    """Ask the running instance to bring its window forward; True once it said so."""
    import json
    import socket
    import time

    deadline = time.monotonic() + timeout
    while True:
        try:
            address = json.loads(Path(address_file).read_text(encoding="utf-8"))
            with socket.create_connection(("127.0.0.1", int(address["port"])), timeout=2.0) as conn:
                conn.sendall(f"raise {address['key']}\n".encode())
                if _read_line(conn) == "ok":
                    return True
        except (OSError, ValueError, KeyError, TypeError):
            pass  # not listening yet (still starting), or an address being rewritten
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.05)


class WindowRaiser(QObject):
    """Brings a window forward on the GUI thread when asked from any thread."""

    requested = Signal()

    def __init__(self, window: object) -> None:
        super().__init__()
        self._window = window
        self.raised = 0
        self.requested.connect(self._bring_forward)  # queued: the raiser lives on the GUI thread

    def request(self) -> None:
        self.requested.emit()

    @Slot()
    def _bring_forward(self) -> None:
        window = self._window
        if window.isMinimized():  # type: ignore[attr-defined]
            window.showNormal()  # type: ignore[attr-defined]
        window.show()  # type: ignore[attr-defined]
        window.raise_()  # type: ignore[attr-defined]
        window.activateWindow()  # type: ignore[attr-defined]
        self.raised += 1
        import logging

        logging.getLogger("msdesk.ui.single_instance").info("a second start asked for the window: brought it forward")


def _read_line(conn: socket.socket, limit: int = 256) -> str:
    data = b""
    while b"\n" not in data and len(data) < limit:
        piece = conn.recv(limit)
        if not piece:
            break
        data += piece
    return data.split(b"\n", 1)[0].decode("ascii", "replace").strip()


def _write_private(path: Path, text: str) -> None:
    """Write ``text`` whole, readable by this user only (the key lets a start raise the window)."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text)
    os.replace(tmp, path)
