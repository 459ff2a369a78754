"""``python -m benchmarks.model_list``: figures for the Models page's results list.

- local filter / re-sort of 10,000 loaded rows: median milliseconds per
  keystroke, including the list view's reset and repaint (budget < 20 ms);
- memory for 10,000 rows (the rows, the list model and a shown view) above
  the idle process (budget < 30 MB);
- time from opening the Models page to its first rows, from the bundled
  snapshot, with nothing cached and the network unreachable (budget < 150 ms).

It prints figures; it asserts nothing.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import os
import random
import statistics
import sys
import tempfile
import time

FILTER_BUDGET_MS = 20.0
MEMORY_BUDGET_MB = 30.0
FIRST_ROWS_BUDGET_MS = 150.0
ROWS = 10_000
MB = 1024 * 1024

_TASKS = ("text-generation", "image-text-to-text", "text-to-image-synthesis", "sentence-embedding",
          "automatic-speech-recognition", "translation")
_OWNERS = ("Qwen", "deepseek-ai", "ZhipuAI", "iic", "damo", "MiniMax", "moonshotai", "stepfun-ai",
           "OpenGVLab", "BAAI", "black-forest-labs", "LLM-Research")


def rss_bytes() -> int:
    with open("/proc/self/statm") as handle:
        return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def synthetic_models(count: int = ROWS, seed: int = 7) -> list:
    from msdesk.core.hub import HubModel

    rng = random.Random(seed)
    models = []
    for n in range(count):
        owner = rng.choice(_OWNERS)
        name = f"{rng.choice(('Qwen2.5', 'GLM', 'InternVL', 'bge', 'FLUX', 'DeepSeek'))}-{n}-{rng.choice(('7B', '14B', '72B', 'base', 'Instruct'))}"
        models.append(
            HubModel(
                id=f"{owner}/{name}",
                owner=owner,
                name=name,
                chinese_name=rng.choice(("", "通义千问", "文本生成模型", "多模态对话")),
                tasks=(rng.choice(_TASKS),),
                downloads=rng.randrange(0, 5_000_000),
                likes=rng.randrange(0, 20_000),
                updated=1_600_000_000 + rng.randrange(0, 150_000_000),
                api_inference=rng.random() < 0.3,
            )
        )
    return models


def _view(app, model):
    from PySide6.QtWidgets import QListView

    from msdesk.ui.models.list_model import ModelRowDelegate, PassThroughRows

    view = QListView()
    view.setUniformItemSizes(True)
    view.setModel(PassThroughRows(model, view))  # as the Models page does
    view.setItemDelegate(ModelRowDelegate(view))
    view.resize(700, 800)
    view.show()
    app.processEvents()
    return view


def bench_filter(app) -> dict[str, float]:
    from msdesk.ui.models.list_model import ModelListModel

    model = ModelListModel()
    model.set_models(synthetic_models())
    view = _view(app, model)
    timings: list[float] = []
    for word in ("qwen2.5-7", "instruct", "通义", "deepseek-12", "zz-nothing"):
        for n in range(1, len(word) + 1):  # type it, a key at a time
            start = time.perf_counter()
            model.set_local_filter(word[:n])
            view.viewport().repaint()
            timings.append((time.perf_counter() - start) * 1000)
        for n in range(len(word) - 1, -1, -1):  # and delete it again
            start = time.perf_counter()
            model.set_local_filter(word[:n])
            view.viewport().repaint()
            timings.append((time.perf_counter() - start) * 1000)
    sorts: list[float] = []
    for _ in range(3):
        for key in ("downloads", "likes", "updated", "default"):
            start = time.perf_counter()
            model.sort_by(key)
            view.viewport().repaint()
            sorts.append((time.perf_counter() - start) * 1000)
    view.close()
    return {
        "filter_median_ms": statistics.median(timings),
        "filter_max_ms": max(timings),
        "sort_median_ms": statistics.median(sorts),
    }


def bench_memory(app) -> float:
    from msdesk.ui.models.list_model import ModelListModel

    model = ModelListModel()
    view = _view(app, model)
    gc.collect()
    before = rss_bytes()
    model.set_models(synthetic_models())
    view.scrollToBottom()
    app.processEvents()
    view.scrollToTop()
    app.processEvents()
    gc.collect()
    after = rss_bytes()
    view.close()
    return (after - before) / MB


def bench_first_rows(app) -> float:
    """Open the page with an empty cache and no network: time to painted snapshot rows."""
    from msdesk.core.services import Services
    from msdesk.ui.loop import AppLoop
    from msdesk.ui.models.page import ModelsPage

    result: dict[str, float] = {}

    async def scenario() -> None:
        services = await Services.open()
        try:
            start = time.perf_counter()
            page = ModelsPage(services)
            page.resize(1100, 700)
            page.show()
            while page.list_model.rowCount() == 0:
                app.processEvents()
            page.results.viewport().repaint()
            result["ms"] = (time.perf_counter() - start) * 1000
            page.runner.cancel_all()
            page.hide()
            page.deleteLater()
            await asyncio.sleep(0.05)
        finally:
            await services.aclose()

    with asyncio.Runner(loop_factory=lambda: AppLoop(app)) as runner:
        runner.run(scenario())
    return result["ms"]


def measure() -> dict[str, float]:
    """Every figure, in a fresh home with nothing cached and the network unreachable."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    home = tempfile.mkdtemp(prefix="msdesk-bench-home-")
    os.environ["MSDESK_HOME"] = home  # nothing cached: the snapshot answers first
    os.environ["MSDESK_SECRET_BACKEND"] = "memory"
    os.environ["MSDESK_HUB_BASE"] = "http://127.0.0.1:9"  # unreachable: fails fast
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv)
    figures = {"memory_mb": bench_memory(app)}  # first, before other rows inflate the heap
    figures.update(bench_filter(app))
    figures["first_rows_ms"] = bench_first_rows(app)
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.model_list", description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    figures = measure()
    if args.json:
        print(json.dumps(figures))
        return 0

    def verdict(value: float, budget: float) -> str:
        return "pass" if value < budget else "FAIL"

    rows = [
        (f"local filter, {ROWS:,} rows (median per keystroke)", f"{figures['filter_median_ms']:.2f} ms",
         f"< {FILTER_BUDGET_MS:.0f} ms", verdict(figures["filter_median_ms"], FILTER_BUDGET_MS)),
        (f"local filter, {ROWS:,} rows (worst keystroke)", f"{figures['filter_max_ms']:.2f} ms", "-", "info"),
        (f"re-sort, {ROWS:,} rows (median)", f"{figures['sort_median_ms']:.2f} ms",
         f"< {FILTER_BUDGET_MS:.0f} ms", verdict(figures["sort_median_ms"], FILTER_BUDGET_MS)),
        (f"memory for {ROWS:,} rows (RSS delta)", f"{figures['memory_mb']:.1f} MB",
         f"< {MEMORY_BUDGET_MB:.0f} MB", verdict(figures["memory_mb"], MEMORY_BUDGET_MB)),
        ("page open to first snapshot rows", f"{figures['first_rows_ms']:.1f} ms",
         f"< {FIRST_ROWS_BUDGET_MS:.0f} ms", verdict(figures["first_rows_ms"], FIRST_ROWS_BUDGET_MS)),
    ]
    widths = [max(len(r[i]) for r in rows) for i in range(4)]
    print(f"Models page list: Python {sys.version.split()[0]}, Qt platform {os.environ['QT_QPA_PLATFORM']}")
    for row in rows:
        print("  ".join([row[0].ljust(widths[0])] + [c.rjust(w) for c, w in zip(row[1:], widths[1:], strict=True)]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
