"""The first unlock of the day: every page checked on a second connection, then the
daily backup; a damaged journal is found and never backed up."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from peerjournal.services import backups, unlock

PASSPHRASE = "daily check passphrase"
NOW = datetime(2026, 11, 26, 9, 30)


def make_journal(tmp_path: Path) -> Path:
    path = tmp_path / "journal.peerjournal"
    vault, _ = unlock.create_demo_journal(
        path, PASSPHRASE, people=20, encounters=400, today=date(2026, 11, 26)
    )
    vault.close()
    return path


def test_verifies_then_backs_up_once_a_day(tmp_path: Path) -> None:
    path = make_journal(tmp_path)
    vault = unlock.unlock(path, passphrase=PASSPHRASE)
    try:
        companion = vault.open_companion()
        first = backups.daily_check(companion, now=NOW)
        assert first.damaged is None and first.verified
        assert len(first.backup.written) == 1 and first.backup.written[0].is_file()
        assert not companion.is_open  # closed, key dropped
        again = backups.daily_check(vault.open_companion(), now=NOW.replace(hour=15))
        assert again.backup.written == () and not again.verified
        backups.verify(first.backup.written[0], passphrase=PASSPHRASE)
        # the main connection still works meanwhile
        assert vault.count(type(vault.people(limit=1)[0])) == 20
    finally:
        vault.close()


def test_a_damaged_page_is_found_and_nothing_is_backed_up(tmp_path: Path) -> None:
    path = make_journal(tmp_path)
    data = bytearray(path.read_bytes())
    page = 4096
    middle = (len(data) // page // 2) * page + 200  # inside a page in the middle, not page 1
    data[middle : middle + 32] = bytes(b ^ 0x5A for b in data[middle : middle + 32])
    path.write_bytes(bytes(data))
    vault = unlock.unlock(path, passphrase=PASSPHRASE)  # page 1 is intact: it opens
    try:
        result = backups.daily_check(vault.open_companion(), now=NOW)
    finally:
        vault.close()
    assert result.damaged is not None and "damaged" in result.damaged
    assert result.backup.written == ()
    folder = backups.backup_folder(path)
    assert not folder.exists() or not any(p.suffix == ".pjbackup" for p in folder.iterdir())


def test_what_a_killed_backup_left_is_swept_at_the_next_one(tmp_path: Path) -> None:
    import os

    path = make_journal(tmp_path)
    folder = backups.backup_folder(path)
    folder.mkdir()
    stem = path.stem
    stale = [
        folder / f".{stem}-2026-11-20_091500.pjbackup.ab12cd34.tmp",
        folder / f".{stem}-2026-11-20_091500.pjbackup.zz99yy88.tmp",
        folder / f".{stem}-2026-11-20_091500.pjbackup.zz99yy88.tmp-wal",
    ]
    in_progress = folder / f".{stem}-2026-11-26_092900.pjbackup.qq11ww22.tmp"
    other_journal = folder / ".another-2026-11-20_091500.pjbackup.ab12cd34.tmp"
    not_ours = folder / "notes.txt"
    an_hour_ago = NOW.timestamp() - 3600
    for file in [*stale, in_progress, other_journal, not_ours]:
        file.write_bytes(b"x")
        if file is not in_progress:
            os.utime(file, (an_hour_ago, an_hour_ago))
    vault = unlock.unlock(path, passphrase=PASSPHRASE)
    try:
        result = backups.daily_check(vault.open_companion(), now=NOW)
    finally:
        vault.close()
    assert len(result.backup.written) == 1
    assert not any(f.exists() for f in stale)
    assert in_progress.exists() and other_journal.exists() and not_ours.exists()
