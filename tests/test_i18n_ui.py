"""The window's words, figures and times in Chinese and Russian (the quota, the Models page).

What a Chinese or Russian reader checks: the sentence is in their language, the
numbers are grouped as they write them, the 00:00 UTC+8 reset is said in their
own clock time, plurals agree; and English reads as before.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from msdesk import translations
from msdesk.core import i18n
from msdesk.core.i18n import translate
from msdesk.ui.formats import with_number
from msdesk.ui.quota import countdown, figures, local_date, reset_line

NBSP = "\u00a0"  # Russian groups digits with a no-break space


@pytest.fixture
def language() -> Iterator[Callable[[str], str]]:
    before = QLocale()

    def use(choice: str) -> str:
        return translations.apply(choice)

    yield use
    app = QCoreApplication.instance()
    if app is not None:
        for translator in translations._installed:
            app.removeTranslator(translator)  # type: ignore[arg-type]
    i18n.install(None)
    QLocale.setDefault(before)


@pytest.fixture
def zone() -> Iterator[Callable[[str], None]]:
    before = os.environ.get("TZ")

    def use(name: str) -> None:
        os.environ["TZ"] = name
        time.tzset()

    yield use
    if before is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = before
    time.tzset()


NOW = datetime(2026, 3, 14, 10, 0, tzinfo=UTC)  # 18:00 in UTC+8: the quota resets at 16:00 UTC


def test_the_reset_is_said_in_russian_at_the_readers_own_clock_time(language, zone):
    zone("UTC")
    assert language("ru") == "ru"
    assert reset_line(NOW) == "Сброс в 16:00 по вашему времени (00:00 UTC+8), через 6 ч 0 мин"
    zone("Asia/Shanghai")
    assert reset_line(NOW) == "Сброс завтра в 00:00 по вашему времени (00:00 UTC+8), через 6 ч 0 мин"
    assert reset_line(NOW, counting=True).startswith("Счёт msdesk начнётся заново завтра в 00:00")


def test_the_reset_is_said_in_chinese_and_dates_read_as_chinese_dates(language, zone):
    zone("America/Los_Angeles")  # UTC-7 in March: 16:00 UTC is 09:00 the same day
    assert language("zh_CN") == "zh_CN"
    late = datetime(2026, 3, 15, 5, 0, tzinfo=UTC)  # still the 14th in Los Angeles
    assert reset_line(late) == "额度于明天 09:00（当地时间，即 UTC+8 00:00）重置，11 小时 0 分钟后"
    assert local_date(datetime(2026, 3, 16, 16, 0, tzinfo=UTC)) == "3月16日周一"
    assert countdown(30) == "不到 1 分钟后"


def test_quota_figures_are_grouped_as_the_language_writes_numbers(language):
    assert figures(1234, 2000) == "1234 / 2000"  # English: as msdesk always wrote them
    assert figures(5, None) == "5 / ?"
    language("ru")
    assert figures(1234, 2000) == f"1{NBSP}234 / 2{NBSP}000"
    language("zh_CN")
    assert figures(1234, 2000) == "1,234 / 2,000"


@pytest.mark.parametrize(
    ("count", "expected"),
    [(1, "1 модель"), (3, "3 модели"), (5, "5 моделей"), (11, "11 моделей"), (21, "21 модель"),
     (1234, f"1{NBSP}234 модели")],
)
def test_russian_counts_agree_with_the_number(language, count, expected):
    language("ru")
    assert with_number(translate("ui.models.page", "%n model(s)", "", count), count) == expected


def test_a_spent_tokens_sentence_reads_in_russian_quotes(language):
    language("ru")
    text = translate("ui.quota.__init__", "Token “{token}” has no calls left today.").format(token="main")
    assert text == "У токена «main» на сегодня не осталось вызовов."
