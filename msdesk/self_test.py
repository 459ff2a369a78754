"""``msdesk --self-test``: check that this installation can run, and print one JSON line.

It runs what an installed (or frozen) app needs, without the user's data or
the network: offscreen Qt with the main window and every page built, the
keychain backend, the settings, history and usage stores in a temporary
folder, a Markdown answer with coloured code, one HTTP round trip to a local
server it starts itself, and the environment a program it starts (the browser)
would get: no path into a frozen app's bundle. The line says the version, the
Qt and Python versions, the keychain backend, the pages built and the
milliseconds taken;
the exit code is 0, or 1 with the step that failed named in the line.
"""

from __future__ import annotations

import asyncio
import json
import os
import platform
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from msdesk import __version__


class _StepFailed(Exception):
    def __init__(self, step: str, error: BaseException) -> None:
        super().__init__(step)
        self.step = step
        self.error = error


def run_self_test(out: Callable[[str], Any] = print) -> int:
    """Run every step; print the JSON line; 0 if all passed, else 1."""
    started = time.perf_counter()
    report: dict[str, Any] = {"ok": False, "version": __version__, "python": platform.python_version()}
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        with tempfile.TemporaryDirectory(prefix="msdesk-self-test-", ignore_cleanup_errors=True) as home:
            with _environment(MSDESK_HOME=home):
                report.update(_run(home))
        report["ok"] = True
    except _StepFailed as failed:
        report["failed"] = failed.step
        report["error"] = f"{type(failed.error).__name__}: {failed.error}"
    report["ms"] = round((time.perf_counter() - started) * 1000)
    out(json.dumps(report, sort_keys=True))
    return 0 if report["ok"] else 1


@contextmanager
def _step(name: str) -> Iterator[None]:
    try:
        yield
    except _StepFailed:
        raise
    except BaseException as exc:  # every failure is named, whatever it is
        raise _StepFailed(name, exc) from exc


@contextmanager
def _environment(**values: str) -> Iterator[None]:
    saved = {key: os.environ.get(key) for key in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def _run(home: str) -> dict[str, Any]:
    with _step("qt"):
        from PySide6 import __version__ as pyside_version
        from PySide6.QtCore import qVersion
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance() or QApplication([sys.argv[0], "-platform", os.environ["QT_QPA_PLATFORM"]])
    result: dict[str, Any] = {"qt": qVersion(), "pyside": pyside_version}
    with _step("child environment"):
        result["child_env"] = _child_environment()
    with _step("markdown"):
        result["markdown"] = _render_markdown()
    with _step("translations"):
        result["translations"] = _translations()
    with _step("event loop"):
        from msdesk.ui.loop import AppLoop

        with asyncio.Runner(loop_factory=lambda: AppLoop(app)) as runner:
            result.update(runner.run(_with_services(app)))
    return result


def _child_environment() -> str:
    """Programs the app starts (the browser) get no path into a frozen app's bundle."""
    from msdesk.core.user_env import bundle_dir, user_environment

    bundle = bundle_dir()
    leaked = sorted(name for name, value in user_environment().items() if bundle and bundle in value)
    if leaked:
        raise RuntimeError(f"a started program would get the bundle's paths in {', '.join(leaked)}")
    return "clean"


def _translations() -> str:
    """Each shipped language loads and translates (then back to the language in use)."""
    from msdesk import translations
    from msdesk.core import i18n

    before = i18n.language()
    loaded = []
    try:
        for language, expected in (("zh_CN", "新对话"), ("ru", "Новый чат")):
            if translations.apply(language) != language:
                raise RuntimeError(f"the {language} translation is missing from {translations.qm_dir()}")
            if i18n.translate("ui.chat.conversation_list", "New chat") != expected:
                raise RuntimeError(f"the {language} translation did not translate")
            loaded.append(language)
    finally:
        translations.apply(before)
    return " ".join(loaded)


def _render_markdown() -> str:
    from msdesk.ui.chat.markdown_stream import render_document

    rendered = render_document("An answer with **bold** text.\n\n```python\nprint('hello')\n```\n")
    if "<strong>bold</strong>" not in rendered or "color" not in rendered:
        raise RuntimeError("the answer was not rendered with coloured code")
    return "coloured"


async def _with_services(app: Any) -> dict[str, Any]:
    from msdesk.core.services import Services

    with _step("services"):
        services = await Services.open()
    try:
        with _step("keychain"):
            await services.secrets.labels("modelscope")  # a read: the user's keychain is not written
            info = services.secrets.info
        with _step("stores"):
            services.history.list_conversations()
        with _step("window"):
            pages = await _build_pages(app, services)
        with _step("http"):
            await _round_trip(services)
    finally:
        with _step("closing"):
            await services.aclose()
    return {"keychain": info.name, "keychain_secure": info.secure, "pages": pages, "http": "ok", "stores": "ok"}


async def _build_pages(app: Any, services: Any) -> list[str]:
    from msdesk.ui.main_window import MainWindow, sections
    from msdesk.ui.pages import install_pages

    window = MainWindow(settings=None)
    try:
        await install_pages(window, services)
        built = []
        for section in sections():
            window.show_page(section.key)
            if window.page_content(section.key) is None:
                raise RuntimeError(f"the {section.label} page was not built")
            built.append(section.key)
        window.show()
        app.processEvents()
        await asyncio.sleep(0.05)
        return built
    finally:
        window.hide()
        window.deleteLater()
        await asyncio.sleep(0)


async def _round_trip(services: Any) -> None:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Answer)
    thread = threading.Thread(target=server.serve_forever, name="self-test server", daemon=True)
    thread.start()
    try:
        host, port = server.server_address[:2]
        response = await services.http.current.get(f"http://{host}:{port}/self-test", timeout=10)
        if response.status_code != 200 or response.json() != {"msdesk": "self-test"}:
            raise RuntimeError(f"the local server answered {response.status_code}")
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


class _Answer(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        body = b'{"msdesk": "self-test"}'
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass
