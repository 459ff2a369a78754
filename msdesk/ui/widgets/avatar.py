"""A provider's avatar: two letters on a colour of its own."""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPixmap

_AVATAR_COLORS = ("#615ced", "#e0703a", "#2f8f83", "#b84a9b", "#3d7bd9", "#6f8b2f", "#c2483d")
_BUILTIN_AVATAR = {"modelscope": "#624aff", "modelscope-intl": "#3d5afe", "bailian": "#ff6a00"}


def avatar_color(provider_id: str) -> QColor:
    if provider_id in _BUILTIN_AVATAR:
        return QColor(_BUILTIN_AVATAR[provider_id])
    digest = hashlib.sha1(provider_id.encode()).digest()
    return QColor(_AVATAR_COLORS[digest[0] % len(_AVATAR_COLORS)])


def avatar_text(name: str) -> str:
    words = [w for w in name.replace("-", " ").split() if w]
    if not words:
        return "?"
    if len(words) == 1:
        return words[0][:2].capitalize()
    return (words[0][0] + words[1][0]).upper()


def paint_avatar(painter: QPainter, rect: QRectF, provider_id: str, name: str) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(avatar_color(provider_id))
    painter.drawRoundedRect(rect, rect.width() * 0.28, rect.width() * 0.28)
    font = QFont(painter.font())
    font.setPixelSize(max(9, int(rect.height() * 0.4)))
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("#ffffff"))
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, avatar_text(name))
    painter.restore()


def avatar_pixmap(provider_id: str, name: str, size: int = 40, ratio: float = 2.0) -> QPixmap:
    """The avatar as a picture of ``size`` logical pixels, with ``ratio`` device pixels to each
    (the screen's, at least 2)."""
    ratio = max(2.0, ratio)
    pix = QPixmap(int(size * ratio), int(size * ratio))
    pix.setDevicePixelRatio(ratio)
    pix.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pix)
    paint_avatar(painter, QRectF(0, 0, size, size), provider_id, name)
    painter.end()
    return pix
