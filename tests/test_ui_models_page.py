"""The Models page against the fake model library: filters, paging, stale answers, offline."""

from __future__ import annotations

import gc

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QListView, QWidget

from msdesk.core.hub import HubModel, SearchPage
from msdesk.core.hub_cache import HubAnswer
from msdesk.core.services import Services
from tests.conftest import until

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)\(\)")

SEARCH_PATH = "/api/v1/dolphin/models"


@pytest.fixture(autouse=True)
def _collect_on_the_gui_thread():
    """Collect each test's dead Qt objects (old loop timers) here, not from a server thread."""
    yield
    gc.collect()


def _searches(fake) -> list[dict]:
    return [r.json for r in fake.requests if r.method == "PUT" and r.path == SEARCH_PATH]


def _has_api_criterion(body: dict) -> bool:
    return any(c.get("category") == "inference_type" and c.get("IntValue") == 1
               for c in body.get("SingleCriterion") or [])


async def _close(services, page) -> None:
    """Delete the page on this thread (never from a garbage collection elsewhere), then close."""
    page.runner.cancel_all()
    page.hide()  # closing the last window would quit the application
    page.deleteLater()
    await until(lambda: not shiboken6.isValid(page), message="the page was not deleted")
    await services.aclose()


def _ids(page) -> list[str]:
    model = page.list_model
    return [model.model_at(row).id for row in range(model.rowCount())]


async def _open_page(qtbot, fake):
    from msdesk.ui.models.page import ModelsPage

    services = await Services.open()
    page = ModelsPage(services)
    page.resize(900, 600)
    page.show()
    await until(lambda: _searches(fake) and not page.runner.busy, message="first search")
    return services, page


def test_api_criterion_text_task_and_sort_reach_the_request(qtbot, run_async, fake_env):
    async def scenario():
        services, page = await _open_page(qtbot, fake_env)
        try:
            first = _searches(fake_env)[-1]
            assert _has_api_criterion(first)
            assert first["PageNumber"] == 1
            assert page.list_model.rowCount() > 0

            box = page.findChild(QCheckBox, "apiInferenceFilter")
            box.setChecked(False)
            await until(lambda: not _has_api_criterion(_searches(fake_env)[-1]) and not page.runner.busy)
            assert _searches(fake_env)[-1]["SingleCriterion"] == []
            box.setChecked(True)  # answered from the fresh disk cache: no new request needed
            await until(lambda: not page.runner.busy)
            assert page.query().api_inference

            tasks = page.findChild(QComboBox, "taskFilter")
            tasks.setCurrentIndex(tasks.findData("text-generation"))
            await until(lambda: _searches(fake_env)[-1]["Criterion"] and not page.runner.busy)
            criterion = _searches(fake_env)[-1]["Criterion"][0]
            assert criterion["category"] == "tasks" and criterion["values"] == ["text-generation"]

            sort = page.findChild(QComboBox, "sortCombo")
            sort.setCurrentIndex(sort.findData("downloads"))
            await until(lambda: _searches(fake_env)[-1]["SortBy"] == "DownloadsCount")

            edit = page.findChild(QLineEdit, "modelSearchEdit")
            count = len(_searches(fake_env))
            qtbot.keyClicks(edit, "qwen")
            await until(lambda: _searches(fake_env)[-1]["Name"] == "qwen" and not page.runner.busy)
            # Debounced: one request for the four keystrokes, not four.
            assert len(_searches(fake_env)) == count + 1
            body = _searches(fake_env)[-1]
            assert _has_api_criterion(body) and body["SortBy"] == "DownloadsCount"
            assert body["Criterion"][0]["values"] == ["text-generation"]
            assert page.list_model.rowCount() > 0
            assert all("qwen" in m.lower() for m in _ids(page))
        finally:
            await _close(services, page)

    run_async(scenario())


def test_scrolling_to_the_bottom_loads_the_next_page(qtbot, run_async, fake_env):
    async def scenario():
        services, page = await _open_page(qtbot, fake_env)
        try:
            # The live first page, not the list shown from the cache while the search runs.
            await until(lambda: page.list_model.rowCount() == 30 and not page.runner.is_running("search"))
            assert page.has_more
            view = page.findChild(QListView, "modelResults")
            assert view.uniformItemSizes()
            bar = view.verticalScrollBar()
            await until(lambda: bar.maximum() > 0, message="the list was never laid out")
            bar.setValue(bar.maximum())
            await until(lambda: page.list_model.rowCount() > 30, message="second page")
            assert any(body["PageNumber"] == 2 for body in _searches(fake_env))
            ids = _ids(page)
            assert len(ids) == len(set(ids))
        finally:
            await _close(services, page)

    run_async(scenario())


