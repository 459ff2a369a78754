"""Small line icons drawn in code (no image files to ship or scale).

Each icon is a :class:`VectorIconEngine`: it paints its lines at whatever size
and device pixel ratio a widget asks for (a 16 px icon at 200 % text is drawn
at 32 px, on a 1.5× screen at 1.5× the pixels), so no bitmap is ever stretched.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QIconEngine, QPainter, QPainterPath, QPen, QPixmap

#: Paints an icon into a square of ``side`` logical pixels at the origin, in ``color``.
Draw = Callable[[QPainter, float, str], None]


class VectorIconEngine(QIconEngine):
    """An icon painted by ``draw`` at the size and pixel ratio asked for.

    ``colors`` maps a mode and state to the colour to draw in; a missing state
    falls back to the mode's "off" colour, a missing mode to the normal one
    (disabled icons are drawn faded).
    """

    def __init__(self, draw: Draw, colors: dict[tuple[QIcon.Mode, QIcon.State], str]) -> None:
        super().__init__()
        self._draw = draw
        self._colors = colors

    def _color(self, mode: QIcon.Mode, state: QIcon.State) -> str:
        normal = self._colors[(QIcon.Mode.Normal, QIcon.State.Off)]
        return (self._colors.get((mode, state)) or self._colors.get((mode, QIcon.State.Off))
                or self._colors.get((QIcon.Mode.Normal, state)) or normal)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        side = min(rect.width(), rect.height())
        if side <= 0:
            return
        painter.save()
        painter.translate(rect.x() + (rect.width() - side) / 2, rect.y() + (rect.height() - side) / 2)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if mode == QIcon.Mode.Disabled and (mode, state) not in self._colors:
            painter.setOpacity(painter.opacity() * 0.45)
        self._draw(painter, float(side), self._color(mode, state))
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float) -> QPixmap:
        scale = max(1.0, scale)
        pix = QPixmap(max(1, round(size.width() * scale)), max(1, round(size.height() * scale)))
        pix.setDevicePixelRatio(scale)
        pix.fill(QColor(0, 0, 0, 0))
        painter = QPainter(pix)
        self.paint(painter, QRect(0, 0, size.width(), size.height()), mode, state)
        painter.end()
        return pix

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        return size

    def clone(self) -> QIconEngine:
        return VectorIconEngine(self._draw, dict(self._colors))

    def key(self) -> str:
        return "msdesk-vector"


def vector_icon(draw: Draw, colors: dict[tuple[QIcon.Mode, QIcon.State], str]) -> QIcon:
    """A :class:`VectorIconEngine` icon."""
    return QIcon(VectorIconEngine(draw, colors))


class _IconSize(QObject):
    """Keeps its parent button's icon size at ``px`` scaled to the text size in use."""

    def __init__(self, button: QObject, px: int) -> None:
        from msdesk.ui.theme import notifier

        super().__init__(button)
        self._px = px
        self.apply()
        notifier().changed.connect(self.apply)

    def apply(self) -> None:
        from msdesk.ui.theme import scaled

        side = scaled(self._px)
        self.parent().setIconSize(QSize(side, side))  # type: ignore[attr-defined]


def follow_text_size(button: QObject, px: int = 16) -> None:
    """Give ``button`` (anything with ``setIconSize``) icons of ``px`` at a text size of
    100 %, as much larger as the text is, now and after the text size changes."""
    _IconSize(button, px)


def line_icon(kind: str, color: str = "#5b6678", size: int = 16, width: float = 1.4) -> QIcon:
    """Small line icons drawn at run time.

    Kinds: eye, eye-off, copy, edit, delete, trash, check, plus, add, minus, remove,
    search, warning; anything else draws nothing (a blank placeholder). ``color`` is
    the light theme's; the icon is drawn in the shade for the theme in use, and on a
    selected row in the selection's text colour (a tinted icon reads poorly on it).
    ``width`` is the lines' width at ``size`` px; drawn larger, the lines grow alike.
    """
    from PySide6.QtGui import QGuiApplication, QPalette

    from msdesk.ui.theme import color as themed_color

    selected = QGuiApplication.palette().color(QPalette.ColorRole.HighlightedText).name()

    def draw(painter: QPainter, side: float, colour: str) -> None:
        _draw(painter, kind, colour, side, width * side / size)

    return vector_icon(draw, {(QIcon.Mode.Normal, QIcon.State.Off): themed_color(color),
                              (QIcon.Mode.Selected, QIcon.State.Off): selected})


