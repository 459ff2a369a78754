"""``python -m benchmarks.chat_stream``: answers streamed onto the Chat page.

The fake ModelScope (in a process of its own, as a real server would be)
sends a Markdown answer (paragraphs, headings, lists, a table, fenced code)
and notes when each piece leaves it. msdesk's Chat page, in a shown main
window on a qasync loop as in the app, asks and shows the answer.

(a) At a realistic fast rate, 200 tokens a second, 2,000 tokens:

- the time from a piece leaving the server to its text being on screen (the
  first paint of the answer whose text holds it, matched by the count of
  some letters that Markdown never adds or removes), 95th percentile; budget
  one frame (16 ms) plus 16 ms;
- the largest gap between two ticks of a 5 ms timer while it streams;
  budget < 50 ms: the window keeps answering;
- the same two with a 5,000-message conversation open (the answer goes into
  it; its last 20 messages are sent as context).

(b) CPU time of the app process per 1,000 streamed tokens at that rate (a
run without the timer or the paint watch), next to a headless client
(``InferenceClient.chat_stream``, httpx + httpx-sse on a plain asyncio loop,
in a process of its own) reading the same paced answer at the same time:
the two start together, so whatever else the machine does in those seconds
weighs on both. 5 such pairs, the median of their 5 ratios; budget at most
3 times (the extra is rendering).

(c) Information: 20,000 tokens as fast as the fake sends them (the fire
hose), the page's time against the headless client's (median of 3 runs each,
interleaved); the window must still not freeze (the same 50 ms bound).

It prints figures; it asserts nothing.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import gc
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
FRAME_MS = 16.0
LATENCY_BUDGET_MS = FRAME_MS + 16.0
GAP_BUDGET_MS = 50.0
CPU_RATIO_BUDGET = 3.0
RATE = 200  # tokens a second: a fast real model
PACED_TOKENS = 2_000
LONG_CHAT_MESSAGES = 5_000
LONG_CHAT_CONTEXT = 20
ANSWER_TOKENS = 20_000  # the fire hose
WARM_UP_TOKENS = 3_000
RUNS = 3
CPU_RUNS = 5
TICK_MS = 5
MODEL = "deepseek-ai/DeepSeek-V3.2"  # no reasoning: the whole answer is content
QUESTION = "How do I build a small, well-tested command-line tool in Python?"
MB = 1024 * 1024

#: The answer, repeated by the fake up to ``ANSWER_TOKENS`` tokens (whitespace kept).
ANSWER_MARKDOWN = '''## Overview

A small command-line tool is easiest to keep healthy when each part has **one job**:
parsing arguments, doing the work, and reporting results. The sections below walk
through a layout that scales from a single script to a package with tests, and
explain *why* each piece is there, so you can drop the parts you do not need.

Most of the effort goes into three things: a clear `main()` entry point, error
messages that say what to do next, and tests that run the tool the way a user
would. Everything else is convenience.

### Project layout

- `pyproject.toml` declares the package, its dependencies and the entry point.
- `src/tool/cli.py` parses arguments and calls into the library code.
- `src/tool/core.py` holds the logic, with no printing and no `sys.exit`.
- `tests/` runs both layers: the core directly, the CLI in a subprocess.
  Keep fixtures small and close to the tests that use them.

1. Create a virtual environment and install the package in editable mode.
2. Write the core functions first, with type hints and docstrings.
3. Add the command-line layer last; it should stay thin.

### The entry point

```python
import argparse
import sys
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="tool", description="Count words in files.")
    parser.add_argument("paths", nargs="+", type=Path, help="files to read")
    parser.add_argument("--top", type=int, default=10, help="how many words to show")
    args = parser.parse_args(argv)
    try:
        counts = count_words(args.paths)
    except OSError as exc:
        print(f"tool: cannot read {exc.filename}: {exc.strerror}", file=sys.stderr)
        return 2
    for word, count in counts.most_common(args.top):
        print(f"{count:>8}  {word}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
```

Returning an exit status instead of calling `sys.exit()` inside the function
makes `main()` trivial to test: call it with a list of arguments and check the
result and the captured output.

### Comparing the options

| Approach | Start-up | Dependencies | Good for |
|----------|---------:|--------------|----------|
| `argparse` | fast | none | most tools |
| `click` | medium | one package | nested commands |
| `typer` | slower | two packages | type-driven CLIs |
| hand-written | fastest | none | one or two flags |

> Pick the simplest option that covers your commands today. Switching later is
> cheap when the parsing layer is thin and the core does not know about it.

### Testing it

Run the tool the way a user does, in a subprocess, and check what they would see:

```bash
python -m venv .venv
. .venv/bin/activate
pip install -e '.[test]'
pytest -q tests/
```

```python
import subprocess
import sys


def test_counts_words_in_a_file(tmp_path):
    sample = tmp_path / "sample.txt"
    sample.write_text("one two two three three three\\n")
    done = subprocess.run(
        [sys.executable, "-m", "tool", str(sample), "--top", "2"],
        capture_output=True, text=True, check=True,
    )
    assert done.stdout.split() == ["3", "three", "2", "two"]
```

Two more habits pay off quickly:

- **Fail with a message, not a traceback.** Catch the errors you expect at the
  edge (`OSError`, `ValueError` from parsing) and say which file or value was
  wrong and what to try instead.
- **Keep output stable.** Scripts will parse it; add a `--json` flag rather than
  changing the human-readable format.

#### Summary

Start with `argparse`, keep `main()` small and testable, put the logic in a
module of its own, and test through the same door your users come in by. With
that in place, packaging (`pipx install .`) and continuous integration are a
few lines each.
'''


def rss_bytes(pid: int | str = "self") -> int:
    with open(f"/proc/{pid}/statm") as handle:
        return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def expected_answer(words: int) -> str:
    from tests.fakes.modelscope import answer_tokens

    return "".join(answer_tokens(QUESTION, words, ANSWER_MARKDOWN))


# -- the fake server, in a process of its own ----------------------------------------


def serve() -> int:
    """``--serve``: run the fake; print its addresses; then answer commands on stdin:
    "words N" sets the answers' length, "rate R" their tokens a second (0: as fast as it
    can), "times" prints when the last stream's frames left (``time.monotonic()``)."""
    from tests.fakes.modelscope import FakeModelScope

    fake = FakeModelScope(catalogue_size=50)
    fake.answer_text = ANSWER_MARKDOWN
    fake.answer_words = ANSWER_TOKENS
    fake.reasoning_words = 0
    fake.chunk_delay = 0.0
    fake.start()
    print(json.dumps({"api_base": fake.api_base, "hub_base": fake.hub_base}), flush=True)
    try:
        for line in sys.stdin:
            parts = line.split()
            if len(parts) == 2 and parts[0] == "words":
                fake.answer_words = int(parts[1])
                print("ok", flush=True)
            elif len(parts) == 2 and parts[0] == "rate":
                fake.tokens_per_second = float(parts[1])
                print("ok", flush=True)
            elif parts == ["times"]:
                print(json.dumps(fake.sent_at), flush=True)
    finally:
        fake.stop()
    return 0


