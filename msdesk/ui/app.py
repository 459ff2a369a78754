"""Start the desktop app.

Start-up order, fastest path to a painted window first:

1. QApplication, crash hooks and the main window are created and shown, and
   Qt's own loop runs until the window has painted. Neither asyncio and qasync
   nor ``msdesk.core.services`` (httpx, keyring) is imported yet. After the
   paint a worker thread imports asyncio and qasync while Qt's loop keeps
   turning: the window answers input at once.
2. One loop runs asyncio on the Qt event loop (``asyncio.Runner`` with the
   :class:`~msdesk.ui.loop.AppLoop` factory, qasync's loop with asyncio's
   habits) and runs :func:`amain`.
3. amain opens the services inside the running loop; their start-up warnings
   go to a banner and the status bar.
4. Closing the window (or SIGINT/SIGTERM) resolves a quit future; the
   services are closed, awaited, before the loop stops.

One environment variable serves benchmarks and smoke tests, read in one place
(:class:`BenchHooks`); the app reads no other hook:

``MSDESK_BENCH``
    Comma-separated ``key=value`` pairs:

    ``times=<folder>``
        Write ``time.time()`` to a file in that folder at each start-up
        milestone: ``painted`` (the main window's first paint), ``answering``
        (the event loop's first turn after it: the window answers input) and
        ``ready`` (the services are open).
    ``quit_after_ms=<n>``
        Quit that many milliseconds after the window has painted.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Awaitable, Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from msdesk.core.i18n import translate

if TYPE_CHECKING:
    import asyncio

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from msdesk.ui.crash import CrashHandler
    from msdesk.ui.main_window import MainWindow

BENCH_ENV = "MSDESK_BENCH"
DESKTOP_ID = "io.github.msdesk.msdesk"  # resources/<DESKTOP_ID>.desktop and .metainfo.xml
FIRST_PAINT_WAIT_MS = 1000  # a window that is never exposed must not hold up the services
OPEN_WAIT_ON_QUIT_S = 5.0  # how long quitting waits for services still opening
CLOSE_TIMEOUT_S = 10.0


class ServicesLike(Protocol):
    warnings: list[str]

    async def aclose(self) -> None: ...


ServicesFactory = Callable[[], Awaitable[ServicesLike]]


async def open_services() -> ServicesLike:
    """Open the real service container; imported here, after the first paint."""
    await import_off_thread("msdesk.core.services")
    from msdesk.core.services import Services

    return await Services.open()


async def import_off_thread(module: str) -> None:
    """Import a module in a worker thread, so the window keeps answering.

    Importing httpx and keyring takes a noticeable fraction of a second; done
    here, the GUI thread still gets its turns while it runs.
    """
    import asyncio
    import importlib
    import threading

    loop = asyncio.get_running_loop()
    done: asyncio.Future[None] = loop.create_future()

    def settle(error: BaseException | None) -> None:
        if done.done():
            return
        if error is None:
            done.set_result(None)
        else:
            done.set_exception(error)

    def work() -> None:
        error: BaseException | None = None
        try:
            importlib.import_module(module)
        except BaseException as exc:  # handed to the awaiting coroutine
            error = exc
        try:
            loop.call_soon_threadsafe(settle, error)
        except RuntimeError:
            pass  # the loop has closed: nobody waits any more

    threading.Thread(target=work, name=f"import {module}", daemon=True).start()
    await done


def _log() -> Any:
    import logging

    return logging.getLogger("msdesk.ui.app")


class BenchHooks:
    """What ``MSDESK_BENCH`` asks for (see the module's docstring); nothing when it is unset."""

    __slots__ = ("quit_after_ms", "times")

    def __init__(self, times: Path | None = None, quit_after_ms: int | None = None) -> None:
        self.times = times
        self.quit_after_ms = quit_after_ms

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> BenchHooks:
        value = (os.environ if environ is None else environ).get(BENCH_ENV, "").strip()
        hooks = cls()
        for part in filter(None, (p.strip() for p in value.split(","))):
            key, _, setting = part.partition("=")
            key, setting = key.strip(), setting.strip()
            if key == "times" and setting:
                hooks.times = Path(setting)
            elif key == "quit_after_ms" and setting.isdigit():
                hooks.quit_after_ms = int(setting)
            else:
                log = _log()
                log.warning("ignoring %r in %s", part, BENCH_ENV)
        return hooks

    def mark(self, milestone: str) -> None:
        """Write the time of ``milestone`` ("painted", "answering", "ready"), if asked to."""
        if self.times is None:
            return
        try:
            (self.times / milestone).write_text(f"{time.time():.6f}\n", encoding="ascii")
        except OSError as err:
            log = _log()
            log.warning("could not write the %s time: %s", milestone, err)


def window_settings() -> QSettings:
    """Where the window keeps its geometry and last page.

    Under ``MSDESK_HOME`` next to the other config files, so tests and
    portable use never touch the user's own settings.
    """
    from PySide6.QtCore import QSettings

    home = os.environ.get("MSDESK_HOME")
    if home:
        from msdesk.core.paths import AppPaths

        path = AppPaths.under(Path(home).expanduser()).config_dir / "window.ini"
        return QSettings(str(path), QSettings.Format.IniFormat)
    return QSettings()


def _setup_logging() -> None:
    import logging

    from msdesk.core.logs import setup_logging
    from msdesk.core.paths import AppPaths

    try:
        setup_logging(AppPaths.default(), stderr_level=logging.WARNING)
    except OSError as err:  # an unwritable log folder must not stop the app
        log = _log()
        log.warning("could not open the log file: %s", err)


def _add_signal_handlers(
    loop: asyncio.AbstractEventLoop, callback: Callable[[], None]
) -> list[int]:
    import signal

    added = []
    for sig in (signal.SIGINT, signal.SIGTERM):
        try:
            loop.add_signal_handler(sig, callback)
        except (NotImplementedError, RuntimeError, ValueError):
            continue  # not on this platform or not the main thread
        added.append(sig)
    return added


async def amain(
    app: QApplication,
    window: MainWindow,
    *,
    crash: CrashHandler | None = None,
    services_factory: ServicesFactory | None = None,
    quit_after_ms: int | None = None,
    quit_after_paint_ms: int | None = None,
    on_ready: Callable[[], None] | None = None,
    handle_signals: bool = False,
    setup_logs: bool = False,
) -> int:
    """Run the app inside the running qasync loop until it is asked to quit."""
    import asyncio

    return await _amain(
        app, window, asyncio.get_running_loop(), crash=crash, services_factory=services_factory,
        quit_after_ms=quit_after_ms, quit_after_paint_ms=quit_after_paint_ms,
        on_ready=on_ready, handle_signals=handle_signals, setup_logs=setup_logs,
    )


async def _amain(
    app: QApplication,
    window: MainWindow,
    loop: asyncio.AbstractEventLoop,
    *,
    crash: CrashHandler | None,
    services_factory: ServicesFactory | None,
    quit_after_ms: int | None,
    quit_after_paint_ms: int | None,
    on_ready: Callable[[], None] | None,
    handle_signals: bool,
    setup_logs: bool,
) -> int:
    import asyncio

    if crash is not None:
        crash.install_loop(loop)
    quit_requested: asyncio.Future[None] = loop.create_future()
    painted: asyncio.Future[None] = loop.create_future()

    def request_quit() -> None:
        if not quit_requested.done():
            quit_requested.set_result(None)

    def on_first_paint() -> None:
        if quit_after_paint_ms is not None:
            loop.call_later(quit_after_paint_ms / 1000, request_quit)
        if not painted.done():
            painted.set_result(None)

    # Closing the window, or QApplication.quit(), must resolve quit_requested,
    # not end Qt's loop under this coroutine: the services still have to be
    # closed on it.
    quit_on_last_window = app.quitOnLastWindowClosed()
    app.setQuitOnLastWindowClosed(False)
    window.defer_close(True)
    window.closing.connect(request_quit)
    window.firstPainted.connect(on_first_paint)
    app.aboutToQuit.connect(request_quit)
    signals: list[int] = []
    services: ServicesLike | None = None
    opening: asyncio.Task[ServicesLike] | None = None
    try:
        if handle_signals:
            signals = _add_signal_handlers(loop, request_quit)
        if quit_after_ms is not None:
            loop.call_later(quit_after_ms / 1000, request_quit)
        if window.close_requested:  # closed while main() waited for the first paint
            request_quit()
        else:
            window.show()  # main() has shown and painted it already; tests may not have
        if window.has_painted:
            on_first_paint()

        await asyncio.wait({painted, quit_requested}, return_when=asyncio.FIRST_COMPLETED)
        if setup_logs:
            _setup_logging()
        if not quit_requested.done():
            window.set_status(translate("ui.app", "Starting…"))
            opening = asyncio.create_task(
                (services_factory or open_services)(), name="msdesk-open-services"
            )
            await asyncio.wait({opening, quit_requested}, return_when=asyncio.FIRST_COMPLETED)
            if opening.done():
                services = _opened(window, opening, crash)
                from msdesk.ui.widgets.links import install_url_handler

                # Once the window answers and the services are open (importing it takes about
                # 20 ms; the pages with links come next): links open in the browser with the
                # user's environment, not the app's.
                install_url_handler()
                if services is not None:
                    from msdesk.ui.pages import install_pages

                    await install_pages(window, services)
                if services is not None and on_ready is not None:
                    on_ready()
            await quit_requested
    finally:
        window.closing.disconnect(request_quit)
        window.firstPainted.disconnect(on_first_paint)
        app.aboutToQuit.disconnect(request_quit)
        for sig in signals:
            loop.remove_signal_handler(sig)
        window.defer_close(False)
        if window.isVisible():
            window.close_without_asking()  # saves geometry; hide before the slower clean-up
        if services is None and opening is not None:
            services = await _finish_opening(opening)
            if services is not None and on_ready is not None:
                on_ready()  # opened while quitting (a slow machine): still when it opened
        await _cancel_pending_tasks()
        if services is not None:
            await _close_services(services)
        app.setQuitOnLastWindowClosed(quit_on_last_window)
    return 0


def _opened(
    window: MainWindow, opening: asyncio.Task[ServicesLike], crash: CrashHandler | None
) -> ServicesLike | None:
    """Show what opening the services gave: warnings, or the error."""
    from msdesk.core.redact import redact

    try:
        services = opening.result()
    except Exception as err:
        window.show_warnings(
            [translate("ui.app", "msdesk could not start its services: {error}").format(
                error=redact(str(err)) or type(err).__name__)]
        )
        window.set_status(translate("ui.app", "Services unavailable"))
        if crash is not None:
            crash.handle(type(err), err, err.__traceback__, where="opening services")
        else:
            _log().error("opening services failed: %s", redact(repr(err)))
        return None
    from msdesk.ui.memory import forget_source_lines

    forget_source_lines()  # the sources the services' imports left behind (see memory.py)
    # The keychain warning is shown where tokens are added (Settings), not twice.
    keychain = getattr(services, "keychain_warning", "")
    warnings = [w for w in (getattr(services, "warnings", []) or []) if w != keychain]
    if warnings:
        window.show_warnings(redact(w) for w in warnings)
    else:
        window.set_status(translate("ui.app", "Ready"), 4000)
    return services


async def _finish_opening(opening: asyncio.Task[ServicesLike]) -> ServicesLike | None:
    """Quit came while the services were opening: wait a little, then give up."""
    import asyncio

    try:
        async with asyncio.timeout(OPEN_WAIT_ON_QUIT_S):
            return await asyncio.shield(opening)
    except TimeoutError:
        opening.cancel()
        await asyncio.gather(opening, return_exceptions=True)
    except asyncio.CancelledError:
        raise
    except Exception:
        pass  # already reported by _opened, or never shown because we were quitting
    return None


async def _cancel_pending_tasks(timeout: float = 3.0) -> None:
    """Cancel the windows' background work (streams, checks) and wait for it to end.

    Runs before the services close, so no task uses a closed HTTP client or
    keychain, and no stream is left for the garbage collector.
    """
    from msdesk.ui.async_task import cancel_background_tasks

    await cancel_background_tasks(timeout)


async def _close_services(services: ServicesLike) -> None:
    import asyncio

    from msdesk.core.redact import redact

    try:
        async with asyncio.timeout(CLOSE_TIMEOUT_S):
            await services.aclose()
    except Exception as err:
        _log().error("closing services failed: %s", redact(repr(err)))


def main(argv: list[str] | None = None) -> int:
    """Start the desktop app; ``argv`` excludes the program name."""
    args = sys.argv[1:] if argv is None else list(argv)
    from msdesk.core.paths import AppPaths
    from msdesk.ui.single_instance import InstanceLock, ask_first_to_raise

    # One app per history: a second start brings the first window forward and quits
    # (taking the lock costs well under a millisecond; a stale one is taken over).
    lock = InstanceLock(AppPaths.default().data_dir)
    try:
        held = lock.acquire()
    except OSError:
        held = True  # an unusable folder: the services say so in the window
    if not held:
        apply_appearance()  # the messages below in the user's language
        if ask_first_to_raise(lock.address_file):
            print(translate("ui.app", "msdesk is already running: its window was brought forward."), file=sys.stderr)
            return 0
        print(
            translate("ui.app", "msdesk is already running (process {pid}) but does not answer: "
                      "close it, or end that process, and start again.").format(pid=lock.holder_pid()),
            file=sys.stderr,
        )
        return 1
    try:
        return _main(args)
    finally:
        lock.release()
        _restart_if_requested()


def _restart_if_requested() -> None:
    """Settings → General's "Restart now": the same program again, once this one is closed."""
    restart = sys.modules.get("msdesk.ui.restart")  # imported only by a restart request
    if restart is None or not restart.requested():
        return
    restart.clear()
    try:
        restart.start_again()
    except OSError as err:
        _log().error("could not start msdesk again: %s", err)


def _main(args: list[str]) -> int:
    from PySide6.QtWidgets import QApplication

    from msdesk import __version__

    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "msdesk", *args])
    app.setApplicationName("msdesk")
    app.setOrganizationName("msdesk")
    app.setApplicationVersion(__version__)
    # The desktop entry's name: Wayland matches the window to it (its app ID); on X11 the
    # entry's StartupWMClass matches the window class, the application name.
    app.setDesktopFileName(DESKTOP_ID)
    app.setQuitOnLastWindowClosed(False)  # amain decides when to quit (see there)
    apply_appearance()

    from msdesk.ui.crash import CrashHandler

    crash = CrashHandler()
    crash.install()
    from msdesk.ui.gc_guard import GuiThreadCollector

    collector = GuiThreadCollector(app)
    collector.start()
    try:
        from msdesk.ui.main_window import MainWindow

        window = MainWindow(settings=window_settings(), version=__version__)
        window.defer_close(True)  # a close before amain runs is seen there
        bench = BenchHooks.from_env()
        if bench.times is not None:
            _mark_start_up(window, bench)
        window.show()
        _wait_for_first_paint(window, FIRST_PAINT_WAIT_MS)
        listener = _listen_for_second_starts(window)
        try:
            code = _run(
                app,
                window,
                crash=crash,
                quit_after_paint_ms=bench.quit_after_ms,
                on_ready=lambda: bench.mark("ready"),
                handle_signals=True,
                setup_logs=True,
            )
        finally:
            listener.stop()
        del window
    finally:
        crash.dispose()
        collector.stop()
    return code


