"""``python -m benchmarks.chat_history``: opening long conversations on the Chat page.

A history is built first, outside the measured part, in a temporary
``MSDESK_HOME``: a conversation of 5,000 messages (questions and Markdown
answers of varied length, some with code, lists and tables), two more long
ones (3,000 and 2,000 messages) and a few short recent chats. Then a fresh
process shows the main window on the Chat page (which opens the newest,
short chat), starts a new empty chat, and measures:

- (a) time from ``page.open_conversation(id)`` of the 5,000-message chat to
  the first paint of the transcript's content (budget < 300 ms; the content
  widget fills the scroll area's viewport, so it is the one that paints);
- (b) resident memory added by opening it, against the page showing an
  empty new chat, both after ``gc.collect()`` and a short settle
  (budget < 60 MB);
- (c) resident memory of the idle process after opening the three long
  conversations in turn, scrolling up a few pages of older messages in each
  (budget < 200 MB).

Also reported: the time to open the other two and to load each page of
older messages. It prints figures; it asserts nothing.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.chat_stream import (
    ROOT,
    isolate,
    open_services,
    open_window,
    qt_settle,
    rss_bytes,
    run_on_qt,
)

OPEN_BUDGET_MS = 300.0
OPEN_MEMORY_BUDGET_MB = 60.0
IDLE_BUDGET_MB = 200.0
LONG_CONVERSATIONS = (5_000, 3_000, 2_000)
SHORT_CONVERSATIONS = 12
OLDER_PAGES = 4  # pages of older messages loaded by scrolling up, in each long chat
SETTLE_S = 0.3
MODEL = "Qwen/Qwen3-32B"
MB = 1024 * 1024

# -- a realistic history ----------------------------------------------------------------

_WORDS = (
    "the a an of to in for on with by from as at is are was be can will should "
    "function value request model token answer file list table thread loop cache "
    "memory error result test process layout widget server client stream batch "
    "query index column schema migration async await queue retry timeout budget "
    "parse render paint scroll window message history context prompt parameter "
    "simple careful faster smaller correct stable explicit default optional"
).split()
_TOPICS = (
    "Python packaging", "SQLite indexes", "asyncio cancellation", "Qt layouts",
    "HTTP retries", "Markdown rendering", "unit tests", "memory profiling",
    "git rebase", "Docker images", "regular expressions", "type hints",
)
_CODE = {
    "python": (
        "def load(path: Path) -> dict[str, Any]:\n"
        "    with path.open(encoding=\"utf-8\") as handle:\n"
        "        data = json.load(handle)\n"
        "    if not isinstance(data, dict):\n"
        "        raise ValueError(f\"{path}: expected an object\")\n"
        "    return data\n"
    ),
    "javascript": (
        "async function fetchAll(urls) {\n"
        "  const results = await Promise.all(urls.map((u) => fetch(u)));\n"
        "  return Promise.all(results.map((r) => r.json()));\n"
        "}\n"
    ),
    "bash": "python -m venv .venv\n. .venv/bin/activate\npip install -e '.[test]'\npytest -q\n",
    "sql": (
        "CREATE INDEX IF NOT EXISTS messages_parent\n"
        "    ON messages (conversation_id, parent_id, role);\n"
        "SELECT count(*) FROM messages WHERE conversation_id = ?;\n"
    ),
}


def _sentence(rng: random.Random) -> str:
    words = [rng.choice(_WORDS) for _ in range(rng.randint(8, 22))]
    if rng.random() < 0.3:
        words[rng.randrange(len(words))] = f"`{rng.choice(_WORDS)}()`"
    if rng.random() < 0.2:
        words[rng.randrange(len(words))] = f"**{rng.choice(_WORDS)}**"
    return " ".join(words).capitalize() + "."


def _paragraph(rng: random.Random) -> str:
    return " ".join(_sentence(rng) for _ in range(rng.randint(2, 6)))


def _code(rng: random.Random) -> str:
    language = rng.choice(list(_CODE))
    body = _CODE[language] * rng.randint(1, 4)
    return f"```{language}\n{body}```"


def _table(rng: random.Random) -> str:
    rows = ["| Option | Cost | Notes |", "|---|---:|---|"]
    for _ in range(rng.randint(2, 6)):
        rows.append(f"| `{rng.choice(_WORDS)}` | {rng.randint(1, 900)} ms | {_sentence(rng)} |")
    return "\n".join(rows)


def _list(rng: random.Random) -> str:
    ordered = rng.random() < 0.4
    return "\n".join(
        f"{n + 1}. {_sentence(rng)}" if ordered else f"- {_sentence(rng)}"
        for n in range(rng.randint(2, 7))
    )


def answer_text(rng: random.Random) -> str:
    """A Markdown answer: from a couple of paragraphs to a long, structured one."""
    size = rng.choices((2, 4, 8, 16), weights=(40, 35, 20, 5))[0]
    blocks = []
    for n in range(size):
        roll = rng.random()
        if n and roll < 0.12:
            blocks.append(f"### {rng.choice(_TOPICS)}")
        elif roll < 0.30:
            blocks.append(_list(rng))
        elif roll < 0.42:
            blocks.append(_code(rng))
        elif roll < 0.47:
            blocks.append(_table(rng))
        else:
            blocks.append(_paragraph(rng))
    return "\n\n".join(blocks)


def question_text(rng: random.Random) -> str:
    text = f"About {rng.choice(_TOPICS).lower()}: " + " ".join(
        _sentence(rng) for _ in range(rng.randint(1, 3))
    )
    if rng.random() < 0.1:
        text += "\n\n" + _code(rng)
    return text


def build_history(home: str, seed: int = 5) -> dict[str, Any]:
    """Fill ``home``'s history; return the long conversations' ids (largest first)."""
    from msdesk.core.history import ChatHistory
    from msdesk.core.paths import AppPaths
    from msdesk.core.services import HISTORY_FILE

    rng = random.Random(seed)
    paths = AppPaths.under(Path(home)).ensure()
    history = ChatHistory.open(paths.data_dir / HISTORY_FILE)
    long_ids = []
    chars = 0
    try:
        sizes = [(count, True) for count in LONG_CONVERSATIONS]
        sizes += [(rng.randint(2, 12), False) for _ in range(SHORT_CONVERSATIONS)]
        for count, is_long in sizes:  # the short ones last: they are the newest
            conversation = history.create_conversation(
                title=question_text(rng)[:40], provider_id="modelscope", model_id=MODEL
            )
            parent = None
            for n in range(count):
                if n % 2 == 0:
                    text = question_text(rng)
                    message = history.add_message(
                        conversation.id, parent_id=parent, role="user", content=text
                    )
                else:
                    text = answer_text(rng)
                    message = history.add_message(
                        conversation.id, parent_id=parent, role="assistant", content=text,
                        provider_id="modelscope", model_id=MODEL, token_label="main",
                        usage={"prompt_tokens": rng.randint(20, 4000),
                               "completion_tokens": len(text.split()),
                               "ttft": rng.uniform(0.2, 2.0), "tps": rng.uniform(20, 90),
                               "elapsed": rng.uniform(1, 30)},
                    )
                chars += len(text)
                parent = message.id
            if is_long:
                long_ids.append(conversation.id)
    finally:
        history.close()
    size = (paths.data_dir / HISTORY_FILE).stat().st_size
    return {"long_ids": long_ids, "chars": chars, "db_mb": size / MB}


# -- measuring, in a fresh process ---------------------------------------------------------


class _Painted:
    """Resolves a future with the time of the next paint of a widget."""

    def __init__(self, widget: Any) -> None:
        from PySide6.QtCore import QEvent, QObject

        self.future: asyncio.Future[float] = asyncio.get_running_loop().create_future()
        future = self.future

        class Filter(QObject):
            def eventFilter(self, obj, event):
                if event.type() == QEvent.Type.Paint and not future.done():
                    future.set_result(time.perf_counter())
                return False

        self.filter = Filter()
        self.widget = widget
        widget.installEventFilter(self.filter)

    async def wait(self, timeout: float = 30.0) -> float:
        try:
            return await asyncio.wait_for(self.future, timeout)
        finally:
            self.widget.removeEventFilter(self.filter)


async def _settled_rss() -> float:
    await qt_settle()
    gc.collect()
    await asyncio.sleep(SETTLE_S)
    await qt_settle()
    gc.collect()
    return rss_bytes() / MB


async def _open(page: Any, conversation_id: int, profile: Any = None) -> float:
    """Open a conversation; milliseconds until the transcript's first paint."""
    painted = _Painted(page.transcript.widget())
    if profile is not None:
        profile.enable()
    start = time.perf_counter()
    page.open_conversation(conversation_id)
    end = await painted.wait()
    if profile is not None:
        profile.disable()
    if page.conversation_id != conversation_id or not page.transcript.widgets:
        raise RuntimeError(f"conversation {conversation_id} did not open")
    return (end - start) * 1000


