"""The dialogs behind a provider's model list, and the pieces they share.

* ``ModelEditDialog``: add one or several models by ID, or edit one (the ID
  is then read-only). The group, task and capabilities are guessed from the
  ID as the user types, until the user sets them.
* ``ManageModelsDialog``: what the provider serves (its ``/models``), its
  defaults and the user's list, merged and grouped by owner; search, filter by
  capability, add or remove a model or a whole group.

Both save every change at once through ``services.config``. The row painting
(two-line model names, capability pills) and the small vector icons are
shared with ``models_section``.
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
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QIcon,
    QKeySequence,
    QPainter,
    QPalette,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from msdesk.core.provider_config import (
    CAPABILITIES,
    TASKS,
    group_models,
    merge_candidates,
    model_entry,
    parse_model_ids,
)
from msdesk.core.settings import ModelEntry
from msdesk.ui import icons
from msdesk.ui.async_task import AsyncRunner, user_message

if TYPE_CHECKING:
    from PySide6.QtGui import QKeyEvent, QShowEvent

    from msdesk.core.inference import RemoteModel
    from msdesk.core.providers import Provider
    from msdesk.core.services import Services

# -- labels -------------------------------------------------------------------

TASK_LABELS: dict[str, str] = dict(TASKS)
TASK_SHORT: dict[str, str] = {
    "text-generation": "Text generation",
    "image-text-to-text": "Image + text",
    "text-to-image-synthesis": "Image generation",
    "sentence-embedding": "Embedding",
    "other": "Other",
}
CAPABILITY_LABELS: dict[str, str] = {
    "chat": "Chat",
    "vision": "Vision",
    "reasoning": "Reasoning",
    "tools": "Tools",
    "embedding": "Embedding",
    "image-generation": "Image generation",
}
CAPABILITY_HELP: dict[str, str] = {
    "chat": "Answers messages in a conversation",
    "vision": "Understands images sent with a message",
    "reasoning": "Thinks before answering and shows its reasoning",
    "tools": "Can call tools (function calling)",
    "embedding": "Turns text into vectors for search",
    "image-generation": "Draws images from a prompt",
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
    return TASK_SHORT.get(task, task.replace("-", " ").capitalize() or "Other")


def task_label(task: str) -> str:
    return TASK_LABELS.get(task, task)


def capability_label(cap: str) -> str:
    return CAPABILITY_LABELS.get(cap, cap.replace("-", " ").capitalize())


def ordered_caps(caps: Iterable[str]) -> list[str]:
    """Capabilities in the order the app shows them everywhere."""
    caps = list(dict.fromkeys(caps))
    known = [c for c in CAPABILITIES if c in caps]
    return known + sorted(c for c in caps if c not in CAPABILITIES)


def join_names(names: list[str], limit: int = 3) -> str:
    """``a``, ``a and b``, ``a, b and c``, ``a, b, c and 2 more``."""
    if len(names) <= 1:
        return "".join(names)
    if len(names) > limit:
        return f"{', '.join(names[:limit])} and {len(names) - limit} more"
    return f"{', '.join(names[:-1])} and {names[-1]}"


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
    button.setIconSize(QSize(16, 16))
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
        y = opt.rect.top() + (opt.rect.height() - _PILL_HEIGHT) / 2
        right = opt.rect.right() - 4
        for cap in caps:
            label = capability_label(cap)
            width = metrics.horizontalAdvance(label) + 2 * _PILL_PAD
            if x + width > right:
                break
            background, text = PILL_COLOURS.get(cap, _PILL_OTHER)
            pill = QRectF(x, y, width, _PILL_HEIGHT)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(background))
            painter.drawRoundedRect(pill, _PILL_HEIGHT / 2, _PILL_HEIGHT / 2)
            painter.setPen(QColor(text))
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
    caps_text = ", ".join(capability_label(c) for c in caps) or "No capabilities set"
    item.setToolTip(COL_CAPS, "\n".join(f"{capability_label(c)}: {CAPABILITY_HELP.get(c, c)}" for c in caps)
                    or caps_text)
    described = f"{name}, {entry.id}, {task_short(entry.task)}, {caps_text}"
    if in_list is not None:
        described += ", in your list" if in_list else ", not in your list"
    item.setData(COL_MODEL, Qt.ItemDataRole.AccessibleTextRole, described)
    item.setData(COL_CAPS, Qt.ItemDataRole.AccessibleTextRole, caps_text)
    return item


def group_item(group: str, count_text: str) -> QTreeWidgetItem:
    item = QTreeWidgetItem()
    _set_roles(item, "group", group, count_text, [], False)
    item.setText(COL_MODEL, group)
    item.setData(COL_MODEL, Qt.ItemDataRole.AccessibleTextRole, f"Group {group}, {count_text}")
    return item


def make_model_tree(object_name: str, accessible: str) -> QTreeWidget:
    tree = QTreeWidget()
    tree.setObjectName(object_name)
    tree.setAccessibleName(accessible)
    tree.setColumnCount(4)
    tree.setHeaderLabels(["Model", "Task", "Capabilities", ""])
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


_DIALOG_STYLE = """
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


