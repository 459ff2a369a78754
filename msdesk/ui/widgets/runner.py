"""Background tasks tied to the widget that started them."""

from __future__ import annotations

import shiboken6
from PySide6.QtWidgets import QWidget

from msdesk.ui.async_task import AsyncRunner


def make_runner(owner: QWidget) -> AsyncRunner:
    """An AsyncRunner whose tasks are cancelled as soon as ``owner`` is destroyed.

    (A QObject's ``destroyed`` does not reach its own bound methods, so the
    runner cannot rely on itself; its owner tells it, while it still exists.)
    """
    runner = AsyncRunner(owner)

    def owner_destroyed(*_args: object) -> None:
        if shiboken6.isValid(runner):
            runner.cancel_all()

    owner.destroyed.connect(owner_destroyed)
    return runner
