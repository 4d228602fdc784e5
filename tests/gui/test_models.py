"""The item models, without any window, each under Qt's model tester."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester

from peerjournal.core.models import (
    Encounter,
    Mode,
    Referral,
    ReferralKind,
    ReferralStatus,
)
from peerjournal.services.journal import FollowUp, TimelineItem
from peerjournal.ui.models.base import ID_ROLE, ROW_ROLE
from peerjournal.ui.models.follow_ups import FollowUpsModel
from peerjournal.ui.models.people import PeopleModel, person_label
from peerjournal.ui.models.reflections import ReflectionsModel
from peerjournal.ui.models.search import SearchResultsModel, SearchRow
from peerjournal.ui.models.text import first_line
from peerjournal.ui.models.timeline import TimelineModel
from peerjournal.ui.tasks import TaskManager
from tests.gui.gui_fakes import FakeVault


@pytest.fixture
def model_tester(qtlog: Any) -> Any:
    """Attach Qt's QAbstractItemModelTester; fail on anything it reports."""
    testers: list[QAbstractItemModelTester] = []

    def attach(model: Any) -> QAbstractItemModelTester:
        tester = QAbstractItemModelTester(
            model, QAbstractItemModelTester.FailureReportingMode.Warning)
        testers.append(tester)
        return tester

    yield attach
    complaints = [r.message for r in qtlog.records if "FAIL" in r.message]
    assert not complaints, complaints


def opened(qtbot: Any, tasks: TaskManager, vault: FakeVault) -> TaskManager:
    with qtbot.waitSignal(tasks.vault_opened, timeout=5000):
        tasks.open_vault(lambda: vault)
    return tasks


def texts(model: Any, column: int = 0) -> list[str]:
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


def test_people_come_a_page_at_a_time_under_the_model_tester(qtbot, tasks, model_tester):
    opened(qtbot, tasks, FakeVault(people=1_000))
    model = PeopleModel(tasks, page_size=200)
    model_tester(model)
    model.set_filter("")
    qtbot.waitUntil(lambda: model.rowCount() >= 200 and not model.loading, timeout=5000)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
        qtbot.waitUntil(lambda: not model.loading, timeout=5000)
    assert texts(model)[::250] == ["Person 00000 (they/them)", "Person 00250",
                                   "Person 00500", "Person 00750 (they/them)"]
    assert model.rowCount() == 1_000


def test_people_come_a_page_at_a_time_for_ten_thousand(qtbot, tasks):
    opened(qtbot, tasks, FakeVault(people=10_000))
    model = PeopleModel(tasks, page_size=500)
    model.set_filter("")
    # Pages only: the model tester may ask for one more itself.
    qtbot.waitUntil(lambda: model.rowCount() >= 500 and not model.loading, timeout=5000)
    assert model.rowCount() % 500 == 0
    assert model.rowCount() < 10_000
    before = model.rowCount()
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    qtbot.waitUntil(lambda: model.rowCount() >= before + 500, timeout=5000)
    assert model.data(model.index(0, 0)) == "Person 00000 (they/them)"
    assert model.data(model.index(1, 0), ID_ROLE) == "p-00001"
    assert model.data(model.index(1, 0), ROW_ROLE).preferred_name == "Person 00001"
    while model.canFetchMore(QModelIndex()) or model.loading:
        model.fetchMore(QModelIndex())
        qtbot.waitUntil(lambda: not model.loading, timeout=5000)
    assert model.rowCount() == 10_000
    assert not model.canFetchMore(QModelIndex())


def test_people_filter_replaces_the_rows(qtbot, tasks, model_tester):
    opened(qtbot, tasks, FakeVault(people=300))
    model = PeopleModel(tasks, page_size=50)
    model_tester(model)
    model.set_filter("")
    qtbot.waitUntil(lambda: model.rowCount() >= 50, timeout=5000)
    model.set_filter("  person 0012 ")
    qtbot.waitUntil(lambda: not model.loading, timeout=5000)
    assert texts(model) == [f"Person 0012{n}" + (" (they/them)" if (120 + n) % 3 == 0 else "")
                            for n in range(10)]
    assert not model.canFetchMore(QModelIndex())


def test_a_page_asked_before_a_new_filter_is_dropped(qtbot, tasks, model_tester):
    opened(qtbot, tasks, FakeVault(people=300))
    model = PeopleModel(tasks, page_size=50)
    model_tester(model)
    model.set_filter("")
    model.set_filter("Person 00299")  # the first page is still in flight
    qtbot.waitUntil(lambda: not tasks.busy, timeout=5000)
    assert texts(model) == ["Person 00299"]


