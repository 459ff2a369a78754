"""Keyboard and screen readers: the listed shortcuts exist, and every control has a name.

- Help → Keyboard shortcuts lists each shortcut once (``msdesk/ui/shortcuts.py``);
  every listed key must be registered where the list says (the window, or the
  page), so the list cannot promise a key that does nothing.
- Every control a person can reach (buttons, fields, lists, boxes) on every
  page has a name a screen reader reads: its text, an accessible name, or a
  label that names it (buddy). Icon-only buttons also have a tooltip.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from msdesk.ui.main_window import MainWindow
from msdesk.ui.shortcuts import ShortcutsDialog, sections
from tests.test_layout import _close, _open_window, _page_states, settle

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support ((propagateSizeHints|raise)\(\)|grabbing the keyboard)"
)

#: Keys a widget reads itself (a key press handler, not a shortcut object), tested with their widgets.
_TYPED = {"Return", "Shift+Return", "Ctrl+C", "Alt+Up", "Alt+Down"}
_PAGE_OF_SECTION = [None, "chat", "models", "settings"]


def _registered(root: QWidget) -> set[str]:
    keys: set[str] = set()
    for shortcut in root.findChildren(QShortcut):
        keys |= {k.toString() for k in shortcut.keys()}
    for action in root.findChildren(QAction):
        keys |= {k.toString() for k in action.shortcuts()}
    return keys


def test_every_listed_shortcut_is_registered_where_the_list_says(qtbot, run_async, fake_env):
    async def scenario():
        services, window = await _open_window(qtbot)
        try:
            await _page_states(window, services)  # builds each page with what a user has on it
            await settle()
            missing = []
            for index, (title, entries) in enumerate(sections()):
                page = _PAGE_OF_SECTION[index]
                root = window if page is None else window.page_content(page)
                assert root is not None, f"the {page} page was not built"
                keys = _registered(root)
                for shortcut, what in entries:
                    if shortcut in _TYPED:
                        continue
                    if QKeySequence(shortcut).toString() not in keys:
                        missing.append(f"{title}: {shortcut} ({what})")
            assert not missing, "listed but not registered:\n" + "\n".join(missing)
        finally:
            await _close(window, services)

    run_async(scenario())


def test_f1_opens_the_shortcuts_window_and_ctrl_comma_opens_settings(qtbot, run_async, fake_env):
    async def scenario():
        services, window = await _open_window(qtbot)
        try:
            window.show_page("chat")
            window.activateWindow()
            await settle()
            qtbot.keyClick(window, Qt.Key.Key_F1)
            await settle()
            dialog = window.findChild(ShortcutsDialog)
            assert dialog is not None and dialog.isVisible()
            shown = {label.text() for label in dialog.findChildren(QLabel)}
            assert "New chat" in shown and QKeySequence("Ctrl+N").toString(QKeySequence.SequenceFormat.NativeText) in shown
            dialog.close()
            window.activateWindow()
            await settle()
            qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
            await settle()
            assert window.current_page() == "settings"
        finally:
            await _close(window, services)

    run_async(scenario())


def _unnamed(window: MainWindow) -> list[str]:
    buddies = {id(label.buddy()) for label in window.findChildren(QLabel) if label.buddy() is not None}
    problems = []
    kinds = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QAbstractItemView, QTextEdit)
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, kinds) or not widget.isVisibleTo(window) or not widget.isEnabled():
            continue
        if isinstance(widget, QTextEdit) and widget.isReadOnly():
            continue  # a message body: its text is what is read
        if widget.objectName().startswith("qt_") or isinstance(widget, QHeaderView):
            continue  # Qt's own parts (a scroll area's corner, a spin box's line edit, a header)
        if isinstance(widget.parentWidget(), QLineEdit):
            continue  # a field's own clear button or icon: the field's name covers it
        text = widget.text() if isinstance(widget, QAbstractButton) else ""
        named = bool(widget.accessibleName().strip() or text.strip() or id(widget) in buddies)
        if isinstance(widget, QLineEdit) and widget.placeholderText().strip():
            named = True
        where = f"{type(widget).__name__}#{widget.objectName() or '?'}"
        if not named:
            problems.append(f"{where} has no name for a screen reader")
        if isinstance(widget, QAbstractButton) and not text.strip() and not widget.toolTip().strip():
            problems.append(f"{where} shows only an icon and has no tooltip")
    return problems


def test_every_control_on_every_page_has_a_name(qtbot, run_async, fake_env):
    async def scenario():
        services, window = await _open_window(qtbot)
        try:
            problems: list[str] = []
            for name, show in await _page_states(window, services):
                show()
                await settle()
                problems += [f"{name}: {p}" for p in _unnamed(window)]
            assert not problems, "\n".join(sorted(set(problems)))
        finally:
            await _close(window, services)

    run_async(scenario())
