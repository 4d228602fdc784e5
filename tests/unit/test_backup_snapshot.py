"""Backups copy the journal's encrypted pages under one read snapshot (issue 13):
they hold exactly what was committed, whatever other connections do meanwhile,
and reading the file leaves SQLite's own locks alone."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

import pytest

from peerjournal import errors
from peerjournal.core.models import Person
from peerjournal.vault import Vault, database
from peerjournal.vault import backup as backup_file
from tests.helpers.vault_fixtures import PASSPHRASE, make_vault, synthetic


def _restored_people(backup: Path, tmp_path: Path, name: str) -> set[str]:
    target = tmp_path / name / "journal.peerjournal"
    Vault.restore(backup, target, passphrase=PASSPHRASE)
    with Vault.open(target, passphrase=PASSPHRASE) as restored:
        restored.verify()
        return {person.id for person in restored.people()}


def test_a_backup_holds_what_was_committed_while_a_reader_pins_the_wal(tmp_path: Path) -> None:
    folder = tmp_path / "j"
    folder.mkdir()
    vault, _ = make_vault(folder, synthetic(people=4, encounters=40))
    # Another connection reads an older snapshot for the whole backup: the WAL cannot
    # be copied into the file past it, so the file alone is not the latest snapshot.
    reader = database.connect(vault.path, Vault.derive_key(vault.path, passphrase=PASSPHRASE))
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM people").fetchone()
    vault.save(Person(id="fresh", preferred_name="Committed just before the backup"))
    vault.backup_to(tmp_path / "pinned.pjbackup")
    reader.execute("ROLLBACK")
    reader.close()
    assert "fresh" in _restored_people(tmp_path / "pinned.pjbackup", tmp_path, "a")
    vault.save(Person(id="fresher", preferred_name="Committed after"))
    vault.backup_to(tmp_path / "plain.pjbackup")
    vault.close()
    assert {"fresh", "fresher"} <= _restored_people(tmp_path / "plain.pjbackup", tmp_path, "b")


def _locks_on(path: Path) -> list[str]:
    """This process's POSIX locks on `path`, as Linux lists them (type and byte range)."""
    info = path.stat()
    inode = f"{os.major(info.st_dev):02x}:{os.minor(info.st_dev):02x}:{info.st_ino}"
    mine = []
    for line in Path("/proc/locks").read_text().splitlines():
        fields = line.split()
        if "->" in fields:  # a lock that waits for another one
            continue
        if fields[4] == str(os.getpid()) and fields[5] == inode:
            mine.append(" ".join(fields[1:4] + fields[6:]))
    return sorted(mine)


@pytest.mark.skipif(not Path("/proc/locks").exists(), reason="Linux lists locks in /proc")
def test_a_backup_keeps_this_process_locks_on_the_journal(tmp_path: Path) -> None:
    # On POSIX, closing any descriptor of a file drops every lock the process holds
    # on it. SQLite's shared lock on the journal tells other processes it is in use:
    # without it, another process could take the file for itself (change its journal
    # mode, fold and delete the WAL, take the exclusive lock for a replace).
    folder = tmp_path / "j"
    folder.mkdir()
    vault, _ = make_vault(folder, synthetic(people=3, encounters=10))
    vault.save(Person(id="kept", preferred_name="Written before the backup"))
    before = _locks_on(vault.path)
    assert before  # SQLite holds its shared lock while the journal is open
    vault.backup_to(tmp_path / "one.pjbackup")
    vault.backup_to(tmp_path / "two.pjbackup")
    assert _locks_on(vault.path) == before
    vault.close()


def test_the_kept_descriptor_goes_with_the_last_vault(tmp_path: Path) -> None:
    folder = tmp_path / "j"
    folder.mkdir()
    vault, _ = make_vault(folder, synthetic(people=2, encounters=5))
    companion = vault.open_companion()
    fds = Path("/proc/self/fd")

    def open_on_journal() -> int:
        if not fds.exists():
            return 0
        found = 0
        for fd in fds.iterdir():
            with contextlib.suppress(OSError):
                if os.readlink(fd) == str(vault.path):
                    found += 1
        return found

    before = open_on_journal()
    vault.backup_to(tmp_path / "b.pjbackup")
    companion.backup_to(tmp_path / "c.pjbackup")
    assert open_on_journal() <= before + 1  # one kept descriptor, shared
    vault.close()
    assert open_on_journal() >= 1  # the companion still has it open: kept
    companion.close()
    assert open_on_journal() == 0


class _PageChecker:
    """A second connection whose page check reports a bad page (as SQLCipher does
    for a damaged free page, which no b-tree walk reads)."""

    def __init__(self, rows: list[tuple[str]]) -> None:
        self.rows = rows
        self.asked: list[str] = []

    def execute(self, sql: str, *_args: object) -> _PageChecker:
        self.asked.append(sql)
        return self

    def fetchall(self) -> list[tuple[str]]:
        return self.rows


def test_the_page_check_on_a_second_connection_counts(tmp_path: Path) -> None:
    folder = tmp_path / "j"
    folder.mkdir()
    vault, _ = make_vault(folder, synthetic(people=2, encounters=5))
    conn = database.connect(vault.path, Vault.derive_key(vault.path, passphrase=PASSPHRASE))
    try:
        fine = _PageChecker([])
        backup_file.verify_connection(conn, page_checker=fine)  # type: ignore[arg-type]
        assert fine.asked == ["PRAGMA cipher_integrity_check"]
        bad = _PageChecker([("HMAC verification failed for page 7",)])
        with pytest.raises(errors.Damaged):
            backup_file.verify_connection(conn, page_checker=bad)  # type: ignore[arg-type]
        backup_file.verify_connection(conn, pages=False, page_checker=bad)  # type: ignore[arg-type]
    finally:
        conn.close()
        vault.close()
