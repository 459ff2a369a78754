"""The status-bar item: calls left today for the model the Chat page talks to.

Shows the server's latest figures (``1234 / 2000 · model 77 / 500``, the
limits as the server sends them), or without figures today "limit unknown"
with msdesk's own count as an estimate; amber under 10 % left, red when
spent (also after a 429 or ``QuotaLimitExceed``): then only that, and when
calls come back in the user's local time (``All tokens spent · back at
16:00`` when no token of the provider has any left). Short of room the text
is elided; the tooltip starts with the whole of it, then gives the reset
time with a countdown, refreshed every 30 s. Clicking opens the usage view.

The item follows the Chat page's model picker; the token is the provider's
first stored one, or the one that last answered (after a failover); when
that one is spent and another is not, the other (the next call uses it). It
refreshes on the services' notices of change (``ChangeRelay``): new quota
figures, a call counted, a token marked spent, tokens stored or removed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QSizePolicy,
    QStyle,
    QStyleOptionToolButton,
    QStylePainter,
    QToolButton,
    QWidget,
)

from msdesk.core.changes import Change, Notice
from msdesk.core.i18n import translate
from msdesk.ui.async_task import AsyncRunner
from msdesk.ui.quota import LOW, OUT, TICK_MS, UNKNOWN, Standing, reset_line, standing, utc_now
from msdesk.ui.quota.follow import QuotaFollow
from msdesk.ui.theme import clear_color, set_color

if TYPE_CHECKING:
    from msdesk.ui.main_window import MainWindow
    from msdesk.ui.quota.usage_view import UsageView

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]

AMBER = QColor("#8f5500")
RED = QColor("#c62828")
#: The narrowest the item gets when the status bar is short of room (then the text is elided).
MIN_CHARS = 12


class ElidingButton(QToolButton):
    """A tool button that asks for room for its whole text, and elides it (…) when given less.

    ``text()`` stays the whole text; ``shown_text()`` is what is painted.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def _size_for(self, text_width: int) -> QSize:
        """The button's size around a text this wide (measured now: the font turns bold when spent)."""
        option = QStyleOptionToolButton()
        self.initStyleOption(option)
        metrics = self.fontMetrics()
        contents = QSize(text_width, metrics.height())
        return self.style().sizeFromContents(QStyle.ContentsType.CT_ToolButton, option, contents, self)

    def _padding(self) -> int:
        return self._size_for(0).width()

    def sizeHint(self) -> QSize:
        return self._size_for(self.fontMetrics().horizontalAdvance(self.text()) + 2)

    def minimumSizeHint(self) -> QSize:
        narrow = self.fontMetrics().horizontalAdvance("x" * MIN_CHARS)
        full = self.fontMetrics().horizontalAdvance(self.text()) + 2
        return self._size_for(min(narrow, full))

    def shown_text(self) -> str:
        room = self.width() - self._padding()
        return self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, max(0, room))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionToolButton()
        self.initStyleOption(option)
        option.text = self.shown_text()
        painter.drawComplexControl(QStyle.ComplexControl.CC_ToolButton, option)


