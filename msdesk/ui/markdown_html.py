"""Markdown to the HTML subset Qt's rich text engine understands (no Qt import here).

One markdown-it parser (CommonMark with tables and strikethrough) and renderer
rules shared by the model cards and the chat: raw HTML in the source is
escaped, never interpreted; images become text links ("[image: alt text]")
and are never fetched; only http, https and mailto links (and relative ones
resolved against a base address) keep their target; code is coloured with
Pygments using inline styles, so no style sheet is needed.

``render_markdown`` renders a whole model card (and takes its YAML front
matter off). ``make_renderer`` gives the parser and a renderer whose code
blocks are drawn by a caller-supplied function, as the chat does.
"""

from __future__ import annotations

import html
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from typing import Any
from urllib.parse import urljoin, urlsplit

from msdesk.core.i18n import translate

#: Code blocks longer than this are shown plain (colouring them would be slow).
MAX_HIGHLIGHT_CHARS = 20_000
#: Past this many characters in total, code blocks are no longer coloured.
MAX_TOTAL_HIGHLIGHT_CHARS = 120_000

_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.DOTALL)
_SAFE_SCHEMES = {"http", "https", "mailto", ""}
_LANGUAGE_ALIASES = {"py": "python", "sh": "bash", "shell": "bash", "console": "bash", "js": "javascript"}

#: Written in the light theme's colours: code and table headers on a shaded background with
#: their own text colour (left to the palette, it could be light on light); ``themed_html``
#: gives the dark theme's shades of the same.
STYLE_SHEET = """
h1 { font-size: x-large; margin-top: 6px; margin-bottom: 6px; }
h2 { font-size: large; margin-top: 14px; margin-bottom: 6px; }
h3 { font-size: medium; margin-top: 12px; margin-bottom: 4px; }
p { margin-top: 4px; margin-bottom: 8px; }
code { font-family: monospace; background-color: #f1f3f5; color: #24292e; }
pre { font-family: monospace; }
th { background-color: #f1f3f5; color: #24292e; font-weight: bold; }
blockquote { color: #6a6a6a; }
a { color: #1a6fd1; }
"""

#: A code renderer: (code, language, env) -> HTML. ``env`` is the dict given to ``render``.
CodeRenderer = Callable[[str, str, dict[str, Any]], str]


@dataclass(frozen=True)
class RenderedCard:
    """A README as HTML, with its front-matter facts (license, tasks...)."""

    html: str
    meta: dict[str, Any] = field(default_factory=dict)


def split_front_matter(text: str) -> tuple[dict[str, Any], str]:
    """Take a leading ``--- ... ---`` block off; return (simple facts, the rest).

    Only flat ``key: value`` lines and ``- item`` lists are understood; that
    covers ``license`` and ``tasks`` of ModelScope cards, and the rest is dropped.
    """
    match = _FRONT_MATTER.match(text)
    if match is None:
        return {}, text
    meta: dict[str, Any] = {}
    key: str | None = None
    for raw in match.group(1).splitlines():
        line = raw.rstrip()
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        item = re.match(r"^\s*-\s*(.*)$", line)
        if item and key is not None:
            value = item.group(1).strip().strip("'\"")
            current = meta.get(key)
            if not isinstance(current, list):
                current = [] if current in (None, "") else [str(current)]
            if value:
                current.append(value)
            meta[key] = current
            continue
        pair = re.match(r"^([A-Za-z0-9_\-]+)\s*:\s*(.*)$", line)
        if pair and not raw.startswith((" ", "\t")):
            key = pair.group(1).lower()
            value = pair.group(2).strip()
            if value.startswith("[") and value.endswith("]"):
                meta[key] = [v.strip().strip("'\"") for v in value[1:-1].split(",") if v.strip()]
            else:
                meta[key] = value.strip("'\"")
    return meta, text[match.end():]


#: Pygments styles for code on the light and the dark code background.
LIGHT_CODE_STYLE = "default"
DARK_CODE_STYLE = "github-dark"


def is_dark() -> bool:
    """Whether the window is dark (msdesk.ui.theme says so once the window has set it up)."""
    theme = sys.modules.get("msdesk.ui.theme")
    return bool(theme is not None and theme.is_dark())