class FakeServer:
    """The fake ModelScope in a child process, told what to send next through its stdin."""

    def __init__(self) -> None:
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH", "")]))
        self.process = subprocess.Popen(
            [sys.executable, "-m", "benchmarks.chat_stream", "--serve"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=ROOT, env=env,
        )
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        if not line:
            self.process.wait(timeout=10)
            raise RuntimeError("the fake ModelScope did not start (see its error output above)")
        addresses = json.loads(line)
        self.api_base: str = addresses["api_base"]
        self.hub_base: str = addresses["hub_base"]

    def _ask(self, command: str) -> str:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()
        return self.process.stdout.readline()

    def words(self, count: int) -> None:
        """The next answers' length in tokens."""
        self._ask(f"words {count}")

    def rate(self, tokens_per_second: float) -> None:
        """The next answers' pace (0: as fast as the fake can)."""
        self._ask(f"rate {tokens_per_second}")

    def sent_at(self) -> list[float]:
        """When each frame of the last answer left the server (``time.monotonic()``)."""
        return json.loads(self._ask("times"))

    def stop(self) -> None:
        if self.process.stdin is not None:
            self.process.stdin.close()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


# -- shared set-up ----------------------------------------------------------------------


def isolate(home: str) -> None:
    """Point msdesk at a private home with an in-memory keychain."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["MSDESK_HOME"] = home
    os.environ["MSDESK_SECRET_BACKEND"] = "memory"


async def open_services(model: str | None = None) -> Any:
    from msdesk.core.services import Services
    from tests.fakes.modelscope import VALID_TOKEN

    services = await Services.open()
    await services.secrets.set("modelscope", "main", VALID_TOKEN)
    if model is not None:
        services.settings_store.update(lambda s: setattr(s, "last_model", model))
    return services


async def open_window(services: Any) -> tuple[Any, Any]:
    """The main window as the app builds it, shown, on the Chat page."""
    from msdesk.ui.main_window import MainWindow
    from msdesk.ui.pages import install_pages

    window = MainWindow(settings=None)
    await install_pages(window, services)
    window.show_page("chat")
    window.show()
    page = window.page_content("chat")
    if page is None:
        raise RuntimeError("the Chat page was not built")
    return window, page


async def close_window(window: Any, page: Any, services: Any) -> None:
    page.runner.cancel_all()
    await asyncio.sleep(0.05)
    window.hide()  # not close(): that would ask to quit the application
    window.deleteLater()
    await asyncio.sleep(0.05)
    await services.aclose()


def run_on_qt(app: Any, coro: Any) -> Any:
    """Run ``coro`` on the app's loop over ``app``, as the app does."""
    from msdesk.ui.loop import AppLoop

    with asyncio.Runner(loop_factory=lambda: AppLoop(app)) as runner:
        return runner.run(coro)


async def qt_settle(rounds: int = 3) -> None:
    """Let Qt handle what is posted now, and what that posts in turn (layout, then paint)."""
    from PySide6.QtCore import QTimer

    loop = asyncio.get_running_loop()
    for _ in range(rounds):
        future: asyncio.Future[None] = loop.create_future()
        QTimer.singleShot(0, lambda f=future: f.done() or f.set_result(None))
        await future


# -- the two readers ------------------------------------------------------------------------


async def headless_once() -> dict[str, float]:
    """The baseline: read the stream with no UI at all (httpx + httpx-sse on a plain loop)."""
    from msdesk.core.inference import ChatRequest

    services = await open_services()
    try:
        client = await services.inference("modelscope")
        request = ChatRequest(model=MODEL, messages=[{"role": "user", "content": QUESTION}])
        chars = 0
        cpu = time.process_time()
        start = last = time.perf_counter()
        async for chunk in client.chat_stream(request):
            chars += len(chunk.content)
            last = time.perf_counter()
        return {"seconds": last - start, "chars": chars, "cpu_s": time.process_time() - cpu}
    finally:
        await services.aclose()


def read_headless() -> int:
    """``--headless``: a headless reader in a process of its own. At each line "go" on
    stdin it reads one answer (``headless_once``) and prints its figures as JSON."""
    with tempfile.TemporaryDirectory(prefix="msdesk-bench-headless-", ignore_cleanup_errors=True) as home:
        isolate(home)
        for line in sys.stdin:
            if line.strip() == "go":
                print(json.dumps(asyncio.run(headless_once())), flush=True)
    return 0


class HeadlessReader:
    """``read_headless`` in a child process, told when to read (``go``), then asked what it took."""

    def __init__(self, server: FakeServer) -> None:
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH", "")]))
        env["MSDESK_API_BASE"], env["MSDESK_HUB_BASE"] = server.api_base, server.hub_base
        self.process = subprocess.Popen(
            [sys.executable, "-m", "benchmarks.chat_stream", "--headless"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=ROOT, env=env,
        )

    def go(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write("go\n")
        self.process.stdin.flush()

    def result(self) -> dict[str, float]:
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        if not line:
            raise RuntimeError("the headless reader ended (see its error output above)")
        return json.loads(line)

    def stop(self) -> None:
        if self.process.stdin is not None:
            self.process.stdin.close()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


class GapMeter:
    """A 5 ms timer that remembers the longest wait between two of its ticks."""

    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.largest = 0.0
        self.ticks = 0
        self._last = 0.0

    def start(self) -> None:
        self._last = time.perf_counter()
        self.timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.largest = max(self.largest, now - self._last)
        self.ticks += 1
        self._last = now

    def stop(self) -> float:
        self.timer.stop()
        return self.largest


class _Hidden:
    """Resolves a future when a widget is hidden (the Stop button, at the end of a turn)."""

    def __init__(self, widget: Any, future: asyncio.Future[float]) -> None:
        from PySide6.QtCore import QEvent, QObject

        class Filter(QObject):
            def eventFilter(self, obj, event):
                if event.type() == QEvent.Type.Hide and not future.done():
                    future.set_result(time.perf_counter())
                return False

        self.filter = Filter()
        self.widget = widget
        widget.installEventFilter(self.filter)

    def remove(self) -> None:
        self.widget.removeEventFilter(self.filter)


#: Letters that Markdown syntax, code-block labels and Copy links never add or take away:
#: a piece holding one of them is on screen once the text shows as many as were sent.
_MARKS = "fgklmqruvwz"


def _marks(text: str) -> int:
    return sum(text.count(letter) for letter in _MARKS)


class PaintWatch:
    """When a message's text is painted, and how many of the marking letters it shows then."""

    def __init__(self, body: Any) -> None:
        from PySide6.QtCore import QEvent, QObject

        self.paints: list[tuple[float, int]] = []
        paints = self.paints
        paint = QEvent.Type.Paint
        document = body.document()

        class Filter(QObject):
            def eventFilter(self, obj, event):
                if event.type() == paint:
                    paints.append((time.monotonic(), _marks(document.toPlainText())))
                return False

        self.filter = Filter()
        self.viewport = body.viewport()
        self.viewport.installEventFilter(self.filter)

    def remove(self) -> None:
        self.viewport.removeEventFilter(self.filter)


def piece_latencies(sent_at: list[float], tokens: list[str], paints: list[tuple[float, int]]) -> list[float]:
    """Milliseconds from each piece leaving the server to the first paint that shows it.

    Frame 0 is the role frame; frame k carries token k. Pieces without a
    marking letter (``_MARKS``) cannot be told apart on screen and are left out.
    """
    if paints and paints[-1][1] != _marks("".join(tokens)):
        raise RuntimeError(
            f"the finished answer shows {paints[-1][1]} marking letters, not {_marks(''.join(tokens))}"
        )
    latencies = []
    needed = 0
    paint = 0
    for index, token in enumerate(tokens, start=1):
        if not _marks(token):
            continue
        needed += _marks(token)
        while paint < len(paints) and (paints[paint][1] < needed or paints[paint][0] < sent_at[index]):
            paint += 1
        if paint == len(paints):
            raise RuntimeError(f"piece {index} of {len(tokens)} was never painted")
        latencies.append((paints[paint][0] - sent_at[index]) * 1000)
    return latencies


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(share * len(ordered)) - 1))]


