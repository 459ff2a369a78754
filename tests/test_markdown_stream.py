"""Streaming Markdown: block boundaries, rendering, and the same result however the text arrives."""

from __future__ import annotations

import random
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from msdesk.ui.chat import markdown_stream
from msdesk.ui.chat.markdown_stream import (
    RenderState,
    StreamingMarkdown,
    render_block,
    render_document,
    split_blocks,
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


class Clock:
    """A clock that moves only when told (or by ``step`` on each reading)."""

    def __init__(self, step: float = 0.0) -> None:
        self.now = 0.0
        self.step = step

    def __call__(self) -> float:
        self.now += self.step
        return self.now


def stream(text: str, cuts: list[int], updates: list[bool], **options) -> tuple[list[str], StreamingMarkdown]:
    """Feed ``text`` cut at ``cuts``, taking updates where ``updates`` says; all stable HTML."""
    md = StreamingMarkdown(**options)
    stable: list[str] = []
    points = sorted({c % (len(text) + 1) for c in cuts} | {0, len(text)})
    for index, (a, b) in enumerate(zip(points, points[1:], strict=False)):
        md.feed(text[a:b])
        if updates and updates[index % len(updates)]:
            update = md.take_update()
            if update is not None:
                stable.extend(update.new_stable)
    stable.extend(md.finish().new_stable)
    return stable, md


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


# -- boundaries ---------------------------------------------------------------------


def test_blocks_split_at_blank_lines_but_not_inside_code_lists_or_indented_text():
    blocks = split_blocks(ANSWER)
    assert "".join(blocks) == ANSWER
    # The numbered list with its code block (which has a blank line) stays whole.
    listed = next(b for b in blocks if b.startswith("1. Read the file"))
    assert "   words = text.split()\n   ```\n2. Count them:" in listed
    # A fenced block in column 0 is a block of its own, blank lines and all.
    assert '```python\nfrom collections import Counter\n\n\ndef top(words, n=3):\n' in blocks[
        blocks.index(next(b for b in blocks if b.startswith("```python\nfrom")))
    ]
    assert any(b.startswith("~~~\na tilde fence with ``` inside\n\nand a blank line\n~~~\n") for b in blocks)
    assert "    indented code\n    block\n\n" in blocks
    assert split_blocks("- a\n\n  still a\n\n- b\n") == ["- a\n\n  still a\n\n", "- b\n"]
    assert split_blocks("text\n```\ncode\n```\nafter") == ["text\n", "```\ncode\n```\n", "after"]
    assert split_blocks("```\nnever closed\n\nstill code") == ["```\nnever closed\n\nstill code"]
    assert split_blocks("a\r\n\r\nb\r\r```\r\nx\r\n\r\ny\r\n```") == ["a\r\n\r\n", "b\r\r", "```\r\nx\r\n\r\ny\r\n```"]
    assert split_blocks("") == []


def test_a_fence_in_a_list_item_keeps_a_later_code_block_whole():
    text = "1. ```sh\n   make\n\n   make test\n   ```\n\n```\nreal code\n\nstill code\n```\n\nend"
    assert split_blocks(text) == [
        "1. ```sh\n   make\n\n   make test\n   ```\n\n",
        "```\nreal code\n\nstill code\n```\n\n",
        "end",
    ]


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
    html = "".join(render_block(block, state) for block in split_blocks(ANSWER))
    assert html == render_document(ANSWER)
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
    html = render_block(f"```python\n{code}```\n", state)
    assert state.codes == [code[:-1]]
    assert html.count("<pre") > 50  # many pieces, none of them large
    coloured = html[: html.index("value_600 ")]
    assert '<font color="#666666">=</font>' in coloured
    assert "<font" not in html[html.index("value_2900 "):]  # beyond 20,000 characters: plain


# -- streaming ----------------------------------------------------------------------


def test_streaming_character_by_character_gives_the_document():
    stable, md = stream(ANSWER, list(range(len(ANSWER))), [True])
    assert "".join(stable) == render_document(ANSWER)
    assert md.source == ANSWER
    state = RenderState()
    render_document_state = "".join(render_block(block, state) for block in split_blocks(ANSWER))
    assert "".join(stable) == render_document_state
    assert md.codes == state.codes


def test_streaming_in_random_pieces_with_updates_now_and_then_gives_the_document():
    text = big_answer(30_000)
    expected = render_document(text)
    rnd = random.Random(11)
    for _ in range(3):
        cuts = sorted(rnd.sample(range(len(text)), 1500))
        updates = [rnd.random() < 0.5 for _ in range(37)]
        stable, _ = stream(text, cuts, updates, throttle=rnd.choice([0.0, 4.0, 1e9]), clock=Clock(0.001))
        assert "".join(stable) == expected


def test_the_tail_shows_the_growing_block_and_code_copy_works_while_streaming():
    md = StreamingMarkdown(throttle=0.0)
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


def test_an_expensive_tail_waits_a_multiple_of_its_cost():
    clock = Clock()
    md = StreamingMarkdown(throttle=4.0, clock=clock)
    md.feed("A long paragraph")
    assert md.take_update() is not None
    md.add_tail_cost(0.010)  # showing it took 10 ms
    md.feed(" goes on")
    assert md.take_update() is None and md.pending  # not yet: 40 ms have not passed
    clock.now += 0.041
    update = md.take_update()
    assert update is not None and "goes on" in update.tail and not md.pending
    # A finished block is shown at once even while the tail waits.
    md.add_tail_cost(0.010)
    md.feed(".\n\nNext")
    update = md.take_update()
    assert update is not None and update.new_stable == ["<p>A long paragraph goes on.</p>\n"]
    assert update.tail == "" and md.pending
    assert "".join(md.finish().new_stable) == "<p>Next</p>\n"


def test_each_update_renders_only_the_last_block(monkeypatch):
    text = big_answer(120_000)
    longest = max(len(block) for block in split_blocks(text))
    seen: list[int] = []
    real = markdown_stream._render_markdown

    def recording(source, state):
        seen.append(len(source))
        return real(source, state)

    monkeypatch.setattr(markdown_stream, "_render_markdown", recording)
    md = StreamingMarkdown(throttle=0.0)
    for start in range(0, len(text), 40):
        md.feed(text[start:start + 40])
        md.take_update()
    md.finish()
    assert len(seen) > 1000
    assert max(seen) <= longest < 2_000  # never the text so far, only its last block


def test_a_100_kb_code_block_streams_in_small_pieces():
    code = "".join(f"row_{i} = [{i}, {i * 2}, {i * 3}]  # generated\n" for i in range(2600))
    text = f"Data:\n\n```python\n{code}```\n"
    assert len(code) > 100_000
    md = StreamingMarkdown(throttle=0.0)
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
    "[ref]: https://example.com", "[ref] link", "![img](x.png)", "<div>raw</div>", "***", "---",
    "中文段落", "Кириллица", "a\x00b", "tail ``",
])
EOLS = st.sampled_from(["\n", "\n", "\n", "\r\n", "\r"])


@st.composite
def markdown_texts(draw) -> str:
    lines = draw(st.lists(st.tuples(LINES, EOLS), max_size=40))
    text = "".join(line + eol for line, eol in lines)
    if draw(st.booleans()):
        text += draw(st.text(alphabet="`~ \t\n\r-*>#|ab1.中", max_size=30))
    return text


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    text=st.one_of(markdown_texts(), st.text(max_size=200)),
    cuts=st.lists(st.integers(min_value=0, max_value=10_000), max_size=40),
    updates=st.lists(st.booleans(), max_size=12),
    throttle=st.sampled_from([0.0, 2.0, 1e9]),
)
def test_property_any_split_and_any_update_points_give_the_document(text, cuts, updates, throttle):
    assert "".join(split_blocks(text)) == text
    stable, md = stream(text, cuts, updates, throttle=throttle, clock=Clock(0.001))
    assert "".join(stable) == render_document(text)
    assert md.source == text
