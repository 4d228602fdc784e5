"""Rekey: a fresh data key, so that no earlier key material opens the live journal;
safe against a kill between its steps; the journal's own backups re-made or deleted."""

from __future__ import annotations

import os
import shutil
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from peerjournal import errors
from peerjournal.core.models import Encounter, Person
from peerjournal.services import backups, unlock
from peerjournal.vault import Vault, database, keys
from peerjournal.vault.backup import read_header
from tests.helpers.pages import decrypt_file
from tests.helpers.vault_fixtures import PASSPHRASE, make_vault, synthetic

NEW = "a whole new passphrase for after"


def _path(tmp_path: Path) -> Path:
    return tmp_path / "journal.peerjournal"


def test_after_a_rekey_no_earlier_key_material_opens_the_journal(tmp_path: Path) -> None:
    vault, old_recovery = make_vault(tmp_path, synthetic(people=5, encounters=40))
    path = _path(tmp_path)
    old_keyfile = keys.sidecar_path(path).read_bytes()
    vault.backup_to(tmp_path / "before.pjbackup")
    old_key = Vault.derive_key(path, passphrase=PASSPHRASE)

    outcome = vault.rekey(NEW)
    vault.save(Person(id="p-after", preferred_name="Written after the rekey"))
    vault.close()

    assert outcome.recovery_key != old_recovery
    with pytest.raises(errors.Locked):
        Vault.open(path, passphrase=PASSPHRASE)
    with pytest.raises(errors.Locked):
        Vault.open(path, recovery_key=old_recovery)
    # the old data key itself (from an old key file or an old backup's header)
    assert not database.opens_with(path, old_key)
    header_key = keys.unlock_slots(
        read_header(tmp_path / "before.pjbackup").slots, passphrase=PASSPHRASE, recovery_key=None
    )
    assert header_key == old_key
    saved = keys.sidecar_path(path).read_bytes()
    keys.sidecar_path(path).write_bytes(old_keyfile)
    with pytest.raises((errors.Damaged, errors.Locked)):
        Vault.open(path, passphrase=PASSPHRASE)
    keys.sidecar_path(path).write_bytes(saved)

    with Vault.open(path, passphrase=NEW) as again:
        assert again.get(Person, "p-after").preferred_name == "Written after the rekey"
        assert again.count(Person) == 6
        again.verify()
    Vault.open(path, recovery_key=outcome.recovery_key).close()
    # the earlier backup keeps opening with its own, old secrets
    backups.verify(tmp_path / "before.pjbackup", passphrase=PASSPHRASE)


def test_every_page_is_re_encrypted_under_the_new_key(tmp_path: Path) -> None:
    vault, _ = make_vault(tmp_path, synthetic(people=8, encounters=120))
    path = _path(tmp_path)
    for number in range(60):  # free pages too
        vault.delete(Encounter, f"e{number}")
    assert int(vault._conn.execute("PRAGMA freelist_count").fetchone()[0]) > 0
    old_key = Vault.derive_key(path, passphrase=PASSPHRASE)
    before = decrypt_file(path, old_key)
    assert before.unreadable == [] and len(before.pages) > 20

    vault.rekey(NEW)
    vault.close()
    new_key = Vault.derive_key(path, passphrase=NEW)
    after = decrypt_file(path, new_key)
    assert after.unreadable == []
    assert len(after.pages) >= len([p for p in before.pages if p.startswith("page")])
    assert decrypt_file(path, old_key).pages == {}  # not one page reads with the old key


def _interrupt_after_pending(vault: Vault, new_passphrase: str) -> bytes:
    """The first step of a rekey only: the new slots beside the old ones."""
    new_key = keys.new_data_key()
    current = keys.read_sidecar(vault.path)
    fresh = [
        keys.wrap(new_key, keys.SLOT_PASSPHRASE, new_passphrase),
        keys.wrap(
            new_key, keys.SLOT_RECOVERY, keys.normalize_recovery_key(keys.new_recovery_key())
        ),
    ]
    keys.write_sidecar(vault.path, current, pending=fresh, pending_check=keys.key_check(new_key))
    return new_key


def test_killed_before_the_re_encryption_the_old_secrets_open_it(tmp_path: Path) -> None:
    vault, recovery = make_vault(tmp_path, synthetic(people=3, encounters=10))
    _interrupt_after_pending(vault, NEW)
    vault._conn.close()
    vault._conn = None
    vault.close()
    path = _path(tmp_path)
    assert keys.read_keyfile(path).pending
    with Vault.open(path, passphrase=PASSPHRASE) as again:
        assert again.count(Person) == 3
    assert keys.read_keyfile(path).pending == []  # the opening finished the job
    Vault.open(path, recovery_key=recovery).close()
    with pytest.raises(errors.Locked):
        Vault.open(path, passphrase=NEW)


