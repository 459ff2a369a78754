"""The quota item in the status bar and the usage view: real widgets, real HTTP to the fake, real SQLite."""

from __future__ import annotations

import asyncio
import time
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QHBoxLayout, QWidget

from msdesk import __version__
from msdesk.core.paths import AppPaths
from msdesk.core.quota import USAGE_FILE, QuotaStore
from msdesk.core.ratelimit import RateLimit, next_reset
from msdesk.core.services import Services
from msdesk.ui.main_window import MainWindow
from msdesk.ui.quota import status_item
from msdesk.ui.quota.status_item import AMBER, RED, QuotaStatusItem
from msdesk.ui.quota.usage_view import UsageView
from tests.conftest import until
from tests.fakes.modelscope import VALID_TOKEN, new_token

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)\(\)")

MODEL = "Qwen/Qwen3-32B"
TOKENS = {label: new_token() for label in ("main", "backup", "key")}


def figures(remaining: int, model_remaining: int | None = None, *, label: str = "main",
            limit: int = 2000, model_limit: int = 500) -> RateLimit:
    return RateLimit(
        provider_id="modelscope", token_label=label, model=MODEL,
        requests_limit=limit, requests_remaining=remaining,
        model_requests_limit=model_limit if model_remaining is not None else None,
        model_requests_remaining=model_remaining,
    )


def back_at() -> str:
    """The next 00:00 UTC+8 in this machine's local time, as the item shows it."""
    return next_reset(datetime.now(UTC)).astimezone().strftime("%H:%M")


def text_colour(item: QuotaStatusItem):
    return item.button.palette().color(QPalette.ColorRole.ButtonText)


@pytest.fixture
def local_zone(monkeypatch):
    """Set the machine's time zone for this test (a POSIX TZ string), restored afterwards."""

    def set_zone(tz: str) -> None:
        monkeypatch.setenv("TZ", tz)
        time.tzset()

    yield set_zone
    monkeypatch.undo()
    time.tzset()


def test_headers_from_a_chat_call_update_the_status_item(qtbot, run_async, fake_env):
    from msdesk.ui.pages import install_pages

    window = MainWindow(version=__version__)
    qtbot.addWidget(window)
    window.show()

    async def scenario():
        services = await Services.open()
        await services.secrets.set("modelscope", "main", VALID_TOKEN)
        await install_pages(window, services)
        page = window.page_content("chat")
        item = window.statusBar().findChild(QWidget, "quotaStatus")
        assert isinstance(item, QuotaStatusItem)
        await until(lambda: item.active() == ("modelscope", "main", MODEL),
                    message=f"the item follows {item.active()}")
        # No call yet today: the limits are unknown; msdesk's own (empty) count is the estimate.
        assert item.text() == "≈ 0 calls today · limit unknown"
        assert "2000" not in item.button.toolTip()
        assert item.isVisibleTo(window)

        page.composer.input.setPlainText("how much is left?")
        qtbot.keyClick(page.composer.input, Qt.Key.Key_Return)
        await until(lambda: not page.streaming and item.text() == "1999 / 2000 · model 499 / 500",
                    message=f"status item shows {item.text()!r}")
        assert item.state() == "ok"
        assert services.quota.calls_today("modelscope", "main") == 1

        # The user picks another model: its own figures (none yet), the total stays.
        picker = page.picker
        row = next(i for i in range(picker.count())
                   if getattr(picker.itemData(i, Qt.ItemDataRole.UserRole + 1), "model_id", "")
                   == "deepseek-ai/DeepSeek-V3.2")
        picker.setCurrentIndex(row)
        picker.activated.emit(row)
        await until(lambda: item.active()[2] == "deepseek-ai/DeepSeek-V3.2")
        assert item.text() == "1999 / 2000"

        # Clicking the item opens the usage view on that provider and token.
        item.button.click()
        view = window.findChild(UsageView, "usageView")
        assert view is not None and view.isVisible()
        await until(lambda: view.token_label() == "main")
        assert view.today_label.text() == "≈ 1 call today (msdesk's count)"
        assert "1999 / 2000" in view.server_label.text()
        view.close()

        item.stop()
        page.runner.cancel_all()
        await asyncio.sleep(0.05)
        window.hide()
        await services.aclose()

    run_async(scenario())


