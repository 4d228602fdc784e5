"""The anonymized report: counts of a period, small cells suppressed (spec/report.md).

Only aggregates enter a report: no text, no name, no id, no date finer than a
month. Suppression works on cells (measure, category, period), never on
records, so a report merged from several peers' CSVs is suppressed by the same
code as one built from a journal.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import Enum
from typing import NamedTuple, Protocol

from peerjournal.core.models import JournalContents, Mode, ReferralKind, ReferralStatus, Setting
from peerjournal.core.report_facts import ReportFacts
from peerjournal.errors import Invalid

TOTAL = "total"
ALL = "all"
DEFAULT_MIN_CELL = 11
MONTH = "month"
QUARTER = "quarter"
AUTO = "auto"
GRAINS: tuple[str, ...] = (MONTH, QUARTER)

# Measures in the order of the spec's table; the CSV and the PDF follow it.
MEASURES: tuple[str, ...] = (
    "people_supported",
    "encounters",
    "contact_hours",
    "referrals",
    "goals",
    "age_band",
)
AGE_BANDS: tuple[str, ...] = (
    "18-24",
    "25-34",
    "35-44",
    "45-54",
    "55-64",
    "65+",
    "under-18",
    "unknown",
)
MODE_CATEGORIES: tuple[str, ...] = tuple(f"mode:{m.value}" for m in Mode)
SETTING_CATEGORIES: tuple[str, ...] = (
    *(f"setting:{s.value}" for s in Setting),
    "setting:unknown",
)
KIND_CATEGORIES: tuple[str, ...] = tuple(f"kind:{k.value}" for k in ReferralKind)
STATUS_CATEGORIES: tuple[str, ...] = tuple(f"status:{s.value}" for s in ReferralStatus)

_CATEGORIES: dict[str, tuple[str, ...]] = {
    "people_supported": (ALL,),
    "encounters": (ALL, *MODE_CATEGORIES, *SETTING_CATEGORIES),
    "contact_hours": (ALL,),
    "referrals": (ALL, *KIND_CATEGORIES, *STATUS_CATEGORIES),
    "goals": ("set", "met"),
    "age_band": AGE_BANDS,
}
_MONTHLY: frozenset[str] = frozenset({"people_supported", "encounters", "contact_hours"})
HOURS_MEASURE = "contact_hours"

MERGED_NOTE = "A person supported by two peers counts twice."


class CellKey(NamedTuple):
    """Where a number stands: one row of the CSV without its value."""

    measure: str
    category: str
    period: str


class Suppressed(Enum):
    """The one marker of a hidden cell (small, or hidden as a complement)."""

    SUPPRESSED = "suppressed"

    def __str__(self) -> str:
        return self.value


SUPPRESSED = Suppressed.SUPPRESSED

Number = int | float  # int for counts, float hours with one decimal


@dataclass(frozen=True, slots=True)
class Cell:
    """One number of the report: what is published, and the raw number behind it."""

    measure: str
    category: str
    period: str
    raw: Number
    value: Number | Suppressed

    @property
    def key(self) -> CellKey:
        return CellKey(self.measure, self.category, self.period)

    @property
    def suppressed(self) -> bool:
        return self.value is SUPPRESSED


@dataclass(frozen=True, slots=True)
class Group:
    """Cells whose members add up to a published total: a reader could subtract
    a lone hidden member (or add up a lone hidden total) back."""

    total: CellKey
    members: tuple[CellKey, ...]


@dataclass(frozen=True)
class Report:
    """The report: its cells in the fixed order of the CSV.

    `months` holds the columns' periods at the report's grain: months
    (`YYYY-MM`) or quarters (`YYYY-Qn`).

    `start` and `end` are the period's days when built from a journal; a report
    merged from CSVs knows only its months, so they are None there.
    `merged_from` counts the peers' reports summed into it (0 when not merged).
    """

    months: tuple[str, ...]
    cells: tuple[Cell, ...]
    min_cell: int
    start: date | None = None
    end: date | None = None
    organization: str | None = None
    merged_from: int = 0
    grain: str = MONTH
    # cells hidden only because, with earlier reports, they would give away a
    # small count (core/report_audit.py); counted in the message
    audit_hidden: int = 0
    # the reason auto grain gave for its choice ("" when the grain was asked for)
    grain_reason: str = ""
    # how many entries the report log held when this report was built (-1: not
    # built from a journal); saving checks that no report was logged since
    log_seen: int = -1
    # with auto grain: how many cells the other grain would have hidden (-1: not compared)
    other_grain_hidden: int = -1
    _index: dict[CellKey, Cell] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_index", {c.key: c for c in self.cells})

    @property
    def suppression_on(self) -> bool:
        return self.min_cell > 1

    @property
    def note(self) -> str | None:
        """The sentence a merged report must carry (spec: counts twice)."""
        return MERGED_NOTE if self.merged_from else None

    def rule_sentence(self) -> str:
        """What the command says after writing a report: N, or that suppression
        is off, and for a merged report that people may count twice."""
        if self.suppression_on:
            rule = (
                f"Counts from 1 to {self.min_cell - 1} are suppressed (--min-cell "
                f"{self.min_cell}), and so are the cells that would let a reader work them out."
            )
        else:
            rule = "Suppression is off (--min-cell 1): every number is shown, even the smallest."
        return f"{rule} {self.note}" if self.note else rule

    def cell(self, measure: str, category: str, period: str) -> Cell:
        """The cell at (measure, category, period); KeyError when there is none."""
        return self._index[CellKey(measure, category, period)]

    def value(self, measure: str, category: str, period: str) -> Number | Suppressed:
        """The published value of one cell."""
        return self.cell(measure, category, period).value

    def raw(self, measure: str, category: str, period: str) -> Number:
        """The unsuppressed number of one cell (for the peer's own eyes only)."""
        return self.cell(measure, category, period).raw

    def suppressed_keys(self) -> frozenset[CellKey]:
        return frozenset(c.key for c in self.cells if c.suppressed)

    @property
    def periods(self) -> tuple[str, ...]:
        """The columns' periods (months or quarters), without `total`."""
        return self.months

    @property
    def first_month(self) -> str:
        """The period's first month `YYYY-MM`."""
        return period_months(self.months[0])[0]

    @property
    def last_month(self) -> str:
        """The period's last month `YYYY-MM`."""
        return period_months(self.months[-1])[-1]


# --- input row shapes: both the domain records and ReportFacts rows fit ---


class EncounterRow(Protocol):
    @property
    def person_id(self) -> str: ...
    @property
    def occurred_at(self) -> date: ...  # a datetime is a date too
    @property
    def mode(self) -> str: ...
    @property
    def setting(self) -> str | None: ...
    @property
    def duration_minutes(self) -> int | None: ...


class ReferralRow(Protocol):
    @property
    def kind(self) -> str: ...
    @property
    def status(self) -> str: ...
    @property
    def created_on(self) -> date: ...


class GoalRow(Protocol):
    @property
    def set_on(self) -> date: ...
    @property
    def status(self) -> str: ...
    @property
    def closed_on(self) -> date | None: ...


# --- layout ---


def categories(measure: str) -> tuple[str, ...]:
    """The categories of a measure, in the spec's order."""
    return _CATEGORIES[measure]


def is_monthly(measure: str) -> bool:
    """True when the measure has one cell per month besides its total."""
    return measure in _MONTHLY


def is_count(measure: str) -> bool:
    """Counts are suppressed when small; contact hours follow encounters instead."""
    return measure != HOURS_MEASURE


def months_between(start: date, end: date) -> tuple[str, ...]:
    """Every month `YYYY-MM` from start's to end's, both included."""
    if start > end:
        raise Invalid(
            f"The report period starts on {start.isoformat()}, after it ends on "
            f"{end.isoformat()}. Give a start on or before the end."
        )
    out: list[str] = []
    year, month = start.year, start.month
    while (year, month) <= (end.year, end.month):
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return tuple(out)


def check_whole_months(start: date, end: date) -> None:
    """Refuse a period that is not whole months (spec/cli.md): two reports
    must never differ by a few days' records."""
    if start > end:
        months_between(start, end)  # says so
    problems: list[str] = []
    if start.day != 1:
        problems.append(f"--from {start.isoformat()} is not the first day of a month")
    after = end + timedelta(days=1)
    if after.day != 1:
        problems.append(f"--to {end.isoformat()} is not the last day of a month")
    if problems:
        raise Invalid(
            "A report covers whole months, so that two reports can never differ by a few "
            f"days' records: {' and '.join(problems)}. Give the first day of a month and "
            "the last day of one."
        )


def quarter_of(month: str) -> str:
    """`2024-05` -> `2024-Q2`."""
    return f"{month[:4]}-Q{(int(month[5:7]) - 1) // 3 + 1}"


def period_months(period: str) -> tuple[str, ...]:
    """The months of one column's period: `2024-03` -> (2024-03,),
    `2024-Q1` -> (2024-01, 2024-02, 2024-03)."""
    if "-Q" in period:
        year, q = period[:4], int(period[6:])
        return tuple(f"{year}-{3 * (q - 1) + i:02d}" for i in (1, 2, 3))
    return (period,)


def quarters_fit(months: Sequence[str]) -> bool:
    """True when the months are whole calendar quarters."""
    return bool(months) and int(months[0][5:7]) % 3 == 1 and int(months[-1][5:7]) % 3 == 0


def periods_of(months: Sequence[str], grain: str) -> tuple[str, ...]:
    """The columns of a report over `months` at `grain`. Quarters need whole
    quarters (Invalid otherwise)."""
    if grain == MONTH:
        return tuple(months)
    if grain != QUARTER:
        raise Invalid(f"The grain is month, quarter or auto, not {grain!r}.")
    if not quarters_fit(months):
        raise Invalid(
            f"A report by quarter needs whole calendar quarters; {months[0]} to {months[-1]} "
            "is not. Start in January, April, July or October and end in March, June, "
            "September or December, or use --by month."
        )
    out: list[str] = []
    for m in months:
        q = quarter_of(m)
        if q not in out:
            out.append(q)
    return tuple(out)


def layout(months: Sequence[str]) -> list[CellKey]:
    """Every cell of a report over `months`, in the CSV's fixed order:
    measure, then category, then months in order and `total` last."""
    keys: list[CellKey] = []
    for measure in MEASURES:
        periods = (*months, TOTAL) if is_monthly(measure) else (TOTAL,)
        for category in categories(measure):
            keys.extend(CellKey(measure, category, p) for p in periods)
    return keys


def groups(months: Sequence[str]) -> list[Group]:
    """The groups of cells that add up to a published total (spec: Small cells).

    - the categories of one family for one period against that period's `all`:
      encounters' `mode:` and `setting:` (every month and the total), referrals'
      `kind:` and `status:`, and the age bands against people_supported's total
      (each person supported falls in exactly one band);
    - the months of one measure and category against its `total`.

    Reading of the spec, stated: people supported by month do not add up to the
    distinct total (a person seen in two months counts in both), yet the spec
    names "the months of one measure and category against its total" without
    exception, so those months form a group too. It only hides more, never less.
    Goals `set` and `met` add up to nothing, so they form no group; contact
    hours form none either, they copy the suppression of encounters,all.
    """
    periods = (*months, TOTAL)
    out: list[Group] = []
    for p in periods:
        total = CellKey("encounters", ALL, p)
        out.append(Group(total, tuple(CellKey("encounters", c, p) for c in MODE_CATEGORIES)))
        out.append(Group(total, tuple(CellKey("encounters", c, p) for c in SETTING_CATEGORIES)))
    ref_total = CellKey("referrals", ALL, TOTAL)
    out.append(Group(ref_total, tuple(CellKey("referrals", c, TOTAL) for c in KIND_CATEGORIES)))
    out.append(Group(ref_total, tuple(CellKey("referrals", c, TOTAL) for c in STATUS_CATEGORIES)))
    out.append(
        Group(
            CellKey("people_supported", ALL, TOTAL),
            tuple(CellKey("age_band", b, TOTAL) for b in AGE_BANDS),
        )
    )
    for measure in ("people_supported", "encounters"):
        for category in categories(measure):
            out.append(
                Group(
                    CellKey(measure, category, TOTAL),
                    tuple(CellKey(measure, category, m) for m in months),
                )
            )
    return out


# --- suppression ---


def check_min_cell(min_cell: int) -> None:
    """Refuse a minimum cell size below 1 (1 turns suppression off)."""
    if min_cell < 1:
        raise Invalid(
            f"The minimum cell size must be 1 or more, not {min_cell}. "
            "Use 1 to turn suppression off."
        )


def suppress(
    values: Mapping[CellKey, Number],
    months: Sequence[str],
    min_cell: int,
    *,
    already: Iterable[CellKey] = (),
) -> frozenset[CellKey]:
    """The cells to hide: counts from 1 to min_cell-1, then complements until no
    group has exactly one hidden cell, then contact hours where encounters,all is.

    `values` must hold every cell of `layout(months)`. `already` seeds cells
    hidden before (rerunning with the result changes nothing). Zeros are never
    hidden. Deterministic: ties go to the cell that comes first in the layout.
    """
    check_min_cell(min_cell)
    order = {k: i for i, k in enumerate(layout(months))}
    hidden: set[CellKey] = set(already)
    for key, v in values.items():
        if is_count(key.measure) and 0 < v < min_cell:
            hidden.add(key)
    all_groups = groups(months)
    changed = bool(hidden)
    while changed:
        changed = False
        for g in all_groups:
            n_hidden = sum(1 for k in (*g.members, g.total) if k in hidden)
            if n_hidden != 1:
                continue
            pick = _complement(g, values, hidden, order)
            if pick is not None:
                hidden.add(pick)
                changed = True
    for p in (*months, TOTAL):
        if CellKey("encounters", ALL, p) in hidden:
            hidden.add(CellKey(HOURS_MEASURE, ALL, p))
    return frozenset(hidden)


def _complement(
    g: Group,
    values: Mapping[CellKey, Number],
    hidden: set[CellKey],
    order: Mapping[CellKey, int],
) -> CellKey | None:
    """The next cell to hide in a group with one hidden cell: the smallest
    non-zero published member, else the total. None only for numbers that do not
    add up (a hand-edited CSV): nothing non-zero is left to hide."""
    candidates = [m for m in g.members if m not in hidden and values[m] != 0]
    if candidates:
        return min(candidates, key=lambda m: (values[m], order[m]))
    if g.total not in hidden and values[g.total] != 0:
        return g.total
    return None


def assemble(
    values: Mapping[CellKey, Number],
    months: Sequence[str],
    *,
    min_cell: int = DEFAULT_MIN_CELL,
    start: date | None = None,
    end: date | None = None,
    organization: str | None = None,
    merged_from: int = 0,
    grain: str = MONTH,
    already: Iterable[CellKey] = (),
) -> Report:
    """A report from raw cell values: suppression applied, cells in layout order.
    Missing cells count 0 (a month with no activity). `months` are the
    columns' periods at `grain`."""
    keys = layout(months)
    full: dict[CellKey, Number] = {}
    for k in keys:
        v = values.get(k, 0)
        full[k] = round(float(v), 1) if k.measure == HOURS_MEASURE else int(v)
    seed = [k for k in already if full.get(k, 0) != 0] if min_cell > 1 else []
    hidden = suppress(full, months, min_cell, already=seed)
    cells = tuple(
        Cell(k.measure, k.category, k.period, full[k], SUPPRESSED if k in hidden else full[k])
        for k in keys
    )
    return Report(
        months=tuple(months),
        cells=cells,
        min_cell=min_cell,
        start=start,
        end=end,
        organization=organization,
        merged_from=merged_from,
        grain=grain,
    )


# --- aggregation ---


def age_band(dob: date | None, on: date) -> str:
    """The age band of someone born on `dob`, by their age on `on`."""
    if dob is None or dob > on:
        return "unknown"
    age = on.year - dob.year - ((on.month, on.day) < (dob.month, dob.day))
    if age < 18:
        return "under-18"
    if age >= 65:
        return "65+"
    for band in AGE_BANDS[:5]:
        low, high = (int(x) for x in band.split("-"))
        if low <= age <= high:
            return band
    raise AssertionError(f"age {age} fits no band")  # unreachable: bands cover 18..64


def _known(category: str, allowed: Sequence[str], what: str) -> str:
    if category not in allowed:
        # Enum values are not personal data; safe to name.
        raise Invalid(f"The report cannot count {what} {category.split(':', 1)[1]!r}.")
    return category


@dataclass(slots=True)
class MonthlyTally:
    """What a report counts, month by month, from one pass over the rows of a
    span: the report of any whole months inside it, and the audit's numbers
    behind any cell, come from here without reading the rows again."""

    start: date
    end: date
    # (year, month, mode, setting or None) -> encounters
    encounters: dict[tuple[int, int, str, str | None], int] = field(default_factory=dict)
    minutes: dict[tuple[int, int], int] = field(default_factory=dict)
    people: dict[tuple[int, int], set[str]] = field(default_factory=dict)
    # (year, month, kind, status) -> referrals created that month
    referrals: dict[tuple[int, int, str, str], int] = field(default_factory=dict)
    goals_set: dict[tuple[int, int], int] = field(default_factory=dict)
    goals_met: dict[tuple[int, int], int] = field(default_factory=dict)
    dates_of_birth: Mapping[str, date | None] = field(default_factory=dict)


def tally(
    *,
    start: date,
    end: date,
    encounters: Iterable[EncounterRow],
    people_dob: Mapping[str, date | None],
    referrals: Iterable[ReferralRow] = (),
    goals: Iterable[GoalRow] = (),
) -> MonthlyTally:
    """One pass over the rows of [start, end] (both included), month by month."""
    t = MonthlyTally(start=start, end=end, dates_of_birth=people_dob)
    combos, minutes, people = t.encounters, t.minutes, t.people
    for e in encounters:
        moment = e.occurred_at
        day = moment.date() if isinstance(moment, datetime) else moment
        if not start <= day <= end:
            continue
        ym = (day.year, day.month)
        combo = (day.year, day.month, e.mode, e.setting)
        combos[combo] = combos.get(combo, 0) + 1
        minutes[ym] = minutes.get(ym, 0) + (e.duration_minutes or 0)
        here = people.get(ym)
        if here is None:
            here = people[ym] = set()
        here.add(e.person_id)
    for r in referrals:
        if start <= r.created_on <= end:
            key = (r.created_on.year, r.created_on.month, str(r.kind), str(r.status))
            t.referrals[key] = t.referrals.get(key, 0) + 1
    for g in goals:
        if start <= g.set_on <= end:
            ym = (g.set_on.year, g.set_on.month)
            t.goals_set[ym] = t.goals_set.get(ym, 0) + 1
        if g.status == "met" and g.closed_on is not None and start <= g.closed_on <= end:
            ym = (g.closed_on.year, g.closed_on.month)
            t.goals_met[ym] = t.goals_met.get(ym, 0) + 1
    return t


def build_report(
    *,
    start: date,
    end: date,
    encounters: Iterable[EncounterRow],
    people_dob: Mapping[str, date | None],
    referrals: Iterable[ReferralRow] = (),
    goals: Iterable[GoalRow] = (),
    organization: str | None = None,
    min_cell: int = DEFAULT_MIN_CELL,
    grain: str = MONTH,
) -> Report:
    """The report of the period `start`..`end` (both included), with one
    column per month or per quarter (`grain`).

    Rows outside the period are ignored: encounters by `occurred_at`, referrals
    by `created_on`, goals by `set_on` (set) and by `closed_on` with status met
    (met). `people_dob` gives each person's date of birth (None or absent:
    unknown); age is taken on `end`.
    """
    check_min_cell(min_cell)
    months_between(start, end)  # refuses a period that ends before it starts
    counted = tally(
        start=start,
        end=end,
        encounters=encounters,
        people_dob=people_dob,
        referrals=referrals,
        goals=goals,
    )
    return report_from_tally(
        counted, start=start, end=end, min_cell=min_cell, organization=organization, grain=grain
    )


def report_from_tally(
    counted: MonthlyTally,
    *,
    start: date,
    end: date,
    organization: str | None = None,
    min_cell: int = DEFAULT_MIN_CELL,
    grain: str = MONTH,
) -> Report:
    """The report of `start`..`end` from a tally of a span that holds it: the
    tally's own period, or whole months inside it."""
    check_min_cell(min_cell)
    months = months_between(start, end)
    periods = periods_of(months, grain)
    column = {m: (quarter_of(m) if grain == QUARTER else m) for m in months}
    values: dict[CellKey, Number] = {}
    seen: set[str] = set()

    def add(measure: str, category: str, period: str, n: int = 1) -> None:
        k = CellKey(measure, category, period)
        values[k] = values.get(k, 0) + n

    def label(year: int, month: int) -> str | None:
        return column.get(f"{year:04d}-{month:02d}")

    for (year, month_no, mode_value, setting_value), n in counted.encounters.items():
        period_label = label(year, month_no)
        if period_label is None:
            continue
        mode = _known(f"mode:{mode_value}", MODE_CATEGORIES, "the mode")
        setting = (
            "setting:unknown"
            if setting_value is None
            else _known(f"setting:{setting_value}", SETTING_CATEGORIES, "the setting")
        )
        for period in (period_label, TOTAL):
            add("encounters", ALL, period, n)
            add("encounters", mode, period, n)
            add("encounters", setting, period, n)
    minutes_by_period: dict[str, int] = {}
    for (y, m), minutes in counted.minutes.items():
        p = label(y, m)
        if p is not None:
            minutes_by_period[p] = minutes_by_period.get(p, 0) + minutes
    seen_in: dict[str, set[str]] = {p: set() for p in periods}
    for (y, m), people_here in counted.people.items():
        p = label(y, m)
        if p is not None:
            seen_in[p].update(people_here)
            seen.update(people_here)

    # Hours: each column rounded half up from its minutes; the total from all minutes.
    tenths: dict[str, int] = {p: _tenths(v) for p, v in minutes_by_period.items()}
    tenths[TOTAL] = _tenths(sum(minutes_by_period.values()))
    for period, t in tenths.items():
        values[CellKey(HOURS_MEASURE, ALL, period)] = t / 10

    for period, people in seen_in.items():
        values[CellKey("people_supported", ALL, period)] = len(people)
    values[CellKey("people_supported", ALL, TOTAL)] = len(seen)
    dobs = counted.dates_of_birth
    for person in seen:
        add("age_band", age_band(dobs.get(person), end), TOTAL)

    for (y, m, kind, status), n in counted.referrals.items():
        if label(y, m) is None:
            continue
        add("referrals", ALL, TOTAL, n)
        add("referrals", _known(f"kind:{kind}", KIND_CATEGORIES, "the referral kind"), TOTAL, n)
        add(
            "referrals",
            _known(f"status:{status}", STATUS_CATEGORIES, "the referral status"),
            TOTAL,
            n,
        )
    for (y, m), n in counted.goals_set.items():
        if label(y, m) is not None:
            add("goals", "set", TOTAL, n)
    for (y, m), n in counted.goals_met.items():
        if label(y, m) is not None:
            add("goals", "met", TOTAL, n)

    return assemble(
        values,
        periods,
        min_cell=min_cell,
        start=start,
        end=end,
        organization=organization,
        grain=grain,
    )


def _tenths(minutes: int) -> int:
    """Minutes as tenths of an hour, rounded half up (exact, no float drift)."""
    return (minutes + 3) // 6


def build_report_from_contents(
    contents: JournalContents,
    *,
    start: date,
    end: date,
    min_cell: int = DEFAULT_MIN_CELL,
    organization: str | None = None,
    grain: str = MONTH,
) -> Report:
    """The report of a whole journal's records; the organization defaults to the
    profile's (an organization, never a person)."""
    org = organization
    if org is None and contents.profile is not None:
        org = contents.profile.organization
    return build_report(
        start=start,
        end=end,
        encounters=contents.encounters,
        people_dob={p.id: p.date_of_birth for p in contents.people},
        referrals=contents.referrals,
        goals=contents.goals,
        organization=org,
        min_cell=min_cell,
        grain=grain,
    )


def tally_facts(facts: ReportFacts) -> MonthlyTally:
    """The month-by-month tally of the vault's light rows."""
    return tally(
        start=facts.start,
        end=facts.end,
        encounters=facts.encounters,
        people_dob=facts.dates_of_birth,
        referrals=facts.referrals,
        goals=facts.goals,
    )


def build_report_from_facts(
    facts: ReportFacts,
    *,
    min_cell: int = DEFAULT_MIN_CELL,
    organization: str | None = None,
    grain: str = MONTH,
    start: date | None = None,
    end: date | None = None,
) -> Report:
    """The report of the light rows the vault gives for a period
    (`vault.report_facts(start, end)`); `start`/`end` narrow it to part of the
    facts' period."""
    return build_report(
        grain=grain,
        start=facts.start if start is None else start,
        end=facts.end if end is None else end,
        encounters=facts.encounters,
        people_dob=facts.dates_of_birth,
        referrals=facts.referrals,
        goals=facts.goals,
        organization=organization,
        min_cell=min_cell,
    )


# --- how the PDF and the window show a report (the CSV keeps every row) ---

# People by age in age order, youngest first (the CSV keeps the spec's order).
AGE_ORDER: tuple[str, ...] = (
    "under-18",
    "18-24",
    "25-34",
    "35-44",
    "45-54",
    "55-64",
    "65+",
    "unknown",
)


def display_categories(measure: str) -> tuple[str, ...]:
    """A measure's categories in the order people read them."""
    return AGE_ORDER if measure == "age_band" else categories(measure)


def hidden_everywhere(report: Report, measure: str, category: str) -> bool:
    """True when every cell of the row (each column and the total) is hidden."""
    periods = (*report.months, TOTAL) if is_monthly(measure) else (TOTAL,)
    return all(report.cell(measure, category, p).suppressed for p in periods)


def fold(report: Report, measure: str, family: Sequence[str]) -> tuple[list[str], list[str]]:
    """A family's categories split into those shown one by one and those folded
    into one line because they are hidden in every column (two or more; a lone
    one stays a row of its own). A measure's `all` is never folded."""
    hidden = [c for c in family if c != ALL and hidden_everywhere(report, measure, c)]
    if len(hidden) < 2:
        return list(family), []
    return [c for c in family if c not in hidden], hidden
