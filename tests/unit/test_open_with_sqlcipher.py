"""docs/open-with-sqlcipher.md, followed step by step with standard tools only.

Only the journal is made with PeerJournal; every step after that uses argon2-cffi,
cryptography and sqlcipher3 as the document says, never PeerJournal's own code, so the
document cannot drift from the files PeerJournal writes."""

from __future__ import annotations

import base64
import json
import re
import unicodedata
from pathlib import Path

import pytest
import sqlcipher3
from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from peerjournal.core.models import Person
from peerjournal.vault import Vault

DOC = Path(__file__).resolve().parents[2] / "docs" / "open-with-sqlcipher.md"
PASSPHRASE = unicodedata.normalize("NFC", "contraseña segura año, sin prisa")
NAME = "Nguyễn Thị Lan"


@pytest.fixture
def journal(tmp_path: Path) -> tuple[Path, str]:
    path = tmp_path / "journal.peerjournal"
    vault, recovery_key = Vault.create(path, PASSPHRASE)
    vault.save(Person(id="p1", preferred_name=NAME))
    vault.close()
    return path, recovery_key


def _slot(keys_file: Path, kind: str) -> dict[str, object]:
    doc = json.loads(keys_file.read_text("utf-8"))
    assert doc["format"] == "peerjournal-keys" and doc["version"] == 1
    return next(slot for slot in doc["slots"] if slot["kind"] == kind)


def _unwrap(slot: dict, secret: bytes) -> bytes:
    params = slot["params"]
    salt = base64.b64decode(slot["salt"])
    nonce = base64.b64decode(slot["nonce"])
    ciphertext = base64.b64decode(slot["ciphertext"])
    assert (len(salt), len(nonce), len(ciphertext)) == (16, 12, 48)  # as the document says
    wrapping = hash_secret_raw(
        secret, salt, time_cost=params["t"], memory_cost=params["m"],
        parallelism=params["p"], hash_len=32, type=Type.ID,
    )
    associated = json.dumps(
        {"format": "peerjournal-keys", "version": 1, "kind": slot["kind"],
         "salt": slot["salt"], "params": params},
        sort_keys=True, separators=(",", ":"),
    ).encode("ascii")
    return AESGCM(wrapping).decrypt(nonce, ciphertext, associated)


def _names(path: Path, data_key: bytes) -> list[str]:
    conn = sqlcipher3.connect(str(path))
    try:
        conn.execute(f"PRAGMA key = \"x'{data_key.hex()}'\"")
        return [row[0] for row in conn.execute("SELECT preferred_name FROM people")]
    finally:
        conn.close()


def test_the_passphrase_opens_the_journal_with_standard_tools(journal):
    path, _ = journal
    keys_file = path.with_name(path.name + ".keys")
    secret = unicodedata.normalize("NFC", PASSPHRASE).encode("utf-8")
    data_key = _unwrap(_slot(keys_file, "passphrase"), secret)
    assert len(data_key) == 32
    assert _names(path, data_key) == [NAME]


def test_the_recovery_key_opens_it_too(journal):
    path, recovery_key = journal
    cleaned = re.sub(r"[\s-]", "", recovery_key.upper())
    cleaned = cleaned.replace("I", "1").replace("L", "1").replace("O", "0")
    assert len(cleaned) == 30
    data_key = _unwrap(_slot(path.with_name(path.name + ".keys"), "recovery"), cleaned.encode())
    assert _names(path, data_key) == [NAME]


def test_a_wrong_passphrase_fails_at_the_tag_and_changes_nothing(journal):
    path, _ = journal
    keys_file = path.with_name(path.name + ".keys")
    before = (path.read_bytes(), keys_file.read_bytes())
    with pytest.raises(InvalidTag):
        _unwrap(_slot(keys_file, "passphrase"), b"not the passphrase")
    assert (path.read_bytes(), keys_file.read_bytes()) == before


def test_the_document_gives_the_steps_this_test_follows():
    text = DOC.read_text("utf-8")
    for needed in ("Argon2id", "AES-256-GCM", "NFC", "PRAGMA key", "x'", "sort", "SQLCipher 4",
                   "3.4", '"kind"', '"params"', '"nonce"', '"ciphertext"'):
        assert needed in text, needed
