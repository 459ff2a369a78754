"""Dialogs that grow when wrapped text appears in them, and fit the window they open over."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QSize, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget


def fit_height(dialog: QWidget) -> None:
    """Grow a dialog when wrapped text appears in it (Qt does not, for word-wrapped labels)."""

    def fit() -> None:
        if not shiboken6.isValid(dialog):
            return
        layout = dialog.layout()
        if layout is None:
            return
        layout.activate()
        width = dialog.width()
        if layout.hasHeightForWidth():
            needed = layout.totalHeightForWidth(width)
        else:
            needed = layout.totalSizeHint().height()
        if needed > dialog.height():
            dialog.resize(width, needed)

    QTimer.singleShot(0, dialog, fit)


def fitted(size: QSize, parent: QWidget | None) -> QSize:
    """``size``, made smaller where the window (or else the screen) it opens over has less room."""
    room: QSize | None = None
    if parent is not None and parent.window().isVisible():
        room = parent.window().size()
    else:
        screen = parent.screen() if parent is not None else QGuiApplication.primaryScreen()
        if screen is not None:
            room = screen.availableSize()
    return size if room is None else size.boundedTo(room)
