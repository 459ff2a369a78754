"""The services' change notices as one Qt signal, on the GUI thread.

``ChangeRelay.of(services)`` is made once per service container; every view
connects to its ``changed`` signal and refreshes what the ``Notice`` names.
A notice given on another thread arrives queued on the GUI thread.
"""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Signal

from msdesk.core.changes import Notice


class ChangeRelay(QObject):
    """Signals: changed(object): a ``msdesk.core.changes.Notice``."""

    changed = Signal(object)

    def __init__(self, services: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        relay = self

        def listener(notice: Notice) -> None:
            if shiboken6.isValid(relay):
                relay.changed.emit(notice)

        self._unsubscribe = services.changes.subscribe(listener)
        self.destroyed.connect(lambda *_: self._unsubscribe())

    @classmethod
    def of(cls, services: Any) -> ChangeRelay:
        """The one relay of this service container (made on first use, owned by the application)."""
        relay = getattr(services, "_change_relay", None)
        if relay is None or not shiboken6.isValid(relay):
            relay = cls(services, QCoreApplication.instance())
            services._change_relay = relay
        return relay

    def close(self) -> None:
        self._unsubscribe()