def test_a_first_page_that_does_not_fill_the_view_brings_the_next(qtbot, run_async, fake_env):
    async def scenario():
        services, page = await _open_page(qtbot, fake_env)
        try:
            page.resize(900, 2600)  # a tall screen: 30 rows leave room below
            page.refresh(force=True)  # the first page again, shown in the tall view
            await until(lambda: page.list_model.rowCount() > 30, message="no second page without a scroll")
            assert any(body["PageNumber"] == 2 for body in _searches(fake_env))
        finally:
            await _close(services, page)

    run_async(scenario())


def test_a_stale_answer_never_overwrites_a_newer_search(qtbot, run_async, fake_env):
    async def scenario():
        services, page = await _open_page(qtbot, fake_env)
        try:
            fake_env.slow_seconds = 1.5
            fake_env.set_behaviour("slow", times=1)
            edit = page.findChild(QLineEdit, "modelSearchEdit")
            edit.setText("deepseek")
            await until(lambda: _searches(fake_env)[-1]["Name"] == "deepseek")
            edit.setText("qwen")
            await until(lambda: _searches(fake_env)[-1]["Name"] == "qwen" and not page.runner.busy)
            qwen_ids = _ids(page)
            assert qwen_ids and all("qwen" in i.lower() for i in qwen_ids)
            # Wait until the older search has ended, however it ends (cancelled, or its slow
            # answer arrived): its answer must not replace the rows.
            from msdesk.ui import async_task

            await until(lambda: not async_task._RUNNING, message="a search still running")
            assert _ids(page) == qwen_ids
        finally:
            await _close(services, page)

    run_async(scenario())


def test_stale_answer_is_dropped_by_the_generation_guard(qtbot, run_async, fake_env):
    async def scenario():
        services, page = await _open_page(qtbot, fake_env)
        try:
            before = _ids(page)
            old = page.generation
            page.refresh()
            assert page.generation == old + 1
            await until(lambda: not page.runner.busy)
            stale = HubAnswer(
                SearchPage(total=1, page=1, page_size=30,
                           models=(HubModel(id="old/answer", owner="old", name="answer"),)),
                "network",
            )
            page._on_answer(stale, old, append=False)  # an answer to the older search
            assert _ids(page) == before
            page._on_answer(stale, page.generation, append=False)  # the current one is shown
            assert _ids(page) == ["old/answer"]
        finally:
            await _close(services, page)

    run_async(scenario())


def test_offline_keeps_the_saved_rows_and_shows_the_notice(qtbot, run_async, fake_env):
    async def scenario():
        services, page = await _open_page(qtbot, fake_env)
        try:
            await until(lambda: page.list_model.rowCount() == 30)
            saved = _ids(page)
            assert not page.notice.isVisible()
            fake_env.set_behaviour("500")
            count = len(_searches(fake_env))
            page.refresh(force=True)
            await until(lambda: len(_searches(fake_env)) > count and not page.runner.busy)
            await until(lambda: page.notice.isVisible(), message="offline notice")
            assert page.notice_label.text().startswith("Offline: showing saved results from")
            assert page.retry_button.isVisible()
            assert _ids(page) == saved
            assert page.offline

            fake_env.set_behaviour("ok")
            qtbot.mouseClick(page.retry_button, Qt.MouseButton.LeftButton)
            await until(lambda: not page.notice.isVisible() and not page.runner.busy, message="back online")
            assert not page.offline
        finally:
            await _close(services, page)

    run_async(scenario())


def test_ctrl_c_and_the_copy_action_copy_exactly_the_model_id(qtbot, run_async, fake_env):
    async def scenario():
        services, page = await _open_page(qtbot, fake_env)
        try:
            view = page.findChild(QListView, "modelResults")
            view.setFocus()
            page.select_row(2)
            expected = page.list_model.model_at(2).id
            QGuiApplication.clipboard().setText("")
            qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
            assert QGuiApplication.clipboard().text() == expected
            assert "/" in expected and " " not in expected
            assert page.toast.isVisible()

            page.select_row(0)
            page.copy_action.trigger()
            assert QGuiApplication.clipboard().text() == page.list_model.model_at(0).id
        finally:
            await _close(services, page)

    run_async(scenario())


