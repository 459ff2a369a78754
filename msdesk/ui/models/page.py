"""The Models page: search the ModelScope model library, filter, sort, page, open details.

The page shows what it has at once (the disk cache, else the bundled
snapshot), then asks the network. Typing is debounced and cancels the request
in flight (the runner key ``"search"``); a generation counter drops any
answer that belongs to an older search, so a slow old answer never replaces
a newer one. More rows load when the list is scrolled near its end.

The API badge on a row and on the card is ``msdesk.core.served.is_served``:
the model library's own answer, or, where a token is stored, the gateway's
model list (asked once a day, and again when tokens or hosts change).
"""

from __future__ import annotations

import asyncio
from datetime import datetime
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from msdesk.core.changes import Change, Notice
from msdesk.core.hub import HubModel, SearchPage, SearchQuery
from msdesk.core.i18n import translate
from msdesk.core.served import GatewayCatalogue, GatewayModels
from msdesk.ui.async_task import AsyncRunner, user_message
from msdesk.ui.change_relay import ChangeRelay
from msdesk.ui.formats import clock_time, date_text, number, with_number
from msdesk.ui.models.flow_layout import FlowLayout
from msdesk.ui.models.list_model import (
    ROW_HEIGHT,
    ModelListModel,
    ModelRowDelegate,
    PassThroughRows,
    row_height,
    task_labels,
)
from msdesk.ui.theme import themed

SEARCH_DEBOUNCE_MS = 300
PAGE_SIZE = 30
#: Load the next page when the list is scrolled to within this many rows of its end.
LOAD_MORE_ROWS = 4


def sort_choices() -> tuple[tuple[str, str], ...]:
    """The sorts the page offers: (hub sort key, label in the user's language)."""
    return (
        ("default", translate("ui.models.page", "Default", "a sort order")),
        ("downloads", translate("ui.models.page", "Downloads", "a sort order")),
        ("likes", translate("ui.models.page", "Likes", "a sort order")),
        ("updated", translate("ui.models.page", "Last updated", "a sort order")),
    )


def _format_saved_time(fetched_at: float | None) -> str:
    """When results were saved: "14:05" today, "05 Dec 14:05" before ("" when unknown)."""
    if not fetched_at:
        return ""
    moment = datetime.fromtimestamp(fetched_at).astimezone()
    if moment.date() == datetime.now().date():
        return clock_time(moment)
    day = date_text(moment.date(), translate("ui.models.page", "dd MMM", "a day and month (Qt date format)"))
    return translate("ui.models.page", "{date} {time}", "a date and a time").format(date=day, time=clock_time(moment))


class ResultsView(QListView):
    """The results list; Enter opens a row, Ctrl+C copies its model ID."""

    openRequested = Signal(QModelIndex)
    copyRequested = Signal(QModelIndex)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        if event.matches(QKeySequence.StandardKey.Copy):
            if index.isValid():
                self.copyRequested.emit(index)
            event.accept()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and index.isValid():
            self.openRequested.emit(index)
            event.accept()
            return
        super().keyPressEvent(event)