async def _scroll_up(page: Any, pages: int) -> list[float]:
    """Scroll to the top ``pages`` times; milliseconds for each page of older messages."""
    transcript = page.transcript
    bar = transcript.verticalScrollBar()
    timings = []
    for _ in range(pages):
        if not transcript.has_older:
            break
        count = len(transcript.widgets)
        await qt_settle()
        start = time.perf_counter()
        bar.setValue(bar.minimum())
        deadline = start + 10
        while len(transcript.widgets) == count and time.perf_counter() < deadline:
            await asyncio.sleep(0.001)
        painted = _Painted(transcript.widget())
        transcript.widget().update()
        await painted.wait()
        timings.append((time.perf_counter() - start) * 1000)
    return timings


async def _scenario(long_ids: list[int], profile: Any = None) -> dict[str, Any]:
    services = await open_services()
    window, page = await open_window(services)
    try:
        if page.conversation_id in long_ids:
            raise RuntimeError("the page opened a long conversation first: the history is not as built")
        await asyncio.sleep(SETTLE_S)
        page.new_conversation()
        empty_mb = await _settled_rss()
        first_ms = await _open(page, long_ids[0], profile)
        opened_mb = await _settled_rss()
        shown = len(page.transcript.widgets)
        older_ms = await _scroll_up(page, OLDER_PAGES)
        other_ms = []
        for conversation_id in long_ids[1:]:
            other_ms.append(await _open(page, conversation_id))
            older_ms += await _scroll_up(page, OLDER_PAGES)
        await asyncio.sleep(1.0)
        idle_mb = await _settled_rss()
        return {
            "open_ms": first_ms,
            "open_memory_mb": opened_mb - empty_mb,
            "idle_mb": idle_mb,
            "empty_chat_mb": empty_mb,
            "messages_shown": shown,
            "open_others_ms": other_ms,
            "older_page_median_ms": statistics.median(older_ms) if older_ms else None,
            "older_page_max_ms": max(older_ms) if older_ms else None,
            "older_pages": len(older_ms),
        }
    finally:
        page.runner.cancel_all()
        await asyncio.sleep(0.05)
        window.hide()
        await services.aclose()