def apply_appearance() -> None:
    """Settings → General (language, theme and text size) before the first paint."""
    from msdesk import translations
    from msdesk.core.appearance import read_appearance
    from msdesk.core.paths import AppPaths
    from msdesk.ui import theme

    appearance = read_appearance(AppPaths.default().settings_file)
    translations.apply(appearance.language)
    theme.apply(appearance.theme, appearance.font_scale)


def _listen_for_second_starts(window: MainWindow) -> Any:
    """After the first paint: a second start's request brings this window forward."""
    from msdesk.core.paths import AppPaths
    from msdesk.ui.single_instance import ADDRESS_NAME, RaiseListener, WindowRaiser

    raiser = WindowRaiser(window)
    listener = RaiseListener(AppPaths.default().data_dir / ADDRESS_NAME, raiser.request)
    listener.raiser = raiser  # type: ignore[attr-defined]  # kept alive with the listener
    listener.start()
    return listener


def _mark_start_up(window: MainWindow, bench: BenchHooks) -> None:
    """The times of the first paint and of the event loop's next turn (input is answered)."""
    from PySide6.QtCore import QTimer

    def painted() -> None:
        bench.mark("painted")
        QTimer.singleShot(0, lambda: bench.mark("answering"))

    window.firstPainted.connect(painted)