class ModelsPage(QWidget):
    """The model library browser.

    Signals:
        chatRequested(str): the detail pane asked to chat with this model ID.
        addedToProvider(str): the detail pane added this model ID to a provider.
    """

    chatRequested = Signal(str)
    addedToProvider = Signal(str)

    def __init__(self, services: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("modelsPage")
        self.services = services
        self._hub: Any = None
        self._gateway: GatewayCatalogue | None = None
        self.runner = AsyncRunner(self)
        #: The gateway's model list is asked apart from the searches (it does not make the page busy).
        self.gateway_runner = AsyncRunner(self)
        self._generation = 0
        self._page = 1
        self._has_more = False
        self._loading_more = False
        self._offline = False
        self._error_text = ""
        self._started = False
        self._last_query: SearchQuery | None = None

        self.list_model = ModelListModel(self)
        self.view_model = PassThroughRows(self.list_model, self)
        self._build()
        self._connect()

    # -- construction ---------------------------------------------------------

    def _build(self) -> None:
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("modelSearchEdit")
        self.search_edit.setPlaceholderText(translate("ui.models.page", "Search models by name, owner or Chinese name   (press /)"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setAccessibleName(translate("ui.models.page", "Search models"))
        self.search_edit.setToolTip(translate("ui.models.page", "Search the ModelScope model library (press / or Ctrl+F)"))

        self.api_filter = QCheckBox(translate("ui.models.page", "API-Inference only"), self)
        self.api_filter.setObjectName("apiInferenceFilter")
        self.api_filter.setChecked(True)
        self.api_filter.setToolTip(translate("ui.models.page", "Show only models you can call through ModelScope API-Inference"))

        self.task_filter = QComboBox(self)
        self.task_filter.setObjectName("taskFilter")
        self.task_filter.setAccessibleName(translate("ui.models.page", "Task"))
        self.task_filter.setToolTip(translate("ui.models.page", "Only models of this task"))
        self.task_filter.addItem(translate("ui.models.page", "All tasks"), "")
        for task, label in task_labels().items():
            if task != "other":
                self.task_filter.addItem(label, task)

        self.sort_combo = QComboBox(self)
        self.sort_combo.setObjectName("sortCombo")
        self.sort_combo.setAccessibleName(translate("ui.models.page", "Sort by"))
        self.sort_combo.setToolTip(translate("ui.models.page", "Sort results"))
        for key, label in sort_choices():
            self.sort_combo.addItem(label, key)

        # The filters wrap onto a second line when the list pane is narrow.
        filters = FlowLayout(spacing=8)
        self.search_edit.setMinimumWidth(240)
        filters.addWidget(self.api_filter)
        filters.addWidget(self.task_filter)
        sort_box = QWidget(self)
        sort_row = QHBoxLayout(sort_box)
        sort_row.setContentsMargins(0, 0, 0, 0)
        sort_label = QLabel(translate("ui.models.page", "Sort:"), sort_box)
        sort_label.setBuddy(self.sort_combo)
        sort_row.addWidget(sort_label)
        sort_row.addWidget(self.sort_combo)
        filters.addWidget(sort_box)

        self.busy_bar = QProgressBar(self)
        self.busy_bar.setObjectName("modelSearchBusy")
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setFixedHeight(3)
        self.busy_bar.setAccessibleName(translate("ui.models.page", "Loading models"))
        self.busy_bar.setVisible(False)

        self.notice = QFrame(self)
        self.notice.setObjectName("modelOfflineNotice")
        self.notice.setFrameShape(QFrame.Shape.StyledPanel)
        self.notice.setStyleSheet(themed(
            "#modelOfflineNotice { background: rgba(230, 160, 40, 0.16);"
            " border: 1px solid rgba(230, 160, 40, 0.55); border-radius: 4px; }"
        ))
        self.notice_label = QLabel(self.notice)
        self.notice_label.setObjectName("modelOfflineNoticeText")
        self.notice_label.setWordWrap(True)
        self.retry_button = QPushButton(translate("ui.models.page", "Retry"), self.notice)
        self.retry_button.setObjectName("modelRetryButton")
        self.retry_button.setToolTip(translate("ui.models.page", "Ask the model library again"))
        notice_layout = QHBoxLayout(self.notice)
        notice_layout.setContentsMargins(10, 4, 6, 4)
        notice_layout.addWidget(self.notice_label, 1)
        notice_layout.addWidget(self.retry_button)
        self.notice.setVisible(False)

        self.results = ResultsView(self)
        self.results.setObjectName("modelResults")
        self.results.setAccessibleName(translate("ui.models.page", "Models"))
        self.results.setModel(self.view_model)
        self.delegate = ModelRowDelegate(self.results)
        self.results.setItemDelegate(self.delegate)
        self.results.setUniformItemSizes(True)
        # Rows are as wide as the list: laid out again when the splitter or window resizes it.
        self.results.setResizeMode(QListView.ResizeMode.Adjust)
        self.results.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.results.verticalScrollBar().setSingleStep(ROW_HEIGHT // 2)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.copy_action = QAction(translate("ui.models.page", "Copy model ID"), self.results)
        self.copy_action.setObjectName("copyModelIdAction")
        self.copy_action.setToolTip(translate("ui.models.page", "Copy the selected model's ID (owner/name)"))
        self.results.addAction(self.copy_action)

        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("modelEmptyState")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setMargin(24)

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.results)
        self.stack.addWidget(self.empty_label)

        self.count_label = QLabel(self)
        self.count_label.setObjectName("modelCountLabel")
        self.count_label.setStyleSheet(themed("color: palette(placeholder-text);"))

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.setSpacing(6)
        left_layout.addWidget(self.search_edit)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.busy_bar)
        left_layout.addWidget(self.notice)
        left_layout.addWidget(self.stack, 1)
        left_layout.addWidget(self.count_label)

        self.detail = self._make_detail()

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("modelsSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        # In a small window the card gives up width before the list: a row needs about
        # 340 px to show a model's ID and its figures.
        left.setMinimumWidth(340)
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.splitter)

        self.toast = QLabel(self)
        self.toast.setObjectName("modelToast")
        self.toast.setStyleSheet(themed(
            "#modelToast { background: rgba(40, 40, 40, 0.92); color: white;"
            " padding: 6px 14px; border-radius: 6px; }"
        ))
        self.toast.setVisible(False)
        self._toast_timer = QTimer(self)
        self._toast_timer.setSingleShot(True)
        self._toast_timer.timeout.connect(self.toast.hide)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self._detail_timer = QTimer(self)
        self._detail_timer.setSingleShot(True)
        self._detail_timer.setInterval(120)

        for sequence in (QKeySequence("/"), QKeySequence(QKeySequence.StandardKey.Find)):
            shortcut = QShortcut(sequence, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.focus_search)
        refresh = QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self)
        refresh.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        refresh.activated.connect(lambda: self.refresh(force=True))
        self._update_empty_state()

    def _make_detail(self) -> QWidget:
        try:
            from msdesk.ui.models.detail import ModelDetail
        except ImportError:
            placeholder = QLabel(translate("ui.models.page", "Select a model to see its details."), self)
            placeholder.setObjectName("modelDetail")
            placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
            placeholder.setWordWrap(True)
            self._detail_widget = None
            return placeholder
        detail = ModelDetail(self.services, self)
        detail.chatRequested.connect(self.chatRequested)
        detail.addedToProvider.connect(self.addedToProvider)
        self._detail_widget = detail
        return detail

    def _connect(self) -> None:
        self.search_edit.textChanged.connect(self._on_text_changed)
        self.search_edit.returnPressed.connect(self._search_now)
        self._debounce.timeout.connect(self._search_now)
        self.api_filter.toggled.connect(lambda _on: self.refresh())
        self.task_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.sort_combo.currentIndexChanged.connect(self._on_sort_changed)
        self.retry_button.clicked.connect(lambda: self.refresh(force=True))
        self.copy_action.triggered.connect(self.copy_current_id)
        self.results.copyRequested.connect(lambda index: self.copy_model_id(index.row()))
        self.results.openRequested.connect(self._open_index)
        self.results.activated.connect(self._open_index)
        self.results.selectionModel().currentChanged.connect(self._on_current_changed)
        self._detail_timer.timeout.connect(self._show_current_detail)
        bar = self.results.verticalScrollBar()
        bar.valueChanged.connect(self._maybe_load_more)
        bar.rangeChanged.connect(lambda _a, _b: self._maybe_load_more())
        self.runner.busyChanged.connect(self.busy_bar.setVisible)
        self.runner.busyChanged.connect(lambda _busy: self._update_empty_state())
        ChangeRelay.of(self.services).changed.connect(self._services_changed)
        self.list_model.modelReset.connect(self._update_empty_state)
        self.list_model.rowsInserted.connect(self._update_empty_state)

    # -- public ---------------------------------------------------------------

    @property
    def hub(self) -> Any:
        if self._hub is None:
            self._hub = self.services.cached_hub()
        return self._hub

    @property
    def gateway(self) -> GatewayCatalogue:
        if self._gateway is None:
            self._gateway = GatewayCatalogue.for_services(self.services)
        return self._gateway

    def refresh_gateway(self, *, force: bool = False) -> None:
        """Ask for the gateway's model list (a day's saved list unless ``force``); badges follow."""
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            return
        self.gateway_runner.start(
            self.gateway.models(max_age=0 if force else None),
            key="gateway",
            on_result=self._set_gateway,
        )

    def _set_gateway(self, gateway: GatewayModels) -> None:
        self.list_model.set_gateway(gateway)
        if self._detail_widget is not None:
            self._detail_widget.set_gateway(gateway)
        self.results.viewport().update()

    def _services_changed(self, notice: Notice) -> None:
        # A token stored or deleted decides whether the gateway is asked; a new host is another list.
        if self._started and (Change.TOKENS in notice or Change.PROVIDERS in notice):
            self.refresh_gateway()

    def query(self, page: int = 1) -> SearchQuery:
        task = self.task_filter.currentData() or ""
        return SearchQuery(
            text=self.search_edit.text().strip(),
            api_inference=self.api_filter.isChecked(),
            tasks=(task,) if task else (),
            sort=self.sort_combo.currentData() or "default",
            page=page,
            page_size=PAGE_SIZE,
        )

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def refresh(self, *, force: bool = False) -> None:
        """Start a new search from page 1: cached rows at once, then the network."""
        self._debounce.stop()
        if not self._started or force:
            self.refresh_gateway(force=force)
        self._started = True
        self._generation += 1
        generation = self._generation
        self.runner.cancel("more")
        self._loading_more = False
        self._page = 1
        query = self.query(1)
        self._last_query = query
        try:
            quick = self.hub.cached_search(query)
        except Exception:  # a broken cache must not stop a search
            quick = None
        if quick is not None and isinstance(quick.value, SearchPage):
            self._show_page(quick.value, append=False)
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            return  # no event loop yet (a headless measurement): the cached rows stay
        self.runner.start(
            self.hub.search(query, max_age=0 if force else None),
            key="search",
            on_result=lambda answer: self._on_answer(answer, generation, append=False),
            on_error=lambda exc: self._on_failed(exc, generation),
        )

    def select_row(self, row: int) -> None:
        """Make ``row`` (a row of ``list_model``) the current result."""
        self.results.setCurrentIndex(self.view_model.index(row, 0))

    def copy_model_id(self, row: int) -> bool:
        model = self.list_model.model_at(row)
        if model is None:
            return False
        QGuiApplication.clipboard().setText(model.id)
        self.show_toast(translate("ui.models.page", "Copied {model}").format(model=model.id))
        return True

    def copy_current_id(self) -> bool:
        index = self.results.currentIndex()
        return index.isValid() and self.copy_model_id(index.row())

    def show_toast(self, text: str, msec: int = 1800) -> None:
        self.toast.setText(text)
        self.toast.adjustSize()
        x = (self.width() - self.toast.width()) // 2
        y = self.height() - self.toast.height() - 24
        self.toast.move(max(0, x), max(0, y))
        self.toast.raise_()
        self.toast.show()
        self._toast_timer.start(msec)

    @property
    def generation(self) -> int:
        return self._generation

    @property
    def has_more(self) -> bool:
        return self._has_more

    @property
    def offline(self) -> bool:
        return self._offline

    # -- events ---------------------------------------------------------------

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if not self._started:
            self.refresh()

    def _on_text_changed(self, text: str) -> None:
        # Instant feedback from the rows already loaded; the network answer follows.
        self.list_model.set_local_filter(text)
        self._debounce.start()

    def _search_now(self) -> None:
        self.refresh()

    def _on_sort_changed(self, _index: int) -> None:
        self.list_model.sort_by(self.sort_combo.currentData() or "default")
        self.refresh()

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._detail_timer.start()

    def _show_current_detail(self) -> None:
        model = self.list_model.model_at(self.results.currentIndex().row())
        if model is not None:
            self._show_detail(model)

    def _open_index(self, index: QModelIndex) -> None:
        model = self.list_model.model_at(index.row())
        if model is None:
            return
        self._detail_timer.stop()
        self._show_detail(model)
        if self._detail_widget is not None:
            self._detail_widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_detail(self, model: HubModel) -> None:
        if self._detail_widget is not None:
            self._detail_widget.show_model(model)
        elif isinstance(self.detail, QLabel):
            self.detail.setText(
                translate("ui.models.page", "{model}\n\n(Details are not available in this build.)").format(model=model.id))

    # -- answers --------------------------------------------------------------

    def _on_answer(self, answer: Any, generation: int, *, append: bool) -> None:
        if generation != self._generation:
            return  # an answer to an older search
        page = answer.value
        if not isinstance(page, SearchPage):
            return
        if append:
            self._loading_more = False
        self._show_page(page, append=append)
        if answer.error is not None:
            self._offline = True
            self._error_text = user_message(answer.error)
            if answer.source == "snapshot":
                text = translate("ui.models.page", "Offline: showing the built-in list of API-Inference models.")
            elif saved := _format_saved_time(answer.fetched_at):
                text = translate("ui.models.page", "Offline: showing saved results from {time}.").format(time=saved)
            else:
                text = translate("ui.models.page", "Offline: showing saved results from earlier.")
            self._show_notice(text, self._error_text)
        elif not append:
            self._offline = False
            self._error_text = ""
            self.notice.setVisible(False)
        self._update_empty_state()
        QTimer.singleShot(0, self, self._maybe_load_more)  # not after the page is gone

    def _on_failed(self, exc: BaseException, generation: int) -> None:
        if generation != self._generation:
            return
        self._loading_more = False
        self._offline = True
        self._error_text = user_message(exc)
        self._show_notice(
            translate("ui.models.page", "Could not reach the model library: {error}").format(error=self._error_text),
            self._error_text,
        )
        self._update_empty_state()

    def _show_notice(self, text: str, detail: str) -> None:
        self.notice_label.setText(text)
        self.notice_label.setToolTip(detail)
        self.notice.setVisible(True)

    def _show_page(self, page: SearchPage, *, append: bool) -> None:
        self._page = page.page
        self._has_more = page.has_more
        if append:
            self.list_model.append_models(page.models)
        else:
            current = self.results.currentIndex()
            keep = self.list_model.model_at(current.row()) if current.isValid() else None
            self.list_model.set_local_filter("")
            self.list_model.sort_by("default")  # the hub's order for this sort
            self.list_model.set_models(page.models)
            if keep is not None:
                row = self.list_model.row_of(keep.id)
                if row >= 0:
                    self.select_row(row)
        self.delegate.refresh_clock()
        shown = self.list_model.rowCount()
        total = max(page.total, shown)
        if self._has_more:
            count = with_number(translate("ui.models.page", "{shown} of %n model(s)", "", total), total).format(
                shown=number(shown, grouped=True))
        else:
            count = with_number(translate("ui.models.page", "%n model(s)", "", shown), shown)
        self.count_label.setText(count)

    # -- paging ---------------------------------------------------------------

    def _maybe_load_more(self, *_args: Any) -> None:
        if not self._has_more or self._loading_more or self.runner.is_running("search"):
            return
        if self.list_model.local_filter or not self.results.isVisible():
            return
        bar = self.results.verticalScrollBar()
        if bar.maximum() - bar.value() > LOAD_MORE_ROWS * row_height(self.results.font()):
            return
        self.load_more()

    def load_more(self) -> None:
        if not self._has_more or self._loading_more:
            return
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            return
        self._loading_more = True
        generation = self._generation
        query = self.query(self._page + 1)

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self._loading_more = False
                self.show_toast(translate("ui.models.page", "Could not load more: {error}").format(error=user_message(exc)))

        self.runner.start(
            self.hub.search(query),
            key="more",
            on_result=lambda answer: self._on_answer(answer, generation, append=True),
            on_error=failed,
        )

    # -- empty state ----------------------------------------------------------

    def _update_empty_state(self, *_args: Any) -> None:
        if self.list_model.rowCount() > 0:
            self.stack.setCurrentWidget(self.results)
            return
        text = self.search_edit.text().strip()
        narrowed = self.api_filter.isChecked() or bool(self.task_filter.currentData())
        if self.runner.busy:
            message = translate("ui.models.page", "Searching the model library…")
        elif self._offline:
            message = translate(
                "ui.models.page", "You are offline and nothing is saved for this search.\n"
                "{error}\nPress Retry when you are back online."
            ).format(error=self._error_text)
        elif self.list_model.loaded_count and self.list_model.local_filter:
            message = translate("ui.models.page", "No loaded model matches “{text}”. Searching the library…").format(text=text)
        elif text and narrowed:
            message = translate(
                "ui.models.page", "No model matches “{text}” with these filters.\n"
                "Try “All tasks”, or untick API-Inference only to search every model."
            ).format(text=text)
        elif text:
            message = translate(
                "ui.models.page", "No model matches “{text}”. Check the spelling or try a shorter name.").format(text=text)
        elif narrowed:
            message = translate(
                "ui.models.page", "No models for this filter.\n"
                "The filter is too narrow: try “All tasks” or untick API-Inference only."
            )
        else:
            message = translate("ui.models.page", "No models to show yet.")
        self.empty_label.setText(message)
        self.stack.setCurrentWidget(self.empty_label)
