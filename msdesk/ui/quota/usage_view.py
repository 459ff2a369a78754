"""The usage view: today's calls and what is left, per provider and token, with 14 days of history.

A non-modal window. At the top, every token of every enabled provider at a
glance: msdesk's calls today, spent or what is left, and the reset time (a
row shows that token below). Then, for the provider and token chosen: the
calls msdesk made today, the calls left according to the server (in total
and per model, when a response said so today; none once the token is
spent), a bar chart of msdesk's own counts over the last 14 quota days (a
sentence instead when there are none), when the quota resets (local time,
with a countdown), and a link to the provider's own usage page. It reads
the one quota store and refreshes on the services' notices of change
(``ChangeRelay``) and on a slow tick (the countdown). Where ModelScope's
hub answers with a credit balance (reported, unconfirmed), a line shows it
and what a call of the Chat page's model costs.
"""

from __future__ import annotations

import html
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QDate, QEvent, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QHelpEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from msdesk.core.changes import Change, Notice
from msdesk.core.i18n import translate
from msdesk.core.ratelimit import next_reset, quota_day
from msdesk.ui.async_task import AsyncRunner
from msdesk.ui.formats import locale, number
from msdesk.ui.quota import TICK_MS, figures, local_time, reset_line, standing, utc_now
from msdesk.ui.quota.follow import QuotaFollow
from msdesk.ui.theme import qcolor, scaled
from msdesk.ui.widgets.tab_order import follow_layout

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]
DAYS = 14
#: Without a call in between, the credit balance is asked for again at most this often.
CREDIT_EVERY_S = 300.0


SPENT = QColor("#c62828")


def _date(day: str) -> QDate:
    return QDate.fromString(day, "yyyy-MM-dd")


def _day(day: str) -> str:
    """A quota day ("2026-03-14") as the user's locale writes a date."""
    date = _date(day)
    if not date.isValid():
        return day
    return locale().toString(date, translate("ui.quota.usage_view", "yyyy-MM-dd", "a date (Qt date format)"))


def _short_day(day: str) -> str:
    """A quota day without its year, under the chart's bars ("03-14")."""
    date = _date(day)
    if not date.isValid():
        return day[5:]
    return locale().toString(date, translate("ui.quota.usage_view", "MM-dd", "a day and month (Qt date format)"))


@dataclass(frozen=True)
class _OverviewRow:
    """One row of the every-token overview."""

    provider_id: str
    label: str | None  # None: the provider has no token
    provider_name: str
    token: str
    calls: str
    left: str
    spent: bool = False


def _fit_rows(table: QTableWidget, rows: int, most: int = 4) -> None:
    """As tall as ``rows`` rows (one at least, ``most`` at most: then it scrolls)."""
    header = table.horizontalHeader().sizeHint().height()
    shown = min(max(1, rows), most)
    frame = 2 * table.frameWidth()
    table.setFixedHeight(header + shown * table.verticalHeader().defaultSectionSize() + frame)


