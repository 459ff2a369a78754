"""Small line icons drawn in code (no image files to ship or scale)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap


def line_icon(kind: str, color: str = "#5b6678", size: int = 16, width: float = 1.4) -> QIcon:
    """Small line icons drawn at run time.

    Kinds: eye, eye-off, copy, edit, delete, trash, check, plus, add, minus, remove,
    search, warning; anything else draws nothing (a blank placeholder). ``color`` is
    the light theme's; the icon is drawn in the shade for the theme in use, and on a
    selected row in the selection's text colour (a tinted icon reads poorly on it).
    """
    from PySide6.QtGui import QGuiApplication, QPalette

    from msdesk.ui.theme import color as themed_color

    icon = QIcon(_draw(kind, themed_color(color), size, width))
    selected = QGuiApplication.palette().color(QPalette.ColorRole.HighlightedText).name()
    icon.addPixmap(_draw(kind, selected, size, width), QIcon.Mode.Selected)
    return icon


def _draw(kind: str, color: str, size: int, width: float) -> QPixmap:
    ratio = 2.0
    pix = QPixmap(int(size * ratio), int(size * ratio))
    pix.setDevicePixelRatio(ratio)
    pix.fill(QColor(0, 0, 0, 0))
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
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
        p.drawRoundedRect(QRectF(s * 0.34, s * 0.3, s * 0.5, s * 0.56), 2, 2)
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
    p.end()
    return pix
