"""Backup files, verification, restore, and the automatic rolling backups."""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from peerjournal import errors
from peerjournal.core.models import Encounter, Person
from peerjournal.vault import Vault, keys
from tests.helpers.vault_fixtures import PASSPHRASE, disclosure_for, make_vault, snapshot, synthetic

PAGE = 4096


def _full_state(vault: Vault) -> tuple[object, ...]:
    return (vault.load_contents(), vault.disclosures(), vault.drafts(), vault.profile())


@pytest.fixture
def filled(tmp_path: Path) -> tuple[Vault, str, Path]:
    """A closed-over vault with every kind of record, a disclosure and a draft,
    plus a backup of it; returns (open vault, recovery key, backup file)."""
    folder = tmp_path / "vault"
    folder.mkdir()
    contents = synthetic(people=6, encounters=300)
    vault, recovery_key = make_vault(folder, contents)
    vault.record_disclosure(disclosure_for(contents))
    vault.save_draft("encounter:new", {"their_story": "borrador"})
    target = tmp_path / "out" / "journal.pjbackup"
    target.parent.mkdir()
    vault.backup_to(target)
    return vault, recovery_key, target


def test_backup_is_one_owner_only_encrypted_file(filled: tuple[Vault, str, Path]) -> None:
    vault, _, target = filled
    assert [p.name for p in target.parent.iterdir()] == ["journal.pjbackup"]  # no temp left
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    data = target.read_bytes()
    assert data.startswith(b"PEERJOURNAL-BACKUP\n")
    assert b"SQLite format 3" not in data
    vault.close()


def test_backup_refuses_an_existing_target(filled: tuple[Vault, str, Path]) -> None:
    vault, _, target = filled
    before = target.read_bytes()
    with pytest.raises(errors.Refused):
        vault.backup_to(target)
    assert target.read_bytes() == before
    with pytest.raises(errors.Invalid):
        vault.backup_to(target.parent / "missing-folder" / "b.pjbackup")
    vault.close()


def test_backup_restore_round_trip(filled: tuple[Vault, str, Path], tmp_path: Path) -> None:
    vault, _, target = filled
    expected = _full_state(vault)
    vault.save(Person(id="after", preferred_name="Not in the backup"))
    vault.close()
    restored_path = tmp_path / "restored" / "journal.peerjournal"
    assert Vault.restore(target, restored_path, passphrase=PASSPHRASE) is None
    assert stat.S_IMODE(restored_path.stat().st_mode) == 0o600
    assert stat.S_IMODE(keys.sidecar_path(restored_path).stat().st_mode) == 0o600
    with Vault.open(restored_path, passphrase=PASSPHRASE) as restored:
        assert _full_state(restored) == expected
        assert restored.find(Person, "after") is None
        restored.verify()
        assert len(restored.search("shelter")) > 0


def test_restore_with_the_recovery_key(filled: tuple[Vault, str, Path], tmp_path: Path) -> None:
    vault, recovery_key, target = filled
    vault.close()
    restored_path = tmp_path / "r.peerjournal"
    Vault.restore(target, restored_path, recovery_key=recovery_key.lower())
    Vault.open(restored_path, passphrase=PASSPHRASE).close()


def test_restore_refuses_an_existing_vault(filled: tuple[Vault, str, Path]) -> None:
    vault, _, target = filled
    vault.close()
    folder = vault.path.parent
    before = snapshot(folder)
    with pytest.raises(errors.Refused):
        Vault.restore(target, vault.path, passphrase=PASSPHRASE)
    assert snapshot(folder) == before


def test_restore_replace_keeps_the_old_vault_aside(filled: tuple[Vault, str, Path]) -> None:
    vault, _, target = filled
    vault.save(Person(id="newer", preferred_name="Only in the old vault"))
    old_state = _full_state(vault)
    vault.close()
    aside = Vault.restore(target, vault.path, passphrase=PASSPHRASE, replace=True)
    assert aside is not None and aside.parent == vault.path.parent
    assert aside.name.startswith("journal.peerjournal.replaced-")
    with Vault.open(aside, passphrase=PASSPHRASE) as old:
        assert _full_state(old) == old_state
    with Vault.open(vault.path, passphrase=PASSPHRASE) as new:
        assert new.find(Person, "newer") is None
    leftovers = [p.name for p in vault.path.parent.iterdir() if p.name.endswith(".tmp")]
    assert leftovers == []


