"""Chat answers as Markdown that renders while it streams in, at a cost that does not grow.

Block boundaries are markdown-it's own: the top-level block tokens of a
parse of the complete lines and their line ranges (``token.map``). Once
another block has started after it, a block is settled: rendered once, for
good, with markdown-it's ``env`` carried from one render to the next (so a
reference-style link finds a definition made earlier). Only the last block
(the "tail") is parsed and rendered again as it grows, so a loose list is
one list while it streams. Reference definitions right before the last
block settle with it, unless a blank line ends them (a definition's title
may go on over more lines). A settled block that a later definition turns
into a link is rendered again when that definition settles (the update then
replaces the stable HTML as a whole).

A top-level fenced code block is drawn as shaded ``<pre>`` pieces of a few
dozen lines each, coloured by Pygments piece by piece, and streams piece by
piece: markdown-it reads only the new lines (behind the opening fence) to
find the closing fence; the piece still being written is shown plain.

``render_document(text)`` renders the whole text at once; ``StreamingMarkdown``
shows exactly that as stable HTML once ``finish()`` was called, however the
text arrived.

No Qt here: the widget that shows the HTML is ``msdesk.ui.chat.message_text``.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any

from msdesk.core.i18n import translate
from msdesk.ui.markdown_html import (
    MAX_HIGHLIGHT_CHARS,
    MAX_TOTAL_HIGHLIGHT_CHARS,
    can_highlight,
    fence_language,
    highlight_compact,
    make_renderer,
    themed_html,
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

#: Line endings as markdown-it normalises them (before it parses).
_EOL = re.compile(r"\r\n?|\n")
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

    ``new_stable`` pieces go after the earlier ones; ``tail`` replaces the
    previous tail (it follows all stable pieces). With ``reset`` (rare: a
    reference definition settled that an earlier block uses), ``new_stable``
    is the whole stable HTML, to show instead of everything shown before.
    """

    new_stable: list[str]
    tail: str
    reset: bool = False


#: What may follow the last text of a tail for plain text to be appended to it: closing
#: tags of elements that end with the document (not a table cell, whose table a block follows).
_ENDS_TEXT = re.compile(r"(?:\s*</(?:p|li|ul|ol|em|strong|code|s|del|h[1-6]|blockquote|a|pre)>)*\s*")


def appended_text(old: str, new: str) -> str | None:
    """The plain text that, added at the end of ``old``'s last text, shows ``new``; else None.

    A tail that only grew at its end (the common case: a paragraph, a list
    item or a heading being written) can be shown by adding text rather than
    by replacing the block. None when anything else changed, or when the text
    would not show exactly as the HTML does (markup, runs of white space).
    """
    if not old or len(new) <= len(old):
        return None
    at = _common_prefix(old, new)
    rest = old[at:]
    if not at or not new.endswith(rest) or not _ENDS_TEXT.fullmatch(rest):
        return None
    prefix = old[:at]
    if prefix.rstrip()[-1:] in ("<", ">", "") or prefix.rfind("<") > prefix.rfind(">") or prefix.rfind("&") > prefix.rfind(";"):
        return None  # not right after text (after a tag, or inside a tag or an entity)
    middle = new[at:len(new) - len(rest)]
    if "<" in middle or ">" in middle:
        return None
    code_end = rest.find("</pre>")
    if code_end >= 0:
        # Code being written: white space shows as it is, each line a block of its own,
        # and a line break right before </pre> does not show.
        if rest[:code_end] == "\n":
            return html.unescape(middle)
        if code_end:
            return None
        text = html.unescape(middle)
        if prefix[-1] == "\n":
            text = "\n" + text
        return text[:-1] if text.endswith("\n") else text
    text = html.unescape(middle).replace("\n", " ")
    if (
        not text or "  " in text or text[-1].isspace() or "\t" in text or "\r" in text
        or (text[0].isspace() and prefix[-1].isspace())
    ):
        return None
    return text


