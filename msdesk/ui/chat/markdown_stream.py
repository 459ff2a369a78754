"""Chat answers as Markdown that renders while it streams in, at a cost that does not grow.

The answer is cut into top-level segments at blank lines (never inside a
fenced code block, never before an indented line, so list continuations
stay with their list); a fenced code block that starts in column 0 is a
segment of its own. A finished segment is rendered once and never again;
only the growing last one (the "tail") is re-rendered, and less often when
that gets expensive. Code is drawn as shaded ``<pre>`` pieces of a few dozen
lines each, coloured by Pygments piece by piece, so a long code block is
added to piece by piece too; the piece still being written is shown plain.

``render_document(text)`` is exactly what ``StreamingMarkdown`` has shown as
stable HTML once ``finish()`` was called, however the text arrived.

No Qt here: the widget that shows the HTML is ``msdesk.ui.chat.message_text``.
"""

from __future__ import annotations

import html
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any

from msdesk.ui.markdown_html import (
    MAX_HIGHLIGHT_CHARS,
    MAX_TOTAL_HIGHLIGHT_CHARS,
    can_highlight,
    fence_language,
    highlight_compact,
    make_renderer,
)

#: The link scheme of a code block's "Copy" link: ``msdesk-copy:<n>``, n counts code blocks.
COPY_SCHEME = "msdesk-copy"

#: A code piece ends before an unindented line that follows a blank line once it has
#: this many characters, before any unindented line at ``_PIECE_MID``, before any
#: line at all at ``_PIECE_MAX`` (colouring restarts at each piece).
_PIECE_SOFT = 480
_PIECE_MID = 960
_PIECE_MAX = 1600
#: A piece longer than this (one very long line) is shown plain.
_COLOUR_PIECE_MAX = 3200

_EOL = re.compile(r"\r\n?|\n")
_NOT_BLANK = re.compile(r"[^ \t]")
_TOP_FENCE = re.compile(r"( {0,3})(`{3,}|~{3,})(.*)", re.DOTALL)
_NESTED_FENCE = re.compile(r"((?:[ \t]*(?:>|[-+*][ \t]|\d{1,9}[.)][ \t]))*[ \t]*)(`{3,}|~{3,})(.*)", re.DOTALL)
_TOP_CLOSE = re.compile(r" {0,3}(`{3,}|~{3,})[ \t]*")
_NESTED_CLOSE = re.compile(r"[ \t>]*(`{3,}|~{3,})[ \t]*")
_FENCE_START = re.compile(r" {0,3}(?:```|~~~)")
_MAYBE_CLOSE = re.compile(r" {0,3}[`~]*[ \t]*")

_PRE_STYLE = (
    "background-color: #f6f8fa; color: #24292e; font-family: monospace; white-space: pre-wrap; "
    "margin-left: 0px; margin-right: 0px; margin-top: 0px;"
)


@dataclass
class RenderState:
    """What rendering one message carries from block to block.

    ``codes[n]`` is the text of code block n (the target of ``msdesk-copy:<n>``);
    ``highlight_budget`` is how many more code characters may be coloured.
    A ``draft`` state renders a tail that is still growing: the last piece of
    its code is shown plain.
    """

    codes: list[str] = field(default_factory=list)
    highlight_budget: int = MAX_TOTAL_HIGHLIGHT_CHARS
    draft: bool = False

    def fork(self) -> RenderState:
        """A copy for rendering a draft: changes to it never reach this state."""
        return RenderState(list(self.codes), self.highlight_budget, True)


@dataclass
class BlockUpdate:
    """What changed since the last update: HTML to append for good, and the new tail.

    ``new_stable`` pieces never change again and go after the earlier ones;
    ``tail`` replaces the previous tail (it follows all stable pieces). It is
    empty when the finished pieces took the old tail's place and the new one
    waits its turn (``StreamingMarkdown.pending`` says so).
    """

    new_stable: list[str]
    tail: str


# -- code blocks ----------------------------------------------------------------------


@lru_cache(maxsize=512)
def _coloured(code: str, language: str) -> str:
    return highlight_compact(code, language)


def _starts_piece(chars: int, after_blank: bool, line: str) -> bool:
    """Whether a code piece of ``chars`` characters ends before ``line``."""
    if chars >= _PIECE_MAX:
        return True
    flush_left = line[:1] not in ("", " ", "\t", "\n")
    return flush_left and (chars >= _PIECE_MID or (after_blank and chars >= _PIECE_SOFT))


