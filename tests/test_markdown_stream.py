"""Streaming Markdown: markdown-it's blocks, rendering, and the same result however the text arrives."""

from __future__ import annotations

import random
import re

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from msdesk.ui.chat import markdown_stream
from msdesk.ui.chat.markdown_stream import (
    RenderState,
    StreamingMarkdown,
    appended_text,
    render_document,
)

ANSWER = """# Counting words 统计词频

Here is how to count words in Python. Это работает и с кириллицей, и с 中文.

1. Read the file:
   ```python
   text = open("notes.txt").read()

   words = text.split()
   ```
2. Count them:
   - with `collections.Counter`
   - or by hand

| Method | Speed | Notes |
|--------|-------|-------|
| Counter | fast | 推荐 |
| dict | fine | просто |

```python
from collections import Counter


def top(words, n=3):
    # the most common words first
    return Counter(words).most_common(n)
```

> Quoted <b>raw html</b> stays text.

See [the docs](https://docs.python.org/3/) or [this](javascript:alert(1)), ![a chart](chart.png).

~~~
a tilde fence with ``` inside

and a blank line
~~~

    indented code
    block

Last paragraph — 最后一段 — последний абзац.
"""


def stream(text: str, cuts: list[int], updates: list[bool]) -> tuple[list[str], StreamingMarkdown]:
    """Feed ``text`` cut at ``cuts``, taking updates where ``updates`` says; all stable HTML."""
    md = StreamingMarkdown()
    stable: list[str] = []

    def take(update) -> None:
        if update is not None:
            if update.reset:
                stable.clear()
            stable.extend(update.new_stable)

    points = sorted({c % (len(text) + 1) for c in cuts} | {0, len(text)})
    for index, (a, b) in enumerate(zip(points, points[1:], strict=False)):
        md.feed(text[a:b])
        if updates and updates[index % len(updates)]:
            take(md.take_update())
    take(md.finish())
    return stable, md


def top_blocks(text: str) -> list[str]:
    """The source of each top-level block, as markdown-it's ``token.map`` gives them."""
    from markdown_it import MarkdownIt

    lines = text.splitlines(keepends=True)
    tokens = MarkdownIt("commonmark").enable(["table", "strikethrough"]).parse(text)
    return ["".join(lines[t.map[0]:t.map[1]]) for t in tokens if t.level == 0 and t.nesting >= 0 and t.map]


def big_answer(chars: int, seed: int = 7) -> str:
    rnd = random.Random(seed)
    words = "the model streams tokens 模型 流式 输出 Привет мир пример quickly and renders blocks".split()

    def sentence(n: int) -> str:
        return " ".join(rnd.choice(words) for _ in range(n)).capitalize() + "."

    parts: list[str] = []
    index = 0
    while sum(map(len, parts)) < chars:
        index += 1
        kind = index % 6
        if kind == 0:
            parts.append(f"## Part {index}\n\n")
        elif kind == 1:
            parts.append(" ".join(sentence(rnd.randint(6, 16)) for _ in range(3)) + " With **bold** text.\n\n")
        elif kind == 2:
            parts.append("".join(f"- point {j}: {sentence(5)}\n" for j in range(rnd.randint(2, 5))) + "\n")
        elif kind == 3:
            body = "".join(f"def f{j}(x):\n    return x * {j}\n\n" for j in range(rnd.randint(2, 8)))
            parts.append(f"```python\n{body}```\n\n")
        elif kind == 4:
            parts.append("| k | v |\n|---|---|\n" + "".join(f"| {j} | {sentence(2)} |\n" for j in range(3)) + "\n")
        else:
            parts.append("> " + sentence(9) + "\n\n")
    return "".join(parts)


# -- markdown-it's blocks --------------------------------------------------------------


def test_a_reference_link_defined_in_a_later_block_is_a_link_at_the_end():
    text = "See [the guide][guide] first.\n\nSome more text.\n\n[guide]: https://example.com/guide\n\nThe end.\n"
    for size in (1, 3, 17):
        stable, md = stream(text, list(range(0, len(text), size)), [True])
        html = "".join(stable)
        assert '<a href="https://example.com/guide">the guide</a>' in html
        assert "[guide]" not in html and html == render_document(text)


def test_a_reference_link_becomes_a_link_during_the_stream_once_its_definition_is_settled():
    md = StreamingMarkdown()
    md.feed("Read [the docs][d].\n\nMore.\n\n")
    first = md.take_update()
    assert first is not None and "[the docs][d]" in "".join(first.new_stable)
    resets = []
    for piece in ("[d]: https://docs.example.com\n\n", "Next paragraph.\n\n", "Last one.\n\n", "And"):
        md.feed(piece)
        update = md.take_update()
        if update is not None and update.reset:  # the stable text is shown again, with the link
            resets.append("".join(update.new_stable))
    assert len(resets) == 1 and '<a href="https://docs.example.com">the docs</a>' in resets[0]
    assert not md.finish().reset


