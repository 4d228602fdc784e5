"""How well the scope check sorts the labelled sentences, and how fast the checkers run.

Run as a script (`python benchmarks/bench_scope_accuracy.py`) or call `run()`,
which returns (name, value, unit, target) rows.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from peerjournal.core.language import hints
from peerjournal.core.scope import findings

LABELLED = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "scope_labelled.tsv"


def load_labelled(path: Path = LABELLED) -> list[tuple[bool, str]]:
    """(is a finding, sentence) for each labelled line; # lines are comments."""
    rows: list[tuple[bool, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        label, sentence = line.split("\t", 1)
        if label not in ("finding", "clean"):
            raise ValueError(f"unknown label {label!r}")
        rows.append((label == "finding", sentence))
    return rows


def accuracy(rows: list[tuple[bool, str]]) -> tuple[float, float]:
    """(recall, false-positive rate) of the scope check on labelled rows."""
    positives = [s for is_finding, s in rows if is_finding]
    negatives = [s for is_finding, s in rows if not is_finding]
    caught = sum(1 for s in positives if findings(s))
    false_alarms = sum(1 for s in negatives if findings(s))
    return caught / len(positives), false_alarms / len(negatives)


def _best_ms(check: Callable[[str], object], text: str, repeat: int) -> float:
    """The best of `repeat` runs, in milliseconds (the least disturbed by other work)."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        check(text)
        best = min(best, time.perf_counter() - start)
    return best * 1000


def run() -> list[tuple[str, float, str, str]]:
    """Rows of (name, value, unit, target)."""
    rows = load_labelled()
    recall, false_positive_rate = accuracy(rows)
    sample = " ".join(s for _, s in rows) + " "
    ten_kb = (sample * (10_000 // len(sample) + 1))[:10_000]
    one_mb = (sample * (1_000_000 // len(sample) + 1))[:1_000_000]
    findings("warm up")
    hints("warm up")
    return [
        ("scope recall (labelled set)", recall, "ratio", ">= 0.95"),
        ("scope false-positive rate (labelled set)", false_positive_rate, "ratio", "<= 0.05"),
        ("scope labelled sentences", float(len(rows)), "sentences", ">= 80"),
        ("language hints, 10 KB", _best_ms(hints, ten_kb, 20), "ms", "< 5"),
        ("scope findings, 10 KB", _best_ms(findings, ten_kb, 20), "ms", "< 10"),
        ("language hints, 1 MB", _best_ms(hints, one_mb, 3), "ms", "< 1000"),
        ("scope findings, 1 MB", _best_ms(findings, one_mb, 3), "ms", "< 1000"),
        ("scope findings, 1 MB of 'I '", _best_ms(findings, "I " * 500_000, 3), "ms", "< 1000"),
    ]


if __name__ == "__main__":
    for name, value, unit, target in run():
        print(f"{name:45s} {value:10.3f} {unit:10s} target {target}")
