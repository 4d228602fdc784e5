"""Anonymized reports: build one from the journal, write it as CSV or PDF, and
merge several peers' reports into a program report."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any, Literal

from peerjournal import paths
from peerjournal.core import report as report_core
from peerjournal.core import report_audit, report_csv
from peerjournal.core.report import AUTO, MONTH, QUARTER, Report
from peerjournal.core.report_audit import LoggedReport
from peerjournal.errors import Invalid
from peerjournal.render.report_pdf import render_report_pdf
from peerjournal.vault import Vault

MUST_NOT_LEAVE = (
    "This file is unsuppressed (--min-cell 1): it is for merge-reports inside your "
    "program only and must not leave the program."
)

OutputKind = Literal["csv", "pdf"]


@dataclass(frozen=True, slots=True)
class ReportSummary:
    """What the command says after writing a report."""

    out: Path
    kind: OutputKind
    min_cell: int
    suppressed_cells: int
    merged_from: int
    grain: str = MONTH
    audit_hidden: int = 0
    grain_reason: str = ""

    def sentence(self) -> str:
        if self.min_cell <= 1:
            rule = f"Small-cell suppression is off (--min-cell 1). {MUST_NOT_LEAVE}"
        else:
            rule = (
                f"Counts from 1 to {self.min_cell - 1} are suppressed; "
                f"{self.suppressed_cells} cells are hidden"
            )
            if self.audit_hidden:
                rule += (
                    f", {self.audit_hidden} of them because, with the reports written "
                    "before, they would let a reader work out a small count."
                )
            else:
                rule += "; the reports written before give nothing more away."
        merged = (
            f" Merged from {self.merged_from} reports: "
            "a person supported by two peers counts twice."
            if self.merged_from
            else ""
        )
        grain = f" Columns by {self.grain}" + (
            f" ({self.grain_reason})." if self.grain_reason else "."
        )
        return f"Wrote the report to {self.out}.{grain} {rule}{merged}"

    def as_json(self) -> dict[str, Any]:
        return {
            "out": str(self.out),
            "format": self.kind,
            "min_cell": self.min_cell,
            "grain": self.grain,
            "suppressed_cells": self.suppressed_cells,
            "hidden_for_earlier_reports": self.audit_hidden,
            "merged_from": self.merged_from,
        }


def output_kind(out: Path) -> OutputKind:
    """CSV or PDF by the file's extension; anything else is Invalid."""
    suffix = out.suffix.lower()
    if suffix == ".csv":
        return "csv"
    if suffix == ".pdf":
        return "pdf"
    raise Invalid(f"The report is written as .csv or .pdf; {out.name} has neither extension.")


