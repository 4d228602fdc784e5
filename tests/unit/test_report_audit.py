"""Across reports (spec/report.md): no count from 1 to N-1 can be worked out
by adding and subtracting the published cells of every report written.

The check here is independent of core/report_audit.py: plain month-level
unknowns (no prefix sums, no union-find), the family sums written out month by
month, and exact rational Gaussian elimination with fractions.Fraction.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime, timedelta
from fractions import Fraction

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from peerjournal.core import report as R
from peerjournal.core import report_audit as A
from peerjournal.core.models import GoalStatus, Mode, ReferralKind, ReferralStatus, Setting
from peerjournal.core.report_facts import EncounterFact, GoalFact, ReferralFact, ReportFacts

FIRST = date(2024, 1, 1)
MONTHS = 6
LAST = date(2024, 6, 30)

# ---------------------------------------------------------------- the independent check


def month_list(first: str, last: str) -> list[str]:
    out = [first]
    while out[-1] != last:
        y, m = int(out[-1][:4]), int(out[-1][5:])
        out.append(f"{y + 1:04d}-01" if m == 12 else f"{y:04d}-{m + 1:02d}")
    return out


def cell_months(key: R.CellKey, first: str, last: str) -> list[str]:
    """The months a cell covers, worked out here from the spec's period names."""
    if key.period == "total":
        return month_list(first, last)
    if "-Q" in key.period:
        year, q = key.period[:4], int(key.period[-1])
        return [f"{year}-{3 * q - 2 + i:02d}" for i in range(3)]
    return [key.period]


ADDITIVE = {"encounters", "contact_hours", "referrals", "goals"}


def cell_vector(key: R.CellKey, first: str, last: str) -> dict[tuple[object, ...], Fraction]:
    """A cell as a sum of the reader's unknowns: month-level for the additive
    measures, one unknown per window of months for distinct people."""
    months = cell_months(key, first, last)
    if key.measure in ADDITIVE:
        return {(key.measure, key.category, m): Fraction(1) for m in months}
    return {(key.measure, key.category, months[0], months[-1]): Fraction(1)}


def family_rows(all_months: Iterable[str], windows: Iterable[tuple[str, str]]) -> list[dict]:
    rows: list[dict] = []
    for m in all_months:
        for measure, families in (
            ("encounters", (R.MODE_CATEGORIES, R.SETTING_CATEGORIES)),
            ("referrals", (R.KIND_CATEGORIES, R.STATUS_CATEGORIES)),
        ):
            for members in families:
                row = {(measure, c, m): Fraction(1) for c in members}
                row[(measure, "all", m)] = Fraction(-1)
                rows.append(row)
    for a, b in windows:
        row = {("age_band", band, a, b): Fraction(1) for band in R.AGE_BANDS}
        row[("people_supported", "all", a, b)] = Fraction(-1)
        rows.append(row)
    return rows


class RationalSpan:
    """Row space over the rationals, by Gaussian elimination with Fraction."""

    def __init__(self, rows: Iterable[dict]) -> None:
        self.pivots: dict[tuple[object, ...], dict] = {}
        for row in rows:
            self._add(row)

    def _reduce(self, row: dict) -> dict:
        row = {k: v for k, v in row.items() if v != 0}
        changed = True
        while changed:
            changed = False
            for k in list(row):
                if k in row and k in self.pivots:
                    f = row[k]
                    for kk, vv in self.pivots[k].items():
                        nv = row.get(kk, Fraction(0)) - f * vv
                        if nv == 0:
                            row.pop(kk, None)
                        else:
                            row[kk] = nv
                    changed = True
        return row

    def _add(self, row: dict) -> None:
        row = self._reduce(row)
        if not row:
            return
        pivot = min(row, key=repr)
        scale = row[pivot]
        row = {k: v / scale for k, v in row.items()}
        # keep the basis fully reduced: eliminate the new pivot from the others
        for other in self.pivots.values():
            if pivot in other:
                f = other[pivot]
                for kk, vv in row.items():
                    nv = other.get(kk, Fraction(0)) - f * vv
                    if nv == 0:
                        other.pop(kk, None)
                    else:
                        other[kk] = nv
        self.pivots[pivot] = row

    def contains(self, row: dict) -> bool:
        return not self._reduce(dict(row))


