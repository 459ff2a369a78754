"""Keyboard and screen readers: shortcuts, names, Tab order, and a focus that can be seen.

- Help → Keyboard shortcuts lists each shortcut once (``msdesk/ui/shortcuts.py``);
  every listed key must be registered where the list says (the window, or the
  page), so the list cannot promise a key that does nothing.
- Every control a person can reach (buttons, fields, lists, boxes) on every
  page and in every dialog and popup (``tests/test_layout.py``'s lists) has a
  name a screen reader reads: its text, an accessible name, or a label that
  names it (buddy). Icon-only buttons also have a tooltip; the buttons of a
  row say which row (no two read alike).
- Tab, pressed from the first control of each page and dialog, stops on every
  shown, enabled control once and comes back to the first, in reading order
  (down the page, left to right on a row; a column to the right starts at its
  top). A list or table is one stop, and so is a group of radio buttons or the
  page rail: the arrows move inside them, as Qt does.
- Every button outside a list can be reached with Tab; the buttons on the
  rows of a list have keys on the row instead (Manage models: + and −).
- The control that has the focus looks different from when it has not.
"""

from __future__ import annotations

import inspect

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QAction, QImage, QKeySequence, QShortcut
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from msdesk.ui.shortcuts import ShortcutsDialog, sections
from tests.conftest import until
from tests.test_layout import _close, _dialogs, _open_window, _page_states, settle

_DIRECT = Qt.FindChildOption.FindDirectChildrenOnly

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


def _unnamed(window: QWidget) -> list[str]:
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
    problems = run_async(_walk(qtbot, _unnamed, pages=True, dialogs=False))
    assert not problems, "\n".join(sorted(set(problems)))



def _same_names(root: QWidget) -> list[str]:
    """Buttons and boxes that a screen reader would read alike: each row's own must say its row.

    The messages of a conversation are the exception: each is a group named
    "Answer" or "Your message" that a screen reader reads before its buttons.
    """
    from msdesk.ui.chat.transcript import Transcript

    names: dict[str, int] = {}
    for button in root.findChildren(QAbstractButton):
        if not button.isVisibleTo(root) or button.objectName().startswith("qt_"):
            continue
        if isinstance(button.parentWidget(), QLineEdit):
            continue
        parent = button.parentWidget()
        while parent is not None and not isinstance(parent, Transcript):
            parent = parent.parentWidget()
        if parent is not None:
            continue
        name = button.accessibleName() or button.text()
        names[name] = names.get(name, 0) + 1
    return [f"{count} controls are all called {name!r}" for name, count in names.items() if count > 1]


def test_the_buttons_of_each_row_say_which_row(qtbot, run_async, fake_env):
    problems = run_async(_walk(qtbot, _same_names, pages=True, dialogs=True))
    assert not problems, "\n".join(problems)


# -- dialogs: names ------------------------------------------------------------


def test_every_control_in_every_dialog_has_a_name(qtbot, run_async, fake_env):
    problems = run_async(_walk(qtbot, _unnamed, pages=False, dialogs=True))
    assert not problems, "\n".join(sorted(set(problems)))


def _dismiss(dialog: QWidget) -> None:
    dialog.close()
    if isinstance(dialog, QDialog):
        dialog.deleteLater()


async def _walk(qtbot, check, *, pages: bool = True, dialogs: bool = True) -> list[str]:
    """``check(root)`` (a list of problems, or a coroutine giving one) on every page state and
    every dialog of a window filled as a user has it; each problem prefixed with where it was."""
    services, window = await _open_window(qtbot)
    try:
        problems: list[str] = []

        async def run(root: QWidget) -> list[str]:
            found = check(root)
            return await found if inspect.isawaitable(found) else found

        if pages:
            for name, show in await _page_states(window, services):
                show()
                await settle()
                problems += [f"{name}: {p}" for p in await run(window)]
        if dialogs:
            for name, build in _dialogs(window, services):
                dialog = build()
                await settle()
                problems += [f"{name}: {p}" for p in await run(dialog)]
                _dismiss(dialog)
                await settle()
        return problems
    finally:
        await _close(window, services)


async def _tab_problems(root: QWidget) -> list[str]:
    _visited, found = await _tab_walk(root)
    return found


# -- focus order ---------------------------------------------------------------