async def page_once(
    app: Any,
    *,
    conversation: int | None = None,
    watch: bool = True,
    profile: Any = None,
    stalls: list[str] | None = None,
    on_send: Any = None,
) -> dict[str, Any]:
    """msdesk: send on the Chat page, until the answer is finished and laid out.

    ``conversation``: answer in this one (default: a new chat). ``watch``:
    run the 5 ms timer and note the answer's paints (off for the CPU figure).
    """
    services = await open_services(MODEL)
    window, page = await open_window(services)
    try:
        if conversation is None:
            page.new_conversation()
        else:
            page.open_conversation(conversation)
        choice = page.current_choice()
        if choice is None or choice.model_id != MODEL:
            raise RuntimeError(f"the Chat page did not pick {MODEL} (got {choice})")
        page.composer.input.setPlainText(QUESTION)
        await asyncio.sleep(0.2)  # settle: the first layout, the token lookup
        await qt_settle()
        gc.collect()
        done: asyncio.Future[float] = asyncio.get_running_loop().create_future()
        hidden = _Hidden(page.composer.stop_button, done)
        meter = GapMeter() if watch else None
        if meter is not None:
            meter.start()
        sampler = StallSampler(meter) if stalls is not None and meter is not None else None
        if sampler is not None:
            sampler.start()
        if profile is not None:
            profile.enable()
        before = {id(w) for w in page.transcript.widgets}
        if on_send is not None:
            on_send()
        cpu = time.process_time()
        start = time.perf_counter()
        page.send(QUESTION)
        paints = None
        if watch:
            answer = None
            while answer is None:  # the answer's widget comes with the turn's first step
                await asyncio.sleep(0)
                answer = next((w for w in page.transcript.widgets
                               if id(w) not in before and w.message.role == "assistant"), None)
            paints = PaintWatch(answer.body)
        await asyncio.wait_for(done, 120)
        await qt_settle()  # the layout and paint requests the final document posted
        end = time.perf_counter()
        cpu = time.process_time() - cpu
        if profile is not None:
            profile.disable()
        gap = meter.stop() if meter is not None else 0.0
        hidden.remove()
        if paints is not None:
            paints.remove()
        if sampler is not None and stalls is not None:
            sampler.stop()
            stalls.append(sampler.report())
        answers = [w for w in page.transcript.widgets if w.message.role == "assistant"]
        if not answers:
            raise RuntimeError("no answer widget on the page")
        answer = answers[-1]
        if answer.streaming or answer.body.is_streaming() or answer.message.status != "ok":
            raise RuntimeError(
                f"the answer did not finish well (status {answer.message.status!r}, "
                f"{answer.message.error!r})"
            )
        text = answer.body.markdown()
        gc.collect()
        return {
            "seconds": end - start,
            "cpu_s": cpu,
            "chars": len(text),
            "largest_gap_ms": gap * 1000,
            "ticks": meter.ticks if meter is not None else 0,
            "paints": paints.paints if paints is not None else [],
            "rss_mb": rss_bytes() / MB,
        }
    finally:
        await close_window(window, page, services)