def build_report(
    vault: Vault, start: date, end: date, *, min_cell: int = 11, grain: str = MONTH
) -> Report:
    """The anonymized report of a period of whole months from the vault's light
    facts (no text), audited against the report log: it hides what, with the
    reports written before, would give away a small count (spec/report.md).

    `grain`: month, quarter, or auto (quarters when they hide fewer cells)."""
    report_core.check_min_cell(min_cell)
    report_core.check_whole_months(start, end)
    if grain not in (MONTH, QUARTER, AUTO):
        raise Invalid(f"The grain is month, quarter or auto, not {grain!r}.")
    months = report_core.months_between(start, end)
    if grain == QUARTER:
        report_core.periods_of(months, QUARTER)  # refuses a period of part quarters
    log = vault.report_log()
    earlier = report_audit.earlier_reports_that_count(log, min_cell)
    first, last = start, end
    for entry in earlier:
        first = min(first, _first_day(entry.first_month))
        last = max(last, _last_day(entry.last_month))
    # The report's own months, counted by the database. The months of earlier
    # reports outside them are read only if the audit needs a number there.
    counted = vault.report_tally(start, end)
    near = report_audit.Ledger(counted)
    wide: list[report_audit.Ledger] = []

    def value_of(support: report_audit.Support) -> report_core.Number | None:
        found = near.value(support)
        if found is not None or (first, last) == (start, end):
            return found
        if not wide:
            wide.append(report_audit.Ledger(vault.report_tally(first, last)))
        return wide[0].value(support)

    profile = vault.profile()
    organization = profile.organization if profile else None

    def one(g: str) -> Report:
        report = report_core.report_from_tally(
            counted, start=start, end=end, min_cell=min_cell, organization=organization, grain=g
        )
        return report_audit.audited(report, earlier, value_of, seed=_same_report_hid(log, report))

    if grain != AUTO:
        return dataclasses.replace(one(grain), log_seen=len(log))
    by_month = one(MONTH)
    if not report_core.quarters_fit(months) or len(months) < 3:
        reason = "chosen automatically: the period is not whole quarters"
        return dataclasses.replace(by_month, grain_reason=reason, log_seen=len(log))
    by_quarter = one(QUARTER)
    hidden_m, hidden_q = len(by_month.suppressed_keys()), len(by_quarter.suppressed_keys())
    if hidden_q < hidden_m:
        reason = (
            f"chosen automatically: quarters hide {hidden_q} numbers, months would hide {hidden_m}"
        )
        return dataclasses.replace(
            by_quarter, grain_reason=reason, log_seen=len(log), other_grain_hidden=hidden_m
        )
    reason = f"chosen automatically: months hide {hidden_m} numbers, quarters would hide {hidden_q}"
    return dataclasses.replace(
        by_month, grain_reason=reason, log_seen=len(log), other_grain_hidden=hidden_q
    )


def _first_day(month: str) -> date:
    return date(int(month[:4]), int(month[5:7]), 1)


def _last_day(month: str) -> date:
    year, m = int(month[:4]), int(month[5:7])
    return (date(year + 1, 1, 1) if m == 12 else date(year, m + 1, 1)) - timedelta(days=1)


def _same_report_hid(log: Sequence[LoggedReport], report: Report) -> list[report_core.CellKey]:
    """What the last report of the same period, grain and N hid: writing it
    again publishes the same cells."""
    for entry in reversed(log):
        if (entry.first_month, entry.last_month, entry.grain, entry.min_cell) == (
            report.first_month,
            report.last_month,
            report.grain,
            report.min_cell,
        ):
            return [k for k, v in entry.cells if v is None]
    return []


def report_bytes(report: Report, kind: OutputKind, *, language: str = "en") -> bytes:
    """The report as the bytes of a CSV or a PDF."""
    if kind == "csv":
        return report_csv.to_csv(report).encode("utf-8")
    return render_report_pdf(
        report, title_org=report.organization, merged=bool(report.merged_from), language=language
    )


def save_report(
    report: Report,
    out: Path,
    kind: OutputKind,
    *,
    language: str = "en",
    vault: Vault | None = None,
) -> ReportSummary:
    """Write the report atomically (an existing file is replaced) and, with
    `vault`, record it in the journal's report log. A report built before
    another was logged is audited again first: if it would now hide more, it is
    refused (build it again) rather than written."""
    if vault is not None and report.suppression_on and report.start and report.end:
        log = vault.report_log()
        if report.log_seen >= 0 and len(log) != report.log_seen:
            fresh = build_report(
                vault, report.start, report.end, min_cell=report.min_cell, grain=report.grain
            )
            if fresh.suppressed_keys() != report.suppressed_keys():
                raise Invalid(
                    "A report was written from this journal after this one was built, so "
                    "this one must hide more. Build it again, then save it."
                )
    paths.write_atomic(out, report_bytes(report, kind, language=language))
    if vault is not None:
        vault.record_report(report_audit.log_entry(report, written_at=_now(), kind=kind))
    return ReportSummary(
        out,
        kind,
        report.min_cell,
        len(report.suppressed_keys()),
        report.merged_from,
        report.grain,
        report.audit_hidden,
        report.grain_reason,
    )


