"""``python -m benchmarks.chat_stream``: a long answer streamed onto the Chat page.

The fake ModelScope (in a process of its own, as a real server would be)
sends a 20,000-token Markdown answer as fast as it can: paragraphs,
headings, lists, a table and fenced code blocks. The same answer is read:

- by a headless client (``InferenceClient.chat_stream`` on a plain asyncio
  loop): time from the request to the last chunk; this is the baseline;
- by msdesk's Chat page in a shown main window on a qasync loop: time from
  ``page.send()`` until the answer's widget has finished (not streaming, the
  final document set, and the events after that processed, so it is laid
  out and painted). As in the app, the answer is read by the answer reader
  process, which starts while the question is typed: the benchmark types
  it into the composer and waits for the reader before it sends.

Budgets:

- the page's time is at most 1.3 times the headless client's (median of 3
  runs each, interleaved, after one unmeasured warm-up of each);
- while the page streams, a 5 ms timer never waits more than 50 ms between
  two ticks (the largest gap over the measured runs): the window stays
  responsive.

Also reported: characters per second on both sides, the app's resident
memory after the last streamed answer, the reader process's, and how long
the reader takes to start (cold, in the background while the user types). It prints figures; it
asserts nothing.
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
RATIO_BUDGET = 1.3
GAP_BUDGET_MS = 50.0
ANSWER_TOKENS = 20_000
WARM_UP_TOKENS = 3_000
RUNS = 5
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
    """``--serve``: run the fake; print its addresses; "words N" on stdin sets the length."""
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
    finally:
        fake.stop()
    return 0


class FakeServer:
    """The fake ModelScope in a child process; ``words(n)`` sets the next answers' length."""

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

    def words(self, count: int) -> None:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write(f"words {count}\n")
        self.process.stdin.flush()
        self.process.stdout.readline()

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
    """Run ``coro`` on a qasync loop over ``app``, as the app does."""
    import qasync

    from msdesk.ui.loop import asyncgen_hooks

    async def with_hooks() -> Any:
        with asyncgen_hooks(asyncio.get_running_loop()):
            return await coro

    with asyncio.Runner(loop_factory=lambda: qasync.QEventLoop(app)) as runner:
        return runner.run(with_hooks())


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
    """The baseline: read the stream with no UI at all."""
    from msdesk.core.inference import ChatRequest

    services = await open_services()
    try:
        client = await services.inference("modelscope")
        request = ChatRequest(model=MODEL, messages=[{"role": "user", "content": QUESTION}])
        chars = 0
        start = last = time.perf_counter()
        async for chunk in client.chat_stream(request):
            chars += len(chunk.content)
            last = time.perf_counter()
        return {"seconds": last - start, "chars": chars}
    finally:
        await services.aclose()


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


async def page_once(app: Any, *, profile: Any = None, stalls: list[str] | None = None) -> dict[str, float]:
    """msdesk: send on the Chat page, until the answer is finished and laid out."""
    services = await open_services(MODEL)
    window, page = await open_window(services)
    try:
        page.new_conversation()
        choice = page.current_choice()
        if choice is None or choice.model_id != MODEL:
            raise RuntimeError(f"the Chat page did not pick {MODEL} (got {choice})")
        page.composer.input.setPlainText(QUESTION)
        await asyncio.sleep(0.2)  # settle: the first layout, the token lookup
        await qt_settle()
        gc.collect()
        done: asyncio.Future[float] = asyncio.get_running_loop().create_future()
        watch = _Hidden(page.composer.stop_button, done)
        meter = GapMeter()
        meter.start()
        sampler = StallSampler(meter) if stalls is not None else None
        if sampler is not None:
            sampler.start()
        if profile is not None:
            profile.enable()
        start = time.perf_counter()
        page.send(QUESTION)
        await asyncio.wait_for(done, 120)
        await qt_settle()  # the layout and paint requests the final document posted
        end = time.perf_counter()
        if profile is not None:
            profile.disable()
        gap = meter.stop()
        watch.remove()
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
            "chars": len(text),
            "largest_gap_ms": gap * 1000,
            "ticks": meter.ticks,
            "widget_height": answer.height(),
            "rss_mb": rss_bytes() / MB,
        }
    finally:
        await close_window(window, page, services)


# -- the benchmark ---------------------------------------------------------------------------


