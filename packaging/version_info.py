"""The version numbers the installers carry, all taken from ``msdesk.__version__``.

    python packaging/version_info.py                  # the version, e.g. 0.1.0
    python packaging/version_info.py --numeric        # four numbers for Windows, e.g. 0.1.0.0
    python packaging/version_info.py --windows        # writes build/windows/<program>-version.txt
    python packaging/version_info.py --macos-minimum  # the oldest macOS the installed Qt runs on

``--windows`` writes PyInstaller's version resource (``VSVersionInfo``) for
``msdesk.exe`` and ``msdesk-gui.exe``; ``packaging/msdesk.spec`` embeds them on
Windows, so Explorer's Details tab and Task Manager name the program and its
version. The macOS minimum is the one in the tags of the installed PySide6 and
shiboken6 wheels (``macosx_14_0_universal2`` means 14.0): the ``.app``'s
``LSMinimumSystemVersion`` says no less than the Qt inside it needs.
"""

from __future__ import annotations

import argparse
import ast
import importlib.metadata
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WINDOWS_DIR = ROOT / "build" / "windows"
# The programs in the bundle and the description Windows shows for each.
WINDOWS_PROGRAMS = {"msdesk": "msdesk command line", "msdesk-gui": "msdesk"}
QT_DISTRIBUTIONS = ("PySide6-Essentials", "PySide6", "shiboken6")
COMPANY = "msdesk developers"


def app_version(root: Path = ROOT) -> str:
    """``__version__`` as written in ``msdesk/__init__.py`` of this checkout."""
    tree = ast.parse((root / "msdesk" / "__init__.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if (
            isinstance(node, ast.Assign)
            and any(isinstance(target, ast.Name) and target.id == "__version__" for target in node.targets)
            and isinstance(node.value, ast.Constant)
            and isinstance(node.value.value, str)
        ):
            return node.value.value
    raise LookupError(f"no __version__ = '...' in {root / 'msdesk' / '__init__.py'}")


def numeric_version(version: str) -> tuple[int, int, int, int]:
    """The release numbers of ``version`` as four numbers: ``1.2rc1`` gives ``(1, 2, 0, 0)``.

    Windows' file versions and macOS's bundle versions take numbers only.
    """
    match = re.match(r"\d+(?:\.\d+)*", version.strip())
    if match is None:
        raise ValueError(f"version {version!r} does not start with a number")
    numbers = [int(part) for part in match.group(0).split(".")][:4]
    numbers += [0] * (4 - len(numbers))
    if any(number > 0xFFFF for number in numbers):
        raise ValueError(f"version {version!r}: Windows takes numbers up to 65535")
    return numbers[0], numbers[1], numbers[2], numbers[3]


def windows_version_resource(version: str, program: str, description: str) -> str:
    """PyInstaller's version resource text (``VSVersionInfo``) for ``<program>.exe``."""
    numbers = numeric_version(version)
    dotted = ".".join(str(number) for number in numbers)
    strings = {
        "CompanyName": COMPANY,
        "FileDescription": description,
        "FileVersion": dotted,
        "InternalName": program,
        "LegalCopyright": f"Copyright {COMPANY}. Apache License 2.0.",
        "OriginalFilename": f"{program}.exe",
        "ProductName": "msdesk",
        "ProductVersion": version,
    }
    table = ",\n".join(f"          StringStruct({key!r}, {value!r})" for key, value in strings.items())
    # 0x40004: Windows NT, 32-bit API; file type 1: an application; 0x0409/1200: US English, Unicode.
    return f"""# The version resource of {program}.exe, written by packaging/version_info.py.
VSVersionInfo(
  ffi=FixedFileInfo(
    filevers={numbers},
    prodvers={numbers},
    mask=0x3f,
    flags=0x0,
    OS=0x40004,
    fileType=0x1,
    subtype=0x0,
    date=(0, 0)
  ),
  kids=[
    StringFileInfo([
      StringTable(
        '040904B0',
        [
{table}
        ])
    ]),
    VarFileInfo([VarStruct('Translation', [0x0409, 1200])])
  ]
)
"""


def write_windows_version_resources(out_dir: Path = WINDOWS_DIR, version: str | None = None) -> list[Path]:
    """Write ``<program>-version.txt`` for each program of the bundle; return their paths."""
    version = version or app_version()
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for program, description in WINDOWS_PROGRAMS.items():
        path = out_dir / f"{program}-version.txt"
        path.write_text(windows_version_resource(version, program, description), encoding="utf-8")
        written.append(path)
    return written


def macos_minimum_version(distributions: tuple[str, ...] = QT_DISTRIBUTIONS) -> str:
    """The highest ``macosx_<major>_<minor>`` among the installed Qt wheels' tags, as ``14.0``."""
    found: list[tuple[int, int]] = []
    for name in distributions:
        try:
            wheel = importlib.metadata.distribution(name).read_text("WHEEL") or ""
        except importlib.metadata.PackageNotFoundError:
            continue
        for tag in re.findall(r"^Tag:\s*(\S+)", wheel, flags=re.MULTILINE):
            found += [(int(major), int(minor)) for major, minor in re.findall(r"macosx_(\d+)_(\d+)_", tag)]
    if not found:
        raise LookupError(f"none of {', '.join(distributions)} is installed from a macOS wheel")
    major, minor = max(found)
    return f"{major}.{minor}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    what = parser.add_mutually_exclusive_group()
    what.add_argument("--numeric", action="store_true", help="four numbers, as Windows wants them")
    what.add_argument("--windows", action="store_true", help="write the Windows version resources")
    what.add_argument("--macos-minimum", action="store_true", help="the oldest macOS the Qt wheels run on")
    args = parser.parse_args(argv)
    if args.numeric:
        print(".".join(str(number) for number in numeric_version(app_version())))
    elif args.windows:
        for path in write_windows_version_resources():
            print(path.relative_to(ROOT))
    elif args.macos_minimum:
        try:
            print(macos_minimum_version())
        except LookupError as missing:
            print(f"version_info.py: {missing}", file=sys.stderr)
            return 1
    else:
        print(app_version())
    return 0


if __name__ == "__main__":
    sys.exit(main())
