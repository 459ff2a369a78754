"""The conversation column: as wide as the window up to a comfortable line to read, then centred."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from msdesk.core.history import Message
from msdesk.ui.chat.transcript import READING_WIDTH, Transcript


def _shown(qtbot, width: int) -> tuple[Transcript, object]:
    transcript = Transcript()
    qtbot.addWidget(transcript)
    transcript.resize(width, 600)
    transcript.show()
    qtbot.waitExposed(transcript)
    widget = transcript.append_message(
        Message(id=1, conversation_id=1, parent_id=None, role="assistant", content="An answer " * 80, created_at=1.0)
    )
    for _ in range(3):
        QApplication.processEvents()
    return transcript, widget


def test_in_a_wide_window_messages_keep_a_readable_width_in_the_middle(qtbot):
    transcript, widget = _shown(qtbot, 2600)
    assert widget.width() <= READING_WIDTH
    left = widget.x()
    right = transcript.viewport().width() - (widget.x() + widget.width())
    assert abs(left - right) <= 2, (left, right)  # centred
    assert transcript.message_width() == widget.width()


def test_in_a_narrow_window_messages_take_the_whole_width(qtbot):
    transcript, widget = _shown(qtbot, 700)
    assert widget.width() == transcript.viewport().width() - 32  # only the 16 px margins
