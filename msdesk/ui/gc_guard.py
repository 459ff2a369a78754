"""Collect garbage on the GUI thread only.

Python's cyclic garbage collector runs in whichever thread happens to
allocate when a threshold is crossed: a keychain worker, an HTTP helper
thread. If a collected cycle holds a Qt object (a timer, a widget), its C++
destructor then runs off the GUI thread, which Qt does not survive. So the
automatic collector is switched off and a timer on the GUI thread collects
instead, generation by generation, as the thresholds would have.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.collect)

    def start(self) -> None:
        gc.disable()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        gc.enable()

    def collect(self) -> None:
        collect_due()


def collect_due(at_least: int | None = None) -> int | None:
    """Collect the oldest generation whose count is past its threshold, as the
    automatic collector would; with ``at_least``, that generation or an older one.

    Returns the generation collected, or ``None`` when nothing was due.
    """
    counts = gc.get_count()
    thresholds = gc.get_threshold()
    for generation in (2, 1, 0):
        if counts[generation] > thresholds[generation] > 0:
            break
    else:
        generation = -1
    if at_least is not None:
        generation = max(generation, at_least)
    if generation < 0:
        return None
    gc.collect(generation)
    return generation
