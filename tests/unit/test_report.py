"""Aggregation of the anonymized report: hand-counted journals (spec/report.md)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

import pytest

from peerjournal.core.models import (
    Encounter,
    Goal,
    GoalStatus,
    JournalContents,
    Mode,
    Person,
    Profile,
    Referral,
    ReferralKind,
    ReferralStatus,
    Setting,
)
from peerjournal.core.report import (
    SUPPRESSED,
    Report,
    age_band,
    build_report,
    build_report_from_contents,
    layout,
    months_between,
)
from peerjournal.core.report_csv import to_csv
from peerjournal.errors import Invalid

START, END = date(2024, 1, 1), date(2024, 3, 31)


def enc(
    n: int,
    person: str,
    when: datetime,
    mode: Mode,
    setting: Setting | None,
    minutes: int | None,
) -> Encounter:
    return Encounter(
        id=f"e{n}",
        person_id=person,
        occurred_at=when,
        mode=mode,
        setting=setting,
        duration_minutes=minutes,
        their_story="story words",
    )


ENCOUNTERS = [
    enc(1, "p1", datetime(2024, 1, 1, 0, 0), Mode.IN_PERSON, Setting.COMMUNITY, 30),  # first day
    enc(2, "p1", datetime(2024, 1, 15, 9), Mode.PHONE, None, None),
    enc(3, "p2", datetime(2024, 1, 20, 14), Mode.VIDEO, Setting.HOME, 45),
    enc(4, "p2", datetime(2024, 3, 31, 23, 59), Mode.OUTREACH, Setting.SHELTER, 60),  # last day
    enc(5, "p3", datetime(2023, 12, 31, 23, 59), Mode.PHONE, Setting.HOME, 30),  # before
    enc(6, "p3", datetime(2024, 4, 1, 0, 0), Mode.PHONE, Setting.HOME, 30),  # after
    enc(7, "p4", datetime(2024, 3, 10, 11), Mode.TEXT, Setting.JAIL, 15),
    enc(8, "p5", datetime(2024, 3, 1, 10), Mode.IN_PERSON, Setting.RECOVERY_CENTER, 90),
    enc(9, "p6", datetime(2024, 1, 31, 16), Mode.IN_PERSON, Setting.TREATMENT_CENTER, 20),
    enc(10, "p7", datetime(2024, 3, 15, 8), Mode.PHONE, Setting.EMERGENCY_DEPARTMENT, 10),
]
DOB: dict[str, date | None] = {
    "p1": date(2006, 3, 31),  # exactly 18 on the last day -> 18-24
    "p2": date(1959, 3, 31),  # exactly 65 -> 65+
    "p3": date(1990, 1, 1),  # never in the period
    "p4": date(2006, 4, 1),  # 17, a day short of 18 -> under-18
    "p6": None,  # unknown; p5 is absent from the mapping: unknown too
    "p7": date(1959, 4, 1),  # 64 -> 55-64
}


def ref(n: int, created: date, kind: ReferralKind, status: ReferralStatus) -> Referral:
    return Referral(
        id=f"r{n}",
        person_id="p1",
        clinician_id="c1",
        kind=kind,
        reason_in_their_words="reason words",
        created_on=created,
        status=status,
    )


REFERRALS = [
    ref(1, date(2024, 1, 1), ReferralKind.TREATMENT, ReferralStatus.SENT),
    ref(2, date(2024, 3, 31), ReferralKind.HOUSING, ReferralStatus.ATTENDED),
    ref(3, date(2023, 12, 31), ReferralKind.HOUSING, ReferralStatus.SENT),  # outside
    ref(4, date(2024, 2, 10), ReferralKind.TREATMENT, ReferralStatus.DECLINED),
]


def goal(n: int, set_on: date, status: GoalStatus, closed: date | None) -> Goal:
    return Goal(
        id=f"g{n}",
        person_id="p1",
        in_their_words="goal words",
        set_on=set_on,
        status=status,
        closed_on=closed,
    )


GOALS = [
    goal(1, date(2024, 1, 5), GoalStatus.ACTIVE, None),  # set
    goal(2, date(2023, 11, 1), GoalStatus.MET, date(2024, 2, 1)),  # met only
    goal(3, date(2024, 2, 1), GoalStatus.MET, date(2024, 4, 2)),  # set only: met after
    goal(4, date(2024, 3, 1), GoalStatus.SET_ASIDE, date(2024, 3, 5)),  # set only: not met
]

# Counted by hand from the records above.
EXPECTED_RAW_CSV = """\
measure,category,period,value
people_supported,all,2024-01,3
people_supported,all,2024-02,0
people_supported,all,2024-03,4
people_supported,all,total,6
encounters,all,2024-01,4
encounters,all,2024-02,0
encounters,all,2024-03,4
encounters,all,total,8
encounters,mode:in_person,2024-01,2
encounters,mode:in_person,2024-02,0
encounters,mode:in_person,2024-03,1
encounters,mode:in_person,total,3
encounters,mode:phone,2024-01,1
encounters,mode:phone,2024-02,0
encounters,mode:phone,2024-03,1
encounters,mode:phone,total,2
encounters,mode:video,2024-01,1
encounters,mode:video,2024-02,0
encounters,mode:video,2024-03,0
encounters,mode:video,total,1
encounters,mode:text,2024-01,0
encounters,mode:text,2024-02,0
encounters,mode:text,2024-03,1
encounters,mode:text,total,1
encounters,mode:outreach,2024-01,0
encounters,mode:outreach,2024-02,0
encounters,mode:outreach,2024-03,1
encounters,mode:outreach,total,1
encounters,setting:community,2024-01,1
encounters,setting:community,2024-02,0
encounters,setting:community,2024-03,0
encounters,setting:community,total,1
encounters,setting:emergency_department,2024-01,0
encounters,setting:emergency_department,2024-02,0
encounters,setting:emergency_department,2024-03,1
encounters,setting:emergency_department,total,1
encounters,setting:jail,2024-01,0
encounters,setting:jail,2024-02,0
encounters,setting:jail,2024-03,1
encounters,setting:jail,total,1
encounters,setting:home,2024-01,1
encounters,setting:home,2024-02,0
encounters,setting:home,2024-03,0
encounters,setting:home,total,1
encounters,setting:recovery_center,2024-01,0
encounters,setting:recovery_center,2024-02,0
encounters,setting:recovery_center,2024-03,1
encounters,setting:recovery_center,total,1
encounters,setting:treatment_center,2024-01,1
encounters,setting:treatment_center,2024-02,0
encounters,setting:treatment_center,2024-03,0
encounters,setting:treatment_center,total,1
encounters,setting:shelter,2024-01,0
encounters,setting:shelter,2024-02,0
encounters,setting:shelter,2024-03,1
encounters,setting:shelter,total,1
encounters,setting:other,2024-01,0
encounters,setting:other,2024-02,0
encounters,setting:other,2024-03,0
encounters,setting:other,total,0
encounters,setting:unknown,2024-01,1
encounters,setting:unknown,2024-02,0
encounters,setting:unknown,2024-03,0
encounters,setting:unknown,total,1
contact_hours,all,2024-01,1.6
contact_hours,all,2024-02,0.0
contact_hours,all,2024-03,2.9
contact_hours,all,total,4.5
referrals,all,total,3
referrals,kind:treatment,total,2
referrals,kind:medication,total,0
referrals,kind:mental_health,total,0
referrals,kind:medical,total,0
referrals,kind:housing,total,1
referrals,kind:employment,total,0
referrals,kind:mutual_aid,total,0
referrals,kind:legal,total,0
referrals,kind:other,total,0
referrals,status:draft,total,0
referrals,status:sent,total,1
referrals,status:scheduled,total,0
referrals,status:attended,total,1
referrals,status:declined,total,1
referrals,status:closed,total,0
goals,set,total,3
goals,met,total,1
age_band,18-24,total,1
age_band,25-34,total,0
age_band,35-44,total,0
age_band,45-54,total,0
age_band,55-64,total,1
age_band,65+,total,1
age_band,under-18,total,1
age_band,unknown,total,2
"""


def small_report(min_cell: int = 1) -> Report:
    return build_report(
        start=START,
        end=END,
        encounters=ENCOUNTERS,
        people_dob=DOB,
        referrals=REFERRALS,
        goals=GOALS,
        min_cell=min_cell,
    )


def test_hand_counted_journal_gives_the_expected_rows() -> None:
    assert to_csv(small_report(min_cell=1)) == EXPECTED_RAW_CSV


def test_unsuppressed_view_of_a_suppressed_report_is_the_raw_csv() -> None:
    assert to_csv(small_report(min_cell=11), unsuppressed=True) == EXPECTED_RAW_CSV


def test_default_suppression_hides_every_small_count_and_keeps_zeros() -> None:
    report = small_report(min_cell=11)
    assert report.min_cell == 11
    for cell in report.cells:
        if cell.measure == "contact_hours":
            continue
        if cell.raw == 0:
            assert cell.value == 0, cell
        else:  # every count here is below 11
            assert cell.value is SUPPRESSED, cell
    # Hours follow encounters,all: hidden in January, March and the total, shown in February.
    assert report.value("contact_hours", "all", "2024-01") is SUPPRESSED
    assert report.value("contact_hours", "all", "2024-02") == 0.0
    assert report.value("contact_hours", "all", "2024-03") is SUPPRESSED
    assert report.value("contact_hours", "all", "total") is SUPPRESSED


def test_rows_line_up_for_any_two_journals_over_the_same_period() -> None:
    empty = build_report(start=START, end=END, encounters=[], people_dob={})
    full = small_report()
    assert [c.key for c in empty.cells] == [c.key for c in full.cells]
    assert all(c.value == 0 for c in empty.cells)
    assert len(empty.cells) == 94


def test_months_with_no_activity_and_a_period_spanning_years() -> None:
    assert months_between(date(2023, 11, 15), date(2024, 2, 1)) == (
        "2023-11",
        "2023-12",
        "2024-01",
        "2024-02",
    )
    report = build_report(
        start=date(2023, 11, 15),
        end=date(2024, 2, 1),
        encounters=[
            enc(1, "p1", datetime(2023, 11, 14, 23, 59), Mode.PHONE, None, 5),  # day before
            enc(2, "p1", datetime(2023, 11, 15, 0, 0), Mode.PHONE, None, 5),
            enc(3, "p2", datetime(2024, 2, 1, 23, 59), Mode.VIDEO, None, 7),
        ],
        people_dob={},
        min_cell=1,
    )
    periods = [c.period for c in report.cells if c.measure == "people_supported"]
    assert periods == ["2023-11", "2023-12", "2024-01", "2024-02", "total"]
    assert report.value("encounters", "all", "2023-11") == 1
    assert report.value("encounters", "all", "2023-12") == 0
    assert report.value("encounters", "all", "2024-01") == 0
    assert report.value("encounters", "all", "2024-02") == 1
    assert report.value("encounters", "all", "total") == 2
    assert report.value("contact_hours", "all", "total") == 0.2  # 12 minutes
    assert report.value("age_band", "unknown", "total") == 2


def test_people_supported_total_is_distinct_not_a_sum() -> None:
    report = build_report(
        start=date(2024, 1, 1),
        end=date(2024, 2, 29),
        encounters=[
            enc(1, "p1", datetime(2024, 1, 3), Mode.PHONE, None, 10),
            enc(2, "p1", datetime(2024, 1, 4), Mode.PHONE, None, 10),
            enc(3, "p1", datetime(2024, 2, 29), Mode.PHONE, None, 10),
        ],
        people_dob={"p1": date(2000, 1, 1)},
        min_cell=1,
    )
    assert report.value("people_supported", "all", "2024-01") == 1
    assert report.value("people_supported", "all", "2024-02") == 1
    assert report.value("people_supported", "all", "total") == 1
    assert report.value("age_band", "18-24", "total") == 1


@pytest.mark.parametrize(
    ("dob", "band"),
    [
        (date(2006, 3, 31), "18-24"),
        (date(2006, 4, 1), "under-18"),
        (date(1999, 4, 1), "18-24"),  # 24
        (date(1999, 3, 31), "25-34"),  # 25 exactly
        (date(1989, 3, 31), "35-44"),
        (date(1979, 3, 31), "45-54"),
        (date(1969, 3, 31), "55-64"),
        (date(1959, 4, 1), "55-64"),
        (date(1959, 3, 31), "65+"),
        (date(1920, 1, 1), "65+"),
        (None, "unknown"),
        (date(2025, 1, 1), "unknown"),  # born after the period: not a real age
    ],
)
def test_age_bands_on_the_last_day(dob: date | None, band: str) -> None:
    assert age_band(dob, date(2024, 3, 31)) == band


def test_leap_day_birthday_turns_a_year_on_march_first() -> None:
    # Born on 29 February 2004: 18 only from 1 March 2022 in a year with no 29th.
    assert age_band(date(2004, 2, 29), date(2022, 2, 28)) == "under-18"
    assert age_band(date(2004, 2, 29), date(2022, 3, 1)) == "18-24"


def test_minutes_round_half_up_to_tenths_of_an_hour() -> None:
    def hours(minutes: int) -> float:
        r = build_report(
            start=START,
            end=END,
            encounters=[enc(1, "p1", datetime(2024, 1, 2), Mode.PHONE, None, minutes)],
            people_dob={},
            min_cell=1,
        )
        value = r.value("contact_hours", "all", "total")
        assert isinstance(value, float)
        return value

    assert hours(3) == 0.1  # 0.05 h rounds up
    assert hours(2) == 0.0
    assert hours(15) == 0.3  # 0.25 h rounds up, not to even
    assert hours(90) == 1.5
    assert hours(100) == 1.7


@dataclass(frozen=True)
class FactRow:
    """A light row as vault's ReportFacts may give: a date, plain strings."""

    person_id: str
    occurred_at: date
    mode: str
    setting: str | None
    duration_minutes: int | None


