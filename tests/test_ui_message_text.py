"""A chat message body: Markdown streamed in, copy links, links, height, selection.

Real widgets on the offscreen platform.
"""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QGuiApplication, QTextCursor
from PySide6.QtWidgets import QScrollArea, QVBoxLayout, QWidget

from msdesk.ui.chat import message_text
from msdesk.ui.chat.message_text import MessageText
from tests.test_markdown_stream import ANSWER, big_answer

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)\(\)")

LEFT = Qt.MouseButton.LeftButton


class Browser:
    """Stands in for the desktop's web browser: records what it was asked to open."""

    opened: list[str] = []

    @classmethod
    def openUrl(cls, url: QUrl) -> bool:
        cls.opened.append(url.toString())
        return True


@pytest.fixture
def browser(monkeypatch):
    Browser.opened = []
    monkeypatch.setattr(message_text, "QDesktopServices", Browser)
    return Browser


def make(qtbot, width: int = 640) -> MessageText:
    widget = MessageText()
    qtbot.addWidget(widget)
    widget.resize(width, 300)
    widget.show()
    return widget


def stream_in(widget: MessageText, text: str, seed: int = 1) -> None:
    rnd = random.Random(seed)
    widget.start_stream()
    index = 0
    while index < len(text):
        size = rnd.randint(1, 30)
        widget.feed(text[index:index + size])
        index += size
        if rnd.random() < 0.7:
            widget.flush()
    widget.finish()


