"""The main window: a navigation rail on the left, one page per section.

The pages are placeholders for now; each says what it will hold. The window
knows nothing about the services: ``msdesk.ui.app`` opens them in the running
loop and hands the window what it needs to show (status, warnings).

Start-up speed: nothing here touches the ``Qt`` namespace (``Qt.AlignmentFlag``
and friends) before the first paint, because PySide6 builds all of that
namespace's enums on first use, which costs about as much as creating the
window. Alignment and tool-button style come from the style sheet; the rest
waits for ``_after_first_paint``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings, QSize, QTimer, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from msdesk.core.i18n import translate
from msdesk.ui.theme import themed

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent, QPainter, QPaintEvent


class Section(NamedTuple):
    key: str  # also the page's settings value and the nav button's objectName suffix
    label: str
    summary: str
    coming: tuple[str, ...]


def sections() -> tuple[Section, ...]:
    """The window's pages, in the rail's order, with their text in the user's language."""
    return (
        Section(
            "chat",
            translate("ui.main_window", "Chat"),
            translate("ui.main_window", "Talk to the models that ModelScope serves through API-Inference."),
            (
                translate("ui.main_window", "Conversations listed on the left, the open one on the right"),
                translate("ui.main_window", "Answers stream in as they are written, and Stop halts them at once"),
                translate("ui.main_window", "Pick the model for each conversation from the ones API-Inference serves"),
            ),
        ),
        Section(
            "models",
            translate("ui.main_window", "Models"),
            translate("ui.main_window", "Browse the ModelScope model library."),
            (
                translate("ui.main_window", "Search by name, task and organisation"),
                translate("ui.main_window", "A filter for the models API-Inference can run"),
                translate("ui.main_window", "Open a model card, or start a chat with the model"),
            ),
        ),
        Section(
            "settings",
            translate("ui.main_window", "Settings"),
            translate("ui.main_window", "Your ModelScope access token and how msdesk behaves."),
            (
                translate("ui.main_window", "The access token, kept in the system keychain, never in a plain file"),
                translate("ui.main_window", "A check that the token works, and how much of today's quota is left"),
                translate("ui.main_window", "Default model, request timeouts and where the logs are"),
            ),
        ),
    )

RAIL_WIDTH = 92
ICON_SIZE = QSize(26, 26)
_RAIL_BG = "#1e2430"

_STYLE = f"""
#navRail {{ background: {_RAIL_BG}; }}
#navRail QToolButton {{
    qproperty-toolButtonStyle: ToolButtonTextUnderIcon;
    color: #b8c0d0; background: transparent; border: none; border-radius: 10px;
    padding: 8px 2px 6px 2px; margin: 0 8px; font-size: 12px;
}}
#navRail QToolButton:hover {{ background: #2b3343; color: #ffffff; }}
#navRail QToolButton:checked {{ background: #343c52; color: #ffffff; font-weight: 600; }}
#navRail QToolButton:focus {{ outline: none; border: 1px solid #7f8bff; }}
#brand {{ qproperty-alignment: AlignCenter; color: #ffffff; font-size: 15px; font-weight: 700; padding: 18px 0 14px 0; }}
#railVersion {{ qproperty-alignment: AlignCenter; color: #8d97aa; font-size: 10px; padding-bottom: 10px; }}
#pageTitle {{ font-size: 26px; font-weight: 600; }}
#pageSummary {{ font-size: 15px; }}
#pageComing {{ font-size: 13px; font-weight: 600; }}
#pageComingItem {{ font-size: 13px; color: palette(placeholder-text); }}
#pageCard {{
    border: 1px solid palette(mid); border-radius: 12px; background: palette(base);
}}
QStatusBar#statusBar {{ border-top: 1px solid palette(midlight); }}
#banner {{ background: #fff4d6; border-bottom: 1px solid #e8cf86; }}
#banner QLabel {{ color: #5b4500; }}
#banner QToolButton {{ border: none; color: #5b4500; font-size: 14px; padding: 2px 6px; }}
"""


