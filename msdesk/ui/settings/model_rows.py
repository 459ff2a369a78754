"""The rows of a provider's model list, and the small pieces its dialogs share.

Labels of tasks and capabilities, the two-line model rows with their
capability pills (``ModelRowDelegate``), the tree they sit in, row action
buttons and the shared line icons, drawn a little bolder here. Used by the
Models section of a provider and by its two dialogs (``model_edit_dialog``,
``manage_models_dialog``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QIcon,
    QPainter,
    QPalette,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from msdesk.core import i18n
from msdesk.core.i18n import list_separator, translate
from msdesk.core.provider_config import CAPABILITIES
from msdesk.core.settings import ModelEntry
from msdesk.ui import icons
from msdesk.ui.theme import qcolor

if TYPE_CHECKING:
    from PySide6.QtGui import QKeyEvent


# -- labels -------------------------------------------------------------------
# Built on each call, so they follow the language in use.


def _task_labels() -> dict[str, str]:
    # The tasks' full names are core's (the task pickers there and here say the same).
    from msdesk.core.provider_config import task_choices

    return dict(task_choices())


def _task_short_labels() -> dict[str, str]:
    return {
        "text-generation": translate("ui.settings.model_rows", "Text generation"),
        "image-text-to-text": translate("ui.settings.model_rows", "Image + text"),
        "text-to-image-synthesis": translate("ui.settings.model_rows", "Image generation"),
        "sentence-embedding": translate("ui.settings.model_rows", "Embedding"),
        "other": translate("ui.settings.model_rows", "Other"),
    }


def _capability_labels() -> dict[str, str]:
    return {
        "chat": translate("ui.settings.model_rows", "Chat"),
        "vision": translate("ui.settings.model_rows", "Vision"),
        "reasoning": translate("ui.settings.model_rows", "Reasoning"),
        "tools": translate("ui.settings.model_rows", "Tools"),
        "embedding": translate("ui.settings.model_rows", "Embedding"),
        "image-generation": translate("ui.settings.model_rows", "Image generation"),
    }


def _capability_help() -> dict[str, str]:
    return {
        "chat": translate("ui.settings.model_rows", "Answers messages in a conversation"),
        "vision": translate("ui.settings.model_rows", "Understands images sent with a message"),
        "reasoning": translate("ui.settings.model_rows", "Thinks before answering and shows its reasoning"),
        "tools": translate("ui.settings.model_rows", "Can call tools (function calling)"),
        "embedding": translate("ui.settings.model_rows", "Turns text into vectors for search"),
        "image-generation": translate("ui.settings.model_rows", "Draws images from a prompt"),
    }
# (background, text) of each capability pill.
PILL_COLOURS: dict[str, tuple[str, str]] = {
    "chat": ("#e3edff", "#1f56b3"),
    "vision": ("#efe6ff", "#6334b0"),
    "reasoning": ("#fff0dc", "#9a5200"),
    "tools": ("#dff4f0", "#10705f"),
    "embedding": ("#e4f4e1", "#2c6f25"),
    "image-generation": ("#fde6f0", "#a12d63"),
}
_PILL_OTHER = ("#eceff3", "#475061")


def task_short(task: str) -> str:
    """The task's short name, for the Task column."""
    found = _task_short_labels().get(task)
    if found is not None:
        return found
    return task.replace("-", " ").capitalize() or translate("ui.settings.model_rows", "Other")


def task_label(task: str) -> str:
    """The task's full name, for menus and tooltips (the task itself when the app has no name for it)."""
    return _task_labels().get(task, task)


def capability_label(cap: str) -> str:
    """The capability's name, as its pill shows it."""
    return _capability_labels().get(cap, cap.replace("-", " ").capitalize())


def capability_help(cap: str) -> str:
    """What the capability means, in one line."""
    return _capability_help().get(cap, cap)


def ordered_caps(caps: Iterable[str]) -> list[str]:
    """Capabilities in the order the app shows them everywhere."""
    caps = list(dict.fromkeys(caps))
    known = [c for c in CAPABILITIES if c in caps]
    return known + sorted(c for c in caps if c not in CAPABILITIES)


def join_names(names: list[str], limit: int = 3) -> str:
    """``a``, ``a and b``, ``a, b and c``, ``a, b, c and 2 more``, in the user's language."""
    return i18n.join_names(names, limit)


# -- icons ----------------------------------------------------------------------


def line_icon(kind: str, color: str = "#5b6678", size: int = 16) -> QIcon:
    """The shared line icons (``msdesk.ui.icons``), drawn a little bolder in model lists."""
    return icons.line_icon(kind, color, size, width=1.6)


