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
