"""Measure the Linux build against its budgets; figures for packaging/README.md.

    python packaging/measure.py [--runs N] [--platform xcb|offscreen] [--no-start-up]
                                [--strict {all,sizes}]

Run it after packaging/build-linux.sh. It prints:

- the size of the bundle (build/dist/msdesk: the files' sizes, links counted as links),
  of the tarball and of the .deb in dist/, against the budgets below;
- the first paint of the frozen app's window, against the same app started from its venv
  (the build venv, build/venv, where build-linux.sh installed msdesk), in the same run: N
  runs of each, alternating, after one unmeasured run of each; the medians and their ratio.
  Both report their first paint through the app's own ``MSDESK_BENCH`` hook (see
  ``msdesk.ui.app`` and ``benchmarks.startup``).

Sizes are in MB of 10^6 bytes (MiB, 2^20 bytes, beside them). ``--strict all`` exits with
status 1 when a figure is over its budget, ``--strict sizes`` only for a size (CI: start-up
times swing on a shared machine; the figure is still printed).
"""

from __future__ import annotations

import argparse
import glob
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.startup import BenchError, bench_env  # noqa: E402

BUNDLE = ROOT / "build" / "dist" / "msdesk"
VENV_PYTHON = ROOT / "build" / "venv" / "bin" / "python"
MB = 1_000_000
MIB = 1024 * 1024
BUDGET_BUNDLE_MB = 130.0
BUDGET_TARBALL_MB = 42.0
BUDGET_DEB_MB = 42.0
BUDGET_START_RATIO = 1.3
QUIT_AFTER_PAINT_MS = 300
RUN_TIMEOUT_S = 60.0


@dataclass
class Figure:
    what: str
    value: float
    budget: float
    text: str

    @property
    def ok(self) -> bool:
        return self.value <= self.budget

    @property
    def is_size(self) -> bool:
        return self.what != "first paint"


def tree_size(folder: Path) -> int:
    """Bytes of every file under ``folder``; a symbolic link counts as the link itself."""
    total = 0
    for path, dirs, files in os.walk(folder):
        for name in dirs + files:
            entry = Path(path) / name
            if entry.is_symlink() or entry.is_file():
                total += entry.lstat().st_size
    return total


def _size_figure(what: str, path: Path, size: int, budget_mb: float) -> Figure:
    text = f"{size / MB:.1f} MB ({size / MIB:.1f} MiB) {path.relative_to(ROOT)}"
    return Figure(what, size / MB, budget_mb, text)


def size_figures() -> list[Figure]:
    if not (BUNDLE / "msdesk").exists():
        raise SystemExit(f"no bundle in {BUNDLE}: run packaging/build-linux.sh first")
    figures = [_size_figure("bundle on disk", BUNDLE, tree_size(BUNDLE), BUDGET_BUNDLE_MB)]
    for pattern, what, budget in (("msdesk-*-linux-x86_64.tar.zst", "tar.zst (-19)", BUDGET_TARBALL_MB),
                                  ("msdesk_*_amd64.deb", ".deb", BUDGET_DEB_MB)):
        found = sorted(glob.glob(str(ROOT / "dist" / pattern)), key=os.path.getmtime)
        if not found:
            raise SystemExit(f"no dist/{pattern}: run packaging/build-linux.sh first")
        path = Path(found[-1])
        figures.append(_size_figure(what, path, path.stat().st_size, budget))
    return figures


def first_paint(command: list[str], platform: str) -> float:
    """Seconds from launching ``command`` to its window's first paint."""
    with tempfile.TemporaryDirectory(prefix="msdesk-measure-") as home:
        env = bench_env(platform, home, times=Path(home), quit_after_ms=QUIT_AFTER_PAINT_MS)
        env.pop("PYTHONPATH", None)  # each runs its own installed copy, not this checkout
        env["MSDESK_SECRET_BACKEND"] = "memory"
        started = time.time()
        done = subprocess.run(command, env=env, cwd=home, stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE, timeout=RUN_TIMEOUT_S)
        if done.returncode != 0:
            tail = done.stderr.decode(errors="replace").strip().splitlines()[-5:]
            raise BenchError(f"{command[0]} exited with {done.returncode}: " + " | ".join(tail))
        try:
            painted = float((Path(home) / "painted").read_text(encoding="ascii"))
        except (OSError, ValueError) as err:
            raise BenchError(f"{command[0]} wrote no paint time: {err}") from err
        return painted - started


def start_up_figure(runs: int, platform: str) -> Figure:
    frozen = [str(BUNDLE / "msdesk-gui")]
    venv = [str(VENV_PYTHON), "-m", "msdesk.ui.app"]
    if not VENV_PYTHON.exists():
        raise SystemExit(f"no build venv at {VENV_PYTHON}: run packaging/build-linux.sh first")
    first_paint(frozen, platform)  # warm the disk cache and the font cache, unmeasured
    first_paint(venv, platform)
    times: dict[str, list[float]] = {"frozen": [], "venv": []}
    for run in range(runs):
        order = [("frozen", frozen), ("venv", venv)]
        for name, command in order if run % 2 == 0 else reversed(order):
            times[name].append(first_paint(command, platform))
    frozen_s, venv_s = statistics.median(times["frozen"]), statistics.median(times["venv"])
    ratio = frozen_s / venv_s
    text = (f"frozen {frozen_s * 1000:.0f} ms, venv {venv_s * 1000:.0f} ms: {ratio:.2f}x "
            f"(medians of {runs} alternating runs, {platform})")
    return Figure("first paint", ratio, BUDGET_START_RATIO, text)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7, help="runs of each program (default 7)")
    parser.add_argument("--platform", default="xcb" if os.environ.get("DISPLAY") else "offscreen",
                        help="Qt platform for the start-up runs (default: xcb if DISPLAY is set)")
    parser.add_argument("--no-start-up", action="store_true", help="sizes only")
    parser.add_argument("--strict", choices=("all", "sizes"),
                        help="exit 1 when a figure (all) or a size (sizes) is over its budget")
    args = parser.parse_args(argv)
    figures = size_figures()
    if not args.no_start_up:
        figures.append(start_up_figure(args.runs, args.platform))
    for figure in figures:
        unit = " MB" if figure.is_size else "x"
        verdict = "ok" if figure.ok else "OVER BUDGET"
        print(f"{figure.what:<14} {figure.text:<72} budget {figure.budget:g}{unit}: {verdict}")
    checked = [f for f in figures if args.strict == "all" or (args.strict == "sizes" and f.is_size)]
    return 1 if not all(f.ok for f in checked) else 0


if __name__ == "__main__":
    raise SystemExit(main())
