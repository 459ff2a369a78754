"""Settings → General with real widgets: theme and text size live, the language saved with a restart."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QStyle, QWidget

from msdesk.core.appearance import AppearanceSettings, read_appearance
from msdesk.core.paths import AppPaths
from msdesk.core.services import Services
from msdesk.core.settings import SettingsStore
from msdesk.ui import restart, theme
from msdesk.ui.markdown_html import DARK_CODE_STYLE, LIGHT_CODE_STYLE, highlight_compact
from msdesk.ui.quota.status_item import AMBER
from msdesk.ui.settings.model_rows import _PILL_OTHER, PILL_COLOURS
from msdesk.ui.settings.page import SettingsPage
from msdesk.ui.single_instance import InstanceLock
from msdesk.ui.widgets.colors import ACCENT, ERROR_COLOR, OK_COLOR, WARN_COLOR
from tests.conftest import until

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)\(\)")


@pytest.fixture(autouse=True)
def _system_appearance(qapp):
    """Every test starts and ends with the system's theme at 100 %."""
    theme.apply("system", 100)
    yield
    theme.apply("system", 100)
    restart.clear()


def choose(combo, value) -> None:
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)


def saved_appearance(services: Services) -> dict:
    services.settings_store.flush()
    return json.loads(services.paths.settings_file.read_text(encoding="utf-8"))["appearance"]


async def open_page(qtbot, services: Services) -> SettingsPage:
    page = SettingsPage(services)
    page.resize(1000, 700)
    page.show()
    qtbot.mouseClick(page.general_button, Qt.MouseButton.LeftButton)
    assert page.general.isVisible()
    return page


async def close_page(page: QWidget) -> None:
    page.hide()
    page.deleteLater()
    await until(lambda: not shiboken6.isValid(page), message="the page was not deleted")


def shown_colour(label: QLabel):
    label.ensurePolished()
    return label.palette().color(QPalette.ColorRole.WindowText)


def test_dark_turns_the_window_dark_and_light_brings_it_back(qtbot, run_async):
    async def scenario():
        services = await Services.open()
        try:
            page = await open_page(qtbot, services)
            error = page.general.error  # coloured by the section's style sheet
            assert shown_colour(error).name() == ERROR_COLOR
            light_window = page.palette().color(QPalette.ColorRole.Window)
            assert light_window.lightness() > 128

            choose(page.general.theme_combo, "dark")
            await until(lambda: page.palette().color(QPalette.ColorRole.Window).lightness() < 80,
                        message="the window did not turn dark")
            window = page.palette().color(QPalette.ColorRole.Window)
            text = page.palette().color(QPalette.ColorRole.WindowText)
            assert theme.contrast_ratio(text, window) >= 4.5
            # A colour from a style sheet follows: readable on the dark window.
            red = shown_colour(error)
            assert red.name() != ERROR_COLOR
            assert theme.contrast_ratio(red, window) >= 4.5
            assert saved_appearance(services)["theme"] == "dark"
            # What is built later is dark from the start.
            later = SettingsPage(services)
            assert shown_colour(later.general.error) == red
            later.deleteLater()

            choose(page.general.theme_combo, "light")
            await until(lambda: page.palette().color(QPalette.ColorRole.Window).lightness() > 128,
                        message="the window did not turn light again")
            assert shown_colour(error).name() == ERROR_COLOR
            assert saved_appearance(services)["theme"] == "light"
            await close_page(page)
        finally:
            await services.aclose()

    run_async(scenario())


def test_text_size_150_enlarges_the_app_font_and_style_sheet_sizes(qtbot, run_async):
    async def scenario():
        services = await Services.open()
        try:
            page = await open_page(qtbot, services)
            base = QApplication.font().pointSizeF()
            title = page.findChild(QLabel, "providerPaneTitle")  # font-size: 16px in its sheet
            title.ensurePolished()
            assert title.font().pixelSize() == 16
            label_size = page.general.restart_note.font().pointSizeF()

            choose(page.general.scale_combo, 150)
            assert QApplication.font().pointSizeF() == pytest.approx(base * 1.5)
            await until(lambda: page.general.restart_note.font().pointSizeF() > label_size,
                        message="the labels kept their size")
            assert page.general.restart_note.font().pointSizeF() == pytest.approx(label_size * 1.5)
            title.ensurePolished()
            assert title.font().pixelSize() == 24
            assert saved_appearance(services)["font_scale"] == 150

            choose(page.general.scale_combo, 100)
            assert QApplication.font().pointSizeF() == pytest.approx(base)
            title.ensurePolished()
            assert title.font().pixelSize() == 16
            await close_page(page)
        finally:
            await services.aclose()

    run_async(scenario())


