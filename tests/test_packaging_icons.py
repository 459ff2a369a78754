"""packaging/make_icons.py: every icon the installers use, drawn from the one SVG master."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage, QImageReader

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "packaging"))

import make_icons  # noqa: E402 (packaging/make_icons.py)


@pytest.fixture(scope="module")
def icons(tmp_path_factory, qapp) -> Path:
    out = tmp_path_factory.mktemp("icons")
    assert make_icons.main(["--out", str(out)]) == 0
    return out


def _png(icons: Path, size: int) -> QImage:
    image = QImage(str(icons / "hicolor" / f"{size}x{size}" / "apps" / "msdesk.png"))
    assert not image.isNull()
    return image


def _purple(color: QColor) -> bool:
    return color.blue() > 200 and color.red() < 140 and color.alpha() == 255


def test_every_hicolor_size_is_drawn_at_its_size(icons):
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        image = _png(icons, size)
        assert (image.width(), image.height()) == (size, size)
        assert _purple(image.pixelColor(size // 4, size // 2))  # the speech bubble


def test_the_small_icon_has_sharp_edges_and_the_large_one_its_margin(icons):
    small = _png(icons, 16)
    # At 16 px the rounded square fills the pixels at its sides: no half-covered edge.
    assert small.pixelColor(0, 8).alpha() == 255 and small.pixelColor(15, 8).alpha() == 255
    assert small.pixelColor(0, 0).alpha() < 255  # the rounded corner
    large = _png(icons, 256)
    assert large.pixelColor(2, 128).alpha() == 0  # the master's margin
    assert large.pixelColor(12, 128) == QColor("#1f2430")
    assert large.pixelColor(128, 128) == QColor("#ffffff")  # the middle dot


def test_the_windows_icon_holds_every_size(icons):
    reader = QImageReader(str(icons / "msdesk.ico"))
    sizes = set()
    for index in range(reader.imageCount()):
        reader.jumpToImage(index)
        image = reader.read()
        assert not image.isNull(), reader.errorString()
        sizes.add(image.width())
    assert sizes == {16, 24, 32, 48, 64, 128, 256}


def test_the_macos_icon_holds_the_retina_sizes(icons):
    data = (icons / "msdesk.icns").read_bytes()
    assert data[:4] == b"icns" and int.from_bytes(data[4:8], "big") == len(data)
    reader = QImageReader(str(icons / "msdesk.icns"))
    sizes = set()
    for index in range(reader.imageCount()):
        reader.jumpToImage(index)
        sizes.add(reader.read().width())
    assert {16, 32, 64, 128, 256, 512, 1024} <= sizes
