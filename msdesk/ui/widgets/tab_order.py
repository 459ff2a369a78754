"""Tab goes through a window in reading order: the order of its layouts.

Qt's Tab order is the order widgets were made in. Parts of the window are
made later than what is around them (a page on its first visit, the messages
of a conversation, a provider's token rows, the status bar before the pages),
so that order jumps about. ``follow_layout`` sets the order from the layouts
instead: rows top to bottom, left to right inside a row, a grid row by row,
a scroll area's content after the area itself. A list or table is one stop
(its rows have their own keys). Hidden parts are left as they are: they
are put in order when Tab is pressed again while they are shown.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QLayout,
    QScrollArea,
    QSplitter,
    QWidget,
)


def is_tab_stop(widget: QWidget) -> bool:
    """Tab can stop on ``widget`` itself (not on a stand-in for it)."""
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and widget.focusProxy() is None


def _items(layout: QLayout) -> list[int]:
    indices = list(range(layout.count()))
    if isinstance(layout, QGridLayout):
        indices.sort(key=lambda i: layout.getItemPosition(i)[:2])
    return indices


def _walk_layout(layout: QLayout, out: list[QWidget], seen: set[int]) -> None:
    for index in _items(layout):
        item = layout.itemAt(index)
        if item is None:
            continue
        widget = item.widget()
        if widget is not None:
            _walk(widget, out, seen)
        elif item.layout() is not None:
            _walk_layout(item.layout(), out, seen)


def _walk(widget: QWidget, out: list[QWidget], seen: set[int], *, root: bool = False) -> None:
    if id(widget) in seen or (not root and (widget.isWindow() or widget.isHidden())):
        return  # another window, or hidden with all it holds (a page not shown): Tab skips it
    seen.add(id(widget))
    if is_tab_stop(widget):
        out.append(widget)
    if isinstance(widget, QAbstractItemView):
        return  # one stop: the arrows move in it
    if isinstance(widget, QSplitter):
        for index in range(widget.count()):
            _walk(widget.widget(index), out, seen)
    elif isinstance(widget, QScrollArea) and widget.widget() is not None:
        _walk(widget.widget(), out, seen)
    layout = widget.layout()
    if layout is not None:
        _walk_layout(layout, out, seen)
    # Children placed by hand (no layout): after what the layouts hold.
    for child in widget.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
        _walk(child, out, seen)


def reading_order(root: QWidget) -> list[QWidget]:
    """The Tab stops inside ``root`` (and ``root`` if it is one), in the order of its layouts."""
    out: list[QWidget] = []
    _walk(root, out, set(), root=True)
    return out


def follow_layout(root: QWidget, *, last: QWidget | None = None) -> None:
    """Set the Tab order inside ``root`` to its reading order; ``last`` (and what is in it) comes at the end."""
    stops = reading_order(root)
    if last is not None:
        tail = reading_order(last)
        in_tail = {id(w) for w in tail}
        stops = [w for w in stops if id(w) not in in_tail] + tail
    for first, second in zip(stops, stops[1:], strict=False):
        if first.nextInFocusChain() is not second:
            QWidget.setTabOrder(first, second)