def test_text_size_200_lays_the_page_out_again_with_larger_rows_icons_and_list(qtbot, run_async):
    """A live change of text size re-measures what was sized in pixels: the provider rows hold
    their two lines, the icons grow with the text, the list is as wide as its buttons' names."""
    async def scenario():
        services = await Services.open()
        try:
            page = await open_page(qtbot, services)
            rows = page.list.list
            add = page.list.add_button
            await until(lambda: rows.count() > 0, message="no providers listed")
            height_before = rows.visualItemRect(rows.item(0)).height()
            assert add.iconSize().width() == 16
            mark = QApplication.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth)

            choose(page.general.scale_combo, 200)
            line = rows.fontMetrics().height()
            await until(lambda: rows.visualItemRect(rows.item(0)).height() >= 2 * line,
                        message="the provider rows kept their height")
            assert rows.visualItemRect(rows.item(0)).height() > height_before
            assert add.iconSize().width() == 32
            # Check boxes' marks and the icons Qt sizes itself (a search box's) grow alike.
            assert QApplication.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth) == 2 * mark
            assert page.network_button.width() >= page.network_button.sizeHint().width()
            assert add.width() >= add.sizeHint().width()

            choose(page.general.scale_combo, 100)
            assert add.iconSize().width() == 16
            assert QApplication.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth) == mark
            await until(lambda: rows.visualItemRect(rows.item(0)).height() == height_before,
                        message="the provider rows did not come back to their size")
            await close_page(page)
        finally:
            await services.aclose()

    run_async(scenario())


def test_a_larger_text_size_keeps_the_dark_theme(qapp):
    """Scaling the style's metrics (a new widget style) leaves the chosen colours alone."""
    theme.apply("dark", 100)
    window = QGuiApplication.palette().color(QPalette.ColorRole.Window)
    theme.apply_font_scale(200)
    assert theme.is_dark()
    assert QGuiApplication.palette().color(QPalette.ColorRole.Window) == window
    assert window.lightness() < 128


def test_language_is_saved_and_a_restart_offered(qtbot, run_async):
    async def scenario():
        from msdesk.ui.main_window import MainWindow

        services = await Services.open()
        try:
            window = MainWindow()
            window.defer_close(True)  # as the running app does: closing is reported, not done
            page = SettingsPage(services)
            page.setParent(window)
            window.show()
            qtbot.mouseClick(page.general_button, Qt.MouseButton.LeftButton)
            general = page.general
            combo = general.language_combo
            assert combo.itemData(0) == "system" and "English" in combo.itemText(0)
            assert [combo.itemText(i) for i in range(1, combo.count())] == [
                "English", "简体中文", "Русский"]
            assert not general.restart_button.isVisible()

            choose(combo, "ru")
            assert saved_appearance(services)["language"] == "ru"
            assert general.restart_button.isVisible() and general.restart_note.isVisible()
            choose(combo, "en")  # the language shown now: nothing to restart for
            assert not general.restart_button.isVisible()
            choose(combo, "zh_CN")
            assert general.restart_button.isVisible()

            closing: list[bool] = []
            window.closing.connect(lambda: closing.append(True))
            assert not restart.requested()
            qtbot.mouseClick(general.restart_button, Qt.MouseButton.LeftButton)
            assert closing == [True] and restart.requested()
            window.hide()  # not closed: the last window closing would end the test's loop
            window.deleteLater()
            await until(lambda: not shiboken6.isValid(window), message="the window was not deleted")
        finally:
            await services.aclose()

    run_async(scenario())