class QuotaStatusItem(QWidget):
    """Calls left today for one provider, token and model; click for the usage view.

    Signals:
        changed(): the text or state changed.
    """

    changed = Signal()

    def __init__(self, services: Any, *, clock: Clock = utc_now, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quotaStatus")
        self.services = services
        self._clock = clock
        self._provider_id: str | None = None
        self._token_label: str | None = None
        self._model: str | None = None
        self._labels: list[str] = []  # the provider's stored tokens, in the failover's order
        self._standing: Standing | None = None
        self._view: UsageView | None = None
        self._chat_page: QWidget | None = None
        self._window: MainWindow | None = None
        self.runner = AsyncRunner(self)
        self.setProperty("quotaState", UNKNOWN)

        self.button = ElidingButton(self)
        self.button.setObjectName("quotaStatusButton")
        self.button.setAutoRaise(True)
        self.button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.button.setAccessibleName(translate("ui.quota.status_item", "Quota left today"))
        self.button.clicked.connect(self.open_usage_view)
        self._base_palette = QPalette(self.button.palette())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 4, 0)
        layout.addWidget(self.button)
        self.setVisible(False)  # until there is something to show

        # The clock (the countdown, the 00:00 UTC+8 reset) and the services' notices of change.
        self._follow = QuotaFollow(self, services, self.refresh, self._changed, tick_ms=TICK_MS)

    # -- what is shown ------------------------------------------------------------------

    def text(self) -> str:
        return self.button.text()

    def state(self) -> str:
        """"ok", "low" (amber), "out" (red) or "unknown"."""
        return str(self.property("quotaState"))

    def active(self) -> tuple[str | None, str | None, str | None]:
        """(provider id, token label, model) the item shows."""
        return self._provider_id, self._token_label, self._model

    def set_active(self, provider_id: str | None, token_label: str | None, model: str | None,
                   labels: list[str] | None = None) -> None:
        """Show the figures for this provider, token and model (``labels``: the provider's stored
        tokens, to tell when every one is spent)."""
        if labels is not None:
            self._labels = list(labels)
        elif provider_id != self._provider_id:
            self._labels = []
        self._provider_id, self._token_label, self._model = provider_id, token_label, model
        self.refresh()

    def shown_text(self) -> str:
        """The text as painted: elided (…) when the status bar is short of room."""
        return self.button.shown_text()

    def refresh(self) -> None:
        """Recompute the text, state and tooltip (also every 30 s)."""
        if self._provider_id is None:
            return
        try:
            provider = self.services.provider(self._provider_id)
            now = self._clock()
            current = standing(self.services, provider, self._token_label, self._model, now, self._labels)
        except Exception as exc:  # an unknown provider, a closed database: keep what is shown
            log.debug("quota figures unavailable: %s", type(exc).__name__)
            return
        self._standing = current
        where = [provider.name]
        if current.token_label:
            where.append(translate("ui.quota.status_item", "token “{token}”").format(token=current.token_label))
        if self._model:
            where.append(self._model)
        tooltip = "\n".join(
            [current.short(), " · ".join(where), current.detail, reset_line(now),
             translate("ui.quota.status_item", "Click for usage details.")]
        )
        self._set_state(current.state)  # the font first: bold text needs more room
        self.button.setText(current.short())
        self.button.setToolTip(tooltip)
        self.button.setAccessibleDescription(tooltip)
        self.button.updateGeometry()
        self.setVisible(True)
        self.changed.emit()

    def _set_state(self, state: str) -> None:
        if state == self.property("quotaState"):
            return
        self.setProperty("quotaState", state)
        self.button.setPalette(QPalette(self._base_palette))
        colour = {LOW: AMBER, OUT: RED}.get(state)
        for role in (QPalette.ColorRole.ButtonText, QPalette.ColorRole.WindowText):
            if colour is not None:
                set_color(self.button, colour.name(), role)  # its dark-theme shade when dark
            else:
                clear_color(self.button, role)
        font = self.button.font()
        font.setBold(state in (LOW, OUT))
        self.button.setFont(font)
        self.style().unpolish(self)
        self.style().polish(self)

    def _changed(self, notice: Notice) -> None:
        if self._provider_id is None or notice.provider_id not in (None, self._provider_id):
            return
        if Change.TOKENS in notice:
            self.follow_choice(self._provider_id, self._model)  # a token added, renamed or removed
        if Change.QUOTA in notice:
            try:
                latest = self.services.quota.latest_label(self._provider_id)
            except Exception as exc:  # a closed store: keep what is shown
                log.debug("quota figures unavailable: %s", type(exc).__name__)
                return
            if latest and latest != self._token_label:
                self._token_label = latest  # this token answered (e.g. after a failover)
            self.refresh()

    # -- following the Chat page ------------------------------------------------------

    def follow_choice(self, provider_id: str, model: str | None) -> None:
        """Show this provider and model, with its first stored token (looked up in the background)."""
        if provider_id == self._provider_id:
            self.set_active(provider_id, self._token_label, model)

        def found(labels: list[str]) -> None:
            # A newer choice cancels this lookup (same key): the result is current.
            keep = self._token_label if provider_id == self._provider_id else None
            label = keep if keep in labels else (labels[0] if labels else None)
            self.set_active(provider_id, label, model, list(labels))

        self.runner.start(
            self.services.secrets.labels(provider_id),
            key="labels",
            on_result=found,
            on_error=lambda _exc: self.set_active(provider_id, None, model, []),
        )

    def follow_window(self, window: MainWindow) -> None:
        """Track the Chat page's model choice, and re-read the tokens on every page change."""
        window.pageChanged.connect(self._page_changed)
        window.closing.connect(self.stop)
        self._window = window
        self._page_changed()

    def _page_changed(self, _key: str = "") -> None:
        window = self._window
        if window is None or not shiboken6.isValid(window):
            return
        page = window.page_content("chat")
        if page is not None and callable(getattr(page, "current_choice", None)):
            if page is not self._chat_page:
                self._chat_page = page
                picker = getattr(page, "picker", None)
                if picker is not None:
                    picker.choiceChanged.connect(self._chat_choice)
                    picker.currentIndexChanged.connect(self._chat_choice)  # also set by code
            self._chat_choice()
            return
        if self._provider_id is None:
            provider_id, model = self._default_target()
            if provider_id is not None:
                self.follow_choice(provider_id, model)
        else:
            self.follow_choice(self._provider_id, self._model)  # a token may have been added

    def _chat_choice(self, *_args: object) -> None:
        page = self._chat_page
        if page is None or not shiboken6.isValid(page):
            return
        choice = page.current_choice()  # type: ignore[attr-defined]
        if choice is not None:
            self.follow_choice(choice.provider_id, choice.model_id)

    def _default_target(self) -> tuple[str | None, str | None]:
        """Before the Chat page is built: the last-used model, else ModelScope's first chat model."""
        try:
            settings = self.services.settings
            ui = settings.ui if isinstance(settings.ui, dict) else {}
            last = ui.get("last_provider")
            provider_id = last if isinstance(last, str) and last else "modelscope"
            model = settings.last_model or self.services.config.first_chat_model(provider_id)
            return provider_id, model
        except Exception as exc:  # a broken settings file shows on the Settings page
            log.debug("no default model for the quota item: %s", type(exc).__name__)
            return None, None

    # -- the usage view ---------------------------------------------------------------

    def open_usage_view(self) -> UsageView:
        """Show the usage view for the active provider and token (one window, raised if open)."""
        from msdesk.ui.quota.usage_view import UsageView

        view = self._view
        shown = self._standing.token_label if self._standing is not None else None
        label = shown or self._token_label  # the token the item speaks of (the next to answer)
        if view is None or not shiboken6.isValid(view):
            view = UsageView(
                self.services, clock=self._clock, provider_id=self._provider_id,
                token_label=label, model=self._model, parent=self.window(),
            )
            self._view = view
        else:
            view.select(self._provider_id, label, self._model)
        view.show()
        view.raise_()
        view.activateWindow()
        return view

    def stop(self) -> None:
        """No more refreshes (the services are closing)."""
        self._follow.stop()
        self.runner.cancel_all()
        view = self._view
        if view is not None and shiboken6.isValid(view):
            view.stop()


def install_status_item(window: MainWindow, services: Any, *, clock: Clock = utc_now) -> QuotaStatusItem:
    """Put the quota item in the window's status bar, following the Chat page's model."""
    bar = window.statusBar()
    existing = bar.findChild(QuotaStatusItem, "quotaStatus")
    if existing is not None:
        existing.stop()
        bar.removeWidget(existing)
        existing.deleteLater()
    item = QuotaStatusItem(services, clock=clock, parent=bar)
    bar.addPermanentWidget(item)
    item.follow_window(window)
    return item