def leaks(
    entries: Sequence[A.LoggedReport],
    truth: dict[R.CellKey, float] | None,
    value: callable,  # type: ignore[valid-type]
    min_cell: int,
) -> list[tuple[object, ...]]:
    """Every count from 1 to min_cell-1 (a hidden cell of any report, or a
    month-level count) that the published cells give away."""
    months: set[str] = set()
    windows: set[tuple[str, str]] = set()
    published: list[dict] = []
    hidden: list[tuple[R.CellKey, str, str]] = []
    for e in entries:
        months.update(month_list(e.first_month, e.last_month))
        for key, v in e.cells:
            vec = cell_vector(key, e.first_month, e.last_month)
            if key.measure == "age_band":
                ms = cell_months(key, e.first_month, e.last_month)
                windows.add((ms[0], ms[-1]))
            if v is None:
                hidden.append((key, e.first_month, e.last_month))
            else:
                published.append(vec)
    span = RationalSpan([*family_rows(sorted(months), windows), *published])
    found = []
    targets: list[tuple[R.CellKey, str, str]] = list(hidden)
    ordered = sorted(months)
    ordered = month_list(ordered[0], ordered[-1])
    for i, a in enumerate(ordered):
        targets.append((R.CellKey("people_supported", "all", a), a, a))
        for b in ordered[i:]:  # every run of whole months, not only the cells reports name
            for measure in ("encounters", "contact_hours", "referrals", "goals"):
                for c in R.categories(measure):
                    targets.append((R.CellKey(measure, c, "total"), a, b))
    for key, a, b in targets:
        probe = key
        if key.measure == "contact_hours":  # hours give away the encounters they go with
            probe = R.CellKey("encounters", "all", key.period)
        v = value(probe, a, b)
        if 0 < v < min_cell and span.contains(cell_vector(key, a, b)):
            found.append((key, a, b, v))
    return found


# ---------------------------------------------------------------- random journals

MODES = list(Mode)
SETTINGS = [*Setting, None]


@st.composite
def journals(draw: st.DrawFn) -> ReportFacts:
    n_people = draw(st.integers(1, 8))
    people = [f"p{i}" for i in range(n_people)]
    dobs = {
        p: draw(st.one_of(st.none(), st.dates(date(1940, 1, 1), date(2010, 1, 1)))) for p in people
    }
    days = st.integers(0, (LAST - FIRST).days)
    encounters = tuple(
        EncounterFact(
            person_id=draw(st.sampled_from(people)),
            occurred_at=datetime.combine(FIRST + timedelta(days=draw(days)), datetime.min.time()),
            mode=draw(st.sampled_from(MODES)),
            setting=draw(st.sampled_from(SETTINGS)),
            duration_minutes=draw(st.integers(0, 120)),
        )
        for _ in range(draw(st.integers(0, 60)))
    )
    referrals = tuple(
        ReferralFact(
            kind=draw(st.sampled_from(list(ReferralKind))),
            status=draw(st.sampled_from(list(ReferralStatus))),
            created_on=FIRST + timedelta(days=draw(days)),
        )
        for _ in range(draw(st.integers(0, 15)))
    )
    goals = []
    for _ in range(draw(st.integers(0, 10))):
        set_on = FIRST + timedelta(days=draw(days))
        met = draw(st.booleans())
        closed = set_on + timedelta(days=draw(st.integers(0, 60))) if met else None
        goals.append(
            GoalFact(
                set_on=set_on,
                status=GoalStatus.MET if met else GoalStatus.ACTIVE,
                closed_on=closed if closed and closed <= LAST else None,
            )
        )
    return ReportFacts(
        start=FIRST,
        end=LAST,
        encounters=encounters,
        dates_of_birth={p: dobs[p] for p in people},
        referrals=referrals,
        goals=tuple(goals),
    )


