"""Backups on the big journal: backup, verify (the journal and a backup), restore.
Targets from issue 13: backup <= 1 s, verify and restore <= 1.5 s each. Verify and
restore include the passphrase's key derivation (Argon2id), shown on its own row."""

from __future__ import annotations

import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from peerjournal.services import backups, unlock
from peerjournal.vault import Vault

Row = tuple[str, float, str, str]
BACKUP_TARGET = "<= 1 s"
TARGET = "<= 1.5 s"


def _timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def _one_round(vault_path: Path, passphrase: str, folder: Path) -> dict[str, float]:
    backup_file = folder / "journal.pjbackup"
    vault = unlock.unlock(vault_path, passphrase=passphrase)
    try:
        backup = _timed(lambda: backups.backup_now(vault, backup_file))
    finally:
        vault.close()
    return {
        "derive": _timed(lambda: Vault.derive_key(vault_path, passphrase=passphrase)),
        "backup": backup,
        "verify": _timed(lambda: backups.verify(vault_path, passphrase=passphrase)),
        "verify_backup": _timed(lambda: backups.verify(backup_file, passphrase=passphrase)),
        "restore": _timed(
            lambda: backups.restore(
                backup_file, folder / "restored.peerjournal", passphrase=passphrase
            )
        ),
    }


def run(vault_path: Path, passphrase: str, runs: int = 3) -> list[Row]:
    rounds = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory(prefix="bench-backup-") as scratch:
            rounds.append(_one_round(vault_path, passphrase, Path(scratch)))

    def median(name: str) -> float:
        return statistics.median(r[name] for r in rounds)

    size_mb = vault_path.stat().st_size / 1e6
    return [
        (
            f"backup: write a backup ({size_mb:.0f} MB journal), median of {runs}",
            median("backup"),
            "s",
            BACKUP_TARGET,
        ),
        ("backup: verify the journal", median("verify"), "s", TARGET),
        ("backup: verify a backup file", median("verify_backup"), "s", TARGET),
        ("backup: restore into a new place", median("restore"), "s", TARGET),
        ("backup: of which key derivation (each)", median("derive"), "s", "(in verify, restore)"),
    ]
