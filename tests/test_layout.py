"""Every page and dialog fits windows from 800×600 to full HD: nothing clipped, overlapped or out of reach.

The walk builds the real window with real services (the fake ModelScope
behind them), fills each page with what a user has on it (a conversation with
a long answer, search results with a model card open, tokens and models), and
looks at every visible widget at each window size, in each language at 100 %
and in Russian (the longest words of the three) at a text size of 150 % and 200 %:

- a line edit, combo box or spin box lower than a line of its text, a text
  editor showing less than a line or cutting its placeholder, a list whose
  rows are lower than the lines its delegate paints in them (``TEXT_LINES``,
  else one) are cut;
- a label (not word-wrapped), button, check box or radio button whose text is
  wider than the widget is cut (labels elided on purpose, with the whole text
  in their tooltip, are not);
- visible siblings must not overlap;
- a visible button must lie inside every widget it is in (a scroll area's
  viewport may hide it above or below: the page scrolls up and down);
- no page scrolls sideways (a scroll area's horizontal bar is hidden).
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTextEdit,
    QToolButton,
    QWidget,
)

from msdesk import __version__
from msdesk.core.services import Services
from msdesk.ui.main_window import MainWindow
from tests.conftest import until
from tests.fakes.modelscope import VALID_TOKEN

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support ((propagateSizeHints|raise)\(\)|grabbing the keyboard)"
)

_DIRECT = Qt.FindChildOption.FindDirectChildrenOnly
SIZES = [(800, 600), (1100, 720), (1920, 1080)]
#: Window sizes looked at with a larger text size (Settings → General): 800×600 is too small for it.
SCALED_SIZES = [(1280, 800), (1920, 1080)]
TOLERANCE = 2  # px: rounding in size hints and style margins

LONG_ANSWER = """Here is a comparison of the two approaches, with the code to try them.

```python
def tokenize(text: str, vocabulary: dict[str, int], unknown: int = 0) -> list[int]:
    return [vocabulary.get(word, unknown) for word in text.split()]  # a long line that goes on and on
```

| Model | Context length | Tokens per second | Price per million tokens | Notes on the deployment |
|-------|----------------|-------------------|--------------------------|-------------------------|
| Qwen/Qwen3-32B | 131072 | 42 | 0 | served by API-Inference with a daily quota per token |
| deepseek-ai/DeepSeek-R1-0528 | 65536 | 18 | 0 | reasoning model, answers start with its thinking |

