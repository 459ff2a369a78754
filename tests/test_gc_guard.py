"""Garbage is collected on the GUI thread, never from a worker thread."""

from __future__ import annotations

import gc
import threading

from msdesk.ui.gc_guard import GuiThreadCollector, collect_due


def test_the_collector_turns_off_automatic_collection_and_collects_on_its_timer(qapp, qtbot):
    was_enabled = gc.isenabled()
    collector = GuiThreadCollector()
    collector.start()
    try:
        assert not gc.isenabled()
        collected_in = []

        class Cycle:
            def __del__(self):
                collected_in.append(threading.current_thread().name)

        for _ in range(gc.get_threshold()[0] + 10):
            node = Cycle()
            node.me = node
        del node
        worker = threading.Thread(target=lambda: [object() for _ in range(10_000)], name="worker")
        worker.start()
        worker.join()
        with qtbot.waitSignal(collector._timer.timeout, timeout=5000):
            pass  # the collector's next turn (every 500 ms) collects the cycles
        assert set(collected_in) == {threading.current_thread().name}
    finally:
        collector.stop()
        if not was_enabled:
            gc.disable()


def test_collect_due_collects_the_generation_past_its_threshold_or_the_one_asked_for():
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        gc.collect()
        assert collect_due() is None  # nothing past a threshold right after a full collection
        young = gc.get_count()[0]
        assert collect_due(at_least=1) == 1
        assert gc.get_count()[0] <= young

        freed = []

        class Cycle:
            def __del__(self):
                freed.append(1)

        made = gc.get_threshold()[0] + 10
        for _ in range(made):
            node = Cycle()
            node.me = node
        del node
        assert collect_due() == 0
        assert len(freed) == made
    finally:
        if was_enabled:
            gc.enable()
