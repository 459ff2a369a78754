"""Settings → Model providers → Models: the list, Add model, Manage, remove and undo.

Real widgets on the offscreen platform, real settings files, and the fake
ModelScope for ``/models``.
"""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from msdesk.core.services import Services
from msdesk.ui.settings.manage_models_dialog import ManageModelsDialog
from msdesk.ui.settings.model_edit_dialog import ModelEditDialog
from msdesk.ui.settings.model_rows import CAPS_ROLE, COL_CAPS, COL_MODEL, COL_TASK
from msdesk.ui.settings.models_section import ModelsSection
from tests.conftest import until

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)\(\)")


# The ModelScope defaults as the section shows them: grouped by owner.
GROUPED_DEFAULTS = [
    "Qwen/Qwen3-32B",
    "Qwen/Qwen3-235B-A22B-Instruct-2507",
    "Qwen/Qwen3-Coder-480B-A35B-Instruct",
    "Qwen/Qwen3-VL-235B-A22B-Instruct",
    "Qwen/Qwen-Image",
    "Qwen/Qwen3-Embedding-8B",
    "deepseek-ai/DeepSeek-V3.2",
    "deepseek-ai/DeepSeek-R1-0528",
    "ZhipuAI/GLM-4.6",
    "moonshotai/Kimi-K2-Instruct-0905",
]


def _defaults(services: Services, provider: str = "modelscope") -> list[str]:
    """The provider's default list, in stored order."""
    return [m.id for m in services.provider(provider).default_models]


def _ids(services: Services, provider: str = "modelscope") -> list[str]:
    return [m.id for m in services.config.models(provider)]


def _saved_ids(services: Services, provider: str = "modelscope") -> list[str]:
    services.settings_store.flush()  # written in the background: wait for the disk
    data = json.loads(services.paths.settings_file.read_text(encoding="utf-8"))
    return [m["id"] for m in data["providers"][provider]["models"]]


def _section(qtbot, services: Services, provider: str = "modelscope") -> ModelsSection:
    section = ModelsSection(services)
    qtbot.addWidget(section)
    section.resize(820, 600)
    section.show()
    section.set_provider(provider)
    return section


def _type(qtbot, edit, text: str) -> None:
    edit.clear()
    qtbot.keyClicks(edit, text)


def _button(section: ModelsSection, item, name: str):
    return next(b for b in section.row_buttons(item) if b.objectName() == name)


def test_lists_the_modelscope_defaults_grouped_by_owner(qtbot, run_async):
    async def scenario():
        services = await Services.open()
        try:
            section = _section(qtbot, services)
            tree = section.tree
            assert tree.objectName() == "providerModelList"
            assert tree.accessibleName()
            assert section.model_ids() == GROUPED_DEFAULTS
            assert section.group_names() == ["Qwen", "deepseek-ai", "ZhipuAI", "moonshotai"]
            assert section.count.text() == "10 models in 4 groups"
            qwen = section.group_row("Qwen")
            assert qwen.childCount() == 6
            assert [b.objectName() for b in section.row_buttons(qwen)] == ["removeGroupButton"]

            chat = section.model_row("Qwen/Qwen3-32B")
            assert chat.text(COL_MODEL) == "Qwen3-32B"
            assert chat.text(COL_TASK) == "Text generation"
            assert {"chat", "reasoning", "tools"} <= set(chat.data(COL_CAPS, CAPS_ROLE))
            vision = section.model_row("Qwen/Qwen3-VL-235B-A22B-Instruct")
            assert vision.text(COL_TASK) == "Image + text"
            assert "vision" in vision.data(COL_CAPS, CAPS_ROLE)
            image = section.model_row("Qwen/Qwen-Image")
            assert image.data(COL_CAPS, CAPS_ROLE) == ["image-generation"]
            embedding = section.model_row("Qwen/Qwen3-Embedding-8B")
            assert embedding.text(COL_TASK) == "Embedding"
            assert embedding.data(COL_CAPS, CAPS_ROLE) == ["embedding"]
            assert "Embedding" in embedding.data(COL_CAPS, Qt.ItemDataRole.AccessibleTextRole)
            names = [b.objectName() for b in section.row_buttons(chat)]
            assert names == ["editModelButton", "removeModelButton"]
            assert all(b.accessibleName() and b.toolTip() for b in section.row_buttons(chat))
            assert section.stack.currentWidget() is tree
        finally:
            await services.aclose()

    run_async(scenario())


