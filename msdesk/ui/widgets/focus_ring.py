"""A ring around the control that has the keyboard focus, where the style shows none.

Fusion (Linux, and every platform without a style of its own) draws a
default push button the same with and without focus, an empty table or a
text to read shows none either: Tab lands on them and nothing on screen
changes. Qt's ``QFocusFrame`` draws a ring around such a control, in
the accent colour of the theme in use; like the style's own focus frames it
shows only while the keyboard moves the focus (Tab, shortcuts), not after a
click.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFocusFrame,
    QPushButton,
    QSplitter,
    QTextEdit,
    QWidget,
)

from msdesk.ui.theme import set_color
from msdesk.ui.widgets.colors import ACCENT

_ring: QFocusFrame | None = None


def needs_ring(widget: QWidget | None) -> bool:
    """``widget`` shows no focus of its own: a default push button, a list or table, a text
    to read that shows no cursor."""
    if isinstance(widget, QPushButton):
        return widget.isDefault()
    if isinstance(widget, QTextEdit):
        return widget.isReadOnly() and not widget.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByKeyboard
    return isinstance(widget, QAbstractItemView)


def _focus_changed(_old: QWidget | None, new: QWidget | None) -> None:
    global _ring
    keyboard = new is not None and new.window().testAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange)
    # Not in a splitter: a splitter takes each new child for one of its panes.
    if not keyboard or not needs_ring(new) or isinstance(new.parentWidget(), QSplitter):
        if _ring is not None:
            _ring.setWidget(None)
        return
    if _ring is None:
        _ring = QFocusFrame()
        _ring.setObjectName("focusRing")
        _ring.destroyed.connect(_forget)
    set_color(_ring, ACCENT, QPalette.ColorRole.WindowText)  # the theme may have changed since
    _ring.setWidget(new)


def _forget() -> None:
    global _ring
    _ring = None


def install() -> None:
    """Follow the keyboard focus in every window of the application (once)."""
    app = QApplication.instance()
    if isinstance(app, QApplication) and not app.property("msdeskFocusRing"):
        app.setProperty("msdeskFocusRing", True)
        app.focusChanged.connect(_focus_changed)
