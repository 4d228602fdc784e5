"""The report log and the audited report, through the service the window and
the command call (spec/report.md, Across reports)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from peerjournal.core.models import Clinician, JournalContents, Person
from peerjournal.core.report import SUPPRESSED
from peerjournal.core.report_csv import format_value, to_csv
from peerjournal.errors import Invalid
from peerjournal.services import reports
from peerjournal.vault import Vault
from tests.helpers.vault_fixtures import make_vault
from tests.unit import test_report as hand


@pytest.fixture
def vault(tmp_path: Path) -> Iterator[Vault]:
    people = [
        Person(id=p, preferred_name=f"Name {p}", date_of_birth=dob) for p, dob in hand.DOB.items()
    ]
    people.append(Person(id="p5", preferred_name="Name p5"))
    contents = JournalContents(
        people=people,
        clinicians=[Clinician(id="c1", name="Clinician One")],
        encounters=list(hand.ENCOUNTERS),
        referrals=list(hand.REFERRALS),
        goals=list(hand.GOALS),
    )
    opened, _ = make_vault(tmp_path, contents)
    yield opened
    opened.close()


def test_first_report_with_no_log_gives_the_expected_94_rows(vault: Vault, tmp_path: Path) -> None:
    assert vault.report_log() == []
    raw = reports.build_report(vault, hand.START, hand.END, min_cell=1)
    assert to_csv(raw) == hand.EXPECTED_RAW_CSV
    assert len(raw.cells) == 94
    audited = reports.build_report(vault, hand.START, hand.END)
    assert audited.audit_hidden == 0
    assert to_csv(audited) == to_csv(hand.small_report(min_cell=11))


def test_every_report_written_is_logged_with_what_it_published(
    vault: Vault, tmp_path: Path
) -> None:
    out = tmp_path / "q1.csv"
    summary = reports.write_report(vault, hand.START, hand.END, out, kind="csv")
    (entry,) = vault.report_log()
    assert (entry.first_month, entry.last_month, entry.grain, entry.min_cell, entry.kind) == (
        "2024-01",
        "2024-03",
        "month",
        11,
        "csv",
    )
    written = out.read_text(encoding="utf-8").splitlines()[1:]
    logged = [
        f"{k.measure},{k.category},{k.period},"
        + format_value(k.measure, SUPPRESSED if v is None else v)
        for k, v in entry.cells
    ]
    assert logged == written
    assert entry.hidden_count() == summary.suppressed_cells
    assert entry.as_json()["cells"][0]["measure"] == "people_supported"


def test_writing_the_same_period_again_csv_then_pdf_publishes_the_same_cells(
    vault: Vault, tmp_path: Path
) -> None:
    start, end = date(2024, 1, 1), date(2024, 6, 30)
    reports.write_report(vault, start, end, tmp_path / "a.csv", kind="csv")
    reports.write_report(vault, date(2024, 1, 1), date(2024, 1, 31), tmp_path / "j.csv", kind="csv")
    reports.write_report(vault, start, end, tmp_path / "b.csv", kind="csv")
    summary = reports.write_report(vault, start, end, tmp_path / "c.pdf", kind="pdf")
    log = vault.report_log()
    assert log[0].cells == log[2].cells == log[3].cells
    assert summary.audit_hidden == log[0].audit_hidden
    assert (tmp_path / "a.csv").read_bytes() == (tmp_path / "b.csv").read_bytes()


def test_a_period_that_is_not_whole_months_is_refused(vault: Vault, tmp_path: Path) -> None:
    for start, end in (
        (date(2024, 1, 2), date(2024, 3, 31)),
        (date(2024, 1, 1), date(2024, 3, 30)),
    ):
        with pytest.raises(Invalid, match="whole months"):
            reports.write_report(vault, start, end, tmp_path / "x.csv", kind="csv")
    assert not (tmp_path / "x.csv").exists()
    assert vault.report_log() == []


def test_quarters_need_whole_quarters(vault: Vault) -> None:
    with pytest.raises(Invalid, match="whole calendar quarters"):
        reports.build_report(vault, date(2024, 2, 1), date(2024, 4, 30), grain="quarter")


def test_by_quarter_columns_are_quarters_plus_total(vault: Vault) -> None:
    report = reports.build_report(vault, date(2024, 1, 1), date(2024, 6, 30), grain="quarter")
    periods = {line.split(",")[2] for line in to_csv(report).splitlines()[1:]}
    assert periods == {"2024-Q1", "2024-Q2", "total"}
    q1, q2 = (report.raw("encounters", "all", q) for q in ("2024-Q1", "2024-Q2"))
    assert (q1, q2) == (8, 1)  # one encounter on April 1
    assert q1 + q2 == report.raw("encounters", "all", "total")


def test_auto_takes_quarters_only_when_they_hide_fewer_and_says_why(vault: Vault) -> None:
    report = reports.build_report(vault, date(2024, 1, 1), date(2024, 6, 30), grain="auto")
    by_month = reports.build_report(vault, date(2024, 1, 1), date(2024, 6, 30), grain="month")
    by_quarter = reports.build_report(vault, date(2024, 1, 1), date(2024, 6, 30), grain="quarter")
    fewer = len(by_quarter.suppressed_keys()) < len(by_month.suppressed_keys())
    assert report.grain == ("quarter" if fewer else "month")
    assert report.grain_reason.startswith("chosen automatically:")
    odd = reports.build_report(vault, date(2024, 2, 1), date(2024, 3, 31), grain="auto")
    assert odd.grain == "month" and "not whole quarters" in odd.grain_reason


def test_a_report_built_before_another_was_logged_is_checked_again(
    vault: Vault, tmp_path: Path
) -> None:
    stale = reports.build_report(vault, hand.START, hand.END)
    reports.write_report(vault, hand.START, hand.END, tmp_path / "other.csv", kind="csv")
    # the same period: nothing more to hide, so it may still be written
    reports.save_report(stale, tmp_path / "stale.csv", "csv", vault=vault)
    assert len(vault.report_log()) == 2


def test_unsuppressed_report_is_logged_and_says_it_must_not_leave(
    vault: Vault, tmp_path: Path
) -> None:
    summary = reports.write_report(
        vault, hand.START, hand.END, tmp_path / "m.csv", kind="csv", min_cell=1
    )
    assert "must not leave the program" in summary.sentence()
    (entry,) = vault.report_log()
    assert entry.min_cell == 1 and entry.hidden_count() == 0


def test_the_vaults_tally_is_the_tally_of_its_rows(tmp_path: Path) -> None:
    from peerjournal.core import demo
    from peerjournal.core.report import tally_facts

    contents = demo.generate(people=30, encounters=600, seed=4, today=date(2025, 3, 1))
    opened, _ = make_vault(tmp_path, contents)
    try:
        start, end = date(2024, 1, 1), date(2024, 12, 31)
        fast = opened.report_tally(start, end)
        slow = tally_facts(opened.report_facts(start, end))
        assert fast.encounters and fast == slow
    finally:
        opened.close()


def test_the_pdf_says_the_columns_why_and_what_the_audit_added(
    vault: Vault, tmp_path: Path
) -> None:
    import io

    import pypdf

    from peerjournal.services.reports import report_bytes

    report = reports.build_report(vault, date(2024, 1, 1), date(2024, 6, 30), grain="auto")
    flat = " ".join(
        " ".join(
            page.extract_text()
            for page in pypdf.PdfReader(io.BytesIO(report_bytes(report, "pdf"))).pages
        ).split()
    )
    hidden = len(report.suppressed_keys())
    if report.grain == "quarter":
        assert f"Columns are calendar quarters: they hide {hidden} numbers" in flat
    else:
        assert f"Columns are months: they hide {hidden} numbers" in flat
    assert "Checked against the reports written before" in flat