def build_long_chat(home: str) -> int:
    """A conversation of ``LONG_CHAT_MESSAGES`` messages with ``MODEL``; its id."""
    import random

    from benchmarks.chat_history import answer_text, question_text
    from msdesk.core.history import ChatHistory, ConversationParams
    from msdesk.core.paths import AppPaths
    from msdesk.core.services import HISTORY_FILE

    rng = random.Random(7)
    paths = AppPaths.under(Path(home)).ensure()
    history = ChatHistory.open(paths.data_dir / HISTORY_FILE)
    try:
        conversation = history.create_conversation(
            title="A long chat", provider_id="modelscope", model_id=MODEL,
            params=ConversationParams(context_messages=LONG_CHAT_CONTEXT),
        )
        parent = None
        for n in range(LONG_CHAT_MESSAGES):
            user = n % 2 == 0
            message = history.add_message(
                conversation.id, parent_id=parent, role="user" if user else "assistant",
                content=question_text(rng) if user else answer_text(rng),
                **({} if user else {"provider_id": "modelscope", "model_id": MODEL}),
            )
            parent = message.id
        return conversation.id
    finally:
        history.close()


# -- the benchmark ---------------------------------------------------------------------------


@contextlib.contextmanager
def bench_session(long_chat: bool = False) -> Iterator[tuple[Any, FakeServer, int | None]]:
    """A private home, the fake in its own process, the QApplication; warmed up (unmeasured)
    on a short answer (imports, caches, the first connection). Yields the app, the fake
    and the long conversation's id (when asked for one, else None)."""
    with tempfile.TemporaryDirectory(prefix="msdesk-bench-home-", ignore_cleanup_errors=True) as home:
        isolate(home)
        long_id = build_long_chat(home) if long_chat else None
        server = FakeServer()
        try:
            os.environ["MSDESK_API_BASE"] = server.api_base
            os.environ["MSDESK_HUB_BASE"] = server.hub_base
            from PySide6.QtWidgets import QApplication

            app = QApplication.instance() or QApplication(sys.argv)
            server.words(WARM_UP_TOKENS)
            asyncio.run(headless_once())
            run_on_qt(app, page_once(app))
            yield app, server, long_id
        finally:
            server.stop()