def test_amber_under_ten_percent_red_at_zero_and_the_answering_token_shows(qtbot, run_async):
    async def scenario():
        services = await Services.open()
        item = QuotaStatusItem(services)
        qtbot.addWidget(item)
        item.set_active("modelscope", "main", MODEL)
        neutral = text_colour(item)

        services.quota.record_figures(figures(200, 300), TOKENS["main"])  # exactly 10 % left: still fine
        assert (item.text(), item.state()) == ("200 / 2000 · model 300 / 500", "ok")
        assert text_colour(item) == neutral

        services.quota.record_figures(figures(199, 300), TOKENS["main"])
        assert (item.text(), item.state()) == ("199 / 2000 · model 300 / 500", "low")
        assert text_colour(item) == AMBER

        services.quota.record_figures(figures(1500, 40), TOKENS["main"])  # the model runs low although the day does not
        assert item.state() == "low"

        # None left today: the model's own figure no longer counts; the reset time, in local time, does.
        services.quota.record_figures(figures(0, 40), TOKENS["main"])
        assert (item.text(), item.state()) == (f"No calls left today · back at {back_at()}", "out")
        assert text_colour(item) == RED
        assert item.property("quotaState") == "out"

        # Another token of the provider answered (a failover): the item follows it.
        services.quota.record_figures(figures(1800, 450, label="backup"), TOKENS["backup"])
        assert item.active() == ("modelscope", "backup", MODEL)
        assert (item.text(), item.state()) == ("1800 / 2000 · model 450 / 500", "ok")
        assert text_colour(item) == neutral
        assert "token “backup”" in item.button.toolTip()

        # Figures of another provider change nothing.
        services.quota.record_figures(RateLimit("bailian", "key", "qwen-plus", 10, 0), TOKENS["key"])
        assert item.text() == "1800 / 2000 · model 450 / 500"

        item.stop()
        await services.aclose()

    run_async(scenario())


def test_a_token_stored_anew_shows_its_own_figures_at_once(qtbot, run_async):
    async def scenario():
        services = await Services.open()
        await services.tokens.store("modelscope", "main", TOKENS["main"])
        item = QuotaStatusItem(services)
        qtbot.addWidget(item)
        item.set_active("modelscope", "main", MODEL)
        services.quota.record_figures(figures(0, 40), TOKENS["main"])
        assert (item.text(), item.state()) == (f"No calls left today · back at {back_at()}", "out")

        # A new token under the same name: nothing was forgotten, the name holds another token.
        await services.tokens.store("modelscope", "main", TOKENS["backup"])
        assert (item.text(), item.state()) == ("≈ 0 calls today · limit unknown", "unknown")
        assert text_colour(item) != RED

        # The old one put back (an undone change): its figures come back with it.
        await services.tokens.store("modelscope", "main", TOKENS["main"])
        assert item.state() == "out"

        item.stop()
        await services.aclose()

    run_async(scenario())


def test_before_any_header_the_item_estimates_from_the_persisted_count(qtbot, run_async):
    async def scenario():
        services = await Services.open()
        for _ in range(12):
            services.quota.record_call("modelscope", TOKENS["main"], MODEL, token_label="main")
        for _ in range(3):
            services.quota.record_call("bailian", TOKENS["key"], "qwen-plus", token_label="key")
        await services.aclose()

        # A new process: the count came from the file.
        services = await Services.open()
        item = QuotaStatusItem(services)
        qtbot.addWidget(item)
        item.set_active("modelscope", "main", MODEL)
        assert item.text() == "≈ 12 calls today · limit unknown"
        assert item.state() == "unknown"
        tip = item.button.toolTip()
        assert "limits are unknown" in tip and "an estimate): 12 calls today" in tip

        # No limit is assumed: however many calls, nothing turns amber on a guess.
        for _ in range(1800):
            services.quota.record_call("modelscope", TOKENS["main"], MODEL, token_label="main")
        item.refresh()
        assert item.text() == "≈ 1812 calls today · limit unknown"
        assert item.state() == "unknown"

        # Another provider without quota figures: just msdesk's own count.
        item.set_active("bailian", "key", "qwen-plus")
        assert item.text() == "≈ 3 calls today (msdesk's count)"
        assert item.state() == "unknown"

        # Server figures seen earlier today outlive the process too.
        services.quota.record_figures(figures(1500, 400), TOKENS["main"])
        await services.aclose()
        services = await Services.open()
        later = QuotaStatusItem(services)
        qtbot.addWidget(later)
        later.set_active("modelscope", "main", MODEL)
        assert later.text() == "1500 / 2000 · model 400 / 500"

        item.set_active("modelscope", None, MODEL)
        item.stop()
        later.stop()
        await services.aclose()

    run_async(scenario())