@st.composite
def periods(draw: st.DrawFn) -> tuple[date, date, str]:
    a = draw(st.integers(0, MONTHS - 1))
    b = draw(st.integers(a, MONTHS - 1))
    start = date(2024, a + 1, 1)
    end = date(2024, b + 2, 1) - timedelta(days=1) if b < 11 else date(2024, 12, 31)
    grain = "month"
    if a % 3 == 0 and b % 3 == 2 and draw(st.booleans()):
        grain = "quarter"
    return start, end, grain


def true_value(facts: ReportFacts):  # type: ignore[no-untyped-def]
    """The true number behind a cell over months a..b, counted here from the facts."""

    built: dict[tuple[str, str], R.Report] = {}

    def value(key: R.CellKey, a: str, b: str) -> float:
        if (a, b) in built:
            return built[(a, b)].raw(key.measure, key.category, "total")
        start = date(int(a[:4]), int(a[5:]), 1)
        y, m = int(b[:4]), int(b[5:])
        end = (date(y + 1, 1, 1) if m == 12 else date(y, m + 1, 1)) - timedelta(days=1)
        rep = R.build_report(
            start=start,
            end=end,
            encounters=facts.encounters,
            people_dob=facts.dates_of_birth,
            referrals=facts.referrals,
            goals=facts.goals,
            min_cell=1,
        )
        built[(a, b)] = rep
        return rep.raw(key.measure, key.category, "total")

    return value


def write_reports(facts: ReportFacts, plan: Sequence[tuple[date, date, str]], n: int):  # type: ignore[no-untyped-def]
    ledger = A.Ledger(R.tally_facts(facts))
    log: list[A.LoggedReport] = []
    for start, end, grain in plan:
        rep = R.build_report_from_facts(facts, start=start, end=end, grain=grain, min_cell=n)
        same = [
            e
            for e in log
            if (e.first_month, e.last_month, e.grain, e.min_cell)
            == (rep.first_month, rep.last_month, grain, n)
        ]
        seed = [k for k, v in same[-1].cells if v is None] if same else []
        out = A.audited(rep, A.earlier_reports_that_count(log, n), ledger.value, seed=seed)
        log.append(A.log_entry(out, written_at="2025-01-01T00:00:00", kind="csv"))
    return log


# derandomize: the same 40 examples every run, so that a submission's CI is repeatable; the
# leak a random run found is pinned below as a strict xfail (issue 15 stays open for it)
@settings(
    max_examples=40, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)
@given(
    facts=journals(),
    plan=st.lists(periods(), min_size=2, max_size=6),
    n=st.sampled_from([3, 5, 11]),
)
def test_no_small_count_can_be_worked_out_from_all_reports(facts, plan, n) -> None:  # type: ignore[no-untyped-def]
    log = write_reports(facts, plan, n)
    assert leaks(log, None, true_value(facts), n) == []


# ---------------------------------------------------------------- worked examples


def facts_of(rows: Sequence[tuple[str, int, Mode]]) -> ReportFacts:
    """Encounters of one person each: (month YYYY-MM, how many, mode)."""
    encounters = []
    n = 0
    for month, count, mode in rows:
        for i in range(count):
            n += 1
            encounters.append(
                EncounterFact(
                    person_id=f"p{n}",
                    occurred_at=datetime(int(month[:4]), int(month[5:]), 1 + i % 28, 10),
                    mode=mode,
                    setting=Setting.COMMUNITY,
                    duration_minutes=30,
                )
            )
    return ReportFacts(
        start=date(2024, 1, 1),
        end=date(2024, 12, 31),
        encounters=tuple(encounters),
        dates_of_birth={e.person_id: date(1980, 1, 1) for e in encounters},
    )


