"""Run a service coroutine from a widget, and hear back through Qt signals.

The one way windows start background work: ``runner.start(coro, key=...)``
schedules the coroutine on the running qasync loop, keeps a reference to the
task (so it is not collected mid-way), cancels the previous task with the
same key (typing in a search box cancels the request in flight), and reports
the outcome through signals on the GUI thread. Errors that msdesk knows
(``MsdeskError`` and friends) go to ``failed`` with their one-line message;
anything else also goes to the loop's exception handler, which shows the
crash dialog.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)

T = TypeVar("T")

# Every task any runner started and that has not finished: cancelled on quit.
_RUNNING: set[asyncio.Task[Any]] = set()


async def cancel_background_tasks(timeout: float = 3.0) -> None:
    """Cancel every task the windows started and wait (bounded) for them to end."""
    pending = [task for task in _RUNNING if not task.done()]
    for task in pending:
        task.cancel()
    if pending:
        await asyncio.wait(pending, timeout=timeout)


async def in_thread(fn: Callable[[], T]) -> T:
    """``fn()`` in a worker thread; when cancelled, wait for the thread to end, then go on.

    ``asyncio.to_thread`` ends at once when cancelled while its thread runs on.
    The thread's end is still posted to the loop later, and on qasync's loop
    that post arrives even after the loop has closed (the app quitting, a test
    ending), as an 'Event loop is closed' error. Waiting for the thread keeps
    the post within the loop's life; for short work only (the wait of
    ``cancel_background_tasks`` bounds it anyway).
    """
    job = asyncio.ensure_future(asyncio.to_thread(fn))
    try:
        return await asyncio.shield(job)
    except asyncio.CancelledError:
        job.add_done_callback(lambda done: done.cancelled() or done.exception())  # seen, not logged
        await asyncio.wait([job])
        raise


def user_message(exc: BaseException) -> str:
    """The one line to show for an error."""
    from msdesk.core.errors import MsdeskError, without_commands
    from msdesk.core.redact import redact

    if isinstance(exc, MsdeskError):
        return without_commands(exc.message)  # a window offers no command line
    text = str(exc).strip() or type(exc).__name__
    return redact(text.splitlines()[0])


def is_expected(exc: BaseException) -> bool:
    """Errors with a message for the user, as opposed to bugs."""
    from msdesk.core.errors import MsdeskError
    from msdesk.core.secret_store import SecretStoreError
    from msdesk.core.settings import SettingsError

    return isinstance(exc, MsdeskError | SecretStoreError | SettingsError | ValueError | OSError)


class AsyncRunner(QObject):
    """Owns the tasks a widget starts; cancels them when asked or when destroyed.

    Signals:
        busyChanged(bool): whether any task is running.
        failed(str, str): (key, message) for an expected error.
    """

    busyChanged = Signal(bool)
    failed = Signal(str, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tasks: dict[str, asyncio.Task[Any]] = {}
        tasks = self._tasks

        def cancel_on_destroy(*_args: object) -> None:
            # A closure, not a bound method: a dying QObject's own slots are not called.
            for task in list(tasks.values()):
                if not task.done():
                    task.cancel()
            tasks.clear()

        self.destroyed.connect(cancel_on_destroy)

    @property
    def busy(self) -> bool:
        return bool(self._tasks)

    def is_running(self, key: str) -> bool:
        return key in self._tasks

    def start(
        self,
        coro: Coroutine[Any, Any, Any],
        *,
        key: str = "default",
        on_result: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> asyncio.Task[Any]:
        """Run ``coro``; a running task with the same ``key`` is cancelled first."""
        self.cancel(key)
        was_busy = self.busy
        task = asyncio.ensure_future(coro)
        self._tasks[key] = task
        _RUNNING.add(task)
        task.add_done_callback(_RUNNING.discard)
        if not was_busy:
            self.busyChanged.emit(True)

        def done(finished: asyncio.Task[Any]) -> None:
            import shiboken6

            if not shiboken6.isValid(self):
                return  # the owner is gone: nobody to tell
            if self._tasks.get(key) is finished:
                del self._tasks[key]
                if not self._tasks:
                    self.busyChanged.emit(False)
            if finished.cancelled():
                return
            error = finished.exception()
            if error is None:
                if on_result is not None:
                    on_result(finished.result())
                return
            if is_expected(error):
                log.info("%s failed: %s", key, user_message(error))
                if on_error is not None:
                    on_error(error)
                self.failed.emit(key, user_message(error))
                return
            # A bug: let the loop's exception handler (the crash dialog) see it.
            finished.get_loop().call_exception_handler(
                {"message": f"background task '{key}' failed", "exception": error, "task": finished}
            )

        task.add_done_callback(done)
        return task

    def cancel(self, key: str) -> None:
        task = self._tasks.pop(key, None)
        if task is not None and not task.done():
            task.cancel()
        if task is not None and not self._tasks:
            self.busyChanged.emit(False)

    def cancel_all(self) -> None:
        for key in list(self._tasks):
            self.cancel(key)
