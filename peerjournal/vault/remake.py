"""After a rekey: the journal's own backups, re-made under the new key.

A backup carries the data key it was made with (wrapped in its header's slots),
so after a rekey the old passphrase and recovery key still open every earlier
backup. For the backups the peer keeps on this computer, the window offers to
re-make each one under the new key (same contents, same date) instead of
deleting them. Copies elsewhere (a USB stick) are out of reach and keep
opening with the old secrets.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Sequence
from pathlib import Path

from peerjournal import errors
from peerjournal.vault import backup, database, keys
from peerjournal.vault.keys import KeySlot

SCRATCH_PREFIX = ".remake-"


def remake_under_new_key(
    files: Sequence[Path], old_key: bytes, new_key: bytes, slots: Sequence[KeySlot]
) -> tuple[list[Path], list[Path]]:
    """Re-encrypt each backup in `files` from `old_key` to `new_key`, in place
    (atomically, keeping its modification time). Returns (re-made, not re-made):
    a backup that is damaged or was made under another key is left as it was."""
    remade: list[Path] = []
    failed: list[Path] = []
    for folder in {Path(path).parent for path in files}:
        _sweep(folder)
    for path in files:
        try:
            _remake_one(Path(path), old_key, new_key, slots)
        except (errors.PeerJournalError, OSError, database.Error):
            failed.append(Path(path))
        else:
            remade.append(Path(path))
    return remade, failed


def _sweep(folder: Path) -> None:
    """Remove what a re-make killed half-way left (under the journal's exclusive
    lock, so no other re-make is under way): a copy under the old key."""
    with contextlib.suppress(OSError):
        for entry in folder.iterdir():
            if entry.name.startswith(SCRATCH_PREFIX) and entry.is_dir():
                shutil.rmtree(entry, ignore_errors=True)


def _remake_one(path: Path, old_key: bytes, new_key: bytes, slots: Sequence[KeySlot]) -> None:
    header = backup.read_header(path)
    when = path.stat()
    scratch = Path(tempfile.mkdtemp(prefix=SCRATCH_PREFIX, dir=path.parent))
    try:
        os.chmod(scratch, 0o700)
        copy = scratch / "journal"
        backup.extract(path, header, copy)
        conn = database.connect(copy, old_key, what="The backup")
        try:
            conn.execute(f"PRAGMA rekey = {keys.sqlcipher_key_literal(new_key)}")
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            made = scratch / path.name
            backup.write_backup(conn, new_key, slots, made)
        finally:
            conn.close()
        os.replace(made, path)
        os.utime(path, ns=(when.st_atime_ns, when.st_mtime_ns))
    finally:
        with contextlib.suppress(OSError):
            shutil.rmtree(scratch)
