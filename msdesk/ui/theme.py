"""The window's colours and text size (Settings → General), applied before the first paint and live.

Theme: for a light or dark choice Qt's colour scheme
(``QStyleHints.setColorScheme``) is asked first, so a platform that draws its
own dark or light controls does; where the platform has no say (Fusion on
X11, off-screen), a palette of ours is set. "System" follows the platform's
palette, and its changes (``colorSchemeChanged``). The app's
own colours are written in its style sheets, HTML and paint code as the light
theme's hex values; :func:`color` and :func:`themed` give the value for the
scheme in use (``DARK`` maps each light value to its dark one), and a change
re-applies every widget's style sheet and tells :func:`notifier`'s listeners.

Text size: the application font is the system's scaled by the chosen per
cent, and ``font-size: <n>px`` in style sheets passed through :func:`themed`
is scaled alike; :func:`scaled` gives other sizes written in pixels (rows,
icons) at that size. Once a size other than 100 % is chosen, the widget style
is wrapped so its icon and check mark sizes follow too (``scaled_style``).

Only QtCore and QtGui are imported here (both are loaded before the first
paint anyway).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

#: Light value → dark value, for every colour the app writes itself.
DARK: dict[str, str] = {
    # shared accent and states (widgets/colors.py)
    "#4f5bd5": "#9aa3ff",
    "#1a7340": "#4cc38a",
    "#c0392b": "#ff8a80",
    "#8a5a00": "#e3b341",
    # warning banners
    "#fff4d6": "#3a3015",
    "#e8cf86": "#6b5a22",
    "#5b4500": "#f2d78a",
    "#fff8e1": "#362d12",
    "#6d5200": "#f2d78a",
    # error boxes and notes
    "#fdecea": "#3d1c19",
    "#f1b7b1": "#7a302a",
    "#7a1f17": "#ffb4ab",
    "#8a1c1c": "#ffb4ab",
    "#b3261e": "#ff8a80",
    "#b42318": "#ff8a80",
    "#b00020": "#ff8a80",
    # success badges
    "#e6f4ea": "#15321f",
    "#1e7e34": "#6fdc8c",
    "#b7dfc2": "#2f6b40",
    "#1f7a3d": "#5fd38d",
    # markdown, code and tags
    "#f1f3f5": "#2b3038",
    "#24292e": "#e6edf3",
    "#6a6a6a": "#9da5b0",
    "#1a6fd1": "#6cb6ff",
    "#0969da": "#6cb6ff",
    "#f6f8fa": "#161b22",
    "#e1e4e8": "#30363d",
    "#d0d7de": "#3d444d",
    "#57606a": "#a3adb8",
    "#eef1f5": "#2b3038",
    "#333333": "#e6e8eb",
    # chat
    "#e3e6ea": "#3a3f47",
    "#6a737d": "#a3adb8",
    "#f7f8fa": "#1c1f24",
    "#dbe7fb": "#24406e",
    "#1b1f24": "#f0f3f6",
    "#f6f7f9": "#23272e",
    "#eef4ff": "#1f2a40",
    # capability pills (background, text)
    "#e3edff": "#1f2d4d",
    "#1f56b3": "#a8c2ff",
    "#efe6ff": "#2e2447",
    "#6334b0": "#cfb0ff",
    "#fff0dc": "#3a2a14",
    "#9a5200": "#f0b46a",
    "#dff4f0": "#123530",
    "#10705f": "#6fd6c2",
    "#e4f4e1": "#1b3318",
    "#2c6f25": "#8fd884",
    "#fde6f0": "#3d1a2a",
    "#a12d63": "#f59ac4",
    "#eceff3": "#2d323a",
    "#475061": "#c2c9d4",
    # icons, switch, usage chart and quota colours
    "#5b6678": "#b0b8c6",
    "#8a90a0": "#9aa1b0",
    "#c3c8d4": "#4a505c",
    "#c62828": "#ff7b7b",
    "#8f5500": "#f0a848",
    "#8fa3d9": "#4d5f93",
    "#3f5fc7": "#9db0ff",
}

#: The palette set when the platform cannot draw the dark scheme itself (roles by name: Qt's
#: enums are made on first use, and the window's first paint does not need these).
DARK_PALETTE = {
    "Window": "#202329",
    "WindowText": "#e6e8eb",
    "Base": "#181a1f",
    "AlternateBase": "#262a31",
    "ToolTipBase": "#2b3038",
    "ToolTipText": "#e6e8eb",
    "PlaceholderText": "#9aa2ae",
    "Text": "#e6e8eb",
    "Button": "#2b2f36",
    "ButtonText": "#e6e8eb",
    "BrightText": "#ffffff",
    "Light": "#3a3f47",
    "Midlight": "#30353c",
    "Mid": "#4a505a",
    "Dark": "#121418",
    "Shadow": "#000000",
    "Highlight": "#2f5fb3",
    "HighlightedText": "#ffffff",
    "Link": "#6cb6ff",
    "LinkVisited": "#c9a8ff",
}
_DARK_DISABLED = "#7d8590"
#: Selection and muted text of a light palette that reads too faintly get these.
_LIGHT_HIGHLIGHT = "#2f62c4"
_LIGHT_PLACEHOLDER = "#646b75"
MIN_CONTRAST = 4.5

_HEX = re.compile(r"#[0-9a-fA-F]{6}\b")
_PX_FONT = re.compile(r"(font-size:\s*)(\d+(?:\.\d+)?)px")


class _Notifier(QObject):
    changed = Signal()


class _State:
    theme = "system"
    scale = 100
    dark = False
    base_font: QFont | None = None
    notifier: _Notifier | None = None
    watching = False
    scheme_set = False  # a light or dark scheme was asked of Qt
    palette_set = False  # the application palette is ours, not the platform's
    style_scaled = False  # the widget style's metrics follow the text size
    #: Style sheets as set (rendered) → as written (light, 100 %).
    sources: dict[str, str] = {}


def notifier() -> _Notifier:
    """Its ``changed`` signal fires after the theme or text size changed (repaint, re-render)."""
    if _State.notifier is None:
        _State.notifier = _Notifier()
    return _State.notifier


def is_dark() -> bool:
    """True while the window is drawn in the dark scheme."""
    return _State.dark


def font_scale() -> int:
    """The text size in use, in per cent of the system's (Settings → General)."""
    return _State.scale


