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
    del vault_path, passphrase
    facts = facts if facts is not None else synthetic_facts(encounters=encounters)
    n = len(facts.encounters)
    csv_time = _median(lambda: to_csv(build_report_from_facts(facts)))
    pdf_time = _median(lambda: render_report_pdf(build_report_from_facts(facts), language="en"))
    report = build_report_from_facts(facts, min_cell=1)
    text = to_csv(report)
    peers = [parse(text, source=f"peer{i}.csv") for i in range(10)]
    merge_time = _median(lambda: to_csv(merge(peers)))
    return [
        (f"report CSV, one year, {n:,} encounters", csv_time, "s", "< 1 s"),
        (f"report PDF, one year, {n:,} encounters", pdf_time, "s", "< 2 s"),
        ("merge 10 peers' CSVs (parse done) and suppress", merge_time, "s", "< 1 s"),
    ]


if __name__ == "__main__":
    for name, value, unit, target in run():
        print(f"{name:55s} {value:8.3f} {unit:3s} target {target}")