def tool_button(icon: str, tip: str, accessible: str, *, color: str = "#5b6678",
                object_name: str = "") -> QToolButton:
    button = QToolButton()
    if object_name:
        button.setObjectName(object_name)
    button.setIcon(line_icon(icon, color))
    icons.follow_text_size(button)
    button.setAutoRaise(True)
    button.setToolTip(tip)
    button.setAccessibleName(accessible)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keyboard works on the list itself
    return button


def actions_cell(*buttons: QToolButton) -> QWidget:
    """Buttons for a row's last column, right-aligned."""
    cell = QWidget()
    cell.setObjectName("rowActions")
    layout = QHBoxLayout(cell)
    layout.setContentsMargins(0, 0, 6, 0)
    layout.setSpacing(2)
    layout.addStretch(1)
    for button in buttons:
        layout.addWidget(button)
    return cell


# -- the rows -----------------------------------------------------------------

KIND_ROLE = Qt.ItemDataRole.UserRole + 1  # "group" or "model"
ID_ROLE = Qt.ItemDataRole.UserRole + 2  # model ID, or the group name on group rows
CAPS_ROLE = Qt.ItemDataRole.UserRole + 3  # list of capabilities (model rows, pills column)
SUBTITLE_ROLE = Qt.ItemDataRole.UserRole + 4  # second line / count shown next to a group
IN_LIST_ROLE = Qt.ItemDataRole.UserRole + 5  # Manage dialog: the model is in the user's list

COL_MODEL, COL_TASK, COL_CAPS, COL_ACTIONS = range(4)

_PILL_HEIGHT = 18
_PILL_GAP = 4
_PILL_PAD = 7


def _pill_font(base: QFont) -> QFont:
    font = QFont(base)
    size = base.pointSizeF()
    if size > 0:
        font.setPointSizeF(max(7.0, size - 1.5))
    font.setWeight(QFont.Weight.DemiBold)
    return font


def pill_width(font: QFont, caps: Iterable[str]) -> int:
    metrics = QFontMetrics(_pill_font(font))
    widths = [metrics.horizontalAdvance(capability_label(c)) + 2 * _PILL_PAD for c in caps]
    return sum(widths) + _PILL_GAP * max(0, len(widths) - 1)


