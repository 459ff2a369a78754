"""Measure msdesk against a bare PySide6 window, each in a fresh subprocess.

Both programs are started the same way (``python -m <module>`` with this
interpreter and the same Qt platform) and report through the same
environment hook, ``MSDESK_BENCH`` (see ``msdesk.ui.app``):

- start-up: launch to the first paint of the main window, and launch to the
  event loop's next turn after it (the window answers input);
- memory: resident set size at idle, about two seconds after launch, once
  the app's services are open.

Every run gets a fresh temporary ``MSDESK_HOME``.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

APP_MODULE = "msdesk.ui.app"
BARE_MODULE = "benchmarks.bare_window"
ROOT = Path(__file__).resolve().parent.parent
RUN_TIMEOUT_S = 60.0
PAINTED_QUIT_DELAY_MS = 300  # after the first paint: let the services open, then quit
IDLE_AFTER_S = 2.0  # sample memory this long after launch
IDLE_SETTLE_S = 0.3  # ...and at least this long after the app says it is ready


class BenchError(RuntimeError):
    pass


@dataclass
class Samples:
    msdesk: list[float] = field(default_factory=list)
    baseline: list[float] = field(default_factory=list)

    @property
    def msdesk_median(self) -> float | None:
        return statistics.median(self.msdesk) if self.msdesk else None

    @property
    def baseline_median(self) -> float | None:
        return statistics.median(self.baseline) if self.baseline else None


def bench_env(platform: str, home: str, *, times: Path, quit_after_ms: int) -> dict[str, str]:
    env = dict(os.environ)
    env["MSDESK_BENCH"] = f"times={times},quit_after_ms={quit_after_ms}"
    env["QT_QPA_PLATFORM"] = platform
    env["MSDESK_HOME"] = home
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH", "")]))
    env.pop("PYTHONPROFILEIMPORTTIME", None)
    return env


def _read_time(path: Path) -> float:
    try:
        return float(path.read_text(encoding="ascii").strip())
    except (OSError, ValueError) as err:
        raise BenchError(f"no time written to {path.name}: {err}") from err


def _finish(proc: subprocess.Popen[bytes], module: str) -> None:
    try:
        _, err = proc.communicate(timeout=RUN_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        raise BenchError(f"{module} did not quit within {RUN_TIMEOUT_S:.0f} s") from None
    if proc.returncode != 0:
        tail = err.decode(errors="replace").strip().splitlines()[-5:]
        raise BenchError(f"{module} exited with {proc.returncode}: " + " | ".join(tail))


@dataclass
class StartUp:
    """Seconds from launch to the first paint, and to the next turn of the event loop."""

    painted: float
    answering: float


def start_up(module: str, platform: str) -> StartUp:
    """Launch ``python -m module`` and time its first paint and its first answer to input."""
    with tempfile.TemporaryDirectory(prefix="msdesk-bench-") as home:
        env = bench_env(platform, home, times=Path(home), quit_after_ms=PAINTED_QUIT_DELAY_MS)
        started = time.time()
        proc = subprocess.Popen(
            [sys.executable, "-m", module],
            env=env,
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        _finish(proc, module)
        return StartUp(
            painted=_read_time(Path(home) / "painted") - started,
            answering=_read_time(Path(home) / "answering") - started,
        )


def time_to_first_paint(module: str, platform: str) -> float:
    """Seconds from launching ``python -m module`` to its first paint."""
    return start_up(module, platform).painted


def read_rss(pid: int) -> int | None:
    """Resident set size in bytes, from /proc (or psutil where there is no /proc)."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    try:
        import psutil  # optional
    except ImportError:
        return None
    try:
        return int(psutil.Process(pid).memory_info().rss)
    except psutil.Error:
        return None


def _wait_until_ready(
    proc: subprocess.Popen[bytes], ready: Path, started: float, module: str
) -> float:
    deadline = started + RUN_TIMEOUT_S
    while not (ready.exists() and ready.stat().st_size > 0):
        if proc.poll() is not None:
            _finish(proc, module)  # raises with the exit code and stderr if it failed
            raise BenchError(f"{module} quit before it was ready")
        if time.time() > deadline:
            raise BenchError(f"{module} was not ready within {RUN_TIMEOUT_S:.0f} s")
        time.sleep(0.02)
    return _read_time(ready) - started


def idle_rss(module: str, platform: str) -> tuple[int, float]:
    """(RSS in bytes at idle, seconds from launch to ready)."""
    with tempfile.TemporaryDirectory(prefix="msdesk-bench-") as home:
        ready = Path(home) / "ready"
        quit_after_ms = int((IDLE_AFTER_S + 1.5) * 1000)  # quits by itself after the sample
        env = bench_env(platform, home, times=Path(home), quit_after_ms=quit_after_ms)
        started = time.time()
        proc = subprocess.Popen(
            [sys.executable, "-m", module],
            env=env,
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        try:
            ready_after = _wait_until_ready(proc, ready, started, module)
            wake = max(started + IDLE_AFTER_S, time.time() + IDLE_SETTLE_S)
            time.sleep(max(0.0, wake - time.time()))
            rss = read_rss(proc.pid)
        except BaseException:
            proc.kill()
            proc.communicate()
            raise
        _finish(proc, module)
        if rss is None:
            raise BenchError("cannot read resident memory on this platform")
        return rss, ready_after