def test_add_model_validates_fills_in_and_saves(qtbot, run_async):
    async def scenario():
        services = await Services.open()
        try:
            section = _section(qtbot, services)
            changes = []
            section.changed.connect(lambda: changes.append(1))
            qtbot.mouseClick(section.add_button, Qt.MouseButton.LeftButton)
            dialog = section.dialog
            assert isinstance(dialog, ModelEditDialog) and dialog.isVisible()
            edit = dialog.id_edit
            assert edit.objectName() == "modelIdEdit"
            assert not dialog.ok_button.isEnabled()  # nothing typed yet

            for bad in ("not-an-id", "a/b/c"):
                _type(qtbot, edit, bad)
                assert dialog.id_error.isVisible()
                assert bad in dialog.id_error.text()
                assert "owner/name" in dialog.id_error.text()
                assert not dialog.ok_button.isEnabled()

            # One ID: the group and task follow what is typed, capabilities are guessed.
            _type(qtbot, edit, "Qwen/Qwen3-VL-8B-Instruct")
            assert not dialog.id_error.isVisible()
            assert dialog.group_edit.text() == "Qwen"
            assert dialog.task() == "image-text-to-text"
            assert dialog.cap_boxes["vision"].isChecked()
            assert dialog.name_edit.isEnabled()
            assert dialog.name_edit.placeholderText() == "Qwen3-VL-8B-Instruct"
            assert dialog.ok_button.isEnabled()

            _type(qtbot, edit, "deepseek-ai/DeepSeek-V3")
            assert dialog.group_edit.text() == "deepseek-ai"
            assert dialog.task() == "text-generation"
            assert not dialog.cap_boxes["vision"].isChecked()
            assert dialog.cap_boxes["chat"].isChecked()

            # Two IDs: the name no longer applies, each model keeps its own owner.
            _type(qtbot, edit, "Qwen/Qwen3-8B, deepseek-ai/DeepSeek-V3")
            assert not dialog.name_edit.isEnabled()
            assert dialog.group_edit.text() == ""
            assert dialog.ok_button.isEnabled()
            assert dialog.ok_button.text() == "Add 2 models"
            qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
            await until(lambda: section.dialog is None)

            ids = _ids(services)
            assert ids[-2:] == ["Qwen/Qwen3-8B", "deepseek-ai/DeepSeek-V3"]
            assert _saved_ids(services)[-2:] == ["Qwen/Qwen3-8B", "deepseek-ai/DeepSeek-V3"]
            added = {m.id: m for m in services.config.models("modelscope")}
            assert added["Qwen/Qwen3-8B"].group == "Qwen"
            assert added["deepseek-ai/DeepSeek-V3"].group == "deepseek-ai"
            assert added["deepseek-ai/DeepSeek-V3"].task == "text-generation"
            assert "chat" in added["Qwen/Qwen3-8B"].capabilities
            assert "Qwen/Qwen3-8B" in section.model_ids()
            assert section.model_row("deepseek-ai/DeepSeek-V3").parent() is section.group_row("deepseek-ai")
            assert section.notice.isVisible() and "Added" in section.notice_text.text()
            assert changes
        finally:
            await services.aclose()

    run_async(scenario())


