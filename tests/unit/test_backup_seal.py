"""Backup seals (issue 13): the header and its payload hash are authenticated with an
HMAC keyed from the data key, so a header cannot be paired with another payload."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pytest

from peerjournal import errors
from peerjournal.core.models import Person
from peerjournal.services import backups as backup_service
from peerjournal.vault import Vault, database, keys, schema
from peerjournal.vault import backup as backup_file
from tests.helpers.vault_fixtures import (
    PASSPHRASE,
    insert_present_columns,
    make_vault,
    synthetic,
)


def _parts(path: Path) -> tuple[dict[str, Any], bytes]:
    """A backup's header document and its payload bytes."""
    data = path.read_bytes()
    header = backup_file.read_header(path)
    line = data[len(backup_file.MAGIC) :].split(b"\n", 1)[0]
    return json.loads(line), data[header.offset :]


def _assemble(doc: dict[str, Any], payload: bytes, target: Path) -> Path:
    """A backup file with `doc` as header over `payload`, every checksum recomputed
    (what someone without the data key can do)."""
    doc = dict(doc, payload={"size": len(payload), "sha256": hashlib.sha256(payload).hexdigest()})
    line = json.dumps(doc, sort_keys=True, separators=(",", ":")).encode("ascii")
    check = hashlib.sha256(line).hexdigest().encode()
    target.write_bytes(backup_file.MAGIC + line + b"\n" + check + b"\n" + payload)
    return target


def _refused_everywhere(path: Path, tmp_path: Path) -> None:
    with pytest.raises(errors.Damaged):
        Vault.verify_file(path, passphrase=PASSPHRASE)
    place = tmp_path / "restore-here"
    place.mkdir(exist_ok=True)
    with pytest.raises(errors.Damaged):
        Vault.restore(path, place / "j.peerjournal", passphrase=PASSPHRASE)
    assert list(place.iterdir()) == []


@pytest.fixture
def old_and_new(tmp_path: Path) -> tuple[Path, Path]:
    """A backup, then (after a new record and a new passphrase) a second one."""
    folder = tmp_path / "journal"
    folder.mkdir()
    vault, _ = make_vault(folder, synthetic(people=3, encounters=20))
    old = tmp_path / "old.pjbackup"
    vault.backup_to(old)
    vault.save(Person(id="later", preferred_name="Written after the first backup"))
    vault.change_passphrase(PASSPHRASE + " again")
    vault.change_passphrase(PASSPHRASE)  # same data key, new slots
    new = tmp_path / "new.pjbackup"
    vault.backup_to(new)
    vault.close()
    return old, new


def test_a_new_backup_is_sealed_and_verifies(old_and_new: tuple[Path, Path]) -> None:
    _, new = old_and_new
    header = backup_file.read_header(new)
    assert header.seal is not None
    data_key = keys.unlock_slots(header.slots, passphrase=PASSPHRASE, recovery_key=None)
    assert backup_file.check_seal(new, header, data_key) is True
    Vault.verify_file(new, passphrase=PASSPHRASE)
    assert backup_service.seal_note(new) is None


def test_an_old_payload_under_a_new_header_is_damaged(
    old_and_new: tuple[Path, Path], tmp_path: Path
) -> None:
    old, new = old_and_new
    new_doc, _ = _parts(new)
    _, old_payload = _parts(old)
    swapped = _assemble(new_doc, old_payload, tmp_path / "swapped.pjbackup")
    _refused_everywhere(swapped, tmp_path)


def test_a_changed_header_field_is_damaged(old_and_new: tuple[Path, Path], tmp_path: Path) -> None:
    _, new = old_and_new
    doc, payload = _parts(new)
    doc["created_at"] = "2031-01-01T00:00:00+00:00"
    _refused_everywhere(_assemble(doc, payload, tmp_path / "redated.pjbackup"), tmp_path)
    doc, payload = _parts(new)
    doc["seal"] = ("0" if doc["seal"][0] != "0" else "1") + doc["seal"][1:]
    _refused_everywhere(_assemble(doc, payload, tmp_path / "reseal.pjbackup"), tmp_path)


def test_a_seal_stripped_from_a_new_backup_is_damaged(
    old_and_new: tuple[Path, Path], tmp_path: Path
) -> None:
    old, new = old_and_new
    for source in (old, new):
        doc, payload = _parts(source)
        del doc["seal"]  # made to look like a backup from before seals
        _refused_everywhere(_assemble(doc, payload, tmp_path / "stripped.pjbackup"), tmp_path)
    new_doc, _ = _parts(new)
    _, old_payload = _parts(old)
    del new_doc["seal"]
    _refused_everywhere(_assemble(new_doc, old_payload, tmp_path / "both.pjbackup"), tmp_path)


def _legacy_backup(tmp_path: Path) -> Path:
    """A backup as the version before seals wrote it: no seal, and a journal at the
    schema before the one that marks sealing versions."""
    path = tmp_path / "legacy-src" / "journal.peerjournal"
    path.parent.mkdir()
    data_key = keys.new_data_key()
    conn = database.connect(path, data_key, create=True)
    before_seals = [m.__name__ for m in schema.MIGRATIONS].index("_backup_places")
    schema.migrate(conn, upto=before_seals)
    contents = synthetic(people=2, encounters=10)
    # Only the columns that schema has (later migrations added more).
    with database.transaction(conn):
        insert_present_columns(conn, contents)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    payload = path.read_bytes()
    slots = [keys.wrap(data_key, keys.SLOT_PASSPHRASE, PASSPHRASE)]
    doc = {
        "format": backup_file.FORMAT,
        "version": backup_file.VERSION,
        "created_at": "2026-01-02T03:04:05+00:00",
        "schema_version": before_seals,
        "keys": keys.slots_to_json(slots),
    }
    return _assemble(doc, payload, tmp_path / "legacy.pjbackup")


def test_a_backup_from_before_seals_still_restores_with_a_note(tmp_path: Path) -> None:
    legacy = _legacy_backup(tmp_path)
    Vault.verify_file(legacy, passphrase=PASSPHRASE)
    assert backup_service.seal_note(legacy) == backup_service.UNSEALED_NOTE
    target = tmp_path / "restored" / "journal.peerjournal"
    assert Vault.restore(legacy, target, passphrase=PASSPHRASE) is None
    with Vault.open(target, passphrase=PASSPHRASE) as restored:
        assert restored.count(Person) == 2
        restored.verify()


def test_a_damaged_page_in_a_backup_from_before_seals_is_still_found(tmp_path: Path) -> None:
    legacy = _legacy_backup(tmp_path)
    doc, payload = _parts(legacy)
    changed = bytearray(payload)
    changed[len(changed) - 100] ^= 0x5A  # in the last page, checksum recomputed
    _refused_everywhere(_assemble(doc, bytes(changed), tmp_path / "bad.pjbackup"), tmp_path)
