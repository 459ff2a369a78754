"""The asyncio loop of the app: qasync's loop on Qt's event loop, with asyncio's own habits.

qasync runs asyncio on Qt's event loop. Four things it does differently from
asyncio's loop cost the app on every network read, or break it:

- ``call_soon`` starts a Qt timer for each callback (a task waking up, a
  future's result): thousands of timers a second while an answer streams.
  Here the callbacks wait in one queue, as in asyncio's loop, and one
  zero-delay timer runs them in order.
- A socket watched for reading gets a new ``QSocketNotifier`` each time
  reading resumes (httpx's I/O layer pauses and resumes reading around every
  read), and each wake-up goes through a timer before the read runs. Here
  each socket keeps one notifier, switched on and off, and the read runs
  when the notifier fires; what the read makes due (the task waiting for
  the data) runs right after it, as in asyncio's loop, not a timer later.
- A callback a worker thread hands over just before the loop closes is
  run after it has closed (an error, or a write to a closed database).
  Here it is dropped, as asyncio's own loop does.
- It does not install asyncio's async-generator hooks, so an async generator
  dropped half-way (a stream the user stopped) would be finalized by the
  garbage collector outside any task, which httpx cannot survive. Here the
  loop installs them while it runs, as ``asyncio.run`` would.

And one thing of httpx's: before every read from a socket, its I/O layer asks
sniffio which async library runs, and sniffio finds out with an import that
PySide6's import hook makes slow (a few thousand a second while an answer
streams). From its first connection until it stops, the loop's thread says
so up front.

Timers (``call_later``), writers and executors are qasync's.
"""

from __future__ import annotations

import asyncio
import sys
from collections import deque
from collections.abc import Callable
from contextvars import Context
from typing import Any

import qasync
from PySide6.QtCore import QObject, QSocketNotifier, Qt, QTimerEvent, Signal
from PySide6.QtWidgets import QApplication


class _Soon(QObject):
    """The callbacks due now, run in order by one zero-delay timer."""

    _posted = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.queue: deque[asyncio.Handle] = deque()
        self._timer = 0
        self._from_threads: deque[asyncio.Handle] = deque()
        self._closed = False
        self._in_read = False  # a socket's callback runs: what it makes due runs when it returns
        self._running = False  # the due callbacks run (one may be a task's step)
        self._posted.connect(self._take_posted, Qt.ConnectionType.QueuedConnection)

    def post(self, handle: asyncio.Handle) -> None:
        """From any thread: run ``handle`` on the loop's thread (unless the loop has closed by then)."""
        self._from_threads.append(handle)
        self._posted.emit()

    def _take_posted(self) -> None:
        while self._from_threads:
            handle = self._from_threads.popleft()
            if not self._closed:
                self.add(handle)

    def add(self, handle: asyncio.Handle) -> None:
        self.queue.append(handle)
        if not self._timer and not self._in_read:
            self._timer = self.startTimer(0)

    def read(self, handle: asyncio.Handle) -> None:
        """Run a socket's callback, then the callbacks due at its end."""
        if self._running:
            handle._run()  # inside a callback's event loop: what it makes due waits (see above)
            return
        self._in_read = True
        try:
            handle._run()
        except BaseException:  # (the loop is being stopped: what the read made due still runs)
            self._in_read = False
            if self.queue and not self._timer:
                self._timer = self.startTimer(0)
            raise
        self._in_read = False
        self._run_due()

    def timerEvent(self, event: QTimerEvent) -> None:
        if self._running:
            # An event loop inside a callback (a dialog's): a task's step may be under way,
            # and asyncio runs no other task's step inside it. The rest runs after it.
            self.killTimer(self._timer)
            self._timer = 0
            return
        self._run_due()

    def _run_due(self) -> None:
        queue = self.queue
        # Only what was due when the turn began; what these add runs next turn,
        # after Qt has had its own turn (input, painting).
        self._running = True
        try:
            for _ in range(len(queue)):
                handle = queue.popleft()
                if not handle._cancelled:
                    handle._run()
        finally:
            self._running = False
        if queue:
            if not self._timer:
                self._timer = self.startTimer(0)
        elif self._timer:
            self.killTimer(self._timer)
            self._timer = 0

    def close(self) -> None:
        self._closed = True
        self._from_threads.clear()
        self.queue.clear()
        if self._timer:
            self.killTimer(self._timer)
            self._timer = 0


class _Reading:
    """One socket watched for reading: its notifier, and the callback while it is watched."""

    __slots__ = ("handle", "notifier", "soon")

    def __init__(self, fd: int, soon: _Soon) -> None:
        self.handle: asyncio.Handle | None = None
        self.soon = soon
        self.notifier = QSocketNotifier(fd, QSocketNotifier.Type.Read)
        self.notifier.setEnabled(False)
        self.notifier.activated.connect(self._ready)

    def _ready(self) -> None:
        if self.handle is None:
            self.notifier.setEnabled(False)
        else:
            self.soon.read(self.handle)


def _fileno(fd: Any) -> int:
    if isinstance(fd, int):
        return fd
    try:
        return int(fd.fileno())
    except (AttributeError, TypeError, ValueError):
        raise ValueError(f"Invalid file object: {fd!r}") from None


class AppLoop(qasync.QEventLoop):
    """The app's asyncio loop over ``app`` (see the module's text)."""

    def __init__(self, app: QApplication | None = None) -> None:
        self._soon = _Soon()
        self._reading: dict[int, _Reading] = {}
        super().__init__(app)

    def call_soon(self, callback: Callable[..., object], *args: Any,
                  context: Context | None = None) -> asyncio.Handle:
        self._check_closed()
        handle = asyncio.Handle(callback, args, self, context=context)
        self._soon.add(handle)
        return handle

    def call_soon_threadsafe(self, callback: Callable[..., object], *args: Any,
                             context: Context | None = None) -> asyncio.Handle:
        self._check_closed()
        handle = asyncio.Handle(callback, args, self, context=context)
        self._soon.post(handle)
        return handle

    def _add_reader(self, fd: Any, callback: Callable[..., object], *args: Any) -> None:
        self._check_closed()
        fileno = _fileno(fd)
        reading = self._reading.get(fileno)
        if reading is None:
            reading = self._reading[fileno] = _Reading(fileno, self._soon)
            sniffio = sys.modules.get("sniffio")  # loaded by httpx before its first connection
            if sniffio is not None:
                sniffio.thread_local.name = "asyncio"
        reading.handle = asyncio.Handle(callback, args, self)
        reading.notifier.setEnabled(True)

    def _remove_reader(self, fd: Any) -> bool:
        if self.is_closed():
            return False
        reading = self._reading.get(_fileno(fd))
        if reading is None or reading.handle is None:
            return False
        reading.handle = None
        reading.notifier.setEnabled(False)
        return True

    def run_forever(self) -> Any:
        saved = sys.get_asyncgen_hooks()
        sys.set_asyncgen_hooks(firstiter=self._asyncgen_firstiter_hook,
                               finalizer=self._asyncgen_finalizer_hook)
        try:
            return super().run_forever()
        finally:
            sniffio = sys.modules.get("sniffio")
            if sniffio is not None:
                sniffio.thread_local.name = None
            sys.set_asyncgen_hooks(*saved)

    def close(self) -> None:
        if self.is_running() or self.is_closed():
            super().close()  # says why it cannot, or does nothing
            return
        super().close()
        for reading in self._reading.values():
            reading.handle = None
            reading.notifier.setEnabled(False)
            reading.notifier.deleteLater()
        self._reading.clear()
        self._soon.close()