def paced_figures(sample: dict[str, Any], sent_at: list[float]) -> dict[str, float]:
    """Piece latencies (sent -> on screen) of a run at ``RATE``, and its largest timer gap."""
    from tests.fakes.modelscope import answer_tokens

    tokens = answer_tokens(QUESTION, PACED_TOKENS, ANSWER_MARKDOWN)
    latencies = piece_latencies(sent_at, tokens, sample["paints"])
    return {
        "p95_ms": percentile(latencies, 0.95),
        "median_ms": statistics.median(latencies),
        "max_ms": max(latencies),
        "pieces": len(latencies),
        "largest_gap_ms": sample["largest_gap_ms"],
    }


def measure(runs: int = RUNS) -> dict[str, Any]:
    with bench_session(long_chat=True) as (app, server, long_id):
        # (a) and (b): a fast real model.
        server.words(PACED_TOKENS)
        server.rate(RATE)
        paced_sample = run_on_qt(app, page_once(app))
        paced = paced_figures(paced_sample, server.sent_at())
        long_sample = run_on_qt(app, page_once(app, conversation=long_id))
        long = paced_figures(long_sample, server.sent_at())
        cpu_pages: list[dict[str, Any]] = []
        cpu_headlesses: list[dict[str, float]] = []
        reader = HeadlessReader(server)
        try:
            reader.go()  # its warm-up: imports, the first connection
            reader.result()
            for _ in range(CPU_RUNS):  # each pair at the same time (one run alone swings by a third)
                cpu_pages.append(run_on_qt(app, page_once(app, watch=False, on_send=reader.go)))
                cpu_headlesses.append(reader.result())
        finally:
            reader.stop()
        # (c) the fire hose.
        server.rate(0)
        server.words(ANSWER_TOKENS)
        headless: list[dict[str, float]] = []
        paged: list[dict[str, Any]] = []
        for _ in range(runs):  # interleaved, so drift on the machine hits both alike
            headless.append(asyncio.run(headless_once()))
            paged.append(run_on_qt(app, page_once(app)))
    paced_chars = len(expected_answer(PACED_TOKENS))
    for sample in [paced_sample, long_sample, *cpu_pages, *cpu_headlesses]:
        if sample["chars"] != paced_chars:
            raise RuntimeError(f"an answer had {sample['chars']} characters, not {paced_chars}")
    expected = len(expected_answer(ANSWER_TOKENS))
    for sample in [*headless, *paged]:
        if sample["chars"] != expected:
            raise RuntimeError(f"an answer had {sample['chars']} characters, not {expected}")
    base_s = statistics.median(s["seconds"] for s in headless)
    page_s = statistics.median(s["seconds"] for s in paged)
    per_k = 1000 / PACED_TOKENS
    cpu_page_s = statistics.median(s["cpu_s"] for s in cpu_pages)
    cpu_headless_s = statistics.median(s["cpu_s"] for s in cpu_headlesses)
    return {
        "rate": RATE,
        "paced_tokens": PACED_TOKENS,
        "paced_p95_ms": paced["p95_ms"],
        "paced_median_ms": paced["median_ms"],
        "paced_max_ms": paced["max_ms"],
        "paced_pieces": paced["pieces"],
        "paced_gap_ms": paced["largest_gap_ms"],
        "long_p95_ms": long["p95_ms"],
        "long_gap_ms": long["largest_gap_ms"],
        "cpu_page_ms_per_k": cpu_page_s * per_k * 1000,
        "cpu_headless_ms_per_k": cpu_headless_s * per_k * 1000,
        # Each page run is paired with the headless run beside it: the machine's
        # drift (this one's CPU time swings by a third between runs) hits both alike.
        "cpu_ratio": statistics.median(p["cpu_s"] / h["cpu_s"] for p, h in zip(cpu_pages, cpu_headlesses, strict=True)),
        "cpu_pair_ratios": [p["cpu_s"] / h["cpu_s"] for p, h in zip(cpu_pages, cpu_headlesses, strict=True)],
        "cpu_page_samples_ms_per_k": [s["cpu_s"] * per_k * 1000 for s in cpu_pages],
        "cpu_headless_samples_ms_per_k": [s["cpu_s"] * per_k * 1000 for s in cpu_headlesses],
        "tokens": ANSWER_TOKENS,
        "chars": expected,
        "headless_ms": base_s * 1000,
        "page_ms": page_s * 1000,
        "ratio": page_s / base_s,
        "headless_chars_per_s": expected / base_s,
        "page_chars_per_s": expected / page_s,
        "largest_gap_ms": max(s["largest_gap_ms"] for s in paged),
        "gaps_ms": [s["largest_gap_ms"] for s in paged],
        "rss_mb": paged[-1]["rss_mb"],
        "headless_samples_ms": [s["seconds"] * 1000 for s in headless],
        "page_samples_ms": [s["seconds"] * 1000 for s in paged],
    }