def test_a_loose_list_streamed_piece_by_piece_is_one_loose_list():
    text = "Steps:\n\n- first step\n\n- second step\n  goes on\n\n- third step\n\nDone.\n"
    stable, md = stream(text, list(range(len(text))), [True])
    html = "".join(stable)
    assert html.count("<ul>") == 1 and html.count("<li>") == 3
    assert "<li>\n<p>first step</p>\n</li>" in html  # loose: each item is a paragraph
    assert html == render_document(text)
    # While it streams, the list is the growing block: shown as one list too.
    md = StreamingMarkdown()
    md.feed(text[: text.index("- third") + 9])
    update = md.take_update()
    assert update is not None and update.tail.count("<ul>") == 1 and "<p>second step" in update.tail


@pytest.mark.parametrize("text", [
    "```\nx\n```", "a\n\n```py\nx\n```", "```\nx\n```\nafter", "```\n\t", "   ```\n  x\n\ty\n   ```\n",
    "> ```\n> x\n\n```\ny", "[r]: https://x.org\n'multi\nline title'\n\n[a][r]\n",
])
def test_awkward_ends_of_code_blocks_and_definitions_give_the_document(text):
    for size in (1, 2, 5):
        stable, _ = stream(text, list(range(0, len(text), size)), [True])
        assert "".join(stable) == render_document(text)


def test_the_tail_is_the_last_of_markdown_its_blocks():
    md = StreamingMarkdown()
    md.feed("# Title\n\nA paragraph\nthat goes on.\n\n| a | b |\n|---|---|\n| 1 | 2")
    update = md.take_update()
    assert "".join(update.new_stable) == "<h1>Title</h1>\n<p>A paragraph\nthat goes on.</p>\n"
    assert update.tail.startswith("<table") and "<td>2</td>" in update.tail


# -- rendering ----------------------------------------------------------------------


def test_rendering_keeps_markdown_structure_and_stays_offline():
    html = render_document(ANSWER)
    assert "<h1>Counting words 统计词频</h1>" in html
    assert "кириллицей" in html
    assert html.count("<table") == 1 and "<th>Method</th>" in html and "<td>推荐</td>" in html
    assert "<li>with <code>collections.Counter</code></li>" in html
    assert '<a href="https://docs.python.org/3/">the docs</a>' in html
    assert 'href="javascript' not in html
    assert "<img" not in html and "[image: a chart]" in html
    assert "&lt;b&gt;raw html&lt;/b&gt;" in html and "<b>raw" not in html
    # Code: a Copy link per block, numbered in order, and Pygments colours.
    assert re.findall(r'href="msdesk-copy:(\d+)"', html) == ["0", "1", "2", "3"]
    assert '<font color="#008000"><b>def</b></font>' in html
    assert "<pre" in html and "white-space: pre-wrap" in html


def test_copy_texts_are_the_code_blocks_in_order():
    state = RenderState()
    render_document(ANSWER, state)
    assert state.codes == [
        'text = open("notes.txt").read()\n\nwords = text.split()',
        "from collections import Counter\n\n\ndef top(words, n=3):\n"
        "    # the most common words first\n    return Counter(words).most_common(n)",
        "a tilde fence with ``` inside\n\nand a blank line",
        "indented code\nblock",
    ]


def test_a_long_code_block_is_coloured_in_pieces_and_plain_past_the_limit():
    code = "".join(f"value_{i} = compute({i}, 'text')  # note {i}\n" for i in range(3000))
    state = RenderState()
    html = render_document(f"```python\n{code}```\n", state)
    assert state.codes == [code[:-1]]
    assert html.count("<pre") > 50  # many pieces, none of them large
    coloured = html[: html.index("value_600 ")]
    assert '<font color="#666666">=</font>' in coloured
    assert "<font" not in html[html.index("value_2900 "):]  # beyond 20,000 characters: plain


# -- streaming ----------------------------------------------------------------------


def test_streaming_character_by_character_gives_the_document():
    stable, md = stream(ANSWER, list(range(len(ANSWER))), [True])
    state = RenderState()
    assert "".join(stable) == render_document(ANSWER, state)
    assert md.source == ANSWER
    assert md.codes == state.codes


def test_streaming_in_random_pieces_with_updates_now_and_then_gives_the_document():
    text = big_answer(30_000)
    expected = render_document(text)
    rnd = random.Random(11)
    for _ in range(3):
        cuts = sorted(rnd.sample(range(len(text)), 1500))
        updates = [rnd.random() < 0.5 for _ in range(37)]
        stable, _ = stream(text, cuts, updates)
        assert "".join(stable) == expected


