"""How things read: dates as people read them, language names instead of codes,
the reading pane's labels, and a welcome card as tall as what it shows."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QFrame

from peerjournal.core.models import Encounter, Mode, Reflection, Setting
from peerjournal.services.journal import TimelineItem
from peerjournal.ui.models.text import language_name, when_text
from peerjournal.ui.models.timeline import TimelineModel
from peerjournal.ui.views.main_window import MainWindow
from peerjournal.ui.views.person_page import record_html, record_text


@pytest.fixture
def english(qapp: Any) -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(before)


def test_dates_read_with_month_names_never_as_bare_digits(english):
    assert when_text(date(2026, 11, 14)) == "14 Nov 2026"
    assert when_text(datetime(2026, 11, 14, 23, 45)) == "14 Nov 2026, 23:45"
    assert when_text(datetime(2026, 11, 14, 0, 0)) == "14 Nov 2026"  # a day, no time
    assert when_text(None) == ""


def test_recent_days_read_today_and_yesterday_in_lists(english):
    today = date(2026, 3, 2)
    assert when_text(datetime(2026, 3, 2, 9, 5), relative=True, today=today) == "Today, 09:05"
    assert when_text(date(2026, 3, 1), relative=True, today=today) == "Yesterday"
    assert when_text(date(2026, 2, 28), relative=True, today=today) == "28 Feb 2026"
    assert when_text(date(2026, 3, 2), today=today) == "2 Mar 2026"  # not relative: the date


def test_timeline_rows_say_today_and_name_how_an_encounter_happened(english):
    now = datetime.now().replace(hour=10, minute=30, second=0, microsecond=0)
    quiet = Encounter(id="e-1", person_id="p-1", occurred_at=now, mode=Mode.PHONE,
                      what_they_want="a ride to court")
    model = TimelineModel()
    model.set_rows([TimelineItem("encounter", "e-1", now, "phone", quiet)])
    assert model.data(model.index(0, 0)) == "Today, 10:30"
    assert model.data(model.index(0, 2)) == "Phone call · a ride to court"
    yesterday = now - timedelta(days=1)
    model.set_rows([TimelineItem("encounter", "e-1", yesterday, "phone", quiet)])
    assert model.data(model.index(0, 0)) == "Yesterday, 10:30"


@pytest.mark.parametrize(("code", "name"), [
    ("en", "English"), ("es", "Spanish"), ("pt-BR", "Portuguese"), ("en_US", "English"),
    ("de", "German"), ("Spanish", "Spanish"), ("ASL", "ASL"), ("", ""), (None, ""),
])
def test_language_codes_read_as_names(english, code, name):
    assert language_name(code) == name


def test_the_reading_pane_puts_labels_in_bold_and_keeps_words_as_text(english):
    story = 'I said "<b>no</b>" & walked out.\nThen I called you.'
    encounter = Encounter(id="e-1", person_id="p-1", occurred_at=datetime(2026, 11, 14, 23, 45),
                          mode=Mode.OUTREACH, setting=Setting.SHELTER, duration_minutes=30,
                          their_story=story)
    item = TimelineItem("encounter", "e-1", encounter.occurred_at, "x", encounter)
    page = record_html(item, "Encounter")
    assert "<b>Their story, in their words</b><br>" in page
    assert "&lt;b&gt;no&lt;/b&gt;" in page and "<b>no</b>" not in page
    assert "14 Nov 2026, 23:45" in page
    text = record_text(item, "Encounter")
    # Their story first; how, where and how long on one line under the heading.
    assert text.splitlines()[:4] == ["Encounter · 14 Nov 2026, 23:45",
                                     "Street outreach  ·  Shelter  ·  30 minutes", "",
                                     "Their story, in their words"]
    assert story in text
    assert page.index("Their story") < page.index("Street outreach") + 400
    private = Reflection(id="r-1", written_at=datetime(2026, 1, 2, 8, 0), what_i_shared="x")
    assert "Private" in record_html(
        TimelineItem("reflection", "r-1", private.written_at, "x", private), "Reflection")


def test_the_welcome_card_fits_what_it_shows(qtbot, tmp_path: Path):
    win = MainWindow(tmp_path / "journal.peerjournal", use_dbus=False,
                     settings_folder=tmp_path / "config")
    qtbot.addWidget(win)
    win.resize(1200, 760)
    win.show()
    qtbot.waitExposed(win)
    try:
        card = win.welcome.findChild(QFrame, "welcomeCard")
        pages = win.welcome.pages
        shown = pages.currentWidget()
        qtbot.wait(20)
        # The page area is as tall as the page shown needs, not the tallest page.
        wanted = shown.heightForWidth(pages.width()) if shown.hasHeightForWidth() \
            else shown.sizeHint().height()
        assert pages.height() <= wanted + 2
        tallest = max(pages.widget(i).sizeHint().height() for i in range(pages.count()))
        assert pages.height() < tallest
        assert card.height() < 400
        # The create page, taller, still fits when shown.
        win.welcome.show_create()
        qtbot.wait(20)
        create = pages.currentWidget()
        assert pages.height() >= create.minimumSizeHint().height()
        assert win.windowTitle() == "PeerJournal"
    finally:
        win.shutdown()
