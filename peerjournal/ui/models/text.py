"""Small text helpers shared by the item models and pages: dates as people
read them, language names, first lines."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from peerjournal.ui import labels

DATE_PATTERN = "d MMM yyyy"
"""14 Nov 2026: the day, the month's short name in the user's language, the year.
(ShortFormat gives "14/11/26" or, in the C locale, "14 11 2026": easy to misread.)"""
TIME_PATTERN = "HH:mm"

def _tr(text: str) -> str:
    return QCoreApplication.translate("When", text)


# The enum labels live in one place (ui/labels.py); these names stay for the views.
mode_label = labels.mode_label
setting_label = labels.setting_label
status_label = labels.status_label


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def date_text(day: date) -> str:
    """A date as "14 Nov 2026", month names in the user's language."""
    return QLocale().toString(_qdate(day), DATE_PATTERN)


def when_text(moment: date | datetime | None, *, relative: bool = False,
              today: date | None = None) -> str:
    """A date ("14 Nov 2026") or a date and time ("14 Nov 2026, 23:45").

    With `relative`, today and yesterday read "Today" / "Yesterday" (with
    the time when there is one): for lists where recent rows matter most."""
    if moment is None:
        return ""
    time_part = ""
    if isinstance(moment, datetime):
        if moment.hour or moment.minute or moment.second:
            time_part = QLocale().toString(QTime(moment.hour, moment.minute), TIME_PATTERN)
        day = moment.date()
    else:
        day = moment
    day_part = date_text(day)
    if relative:
        now = today or date.today()
        if day == now:
            day_part = _tr("Today")
        elif day == now - timedelta(days=1):
            day_part = _tr("Yesterday")
    return f"{day_part}, {time_part}" if time_part else day_part


def _language_names() -> dict[str, str]:
    # Written out so translators see them; other codes fall back to Qt's names.
    return {
        "en": _tr("English"),
        "es": _tr("Spanish"),
        "fr": _tr("French"),
        "pt": _tr("Portuguese"),
        "zh": _tr("Chinese"),
        "vi": _tr("Vietnamese"),
        "ar": _tr("Arabic"),
        "so": _tr("Somali"),
        "ht": _tr("Haitian Creole"),
        "ru": _tr("Russian"),
        "ko": _tr("Korean"),
        "tl": _tr("Tagalog"),
    }


def language_name(code: str | None) -> str:
    """A language code as a name ("en" -> "English", "es" -> "Spanish", "pt-BR"
    -> "Portuguese"); text that is not a code (a peer may type "Spanish" or
    "ASL") is shown as typed."""
    if not code:
        return ""
    text = code.strip()
    parts = text.replace("_", "-").split("-")
    key = parts[0].lower()
    looks_like_code = (len(key) in (2, 3) and key.isalpha() and key == parts[0]
                       and all(p.isalnum() and len(p) <= 4 for p in parts[1:]))
    if not looks_like_code:
        return text
    names = _language_names()
    if key in names:
        return names[key]
    language = QLocale(key).language()
    if language not in (QLocale.Language.C, QLocale.Language.AnyLanguage):
        return QLocale.languageToString(language)
    return text


def first_line(text: str | None, limit: int = 120) -> str:
    """The first non-empty line of a text, cut at `limit` characters."""
    if not text:
        return ""
    for line in text.splitlines():
        line = line.strip()
        if line:
            return line if len(line) <= limit else line[: limit - 1] + "…"
    return ""