def test_add_model_reports_ids_already_in_the_list_and_keeps_user_choices(qtbot, run_async):
    async def scenario():
        services = await Services.open()
        try:
            section = _section(qtbot, services)
            dialog = section.open_add()
            _type(qtbot, dialog.id_edit, "Qwen/Qwen3-32B")
            assert "already in the list" in dialog.id_note.text()
            assert dialog.id_note.isVisible()
            assert not dialog.ok_button.isEnabled()

            _type(qtbot, dialog.id_edit, "Qwen/Qwen3-32B, Qwen/Qwen3-4B")
            assert dialog.ok_button.isEnabled()
            assert "will be skipped" in dialog.id_note.text()

            # The user's own task, group and capabilities win over the guesses.
            index = dialog.task_combo.findData("other")
            dialog.task_combo.setCurrentIndex(index)
            dialog.task_combo.activated.emit(index)
            _type(qtbot, dialog.group_edit, "Mine")
            qtbot.mouseClick(dialog.cap_boxes["tools"], Qt.MouseButton.LeftButton)
            checked = dialog.capabilities()
            _type(qtbot, dialog.id_edit, "Qwen/Qwen3-32B, Qwen/Qwen3-4B")
            assert dialog.task() == "other"
            assert dialog.group_edit.text() == "Mine"
            assert dialog.capabilities() == checked
            dialog.accept()
            await until(lambda: section.dialog is None)

            ids = _ids(services)
            assert ids.count("Qwen/Qwen3-32B") == 1
            entry = next(m for m in services.config.models("modelscope") if m.id == "Qwen/Qwen3-4B")
            assert (entry.task, entry.group, entry.capabilities) == ("other", "Mine", sorted(checked))
            assert "Qwen/Qwen3-32B is already in the list" in section.notice_text.text()
            assert "Mine" in section.group_names()
        finally:
            await services.aclose()

    run_async(scenario())


def test_bailian_accepts_ids_without_an_owner(qtbot, run_async):
    async def scenario():
        services = await Services.open()
        try:
            section = _section(qtbot, services, "bailian")
            assert "qwen-max" in section.model_ids()
            dialog = section.open_add()
            assert "owner/name" not in dialog.id_edit.placeholderText()
            _type(qtbot, dialog.id_edit, "qwen-max-latest")
            assert not dialog.id_error.isVisible()
            assert dialog.ok_button.isEnabled()
            assert dialog.group_edit.text() == "qwen"
            _type(qtbot, dialog.id_edit, "qwen-max-latest, bad|id")
            assert dialog.id_error.isVisible() and "bad|id" in dialog.id_error.text()
            assert not dialog.ok_button.isEnabled()
            _type(qtbot, dialog.id_edit, "qwen-max-latest")
            qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
            await until(lambda: section.dialog is None)
            assert "qwen-max-latest" in _ids(services, "bailian")
            assert "qwen-max-latest" in _saved_ids(services, "bailian")
            assert "qwen-max-latest" in section.model_ids()
            services.settings_store.flush()
            assert "modelscope" not in json.loads(services.paths.settings_file.read_text())["providers"]
        finally:
            await services.aclose()

    run_async(scenario())


def test_edit_with_f2_and_enter_keeps_the_id(qtbot, run_async):
    async def scenario():
        services = await Services.open()
        try:
            section = _section(qtbot, services)
            section.tree.setFocus()
            section.tree.setCurrentItem(section.model_row("ZhipuAI/GLM-4.6"))
            qtbot.keyClick(section.tree, Qt.Key.Key_F2)
            dialog = section.dialog
            assert isinstance(dialog, ModelEditDialog)
            assert dialog.id_edit.isReadOnly()
            assert dialog.id_edit.text() == "ZhipuAI/GLM-4.6"
            assert dialog.ok_button.text() == "Save" and dialog.ok_button.isEnabled()
            _type(qtbot, dialog.name_edit, "GLM 4.6")
            dialog.cap_boxes["vision"].click()
            qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
            await until(lambda: section.dialog is None)
            entry = next(m for m in services.config.models("modelscope") if m.id == "ZhipuAI/GLM-4.6")
            assert entry.name == "GLM 4.6"
            assert "vision" in entry.capabilities
            assert section.model_row("ZhipuAI/GLM-4.6").text(COL_MODEL) == "GLM 4.6"
            assert _ids(services) == _defaults(services)  # still one entry, in place

            section.tree.setCurrentItem(section.model_row("ZhipuAI/GLM-4.6"))
            qtbot.keyClick(section.tree, Qt.Key.Key_Return)
            assert isinstance(section.dialog, ModelEditDialog)
            section.dialog.reject()
            await until(lambda: section.dialog is None)

            edit = _button(section, section.model_row("Qwen/Qwen3-32B"), "editModelButton")
            qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
            assert section.dialog.id_edit.text() == "Qwen/Qwen3-32B"
            section.dialog.reject()
            await until(lambda: section.dialog is None)
        finally:
            await services.aclose()

    run_async(scenario())


