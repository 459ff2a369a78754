"""Dialogs that grow when wrapped text appears in them."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QTimer
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