def _takes_tab(widget: QWidget, root: QWidget) -> bool:
    """A control Tab should stop on: it takes focus by Tab, is shown, enabled and not a stand-in."""
    return (
        bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        and widget.focusProxy() is None
        and widget.isEnabled()
        and widget.isVisibleTo(root)
        and widget.isVisible()
        and not isinstance(widget.parentWidget(), QLineEdit)
    )


def _on_screen(widget: QWidget, ancestor: QWidget) -> QRect:
    """``widget``'s rectangle in ``ancestor``, kept inside each scroll area it is scrolled in."""
    rect = QRect(QPoint(0, 0), widget.size())
    while widget is not ancestor and widget.parentWidget() is not None:
        parent = widget.parentWidget()
        rect.translate(widget.pos())
        area = parent.parentWidget()
        if isinstance(area, QAbstractScrollArea) and area.viewport() is parent:
            inside = parent.rect()
            top = min(max(rect.top(), inside.top()), inside.bottom())
            bottom = min(max(rect.bottom(), inside.top()), inside.bottom())
            left = min(max(rect.left(), inside.left()), inside.right())
            right = min(max(rect.right(), inside.left()), inside.right())
            rect = QRect(QPoint(left, top), QPoint(right, bottom))
        widget = parent
    return rect


def _common_ancestor(a: QWidget, b: QWidget) -> QWidget:
    chain = []
    widget: QWidget | None = a
    while widget is not None:
        chain.append(widget)
        widget = widget.parentWidget()
    widget = b
    while widget is not None and widget not in chain:
        widget = widget.parentWidget()
    assert widget is not None
    return widget


def _comes_before(later: QWidget, earlier: QWidget) -> bool:
    """``later`` is read before ``earlier``: higher up in the same column, or left on the same row."""
    ancestor = _common_ancestor(later, earlier)
    a, b = _on_screen(earlier, ancestor), _on_screen(later, ancestor)
    same_row = a.top() <= b.center().y() <= a.bottom() or b.top() <= a.center().y() <= b.bottom()
    if same_row:
        return b.right() < a.left()
    if b.bottom() < a.top():  # higher: only as the top of the next column, to the right
        return b.left() <= a.right()
    return False


def _describe(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, (QAbstractButton, QLabel)) else ""
    name = widget.accessibleName() or text
    return f"{type(widget).__name__}#{widget.objectName() or '?'} {name[:30]!r}"


async def _tab_walk(root: QWidget) -> tuple[list[QWidget], list[str]]:
    """Press Tab from the first control of ``root`` until focus comes back: (the controls
    it stopped on, what went wrong)."""
    expected = [w for w in root.findChildren(QWidget) if _takes_tab(w, root)]
    if not expected:
        return [], []
    root.activateWindow()
    first = root.nextInFocusChain()
    while first is not root and first not in expected:
        first = first.nextInFocusChain()
    if first is root:
        return [], ["no control is in the focus chain"]
    first.setFocus(Qt.FocusReason.TabFocusReason)
    await settle()
    if QApplication.focusWidget() is not first:
        return [], [f"{_describe(first)} does not take focus"]
    visited = [first]
    problems = []
    stays = 0
    for _ in range(len(expected) + 42):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        QApplication.processEvents()
        now = QApplication.focusWidget()
        if now is not None and now is visited[-1]:
            if len(expected) == 1:
                break  # the only control: Tab comes back to it
            stays += 1
            if not _walks_its_links(now) or stays > 40:
                problems.append(f"Tab stays in {_describe(now)}")
                break
            continue
        stays = 0
        if now is None or now is first:
            break
        if now in visited:
            problems.append(f"Tab visits {_describe(now)} twice")
            break
        if _comes_before(now, visited[-1]):
            problems.append(f"Tab goes back up from {_describe(visited[-1])} to {_describe(now)}")
        visited.append(now)
    else:
        problems.append("Tab never comes back to the first control")
    for widget in expected:
        if widget not in visited and not _inside_a_view(widget, visited) and not _radio_group_visited(widget, visited):
            problems.append(f"Tab never reaches {_describe(widget)}")
    return visited, problems


def _walks_its_links(widget: QWidget) -> bool:
    """Text with links: Tab goes from link to link inside it, then on (Qt's own keys)."""
    flags = getattr(widget, "textInteractionFlags", None)
    return callable(flags) and bool(flags() & Qt.TextInteractionFlag.LinksAccessibleByKeyboard)


