"""What keeps a quota widget current: new figures from the server, and the clock.

``QuotaFollower`` hears every rate-limit record of ``services.quota`` (relayed
to the GUI thread by a queued signal), refreshes its owner on a slow tick
(the countdown), and once more shortly after new figures (the call that
brought them is counted just after). It unsubscribes when its owner goes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal

from msdesk.core.ratelimit import RateLimit

#: The slow tick (the countdown moves by the minute).
TICK_MS = 30_000
#: How long after new figures to look again (the served call is counted just after them).
AGAIN_MS = 150


class QuotaFollower(QObject):
    """Signals: recorded(object): a ``RateLimit`` just recorded, on the GUI thread."""

    recorded = Signal(object)

    def __init__(
        self,
        owner: QObject,
        services: Any,
        refresh: Callable[[], None],
        on_recorded: Callable[[RateLimit], None],
        *,
        tick_ms: int = TICK_MS,
    ) -> None:
        super().__init__(owner)
        self.recorded.connect(lambda info: isinstance(info, RateLimit) and on_recorded(info))
        relay = self

        def listener(info: RateLimit) -> None:
            if shiboken6.isValid(relay):
                relay.recorded.emit(info)

        tracker = services.quota
        tracker.subscribe(listener)
        self.destroyed.connect(lambda *_: tracker.unsubscribe(listener))
        self._tick = QTimer(self)
        self._tick.setInterval(tick_ms)
        self._tick.timeout.connect(refresh)
        self._tick.start()
        self._again = QTimer(self)
        self._again.setSingleShot(True)
        self._again.setInterval(AGAIN_MS)
        self._again.timeout.connect(refresh)

    def soon(self) -> None:
        """Refresh once more shortly (after new figures)."""
        self._again.start()

    def stop(self) -> None:
        self._tick.stop()
        self._again.stop()
