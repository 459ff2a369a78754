"""Icons are painted at the size and pixel ratio a widget asks for: never a stretched bitmap."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QIcon, QImage

from msdesk.ui.icons import line_icon
from msdesk.ui.main_window import _icon


def _inked(image: QImage) -> int:
    """How many pixels the icon drew on."""
    return sum(
        1 for y in range(image.height()) for x in range(image.width()) if image.pixelColor(x, y).alpha() > 0
    )


def _sharp(image: QImage) -> int:
    """How many pixels are (almost) fully opaque: a stretched picture has soft edges and few."""
    return sum(
        1 for y in range(image.height()) for x in range(image.width()) if image.pixelColor(x, y).alpha() > 230
    )


@pytest.mark.parametrize("ratio", [1.0, 1.5, 2.0, 3.0])
@pytest.mark.parametrize("side", [16, 24, 32])
def test_a_line_icon_has_a_device_pixel_for_each_pixel_of_the_screen(qapp, ratio, side):
    pixmap = line_icon("edit").pixmap(QSize(side, side), ratio)
    assert pixmap.devicePixelRatio() == ratio
    assert pixmap.width() == round(side * ratio) and pixmap.height() == round(side * ratio)
    assert _inked(pixmap.toImage()) > 0


def test_a_large_icon_is_drawn_again_not_blown_up(qapp):
    """At twice the size the lines are drawn with as hard edges as at the small size."""
    small = line_icon("plus").pixmap(QSize(16, 16), 2.0).toImage()
    large = line_icon("plus").pixmap(QSize(32, 32), 2.0).toImage()
    # Twice the side: about twice the solid pixels of each line, and as large a share solid.
    assert _sharp(large) >= 1.6 * _sharp(small)
    assert _sharp(large) / _inked(large) >= 0.8 * _sharp(small) / _inked(small)


def test_icons_take_the_colour_of_their_state(qapp):
    icon = _icon("chat")
    muted = icon.pixmap(QSize(26, 26), 2.0, QIcon.Mode.Normal, QIcon.State.Off).toImage()
    bright = icon.pixmap(QSize(26, 26), 2.0, QIcon.Mode.Normal, QIcon.State.On).toImage()

    def lightest_opaque(image: QImage) -> QColor:
        colours = [image.pixelColor(x, y) for y in range(image.height()) for x in range(image.width())
                   if image.pixelColor(x, y).alpha() == 255]
        return max(colours, key=lambda c: c.lightness())

    assert lightest_opaque(bright).name() == "#ffffff"
    assert lightest_opaque(muted).name() == "#b8c0d0"
    disabled = line_icon("edit").pixmap(QSize(16, 16), 2.0, QIcon.Mode.Disabled).toImage()
    normal = line_icon("edit").pixmap(QSize(16, 16), 2.0).toImage()
    assert max(disabled.pixelColor(x, y).alpha() for y in range(32) for x in range(32)) < max(
        normal.pixelColor(x, y).alpha() for y in range(32) for x in range(32))
