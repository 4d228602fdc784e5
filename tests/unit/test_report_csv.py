"""The report's CSV: writing, the strict reader for merge-reports, and merging."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from peerjournal.core.models import Encounter, Mode, Setting
from peerjournal.core.report import MERGED_NOTE, SUPPRESSED, Report, build_report, groups
from peerjournal.core.report_csv import merge, parse, to_csv
from peerjournal.errors import Invalid

START, END = date(2024, 1, 1), date(2024, 2, 29)


def journal_report(people: int, per_person: int, *, minutes: int, min_cell: int = 1) -> Report:
    encounters = [
        Encounter(
            id=f"e{p}-{i}",
            person_id=f"p{p}",
            occurred_at=datetime(2024, 1 + i % 2, 1 + p % 28, 10),
            mode=Mode.PHONE if i % 3 else Mode.IN_PERSON,
            setting=Setting.HOME if p % 2 else None,
            duration_minutes=minutes,
        )
        for p in range(people)
        for i in range(per_person)
    ]
    return build_report(
        start=START,
        end=END,
        encounters=encounters,
        people_dob={f"p{p}": date(1980 + p % 30, 1, 1) for p in range(people)},
        min_cell=min_cell,
    )


def replace_line(text: str, line: int, new: str) -> str:
    lines = text.split("\n")
    lines[line - 1] = new
    return "\n".join(lines)


def test_header_rows_and_values_are_written_as_the_spec_says() -> None:
    report = journal_report(3, 2, minutes=50, min_cell=11)
    text = to_csv(report)
    lines = text.splitlines()
    assert lines[0] == "measure,category,period,value"
    assert lines[1] == "people_supported,all,2024-01,suppressed"
    assert "contact_hours,all,total,suppressed" in lines
    assert "encounters,mode:video,total,0" in lines
    assert text.endswith("\n")
    assert len(lines) == 1 + len(report.cells)
    raw = to_csv(report, unsuppressed=True).splitlines()
    assert "contact_hours,all,total,5.0" in raw  # 6 x 50 minutes
    assert "people_supported,all,2024-01,3" in raw


def test_round_trip_keeps_every_raw_number() -> None:
    report = journal_report(12, 3, minutes=35)
    parsed = parse(to_csv(report), source="peer-a.csv")
    assert parsed.months == ("2024-01", "2024-02")
    assert parsed.keys == tuple(c.key for c in report.cells)
    merged = merge([parsed], min_cell=1)
    assert to_csv(merged) == to_csv(report)
    # bytes, with a BOM from a spreadsheet and Windows line ends, read the same
    crlf = ("\ufeff" + to_csv(report)).replace("\n", "\r\n").encode("utf-8")
    assert parse(crlf, source="peer-a.csv") == parsed


def test_merge_sums_row_by_row_and_says_people_count_twice() -> None:
    a = journal_report(7, 2, minutes=45)  # 14 encounters, 10.5 h
    b = journal_report(5, 3, minutes=20)  # 15 encounters, 5.0 h
    merged = merge(
        [parse(to_csv(a), source="a.csv"), parse(to_csv(b), source="b.csv")],
        min_cell=1,
        organization="Harbor Recovery",
    )
    assert merged.value("encounters", "all", "total") == 29
    assert merged.value("people_supported", "all", "total") == 12
    assert merged.value("contact_hours", "all", "total") == 15.5
    assert merged.value("contact_hours", "all", "2024-01") == (
        a.raw("contact_hours", "all", "2024-01") + b.raw("contact_hours", "all", "2024-01")
    )
    for cell in merged.cells:
        assert cell.raw == pytest.approx(
            a.raw(cell.measure, cell.category, cell.period)
            + b.raw(cell.measure, cell.category, cell.period)
        )
    assert merged.merged_from == 2
    assert merged.note == MERGED_NOTE == "A person supported by two peers counts twice."
    assert merged.organization == "Harbor Recovery"
    assert merged.start is None and merged.months == ("2024-01", "2024-02")
    assert merged.rule_sentence() == (
        "Suppression is off (--min-cell 1): every number is shown, even the smallest. "
        "A person supported by two peers counts twice."
    )
    assert a.rule_sentence() == (
        "Suppression is off (--min-cell 1): every number is shown, even the smallest."
    )
    assert (
        journal_report(1, 1, minutes=1, min_cell=11)
        .rule_sentence()
        .startswith("Counts from 1 to 10 are suppressed (--min-cell 11)")
    )


def test_hours_sum_without_float_drift() -> None:
    base = to_csv(journal_report(1, 1, minutes=6))  # 0.1 h
    reports = [parse(base, source=f"{i}.csv") for i in range(3)]
    merged = merge(reports, min_cell=1)
    assert merged.value("contact_hours", "all", "total") == 0.3
    assert "contact_hours,all,total,0.3" in to_csv(merged)


def test_merge_suppresses_the_merged_numbers() -> None:
    a = journal_report(4, 2, minutes=30)
    b = journal_report(4, 2, minutes=30)
    merged = merge([parse(to_csv(a), source="a.csv"), parse(to_csv(b), source="b.csv")])
    assert merged.min_cell == 11
    assert merged.value("encounters", "all", "total") == 16
    assert merged.value("people_supported", "all", "total") is SUPPRESSED  # 8 < 11
    assert merged.value("encounters", "mode:video", "total") == 0
    hidden = merged.suppressed_keys()
    for g in groups(merged.months):
        assert sum(1 for x in (*g.members, g.total) if x in hidden) != 1


def refusal(text: str | bytes) -> str:
    with pytest.raises(Invalid) as info:
        parse(text, source="peer-b.csv")
    return info.value.message


GOOD = to_csv(journal_report(12, 2, minutes=30))


def test_a_file_with_suppressed_cells_is_refused_naming_file_and_line() -> None:
    suppressed = to_csv(journal_report(3, 2, minutes=30, min_cell=11))
    msg = refusal(suppressed)
    assert msg.startswith("peer-b.csv, line 2: the cell is suppressed.")
    assert "--min-cell 1" in msg


def test_a_different_header_is_refused() -> None:
    msg = refusal(replace_line(GOOD, 1, "measure,category,period,value,version"))
    assert msg.startswith("peer-b.csv, line 1: the header is not measure,category,period,value")
    assert refusal("").startswith("peer-b.csv: the file is empty")


@pytest.mark.parametrize(
    ("line", "row", "why"),
    [
        (2, "people_supported,all,2024-01,12.0", "'12.0' is not a whole number"),
        (2, "people_supported,all,2024-01,-1", "'-1' is not a whole number"),
        (2, "people_supported,all,2024-01,", "'' is not a whole number"),
        (2, "people_supported,all,2024-01, 12", "' 12' is not a whole number"),
        (2, "people_supported,all,2024-01,012", "'012' is not a whole number"),
        (50, "contact_hours,all,2024-01,12", "'12' is not hours with one decimal"),
        (50, "contact_hours,all,2024-01,12.25", "'12.25' is not hours with one decimal"),
        (50, "contact_hours,all,2024-01,1e3", "'1e3' is not hours with one decimal"),
        (3, "people_supported,all,2024-02", "expected 4 values, found 3"),
    ],
)
def test_malformed_numbers_are_refused(line: int, row: str, why: str) -> None:
    assert GOOD.split("\n")[line - 1].rsplit(",", 1)[0] == row.rsplit(",", 1)[0] or "values" in why
    msg = refusal(replace_line(GOOD, line, row))
    assert msg.startswith(f"peer-b.csv, line {line}: ")
    assert why in msg


def test_rows_out_of_order_or_missing_or_extra_are_refused() -> None:
    lines = GOOD.split("\n")
    swapped = lines[:]
    swapped[5], swapped[6] = swapped[6], swapped[5]
    msg = refusal("\n".join(swapped))
    assert msg.startswith("peer-b.csv, line 6: expected the row encounters,all,2024-02 here")

    missing = "\n".join(lines[:-2]) + "\n"  # last row gone
    assert "the row age_band,unknown,total is missing" in refusal(missing)

    extra = GOOD + "goals,abandoned,total,0\n"
    assert refusal(extra).startswith(f"peer-b.csv, line {len(lines)}: an extra row")

    renamed = GOOD.replace("mode:video", "mode:telepathy")
    assert "expected the row encounters,mode:video,2024-01 here" in refusal(renamed)

    bad_month = GOOD.replace("2024-02", "2024-13")
    assert "the period '2024-13' is neither a month" in refusal(bad_month)

    gap = GOOD.replace("2024-02", "2024-03")
    assert "the months are not consecutive (2024-01 then 2024-03)" in refusal(gap)


def test_text_that_is_not_utf8_is_refused() -> None:
    assert refusal(b"\xff\xfe\x00m") == "peer-b.csv: the file is not UTF-8 text."


def test_merge_refuses_reports_over_other_months() -> None:
    jan_feb = parse(GOOD, source="a.csv")
    other = build_report(
        start=date(2024, 1, 1), end=date(2024, 3, 31), encounters=[], people_dob={}, min_cell=1
    )
    jan_mar = parse(to_csv(other), source="c.csv")
    with pytest.raises(Invalid) as info:
        merge([jan_feb, jan_mar])
    assert info.value.message.startswith(
        "c.csv, line 4: the rows differ from a.csv (expected people_supported,all,total, "
        "found people_supported,all,2024-03)"
    )
    with pytest.raises(Invalid, match="no report to merge"):
        merge([])
    with pytest.raises(Invalid, match="1 or more"):
        merge([jan_feb], min_cell=0)
