"""Anonymized reports: build one from the journal, write it as CSV or PDF, and
merge several peers' reports into a program report."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Literal

from peerjournal import paths
from peerjournal.core import report as report_core
from peerjournal.core import report_csv
from peerjournal.core.report import Report
from peerjournal.errors import Invalid
from peerjournal.render.report_pdf import render_report_pdf
from peerjournal.vault import Vault

OutputKind = Literal["csv", "pdf"]


@dataclass(frozen=True, slots=True)
class ReportSummary:
    """What the command says after writing a report."""

    out: Path
    kind: OutputKind
    min_cell: int
    suppressed_cells: int
    merged_from: int

    def sentence(self) -> str:
        if self.min_cell <= 1:
            rule = (
                "Small-cell suppression is off (--min-cell 1): "
                "do not share this file outside the program."
            )
        else:
            rule = (
                f"Counts from 1 to {self.min_cell - 1} are suppressed; "
                f"{self.suppressed_cells} cells are hidden."
            )
        merged = (
            f" Merged from {self.merged_from} reports: "
            "a person supported by two peers counts twice."
            if self.merged_from
            else ""
        )
        return f"Wrote the report to {self.out}. {rule}{merged}"

    def as_json(self) -> dict[str, Any]:
        return {
            "out": str(self.out),
            "format": self.kind,
            "min_cell": self.min_cell,
            "suppressed_cells": self.suppressed_cells,
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


def build_report(vault: Vault, start: date, end: date, *, min_cell: int = 11) -> Report:
    """The anonymized report of the period from the vault's light facts (no text)."""
    if end < start:
        raise Invalid("The period ends before it starts.")
    profile = vault.profile()
    return report_core.build_report_from_facts(
        vault.report_facts(start, end),
        min_cell=min_cell,
        organization=profile.organization if profile else None,
    )


def report_bytes(report: Report, kind: OutputKind, *, language: str = "en") -> bytes:
    """The report as the bytes of a CSV or a PDF."""
    if kind == "csv":
        return report_csv.to_csv(report).encode("utf-8")
    return render_report_pdf(
        report, title_org=report.organization, merged=bool(report.merged_from), language=language
    )


def save_report(
    report: Report, out: Path, kind: OutputKind, *, language: str = "en"
) -> ReportSummary:
    """Write the report atomically (an existing file is replaced)."""
    paths.write_atomic(out, report_bytes(report, kind, language=language))
    return ReportSummary(
        out, kind, report.min_cell, len(report.suppressed_keys()), report.merged_from
    )


def write_report(
    vault: Vault,
    start: date,
    end: date,
    out: Path,
    *,
    kind: OutputKind,
    min_cell: int = 11,
    language: str = "en",
) -> ReportSummary:
    """`peerjournal report`: build and write the report of a period."""
    return save_report(
        build_report(vault, start, end, min_cell=min_cell), out, kind, language=language
    )


def merge_report_files(
    files: list[Path],
    out: Path,
    *,
    kind: OutputKind,
    min_cell: int = 11,
    organization: str | None = None,
    language: str = "en",
) -> ReportSummary:
    """`peerjournal merge-reports`: sum several peers' unsuppressed CSVs, then suppress."""
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
    return save_report(merged, out, kind, language=language)
