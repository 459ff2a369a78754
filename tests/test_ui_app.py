"""The desktop shell: main window, crash reports, start-up and shut-down.

Real widgets on the offscreen Qt platform. pytest-qt has no asyncio support,
so ``run_qasync`` below runs a coroutine on a qasync loop over pytest-qt's
QApplication, the way ``msdesk.ui.app`` does.
"""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication, QShortcut
from PySide6.QtWidgets import QLabel, QStackedWidget, QToolButton

from msdesk import __version__
from msdesk.ui.app import amain
from msdesk.ui.crash import CrashHandler, format_report
from msdesk.ui.loop import AppLoop
from msdesk.ui.main_window import MainWindow
from tests.conftest import until

ROOT = Path(__file__).resolve().parents[1]
TOKEN = "ms-12345678-aaaa-bbbb-cccc-1234567890ab"  # shaped like a token, not a real one

# The offscreen platform plugin warns about window-manager calls it cannot honour.
pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise)\(\)"
)


@pytest.fixture
def run_qasync(qapp):
    """Run a coroutine to completion on a fresh qasync loop over ``qapp``."""

    def run(coro):
        with asyncio.Runner(loop_factory=lambda: AppLoop(qapp)) as runner:
            return runner.run(coro)

    return run


@pytest.fixture
def window(qtbot) -> MainWindow:
    win = MainWindow(version=__version__)
    qtbot.addWidget(win)
    return win


class FakeServices:
    def __init__(self, warnings: list[str] | None = None, close_delay: float = 0.0) -> None:
        self.warnings = list(warnings or [])
        self.close_delay = close_delay
        self.closed = False

    async def aclose(self) -> None:
        await asyncio.sleep(self.close_delay)  # proves amain awaits it on the loop
        self.closed = True


# -- main window ---------------------------------------------------------------


def test_nav_buttons_switch_pages(window: MainWindow, qtbot) -> None:
    stack = window.findChild(QStackedWidget, "pages")
    names = {"navChat": "pageChat", "navModels": "pageModels", "navSettings": "pageSettings"}
    buttons = {name: window.findChild(QToolButton, name) for name in names}
    assert all(buttons.values()), buttons
    assert {b.accessibleName() for b in buttons.values()} == {"Chat", "Models", "Settings"}
    assert all(b.isCheckable() for b in buttons.values())

    assert window.current_page() == "chat"
    assert buttons["navChat"].isChecked()
    for name, page in names.items():
        qtbot.mouseClick(buttons[name], Qt.MouseButton.LeftButton)
        assert stack.currentWidget().objectName() == page
        assert [n for n, b in buttons.items() if b.isChecked()] == [name]


def test_pages_say_what_will_be_there(window: MainWindow) -> None:
    assert window.windowTitle() == "msdesk"
    expected = {"chat": "API-Inference", "models": "model library", "settings": "token"}
    for key, words in expected.items():
        page = window.page(key)
        assert page.objectName() == f"page{key.capitalize()}"
        text = " ".join(label.text() for label in page.findChildren(QLabel))
        assert words in text
        assert "Coming here" in text


def test_each_page_is_built_on_its_first_visit(window: MainWindow, qtbot) -> None:
    stack = window.findChild(QStackedWidget, "pages")
    keys = ["chat", "models", "settings"]

    def built() -> list[str]:
        return [key for i, key in enumerate(keys) if stack.widget(i).findChildren(QLabel)]

    assert built() == ["chat"]
    with qtbot.waitSignal(window.firstPainted, timeout=5000):
        window.show()
    qtbot.waitUntil(lambda: _first_paint_work_done(window))
    assert built() == ["chat"]  # the first paint and what follows it build no other page
    window.nav_button("settings").click()
    assert built() == ["chat", "settings"]
    assert stack.currentIndex() == keys.index("settings")


def _first_paint_work_done(window: MainWindow) -> bool:
    """The rail's icons and shortcuts come right after the first paint."""
    return window.findChildren(QShortcut) != []


def test_page_and_geometry_are_remembered(tmp_path: Path, qtbot) -> None:
    path = str(tmp_path / "window.ini")
    first = MainWindow(QSettings(path, QSettings.Format.IniFormat))
    qtbot.addWidget(first)
    first.resize(760, 520)  # inside the offscreen screen (800x600)
    with qtbot.waitSignal(first.pageChanged) as changed:
        first.nav_button("models").click()
    assert changed.args == ["models"]
    first.close()

    second = MainWindow(QSettings(path, QSettings.Format.IniFormat))
    qtbot.addWidget(second)
    assert second.current_page() == "models"
    assert (second.width(), second.height()) == (760, 520)


