"""What the Chat page shows while an answer streams in.

``ChatEngine`` runs a turn (send, regenerate, edit and resend, retry) and
reports through ``TurnEvents`` callbacks; ``TurnView`` turns them into the
transcript's widgets: the question, the answer's placeholder ("Waiting for
the first token…"), its text and thinking as they arrive (each shown at its
next frame tick), progress lines, errors, the usage line at the end, and Stop.
Callbacks of an older turn, or of a conversation that is not on screen, are
ignored; coming back to a conversation whose answer still streams follows it
again.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Signal

from msdesk.core.chat import TurnEvents
from msdesk.core.history import Message
from msdesk.core.i18n import translate
from msdesk.ui.async_task import AsyncRunner, user_message
from msdesk.ui.chat.message_widget import MessageWidget
from msdesk.ui.chat.transcript import Transcript

#: The runner key of the turn in progress.
TURN_KEY = "turn"

TurnMaker = Callable[[TurnEvents], Coroutine[Any, Any, Any]]


class TurnView(QObject):
    """Signals:
    statusMessage(str): a short report for the window's status bar.
    streamingChanged(bool): an answer started or stopped streaming.
    turnEnded(bool): a turn's work ended (its conversation may have changed); True for the latest turn.
    """

    statusMessage = Signal(str)
    streamingChanged = Signal(bool)
    turnEnded = Signal(bool)

    def __init__(
        self,
        history: Any,
        transcript: Transcript,
        runner: AsyncRunner,
        shown: Callable[[], int | None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.history = history
        self.transcript = transcript
        self.runner = runner
        self._shown_id = shown  # the conversation on screen
        self._widget: MessageWidget | None = None
        self._conversation: int | None = None
        self._streaming = False
        self._serial = 0  # callbacks of an older turn are ignored
        self._reattached = False

    @property
    def streaming(self) -> bool:
        return self._streaming

    @property
    def conversation_id(self) -> int | None:
        """The conversation of the latest turn."""
        return self._conversation

    def start(self, make: TurnMaker) -> int:
        """Run the turn ``make(events)`` for the conversation on screen; returns the turn's number."""
        conversation_id = self._shown_id()
        self._serial += 1
        serial = self._serial
        self._conversation = conversation_id
        self._widget = None
        self._reattached = False
        self._set_streaming(True)

        def current() -> bool:
            return shiboken6.isValid(self) and serial == self._serial

        # The turn's conversation is read when each callback comes: a new chat gets its id
        # once the turn has stored it (``bind``).
        events = TurnEvents(
            on_user=lambda m: current() and self._on_user(self._conversation, m),
            on_start=lambda m: current() and self._on_start(self._conversation, m),
            on_reasoning=lambda d: current() and self._on_delta(self._conversation, d, reasoning=True),
            on_content=lambda d: current() and self._on_delta(self._conversation, d, reasoning=False),
            on_status=lambda t: current() and self._on_status(self._conversation, t),
            on_done=lambda m: current() and self._on_done(self._conversation, m),
            # Another token or provider answers: said once, in the status bar.
            on_notice=lambda text: current() and self.statusMessage.emit(text),
        )
        self.runner.start(self._turn(make(events), serial), key=TURN_KEY, on_error=self._failed)
        return serial

    def bind(self, serial: int, conversation_id: int) -> None:
        """Turn ``serial`` stored its new chat as ``conversation_id`` (ignored once a later turn runs)."""
        if serial == self._serial:
            self._conversation = conversation_id

    def stop(self) -> bool:
        """Stop the answer now: the connection closes and the partial text stays."""
        if not self._streaming:
            return False
        self.runner.cancel(TURN_KEY)
        widget = self._widget
        if widget is not None and shiboken6.isValid(widget):
            widget.mark_stopped()
        self._set_streaming(False)
        self.statusMessage.emit(translate("ui.chat.turn_view", "Stopped; the partial answer is kept"))
        return True

    def follow(self) -> None:
        """The transcript was rebuilt: if it shows the streaming answer, follow it again."""
        if not self._streaming or self._conversation != self._shown_id():
            return
        widget = self._widget
        if widget is not None and shiboken6.isValid(widget) and widget in self.transcript.widgets:
            return
        last = self.transcript.widgets[-1] if self.transcript.widgets else None
        if last is not None and last.message.status == "streaming":
            # What was saved so far; what arrived since is shown when the answer is done.
            last.begin_stream()
            if last.message.reasoning:
                last.feed_reasoning(last.message.reasoning)
            if last.message.content:
                last.feed_content(last.message.content)
            self._widget = last
            self._reattached = True

    # -- the turn -------------------------------------------------------------------

    async def _turn(self, coro: Coroutine[Any, Any, Any], serial: int) -> Any:
        try:
            return await coro
        finally:
            if shiboken6.isValid(self):
                self._after(serial)

    def _after(self, serial: int) -> None:
        latest = serial == self._serial
        if latest and self._streaming:
            widget = self._widget
            if widget is not None and shiboken6.isValid(widget) and widget.streaming:
                widget.mark_stopped()
            self._set_streaming(False)
        self.turnEnded.emit(latest)

    def _set_streaming(self, streaming: bool) -> None:
        self._streaming = streaming
        self.streamingChanged.emit(streaming)

    def _failed(self, exc: BaseException) -> None:
        self.statusMessage.emit(user_message(exc))

    def _shown(self, conversation_id: int | None) -> bool:
        return conversation_id == self._shown_id()

    def _siblings(self, message: Message) -> list[int] | None:
        siblings = self.history.siblings(message.id)
        return siblings if len(siblings) > 1 else None

    def _on_user(self, conversation_id: int | None, message: Message) -> None:
        if not self._shown(conversation_id):
            return
        self.transcript.remove_after(message.parent_id)
        self.transcript.append_message(message, siblings=self._siblings(message))
        self.transcript.scroll_to_bottom()

    def _on_start(self, conversation_id: int | None, message: Message) -> None:
        if not self._shown(conversation_id):
            return
        self.transcript.remove_after(message.parent_id)
        widget = self.transcript.append_message(message, siblings=self._siblings(message))
        widget.begin_stream()
        self._widget = widget
        self.transcript.scroll_to_bottom()

    def _on_delta(self, conversation_id: int | None, delta: str, *, reasoning: bool) -> None:
        widget = self._widget
        if widget is None or not self._shown(conversation_id):
            return
        if reasoning:
            widget.feed_reasoning(delta)
        else:
            widget.feed_content(delta)

    def _on_status(self, conversation_id: int | None, text: str) -> None:
        widget = self._widget
        if widget is not None and self._shown(conversation_id):
            widget.set_progress(text)

    def _on_done(self, conversation_id: int | None, message: Message) -> None:
        widget = self._widget
        if widget is None or not self._shown(conversation_id) or not shiboken6.isValid(widget):
            return
        siblings = self.history.siblings(message.id)
        if message.sibling_count <= 1 and len(siblings) <= 1:
            siblings = []
        if self._reattached and widget.markdown() != message.content:
            # Followed again mid-way: the pieces between the last save and the return
            # were not seen here; show the answer as saved.
            widget.mark_stopped()
            widget.finish(message, siblings=siblings)
            widget.show_message(message, siblings=siblings)
        else:
            widget.finish(message, siblings=siblings)
        if message.status in ("error", "cut"):
            self.statusMessage.emit(message.error)
