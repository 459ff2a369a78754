"""What packaging/msdesk.spec leaves out of the bundle, and the libraries that only those needed.

PyInstaller's Qt hooks collect every plugin of the kinds a Qt module may load, and every
translation. msdesk needs far fewer; the rest is dead weight, and the GTK3 theme plugin alone
drags in about 48 libraries of the build machine (GTK3, cairo, pango...) that then shadow the
user's own. ``trim`` takes an Analysis' binaries and datas and returns them without:

- Python's codecs for legacy East Asian encodings other than Chinese;
- the Qt plugins not in ``PLUGINS_KEPT`` (plugin folders not named there are kept whole:
  on Windows and macOS, for example, ``styles``);
- Qt translations other than the languages msdesk ships (``LANGUAGES``);
- on Linux, every shared library that no kept file needs any more (found from each file's own list of
  the libraries it needs, as ``objdump -p`` prints it), but only among those that a dropped file needed, so a
  library loaded by other means is never lost.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterable

# Plugin folder -> the plugins kept there (file names without "lib" and extension).
PLUGINS_KEPT: dict[str, set[str]] = {
    "platforms": {"qxcb", "qwayland", "qoffscreen", "qwindows", "qcocoa"},
    # The GTK3 theme is dropped; the portal theme gives native file dialogs on any desktop.
    "platformthemes": {"qxdgdesktopportal"},
    # SVG for the icons; JPEG, GIF and WebP for image attachments (PNG and BMP are built in).
    "imageformats": {"qsvg", "qjpeg", "qgif", "qwebp"},
    "iconengines": {"qsvgicon"},
    # Only a compositor uses the "server" buffer integrations, and only OpenGL windows the
    # EGL one (msdesk's widgets draw in shared memory); it would need libQt6OpenGL.
    "wayland-graphics-integration-client": set(),
    # eglfs and linuxfb (no windowing system) are not shipped: their device integrations and
    # input plugins go with them. No TLS or network-information plugin: QtNetwork is unused.
    "egldeviceintegrations": set(),
    "generic": set(),
    "networkinformation": set(),
    "tls": set(),
}

# Qt's own translations kept: the languages msdesk ships (its desktop file has them too).
LANGUAGES = ("en", "ru", "zh_CN")
_KEPT_TRANSLATION = re.compile(r"^(qt|qtbase)_(" + "|".join(LANGUAGES) + r")\.qm$")

# Linux libraries always taken from the user's system, never from the build machine: they
# must match the running D-Bus daemon, the display server and the system's font
# configuration (a newer fonts.conf is not understood by an older fontconfig). Every desktop
# has them; the .deb depends on them. (AppImage's list of libraries not to bundle has them too.)
SYSTEM_LIBRARIES = (
    "libdbus-1.so.3", "libfontconfig.so.1", "libfreetype.so.6",
    "libX11.so.6", "libX11-xcb.so.1", "libXau.so.6", "libXdmcp.so.6",
)

# Python's codecs for Japanese, Korean and traditional Chinese legacy encodings: msdesk reads
# UTF-8 (JSON, server-sent events) and writes UTF-8. Such a name then reads as an unknown
# encoding. The simplified Chinese ones (GBK, GB18030) stay.
PYTHON_CODECS_LEFT_OUT = ("_codecs_jp", "_codecs_kr", "_codecs_tw", "_codecs_hk", "_codecs_iso2022")

TocEntry = tuple[str, str, str]


def _parts(dest: str) -> list[str]:
    return dest.replace("\\", "/").split("/")


def _name(entry: TocEntry) -> str:
    return _parts(entry[0])[-1]


def _plugin_name(file_name: str) -> str:
    stem = file_name.split(".", 1)[0]
    return stem[3:] if stem.startswith("lib") else stem


def plugin_kept(dest: str) -> bool:
    """Whether a file under Qt's plugins folder is kept (anything else is kept)."""
    parts = _parts(dest)
    if "plugins" not in parts[:-2]:
        return True
    folder = parts[parts.index("plugins") + 1]
    kept = PLUGINS_KEPT.get(folder)
    return kept is None or _plugin_name(parts[-1]) in kept


