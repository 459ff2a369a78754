"""The version numbers the installers carry (packaging/version_info.py)."""

from __future__ import annotations

import ast
import importlib.util
from pathlib import Path

import pytest

import msdesk

ROOT = Path(__file__).resolve().parents[1]


def _module():
    spec = importlib.util.spec_from_file_location("version_info", ROOT / "packaging" / "version_info.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


version_info = _module()


def test_the_installers_carry_the_apps_own_version():
    assert version_info.app_version() == msdesk.__version__


@pytest.mark.parametrize(("version", "numbers"), [
    ("0.1.0", (0, 1, 0, 0)),
    ("1.2rc1", (1, 2, 0, 0)),
    ("2.10.3.4.5", (2, 10, 3, 4)),
])
def test_windows_and_macos_get_the_release_numbers(version, numbers):
    assert version_info.numeric_version(version) == numbers


@pytest.mark.parametrize("version", ["dev", "70000.1"])
def test_a_version_windows_cannot_carry_is_refused_with_the_reason(version):
    with pytest.raises(ValueError, match="version"):
        version_info.numeric_version(version)


def test_the_windows_version_resource_names_each_program_and_its_version(tmp_path):
    written = version_info.write_windows_version_resources(tmp_path, "1.4.2")
    assert sorted(p.name for p in written) == ["msdesk-gui-version.txt", "msdesk-version.txt"]
    for path in written:
        text = path.read_text(encoding="utf-8")
        ast.parse(text, mode="eval")  # PyInstaller evaluates it as one Python expression
        program = path.name.removesuffix("-version.txt")
        assert "(1, 4, 2, 0)" in text and "1.4.2" in text and f"{program}.exe" in text


def test_the_macos_minimum_needs_a_macos_wheel():
    with pytest.raises(LookupError, match="macOS wheel"):
        version_info.macos_minimum_version(("no-such-distribution",))
