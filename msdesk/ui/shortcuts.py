"""The keyboard shortcuts, listed once: Help → Keyboard shortcuts (F1) shows this table.

The pages register their own ``QShortcut``s where the action lives; this is
the list a person reads. ``tests/test_ui_shortcuts.py`` checks that every
listed key is registered in the window, so the list cannot drift from the code.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from msdesk.core.i18n import translate


def sections() -> list[tuple[str, list[tuple[str, str]]]]:
    """(section title, [(keys as Qt writes them, what they do)]) in the order shown."""
    return [
        (translate("ui.shortcuts", "Everywhere"), [
            ("Ctrl+1", translate("ui.shortcuts", "Go to Chat")),
            ("Ctrl+2", translate("ui.shortcuts", "Go to Models")),
            ("Ctrl+3", translate("ui.shortcuts", "Go to Settings")),
            ("Ctrl+,", translate("ui.shortcuts", "Open Settings")),
            ("F1", translate("ui.shortcuts", "Show the keyboard shortcuts")),
        ]),
        (translate("ui.shortcuts", "Chat"), [
            ("Ctrl+N", translate("ui.shortcuts", "New chat")),
            ("Ctrl+F", translate("ui.shortcuts", "Search the chats")),
            ("Ctrl+M", translate("ui.shortcuts", "Choose the model")),
            ("Ctrl+L", translate("ui.shortcuts", "Go to the message box")),
            ("Return", translate("ui.shortcuts", "Send the message (Ctrl+Enter when Enter makes a new line)")),
            ("Shift+Return", translate("ui.shortcuts", "New line in the message")),
            ("Esc", translate("ui.shortcuts", "Stop the answer")),
            ("F2", translate("ui.shortcuts", "Rename the selected chat")),
            ("Del", translate("ui.shortcuts", "Delete the selected chat")),
            ("Ctrl+Z", translate("ui.shortcuts", "Bring back the chat just deleted")),
            ("Ctrl+Shift+E", translate("ui.shortcuts", "Export the chat to Markdown")),
        ]),
        (translate("ui.shortcuts", "Models"), [
            ("Ctrl+F", translate("ui.shortcuts", "Search the model library (also /)")),
            ("F5", translate("ui.shortcuts", "Search again")),
            ("Ctrl+C", translate("ui.shortcuts", "Copy the selected model's ID")),
        ]),
        (translate("ui.shortcuts", "Settings"), [
            ("Ctrl+F", translate("ui.shortcuts", "Search the providers")),
            ("Alt+Up", translate("ui.shortcuts", "Move the selected provider up")),
            ("Alt+Down", translate("ui.shortcuts", "Move the selected provider down")),
            ("Ctrl+Z", translate("ui.shortcuts", "Bring back the models just removed")),
        ]),
    ]


def shown_keys(keys: str) -> str:
    """Keys as this system writes them (⌘ on macOS)."""
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


class ShortcutsDialog(QDialog):
    """Help → Keyboard shortcuts: every shortcut, by page."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(translate("ui.shortcuts", "Keyboard shortcuts"))
        content = QWidget()
        grid = QGridLayout(content)
        grid.setColumnStretch(1, 1)
        grid.setHorizontalSpacing(18)
        row = 0
        for title, entries in sections():
            heading = QLabel(title)
            heading.setProperty("role", "sectionTitle")
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            grid.addWidget(heading, row, 0, 1, 2)
            row += 1
            for keys, what in entries:
                key = QLabel(shown_keys(keys))
                key.setObjectName("shortcutKeys")
                key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                text = QLabel(what)
                text.setWordWrap(True)
                key.setBuddy(text)
                grid.addWidget(key, row, 0, Qt.AlignmentFlag.AlignTop)
                grid.addWidget(text, row, 1)
                row += 1
        grid.setRowStretch(row, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.resize(560, 560)