A final paragraph that is long enough to wrap several times in a narrow window, so that the
message card has to follow the width of the transcript instead of its own preferred width,
https://modelscope.cn/models/Qwen/Qwen3-32B/summary?with=a&very=long&query=string&that=never&ends=here
"""


@pytest.fixture(params=["en", "zh_CN", "ru"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    """The interface language the walk runs in: installed before any widget is built."""
    from msdesk import translations

    translations.apply(request.param)
    try:
        yield request.param
    finally:
        translations.apply("en")


@pytest.fixture(params=[("en", 100), ("zh_CN", 100), ("ru", 100), ("ru", 150), ("ru", 200)],
                ids=lambda p: f"{p[0]}-{p[1]}%")
def language_and_size(request: pytest.FixtureRequest, qapp) -> Iterator[list[tuple[int, int]]]:
    """The language and text size the walk runs in, set as the app sets them before building
    any widget; gives the window sizes to look at (800×600 only at 100 %)."""
    from msdesk import translations
    from msdesk.ui import theme

    language, percent = request.param
    translations.apply(language)
    theme.apply_font_scale(percent)
    try:
        yield SIZES if percent == 100 else SCALED_SIZES
    finally:
        theme.apply_font_scale(100)
        translations.apply("en")


# -- the checks ------------------------------------------------------------------


def _shown(widget: QWidget, root: QWidget) -> bool:
    return widget.isVisibleTo(root) and widget.width() > 0 and widget.height() > 0


def _name(widget: QWidget) -> str:
    text = ""
    if isinstance(widget, (QLabel, QAbstractButton)):
        text = widget.text().replace("\n", " ")[:40]
    return f"{type(widget).__name__}#{widget.objectName() or '?'} {text!r}"


def _elided_on_purpose(label: QLabel) -> bool:
    """Cut on purpose: it ends in "…" and its tooltip has the whole text."""
    elided = getattr(label, "is_elided", None)
    if callable(elided):
        return elided() and label.text() in label.toolTip()
    return "…" in label.text() and bool(label.toolTip())


def _widest(area: QScrollArea) -> str:
    """What makes a scroll area wider than its view: the deepest widgets wider than it at their least."""
    room = area.viewport().width()
    culprit = None
    stack = [area.widget()] if area.widget() is not None else []
    while stack:
        widget = stack.pop()
        if widget.isVisible() and widget.minimumSizeHint().width() > room:
            culprit = widget
            stack.extend(widget.findChildren(QWidget, options=_DIRECT))
    if culprit is None:
        return ""
    parts = sorted(
        (c for c in culprit.findChildren(QWidget, options=_DIRECT) if c.isVisible()),
        key=lambda c: -c.minimumSizeHint().width(),
    )[:4]
    inside = ", ".join(f"{_name(c)} {c.minimumSizeHint().width()}" for c in parts)
    return f" (widest: {_name(culprit)}, {culprit.minimumSizeHint().width()} px at least, room {room}; in it: {inside})"


def _text_is_cut(widget: QWidget) -> bool:
    if isinstance(widget, QLabel):
        if widget.wordWrap() or _elided_on_purpose(widget) or not widget.text():
            return False
    elif not isinstance(widget, (QPushButton, QToolButton, QCheckBox, QRadioButton)):
        return False
    return widget.sizeHint().width() > widget.width() + TOLERANCE


def _too_short(widget: QWidget) -> str | None:
    """Where a box is lower than the text in it (its lines cut through), or None."""
    line = widget.fontMetrics().height()
    if isinstance(widget, (QLineEdit, QComboBox, QAbstractSpinBox)):
        if widget.height() + TOLERANCE < line:
            return f"{_name(widget)} is lower than its text: {widget.height()} px for {line}"
    elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
        room = widget.viewport().height()
        if room + TOLERANCE < line:
            return f"{_name(widget)} shows less than a line: {room} px for {line}"
        if not widget.toPlainText() and widget.placeholderText():
            # The placeholder wraps at the box's width: all its lines show.
            margin = int(widget.document().documentMargin())
            width = widget.viewport().width() - 2 * margin
            wrapped = widget.fontMetrics().boundingRect(
                QRect(0, 0, max(1, width), 100_000), int(Qt.TextFlag.TextWordWrap), widget.placeholderText())
            if room + TOLERANCE < wrapped.height() + margin:
                return f"{_name(widget)} cuts its placeholder: {room} px for {wrapped.height() + margin}"
    elif isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):
        model = widget.model()
        if model is None or model.rowCount() == 0:
            return None
        # A delegate that paints more than one line of text in a row says how many.
        lines = getattr(widget.itemDelegate(), "TEXT_LINES", 1)
        row = widget.visualRect(model.index(0, 0)).height()
        if 0 < row < lines * line - TOLERANCE:
            return f"{_name(widget)}: rows of {row} px for {lines} line(s) of {line} px"
    return None


def _overlaps(parent: QWidget, root: QWidget) -> Iterator[str]:
    if isinstance(parent, QAbstractScrollArea):
        return  # its viewport, bars and corner are placed by Qt
    children = [
        c for c in parent.children()
        if isinstance(c, QWidget) and not c.isWindow() and _shown(c, root)
        and not c.property("overlay")
    ]
    for i, first in enumerate(children):
        for second in children[i + 1:]:
            common = first.geometry().intersected(second.geometry())
            if common.width() > TOLERANCE and common.height() > TOLERANCE:
                yield f"{_name(first)} overlaps {_name(second)} in {_name(parent)}"


def _outside(button: QAbstractButton, root: QWidget) -> str | None:
    """Where a button is cut by one of the widgets it is in, or None."""
    rect = QRect(QPoint(0, 0), button.size())
    widget: QWidget = button
    while widget is not root and widget.parentWidget() is not None:
        rect = rect.translated(widget.pos())
        parent = widget.parentWidget()
        area = parent.rect()
        scrolls = isinstance(parent.parentWidget(), QAbstractScrollArea) and (
            parent is parent.parentWidget().viewport()
        )
        if rect.left() < area.left() - TOLERANCE or rect.right() > area.right() + TOLERANCE:
            return f"{_name(button)} runs past the side of {_name(parent)}"
        if not scrolls and (rect.top() < area.top() - TOLERANCE or rect.bottom() > area.bottom() + TOLERANCE):
            return f"{_name(button)} runs past the top or bottom of {_name(parent)}"
        if scrolls:
            return None  # the rest of the way is the scroll area's, which fits its parent
        widget = parent
    return None


def layout_problems(root: QWidget) -> list[str]:
    """What a user would see cut, overlapped or out of reach in ``root`` as it is shown now."""
    problems: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.isWindow() and widget is not root:
            continue
        if not _shown(widget, root):
            continue
        if _text_is_cut(widget):
            problems.append(f"{_name(widget)} is cut: needs {widget.sizeHint().width()} px, has {widget.width()}")
        short = _too_short(widget)
        if short:
            problems.append(short)
        problems.extend(_overlaps(widget, root))
        if isinstance(widget, QAbstractButton):
            where = _outside(widget, root)
            if where:
                problems.append(where)
        if isinstance(widget, QScrollArea) and widget.horizontalScrollBar().isVisible():
            problems.append(f"{_name(widget)} scrolls sideways{_widest(widget)}")
    return problems


async def settle() -> None:
    """Let layouts, deferred fits and queued paints run."""
    for _ in range(4):
        QApplication.processEvents()
        await asyncio.sleep(0.005)


# -- the walk --------------------------------------------------------------------


async def _fill_history(services: Services) -> None:
    history = services.history
    conversation = history.create_conversation(
        title="Comparing tokenizers", provider_id="modelscope", model_id="Qwen/Qwen3-32B"
    )
    question = history.add_message(conversation.id, parent_id=None, role="user",
                                   content="How do the two tokenizers compare? Show code and a table.")
    history.add_message(conversation.id, parent_id=question.id, role="assistant", content="A first, short answer.",
                        provider_id="modelscope", model_id="Qwen/Qwen3-32B", token_label="main")
    answer = history.add_message(conversation.id, parent_id=question.id, role="assistant", content=LONG_ANSWER,
                                 reasoning="Thinking about tokenizers.", provider_id="modelscope",
                                 model_id="Qwen/Qwen3-32B", token_label="main",
                                 usage={"prompt_tokens": 20, "completion_tokens": 300})
    follow = history.add_message(conversation.id, parent_id=answer.id, role="user", content="Thanks!")
    history.add_message(conversation.id, parent_id=follow.id, role="assistant", content="You are welcome.",
                        provider_id="modelscope", model_id="Qwen/Qwen3-32B", token_label="main")


async def _chat_states(window: MainWindow) -> list[tuple[str, Callable[[], object]]]:
    window.show_page("chat")
    chat = window.page_content("chat")
    summary = chat.history.list_conversations()[0]
    chat.open_conversation(summary.id)
    await until(lambda: len(chat.transcript.widgets) == 4, message="the conversation did not open")
    long_answer = chat.transcript.widgets[1]
    # What the walk is about: the answer's actions and its ‹ 2 / 2 › switcher are on it.
    assert long_answer.version_label.text() == "2 / 2"
    await until(lambda: long_answer.versions.isVisibleTo(window) and long_answer.regenerate_button.isVisibleTo(window),
                message="the answer's switcher and actions are not shown")
    return [("chat", lambda: window.show_page("chat"))]


async def _open_window(qtbot) -> tuple[Services, MainWindow]:
    from msdesk.ui.pages import install_pages

    window = MainWindow(version=__version__)
    qtbot.addWidget(window)
    window.resize(1100, 720)
    window.show()
    services = await Services.open()
    await services.secrets.set("modelscope", "main", VALID_TOKEN)
    await services.secrets.set("modelscope", "spare token with a long label", VALID_TOKEN)
    services.layout_custom_id = services.config.add_custom("Lab GPU box with a long name", "http://127.0.0.1:8000/v1/with/a/long/path").id
    await _fill_history(services)
    await install_pages(window, services)
    return services, window


async def _close(window: MainWindow, services: Services) -> None:
    from msdesk.ui.async_task import cancel_background_tasks

    for key in ("chat", "settings", "models"):
        runner = getattr(window.page_content(key), "runner", None)
        if runner is not None:
            runner.cancel_all()
    item = window.statusBar().findChild(QWidget, "quotaStatus")
    if item is not None:
        item.stop()
    await cancel_background_tasks()
    window.hide()
    await services.aclose()


async def _page_states(window: MainWindow, services: Services) -> list[tuple[str, Callable[[], object]]]:
    """(name, show) for each page state the walk looks at; ``show`` puts it on screen."""
    states: list[tuple[str, Callable[[], object]]] = []

    states += await _chat_states(window)

    window.show_page("models")
    models = window.page_content("models")
    await until(lambda: models.list_model.rowCount() > 0 and not models.runner.busy, message="no search results")
    models.select_row(0)
    detail = models._detail_widget
    await until(lambda: detail is not None and detail._detail is not None, message="the model card did not load")
    states.append(("models with a card", lambda: window.show_page("models")))

    window.show_page("settings")
    settings = window.page_content("settings")

    def modelscope() -> None:
        window.show_page("settings")
        settings.select_provider("modelscope")

    modelscope()
    await until(lambda: len(settings.panel.tokens.rows) == 2, message="the tokens did not load")
    states.append(("settings: ModelScope", modelscope))

    custom = services.layout_custom_id

    def custom_provider() -> None:
        window.show_page("settings")
        settings.select_provider(custom)

    states.append(("settings: custom provider", custom_provider))

    def network() -> None:
        window.show_page("settings")
        settings.show_network()

    states.append(("settings: network", network))
    general = getattr(settings, "show_general", None)
    if callable(general):
        states.append(("settings: general", lambda: (window.show_page("settings"), general())))
    return states


def test_every_page_fits_every_window_size(qtbot, run_async, fake_env, language_and_size):
    async def scenario():
        services, window = await _open_window(qtbot)
        try:
            states = await _page_states(window, services)
            problems: list[str] = []
            for width, height in language_and_size:
                window.resize(width, height)
                for name, show in states:
                    show()
                    await settle()
                    problems += [f"{width}×{height} {name}: {p}" for p in layout_problems(window)]
            assert not problems, "\n".join(problems)
        finally:
            await _close(window, services)

    run_async(scenario())


def _dialogs(window: MainWindow, services: Services) -> list[tuple[str, Callable[[], QWidget]]]:
    """(name, build) for each dialog and popup; ``build`` returns it shown over ``window``."""
    from msdesk.core.history import ConversationParams
    from msdesk.ui.chat.params_dialog import ParamsDialog
    from msdesk.ui.models.detail import AddToProviderDialog
    from msdesk.ui.quota.usage_view import UsageView
    from msdesk.ui.settings.check_dialog import CheckDialog
    from msdesk.ui.settings.manage_models_dialog import ManageModelsDialog
    from msdesk.ui.settings.model_edit_dialog import ModelEditDialog
    from msdesk.ui.settings.provider_list import ProviderDialog
    from msdesk.ui.settings.token_form import TokenDialog

    modelscope = services.provider("modelscope")
    models = list(modelscope.default_models)

    def shown(dialog: QWidget) -> QWidget:
        dialog.show()
        return dialog

    def picker_popup() -> QWidget:
        window.show_page("chat")
        chat = window.page_content("chat")
        chat.picker.showPopup()
        return chat.picker.popup

    return [
        ("add models", lambda: shown(ModelEditDialog(services, "modelscope", parent=window))),
        ("edit model", lambda: shown(ModelEditDialog(services, "modelscope", models[0], parent=window))),
        ("manage models", lambda: shown(ManageModelsDialog(services, "modelscope", parent=window))),
        ("token form", lambda: shown(TokenDialog(modelscope, taken=["main"], parent=window))),
        ("check dialog", lambda: shown(CheckDialog(modelscope, models, models[0].id,
                                                   ["main", "spare token with a long label"], parent=window))),
        ("params dialog", lambda: shown(ParamsDialog(ConversationParams(), window, model=models[0].id))),
        ("custom provider dialog", lambda: shown(ProviderDialog(lambda *_: modelscope, parent=window))),
        ("add to provider", lambda: shown(AddToProviderDialog(models[0].id, "text-generation", window))),
        ("usage", lambda: shown(UsageView(services, parent=window))),
        ("model picker popup", picker_popup),
    ]


def test_every_dialog_fits_every_window_size(qtbot, run_async, fake_env, language_and_size):
    async def scenario():
        services, window = await _open_window(qtbot)
        try:
            problems: list[str] = []
            for width, height in language_and_size:
                window.resize(width, height)
                await settle()
                for name, build in _dialogs(window, services):
                    dialog = build()
                    await settle()
                    where = f"{width}×{height} {name}"
                    size = dialog.size()
                    if size.width() > width or size.height() > height:
                        problems.append(f"{where}: {size.width()}×{size.height()} is larger than the window")
                    problems += [f"{where}: {p}" for p in layout_problems(dialog)]
                    dialog.close()
                    if isinstance(dialog, QDialog):
                        dialog.deleteLater()
            assert not problems, "\n".join(problems)
        finally:
            await _close(window, services)

    run_async(scenario())


def test_settings_use_a_wide_window_and_the_models_list_is_as_tall_as_its_rows(qtbot, run_async, fake_env):
    from msdesk.ui.settings.provider_panel import CONTENT_MAX_WIDTH

    async def scenario():
        services, window = await _open_window(qtbot)
        try:
            window.resize(1920, 1080)
            window.show_page("settings")
            settings = window.page_content("settings")
            settings.select_provider("modelscope")
            await settle()
            column = settings.findChild(QWidget, "providerPanelColumn")
            room = settings.panel.viewport().width()
            # Not a narrow column with an empty half window beside it.
            assert column.width() >= min(CONTENT_MAX_WIDTH, room - 100), (column.width(), room)

            tree = settings.panel.models.tree
            rows = tree.topLevelItemCount()
            assert rows > 3
            last = tree.topLevelItem(rows - 1)
            last = last.child(last.childCount() - 1) if last.childCount() else last
            await until(lambda: tree.verticalScrollBar().maximum() == 0
                        and tree.visualItemRect(last).bottom() <= tree.viewport().height(),
                        message="the models list scrolls inside the page")
            # The page scrolls to the current row instead.
            tree.setCurrentItem(last)
            await settle()
            bottom = tree.viewport().mapTo(settings.panel.viewport(), tree.visualItemRect(last).bottomLeft())
            assert 0 <= bottom.y() <= settings.panel.viewport().height()
        finally:
            await _close(window, services)

    run_async(scenario())
