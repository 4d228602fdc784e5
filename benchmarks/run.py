"""`make bench`: measure PeerJournal on data of the size real users reach
(10,000 people, 100,000 encounters) and print a table of medians.

Targets are printed beside the measures; nothing here fails a build.
Set BENCH_PEOPLE / BENCH_ENCOUNTERS for a quicker run."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
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
            ">= 15,000 records/s",
        ),
    ]
    return rows, vault_path


SUITES = [
    ("benchmarks.bench_vault", "vault: unlock, search, size"),
    ("benchmarks.bench_letter", "letters"),
    ("benchmarks.bench_consent_field", "consent in the field: signature pad, photo"),
    ("benchmarks.bench_report", "reports"),
    ("benchmarks.bench_backup", "backups"),
    ("benchmarks.bench_gui", "window"),
    ("benchmarks.bench_cold_start", "window: cold start"),
    ("benchmarks.bench_preview", "letter preview"),
    ("benchmarks.bench_typing", "typing"),
    ("benchmarks.bench_scope_accuracy", "scope check accuracy"),
    ("benchmarks.bench_growth", "growth view and their copy"),
    ("benchmarks.bench_keys", "keys: rekey, forget, calibration"),
]


MARKER = "BENCH-ROWS:"
CHILD = """
import importlib, json, sys
from pathlib import Path
sys.path.insert(0, {root!r})
module = importlib.import_module({module!r})
try:
    rows = module.run(Path({vault!r}), {passphrase!r})
except TypeError:
    rows = module.run()
print({marker!r} + json.dumps([list(r) for r in rows]))
"""


def call_suite(module_name: str, vault_path: Path) -> list[Row]:
    """Run one suite in its own process, so memory and caches are its own."""
    code = CHILD.format(
        root=str(ROOT),
        module=module_name,
        vault=str(vault_path),
        passphrase=PASSPHRASE,
        marker=MARKER,
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )
    for line in result.stdout.splitlines():
        if line.startswith(MARKER):
            return [tuple(r) for r in json.loads(line[len(MARKER) :])]  # type: ignore[misc]
    if "ModuleNotFoundError" in result.stderr:
        raise ModuleNotFoundError(name=module_name)
    sys.stderr.write(result.stderr[-2000:])
    raise RuntimeError(f"{module_name} printed no results")


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