def _rail_width(labels: list[str]) -> int:
    """``RAIL_WIDTH``, or wider where a page's name or icon needs it (the bold 12 px of a checked
    button at the text size in use, the buttons' 8 px margins and 2 px padding each side)."""
    from PySide6.QtGui import QFont, QFontMetrics

    from msdesk.ui.theme import font_scale

    font = QFont()
    font.setPixelSize(round(12 * font_scale() / 100))
    font.setWeight(QFont.Weight.DemiBold)
    metrics = QFontMetrics(font)
    widest = max((metrics.horizontalAdvance(label) for label in labels), default=0)
    # At a larger text size the rail grows as its names and icons need, not in step with the
    # text: the pages need the room more.
    inset = 2 * (8 + 2) + 8
    return max(RAIL_WIDTH, widest + inset, round(ICON_SIZE.width() * font_scale() / 100) + inset)


def _icon_size() -> QSize:
    """``ICON_SIZE`` at the text size in use."""
    from msdesk.ui.theme import scaled

    return QSize(scaled(ICON_SIZE.width()), scaled(ICON_SIZE.height()))


def _paint_nav_icon(p: QPainter, size: float, kind: str, color: str) -> None:
    """Draw a rail icon into a square of ``size``; vector drawing avoids shipping image files.

    Called after the first paint: QPainter.setPen is one of the calls that
    make PySide6 build the whole ``Qt`` namespace.
    """
    from PySide6.QtCore import QPointF, QRectF
    from PySide6.QtGui import QPainterPath, QPen

    s = float(size)
    k = s / 26  # drawn for 26 px
    p.setPen(QPen(QColor(color), 1.8 * k))
    if kind == "chat":
        path = QPainterPath()
        path.addRoundedRect(QRectF(s * 0.14, s * 0.18, s * 0.72, s * 0.5), 5 * k, 5 * k)
        tail = QPainterPath()
        tail.moveTo(s * 0.32, s * 0.66)
        tail.lineTo(s * 0.28, s * 0.84)
        tail.lineTo(s * 0.48, s * 0.68)
        p.drawPath(path.united(tail))
        p.setBrush(QColor(color))
        for x in (0.36, 0.5, 0.64):
            p.drawEllipse(QPointF(s * x, s * 0.43), 1.1 * k, 1.1 * k)
    elif kind == "models":
        cell = s * 0.3
        for cx, cy in ((0.17, 0.17), (0.53, 0.17), (0.17, 0.53), (0.53, 0.53)):
            p.drawRoundedRect(QRectF(s * cx, s * cy, cell, cell), 3 * k, 3 * k)
    else:  # settings: a gear
        p.translate(s / 2, s / 2)
        for _ in range(8):
            p.drawLine(QPointF(0, -s * 0.26), QPointF(0, -s * 0.38))
            p.rotate(45)
        p.drawEllipse(QPointF(0, 0), s * 0.25, s * 0.25)
        p.drawEllipse(QPointF(0, 0), s * 0.09, s * 0.09)


def _icon(kind: str) -> QIcon:
    """A rail icon, drawn at the size and pixel ratio the button asks for."""
    from msdesk.ui.icons import vector_icon

    muted, bright = "#b8c0d0", "#ffffff"
    return vector_icon(
        lambda painter, side, color: _paint_nav_icon(painter, side, kind, color),
        {
            (QIcon.Mode.Normal, QIcon.State.Off): muted,
            (QIcon.Mode.Active, QIcon.State.Off): bright,
            (QIcon.Mode.Normal, QIcon.State.On): bright,
            (QIcon.Mode.Active, QIcon.State.On): bright,
        },
    )


def _blank_icon() -> QIcon:
    """Holds the icons' place until they are drawn, so nothing moves."""
    pix = QPixmap(ICON_SIZE)
    pix.fill(QColor(0, 0, 0, 0))
    return QIcon(pix)


class PlaceholderPage(QWidget):
    """A page that says what it will hold."""

    def __init__(self, section: Section, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"placeholder{section.key.capitalize()}")

        title = QLabel(section.label, objectName="pageTitle")
        summary = QLabel(section.summary, objectName="pageSummary", wordWrap=True)

        card = QFrame(objectName="pageCard")
        card_layout = QVBoxLayout(card)
        card_layout.setContentsMargins(20, 16, 20, 18)
        card_layout.setSpacing(8)
        card_layout.addWidget(QLabel(translate("ui.main_window", "Coming here"), objectName="pageComing"))
        for line in section.coming:
            card_layout.addWidget(QLabel(
                translate("ui.main_window", "•  {item}", "a bulleted list item").format(item=line),
                objectName="pageComingItem", wordWrap=True))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 36, 40, 36)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(summary)
        layout.addSpacing(14)
        layout.addWidget(card)
        layout.addStretch(1)
        card.setMaximumWidth(720)
        summary.setMaximumWidth(720)


