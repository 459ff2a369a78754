"""``python -m benchmarks``: print msdesk's figures next to a bare PySide6 window.

Each figure is the median of several fresh subprocess runs. Budgets:

- start-up to a window that answers input (first paint plus one turn of the
  event loop): at most 1.3 times the bare window's first paint, measured in
  the same run; the first paint itself is printed beside it;
- resident memory at idle (services open): at most 110 MB.

The Models page's list (``benchmarks.model_list``) and the Chat page
(``benchmarks.chat_stream``: answers streamed at 200 tokens a second and as
a fire hose, against a headless client; ``benchmarks.chat_history``:
opening long conversations) run in fresh subprocesses and carry their own
budgets, listed in their modules.

Both programs run with compiled bytecode, as an installed app does: the
children write it to a temporary ``PYTHONPYCACHEPREFIX`` (never into the
source tree), filled by an unmeasured warm-up run of each, even when
``PYTHONDONTWRITEBYTECODE`` is set here.

Benchmarks print figures; they are not tests. ``--strict`` makes a missed
budget an exit status of 1.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import tempfile
from dataclasses import asdict, dataclass, field

from benchmarks import startup

STARTUP_RATIO_BUDGET = 1.3
RSS_BUDGET_MB = 110.0
MB = 1024 * 1024


@dataclass
class Result:
    name: str
    unit: str
    msdesk: float | None
    baseline: float | None
    budget: str
    passed: bool | None  # None: informational, or could not be measured
    ratio: float | None = None
    error: str | None = None
    samples: dict[str, list[float]] = field(default_factory=dict)


def _ratio(a: float | None, b: float | None) -> float | None:
    return a / b if a is not None and b else None


def bench_startup(runs: int, qt_platform: str) -> list[Result]:
    painted = startup.Samples()
    answering = startup.Samples()
    name = f"start-up to answering input (median of {runs})"
    budget = f"ratio <= {STARTUP_RATIO_BUDGET}"
    try:
        # One unmeasured run of each first: warm the file cache for both alike.
        startup.start_up(startup.APP_MODULE, qt_platform)
        startup.start_up(startup.BARE_MODULE, qt_platform)
        for _ in range(runs):  # interleaved, so drift on the machine hits both
            app = startup.start_up(startup.APP_MODULE, qt_platform)
            bare = startup.start_up(startup.BARE_MODULE, qt_platform)
            painted.msdesk.append(app.painted * 1000)
            painted.baseline.append(bare.painted * 1000)
            answering.msdesk.append(app.answering * 1000)
            answering.baseline.append(bare.painted * 1000)  # against the bare window's paint
    except startup.BenchError as err:
        return [Result(name, "ms", None, None, budget, None, error=str(err))]
    ratio = _ratio(answering.msdesk_median, answering.baseline_median)
    return [
        Result(
            name,
            "ms",
            answering.msdesk_median,
            answering.baseline_median,
            budget,
            ratio is not None and ratio <= STARTUP_RATIO_BUDGET,
            ratio=ratio,
            samples={"msdesk": answering.msdesk, "baseline": answering.baseline},
        ),
        Result(  # information: the first paint alone
            f"start-up to first paint (median of {runs})",
            "ms",
            painted.msdesk_median,
            painted.baseline_median,
            "-",
            None,
            ratio=_ratio(painted.msdesk_median, painted.baseline_median),
            samples={"msdesk": painted.msdesk, "baseline": painted.baseline},
        ),
    ]


def bench_memory(runs: int, qt_platform: str, *, warm_up: bool = True) -> list[Result]:
    rss = startup.Samples()
    ready = startup.Samples()
    name = f"RSS at idle, {startup.IDLE_AFTER_S:.0f} s after start (median of {runs})"
    try:
        if warm_up:  # unmeasured: fill the bytecode cache
            startup.time_to_first_paint(startup.APP_MODULE, qt_platform)
            startup.time_to_first_paint(startup.BARE_MODULE, qt_platform)
        for _ in range(runs):
            app_rss, app_ready = startup.idle_rss(startup.APP_MODULE, qt_platform)
            bare_rss, _ = startup.idle_rss(startup.BARE_MODULE, qt_platform)
            rss.msdesk.append(app_rss / MB)
            rss.baseline.append(bare_rss / MB)
            ready.msdesk.append(app_ready * 1000)
    except startup.BenchError as err:
        return [Result(name, "MB", None, None, f"<= {RSS_BUDGET_MB:.0f} MB", None, error=str(err))]
    app_mb = rss.msdesk_median
    return [
        Result(
            name,
            "MB",
            app_mb,
            rss.baseline_median,
            f"<= {RSS_BUDGET_MB:.0f} MB",
            app_mb is not None and app_mb <= RSS_BUDGET_MB,
            ratio=_ratio(app_mb, rss.baseline_median),
            samples={"msdesk": rss.msdesk, "baseline": rss.baseline},
        ),
        Result(  # the bare window has no services: no baseline to compare with
            f"start to services open (median of {runs})",
            "ms",
            ready.msdesk_median,
            None,
            "-",
            None,
            samples={"msdesk": ready.msdesk},
        ),
    ]


def bench_model_list(qt_platform: str) -> list[Result]:
    """The Models page's list (benchmarks.model_list), in a fresh subprocess."""
    import subprocess

    from benchmarks import model_list as ml

    env = dict(os.environ, QT_QPA_PLATFORM=qt_platform)
    try:
        done = subprocess.run(
            [sys.executable, "-m", "benchmarks.model_list", "--json"],
            capture_output=True, text=True, timeout=300, env=env, check=True,
        )
        figures = json.loads(done.stdout.strip().splitlines()[-1])
    except (subprocess.SubprocessError, OSError, ValueError, IndexError) as err:
        return [Result("models list", "ms", None, None, "-", None, error=str(err))]

    def under(name: str, unit: str, key: str, budget: float) -> Result:
        value = figures[key]
        return Result(name, unit, value, None, f"< {budget:.0f} {unit}", value < budget)

    return [
        under(f"models: filter {ml.ROWS:,} rows (median per key)", "ms", "filter_median_ms",
              ml.FILTER_BUDGET_MS),
        under(f"models: re-sort {ml.ROWS:,} rows (median)", "ms", "sort_median_ms", ml.FILTER_BUDGET_MS),
        under(f"models: memory for {ml.ROWS:,} rows", "MB", "memory_mb", ml.MEMORY_BUDGET_MB),
        under("models: page open to first rows", "ms", "first_rows_ms", ml.FIRST_ROWS_BUDGET_MS),
    ]


