"""The results list of the Models page: a list model over ``HubModel`` rows and its delegate.

No widget per row: the model keeps the rows (and precomputed lowercase
search keys, so a local filter over 10,000 rows is one pass of substring
tests) and the delegate paints each row at a fixed height.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QStyle,
    QStyledItemDelegate,
    QStyleOptionFocusRect,
    QStyleOptionViewItem,
)

from msdesk.core.hub import HubModel
from msdesk.core.i18n import list_separator, translate
from msdesk.core.served import NO_GATEWAY, GatewayModels, is_served
from msdesk.ui.formats import decimal, number
from msdesk.ui.theme import scaled


def task_labels() -> dict[str, str]:
    """Hub task names and the short labels the page shows for them (in the user's language)."""
    return {
        "text-generation": translate("ui.models.list_model", "Text generation"),
        "image-text-to-text": translate("ui.models.list_model", "Vision (image + text)"),
        "text-to-image-synthesis": translate("ui.models.list_model", "Text to image"),
        "sentence-embedding": translate("ui.models.list_model", "Embeddings"),
        "automatic-speech-recognition": translate("ui.models.list_model", "Speech recognition"),
        "text-to-speech": translate("ui.models.list_model", "Text to speech"),
        "text-to-video-synthesis": translate("ui.models.list_model", "Text to video"),
        "image-to-image": translate("ui.models.list_model", "Image to image"),
        "translation": translate("ui.models.list_model", "Translation"),
        "text-classification": translate("ui.models.list_model", "Text classification"),
        "feature-extraction": translate("ui.models.list_model", "Feature extraction"),
        "ocr-recognition": translate("ui.models.list_model", "OCR"),
        "other": translate("ui.models.list_model", "Other", "a task"),
    }

#: Local sort keys (the same names as the hub's sorts).
SORT_KEYS = ("default", "downloads", "likes", "updated")

ModelIdRole = Qt.ItemDataRole.UserRole + 1
ChineseNameRole = Qt.ItemDataRole.UserRole + 2
TaskRole = Qt.ItemDataRole.UserRole + 3
DownloadsRole = Qt.ItemDataRole.UserRole + 4
LikesRole = Qt.ItemDataRole.UserRole + 5
UpdatedRole = Qt.ItemDataRole.UserRole + 6
ApiInferenceRole = Qt.ItemDataRole.UserRole + 7
OwnerRole = Qt.ItemDataRole.UserRole + 8
HubModelRole = Qt.ItemDataRole.UserRole + 9

ROW_HEIGHT = 56


def task_label(task: str) -> str:
    return task_labels().get(task, task.replace("-", " ").capitalize() if task else "")


def compact_count(value: int) -> str:
    """12345 -> "12.3k"; 2_500_000 -> "2.5M" (the decimal point and suffix as the language writes them)."""
    if value < 1000:
        return str(value)
    for size in (1_000_000_000, 1_000_000, 1000):
        if value >= size:
            rounded = round(value / size, 1)
            text = decimal(rounded, 0 if rounded == int(rounded) else 1)
            if size == 1_000_000_000:
                return translate("ui.models.list_model", "{value}B", "billions").format(value=text)
            if size == 1_000_000:
                return translate("ui.models.list_model", "{value}M", "millions").format(value=text)
            return translate("ui.models.list_model", "{value}k", "thousands").format(value=text)
    return str(value)


def relative_time(seconds: int | None, now: float | None = None) -> str:
    """"updated 3 months ago" style text for a unix time; "" when unknown."""
    if not seconds:
        return ""
    delta = max(0.0, (time.time() if now is None else now) - seconds)
    for size, unit in (
        (365 * 86400, "year"),
        (30 * 86400, "month"),
        (7 * 86400, "week"),
        (86400, "day"),
        (3600, "hour"),
        (60, "minute"),
    ):
        if delta >= size:
            count = int(delta // size)
            return _ago(unit, count)
    return translate("ui.models.list_model", "just now")


def _ago(unit: str, count: int) -> str:
    if unit == "year":
        return translate("ui.models.list_model", "%n year(s) ago", "", count)
    if unit == "month":
        return translate("ui.models.list_model", "%n month(s) ago", "", count)
    if unit == "week":
        return translate("ui.models.list_model", "%n week(s) ago", "", count)
    if unit == "day":
        return translate("ui.models.list_model", "%n day(s) ago", "", count)
    if unit == "hour":
        return translate("ui.models.list_model", "%n hour(s) ago", "", count)
    return translate("ui.models.list_model", "%n minute(s) ago", "", count)


def initials(owner: str) -> str:
    parts = [p for p in owner.replace("_", "-").replace(".", "-").split("-") if p]
    if len(parts) >= 2:
        return (parts[0][0] + parts[1][0]).upper()
    return owner[:2].upper() if owner else "?"


_AVATAR_COLOURS: dict[str, QColor] = {}


def avatar_colour(owner: str) -> QColor:
    colour = _AVATAR_COLOURS.get(owner)
    if colour is None:
        hue = int(hashlib.md5(owner.encode("utf-8")).hexdigest()[:4], 16) % 360
        colour = QColor.fromHsl(hue, 140, 110)
        _AVATAR_COLOURS[owner] = colour
    return colour


def _search_key(model: HubModel) -> str:
    return "\n".join((model.id, model.chinese_name, " ".join(model.tasks))).lower()


class ModelListModel(QAbstractListModel):
    """``HubModel`` rows, with a local filter and sort over the loaded rows.

    ``ApiInferenceRole`` (the API badge) is ``msdesk.core.served.is_served``
    of the row and the gateway's list given to ``set_gateway``.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._gateway: GatewayModels = NO_GATEWAY
        self._all: list[HubModel] = []
        self._keys: list[str] = []
        self._visible: list[int] = []  # indexes into _all, in display order
        self._filter = ""
        self._sort = "default"

    # -- Qt interface ---------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._visible):
            return None
        model = self._all[self._visible[index.row()]]
        if role == Qt.ItemDataRole.DisplayRole or role == Qt.ItemDataRole.AccessibleTextRole:
            return self.display_text(model)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(model)
        if role == ModelIdRole:
            return model.id
        if role == ChineseNameRole:
            return model.chinese_name
        if role == TaskRole:
            return model.tasks[0] if model.tasks else ""
        if role == DownloadsRole:
            return model.downloads
        if role == LikesRole:
            return model.likes
        if role == UpdatedRole:
            return model.updated
        if role == ApiInferenceRole:
            return self.served(model)
        if role == OwnerRole:
            return model.owner
        if role == HubModelRole:
            return model
        return None

    @staticmethod
    def display_text(model: HubModel) -> str:
        parts = [model.id]
        if model.chinese_name:
            parts.append(model.chinese_name)
        if model.tasks:
            parts.append(task_label(model.tasks[0]))
        return " · ".join(parts)

    def tooltip(self, model: HubModel) -> str:
        lines = [model.id]
        if model.chinese_name:
            lines.append(model.chinese_name)
        if model.tasks:
            tasks = list_separator().join(task_label(t) for t in model.tasks)
            lines.append(translate("ui.models.list_model", "Task: {tasks}").format(tasks=tasks))
        lines.append(translate("ui.models.list_model", "{downloads} downloads · {likes} likes").format(
            downloads=number(model.downloads, grouped=True), likes=number(model.likes, grouped=True)))
        if self.served(model):
            lines.append(translate("ui.models.list_model", "Callable through API-Inference"))
        return "\n".join(lines)

    # -- served by API-Inference ---------------------------------------------

    def served(self, model: HubModel) -> bool:
        """Whether the row carries the API badge (the model library or the gateway says it is served)."""
        return is_served(model, self._gateway)

    @property
    def gateway(self) -> GatewayModels:
        return self._gateway

    def set_gateway(self, gateway: GatewayModels) -> None:
        """The gateway's model list (``NO_GATEWAY`` when no token is stored); repaints the badges."""
        if gateway.ids == self._gateway.ids:
            self._gateway = gateway
            return
        self._gateway = gateway
        if self._visible:
            self.dataChanged.emit(
                self.index(0, 0),
                self.index(len(self._visible) - 1, 0),
                [ApiInferenceRole, Qt.ItemDataRole.ToolTipRole],
            )

    # -- rows -----------------------------------------------------------------

    def set_models(self, models: Iterable[HubModel]) -> None:
        self.beginResetModel()
        self._all = list(models)
        self._keys = [_search_key(m) for m in self._all]
        self._recompute()
        self.endResetModel()

    def append_models(self, models: Iterable[HubModel]) -> None:
        known = {m.id for m in self._all}
        new = [m for m in models if m.id not in known]
        if not new:
            return
        if self._filter or self._sort != "default":
            self.beginResetModel()
            self._all.extend(new)
            self._keys.extend(_search_key(m) for m in new)
            self._recompute()
            self.endResetModel()
            return
        first = len(self._visible)
        self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
        start = len(self._all)
        self._all.extend(new)
        self._keys.extend(_search_key(m) for m in new)
        self._visible.extend(range(start, start + len(new)))
        self.endInsertRows()

    def clear(self) -> None:
        self.set_models(())

    def model_at(self, row: int) -> HubModel | None:
        if 0 <= row < len(self._visible):
            return self._all[self._visible[row]]
        return None

    def row_of(self, model_id: str) -> int:
        for row, index in enumerate(self._visible):
            if self._all[index].id == model_id:
                return row
        return -1

    @property
    def loaded_count(self) -> int:
        return len(self._all)

    @property
    def local_filter(self) -> str:
        return self._filter

    @property
    def sort_key(self) -> str:
        return self._sort

    # -- local filter and sort ------------------------------------------------

    def set_local_filter(self, text: str) -> None:
        text = " ".join(text.lower().split())
        if text == self._filter:
            return
        self.beginResetModel()
        self._filter = text
        self._recompute()
        self.endResetModel()

    def sort_by(self, key: str) -> None:
        if key not in SORT_KEYS:
            raise ValueError(f"Unknown sort '{key}'; use one of: {', '.join(SORT_KEYS)}.")
        if key == self._sort:
            return
        self.beginResetModel()
        self._sort = key
        self._recompute()
        self.endResetModel()

    def _recompute(self) -> None:
        words = self._filter.split()
        keys = self._keys
        if not words:
            rows = list(range(len(self._all)))
        elif len(words) == 1:
            word = words[0]
            rows = [i for i, k in enumerate(keys) if word in k]
        else:
            rows = [i for i, k in enumerate(keys) if all(w in k for w in words)]
        items = self._all
        if self._sort == "downloads":
            rows.sort(key=lambda i: -items[i].downloads)
        elif self._sort == "likes":
            rows.sort(key=lambda i: -items[i].likes)
        elif self._sort == "updated":
            rows.sort(key=lambda i: -(items[i].updated or 0))
        self._visible = rows


class PassThroughRows(QSortFilterProxyModel):
    """The list model as the view sees it: the same rows in the same order.

    After a reset a ``QListView`` lays out every row and asks the model for an
    index per row; asked of a Python model that is tens of thousands of calls
    into Python. This proxy answers them in C++ from its own row mapping (no
    filter, no sort of its own: row N here is row N of the source).
    """

    def __init__(self, source: ModelListModel, parent: Any = None) -> None:
        super().__init__(parent)
        self.setDynamicSortFilter(False)
        self.setSourceModel(source)


def _small_font(font: QFont) -> QFont:
    small = QFont(font)
    small.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
    return small


def row_height(font: QFont) -> int:
    """A result row's height: ``ROW_HEIGHT``, taller as its two lines need at a larger text size."""
    bold = QFont(font)
    bold.setBold(True)
    lines = QFontMetrics(bold).height() + QFontMetrics(_small_font(font)).height()
    return max(ROW_HEIGHT, lines + 25, scaled(34) + 12)  # the avatar's circle fits too


class ModelRowDelegate(QStyledItemDelegate):
    """Paints a result row: avatar, ID, Chinese name, task, counts, age and an API badge."""

    TEXT_LINES = 2  # the ID and name, then task and counts

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._now = time.time()

    def refresh_clock(self) -> None:
        self._now = time.time()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        return QSize(max(200, option.rect.width()), row_height(option.font))

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        model = index.data(HubModelRole)
        if not isinstance(model, HubModel):
            super().paint(painter, option, index)
            return
        painter.save()
        try:
            self._paint(painter, option, model, bool(index.data(ApiInferenceRole)))
        finally:
            painter.restore()
        self._paint_focus(painter, option)

    @staticmethod
    def _paint_focus(painter: QPainter, option: QStyleOptionViewItem) -> None:
        """The style's focus frame on the current row while the list has the keyboard."""
        widget = option.widget
        if widget is None or not option.state & QStyle.StateFlag.State_HasFocus:
            return
        frame = QStyleOptionFocusRect()
        frame.initFrom(widget)
        frame.rect = option.rect
        frame.state = option.state | QStyle.StateFlag.State_Item
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        frame.backgroundColor = option.palette.color(
            QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Base)
        widget.style().drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, frame, painter, widget)

    def _paint(self, painter: QPainter, option: QStyleOptionViewItem, model: HubModel, served: bool) -> None:
        palette = option.palette
        rect: QRect = option.rect
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        widget = option.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, widget)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        text_colour = palette.color(text_role)
        muted = QColor(text_colour)
        muted.setAlphaF(0.85 if selected else 0.65)  # 4.5:1 on the selection's blue too

        pad = 10
        avatar = scaled(34)
        # Avatar: the owner's initials in a coloured circle.
        circle = QRect(rect.left() + pad, rect.top() + (rect.height() - avatar) // 2, avatar, avatar)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(avatar_colour(model.owner))
        painter.drawEllipse(circle)
        base_font = QFont(option.font)
        small = _small_font(base_font)
        bold_small = QFont(small)
        bold_small.setBold(True)
        painter.setFont(bold_small)
        painter.setPen(QColor("white"))
        painter.drawText(circle, Qt.AlignmentFlag.AlignCenter, initials(model.owner))

        left = circle.right() + pad
        right = rect.right() - pad
        top_line = QRect(left, rect.top() + 7, right - left, rect.height() // 2 - 5)
        bottom_line = QRect(left, rect.top() + rect.height() // 2 + 1, right - left, rect.height() // 2 - 7)

        # Right side of the top line: the API badge.
        if served:
            fm_small = QFontMetrics(bold_small)
            badge_w = fm_small.horizontalAdvance("API") + 12
            badge_h = fm_small.height() + 2
            badge = QRect(right - badge_w, top_line.top() + (top_line.height() - badge_h) // 2, badge_w, badge_h)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(29, 122, 73) if not selected else QColor(0, 0, 0, 70))
            painter.drawRoundedRect(badge, 4, 4)
            painter.setPen(QColor("white"))
            painter.setFont(bold_small)
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, "API")
            top_line.setRight(badge.left() - 8)

        # Top line: bold model ID, then the Chinese name.
        bold = QFont(base_font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(text_colour)
        fm_bold = QFontMetrics(bold)
        id_text = fm_bold.elidedText(model.id, Qt.TextElideMode.ElideMiddle, top_line.width())
        painter.drawText(top_line, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, id_text)
        used = fm_bold.horizontalAdvance(id_text)
        if model.chinese_name and used + 40 < top_line.width():
            painter.setFont(base_font)
            painter.setPen(muted)
            rest = QRect(top_line.left() + used + 10, top_line.top(), top_line.width() - used - 10, top_line.height())
            name = QFontMetrics(base_font).elidedText(model.chinese_name, Qt.TextElideMode.ElideRight, rest.width())
            painter.drawText(rest, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, name)

        # Bottom line: task · ↓downloads · ♥likes · updated …
        parts = []
        if model.tasks:
            parts.append(task_label(model.tasks[0]))
        parts.append(f"↓ {compact_count(model.downloads)}")
        parts.append(f"♥ {compact_count(model.likes)}")
        age = relative_time(model.updated, self._now)
        if age:
            parts.append(translate("ui.models.list_model", "updated {age}").format(age=age))
        painter.setFont(small)
        painter.setPen(muted)
        line = QFontMetrics(small).elidedText("   ·   ".join(parts), Qt.TextElideMode.ElideRight, bottom_line.width())
        painter.drawText(bottom_line, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, line)