# -- add / edit -------------------------------------------------------------------


class ModelEditDialog(QDialog):
    """Add models by ID (``entry=None``) or edit one model (its ID is then read-only).

    Saves through ``services.config`` when the user presses Add/Save; stays
    open with the reason shown when that fails.

    Signals:
        saved(list, list): (IDs added or edited, IDs skipped because they were in the list).
    """

    saved = Signal(list, list)

    def __init__(self, services: Services, provider_id: str, entry: ModelEntry | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._provider_id = provider_id
        self._provider: Provider = services.provider(provider_id)
        self._entry = entry
        self._editing = entry is not None
        self._require_owner = self._provider.is_modelscope
        self._group_touched = self._editing
        self._task_touched = self._editing
        self._caps_touched = self._editing
        self._valid: list[str] = []
        self._new: list[str] = []
        self.setObjectName("modelEditDialog")
        self.setStyleSheet(_DIALOG_STYLE)
        title = "Edit model" if self._editing else f"Add models to {self._provider.name}"
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setMinimumWidth(520)

        example = "Qwen/Qwen3-8B" if self._require_owner else "qwen-max-latest"
        self.id_edit = QLineEdit(objectName="modelIdEdit")
        self.id_edit.setAccessibleName("Model ID")
        self.id_edit.setClearButtonEnabled(not self._editing)
        if self._require_owner:
            self.id_edit.setPlaceholderText("owner/name, e.g. Qwen/Qwen3-8B")
            hint = "The ID as ModelScope shows it: owner/name. Separate several IDs with commas."
        else:
            self.id_edit.setPlaceholderText(f"e.g. {example}")
            hint = f"The model name {self._provider.name} expects. Separate several IDs with commas."
        self.id_edit.setToolTip(hint)
        self.id_hint = QLabel(hint, objectName="fieldHint", wordWrap=True)
        self.id_error = QLabel(objectName="fieldError", wordWrap=True)
        self.id_error.setAccessibleName("Model ID error")
        self.id_error.hide()
        self.id_note = QLabel(objectName="fieldNote", wordWrap=True)
        self.id_note.setAccessibleName("Model ID note")
        self.id_note.hide()

        self.name_edit = QLineEdit(objectName="modelNameEdit")
        self.name_edit.setAccessibleName("Display name")
        self.name_edit.setToolTip("How the model is shown in lists; defaults to the last part of its ID.")
        self.group_edit = QLineEdit(objectName="modelGroupEdit")
        self.group_edit.setAccessibleName("Group")
        self.group_edit.setToolTip("Models are grouped under this name; by default the owner in the ID.")
        self.task_combo = QComboBox(objectName="modelTaskCombo")
        self.task_combo.setAccessibleName("Task type")
        self.task_combo.setToolTip("What the model does; guessed from the ID until you pick one.")
        for key, label in TASKS:
            self.task_combo.addItem(label, key)

        self.cap_boxes: dict[str, QCheckBox] = {}
        caps_box = QWidget(objectName="modelCapabilities")
        caps_layout = QGridLayout(caps_box)
        caps_layout.setContentsMargins(0, 0, 0, 0)
        caps_layout.setHorizontalSpacing(16)
        caps_layout.setVerticalSpacing(4)
        for number, cap in enumerate(CAPABILITIES):
            box = QCheckBox(capability_label(cap))
            box.setObjectName("capability" + "".join(p.capitalize() for p in cap.split("-")))
            box.setToolTip(CAPABILITY_HELP.get(cap, cap))
            box.setAccessibleName(f"Capability: {capability_label(cap)}")
            box.clicked.connect(self._caps_clicked)
            caps_layout.addWidget(box, number // 3, number % 3)
            self.cap_boxes[cap] = box
        self.caps_hint = QLabel(objectName="fieldHint", wordWrap=True)

        id_column = QVBoxLayout()
        id_column.setSpacing(3)
        id_column.addWidget(self.id_edit)
        id_column.addWidget(self.id_error)
        id_column.addWidget(self.id_note)
        id_column.addWidget(self.id_hint)
        caps_column = QVBoxLayout()
        caps_column.setSpacing(3)
        caps_column.addWidget(caps_box)
        caps_column.addWidget(self.caps_hint)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setHorizontalSpacing(14)
        form.setVerticalSpacing(10)
        id_label = QLabel("Model &ID")
        id_label.setBuddy(self.id_edit)
        caps_label = QLabel("Capabilities")
        form.addRow(id_label, id_column)
        form.addRow("Display &name", self.name_edit)
        form.addRow("&Group", self.group_edit)
        form.addRow("&Task", self.task_combo)
        form.addRow(caps_label, caps_column)
        # Labels beside multi-line fields line up with the fields' first line.
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

        self.error = QLabel(objectName="fieldError", wordWrap=True)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("modelDialogOk")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(12)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        self.id_edit.textChanged.connect(self._id_changed)
        self.group_edit.textEdited.connect(self._group_edited)
        self.task_combo.activated.connect(self._task_picked)

        if entry is not None:
            self.id_edit.setText(entry.id)
            self.id_edit.setReadOnly(True)
            self.id_edit.setToolTip("The ID cannot be changed; remove the model and add the new ID instead.")
            self.id_hint.setText("The ID cannot be changed; remove the model and add the new ID instead.")
            self.name_edit.setText(entry.name)
            self.name_edit.setPlaceholderText(model_entry(entry.id).name)
            self.group_edit.setText(entry.group)
            self._select_task(entry.task)
            self._show_caps(entry.capabilities)
            self.ok_button.setText("Save")
            self.name_edit.setFocus()
        else:
            self._id_changed("")
            self.id_edit.setFocus()

    # -- the fields ---------------------------------------------------------

    @property
    def provider_id(self) -> str:
        return self._provider_id

    def task(self) -> str:
        return str(self.task_combo.currentData() or "other")

    def capabilities(self) -> list[str]:
        return [cap for cap, box in self.cap_boxes.items() if box.isChecked()]

    def _select_task(self, task: str) -> None:
        index = self.task_combo.findData(task)
        if index < 0:  # a task the app has no label for: keep it as it is
            self.task_combo.addItem(task_label(task), task)
            index = self.task_combo.count() - 1
        self.task_combo.setCurrentIndex(index)

    def _show_caps(self, caps: Iterable[str]) -> None:
        caps = set(caps)
        for cap, box in self.cap_boxes.items():
            box.setChecked(cap in caps)

    def _group_edited(self, _text: str) -> None:
        self._group_touched = True

    def _task_picked(self, _index: int) -> None:
        self._task_touched = True
        if not self._caps_touched:
            self._guess_caps()
        self._update_caps_hint()

    def _caps_clicked(self) -> None:
        self._caps_touched = True
        self._update_caps_hint()

    def _tokens(self, text: str) -> list[str]:
        valid, invalid = parse_model_ids(text, require_owner=self._require_owner)
        return valid + [i for i in invalid if i not in valid]

    def _guess_caps(self) -> None:
        tokens = self._tokens(self.id_edit.text())
        if not tokens:
            self._show_caps([])
            return
        guess = model_entry(tokens[0], task=self.task() if self._task_touched else "")
        self._show_caps(guess.capabilities)

    def _update_caps_hint(self) -> None:
        if self._editing or self._caps_touched:
            self.caps_hint.setText("")
            self.caps_hint.hide()
            self._fit()
            return
        several = len(self._tokens(self.id_edit.text())) > 1
        self.caps_hint.setText(
            "Guessed from each ID and task; tick or untick to set them yourself."
            if several else "Guessed from the ID and task; tick or untick to set them yourself."
        )
        self.caps_hint.show()
        self._fit()

    def _id_changed(self, text: str) -> None:
        if self._editing:
            self._set_ok(True)
            return
        valid, invalid = parse_model_ids(text, require_owner=self._require_owner)
        tokens = valid + invalid
        have = {m.id for m in self._services.config.models(self._provider_id)}
        self._valid = valid
        self._new = [i for i in valid if i not in have]
        duplicates = [i for i in valid if i in have]

        if invalid:
            shown = ", ".join(f"'{i}'" for i in invalid[:4]) + (" …" if len(invalid) > 4 else "")
            noun = "is not a valid model ID" if len(invalid) == 1 else "are not valid model IDs"
            rule = ("Use owner/name, e.g. Qwen/Qwen3-8B." if self._require_owner
                    else "Use letters, digits and . _ - : / only.")
            self.id_error.setText(f"{shown} {noun}. {rule}")
            self.id_error.show()
        else:
            self.id_error.clear()
            self.id_error.hide()
        if duplicates:
            names = join_names(duplicates)
            verb = "is" if len(duplicates) == 1 else "are"
            tail = " and will be skipped." if self._new else "."
            self.id_note.setText(f"{names} {verb} already in the list{tail}")
            self.id_note.show()
        else:
            self.id_note.clear()
            self.id_note.hide()

        several = len(tokens) > 1
        self.name_edit.setEnabled(not several)
        if several:
            self.name_edit.clear()
            self.name_edit.setPlaceholderText("Each model is named after its ID")
        else:
            self.name_edit.setPlaceholderText(model_entry(tokens[0]).name if tokens else "From the ID")
        if not self._group_touched:
            groups = list(dict.fromkeys(model_entry(t).group for t in tokens))
            self.group_edit.setText(groups[0] if len(groups) == 1 else "")
            self.group_edit.setPlaceholderText(
                "Each model's owner" if len(groups) > 1 else "From the ID (the owner)"
            )
        if not self._task_touched and tokens:
            self._select_task(model_entry(tokens[0]).task)
        if not self._caps_touched:
            self._guess_caps()
        self._update_caps_hint()

        count = len(self._new)
        self.ok_button.setText("Add" if count <= 1 else f"Add {count} models")
        self._set_ok(bool(self._new) and not invalid)
        self._fit()

    def _fit(self) -> None:
        """Grow or shrink to the messages shown (word-wrapped labels change height)."""
        layout = self.layout()
        if layout is None or not self.isVisible():
            return
        layout.activate()
        width = self.width()
        height = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else self.sizeHint().height()
        if height > 0 and height != self.height():
            self.resize(width, height)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit()

    def _set_ok(self, enabled: bool) -> None:
        self.ok_button.setEnabled(enabled)

    # -- saving -------------------------------------------------------------

    def entries(self) -> list[ModelEntry]:
        """What pressing Add/Save would store."""
        caps = self.capabilities() if self._caps_touched else None
        task = self.task() if self._task_touched else ""
        group = self.group_edit.text().strip() if self._group_touched else ""
        if self._editing and self._entry is not None:
            return [model_entry(self._entry.id, name=self.name_edit.text(), task=self.task(),
                                group=group, capabilities=self.capabilities())]
        several = len(self._new) > 1
        name = "" if several else self.name_edit.text()
        return [model_entry(i, name=name, task=task, group=group, capabilities=caps) for i in self._new]

    def accept(self) -> None:
        if not self.ok_button.isEnabled():
            return
        try:
            if self._editing:
                entry = self.entries()[0]
                self._services.config.update_model(self._provider_id, entry)
                done, skipped = [entry.id], []
            else:
                entries = self.entries()
                done = self._services.config.add_models(self._provider_id, entries)
                skipped = [i for i in self._valid if i not in done]
        except (ValueError, OSError) as exc:
            self.error.setText(user_message(exc))
            self.error.show()
            self._fit()
            return
        self.saved.emit(done, skipped)
        super().accept()


# -- manage -------------------------------------------------------------------------


class ManageModelsDialog(QDialog):
    """Pick models from what the provider serves, its defaults and the user's list.

    Fetches the provider's ``/models`` when shown; while it runs, and if it
    fails, the defaults and the current list are still offered. Each add or
    remove is saved at once.

    Signals:
        changed: the provider's model list changed (already saved).
    """

    changed = Signal()

    def __init__(self, services: Services, provider_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._provider_id = provider_id
        self._provider: Provider = services.provider(provider_id)
        self._remote: list[RemoteModel] = []
        self._fetched = False
        self._entries: dict[str, ModelEntry] = {}
        self._sources: dict[str, set[str]] = {}
        self._in_list: set[str] = set()
        self._model_items: dict[str, QTreeWidgetItem] = {}
        self._model_buttons: dict[str, QToolButton] = {}
        self._group_items: dict[str, QTreeWidgetItem] = {}
        self._group_buttons: dict[str, tuple[QToolButton, QToolButton]] = {}
        self._runner = AsyncRunner(self)
        self._check = line_icon("check", "#1f7a3d")
        self._blank = line_icon("none")

        name = self._provider.name
        self.setObjectName("manageModelsDialog")
        self.setStyleSheet(_DIALOG_STYLE)
        self.setWindowTitle(f"Manage models — {name}")
        self.setAccessibleName(f"Manage {name} models")
        self.resize(820, 600)
        self.setMinimumSize(560, 380)

        intro = QLabel(
            f"Everything {name} lists, its suggested models and your own list. "
            "Add or remove models here; changes are saved at once.",
            objectName="dialogIntro", wordWrap=True,
        )

        self.search = QLineEdit(objectName="modelSearchEdit")
        self.search.setPlaceholderText("Search by ID, name or owner")
        self.search.setAccessibleName("Search models")
        self.search.setToolTip("Search by ID, name or owner (Ctrl+F)")
        self.search.setClearButtonEnabled(True)
        self.capability = QComboBox(objectName="capabilityFilter")
        self.capability.setAccessibleName("Filter by capability")
        self.capability.setToolTip("Show only models with this capability")
        self.capability.addItem("All capabilities", "")
        for cap in CAPABILITIES:
            self.capability.addItem(capability_label(cap), cap)
        self.show_filter = QComboBox(objectName="listFilter")
        self.show_filter.setAccessibleName("Show")
        self.show_filter.setToolTip("Show every model, only those in your list, or only the others")
        self.show_filter.addItem("All models", "all")
        self.show_filter.addItem("In your list", "in")
        self.show_filter.addItem("Not added", "out")
        filters = QHBoxLayout()
        filters.setSpacing(8)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.capability)
        filters.addWidget(self.show_filter)

        self.busy = QWidget(objectName="manageBusy")
        busy_layout = QHBoxLayout(self.busy)
        busy_layout.setContentsMargins(0, 0, 0, 0)
        busy_bar = QProgressBar()
        busy_bar.setRange(0, 0)
        busy_bar.setFixedWidth(120)
        busy_bar.setMaximumHeight(8)
        busy_bar.setTextVisible(False)
        busy_bar.setAccessibleName("Fetching models")
        busy_layout.addWidget(busy_bar)
        busy_layout.addWidget(QLabel(f"Fetching the model list from {name}…"), 1)
        self.busy.hide()

        self.error_bar = QFrame(objectName="manageError")
        self.error_bar.setAccessibleName("Model list error")
        error_layout = QHBoxLayout(self.error_bar)
        error_layout.setContentsMargins(12, 8, 8, 8)
        self.error_text = QLabel(objectName="manageErrorText", wordWrap=True)
        self.error_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.retry_button = QPushButton("Retry", objectName="manageRetryButton")
        self.retry_button.setToolTip(f"Ask {name} for its model list again")
        self.retry_button.setAutoDefault(False)
        self.retry_button.clicked.connect(self.fetch)
        error_layout.addWidget(self.error_text, 1)
        error_layout.addWidget(self.retry_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.error_bar.hide()

        self.tree = make_model_tree("manageModelList", f"Models {name} offers")
        self.tree.setColumnWidth(COL_ACTIONS, 64)
        self.tree.installEventFilter(KeyFilter(self._tree_key, self.tree))
        self.tree.itemDoubleClicked.connect(self._double_clicked)
        self.empty = QLabel(objectName="emptyFilter", wordWrap=True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.tree)
        self.stack.addWidget(self.empty)

        self.summary = QLabel(objectName="manageSummary")
        self.summary.setAccessibleName("Summary")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAutoDefault(False)
        close.setDefault(False)
        buttons.rejected.connect(self.reject)
        footer = QHBoxLayout()
        footer.addWidget(self.summary, 1)
        footer.addWidget(buttons)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.setSpacing(10)
        layout.addWidget(intro)
        layout.addLayout(filters)
        layout.addWidget(self.busy)
        layout.addWidget(self.error_bar)
        layout.addWidget(self.stack, 1)
        layout.addLayout(footer)

        find = QShortcut(QKeySequence.StandardKey.Find, self)
        find.activated.connect(lambda: (self.search.setFocus(), self.search.selectAll()))
        self.search.textChanged.connect(self._apply_filter)
        self.capability.currentIndexChanged.connect(self._apply_filter)
        self.show_filter.currentIndexChanged.connect(self._apply_filter)
        self.search.installEventFilter(KeyFilter(self._search_key, self.search))
        self._runner.busyChanged.connect(self._busy_changed)

        self._merge()
        self._rebuild()
        self.search.setFocus()
        self.fetch()

    # -- data -------------------------------------------------------------------

    @property
    def loading(self) -> bool:
        return self._runner.is_running("models")

    @property
    def fetched(self) -> bool:
        """True once ``/models`` answered."""
        return self._fetched

    def fetch(self) -> None:
        """Ask the provider for its ``/models`` (again)."""
        self.error_bar.hide()

        async def fetch() -> list[RemoteModel]:
            client = await self._services.inference(self._provider_id, require_token=False)
            return await client.list_models()

        self._runner.start(fetch(), key="models", on_result=self._fetched_models,
                           on_error=self._fetch_failed)

    def _busy_changed(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.retry_button.setEnabled(not busy)

    def _fetched_models(self, models: list[RemoteModel]) -> None:
        self._remote = list(models)
        self._fetched = True
        self.error_bar.hide()
        self._merge()
        self._rebuild()

    def _fetch_failed(self, exc: BaseException) -> None:
        self.error_text.setText(
            f"Could not get the model list from {self._provider.name}: {user_message(exc)}\n"
            "Your list and the suggested models are still shown below."
        )
        self.error_bar.show()
        self._update_summary()

    def _merge(self) -> None:
        """Fold the current list, the defaults and ``/models`` into what is shown.

        Models that leave the list while the dialog is open stay shown, so they can be added back.
        """
        current = self._services.config.models(self._provider_id)
        self._in_list = {m.id for m in current}
        for candidate in merge_candidates(current, self._provider.default_models, self._remote):
            entry = candidate.entry
            if entry.id not in self._entries or "list" in candidate.sources:
                self._entries[entry.id] = entry
            self._sources.setdefault(entry.id, set()).update(candidate.sources)

    def visible_model_ids(self) -> list[str]:
        """The IDs of the model rows the filters let through, top to bottom."""
        result = []
        for g in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(g)
            if group.isHidden():
                continue
            for m in range(group.childCount()):
                item = group.child(m)
                if not item.isHidden():
                    result.append(str(item.data(COL_MODEL, ID_ROLE)))
        return result

    def model_button(self, model_id: str) -> QToolButton:
        """The +/− button of a model row."""
        return self._model_buttons[model_id]

    def group_buttons(self, group: str) -> tuple[QToolButton, QToolButton]:
        """The (add all, remove all) buttons of a group row."""
        return self._group_buttons[group]

    def in_list(self, model_id: str) -> bool:
        return model_id in self._in_list

    # -- the tree -----------------------------------------------------------------

    def _rebuild(self) -> None:
        current = self.tree.currentItem()
        current_id = current.data(COL_MODEL, ID_ROLE) if current is not None else None
        with bulk_update(self.tree):
            self._fill()
        if current_id in self._model_items:
            self.tree.setCurrentItem(self._model_items[current_id])

    def _fill(self) -> None:
        self.tree.clear()
        self._model_items.clear()
        self._model_buttons.clear()
        self._group_items.clear()
        self._group_buttons.clear()
        for group, entries in group_models(self._entries.values()):
            parent = group_item(group, "")
            self.tree.addTopLevelItem(parent)
            tint_group_row(self.tree, parent)
            parent.setFirstColumnSpanned(False)
            add_all = tool_button("add", "", f"Add all {group} models", color="#1f7a3d")
            remove_all = tool_button("minus", "", f"Remove all {group} models", color="#b3261e")
            add_all.setObjectName("groupAddAll")
            remove_all.setObjectName("groupRemoveAll")
            add_all.clicked.connect(lambda _=False, g=group: self.add_group(g))
            remove_all.clicked.connect(lambda _=False, g=group: self.remove_group(g))
            self.tree.setItemWidget(parent, COL_ACTIONS, actions_cell(add_all, remove_all))
            self._group_items[group] = parent
            self._group_buttons[group] = (add_all, remove_all)
            for entry in entries:
                item = model_item(entry, in_list=entry.id in self._in_list)
                parent.addChild(item)
                button = tool_button("add", "", "")
                button.setObjectName("modelToggle")
                button.clicked.connect(lambda _=False, i=entry.id: self.toggle(i))
                self.tree.setItemWidget(item, COL_ACTIONS, actions_cell(button))
                self._model_items[entry.id] = item
                self._model_buttons[entry.id] = button
            parent.setExpanded(True)
        self._refresh_states()
        self._apply_filter()

    def _refresh_states(self) -> None:
        for model_id, item in self._model_items.items():
            inside = model_id in self._in_list
            entry = self._entries[model_id]
            fresh = model_item(entry, in_list=inside)
            for role in (IN_LIST_ROLE, Qt.ItemDataRole.AccessibleTextRole):
                item.setData(COL_MODEL, role, fresh.data(COL_MODEL, role))
            sources = self._sources.get(model_id, set())
            origin = []
            if "remote" in sources:
                origin.append(f"listed by {self._provider.name}")
            if "default" in sources:
                origin.append("suggested")
            state = "In your list" if inside else "Not in your list"
            item.setToolTip(COL_MODEL, "\n".join(
                [entry.id, state] + ([", ".join(origin).capitalize()] if origin else [])
            ))
            # A blank icon keeps names lined up with the ticked ones.
            item.setIcon(COL_MODEL, self._check if inside else self._blank)
            button = self._model_buttons[model_id]
            name = entry.name or entry.id
            if inside:
                button.setIcon(line_icon("minus", "#b3261e"))
                button.setToolTip(f"Remove {entry.id} from your list")
                button.setAccessibleName(f"Remove {name}")
            else:
                button.setIcon(line_icon("add", "#1f7a3d"))
                button.setToolTip(f"Add {entry.id} to your list")
                button.setAccessibleName(f"Add {name}")
        self._refresh_groups()

    def _refresh_groups(self) -> None:
        for group, parent in self._group_items.items():
            ids = self._group_ids(group, visible_only=False)
            inside = sum(1 for i in ids if i in self._in_list)
            shown = self._group_ids(group, visible_only=True)
            count = f"{inside} of {len(ids)} in your list"
            parent.setData(COL_MODEL, SUBTITLE_ROLE, count)
            parent.setData(COL_MODEL, Qt.ItemDataRole.AccessibleTextRole, f"Group {group}, {count}")
            add_all, remove_all = self._group_buttons[group]
            to_add = [i for i in shown if i not in self._in_list]
            to_remove = [i for i in shown if i in self._in_list]
            add_all.setEnabled(bool(to_add))
            remove_all.setEnabled(bool(to_remove))
            add_all.setToolTip(f"Add the {len(to_add)} shown {group} models not yet in your list"
                               if to_add else f"Every shown {group} model is in your list")
            remove_all.setToolTip(f"Remove the {len(to_remove)} shown {group} models from your list"
                                  if to_remove else f"No shown {group} model is in your list")

    def _group_ids(self, group: str, *, visible_only: bool) -> list[str]:
        parent = self._group_items.get(group)
        if parent is None:
            return []
        result = []
        for m in range(parent.childCount()):
            item = parent.child(m)
            if visible_only and item.isHidden():
                continue
            result.append(str(item.data(COL_MODEL, ID_ROLE)))
        return result

    def _matches(self, entry: ModelEntry, words: list[str], cap: str, show: str) -> bool:
        if cap and cap not in entry.capabilities:
            return False
        if show == "in" and entry.id not in self._in_list:
            return False
        if show == "out" and entry.id in self._in_list:
            return False
        haystack = f"{entry.id} {entry.name} {entry.group}".lower()
        return all(word in haystack for word in words)

    def _apply_filter(self, *_args: object) -> None:
        words = self.search.text().lower().split()
        cap = str(self.capability.currentData() or "")
        show = str(self.show_filter.currentData() or "all")
        for parent in self._group_items.values():
            any_shown = False
            for m in range(parent.childCount()):
                item = parent.child(m)
                entry = self._entries[str(item.data(COL_MODEL, ID_ROLE))]
                shown = self._matches(entry, words, cap, show)
                item.setHidden(not shown)
                any_shown = any_shown or shown
            parent.setHidden(not any_shown)
        self._refresh_groups()
        visible = self.visible_model_ids()
        if visible or not self._entries:
            self.stack.setCurrentWidget(self.tree)
        else:
            self.stack.setCurrentWidget(self.empty)
            query = self.search.text().strip()
            what = f"No model matches '{query}'" if query else "No model matches these filters"
            self.empty.setText(f"{what}.\nClear the search or pick another capability.")
        self._update_summary()

    def _update_summary(self) -> None:
        total = len(self._entries)
        shown = len(self.visible_model_ids())
        inside = len(self._in_list)
        parts = [f"{inside} in your list"]
        parts.append(f"showing {shown} of {total}" if shown != total else f"{total} offered")
        if self._fetched:
            parts.append(f"{len(self._remote)} listed by {self._provider.name}")
        elif not self.loading:
            parts.append(f"{self._provider.name}'s list not loaded")
        self.summary.setText("  ·  ".join(parts))

    # -- changes ------------------------------------------------------------------

    def _after_change(self) -> None:
        self._in_list = {m.id for m in self._services.config.models(self._provider_id)}
        self._refresh_states()
        self._apply_filter()
        self.changed.emit()

    def _save(self, change: Callable[[], object]) -> bool:
        try:
            change()
        except (ValueError, OSError) as exc:
            self.error_text.setText(user_message(exc))
            self.error_bar.show()
            return False
        return True

    def toggle(self, model_id: str) -> None:
        """Add the model to the list, or remove it if it is there."""
        config = self._services.config
        if model_id in self._in_list:
            ok = self._save(lambda: config.remove_models(self._provider_id, [model_id]))
        else:
            ok = self._save(lambda: config.add_models(self._provider_id, [self._entries[model_id]]))
        if ok:
            self._after_change()

    def add_group(self, group: str) -> None:
        """Add the group's shown models that are not in the list yet."""
        entries = [self._entries[i] for i in self._group_ids(group, visible_only=True)
                   if i not in self._in_list]
        if entries and self._save(lambda: self._services.config.add_models(self._provider_id, entries)):
            self._after_change()

    def remove_group(self, group: str) -> None:
        """Remove the group's shown models from the list (the whole group when nothing is filtered)."""
        shown = [i for i in self._group_ids(group, visible_only=True) if i in self._in_list]
        if not shown:
            return
        config = self._services.config
        everything = [i for i in self._group_ids(group, visible_only=False) if i in self._in_list]
        if set(shown) == set(everything):
            ok = self._save(lambda: config.remove_group(self._provider_id, group))
            # Models of this group filed elsewhere by an edit keep their own group; catch them too.
            left = {m.id for m in config.models(self._provider_id)} & set(shown)
            if ok and left:
                ok = self._save(lambda: config.remove_models(self._provider_id, left))
        else:
            ok = self._save(lambda: config.remove_models(self._provider_id, shown))
        if ok:
            self._after_change()

    # -- keyboard -------------------------------------------------------------------

    def _tree_key(self, event: QKeyEvent) -> bool:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self._activate(self.tree.currentItem())
            return True
        return False

    def _search_key(self, event: QKeyEvent) -> bool:
        if event.key() == Qt.Key.Key_Down:
            self.tree.setFocus()
            if self.tree.currentItem() is None or self.tree.currentItem().isHidden():
                visible = self.visible_model_ids()
                if visible:
                    self.tree.setCurrentItem(self._model_items[visible[0]])
            return True
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            visible = self.visible_model_ids()
            if len(visible) == 1:  # one hit: Enter adds or removes it
                self.toggle(visible[0])
            return True
        return False

    def _double_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        if item.data(COL_MODEL, KIND_ROLE) == "model":
            self._activate(item)

    def _activate(self, item: QTreeWidgetItem | None) -> None:
        if item is None:
            return
        if item.data(COL_MODEL, KIND_ROLE) == "model":
            self.toggle(str(item.data(COL_MODEL, ID_ROLE)))
        else:
            item.setExpanded(not item.isExpanded())