class ModelRowDelegate(QStyledItemDelegate):
    """Paints model rows as name over ID, group rows as title and count, and capability pills."""

    def _background(self, painter: QPainter, option: QStyleOptionViewItem,
                    index: QModelIndex | QPersistentModelIndex) -> QStyleOptionViewItem:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        return opt

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        kind = index.data(KIND_ROLE)
        column = index.column()
        if kind == "model" and column == COL_MODEL:
            self._paint_model(painter, option, index)
        elif kind == "group" and column == COL_MODEL:
            self._paint_group(painter, option, index)
        elif kind == "model" and column == COL_CAPS:
            self._paint_pills(painter, option, index)
        else:
            super().paint(painter, option, index)

    def _text_colours(self, opt: QStyleOptionViewItem) -> tuple[QColor, QColor]:
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette = opt.palette
        if selected:
            main = palette.color(QPalette.ColorRole.HighlightedText)
            muted = QColor(main)
            muted.setAlphaF(0.78)
            return main, muted
        return palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.PlaceholderText)

    def _paint_model(self, painter: QPainter, option: QStyleOptionViewItem,
                     index: QModelIndex | QPersistentModelIndex) -> None:
        opt = self._background(painter, option, index)
        main, muted = self._text_colours(opt)
        rect = opt.rect.adjusted(4, 3, -6, -3)
        if not opt.icon.isNull():
            rect.setLeft(rect.left() + opt.decorationSize.width() + 6)
        name = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        subtitle = str(index.data(SUBTITLE_ROLE) or "")
        painter.save()
        name_font = QFont(opt.font)
        if index.data(IN_LIST_ROLE):
            name_font.setWeight(QFont.Weight.DemiBold)
        small = QFont(opt.font)
        if small.pointSizeF() > 0:
            small.setPointSizeF(max(7.0, small.pointSizeF() - 1))
        name_metrics, small_metrics = QFontMetrics(name_font), QFontMetrics(small)
        total = name_metrics.height() + (small_metrics.height() if subtitle else 0)
        top = rect.top() + max(0, (rect.height() - total) // 2)
        painter.setFont(name_font)
        painter.setPen(main)
        painter.drawText(
            QRectF(rect.left(), top, rect.width(), name_metrics.height()),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            name_metrics.elidedText(name, Qt.TextElideMode.ElideRight, rect.width()),
        )
        if subtitle:
            painter.setFont(small)
            painter.setPen(muted)
            painter.drawText(
                QRectF(rect.left(), top + name_metrics.height(), rect.width(), small_metrics.height()),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                small_metrics.elidedText(subtitle, Qt.TextElideMode.ElideMiddle, rect.width()),
            )
        painter.restore()

    def _paint_group(self, painter: QPainter, option: QStyleOptionViewItem,
                     index: QModelIndex | QPersistentModelIndex) -> None:
        opt = self._background(painter, option, index)
        main, muted = self._text_colours(opt)
        rect = opt.rect.adjusted(4, 0, -6, 0)
        title = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        count = str(index.data(SUBTITLE_ROLE) or "")
        bold = QFont(opt.font)
        bold.setWeight(QFont.Weight.DemiBold)
        bold_metrics = QFontMetrics(bold)
        painter.save()
        painter.setFont(bold)
        painter.setPen(main)
        title = bold_metrics.elidedText(title, Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), title)
        if count:
            left = rect.left() + bold_metrics.horizontalAdvance(title) + 8
            painter.setFont(opt.font)
            painter.setPen(muted)
            painter.drawText(
                QRectF(left, rect.top(), max(0, rect.right() - left), rect.height()),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                count,
            )
        painter.restore()

    def _paint_pills(self, painter: QPainter, option: QStyleOptionViewItem,
                     index: QModelIndex | QPersistentModelIndex) -> None:
        opt = self._background(painter, option, index)
        caps = ordered_caps(index.data(CAPS_ROLE) or [])
        if not caps:
            return
        font = _pill_font(opt.font)
        metrics = QFontMetrics(font)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(font)
        x = float(opt.rect.left() + 4)
        height = max(_PILL_HEIGHT, metrics.height() + 2)  # taller with a larger text size
        y = opt.rect.top() + (opt.rect.height() - height) / 2
        right = opt.rect.right() - 4
        for cap in caps:
            label = capability_label(cap)
            width = metrics.horizontalAdvance(label) + 2 * _PILL_PAD
            if x + width > right:
                break
            background, text = PILL_COLOURS.get(cap, _PILL_OTHER)
            pill = QRectF(x, y, width, height)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(qcolor(background))
            painter.drawRoundedRect(pill, height / 2, height / 2)
            painter.setPen(qcolor(text))
            painter.drawText(pill, int(Qt.AlignmentFlag.AlignCenter), label)
            x += width + _PILL_GAP
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        hint = super().sizeHint(option, index)
        kind = index.data(KIND_ROLE)
        metrics = QFontMetrics(option.font)
        if kind == "model":
            lines = 2 if index.data(SUBTITLE_ROLE) else 1
            height = metrics.height() * lines + 12
            if index.column() == COL_CAPS:
                width = pill_width(option.font, index.data(CAPS_ROLE) or []) + 12
                return QSize(max(width, 40), max(hint.height(), height))
            if index.column() == COL_MODEL:
                width = max(metrics.horizontalAdvance(str(index.data() or "")),
                            metrics.horizontalAdvance(str(index.data(SUBTITLE_ROLE) or ""))) + 40
                return QSize(width, max(hint.height(), height))
            return QSize(hint.width(), max(hint.height(), height))
        if kind == "group":
            return QSize(hint.width() + 80, max(hint.height(), metrics.height() + 14))
        return hint


def _set_roles(item: QTreeWidgetItem, kind: str, key: str, subtitle: str, caps: list[str],
               in_list: bool) -> None:
    """Set every role the delegate reads, on every column.

    Reading a role that was never set gives ``None``; with PySide6 6.12.0 on
    Python 3.11 each such read drops a reference to ``None`` that was never
    taken (and the process aborts once the count reaches zero), so the rows
    never leave a role unset.
    """
    for column in range(4):
        item.setData(column, KIND_ROLE, kind)
        item.setData(column, ID_ROLE, key)
        item.setData(column, SUBTITLE_ROLE, subtitle)
        item.setData(column, CAPS_ROLE, caps)
        item.setData(column, IN_LIST_ROLE, in_list)
    for column in (COL_TASK, COL_CAPS, COL_ACTIONS):
        item.setText(column, "")