@pytest.mark.parametrize(
    ("zone", "now", "expected", "seven_minutes_later"),
    [
        # UTC−10: 00:00 UTC+8 is 06:00 the previous day there.
        ("HST10", datetime(2025, 3, 10, 3, 0, tzinfo=UTC),
         "Resets tomorrow at 06:00 your time (00:00 UTC+8), in 13 h 0 min", "in 12 h 53 min"),
        # UTC+14: the same instant is 06:00 on the day after.
        ("<+14>-14", datetime(2025, 3, 10, 15, 48, tzinfo=UTC),
         "Resets at 06:00 your time (00:00 UTC+8), in 12 min", "in 5 min"),
        # UTC, just after the reset: a whole day to go.
        ("UTC0", datetime(2025, 3, 10, 16, 0, tzinfo=UTC),
         "Resets tomorrow at 16:00 your time (00:00 UTC+8), in 24 h 0 min", "in 23 h 53 min"),
    ],
)
def test_the_tooltip_names_the_local_reset_time_and_counts_down(
    qtbot, run_async, local_zone, monkeypatch, zone, now, expected, seven_minutes_later
):
    local_zone(zone)
    monkeypatch.setattr(status_item, "TICK_MS", 40)  # the real item ticks every 30 s
    clock = [now]

    async def scenario():
        services = await Services.open()
        item = QuotaStatusItem(services, clock=lambda: clock[0])
        qtbot.addWidget(item)
        item.set_active("modelscope", "main", MODEL)
        assert expected in item.button.toolTip()
        clock[0] = now + timedelta(minutes=7)  # nothing else happens: the timer refreshes it
        await until(lambda: item.button.toolTip().endswith(
                        f"(00:00 UTC+8), {seven_minutes_later}\nClick for usage details."),
                    message=f"the countdown did not move: {item.button.toolTip()!r}")
        item.stop()
        await services.aclose()

    run_async(scenario())


def test_the_usage_view_shows_today_the_models_and_fourteen_bars(qtbot, run_async, fake_env):
    # Calls on earlier quota days, written as msdesk would have then.
    pattern = {0: 3, 1: 0, 2: 7, 5: 1, 13: 14, 20: 9}  # days ago -> calls (20 is out of range)
    path = AppPaths.default().ensure().data_dir / USAGE_FILE
    real_now = datetime.now(UTC)
    for days_ago, calls in pattern.items():
        store = QuotaStore.open(path, clock=lambda d=days_ago: real_now - timedelta(days=d))
        for _ in range(calls):
            store.record_call("modelscope", VALID_TOKEN, MODEL, token_label="main")
        store.close()

    async def scenario():
        services = await Services.open()
        await services.secrets.set("modelscope", "main", VALID_TOKEN)
        services.quota.record_call("modelscope", TOKENS["backup"], "deepseek-ai/DeepSeek-V3.2",
                                   token_label="environment")
        view = UsageView(services, provider_id="modelscope", token_label="main")
        qtbot.addWidget(view)
        view.show()
        await until(lambda: view.token_label() == "main")
        assert view.objectName() == "usageView" and not view.isModal()
        assert view.today_label.text() == "≈ 3 calls today (msdesk's count)"
        assert view.server_label.text().startswith("Left today: unknown. ModelScope has sent no quota")
        assert "2000" not in view.server_label.text()
        assert "your time (00:00 UTC+8)" in view.reset_label.text()
        assert "https://modelscope.cn/docs/model-service/API-Inference/limits" in view.link_label.text()
        # A token used today but not stored (the environment's) can be chosen too.
        labels = [view.token_box.itemData(i) for i in range(view.token_box.count())]
        assert labels == ["main", "environment"]

        counts = view.chart.counts
        assert len(counts) == 14
        assert [c for _day, c in counts] == [14, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 7, 0, 3]
        assert counts == services.quota.daily_counts("modelscope", "main", days=14)
        rects = view.chart.bar_rects()
        assert len(rects) == 14
        tallest = rects[0].height()
        assert tallest > 50
        for (_day, count), rect in zip(counts, rects, strict=True):
            assert rect.height() == pytest.approx(tallest * count / 14)
        assert rects[0].left() < rects[-1].left()  # oldest on the left

        # A real call: the server's figures and the per-model row appear.
        client = await services.inference("modelscope")
        from msdesk.core.inference import ChatRequest

        await client.chat(ChatRequest(model=MODEL, messages=[{"role": "user", "content": "hi"}]))
        await until(lambda: view.today_label.text() == "≈ 4 calls today (msdesk's count)")
        assert "Left today, according to ModelScope: 1999 / 2000" in view.server_label.text()
        table = view.models_table
        assert table.rowCount() == 1
        assert [table.item(0, c).text() for c in range(3)] == [MODEL, "4", "499 / 500"]
        assert [c for _day, c in view.chart.counts][-1] == 4

        # Another token: its own figures.
        view.token_box.setCurrentIndex(1)
        assert view.today_label.text() == "≈ 1 call today (msdesk's count)"
        assert [c for _day, c in view.chart.counts][-1] == 1

        view.stop()
        view.hide()
        await services.aclose()

    run_async(scenario())


