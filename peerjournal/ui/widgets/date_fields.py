"""Dates between Python and Qt, and the date fields the record editors share."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QWidget


def to_qdate(day: date) -> QDate:
    """A Python date as a QDate."""
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> date:
    """A QDate as a Python date."""
    return date(day.year(), day.month(), day.day())


def to_qdatetime(moment: datetime) -> QDateTime:
    """A (local) Python date-time as a QDateTime."""
    return QDateTime(to_qdate(moment.date()), QTime(moment.hour, moment.minute, moment.second))


def from_qdatetime(moment: QDateTime) -> datetime:
    """A QDateTime as a naive local Python date-time, to the minute."""
    day, time = moment.date(), moment.time()
    return datetime(day.year(), day.month(), day.day(), time.hour(), time.minute())


def this_minute() -> QDateTime:
    """Now, without seconds: what a new record starts with."""
    now = QDateTime.currentDateTime()
    return QDateTime(now.date(), QTime(now.time().hour(), now.time().minute()))


def date_field(parent: QWidget, name: str) -> QDateEdit:
    """A day, typed or picked from a calendar, shown as 2025-03-14."""
    field = QDateEdit(parent)
    field.setCalendarPopup(True)
    field.setDisplayFormat("yyyy-MM-dd")
    field.setAccessibleName(name)
    return field


def date_time_field(parent: QWidget, name: str) -> QDateTimeEdit:
    """A day and time, typed or picked from a calendar, shown as 2025-03-14 09:30."""
    field = QDateTimeEdit(parent)
    field.setCalendarPopup(True)
    field.setDisplayFormat("yyyy-MM-dd HH:mm")
    field.setAccessibleName(name)
    return field


__all__ = [
    "date_field",
    "date_time_field",
    "from_qdate",
    "from_qdatetime",
    "this_minute",
    "to_qdate",
    "to_qdatetime",
]