def model_item(entry: ModelEntry, *, in_list: bool | None = None) -> QTreeWidgetItem:
    """A model row: name over ID, task, capability pills."""
    item = QTreeWidgetItem()
    name = entry.name or entry.id
    caps = ordered_caps(entry.capabilities)
    _set_roles(item, "model", entry.id, entry.id if entry.id != name else "", caps, bool(in_list))
    item.setText(COL_MODEL, name)
    item.setToolTip(COL_MODEL, entry.id)
    item.setText(COL_TASK, task_short(entry.task))
    item.setToolTip(COL_TASK, task_label(entry.task))
    separator = list_separator()
    caps_text = separator.join(capability_label(c) for c in caps) or translate(
        "ui.settings.model_rows", "No capabilities set")
    item.setToolTip(COL_CAPS, "\n".join(
        translate("ui.settings.model_rows", "{capability}: {meaning}").format(
            capability=capability_label(c), meaning=capability_help(c))
        for c in caps
    ) or caps_text)
    values = {"name": name, "id": entry.id, "task": task_short(entry.task), "capabilities": caps_text}
    if in_list is None:
        described = translate("ui.settings.model_rows", "{name}, {id}, {task}, {capabilities}").format(**values)
    elif in_list:
        described = translate(
            "ui.settings.model_rows", "{name}, {id}, {task}, {capabilities}, in your list").format(**values)
    else:
        described = translate(
            "ui.settings.model_rows", "{name}, {id}, {task}, {capabilities}, not in your list").format(**values)
    item.setData(COL_MODEL, Qt.ItemDataRole.AccessibleTextRole, described)
    item.setData(COL_CAPS, Qt.ItemDataRole.AccessibleTextRole, caps_text)
    return item


def group_item(group: str, count_text: str) -> QTreeWidgetItem:
    item = QTreeWidgetItem()
    _set_roles(item, "group", group, count_text, [], False)
    item.setText(COL_MODEL, group)
    item.setData(COL_MODEL, Qt.ItemDataRole.AccessibleTextRole, translate(
        "ui.settings.model_rows", "Group {group}, {count}").format(group=group, count=count_text))
    return item


def make_model_tree(object_name: str, accessible: str) -> QTreeWidget:
    tree = QTreeWidget()
    tree.setObjectName(object_name)
    tree.setAccessibleName(accessible)
    tree.setColumnCount(4)
    tree.setHeaderLabels([
        translate("ui.settings.model_rows", "Model"),
        translate("ui.settings.model_rows", "Task"),
        translate("ui.settings.model_rows", "Capabilities"),
        "",
    ])
    tree.setItemDelegate(ModelRowDelegate(tree))
    tree.setRootIsDecorated(True)
    tree.setUniformRowHeights(False)
    tree.setAnimated(False)
    tree.setAllColumnsShowFocus(True)
    tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    tree.setIndentation(14)
    header = tree.header()
    header.setStretchLastSection(False)
    header.setSectionsMovable(False)
    header.setSectionResizeMode(COL_MODEL, QHeaderView.ResizeMode.Stretch)
    header.setSectionResizeMode(COL_TASK, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(COL_CAPS, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(COL_ACTIONS, QHeaderView.ResizeMode.Fixed)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return tree


@contextmanager
def bulk_update(tree: QTreeWidget) -> Iterator[None]:
    """Fill a tree without re-measuring every row after each insertion.

    With ResizeToContents columns, Qt measures all rows after each added row,
    which makes a rebuild quadratic (seconds for a few hundred models). The
    columns are frozen while rows go in and sized once at the end.
    """
    header = tree.header()
    modes = {col: header.sectionResizeMode(col) for col in range(header.count())}
    uniform = tree.uniformRowHeights()
    tree.setUpdatesEnabled(False)
    tree.setUniformRowHeights(True)  # no per-row measuring while rows go in
    for col, mode in modes.items():
        if mode == QHeaderView.ResizeMode.ResizeToContents:
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
    try:
        yield
    finally:
        tree.setUniformRowHeights(uniform)
        for col, mode in modes.items():
            header.setSectionResizeMode(col, mode)
        tree.setUpdatesEnabled(True)


def tint_group_row(tree: QTreeWidget, item: QTreeWidgetItem) -> None:
    """Group rows sit on a faint band so the list reads as sections."""
    colour = tree.palette().color(QPalette.ColorRole.AlternateBase)
    for column in range(tree.columnCount()):
        item.setBackground(column, colour)


class KeyFilter(QObject):
    """Calls ``handler(key_event)`` for key presses on a widget; a true result eats the key."""

    def __init__(self, handler: Callable[[QKeyEvent], bool], parent: QObject) -> None:
        super().__init__(parent)
        self._handler = handler

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            return self._handler(event)  # type: ignore[arg-type]
        return False


DIALOG_STYLE = """
#fieldError { color: #b3261e; }
#fieldNote { color: #8a5a00; }
#fieldHint { color: palette(placeholder-text); }
#dialogIntro { color: palette(placeholder-text); }
QLineEdit[readOnly="true"] { background: palette(window); color: palette(placeholder-text); }
#manageError { background: #fdecea; border: 1px solid #f1b7b1; border-radius: 8px; }
#manageError QLabel { color: #7a1f17; }
#manageBusy QLabel { color: palette(placeholder-text); }
#emptyFilter { color: palette(placeholder-text); padding: 24px; }
"""
