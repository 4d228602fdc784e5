"""Across reports: no small count may be worked out by adding and subtracting
the published cells of every report written (spec/report.md, Across reports).

The reader's unknowns are month-level counts: for each additive measure
(encounters, contact hours, referrals, goals) one unknown per month and
category. A published cell is the sum of its category's unknowns over its
months; the reader also knows that each family adds up to its `all`
(encounters' `mode:` and `setting:`, referrals' `kind:` and `status:`).
A hidden count is recoverable exactly when its equation lies in the row space
of all published cells' equations plus those family sums.

`people_supported` and the age bands count *distinct* people, so a quarter is
not the sum of its months: they are not additive. Each of their cells is its
own unknown for its exact window of months (the same window in two reports is
the same unknown), and the only relation the reader knows is that a window's
age bands add up to its people supported (age is taken on the window's last
day, so the same window means the same ages).

How it is computed, fast and exactly:
- Families never share unknowns, so each one (a "block") is solved alone.
- Per category, a cell over months a..b is P(b+1) - P(a) in prefix sums
  P(i) = sum of months before i; P at the first month of all is 0. Published
  cells are then edges of a graph on those prefix points: union-find gives the
  components whose values the reader knows up to one offset each (the one
  holding the first point is known outright).
- What is left, the family sums at each prefix point, is a small sparse system
  over those offsets, reduced by Gaussian elimination modulo the Mersenne prime
  2**61 - 1. Coefficients start at 0 and ±1 over at most a few hundred rows, so
  a rank that differs from the rational one would need that 61-bit prime to
  divide one of the system's minors; the property test checks the answers
  against an exact Fraction elimination written independently.

What it does not cover, stated: the numbers are treated as fixed. A record
entered late, a referral whose status changed (referrals count by their
current status) or a person forgotten makes the same cell differ between two
reports, and that difference is not audited. Nor are bounds that come from
counts being whole and non-negative (two hidden cells under a published 3 are
each at most 3): the spec asks that no count be recovered exactly.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any

from peerjournal.core.report import (
    AGE_BANDS,
    ALL,
    HOURS_MEASURE,
    KIND_CATEGORIES,
    MODE_CATEGORIES,
    SETTING_CATEGORIES,
    STATUS_CATEGORIES,
    SUPPRESSED,
    TOTAL,
    CellKey,
    MonthlyTally,
    Number,
    Report,
    age_band,
    categories,
    is_monthly,
    layout,
    period_months,
    suppress,
)
from peerjournal.errors import Invalid

_PRIME = (1 << 61) - 1

# Which block (independent system) each measure's unknowns belong to.
_BLOCK: dict[str, str] = {
    "encounters": "encounters",
    HOURS_MEASURE: HOURS_MEASURE,
    "referrals": "referrals",
    "goals": "goals",
    "people_supported": "people",
    "age_band": "people",
}
# Family sums per block: (total category, member categories), within one measure.
_FAMILIES: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "encounters": ((ALL, MODE_CATEGORIES), (ALL, SETTING_CATEGORIES)),
    "referrals": ((ALL, KIND_CATEGORIES), (ALL, STATUS_CATEGORIES)),
}
ADDITIVE_MEASURES: tuple[str, ...] = ("encounters", HOURS_MEASURE, "referrals", "goals")


def month_number(month: str) -> int:
    """`YYYY-MM` as a count of months (consecutive months differ by 1)."""
    return int(month[:4]) * 12 + int(month[5:7]) - 1


def month_text(number: int) -> str:
    return f"{number // 12:04d}-{number % 12 + 1:02d}"


# --- the log ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class LoggedReport:
    """One report that was written: what left, never the numbers it hid.

    `cells` holds every cell of the report in CSV order with its published
    value, or None where it was hidden. `written_at` is ISO local time."""

    written_at: str
    first_month: str
    last_month: str
    grain: str
    min_cell: int
    kind: str
    cells: tuple[tuple[CellKey, Number | None], ...]
    merged_from: int = 0
    audit_hidden: int = 0
    id: int = 0

    @property
    def suppressed(self) -> bool:
        return self.min_cell > 1

    def hidden_count(self) -> int:
        return sum(1 for _, v in self.cells if v is None)

    def cells_json(self) -> str:
        """The cells as compact JSON text (for the log's table)."""
        return json.dumps(
            [[k.measure, k.category, k.period, v] for k, v in self.cells],
            separators=(",", ":"),
        )

    def as_json(self) -> dict[str, Any]:
        """As `peerjournal reports --json` prints it."""
        return {
            "id": self.id,
            "written_at": self.written_at,
            "from": self.first_month,
            "to": self.last_month,
            "grain": self.grain,
            "min_cell": self.min_cell,
            "format": self.kind,
            "merged_from": self.merged_from,
            "hidden_for_earlier_reports": self.audit_hidden,
            "cells": [
                {
                    "measure": k.measure,
                    "category": k.category,
                    "period": k.period,
                    "value": SUPPRESSED.value if v is None else v,
                }
                for k, v in self.cells
            ],
        }


def cells_from_json(text: str) -> tuple[tuple[CellKey, Number | None], ...]:
    """The cells stored by `LoggedReport.cells_json`."""
    try:
        rows = json.loads(text)
        return tuple((CellKey(str(m), str(c), str(p)), v) for m, c, p, v in rows)
    except (ValueError, TypeError) as exc:
        raise Invalid("An entry of the report log cannot be read.") from exc


def log_entry(report: Report, *, written_at: str, kind: str) -> LoggedReport:
    """The log entry for a report about to be written."""
    return LoggedReport(
        written_at=written_at,
        first_month=report.first_month,
        last_month=report.last_month,
        grain=report.grain,
        min_cell=report.min_cell,
        kind=kind,
        cells=tuple((c.key, None if c.suppressed else c.raw) for c in report.cells),
        merged_from=report.merged_from,
        audit_hidden=report.audit_hidden,
    )


def earlier_reports_that_count(log: Iterable[LoggedReport], min_cell: int) -> list[LoggedReport]:
    """The entries a new report at `min_cell` is audited against: suppressed
    reports made with the same or a larger N (spec)."""
    return [e for e in log if e.suppressed and e.min_cell >= min_cell]


# --- what a cell stands for ---------------------------------------------------


@dataclass(frozen=True, slots=True)
class Support:
    """The unknowns one cell adds up: a category over months a..b (numbers)."""

    measure: str
    category: str
    first: int
    last: int

    @property
    def block(self) -> str:
        return _BLOCK[self.measure]


def support(key: CellKey, first_month: str, last_month: str) -> Support:
    """What the cell `key` of a report over first..last month adds up."""
    if key.period == TOTAL:
        a, b = first_month, last_month
    else:
        months = period_months(key.period)
        a, b = months[0], months[-1]
    return Support(key.measure, key.category, month_number(a), month_number(b))


def month_targets(first: int, last: int, bounds: Iterable[int] | None = None) -> list[Support]:
    """Every count a reader might aim at from month `first` to `last`: each
    additive measure's category over every run of whole months (a month, a
    quarter, the months between two reports...), and people supported in each
    month. Protecting runs, not only the cells some report names, matters: a
    year minus a quarter is a count of nine months that no report shows, and a
    later report that publishes one of those months as 0 would pin it down.

    `bounds`: the months where some cell starts or ends after (a run whose ends
    are not among them cannot be worked out, so it is not listed)."""
    points = sorted(set(range(first, last + 2) if bounds is None else bounds) | {first})
    points = [p for p in points if first <= p <= last + 1]
    out: list[Support] = []
    for measure in ADDITIVE_MEASURES:
        for cat in categories(measure):
            for i, a in enumerate(points):
                out.extend(Support(measure, cat, a, b - 1) for b in points[i + 1 :])
    out.extend(Support("people_supported", ALL, m, m) for m in range(first, last + 1))
    return out


# --- the exact span of published cells, one block at a time -----------------------------

_ROOT = ("root",)


class _Basis:
    """Row echelon basis modulo a large prime; rows are {column: coefficient}."""

    def __init__(self) -> None:
        self._rows: dict[int, dict[int, int]] = {}

    def reduce(self, row: dict[int, int]) -> dict[int, int]:
        row = {k: v % _PRIME for k, v in row.items() if v % _PRIME}
        rows = self._rows
        while row:
            pivot = max(row)
            base = rows.get(pivot)
            if base is None:
                return row
            f = row[pivot]
            for k, v in base.items():
                nv = (row.get(k, 0) - f * v) % _PRIME
                if nv:
                    row[k] = nv
                else:
                    row.pop(k, None)
        return row

    def add(self, row: dict[int, int]) -> None:
        row = self.reduce(row)
        if not row:
            return
        pivot = max(row)
        inv = pow(row[pivot], _PRIME - 2, _PRIME)
        self._rows[pivot] = {k: v * inv % _PRIME for k, v in row.items()}


class BlockSpan:
    """What a reader can work out in one block from a set of published cells."""

    def __init__(
        self,
        block: str,
        published: Iterable[Support],
        origin: int,
        *,
        base: BlockSpan | None = None,
        relate: bool = True,
    ) -> None:
        self.block = block
        self._origin = origin
        self._ids: dict[tuple[Any, ...], int] = {}
        self._basis = _Basis()
        self._additive = block != "people"
        # `base`: the union-find of cells common to many spans (the earlier
        # reports'), copied rather than built again
        self._parent: dict[tuple[Any, ...], tuple[Any, ...]] = dict(base._parent) if base else {}
        points: set[int] = set(base._points) if base else set()
        windows: set[tuple[int, int]] = set(base._windows) if base else set()
        self._points: set[int] = points
        self._windows: set[tuple[int, int]] = windows
        for s in published:
            if self._additive:
                self._union(self._point(s, s.first), self._point(s, s.last + 1))
                points.update((s.first, s.last + 1))
            else:
                self._union(self._window(s), _ROOT)
                if s.measure == "age_band":
                    windows.add((s.first, s.last))
        if not relate:
            return
        # A family sum matters only at points some published cell touches:
        # elsewhere its unknowns appear in nothing else, so it cannot help.
        for i in sorted(points):
            self._relate_point(i)
        for w in sorted(windows):
            self._relate_window(w)

    def _relate_point(self, i: int) -> None:
        if i == self._origin:
            return
        for measure, total, members in self._families():
            row: dict[int, int] = {}
            self._term(row, (measure, total, i), -1)
            for m in members:
                self._term(row, (measure, m, i), 1)
            self._basis.add(row)

    def _relate_window(self, w: tuple[int, int]) -> None:
        row: dict[int, int] = {}
        self._term(row, ("people_supported", ALL, w[0], w[1]), -1)
        for band in AGE_BANDS:
            self._term(row, ("age_band", band, w[0], w[1]), 1)
        self._basis.add(row)

    def _families(self) -> list[tuple[str, str, tuple[str, ...]]]:
        measure = self.block
        return [(measure, t, ms) for t, ms in _FAMILIES.get(self.block, ())]

    def _point(self, s: Support, i: int) -> tuple[Any, ...]:
        return _ROOT if i == self._origin else (s.measure, s.category, i)

    @staticmethod
    def _window(s: Support) -> tuple[Any, ...]:
        return (s.measure, s.category, s.first, s.last)

    def _find(self, node: tuple[Any, ...]) -> tuple[Any, ...]:
        if node[0] == "root":
            node = _ROOT
        parent = self._parent
        root = node
        while root in parent:
            root = parent[root]
        while node in parent and parent[node] != root:
            parent[node], node = root, parent[node]
        return root

    def _union(self, a: tuple[Any, ...], b: tuple[Any, ...]) -> None:
        ra, rb = self._find(a), self._find(b)
        if ra == rb:
            return
        if ra == _ROOT:
            ra, rb = rb, ra
        self._parent[ra] = rb  # ROOT stays a root

    def _term(self, row: dict[int, int], node: tuple[Any, ...], coef: int) -> None:
        if self._additive and node[2] == self._origin:
            return  # P at the first month is 0
        rep = self._find(node)
        if rep == _ROOT:
            return
        col = self._ids.setdefault(rep, len(self._ids))
        row[col] = row.get(col, 0) + coef

    def knows(self, s: Support) -> bool:
        """True when the published cells give away the value of `s` exactly."""
        row: dict[int, int] = {}
        if self._additive:
            for i in (s.first, s.last + 1):
                if i != self._origin and i not in self._points:
                    return False  # an end no published cell touches: nothing pins it
            self._term(row, (s.measure, s.category, s.last + 1), 1)
            self._term(row, (s.measure, s.category, s.first), -1)
        else:
            self._term(row, self._window(s), 1)
        return not self._basis.reduce(row)


# --- the audit -----------------------------------------------------------------


@dataclass
class AuditResult:
    """The cells the audit hid beyond the report's own suppression."""

    hidden: frozenset[CellKey]
    added: int
    unresolved: int = 0
    checked: int = 0
    extra: list[CellKey] = field(default_factory=list)


ValueOf = Callable[[Support], Number | None]


def audit(
    values: Mapping[CellKey, Number],
    periods: Sequence[str],
    first_month: str,
    last_month: str,
    min_cell: int,
    hidden: frozenset[CellKey],
    earlier: Sequence[LoggedReport],
    value_of: ValueOf,
    resuppress: Callable[[set[CellKey]], frozenset[CellKey]],
) -> AuditResult:
    """Hide more cells of a new report (smallest first) until no count from 1 to
    min_cell-1 that the earlier reports kept secret can be worked out from them
    and the new report together.

    `values`/`periods`/`hidden`: the new report's raw cells, columns and its own
    suppression. `value_of` gives the true number behind any cell (None when
    unknown: then it is treated as small). `resuppress` applies the report's
    own rules (complements, hours with encounters) after the audit hides a cell.
    """
    keys = layout(periods)
    order = {k: i for i, k in enumerate(keys)}
    new_support = {k: support(k, first_month, last_month) for k in keys}
    old_published: dict[str, list[Support]] = {}
    targets: list[Support] = []
    seen_targets: set[Support] = set()

    def target(s: Support) -> None:
        if s not in seen_targets:
            seen_targets.add(s)
            targets.append(s)

    lo, hi = month_number(first_month), month_number(last_month)
    bounds: set[int] = set()
    for entry in earlier:
        for key, v in entry.cells:
            s = support(key, entry.first_month, entry.last_month)
            lo, hi = min(lo, s.first), max(hi, s.last)
            bounds.update((s.first, s.last + 1))
            if v is None:
                target(s)
            else:
                old_published.setdefault(s.block, []).append(s)
    for k in keys:
        bounds.update((new_support[k].first, new_support[k].last + 1))
        if k in hidden:
            target(new_support[k])
    for s in month_targets(lo, hi, bounds):
        target(s)
    origin = lo

    def sensitive(s: Support) -> bool:
        probe = Support("encounters", ALL, s.first, s.last) if s.measure == HOURS_MEASURE else s
        v = value_of(probe)
        return v is None or 0 < v < min_cell

    by_block: dict[str, list[Support]] = {}
    for s in targets:
        by_block.setdefault(s.block, []).append(s)
    before = {b: BlockSpan(b, old_published.get(b, ()), origin) for b in by_block}
    bases = {b: BlockSpan(b, old_published.get(b, ()), origin, relate=False) for b in by_block}
    # The audit only ever hides more, so a count the new report cannot give
    # away with all its own cells shown is never at risk: the numbers behind
    # the rest are asked for only when needed (they may take reading more months).
    most = {
        b: BlockSpan(
            b,
            [new_support[k] for k in keys if k not in hidden and new_support[k].block == b],
            origin,
            base=bases[b],
        )
        for b in by_block
    }
    secret = {
        b: [s for s in ts if most[b].knows(s) and not before[b].knows(s) and sensitive(s)]
        for b, ts in by_block.items()
    }

    def span(block: str, hide: frozenset[CellKey] | set[CellKey]) -> BlockSpan:
        now = [new_support[k] for k in keys if k not in hide and new_support[k].block == block]
        return BlockSpan(block, now, origin, base=bases[block])

    current = frozenset(hidden)
    extra: list[CellKey] = []
    unresolved = 0
    checked = sum(len(v) for v in secret.values())
    for block in sorted(secret):
        while True:
            spanned = span(block, current)
            leak = next((s for s in secret[block] if spanned.knows(s)), None)
            if leak is None:
                break
            pick = _pick(block, leak, current, keys, values, new_support, order, span)
            if pick is None:
                unresolved += 1
                secret[block] = [s for s in secret[block] if s != leak]
                continue
            grown = set(current) | {pick}
            if pick.measure == HOURS_MEASURE:
                grown.add(CellKey("encounters", ALL, pick.period))
            extra.append(pick)
            current = resuppress(grown)
    added = len(current - hidden)
    return AuditResult(current, added, unresolved, checked, extra)


def _pick(
    block: str,
    leak: Support,
    hidden: frozenset[CellKey],
    keys: Sequence[CellKey],
    values: Mapping[CellKey, Number],
    new_support: Mapping[CellKey, Support],
    order: Mapping[CellKey, int],
    span: Callable[[str, set[CellKey]], BlockSpan],
) -> CellKey | None:
    """The smallest published cell of the new report whose hiding keeps `leak`
    secret; else the smallest that touches its months. Zeros come last: the
    report's own rules never hide a 0, but a 0 can complete a subtraction
    (a two-month sum of 1 with one of the months published as 0), and then
    only hiding it keeps the count secret. None when nothing is left to hide."""
    candidates = [
        k
        for k in keys
        if k not in hidden
        and new_support[k].block == block
        # people's windows share nothing: only a cell of the same window helps
        and (
            block != "people"
            or (new_support[k].first, new_support[k].last) == (leak.first, leak.last)
        )
    ]
    if not candidates:
        return None
    candidates.sort(key=lambda k: (values.get(k, 0) == 0, values.get(k, 0), order[k]))

    def helps(k: CellKey) -> bool:
        trial = set(hidden) | {k}
        if k.measure == HOURS_MEASURE:
            trial.add(CellKey("encounters", ALL, k.period))
        return not span(block, trial).knows(leak)

    def overlaps(k: CellKey) -> bool:
        s = new_support[k]
        return s.first <= leak.last and leak.first <= s.last

    # Try first the cells most likely to complete the subtraction: the same
    # category over overlapping months, then the same category, then the rest.
    def closeness(k: CellKey) -> int:
        same = k.category == leak.category and k.measure == leak.measure
        return 0 if same and overlaps(k) else 1 if same else 2 if overlaps(k) else 3

    nonzero = [k for k in candidates if values.get(k, 0) != 0]
    zeros = [k for k in candidates if values.get(k, 0) == 0]
    for group in (nonzero, zeros):
        for tried, k in enumerate(sorted(group, key=closeness)):
            if closeness(k) == 3 or tried >= _TRIES:
                break
            if helps(k):
                return k
    near = sorted(nonzero, key=closeness) or candidates
    return near[0]


_TRIES = 12


# --- putting it together ---------------------------------------------------------


def audited(
    report: Report,
    earlier: Sequence[LoggedReport],
    value_of: ValueOf,
    *,
    seed: Iterable[CellKey] = (),
) -> Report:
    """The report with the cells hidden that the earlier reports (already
    filtered: `earlier_reports_that_count`) would otherwise give away; its
    `audit_hidden` says how many. `seed`: cells hidden before for the same
    period, grain and N, so writing it again publishes the same cells.
    An unsuppressed report (N = 1) is returned as it is: it takes no part."""
    if not report.suppression_on:
        return report
    values: dict[CellKey, Number] = {c.key: c.raw for c in report.cells}
    seeded = [k for k in seed if values.get(k, 0) != 0]
    base = suppress(values, report.months, report.min_cell, already=seeded)
    own = report.suppressed_keys()
    result = audit(
        values,
        report.months,
        report.first_month,
        report.last_month,
        report.min_cell,
        base,
        earlier,
        value_of,
        lambda grown: suppress(values, report.months, report.min_cell, already=grown),
    )
    final = result.hidden
    if final == own:
        return report
    cells = tuple(replace(c, value=SUPPRESSED if c.key in final else c.raw) for c in report.cells)
    return replace(report, cells=cells, audit_hidden=len(final - own))


class Ledger:
    """The true month-level numbers behind any cell, from the month-by-month
    tally of a span (for the audit's "is this a small count" question only)."""

    def __init__(self, counted: MonthlyTally) -> None:
        self._first = month_number(counted.start.isoformat()[:7])
        self._last = month_number(counted.end.isoformat()[:7])
        self._dobs = counted.dates_of_birth
        self._sums: dict[tuple[str, str, int], float] = {}
        self._people: dict[int, set[str]] = {
            y * 12 + m - 1: people for (y, m), people in counted.people.items()
        }
        self._prefix: dict[tuple[str, str], list[float]] = {}
        sums = self._sums

        def add(measure: str, category: str, m: int, n: float) -> None:
            k = (measure, category, m)
            sums[k] = sums.get(k, 0) + n

        for (y, mo, mode, setting), n in counted.encounters.items():
            m = y * 12 + mo - 1
            add("encounters", ALL, m, n)
            add("encounters", f"mode:{mode}", m, n)
            add("encounters", "setting:unknown" if setting is None else f"setting:{setting}", m, n)
        for (y, mo), minutes in counted.minutes.items():
            add(HOURS_MEASURE, ALL, y * 12 + mo - 1, minutes / 60)
        for (y, mo, kind, status), n in counted.referrals.items():
            m = y * 12 + mo - 1
            add("referrals", ALL, m, n)
            add("referrals", f"kind:{kind}", m, n)
            add("referrals", f"status:{status}", m, n)
        for (y, mo), n in counted.goals_set.items():
            add("goals", "set", y * 12 + mo - 1, n)
        for (y, mo), n in counted.goals_met.items():
            add("goals", "met", y * 12 + mo - 1, n)

    def value(self, s: Support) -> Number | None:
        """The number behind `s`, or None when it lies outside the facts' months."""
        if s.first < self._first or s.last > self._last:
            return None
        months = range(s.first, s.last + 1)
        if s.measure in ADDITIVE_MEASURES:
            prefix = self._prefix.get((s.measure, s.category))
            if prefix is None:
                prefix = [0.0]
                for m in range(self._first, self._last + 1):
                    prefix.append(prefix[-1] + self._sums.get((s.measure, s.category, m), 0))
                self._prefix[(s.measure, s.category)] = prefix
            total = prefix[s.last - self._first + 1] - prefix[s.first - self._first]
            return round(total, 6)
        people: set[str] = set()
        for m in months:
            people |= self._people.get(m, set())
        if s.measure == "people_supported":
            return len(people)
        end = _last_day(s.last)
        return sum(1 for p in people if age_band(self._dobs.get(p), end) == s.category)


def _last_day(m: int) -> date:
    nxt = m + 1
    return date(nxt // 12, nxt % 12 + 1, 1) - timedelta(days=1)


def report_values(report: Report) -> ValueOf:
    """The numbers behind cells as far as a month-grain report (a merged one)
    knows them; None beyond (treated as small)."""
    index = {month_number(m): i for i, m in enumerate(report.months)}
    whole = (month_number(report.first_month), month_number(report.last_month))
    prefix: dict[tuple[str, str], list[float]] = {}
    if report.grain == "month":
        for measure in ADDITIVE_MEASURES:
            if not is_monthly(measure):
                continue
            for cat in categories(measure):
                run = [0.0]
                for m in report.months:
                    run.append(run[-1] + report.raw(measure, cat, m))
                prefix[(measure, cat)] = run

    def value(s: Support) -> Number | None:
        if (s.first, s.last) == whole:
            return report.raw(s.measure, s.category, TOTAL)
        a, b = index.get(s.first), index.get(s.last)
        if a is None or b is None:
            return None
        if s.measure in ADDITIVE_MEASURES:
            run = prefix.get((s.measure, s.category))
            return None if run is None else round(run[b + 1] - run[a], 6)
        if s.measure == "people_supported" and a == b and report.grain == "month":
            return report.raw(s.measure, s.category, report.months[a])
        return None

    return value
