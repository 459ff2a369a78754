"""Model cards (README.md) rendered as rich text: Markdown, tables, coloured code.

``render_markdown`` turns Markdown into the HTML subset Qt's rich text engine
understands. Raw HTML in the source is escaped, never interpreted; images are
shown as links ("[image: alt text]") and never fetched; fenced code blocks are
coloured with Pygments (inline styles, so no style sheet is needed). A
leading YAML front-matter block is taken off and returned separately.

``MarkdownView`` is the read-only viewer: links open in the web browser,
in-page anchors scroll, and it never loads a resource from anywhere.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any
from urllib.parse import urljoin, urlsplit

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QTextBrowser, QWidget

#: Code blocks longer than this are shown plain (colouring them would be slow).
MAX_HIGHLIGHT_CHARS = 20_000
#: Past this many characters in total, code blocks are no longer coloured.
MAX_TOTAL_HIGHLIGHT_CHARS = 120_000

_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.DOTALL)
_SAFE_SCHEMES = {"http", "https", "mailto", ""}

STYLE_SHEET = """
h1 { font-size: x-large; margin-top: 6px; margin-bottom: 6px; }
h2 { font-size: large; margin-top: 14px; margin-bottom: 6px; }
h3 { font-size: medium; margin-top: 12px; margin-bottom: 4px; }
p { margin-top: 4px; margin-bottom: 8px; }
code { font-family: monospace; background-color: #f1f3f5; }
pre { font-family: monospace; }
th { background-color: #f1f3f5; font-weight: bold; }
blockquote { color: #555555; }
a { color: #1a6fd1; }
"""


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


@cache
def _formatter() -> Any:
    from pygments.formatters import HtmlFormatter

    return HtmlFormatter(noclasses=True, nowrap=True, style="default")


def _lexer(language: str) -> Any:
    from pygments.lexers import get_lexer_by_name
    from pygments.util import ClassNotFound

    aliases = {"py": "python", "sh": "bash", "shell": "bash", "console": "bash", "js": "javascript"}
    name = aliases.get(language.lower(), language.lower())
    try:
        return get_lexer_by_name(name, stripnl=False, ensurenl=False)
    except ClassNotFound:
        return None


def highlight_code(code: str, language: str) -> str:
    """Code as inline-styled HTML spans (no wrapper); plain escaped text if unknown."""
    lexer = _lexer(language) if language and len(code) <= MAX_HIGHLIGHT_CHARS else None
    if lexer is None:
        return html.escape(code)
    from pygments import highlight

    return highlight(code, lexer, _formatter())


def _safe_url(url: str, base_url: str) -> str | None:
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


def _make_renderer(base_url: str) -> Any:
    """A markdown-it parser whose renderer makes Qt-friendly, offline-only HTML."""
    md = _parser()
    budget = [MAX_TOTAL_HIGHLIGHT_CHARS]

    def image(self: Any, tokens: Any, idx: int, options: Any, env: Any) -> str:
        token = tokens[idx]
        alt = self.renderInlineAsText(token.children or [], options, env).strip() or "image"
        url = _safe_url(str(token.attrGet("src") or ""), base_url)
        label = html.escape(f"[image: {alt}]")
        if url is None:
            return label
        return f'<a href="{html.escape(url, quote=True)}" title="Open the image in the browser">{label}</a>'

    def link_open(self: Any, tokens: Any, idx: int, options: Any, env: Any) -> str:
        token = tokens[idx]
        url = _safe_url(str(token.attrGet("href") or ""), base_url)
        if url is None:
            return "<a>"
        return f'<a href="{html.escape(url, quote=True)}">'

    def fence(self: Any, tokens: Any, idx: int, options: Any, env: Any) -> str:
        token = tokens[idx]
        language = (token.info or "").strip().split(maxsplit=1)[0] if token.info.strip() else ""
        code = token.content
        if budget[0] > 0 and language:
            budget[0] -= len(code)
            body = highlight_code(code, language)
        else:
            body = html.escape(code)
        body = body.rstrip("\n")
        return (
            '<table width="100%" cellspacing="0" cellpadding="8" '
            'style="background-color: #f6f8fa; border: 1px solid #e1e4e8; margin-top: 4px; margin-bottom: 8px;">'
            f"<tr><td><pre style=\"margin: 0;\">{body}</pre></td></tr></table>\n"
        )

    def code_block(self: Any, tokens: Any, idx: int, options: Any, env: Any) -> str:
        body = html.escape(tokens[idx].content).rstrip("\n")
        return (
            '<table width="100%" cellspacing="0" cellpadding="8" style="background-color: #f6f8fa;">'
            f"<tr><td><pre style=\"margin: 0;\">{body}</pre></td></tr></table>\n"
        )

    def table_open(self: Any, tokens: Any, idx: int, options: Any, env: Any) -> str:
        return (
            '<table border="1" cellspacing="0" cellpadding="5" '
            'style="border-collapse: collapse; border-color: #d0d7de; margin-top: 4px; margin-bottom: 8px;">\n'
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


def render_markdown(text: str, *, base_url: str = "") -> RenderedCard:
    """Markdown (a model card) as Qt rich-text HTML, and its front-matter facts.

    ``base_url`` resolves relative links and images (for a model card, the
    model's file page on the hub). Safe to call from a worker thread.
    """
    meta, body = split_front_matter(text or "")
    md, renderer = _make_renderer(base_url)
    env: dict[str, Any] = {}
    tokens = md.parse(body, env)
    rendered = renderer.render(tokens, md.options, env)
    return RenderedCard(html=rendered, meta=meta)


class MarkdownView(QTextBrowser):
    """A read-only viewer for rendered Markdown that never fetches anything."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("markdownView")
        self.setReadOnly(True)
        self.setOpenExternalLinks(True)
        # Every click comes to us: web links go to the browser, anchors scroll,
        # anything else (file:, javascript:, relative paths) is ignored.
        self.setOpenLinks(False)
        self.anchorClicked.connect(self._open_link)
        self.document().setDefaultStyleSheet(STYLE_SHEET)
        self.document().setDocumentMargin(12)
        self.setAccessibleName("Model card")

    def set_markdown(self, text: str, *, base_url: str = "") -> RenderedCard:
        card = render_markdown(text, base_url=base_url)
        self.set_rendered(card)
        return card

    def set_rendered(self, card: RenderedCard) -> None:
        self.setHtml(card.html)
        self.verticalScrollBar().setValue(0)

    def loadResource(self, type: int, name: QUrl) -> Any:
        """Never load images or style sheets from anywhere."""
        return None

    def _open_link(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
        elif not url.scheme() and url.hasFragment() and not url.path():
            self.scrollToAnchor(url.fragment())