def test_the_tail_shows_the_growing_block_and_code_copy_works_while_streaming():
    md = StreamingMarkdown()
    md.feed("Intro paragraph.\n\n```python\nprint('a')\n")
    first = md.take_update()
    assert first is not None
    assert "".join(first.new_stable) == "<p>Intro paragraph.</p>\n"
    assert "msdesk-copy:0" in first.tail and "print(&#x27;a&#x27;)" not in first.tail
    assert "print('a')" in first.tail  # the open piece is plain text
    assert md.codes == ["print('a')"]
    md.feed("``")  # perhaps the closing fence: not shown yet
    assert "``" not in md.take_update().tail
    md.feed("`\n\nDone")
    update = md.take_update()
    assert "<font" in "".join(update.new_stable)  # closed: coloured for good
    assert update.tail == "<p>Done</p>\n"
    assert md.take_update() is None  # nothing new
    final = md.finish()
    assert final.new_stable == ["<p>Done</p>\n"] and final.tail == ""
    assert md.take_update() is None
    try:
        md.feed("more")
    except RuntimeError as error:
        assert "finished" in str(error)
    else:
        raise AssertionError("feeding a finished message must fail")


def test_each_update_renders_only_the_last_block(monkeypatch):
    text = big_answer(120_000)
    longest = max(len(block) for block in top_blocks(text))
    seen: list[int] = []
    real = markdown_stream._render

    def recording(source, env):
        seen.append(len(source))
        return real(source, env)

    monkeypatch.setattr(markdown_stream, "_render", recording)
    md = StreamingMarkdown()
    for start in range(0, len(text), 40):
        md.feed(text[start:start + 40])
        md.take_update()
    md.finish()
    assert len(seen) > 1000
    # Never the text so far: the last block (and what a frame brought after it).
    assert longest < 2_000 and max(seen) <= longest + 80


def test_a_100_kb_code_block_streams_in_small_pieces():
    code = "".join(f"row_{i} = [{i}, {i * 2}, {i * 3}]  # generated\n" for i in range(2600))
    text = f"Data:\n\n```python\n{code}```\n"
    assert len(code) > 100_000
    md = StreamingMarkdown()
    stable: list[str] = []
    largest_tail = 0
    for start in range(0, len(text), 37):
        md.feed(text[start:start + 37])
        update = md.take_update()
        if update is not None:
            stable.extend(update.new_stable)
            largest_tail = max(largest_tail, len(update.tail))
    stable.extend(md.finish().new_stable)
    assert "".join(stable) == render_document(text)
    assert largest_tail < 4_000  # the open piece only, not the whole block
    assert max(len(piece) for piece in stable) < 12_000
    assert md.codes == [code[:-1]]


# -- the property -------------------------------------------------------------------

LINES = st.sampled_from([
    "", " ", "  ", "\t", "text", "more *text*", "# head", "Head", "===", "- item", "* item", "1. one",
    "2) two", "   - nested", "  cont", "    indented", "> quote", ">", "> ```", "```", "```py", "````",
    "``` `x`", "~~~", "~~~~ sh", "   ```", "    ```", "1. ```js", "- ~~~", "| a | b |", "|---|---|",
    "[ref]: https://example.com", "[ref] link", "[Ref][]", "[x][ref]", "'title'", "(title", "![img](x.png)", "<div>raw</div>", "***", "---",
    "中文段落", "Кириллица", "a\x00b", "tail ``",
])
EOLS = st.sampled_from(["\n", "\n", "\n", "\r\n", "\r"])


@st.composite
def markdown_texts(draw) -> str:
    lines = draw(st.lists(st.tuples(LINES, EOLS), max_size=40))
    text = "".join(line + eol for line, eol in lines)
    if draw(st.booleans()):
        text += draw(LINES)  # a last line without its line ending
    if draw(st.booleans()):
        text += draw(st.text(alphabet="`~ \t\n\r-*>#|ab1.中", max_size=30))
    return text


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    text=st.one_of(markdown_texts(), st.text(max_size=200)),
    cuts=st.lists(st.integers(min_value=0, max_value=10_000), max_size=40),
    updates=st.lists(st.booleans(), max_size=12),
)
def test_property_any_split_and_any_update_points_give_the_document(text, cuts, updates):
    stable, md = stream(text, cuts, updates)
    assert "".join(stable) == render_document(text)
    assert md.source == text