def plain_reports(facts: ReportFacts, plan: Sequence[tuple[date, date, str]], n: int = 11):  # type: ignore[no-untyped-def]
    """The same reports without the audit: what the old code published."""
    return [
        A.log_entry(
            R.build_report_from_facts(facts, start=s, end=e, grain=g, min_cell=n),
            written_at="2025-01-01T00:00:00",
            kind="csv",
        )
        for s, e, g in plan
    ]


QUARTERS = [
    (date(2024, 1, 1), date(2024, 3, 31), "month"),
    (date(2024, 4, 1), date(2024, 6, 30), "month"),
    (date(2024, 7, 1), date(2024, 9, 30), "month"),
    (date(2024, 10, 1), date(2024, 12, 31), "month"),
]
YEAR = (date(2024, 1, 1), date(2024, 12, 31), "month")


def quarters_then_year_journal() -> ReportFacts:
    # Phone calls: 15, 12 and 20 in the first three quarters, 3 in the fourth
    # (hidden in that quarter's report); the year's 50 would give the 3 away.
    rows = []
    for month, phone, person in (
        ("2024-02", 15, 40),
        ("2024-05", 12, 40),
        ("2024-08", 20, 40),
        ("2024-11", 3, 40),
    ):
        rows += [(month, phone, Mode.PHONE), (month, person, Mode.IN_PERSON)]
    return facts_of(rows)


def test_quarters_then_a_year_the_year_hides_what_subtraction_would_give() -> None:
    facts = quarters_then_year_journal()
    value = true_value(facts)
    before = plain_reports(facts, [*QUARTERS, YEAR])
    assert any(k.category == "mode:phone" for k, *_ in leaks(before, None, value, 11))

    log = write_reports(facts, [*QUARTERS, YEAR], 11)
    assert leaks(log, None, value, 11) == []
    year = log[-1]
    assert year.audit_hidden > 0
    published = dict(year.cells)
    assert published[R.CellKey("encounters", "mode:phone", "total")] is None


def test_two_overlapping_half_years() -> None:
    # Video: 3 in the first quarter, 20 in the second, 15 in the third. The first
    # half-year hides Q1's 3 and a complement; the second half-year, by itself
    # harmless, would publish the complement back.
    rows = [
        ("2024-02", 3, Mode.VIDEO),
        ("2024-05", 20, Mode.VIDEO),
        ("2024-08", 15, Mode.VIDEO),
        ("2024-02", 30, Mode.IN_PERSON),
        ("2024-05", 30, Mode.IN_PERSON),
        ("2024-08", 30, Mode.IN_PERSON),
    ]
    facts = facts_of(rows)
    plan = [
        (date(2024, 1, 1), date(2024, 6, 30), "quarter"),
        (date(2024, 4, 1), date(2024, 9, 30), "quarter"),
    ]
    value = true_value(facts)
    assert leaks(plain_reports(facts, plan), None, value, 11) != []
    log = write_reports(facts, plan, 11)
    assert leaks(log, None, value, 11) == []
    assert log[-1].audit_hidden > 0


def test_same_period_again_publishes_the_same_cells() -> None:
    facts = quarters_then_year_journal()
    log = write_reports(facts, [*QUARTERS, YEAR, QUARTERS[1], YEAR], 11)
    assert log[-1].cells == log[4].cells
    assert log[5].cells == log[1].cells


def test_a_smaller_n_and_unsuppressed_reports_take_no_part() -> None:
    facts = quarters_then_year_journal()
    log = write_reports(facts, [YEAR], 1)
    assert A.earlier_reports_that_count(log, 11) == []
    assert A.earlier_reports_that_count(write_reports(facts, [YEAR], 5), 11) == []
    assert len(A.earlier_reports_that_count(write_reports(facts, [YEAR], 20), 11)) == 1


