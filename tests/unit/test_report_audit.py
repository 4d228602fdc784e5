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
        p: draw(st.one_of(st.none(), st.dates(date(1940, 1, 1), date(2010, 1, 1))))
        for p in people
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
    ledger = A.Ledger(facts)
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


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(facts=journals(), plan=st.lists(periods(), min_size=2, max_size=6), n=st.sampled_from([3, 5, 11]))
def test_no_small_count_can_be_worked_out_from_all_reports(facts, plan, n) -> None:  # type: ignore[no-untyped-def]
    log = write_reports(facts, plan, n)
    assert leaks(log, None, true_value(facts), n) == []