def test_first_paint_then_icons_and_shortcuts(window: MainWindow, qtbot) -> None:
    with qtbot.waitSignal(window.firstPainted, timeout=5000):
        window.show()
    assert window.has_painted
    # Ctrl+1 to Ctrl+3 for the pages, Ctrl+, for Settings, F1 for the keyboard shortcuts.
    qtbot.waitUntil(lambda: len(window.findChildren(QShortcut)) == 5)
    assert window.nav_button("chat").cursor().shape() == Qt.CursorShape.PointingHandCursor


def test_a_first_window_fits_a_small_screen(window: MainWindow) -> None:
    area = window.screen().availableGeometry()  # the offscreen screen: 800 x 800
    assert area.width() < 1100
    assert (window.width(), window.height()) == (min(1100, area.width()), min(720, area.height()))


def test_warnings_show_in_a_banner_and_the_status_bar(window: MainWindow) -> None:
    assert window.banner_text() == ""
    window.show_warnings(["Settings were corrupt; kept aside", "No keychain"])
    assert "Settings were corrupt" in window.banner_text()
    assert "No keychain" in window.banner_text()
    assert window.status_text() == "Started with 2 warnings"


def test_a_long_status_line_ends_in_an_ellipsis_with_the_whole_line_in_its_tooltip(window: MainWindow, qtbot):
    from PySide6.QtWidgets import QLabel

    quota = QLabel("1997 / 2000 · model 497 / 500")  # a permanent item on the right, like the quota
    window.statusBar().addPermanentWidget(quota)
    window.resize(800, 600)
    window.show()
    qtbot.waitExposed(window)
    long = ("Every token of ModelScope is spent for today; the fallback provider is off. "
            "Add a backup token in Settings, or wait for 00:00 UTC+8.")
    window.set_status(long, 300)
    bar = window.statusBar()
    shown = bar.currentMessage()
    assert shown.endswith("…") and long.startswith(shown[:-1]) and bar.toolTip() == long
    assert bar.fontMetrics().horizontalAdvance(shown) < quota.geometry().left()  # beside the item
    window.resize(1900, 600)  # room for it all: the whole line, no tooltip needed
    qtbot.waitUntil(lambda: bar.currentMessage() == long)
    assert window.status_text() == long and bar.toolTip() == ""
    qtbot.waitUntil(lambda: window.status_text() == "" and bar.currentMessage() == "", timeout=2000)


# -- crash reports ---------------------------------------------------------------


def _raise_with_token() -> tuple[type[BaseException], BaseException, object]:
    try:
        raise ValueError(f"request failed with Authorization: Bearer {TOKEN}")
    except ValueError as err:
        return type(err), err, err.__traceback__


def test_crash_report_is_redacted_and_says_where_it_ran() -> None:
    exc_type, exc, tb = _raise_with_token()
    report = format_report(exc_type, exc, tb, where="test", extra=[f"token={TOKEN}"])
    assert TOKEN not in report
    assert "12345678-aaaa" not in report
    assert "***" in report
    assert f"msdesk {__version__}" in report
    assert "Platform:" in report and "Qt " in report
    assert "ValueError" in report and "_raise_with_token" in report
    home = os.path.expanduser("~")
    if len(home) > 1:
        assert home not in report


def test_excepthook_logs_and_shows_a_copyable_dialog(qtbot, caplog) -> None:
    handler = CrashHandler()
    handler.install()
    try:
        assert sys.excepthook == handler._sys_hook
        sys.excepthook(*_raise_with_token())
        qtbot.waitUntil(lambda: handler.dialog is not None and handler.dialog.isVisible())
        dialog = handler.dialog
        qtbot.addWidget(dialog)
        assert not dialog.isModal()
        text = dialog.report_text()
        assert "ValueError" in text and TOKEN not in text
        dialog.copy_report()
        assert QGuiApplication.clipboard().text() == text
        assert "Unhandled error" in caplog.text and TOKEN not in caplog.text
    finally:
        handler.dispose()
    assert sys.excepthook != handler._sys_hook