def test_the_usage_view_shows_the_credit_balance_only_where_the_hub_answers(qtbot, run_async, fake_env):
    token = new_token()
    fake_env.add_token(token)

    def balance_asked() -> int:
        return sum(r.path.endswith("/magicubes/balance") for r in fake_env.requests)

    async def scenario():
        services = await Services.open()
        await services.secrets.set("modelscope", "main", token)
        view = UsageView(services, provider_id="modelscope", token_label="main", model=MODEL)
        qtbot.addWidget(view)
        view.show()
        await until(lambda: view.token_label() == "main" and balance_asked() >= 1)
        await asyncio.sleep(0.2)
        assert not view.credit_label.isVisible()  # no balance endpoint: nothing about credits

        fake_env.credit_grant = 250
        fake_env.credit_costs[MODEL] = 2
        client = await services.inference("modelscope")
        from msdesk.core.inference import ChatRequest

        await client.chat(ChatRequest(model=MODEL, messages=[{"role": "user", "content": "hi"}]))
        await until(lambda: view.credit_label.isVisible(), message="the credit line appears")
        assert view.credit_label.text() == (
            f"Credits, as ModelScope said: 248 of 250 credits left; "
            f"a call of {MODEL} costs 2 credits (tier premium)."
        )
        view.stop()
        view.hide()
        await services.aclose()

    run_async(scenario())


# -- every token spent: the status bar and the usage view say so, and agree -------------------


async def ask(qtbot, page, text: str) -> None:
    page.composer.input.setPlainText(text)
    qtbot.keyClick(page.composer.input, Qt.Key.Key_Return)
    await until(lambda: page.streaming, timeout=5, message="the question was not sent")
    await until(lambda: not page.streaming, message="the answer did not end")


def test_with_every_token_spent_the_item_says_so_and_the_usage_view_agrees(qtbot, run_async, fake_env):
    from msdesk.ui.pages import install_pages

    main, backup = new_token(), new_token()
    fake_env.add_token(main, daily_limit=1)
    fake_env.add_token(backup, daily_limit=2)
    window = MainWindow(version=__version__)
    qtbot.addWidget(window)
    window.resize(800, 600)
    window.show()

    async def scenario():
        services = await Services.open()
        await services.secrets.set("modelscope", "main", main)
        await services.secrets.set("modelscope", "backup", backup)
        await install_pages(window, services)
        page = window.page_content("chat")
        item = window.statusBar().findChild(QWidget, "quotaStatus")
        await until(lambda: item.active() == ("modelscope", "main", MODEL))

        # "main" answers and has none left: the next call goes to "backup", and the item says so.
        await ask(qtbot, page, "one")
        await until(lambda: "the next call uses “backup”" in item.button.toolTip(),
                    message=f"the item shows {item.text()!r}: {item.button.toolTip()!r}")
        assert item.state() != "out" and "0 / 1" not in item.text()
        assert "token “backup”" in item.button.toolTip()

        # "backup" answers twice and has none left either: every token is spent.
        await ask(qtbot, page, "two")
        await ask(qtbot, page, "three")
        expected = f"All tokens spent · back at {back_at()}"
        await until(lambda: item.text() == expected, message=f"the item shows {item.text()!r}")
        assert item.state() == "out" and text_colour(item) == RED
        assert "model" not in item.text()  # no per-model figure left over from an earlier answer
        tip = item.button.toolTip()
        assert tip.startswith(expected + "\n")  # the whole text, whatever room the status bar has
        assert "Every ModelScope token (“main”, “backup”) has no calls left today" in tip
        assert "your time (00:00 UTC+8)" in tip
        # Never cut off: at 800 px the whole text is painted.
        assert item.shown_text() == expected

        # The usage view says the same for the token it opens on, and for every token.
        item.button.click()
        view = window.findChild(UsageView, "usageView")
        await until(lambda: view.token_label() == "backup" and view.overview.rowCount() == 2,
                    message=f"the view shows {view.token_label()!r}, {view.overview_rows()}")
        assert view.server_label.text().startswith("Left today: none.")
        row = [view.models_table.item(0, c).text() for c in (0, 2)]
        assert row == [MODEL, f"none · back at {back_at()}"]
        assert view.overview_rows() == [
            ("ModelScope", "main", "1", f"none · back at {back_at()}"),
            ("ModelScope", "backup", "2", f"none · back at {back_at()}"),
        ]
        assert view.overview_title.text().startswith(
            f"Every token is spent today — calls come back at {back_at()}")
        view.close()

        item.stop()
        page.runner.cancel_all()
        await asyncio.sleep(0.05)
        window.hide()
        await services.aclose()

    run_async(scenario())