@contextlib.contextmanager
def bench_session() -> Iterator[Any]:
    """A private home, the fake in its own process, the QApplication; warmed up (unmeasured)
    on a short answer (imports, caches, the first connection), then set to the long one."""
    with tempfile.TemporaryDirectory(prefix="msdesk-bench-home-", ignore_cleanup_errors=True) as home:
        isolate(home)
        server = FakeServer()
        try:
            os.environ["MSDESK_API_BASE"] = server.api_base
            os.environ["MSDESK_HUB_BASE"] = server.hub_base
            from PySide6.QtWidgets import QApplication

            app = QApplication.instance() or QApplication(sys.argv)
            server.words(WARM_UP_TOKENS)
            asyncio.run(headless_once())
            run_on_qt(app, page_once(app))
            server.words(ANSWER_TOKENS)
            yield app
        finally:
            server.stop()


def measure(runs: int = RUNS) -> dict[str, Any]:
    with bench_session() as app:
        expected = len(expected_answer(ANSWER_TOKENS))
        headless: list[dict[str, float]] = []
        paged: list[dict[str, float]] = []
        for _ in range(runs):  # interleaved, so drift on the machine hits both alike
            headless.append(asyncio.run(headless_once()))
            paged.append(run_on_qt(app, page_once(app)))
    for sample in [*headless, *paged]:
        if sample["chars"] != expected:
            raise RuntimeError(f"an answer had {sample['chars']} characters, not {expected}")
    base_s = statistics.median(s["seconds"] for s in headless)
    page_s = statistics.median(s["seconds"] for s in paged)
    return {
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


def profile_page(top: int = 30) -> str:
    """Where one streamed answer's time goes: the GUI thread's stalls (sampled), then cProfile."""
    import cProfile
    import io
    import pstats

    with bench_session() as app:
        stalls: list[str] = []
        sampled = run_on_qt(app, page_once(app, stalls=stalls))
        profile = cProfile.Profile()
        figures = run_on_qt(app, page_once(app, profile=profile))
    out = io.StringIO()
    out.write(f"sampled run: {sampled['seconds'] * 1000:.0f} ms, largest gap {sampled['largest_gap_ms']:.0f} ms\n")
    out.write(stalls[0] + "\n\n")
    out.write(f"profiled run: {figures['seconds'] * 1000:.0f} ms, largest gap {figures['largest_gap_ms']:.0f} ms\n")
    stats = pstats.Stats(profile, stream=out)
    stats.sort_stats("tottime").print_stats(top)
    stats.sort_stats("cumulative").print_stats(top)
    return out.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.chat_stream", description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON line")
    parser.add_argument("--runs", type=int, default=RUNS, help=f"measured runs of each (default {RUNS})")
    parser.add_argument("--profile", action="store_true", help="profile one streamed answer on the page")
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.serve:
        return serve()
    if args.profile:
        print(profile_page())
        return 0
    figures = measure(max(1, args.runs))
    if args.json:
        print(json.dumps(figures))
        return 0

    def verdict(ok: bool) -> str:
        return "pass" if ok else "FAIL"

    rows = [
        (f"headless client, {ANSWER_TOKENS:,} tokens (median)", f"{figures['headless_ms']:.0f} ms", "-", "info"),
        (f"Chat page, {ANSWER_TOKENS:,} tokens (median)", f"{figures['page_ms']:.0f} ms", "-", "info"),
        ("page / headless", f"{figures['ratio']:.2f}x", f"<= {RATIO_BUDGET}",
         verdict(figures["ratio"] <= RATIO_BUDGET)),
        ("largest gap of a 5 ms timer while streaming", f"{figures['largest_gap_ms']:.1f} ms",
         f"< {GAP_BUDGET_MS:.0f} ms", verdict(figures["largest_gap_ms"] < GAP_BUDGET_MS)),
        ("headless characters per second", f"{figures['headless_chars_per_s']:,.0f}", "-", "info"),
        ("page characters per second", f"{figures['page_chars_per_s']:,.0f}", "-", "info"),
        ("RSS after the last answer", f"{figures['rss_mb']:.1f} MB", "-", "info"),
    ]
    widths = [max(len(r[i]) for r in rows) for i in range(4)]
    print(f"Chat streaming: Python {sys.version.split()[0]}, Qt platform {os.environ['QT_QPA_PLATFORM']}, "
          f"{figures['chars']:,} characters")
    for row in rows:
        print("  ".join([row[0].ljust(widths[0])] + [c.rjust(w) for c, w in zip(row[1:], widths[1:], strict=True)]))
    print("samples (ms): headless " + ", ".join(f"{v:.0f}" for v in figures["headless_samples_ms"])
          + "; page " + ", ".join(f"{v:.0f}" for v in figures["page_samples_ms"])
          + "; largest gaps " + ", ".join(f"{v:.1f}" for v in figures["gaps_ms"]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
