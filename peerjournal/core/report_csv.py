"""The report as CSV text (spec/report.md), its strict reader, and merging.

Text in, text out: the caller reads and writes the files. The reader is strict
because a merged report is only right when every input has the very same rows:
anything else is refused with the file and line that broke the rule.
"""

from __future__ import annotations

import csv
import io
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from peerjournal.core.report import (
    DEFAULT_MIN_CELL,
    HOURS_MEASURE,
    SUPPRESSED,
    TOTAL,
    CellKey,
    Number,
    Report,
    Suppressed,
    assemble,
    check_min_cell,
    layout,
)
from peerjournal.errors import Invalid

HEADER: tuple[str, ...] = ("measure", "category", "period", "value")
SUPPRESSED_WORD = SUPPRESSED.value

_COUNT = re.compile(r"0|[1-9][0-9]*")
_HOURS = re.compile(r"(0|[1-9][0-9]*)\.[0-9]")
_MONTH = re.compile(r"[0-9]{4}-(0[1-9]|1[0-2])")


def format_value(measure: str, value: Number | Suppressed) -> str:
    """A cell's value as the CSV writes it: `suppressed`, an integer, or hours
    with one decimal."""
    if value is SUPPRESSED:
        return SUPPRESSED_WORD
    if measure == HOURS_MEASURE:
        return f"{float(value):.1f}"
    return str(int(value))


def to_csv(report: Report, *, unsuppressed: bool = False) -> str:
    """The report as CSV text: the header, then one row per cell in fixed order.
    `unsuppressed` writes the raw numbers (what merge-reports reads)."""
    lines = [",".join(HEADER)]
    for c in report.cells:
        shown = c.raw if unsuppressed else c.value
        lines.append(f"{c.measure},{c.category},{c.period},{format_value(c.measure, shown)}")
    return "\n".join(lines) + "\n"


@dataclass(frozen=True, slots=True)
class ParsedReport:
    """An unsuppressed report read from CSV: where it came from, its months and
    its numbers in row order (counts as int, hours in tenths as int)."""

    source: str
    months: tuple[str, ...]
    keys: tuple[CellKey, ...]
    numbers: tuple[int, ...]


def parse(text: str | bytes, *, source: str) -> ParsedReport:
    """Read one peer's unsuppressed report CSV for merging.

    Refused with `errors.Invalid` naming `source` and the line: not UTF-8, a
    different header, a suppressed cell (the peer must write it with
    --min-cell 1), a malformed number, or rows that are not exactly the
    report's rows for its months in the report's order.
    """
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8")
        except UnicodeDecodeError:
            raise Invalid(f"{source}: the file is not UTF-8 text.") from None
    text = text.removeprefix("\ufeff")  # a BOM from a spreadsheet is harmless
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if not rows:
        raise Invalid(f"{source}: the file is empty; it is not a PeerJournal report.")
    if tuple(rows[0]) != HEADER:
        raise Invalid(
            f"{source}, line 1: the header is not {','.join(HEADER)}; "
            "this is not a PeerJournal report of this version."
        )
    body = [(i + 2, r) for i, r in enumerate(rows[1:]) if r != []]
    keys: list[CellKey] = []
    numbers: list[int] = []
    for line, row in body:
        if len(row) != 4:
            raise Invalid(f"{source}, line {line}: expected 4 values, found {len(row)}.")
        measure, category, period, value = row
        keys.append(CellKey(measure, category, period))
        numbers.append(_number(source, line, measure, value))
    months = _months_of(source, keys, [line for line, _ in body])
    expected = layout(months)
    for i, (line, _) in enumerate(body):
        if i >= len(expected):
            raise Invalid(f"{source}, line {line}: an extra row after the report's last row.")
        if keys[i] != expected[i]:
            want = ",".join(expected[i])
            raise Invalid(
                f"{source}, line {line}: expected the row {want} here, found "
                f"{_safe(','.join(keys[i]))}; the rows differ from a PeerJournal report."
            )
    if len(keys) < len(expected):
        raise Invalid(
            f"{source}: the report ends early; the row {','.join(expected[len(keys)])} is missing."
        )
    return ParsedReport(source, months, tuple(keys), tuple(numbers))