def test_a_restart_starts_the_same_program_after_the_lock_is_released(monkeypatch, qapp):
    import msdesk.ui.app as app_module

    started: list[list[str]] = []
    lock_free: list[bool] = []

    def fake_popen(command, **_options):
        started.append(list(command))
        probe = InstanceLock(AppPaths.default().data_dir)
        lock_free.append(probe.acquire())
        probe.release()

    def fake_main(_args):
        assert not InstanceLock(AppPaths.default().data_dir).acquire()  # main() holds it
        restart._requested[0] = True  # what the window's closing does after "Restart now"
        return 0

    monkeypatch.setattr(subprocess, "Popen", fake_popen)
    monkeypatch.setattr(app_module, "_main", fake_main)
    monkeypatch.setattr(sys, "orig_argv", ["python3", "-m", "msdesk.ui.app", "--flag"])
    assert app_module.main(["--flag"]) == 0
    assert started == [[sys.executable, "-m", "msdesk.ui.app", "--flag"]]
    assert lock_free == [True]
    assert not restart.requested()

    # No restart asked: nothing is started.
    monkeypatch.setattr(app_module, "_main", lambda _args: 0)
    assert app_module.main([]) == 0
    assert len(started) == 1

    # A frozen app starts its executable with the same arguments.
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", "/opt/msdesk/msdesk")
    monkeypatch.setattr(sys, "argv", ["/opt/msdesk/msdesk", "--flag"])
    assert restart.command() == ["/opt/msdesk/msdesk", "--flag"]


def _over(colour: str, alpha: float, background: str) -> str:
    """``colour`` at ``alpha`` as it shows over ``background``."""
    translucent = QColor(colour)
    translucent.setAlphaF(alpha)
    return theme._flatten(translucent, QColor(background)).name()


def _pairs() -> list[tuple[str, str, str]]:
    """(what, text colour, background) as the app shows them, for the theme in use."""
    palette = QGuiApplication.palette()
    role = QPalette.ColorRole

    def p(r: QPalette.ColorRole) -> str:
        return palette.color(r).name()

    window, base = p(role.Window), p(role.Base)
    c = theme.color
    pairs = [
        ("window text", p(role.WindowText), window),
        ("text", p(role.Text), base),
        ("buttons", p(role.ButtonText), p(role.Button)),
        ("selection", p(role.HighlightedText), p(role.Highlight)),
        ("muted on window", p(role.PlaceholderText), window),
        ("muted on fields", p(role.PlaceholderText), base),
        ("links", c("#1a6fd1"), base),
        ("error links", c("#0969da"), base),
        ("banner", c("#5b4500"), c("#fff4d6")),
        ("undo bar", c("#6d5200"), c("#fff8e1")),
        ("error box", c("#7a1f17"), c("#fdecea")),
        ("error status", c("#8a1c1c"), c("#fdecea")),
        ("API-Inference badge", c("#1e7e34"), c("#e6f4ea")),
        ("tags", c("#333333"), c("#eef1f5")),
        ("code", c("#24292e"), c("#f6f8fa")),
        ("inline code", c("#24292e"), c("#f1f3f5")),
        ("code header", c("#57606a"), base),
        ("thinking", c("#57606a"), c("#f6f7f9")),
        ("muted chat text", c("#6a737d"), base),
        ("chat list", c("#6a737d"), c("#f7f8fa")),
        ("selected chat", c("#1b1f24"), c("#dbe7fb")),
        ("your message", p(role.Text), c("#eef4ff")),
        ("quotes", c("#6a6a6a"), base),
        ("status: low", c(AMBER.name()), window),
        ("status: out", c("#c62828"), window),
        ("notice error", c("#b42318"), base),
        ("field error", c("#b3261e"), base),
        ("add result", c("#b00020"), window),
        ("icons", c("#5b6678"), base),
        ("model list: muted text, selected", _over(p(role.HighlightedText), 0.85, p(role.Highlight)),
         p(role.Highlight)),
        ("model list: API badge", "#ffffff", "#1d7a49"),
        ("model list: API badge, selected", "#ffffff", _over("#000000", 70 / 255, p(role.Highlight))),
        ("rail", "#b8c0d0", "#1e2430"),
        ("rail version", "#8d97aa", "#1e2430"),
        ("rail selected", "#ffffff", "#343c52"),
    ]
    for what, colour in (("accent", ACCENT), ("ok", OK_COLOR), ("error", ERROR_COLOR), ("warning", WARN_COLOR)):
        pairs.append((what, c(colour), window))
        pairs.append((f"{what} on fields", c(colour), base))
    for cap, (background, text) in [*PILL_COLOURS.items(), ("other", _PILL_OTHER)]:
        pairs.append((f"{cap} pill", c(text), c(background)))
    return pairs


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_text_contrast_is_at_least_4_5_to_1(scheme, qapp):
    theme.apply_theme(scheme)
    assert theme.is_dark() == (scheme == "dark")
    low = [
        f"{what}: {fg} on {bg} = {theme.contrast_ratio(fg, bg):.2f}"
        for what, fg, bg in _pairs()
        if theme.contrast_ratio(fg, bg) < 4.5
    ]
    assert low == []


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_code_colours_are_readable_on_the_code_background(scheme, qapp):
    from pygments.styles import get_style_by_name
    from pygments.token import Keyword, Whitespace

    theme.apply_theme(scheme)
    style = get_style_by_name(DARK_CODE_STYLE if scheme == "dark" else LIGHT_CODE_STYLE)
    background = theme.color("#f6f8fa")
    low = [
        f"{token}: #{values['color']}"
        for token, values in style
        # Whitespace is drawn as blank space: its colour is never seen.
        if values["color"] and token not in Whitespace
        and theme.contrast_ratio(f"#{values['color']}", background) < 4.5
    ]
    assert low == []
    # The code as the chat draws it uses that style.
    coloured = highlight_compact("def f():\n    return 1\n", "python")
    keyword = style.style_for_token(Keyword)
    assert f"#{keyword['color']}".lower() in coloured.lower()


