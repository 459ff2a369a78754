"""Numbers, clock times and dates as the user's language writes them.

Chinese and Russian use the locale Qt's default was set to at start
(``msdesk.translations``): ``1 234``, ``08:00``, ``5 декабря``. English keeps
msdesk's own forms whatever the system's region (``1234`` or ``1,234``, a
24-hour ``08:00``, English day and month names).
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale, QTime

from msdesk.core.i18n import language


def _english() -> bool:
    return language() == "en"


def locale() -> QLocale:
    """The locale for numbers and dates: the language's, or C (English names) for English."""
    return QLocale.c() if _english() else QLocale()


def number(value: int, grouped: bool = False) -> str:
    """``value`` with the locale's digit grouping (English: ``1,234`` when ``grouped``, else ``1234``)."""
    if _english():
        return f"{value:,}" if grouped else str(value)
    return QLocale().toString(value)


def decimal(value: float, digits: int = 1) -> str:
    """``value`` with ``digits`` decimals and the locale's decimal point (``1.5``, ``1,5``)."""
    if _english():
        return f"{value:.{digits}f}"
    return QLocale().toString(value, "f", digits)


def clock_time(moment: datetime) -> str:
    """``moment`` as a clock time in the user's time zone (``08:00``)."""
    local = moment.astimezone()
    if _english():
        return f"{local:%H:%M}"
    return QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)


def date_text(day: date, pattern: str) -> str:
    """``day`` written with a Qt date ``pattern`` (``ddd dd MMM``) in the user's locale."""
    return locale().toString(QDate(day.year, day.month, day.day), pattern)


def with_number(text: str, n: int) -> str:
    """A translated counted text (its ``%n`` filled with ``n``) with ``n`` grouped as the
    language writes it: ``1,234 models``, ``1 234 модели``."""
    plain = str(n)
    grouped = number(n, grouped=True)
    return text.replace(plain, grouped, 1) if grouped != plain else text