def test_clearing_forgets_every_row_and_fetches_nothing(qtbot, tasks, model_tester):
    opened(qtbot, tasks, FakeVault(people=30))
    model = PeopleModel(tasks, page_size=10)
    model_tester(model)
    model.set_filter("")
    qtbot.waitUntil(lambda: model.rowCount() >= 10, timeout=5000)
    model.clear()
    assert model.rowCount() == 0
    assert not model.canFetchMore(QModelIndex())


def test_a_locked_journal_stops_the_fetching(qtbot, tasks, model_tester):
    model = PeopleModel(tasks, page_size=10)
    model_tester(model)
    model.set_filter("")  # nothing is open
    qtbot.waitUntil(lambda: not tasks.busy, timeout=5000)
    assert model.rowCount() == 0
    assert not model.canFetchMore(QModelIndex())


def test_reflections_newest_first_lazily(qtbot, tasks, model_tester):
    opened(qtbot, tasks, FakeVault(reflections=25))
    model = ReflectionsModel(tasks, page_size=10)
    model_tester(model)
    model.reload()
    qtbot.waitUntil(lambda: model.rowCount() >= 10 and not model.loading, timeout=5000)
    assert model.rowCount() in (10, 20, 25)
    assert model.columnCount() == 3
    assert model.data(model.index(0, 2)) == "Lesson 24"
    assert model.data(model.index(0, 1)) == "No"
    assert model.headerData(2, Qt.Orientation.Horizontal) == "What I learned"


def test_timeline_rows_say_what_and_mark_reflections_private(qtbot, model_tester):
    model = TimelineModel()
    model_tester(model)
    encounter = Encounter(id="e-1", person_id="p-1", occurred_at=datetime(2025, 3, 4, 10, 30),
                          mode=Mode.PHONE, their_story="I found a room.")
    items = [
        TimelineItem("encounter", "e-1", datetime(2025, 3, 4, 10, 30), "I found a room.",
                     encounter),
        TimelineItem("reflection", "r-1", datetime(2025, 3, 4, 12, 0), "Hope", encounter),
    ]
    model.set_rows(items)
    assert model.rowCount() == 2
    assert model.data(model.index(0, 2)) == "I found a room."
    assert model.data(model.index(1, 1)) == "My reflection (private)"
    assert model.row_of_id("r-1") == 1
    assert model.row_of_id("nope") == -1
    assert model.data(model.index(5, 0)) is None
    model.clear()
    assert model.rowCount() == 0


def test_follow_ups_say_overdue_or_today(qtbot, model_tester):
    model = FollowUpsModel()
    model_tester(model)
    encounter = Encounter(id="e-1", person_id="p-1", occurred_at=datetime(2025, 3, 4),
                          mode=Mode.TEXT, follow_up_on=date(2025, 3, 5),
                          what_they_want="A bus pass.\nAnd a coat.")
    referral = Referral(id="f-1", person_id="p-2", clinician_id="c-1", kind=ReferralKind.HOUSING,
                        reason_in_their_words="No bed tonight.", request="A shelter bed.",
                        created_on=date(2025, 3, 1), status=ReferralStatus.SENT)
    model.set_rows([
        FollowUp("encounter", "e-1", "p-1", "Sam", date(2025, 3, 5), True, encounter),
        FollowUp("referral", "f-1", "p-2", "Ana", date(2025, 3, 9), False, referral),
    ])
    assert texts(model, 1) == ["Overdue", "Today"]
    assert texts(model, 2) == ["Sam", "Ana"]
    # What it is for, in the words written, not "From: Encounter".
    assert texts(model, 3) == ["They want: A bus pass.", "Referral: A shelter bed."]


def test_search_results_show_date_kind_person_and_snippet(qtbot, model_tester):
    model = SearchResultsModel()
    model_tester(model)
    model.set_rows([SearchRow("encounter", "e-1", "p-1", "Sam", "…found a\nroom…",
                              datetime(2025, 3, 4, 12, 30)),
                    SearchRow("reflection", "r-1", None, "", "hope")])
    assert texts(model, 1) == ["Encounter", "My reflection (private)"]
    assert "2025" in model.data(model.index(0, 0))  # when: search results have dates
    assert model.data(model.index(1, 0)) == ""
    assert model.data(model.index(0, 3)) == "…found a room…"
    assert model.data(model.index(0, 3), Qt.ItemDataRole.ToolTipRole) == "…found a\nroom…"
    assert model.data(model.index(1, 0), ID_ROLE) == "r-1"


def test_labels_and_first_lines():
    from peerjournal.core.models import Person

    assert person_label(Person(id="p", preferred_name="Sam", pronouns="he/him")) == "Sam (he/him)"
    assert person_label(Person(id="p", preferred_name="Sam")) == "Sam"
    assert first_line("\n  first  \nsecond") == "first"
    assert first_line("x" * 200, limit=10) == "x" * 9 + "…"
    assert first_line(None) == ""
