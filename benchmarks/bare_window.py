"""The baseline: a bare PySide6 window with the same environment hooks as msdesk.

QApplication + QMainWindow with a label, nothing else. Started exactly like
the app (``python -m benchmarks.bare_window``), it writes ``time.time()`` to
``MSDESK_BENCH_PAINTED_FILE`` at its first paint and quits shortly after;
``MSDESK_BENCH_READY_FILE`` is written at the first paint too (there is
nothing else to get ready), and ``MSDESK_QUIT_AFTER_MS`` quits after a delay.
"""

from __future__ import annotations

import os
import sys
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

if TYPE_CHECKING:
    from PySide6.QtGui import QPaintEvent

PAINTED_QUIT_DELAY_MS = 300  # same delay as the app


def _write_time(path: str) -> None:
    with open(path, "w", encoding="ascii") as f:
        f.write(f"{time.time():.6f}\n")


class BareWindow(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.painted = False
        self.setWindowTitle("bare")
        self.setCentralWidget(QLabel("A bare PySide6 window"))
        self.resize(1100, 720)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.painted:
            return
        self.painted = True
        painted_file = os.environ.get("MSDESK_BENCH_PAINTED_FILE")
        if painted_file:
            _write_time(painted_file)
            QTimer.singleShot(PAINTED_QUIT_DELAY_MS, QApplication.quit)
        ready_file = os.environ.get("MSDESK_BENCH_READY_FILE")
        if ready_file:
            _write_time(ready_file)


def main() -> int:
    app = QApplication(sys.argv)
    window = BareWindow()
    window.show()
    quit_after = os.environ.get("MSDESK_QUIT_AFTER_MS")
    if quit_after:
        QTimer.singleShot(int(quit_after), QApplication.quit)
    code = app.exec()
    del window
    return code


if __name__ == "__main__":
    raise SystemExit(main())
