"""What a frozen (or any) msdesk hands to the programs it starts, and QT_API in the user's environment."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel

from msdesk.core import user_env
from msdesk.ui.widgets.links import install_url_handler, uninstall_url_handler

ROOT = Path(__file__).resolve().parents[1]
USER_LIBS = "/opt/user-libs/lib"

pytestmark = pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="xdg-open is Linux's")


@pytest.fixture
def frozen_app(tmp_path, monkeypatch):
    """This process as PyInstaller's bootloader and hooks leave a frozen msdesk in /…/app."""
    app = tmp_path / "app"
    internal = app / "_internal"
    internal.mkdir(parents=True)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(internal), raising=False)
    monkeypatch.setattr(sys, "executable", str(app / "msdesk"))
    monkeypatch.setenv("LD_LIBRARY_PATH", f"{internal}:{USER_LIBS}")
    monkeypatch.setenv("LD_LIBRARY_PATH_ORIG", USER_LIBS)
    monkeypatch.setenv("QT_PLUGIN_PATH", str(internal / "PySide6" / "Qt" / "plugins"))
    monkeypatch.setenv("QML2_IMPORT_PATH", str(internal / "PySide6" / "Qt" / "qml"))
    monkeypatch.setenv("_PYI_APPLICATION_HOME_DIR", str(internal))
    monkeypatch.setenv("XDG_DATA_DIRS", f"{internal / 'share'}:/usr/local/share:/usr/share")
    return app


@pytest.fixture
def browser(tmp_path, monkeypatch):
    """A stand-in xdg-open first on PATH: it writes down its environment and argument."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    seen = tmp_path / "browser"
    script = bin_dir / "xdg-open"
    script.write_text(f'#!/bin/sh\nenv > "{seen}.env.part"\nprintf %s "$1" > "{seen}.url"\n'
                      f'mv "{seen}.env.part" "{seen}.env"\n')
    script.chmod(0o755)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    install_url_handler()
    yield seen
    uninstall_url_handler()


def _environment_of(seen: Path, qtbot) -> dict[str, str]:
    env_file = seen.with_suffix(".env")
    qtbot.waitUntil(env_file.exists, timeout=10_000)
    return dict(line.split("=", 1) for line in env_file.read_text().splitlines() if "=" in line)


def test_the_browser_of_a_frozen_app_gets_no_bundle_paths(frozen_app, browser, qtbot, monkeypatch):
    monkeypatch.setenv("PATH", f"{os.environ['PATH']}{os.pathsep}{frozen_app / '_internal'}")
    monkeypatch.setitem(user_env._changed, "QT_API", "pyqt5")  # the user's, before msdesk pinned it
    monkeypatch.setenv("QT_API", "pyside6")
    url = "https://modelscope.cn/my/myaccesstoken?from=msdesk&x=1"

    assert QDesktopServices.openUrl(QUrl(url))

    env = _environment_of(browser, qtbot)
    assert browser.with_suffix(".url").read_text() == url
    leaked = {name: value for name, value in env.items() if str(frozen_app) in value}
    assert leaked == {}
    assert env["LD_LIBRARY_PATH"] == USER_LIBS  # the user's own value is back
    assert "QT_PLUGIN_PATH" not in env and "QML2_IMPORT_PATH" not in env
    assert not any(name.startswith("_PYI_") or name.endswith("_ORIG") for name in env)
    assert env["XDG_DATA_DIRS"] == "/usr/local/share:/usr/share"
    assert env["QT_API"] == "pyqt5"
    assert env["HOME"] == os.environ["HOME"]  # the rest is the user's environment as it is


def test_a_label_that_opens_its_own_links_goes_the_same_way(frozen_app, browser, qtbot):
    label = QLabel('<a href="https://www.modelscope.cn/models">models</a>')
    qtbot.addWidget(label)
    label.setOpenExternalLinks(True)

    label.linkActivated.emit("https://www.modelscope.cn/models")  # what a click emits
    QDesktopServices.openUrl(QUrl("https://www.modelscope.cn/models"))  # what Qt then calls

    env = _environment_of(browser, qtbot)
    assert not any(str(frozen_app) in value for value in env.values())
    assert "LD_LIBRARY_PATH" in env and env["LD_LIBRARY_PATH"] == USER_LIBS


def test_without_a_bundle_only_msdesks_own_change_is_undone(monkeypatch):
    monkeypatch.setitem(user_env._changed, "QT_API", None)  # the user had none
    environ = {"QT_API": "pyside6", "LD_LIBRARY_PATH": "/x/lib", "LD_LIBRARY_PATH_ORIG": "/y"}

    env = user_env.user_environment(environ, frozen=False)

    assert env == {"LD_LIBRARY_PATH": "/x/lib", "LD_LIBRARY_PATH_ORIG": "/y"}


def test_a_bundle_dir_is_never_a_top_folder(monkeypatch):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", "/_internal", raising=False)
    monkeypatch.setattr(sys, "executable", "/usr/bin/msdesk")

    assert user_env.bundle_dir() == "/_internal"
    env = user_env.user_environment({"PATH": "/usr/bin:/_internal"})
    assert env == {"PATH": "/usr/bin"}


def test_the_app_starts_whatever_qt_api_the_user_has(tmp_path):
    # qasync follows QT_API: with pyqt5 (not installed) the app died after its first paint.
    env = {
        **os.environ,
        "QT_API": "pyqt5",
        "QT_QPA_PLATFORM": "offscreen",
        "MSDESK_HOME": str(tmp_path / "home"),
        "MSDESK_SECRET_BACKEND": "memory",
        "MSDESK_BENCH": f"times={tmp_path},quit_after_ms=300",
        "PYTHONPATH": str(ROOT),
    }
    done = subprocess.run([sys.executable, "-m", "msdesk", "gui"], env=env, cwd=tmp_path,
                          capture_output=True, text=True, timeout=60)

    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr, done.stderr
    assert (tmp_path / "ready").exists()  # the services opened on qasync's loop