def test_killed_after_the_re_encryption_the_new_secrets_open_it(tmp_path: Path) -> None:
    vault, recovery = make_vault(tmp_path, synthetic(people=3, encounters=10))
    new_key = _interrupt_after_pending(vault, NEW)
    conn = vault._conn
    assert conn is not None
    conn.execute(f"PRAGMA rekey = {keys.sqlcipher_key_literal(new_key)}")
    conn.close()
    vault._conn = None
    vault.close()
    path = _path(tmp_path)
    with pytest.raises(errors.Locked, match="interrupted"):
        Vault.open(path, passphrase=PASSPHRASE)
    with pytest.raises(errors.Locked):
        Vault.open(path, recovery_key=recovery)
    with Vault.open(path, passphrase=NEW) as again:
        assert again.count(Person) == 3
        again.verify()
    finished = keys.read_keyfile(path)
    assert finished.pending == [] and len(finished.slots) == 2
    with Vault.open(path, passphrase=NEW) as again:
        assert again.count(Person) == 3


def test_a_rekey_refuses_a_weak_passphrase_and_changes_nothing(tmp_path: Path) -> None:
    vault, _ = make_vault(tmp_path)
    before = keys.sidecar_path(_path(tmp_path)).read_bytes()
    with pytest.raises(errors.Invalid):
        unlock.rekey(vault, "1234567890")
    vault.close()
    assert keys.sidecar_path(_path(tmp_path)).read_bytes() == before


def _own_backup(vault: Vault) -> Path:
    folder = vault.backups_folder
    folder.mkdir(exist_ok=True)
    made = vault.auto_backup(folder, datetime(2026, 1, 5, 9, 0))
    assert made is not None
    os.utime(made, (1_700_000_000, 1_700_000_000))
    return made


def test_the_journals_own_backups_are_re_made_under_the_new_key(tmp_path: Path) -> None:
    vault, _ = make_vault(tmp_path, synthetic(people=4, encounters=20))
    made = _own_backup(vault)
    killed = made.parent / ".remake-abc123"  # what a re-make killed half-way left
    killed.mkdir()
    (killed / "journal").write_bytes(b"old copy")
    elsewhere = tmp_path / "usb.pjbackup"
    vault.backup_to(elsewhere)
    done = unlock.rekey(vault, NEW, backups=unlock.BACKUPS_REMAKE)
    vault.close()
    assert done.remade == (made,) and done.not_remade == ()
    assert not killed.exists()
    assert made.stat().st_mtime == 1_700_000_000  # still dated when it was made
    with pytest.raises(errors.Locked):
        backups.verify(made, passphrase=PASSPHRASE)
    backups.verify(made, passphrase=NEW)
    backups.verify(made, recovery_key=done.recovery_key)
    restored = tmp_path / "restored" / "journal.peerjournal"
    backups.restore(made, restored, passphrase=NEW)
    with Vault.open(restored, passphrase=NEW) as again:
        assert again.count(Person) == 4
    backups.verify(elsewhere, passphrase=PASSPHRASE)  # out of reach: the old secrets


def test_the_journals_own_backups_can_be_deleted_instead(tmp_path: Path) -> None:
    vault, _ = make_vault(tmp_path)
    made = _own_backup(vault)
    done = unlock.rekey(vault, NEW, backups=unlock.BACKUPS_DELETE)
    vault.close()
    assert done.deleted == (made,) and not made.exists()


def test_a_copy_of_the_journal_taken_before_opens_only_with_the_old_secrets(
    tmp_path: Path,
) -> None:
    vault, _ = make_vault(tmp_path, synthetic(people=2, encounters=5))
    vault.close()
    laptop = tmp_path / "laptop"
    laptop.mkdir()
    for name in ("journal.peerjournal", "journal.peerjournal.keys"):
        shutil.copy(tmp_path / name, laptop / name)
    with Vault.open(_path(tmp_path), passphrase=PASSPHRASE) as vault:
        vault.rekey(NEW)
        vault.save(Person(id="p-new", preferred_name="After"))
    stolen_key = Vault.derive_key(laptop / "journal.peerjournal", passphrase=PASSPHRASE)
    assert not database.opens_with(_path(tmp_path), stolen_key)


class _FailingRekey:
    """The vault's connection, with SQLCipher's rekey failing (a disk error)."""

    def __init__(self, conn: Any) -> None:
        self._conn = conn

    def execute(self, sql: str, *args: Any) -> Any:
        if sql.startswith("PRAGMA rekey"):
            raise database.Error("disk I/O error")
        return self._conn.execute(sql, *args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._conn, name)


def test_a_failed_re_encryption_leaves_the_old_secrets_working(tmp_path: Path) -> None:
    vault, recovery = make_vault(tmp_path, synthetic(people=3, encounters=10))
    real = vault._conn
    vault._conn = _FailingRekey(real)  # type: ignore[assignment]
    with pytest.raises(errors.PeerJournalError):
        vault.rekey(NEW)
    vault._conn = real
    vault.save(Person(id="p-still", preferred_name="Still here"))
    vault.close()
    path = _path(tmp_path)
    assert keys.read_keyfile(path).pending == []
    with Vault.open(path, passphrase=PASSPHRASE) as again:
        assert again.get(Person, "p-still").preferred_name == "Still here"
    Vault.open(path, recovery_key=recovery).close()