def test_the_item_elides_its_text_when_short_of_room_and_keeps_it_whole_in_the_tooltip(qtbot, run_async):
    async def scenario():
        services = await Services.open()
        holder = QWidget()
        qtbot.addWidget(holder)
        layout = QHBoxLayout(holder)
        item = QuotaStatusItem(services, parent=holder)
        layout.addWidget(item)
        item.set_active("modelscope", "main", MODEL)
        services.quota.record_figures(figures(0, 40), TOKENS["main"])
        whole = f"No calls left today · back at {back_at()}"
        assert item.text() == whole
        holder.show()  # as wide as it asks
        await until(lambda: item.shown_text() == whole, message=f"painted: {item.shown_text()!r}")

        holder.setFixedWidth(item.minimumSizeHint().width() + 20)  # a status bar short of room
        await until(lambda: item.shown_text() != whole, message="the text was not elided")
        assert item.shown_text().endswith("…") and whole.startswith(item.shown_text()[:-1])
        assert item.text() == whole and item.button.toolTip().startswith(whole + "\n")

        item.stop()
        await services.aclose()

    run_async(scenario())


def test_the_usage_view_lists_every_token_and_says_when_there_is_nothing_to_chart(qtbot, run_async, fake_env):
    spent = new_token()
    fake_env.add_token(spent, daily_limit=0)

    async def scenario():
        services = await Services.open()
        await services.secrets.set("modelscope", "main", VALID_TOKEN)
        await services.secrets.set("modelscope", "spent", spent)
        view = UsageView(services, provider_id="modelscope", token_label="main", model=MODEL)
        qtbot.addWidget(view)
        view.show()
        await until(lambda: view.token_label() == "main" and view.overview.rowCount() == 2)
        # No usage yet: a sentence instead of an empty chart.
        assert view.chart_empty.isVisible() and not view.chart.isVisible()
        assert "No calls by msdesk with this token in the last 14 days" in view.chart_empty.text()
        assert view.overview_rows() == [
            ("ModelScope", "main", "0", "unknown"),
            ("ModelScope", "spent", "0", "unknown"),
        ]
        assert view.overview_title.text().startswith(
            f"Every token today — the daily quota resets at {back_at()}")

        # A call tried with the spent one first: it is refused, the other answers.
        from msdesk.core.inference import ChatRequest

        stream, who = await services.failover.open(
            "modelscope", MODEL, ChatRequest(model=MODEL, messages=[{"role": "user", "content": "hi"}]),
            label="spent",
        )
        async for _piece in stream:
            pass
        assert who.token_label == "main"
        await until(lambda: view.overview_rows()[0][2] == "1", message=f"{view.overview_rows()}")
        assert view.overview_rows() == [
            ("ModelScope", "main", "1", "1999 / 2000"),
            ("ModelScope", "spent", "0", f"none · back at {back_at()}"),  # refused: not counted
        ]
        assert view.chart.isVisible() and not view.chart_empty.isVisible()

        # A row of the overview shows that token below.
        view.overview.cellClicked.emit(1, 1)
        assert view.token_label() == "spent"
        assert view.server_label.text().startswith("Left today: none.")
        assert view.models_table.item(0, 2).text() == f"none · back at {back_at()}"

        view.stop()
        view.hide()
        await services.aclose()

    run_async(scenario())