@pytest.mark.parametrize(
    ("old", "new", "text"),
    [
        ("<p>Hello wor</p>\n", "<p>Hello world, and</p>\n", "ld, and"),
        ("<p>one</p>\n", "<p>one\ntwo</p>\n", " two"),  # a soft break shows as a space
        ("<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n", "<ul>\n<li>a</li>\n<li>bc &amp; d</li>\n</ul>\n", "c & d"),
        ("<h2>Over</h2>\n", "<h2>Overview</h2>\n", "view"),
        ('<pre style="x">a = 1\nb</pre>', '<pre style="x">a = 1\nb = 2\nc</pre>', " = 2\nc"),
        ('<pre style="x">a = 1\n</pre>', '<pre style="x">a = 1\nb</pre>', "\nb"),
        ('<pre style="x">a = \n</pre>', '<pre style="x">a = 1\nb\n</pre>', "1\nb"),
    ],
)
def test_text_that_only_grows_at_the_end_is_appended(old, new, text):
    assert appended_text(old, new) == text


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("", "<p>a</p>\n"),  # nothing on screen yet
        ("<p>a *b</p>\n", "<p>a <em>b</em></p>\n"),  # earlier text changed
        ("<p>a <code>x</code></p>\n", "<p>a <code>x</code> more</p>\n"),  # after markup
        ("<p>a</p>\n", "<p>a</p>\n<p>b</p>\n"),  # a new block
        ("<p>a</p>\n", "<p>a  b</p>\n"),  # white space that HTML would fold
        ("<table><tr><td>a</td></tr></table>\n", "<table><tr><td>ab</td></tr></table>\n"),
    ],
)
def test_anything_else_is_rendered_again(old, new):
    assert appended_text(old, new) is None


# -- the tail of plain words ----------------------------------------------------------

PROSE = st.sampled_from([
    "The model", " streams", " words,", " one", " by", " one.", " It's", ' "quoted"', " (aside)", " 42",
    " co-operate", " e.g.", " 100%", " a+b=c", " colon:", " semi;", " what?", " yes!", " 中文", " Кириллица",
    " — dash", "\n", "\n\n", " *em*", " **strong**", " `code`", " [link](x)", " <b>", " &amp;", " #", " |",
    " ~~s~~", " _u_", " \\", "  ", " ", "\t", "- ", "1.", " item", "# ", "> ", "    ", "===", "---", "1",
    "*", "_", "`", "[", "]", "(", ")", "!", "'", '"', "x", "é",
])


@st.composite
def prose_streams(draw) -> list[str]:
    """An answer as the pieces it arrives in: words, marks, line breaks, block starts."""
    return draw(st.lists(st.one_of(PROSE, LINES), min_size=1, max_size=60))


def tails(pieces: list[str], updates: list[bool], quick: bool, monkeypatch) -> list[str]:
    if not quick:
        monkeypatch.setattr(markdown_stream, "_grown", lambda before, added, drawn: None)
    md = StreamingMarkdown()
    out: list[str] = []
    for index, piece in enumerate(pieces):
        md.feed(piece)
        if not updates or updates[index % len(updates)]:
            update = md.take_update()
            out.append("" if update is None else update.tail)
    monkeypatch.undo()
    return out


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.function_scoped_fixture])
@given(pieces=prose_streams(), updates=st.lists(st.booleans(), max_size=8))
# Words that would mean something else: a setext underline, a list's number, an entity, a
# link's title over two lines, an escape, white space at the end, and quotes (escaped).
@example(pieces=["Head", "\n", "=", "== more"], updates=[])
@example(pieces=["1", ". item"], updates=[])
@example(pieces=["a &amp", ";"], updates=[])
@example(pieces=['[a](/u "title', "\n", "more", ' words")'], updates=[])
@example(pieces=["a\\", "b"], updates=[])
@example(pieces=["words", " and more  "], updates=[])
@example(pieces=["say", ' "hi" to (them)'], updates=[])
def test_property_the_tail_grown_by_words_is_the_tail_markdown_it_renders(pieces, updates, monkeypatch):
    assert tails(pieces, updates, True, monkeypatch) == tails(pieces, updates, False, monkeypatch)


def test_a_paragraph_growing_by_words_is_not_parsed_again_for_each_word(monkeypatch):
    words = [" word"] * 300
    seen: list[str] = []
    real = markdown_stream._render

    def recording(source, env):
        seen.append(source)
        return real(source, env)

    monkeypatch.setattr(markdown_stream, "_render", recording)
    md = StreamingMarkdown()
    md.feed("A paragraph")
    tail = ""
    for word in words:
        md.feed(word)
        tail = md.take_update().tail
    assert tail == "<p>A paragraph" + "".join(words) + "</p>\n"
    assert len(seen) == 1  # the first look; every word after it was added to the HTML
    md.feed(" *and emphasis*")
    assert md.take_update().tail.endswith(" <em>and emphasis</em></p>\n")
    assert len(seen) == 2  # marks: markdown-it reads the block again