def measure_here(home: str, long_ids: list[int], profile: Any = None) -> dict[str, Any]:
    """The measuring process: the window, the page, the three long conversations."""
    isolate(home)
    os.environ["MSDESK_API_BASE"] = "http://127.0.0.1:9"  # nothing is sent: unreachable
    os.environ["MSDESK_HUB_BASE"] = "http://127.0.0.1:9"
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv)
    return run_on_qt(app, _scenario(long_ids, profile))


def measure() -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="msdesk-bench-home-", ignore_cleanup_errors=True) as home:
        return _measure_in(home)


def _measure_in(home: str) -> dict[str, Any]:
    started = time.perf_counter()
    built = build_history(home)
    build_s = time.perf_counter() - started
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH", "")]))
    ids = ",".join(str(i) for i in built["long_ids"])
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.chat_history", "--measure", home, "--ids", ids],
        capture_output=True, text=True, timeout=120, env=env, cwd=ROOT,
    )
    if done.returncode != 0:
        raise RuntimeError(f"the measuring process failed:\n{done.stderr[-3000:]}")
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    figures.update(build_s=build_s, history_chars=built["chars"], db_mb=built["db_mb"])
    return figures


def profile_open(top: int = 30) -> str:
    """Build the history, then profile opening the 5,000-message chat (own time, cumulative)."""
    import cProfile
    import io
    import pstats

    with tempfile.TemporaryDirectory(prefix="msdesk-bench-home-", ignore_cleanup_errors=True) as home:
        built = build_history(home)
        profile = cProfile.Profile()
        figures = measure_here(home, built["long_ids"], profile)
    out = io.StringIO()
    out.write(f"open (profiled): {figures['open_ms']:.0f} ms\n")
    stats = pstats.Stats(profile, stream=out)
    stats.sort_stats("tottime").print_stats(top)
    stats.sort_stats("cumulative").print_stats(top)
    return out.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.chat_history", description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON line")
    parser.add_argument("--profile", action="store_true", help="profile opening the longest chat")
    parser.add_argument("--measure", metavar="HOME", help=argparse.SUPPRESS)
    parser.add_argument("--ids", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.measure:
        long_ids = [int(i) for i in (args.ids or "").split(",") if i]
        print(json.dumps(measure_here(args.measure, long_ids)))
        return 0
    if args.profile:
        print(profile_open())
        return 0
    figures = measure()
    if args.json:
        print(json.dumps(figures))
        return 0

    def verdict(value: float, budget: float) -> str:
        return "pass" if value < budget else "FAIL"

    largest = LONG_CONVERSATIONS[0]
    others = ", ".join(f"{v:.0f}" for v in figures["open_others_ms"])
    rows = [
        (f"open a {largest:,}-message chat to first paint", f"{figures['open_ms']:.0f} ms",
         f"< {OPEN_BUDGET_MS:.0f} ms", verdict(figures["open_ms"], OPEN_BUDGET_MS)),
        (f"memory added by opening it ({figures['messages_shown']} messages built)",
         f"{figures['open_memory_mb']:.1f} MB", f"< {OPEN_MEMORY_BUDGET_MB:.0f} MB",
         verdict(figures["open_memory_mb"], OPEN_MEMORY_BUDGET_MB)),
        ("RSS idle after the three long chats", f"{figures['idle_mb']:.1f} MB",
         f"< {IDLE_BUDGET_MB:.0f} MB", verdict(figures["idle_mb"], IDLE_BUDGET_MB)),
        ("RSS with an empty new chat", f"{figures['empty_chat_mb']:.1f} MB", "-", "info"),
        ("open the other two long chats", f"{others} ms", "-", "info"),
        (f"older page of messages (median of {figures['older_pages']})",
         f"{figures['older_page_median_ms']:.0f} ms", "-", "info"),
        ("older page of messages (worst)", f"{figures['older_page_max_ms']:.0f} ms", "-", "info"),
    ]
    widths = [max(len(r[i]) for r in rows) for i in range(4)]
    print(f"Chat history: Python {sys.version.split()[0]}, Qt platform "
          f"{os.environ.get('QT_QPA_PLATFORM', 'offscreen')}; history of "
          f"{figures['history_chars'] / 1e6:.1f} M characters ({figures['db_mb']:.0f} MB file, "
          f"built in {figures['build_s']:.1f} s)")
    for row in rows:
        print("  ".join([row[0].ljust(widths[0])] + [c.rjust(w) for c, w in zip(row[1:], widths[1:], strict=True)]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