def themed_html(text: str) -> str:
    """HTML written with the light theme's colours, in the colours of the theme in use."""
    theme = sys.modules.get("msdesk.ui.theme")
    return theme.themed_html(text) if theme is not None else text


def _formatter() -> Any:
    return _formatter_for(is_dark())


@cache
def _formatter_for(dark: bool) -> Any:
    from pygments.formatters import HtmlFormatter

    style = DARK_CODE_STYLE if dark else LIGHT_CODE_STYLE
    return HtmlFormatter(noclasses=True, nowrap=True, style=style)


@cache
def _lexer(language: str) -> Any:
    from pygments.lexers import get_lexer_by_name
    from pygments.util import ClassNotFound

    name = _LANGUAGE_ALIASES.get(language.lower(), language.lower())
    try:
        return get_lexer_by_name(name, stripnl=False, ensurenl=False)
    except ClassNotFound:
        return None


def can_highlight(language: str) -> bool:
    """Whether Pygments knows this code block language (``py``, ``rust``...)."""
    return bool(language) and _lexer(language) is not None


def highlight_code(code: str, language: str) -> str:
    """Code as inline-styled HTML spans (no wrapper); plain escaped text if unknown."""
    lexer = _lexer(language) if language and len(code) <= MAX_HIGHLIGHT_CHARS else None
    if lexer is None:
        return html.escape(code)
    from pygments import highlight

    return highlight(code, lexer, _formatter())


def _font_tags(token_type: Any) -> tuple[str, str]:
    """Opening and closing tags that give a token type its colour, weight and slant."""
    return _font_tags_for(token_type, is_dark())


@cache
def _font_tags_for(token_type: Any, dark: bool) -> tuple[str, str]:
    style = _formatter_for(dark).style.style_for_token(token_type)
    opening = closing = ""
    if style["color"]:
        opening += f'<font color="#{style["color"]}">'
        closing = "</font>" + closing
    if style["bold"]:
        opening += "<b>"
        closing = "</b>" + closing
    if style["italic"]:
        opening += "<i>"
        closing = "</i>" + closing
    return opening, closing


def highlight_compact(code: str, language: str) -> str:
    """Like ``highlight_code``, in lighter markup (plain font tags, no styled spaces).

    Quicker to produce and for Qt to read; used where code is rendered as it streams.
    """
    lexer = _lexer(language) if language and len(code) <= MAX_HIGHLIGHT_CHARS else None
    if lexer is None:
        return html.escape(code, quote=False)
    out: list[str] = []
    escape = html.escape
    for _, token_type, value in lexer.get_tokens_unprocessed(code):
        text = escape(value, quote=False)
        if value.isspace():
            out.append(text)
            continue
        opening, closing = _font_tags(token_type)
        out.append(f"{opening}{text}{closing}" if opening else text)
    return "".join(out)


def fence_language(info: str) -> str:
    """The language named by a fence's info string (its first word), unescaped."""
    from markdown_it.common.utils import unescapeAll

    words = unescapeAll(info).strip().split(maxsplit=1)
    return words[0] if words else ""


def safe_url(url: str, base_url: str = "") -> str | None:
    """The link target to keep, or None for one never to follow (javascript:, file:...)."""
    url = url.strip()
    if not url:
        return None
    if url.startswith("#"):
        return url
    if base_url and not urlsplit(url).scheme:
        url = urljoin(base_url, url)
    scheme = urlsplit(url).scheme.lower()
    return url if scheme in _SAFE_SCHEMES else None


@cache
def _parser() -> Any:
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    md.enable(["table", "strikethrough"])
    return md


def _card_code(code: str, language: str, env: dict[str, Any]) -> str:
    """A model card's code block: a shaded box; coloured while the card's budget lasts."""
    budget = env.setdefault("highlight_budget", [MAX_TOTAL_HIGHLIGHT_CHARS])
    if language and budget[0] > 0:
        budget[0] -= len(code)
        body = highlight_code(code, language)
    else:
        body = html.escape(code)
    body = body.rstrip("\n")
    return themed_html(
        '<table width="100%" cellspacing="0" cellpadding="8" '
        'style="background-color: #f6f8fa; border: 1px solid #e1e4e8; margin-top: 4px; margin-bottom: 8px;">'
        f"<tr><td><pre style=\"margin: 0; color: #24292e;\">{body}</pre></td></tr></table>\n"
    )