def scaled(px: float) -> int:
    """A size written for 100 % (a row's height, an icon's side) at the text size in use."""
    return round(px * _State.scale / 100)


def color(light: str) -> str:
    """The colour written as ``light`` (a light theme's ``#rrggbb``) for the scheme in use."""
    return DARK.get(light.lower(), light) if _State.dark else light


def qcolor(light: str) -> QColor:
    return QColor(color(light))


_COLOR_PROPERTY = "msdeskColor_"


def set_color(widget: QWidget, light: str, role: QPalette.ColorRole) -> None:
    """Give ``widget``'s palette ``role`` the colour ``light`` stands for, now and after a change."""
    widget.setProperty(f"{_COLOR_PROPERTY}{role.value}", light)
    palette = widget.palette()
    palette.setColor(role, QColor(color(light)))
    widget.setPalette(palette)


def clear_color(widget: QWidget, role: QPalette.ColorRole) -> None:
    """Stop following the theme for ``role`` (the caller sets the palette itself)."""
    widget.setProperty(f"{_COLOR_PROPERTY}{role.value}", None)


def _recolor(widget: QWidget) -> None:
    for name in widget.dynamicPropertyNames():
        key = bytes(name.data()).decode()
        if key.startswith(_COLOR_PROPERTY):
            role = QPalette.ColorRole(int(key[len(_COLOR_PROPERTY):]))
            set_color(widget, str(widget.property(key)), role)


def themed(text: str) -> str:
    """A style sheet written for the light theme at 100 %, for the theme and size in use.

    What it gives is remembered with what it was given, so a later change starts
    again from the original.
    """
    out = themed_html(text)
    if out != text:
        _State.sources[out] = _State.sources.get(text, text)
    return out


def themed_html(text: str) -> str:
    """Like :func:`themed`, for HTML (which is rendered once and not kept)."""
    out = text
    if _State.dark:
        out = _HEX.sub(lambda m: DARK.get(m.group(0).lower(), m.group(0)), out)
    if _State.scale != 100:
        scale = _State.scale / 100

        def scaled(m: re.Match[str]) -> str:
            return f"{m.group(1)}{round(float(m.group(2)) * scale)}px"

        out = _PX_FONT.sub(scaled, out)
    return out


def relative_luminance(colour: QColor | str) -> float:
    # QColor(QColor) would build PySide6's Qt namespace (its overloads take Qt.GlobalColor).
    c = colour if isinstance(colour, QColor) else QColor(colour)

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())


def contrast_ratio(foreground: QColor | str, background: QColor | str) -> float:
    """WCAG 2 contrast ratio of two opaque colours (1 to 21); text needs 4.5."""
    a, b = relative_luminance(foreground), relative_luminance(background)
    return (max(a, b) + 0.05) / (min(a, b) + 0.05)


def dark_palette() -> QPalette:
    palette = QPalette()
    for name, value in DARK_PALETTE.items():
        role = getattr(QPalette.ColorRole, name)
        palette.setColor(role, QColor(value))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(_DARK_DISABLED))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Highlight, QColor("#3a3f47"))
    return palette