def test_light_rows_with_plain_strings_and_dates_fit() -> None:
    report = build_report(
        start=START,
        end=END,
        encounters=[FactRow("x", date(2024, 2, 2), "phone", "jail", 60)],
        people_dob={"x": date(1990, 6, 1)},
        min_cell=1,
    )
    assert report.value("encounters", "mode:phone", "2024-02") == 1
    assert report.value("encounters", "setting:jail", "total") == 1
    assert report.value("contact_hours", "all", "2024-02") == 1.0
    assert report.value("age_band", "25-34", "total") == 1


def test_unknown_mode_is_refused_without_personal_data() -> None:
    with pytest.raises(Invalid, match="mode 'teleport'"):
        build_report(
            start=START,
            end=END,
            encounters=[FactRow("x", date(2024, 2, 2), "teleport", None, 1)],
            people_dob={},
        )


def test_period_that_ends_before_it_starts_is_refused() -> None:
    with pytest.raises(Invalid, match="starts on 2024-03-31, after it ends on 2024-01-01"):
        build_report(start=END, end=START, encounters=[], people_dob={})


@pytest.mark.parametrize("bad", [0, -3])
def test_min_cell_below_one_is_refused(bad: int) -> None:
    with pytest.raises(Invalid, match="1 or more"):
        build_report(start=START, end=END, encounters=[], people_dob={}, min_cell=bad)


def test_from_contents_uses_dobs_and_the_profiles_organization() -> None:
    contents = JournalContents(
        profile=Profile(name="Peer Name", organization="Harbor Recovery"),
        people=[Person(id=p, preferred_name=f"Name {p}", date_of_birth=d) for p, d in DOB.items()],
        encounters=ENCOUNTERS,
        referrals=REFERRALS,
        goals=GOALS,
    )
    report = build_report_from_contents(contents, start=START, end=END, min_cell=1)
    assert to_csv(report) == EXPECTED_RAW_CSV
    assert report.organization == "Harbor Recovery"
    assert report.start == START and report.end == END
    assert report.note is None


def test_layout_order_is_measure_category_then_months_and_total() -> None:
    keys = layout(("2024-01", "2024-02"))
    assert [k.measure for k in keys[:3]] == ["people_supported"] * 3
    assert [tuple(k) for k in keys[:4]] == [
        ("people_supported", "all", "2024-01"),
        ("people_supported", "all", "2024-02"),
        ("people_supported", "all", "total"),
        ("encounters", "all", "2024-01"),
    ]
    assert tuple(keys[-1]) == ("age_band", "unknown", "total")
    assert len(keys) == len(set(keys))
