"""Growth and their copy, for a person with 5 years of monthly check-ins and 500
encounters (added to the benchmark journal): the Growth view's load and paint,
and the rendering of their copy's PDF.

`run(vault_path, passphrase)` returns rows (measure, value, unit, target) for
benchmarks/run.py. Run alone on a fresh journal:
`.venv/bin/python benchmarks/bench_growth.py`."""

from __future__ import annotations

import dataclasses
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from peerjournal.core import demo  # noqa: E402
from peerjournal.core.checkins import default_parts  # noqa: E402
from peerjournal.core.models import Checkin, CheckinPart, JournalContents  # noqa: E402
from peerjournal.services import checkins as service  # noqa: E402
from peerjournal.services import unlock  # noqa: E402

Row = tuple[str, float, str, str]
TODAY = date(2026, 11, 26)
PERSON_ID = "bench-growth-person"
MONTHS = 60
ENCOUNTERS = 500


def median_of(
    fn: Callable[[], object], runs: int, clock: Callable[[], float] = time.perf_counter
) -> float:
    times = []
    for _ in range(runs):
        start = clock()
        fn()
        times.append(clock() - start)
    return statistics.median(times)


def the_person() -> JournalContents:
    """One demo person with 500 encounters, goals and letters, and 5 years of check-ins."""
    made = demo.generate(people=1, encounters=ENCOUNTERS, seed=16, today=TODAY)
    person = dataclasses.replace(made.people[0], id=PERSON_ID)

    def mine(record: Any, prefix: str) -> Any:
        changes: dict[str, Any] = {"id": f"{prefix}-{record.id}"}
        if hasattr(record, "person_id"):
            changes["person_id"] = PERSON_ID
        if hasattr(record, "encounter_id") and record.encounter_id:
            changes["encounter_id"] = f"bg-{record.encounter_id}"
        if hasattr(record, "recipient_id"):
            changes["recipient_id"] = f"bg-{record.recipient_id}"
        if hasattr(record, "clinician_id"):
            changes["clinician_id"] = f"bg-{record.clinician_id}"
        if getattr(record, "consent_id", None):
            changes["consent_id"] = f"bg-{record.consent_id}"
        return dataclasses.replace(record, **changes)

    rng = random.Random(16)
    names = default_parts(person.preferred_language)
    level = dict.fromkeys(names, 3)
    checkins = []
    for month in range(MONTHS):
        day = TODAY - timedelta(days=30 * (MONTHS - month))
        parts = []
        for name in names:
            level[name] = max(1, min(5, level[name] + rng.choice((-1, 0, 0, 1))))
            said = "Better than last month, mostly." if rng.random() < 0.3 else None
            parts.append(CheckinPart(name=name, rating=level[name], in_their_words=said))
        checkins.append(
            Checkin(id=f"bg-ci{month}", person_id=PERSON_ID, taken_on=day, parts=tuple(parts))
        )
    return JournalContents(
        people=[person],
        clinicians=[mine(c, "bg") for c in made.clinicians],
        encounters=[mine(e, "bg") for e in made.encounters],
        reflections=[mine(r, "bg") for r in made.reflections],
        goals=[mine(g, "bg") for g in made.goals],
        consents=[mine(k, "bg") for k in made.consents],
        referrals=[mine(f, "bg") for f in made.referrals],
        checkins=checkins,
    )


class _NoWorker:
    """The view asks its worker for data; here the benchmark hands it over itself."""

    def run(self, *_args: Any, **_kwargs: Any) -> None:
        return None


def run(vault_path: Path, passphrase: str) -> list[Row]:
    from PySide6.QtWidgets import QApplication

    from peerjournal.ui.views.growth_view import GrowthView

    vault = unlock.unlock(vault_path, passphrase=passphrase)
    try:
        if vault.find_checkin("bg-ci0") is None:
            vault.add_contents(the_person())
        load = median_of(lambda: service.growth(vault, PERSON_ID), runs=9)
        growth = service.growth(vault, PERSON_ID)
        app = QApplication.instance() or QApplication([])
        views: list[Any] = []

        def open_and_paint() -> None:
            view = GrowthView(_NoWorker(), PERSON_ID)  # type: ignore[arg-type]
            view.resize(1200, 760)
            view.show_growth(growth)
            view.show()
            app.processEvents()
            view.grab()  # every widget painted once, as on screen
            views.append(view)

        open_and_paint()  # the first window of the process: fonts and styles warmed
        opened = median_of(open_and_paint, runs=9)
        opened_cpu = median_of(open_and_paint, runs=9, clock=time.process_time)
        view = views[-1]

        def repaint() -> None:
            view.show_growth(growth)  # after a check-in: the same widgets, new values
            app.processEvents()
            view.grab()

        repainted = median_of(repaint, runs=9)
        for done in views:
            done.close()
            done.deleteLater()
        copy = median_of(lambda: service.make_their_copy(vault, PERSON_ID, today=TODAY), runs=3)
        # The same in CPU time: what the copy costs, apart from other work on the machine.
        copy_cpu = median_of(
            lambda: service.make_their_copy(vault, PERSON_ID, today=TODAY),
            runs=3,
            clock=time.process_time,
        )
        pages = service.make_their_copy(vault, PERSON_ID, today=TODAY).pdf.count(b"/Type /Page\n")
    finally:
        vault.close()
    return [
        ("growth view: load goals + 5 years of check-ins (worker)", load * 1000, "ms", ""),
        (
            f"growth view: open and paint {len(growth.series)} parts x {MONTHS} months",
            opened * 1000,
            "ms",
            "<= 100 ms",
        ),
        ("growth view: open and paint, CPU time", opened_cpu * 1000, "ms", "<= 100 ms"),
        ("growth view: repaint after a check-in", repainted * 1000, "ms", "<= 100 ms"),
        (
            f"their copy PDF: {ENCOUNTERS} encounters, {MONTHS} check-ins ({pages} pages)",
            copy,
            "s",
            "<= 2 s",
        ),
        ("their copy PDF, CPU time of the same", copy_cpu, "s", "<= 2 s"),
    ]


def main() -> int:
    os.environ.setdefault("PEERJOURNAL_TEST_FAST_KDF", "1")
    with tempfile.TemporaryDirectory(prefix="pj-bench-growth-") as tmp:
        path = Path(tmp) / "bench.peerjournal"
        vault, _key = unlock.create_journal(path, "benchmark passphrase, not a secret")
        vault.close()
        for name, value, unit, target in run(path, "benchmark passphrase, not a secret"):
            print(f"{name:<70} {value:>10.3f} {unit:<4} {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