#: In a tail's text: what may make words added at its end mean something else (links,
#: references, entities, HTML, tables, escapes). Anywhere in the tail: the slow way.
_MAY_JOIN = re.compile(r"[\[\]<>&|\\]")
#: Words that only add text: no mark of Markdown, no line break, no tab.
_PLAIN_WORDS = re.compile(r"[^\\`*_\[\]<>&#|~\n\r\t]*[^\\`*_\[\]<>&#|~\s]")
#: A tail's HTML that ends with text, then only the ends of blocks (a paragraph, a list
#: item, a heading, a quote): group 1 up to the end of the text, group 2 the rest.
_TEXT_THEN_ENDS = re.compile(r"(.*[^>\s])((?:\s*</(?:p|li|ul|ol|h[1-6]|blockquote)>)+\s*)", re.DOTALL)


def _grown(before: str, added: str, drawn: str) -> str | None:
    """The HTML of ``before + added``, from ``drawn`` (the HTML of ``before``), when ``added``
    is plain words at the end of a line that already has a letter; else None.

    The common case of a streaming answer: a paragraph, a list item or a
    heading that grows by words. Such words can change nothing before them,
    and show as they are; anything else (marks, a new line, a line that might
    still become a list or a heading) is left to markdown-it.
    """
    if not added:
        return drawn  # nothing new in the tail (the text after it was held back)
    if (
        not before or before[-1].isspace() or before[-1] in "\\`*_#~"
        or _PLAIN_WORDS.fullmatch(added) is None
        or _MAY_JOIN.search(before) is not None
        or not any(c.isalpha() for c in before[before.rfind("\n") + 1:])
    ):
        return None
    ends = _TEXT_THEN_ENDS.fullmatch(drawn)
    if ends is None:
        return None
    # Escaped as markdown-it escapes text (``added`` has no "&", "<" or ">").
    return ends.group(1) + added.replace('"', "&quot;") + ends.group(2)