def log_printed(vault: Vault, report: Report) -> None:
    """Record a report that was printed (it left as paper)."""
    vault.record_report(report_audit.log_entry(report, written_at=_now(), kind="print"))


def _now() -> str:
    return datetime.now().isoformat(timespec="seconds")


def write_report(
    vault: Vault,
    start: date,
    end: date,
    out: Path,
    *,
    kind: OutputKind,
    min_cell: int = 11,
    language: str = "en",
    grain: str = MONTH,
) -> ReportSummary:
    """`peerjournal report`: build, write and log the report of a period."""
    report = build_report(vault, start, end, min_cell=min_cell, grain=grain)
    return save_report(report, out, kind, language=language, vault=vault)


def report_log(vault: Vault) -> list[LoggedReport]:
    """`peerjournal reports`: every report written, oldest first."""
    return vault.report_log()


def merge_report_files(
    files: list[Path],
    out: Path,
    *,
    kind: OutputKind,
    min_cell: int = 11,
    organization: str | None = None,
    language: str = "en",
    log: Path | None = None,
) -> ReportSummary:
    """`peerjournal merge-reports`: sum several peers' unsuppressed CSVs, then
    suppress, audited against the merge log (`log`, else the default file in the
    user's data folder) as a peer's report is against the journal's log; then log it."""
    parsed = []
    for path in files:
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            raise Invalid(f"The file {path} does not exist. Nothing was written.") from None
        except OSError as exc:
            raise Invalid(f"The file {path} cannot be read ({exc.strerror}).") from None
        parsed.append(report_csv.parse(data, source=path.name))
    merged = report_csv.merge(parsed, min_cell=min_cell, organization=organization)
    log_path = log if log is not None else default_merge_log()
    entries = read_merge_log(log_path)
    earlier = report_audit.earlier_reports_that_count(entries, min_cell)
    merged = report_audit.audited(
        merged, earlier, report_audit.report_values(merged), seed=_same_report_hid(entries, merged)
    )
    summary = save_report(merged, out, kind, language=language)
    entry = report_audit.log_entry(merged, written_at=_now(), kind=kind)
    entry = dataclasses.replace(entry, id=len(entries) + 1)
    write_merge_log(log_path, [*entries, entry])
    return summary


MERGE_LOG_NAME = "merged-reports-log.json"


def default_merge_log() -> Path:
    """Where merge-reports keeps its log: the program's published cells only."""
    return paths.data_dir() / MERGE_LOG_NAME


def read_merge_log(path: Path) -> list[LoggedReport]:
    """The merge log (empty when there is none yet)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return []
    except (OSError, ValueError) as exc:
        raise Invalid(
            f"The merge log {path.name} cannot be read; move it aside to start a new one."
        ) from exc
    out: list[LoggedReport] = []
    for item in data:
        out.append(
            LoggedReport(
                id=int(item["id"]),
                written_at=str(item["written_at"]),
                first_month=str(item["from"]),
                last_month=str(item["to"]),
                grain=str(item["grain"]),
                min_cell=int(item["min_cell"]),
                kind=str(item["format"]),
                merged_from=int(item.get("merged_from", 0)),
                audit_hidden=int(item.get("hidden_for_earlier_reports", 0)),
                cells=tuple(
                    (
                        report_core.CellKey(c["measure"], c["category"], c["period"]),
                        None if c["value"] == report_core.SUPPRESSED.value else c["value"],
                    )
                    for c in item["cells"]
                ),
            )
        )
    return out


def write_merge_log(path: Path, entries: Sequence[LoggedReport]) -> None:
    paths.ensure_private_dir(path.parent)
    text = json.dumps([e.as_json() for e in entries], ensure_ascii=False)
    paths.write_atomic(path, text.encode("utf-8"))