class DailyChart(QWidget):
    """Bars of calls per quota day, oldest on the left, today highlighted."""

    MARGIN_TOP = 18  # room for the figure above the tallest bar
    MARGIN_BOTTOM = 20  # room for the day labels

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("usageChart")
        self.setAccessibleName(translate("ui.quota.usage_view", "Calls per day, last 14 days"))
        self.setMinimumSize(360, 120)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._counts: list[tuple[str, int]] = []

    @property
    def counts(self) -> list[tuple[str, int]]:
        """(quota day, calls) per bar, oldest first."""
        return list(self._counts)

    def set_counts(self, counts: list[tuple[str, int]]) -> None:
        self._counts = list(counts)
        total = sum(count for _day, count in self._counts)
        days = len(self._counts)
        # Between days' counts, not names (Chinese puts a full comma here, not list_separator's 、).
        per_day = translate("ui.quota.usage_view", ", ", "list separator").join(
            translate("ui.quota.usage_view", "{day}: {calls}").format(day=_day(day), calls=number(count))
            for day, count in self._counts
        )
        self.setAccessibleDescription(
            translate("ui.quota.usage_view", "%n call(s) over the last {days} days; {per_day}", "", total).format(
                days=days, per_day=per_day)
        )
        self.update()

    def bar_rects(self) -> list[QRectF]:
        """Where each bar is drawn (a zero-height bar for a day without calls)."""
        if not self._counts:
            return []
        plot = QRectF(self.rect()).adjusted(4, self.MARGIN_TOP, -4, -self.MARGIN_BOTTOM)
        slot = plot.width() / len(self._counts)
        width = max(2.0, slot * 0.68)
        peak = max(count for _day, count in self._counts) or 1
        rects = []
        for index, (_day, count) in enumerate(self._counts):
            height = plot.height() * count / peak
            left = plot.left() + slot * index + (slot - width) / 2
            rects.append(QRectF(left, plot.bottom() - height, width, height))
        return rects

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        bar = qcolor("#8fa3d9")
        today = qcolor("#3f5fc7")
        rects = self.bar_rects()
        baseline = self.height() - self.MARGIN_BOTTOM
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(QPointF(2, baseline + 0.5), QPointF(self.width() - 2, baseline + 0.5))
        font = painter.font()
        font.setPointSizeF(max(6.5, font.pointSizeF() * 0.8))
        painter.setFont(font)
        label_every = 1 if rects and rects[0].width() >= 30 else 2
        for index, ((day, count), rect) in enumerate(zip(self._counts, rects, strict=True)):
            last = index == len(rects) - 1
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(today if last else bar)
            if count:
                painter.drawRoundedRect(rect, 2, 2)
                painter.setPen(text)
                painter.drawText(
                    QRectF(rect.left() - 10, rect.top() - 16, rect.width() + 20, 14),
                    Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, str(count),
                )
            if last or (len(rects) - 1 - index) % label_every == 0:
                painter.setPen(text if last else muted)
                painter.drawText(
                    QRectF(rect.left() - 14, baseline + 3, rect.width() + 28, 14),
                    Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                    translate("ui.quota.usage_view", "today", "under the chart's last bar") if last else _short_day(day),
                )
        painter.end()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            x = event.pos().x()
            for (day, count), rect in zip(self._counts, self.bar_rects(), strict=True):
                if rect.left() - 4 <= x <= rect.right() + 4:
                    tip = translate("ui.quota.usage_view", "{day} (UTC+8): %n call(s)", "", count).format(day=_day(day))
                    QToolTip.showText(event.globalPos(), tip, self)
                    return True
            QToolTip.hideText()
            event.ignore()
            return True
        return super().event(event)