class StallSampler:
    """While a ``GapMeter`` runs: where the GUI thread is whenever its tick is 25 ms late.

    A watcher thread samples the GUI thread's Python stack every few
    milliseconds during each late tick; ``report()`` lists the stalls with
    their most frequent innermost msdesk frames.
    """

    def __init__(self, meter: GapMeter, late_s: float = 0.025) -> None:
        import threading

        self.meter = meter
        self.late_s = late_s
        self.thread_id = threading.get_ident()
        self.stalls: list[tuple[float, float, dict[str, int]]] = []
        self._stop = threading.Event()
        self._watcher = threading.Thread(target=self._watch, daemon=True)
        self.origin = time.perf_counter()

    def start(self) -> None:
        self.origin = time.perf_counter()
        self._watcher.start()

    def stop(self) -> None:
        self._stop.set()
        self._watcher.join()

    def _watch(self) -> None:
        import traceback

        current: tuple[float, dict[str, int]] | None = None
        while not self._stop.wait(0.003):
            last = self.meter._last
            now = time.perf_counter()
            if now - last > self.late_s:
                if current is None or current[0] != last:
                    if current is not None:
                        self.stalls.append((current[0] - self.origin, 0.0, current[1]))
                    current = (last, {})
                frame = sys._current_frames().get(self.thread_id)
                stack = traceback.extract_stack(frame) if frame is not None else []
                ours = [f for f in stack if "/msdesk/" in f.filename or "/benchmarks/" in f.filename]
                key = " <- ".join(
                    f"{Path(f.filename).name}:{f.lineno} {f.name}" for f in reversed(ours[-4:])
                ) or "(in Qt, no Python frame)"
                current[1][key] = current[1].get(key, 0) + 1
            elif current is not None:
                self.stalls.append((current[0] - self.origin, last - current[0], current[1]))
                current = None

    def report(self, limit: int = 8) -> str:
        lines = []
        worst = sorted(self.stalls, key=lambda s: s[1], reverse=True)[:limit]
        for at, length, where in sorted(worst):
            lines.append(f"stall at {at * 1000:.0f} ms for {length * 1000:.0f} ms:")
            for key, count in sorted(where.items(), key=lambda kv: -kv[1])[:3]:
                lines.append(f"    {count:4d} samples  {key}")
        return "\n".join(lines)