def _set_app_icon(app: QApplication) -> None:
    """The window and task-bar icon, loaded after the first paint (SVG loading is not free)."""
    from PySide6.QtGui import QIcon

    from msdesk.core.bundled import resources_dir

    try:
        path = resources_dir() / "icons" / "msdesk.svg"
    except FileNotFoundError:
        return
    icon = QIcon(str(path))
    if not icon.isNull():
        app.setWindowIcon(icon)


def _wait_for_first_paint(window: MainWindow, timeout_ms: int) -> None:
    """Run Qt's own loop until the window has painted and the asyncio modules are in.

    asyncio and qasync are not needed for the first frame, and importing them
    takes a few tens of milliseconds: a worker thread imports them once the
    window has painted (or ``timeout_ms`` has passed without a paint), while
    this loop keeps turning, so the painted window answers input at once.
    """
    import threading

    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    importer = threading.Thread(target=_import_loop_modules, name="import asyncio", daemon=True)
    poll = QTimer()
    poll.setInterval(2)

    def imported() -> None:
        if not importer.is_alive():
            loop.quit()

    def painted() -> None:
        if importer.ident is None:
            importer.start()
            poll.start()

    poll.timeout.connect(imported)
    deadline = QTimer()
    deadline.setSingleShot(True)
    deadline.timeout.connect(painted)  # never exposed: go on without the paint
    window.firstPainted.connect(painted)
    if window.has_painted:
        painted()
    else:
        deadline.start(timeout_ms)
    loop.exec()
    poll.stop()
    deadline.stop()
    window.firstPainted.disconnect(painted)


def _import_loop_modules() -> None:
    try:
        import asyncio  # noqa: F401

        # qasync only: msdesk.ui.loop takes names from PySide6's Qt namespace, which PySide6
        # builds lazily and not safely from two threads while the window paints its icons.
        import qasync  # noqa: F401
    except Exception:  # the GUI thread imports them again and reports the error
        pass


def _run(app: QApplication, window: MainWindow, **options: Any) -> int:
    import asyncio

    from msdesk.ui.loop import AppLoop

    with asyncio.Runner(loop_factory=lambda: AppLoop(app)) as runner:
        runner.get_loop().call_soon(_set_app_icon, app)  # SVG loading: after the loop turns
        try:
            return runner.run(amain(app, window, **options))
        except RuntimeError as err:
            if "stopped before Future completed" not in str(err):
                raise
            # QApplication.exit() ended Qt's loop under amain (quit() cannot:
            # the window defers it). The services were not closed in order.
            log = _log()
            log.warning("event loop stopped early: %s", err)
            return 0


if __name__ == "__main__":
    raise SystemExit(main())
