"""The journal's keys and forgetting, on a copy of the benchmark journal: a rekey
(every page re-encrypted), forgetting one person (their words out of the index,
free pages and the write-ahead log), closing after an edit (the purge), and what
key derivation calibration picks on this machine."""

from __future__ import annotations

import dataclasses
import shutil
import sys
import tempfile
import time
from pathlib import Path

from peerjournal.vault import Vault, keys

Row = tuple[str, float, str, str]


def _copy(vault_path: Path, folder: Path) -> Path:
    target = folder / vault_path.name
    for source in (vault_path, keys.sidecar_path(vault_path)):
        shutil.copy2(source, folder / source.name)
    return target


def run(vault_path: Path, passphrase: str) -> list[Row]:
    """Rows of (name, value, unit, target)."""
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="bench-keys-") as scratch:
        path = _copy(Path(vault_path), Path(scratch))
        vault = Vault.open(path, passphrase=passphrase)
        try:
            start = time.perf_counter()
            vault.rekey(passphrase)
            rows.append(
                (
                    "keys: rekey (every page, new slots)",
                    time.perf_counter() - start,
                    "s",
                    "a few seconds",
                )
            )
            person = vault.people(limit=1)[0]
            start = time.perf_counter()
            vault.forget_person(person.id)
            rows.append(
                (
                    "keys: forget one person (with the purge)",
                    time.perf_counter() - start,
                    "s",
                    "a few seconds",
                )
            )
            other = vault.people(limit=1)[0]
            meeting = vault.encounters_of(other.id)[0]
            start = time.perf_counter()
            vault.save(dataclasses.replace(meeting, their_story="edited for the benchmark"))
            rows.append(
                (
                    "keys: save one edit (secure_delete ON)",
                    (time.perf_counter() - start) * 1000,
                    "ms",
                    "< 50 ms",
                )
            )
            start = time.perf_counter()
        finally:
            vault.close()  # purges the replaced words
        rows.append(
            ("keys: close after an edit (purge)", time.perf_counter() - start, "s", "a few seconds")
        )
    start = time.perf_counter()
    params = keys.calibrate()
    took = time.perf_counter() - start
    start = time.perf_counter()
    keys.derive("benchmark", bytes(16), params)
    one = time.perf_counter() - start
    rows.append(
        (
            f"keys: calibrated KDF (m={params.memory_kib // 1024} MiB, "
            f"t={params.time_cost}) one derivation",
            one,
            "s",
            "about 0.5 s",
        )
    )
    rows.append(("keys: calibration itself (at journal creation)", took, "s", "< 3 s"))
    return rows


if __name__ == "__main__":
    for name, value, unit, target in run(Path(sys.argv[1]), sys.argv[2]):
        print(f"{name:60} {value:10.3f} {unit:5} {target}")