def profile_page(top: int = 30, *, paced: bool = False) -> str:
    """Where one streamed answer's time goes: the GUI thread's stalls (sampled), then cProfile.

    ``paced``: the answer at ``RATE`` tokens a second (``PACED_TOKENS``), else the fire hose.
    """
    import cProfile
    import io
    import pstats

    with bench_session() as (app, server, _):
        server.words(PACED_TOKENS if paced else ANSWER_TOKENS)
        server.rate(RATE if paced else 0)
        stalls: list[str] = []
        sampled = run_on_qt(app, page_once(app, stalls=stalls))
        profile = cProfile.Profile()
        figures = run_on_qt(app, page_once(app, profile=profile))
    out = io.StringIO()
    out.write(f"sampled run: {sampled['seconds'] * 1000:.0f} ms, largest gap {sampled['largest_gap_ms']:.0f} ms\n")
    out.write(stalls[0] + "\n\n")
    out.write(f"profiled run: {figures['seconds'] * 1000:.0f} ms, CPU {figures['cpu_s'] * 1000:.0f} ms, "
              f"largest gap {figures['largest_gap_ms']:.0f} ms\n")
    stats = pstats.Stats(profile, stream=out)
    stats.sort_stats("tottime").print_stats(top)
    stats.sort_stats("cumulative").print_stats(top)
    return out.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.chat_stream", description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON line")
    parser.add_argument("--runs", type=int, default=RUNS, help=f"fire-hose runs of each (default {RUNS})")
    parser.add_argument("--profile", choices=("paced", "firehose"),
                        help="profile one streamed answer on the page instead")
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--headless", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.serve:
        return serve()
    if args.headless:
        return read_headless()
    if args.profile:
        print(profile_page(paced=args.profile == "paced"))
        return 0
    figures = measure(max(1, args.runs))
    if args.json:
        print(json.dumps(figures))
        return 0

    def verdict(ok: bool) -> str:
        return "pass" if ok else "FAIL"

    paced = f"{RATE} tokens/s, {PACED_TOKENS:,} tokens"
    long = f"{paced}, {LONG_CHAT_MESSAGES:,}-message chat open"
    rows = [
        (f"{paced}: piece sent -> on screen, 95th percentile", f"{figures['paced_p95_ms']:.1f} ms",
         f"<= {LATENCY_BUDGET_MS:.0f} ms", verdict(figures["paced_p95_ms"] <= LATENCY_BUDGET_MS)),
        (f"{paced}: piece sent -> on screen, median / largest",
         f"{figures['paced_median_ms']:.1f} / {figures['paced_max_ms']:.1f} ms", "-", "info"),
        (f"{paced}: largest gap of a 5 ms timer", f"{figures['paced_gap_ms']:.1f} ms",
         f"< {GAP_BUDGET_MS:.0f} ms", verdict(figures["paced_gap_ms"] < GAP_BUDGET_MS)),
        (f"{long}: piece on screen, 95th percentile", f"{figures['long_p95_ms']:.1f} ms",
         f"<= {LATENCY_BUDGET_MS:.0f} ms", verdict(figures["long_p95_ms"] <= LATENCY_BUDGET_MS)),
        (f"{long}: largest gap", f"{figures['long_gap_ms']:.1f} ms",
         f"< {GAP_BUDGET_MS:.0f} ms", verdict(figures["long_gap_ms"] < GAP_BUDGET_MS)),
        ("CPU per 1,000 tokens: app (Chat page)", f"{figures['cpu_page_ms_per_k']:.0f} ms", "-", "info"),
        ("CPU per 1,000 tokens: headless client", f"{figures['cpu_headless_ms_per_k']:.0f} ms", "-", "info"),
        ("CPU app / headless", f"{figures['cpu_ratio']:.2f}x", f"<= {CPU_RATIO_BUDGET:.0f}x",
         verdict(figures["cpu_ratio"] <= CPU_RATIO_BUDGET)),
        (f"fire hose, {ANSWER_TOKENS:,} tokens: headless (median)", f"{figures['headless_ms']:.0f} ms", "-", "info"),
        (f"fire hose, {ANSWER_TOKENS:,} tokens: page (median)", f"{figures['page_ms']:.0f} ms", "-", "info"),
        ("fire hose: page / headless", f"{figures['ratio']:.2f}x", "-", "info"),
        ("fire hose: largest gap of a 5 ms timer", f"{figures['largest_gap_ms']:.1f} ms",
         f"< {GAP_BUDGET_MS:.0f} ms", verdict(figures["largest_gap_ms"] < GAP_BUDGET_MS)),
        ("RSS after the last answer", f"{figures['rss_mb']:.1f} MB", "-", "info"),
    ]
    widths = [max(len(r[i]) for r in rows) for i in range(4)]
    print(f"Chat streaming: Python {sys.version.split()[0]}, Qt platform {os.environ['QT_QPA_PLATFORM']}, "
          f"{figures['paced_pieces']:,} pieces seen on screen at {RATE} tokens/s")
    for row in rows:
        print("  ".join([row[0].ljust(widths[0])] + [c.rjust(w) for c, w in zip(row[1:], widths[1:], strict=True)]))
    print("fire hose samples (ms): headless " + ", ".join(f"{v:.0f}" for v in figures["headless_samples_ms"])
          + "; page " + ", ".join(f"{v:.0f}" for v in figures["page_samples_ms"])
          + "; largest gaps " + ", ".join(f"{v:.1f}" for v in figures["gaps_ms"]))
    print("CPU samples (ms per 1,000 tokens): headless "
          + ", ".join(f"{v:.0f}" for v in figures["cpu_headless_samples_ms_per_k"])
          + "; page " + ", ".join(f"{v:.0f}" for v in figures["cpu_page_samples_ms_per_k"])
          + "; ratios " + ", ".join(f"{v:.2f}" for v in figures["cpu_pair_ratios"]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
