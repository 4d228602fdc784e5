"""How well the scope check and the language hints sort labelled sentences, and how fast
they run.

Every labelled set in tests/fixtures is measured: `scope_labelled.tsv` and each
`*_scope.tsv` for the scope check, each `*_language.tsv` for the hints
(format: `finding` or `clean`, a tab, the sentence; `#` lines are comments).
Sets are found by their names, so a set added later (a held-out set) is
measured without this file naming it.

Run as a script (`python benchmarks/bench_scope_accuracy.py`, or with `--speed` for the
speeds alone) or call `run()`, which returns (name, value, unit, target) rows. Speeds
are medians, measured on the sentences of the project's own and development sets.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from peerjournal.core.language import hints
from peerjournal.core.scope import findings

FIXTURES = Path(__file__).resolve().parents[1] / "tests" / "fixtures"
LABELLED = FIXTURES / "scope_labelled.tsv"

Checker = Callable[[str], Sequence[object]]


def load_labelled(path: Path = LABELLED) -> list[tuple[bool, str]]:
    """(is a finding, sentence) for each labelled line; # lines are comments."""
    rows: list[tuple[bool, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        label, sentence = line.split("\t", 1)
        label = label.strip()
        if label not in ("finding", "clean"):
            raise ValueError(f"unknown label {label!r}")
        rows.append((label == "finding", sentence))
    return rows


def labelled_sets() -> list[tuple[str, Path, Checker]]:
    """(name, path, checker) of every labelled set present in tests/fixtures."""
    sets: list[tuple[str, Path, Checker]] = []
    if LABELLED.exists():
        sets.append(("scope", LABELLED, findings))
    for path in sorted(FIXTURES.glob("*_scope.tsv")):
        sets.append(("scope", path, findings))
    for path in sorted(FIXTURES.glob("*_language.tsv")):
        sets.append(("language hints", path, hints))
    return sets


def accuracy(rows: list[tuple[bool, str]], check: Checker = findings) -> tuple[float, float]:
    """(recall, false-positive rate) of a checker on labelled rows."""
    positives = [s for is_finding, s in rows if is_finding]
    negatives = [s for is_finding, s in rows if not is_finding]
    caught = sum(1 for s in positives if check(s))
    false_alarms = sum(1 for s in negatives if check(s))
    recall = caught / len(positives) if positives else 1.0
    false_positive_rate = false_alarms / len(negatives) if negatives else 0.0
    return recall, false_positive_rate


def _median_ms(check: Callable[[str], object], text: str, repeat: int) -> float:
    """The median of `repeat` runs, in milliseconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        check(text)
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def _paragraph(sentences: list[str], size: int) -> str:
    """About `size` characters of labelled sentences, whole sentences only."""
    out = ""
    for s in sentences:
        if len(out) + len(s) + 1 > size:
            break
        out += s + " "
    return out.strip()


Row = tuple[str, float, str, str]

# The text the speeds are measured on: the same whichever sets are present, so that a
# speed before and after a set is added compares like with like.
SPEED_SAMPLE_SETS = ("scope_labelled.tsv", "dev_scope.tsv", "dev_language.tsv")


def accuracy_rows() -> list[Row]:
    """Recall and false-positive rate of each checker on each labelled set present."""
    out: list[Row] = []
    for checker_name, path, check in labelled_sets():
        rows = load_labelled(path)
        recall, false_positive_rate = accuracy(rows, check)
        label = f"{checker_name} ({path.name}, {len(rows)})"
        out.append((f"{label} recall", recall, "ratio", ">= 0.95"))
        out.append((f"{label} false-positive rate", false_positive_rate, "ratio", "<= 0.05"))
    return out


def speed_rows() -> list[Row]:
    """Median times of both checkers."""
    sentences: list[str] = []
    for name in SPEED_SAMPLE_SETS:
        if (FIXTURES / name).exists():
            sentences.extend(s for _, s in load_labelled(FIXTURES / name))
    out: list[Row] = []
    sample = " ".join(sentences) + " "
    ten_kb = (sample * (10_000 // len(sample) + 1))[:10_000]
    one_mb = (sample * (1_000_000 // len(sample) + 1))[:1_000_000]
    # A paragraph as a peer types it: 480 characters with hints in it, and "I" in it (the
    # self-description check then reads the voice of the paragraph: the slower case).
    flagged = [s for s in sentences if hints(s)]
    first_person = [s for s in sentences if s.startswith("I ")][:2]
    paragraph = _paragraph(first_person + flagged, 480)
    findings("warm up")
    hints("warm up")
    out += [
        ("language hints, 480-character paragraph", _median_ms(hints, paragraph, 200), "ms", "< 2"),
        ("language hints, 10 KB", _median_ms(hints, ten_kb, 20), "ms", "< 5"),
        ("scope findings, 10 KB", _median_ms(findings, ten_kb, 20), "ms", "< 10"),
        ("language hints, 1 MB", _median_ms(hints, one_mb, 3), "ms", "< 1000"),
        ("scope findings, 1 MB", _median_ms(findings, one_mb, 3), "ms", "< 1000"),
        ("scope findings, 1 MB of 'I '", _median_ms(findings, "I " * 500_000, 3), "ms", "< 1000"),
    ]
    return out


def run() -> list[Row]:
    """Rows of (name, value, unit, target): accuracy on every set, then speeds."""
    return accuracy_rows() + speed_rows()


if __name__ == "__main__":
    import sys

    # --speed: the speeds alone (no labelled set is scored)
    rows = speed_rows() if "--speed" in sys.argv[1:] else run()
    for name, value, unit, target in rows:
        print(f"{name:60s} {value:10.3f} {unit:6s} target {target}")
