"""A small turning arc that says "working"."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget

from msdesk.core.i18n import translate
from msdesk.ui.widgets.colors import ACCENT

if TYPE_CHECKING:
    from PySide6.QtGui import QPaintEvent


class Spinner(QWidget):
    """A small turning arc that says "working"."""

    def __init__(self, parent: QWidget | None = None, size: int = 14) -> None:
        super().__init__(parent)
        self._angle = 0
        self._timer = QTimer(self)
        self._timer.setInterval(60)
        self._timer.timeout.connect(self._turn)
        self.setFixedSize(size, size)
        self.setAccessibleName(translate("ui.widgets.spinner", "Working"))

    def _turn(self) -> None:
        self._angle = (self._angle + 30) % 360
        self.update()

    def showEvent(self, event: Any) -> None:
        self._timer.start()
        super().showEvent(event)

    def hideEvent(self, event: Any) -> None:
        self._timer.stop()
        super().hideEvent(event)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(QColor(ACCENT), 2)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        rect = QRectF(self.rect()).adjusted(2, 2, -2, -2)
        painter.drawArc(rect, -self._angle * 16, 270 * 16)
        painter.end()