def _card_indented_code(code: str, language: str, env: dict[str, Any]) -> str:
    body = html.escape(code).rstrip("\n")
    return themed_html(
        '<table width="100%" cellspacing="0" cellpadding="8" style="background-color: #f6f8fa;">'
        f"<tr><td><pre style=\"margin: 0; color: #24292e;\">{body}</pre></td></tr></table>\n"
    )


def make_renderer(fenced: CodeRenderer, indented: CodeRenderer | None = None) -> tuple[Any, Any]:
    """The shared parser and a renderer with offline-only rules; code drawn by ``fenced``.

    ``indented`` draws indented code blocks (default: ``fenced`` with no language).
    Links resolve against ``env["base_url"]`` when the caller puts one in the env.
    """
    md = _parser()
    indented_code = indented or fenced

    def image(self: Any, tokens: Any, idx: int, options: Any, env: Any) -> str:
        token = tokens[idx]
        alt = self.renderInlineAsText(token.children or [], options, env).strip()
        alt = alt or translate("ui.markdown_html", "image", "an image without a description")
        label = html.escape(translate("ui.markdown_html", "[image: {alt}]").format(alt=alt))
        url = safe_url(str(token.attrGet("src") or ""), env.get("base_url", ""))
        if url is None:
            return label
        title = html.escape(translate("ui.markdown_html", "Open the image in the browser"), quote=True)
        return f'<a href="{html.escape(url, quote=True)}" title="{title}">{label}</a>'

    def link_open(self: Any, tokens: Any, idx: int, options: Any, env: Any) -> str:
        token = tokens[idx]
        url = safe_url(str(token.attrGet("href") or ""), env.get("base_url", ""))
        if url is None:
            return "<a>"
        return f'<a href="{html.escape(url, quote=True)}">'

    def fence(self: Any, tokens: Any, idx: int, options: Any, env: Any) -> str:
        token = tokens[idx]
        return fenced(token.content, fence_language(token.info or ""), env)

    def code_block(self: Any, tokens: Any, idx: int, options: Any, env: Any) -> str:
        return indented_code(tokens[idx].content, "", env)

    def table_open(self: Any, tokens: Any, idx: int, options: Any, env: Any) -> str:
        # One-pixel lines between cells: each cell's solid border, the neighbours' drawn over
        # each other (spacing -1). Qt draws collapsed borders (border-collapse) three times
        # slower, looking up every cell's neighbours on each paint of the table.
        return themed_html(
            '<table border="1" cellspacing="-1" cellpadding="5" '
            'style="border-style: solid; border-color: #d0d7de; margin-top: 4px; margin-bottom: 8px;">\n'
        )

    def hr(self: Any, tokens: Any, idx: int, options: Any, env: Any) -> str:
        return "<hr />\n"

    renderer = md.renderer.__class__(md)
    for name, rule in (
        ("image", image), ("link_open", link_open), ("fence", fence),
        ("code_block", code_block), ("table_open", table_open), ("hr", hr),
    ):
        renderer.rules[name] = rule.__get__(renderer)
    return md, renderer


@cache
def _card_renderer() -> tuple[Any, Any]:
    return make_renderer(_card_code, _card_indented_code)


def render_markdown(text: str, *, base_url: str = "") -> RenderedCard:
    """Markdown (a model card) as Qt rich-text HTML, and its front-matter facts.

    ``base_url`` resolves relative links and images (for a model card, the
    model's file page on the hub). Safe to call from a worker thread.
    """
    meta, body = split_front_matter(text or "")
    md, renderer = _card_renderer()
    env: dict[str, Any] = {"base_url": base_url}
    tokens = md.parse(body, env)
    rendered = renderer.render(tokens, md.options, env)
    return RenderedCard(html=rendered, meta=meta)