def _run_module(module: str, qt_platform: str, timeout: float = 300) -> dict:
    """``python -m <module> --json`` in a fresh subprocess; its last line, parsed."""
    import subprocess

    env = dict(os.environ, QT_QPA_PLATFORM=qt_platform)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(startup.ROOT), env.get("PYTHONPATH", "")]))
    done = subprocess.run(
        [sys.executable, "-m", module, "--json"],
        capture_output=True, text=True, timeout=timeout, env=env, check=False, cwd=startup.ROOT,
    )
    if done.returncode != 0:
        tail = (done.stderr.strip().splitlines() or ["no error output"])[-1]
        raise RuntimeError(f"{module} exited with {done.returncode}: {tail}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def bench_chat_stream(qt_platform: str) -> list[Result]:
    """Answers streamed onto the Chat page (benchmarks.chat_stream), in a fresh subprocess."""
    import subprocess

    from benchmarks import chat_stream as cs

    paced = f"chat: {cs.RATE} tokens/s"
    latency_budget = f"p95 <= {cs.LATENCY_BUDGET_MS:.0f} ms"
    gap_budget = f"< {cs.GAP_BUDGET_MS:.0f} ms"
    try:
        figures = _run_module("benchmarks.chat_stream", qt_platform, timeout=600)
    except (subprocess.SubprocessError, OSError, RuntimeError, ValueError, IndexError) as err:
        return [Result(f"{paced}: piece sent -> on screen", "ms", None, None, latency_budget, None,
                       error=str(err))]

    def gap(name: str, key: str, samples: dict[str, list[float]] | None = None) -> Result:
        value = figures[key]
        return Result(name, "ms", value, None, gap_budget, value < cs.GAP_BUDGET_MS, samples=samples or {})

    cpu_ratio = figures["cpu_ratio"]
    long = f"{cs.LONG_CHAT_MESSAGES:,}-message chat open"
    return [
        Result(f"{paced}: piece sent -> on screen, 95th percentile", "ms", figures["paced_p95_ms"], None,
               latency_budget, figures["paced_p95_ms"] <= cs.LATENCY_BUDGET_MS),
        gap(f"{paced}: largest 5 ms-timer gap", "paced_gap_ms"),
        Result(f"{paced}, {long}: on screen, 95th percentile", "ms", figures["long_p95_ms"], None,
               latency_budget, figures["long_p95_ms"] <= cs.LATENCY_BUDGET_MS),
        gap(f"{paced}, {long}: largest 5 ms-timer gap", "long_gap_ms"),
        Result(f"{paced}: CPU per 1,000 tokens, app vs headless client", "ms",
               figures["cpu_page_ms_per_k"], figures["cpu_headless_ms_per_k"],
               f"ratio <= {cs.CPU_RATIO_BUDGET:.0f}", cpu_ratio <= cs.CPU_RATIO_BUDGET, ratio=cpu_ratio),
        Result(f"chat: fire hose, {cs.ANSWER_TOKENS:,} tokens, page vs headless (median of {cs.RUNS})", "ms",
               figures["page_ms"], figures["headless_ms"], "-", None, ratio=figures["ratio"],
               samples={"msdesk": figures["page_samples_ms"], "baseline": figures["headless_samples_ms"]}),
        gap("chat: fire hose, largest 5 ms-timer gap", "largest_gap_ms", samples={"msdesk": figures["gaps_ms"]}),
        Result("chat: RSS after the streamed answers", "MB", figures["rss_mb"], None, "-", None),
    ]


def bench_chat_history(qt_platform: str) -> list[Result]:
    """Opening long conversations on the Chat page (benchmarks.chat_history), in a fresh subprocess."""
    import subprocess

    from benchmarks import chat_history as ch

    largest = ch.LONG_CONVERSATIONS[0]
    try:
        figures = _run_module("benchmarks.chat_history", qt_platform)
    except (subprocess.SubprocessError, OSError, RuntimeError, ValueError, IndexError) as err:
        return [Result(f"chat: open a {largest:,}-message chat", "ms", None, None, "-", None, error=str(err))]

    def under(name: str, unit: str, key: str, budget: float) -> Result:
        value = figures[key]
        return Result(name, unit, value, None, f"< {budget:.0f} {unit}", value < budget)

    return [
        under(f"chat: open a {largest:,}-message chat to first paint", "ms", "open_ms", ch.OPEN_BUDGET_MS),
        under("chat: memory added by opening it", "MB", "open_memory_mb", ch.OPEN_MEMORY_BUDGET_MB),
        under("chat: RSS idle after three long chats", "MB", "idle_mb", ch.IDLE_BUDGET_MB),
        Result(f"chat: older page of messages (median of {figures['older_pages']})", "ms",
               figures["older_page_median_ms"], None, "-", None),
    ]


def _fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "-"
    return f"{value:,.0f} {unit}" if unit in ("ms", "chars/s") else f"{value:.1f} {unit}"


def format_table(results: list[Result]) -> str:
    header = ("benchmark", "msdesk", "baseline", "ratio", "budget", "result")
    rows = [header]
    for r in results:
        if r.error:
            verdict = "error"
        elif r.passed is None:
            verdict = "info"
        else:
            verdict = "pass" if r.passed else "FAIL"
        rows.append(
            (
                r.name,
                _fmt(r.msdesk, r.unit),
                _fmt(r.baseline, r.unit),
                f"{r.ratio:.2f}x" if r.ratio is not None else "-",
                r.budget,
                verdict,
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    lines = []
    for n, row in enumerate(rows):
        cells = [row[0].ljust(widths[0])] + [
            c.rjust(w) for c, w in zip(row[1:], widths[1:], strict=True)
        ]
        lines.append("  ".join(cells))
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    for r in results:
        if r.error:
            lines.append(f"error in '{r.name}': {r.error}")
    return "\n".join(lines)


def qt_platform_for(args: argparse.Namespace) -> str:
    if args.xcb:
        if not os.environ.get("DISPLAY"):
            raise SystemExit("--xcb needs DISPLAY (for example an Xvfb server)")
        return "xcb"
    return "offscreen"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks", description=__doc__.splitlines()[0]
    )
    parser.add_argument(
        "--runs", type=int, default=5, help="runs per program for start-up (default 5)"
    )
    parser.add_argument(
        "--memory-runs", type=int, default=3, help="runs per program for memory (default 3)"
    )
    parser.add_argument("--xcb", action="store_true", help="use the X11 (xcb) platform on $DISPLAY")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a budget is missed")
    parser.add_argument(
        "--only", choices=("startup", "memory", "models", "chat"), help="run one benchmark instead of all"
    )
    args = parser.parse_args(argv)
    if args.runs < 1 or args.memory_runs < 1:
        parser.error("--runs and --memory-runs must be at least 1")
    qt_platform = qt_platform_for(args)

    results: list[Result] = []
    with tempfile.TemporaryDirectory(prefix="msdesk-bench-pycache-") as pycache:
        os.environ.pop("PYTHONDONTWRITEBYTECODE", None)  # for the children only
        os.environ["PYTHONPYCACHEPREFIX"] = pycache
        if args.only in (None, "startup"):
            results.extend(bench_startup(args.runs, qt_platform))
        if args.only in (None, "memory"):
            warm = args.only == "memory"  # else the start-up runs warmed the cache
            results.extend(bench_memory(args.memory_runs, qt_platform, warm_up=warm))
        if args.only in (None, "models"):
            results.extend(bench_model_list(qt_platform))
        if args.only in (None, "chat"):
            results.extend(bench_chat_stream(qt_platform))
            results.extend(bench_chat_history(qt_platform))

    context = {
        "python": platform.python_version(),
        "executable": sys.executable,
        "machine": platform.machine(),
        "system": platform.platform(),
        "qt_platform": qt_platform,
        "baseline": "bare PySide6 QMainWindow with a label (benchmarks.bare_window)",
    }
    if args.json:
        print(json.dumps({"context": context, "results": [asdict(r) for r in results]}, indent=2))
    else:
        print(
            f"msdesk benchmarks: Python {context['python']}, Qt platform {qt_platform}, "
            f"compiled bytecode, baseline = bare PySide6 window"
        )
        print()
        print(format_table(results))
    failed = any(r.passed is False or r.error for r in results)
    return 1 if failed and args.strict else 0