def test_slash_focuses_search_and_enter_opens_the_detail(qtbot, run_async, fake_env):
    async def scenario():
        services, page = await _open_page(qtbot, fake_env)
        try:
            view = page.findChild(QListView, "modelResults")
            page.activateWindow()
            view.setFocus()
            page.select_row(0)
            qtbot.keyClick(view, Qt.Key.Key_Down)
            assert view.currentIndex().row() == 1
            shown: list[str] = []
            if page._detail_widget is not None:
                original = page._detail_widget.show_model
                page._detail_widget.show_model = lambda m: (shown.append(m.id), original(m))
                qtbot.keyClick(view, Qt.Key.Key_Return)
                assert shown and shown[-1] == page.list_model.model_at(1).id
            if page.isActiveWindow():  # shortcuts need an active window
                view.setFocus()
                qtbot.keyClick(view, Qt.Key.Key_Slash)
                await until(lambda: page.search_edit.hasFocus(), message="/ focuses search")
                assert page.search_edit.text() == ""  # the slash was not typed
                view.setFocus()
                qtbot.keyClick(view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
                await until(lambda: page.search_edit.hasFocus(), message="Ctrl+F focuses search")
        finally:
            await _close(services, page)

    run_async(scenario())


def test_display_role_starts_with_the_model_id_and_local_filter_sort(qapp):
    from msdesk.ui.models.list_model import ModelIdRole, ModelListModel

    model = ModelListModel()
    rows = [
        HubModel(id="Qwen/Qwen3-8B", owner="Qwen", name="Qwen3-8B", chinese_name="通义千问",
                 tasks=("text-generation",), downloads=5, likes=9, updated=1_700_000_000,
                 api_inference=True),
        HubModel(id="deepseek-ai/DeepSeek-V3", owner="deepseek-ai", name="DeepSeek-V3",
                 tasks=("text-generation",), downloads=50, likes=1, updated=1_600_000_000),
    ]
    model.set_models(rows)
    first = model.index(0)
    assert first.data(Qt.ItemDataRole.DisplayRole).startswith("Qwen/Qwen3-8B")
    assert "通义千问" in first.data(Qt.ItemDataRole.DisplayRole)
    assert first.data(ModelIdRole) == "Qwen/Qwen3-8B"
    model.sort_by("downloads")
    assert model.model_at(0).id == "deepseek-ai/DeepSeek-V3"
    model.sort_by("likes")
    assert model.model_at(0).id == "Qwen/Qwen3-8B"
    model.set_local_filter("千问")
    assert model.rowCount() == 1 and model.model_at(0).id == "Qwen/Qwen3-8B"
    model.set_local_filter("")
    model.append_models(rows[:1])  # duplicates are not added twice
    assert model.rowCount() == 2
    with pytest.raises(ValueError):
        model.sort_by("nonsense")


def test_no_match_shows_an_empty_state_that_says_why(qtbot, run_async, fake_env):
    async def scenario():
        services, page = await _open_page(qtbot, fake_env)
        try:
            assert page.findChild(QWidget, "modelDetail") is not None
            page.findChild(QLineEdit, "modelSearchEdit").setText("zz-no-such-model")
            await until(lambda: _searches(fake_env)[-1]["Name"] == "zz-no-such-model"
                        and not page.runner.busy)
            await until(lambda: page.stack.currentWidget() is page.empty_label)
            text = page.empty_label.text()
            assert "No model matches" in text and "zz-no-such-model" in text
            assert "API-Inference" in text  # the filter that may be too narrow is named
        finally:
            await _close(services, page)

    run_async(scenario())


# --- the API badge agrees with the filter (and with the gateway's list) ----------------------

#: A model of the fake library that the model library does not list as served.
UNLISTED = "Qwen/Qwen2.5-7B-Instruct-GGUF"


async def _load_all(page) -> None:
    """Every page of the current search, as scrolling to the end would bring them."""
    await until(lambda: not page.runner.busy)
    while page.has_more:
        count = page.list_model.rowCount()
        page.load_more()
        await until(lambda c=count: page.list_model.rowCount() > c and not page.runner.busy,
                    message="the next page")


def _badges(page) -> dict[str, bool]:
    from msdesk.ui.models.list_model import ApiInferenceRole

    model = page.list_model
    return {model.model_at(row).id: bool(model.index(row).data(ApiInferenceRole))
            for row in range(model.rowCount())}


async def _card_badge(page, model_id: str) -> bool:
    """Open the model's card from its row and wait for the full card: is the badge shown?"""
    from msdesk.core.hub import HubModelDetail

    page.list_model.set_local_filter(model_id)
    assert page.list_model.rowCount() >= 1
    row = page.list_model.row_of(model_id)
    page._open_index(page.view_model.index(row, 0))
    detail = page._detail_widget
    await until(lambda: isinstance(detail.model, HubModelDetail) and detail.model.id == model_id
                and not detail._runner.busy, message=f"the card of {model_id}")
    page.list_model.set_local_filter("")
    return not detail.api_badge.isHidden()


def test_every_badge_on_the_page_equals_membership_in_the_filtered_results(qtbot, run_async, fake_env):
    async def scenario():
        services, page = await _open_page(qtbot, fake_env)
        try:
            await _load_all(page)
            filtered = _badges(page)
            assert len(filtered) == sum(m.api_inference for m in fake_env.catalogue)
            assert all(filtered.values())  # with the filter on, every row carries the badge

            page.api_filter.setChecked(False)
            await until(lambda: not _has_api_criterion(_searches(fake_env)[-1]) and not page.runner.busy)
            await _load_all(page)
            badges = _badges(page)
            assert len(badges) == len(fake_env.catalogue)
            assert {i for i, served in badges.items() if served} == set(filtered)

            # The card agrees with the row, also where the hub's SupportApiInference flag lies.
            liars = [m for m in fake_env.catalogue if m.api_flag != m.api_inference]
            for liar in (next(m for m in liars if m.api_flag), next(m for m in liars if not m.api_flag)):
                assert await _card_badge(page, liar.id) is badges[liar.id] is liar.api_inference
        finally:
            await _close(services, page)

    run_async(scenario())


def test_a_model_the_gateway_lists_carries_the_badge_while_a_token_is_stored(
    qtbot, run_async, fake_env, monkeypatch
):
    from tests.fakes.modelscope import VALID_TOKEN

    extra = next(m for m in fake_env.catalogue if m.id == UNLISTED)
    listed = fake_env._api_models
    monkeypatch.setattr(fake_env, "_api_models", lambda: [*listed(), extra])

    def gateway_asked() -> int:
        return sum(r.path == "/v1/models" for r in fake_env.requests)

    async def scenario():
        from msdesk.ui.models.page import ModelsPage

        services = await Services.open()
        await services.secrets.set("modelscope", "main", VALID_TOKEN)
        page = ModelsPage(services)
        page.resize(900, 600)
        page.api_filter.setChecked(False)
        page.search_edit.setText(UNLISTED.split("/")[1])
        page.show()
        try:
            await until(lambda: gateway_asked() == 1 and not page.gateway_runner.busy, message="gateway")
            await until(lambda: UNLISTED in _badges(page) and not page.runner.busy)
            assert _badges(page)[UNLISTED]
            assert page.count_label.text() == "1 model"
            assert UNLISTED not in {m.id for m in page.list_model._all if m.api_inference}
            assert await _card_badge(page, UNLISTED)
            assert "gateway" in page._detail_widget.api_badge.toolTip()

            # No token stored: the gateway's list no longer counts, on the row and on the card.
            await services.tokens.delete("modelscope", "main")
            await until(lambda: not _badges(page)[UNLISTED], message="badge gone with the token")
            assert page._detail_widget.api_badge.isHidden()
            await services.tokens.store("modelscope", "main", VALID_TOKEN)
            await until(lambda: _badges(page)[UNLISTED], message="badge back with a token")
            assert not page._detail_widget.api_badge.isHidden()
            assert gateway_asked() == 1  # the day's list came from disk
        finally:
            await _close(services, page)

    run_async(scenario())


def test_an_embedding_models_card_offers_no_chat_and_an_image_models_card_offers_drawing(
    qtbot, run_async, fake_env
):
    """A first-time user searches the served models and opens cards of several tasks."""
    async def scenario():
        services, page = await _open_page(qtbot, fake_env)
        asked: list[str] = []
        page.chatRequested.connect(asked.append)
        try:
            page.search_edit.setText("Qwen3-Embedding")
            await until(lambda: "Qwen/Qwen3-Embedding-8B" in _ids(page) and not page.runner.busy)
            await _card_badge(page, "Qwen/Qwen3-Embedding-8B")
            detail = page._detail_widget
            assert detail.chat_button.isHidden()
            assert "embedding model" in detail.use_note.text() and not detail.use_note.isHidden()

            page.search_edit.setText("Z-Image-Turbo")
            await until(lambda: "Tongyi-MAI/Z-Image-Turbo" in _ids(page) and not page.runner.busy)
            await _card_badge(page, "Tongyi-MAI/Z-Image-Turbo")
            assert detail.chat_button.text() == "Draw an image" and not detail.chat_button.isHidden()
            assert detail.use_note.isHidden()
            qtbot.mouseClick(detail.chat_button, Qt.MouseButton.LeftButton)
            assert asked == ["Tongyi-MAI/Z-Image-Turbo"]
        finally:
            await _close(services, page)

    run_async(scenario())