def translation_kept(dest: str) -> bool:
    """Whether a file under Qt's translations folder is kept (anything else is kept)."""
    parts = _parts(dest)
    if "translations" not in parts[:-1] or not parts[-1].endswith(".qm"):
        return True
    return bool(_KEPT_TRANSLATION.match(parts[-1]))


def _kept(entry: TocEntry) -> bool:
    return plugin_kept(entry[0]) and _name(entry).split(".", 1)[0] not in PYTHON_CODECS_LEFT_OUT


def _is_library(dest: str) -> bool:
    """A shared library that is only there because another binary needs it."""
    parts = _parts(dest)
    name = parts[-1]
    where = "/".join(parts[:-1])
    return (
        name.startswith("lib") and ".so" in name and not name.startswith("libpython")
        and where in ("", "PySide6/Qt/lib")
    )


_NEEDED: dict[str, set[str]] = {}


def _needed(path: str) -> set[str]:
    """The libraries a binary names as its own dependencies (DT_NEEDED; not theirs)."""
    if path not in _NEEDED:
        # objdump comes with strip, which PyInstaller needs on Linux anyway.
        dump = subprocess.run(["objdump", "-p", path], capture_output=True, text=True, check=True)
        _NEEDED[path] = {line.split()[1] for line in dump.stdout.splitlines()
                         if line.strip().startswith("NEEDED")}
    return _NEEDED[path]


def _closure(starts: Iterable[TocEntry], libraries: dict[str, TocEntry]) -> set[str]:
    """Names of the libraries among ``libraries`` that ``starts`` need, directly or not."""
    seen: set[str] = set()
    todo = [src for _, src, _ in starts]
    while todo:
        for name in _needed(todo.pop()):
            if name in libraries and name not in seen:
                seen.add(name)
                todo.append(libraries[name][1])
    return seen


def trim(binaries: list[TocEntry], datas: list[TocEntry]) -> tuple[list[TocEntry], list[TocEntry]]:
    """The Analysis' binaries and datas without what msdesk does not use (see the module)."""
    dropped = [entry for entry in binaries if not _kept(entry)]
    binaries = [entry for entry in binaries if _kept(entry)]
    datas = [entry for entry in datas if translation_kept(entry[0])]
    if not sys.platform.startswith("linux"):
        return binaries, datas
    files = [entry for entry in binaries if entry[2] != "SYMLINK"]
    libraries = {_name(entry): entry for entry in files if _is_library(entry[0])}
    system = [libraries.pop(name) for name in SYSTEM_LIBRARIES if name in libraries]
    roots = [entry for entry in files if _name(entry) not in libraries and entry not in system]
    needed = _closure(roots, libraries)
    left_out = (_closure(dropped + system, libraries) - needed) | {_name(entry) for entry in system}
    print(f"bundle_trim: {len(dropped)} plugins and modules, and {len(left_out)} libraries left out:",
          " ".join(sorted(left_out)))
    binaries = [e for e in binaries if e[2] == "SYMLINK" or _name(e) not in left_out]
    # PyInstaller links some libraries into the top folder too: no link to a dropped file.
    shipped = {"/".join(_parts(dest)) for dest, _, kind in binaries + datas if kind != "SYMLINK"}
    return [e for e in binaries if _linked(e, shipped)], [e for e in datas if _linked(e, shipped)]


def _linked(entry: TocEntry, shipped: set[str]) -> bool:
    dest, target, kind = entry
    if kind != "SYMLINK":
        return True
    parts = _parts(dest)[:-1] + _parts(target)
    resolved: list[str] = []
    for part in parts:
        if part == "..":
            if resolved:
                resolved.pop()
        elif part not in ("", "."):
            resolved.append(part)
    return "/".join(resolved) in shipped