def _make_readable(palette: QPalette) -> bool:
    """Raise a light palette's selection and muted text to a 4.5:1 contrast; True if it changed.

    Changed in place: QPalette's copy constructor would build PySide6's Qt namespace.
    """
    changed = False
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        text = palette.color(group, QPalette.ColorRole.HighlightedText)
        if contrast_ratio(text, palette.color(group, QPalette.ColorRole.Highlight)) < MIN_CONTRAST:
            palette.setColor(group, QPalette.ColorRole.Highlight, QColor(_LIGHT_HIGHLIGHT))
            palette.setColor(group, QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
            changed = True
        window = palette.color(group, QPalette.ColorRole.Window)
        placeholder = _flatten(palette.color(group, QPalette.ColorRole.PlaceholderText), window)
        if contrast_ratio(placeholder, window) < MIN_CONTRAST:
            palette.setColor(group, QPalette.ColorRole.PlaceholderText, QColor(_LIGHT_PLACEHOLDER))
            changed = True
    return changed


def _flatten(colour: QColor, background: QColor) -> QColor:
    """A translucent colour as it shows over ``background``."""
    alpha = colour.alphaF()
    return QColor.fromRgbF(
        colour.redF() * alpha + background.redF() * (1 - alpha),
        colour.greenF() * alpha + background.greenF() * (1 - alpha),
        colour.blueF() * alpha + background.blueF() * (1 - alpha),
    )


def _palette_is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def apply_theme(theme: str) -> None:
    """"system", "light" or "dark": the scheme, the palette and every style sheet."""
    if QGuiApplication.instance() is None:
        return
    _State.theme = theme if theme in ("system", "light", "dark") else "system"
    hints = QGuiApplication.styleHints()
    if not _State.watching:
        hints.colorSchemeChanged.connect(_system_scheme_changed)
        _State.watching = True
    # Asking Qt for or about a scheme builds PySide6's whole Qt namespace (some 25 ms):
    # "system" at start needs neither, the platform's palette says light or dark.
    if _State.theme != "system" or _State.scheme_set:
        from PySide6.QtCore import Qt

        scheme = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}.get(
            _State.theme, Qt.ColorScheme.Unknown
        )
        _applying[0] = True  # this change of scheme is ours, not the system's
        try:
            hints.setColorScheme(scheme)
        finally:
            _applying[0] = False
        _State.scheme_set = _State.theme != "system"
        QGuiApplication.setPalette(QPalette())  # the platform's own palette for that scheme
    elif _State.palette_set:
        QGuiApplication.setPalette(QPalette())
    platform = QGuiApplication.palette()
    dark = _palette_is_dark(platform) if _State.theme == "system" else _State.theme == "dark"
    _State.palette_set = False
    if dark and not _palette_is_dark(platform):
        QGuiApplication.setPalette(dark_palette())
        _State.palette_set = True
    elif not dark:
        light = _fusion_light() if _palette_is_dark(platform) else platform
        if _make_readable(light) or light is not platform:
            QGuiApplication.setPalette(light)
            _State.palette_set = True
    _State.dark = dark
    _refresh()


def _fusion_light() -> QPalette:
    from PySide6.QtWidgets import QStyleFactory

    style = QStyleFactory.create("Fusion")
    return style.standardPalette() if style is not None else QPalette(QColor("#efefef"))


_applying = [False]


def _system_scheme_changed(_scheme: object) -> None:
    """The OS switched between light and dark: followed when the choice is "system"."""
    if _State.theme == "system" and not _applying[0]:
        apply_theme("system")


def apply_font_scale(percent: int) -> None:
    """The application font at ``percent`` of the system's (90–200), every sheet's sizes alike."""
    if QGuiApplication.instance() is None:
        return
    _set_font_scale(percent)
    _refresh()


def apply(theme: str, scale: int) -> None:
    """Both settings at once, as the app starts (before any widget exists)."""
    if QGuiApplication.instance() is None:
        return
    if scale != 100 or _State.scale != 100:
        _set_font_scale(scale)
    apply_theme(theme)


def _set_font_scale(percent: int) -> None:
    if _State.base_font is None:
        _State.base_font = QFont(QGuiApplication.font())
    _State.scale = max(50, min(300, int(percent)))
    if _State.scale != 100:
        _scale_style_metrics()
    font = QFont(_State.base_font)
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * _State.scale / 100)
    elif font.pixelSize() > 0:
        font.setPixelSize(round(font.pixelSize() * _State.scale / 100))
    QGuiApplication.setFont(font)


def _scale_style_metrics() -> None:
    """Have the widget style's icons and check marks follow the text size (once a size other than
    100 % is chosen: at 100 % the platform's style is left alone)."""
    from PySide6.QtWidgets import QApplication

    app = QGuiApplication.instance()
    if not isinstance(app, QApplication) or _State.style_scaled:
        return
    from msdesk.ui.scaled_style import ScaledStyle

    QApplication.setStyle(ScaledStyle(QApplication.style().name()))
    _State.style_scaled = True


def _refresh() -> None:
    """Every widget's style sheet again for the theme and size in use; then ``changed``."""
    from PySide6.QtWidgets import QApplication

    if not isinstance(QGuiApplication.instance(), QApplication):
        return
    for widget in QApplication.allWidgets():
        _recolor(widget)
        sheet = widget.styleSheet()
        if not sheet:
            continue
        source = _State.sources.get(sheet, sheet)
        rendered = themed(source)
        if rendered != sheet:
            widget.setStyleSheet(rendered)
        else:
            # palette(...) roles in the sheet are read when it is applied.
            widget.style().unpolish(widget)
            widget.style().polish(widget)
        widget.update()
    notifier().changed.emit()
