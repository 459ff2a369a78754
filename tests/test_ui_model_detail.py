"""The Models page's detail pane: card, README rendering, actions, offline and stale answers.

Real widgets on the offscreen platform against the fake ModelScope hub.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from msdesk.core.hub import HubModel, HubModelDetail
from msdesk.core.services import Services
from msdesk.ui.models.detail import ModelDetail
from msdesk.ui.models.markdown_view import MarkdownView, render_markdown, split_front_matter
from tests.conftest import until

LEFT = Qt.MouseButton.LeftButton

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)\(\)")


def _hub_model(model) -> HubModel:
    return HubModel(
        id=model.id, owner=model.owner, name=model.name, tasks=(model.task,), api_inference=True
    )


def _pick(fake, services: Services | None = None):
    """A catalogue model with a task, not in the ModelScope defaults."""
    have = {m.id for m in services.config.models("modelscope")} if services else set()
    for model in sorted(fake.catalogue, key=lambda m: m.id):
        if model.id not in have and model.task == "text-generation":
            return model
    raise AssertionError("no suitable model in the fake catalogue")


def _detail(qtbot, services: Services) -> ModelDetail:
    widget = ModelDetail(services)
    qtbot.addWidget(widget)
    widget.resize(900, 700)
    widget.show()
    return widget


def _readme_html(widget: ModelDetail) -> str:
    return widget.readme_view.toHtml()


def _hub_requests(fake, model_id: str) -> list:
    owner, name = model_id.split("/", 1)
    return [r for r in fake.requests if r.path.startswith(f"/api/v1/models/{owner}/{name}")]


def test_empty_state_before_any_model(qtbot, run_async, fake_env):
    async def scenario():
        services = await Services.open()
        try:
            widget = _detail(qtbot, services)
            assert widget.objectName() == "modelDetail"
            assert widget.empty_label.isVisible()
            assert "Select a model" in widget.empty_label.text()
        finally:
            await services.aclose()

    run_async(scenario())


def test_show_model_renders_readme_table_and_code(qtbot, run_async, fake_env):
    fake = fake_env

    async def scenario():
        services = await Services.open()
        try:
            model = _pick(fake)
            widget = _detail(qtbot, services)
            widget.show_model(_hub_model(model))
            # Header facts at once, before the network answers.
            assert model.id in widget.title_label.text()
            await until(lambda: "Model summary" in widget.readme_view.toPlainText())
            page = _readme_html(widget)
            assert "<table" in page
            # Pygments colours (inline styles) on the python code block.
            assert re.search(r'<span style="[^"]*color:#[0-9a-fA-F]{6}', page), page[:2000]
            # The image is a link, never fetched.
            assert "[image:" in widget.readme_view.toPlainText()
            assert "<img" not in page
            assert "fake-images" in page  # as a link target
            assert not [r for r in fake.requests if "fake-images" in r.path]
            # Front matter is not shown as text.
            assert "tasks:" not in widget.readme_view.toPlainText()
            assert not widget.loading_bar.isVisible()
            assert not widget.status_frame.isVisible()
            assert "Open on modelscope.cn" in widget.open_link.text()
            assert f"/models/{model.id}" in widget.open_link.text()
        finally:
            await services.aclose()

    run_async(scenario())


def test_copy_model_id_puts_exactly_the_id_on_the_clipboard(qtbot, run_async, fake_env):
    fake = fake_env

    async def scenario():
        services = await Services.open()
        try:
            model = _pick(fake)
            widget = _detail(qtbot, services)
            widget.show_model(_hub_model(model))
            QGuiApplication.clipboard().setText("something else")
            qtbot.mouseClick(widget.copy_button, LEFT)
            assert QGuiApplication.clipboard().text() == model.id
            assert widget.toast.isVisible()
            assert widget.toast.text() == f"Copied {model.id}"
            await until(lambda: not widget.loading_bar.isVisible())
        finally:
            await services.aclose()

    run_async(scenario())


def test_add_to_modelscope_models_and_again(qtbot, run_async, fake_env):
    fake = fake_env

    async def scenario():
        services = await Services.open()
        try:
            model = _pick(fake, services)
            widget = _detail(qtbot, services)
            added: list[str] = []
            widget.addedToProvider.connect(added.append)
            widget.show_model(_hub_model(model))

            qtbot.mouseClick(widget.add_button, LEFT)
            dialog = widget._add_dialog
            assert dialog is not None and dialog.isVisible()
            assert dialog.task() == "text-generation"  # guessed from the hub task
            index = dialog.task_combo.findData("image-text-to-text")
            dialog.task_combo.setCurrentIndex(index)
            dialog.accept()
            entries = {m.id: m for m in services.config.models("modelscope")}
            assert model.id in entries
            assert entries[model.id].task == "image-text-to-text"
            assert added == [model.id]
            assert "Added" in widget.add_result_label.text()

            qtbot.mouseClick(widget.add_button, LEFT)
            widget._add_dialog.accept()
            assert "already in your list" in widget.add_result_label.text()
            assert widget.toast.text() == "Already in your list"
            assert [m.id for m in services.config.models("modelscope")].count(model.id) == 1
            assert added == [model.id]
            await until(lambda: not widget.loading_bar.isVisible())
        finally:
            await services.aclose()

    run_async(scenario())


def test_chat_emits_the_model_id(qtbot, run_async, fake_env):
    fake = fake_env

    async def scenario():
        services = await Services.open()
        try:
            model = _pick(fake)
            widget = _detail(qtbot, services)
            widget.show_model(_hub_model(model))
            with qtbot.waitSignal(widget.chatRequested, timeout=1000) as blocker:
                qtbot.mouseClick(widget.chat_button, LEFT)
            assert blocker.args == [model.id]
            await until(lambda: not widget.loading_bar.isVisible())
        finally:
            await services.aclose()

    run_async(scenario())


def test_failing_hub_shows_error_and_retry_works(qtbot, run_async, fake_env):
    fake = fake_env

    async def scenario():
        services = await Services.open()
        try:
            model = _pick(fake)
            fake.set_behaviour("500")
            widget = _detail(qtbot, services)
            widget.show_model(_hub_model(model))
            await until(lambda: widget.status_frame.isVisible())
            assert "Could not load" in widget.status_label.text()
            assert widget.retry_button.isVisible()
            assert widget.readme_view.toPlainText() == ""

            fake.reset_behaviours()
            qtbot.mouseClick(widget.retry_button, LEFT)
            await until(lambda: "Model summary" in widget.readme_view.toPlainText())
            assert not widget.status_frame.isVisible()
        finally:
            await services.aclose()

    run_async(scenario())


def test_offline_with_a_saved_card_shows_the_note(qtbot, run_async, fake_env):
    fake = fake_env

    async def scenario():
        services = await Services.open()
        try:
            model = _pick(fake)
            hub = services.cached_hub()
            await hub.model(model.id)  # saved on disk
            fake.set_behaviour("500")
            widget = _detail(qtbot, services)
            widget.show_model(_hub_model(model))
            widget.retry()  # max_age=0: asks the network, which fails
            await until(lambda: widget.status_frame.isVisible())
            assert widget.status_label.text().startswith("Offline: saved card from ")
            assert "Model summary" in widget.readme_view.toPlainText()
        finally:
            await services.aclose()

    run_async(scenario())


def test_switching_quickly_never_shows_the_older_readme(qtbot, run_async, fake_env):
    fake = fake_env

    async def scenario():
        services = await Services.open()
        try:
            models = sorted(fake.catalogue, key=lambda m: m.id)
            first, second = models[0], models[1]
            # The first model's card is slow to come; the second one is quick.
            fake.set_behaviour("slow", times=1)
            widget = _detail(qtbot, services)
            widget.show_model(_hub_model(first))
            await until(lambda: _hub_requests(fake, first.id))
            widget.show_model(_hub_model(second))
            await until(lambda: second.id in widget.readme_view.toPlainText())
            await until(lambda: not widget.loading_bar.isVisible())
            # Wait until the first model's load has ended, however it ends (cancelled, or
            # its slow answer arrived): it must not replace the second model's card.
            from msdesk.ui import async_task

            await until(lambda: not async_task._RUNNING, message="a card still loading")
            assert widget.model is not None and widget.model.id == second.id
            assert second.id in widget.title_label.text()
            text = widget.readme_view.toPlainText()
            assert f"`{first.id}`" not in text and first.id not in text
        finally:
            await services.aclose()

    run_async(scenario())


def test_raw_html_in_a_readme_is_escaped(qtbot, run_async, fake_env):
    fake = fake_env

    async def scenario():
        services = await Services.open()
        try:
            model = _pick(fake)
            hub = services.cached_hub()
            detail = HubModelDetail(
                id=model.id, owner=model.owner, name=model.name,
                readme="# Hi\n\n<script>alert(1)</script>\n\n<img src=\"http://127.0.0.1:1/x.png\">\n",
                license="apache-2.0", tags=("llm", "chat"),
            )
            hub.cache.put_detail(hub.hub_base, detail)  # fresh: answered from the cache
            widget = _detail(qtbot, services)
            widget.show_model(_hub_model(model))
            await until(lambda: "alert(1)" in widget.readme_view.toPlainText())
            text = widget.readme_view.toPlainText()
            assert "<script>alert(1)</script>" in text  # shown as text, not interpreted
            assert '<img src="http://127.0.0.1:1/x.png">' in text
            assert "apache-2.0" in widget.facts_label.text()
            assert "llm" in widget.tags_label.text()
        finally:
            await services.aclose()

    run_async(scenario())


# -- the renderer on its own -----------------------------------------------------


def test_front_matter_is_split_off():
    meta, body = split_front_matter("---\nlicense: mit\ntasks:\n- text-generation\n- chat\n---\n# Title\n")
    assert meta == {"license": "mit", "tasks": ["text-generation", "chat"]}
    assert body == "# Title\n"
    assert split_front_matter("# no front matter\n---\n") == ({}, "# no front matter\n---\n")


def test_renderer_links_images_and_refuses_unsafe_links():
    card = render_markdown(
        "![a cat](img/cat.png) [docs](docs/a.md) [bad](javascript:alert(1)) <b>x</b>",
        base_url="https://modelscope.cn/models/o/n/file/view/master/",
    )
    assert "<img" not in card.html
    assert '<a href="https://modelscope.cn/models/o/n/file/view/master/img/cat.png"' in card.html
    assert "[image: a cat]" in card.html
    assert 'href="javascript' not in card.html
    assert "&lt;b&gt;x&lt;/b&gt;" in card.html


def test_renderer_copes_with_a_100_kb_readme(qtbot):
    section = (
        "## Section\n\nSome **bold** text, `code`, a [link](https://example.com) and ~~old~~.\n\n"
        "| a | b | c |\n|---|---|---|\n| 1 | 2 | 3 |\n\n"
        "```python\nfor i in range(10):\n    print(i)  # comment\n```\n\n"
        "- item one\n- item two\n\n> quoted <div>raw</div>\n\n"
        "```\nunlabelled code block\n```\n\n"
        "```unknownlang\nsome text\n```\n\n"
    )
    text = "---\nlicense: mit\n---\n# Big card\n\n" + section * (100_000 // len(section) + 1)
    text += "```python\n" + "x = 1\n" * 5000 + "```\n"  # one big block (shown plain)
    text += "unclosed ``` fence\n```python\ndef f(:\n"  # broken input
    assert len(text) > 100_000
    card = render_markdown(text)
    assert card.meta == {"license": "mit"}
    assert card.html.count("<table") > 100
    view = MarkdownView()
    qtbot.addWidget(view)
    view.set_rendered(card)
    assert "Big card" in view.toPlainText()
    assert "&lt;div&gt;raw&lt;/div&gt;" in card.html


def test_the_card_badge_follows_the_model_library_and_the_gateway_list(qtbot, run_async, fake_env):
    from msdesk.core.served import NO_GATEWAY, GatewayModels

    fake = fake_env
    # A model the hub calls API-capable (SupportApiInference) although no filter lists it.
    liar = next(m for m in sorted(fake.catalogue, key=lambda m: m.id) if m.api_flag and not m.api_inference)
    served = next(m for m in sorted(fake.catalogue, key=lambda m: m.id) if m.api_inference)

    async def scenario():
        services = await Services.open()
        try:
            widget = _detail(qtbot, services)
            row = HubModel(id=liar.id, owner=liar.owner, name=liar.name, tasks=(liar.task,))
            widget.show_model(row)
            await until(lambda: isinstance(widget.model, HubModelDetail) and not widget.loading_bar.isVisible())
            assert widget.api_badge.isHidden() and not widget.served  # the lying flag makes no badge

            widget.set_gateway(GatewayModels.of("modelscope", [liar.id.upper()]))
            assert not widget.api_badge.isHidden() and widget.served
            assert "gateway" in widget.api_badge.toolTip()
            widget.set_gateway(NO_GATEWAY)
            assert widget.api_badge.isHidden()

            # A model the library serves: the badge from its record, with or without the gateway.
            widget.show_model(HubModel(id=served.id, owner=served.owner, name=served.name))
            await until(lambda: isinstance(widget.model, HubModelDetail) and widget.model.id == served.id
                        and not widget.loading_bar.isVisible())
            assert not widget.api_badge.isHidden() and "gateway" not in widget.api_badge.toolTip()
        finally:
            await services.aclose()

    run_async(scenario())


def test_the_card_offers_what_the_models_task_can_do(qtbot, run_async, fake_env):
    """Chat for text and vision models, Draw for image models, nothing (with the reason) else."""
    fake = fake_env
    by_task: dict[str, object] = {}
    for model in sorted(fake.catalogue, key=lambda m: m.id):
        by_task.setdefault(model.task, model)

    async def scenario():
        services = await Services.open()
        try:
            widget = _detail(qtbot, services)
            asked: list[str] = []
            widget.chatRequested.connect(asked.append)

            def show(task: str):
                model = by_task[task]
                widget.show_model(HubModel(id=model.id, owner=model.owner, name=model.name, tasks=(task,)))
                return model

            for task in ("text-generation", "image-text-to-text"):
                model = show(task)
                assert widget.chat_button.isVisible(), task
                assert widget.chat_button.text() == "Chat with this model"
                assert not widget.use_note.isVisible()
                qtbot.mouseClick(widget.chat_button, LEFT)
                assert asked[-1] == model.id

            model = show("text-to-image-synthesis")
            assert widget.chat_button.isVisible()
            assert widget.chat_button.text() == "Draw an image"
            qtbot.mouseClick(widget.chat_button, LEFT)
            assert asked[-1] == model.id

            asked.clear()
            for task in ("sentence-embedding", "feature-extraction"):
                show(task)
                assert not widget.chat_button.isVisible(), task
                assert widget.use_note.isVisible()
                assert "embedding model" in widget.use_note.text()
                assert "No chat" in widget.use_note.text()

            show("automatic-speech-recognition")
            assert not widget.chat_button.isVisible()
            assert "speech recognition model" in widget.use_note.text()
            show("text-to-video-synthesis")
            assert not widget.chat_button.isVisible()
            assert "text to video model" in widget.use_note.text()
            assert asked == []  # nothing offered, nothing sent to Chat

            # Added to the list as a chat model (the user's say), the card offers chat.
            model = show("feature-extraction")
            widget.add_to_provider("text-generation", model.id)
            assert widget.chat_button.isVisible() and not widget.use_note.isVisible()
            await until(lambda: not widget.loading_bar.isVisible())
            # The full card, once loaded, keeps the answer.
            assert widget.chat_button.isVisible()
        finally:
            await services.aclose()

    run_async(scenario())


@pytest.mark.parametrize("width", [280, 900])
def test_the_card_actions_are_never_cut_off(qtbot, run_async, fake_env, width):
    """In a narrow pane (an 800x600 window) the buttons wrap onto new lines, each whole."""
    fake = fake_env

    async def scenario():
        services = await Services.open()
        try:
            model = _pick(fake)
            widget = _detail(qtbot, services)
            widget.resize(width, 700)
            widget.show_model(_hub_model(model))
            await until(lambda: not widget.loading_bar.isVisible())
            await until(lambda: widget.chat_button.width() > 0)
            right = widget.width()
            for button in (widget.chat_button, widget.add_button, widget.copy_button):
                assert button.width() >= button.sizeHint().width(), button.text()
                assert button.mapTo(widget, button.rect().topRight()).x() < right, button.text()
            rows = {b.y() for b in (widget.chat_button, widget.add_button, widget.copy_button)}
            assert (len(rows) > 1) == (width < 500)  # wrapped only where they do not fit
        finally:
            await services.aclose()

    run_async(scenario())


def test_the_reason_names_the_models_kind_in_plain_words():
    from msdesk.ui.models.detail import card_action

    assert "it is an image to image model" in card_action("other", ("image-to-image",)).note
    assert "it is an OCR model" in card_action("other", ("ocr-recognition",)).note
    assert "it is a text to speech model" in card_action("other", ("text-to-speech",)).note
    assert "it is a model of another kind" in card_action("other", ()).note
    assert card_action("other", ("text-to-speech",)).kind == ""
