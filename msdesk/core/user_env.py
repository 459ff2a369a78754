"""The environment of programs msdesk starts (the browser): the user's own, not the app's.

A frozen msdesk (PyInstaller) starts with ``LD_LIBRARY_PATH`` pointing into its bundle (the
user's value, if any, kept as ``LD_LIBRARY_PATH_ORIG``), and its start-up hooks point
``QT_PLUGIN_PATH`` and ``QML2_IMPORT_PATH`` there too. A browser started with them would
load the bundle's glib, libstdc++ and Qt plugins instead of its own. msdesk also sets
``QT_API`` for itself (see :func:`pin_qt_binding`). :func:`user_environment` undoes all of
it for a program the app starts.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping

# Library search paths that PyInstaller's bootloader sets, keeping the original as NAME_ORIG.
LIBRARY_PATHS = ("LD_LIBRARY_PATH", "DYLD_LIBRARY_PATH", "DYLD_FRAMEWORK_PATH", "LIBPATH")
QT_API = "QT_API"

# What msdesk itself changed in its environment: name -> the user's value (None: unset).
_changed: dict[str, str | None] = {}


def pin_qt_binding() -> None:
    """Make qasync use PySide6 whatever ``QT_API`` the user has (pyqt5, pyqt6...).

    qasync picks its Qt binding from ``QT_API`` when it is imported, and a binding that is not
    installed ended the app before its first window. Call before qasync is imported, from
    the main thread (changing the environment while other threads read it is not safe).
    """
    if os.environ.get(QT_API) != "pyside6":
        _changed.setdefault(QT_API, os.environ.get(QT_API))
        os.environ[QT_API] = "pyside6"


def bundle_dir() -> str | None:
    """The frozen app's folder (its programs and their ``_internal``), or None when not frozen."""
    if not getattr(sys, "frozen", False):
        return None
    programs = os.path.dirname(os.path.abspath(sys.executable))
    internal = os.path.abspath(getattr(sys, "_MEIPASS", programs))
    common = os.path.commonpath([programs, internal])
    # A bundle is never a top folder such as / (that would take every path for the bundle's).
    return common if os.path.dirname(common) != common else internal


def _inside(path: str, folder: str) -> bool:
    if not path or not os.path.isabs(path):
        return False
    path = os.path.normcase(os.path.normpath(path))
    folder = os.path.normcase(os.path.normpath(folder))
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


def user_environment(
    environ: Mapping[str, str] | None = None, *, bundle: str | None = None, frozen: bool | None = None
) -> dict[str, str]:
    """The environment for a program msdesk starts: the user's, without the app's changes.

    ``environ`` defaults to this process' environment, ``bundle`` to :func:`bundle_dir`.
    In a frozen app, the library paths get back their ``*_ORIG`` values (or are removed),
    PyInstaller's own variables go, and every entry that points into the bundle is dropped
    from any variable (a variable left with nothing is removed).
    """
    env = dict(os.environ if environ is None else environ)
    for name, value in _changed.items():
        if value is None:
            env.pop(name, None)
        else:
            env[name] = value
    if frozen is None:
        frozen = getattr(sys, "frozen", False)
    if bundle is None:
        bundle = bundle_dir()
    if not frozen:
        return env
    for name in LIBRARY_PATHS:
        original = env.pop(f"{name}_ORIG", None)
        if original is not None:
            env[name] = original
        else:
            env.pop(name, None)
    for name in [n for n in env if n.startswith("_PYI_") or n == "_MEIPASS2"]:
        del env[name]
    if bundle:
        for name, value in list(env.items()):
            entries = value.split(os.pathsep)
            kept = [entry for entry in entries if not _inside(entry, bundle)]
            if len(kept) == len(entries):
                continue
            if any(kept):
                env[name] = os.pathsep.join(kept)
            else:
                del env[name]
    return env
