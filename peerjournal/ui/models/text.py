"""Small text helpers shared by the item models (dates, first lines)."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime


def when_text(moment: date | datetime | None) -> str:
    """A date or a date and time in the user's locale, short form."""
    if moment is None:
        return ""
    locale = QLocale()
    if isinstance(moment, datetime):
        if moment.hour == 0 and moment.minute == 0 and moment.second == 0:
            moment = moment.date()
        else:
            stamp = QDateTime(QDate(moment.year, moment.month, moment.day),
                              QTime(moment.hour, moment.minute))
            return locale.toString(stamp, QLocale.FormatType.ShortFormat)
    return locale.toString(QDate(moment.year, moment.month, moment.day),
                           QLocale.FormatType.ShortFormat)


def first_line(text: str | None, limit: int = 120) -> str:
    """The first non-empty line of a text, cut at `limit` characters."""
    if not text:
        return ""
    for line in text.splitlines():
        line = line.strip()
        if line:
            return line if len(line) <= limit else line[: limit - 1] + "…"
    return ""
