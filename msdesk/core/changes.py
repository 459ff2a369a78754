"""One notice of change from the services to whoever shows their state.

Every change the services make (a token stored, renamed or deleted; providers
or model lists edited; new quota figures; a conversation written) ends with one
``Changes.notify(Change...)``. Views subscribe once and refresh what the notice
names; they never reload after their own writes. The desktop app turns these
callbacks into one Qt signal (``msdesk.ui.change_relay``); the command line
needs none.
"""

from __future__ import annotations

import enum
import logging
from collections.abc import Callable
from dataclasses import dataclass

log = logging.getLogger(__name__)


class Change(enum.Flag):
    """What changed (several may be set at once)."""

    TOKENS = enum.auto()  # a token was stored, renamed or deleted
    PROVIDERS = enum.auto()  # providers, their order, hosts or model lists
    QUOTA = enum.auto()  # new quota figures, a call counted, a token marked spent
    CONVERSATIONS = enum.auto()  # a conversation or its messages were written
    SETTINGS = enum.auto()  # other settings (network, failover, appearance)


@dataclass(frozen=True)
class Notice:
    """One change: what, and (where it helps a view pick what to refresh) which provider or chat.

    ``initiator`` is the object that asked for the change, so a view can tell
    its own change from another's (it still refreshes from the notice).
    """

    what: Change
    provider_id: str | None = None
    conversation_id: int | None = None
    initiator: object | None = None

    def __contains__(self, change: Change) -> bool:
        return bool(self.what & change)


Listener = Callable[[Notice], None]


class Changes:
    """Listeners of the services' changes. A failing listener is logged, never the changer's problem."""

    def __init__(self) -> None:
        self._listeners: list[Listener] = []

    def __repr__(self) -> str:
        return f"Changes({len(self._listeners)} listeners)"

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Hear every notice from now on; returns the call that stops it."""
        self._listeners.append(listener)

        def unsubscribe() -> None:
            if listener in self._listeners:
                self._listeners.remove(listener)

        return unsubscribe

    def notify(
        self,
        what: Change,
        *,
        provider_id: str | None = None,
        conversation_id: int | None = None,
        initiator: object | None = None,
    ) -> Notice:
        notice = Notice(what, provider_id, conversation_id, initiator)
        for listener in list(self._listeners):
            try:
                listener(notice)
            except Exception:
                log.exception("a listener of %s failed", what)
        return notice
