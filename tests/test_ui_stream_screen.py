"""What is on screen while an answer streams: the same pixels as painting the window afresh.

While the view follows a streaming answer, Qt moves the pixels already on
screen up and paints only the strip that comes into view, and a growing
answer paints only its new lines. These tests read the window's pixels as
they are on screen (the window's backing store) and compare them with a
fresh paint of the same widgets: a strip left unpainted, or moved by the
wrong distance, shows as a difference.
"""

from __future__ import annotations

import asyncio

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QCheckBox

from tests.conftest import until
from tests.test_ui_chat import answered, close_page, open_page, type_and_send

# The offscreen platform plugin warns about window-manager calls it cannot honour.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")

ANSWER = """Here is how it goes.

1. First, a step with **bold** text and `code` in it.
2. Then a second step
   that goes on over two lines.

```python
def greet(name):
    return f"hello {name}"
```

| Column | Value |
| ------ | ----- |
| a      | 1     |

A closing paragraph that wraps over more than one line when the window is narrow enough.
"""


def on_screen(widget) -> QImage:
    """The widget's pixels as the screen shows them (not painted again)."""
    window = widget.window()
    shot = widget.screen().grabWindow(window.winId()).toImage()
    top_left = widget.mapTo(window, QPoint(0, 0))
    ratio = shot.devicePixelRatio()
    return shot.copy(QRect(top_left * ratio, widget.size() * ratio)).convertToFormat(QImage.Format.Format_RGB32)


def painted_afresh(widget) -> QImage:
    return widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


def differing_rows(a: QImage, b: QImage) -> list[int]:
    assert a.size() == b.size(), (a.size(), b.size())
    return [y for y in range(a.height()) if a.constScanLine(y) != b.constScanLine(y)]


async def settle(rounds: int = 5) -> None:
    for _ in range(rounds):
        await asyncio.sleep(0.02)


async def a_long_answer_streaming(qtbot, fake_env, words: int, scrolled: int):
    """The Chat page with an answer of ``words`` streaming, once the view has followed it
    ``scrolled`` pixels down."""
    fake_env.answer_text = ANSWER
    fake_env.answer_words = words
    fake_env.chunk_delay = 0.002
    services, page = await open_page(qtbot)
    page.findChild(QCheckBox, "thinkingSwitch").setChecked(False)
    type_and_send(qtbot, page, "explain")
    bar = page.transcript.verticalScrollBar()
    await until(lambda: page.streaming and bar.maximum() > scrolled, message="the answer did not grow")
    return services, page


def test_the_screen_during_and_after_a_followed_stream_is_a_fresh_paint(qtbot, run_async, fake_env):
    async def scenario():
        services, page = await a_long_answer_streaming(qtbot, fake_env, 700, 400)
        bar = page.transcript.verticalScrollBar()
        view = page.transcript.viewport()
        assert bar.value() == bar.maximum()  # following, at the end
        await answered(page, timeout=30)
        await settle()
        assert bar.value() == bar.maximum()
        rows = differing_rows(on_screen(view), painted_afresh(view))
        assert not rows, f"{len(rows)} rows on screen differ from a fresh paint (first {rows[:5]})"
        await close_page(services, page)

    run_async(scenario())


def test_the_screen_of_an_answer_stopped_half_way_is_a_fresh_paint(qtbot, run_async, fake_env):
    async def scenario():
        services, page = await a_long_answer_streaming(qtbot, fake_env, 2000, 600)
        view = page.transcript.viewport()
        page.stop()
        await until(lambda: not page.streaming, message="the answer did not stop")
        await settle()
        rows = differing_rows(on_screen(view), painted_afresh(view))
        assert not rows, f"{len(rows)} rows on screen differ from a fresh paint (first {rows[:5]})"
        await close_page(services, page)

    run_async(scenario())


def test_a_finished_answer_keeps_its_buttons_inside_a_narrow_window(qtbot, run_async, fake_env):
    """A long usage line is cut at the card's edge; it does not push the card past the view."""
    fake_env.answer_words = 30

    async def scenario():
        services, page = await open_page(qtbot)
        page.resize(560, 600)
        page.findChild(QCheckBox, "thinkingSwitch").setChecked(False)
        type_and_send(qtbot, page, "short")
        answer = await answered(page)
        await settle()
        view = page.transcript.viewport()
        assert answer.usage.text() and answer.usage.toolTip() == answer.usage.text()
        for button in (answer.copy_button, answer.regenerate_button, answer.delete_button):
            right = button.mapTo(view, QPoint(button.width(), 0)).x()
            assert button.isVisible() and right <= view.width(), (button.objectName(), right, view.width())
        await close_page(services, page)

    run_async(scenario())


def test_the_card_does_not_jump_when_the_answer_ends(qtbot, run_async, fake_env):
    """The row of Copy, Regenerate and Delete is hidden while the answer streams, but its
    room under the text is kept: when they appear, nothing under the text moves."""
    fake_env.answer_words = 120
    fake_env.chunk_delay = 0.01

    async def scenario():
        services, page = await open_page(qtbot)
        page.findChild(QCheckBox, "thinkingSwitch").setChecked(False)
        type_and_send(qtbot, page, "short")
        def answer_text_shown():
            answers = [w for w in page.transcript.widgets if w.message.role == "assistant"]
            return answers[-1] if answers and answers[-1].body.isVisible() else None

        await until(lambda: page.streaming and answer_text_shown(), message="the answer did not start")
        answer = answer_text_shown()
        await settle(2)
        assert answer.streaming and not answer.delete_button.isVisible()
        below_text = answer.height() - answer.body.geometry().bottom()
        await answered(page)
        await settle()
        assert answer.delete_button.isVisible()
        assert answer.height() - answer.body.geometry().bottom() == below_text
        await close_page(services, page)

    run_async(scenario())