def _draw(p: QPainter, kind: str, color: str, size: float, width: float) -> None:
    pen = QPen(QColor(color), width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    p.setPen(pen)
    s = float(size)
    if kind in ("eye", "eye-off"):
        path = QPainterPath()
        path.moveTo(s * 0.08, s * 0.5)
        path.quadTo(s * 0.5, s * 0.08, s * 0.92, s * 0.5)
        path.quadTo(s * 0.5, s * 0.92, s * 0.08, s * 0.5)
        p.drawPath(path)
        p.drawEllipse(QPointF(s * 0.5, s * 0.5), s * 0.14, s * 0.14)
        if kind == "eye-off":
            p.drawLine(QPointF(s * 0.16, s * 0.86), QPointF(s * 0.84, s * 0.14))
    elif kind == "copy":
        p.drawRoundedRect(QRectF(s * 0.34, s * 0.3, s * 0.5, s * 0.56), s / 8, s / 8)
        path = QPainterPath()
        path.moveTo(s * 0.24, s * 0.7)
        path.lineTo(s * 0.16, s * 0.7)
        path.lineTo(s * 0.16, s * 0.14)
        path.lineTo(s * 0.62, s * 0.14)
        path.lineTo(s * 0.62, s * 0.22)
        p.drawPath(path)
    elif kind == "edit":
        path = QPainterPath()
        path.moveTo(s * 0.18, s * 0.82)
        path.lineTo(s * 0.2, s * 0.64)
        path.lineTo(s * 0.66, s * 0.18)
        path.lineTo(s * 0.82, s * 0.34)
        path.lineTo(s * 0.36, s * 0.8)
        path.closeSubpath()
        p.drawPath(path)
        p.drawLine(QPointF(s * 0.56, s * 0.28), QPointF(s * 0.72, s * 0.44))
    elif kind == "delete":
        p.drawLine(QPointF(s * 0.16, s * 0.26), QPointF(s * 0.84, s * 0.26))
        p.drawLine(QPointF(s * 0.4, s * 0.26), QPointF(s * 0.42, s * 0.14))
        p.drawLine(QPointF(s * 0.42, s * 0.14), QPointF(s * 0.58, s * 0.14))
        p.drawLine(QPointF(s * 0.58, s * 0.14), QPointF(s * 0.6, s * 0.26))
        path = QPainterPath()
        path.moveTo(s * 0.24, s * 0.26)
        path.lineTo(s * 0.3, s * 0.86)
        path.lineTo(s * 0.7, s * 0.86)
        path.lineTo(s * 0.76, s * 0.26)
        p.drawPath(path)
        p.drawLine(QPointF(s * 0.44, s * 0.42), QPointF(s * 0.44, s * 0.7))
        p.drawLine(QPointF(s * 0.56, s * 0.42), QPointF(s * 0.56, s * 0.7))
    elif kind == "check":
        path = QPainterPath()
        path.moveTo(s * 0.18, s * 0.52)
        path.lineTo(s * 0.4, s * 0.74)
        path.lineTo(s * 0.82, s * 0.28)
        p.drawPath(path)
    elif kind == "plus":
        p.drawLine(QPointF(s * 0.5, s * 0.18), QPointF(s * 0.5, s * 0.82))
        p.drawLine(QPointF(s * 0.18, s * 0.5), QPointF(s * 0.82, s * 0.5))
    elif kind == "search":
        p.drawEllipse(QPointF(s * 0.44, s * 0.44), s * 0.26, s * 0.26)
        p.drawLine(QPointF(s * 0.64, s * 0.64), QPointF(s * 0.86, s * 0.86))
    elif kind == "warning":
        path = QPainterPath()
        path.moveTo(s * 0.5, s * 0.1)
        path.lineTo(s * 0.92, s * 0.86)
        path.lineTo(s * 0.08, s * 0.86)
        path.closeSubpath()
        p.drawPath(path)
        p.drawLine(QPointF(s * 0.5, s * 0.38), QPointF(s * 0.5, s * 0.6))
        p.drawPoint(QPointF(s * 0.5, s * 0.73))
    elif kind in ("add", "minus"):
        p.drawEllipse(QRectF(s * 0.14, s * 0.14, s * 0.72, s * 0.72))
        p.drawLine(QPointF(s * 0.33, s * 0.5), QPointF(s * 0.67, s * 0.5))
        if kind == "add":
            p.drawLine(QPointF(s * 0.5, s * 0.33), QPointF(s * 0.5, s * 0.67))
    elif kind == "remove":
        p.drawLine(QPointF(s * 0.3, s * 0.3), QPointF(s * 0.7, s * 0.7))
        p.drawLine(QPointF(s * 0.7, s * 0.3), QPointF(s * 0.3, s * 0.7))
    elif kind == "trash":
        p.drawLine(QPointF(s * 0.2, s * 0.28), QPointF(s * 0.8, s * 0.28))
        p.drawLine(QPointF(s * 0.4, s * 0.28), QPointF(s * 0.42, s * 0.16))
        p.drawLine(QPointF(s * 0.42, s * 0.16), QPointF(s * 0.58, s * 0.16))
        p.drawLine(QPointF(s * 0.58, s * 0.16), QPointF(s * 0.6, s * 0.28))
        body = QPainterPath()
        body.moveTo(s * 0.28, s * 0.34)
        body.lineTo(s * 0.32, s * 0.84)
        body.lineTo(s * 0.68, s * 0.84)
        body.lineTo(s * 0.72, s * 0.34)
        p.drawPath(body)