def _page_slot(section: Section) -> QWidget:
    """Where a page goes; its content is built when first needed.

    Only the page shown first is built before the first paint; each other page
    is built on its first visit.
    """
    slot = QWidget(objectName=f"page{section.key.capitalize()}")
    slot.setAccessibleName(translate("ui.main_window", "{page} page").format(page=section.label))
    layout = QVBoxLayout(slot)
    layout.setContentsMargins(0, 0, 0, 0)
    return slot


DEFAULT_WIDTH, DEFAULT_HEIGHT = 1100, 720  # a first start's window (see _default_size)


class MainWindow(QMainWindow):
    """The top-level window.

    Signals:
        firstPainted: emitted once, while the window paints for the first time.
        closing: emitted when the user closes the window; the app then quits.
        pageChanged(str): the key of the page now shown.
    """

    firstPainted = Signal()
    closing = Signal()
    pageChanged = Signal(str)

    def __init__(self, settings: QSettings | None = None, version: str = "") -> None:
        super().__init__()
        self._settings = settings
        self.has_painted = False
        self.close_requested = False
        self._defer_close = False
        self.setObjectName("mainWindow")
        self.setWindowTitle("msdesk")
        self.setMinimumSize(QSize(720, 480))
        self.setStyleSheet(themed(_STYLE))

        self._pages = QStackedWidget(objectName="pages")
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self._keys: list[str] = []
        self._factories: dict[str, Callable[[], QWidget]] = {}

        self._sections = sections()
        rail_width = _rail_width([section.label for section in self._sections])
        rail = self._rail = QFrame(objectName="navRail")
        rail.setFixedWidth(rail_width)
        rail.setAccessibleName(translate("ui.main_window", "Navigation"))
        rail_layout = QVBoxLayout(rail)
        rail_layout.setContentsMargins(0, 0, 0, 0)
        rail_layout.setSpacing(6)
        rail_layout.addWidget(QLabel("msdesk", objectName="brand"))

        blank = _blank_icon()
        for index, section in enumerate(self._sections):
            button = QToolButton(objectName=f"nav{section.key.capitalize()}")
            button.setText(section.label)
            button.setIcon(blank)
            button.setIconSize(_icon_size())
            button.setCheckable(True)
            button.setFixedWidth(rail_width)  # the style sheet's margins inset it
            button.setAccessibleName(section.label)
            button.setAccessibleDescription(translate("ui.main_window", "Show the {page} page").format(page=section.label))
            button.setToolTip(translate("ui.main_window", "{page}  ({shortcut})").format(
                page=section.label, shortcut=f"Ctrl+{index + 1}"))
            self._group.addButton(button, index)
            rail_layout.addWidget(button)
            self._pages.addWidget(_page_slot(section))
            self._keys.append(section.key)
        rail_layout.addStretch(1)
        self.help_button = QToolButton(objectName="navHelp")
        self.help_button.setText(translate("ui.main_window", "Help"))
        self.help_button.setAccessibleName(translate("ui.main_window", "Help"))
        self.help_button.setToolTip(translate("ui.main_window", "Keyboard shortcuts (F1), about msdesk"))
        self.help_button.setFixedWidth(rail_width)
        self.help_button.clicked.connect(self._help_menu)
        rail_layout.addWidget(self.help_button)
        self._version = version
        if version:
            rail_layout.addWidget(QLabel(f"v{version}", objectName="railVersion"))
        self._group.idToggled.connect(self._on_nav_toggled)

        self._banner: QFrame | None = None  # built when there is something to say
        self._banner_text: QLabel | None = None

        content = QWidget(objectName="content")
        self._content_layout = QVBoxLayout(content)
        self._content_layout.setContentsMargins(0, 0, 0, 0)
        self._content_layout.setSpacing(0)
        self._content_layout.addWidget(self._pages, 1)

        central = QWidget(objectName="central")
        central_layout = QHBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        central_layout.addWidget(rail)
        central_layout.addWidget(content, 1)
        self.setCentralWidget(central)

        self.statusBar().setObjectName("statusBar")
        self.statusBar().setSizeGripEnabled(True)
        self._status_text = ""  # the whole of the status line, however much of it fits
        self._status_timer = QTimer(self, singleShot=True)
        self._status_timer.timeout.connect(lambda: self.set_status(""))
        self.statusBar().installEventFilter(self)

        self._restore()

    # -- navigation ---------------------------------------------------------

    def nav_button(self, key: str) -> QToolButton:
        """The rail button for the page ``key`` ("chat", "models", "settings")."""
        return self._group.button(self._keys.index(key))  # type: ignore[return-value]

    def current_page(self) -> str:
        return self._keys[self._pages.currentIndex()]

    def page(self, key: str) -> QWidget:
        """The page for ``key``, its content built if it was not yet."""
        return self._ensure_page(self._keys.index(key))

    def _ensure_page(self, index: int) -> QWidget:
        slot = self._pages.widget(index)
        layout = slot.layout()
        if layout is not None and layout.count() == 0:
            factory = self._factories.get(self._keys[index])
            layout.addWidget(factory() if factory is not None else PlaceholderPage(self._sections[index]))
            if factory is not None:
                from msdesk.ui.memory import forget_source_lines

                forget_source_lines()  # the sources its imports left behind (see memory.py)
        return slot

    def set_page_factory(self, key: str, factory: Callable[[], QWidget]) -> None:
        """Give a page its real content, built by ``factory`` on the page's first visit.

        A placeholder already shown there is replaced; if the page is the one on
        screen, it is built at once.
        """
        index = self._keys.index(key)
        self._factories[key] = factory
        layout = self._pages.widget(index).layout()
        if layout is None:
            return
        while layout.count():
            item = layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        if index == self._pages.currentIndex():
            self._ensure_page(index)

    def page_content(self, key: str) -> QWidget | None:
        """The widget built for page ``key``, or None if it is not built yet."""
        layout = self._pages.widget(self._keys.index(key)).layout()
        if layout is None or layout.count() == 0:
            return None
        item = layout.itemAt(0)
        return item.widget() if item is not None else None

    def show_page(self, key: str) -> None:
        self.nav_button(key).setChecked(True)

    def show_provider_token(self, provider_id: str) -> None:
        """Settings at ``provider_id``, the keyboard in its token field (or on "Add token")."""
        self.show_page("settings")
        focus = getattr(self.page_content("settings"), "focus_first_token", None)
        if callable(focus):
            focus(provider_id)

    def show_provider_settings(self, provider_id: str) -> None:
        """Settings at ``provider_id`` (its API host, models and tokens)."""
        self.show_page("settings")
        select = getattr(self.page_content("settings"), "select_provider", None)
        if callable(select):
            select(provider_id)

    def _on_nav_toggled(self, index: int, checked: bool) -> None:
        if not checked:
            return
        self._ensure_page(index)
        self._pages.setCurrentIndex(index)
        if self.has_painted:
            self._rail_tab_stop()
        key = self._keys[index]
        if self._settings is not None:
            self._settings.setValue("window/page", key)
        self.pageChanged.emit(key)

    # -- status and warnings ------------------------------------------------

    def set_status(self, text: str, timeout_ms: int = 0) -> None:
        """Say ``text`` in the status bar (for ``timeout_ms``; 0: until the next one). What
        does not fit beside the quota item ends in "…"; the whole line is in the tooltip."""
        self._status_text = text
        if timeout_ms > 0 and text:
            self._status_timer.start(timeout_ms)
        else:
            self._status_timer.stop()
        self._show_status()

    def status_text(self) -> str:
        """The whole status line shown now ("" when none)."""
        return self._status_text

    def _show_status(self) -> None:
        from PySide6.QtCore import Qt  # not at import: see the module's docstring

        bar = self.statusBar()
        text = self._status_text
        right = min((w.geometry().left() for w in bar.findChildren(QWidget)
                     if w.isVisible() and w.parentWidget() is bar and w.geometry().left() > 0),
                    default=bar.width())
        room = max(40, right - 16)
        shown = bar.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, room)
        bar.showMessage(shown)
        bar.setToolTip(text if shown != text else "")

    def focusNextPrevChild(self, next: bool) -> bool:
        # Parts of the window are built after what is around them (pages on their first
        # visit, messages, token rows): Tab follows the layouts, the status bar last.
        from msdesk.ui.widgets.tab_order import follow_layout

        follow_layout(self, last=self.statusBar())
        return super().focusNextPrevChild(next)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Cheapest test first: before the first status line (and the first paint) nothing more.
        if self._status_text and watched is self.statusBar() and event.type() == QEvent.Type.Resize:
            self._show_status()
        return super().eventFilter(watched, event)

    def show_warnings(self, warnings: Iterable[str]) -> None:
        """Show start-up warnings in a dismissable banner above the page."""
        items = [w for w in warnings if w]
        if not items:
            return
        if len(items) == 1:
            text = items[0]
        else:
            text = "\n".join(translate("ui.main_window", "•  {item}", "a bulleted list item").format(item=w) for w in items)
        banner, label = self._ensure_banner()
        label.setText(text)
        banner.show()
        count = len(items)
        self.set_status(translate("ui.main_window", "Started with %n warning(s)", "", count))

    def banner_text(self) -> str:
        """The banner's text if it is shown, else an empty string."""
        if self._banner is None or self._banner_text is None or self._banner.isHidden():
            return ""
        return self._banner_text.text()

    def _ensure_banner(self) -> tuple[QFrame, QLabel]:
        if self._banner is None or self._banner_text is None:
            from PySide6.QtCore import Qt

            banner = QFrame(objectName="banner")
            banner.setAccessibleName(translate("ui.main_window", "Start-up warnings"))
            layout = QHBoxLayout(banner)
            layout.setContentsMargins(16, 8, 8, 8)
            text = QLabel(objectName="bannerText", wordWrap=True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            dismiss = QToolButton(objectName="bannerDismiss", text="✕")
            dismiss.setAccessibleName(translate("ui.main_window", "Dismiss warnings"))
            dismiss.setToolTip(translate("ui.main_window", "Dismiss"))
            dismiss.clicked.connect(banner.hide)
            layout.addWidget(text, 1)
            layout.addWidget(dismiss, 0, Qt.AlignmentFlag.AlignTop)
            self._content_layout.insertWidget(0, banner)
            self._banner, self._banner_text = banner, text
        return self._banner, self._banner_text

    # -- persistence --------------------------------------------------------

    def _restore(self) -> None:
        key = "chat"
        if self._settings is not None:
            geometry = self._settings.value("window/geometry")
            if isinstance(geometry, QByteArray) and not geometry.isEmpty():
                self.restoreGeometry(geometry)
            else:
                self.resize(self._default_size())
            saved = self._settings.value("window/page")
            if isinstance(saved, str) and saved in self._keys:
                key = saved
        else:
            self.resize(self._default_size())
        self.show_page(key)

    def _default_size(self) -> QSize:
        """1100 x 720, or the screen's free area where that is smaller (an 800 x 600 screen
        shows the whole window, Save buttons included, not a window running off its edges)."""
        screen = self.screen()
        if screen is None:
            return QSize(DEFAULT_WIDTH, DEFAULT_HEIGHT)
        area = screen.availableGeometry()
        return QSize(min(DEFAULT_WIDTH, area.width()), min(DEFAULT_HEIGHT, area.height()))

    def _save(self) -> None:
        if self._settings is not None:
            self._settings.setValue("window/geometry", self.saveGeometry())
            self._settings.setValue("window/page", self.current_page())
            self._settings.sync()

    # -- events -------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self.has_painted:
            self.has_painted = True
            self.firstPainted.emit()
            QTimer.singleShot(0, self, self._after_first_paint)

    def _after_first_paint(self) -> None:
        """What the first frame does not need: icons, cursors, shortcuts."""
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QKeySequence, QShortcut

        for index, key in enumerate(self._keys):
            button = self.nav_button(key)
            button.setIcon(_icon(key))
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            shortcut = QShortcut(QKeySequence(f"Ctrl+{index + 1}"), self)
            shortcut.activated.connect(button.click)
        QShortcut(QKeySequence("Ctrl+,"), self).activated.connect(lambda: self.show_page("settings"))
        QShortcut(QKeySequence("F1"), self).activated.connect(self.show_shortcuts)
        self._rail_tab_stop()
        from msdesk.ui.widgets import focus_ring

        focus_ring.install()
        from msdesk.ui.theme import notifier

        notifier().changed.connect(self._fit_rail)

    def _rail_tab_stop(self) -> None:
        """One Tab stop for the rail, on the page shown (Qt leaves it on the button last
        focused); the arrow keys move to the other pages."""
        from PySide6.QtCore import Qt

        for button in self._group.buttons():
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus if button.isChecked() else Qt.FocusPolicy.NoFocus)

    def _fit_rail(self) -> None:
        """The rail as wide as its longest name needs at the text size in use."""
        width = _rail_width([section.label for section in self._sections])
        self._rail.setFixedWidth(width)
        for button in self._rail.findChildren(QToolButton):
            button.setFixedWidth(width)
            if button is not self.help_button:
                button.setIconSize(_icon_size())

    def _help_menu(self) -> None:
        from PySide6.QtCore import QPoint, Qt
        from PySide6.QtWidgets import QMenu

        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        shortcuts = menu.addAction(translate("ui.main_window", "Keyboard shortcuts"), self.show_shortcuts)
        shortcuts.setShortcut("F1")
        menu.addAction(translate("ui.main_window", "About msdesk"), self.show_about)
        button = self.help_button
        menu.popup(button.mapToGlobal(QPoint(button.width(), 0)))

    def show_shortcuts(self) -> None:
        """Help → Keyboard shortcuts (F1): one window, brought forward if already open."""
        from PySide6.QtCore import Qt

        from msdesk.ui.shortcuts import ShortcutsDialog

        dialog = self.findChild(ShortcutsDialog)
        if dialog is None:
            dialog = ShortcutsDialog(self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(
            self,
            translate("ui.main_window", "About msdesk"),
            translate(
                "ui.main_window",
                "<b>msdesk</b> {version}<br>A desktop app for ModelScope's model library and "
                "API-Inference: your access tokens stay in the system keychain.",
            ).format(version=self._version),
        )

    def defer_close(self, defer: bool) -> None:
        """While on, closing only emits ``closing`` and the window stays.

        The app turns this on so that closing the window, and
        ``QApplication.quit()`` (which asks every window first), start an
        orderly shut-down instead of ending Qt's loop under it; it closes the
        window itself once the services are closing.
        """
        self._defer_close = defer

    def work_in_progress(self) -> list[str]:
        """What the pages are busy with (e.g. "a streaming answer"); asked before closing."""
        busy = []
        for key in self._keys:
            content = self.page_content(key)
            ask = getattr(content, "work_in_progress", None)
            if callable(ask):
                what = ask()
                if what:
                    busy.append(str(what))
        return busy

    def _confirm_close(self, busy: list[str]) -> None:
        """Ask before closing over unfinished work, without a nested event loop."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self)
        box.setObjectName("confirmClose")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(translate("ui.main_window", "Quit msdesk?"))
        box.setText(translate("ui.main_window", "Work is still in progress: {work}.").format(
            work=translate("ui.main_window", "; ", "separator between pieces of work").join(busy)))
        box.setInformativeText(translate("ui.main_window", "Quitting stops it. Quit anyway?"))
        quit_button = box.addButton(translate("ui.main_window", "Quit"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(translate("ui.main_window", "Keep working"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(quit_button)

        def answered(_result: int) -> None:
            if box.clickedButton() is quit_button:
                self._close_confirmed = True
                self.close()

        box.finished.connect(answered)
        box.open()

    def close_without_asking(self) -> None:
        """Close (saving geometry) when quitting is already decided (a signal, the app quitting)."""
        self._close_confirmed = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not getattr(self, "_close_confirmed", False):
            busy = self.work_in_progress()
            if busy:
                event.ignore()
                self._confirm_close(busy)
                return
        self.close_requested = True
        if self._defer_close:
            event.ignore()
            self.closing.emit()
            return
        self._save()
        super().closeEvent(event)
        self.closing.emit()
