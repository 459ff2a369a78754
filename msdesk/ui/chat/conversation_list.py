"""The side list of conversations: new, search, rename, delete.

Rows come from the history (newest first). Searching looks through titles
and message text; a content match shows the matching words under the
title. F2 renames in place, Delete removes (the page offers Undo).
"""

from __future__ import annotations

import time
from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import QDate, QLocale, QModelIndex, QPoint, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from msdesk.core import i18n
from msdesk.core.history import ConversationSummary
from msdesk.core.i18n import translate
from msdesk.ui.theme import themed

ID_ROLE = Qt.ItemDataRole.UserRole + 1
STREAMING_MARK = "●"  # before the title of the chat whose answer is streaming


def when_text(stamp: float, now: float | None = None) -> str:
    """``14:05`` today, ``Mon 14:05`` this week, else the date.

    In Chinese and Russian the time, the day's name and the date take the forms of
    the user's locale (``QLocale()``, set to the chosen language at start):
    ``周一 14:05``, ``пн 14:05``, ``2024/1/2``, ``02.01.2024``.
    """
    now = time.time() if now is None else now
    then = datetime.fromtimestamp(stamp)
    today = datetime.fromtimestamp(now)
    if i18n.language() == "en":
        if then.date() == today.date():
            return then.strftime("%H:%M")
        if (today - then).days < 7:
            return then.strftime("%a %H:%M")
        return then.strftime("%Y-%m-%d")
    locale = QLocale()
    short = QLocale.FormatType.ShortFormat
    clock = locale.toString(QTime(then.hour, then.minute), short)
    if then.date() == today.date():
        return clock
    if (today - then).days < 7:
        return f"{locale.dayName(then.isoweekday(), short)} {clock}"
    return locale.toString(QDate(then.year, then.month, then.day), short)


