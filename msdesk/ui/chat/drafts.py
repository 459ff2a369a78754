"""What is typed in the message box survives switching chats, quitting and crashing.

Each conversation keeps its own unsent text (the new chat too, under None),
saved in the history half a second after the typing pauses. While the box
holds an earlier message being edited, that is not the draft: the draft
comes back when the edit ends.

Drafts are written through the history's writer (off the GUI thread, in the
order asked; closing the services finishes them). A draft on its way to the
disk is read back from here, never the older one from the file.
"""

from __future__ import annotations

import asyncio
import logging
import sqlite3
from typing import Any

from PySide6.QtCore import QObject, QTimer

from msdesk.core.history import HistoryUnavailable
from msdesk.ui.chat.composer import Composer

log = logging.getLogger(__name__)

#: What is typed is saved this long after the typing pauses.
DRAFT_SAVE_MS = 500


class Drafts(QObject):
    """The drafts of the message box, one per conversation (None: the new chat)."""

    def __init__(self, history: Any, writes: Any, composer: Composer, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.history = history  # read here
        self.writes = writes  # written through this (a ``HistoryWriter``)
        self.composer = composer
        self._unsaved: dict[int | None, tuple[int, str]] = {}  # on the way to the disk
        self._writes = 0
        self.owner: int | None = None  # whose draft the message box holds
        self._loading = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DRAFT_SAVE_MS)
        self._timer.timeout.connect(self.save)
        composer.input.textChanged.connect(self._changed)
        composer.editCancelled.connect(self.restore)

    def stored(self, conversation_id: int | None) -> str:
        if conversation_id in self._unsaved:
            return self._unsaved[conversation_id][1]
        try:
            return self.history.draft(conversation_id)
        except sqlite3.Error as exc:
            log.warning("could not read a draft: %s", exc)
            return ""

    def new_chat_is_newest(self, newest_id: int) -> bool:
        """Whether a new chat was being written after the newest conversation last changed."""
        try:
            saved = self.history.draft_saved_at(None)
            if saved is None:
                return False
            conversation = self.history.conversation(newest_id)
            newest_draft = self.history.draft_saved_at(newest_id) or 0.0
        except (sqlite3.Error, KeyError) as exc:
            log.warning("could not compare drafts: %s", exc)
            return False
        return saved > max(conversation.updated_at, newest_draft)

    def forget(self, conversation_id: int | None) -> None:
        self._write(conversation_id, "")

    def save(self) -> None:
        self._timer.stop()
        if self.composer.editing_id is not None:
            return  # the box holds an earlier message being edited, not the draft
        self._write(self.owner, self.composer.text())

    def _write(self, conversation_id: int | None, text: str) -> None:
        """Queue the draft's write now; until it is on disk, ``stored`` answers from here."""
        self._writes += 1
        serial = self._writes
        self._unsaved[conversation_id] = (serial, text)
        try:
            pending = self.writes.submit(
                lambda history: history.save_draft(conversation_id, text), conversation_id=conversation_id
            )
        except (HistoryUnavailable, RuntimeError) as exc:  # closed, or no loop to run it
            log.warning("could not save the draft: %s", type(exc).__name__)
            return
        unsaved = self._unsaved

        def written(future: asyncio.Future[None]) -> None:
            if not future.cancelled() and future.exception() is not None:
                # A full disk must not stop the typing; the text stays here for this session.
                log.warning("could not save the draft: %s", future.exception())
            elif unsaved.get(conversation_id, (None, ""))[0] == serial:
                del unsaved[conversation_id]

        pending.add_done_callback(written)

    def adopt(self, conversation_id: int) -> None:
        """The new chat whose draft the box holds was stored as ``conversation_id``."""
        if self.owner is None:
            self.owner = conversation_id

    def flush(self) -> None:
        """Save now what waits to be saved (before switching chats, on hiding)."""
        if self._timer.isActive():
            self.save()

    def load(self, conversation_id: int | None) -> None:
        """Put ``conversation_id``'s draft in the box."""
        self._timer.stop()
        self.owner = conversation_id
        self._loading = True
        try:
            self.composer.set_text(self.stored(conversation_id))
        finally:
            self._loading = False

    def restore(self) -> None:
        """An edit ended: the message that was being written comes back into the box."""
        if self.composer.editing_id is None and not self.composer.text():
            self.load(self.owner)

    def sent(self, conversation_id: int, *, was_editing: bool) -> None:
        """The box was sent to ``conversation_id``: its draft is spent (an edit's is not)."""
        self._timer.stop()
        if not was_editing:
            self.forget(self.owner)
        self.owner = conversation_id
        self._loading = True
        try:
            self.composer.after_sent()
        finally:
            self._loading = False
        if was_editing:
            self.restore()  # the message being written before the edit comes back

    def _changed(self) -> None:
        if not self._loading and self.composer.editing_id is None:
            self._timer.start()  # saved half a second after the typing pauses