def test_appearance_round_trips_through_the_settings_file(tmp_path):
    store = SettingsStore(tmp_path / "settings.json")
    store.load()
    store.update(lambda s: setattr(s, "appearance", AppearanceSettings("ru", "dark", 130)))
    store.flush()
    again = SettingsStore(tmp_path / "settings.json")
    assert again.load().appearance == AppearanceSettings("ru", "dark", 130)
    assert again.warnings == []
    assert read_appearance(tmp_path / "settings.json") == AppearanceSettings("ru", "dark", 130)


def test_a_bad_appearance_value_is_reported_and_defaults_are_used(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({
        "version": 1,
        "appearance": {"language": "ru", "theme": "purple", "font_scale": 123},
    }), encoding="utf-8")
    # Before the first paint: what can be used is, the rest is the default.
    assert read_appearance(path) == AppearanceSettings("ru", "system", 100)
    store = SettingsStore(path)
    settings = store.load()
    assert settings.appearance == AppearanceSettings("ru", "system", 100)
    [warning] = store.warnings
    assert "appearance.theme" in warning and "appearance.font_scale" in warning


def test_the_saved_theme_and_text_size_apply_before_the_window_is_built(qapp):
    from msdesk.ui.app import apply_appearance

    settings_file = AppPaths.default().settings_file
    settings_file.parent.mkdir(parents=True, exist_ok=True)
    settings_file.write_text(json.dumps({
        "version": 1, "appearance": {"language": "en", "theme": "dark", "font_scale": 130},
    }), encoding="utf-8")
    base = QApplication.font().pointSizeF()
    apply_appearance()
    assert theme.is_dark() and theme.font_scale() == 130
    assert QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 80
    assert QApplication.font().pointSizeF() == pytest.approx(base * 1.3)


def test_a_shown_answer_takes_the_new_themes_code_colours(qtbot):
    from msdesk.ui.chat.message_text import MessageText

    text = MessageText()
    qtbot.addWidget(text)
    text.set_markdown("Sorted:\n\n```python\nx = sorted(y)\n```\n")
    assert "#f6f8fa" in text.toHtml()
    theme.apply_theme("dark")
    html = text.toHtml()
    assert "#f6f8fa" not in html and theme.color("#f6f8fa") in html
    assert text.markdown() == "Sorted:\n\n```python\nx = sorted(y)\n```\n"
    theme.apply_theme("light")
    assert "#f6f8fa" in text.toHtml()