def _pre(body: str, starts_blank: bool, last: bool) -> str:
    # Qt drops the line break right after <pre> (as HTML does): keep a leading blank line.
    lead = "\n" if starts_blank else ""
    bottom = "8px" if last else "0px"
    return f'<pre style="{_PRE_STYLE} margin-bottom: {bottom};">{lead}{body}</pre>'


class _CodeBlock:
    """One code block turned into HTML pieces as its lines arrive."""

    def __init__(self, language: str, state: RenderState) -> None:
        self.language = language
        self.state = state
        self.index = len(state.codes)
        state.codes.append("")
        self._colour = can_highlight(language)
        self._lines: list[str] = []
        self._piece: list[str] = []
        self._piece_chars = 0
        self._after_blank = False
        self._done_chars = 0
        self._header_shown = False  # the header goes out with the first piece
        self.open = True

    def header(self) -> str:
        label = html.escape(self.language) if self.language else "code"
        return (
            '<p style="margin-top: 6px; margin-bottom: 2px; font-size: small; color: #57606a;">'
            f'{label}&nbsp;&nbsp;<a href="{COPY_SCHEME}:{self.index}">Copy</a></p>'
        )

    def add(self, line: str) -> list[str]:
        """A whole line (ending with "\\n"); returns the piece it finished, if any."""
        out = []
        if self._piece and _starts_piece(self._piece_chars, self._after_blank, line):
            out.append(self._emit(last=False))
        self._piece.append(line)
        self._piece_chars += len(line)
        self._after_blank = not line.strip(" \t\n")
        self._lines.append(line)
        return out

    def close(self) -> list[str]:
        """The last piece (the block is complete)."""
        self.open = False
        self.state.codes[self.index] = self.code()
        return [self._emit(last=True, plain=self.state.draft)]

    def code(self) -> str:
        text = "".join(self._lines)
        return text[:-1] if text.endswith("\n") else text

    def draft(self, partial: str) -> str:
        """The open piece (and a partial last line) as plain text, for the tail."""
        text = "".join(self._piece) + partial
        header = "" if self._header_shown else self.header()
        if not text:
            return header
        return header + _pre(html.escape(text, quote=False), text.startswith("\n"), last=True)

    def _emit(self, *, last: bool, plain: bool = False) -> str:
        text = "".join(self._piece)
        self._done_chars += len(text)
        state = self.state
        if (
            not plain and self._colour and len(text) <= _COLOUR_PIECE_MAX
            and self._done_chars <= MAX_HIGHLIGHT_CHARS and state.highlight_budget >= len(text)
        ):
            state.highlight_budget -= len(text)
            body = _coloured(text, self.language)
        else:
            body = html.escape(text, quote=False)
        self._piece = []
        self._piece_chars = 0
        header = "" if self._header_shown else self.header()
        self._header_shown = True
        return header + _pre(body, text.startswith("\n"), last)


def _code_html(code: str, language: str, env: dict[str, Any]) -> str:
    """A code block inside a Markdown block (a list item, a quote...): header and pieces."""
    block = _CodeBlock(language, env["state"])
    parts = []
    lines = code.split("\n")
    if lines[-1] == "":
        lines.pop()
    for line in lines:
        parts.extend(block.add(line + "\n"))
    parts.extend(block.close())
    return "".join(parts)


@cache
def _chat_renderer() -> tuple[Any, Any]:
    return make_renderer(_code_html)


def _render_markdown(source: str, state: RenderState) -> str:
    md, renderer = _chat_renderer()
    env: dict[str, Any] = {"state": state}
    return renderer.render(md.parse(source, env), md.options, env)


# -- finding segment boundaries -------------------------------------------------------

_SPLIT, _OPEN, _LINE, _CLOSE = range(4)


@dataclass
class _Fence:
    char: str
    length: int
    top: bool  # a top-level fence (0-3 spaces in), not one inside a list item or quote
    column0: bool = False  # top-level and flush left: a segment of its own
    quoted: bool = False


