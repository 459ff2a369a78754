"""The baseline: a bare PySide6 window with the same benchmark hook as msdesk.

QApplication + QMainWindow with a label, nothing else. Started exactly like
the app (``python -m benchmarks.bare_window``), it follows ``MSDESK_BENCH``
as ``msdesk.ui.app`` documents it: ``times=<folder>`` gets ``painted`` at its
first paint, ``answering`` at the event loop's next turn and ``ready`` with
it (there is nothing else to get ready); ``quit_after_ms=<n>`` quits that long
after the first paint. The few lines that read it are repeated here, so the
baseline imports nothing of msdesk.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

if TYPE_CHECKING:
    from PySide6.QtGui import QPaintEvent


def bench_hooks() -> tuple[Path | None, int | None]:
    """(times folder, quit after ms) from ``MSDESK_BENCH``."""
    times, quit_after_ms = None, None
    for part in os.environ.get("MSDESK_BENCH", "").split(","):
        key, _, value = part.strip().partition("=")
        if key == "times" and value:
            times = Path(value)
        elif key == "quit_after_ms" and value.isdigit():
            quit_after_ms = int(value)
    return times, quit_after_ms


def _mark(times: Path, milestone: str) -> None:
    (times / milestone).write_text(f"{time.time():.6f}\n", encoding="ascii")


class BareWindow(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.painted = False
        self.times, self.quit_after_ms = bench_hooks()
        self.setWindowTitle("bare")
        self.setCentralWidget(QLabel("A bare PySide6 window"))
        self.resize(1100, 720)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.painted:
            return
        self.painted = True
        if self.times is not None:
            times = self.times
            _mark(times, "painted")
            QTimer.singleShot(0, lambda: _mark(times, "answering"))
            _mark(times, "ready")
        if self.quit_after_ms is not None:
            QTimer.singleShot(self.quit_after_ms, QApplication.quit)


def main() -> int:
    app = QApplication(sys.argv)
    window = BareWindow()
    window.show()
    code = app.exec()
    del window
    return code


if __name__ == "__main__":
    raise SystemExit(main())
