"""Capabilities in the window: the model's Edit dialog sets the user's own values; the Think
switch in Chat follows the capability table and those values."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox

from msdesk.core.services import Services
from msdesk.ui.settings.model_edit_dialog import ModelEditDialog
from msdesk.ui.settings.model_rows import CAPS_ROLE, COL_CAPS
from msdesk.ui.settings.models_section import ModelsSection
from tests.conftest import until
from tests.test_ui_chat import close_page, open_page

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)\(\)")


def _section(qtbot, services: Services) -> ModelsSection:
    section = ModelsSection(services)
    qtbot.addWidget(section)
    section.resize(820, 600)
    section.show()
    section.set_provider("modelscope")
    return section


def _edit(qtbot, section: ModelsSection, model_id: str) -> ModelEditDialog:
    section.tree.setFocus()
    section.tree.setCurrentItem(section.model_row(model_id))
    qtbot.keyClick(section.tree, Qt.Key.Key_F2)
    dialog = section.dialog
    assert isinstance(dialog, ModelEditDialog) and dialog.id_edit.text() == model_id
    return dialog


def _entry(services: Services, model_id: str):
    return next(m for m in services.config.models("modelscope") if m.id == model_id)


def _saved(services: Services, model_id: str) -> dict:
    services.settings_store.flush()
    data = json.loads(services.paths.settings_file.read_text(encoding="utf-8"))
    return next(m for m in data["providers"]["modelscope"]["models"] if m["id"] == model_id)


def test_the_edit_dialog_sets_a_capability_that_wins_and_can_give_it_back(qtbot, run_async):
    async def scenario():
        services = await Services.open()
        try:
            section = _section(qtbot, services)
            row = section.model_row("Qwen/Qwen3-32B")
            assert "reasoning" in row.data(COL_CAPS, CAPS_ROLE)

            dialog = _edit(qtbot, section, "Qwen/Qwen3-32B")
            reasoning = dialog.cap_boxes["reasoning"]
            assert reasoning.isChecked() and reasoning.isEnabled()
            assert not dialog.cap_boxes["chat"].isEnabled()  # follows the task
            assert "msdesk's model table" in dialog.caps_hint.text()
            assert not dialog.caps_reset.isVisible()

            qtbot.mouseClick(reasoning, Qt.MouseButton.LeftButton)
            assert not reasoning.isChecked() and reasoning.font().bold()
            assert "Reasoning off" in dialog.caps_hint.text()
            assert "msdesk's table says on" in reasoning.toolTip()
            assert dialog.caps_reset.isVisible()
            qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
            await until(lambda: section.dialog is None)

            entry = _entry(services, "Qwen/Qwen3-32B")
            assert entry.overrides == {"reasoning": False}
            assert "reasoning" not in entry.capabilities
            assert _saved(services, "Qwen/Qwen3-32B")["overrides"] == {"reasoning": False}
            assert "reasoning" not in section.model_row("Qwen/Qwen3-32B").data(COL_CAPS, CAPS_ROLE)

            # Opened again, the dialog shows the user's value; "Use msdesk's table" gives it back.
            dialog = _edit(qtbot, section, "Qwen/Qwen3-32B")
            assert not dialog.cap_boxes["reasoning"].isChecked()
            assert dialog.caps_reset.isVisible()
            qtbot.mouseClick(dialog.caps_reset, Qt.MouseButton.LeftButton)
            assert dialog.cap_boxes["reasoning"].isChecked() and not dialog.caps_reset.isVisible()
            qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
            await until(lambda: section.dialog is None)
            assert _entry(services, "Qwen/Qwen3-32B").overrides == {}
            assert "reasoning" in section.model_row("Qwen/Qwen3-32B").data(COL_CAPS, CAPS_ROLE)
        finally:
            await services.aclose()

    run_async(scenario())


def test_a_capability_the_table_lacks_can_be_turned_on(qtbot, run_async):
    async def scenario():
        services = await Services.open()
        try:
            section = _section(qtbot, services)
            dialog = _edit(qtbot, section, "Qwen/Qwen3-Coder-480B-A35B-Instruct")
            assert not dialog.cap_boxes["reasoning"].isChecked()
            qtbot.mouseClick(dialog.cap_boxes["reasoning"], Qt.MouseButton.LeftButton)
            # Ticking it twice is back to the table: nothing of the user's is kept.
            qtbot.mouseClick(dialog.cap_boxes["vision"], Qt.MouseButton.LeftButton)
            qtbot.mouseClick(dialog.cap_boxes["vision"], Qt.MouseButton.LeftButton)
            assert dialog.overrides() == {"reasoning": True}
            qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
            await until(lambda: section.dialog is None)
            entry = _entry(services, "Qwen/Qwen3-Coder-480B-A35B-Instruct")
            assert entry.overrides == {"reasoning": True} and "reasoning" in entry.capabilities
        finally:
            await services.aclose()

    run_async(scenario())


def _pick(page, provider_id: str, model_id: str) -> None:
    """Choose a model in the picker as a user does (the combo box's activated signal)."""
    for row in range(page.picker.count()):
        choice = page.picker.itemData(row, Qt.ItemDataRole.UserRole + 1)
        if choice is not None and (choice.provider_id, choice.model_id) == (provider_id, model_id):
            page.picker.setCurrentIndex(row)
            page.picker.activated.emit(row)
            return
    raise AssertionError(f"{model_id} is not in the picker")


def test_the_think_switch_follows_the_capability_table(qtbot, run_async, fake_env):
    async def scenario():
        services, page = await open_page(qtbot)
        services.config.set_enabled("bailian", True)
        await until(lambda: page.picker.find("bailian", "qwen-plus") is not None,
                    message="Bailian's models never reached the picker")
        switch = page.findChild(QCheckBox, "thinkingSwitch")
        try:
            # A Qwen3 hybrid: the switch shows, on (the model reasons unless told not to).
            assert page.current_choice().model_id == "Qwen/Qwen3-32B"
            assert switch.isVisibleTo(page) and switch.isEnabled() and switch.isChecked()
            assert "enable_thinking" in switch.toolTip()

            # Qwen3 Instruct and Coder models do not reason: no switch.
            for model in ("Qwen/Qwen3-235B-A22B-Instruct-2507", "Qwen/Qwen3-Coder-480B-A35B-Instruct"):
                _pick(page, "modelscope", model)
                assert not switch.isVisibleTo(page), model
                assert "does not reason" in switch.toolTip()

            # DeepSeek-V3.2 reasons on its own: nothing to switch.
            _pick(page, "modelscope", "deepseek-ai/DeepSeek-V3.2")
            assert not switch.isVisibleTo(page)
            assert "reasons on its own" in switch.toolTip()

            # Bailian's qwen-plus takes enable_thinking and reasons only when asked.
            _pick(page, "bailian", "qwen-plus")
            assert switch.isVisibleTo(page) and switch.isEnabled() and not switch.isChecked()
        finally:
            await close_page(services, page)

    run_async(scenario())


def test_the_think_switch_follows_the_users_override(qtbot, run_async, fake_env):
    async def scenario():
        services, page = await open_page(qtbot)
        switch = page.findChild(QCheckBox, "thinkingSwitch")
        try:
            assert page.current_choice().model_id == "Qwen/Qwen3-32B" and switch.isVisibleTo(page)
            entry = next(m for m in services.config.models("modelscope") if m.id == "Qwen/Qwen3-32B")
            entry.overrides = {"reasoning": False}
            services.config.update_model("modelscope", entry)
            await until(lambda: not switch.isVisibleTo(page),
                        message="the switch still shows for a model the user says does not reason")
            assert "does not reason" in switch.toolTip()
            assert not page.current_choice().reasons
        finally:
            await close_page(services, page)

    run_async(scenario())
