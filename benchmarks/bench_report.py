"""Reports: a one-year anonymized report over 100,000 encounters, as CSV and as
PDF, and a program-level merge of ten peers' CSVs.

The facts are synthetic and built here (light rows, as the vault gives them),
so the measure is the report's own work: aggregation, suppression, writing.
"""

from __future__ import annotations

import random
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from peerjournal.core.models import (  # noqa: E402
    GoalStatus,
    Mode,
    ReferralKind,
    ReferralStatus,
    Setting,
)
from peerjournal.core.report import build_report_from_facts  # noqa: E402
from peerjournal.core.report_csv import merge, parse, to_csv  # noqa: E402
from peerjournal.core.report_facts import (  # noqa: E402
    EncounterFact,
    GoalFact,
    ReferralFact,
    ReportFacts,
)
from peerjournal.render.report_pdf import render_report_pdf  # noqa: E402

Row = tuple[str, float, str, str]
START, END = date(2025, 1, 1), date(2025, 12, 31)


def synthetic_facts(
    *, encounters: int = 100_000, people: int = 10_000, seed: int = 0
) -> ReportFacts:
    """One year of light rows: `encounters` encounters spread over `people`."""
    rng = random.Random(seed)
    modes, settings = list(Mode), [*Setting, None]
    first = datetime.combine(START, datetime.min.time())
    seconds = int((END - START).days + 1) * 86_400
    encs = tuple(
        EncounterFact(
            person_id=f"p{rng.randrange(people)}",
            occurred_at=first + timedelta(seconds=rng.randrange(seconds)),
            mode=rng.choice(modes),
            setting=rng.choice(settings),
            duration_minutes=rng.choice((None, 10, 20, 30, 45, 60, 90)),
        )
        for _ in range(encounters)
    )
    dobs = {
        f"p{i}": (date(1940, 1, 1) + timedelta(days=rng.randrange(28_000)) if i % 9 else None)
        for i in range(people)
    }
    refs = tuple(
        ReferralFact(
            kind=rng.choice(list(ReferralKind)),
            status=rng.choice(list(ReferralStatus)),
            created_on=START + timedelta(days=rng.randrange(365)),
        )
        for _ in range(encounters // 20)
    )
    goals = tuple(
        GoalFact(
            set_on=START + timedelta(days=rng.randrange(365)),
            status=rng.choice(list(GoalStatus)),
            closed_on=START + timedelta(days=rng.randrange(365)),
        )
        for _ in range(encounters // 25)
    )
    return ReportFacts(
        start=START, end=END, encounters=encs, dates_of_birth=dobs, referrals=refs, goals=goals
    )


def _median(fn: Callable[[], object], runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def run(
    vault_path: Path | None = None,
    passphrase: str | None = None,
    *,
    encounters: int = 100_000,
    facts: ReportFacts | None = None,
) -> list[Row]:
    """Rows (measure, value, unit, target). The vault is not needed: the report
    is timed from its light rows (reading them is the vault's benchmark)."""
    rows = audited_rows(vault_path, passphrase) if vault_path and passphrase else []
    facts = facts if facts is not None else synthetic_facts(encounters=encounters)
    n = len(facts.encounters)
    csv_time = _median(lambda: to_csv(build_report_from_facts(facts)))
    pdf_time = _median(lambda: render_report_pdf(build_report_from_facts(facts), language="en"))
    report = build_report_from_facts(facts, min_cell=1)
    text = to_csv(report)
    peers = [parse(text, source=f"peer{i}.csv") for i in range(10)]
    merge_time = _median(lambda: to_csv(merge(peers)))
    return [
        *rows,
        (f"report CSV, one year, {n:,} encounters", csv_time, "s", "< 1 s"),
        (f"report PDF, one year, {n:,} encounters", pdf_time, "s", "< 2 s"),
        ("merge 10 peers' CSVs (parse done) and suppress", merge_time, "s", "< 1 s"),
    ]


def _earlier_periods() -> list[tuple[date, date, str]]:
    """20 reports written before: each month, quarter and half of 2025, the
    second half of 2024 and the whole of 2024."""
    out: list[tuple[date, date, str]] = []
    for m in range(1, 13):
        end = (date(2025, m + 1, 1) if m < 12 else date(2026, 1, 1)) - timedelta(days=1)
        out.append((date(2025, m, 1), end, "month"))
    for q in range(4):
        end = (date(2025, 3 * q + 4, 1) if q < 3 else date(2026, 1, 1)) - timedelta(days=1)
        out.append((date(2025, 3 * q + 1, 1), end, "month"))
    out.append((date(2025, 1, 1), date(2025, 6, 30), "quarter"))
    out.append((date(2025, 7, 1), date(2025, 12, 31), "quarter"))
    out.append((date(2024, 7, 1), date(2024, 12, 31), "month"))
    out.append((date(2024, 1, 1), date(2024, 12, 31), "quarter"))
    return out


def audited_rows(vault_path: Path, passphrase: str) -> list[Row]:
    """The report as the command writes it from the benchmark journal: facts read
    from the vault, audited against 20 earlier reports in the log, written and
    logged (the first of the three runs is a new period; the next two write it
    again)."""
    import tempfile

    from peerjournal.services import reports
    from peerjournal.vault import Vault

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        # a copy of the benchmark journal, so its log holds exactly these 20 reports
        with Vault.open(vault_path, passphrase=passphrase) as source:
            source.backup_to(folder / "copy.backup")
        Vault.restore(folder / "copy.backup", folder / "copy.peerjournal", passphrase=passphrase)
        vault = Vault.open(folder / "copy.peerjournal", passphrase=passphrase)
        try:
            for i, (start, end, grain) in enumerate(_earlier_periods()):
                reports.write_report(
                    vault, start, end, folder / f"e{i}.csv", kind="csv", grain=grain
                )
            logged = len(vault.report_log())
            year = (date(2025, 1, 1), date(2025, 12, 31))

            def write(kind: str) -> None:
                reports.write_report(vault, *year, folder / f"year.{kind}", kind=kind)  # type: ignore[arg-type]

            csv_time = _median(lambda: write("csv"))
            pdf_time = _median(lambda: write("pdf"))
            added = vault.report_log()[logged].audit_hidden
        finally:
            vault.close()
    return [
        (
            f"report CSV, 2025 from the journal, audited against {logged} reports "
            f"({added} more hidden)",
            csv_time,
            "s",
            "<= 1 s",
        ),
        (
            f"report PDF, 2025 from the journal, audited against {logged} reports",
            pdf_time,
            "s",
            "<= 2 s",
        ),
    ]


if __name__ == "__main__":
    for name, value, unit, target in run():
        print(f"{name:55s} {value:8.3f} {unit:3s} target {target}")