def _group(widget: QWidget) -> list[QAbstractButton]:
    """The buttons of ``widget``'s exclusive group (radio buttons, the page rail), or []."""
    if not isinstance(widget, QAbstractButton):
        return []
    group = widget.group()
    if group is not None and group.exclusive():
        return group.buttons()
    if widget.autoExclusive() and widget.parentWidget() is not None:
        return [b for b in widget.parentWidget().findChildren(QAbstractButton, options=_DIRECT) if b.autoExclusive()]
    return []


def _radio_group_visited(widget: QWidget, visited: list[QWidget]) -> bool:
    """An exclusive group is one stop: Tab goes to the chosen button, the arrows to the others."""
    return any(b in visited for b in _group(widget))


def _inside_a_view(widget: QWidget, visited: list[QWidget]) -> bool:
    """A control in a list or table that Tab visits as one stop (the view has the keys)."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractItemView) and parent in visited:
            return True
        parent = parent.parentWidget()
    return False


def test_tab_visits_every_control_of_every_page_once_in_reading_order(qtbot, run_async, fake_env):
    problems = run_async(_walk(qtbot, _tab_problems, pages=True, dialogs=False))
    assert not problems, "\n".join(problems)


def test_tab_visits_every_control_of_every_dialog_once_in_reading_order(qtbot, run_async, fake_env):
    problems = run_async(_walk(qtbot, _tab_problems, pages=False, dialogs=True))
    assert not problems, "\n".join(problems)


# -- every action by keyboard --------------------------------------------------


def _out_of_tab_reach(root: QWidget) -> list[str]:
    """Shown, enabled buttons Tab skips; a list's or table's row buttons have keys on the row instead."""
    problems = []
    for button in root.findChildren(QAbstractButton):
        if not button.isVisibleTo(root) or not button.isEnabled() or button.objectName().startswith("qt_"):
            continue
        if isinstance(button.parentWidget(), QLineEdit) or _in_a_view(button):
            continue
        if any(b.isChecked() and b.focusPolicy() & Qt.FocusPolicy.TabFocus for b in _group(button)):
            continue  # one stop for the group (Qt's way): the arrows move to this one
        if not button.focusPolicy() & Qt.FocusPolicy.TabFocus and button.focusProxy() is None:
            problems.append(f"{_describe(button)} cannot be reached with Tab")
    return problems


def _in_a_view(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QAbstractItemView):
        parent = parent.parentWidget()
    return parent is not None


def test_every_button_outside_lists_can_be_reached_with_tab(qtbot, run_async, fake_env):
    problems = run_async(_walk(qtbot, _out_of_tab_reach, pages=True, dialogs=True))
    assert not problems, "\n".join(sorted(set(problems)))


def test_tab_reaches_each_message_action_and_the_version_switcher(qtbot, run_async, fake_env):
    async def scenario():
        services, window = await _open_window(qtbot)
        try:
            states = dict(await _page_states(window, services))
            states["chat"]()
            await settle()
            visited, _problems = await _tab_walk(window)
            chat = window.page_content("chat")
            answer = chat.transcript.widgets[1]
            question = chat.transcript.widgets[2]
            wanted = {
                "Copy (answer)": answer.copy_button, "Answer again": answer.regenerate_button,
                "Delete (answer)": answer.delete_button, "Earlier version": answer.prev_version,
                "Copy (question)": question.copy_button, "Edit and send again": question.edit_button,
                "Delete (question)": question.delete_button,
            }
            missed = [what for what, button in wanted.items() if button not in visited]
            assert not missed, missed
            # In the order they are read: the switcher at the top of the answer, its actions under it.
            order = [visited.index(b) for b in (answer.prev_version, answer.copy_button, answer.regenerate_button,
                                                 answer.delete_button, question.copy_button)]
            assert order == sorted(order)
            # ‹ shows the earlier version from the keyboard; then › is the way back.
            answer.prev_version.setFocus(Qt.FocusReason.TabFocusReason)
            qtbot.keyClick(answer.prev_version, Qt.Key.Key_Space)
            await until(lambda: chat.transcript.widgets[1].version_label.text() == "1 / 2",
                        message="‹ did not show the earlier version")
            following = chat.transcript.widgets[1].next_version
            assert following.isEnabled() and following.focusPolicy() & Qt.FocusPolicy.TabFocus
        finally:
            await _close(window, services)

    run_async(scenario())


def test_the_group_rows_of_manage_models_add_and_remove_all_by_key(qtbot, run_async, fake_env):
    from msdesk.ui.settings.manage_models_dialog import ManageModelsDialog
    from msdesk.ui.settings.model_rows import COL_MODEL, ID_ROLE

    async def scenario():
        services, window = await _open_window(qtbot)
        try:
            dialog = ManageModelsDialog(services, "modelscope", parent=window)
            dialog.show()
            await until(lambda: dialog.fetched, message="/models did not answer")
            group = next(dialog.tree.topLevelItem(i) for i in range(dialog.tree.topLevelItemCount())
                         if dialog.tree.topLevelItem(i).data(COL_MODEL, ID_ROLE) == "MiniMax")
            listed = lambda: [m.id for m in services.config.models("modelscope") if m.id.startswith("MiniMax/")]  # noqa: E731
            assert not listed()
            dialog.tree.setFocus()
            dialog.tree.setCurrentItem(group)
            qtbot.keyClick(dialog.tree, Qt.Key.Key_Plus)
            assert len(listed()) == group.childCount() >= 2
            qtbot.keyClick(dialog.tree, Qt.Key.Key_Minus)
            assert not listed()
            qtbot.keyClick(dialog.tree, Qt.Key.Key_Insert)
            assert listed()
            qtbot.keyClick(dialog.tree, Qt.Key.Key_Delete)
            assert not listed()
            # A model row: Space adds it, Space again takes it out.
            dialog.tree.setCurrentItem(group.child(0))
            qtbot.keyClick(dialog.tree, Qt.Key.Key_Space)
            assert listed() == [group.child(0).data(COL_MODEL, ID_ROLE)]
            qtbot.keyClick(dialog.tree, Qt.Key.Key_Space)
            assert not listed()
            _dismiss(dialog)
        finally:
            await _close(window, services)

    run_async(scenario())


def test_the_arrows_move_along_the_page_rail(qtbot, run_async, fake_env):
    async def scenario():
        services, window = await _open_window(qtbot)
        try:
            window.show_page("chat")
            window.activateWindow()
            await settle()
            window.nav_button("chat").setFocus(Qt.FocusReason.TabFocusReason)
            qtbot.keyClick(window.nav_button("chat"), Qt.Key.Key_Down)
            await settle()
            assert window.current_page() == "models"
            assert QApplication.focusWidget() is window.nav_button("models")
        finally:
            await _close(window, services)

    run_async(scenario())


# -- the focus can be seen -----------------------------------------------------


def _around(widget: QWidget, root: QWidget) -> QImage:
    """What ``root`` shows of ``widget`` and a few pixels around it (where a focus ring is drawn)."""
    top_left = widget.mapTo(root, QPoint(0, 0))
    return root.grab(QRect(top_left, widget.size()).adjusted(-3, -3, 3, 3)).toImage()


async def _focus_not_shown(root: QWidget) -> list[str]:
    """Tab through ``root``: each control it stops on must look different while it has the focus."""
    visited, _problems = await _tab_walk(root)
    if not visited:
        return []
    unseen = []
    visited[0].setFocus(Qt.FocusReason.TabFocusReason)
    for widget in visited:
        QApplication.processEvents()
        if QApplication.focusWidget() is not widget:
            continue  # the walk checks the order; this looks at what it shows
        focused = _around(widget, root)
        for _ in range(40):  # links inside a text: Tab goes from one to the next, then on
            QTest.keyClick(widget, Qt.Key.Key_Tab)
            if QApplication.focusWidget() is not widget:
                break
        else:
            continue  # the only control: the focus stays (the walk looks at that)
        QApplication.processEvents()
        if _around(widget, root) == focused:
            unseen.append(f"{_describe(widget)} looks the same with and without the focus")
    return unseen


def test_the_control_with_the_focus_shows_it(qtbot, run_async, fake_env):
    problems = run_async(_walk(qtbot, _focus_not_shown, pages=True, dialogs=True))
    assert not problems, "\n".join(problems)