def test_remove_then_undo_restores_in_place(qtbot, run_async):
    async def scenario():
        services = await Services.open()
        try:
            section = _section(qtbot, services)
            remove = _button(section, section.model_row("Qwen/Qwen3-235B-A22B-Instruct-2507"),
                             "removeModelButton")
            qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
            assert "Qwen/Qwen3-235B-A22B-Instruct-2507" not in _ids(services)
            assert "Qwen/Qwen3-235B-A22B-Instruct-2507" not in _saved_ids(services)
            assert "Qwen/Qwen3-235B-A22B-Instruct-2507" not in section.model_ids()
            assert section.notice.isVisible()
            assert "Removed Qwen3-235B-A22B-Instruct-2507" in section.notice_text.text()
            assert section.undo_button.isVisible()
            qtbot.mouseClick(section.undo_button, Qt.MouseButton.LeftButton)
            assert _ids(services) == _defaults(services)
            assert _saved_ids(services) == _defaults(services)
            assert section.model_ids() == GROUPED_DEFAULTS
            assert not section.undo_button.isVisible()

            # Delete on the keyboard, Ctrl+Z to bring it back.
            section.tree.setFocus()
            section.tree.setCurrentItem(section.model_row("ZhipuAI/GLM-4.6"))
            qtbot.keyClick(section.tree, Qt.Key.Key_Delete)
            assert "ZhipuAI/GLM-4.6" not in _ids(services)
            assert "ZhipuAI" not in section.group_names()
            qtbot.keyClick(section.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
            assert _ids(services) == _defaults(services)

            # A whole group, from its header row.
            group = _button(section, section.group_row("Qwen"), "removeGroupButton")
            qtbot.mouseClick(group, Qt.MouseButton.LeftButton)
            assert not any(i.startswith("Qwen/") for i in _ids(services))
            assert section.group_names() == ["deepseek-ai", "ZhipuAI", "moonshotai"]
            assert "Qwen group (6 models)" in section.notice_text.text()
            section.undo()
            assert _ids(services) == _defaults(services)
        finally:
            await services.aclose()

    run_async(scenario())


def test_empty_list_shows_the_empty_state_and_can_restore(qtbot, run_async):
    async def scenario():
        services = await Services.open()
        try:
            section = _section(qtbot, services)
            for group in list(section.group_names()):
                section.remove_group(group)
            assert _ids(services) == []
            assert _saved_ids(services) == []
            assert section.stack.currentWidget() is section.empty
            assert "No models" in section.empty_text.text()
            assert section.restore_button.isVisible()
            assert section.count.text() == ""
            qtbot.mouseClick(section.restore_button, Qt.MouseButton.LeftButton)
            assert _ids(services) == _defaults(services)
            assert section.stack.currentWidget() is section.tree
        finally:
            await services.aclose()

    run_async(scenario())


def test_manage_fetches_models_searches_adds_and_removes_a_group(qtbot, run_async, fake_env):
    async def scenario():
        services = await Services.open()
        try:
            section = _section(qtbot, services)
            qtbot.mouseClick(section.manage_button, Qt.MouseButton.LeftButton)
            dialog = section.dialog
            assert isinstance(dialog, ManageModelsDialog) and dialog.isVisible()
            # The defaults and the list are offered while /models is on its way.
            assert set(GROUPED_DEFAULTS) <= set(dialog.visible_model_ids())
            await until(lambda: dialog.fetched)
            assert any(r.method == "GET" and r.path == "/v1/models" for r in fake_env.requests)
            assert not dialog.busy.isVisible()
            assert not dialog.error_bar.isVisible()
            offered = dialog.visible_model_ids()
            assert "Qwen/Qwen3-8B" in offered and "MiniMax/MiniMax-M2" in offered
            assert dialog.in_list("Qwen/Qwen3-32B") and not dialog.in_list("Qwen/Qwen3-8B")

            search = dialog.search
            assert search.objectName() == "modelSearchEdit"
            qtbot.keyClicks(search, "qwen3-8b")
            assert dialog.visible_model_ids() == ["Qwen/Qwen3-8B"]
            add_all, remove_all = dialog.group_buttons("Qwen")
            assert add_all.toolTip() == "Add the 1 shown Qwen model not yet in your list"  # not "1 models"
            button = dialog.model_button("Qwen/Qwen3-8B")
            assert button.accessibleName() == "Add Qwen3-8B"
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
            assert remove_all.toolTip() == "Remove the 1 shown Qwen model from your list"
            assert "Qwen/Qwen3-8B" in _ids(services)
            assert "Qwen/Qwen3-8B" in _saved_ids(services)
            assert dialog.in_list("Qwen/Qwen3-8B")
            assert button.accessibleName() == "Remove Qwen3-8B"
            assert "Qwen/Qwen3-8B" in section.model_ids()  # the section followed

            search.clear()
            qtbot.keyClicks(search, "nothing-like-this")
            assert dialog.visible_model_ids() == []
            assert dialog.stack.currentWidget() is dialog.empty
            assert "nothing-like-this" in dialog.empty.text()
            search.clear()

            # Filter by capability.
            dialog.capability.setCurrentIndex(dialog.capability.findData("vision"))
            shown = dialog.visible_model_ids()
            assert shown and "Qwen/Qwen3-VL-235B-A22B-Instruct" in shown
            assert "Qwen/Qwen3-32B" not in shown
            dialog.capability.setCurrentIndex(0)

            # A whole group: add all, then remove all.
            add_all, remove_all = dialog.group_buttons("MiniMax")
            assert not remove_all.isEnabled()
            qtbot.mouseClick(add_all, Qt.MouseButton.LeftButton)
            minimax = [i for i in _ids(services) if i.startswith("MiniMax/")]
            assert len(minimax) >= 3
            assert "MiniMax" in section.group_names()
            qtbot.mouseClick(remove_all, Qt.MouseButton.LeftButton)
            assert not any(i.startswith("MiniMax/") for i in _ids(services))

            add_all, remove_all = dialog.group_buttons("deepseek-ai")
            qtbot.mouseClick(remove_all, Qt.MouseButton.LeftButton)
            assert not any(i.startswith("deepseek-ai/") for i in _ids(services))
            assert not any(i.startswith("deepseek-ai/") for i in _saved_ids(services))
            assert "deepseek-ai" not in section.group_names()
            # Still offered, so it can be added back.
            assert "deepseek-ai/DeepSeek-V3.2" in dialog.visible_model_ids()
            assert not dialog.in_list("deepseek-ai/DeepSeek-V3.2")

            assert "in your list" in dialog.summary.text()
            dialog.reject()
            await until(lambda: section.dialog is None)
        finally:
            await services.aclose()

    run_async(scenario())


def test_manage_shows_an_inline_error_and_still_offers_the_defaults(qtbot, run_async, fake_env):
    async def scenario():
        fake_env.set_behaviour("500")
        services = await Services.open()
        try:
            section = _section(qtbot, services)
            dialog = section.open_manage()
            await until(lambda: dialog.error_bar.isVisible())
            assert not dialog.fetched
            assert dialog.error_text.text().startswith("Could not get the model list from ModelScope")
            assert "500" in dialog.error_text.text()
            assert dialog.retry_button.isVisible() and dialog.retry_button.isEnabled()
            assert dialog.visible_model_ids() == GROUPED_DEFAULTS
            assert not dialog.busy.isVisible()

            # The list still works while the provider is down.
            qtbot.mouseClick(dialog.model_button("ZhipuAI/GLM-4.6"), Qt.MouseButton.LeftButton)
            assert "ZhipuAI/GLM-4.6" not in _ids(services)
            qtbot.mouseClick(dialog.model_button("ZhipuAI/GLM-4.6"), Qt.MouseButton.LeftButton)
            assert "ZhipuAI/GLM-4.6" in _ids(services)

            fake_env.set_behaviour("ok")
            qtbot.mouseClick(dialog.retry_button, Qt.MouseButton.LeftButton)
            await until(lambda: dialog.fetched)
            assert not dialog.error_bar.isVisible()
            assert "Qwen/Qwen3-8B" in dialog.visible_model_ids()
            dialog.reject()
            await until(lambda: section.dialog is None)
        finally:
            await services.aclose()

    run_async(scenario())


def test_no_provider_and_unknown_provider_are_explained(qtbot, run_async):
    async def scenario():
        services = await Services.open()
        try:
            section = ModelsSection(services)
            qtbot.addWidget(section)
            section.show()
            assert not section.add_button.isEnabled() and not section.manage_button.isEnabled()
            assert section.stack.currentWidget() is section.empty
            section.set_provider("nobody")
            assert not section.add_button.isEnabled()
            assert "nobody" in section.empty_text.text()
            assert isinstance(section.empty_text, QLabel)
            section.set_provider("modelscope")
            assert section.add_button.isEnabled()
            assert section.model_ids() == GROUPED_DEFAULTS
        finally:
            await services.aclose()

    run_async(scenario())


def test_the_list_follows_changes_made_elsewhere(qtbot, run_async):
    """A model added from the Models page (or any view) shows up without the section being told."""
    from msdesk.core.provider_config import model_entry

    async def scenario():
        services = await Services.open()
        try:
            section = _section(qtbot, services)
            other = _section(qtbot, services, "bailian")
            bailian_ids = other.model_ids()
            services.config.add_models("modelscope", [model_entry("Qwen/Qwen3-8B")])
            assert "Qwen/Qwen3-8B" in section.model_ids()
            assert section.count.text() == "11 models in 4 groups"
            services.config.remove_group("modelscope", "deepseek-ai")
            assert "deepseek-ai" not in section.group_names()
            assert other.model_ids() == bailian_ids  # another provider's list is left alone
        finally:
            await services.aclose()

    run_async(scenario())


@pytest.fixture
def russian(qapp):
    """The window in Russian for one test, English (and Qt's own texts) again after it."""
    from PySide6.QtCore import QCoreApplication, QLocale

    from msdesk import translations

    locale = QLocale()
    assert translations.apply("ru") == "ru"
    yield
    for translator in translations._installed:
        QCoreApplication.removeTranslator(translator)
    translations._installed.clear()
    translations.apply("en")
    QLocale.setDefault(locale)


def test_in_russian_counts_agree_and_row_buttons_name_their_row(qtbot, run_async, russian):
    async def scenario():
        services = await Services.open()
        try:
            section = _section(qtbot, services)
            assert section.count.text() == "10 моделей в 4 группах"
            assert section.tree.headerItem().text(COL_TASK) == "Задача"
            qwen = section.group_row("Qwen")
            assert qwen.data(COL_MODEL, Qt.ItemDataRole.AccessibleTextRole) == "Группа Qwen, 6 моделей"
            assert [b.accessibleName() for b in section.row_buttons(qwen)] == ["Удалить группу Qwen"]
            assert section.row_buttons(qwen)[0].toolTip() == "Удалить 6 моделей Qwen (Delete)"
            # The labels are looked up when a row is drawn, not frozen at import in English.
            chat = section.model_row("Qwen/Qwen3-32B")
            assert chat.text(COL_TASK) == "Генерация текста"
            assert "Чат: Отвечает на сообщения в чате" in chat.toolTip(COL_CAPS)
            assert [b.accessibleName() for b in section.row_buttons(chat)] == [
                "Изменить Qwen3-32B", "Удалить Qwen3-32B",
            ]
            glm = section.group_row("ZhipuAI")
            assert glm.data(COL_MODEL, Qt.ItemDataRole.AccessibleTextRole) == "Группа ZhipuAI, 1 модель"

            qtbot.mouseClick(_button(section, chat, "removeModelButton"), Qt.MouseButton.LeftButton)
            assert section.notice_text.text() == "Удалено: Qwen3-32B."
            assert section.undo_button.text() == "Отменить"
        finally:
            await services.aclose()

    run_async(scenario())