class UsageView(QDialog):
    """Today's usage per provider and token (non-modal)."""

    def __init__(
        self,
        services: Any,
        *,
        clock: Clock = utc_now,
        provider_id: str | None = None,
        token_label: str | None = None,
        model: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("usageView")
        self.setWindowTitle(translate("ui.quota.usage_view", "Usage and quota"))
        self.setModal(False)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        room = self.screen().availableGeometry() if self.screen() is not None else None
        self.resize(scaled(640), min(scaled(600), room.height() - 40) if room is not None else scaled(600))
        self.services = services
        self._clock = clock
        self._wanted_label = token_label
        #: The model the Chat page talks to: the credit line says what a call of it costs.
        self.model = model
        self._credit_for: tuple[str, str, str | None] | None = None
        self._credit_at = -CREDIT_EVERY_S  # when the credit line was last asked for (monotonic)
        self._credit_stale = True  # a call was counted since: ask again at once
        self.runner = AsyncRunner(self)

        self.provider_box = QComboBox(self, objectName="usageProvider")
        self.provider_box.setAccessibleName(translate("ui.quota.usage_view", "Provider"))
        self.token_box = QComboBox(self, objectName="usageToken")
        self.token_box.setAccessibleName(translate("ui.quota.usage_view", "Token"))
        self.token_box.setMinimumContentsLength(14)
        choosers = QHBoxLayout()
        choosers.addWidget(QLabel(translate("ui.quota.usage_view", "Provider:")))
        choosers.addWidget(self.provider_box, 1)
        choosers.addSpacing(12)
        choosers.addWidget(QLabel(translate("ui.quota.usage_view", "Token:")))
        choosers.addWidget(self.token_box, 1)

        self.today_label = QLabel(self, objectName="usageToday")
        font = self.today_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.today_label.setFont(font)
        self.server_label = QLabel(self, objectName="usageServer", wordWrap=True)
        self.reset_label = QLabel(self, objectName="usageReset", wordWrap=True)
        self.credit_label = QLabel(self, objectName="usageCredit", wordWrap=True)
        self.credit_label.setAccessibleName(translate("ui.quota.usage_view", "Credit balance"))
        self.credit_label.hide()  # until the hub answers with a balance
        self.models_table = QTableWidget(0, 3, self, objectName="usageModels")
        self.models_table.setHorizontalHeaderLabels(
            [translate("ui.quota.usage_view", "Model"), translate("ui.quota.usage_view", "Calls today (msdesk's count)"),
             translate("ui.quota.usage_view", "Left today (server)")]
        )
        self.models_table.verticalHeader().setVisible(False)
        self.models_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.models_table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.models_table.setAccessibleName(translate("ui.quota.usage_view", "Calls per model today"))
        self.models_table.setTabKeyNavigation(False)  # arrows move in the table, Tab goes on
        header = self.models_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.chart = DailyChart(self)
        self.chart_empty = QLabel(self, objectName="usageChartEmpty", wordWrap=True)
        self.chart_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.chart_empty.setMinimumHeight(60)
        self.chart_empty.hide()
        self.chart_title = QLabel(self, objectName="usageChartTitle")
        self.overview_title = QLabel(self, objectName="usageOverviewTitle", wordWrap=True)
        self.overview = QTableWidget(0, 4, self, objectName="usageOverview")
        self.overview.setAccessibleName(translate("ui.quota.usage_view", "Every token today"))
        self.overview.setHorizontalHeaderLabels([
            translate("ui.quota.usage_view", "Provider"), translate("ui.quota.usage_view", "Token"), translate("ui.quota.usage_view", "Calls today"),
            translate("ui.quota.usage_view", "Left today"),
        ])
        self.overview.verticalHeader().setVisible(False)
        self.overview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.overview.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.overview.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.overview.setTabKeyNavigation(False)
        self.overview.setToolTip(translate("ui.quota.usage_view", "Click a token to show its details below."))
        overview_header = self.overview.horizontalHeader()
        for column in range(3):
            overview_header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        overview_header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.overview.cellClicked.connect(self._overview_clicked)
        self.overview.cellActivated.connect(self._overview_clicked)  # Enter on a row
        self._overview_labels: dict[str, list[str]] | None = None  # provider id -> stored labels
        self.link_label = QLabel(self, objectName="usageLink")
        self.link_label.setOpenExternalLinks(True)
        self.link_label.setTextFormat(Qt.TextFormat.RichText)
        close = QPushButton(translate("ui.quota.usage_view", "Close"), self, objectName="usageClose")
        close.clicked.connect(self.close)

        # What is above the Close button scrolls when the window is too low for it (a large text size).
        body = QWidget(self, objectName="usageBody")
        scroll = QScrollArea(self, objectName="usageScroll")
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Not a Tab stop of its own: Tab goes through what is in it (and the view scrolls to it).
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(18, 16, 18, 14)
        outer.setSpacing(8)
        outer.addWidget(scroll, 1)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.overview_title)
        layout.addWidget(self.overview)
        layout.addSpacing(6)
        layout.addLayout(choosers)
        layout.addSpacing(6)
        layout.addWidget(self.today_label)
        layout.addWidget(self.server_label)
        layout.addWidget(self.reset_label)
        layout.addWidget(self.credit_label)
        layout.addWidget(self.models_table, 1)
        layout.addWidget(self.chart_title)
        layout.addWidget(self.chart, 2)
        layout.addWidget(self.chart_empty, 2)
        bottom = QHBoxLayout()
        bottom.addWidget(self.link_label, 1)
        bottom.addWidget(close)
        outer.addLayout(bottom)
        follow_layout(self)  # the overview at the top was made after the tables below it

        self._follow = QuotaFollow(self, services, self.refresh, self._changed, tick_ms=TICK_MS)

        self._fill_providers(provider_id)
        self.provider_box.currentIndexChanged.connect(self._provider_changed)
        self.token_box.currentIndexChanged.connect(lambda _index: self.refresh())
        self._provider_changed()
        self._load_overview()

    # -- choosing ------------------------------------------------------------------------

    def provider_id(self) -> str | None:
        data = self.provider_box.currentData()
        return data if isinstance(data, str) else None

    def token_label(self) -> str | None:
        data = self.token_box.currentData()
        return data if isinstance(data, str) else None

    def select(self, provider_id: str | None, token_label: str | None, model: str | None = None) -> None:
        """Show this provider and token (the token once the provider's tokens are listed)."""
        self._wanted_label = token_label
        if model is not None:
            self.model = model
        index = self.provider_box.findData(provider_id) if provider_id else -1
        if index >= 0 and index != self.provider_box.currentIndex():
            self.provider_box.setCurrentIndex(index)  # lists the tokens, then picks the wanted one
            return
        found = self.token_box.findData(token_label) if token_label else -1
        if found >= 0:
            self.token_box.setCurrentIndex(found)
        self.refresh()

    def _fill_providers(self, wanted: str | None) -> None:
        self.provider_box.blockSignals(True)
        self.provider_box.clear()
        for provider in self.services.providers.all():
            if provider.enabled or provider.id == wanted:
                self.provider_box.addItem(provider.name, provider.id)
        index = self.provider_box.findData(wanted) if wanted else -1
        self.provider_box.setCurrentIndex(max(0, index))
        self.provider_box.blockSignals(False)

    def _provider_changed(self, _index: int = -1) -> None:
        provider_id = self.provider_id()
        if provider_id is None:
            return
        self.runner.start(
            self.services.secrets.labels(provider_id),
            key="labels",
            on_result=lambda labels, pid=provider_id: self._fill_tokens(pid, list(labels)),
            on_error=lambda _exc, pid=provider_id: self._fill_tokens(pid, []),
        )

    def _fill_tokens(self, provider_id: str, stored: list[str]) -> None:
        if provider_id != self.provider_id():
            return
        labels = list(stored)
        try:
            seen = self.services.quota.labels_seen_today(provider_id)
        except Exception as exc:  # a damaged usage file: only the stored tokens
            log.debug("could not read today's tokens: %s", type(exc).__name__)
            seen = []
        for label in seen:
            if label and label not in labels:
                labels.append(label)
        wanted = self._wanted_label if self._wanted_label in labels else None
        self.token_box.blockSignals(True)
        self.token_box.clear()
        for label in labels:
            shown = label if label in stored else translate("ui.quota.usage_view", "{token}  (not stored)").format(token=label)
            self.token_box.addItem(shown, label)
        if labels:
            self.token_box.setCurrentIndex(self.token_box.findData(wanted) if wanted else 0)
        self.token_box.setEnabled(bool(labels))
        self.token_box.blockSignals(False)
        self.refresh()

    # -- showing -------------------------------------------------------------------------

    def refresh(self) -> None:
        provider_id = self.provider_id()
        if provider_id is None:
            return
        try:
            provider = self.services.provider(provider_id)
            label = self.token_label()
            now = self._clock()
            current = standing(self.services, provider, label, None, now)
            usage = self.services.quota.token_usage(provider_id, label) if label else None
            counts = self.services.quota.daily_counts(provider_id, label, days=DAYS) if label else []
        except Exception as exc:  # an unknown provider, a closed database: keep what is shown
            log.debug("usage figures unavailable: %s", type(exc).__name__)
            return
        if not counts:
            counts = [(quota_day(now), 0)]
        if usage is None:
            self.today_label.setText(translate("ui.quota.usage_view", "No token"))
        else:
            calls = usage.calls_today
            self.today_label.setText(translate("ui.quota.usage_view", "≈ %n call(s) today (msdesk's count)", "", calls))
            self.today_label.setToolTip(translate(
                "ui.quota.usage_view", "msdesk's own count of its calls with this token: an estimate of the day's use "
                "(calls made elsewhere with the same token are not counted)."
            ))
        if current.source == "server":
            self.server_label.setText(translate("ui.quota.usage_view", "Left today, according to {provider}: {figures}").format(
                provider=provider.name, figures=current.text))
        elif current.source == "estimate":
            self.server_label.setText(translate(
                "ui.quota.usage_view", "Left today: unknown. {provider} has sent no quota figures today, and its "
                "limits change without notice.").format(provider=provider.name))
        elif current.source == "spent":
            self.server_label.setText(translate(
                "ui.quota.usage_view", "Left today: none. {provider} refused a call with this token (request limit "
                "exceeded), or its figures showed none left.").format(provider=provider.name))
        else:
            self.server_label.setText(current.detail)
        self.server_label.setToolTip(current.detail)
        self.server_label.setProperty("quotaState", current.state)
        self.reset_label.setText(
            reset_line(now, counting=not provider.is_modelscope)
        )
        self._fill_models(provider_id, label, usage, spent=current.source == "spent", now=now)
        self._load_credit(provider, label)
        self.chart_title.setText(
            translate("ui.quota.usage_view", "Calls by msdesk, last {days} days (days from 00:00 UTC+8)").format(days=DAYS))
        self.chart.set_counts(counts)
        empty = not any(count for _day, count in counts)
        if empty:
            if label:
                empty_text = translate(
                    "ui.quota.usage_view", "No calls by msdesk with this token in the last {days} days yet: "
                    "the chart fills in as you chat.")
            else:
                empty_text = translate(
                    "ui.quota.usage_view", "No calls by msdesk with {provider} in the last {days} days yet: "
                    "the chart fills in as you chat.")
            self.chart_empty.setText(empty_text.format(days=DAYS, provider=provider.name))
        self.chart.setVisible(not empty)
        self.chart_empty.setVisible(empty)
        self._show_overview()
        link = provider.links.usage or provider.links.token_page
        if link:
            if provider.links.usage:
                page = translate("ui.quota.usage_view", "{provider} usage and limits page ↗")
            else:
                page = translate("ui.quota.usage_view", "{provider} tokens page ↗")
            self.link_label.setText(f'<a href="{link}">{html.escape(page.format(provider=provider.name))}</a>')
            self.link_label.setToolTip(link)
        else:
            self.link_label.setText("")

    def _load_credit(self, provider: Any, label: str | None) -> None:
        """Ask the hub for the token's credit balance and the model's cost (shown where it answers)."""
        key = (provider.id, label or "", self.model)
        if key != self._credit_for:
            self.credit_label.hide()  # another token or model: the old line is not its own
            self._credit_for = key
        elif not self._credit_stale and time.monotonic() - self._credit_at < CREDIT_EVERY_S:
            return  # the slow tick: asked recently, and no call since
        self._credit_stale = False
        self._credit_at = time.monotonic()
        if label is None or not provider.is_modelscope or not provider.hub_base:
            self.runner.cancel("credit")
            return
        services, hub, model = self.services, provider.hub_base, self.model

        async def load() -> tuple[Any, Any]:
            from msdesk.core.credits import fetch_balance, fetch_model_cost

            token = await services.secrets.get(provider.id, label)
            if not token:
                return None, None
            balance = await fetch_balance(services.http, hub, token)
            if balance is None or not model:
                return balance, None
            return balance, await fetch_model_cost(services.http, hub, model, token)

        def show(result: tuple[Any, Any]) -> None:
            if key != self._credit_for:
                return
            balance, cost = result
            if balance is None:
                self.credit_label.hide()
                return
            parts = [translate("ui.quota.usage_view", "Credits, as {provider} said: {balance}").format(
                provider=provider.name, balance=balance.summary())]
            if cost is not None and cost.summary():
                parts.append(cost.summary())
            self.credit_label.setText(translate("ui.quota.usage_view", "{credits}.", "a sentence's end").format(
                credits=translate("ui.quota.usage_view", "; ", "clause separator").join(parts)))
            self.credit_label.setToolTip(translate(
                "ui.quota.usage_view", "ModelScope is reported to meter free API-Inference in credits (a daily grant); "
                "msdesk shows the balance wherever ModelScope answers with one."
            ))
            self.credit_label.show()

        self.runner.start(load(), key="credit", on_result=show,
                          on_error=lambda _exc: self.credit_label.hide())

    def _fill_models(self, provider_id: str, label: str | None, usage: Any, *, spent: bool,
                     now: datetime) -> None:
        """Per model: msdesk's count, and what is left as the status bar would say it (none once
        the token is spent, whatever a model's own figure said before)."""
        table = self.models_table
        table.setRowCount(0)
        if usage is None:
            _fit_rows(table, 0)
            return
        models = sorted(set(usage.calls_by_model) | set(usage.models))
        table.setRowCount(len(models))
        for row, model in enumerate(models):
            limit, remaining = usage.models.get(model, (None, None))
            model_spent = spent or (label is not None and not self.services.quota.token_states(
                provider_id, [label], model, now=now)[0].can_answer)
            if model_spent:
                left = translate("ui.quota.usage_view", "none · back at {time}").format(time=local_time(next_reset(now)))
            elif remaining is None:
                left = translate("ui.quota.usage_view", "unknown", "calls left")
            else:
                left = figures(remaining, limit)
            cells = (model, number(usage.calls_by_model.get(model, 0)), left)
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(row, column, item)
        _fit_rows(table, len(models))

    # -- every token at a glance ---------------------------------------------------------

    def _overview_providers(self) -> list[Any]:
        return [provider for provider in self.services.providers.all() if provider.enabled]

    def _load_overview(self) -> None:
        """List every provider's stored tokens (in the background), then show the overview."""
        services, providers = self.services, self._overview_providers()

        async def load() -> dict[str, list[str]]:
            found: dict[str, list[str]] = {}
            for provider in providers:
                try:
                    found[provider.id] = list(await services.secrets.labels(provider.id))
                except Exception as exc:  # a keychain that cannot be read: that provider's seen tokens only
                    log.debug("could not list the tokens of %s: %s", provider.id, type(exc).__name__)
                    found[provider.id] = []
            return found

        def loaded(found: dict[str, list[str]]) -> None:
            self._overview_labels = found
            self._show_overview()

        self.runner.start(load(), key="overview", on_result=loaded)

    def overview_rows(self) -> list[tuple[str, str, str, str]]:
        """The overview as shown: (provider, token, calls today, left today) per row."""
        table = self.overview
        return [
            tuple(table.item(row, column).text() if table.item(row, column) else "" for column in range(4))
            for row in range(table.rowCount())
        ]  # type: ignore[misc]

    def _show_overview(self) -> None:
        """Per provider, each token: msdesk's calls today, spent or what is left; the reset time."""
        found = self._overview_labels
        if found is None:
            return
        now = self._clock()
        back = local_time(next_reset(now))
        rows: list[_OverviewRow] = []
        try:
            for provider in self._overview_providers():
                stored = found.get(provider.id, [])
                labels = stored + [
                    label for label in self.services.quota.labels_seen_today(provider.id)
                    if label and label not in stored
                ]
                if not labels:
                    rows.append(_OverviewRow(provider.id, None, provider.name, translate("ui.quota.usage_view", "no token"), "",
                                             translate("ui.quota.usage_view", "Add one in Settings")))
                    continue
                for state in self.services.quota.token_states(provider.id, labels, now=now):
                    if state.spent:
                        left = translate("ui.quota.usage_view", "none · back at {time}").format(time=back)
                    elif state.requests_remaining is not None:
                        left = figures(state.requests_remaining, state.requests_limit)
                    else:
                        left = translate("ui.quota.usage_view", "unknown", "calls left")
                    if state.label in stored:
                        name = state.label
                    else:
                        name = translate("ui.quota.usage_view", "{token} (not stored)").format(token=state.label)
                    rows.append(_OverviewRow(provider.id, state.label, provider.name, name,
                                             number(state.calls_today), left, state.spent))
        except Exception as exc:  # a closed store: keep what is shown
            log.debug("usage overview unavailable: %s", type(exc).__name__)
            return
        table = self.overview
        table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            for column, value in enumerate((row.provider_name, row.token, row.calls, row.left)):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, (row.provider_id, row.label))
                if column == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if column == 3 and row.spent:
                    item.setForeground(qcolor(SPENT.name()))
                table.setItem(index, column, item)
        tokens = [row for row in rows if row.label is not None]
        if tokens and all(row.spent for row in tokens):
            summary = translate(
                "ui.quota.usage_view", "Every token is spent today — calls come back at {time} your time (00:00 UTC+8).")
        else:
            summary = translate(
                "ui.quota.usage_view", "Every token today — the daily quota resets at {time} your time (00:00 UTC+8).")
        self.overview_title.setText(summary.format(time=back))
        _fit_rows(table, len(rows))

    def _overview_clicked(self, row: int, _column: int) -> None:
        item = self.overview.item(row, 0)
        data = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if isinstance(data, tuple | list) and len(data) == 2:
            self.select(data[0], data[1])

    def _changed(self, notice: Notice) -> None:
        if Change.PROVIDERS in notice or Change.TOKENS in notice:
            self._load_overview()  # a provider or token added, renamed or removed
        elif Change.QUOTA in notice:
            self._show_overview()
        provider_id = self.provider_id()
        if Change.PROVIDERS in notice:  # one added, renamed, switched off or removed
            self._fill_providers(provider_id)
            if self.provider_id() != provider_id:
                self._provider_changed()
                return
        if provider_id is None or notice.provider_id not in (None, provider_id):
            return
        if Change.TOKENS in notice:
            self._provider_changed()  # a token added, renamed or removed
            return
        if Change.QUOTA in notice:
            self._credit_stale = True  # a call may have spent credits
            try:
                seen = self.services.quota.labels_seen_today(provider_id)
            except Exception as exc:  # a closed store: keep what is shown
                log.debug("usage figures unavailable: %s", type(exc).__name__)
                return
            if any(self.token_box.findData(label) < 0 for label in seen):
                self._provider_changed()  # a token not listed yet (e.g. the environment's)
                return
            self.refresh()

    def stop(self) -> None:
        """No more refreshes (the services are closing)."""
        self._follow.stop()
        self.runner.cancel_all()
