"""The report in the window: the table model (tested without a window), the
periods, hidden cells shown as such, and saving exactly what was shown."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from peerjournal.core import report as report_core
from peerjournal.core import report_csv
from peerjournal.core.models import Encounter, Mode, Person, Profile, Setting
from peerjournal.services.unlock import create_journal, unlock
from peerjournal.ui.models.report_table import (
    KEY_ROLE,
    SUPPRESSED_MARK,
    SUPPRESSED_ROLE,
    VALUE_ROLE,
    ReportTableModel,
)
from peerjournal.ui.views import pdf_output
from peerjournal.ui.views.report_view import ReportView, period_dates, suggested_name

PASSPHRASE = "synthetic test passphrase"


def may_encounters() -> tuple[list[Person], list[Encounter]]:
    """12 people met once in person in May 2025; one of them also 3 times by phone."""
    people = [
        Person(
            id=f"p{n}",
            preferred_name=f"Zorblat Quince {n}",
            phone=f"555-01{n:02d}",
            date_of_birth=date(1980, 1, 1 + n),
        )
        for n in range(12)
    ]
    encounters = [
        Encounter(
            id=f"e{n}",
            person_id=f"p{n}",
            occurred_at=datetime(2025, 5, 2 + n, 10),
            mode=Mode.IN_PERSON,
            duration_minutes=30,
            setting=Setting.COMMUNITY,
            their_story="Mellifluous story words",
        )
        for n in range(12)
    ]
    encounters += [
        Encounter(
            id=f"x{n}",
            person_id="p0",
            occurred_at=datetime(2025, 5, 20 + n, 9),
            mode=Mode.PHONE,
            duration_minutes=15,
        )
        for n in range(3)
    ]
    return people, encounters


def may_report(min_cell: int = 11) -> report_core.Report:
    people, encounters = may_encounters()
    return report_core.build_report(
        start=date(2025, 4, 1),
        end=date(2025, 5, 31),
        encounters=encounters,
        people_dob={p.id: p.date_of_birth for p in people},
        organization="Harbor Recovery Center",
        min_cell=min_cell,
    )


def find_cell(model: ReportTableModel, measure: str, category: str, period: str) -> Any:
    for row in range(model.rowCount()):
        for column in range(1, model.columnCount()):
            index = model.index(row, column)
            if model.data(index, KEY_ROLE) == (measure, category, period):
                return index
    raise AssertionError(f"no cell {measure},{category},{period}")


# ----- the model, without any window -----


def test_the_model_passes_the_item_model_tester(qapp):
    model = ReportTableModel()
    tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.set_report(may_report())
    model.set_report(may_report(min_cell=1))
    model.clear()
    model.set_report(may_report())
    assert tester is not None
    assert model.columnCount() == 1 + 2 + 1  # label, April, May, total
    assert model.rowCount() == sum(len(report_core.categories(m)) for m in report_core.MEASURES)


def test_suppressed_cells_show_as_such(qapp):
    model = ReportTableModel()
    model.set_report(may_report())
    phone = find_cell(model, "encounters", "mode:phone", "total")
    assert model.data(phone) == SUPPRESSED_MARK
    assert model.data(phone, SUPPRESSED_ROLE) is True
    assert model.data(phone, VALUE_ROLE) == "suppressed"
    assert model.data(phone, Qt.ItemDataRole.AccessibleTextRole) == "suppressed"
    assert "1 to 10" in model.data(phone, Qt.ItemDataRole.ToolTipRole)
    # 12 in person beside a hidden 3 under a published 15 would give the 3 away: hidden too.
    in_person = find_cell(model, "encounters", "mode:in_person", "total")
    assert model.data(in_person) == SUPPRESSED_MARK
    everyone = find_cell(model, "encounters", "all", "total")
    assert model.data(everyone) == "15"
    assert model.data(everyone, SUPPRESSED_ROLE) is False
    zero = find_cell(model, "encounters", "mode:video", "2025-04")
    assert model.data(zero) == "0"  # a zero stays 0
    assert model.suppressed_count() == len(model.report().suppressed_keys()) > 0


def test_without_suppression_every_number_shows(qapp):
    model = ReportTableModel()
    model.set_report(may_report(min_cell=1))
    assert model.data(find_cell(model, "encounters", "mode:phone", "total")) == "3"
    assert model.suppressed_count() == 0


def test_rows_and_headers_read_plainly(qapp):
    model = ReportTableModel()
    model.set_report(may_report())
    labels = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
    assert labels[0] == "People supported"
    assert "Encounters: by phone" in labels
    header = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert header[-1] == "Total"
    assert len(header) == 4
    hours = find_cell(model, "contact_hours", "all", "total")
    assert model.data(hours) == "6.8"  # 12 × 30 min + 3 × 15 min = 405 min


def test_periods():
    today = date(2025, 5, 14)
    # whole months only: "this" quarter and year run to their last day
    assert period_dates("this_quarter", today) == (date(2025, 4, 1), date(2025, 6, 30))
    assert period_dates("last_quarter", today) == (date(2025, 1, 1), date(2025, 3, 31))
    assert period_dates("last_quarter", date(2025, 2, 1)) == (date(2024, 10, 1), date(2024, 12, 31))
    assert period_dates("this_year", today) == (date(2025, 1, 1), date(2025, 12, 31))
    assert period_dates("last_year", today) == (date(2024, 1, 1), date(2024, 12, 31))
    with pytest.raises(ValueError):
        period_dates("next_year", today)


def test_a_suggested_file_name_says_only_the_period():
    assert suggested_name(may_report(), "csv") == "peer-support-report-2025-04_to_2025-05.csv"


# ----- the window -----


@pytest.fixture
def journal(tmp_path: Path, vault_thread_guard: Any) -> Path:
    path = tmp_path / "journal.peerjournal"
    people, encounters = may_encounters()
    with vault_thread_guard.paused():
        vault, _key = create_journal(path, PASSPHRASE)
        try:
            vault.set_profile(Profile(name="Sam Rivera", organization="Harbor Recovery Center"))
            for record in [*people, *encounters]:
                vault.save(record)
        finally:
            vault.close()
    return path


@pytest.fixture
def view(qtbot: Any, tasks: Any, journal: Path) -> Any:
    with qtbot.waitSignal(tasks.vault_opened, timeout=15000):
        tasks.open_vault(lambda: unlock(journal, passphrase=PASSPHRASE))
    shown = ReportView(tasks, today=date(2025, 6, 15))
    qtbot.addWidget(shown)
    yield shown
    shown.clear_and_close()


def test_the_view_shows_hidden_cells_and_says_what_leaves(qtbot, view):
    with qtbot.waitSignal(view.report_shown, timeout=10000):
        view.set_period("custom", date(2025, 5, 1), date(2025, 5, 31))
    assert view.dates() == (date(2025, 5, 1), date(2025, 5, 31))
    model = view.table.model()
    # In person (12) and by phone (3) are hidden in May and in the total: one line.
    labels = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
    assert "Encounters: in person, by phone (each hidden)" in labels
    assert "Encounters: by phone" not in labels
    folded = labels.index("Encounters: in person, by phone (each hidden)")
    assert model.data(model.index(folded, 1)) == SUPPRESSED_MARK
    assert model.data(find_cell(model, "people_supported", "all", "total")) == "12"
    assert "names" in view.what_leaves.text()
    assert "never" in view.what_leaves.text()
    assert "1 to 10" in view.legend.text()
    assert view.save_csv_button.isEnabled()


def test_a_named_period_fills_the_dates(qtbot, view):
    with qtbot.waitSignal(view.report_shown, timeout=10000):
        view.set_period("last_quarter")
    assert view.dates() == (date(2025, 1, 1), date(2025, 3, 31))
    assert not view.start.isEnabled()


def test_save_csv_writes_exactly_what_was_shown(qtbot, view, tmp_path, monkeypatch):
    with qtbot.waitSignal(view.report_shown, timeout=10000):
        view.set_period("custom", date(2025, 5, 1), date(2025, 5, 31))
    target = tmp_path / "report.csv"
    monkeypatch.setattr(pdf_output, "ask_save_path", lambda *_args: target)
    view.save_csv_button.click()
    qtbot.waitUntil(lambda: "Saved" in view.status.text(), timeout=10000)
    text = target.read_text(encoding="utf-8")
    assert text == report_csv.to_csv(view.report())
    assert "encounters,mode:phone,total,suppressed" in text
    assert "encounters,all,total,15" in text
    for secret in ("Zorblat", "Quince", "555-01", "Mellifluous", "p0", "2025-05-20"):
        assert secret not in text


def test_changing_the_smallest_count_rebuilds(qtbot, view):
    with qtbot.waitSignal(view.report_shown, timeout=10000):
        view.set_period("custom", date(2025, 5, 1), date(2025, 5, 31))
    with qtbot.waitSignal(view.report_shown, timeout=10000) as signal:
        view.min_cell.setValue(1)
    assert signal.args == [0]
    assert "off" in view.legend.text()
    model = view.table.model()
    assert model.data(find_cell(model, "encounters", "mode:phone", "total")) == "3"


def test_clear_and_close_drops_the_numbers(qtbot, view):
    with qtbot.waitSignal(view.report_shown, timeout=10000):
        view.set_period("custom", date(2025, 5, 1), date(2025, 5, 31))
    view.clear_and_close()
    assert view.report() is None
    assert view.table.model().rowCount() == 0


def test_rows_in_age_order_and_bold_only_for_measure_totals(qapp):
    model = ReportTableModel()
    model.set_report(may_report(min_cell=1))
    labels = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
    ages = [label for label in labels if label.startswith("People by age")]
    assert ages[0] == "People by age: under 18" and ages[-1] == "People by age: age not known"
    assert ages[1] == "People by age: aged 18–24"
    bold = [
        labels[r]
        for r in range(model.rowCount())
        if (f := model.data(model.index(r, 0), Qt.ItemDataRole.FontRole)) is not None and f.bold()
    ]
    assert bold == ["People supported", "Encounters", "Contact hours", "Referrals"]
    zero_hours = find_cell(model, "contact_hours", "all", "2025-04")
    assert model.data(zero_hours) == "0"  # 0 shown as 0


def test_the_view_says_the_grain_and_what_the_audit_added_and_logs_what_left(
    qtbot, view, tmp_path, monkeypatch
):
    assert view.grain.currentData() == "auto"  # the window's default
    with qtbot.waitSignal(view.report_shown, timeout=10000):
        view.set_period("custom", date(2025, 4, 1), date(2025, 6, 30))
    report = view.report()
    assert report.grain in ("month", "quarter")
    assert "hides" in view.grain_note.text() and "other way" in view.grain_note.text()
    assert "Checked against the reports written before" in view.audit_note.text()
    n = len(report.suppressed_keys())
    assert f"{n} numbers are hidden" in view.legend.text() or n == 1
    qtbot.waitUntil(
        lambda: view.preview.page_count > 0 or not pdf_output.pdf_available(), timeout=15000
    )

    target = tmp_path / "q2.pdf"
    monkeypatch.setattr(pdf_output, "ask_save_path", lambda *_args: target)
    view.save_pdf_button.click()
    qtbot.waitUntil(lambda: view.log.topLevelItemCount() == 1, timeout=15000)
    item = view.log.topLevelItem(0)
    assert item.text(1) == "2025-04 to 2025-06" and item.text(4) == "PDF"
    from peerjournal.services.reports import report_bytes

    # the file is the very PDF the window previewed
    assert target.read_bytes() == report_bytes(report, "pdf", language="en")


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", ("0 numbers are hidden.", "1 number is hidden.", "2 numbers are hidden.")),
        ("es", ("Se ocultan 0 números.", "Se oculta 1 número.", "Se ocultan 2 números.")),
    ],
)
def test_plural_forms_of_hidden_numbers(qapp, qtbot, tasks, language, expected):
    from peerjournal.ui import i18n

    try:
        i18n.install(qapp, language)
        shown = ReportView(tasks, today=date(2025, 6, 15))
        qtbot.addWidget(shown)  # deleted on the GUI thread, never by a collector elsewhere
        assert tuple(shown.hidden_sentence(n) for n in (0, 1, 2)) == expected
        one, two = shown.audit_sentence(1), shown.audit_sentence(2)
        assert ("1 more number is" in one) if language == "en" else ("1 número más" in one)
        assert ("2 more numbers are" in two) if language == "en" else ("2 números más" in two)
        shown.clear_and_close()
    finally:
        i18n.install(qapp, "en")