class _Scanner:
    """Reads whole lines once, left to right, and reports boundaries and code lines.

    Offsets are into the buffer the caller passes; ``shift`` moves them when
    the caller drops text it no longer needs. Each decision is taken as soon
    as the characters it depends on are there and never revisited, so the
    events do not depend on how the text was cut into deliveries.
    """

    def __init__(self) -> None:
        self.pos = 0  # start of the first line not read yet
        self._eol_from = 0  # where to go on looking for that line's end
        self._early_done = False  # the boundary check at the start of that line is done
        self._prev_blank = False
        self._has_content = False  # the current segment has a non-blank line
        self._fence: _Fence | None = None
        self._code_closed = False  # the current segment is a column-0 code block, closed

    def shift(self, offset: int) -> None:
        self.pos -= offset
        self._eol_from -= offset

    def scan(self, buf: str, final: bool) -> list[tuple[int, Any]]:
        events: list[tuple[int, Any]] = []
        size = len(buf)
        while self.pos < size:
            start = self.pos
            if not self._early_done:
                found = _NOT_BLANK.search(buf, start)
                if found is None and not final:
                    return events
                self._early_check(buf, start, found.group() if found else "", events)
            match = _EOL.search(buf, max(self._eol_from, start))
            if match is None or (not final and match.group() == "\r" and match.end() == size):
                if not final:
                    self._eol_from = match.start() if match else size
                    return events
                end = next_start = size
            else:
                end, next_start = match.start(), match.end()
            self._line(buf[start:end], start, events)
            self.pos = self._eol_from = next_start
            self._early_done = False
        return events

    def _split(self, at: int, events: list[tuple[int, Any]]) -> None:
        events.append((_SPLIT, at))
        self._has_content = False
        self._code_closed = False

    def _early_check(self, buf: str, start: int, first: str, events: list[tuple[int, Any]]) -> None:
        """At the start of a line: does a new segment begin here?"""
        self._early_done = True
        if first in ("", "\r", "\n") or not self._has_content:
            return
        flush_left = buf[start] not in " \t"
        fenced = self._fence is not None and self._fence.top
        if self._code_closed or (self._prev_blank and flush_left and not fenced):
            self._split(start, events)

    def _line(self, line: str, start: int, events: list[tuple[int, Any]]) -> None:
        blank = _NOT_BLANK.search(line) is None
        fence = self._fence
        if fence is not None and fence.top:
            close = _TOP_CLOSE.fullmatch(line)
            if close and close.group(1)[0] == fence.char and len(close.group(1)) >= fence.length:
                self._fence = None
                if fence.column0:
                    events.append((_CLOSE, None))
                    self._code_closed = True
            elif fence.column0:
                events.append((_LINE, line.replace("\0", "\ufffd") + "\n"))
        else:
            if fence is not None:  # inside a list item or a quote
                close = _NESTED_CLOSE.fullmatch(line)
                if close and close.group(1)[0] == fence.char and len(close.group(1)) >= fence.length:
                    self._fence = None
                    fence = None
                    line = ""
                elif not blank and line[0] not in " \t" and not (
                    fence.quoted and line[0] == ">" and not self._prev_blank
                ):
                    self._fence = fence = None  # the container ended, and the code with it
            if fence is None and line:
                self._opening(line, start, events)
        if not blank:
            self._has_content = True
        self._prev_blank = blank

    def _opening(self, line: str, start: int, events: list[tuple[int, Any]]) -> None:
        top = _TOP_FENCE.fullmatch(line)
        if top and not (top.group(2)[0] == "`" and "`" in top.group(3)):
            marker = top.group(2)
            column0 = not top.group(1)
            if column0 and self._has_content:
                self._split(start, events)
            self._fence = _Fence(marker[0], len(marker), top=True, column0=column0)
            if column0:
                events.append((_OPEN, fence_language(top.group(3))))
            return
        nested = _NESTED_FENCE.fullmatch(line)
        if nested and not (nested.group(2)[0] == "`" and "`" in nested.group(3)):
            marker = nested.group(2)
            self._fence = _Fence(marker[0], len(marker), top=False, quoted=">" in nested.group(1))


# -- rendering segments ---------------------------------------------------------------


class _Engine:
    """Feeds scanner events to the renderers; keeps only the current segment's text."""

    def __init__(self, state: RenderState) -> None:
        self.state = state
        self.scanner = _Scanner()
        self.buf = ""  # the text of the current segment (and anything after it)
        self.done: list[str] = []  # the text of finished segments
        self.code: _CodeBlock | None = None  # the current segment's column-0 code block

    def advance(self, final: bool) -> list[str]:
        """Scan what arrived; the HTML of everything that became final, in order."""
        out: list[str] = []
        cut = 0
        for kind, value in self.scanner.scan(self.buf, final):
            if kind == _SPLIT:
                self._finish_segment(self.buf[cut:value], out)
                cut = value
            elif kind == _OPEN:
                self.code = _CodeBlock(value, self.state)
            elif kind == _LINE:
                assert self.code is not None
                out.extend(self.code.add(value))
            else:
                assert self.code is not None
                out.extend(self.code.close())
        if final:
            self._finish_segment(self.buf[cut:], out)
            cut = len(self.buf)
        if cut:
            self.buf = self.buf[cut:]
            self.scanner.shift(cut)
        return out

    def _finish_segment(self, source: str, out: list[str]) -> None:
        self.done.append(source)
        if self.code is None:
            rendered = _render_markdown(source, self.state)
            if rendered:
                out.append(rendered)
        elif self.code.open:
            out.extend(self.code.close())
        self.code = None

    def partial_line(self) -> str:
        return self.buf[self.scanner.pos:]