def test_people_supported_is_its_own_non_additive_family() -> None:
    # One person seen every month: by month 1 each, yet 1 in the quarter, not 3.
    s = A.support(R.CellKey("people_supported", "all", "total"), "2024-01", "2024-03")
    q = A.support(R.CellKey("people_supported", "all", "2024-Q1"), "2024-01", "2024-12")
    months = [
        A.support(R.CellKey("people_supported", "all", f"2024-0{m}"), "2024-01", "2024-03")
        for m in (1, 2, 3)
    ]
    span = A.BlockSpan("people", months, A.month_number("2024-01"))
    assert not span.knows(s)  # the months do not add up to the quarter
    assert A.BlockSpan("people", [q], A.month_number("2024-01")).knows(s)  # the same window


def test_merged_reports_are_audited_against_the_merge_log(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from peerjournal.core.report_csv import to_csv
    from peerjournal.services import reports

    # Two peers; outreach: 2 in January between them, none after. The first
    # merge (January to June) hides January's 2; a second merge (February to
    # June) would publish February to June as 0 and the first's total gives it.
    peers = [
        facts_of([("2024-01", 1, Mode.OUTREACH), ("2024-03", 30, Mode.IN_PERSON)]),
        facts_of([("2024-01", 1, Mode.OUTREACH), ("2024-05", 30, Mode.IN_PERSON)]),
    ]
    log = tmp_path / "merge-log.json"

    def merge(start: date, end: date, name: str):  # type: ignore[no-untyped-def]
        files = []
        for i, f in enumerate(peers):
            path = tmp_path / f"{name}-{i}.csv"
            rep = R.build_report_from_facts(f, start=start, end=end, min_cell=1)
            path.write_text(to_csv(rep), encoding="utf-8")
            files.append(path)
        return reports.merge_report_files(files, tmp_path / f"{name}.csv", kind="csv", log=log)

    merge(date(2024, 1, 1), date(2024, 6, 30), "h1")
    second = merge(date(2024, 2, 1), date(2024, 6, 30), "feb-jun")
    entries = reports.read_merge_log(log)
    assert len(entries) == 2
    truth: dict[tuple[str, str], int] = {}

    def value(key: R.CellKey, a: str, b: str) -> float:
        total = 0.0
        for f in peers:
            total += true_value(f)(key, a, b)
        truth[(a, b)] = int(total)
        return total

    assert leaks(entries, None, value, 11) == []
    assert second.audit_hidden > 0


# ---------------------------------------------------------------- a known leak

# Found by the property above (seed 311766928925429474777048459330389931305) after the
# branches were merged: three monthly reports (Feb-Apr, Mar-May, Jan-May) at N = 3 let a
# reader work out the Mar-May in-person total (1) that the second report hid. The audit
# misses it; issue 15 stays open until it does. Strict: this fails the day the audit
# catches it, so that the mark comes off.
KNOWN_LEAK_FACTS = ReportFacts(
    start=date(2024, 1, 1),
    end=date(2024, 6, 30),
    encounters=(
        EncounterFact(
            person_id="p0",
            occurred_at=datetime(2024, 5, 12, 0, 0),
            mode=Mode("outreach"),
            setting=Setting("community"),
            duration_minutes=0,
        ),
        EncounterFact(
            person_id="p0",
            occurred_at=datetime(2024, 1, 1, 0, 0),
            mode=Mode("in_person"),
            setting=Setting("community"),
            duration_minutes=0,
        ),
        EncounterFact(
            person_id="p0",
            occurred_at=datetime(2024, 3, 29, 0, 0),
            mode=Mode("in_person"),
            setting=Setting("community"),
            duration_minutes=0,
        ),
        EncounterFact(
            person_id="p0",
            occurred_at=datetime(2024, 1, 1, 0, 0),
            mode=Mode("in_person"),
            setting=Setting("community"),
            duration_minutes=0,
        ),
        EncounterFact(
            person_id="p0",
            occurred_at=datetime(2024, 1, 1, 0, 0),
            mode=Mode("in_person"),
            setting=Setting("community"),
            duration_minutes=0,
        ),
        EncounterFact(
            person_id="p0",
            occurred_at=datetime(2024, 1, 1, 0, 0),
            mode=Mode("in_person"),
            setting=Setting("community"),
            duration_minutes=0,
        ),
        EncounterFact(
            person_id="p0",
            occurred_at=datetime(2024, 1, 1, 0, 0),
            mode=Mode("in_person"),
            setting=Setting("community"),
            duration_minutes=0,
        ),
        EncounterFact(
            person_id="p0",
            occurred_at=datetime(2024, 4, 3, 0, 0),
            mode=Mode("phone"),
            setting=Setting("community"),
            duration_minutes=0,
        ),
        EncounterFact(
            person_id="p0",
            occurred_at=datetime(2024, 3, 27, 0, 0),
            mode=Mode("video"),
            setting=Setting("community"),
            duration_minutes=0,
        ),
        EncounterFact(
            person_id="p0",
            occurred_at=datetime(2024, 1, 1, 0, 0),
            mode=Mode("in_person"),
            setting=Setting("community"),
            duration_minutes=0,
        ),
        EncounterFact(
            person_id="p0",
            occurred_at=datetime(2024, 4, 18, 0, 0),
            mode=Mode("text"),
            setting=Setting("community"),
            duration_minutes=0,
        ),
        EncounterFact(
            person_id="p0",
            occurred_at=datetime(2024, 1, 1, 0, 0),
            mode=Mode("in_person"),
            setting=Setting("community"),
            duration_minutes=0,
        ),
        EncounterFact(
            person_id="p0",
            occurred_at=datetime(2024, 2, 23, 0, 0),
            mode=Mode("in_person"),
            setting=Setting("community"),
            duration_minutes=0,
        ),
        EncounterFact(
            person_id="p0",
            occurred_at=datetime(2024, 4, 5, 0, 0),
            mode=Mode("video"),
            setting=Setting("community"),
            duration_minutes=0,
        ),
        EncounterFact(
            person_id="p0",
            occurred_at=datetime(2024, 1, 1, 0, 0),
            mode=Mode("in_person"),
            setting=Setting("community"),
            duration_minutes=0,
        ),
        EncounterFact(
            person_id="p0",
            occurred_at=datetime(2024, 4, 19, 0, 0),
            mode=Mode("text"),
            setting=Setting("community"),
            duration_minutes=0,
        ),
        EncounterFact(
            person_id="p0",
            occurred_at=datetime(2024, 3, 1, 0, 0),
            mode=Mode("outreach"),
            setting=Setting("community"),
            duration_minutes=0,
        ),
        EncounterFact(
            person_id="p0",
            occurred_at=datetime(2024, 1, 1, 0, 0),
            mode=Mode("in_person"),
            setting=Setting("community"),
            duration_minutes=0,
        ),
        EncounterFact(
            person_id="p0",
            occurred_at=datetime(2024, 1, 1, 0, 0),
            mode=Mode("in_person"),
            setting=Setting("community"),
            duration_minutes=0,
        ),
        EncounterFact(
            person_id="p0",
            occurred_at=datetime(2024, 3, 1, 0, 0),
            mode=Mode("video"),
            setting=Setting("community"),
            duration_minutes=0,
        ),
        EncounterFact(
            person_id="p0",
            occurred_at=datetime(2024, 1, 1, 0, 0),
            mode=Mode("in_person"),
            setting=Setting("community"),
            duration_minutes=0,
        ),
        EncounterFact(
            person_id="p0",
            occurred_at=datetime(2024, 1, 1, 0, 0),
            mode=Mode("phone"),
            setting=Setting("community"),
            duration_minutes=0,
        ),
        EncounterFact(
            person_id="p0",
            occurred_at=datetime(2024, 1, 1, 0, 0),
            mode=Mode("in_person"),
            setting=Setting("community"),
            duration_minutes=0,
        ),
        EncounterFact(
            person_id="p0",
            occurred_at=datetime(2024, 1, 1, 0, 0),
            mode=Mode("in_person"),
            setting=Setting("community"),
            duration_minutes=0,
        ),
        EncounterFact(
            person_id="p0",
            occurred_at=datetime(2024, 1, 1, 0, 0),
            mode=Mode("in_person"),
            setting=Setting("community"),
            duration_minutes=0,
        ),
        EncounterFact(
            person_id="p0",
            occurred_at=datetime(2024, 2, 1, 0, 0),
            mode=Mode("in_person"),
            setting=Setting("community"),
            duration_minutes=0,
        ),
        EncounterFact(
            person_id="p0",
            occurred_at=datetime(2024, 1, 1, 0, 0),
            mode=Mode("in_person"),
            setting=Setting("community"),
            duration_minutes=0,
        ),
        EncounterFact(
            person_id="p0",
            occurred_at=datetime(2024, 3, 1, 0, 0),
            mode=Mode("phone"),
            setting=Setting("community"),
            duration_minutes=0,
        ),
        EncounterFact(
            person_id="p0",
            occurred_at=datetime(2024, 1, 1, 0, 0),
            mode=Mode("in_person"),
            setting=Setting("community"),
            duration_minutes=0,
        ),
        EncounterFact(
            person_id="p0",
            occurred_at=datetime(2024, 1, 1, 0, 0),
            mode=Mode("in_person"),
            setting=Setting("community"),
            duration_minutes=0,
        ),
        EncounterFact(
            person_id="p0",
            occurred_at=datetime(2024, 5, 1, 0, 0),
            mode=Mode("phone"),
            setting=Setting("community"),
            duration_minutes=0,
        ),
        EncounterFact(
            person_id="p0",
            occurred_at=datetime(2024, 3, 1, 0, 0),
            mode=Mode("text"),
            setting=Setting("community"),
            duration_minutes=0,
        ),
        EncounterFact(
            person_id="p0",
            occurred_at=datetime(2024, 5, 1, 0, 0),
            mode=Mode("text"),
            setting=Setting("community"),
            duration_minutes=0,
        ),
        EncounterFact(
            person_id="p0",
            occurred_at=datetime(2024, 1, 1, 0, 0),
            mode=Mode("in_person"),
            setting=Setting("community"),
            duration_minutes=0,
        ),
        EncounterFact(
            person_id="p0",
            occurred_at=datetime(2024, 3, 1, 0, 0),
            mode=Mode("outreach"),
            setting=Setting("community"),
            duration_minutes=0,
        ),
        EncounterFact(
            person_id="p0",
            occurred_at=datetime(2024, 2, 1, 0, 0),
            mode=Mode("text"),
            setting=Setting("community"),
            duration_minutes=0,
        ),
        EncounterFact(
            person_id="p0",
            occurred_at=datetime(2024, 5, 1, 0, 0),
            mode=Mode("phone"),
            setting=Setting("community"),
            duration_minutes=0,
        ),
    ),
    dates_of_birth={
        "p0": None,
        "p1": None,
        "p2": None,
        "p3": None,
        "p4": None,
        "p5": None,
        "p6": None,
        "p7": None,
    },
    referrals=(),
    goals=(),
)
KNOWN_LEAK_PLAN = [
    (date(2024, 2, 1), date(2024, 4, 30), "month"),
    (date(2024, 3, 1), date(2024, 5, 31), "month"),
    (date(2024, 1, 1), date(2024, 5, 31), "month"),
]


@pytest.mark.xfail(strict=True, reason="issue 15: the audit misses this leak (Mar-May window)")
def test_the_known_leak_of_three_overlapping_reports_is_stopped() -> None:
    log = write_reports(KNOWN_LEAK_FACTS, KNOWN_LEAK_PLAN, 3)
    assert leaks(log, None, true_value(KNOWN_LEAK_FACTS), 3) == []
