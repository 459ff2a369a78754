"""Screenshots of Chat, Models and Settings in each language and colour scheme (docs/screenshots/).

    python packaging/screenshots.py                 # all of them, into docs/screenshots/
    python packaging/screenshots.py --out DIR --languages ru --themes dark --sizes 800x600

Each language and scheme runs in a process of its own (the language is chosen
before the first window, as the app does), against the fake ModelScope of the
tests, with a private home and an in-memory keychain. Nothing reaches the
network and nothing of the user's is read.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LANGUAGES = ("en", "zh_CN", "ru")
THEMES = ("light", "dark")
PAGES = ("chat", "models", "settings")
#: The question asked on the Chat page, in the screenshot's language (the fake answers in English).
QUESTIONS = {
    "en": "How do I read a CSV file in Python and sum one column?",
    "zh_CN": "如何用 Python 读取 CSV 文件并对其中一列求和？",
    "ru": "Как прочитать CSV-файл в Python и сложить один столбец?",
}


async def _shoot(app: object, out: Path, language: str, theme: str, sizes: list[tuple[int, int]]) -> list[Path]:
    from benchmarks import chat_stream as bench

    services = await bench.open_services(bench.MODEL)
    window, page = await bench.open_window(services)
    saved = []
    try:
        page.new_conversation()
        await asyncio.sleep(0.3)
        page.send(QUESTIONS[language])
        while page.streaming:
            await asyncio.sleep(0.1)
        for width, height in sizes:
            window.resize(width, height)
            for name in PAGES:
                window.show_page(name)
                await asyncio.sleep(1.0 if name != "chat" else 0.3)
                await bench.qt_settle()
                path = out / f"{name}-{language}-{theme}-{width}x{height}.png"
                window.grab().save(str(path))
                saved.append(path)
            settings = window.page_content("settings")
            settings.show_general()
            await bench.qt_settle()
            path = out / f"general-{language}-{theme}-{width}x{height}.png"
            window.grab().save(str(path))
            saved.append(path)
            settings.show_providers()
    finally:
        await bench.close_window(window, page, services)
    return saved


def one(out: Path, language: str, theme: str, sizes: list[tuple[int, int]], scale: int = 100) -> int:
    """In this process: one language and scheme, every page at every size."""
    import tempfile

    from benchmarks import chat_stream as bench

    with tempfile.TemporaryDirectory(prefix="msdesk-shots-") as home:
        bench.isolate(home)
        from msdesk.core.paths import AppPaths
        from msdesk.core.settings import SETTINGS_VERSION

        paths = AppPaths.default().ensure()
        paths.settings_file.write_text(
            json.dumps({"version": SETTINGS_VERSION,
                        "appearance": {"language": language, "theme": theme, "font_scale": scale}}), encoding="utf-8"
        )
        server = bench.FakeServer()
        try:
            os.environ["MSDESK_API_BASE"] = server.api_base
            os.environ["MSDESK_HUB_BASE"] = server.hub_base
            server.words(160)
            server.rate(0)
            from PySide6.QtWidgets import QApplication

            app = QApplication.instance() or QApplication([sys.argv[0]])
            from msdesk.ui.app import apply_appearance

            apply_appearance()
            tag = theme if scale == 100 else f"{theme}-{scale}"
            for path in bench.run_on_qt(app, _shoot(app, out, language, tag, sizes)):
                print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
        finally:
            server.stop()
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--languages", nargs="+", default=list(LANGUAGES), choices=LANGUAGES)
    parser.add_argument("--themes", nargs="+", default=list(THEMES), choices=THEMES)
    parser.add_argument("--sizes", nargs="+", default=["1280x800"], help="WIDTHxHEIGHT, e.g. 800x600")
    parser.add_argument("--scale", type=int, default=100, help="text size in per cent (Settings → General)")
    parser.add_argument("--one", nargs=2, metavar=("LANGUAGE", "THEME"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    sizes = [tuple(int(x) for x in size.lower().split("x")) for size in args.sizes]
    args.out.mkdir(parents=True, exist_ok=True)
    if args.one:
        return one(args.out.resolve(), args.one[0], args.one[1], sizes, args.scale)  # type: ignore[arg-type]
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH", "")]))
    failed = 0
    for language in args.languages:
        for theme in args.themes:
            command = [sys.executable, str(Path(__file__).resolve()), "--one", language, theme,
                       "--out", str(args.out.resolve()), "--scale", str(args.scale), "--sizes", *args.sizes]
            failed |= subprocess.run(command, cwd=ROOT, env=env).returncode
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