class ConversationList(QFrame):
    """Search box, New chat button and the list.

    Signals:
        newRequested(), opened(int), renamed(int, str), deleteRequested(int),
        exportRequested(int), searchChanged(str) (debounced).
    """

    newRequested = Signal()
    opened = Signal(int)
    renamed = Signal(int, str)
    deleteRequested = Signal(int)
    exportRequested = Signal(int)
    searchChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conversationPane")
        self.setStyleSheet(themed("#conversationPane { background: #f7f8fa; border-right: 1px solid #e3e6ea; }"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)
        top = QHBoxLayout()
        self.search = QLineEdit(self, objectName="conversationSearch")
        self.search.setPlaceholderText(translate("ui.chat.conversation_list", "Search chats"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(translate("ui.chat.conversation_list", "Search conversations"))
        top.addWidget(self.search, 1)
        self.new_button = QPushButton(translate("ui.chat.conversation_list", "New chat"), self, objectName="newChatButton")
        self.new_button.setToolTip(translate("ui.chat.conversation_list", "Start a new conversation (Ctrl+N)"))
        self.new_button.setAutoDefault(False)
        self.new_button.clicked.connect(self.newRequested)
        top.addWidget(self.new_button)
        layout.addLayout(top)

        self.view = QListView(self)
        self.view.setObjectName("conversationList")
        self.view.setAccessibleName(translate("ui.chat.conversation_list", "Conversations"))
        self.view.setUniformItemSizes(False)
        # Renaming goes through rename() (F2, context menu), which edits the bare title.
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._menu)
        self.view.setWordWrap(False)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setStyleSheet(themed(
            "QListView { background: transparent; border: none; }"
            "QListView::item { padding: 6px 4px; border-radius: 4px; }"
            "QListView::item:selected { background: #dbe7fb; color: #1b1f24; }"
        ))
        self.model = QStandardItemModel(self)
        self.view.setModel(self.model)
        self.model.itemChanged.connect(self._item_changed)
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        layout.addWidget(self.view, 1)

        delete = QAction(translate("ui.chat.conversation_list", "Delete"), self.view)
        delete.setShortcut(QKeySequence.StandardKey.Delete)
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(self._delete_current)
        self.view.addAction(delete)
        rename = QAction(translate("ui.chat.conversation_list", "Rename"), self.view)
        rename.setShortcut(QKeySequence(Qt.Key.Key_F2))
        rename.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        rename.triggered.connect(self._rename_current)
        self.view.addAction(rename)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(200)
        self._debounce.timeout.connect(lambda: self.searchChanged.emit(self.search.text().strip()))
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self._filling = False
        self._rows: list[ConversationSummary] = []
        self._shown: list[tuple[object, ...]] | None = None
        self._streaming: int | None = None  # the chat whose answer is streaming

    def set_streaming(self, conversation_id: int | None) -> None:
        """Mark the chat whose answer is streaming (None: none is)."""
        if conversation_id != self._streaming:
            self._streaming = conversation_id
            self.set_rows(self._rows, self._current_id())

    def set_rows(self, rows: list[ConversationSummary], current_id: int | None = None) -> None:
        shown = [(*_shown(row), row.id == self._streaming) for row in rows]
        self._rows = list(rows)
        if shown == self._shown:  # nothing a user would see changed: keep the list as it is
            self.select(current_id)
            return
        self._shown = shown
        scrolled = self.view.verticalScrollBar().value()
        self._filling = True
        try:
            self.model.clear()
            for row in rows:
                self.model.appendRow(_item(row, streaming=row.id == self._streaming))
            self.select(current_id)
        finally:
            self._filling = False
        self.view.verticalScrollBar().setValue(scrolled)

    def set_title(self, conversation_id: int, title: str) -> None:
        """Show a new title at once (before the history has it)."""
        rows = [replace(row, title=title) if row.id == conversation_id else row for row in self._rows]
        self.set_rows(rows, self._current_id())

    def remove(self, conversation_id: int) -> ConversationSummary | None:
        """Take a row off the list at once; returns it (for putting it back)."""
        gone = next((row for row in self._rows if row.id == conversation_id), None)
        if gone is not None:
            self.set_rows([row for row in self._rows if row.id != conversation_id], self._current_id())
        return gone

    def put_back(self, row: ConversationSummary) -> None:
        """Show a removed row again at once, in its place (newest first)."""
        rows = [r for r in self._rows if r.id != row.id] + [row]
        rows.sort(key=lambda r: (r.updated_at, r.id), reverse=True)
        self.set_rows(rows, self._current_id())

    def _current_id(self) -> int | None:
        index = self.view.currentIndex()
        value = index.data(ID_ROLE) if index.isValid() else None
        return value if isinstance(value, int) else None

    def select(self, conversation_id: int | None) -> None:
        blocked = self.view.selectionModel().blockSignals(True)
        try:
            self.view.clearSelection()
            self.view.setCurrentIndex(QModelIndex())
            for row in range(self.model.rowCount()):
                item = self.model.item(row)
                if item.data(ID_ROLE) == conversation_id:
                    self.view.setCurrentIndex(item.index())
                    break
        finally:
            self.view.selectionModel().blockSignals(blocked)

    def ids(self) -> list[int]:
        return [self.model.item(row).data(ID_ROLE) for row in range(self.model.rowCount())]

    def titles(self) -> list[str]:
        return [self.model.item(row).data(Qt.ItemDataRole.EditRole + 100) for row in range(self.model.rowCount())]

    def rename(self, conversation_id: int) -> None:
        """Start renaming a row in place (F2)."""
        for row in range(self.model.rowCount()):
            item = self.model.item(row)
            if item.data(ID_ROLE) == conversation_id:
                self._filling = True
                item.setText(item.data(Qt.ItemDataRole.EditRole + 100))
                self._filling = False
                self.view.setCurrentIndex(item.index())
                self.view.edit(item.index())
                return

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._filling or not current.isValid():
            return
        conversation_id = current.data(ID_ROLE)
        if isinstance(conversation_id, int):
            self.opened.emit(conversation_id)

    def _item_changed(self, item: QStandardItem) -> None:
        if self._filling:
            return
        title = " ".join(item.text().split())
        conversation_id = item.data(ID_ROLE)
        old = item.data(Qt.ItemDataRole.EditRole + 100)
        if not title or title == old:
            self._filling = True
            item.setText(old)
            self._filling = False
            return
        self._filling = True
        item.setData(title, Qt.ItemDataRole.EditRole + 100)
        self._filling = False
        self.renamed.emit(conversation_id, title)

    def _rename_current(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self.rename(index.data(ID_ROLE))

    def _delete_current(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self.deleteRequested.emit(index.data(ID_ROLE))

    def _menu(self, pos: QPoint) -> None:
        index = self.view.indexAt(pos)
        if not index.isValid():
            return
        conversation_id = index.data(ID_ROLE)
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.addAction(translate("ui.chat.conversation_list", "Rename"), lambda: self.rename(conversation_id))
        menu.addAction(translate("ui.chat.conversation_list", "Export to Markdown…"), lambda: self.exportRequested.emit(conversation_id))
        menu.addSeparator()
        menu.addAction(translate("ui.chat.conversation_list", "Delete"), lambda: self.deleteRequested.emit(conversation_id))
        menu.popup(self.view.viewport().mapToGlobal(pos))


def shown_title(title: str | None) -> str:
    """A chat's title as shown: one never named (the stored default) is "New chat" in the user's language."""
    from msdesk.core.history import DEFAULT_TITLE

    if not title or title == DEFAULT_TITLE:
        return translate("ui.chat.conversation_list", "New chat")
    return title


def _shown(row: ConversationSummary) -> tuple[object, ...]:
    return (row.id, row.title, row.snippet, row.model_id, when_text(row.updated_at))


def _item(row: ConversationSummary, *, streaming: bool = False) -> QStandardItem:
    title = shown_title(row.title)
    shown = f"{STREAMING_MARK} {title}" if streaming else title
    text = shown if not row.snippet else f"{shown}\n  {row.snippet}"
    item = QStandardItem(text)
    item.setData(row.id, ID_ROLE)
    item.setData(title, Qt.ItemDataRole.EditRole + 100)
    model = row.model_id or translate("ui.chat.conversation_list", "no model")
    tip = f"{title}\n{model} · {when_text(row.updated_at)}"
    if streaming:
        tip += "\n" + translate("ui.chat.conversation_list", "An answer is streaming in this chat")
    item.setToolTip(tip)
    if streaming:
        item.setData(
            translate("ui.chat.conversation_list", "{title}, an answer is streaming").format(title=title),
            Qt.ItemDataRole.AccessibleTextRole,
        )
    item.setEditable(True)
    return item
