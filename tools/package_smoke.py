"""The built app's own smoke test (`make package` runs it): nothing it needs went missing.

Runs dist/PeerJournal/peerjournal as a person would, in a temporary folder: the window
opens (offscreen), a demo journal is made, searched, reported on as PDF and CSV, backed up
and verified, and a text is checked; then prints the bundle's size."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
APP = ROOT / "dist" / "PeerJournal"
BINARY = APP / ("peerjournal.exe" if os.name == "nt" else "peerjournal")


def size_mb(folder: Path) -> float:
    # lstat: the bundle links some libraries to one another; count each file once
    files = (p for p in folder.rglob("*") if not p.is_symlink() and p.is_file())
    return sum(p.lstat().st_size for p in files) / 1e6


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": tmp,
               "XDG_DATA_HOME": tmp, "XDG_CONFIG_HOME": tmp,
               "PEERJOURNAL_VAULT": str(folder / "smoke.peerjournal"),
               "PEERJOURNAL_PASSPHRASE": "smoke test passphrase, made up"}
        last = date.today().replace(day=1) - timedelta(days=1)
        first = (last.replace(day=1) - timedelta(days=60)).replace(day=1)
        steps = [
            ["--version"],
            ["gui", "--smoke-test"],
            ["demo", "--people", "6", "--encounters", "60"],
            ["search", "housing"],
            ["report", "--from", first.isoformat(), "--to", last.isoformat(),
             "--out", str(folder / "report.pdf")],
            ["report", "--from", first.isoformat(), "--to", last.isoformat(),
             "--out", str(folder / "report.csv")],
            ["backup", "--out", str(folder / "smoke.pjbackup")],
            ["verify", str(folder / "smoke.pjbackup")],
        ]
        for step in steps:
            result = subprocess.run([str(BINARY), *step], env=env, capture_output=True,
                                    text=True, timeout=300)
            if result.returncode != 0:
                print(f"package smoke test FAILED at: peerjournal {' '.join(step[:1])}\n"
                      f"{result.stdout}{result.stderr}", file=sys.stderr)
                return 1
        check = subprocess.run([str(BINARY), "check-scope", "-"], env=env, input="Needs detox.",
                               capture_output=True, text=True, timeout=60)
        if check.returncode != 0 or "detox" not in check.stdout:
            print("package smoke test FAILED at: check-scope", file=sys.stderr)
            return 1
        for made in ("report.pdf", "report.csv", "smoke.pjbackup"):
            if not (folder / made).stat().st_size:
                print(f"package smoke test FAILED: {made} is empty", file=sys.stderr)
                return 1
    print(f"package smoke test passed: {len(steps) + 1} steps. "
          f"dist/PeerJournal is {size_mb(APP):.0f} MB.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
