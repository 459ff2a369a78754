"""What keeps a quota widget current: the clock's slow tick and the services' notices of change."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QTimer

from msdesk.core.changes import Notice
from msdesk.ui.change_relay import ChangeRelay


class QuotaFollow(QObject):
    """Calls ``refresh`` every ``tick_ms`` (the countdown) and ``changed`` on every notice, until ``stop``."""

    def __init__(self, owner: QObject, services: Any, refresh: Callable[[], None],
                 changed: Callable[[Notice], None], *, tick_ms: int) -> None:
        super().__init__(owner)
        self._tick = QTimer(self)
        self._tick.setInterval(tick_ms)
        self._tick.timeout.connect(refresh)
        self._tick.start()
        self._changed = changed
        self._relay: ChangeRelay | None = ChangeRelay.of(services)
        self._relay.changed.connect(changed)

    def stop(self) -> None:
        self._tick.stop()
        relay, self._relay = self._relay, None
        if relay is not None and shiboken6.isValid(relay):
            relay.changed.disconnect(self._changed)
