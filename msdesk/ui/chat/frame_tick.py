"""The one pacing point between a streamed answer and the screen.

Text arrives piece by piece, as fast as the network brings it; the screen is
updated at most once a frame. ``FrameTick.request()`` is cheap and may be
called for every piece: it starts a single-shot timer unless one is already
waiting, so every request made before the tick is answered by that one tick.
The tick's callback takes whatever arrived and shows it. A frame is counted
from the end of the previous tick, so however long showing takes, the event
loop always has a frame's time for input and painting before the next one.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer

#: One frame at 60 Hz, in milliseconds.
FRAME_MS = 16


class FrameTick(QObject):
    """Calls ``callback`` at most once a frame, after ``request()``."""

    def __init__(self, callback: Callable[[], object], parent: QObject | None = None,
                 *, interval_ms: int = FRAME_MS) -> None:
        super().__init__(parent)
        self._callback = callback
        self._interval = interval_ms
        self._last = float("-inf")  # when the last tick ended (monotonic, ms)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._tick)

    def request(self) -> None:
        """Something changed: show it at the next tick (a frame after the last one)."""
        if self._timer.isActive():
            return
        wait = self._last + self._interval - time.monotonic() * 1000
        self._timer.start(max(0, int(wait)) if wait > 0 else 0)

    @property
    def waiting(self) -> bool:
        """Whether a tick is due."""
        return self._timer.isActive()

    def cancel(self) -> None:
        """Forget a tick that is due (the caller shows everything itself)."""
        self._timer.stop()

    def _tick(self) -> None:
        try:
            self._callback()
        finally:
            self._last = time.monotonic() * 1000