def click_text(qtbot, widget: MessageText, text: str) -> None:
    """Click the middle of the first place ``text`` is shown."""
    found = widget.document().find(text)
    assert not found.isNull(), f"{text!r} is not shown"
    cursor = QTextCursor(widget.document())
    cursor.setPosition(found.selectionStart() + len(text) // 2)
    rect = widget.cursorRect(cursor)
    qtbot.mouseClick(widget.viewport(), LEFT, pos=QPoint(rect.x(), rect.center().y()))


def test_a_streamed_answer_ends_as_the_same_document_as_a_rendered_one(qtbot):
    text = ANSWER + big_answer(12_000)
    streamed, rendered = make(qtbot), make(qtbot)
    stream_in(streamed, text)
    rendered.set_markdown(text)
    assert streamed.document().toHtml() == rendered.document().toHtml()
    assert streamed.plain_text() == rendered.plain_text()
    assert streamed.markdown() == rendered.markdown() == text
    streamed.resize(640, 100)
    rendered.resize(640, 100)
    assert streamed.document().size().height() == rendered.document().size().height()
    assert not streamed.is_streaming()


@pytest.mark.parametrize("kind", ["answer", "one long code block"])
def test_each_frame_changes_only_the_end_of_the_text_by_a_bounded_amount(qtbot, kind):
    if kind == "answer":
        text = big_answer(60_000)
    else:
        text = "```python\n" + "".join(f"row_{i} = [{i}, {i * 2}]  # generated\n" for i in range(2500)) + "```\n"
    widget = make(qtbot)
    document = widget.document()
    changes: list[tuple[int, int, int]] = []
    document.contentsChange.connect(lambda position, removed, added: changes.append((position, removed, added)))
    widget.start_stream()
    largest = 0
    for start in range(0, len(text), 36):  # about 6 tokens a frame
        widget.feed(text[start:start + 36])
        before = document.characterCount()
        changes.clear()
        widget.flush()
        if changes:
            assert min(position for position, _, _ in changes) >= before - 4_000
            largest = max(largest, sum(removed + added for _, removed, added in changes))
    widget.finish()
    assert document.characterCount() > 50_000
    assert largest < 8_000  # what a frame redoes does not grow with the answer


@pytest.mark.parametrize("step", [1, 4, 9])
def test_every_frame_shows_what_rendering_the_tail_again_would_show(qtbot, monkeypatch, step):
    # Text added where the growing tail ends (a paragraph, a list item, a line of code)
    # must look exactly as if the tail had been taken out and rendered again.
    text = ANSWER + big_answer(1_000 if step == 1 else 4_000)  # one character a frame: a shorter tail
    growing, redrawn = make(qtbot), make(qtbot)
    growing.start_stream()
    redrawn.start_stream()
    real = message_text.appended_text
    appended: list[str] = []

    def counted(old: str, new: str) -> str | None:
        text = real(old, new)
        if text is not None:
            appended.append(text)
        return text

    for start in range(0, len(text), step):
        piece = text[start:start + step]
        growing.feed(piece)
        redrawn.feed(piece)
        monkeypatch.setattr(message_text, "appended_text", counted)
        growing.flush()
        monkeypatch.setattr(message_text, "appended_text", lambda old, new: None)
        redrawn.flush()
        assert growing.document().toHtml() == redrawn.document().toHtml(), f"after {text[:start + step][-40:]!r}"
    growing.finish()
    redrawn.finish()
    assert growing.document().toHtml() == redrawn.document().toHtml()
    assert len(appended) > len(text) // step // 4  # most frames only added text


def test_the_text_shows_while_it_streams_and_frames_update_on_their_own(qtbot):
    widget = make(qtbot)
    widget.start_stream()
    widget.feed("## Plan\n\nFirst we **count**")
    assert widget.plain_text() == ""  # nothing until the next frame
    qtbot.waitUntil(lambda: "First we count" in widget.plain_text(), timeout=2000)
    assert widget.plain_text().startswith("Plan\nFirst we count")
    assert widget.is_streaming() and widget.markdown() == "## Plan\n\nFirst we **count**"
    widget.feed(" words.\n\n- one\n- two")
    widget.flush()  # the finished paragraph at once; the growing list at the next frame it is due
    assert "First we count words." in widget.plain_text()
    qtbot.waitUntil(lambda: widget.plain_text().endswith("First we count words.\none\ntwo"), timeout=2000)
    widget.finish()
    assert widget.markdown() == "## Plan\n\nFirst we **count** words.\n\n- one\n- two"


def test_pieces_fed_within_a_frame_are_shown_together_by_one_update(qtbot):
    widget = make(qtbot)
    updates: list[int] = []
    widget.start_stream()
    widget.document().contentsChanged.connect(lambda: updates.append(widget.document().characterCount()))
    words = [f"word{i} " for i in range(500)]
    for word in words:  # one token at a time, as the engine hands them over
        widget.feed(word)
    assert updates == []  # nothing on screen until the frame tick
    qtbot.waitUntil(lambda: widget.plain_text() == "".join(words).strip(), timeout=2000)
    assert len(updates) <= 3  # one update (Qt may report its steps), not one per piece
    widget.feed("and more")
    qtbot.waitUntil(lambda: widget.plain_text().endswith("and more"), timeout=2000)
    widget.finish()


def test_a_reference_link_defined_later_becomes_a_link_on_screen(qtbot, browser):
    text = "Read [the guide][g] first.\n\n" + "More words here.\n\n" * 5 + "[g]: https://example.com/g\n\nAlmost done.\n\nThe end"
    streamed, rendered = make(qtbot), make(qtbot)
    streamed.start_stream()
    for start in range(0, len(text), 7):
        streamed.feed(text[start:start + 7])
        streamed.flush()
    assert "[the guide][g]" not in streamed.plain_text()  # a link already, before the end
    streamed.finish()
    rendered.set_markdown(text)
    assert streamed.document().toHtml() == rendered.document().toHtml()
    click_text(qtbot, streamed, "the guide")
    assert browser.opened == ["https://example.com/g"]


def test_copy_link_puts_that_code_block_on_the_clipboard(qtbot):
    widget = make(qtbot)
    widget.set_markdown(ANSWER)
    QGuiApplication.clipboard().setText("something else")
    with qtbot.waitSignal(widget.codeCopied, timeout=2000) as copied:
        click_text(qtbot, widget, "Copy")
    first = 'text = open("notes.txt").read()\n\nwords = text.split()'
    assert copied.args == [first]
    assert QGuiApplication.clipboard().text() == first
    # The second code block's link copies the second block.
    found = widget.document().find("Copy", widget.document().find("Copy"))
    cursor = QTextCursor(widget.document())
    cursor.setPosition(found.selectionStart() + 2)
    rect = widget.cursorRect(cursor)
    qtbot.mouseClick(widget.viewport(), LEFT, pos=QPoint(rect.x(), rect.center().y()))
    assert QGuiApplication.clipboard().text().startswith("from collections import Counter\n\n\ndef top(")


def test_copy_works_on_a_code_block_that_is_still_streaming(qtbot):
    widget = make(qtbot)
    widget.start_stream()
    widget.feed("Try this:\n\n```python\nprint('hello')\nprint('wor")
    widget.flush()
    assert "print('hello')" in widget.plain_text()
    click_text(qtbot, widget, "Copy")
    assert QGuiApplication.clipboard().text() == "print('hello')"
    widget.feed("ld')\n```\n")
    widget.finish()
    click_text(qtbot, widget, "Copy")
    assert QGuiApplication.clipboard().text() == "print('hello')\nprint('world')"


def test_web_links_open_in_the_browser_and_nothing_else_is_followed(qtbot, browser):
    widget = make(qtbot)
    widget.set_markdown(
        "Read [the guide](https://example.com/guide) or [secrets](file:///etc/passwd) "
        "or [script](javascript:alert(1)).\n\n![diagram](https://example.com/d.png)"
    )
    assert "[image: diagram]" in widget.plain_text()  # an image is a link, never loaded
    click_text(qtbot, widget, "the guide")
    assert browser.opened == ["https://example.com/guide"]
    # file: and javascript: links are shown as the text they are, not as links.
    html = widget.document().toHtml()
    assert 'href="file:' not in html and 'href="javascript:' not in html
    assert "[secrets](file:///etc/passwd)" in widget.plain_text()
    # Even a file: link that reached the browser is refused, as is a copy link to nothing.
    QGuiApplication.clipboard().setText("kept")
    widget.anchorClicked.emit(QUrl("file:///etc/passwd"))
    widget.anchorClicked.emit(QUrl("msdesk-copy:99"))
    assert browser.opened == ["https://example.com/guide"]
    assert QGuiApplication.clipboard().text() == "kept"
    assert widget.loadResource(0, QUrl("https://example.com/d.png")) is None


def fitted_height(body: MessageText) -> int:
    """The height that shows the whole document: its laid-out height plus the margins."""
    import math

    margins = body.contentsMargins()
    return math.ceil(body.document().size().height()) + margins.top() + margins.bottom()


def test_height_follows_the_text_as_it_streams_in_a_scrolling_column(qtbot):
    area = QScrollArea()
    qtbot.addWidget(area)
    area.setWidgetResizable(True)
    column = QWidget()
    layout = QVBoxLayout(column)
    body = MessageText()
    layout.addWidget(body)
    layout.addStretch(1)
    area.setWidget(column)
    area.resize(520, 300)
    area.show()
    body.start_stream()
    heights = []
    for index in range(8):
        body.feed(f"Paragraph {index}: " + "words flow in one after another " * 6 + "\n\n")
        body.flush()
        qtbot.waitUntil(lambda: body.height() == fitted_height(body), timeout=2000)
        heights.append(body.height())
    body.finish()
    assert heights == sorted(heights) and heights[-1] > heights[0] * 4
    qtbot.waitUntil(lambda: column.height() >= heights[-1], timeout=2000)  # the column makes room
    assert body.verticalScrollBar().maximum() == 0  # all of it shows: the column scrolls, not the body
    assert body.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    wide = body.height()
    area.resize(280, 300)  # narrower: the text wraps more and the body grows
    qtbot.waitUntil(lambda: body.height() > wide and body.height() == fitted_height(body), timeout=2000)


def test_plain_text_has_no_markup(qtbot):
    widget = make(qtbot)
    widget.set_markdown(ANSWER)
    text = widget.plain_text()
    assert "Counting words 统计词频" in text and "Это работает" in text
    assert "def top(words, n=3):" in text and "Counter" in text
    assert "Quoted <b>raw html</b> stays text." in text  # shown as written, not as markup
    assert "<p" not in text and "<span" not in text and "&nbsp;" not in text and "**" not in text
    assert "Copy" not in text  # the code blocks' copy lines are not part of the text


def test_plain_messages_are_shown_as_written(qtbot):
    widget = make(qtbot)
    widget.set_plain("**not bold** <b>no tags</b>\n# not a heading")
    assert widget.plain_text() == "**not bold** <b>no tags</b>\n# not a heading"
    assert widget.markdown() == "**not bold** <b>no tags</b>\n# not a heading"
    assert widget.document().begin().charFormat().fontWeight() < 700


def test_text_is_read_only_and_selectable_by_keyboard(qtbot):
    widget = make(qtbot)
    widget.set_markdown("Select **me**, please.")
    assert widget.isReadOnly()
    flags = widget.textInteractionFlags()
    assert flags & Qt.TextInteractionFlag.TextSelectableByMouse
    assert flags & Qt.TextInteractionFlag.TextSelectableByKeyboard
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert widget.textCursor().selectedText() == "Select me, please."
    qtbot.keyClick(widget, Qt.Key.Key_X, Qt.KeyboardModifier.ControlModifier)  # cut does nothing
    assert widget.plain_text() == "Select me, please."


@pytest.mark.parametrize("streamed", [False, True], ids=["opened", "streamed"])
def test_code_stays_readable_in_a_dark_palette(qtbot, streamed):
    """Code and table headers sit on light backgrounds: their text must be dark whatever the theme."""
    from PySide6.QtGui import QColor, QPalette, QTextFormat

    body = MessageText()
    qtbot.addWidget(body)
    dark = QPalette(body.palette())
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText):
        dark.setColor(role, QColor("#e8eaed"))
    dark.setColor(QPalette.ColorRole.Base, QColor("#202124"))
    body.setPalette(dark)
    text = "Some `inline code`.\n\n| head |\n|---|\n| cell |\n\n```python\nx = compute(1)\n```\n\n```\nplain words\n```\n"
    if streamed:
        body.start_stream()
        body.feed(text)
        body.finish()
    else:
        body.set_markdown(text)

    def text_colour(words: str) -> QColor:
        found = body.document().find(words)
        assert not found.isNull(), words
        cursor = QTextCursor(found)
        cursor.setPosition(found.selectionStart() + 1)
        fmt = cursor.charFormat()
        if fmt.hasProperty(QTextFormat.Property.ForegroundBrush):
            return fmt.foreground().color()
        return body.palette().color(QPalette.ColorRole.Text)  # what Qt paints unset text with

    for words in ("inline code", "head", "compute", "plain words"):
        colour = text_colour(words)
        assert colour.lightness() < 80, (words, colour.name())  # dark, not the palette's light text
