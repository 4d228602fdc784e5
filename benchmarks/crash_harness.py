"""The crash harness at full strength: hundreds of SIGKILLs during imports, edits and
backups. `python benchmarks/crash_harness.py [KILLS]` prints the counts."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("PEERJOURNAL_TEST_FAST_KDF", "1")
sys._peerjournal_test_fast_kdf = True  # type: ignore[attr-defined]  # a throw-away journal

from tests.helpers.crash_harness import run_harness  # noqa: E402

Row = tuple[str, float, str, str]


def run(kills: int = 200) -> list[Row]:
    with tempfile.TemporaryDirectory(prefix="pj-crash-") as tmp:
        result = run_harness(Path(tmp), kills=kills, seed=1)
    with tempfile.TemporaryDirectory(prefix="pj-crash-rekey-") as tmp:
        rekeys = run_harness(
            Path(tmp), kills=max(kills // 4, 10), seed=2, min_wait=0.5, max_wait=1.5, ops="rekey"
        )
    for problem in result.problems + rekeys.problems:
        print("  problem:", problem)
    return [
        ("crash harness (rekeys): kills", rekeys.kills, "", ""),
        ("crash harness (rekeys): journal verified after the kill", rekeys.verified, "", "= kills"),
        ("crash harness (rekeys): rekeys done", rekeys.rekeys_done, "", ""),
        (
            "crash harness (rekeys): killed mid-rekey, opened with the new passphrase",
            rekeys.opened_with_new_after_unacknowledged_rekey,
            "",
            "",
        ),
        ("crash harness (rekeys): acknowledged edits lost", rekeys.lost, "", "0"),
        ("crash harness: kills (SIGKILL)", result.kills, "", ""),
        ("crash harness: journal verified after the kill", result.verified, "", "= kills"),
        ("crash harness: acknowledged changes", result.acknowledged, "", ""),
        ("crash harness: acknowledged changes lost", result.lost, "", "0"),
        ("crash harness: changes half there", result.half_written, "", "0"),
        ("crash harness: acknowledged backups verified", result.backups_checked, "", ""),
    ]


if __name__ == "__main__":
    for name, value, _unit, target in run(int(sys.argv[1]) if len(sys.argv) > 1 else 300):
        print(f"{name:<50} {value:>8.0f}  {target}")
