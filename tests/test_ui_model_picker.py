"""The Chat page's model picker: a search field over the models, grouped by provider."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from msdesk.core.settings import ModelEntry
from msdesk.ui.chat.model_picker import ModelChoice, ModelPicker
from tests.conftest import until, wait_until
from tests.test_ui_chat import answered, close_page, open_page, type_and_send

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints\(\)|raise\(\)|grabbing the keyboard)"
)

MODELSCOPE = [
    ModelEntry("Qwen/Qwen3-32B", "Qwen3-32B", group="Qwen"),
    ModelEntry("Qwen/Qwen3-235B-A22B-Instruct-2507", "Qwen3-235B-A22B-Instruct-2507", group="Qwen"),
    ModelEntry("deepseek-ai/DeepSeek-V3.2", "DeepSeek-V3.2", group="deepseek-ai"),
    ModelEntry("moonshotai/Kimi-K2-Instruct-0905", "Kimi-K2-Instruct-0905", group="moonshotai"),
    ModelEntry("Qwen/Qwen3-Embedding-8B", "Qwen3-Embedding-8B", "sentence-embedding", group="Qwen"),
]
BAILIAN = [
    ModelEntry("qwen-plus", "Qwen Plus", group="qwen"),
    ModelEntry("qwen-max", "Qwen Max", group="qwen"),
    ModelEntry("deepseek-v3", "DeepSeek V3", group="deepseek"),
]
GROUPS = [("modelscope", "ModelScope", MODELSCOPE), ("bailian", "Alibaba Cloud Bailian", BAILIAN)]


def _picker(qtbot, groups=GROUPS) -> ModelPicker:
    picker = ModelPicker()
    qtbot.addWidget(picker)
    picker.set_choices(groups)
    picker.move(100, 100)
    picker.show()
    qtbot.waitExposed(picker)
    return picker


def _open(qtbot, picker: ModelPicker):
    picker.showPopup()
    popup = picker.popup
    qtbot.waitExposed(popup)
    return popup


def _shown(popup) -> list[str]:
    """The rows the popup shows, as a user reads them (headers as "# name")."""
    proxy = popup.proxy
    rows = []
    for row in range(proxy.rowCount()):
        index = proxy.index(row, 0)
        text = index.data().strip()
        rows.append(text if proxy.is_model(index) else f"# {text}")
    return rows


def _selected(popup) -> str:
    return popup.list.currentIndex().data(Qt.ItemDataRole.UserRole + 1).model_id


def test_typing_filters_by_id_name_and_provider_in_any_case_and_by_parts(qtbot):
    picker = _picker(qtbot)
    picker.select("modelscope", "Qwen/Qwen3-32B")
    popup = _open(qtbot, picker)
    assert popup.isVisible()
    wait_until(lambda: QApplication.focusWidget() is popup.search, message="the search field has no focus")
    # Embedding models are not offered; everything else is, under its provider.
    assert _shown(popup) == [
        "# ModelScope", "✓  Qwen/Qwen3-32B", "Qwen/Qwen3-235B-A22B-Instruct-2507",
        "deepseek-ai/DeepSeek-V3.2", "moonshotai/Kimi-K2-Instruct-0905",
        "# Alibaba Cloud Bailian", "qwen-plus  (Qwen Plus)", "qwen-max  (Qwen Max)",
        "deepseek-v3  (DeepSeek V3)",
    ]

    qtbot.keyClicks(popup.search, "qwen 32")  # parts of the ID, in another case
    assert _shown(popup) == ["# ModelScope", "✓  Qwen/Qwen3-32B"]

    popup.search.clear()
    qtbot.keyClicks(popup.search, "DEEPSEEK")
    assert _shown(popup) == [
        "# ModelScope", "deepseek-ai/DeepSeek-V3.2",
        "# Alibaba Cloud Bailian", "deepseek-v3  (DeepSeek V3)",
    ]

    popup.search.clear()
    qtbot.keyClicks(popup.search, "qwen max")  # the name ("Qwen Max"), not the ID
    assert _shown(popup) == ["# Alibaba Cloud Bailian", "qwen-max  (Qwen Max)"]

    popup.search.clear()
    qtbot.keyClicks(popup.search, "bailian")  # the provider: all its models
    assert _shown(popup) == [
        "# Alibaba Cloud Bailian", "qwen-plus  (Qwen Plus)", "qwen-max  (Qwen Max)",
        "deepseek-v3  (DeepSeek V3)",
    ]

    popup.search.clear()
    qtbot.keyClicks(popup.search, "moonshotai")  # the group
    assert _shown(popup) == ["# ModelScope", "moonshotai/Kimi-K2-Instruct-0905"]


def test_headers_cannot_be_picked_and_the_arrows_skip_them(qtbot):
    picker = _picker(qtbot)
    picker.select("modelscope", "moonshotai/Kimi-K2-Instruct-0905")
    popup = _open(qtbot, picker)
    proxy = popup.proxy
    header = proxy.index(0, 0)
    assert header.data() == "ModelScope" and not header.flags() & Qt.ItemFlag.ItemIsSelectable
    assert header.data(Qt.ItemDataRole.AccessibleTextRole) == "ModelScope models"

    # The current model is the one selected on opening, marked for the eye and for screen readers.
    assert _selected(popup) == "moonshotai/Kimi-K2-Instruct-0905"
    current = popup.list.currentIndex()
    assert current.data().startswith("✓") and current.data(Qt.ItemDataRole.FontRole).bold()
    assert current.data(Qt.ItemDataRole.AccessibleTextRole) == "moonshotai/Kimi-K2-Instruct-0905, current model"

    qtbot.keyClick(popup.search, Qt.Key.Key_Down)  # over the "Alibaba Cloud Bailian" header
    assert _selected(popup) == "qwen-plus"
    qtbot.keyClick(popup.search, Qt.Key.Key_Up)
    assert _selected(popup) == "moonshotai/Kimi-K2-Instruct-0905"
    for _ in range(10):
        qtbot.keyClick(popup.search, Qt.Key.Key_Up)
    assert _selected(popup) == "Qwen/Qwen3-32B"  # stops at the first model, not on the header

    # A click on a header picks nothing and keeps the popup open.
    spy = []
    picker.choiceChanged.connect(spy.append)
    rect = popup.list.visualRect(header)
    qtbot.mouseClick(popup.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert popup.isVisible() and spy == []


def test_enter_picks_the_model_and_esc_closes_without_a_change(qtbot):
    picker = _picker(qtbot)
    picked: list[ModelChoice] = []
    picker.choiceChanged.connect(picked.append)

    popup = _open(qtbot, picker)
    qtbot.keyClicks(popup.search, "deep")
    assert _selected(popup) == "deepseek-ai/DeepSeek-V3.2"  # the first match is ready for Enter
    qtbot.keyClick(popup.search, Qt.Key.Key_Down)
    qtbot.keyClick(popup.search, Qt.Key.Key_Return)
    assert not popup.isVisible()
    assert [(c.provider_id, c.model_id) for c in picked] == [("bailian", "deepseek-v3")]
    assert picker.current_choice() == picked[0]
    assert picker.currentText() == "deepseek-v3"
    assert "deepseek-v3 on Alibaba Cloud Bailian" in picker.accessibleDescription()

    # Opened again: the search is empty and the new current model is marked.
    popup = _open(qtbot, picker)
    assert popup.search.text() == ""
    assert _selected(popup) == "deepseek-v3" and popup.list.currentIndex().data().startswith("✓")

    qtbot.keyClicks(popup.search, "kimi")
    qtbot.keyClick(popup.search, Qt.Key.Key_Escape)
    assert not popup.isVisible()
    assert picker.current_choice().model_id == "deepseek-v3" and len(picked) == 1

    # A click on a model picks it.
    popup = _open(qtbot, picker)
    qtbot.keyClicks(popup.search, "235b")
    index = popup.list.currentIndex()
    qtbot.mouseClick(popup.list.viewport(), Qt.MouseButton.LeftButton, pos=popup.list.visualRect(index).center())
    assert not popup.isVisible()
    assert picked[-1].model_id == "Qwen/Qwen3-235B-A22B-Instruct-2507"


def test_a_search_without_matches_says_so(qtbot):
    picker = _picker(qtbot)
    popup = _open(qtbot, picker)
    qtbot.keyClicks(popup.search, "llama 405")
    assert popup.no_match.isVisible() and not popup.list.isVisible()
    assert popup.no_match.text() == "No model matches “llama 405”"
    # Enter picks nothing; the popup stays for another try.
    picked = []
    picker.choiceChanged.connect(picked.append)
    qtbot.keyClick(popup.search, Qt.Key.Key_Return)
    assert popup.isVisible() and picked == []
    qtbot.keyClick(popup.search, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(popup.search, "max")
    assert not popup.no_match.isVisible() and popup.list.isVisible()
    assert _shown(popup) == ["# Alibaba Cloud Bailian", "qwen-max  (Qwen Max)"]


def test_two_hundred_models_are_rows_of_one_list_not_widgets(qtbot):
    many = [
        (f"p{p}", f"Provider {p}", [ModelEntry(f"org{p}/model-{p}-{i}B", group=f"org{p}") for i in range(40)])
        for p in range(5)
    ]
    picker = _picker(qtbot, many)
    assert len(picker.choices()) == 200
    popup = _open(qtbot, picker)
    widgets = len(popup.findChildren(QWidget))
    assert widgets < 30  # a list view over a filter proxy, whatever the number of models
    assert popup.proxy.rowCount() == 205
    qtbot.keyClicks(popup.search, "org3 17")
    assert _shown(popup) == ["# Provider 3", "org3/model-3-17B"]
    # The popup fits on the screen, its list scrolls.
    assert popup.height() <= picker.screen().availableGeometry().height()
    assert len(popup.findChildren(QWidget)) == widgets


def test_the_chat_page_sends_with_the_model_picked_by_search(qtbot, run_async, fake_env):
    async def scenario():
        services, page = await open_page(qtbot)
        try:
            assert page.current_choice().model_id == "Qwen/Qwen3-32B"
            await until(lambda: page.isActiveWindow())
            page.composer.focus_input()
            qtbot.keyClick(page.composer.input, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
            popup = page.picker.popup
            await until(lambda: popup.isVisible() and QApplication.focusWidget() is popup.search,
                        message="Ctrl+M did not open the search")
            qtbot.keyClicks(popup.search, "KIMI k2")
            qtbot.keyClick(popup.search, Qt.Key.Key_Return)
            assert not popup.isVisible()
            assert page.current_choice().model_id == "moonshotai/Kimi-K2-Instruct-0905"
            assert page.composer.input.hasFocus()  # back in the message box, ready to type

            type_and_send(qtbot, page, "hello from the picker")
            await answered(page)
            assert fake_env.requests[-1].json["model"] == "moonshotai/Kimi-K2-Instruct-0905"
            conversation = services.history.conversation(page.conversation_id)
            assert conversation.model_id == "moonshotai/Kimi-K2-Instruct-0905"
        finally:
            await close_page(services, page)

    run_async(scenario())


def test_models_that_change_while_the_popup_is_open_are_filtered_too(qtbot):
    picker = _picker(qtbot)
    picker.select("bailian", "qwen-max")
    popup = _open(qtbot, picker)
    qtbot.keyClicks(popup.search, "qwen3")
    assert _shown(popup) == ["# ModelScope", "Qwen/Qwen3-32B", "Qwen/Qwen3-235B-A22B-Instruct-2507"]
    # Settings add a model meanwhile: it shows under its provider, the search stays.
    picker.set_choices([("modelscope", "ModelScope", [*MODELSCOPE, ModelEntry("Qwen/Qwen3-8B", group="Qwen")]),
                        GROUPS[1]])
    assert popup.search.text() == "qwen3"
    assert _shown(popup) == [
        "# ModelScope", "Qwen/Qwen3-32B", "Qwen/Qwen3-235B-A22B-Instruct-2507", "Qwen/Qwen3-8B",
    ]
    assert picker.current_choice().model_id == "qwen-max"


def test_typing_on_the_closed_picker_starts_a_search(qtbot):
    picker = _picker(qtbot)
    picker.select("modelscope", "Qwen/Qwen3-32B")
    picker.activateWindow()
    picker.setFocus()
    qtbot.waitUntil(picker.hasFocus)
    qtbot.keyClicks(picker, "K")
    popup = picker.popup
    assert popup.isVisible() and popup.search.text() == "K"
    qtbot.keyClicks(popup.search, "imi")
    assert _shown(popup) == ["# ModelScope", "moonshotai/Kimi-K2-Instruct-0905"]
    qtbot.keyClick(popup.search, Qt.Key.Key_Escape)
    assert not popup.isVisible() and picker.current_choice().model_id == "Qwen/Qwen3-32B"
