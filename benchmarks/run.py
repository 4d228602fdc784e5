"""`make bench`: measure PeerJournal on data of the size real users reach
(10,000 people, 100,000 encounters) and print a table of medians.

Targets are printed beside the measures; nothing here fails a build.
Set BENCH_PEOPLE / BENCH_ENCOUNTERS for a quicker run."""

from __future__ import annotations

import importlib
import os
import statistics
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from peerjournal.core import demo, interchange  # noqa: E402
from peerjournal.services import journal, unlock  # noqa: E402

Row = tuple[str, float, str, str]
PASSPHRASE = "benchmark passphrase, not a secret"
PEOPLE = int(os.environ.get("BENCH_PEOPLE", "10000"))
ENCOUNTERS = int(os.environ.get("BENCH_ENCOUNTERS", "100000"))


def median_of(fn: Callable[[], object], runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def foundation(workdir: Path) -> tuple[list[Row], Path]:
    """Demo generation, import throughput, and the benchmark vault the others use."""
    today = date(2026, 11, 26)
    gen_time = median_of(
        lambda: demo.generate(people=PEOPLE, encounters=ENCOUNTERS, seed=1, today=today), runs=3
    )
    contents = demo.generate(people=PEOPLE, encounters=ENCOUNTERS, seed=1, today=today)
    text = interchange.dump_document(contents)
    records = sum(contents.counts().values())
    vault_path = workdir / "bench.peerjournal"
    vault, _key = unlock.create_journal(vault_path, PASSPHRASE)
    start = time.perf_counter()
    journal.import_document(vault, text)
    import_time = time.perf_counter() - start
    vault.close()
    rows: list[Row] = [
        (f"demo generate {PEOPLE:,} people / {ENCOUNTERS:,} encounters", gen_time, "s", "< 60 s"),
        (
            f"import {records:,} records (parse + write)",
            records / import_time,
            "records/s",
            ">= 10,000 records/s",
        ),
    ]
    return rows, vault_path


SUITES = [
    ("benchmarks.bench_vault", "vault: unlock, search, size"),
    ("benchmarks.bench_letter", "letters"),
    ("benchmarks.bench_report", "reports"),
    ("benchmarks.bench_backup", "backups"),
    ("benchmarks.bench_gui", "window"),
    ("benchmarks.bench_preview", "letter preview"),
    ("benchmarks.bench_typing", "typing"),
    ("benchmarks.bench_scope_accuracy", "scope check accuracy"),
]


def call_suite(module_name: str, vault_path: Path) -> list[Row]:
    module = importlib.import_module(module_name)
    run = module.run
    try:
        return list(run(vault_path, PASSPHRASE))
    except TypeError:
        return list(run())


def main() -> int:
    sys.path.insert(0, str(ROOT))
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="pj-bench-") as tmp:
        workdir = Path(tmp)
        print(
            f"Building the benchmark journal ({PEOPLE:,} people, {ENCOUNTERS:,} encounters)…",
            flush=True,
        )
        found, vault_path = foundation(workdir)
        rows += found
        for module_name, label in SUITES:
            print(f"Measuring {label}…", flush=True)
            try:
                rows += call_suite(module_name, vault_path)
            except ModuleNotFoundError as exc:
                rows.append((f"{label}: not available ({exc.name})", float("nan"), "", ""))
            except Exception:
                traceback.print_exc()
                rows.append((f"{label}: failed (see above)", float("nan"), "", ""))
    width = max(len(r[0]) for r in rows)
    print()
    print(f"{'measure':<{width}}  {'value':>12}  {'unit':<10}  target")
    print(f"{'-' * width}  {'-' * 12}  {'-' * 10}  {'-' * 20}")
    for name, value, unit, target in rows:
        shown = f"{value:,.3f}" if value == value and abs(value) < 1000 else f"{value:,.0f}"
        print(f"{name:<{width}}  {shown:>12}  {unit:<10}  {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