def split_blocks(text: str) -> list[str]:
    """Markdown source cut into top-level segments; joined they give ``text`` back."""
    scanner = _Scanner()
    cuts = [at for kind, at in scanner.scan(text, final=True) if kind == _SPLIT]
    bounds = [0, *cuts, len(text)]
    return [text[a:b] for a, b in zip(bounds, bounds[1:], strict=False) if b > a]


def render_block(source: str, state: RenderState) -> str:
    """One segment as Qt rich-text HTML; code blocks get numbers and copy text in ``state``.

    Given more than one segment, renders them one after the other.
    """
    engine = _Engine(state)
    engine.buf = source
    return "".join(engine.advance(final=True))


def render_document(text: str) -> str:
    """A whole message: ``render_block`` over ``split_blocks(text)`` with a fresh state."""
    state = RenderState()
    return "".join(render_block(block, state) for block in split_blocks(text))


class StreamingMarkdown:
    """A message that grows: ``feed`` text, then ``take_update`` once a frame, ``finish``.

    Only new text is scanned for boundaries. The tail is re-rendered only when
    it changed, and while re-rendering it is costly it waits until
    ``throttle`` times its last cost has passed (``add_tail_cost`` adds the
    time the widget took to show it). Stable HTML is never affected by that.
    """

    def __init__(self, *, throttle: float = 8.0, clock: Callable[[], float] = time.perf_counter) -> None:
        self._state = RenderState()
        self._engine = _Engine(self._state)
        self._pending: list[str] = []
        self._dirty = False  # text arrived that the shown tail does not include
        self._throttle = throttle
        self._clock = clock
        self._tail_cost = 0.0
        self._tail_at = float("-inf")
        self._finished = False

    @property
    def source(self) -> str:
        """All the text fed so far."""
        return "".join(self._engine.done) + self._engine.buf + "".join(self._pending)

    @property
    def codes(self) -> list[str]:
        """The text of each code block so far (including one still being written)."""
        codes = list(self._state.codes)
        code = self._engine.code
        if code is not None and code.open:
            codes[code.index] = code.code()
        return codes

    @property
    def pending(self) -> bool:
        """Whether text arrived that no update has shown yet."""
        return bool(self._pending) or self._dirty

    def feed(self, delta: str) -> None:
        """Add text (cheap: it is looked at by the next ``take_update``)."""
        if self._finished:
            raise RuntimeError("This message is finished; start a new one to add text.")
        if delta:
            self._pending.append(delta)

    def add_tail_cost(self, seconds: float) -> None:
        """Count time spent showing the last tail against the tail's cost."""
        self._tail_cost += max(0.0, seconds)

    def take_update(self) -> BlockUpdate | None:
        """What changed since the last call, or None if nothing is to be shown yet."""
        if self._finished:
            return None
        if self._pending:
            self._engine.buf += "".join(self._pending)
            self._pending.clear()
            self._dirty = True
        stable = self._engine.advance(final=False)
        waiting = self._clock() - self._tail_at < self._throttle * self._tail_cost
        if self._dirty and not waiting:
            return BlockUpdate(stable, self._render_tail())
        if stable:
            # The shown tail is now part of the stable text; its successor comes
            # when the wait is over (``pending`` stays true until then).
            self._dirty = True
            return BlockUpdate(stable, "")
        return None

    def finish(self) -> BlockUpdate:
        """The rest as stable HTML; the tail is empty from now on."""
        if self._finished:
            return BlockUpdate([], "")
        if self._pending:
            self._engine.buf += "".join(self._pending)
            self._pending.clear()
        self._finished = True
        self._dirty = False
        return BlockUpdate(self._engine.advance(final=True), "")

    def _render_tail(self) -> str:
        started = self._clock()
        engine = self._engine
        partial = engine.partial_line()
        if engine.code is not None:
            if not engine.code.open:
                tail = ""
            else:
                partial = partial.rstrip("\r").replace("\0", "\ufffd")
                if _MAYBE_CLOSE.fullmatch(partial):
                    partial = ""  # perhaps the closing fence: do not flash it
                tail = engine.code.draft(partial)
        else:
            source = engine.buf
            if partial and _FENCE_START.match(partial):
                source = source[: len(source) - len(partial)]  # a code block is opening
            tail = _render_markdown(source, self._state.fork()) if source.strip() else ""
        self._dirty = False
        self._tail_at = self._clock()
        self._tail_cost = self._tail_at - started
        return tail
