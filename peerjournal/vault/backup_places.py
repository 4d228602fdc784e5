"""Where manual backups were written, remembered inside the encrypted journal, so
that what a killed one left there (an encrypted, full-size temp file) is swept
later, as the automatic backups' own folders are.

Only our own temp names for a file name this journal wrote are ever removed:
`.<name>.<random>.tmp` (and a temp database's `-wal`, `-shm`, `-journal`), and
only when older than a backup can take."""

from __future__ import annotations

import contextlib
import re
from datetime import datetime, timedelta
from pathlib import Path

from peerjournal.vault.database import Connection, transaction

STALE_AFTER = timedelta(minutes=10)
FORGET_AFTER = timedelta(days=90)  # a folder not seen again (a lost USB stick)
KEEP_AT_MOST = 50


def temp_pattern(name: str) -> re.Pattern[str]:
    """The names a backup to `name` uses while it writes (paths.atomic_writer and
    backup.temp_database: `.<name>.<mkstemp's random part>.tmp`)."""
    return re.compile(r"^\." + re.escape(name) + r"\.[^.]+\.tmp(-wal|-shm|-journal)?$")


def remember(conn: Connection, target: Path, now: datetime) -> None:
    """Note that a backup to `target` is starting (before any byte is written)."""
    folder = str(Path(target).parent.resolve())
    with transaction(conn):
        conn.execute(
            "INSERT INTO backup_places (folder, name, started_at) VALUES (?, ?, ?) "
            "ON CONFLICT (folder, name) DO UPDATE SET started_at = excluded.started_at",
            (folder, Path(target).name, now.isoformat(timespec="seconds")),
        )
        conn.execute(
            "DELETE FROM backup_places WHERE rowid NOT IN "
            "(SELECT rowid FROM backup_places ORDER BY started_at DESC LIMIT ?)",
            (KEEP_AT_MOST,),
        )


def sweep(conn: Connection, now: datetime) -> int:
    """Remove stale temp files of the remembered backups; forget a place once
    nothing of ours is left there (or it was not seen for FORGET_AFTER). Returns
    how many files were removed. Never raises for a folder it cannot read."""
    removed = 0
    done: list[tuple[str, str]] = []
    cutoff = (now - STALE_AFTER).timestamp()
    for folder_text, name, started in conn.execute(
        "SELECT folder, name, started_at FROM backup_places"
    ).fetchall():
        folder = Path(folder_text)
        pattern = temp_pattern(name)
        try:
            entries = [entry for entry in folder.iterdir() if pattern.match(entry.name)]
        except OSError:  # not plugged in, or gone
            with contextlib.suppress(ValueError):
                if datetime.fromisoformat(started) < now - FORGET_AFTER:
                    done.append((folder_text, name))
            continue
        left = 0
        for entry in entries:
            try:
                if entry.stat().st_mtime < cutoff:
                    entry.unlink()
                    removed += 1
                    continue
            except OSError:
                pass
            left += 1  # still being written, maybe by another window
        if not left:
            done.append((folder_text, name))
    if done:
        with transaction(conn):
            conn.executemany("DELETE FROM backup_places WHERE folder = ? AND name = ?", done)
    return removed