def _safe(fragment: str) -> str:
    """A short excerpt of an unexpected row, for the message."""
    return repr(fragment[:60])


def _number(source: str, line: int, measure: str, value: str) -> int:
    if value == SUPPRESSED_WORD:
        raise Invalid(
            f"{source}, line {line}: the cell is suppressed. Merging needs unsuppressed "
            "reports: ask for the report again with --min-cell 1."
        )
    if measure == HOURS_MEASURE:
        if not _HOURS.fullmatch(value):
            raise Invalid(
                f"{source}, line {line}: {_safe(value)} is not hours with one decimal (like 12.5)."
            )
        whole, tenth = value.split(".")
        return int(whole) * 10 + int(tenth)
    if not _COUNT.fullmatch(value):
        raise Invalid(f"{source}, line {line}: {_safe(value)} is not a whole number.")
    return int(value)


def _months_of(source: str, keys: Sequence[CellKey], lines: Sequence[int]) -> tuple[str, ...]:
    """The months the report names, in order of first appearance."""
    months: list[str] = []
    for key, line in zip(keys, lines, strict=True):
        if key.period == TOTAL or key.period in months:
            continue
        if not _MONTH.fullmatch(key.period):
            raise Invalid(
                f"{source}, line {line}: the period {_safe(key.period)} is neither a month "
                "YYYY-MM nor total."
            )
        months.append(key.period)
    if not months:
        raise Invalid(f"{source}: the report names no month.")
    for a, b in itertools.pairwise(months):
        year, month = int(a[:4]), int(a[5:])
        after = f"{year + 1:04d}-01" if month == 12 else f"{year:04d}-{month + 1:02d}"
        if b != after:
            raise Invalid(f"{source}: the months are not consecutive ({a} then {b}).")
    return tuple(months)


def merge(
    reports: Sequence[ParsedReport],
    *,
    min_cell: int = DEFAULT_MIN_CELL,
    organization: str | None = None,
) -> Report:
    """The program-level report: the inputs summed row by row (hours too, one
    decimal), then suppressed at `min_cell`. A person supported by two peers
    counts twice; the report's `note` says so.

    Refused with `errors.Invalid` when there is no input, or when an input's rows
    differ from the first's (the other months or order).
    """
    check_min_cell(min_cell)
    if not reports:
        raise Invalid("There is no report to merge; give one or more CSV files.")
    first = reports[0]
    sums = list(first.numbers)
    for other in reports[1:]:
        if other.keys != first.keys:
            line, want, found = _first_difference(first, other)
            raise Invalid(
                f"{other.source}, line {line}: the rows differ from {first.source} "
                f"(expected {want}, found {found}); reports merge only over the same months."
            )
        for i, n in enumerate(other.numbers):
            sums[i] += n
    values: dict[CellKey, Number] = {}
    for key, n in zip(first.keys, sums, strict=True):
        values[key] = n / 10 if key.measure == HOURS_MEASURE else n
    return assemble(
        values,
        first.months,
        min_cell=min_cell,
        organization=organization,
        merged_from=len(reports),
    )


def _first_difference(a: ParsedReport, b: ParsedReport) -> tuple[int, str, str]:
    for i, (ka, kb) in enumerate(zip(a.keys, b.keys, strict=False)):
        if ka != kb:
            return i + 2, ",".join(ka), ",".join(kb)
    i = min(len(a.keys), len(b.keys))
    want = ",".join(a.keys[i]) if i < len(a.keys) else "the end of the file"
    found = ",".join(b.keys[i]) if i < len(b.keys) else "the end of the file"
    return i + 2, want, found
