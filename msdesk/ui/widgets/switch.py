"""The on/off switch: a widget, and the painting a list delegate reuses."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QAbstractButton, QWidget

from msdesk.ui.theme import qcolor, scaled
from msdesk.ui.widgets.colors import ACCENT

if TYPE_CHECKING:
    from PySide6.QtGui import QPaintEvent


def paint_switch(painter: QPainter, rect: QRectF, on: bool, *, enabled: bool = True,
                 focus: bool = False, palette: QPalette | None = None) -> None:
    """A pill-shaped on/off switch filling ``rect``."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    radius = rect.height() / 2
    track = QColor(ACCENT) if on else qcolor("#c3c8d4")
    if not enabled:
        track.setAlpha(110)
    if focus:
        painter.setPen(QPen(QColor(ACCENT), 1.5))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(rect.adjusted(-2.5, -2.5, 2.5, 2.5), radius + 2.5, radius + 2.5)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(track)
    painter.drawRoundedRect(rect, radius, radius)
    knob = rect.height() - 4
    x = rect.right() - knob - 2 if on else rect.left() + 2
    painter.setBrush(QColor("#ffffff"))
    painter.drawEllipse(QRectF(x, rect.top() + 2, knob, knob))
    painter.restore()


class Switch(QAbstractButton):
    """A checkable on/off switch (Space toggles it; screen readers hear a check box)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCheckable(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def sizeHint(self) -> QSize:
        return QSize(scaled(40), scaled(24))  # follows the text size

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        rect = QRectF(self.rect()).adjusted(3, 3, -3, -3)
        paint_switch(painter, rect, self.isChecked(), enabled=self.isEnabled(), focus=self.hasFocus())
        painter.end()
