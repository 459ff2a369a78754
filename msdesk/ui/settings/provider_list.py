"""The provider list on the left of Settings → Model providers.

Built-in providers first (ModelScope, ModelScope International, Alibaba Cloud
Bailian), then the user's OpenAI-compatible ones, in the saved order. Each row
has an on/off switch; rows are reordered by dragging (or Alt+Up / Alt+Down);
custom providers are added, edited and deleted here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QFont,
    QFontMetrics,
    QKeySequence,
    QPainter,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from msdesk.core.changes import Change, Notice
from msdesk.core.i18n import translate
from msdesk.ui.async_task import user_message
from msdesk.ui.change_relay import ChangeRelay
from msdesk.ui.icons import follow_text_size, line_icon
from msdesk.ui.theme import scaled
from msdesk.ui.widgets.avatar import paint_avatar
from msdesk.ui.widgets.colors import ACCENT
from msdesk.ui.widgets.fit import fit_height
from msdesk.ui.widgets.runner import make_runner
from msdesk.ui.widgets.switch import paint_switch

if TYPE_CHECKING:
    from PySide6.QtGui import QContextMenuEvent, QDropEvent, QKeyEvent

    from msdesk.core.providers import Provider
    from msdesk.core.services import Services

ROLE_ID = Qt.ItemDataRole.UserRole + 1
ROLE_SUBTITLE = Qt.ItemDataRole.UserRole + 2
ROLE_BUILTIN = Qt.ItemDataRole.UserRole + 3


def kind_label(kind: str) -> str:
    """A provider type (``PROVIDER_KINDS``' keys) as the user reads it."""
    from msdesk.core.provider_config import provider_kind_choices

    return dict(provider_kind_choices()).get(kind, kind)


def token_count_text(count: int | None) -> str:
    if count is None:
        return ""
    if count == 0:
        return translate("ui.settings.provider_list", "No token yet")
    return translate("ui.settings.provider_list", "%n token(s)", "", count)


# -- the list ------------------------------------------------------------------


def _small_font(font: QFont) -> QFont:
    """The font of a row's subtitle."""
    small = QFont(font)
    small.setPointSizeF(max(7.0, font.pointSizeF() * 0.86))
    return small


class ProviderDelegate(QStyledItemDelegate):
    """Paints a row: avatar, name, a short subtitle, and the on/off switch."""

    ROW_HEIGHT = 52  # px; taller when the text needs it
    TEXT_LINES = 2  # the name and a subtitle
    SWITCH = QSize(34, 18)  # px at 100 %
    AVATAR = 30

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        title = QFontMetrics(option.font).height()
        subtitle = QFontMetrics(_small_font(option.font)).height()
        # 2 px of frame and 7 of padding above and below the two lines.
        return QSize(option.rect.width() or 200,
                     max(self.ROW_HEIGHT, title + 1 + subtitle + 18, scaled(self.AVATAR) + 12))

    def switch_rect(self, row: QRect) -> QRect:
        w, h = scaled(self.SWITCH.width()), scaled(self.SWITCH.height())
        return QRect(row.right() - w - 12, row.center().y() - h // 2 + 1, w, h)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(option.rect).adjusted(6, 2, -6, -2)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        hover = bool(option.state & QStyle.StateFlag.State_MouseOver)
        palette = option.palette
        if selected or hover:
            color = QColor(ACCENT)
            color.setAlpha(34 if selected else 16)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(color)
            painter.drawRoundedRect(rect, 8, 8)
        if option.state & QStyle.StateFlag.State_HasFocus and selected:
            pen = QPen(QColor(ACCENT), 1)
            pen.setStyle(Qt.PenStyle.DotLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 8, 8)

        provider_id = str(index.data(ROLE_ID) or "")
        name = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        subtitle = str(index.data(ROLE_SUBTITLE) or "")
        on = index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked.value or (
            index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
        )

        side = scaled(self.AVATAR)
        avatar = QRectF(rect.left() + 8, rect.center().y() - side / 2, side, side)
        paint_avatar(painter, avatar, provider_id, name)
        if not on:
            veil = QColor(palette.color(QPalette.ColorRole.Base))
            veil.setAlpha(120)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(veil)
            painter.drawRoundedRect(avatar, 8, 8)

        switch = self.switch_rect(option.rect)
        text_left = avatar.right() + 10
        text_width = switch.left() - 10 - text_left
        title_font = QFont(option.font)
        title_font.setWeight(QFont.Weight.DemiBold if selected else QFont.Weight.Medium)
        painter.setFont(title_font)
        text_color = palette.color(QPalette.ColorRole.Text)
        if not on:
            text_color = palette.color(QPalette.ColorRole.PlaceholderText)
        painter.setPen(text_color)
        metrics = painter.fontMetrics()
        title_rect = QRectF(text_left, rect.top() + 7, text_width, metrics.height())
        if not subtitle:
            title_rect.moveTop(rect.center().y() - metrics.height() / 2)
        painter.drawText(title_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         metrics.elidedText(name, Qt.TextElideMode.ElideRight, int(text_width)))
        if subtitle:
            painter.setFont(_small_font(option.font))
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            small_metrics = painter.fontMetrics()
            sub_rect = QRectF(text_left, title_rect.bottom() + 1, text_width, small_metrics.height())
            painter.drawText(sub_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             small_metrics.elidedText(subtitle, Qt.TextElideMode.ElideRight, int(text_width)))
        paint_switch(painter, QRectF(switch), on)
        painter.restore()

    def editorEvent(self, event: QEvent, model: object, option: QStyleOptionViewItem,
                    index: QModelIndex | QPersistentModelIndex) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease,
                    QEvent.Type.MouseButtonDblClick):
            position = event.position().toPoint()  # type: ignore[attr-defined]
            if self.switch_rect(option.rect).adjusted(-4, -6, 4, 6).contains(position):
                if kind == QEvent.Type.MouseButtonRelease:
                    self._toggle(model, index)
                return True
            return False
        if kind == QEvent.Type.KeyPress and event.key() in (  # type: ignore[attr-defined]
            Qt.Key.Key_Space, Qt.Key.Key_Select
        ):
            self._toggle(model, index)
            return True
        return False

    @staticmethod
    def _toggle(model: object, index: QModelIndex | QPersistentModelIndex) -> None:
        current = index.data(Qt.ItemDataRole.CheckStateRole)
        on = current in (Qt.CheckState.Checked, Qt.CheckState.Checked.value)
        new = Qt.CheckState.Unchecked if on else Qt.CheckState.Checked
        model.setData(index, new, Qt.ItemDataRole.CheckStateRole)  # type: ignore[attr-defined]


class _ProviderListWidget(QListWidget):
    """A list that tells when the user dropped a row somewhere else, or moved it by keyboard."""

    reordered = Signal()
    contextRequested = Signal(str, object)  # provider id, global position

    def dropEvent(self, event: QDropEvent) -> None:
        super().dropEvent(event)
        self.reordered.emit()

    def move_current(self, step: int) -> None:
        row = self.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.count():
            return
        item = self.takeItem(row)
        self.insertItem(target, item)
        self.setCurrentRow(target)
        self.reordered.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
        if alt and event.key() == Qt.Key.Key_Up and self.dragDropMode() != QAbstractItemView.DragDropMode.NoDragDrop:
            self.move_current(-1)
            return
        if alt and event.key() == Qt.Key.Key_Down and self.dragDropMode() != QAbstractItemView.DragDropMode.NoDragDrop:
            self.move_current(1)
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        item = self.itemAt(event.pos())
        if item is None:
            return
        self.setCurrentItem(item)
        self.contextRequested.emit(str(item.data(ROLE_ID)), event.globalPos())


class ProviderList(QWidget):
    """Search box, the providers with their switches, and "+ Add provider".

    Signals:
        currentChanged(str): the selected provider.
        providerRemoved(str): a custom provider was deleted.
    """

    currentChanged = Signal(str)
    providerRemoved = Signal(str)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("providerListPane")
        self._services = services
        self._counts: dict[str, int] = {}
        self._runner = make_runner(self)
        self.provider_dialog: ProviderDialog | None = None
        self.confirm_box: QMessageBox | None = None
        self._filling = False

        self.search = QLineEdit(objectName="providerSearch")
        self.search.setPlaceholderText(translate("ui.settings.provider_list", "Search providers"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(line_icon("search", "#8a90a0"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setAccessibleName(translate("ui.settings.provider_list", "Search providers"))
        self.search.setToolTip(translate("ui.settings.provider_list", "Filter the providers by name (Ctrl+F)"))
        self.search.textChanged.connect(self.set_filter)

        self.list = _ProviderListWidget(objectName="providerList")
        self.list.setAccessibleName(translate("ui.settings.provider_list", "Model providers"))
        self.list.setAccessibleDescription(translate(
            "ui.settings.provider_list",
            "Select a provider to set it up. Space switches it on or off; "
            "drag or press Alt+Up and Alt+Down to reorder.",
        ))
        self.list.setToolTip(
            translate("ui.settings.provider_list", "Drag to reorder; the switch turns a provider on or off")
        )
        self.list.setItemDelegate(ProviderDelegate(self.list))
        self.list.setMouseTracking(True)
        self.list.setUniformItemSizes(True)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setFrameShape(QListWidget.Shape.NoFrame)
        self.list.currentItemChanged.connect(self._on_current_changed)
        self.list.itemChanged.connect(self._on_item_changed)
        self.list.reordered.connect(self._save_order)
        self.list.contextRequested.connect(self._show_menu)

        self.empty = QLabel(objectName="providerSearchEmpty", wordWrap=True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()

        self.add_button = QPushButton(line_icon("plus", ACCENT), translate("ui.settings.provider_list", "Add provider"),
                                      objectName="addProviderButton")
        follow_text_size(self.add_button)
        self.add_button.setAccessibleName(translate("ui.settings.provider_list", "Add provider"))
        self.add_button.setToolTip(
            translate("ui.settings.provider_list", "Add any OpenAI-compatible service by its API address")
        )
        self.add_button.clicked.connect(self.add_provider)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 12, 10, 10)
        layout.setSpacing(8)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.add_button)
        self.refresh()
        ChangeRelay.of(services).changed.connect(self._on_notice)

    # -- contents --------------------------------------------------------------

    def refresh(self, select: str | None = None) -> None:
        """Rebuild the rows from the settings; keep (or set) the selection."""
        keep = select or self.current_id()
        self._filling = True
        try:
            self.list.clear()
            for provider in self._services.config.providers():
                item = QListWidgetItem(provider.name)
                item.setData(ROLE_ID, provider.id)
                item.setData(ROLE_BUILTIN, provider.builtin)
                item.setFlags(
                    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                    | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsDragEnabled
                )
                item.setCheckState(Qt.CheckState.Checked if provider.enabled else Qt.CheckState.Unchecked)
                self._describe(item, provider)
                self.list.addItem(item)
        finally:
            self._filling = False
        self.set_filter(self.search.text())
        target = self.item(keep) if keep else None
        if target is None and self.list.count():
            target = self.list.item(0)
        if target is not None:
            self.list.setCurrentItem(target)

    def _describe(self, item: QListWidgetItem, provider: Provider) -> None:
        parts = [] if provider.builtin else [translate("ui.settings.provider_list", "Custom")]
        count = token_count_text(self._counts.get(provider.id))
        if count:
            parts.append(count)
        elif provider.builtin:
            parts.append(translate("ui.settings.provider_list", "Built-in"))
        subtitle = " · ".join(parts)
        item.setData(ROLE_SUBTITLE, subtitle)
        if provider.enabled:
            tip = translate("ui.settings.provider_list", "{name} (on)")
            description = translate("ui.settings.provider_list", "{subtitle}; on")
        else:
            tip = translate("ui.settings.provider_list", "{name} (off)")
            description = translate("ui.settings.provider_list", "{subtitle}; off")
        item.setToolTip(tip.format(name=provider.name))
        item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, description.format(subtitle=subtitle))

    def set_token_count(self, provider_id: str, count: int) -> None:
        self._counts[provider_id] = count
        self.update_item(provider_id)

    def _on_notice(self, notice: Notice) -> None:
        """A provider's settings changed (here, in its panel, or anywhere): show them in its row."""
        if Change.PROVIDERS in notice and notice.provider_id is not None:
            self.update_item(notice.provider_id)

    def update_item(self, provider_id: str) -> None:
        """Show a provider's current name, state and token count in its row."""
        item = self.item(provider_id)
        if item is None:
            return
        try:
            provider = self._services.config.get(provider_id)
        except Exception:
            return
        self._filling = True
        try:
            item.setText(provider.name)
            item.setCheckState(Qt.CheckState.Checked if provider.enabled else Qt.CheckState.Unchecked)
            self._describe(item, provider)
        finally:
            self._filling = False

    def load_token_counts(self) -> None:
        async def counts() -> dict[str, int]:
            result = {}
            for provider in self._services.config.providers():
                result[provider.id] = len(await self._services.tokens.labels(provider.id))
            return result

        def apply(found: dict[str, int]) -> None:
            for provider_id, count in found.items():
                self.set_token_count(provider_id, count)

        self._runner.start(counts(), key="counts", on_result=apply)

    def item(self, provider_id: str) -> QListWidgetItem | None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(ROLE_ID) == provider_id:
                return item
        return None

    def ids(self) -> list[str]:
        return [str(self.list.item(row).data(ROLE_ID)) for row in range(self.list.count())]

    def visible_ids(self) -> list[str]:
        return [
            str(self.list.item(row).data(ROLE_ID))
            for row in range(self.list.count())
            if not self.list.item(row).isHidden()
        ]

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return str(item.data(ROLE_ID)) if item is not None else None

    def select(self, provider_id: str) -> bool:
        item = self.item(provider_id)
        if item is None:
            return False
        if item.isHidden():
            self.search.clear()
        self.list.setCurrentItem(item)
        self.list.scrollToItem(item)
        return True

    def set_filter(self, text: str) -> None:
        needle = text.strip().lower()
        shown = 0
        for row in range(self.list.count()):
            item = self.list.item(row)
            match = not needle or needle in item.text().lower() or needle in str(item.data(ROLE_ID))
            item.setHidden(not match)
            shown += match
        # Reordering a filtered list would be confusing: drag only when everything shows.
        self.list.setDragDropMode(
            QAbstractItemView.DragDropMode.NoDragDrop if needle
            else QAbstractItemView.DragDropMode.InternalMove
        )
        self.empty.setText(
            translate("ui.settings.provider_list", "No provider matches “{text}”.").format(text=text.strip())
        )
        self.empty.setVisible(shown == 0)
        current = self.list.currentItem()
        if shown and (current is None or current.isHidden()):
            for row in range(self.list.count()):
                if not self.list.item(row).isHidden():
                    self.list.setCurrentRow(row)
                    break

    # -- reactions ---------------------------------------------------------------

    def _on_current_changed(self, current: QListWidgetItem | None, _previous: object) -> None:
        if current is not None and not self._filling:
            self.currentChanged.emit(str(current.data(ROLE_ID)))

    def _on_item_changed(self, item: QListWidgetItem) -> None:
        if self._filling:
            return
        provider_id = str(item.data(ROLE_ID))
        on = item.checkState() == Qt.CheckState.Checked
        try:
            provider = self._services.config.get(provider_id)
            if provider.enabled == on:
                return
            self._services.config.set_enabled(provider_id, on)
            provider = self._services.config.get(provider_id)
        except Exception as exc:
            self._filling = True
            item.setCheckState(Qt.CheckState.Unchecked if on else Qt.CheckState.Checked)
            self._filling = False
            self._warn(translate("ui.settings.provider_list", "Could not save the change"), user_message(exc))
            return

    def set_enabled(self, provider_id: str, on: bool) -> None:
        """Switch a provider on or off (as clicking its switch does)."""
        item = self.item(provider_id)
        if item is not None:
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def _save_order(self) -> None:
        try:
            self._services.config.set_order(self.ids())
        except Exception as exc:
            self._warn(translate("ui.settings.provider_list", "Could not save the order"), user_message(exc))
            self.refresh()

    def move(self, provider_id: str, step: int) -> None:
        if self.select(provider_id):
            self.list.move_current(step)

    def _show_menu(self, provider_id: str, position: object) -> None:
        menu = self.context_menu(provider_id)
        menu.popup(position)  # type: ignore[arg-type]

    def context_menu(self, provider_id: str) -> QMenu:
        """The right-click menu of a row (built-ins offer no Edit/Delete)."""
        provider = self._services.config.get(provider_id)
        menu = QMenu(self)
        menu.setObjectName("providerMenu")
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        toggle = menu.addAction(
            translate("ui.settings.provider_list", "Switch off") if provider.enabled
            else translate("ui.settings.provider_list", "Switch on")
        )
        toggle.triggered.connect(lambda: self.set_enabled(provider_id, not provider.enabled))
        menu.addSeparator()
        row = self.ids().index(provider_id)
        up = menu.addAction(translate("ui.settings.provider_list", "Move up"))
        up.setShortcut(QKeySequence("Alt+Up"))
        up.setEnabled(row > 0 and not self.search.text().strip())
        up.triggered.connect(lambda: self.move(provider_id, -1))
        down = menu.addAction(translate("ui.settings.provider_list", "Move down"))
        down.setShortcut(QKeySequence("Alt+Down"))
        down.setEnabled(row < self.list.count() - 1 and not self.search.text().strip())
        down.triggered.connect(lambda: self.move(provider_id, 1))
        menu.addSeparator()
        edit = QAction(translate("ui.settings.provider_list", "Edit…"), menu, objectName="editProviderAction")
        delete = QAction(translate("ui.settings.provider_list", "Delete…"), menu, objectName="deleteProviderAction")
        if provider.builtin:
            edit.setEnabled(False)
            delete.setEnabled(False)
            delete.setToolTip(translate(
                "ui.settings.provider_list", "Built-in providers cannot be deleted; switch them off instead."
            ))
        edit.triggered.connect(lambda: self.edit_provider(provider_id))
        delete.triggered.connect(lambda: self.delete_provider(provider_id))
        menu.addAction(edit)
        menu.addAction(delete)
        menu.setToolTipsVisible(True)
        return menu

    # -- add, edit, delete ---------------------------------------------------------

    def add_provider(self) -> ProviderDialog:
        """Open the "Add provider" dialog (not blocking); the new provider is selected."""
        config = self._services.config

        def apply(name: str, url: str, kind: str) -> Provider:
            return config.add_custom(name, url, kind)

        dialog = ProviderDialog(apply, parent=self)
        dialog.saved.connect(self._on_added)
        self._open(dialog)
        return dialog

    def _on_added(self, provider_id: str) -> None:
        self.search.clear()
        self.refresh(select=provider_id)
        self.set_token_count(provider_id, 0)

    def edit_provider(self, provider_id: str) -> ProviderDialog | None:
        provider = self._services.config.get(provider_id)
        if provider.builtin:
            return None
        config = self._services.config

        def apply(name: str, url: str, kind: str) -> Provider:
            return config.edit_custom(provider_id, name=name, api_base=url, kind=kind)

        dialog = ProviderDialog(apply, provider=provider, parent=self)
        dialog.saved.connect(lambda pid: self.refresh(select=pid))
        self._open(dialog)
        return dialog

    def _open(self, dialog: ProviderDialog) -> None:
        if self.provider_dialog is not None:
            self.provider_dialog.close()
        self.provider_dialog = dialog
        dialog.finished.connect(lambda _code: self._forget_dialog(dialog))
        dialog.open()

    def _forget_dialog(self, dialog: ProviderDialog) -> None:
        if self.provider_dialog is dialog:
            self.provider_dialog = None
        dialog.deleteLater()

    def delete_provider(self, provider_id: str) -> QMessageBox | None:
        """Ask, then delete a custom provider and the tokens stored for it."""
        provider = self._services.config.get(provider_id)
        if provider.builtin:
            self._warn(
                translate("ui.settings.provider_list", "Built-in provider"),
                translate(
                    "ui.settings.provider_list",
                    "{name} is built in and cannot be deleted; switch it off instead.",
                ).format(name=provider.name),
            )
            return None
        count = self._counts.get(provider_id)
        if count:
            removed = translate(
                "ui.settings.provider_list",
                "Its settings and model list and its %n token(s) in the keychain are removed. "
                "This cannot be undone.",
                "",
                count,
            )
        else:
            removed = translate(
                "ui.settings.provider_list",
                "Its settings and model list are removed. This cannot be undone.",
            )
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            translate("ui.settings.provider_list", "Delete provider"),
            translate("ui.settings.provider_list", "Delete “{name}”?").format(name=provider.name),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("confirmDeleteProvider")
        box.setInformativeText(removed)
        delete = box.addButton(translate("ui.settings.provider_list", "Delete"), QMessageBox.ButtonRole.DestructiveRole)
        delete.setObjectName("confirmDeleteButton")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)

        def done(_code: int) -> None:
            clicked = box.clickedButton()
            self.confirm_box = None
            box.deleteLater()
            if clicked is delete:
                self._remove(provider_id)

        box.finished.connect(done)
        self.confirm_box = box
        box.open()
        return box

    def _remove(self, provider_id: str) -> None:
        try:
            self._services.config.remove_custom(provider_id)
        except Exception as exc:
            self._warn(translate("ui.settings.provider_list", "Could not delete the provider"), user_message(exc))
            return
        self._counts.pop(provider_id, None)
        self._runner.start(self._services.tokens.delete_all(provider_id, initiator=self),
                           key=f"forget:{provider_id}")
        self.refresh()
        self.providerRemoved.emit(provider_id)

    def _warn(self, title: str, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, self)
        box.setObjectName("providerListMessage")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()


class ProviderDialog(QDialog):
    """Add or edit a custom provider: name, API address and type; errors show inline.

    ``apply(name, url, kind)`` saves and returns the provider, or raises
    ValueError with the message to show.
    """

    saved = Signal(str)

    def __init__(self, apply: Callable[[str, str, str], Provider], *,
                 provider: Provider | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from msdesk.core.provider_config import PROVIDER_KINDS

        self._apply = apply
        self.setObjectName("providerDialog")
        self.setWindowTitle(
            translate("ui.settings.provider_list", "Edit provider") if provider
            else translate("ui.settings.provider_list", "Add provider")
        )
        self.setMinimumWidth(460)

        intro = QLabel(
            translate(
                "ui.settings.provider_list",
                "Any service that speaks the OpenAI chat API works: a local server "
                "(Ollama, LM Studio, vLLM) or a cloud one.",
            ),
            wordWrap=True,
            objectName="providerDialogIntro",
        )
        self.name_edit = QLineEdit(objectName="providerNameEdit")
        self.name_edit.setPlaceholderText(translate("ui.settings.provider_list", "e.g. My vLLM server"))
        self.name_edit.setAccessibleName(translate("ui.settings.provider_list", "Provider name"))
        self.url_edit = QLineEdit(objectName="providerUrlEdit")
        self.url_edit.setPlaceholderText("https://example.com/v1")
        self.url_edit.setAccessibleName(translate("ui.settings.provider_list", "API host"))
        self.url_edit.setToolTip(translate(
            "ui.settings.provider_list",
            "The API base; /chat/completions is added. End with # to use it as it is.",
        ))
        self.kind_combo = QComboBox(objectName="providerKindCombo")
        self.kind_combo.setAccessibleName(translate("ui.settings.provider_list", "Provider type"))
        for key, _label in PROVIDER_KINDS:
            self.kind_combo.addItem(kind_label(key), key)
        self.kind_combo.setToolTip(translate(
            "ui.settings.provider_list",
            "ModelScope-compatible: reads ModelScope's quota headers and checks ms- tokens",
        ))
        self.preview = QLabel(objectName="providerUrlPreview", wordWrap=True)
        self.preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error = QLabel(objectName="providerDialogError", wordWrap=True)
        self.error.setAccessibleName(translate("ui.settings.provider_list", "Error"))
        self.error.hide()

        if provider is not None:
            self.name_edit.setText(provider.name)
            self.url_edit.setText(provider.api_base)
            self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(provider.kind)))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(8)
        form.addRow(translate("ui.settings.provider_list", "&Name"), self.name_edit)
        form.addRow(translate("ui.settings.provider_list", "API &host"), self.url_edit)
        form.addRow("", self.preview)
        form.addRow(translate("ui.settings.provider_list", "&Type"), self.kind_combo)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        save = buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(
            translate("ui.settings.provider_list", "Save") if provider
            else translate("ui.settings.provider_list", "Add")
        )
        save.setObjectName("providerDialogSave")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(12)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

        self.url_edit.textChanged.connect(self._update_preview)
        self.name_edit.textChanged.connect(lambda _t: self.error.hide())
        self._update_preview(self.url_edit.text())
        self.name_edit.setFocus()

    def _update_preview(self, text: str) -> None:
        from msdesk.core.providers import api_root, chat_url, is_insecure_remote, validate_base_url

        self.error.hide()
        text = text.strip()
        if not text:
            self.preview.setText("")
            self.preview.hide()
            return
        try:
            validate_base_url(text)
        except ValueError as exc:
            reason = str(exc)
            line = translate("ui.settings.provider_list", "Requests go nowhere yet: {reason}.").format(
                reason=reason[:1].lower() + reason[1:]
            )
        else:
            line = translate(
                "ui.settings.provider_list",
                "Chat requests go to {chat_url}\nThe model list, embeddings and images go to {root}/…",
            ).format(chat_url=chat_url(text), root=api_root(text))
            if is_insecure_remote(text):
                line += "\n" + translate(
                    "ui.settings.provider_list", "⚠ Plain http: your token would travel unencrypted."
                )
        self.preview.setText(line)
        self.preview.show()
        fit_height(self)

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
        fit_height(self)

    def accept(self) -> None:
        try:
            provider = self._apply(
                self.name_edit.text(), self.url_edit.text(), str(self.kind_combo.currentData())
            )
        except ValueError as exc:
            self.show_error(str(exc))
            return
        except Exception as exc:
            self.show_error(user_message(exc))
            return
        self.saved.emit(provider.id)
        super().accept()