def _common_prefix(a: str, b: str) -> int:
    """How many characters ``a`` and ``b`` share at their start (slices compared whole, not
    character by character: a tail is a few thousand characters, compared once a frame)."""
    low, high = 0, min(len(a), len(b))
    while low < high:
        middle = (low + high + 1) // 2
        if a[:middle] == b[:middle]:
            low = middle
        else:
            high = middle - 1
    return low


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
    return f'<pre style="{themed_html(_PRE_STYLE)} margin-bottom: {bottom};">{lead}{body}</pre>'


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
        label = html.escape(self.language) if self.language else translate("ui.chat.markdown_stream", "code")
        copy = html.escape(translate("ui.chat.markdown_stream", "Copy"))
        return themed_html(
            '<p style="margin-top: 6px; margin-bottom: 2px; font-size: small; color: #57606a;">'
            f'{label}&nbsp;&nbsp;<a href="{COPY_SCHEME}:{self.index}">{copy}</a></p>'
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


# -- markdown-it's blocks ------------------------------------------------------------


def _render(source: str, env: dict[str, Any]) -> str:
    """Markdown source as HTML; ``env`` (references, render state) is read and added to."""
    md, renderer = _chat_renderer()
    return renderer.render(md.parse(source, env), md.options, env)


def _normalise(text: str) -> str:
    """Line endings and NUL characters as markdown-it's own first step makes them."""
    return _EOL.sub("\n", text).replace("\0", "\ufffd")


def _top_blocks(source: str, references: dict[str, Any]) -> list[Any]:
    """The top-level block tokens of ``source`` (normalised), by markdown-it's block parser alone."""
    md, _ = _chat_renderer()
    tokens: list[Any] = []
    md.block.parse(source, md, {"references": dict(references)}, tokens)
    return [t for t in tokens if t.level == 0 and t.nesting >= 0 and t.map is not None]


def _line_start(text: str, line: int) -> int:
    """Where line number ``line`` (from 0) of ``text`` starts (its end if it has fewer lines)."""
    at = 0
    for _ in range(line):
        at = text.find("\n", at) + 1
        if not at:
            return len(text)
    return at


def render_document(text: str, state: RenderState | None = None) -> str:
    """A whole message at once: one markdown-it parse, code blocks numbered in ``state``."""
    env: dict[str, Any] = {"state": state if state is not None else RenderState()}
    return _render(text, env)


@dataclass
class _OpenFence:
    """A top-level fenced code block still being written: the last block of the answer."""

    opening: str  # the opening fence line, "\n" included
    block: _CodeBlock
    indent: int  # spaces before the opening fence
    source: list[str] = field(default_factory=list)  # its text so far, the opening line first


class StreamingMarkdown:
    """A message that grows: ``feed`` text, ``take_update`` once a frame, then ``finish``.

    ``feed`` only collects; ``take_update`` settles the blocks that markdown-it
    says are complete and renders the last one again.
    """

    def __init__(self) -> None:
        self._state = RenderState()
        #: markdown-it's env, carried from render to render: reference definitions, the code state.
        self._env: dict[str, Any] = {"state": self._state, "references": {}}
        self._fed: list[str] = []  # the text as given
        self._pending: list[str] = []  # not looked at yet
        self._held = ""  # a last "\r": it may be the start of "\r\n"
        self._buf = ""  # normalised text after the settled part
        self._settled: list[str] = []  # normalised source of the stable HTML
        self._stable: list[str] = []  # the stable HTML so far
        self._fence: _OpenFence | None = None
        self._references_grew = False
        self._finished = False
        self._checked: tuple[int, int] | None = None  # (settled pieces, complete length) last parsed
        self._drawn: tuple[str, str] | None = None  # the tail's source and HTML at the last render

    @property
    def source(self) -> str:
        """All the text fed so far."""
        return "".join(self._fed)

    @property
    def codes(self) -> list[str]:
        """The text of each code block so far (including one still being written)."""
        codes = list(self._state.codes)
        if self._fence is not None:
            codes[self._fence.block.index] = self._fence.block.code()
        return codes

    @property
    def pending(self) -> bool:
        """Whether text arrived that no update has shown yet."""
        return bool(self._pending)

    def feed(self, delta: str) -> None:
        """Add text (cheap: it is looked at by the next ``take_update``)."""
        if self._finished:
            raise RuntimeError("This message is finished; start a new one to add text.")
        if delta:
            self._fed.append(delta)
            self._pending.append(delta)

    def take_update(self) -> BlockUpdate | None:
        """What changed since the last call, or None if no text arrived since."""
        if self._finished or not self._pending:
            return None
        self._take_pending(final=False)
        stable = self._advance(final=False)
        return self._update(stable, self._render_tail())

    def finish(self) -> BlockUpdate:
        """The rest as stable HTML; the tail is empty from now on."""
        if self._finished:
            return BlockUpdate([], "")
        self._take_pending(final=True)
        stable = self._advance(final=True)
        self._finished = True
        return self._update(stable, "")

    # -- internals ------------------------------------------------------------------

    def _take_pending(self, *, final: bool) -> None:
        text = self._held + "".join(self._pending)
        self._pending.clear()
        self._held = ""
        if not final and text.endswith("\r"):
            text, self._held = text[:-1], "\r"
        self._buf += _normalise(text)

    def _update(self, stable: list[str], tail: str) -> BlockUpdate:
        if self._references_grew and self._fence is None:
            self._references_grew = False
            # A settled block may use a definition settled since: render the settled text again.
            env = {"state": RenderState(), "references": dict(self._env["references"])}
            again = _render("".join(self._settled), env)
            if again != "".join(self._stable):
                self._stable = [again]
                return BlockUpdate([again], tail, reset=True)
        return BlockUpdate(stable, tail)

    def _advance(self, final: bool) -> list[str]:
        """Settle what is complete; the HTML of everything that became stable, in order."""
        out: list[str] = []
        while True:
            if self._fence is not None:
                if not self._advance_fence(final, out):
                    break
            elif not self._advance_blocks(final, out):
                break
        return out

    def _settle(self, end: int, out: list[str]) -> None:
        source, self._buf = self._buf[:end], self._buf[end:]
        known = len(self._env["references"])
        rendered = _render(source, self._env)
        if len(self._env["references"]) > known and any("]" in s for s in self._settled):
            self._references_grew = True
        self._keep(source, [rendered] if rendered else [], out)

    def _keep(self, source: str, html: list[str], out: list[str]) -> None:
        self._settled.append(source)
        self._stable.extend(html)
        out.extend(html)

    def _advance_blocks(self, final: bool, out: list[str]) -> bool:
        """Settle every block but the last; True if a code block became the open last one."""
        if final:
            if self._buf:
                self._settle(len(self._buf), out)
            return False
        complete = self._buf.rfind("\n") + 1
        if not complete or (len(self._settled), complete) == self._checked:
            return False  # no new complete line since the last look: the blocks are as they were
        self._checked = (len(self._settled), complete)
        blocks = _top_blocks(self._buf[:complete], self._env["references"])
        if not blocks:
            return False
        last = blocks[-1]
        if last.type == "fence":
            # Everything before a fence is complete: the fence ends any block before it.
            start = _line_start(self._buf, last.map[0])
            if start:
                self._settle(start, out)
            opening = self._buf[: self._buf.index("\n") + 1]
            self._buf = self._buf[len(opening):]
            block = _CodeBlock(fence_language(last.info or ""), self._state)
            indent = len(opening) - len(opening.lstrip(" "))
            self._fence = _OpenFence(opening, block, indent, [opening])
            return True
        start = _line_start(self._buf, last.map[0])
        if start and self._buf[start - 2:start] == "\n\n":
            self._settle(start, out)  # a blank line ends whatever came before the last block
        elif len(blocks) > 1:
            # Up to the end of the block before the last: definitions between them stay
            # with the last block, as a definition's title may go on over more lines.
            self._settle(_line_start(self._buf, blocks[-2].map[1]), out)
        return False

    def _advance_fence(self, final: bool, out: list[str]) -> bool:
        """Add the code block's complete new lines; True once its closing fence came."""
        fence = self._fence
        assert fence is not None
        end = len(self._buf) if final else self._buf.rfind("\n") + 1
        lines = self._buf[:end]
        closed = False
        used = end
        if lines:
            # The opening line and the new lines alone: where a fence ends does not
            # depend on the lines before.
            md, _ = _chat_renderer()
            tokens: list[Any] = []
            md.block.parse(fence.opening + lines, md, {}, tokens)
            token = tokens[0]
            content = token.content.split("\n")
            if content[-1] == "":
                content.pop()
            count = len(content)
            closed = count < token.map[1] - token.map[0] - 1
            pieces: list[str] = []
            for line in content:
                pieces.extend(fence.block.add(line + "\n"))
            self._stable.extend(pieces)
            out.extend(pieces)
            if closed:
                used = _line_start(lines, count + 1)
        fence.source.append(self._buf[:used])
        self._buf = self._buf[used:]
        if closed or final:
            self._fence = None
            self._keep("".join(fence.source), fence.block.close(), out)
            return True
        return False

    def _render_tail(self) -> str:
        fence = self._fence
        if fence is not None:
            partial = self._buf
            if _MAYBE_CLOSE.fullmatch(partial):
                partial = ""  # perhaps the closing fence: do not flash it
            else:
                strip = min(fence.indent, len(partial) - len(partial.lstrip(" ")))
                partial = partial[strip:]
            return fence.block.draft(partial)
        source = self._buf
        partial = source[source.rfind("\n") + 1:]
        if partial and _FENCE_START.match(partial):
            source = source[: len(source) - len(partial)]  # a code block is opening
        if not source.strip():
            return ""
        drawn = self._drawn
        if drawn is not None and source.startswith(drawn[0]):
            grown = _grown(drawn[0], source[len(drawn[0]):], drawn[1])
            if grown is not None:
                self._drawn = (source, grown)
                return grown
        env = {"state": self._state.fork(), "references": dict(self._env["references"])}
        rendered = _render(source, env)
        self._drawn = (source, rendered)
        return rendered