def test_errors_in_threads_reach_the_dialog(qtbot) -> None:
    handler = CrashHandler()
    handler.install()
    try:

        def boom() -> None:
            raise RuntimeError(f"worker saw {TOKEN}")

        worker = threading.Thread(target=boom, name="worker")
        worker.start()
        worker.join()
        qtbot.waitUntil(lambda: handler.dialog is not None and handler.dialog.isVisible())
        qtbot.addWidget(handler.dialog)
        text = handler.dialog.report_text()
        assert "thread worker" in text and "RuntimeError" in text and TOKEN not in text
    finally:
        handler.dispose()


def test_loop_errors_are_reported_and_the_loop_keeps_running(qtbot, run_qasync) -> None:
    handler = CrashHandler()

    def failing_callback() -> None:
        raise KeyError(TOKEN)

    async def scenario() -> str:
        handler.install_loop(asyncio.get_running_loop())
        asyncio.get_running_loop().call_soon(failing_callback)
        await until(lambda: handler.dialog is not None)  # reported, and the loop went on
        return "still running"

    try:
        assert run_qasync(scenario()) == "still running"
        qtbot.waitUntil(lambda: handler.dialog is not None and handler.dialog.isVisible())
        qtbot.addWidget(handler.dialog)
        text = handler.dialog.report_text()
        assert "asyncio loop" in text and "KeyError" in text and TOKEN not in text
    finally:
        handler.dispose()


# -- start-up and shut-down (in process, with injected services) -------------------


def test_services_open_after_first_paint_and_close_before_the_loop_stops(
    qapp, window: MainWindow, run_qasync
) -> None:
    events: list[str] = []
    services = FakeServices(["Settings file was corrupt; kept aside as settings.json.bad"], 0.05)
    window.firstPainted.connect(lambda: events.append("painted"))

    async def open_services() -> FakeServices:
        events.append("opened")
        return services

    code = run_qasync(amain(qapp, window, services_factory=open_services, quit_after_paint_ms=200))
    assert code == 0
    assert events == ["painted", "opened"]
    assert services.closed
    assert "corrupt" in window.banner_text()
    assert not window.isVisible()


def test_closing_the_window_quits_and_closes_services(qapp, window: MainWindow, run_qasync) -> None:
    services = FakeServices(close_delay=0.05)

    async def open_services() -> FakeServices:
        asyncio.get_running_loop().call_later(0.1, window.close)
        return services

    assert run_qasync(amain(qapp, window, services_factory=open_services)) == 0
    assert services.closed
    assert not window.isVisible()


def test_application_quit_becomes_an_orderly_shutdown(qapp, window: MainWindow, run_qasync) -> None:
    services = FakeServices(close_delay=0.05)

    async def open_services() -> FakeServices:
        asyncio.get_running_loop().call_later(0.1, qapp.quit)
        return services

    assert run_qasync(amain(qapp, window, services_factory=open_services)) == 0
    assert services.closed
    assert not window.isVisible()


def test_quit_while_services_are_opening_still_closes_them(
    qapp, window: MainWindow, run_qasync
) -> None:
    services = FakeServices()
    opening_when_quit_began = []

    async def slow_open() -> FakeServices:
        await until(lambda: window.close_requested or not window.isVisible())  # quitting began
        opening_when_quit_began.append(True)
        return services

    assert run_qasync(amain(qapp, window, services_factory=slow_open, quit_after_ms=50)) == 0
    assert opening_when_quit_began and services.closed


def test_window_closed_before_the_loop_started_quits_without_opening(
    qapp, window: MainWindow, run_qasync
) -> None:
    window.show()
    window.close()
    opened = []

    async def open_services() -> FakeServices:
        opened.append(True)
        return FakeServices()

    assert run_qasync(amain(qapp, window, services_factory=open_services)) == 0
    assert opened == []
    assert not window.isVisible()


def test_services_failing_to_open_is_shown_not_fatal(
    qapp, window: MainWindow, run_qasync, qtbot
) -> None:
    handler = CrashHandler()

    async def broken_open() -> FakeServices:
        raise OSError(f"cannot read settings near {TOKEN}")

    try:
        code = run_qasync(
            amain(
                qapp, window, crash=handler, services_factory=broken_open, quit_after_paint_ms=100
            )
        )
        assert code == 0
        assert "could not start its services" in window.banner_text()
        assert TOKEN not in window.banner_text()
        qtbot.waitUntil(lambda: handler.dialog is not None and handler.dialog.isVisible())
        qtbot.addWidget(handler.dialog)
        assert TOKEN not in handler.dialog.report_text()
    finally:
        handler.dispose()