def test_wrong_passphrase_on_a_backup_is_locked(
    filled: tuple[Vault, str, Path], tmp_path: Path
) -> None:
    vault, _, target = filled
    vault.close()
    with pytest.raises(errors.Locked):
        Vault.verify_file(target, passphrase="nope")
    with pytest.raises(errors.Locked):
        Vault.restore(target, tmp_path / "x.peerjournal", passphrase="nope")
    assert not (tmp_path / "x.peerjournal").exists()
    assert not keys.sidecar_path(tmp_path / "x.peerjournal").exists()


def test_verify_accepts_a_vault_and_a_backup(filled: tuple[Vault, str, Path]) -> None:
    vault, recovery_key, target = filled
    vault.verify()
    vault.close()
    Vault.verify_file(target, passphrase=PASSPHRASE)
    Vault.verify_file(target, recovery_key=recovery_key)
    Vault.verify_file(vault.path, passphrase=PASSPHRASE)


def _flip(offset_of: Callable[[int], int]) -> Callable[[bytes], bytes]:
    def damage(data: bytes) -> bytes:
        changed = bytearray(data)
        changed[offset_of(len(data))] ^= 0x5A
        return bytes(changed)

    return damage


BACKUP_DAMAGE: dict[str, Callable[[bytes], bytes]] = {
    "magic": _flip(lambda n: 3),
    "header": _flip(lambda n: 60),
    "middle page": _flip(lambda n: n // 2),
    "last page": _flip(lambda n: n - 100),
    "truncated": lambda data: data[: len(data) - PAGE],
    "truncated to the header": lambda data: data[:200],
    "empty": lambda data: b"",
    "not a vault at all": lambda data: b"Dear diary,\n" * 500,
}


@pytest.mark.parametrize("how", list(BACKUP_DAMAGE))
def test_damaged_backups_are_damaged(
    filled: tuple[Vault, str, Path], tmp_path: Path, how: str
) -> None:
    vault, _, target = filled
    vault.close()
    target.write_bytes(BACKUP_DAMAGE[how](target.read_bytes()))
    with pytest.raises(errors.Damaged):
        Vault.verify_file(target, passphrase=PASSPHRASE)
    restore_folder = tmp_path / "restore-here"
    restore_folder.mkdir()
    with pytest.raises(errors.Damaged):
        Vault.restore(target, restore_folder / "j.peerjournal", passphrase=PASSPHRASE)
    assert list(restore_folder.iterdir()) == []  # nothing left behind


def test_a_plain_sqlite_file_is_damaged(tmp_path: Path) -> None:
    plain = tmp_path / "plain.db"
    with sqlite3.connect(plain) as conn:
        conn.execute("CREATE TABLE t (x)")
    conn.close()
    with pytest.raises(errors.Damaged):
        Vault.verify_file(plain, passphrase=PASSPHRASE)
    with pytest.raises(errors.Damaged):
        Vault.restore(plain, tmp_path / "j.peerjournal", passphrase=PASSPHRASE)


VAULT_DAMAGE = {
    "middle page": _flip(lambda n: (n // PAGE // 2) * PAGE + 1000),
    "last page": _flip(lambda n: n - 100),
    "truncated": lambda data: data[: len(data) - PAGE],
    "first page": _flip(lambda n: 40),
}


@pytest.mark.parametrize("how", list(VAULT_DAMAGE))
def test_damaged_vault_files_are_damaged(filled: tuple[Vault, str, Path], how: str) -> None:
    vault, _, _ = filled
    vault.close()
    vault.path.write_bytes(VAULT_DAMAGE[how](vault.path.read_bytes()))
    with pytest.raises(errors.Damaged):
        Vault.verify_file(vault.path, passphrase=PASSPHRASE)
    try:
        opened = Vault.open(vault.path, passphrase=PASSPHRASE)
    except errors.Damaged:
        return  # page 1 is read on open
    with pytest.raises(errors.Damaged):
        opened.verify()
    opened.close()


def test_verify_file_on_a_missing_path_is_locked(tmp_path: Path) -> None:
    with pytest.raises(errors.Locked):
        Vault.verify_file(tmp_path / "none.peerjournal", passphrase=PASSPHRASE)


def test_auto_backup_once_a_day_and_pruned(tmp_path: Path) -> None:
    (tmp_path / "small").mkdir()
    vault, _ = make_vault(tmp_path / "small", synthetic(people=2, encounters=3))
    folder = tmp_path / "auto"
    folder.mkdir()
    start = datetime(2025, 1, 1, 9, 0)
    first = vault.auto_backup(folder, start)
    assert first is not None and first.exists()
    assert vault.auto_backup(folder, start + timedelta(hours=3)) is None
    for day in range(2, 62, 2):
        vault.auto_backup(folder, start + timedelta(days=day))
    files = sorted(folder.iterdir())
    assert len(files) <= 7 + 4 + 6
    assert all(stat.S_IMODE(f.stat().st_mode) == 0o600 for f in files)
    assert any("2025-03-02" in f.name for f in files)  # the newest is kept
    assert any("2025-01-" in f.name for f in files)  # a monthly one is kept
    assert not any("2025-01-03" in f.name for f in files)  # an old daily one is gone
    Vault.verify_file(files[-1], passphrase=PASSPHRASE)
    (folder / "unrelated.txt").write_text("keep me")
    vault.auto_backup(folder, start + timedelta(days=63))
    assert (folder / "unrelated.txt").exists()
    vault.close()


def test_auto_backup_to_a_missing_folder_says_so(
    filled: tuple[Vault, str, Path], tmp_path: Path
) -> None:
    vault, _, _ = filled
    with pytest.raises(errors.PeerJournalError, match="not there"):
        vault.auto_backup(tmp_path / "unplugged", datetime(2025, 1, 1))
    vault.close()


def test_migration_backups_folder(filled: tuple[Vault, str, Path]) -> None:
    vault, _, _ = filled
    assert vault.backups_folder == vault.path.parent / "journal-backups"
    vault.close()


def test_restore_into_a_folder_with_a_stale_wal_ignores_it(
    filled: tuple[Vault, str, Path], tmp_path: Path
) -> None:
    vault, _, target = filled
    expected = vault.count(Encounter)
    vault.close()
    restored = tmp_path / "stale" / "journal.peerjournal"
    restored.parent.mkdir()
    (restored.parent / "journal.peerjournal-wal").write_bytes(os.urandom(PAGE))
    Vault.restore(target, restored, passphrase=PASSPHRASE)
    with Vault.open(restored, passphrase=PASSPHRASE) as again:
        assert again.count(Encounter) == expected


def test_a_backup_on_a_full_disk_is_no_space_and_leaves_no_file(
    filled: tuple[Vault, str, Path], tmp_path: Path
) -> None:
    import resource
    import signal

    vault, _, _ = filled
    target_folder = tmp_path / "usb"
    target_folder.mkdir()
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    old_handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (32 * 1024, hard))
    try:
        with pytest.raises(errors.NoSpace):
            vault.backup_to(target_folder / "b.pjbackup")
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, old_handler)
    assert list(target_folder.iterdir()) == []
    vault.close()


def test_reading_a_damaged_vault_is_a_known_problem(filled: tuple[Vault, str, Path]) -> None:
    vault, _, _ = filled
    vault.close()
    data = bytearray(vault.path.read_bytes())
    for page_start in range(len(data) // PAGE // 2 * PAGE, len(data), PAGE):  # the second half
        data[page_start + 100] ^= 0x5A
    vault.path.write_bytes(bytes(data))
    opened = Vault.open(vault.path, passphrase=PASSPHRASE)  # the schema pages are intact
    with pytest.raises(errors.Damaged):
        opened.load_contents()
    with pytest.raises(errors.Damaged):
        opened.search("shelter")
    opened.close()