# -- the real thing, in a subprocess ----------------------------------------------------


def _app_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        MSDESK_HOME=str(tmp_path / "home"),
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH", "")])),
    )
    env.update(extra)
    return env


def test_start_up_paints_its_icons_while_asyncio_is_imported_without_crashing(tmp_path: Path) -> None:
    """The icons are drawn after the first paint, while a worker thread imports asyncio:
    once that thread also took names from PySide6's Qt namespace, which PySide6 builds
    lazily, about two starts in five ended in a crash. Quick starts, several times."""
    for run in range(6):
        proc = subprocess.run(
            [sys.executable, "-m", "msdesk", "gui"],  # as the installed command starts it
            env=_app_env(tmp_path / str(run), MSDESK_BENCH="quit_after_ms=200"),
            cwd=ROOT, capture_output=True, text=True, timeout=60,
        )
        assert proc.returncode == 0 and "Traceback" not in proc.stderr, (run, proc.returncode, proc.stderr)


_FIRST_FRAME = """
import sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from msdesk.ui import app as app_module
app_module.apply_appearance()
from msdesk.ui.main_window import MainWindow
window = MainWindow(settings=app_module.window_settings(), version="0")
window.show()
while not window.has_painted:
    app.processEvents()
print(" ".join(sorted(set(sys.argv[1:]) & set(sys.modules))))
"""


def test_the_first_frame_is_painted_before_the_heavy_modules_are_imported(tmp_path: Path) -> None:
    """The start-up path to the first paint imports what the window needs and nothing else:
    not the loop, the network, the keychain, the database, nor the dataclasses module that
    the settings proper use (the folders and the appearance are plain classes for it)."""
    heavy = ["asyncio", "httpx", "keyring", "sqlite3", "dataclasses", "json"]
    proc = subprocess.run(
        [sys.executable, "-c", _FIRST_FRAME, *heavy],
        env=_app_env(tmp_path), cwd=ROOT, capture_output=True, text=True, timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split() == []


def test_app_starts_and_quits_cleanly(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "msdesk.ui.app"],
        env=_app_env(tmp_path, MSDESK_BENCH="quit_after_ms=1500"),
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr, proc.stderr
    assert (tmp_path / "home" / "config" / "window.ini").is_file()


def test_the_benchmark_hook_writes_paint_answering_and_ready_times(tmp_path: Path) -> None:
    times = tmp_path / "times"
    times.mkdir()
    proc = subprocess.run(
        [sys.executable, "-m", "msdesk.ui.app"],
        env=_app_env(tmp_path, MSDESK_BENCH=f"times={times},quit_after_ms=300"),
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr, proc.stderr
    painted_at, answering_at, ready_at = (
        float((times / name).read_text()) for name in ("painted", "answering", "ready")
    )
    assert painted_at <= answering_at <= ready_at


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_sigterm_quits_cleanly_after_closing_services(tmp_path: Path) -> None:
    ready = tmp_path / "ready"
    proc = subprocess.Popen(
        [sys.executable, "-m", "msdesk.ui.app"],
        env=_app_env(tmp_path, MSDESK_BENCH=f"times={tmp_path}"),
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 30
        while not ready.exists() and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert ready.exists(), "the app never opened its services"
        proc.send_signal(signal.SIGTERM)
        _, stderr = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == 0, stderr
    assert "Traceback" not in stderr, stderr


def test_the_benchmark_hook_reads_its_keys_and_ignores_what_it_does_not_know(tmp_path: Path) -> None:
    from msdesk.ui.app import BenchHooks

    hooks = BenchHooks.from_env({"MSDESK_BENCH": f" times={tmp_path} , quit_after_ms=250 "})
    assert (hooks.times, hooks.quit_after_ms) == (tmp_path, 250)
    hooks.mark("painted")
    assert float((tmp_path / "painted").read_text()) > 0
    unset = BenchHooks.from_env({})
    assert (unset.times, unset.quit_after_ms) == (None, None)
    unset.mark("painted")  # asked for nothing: writes nothing
    odd = BenchHooks.from_env({"MSDESK_BENCH": "quit_after_ms=soon,colour=blue"})
    assert (odd.times, odd.quit_after_ms) == (None, None)
