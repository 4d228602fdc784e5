"""Keys: create, open, wrong secrets touch nothing, recovery key, passwd."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from peerjournal import errors
from peerjournal.core.models import Person
from peerjournal.vault import Vault, keys
from tests.helpers.vault_fixtures import PASSPHRASE, make_vault, snapshot


def _vault_file(tmp_path: Path) -> Path:
    return tmp_path / "journal.peerjournal"


def test_create_then_open_with_passphrase(tmp_path: Path) -> None:
    vault, _ = make_vault(tmp_path)
    vault.save(Person(id="p1", preferred_name="José"))
    vault.close()
    with Vault.open(_vault_file(tmp_path), passphrase=PASSPHRASE) as again:
        assert again.get(Person, "p1").preferred_name == "José"
        assert again.path == _vault_file(tmp_path)


def test_create_refuses_an_existing_vault(tmp_path: Path) -> None:
    make_vault(tmp_path)[0].close()
    with pytest.raises(errors.Refused):
        Vault.create(_vault_file(tmp_path), "another")


def test_wrong_passphrase_is_locked_and_touches_no_file(tmp_path: Path) -> None:
    vault, _ = make_vault(tmp_path)
    vault.save(Person(id="p1", preferred_name="Ana"))
    vault.close()
    before = snapshot(tmp_path)
    with pytest.raises(errors.Locked, match="passphrase does not open"):
        Vault.open(_vault_file(tmp_path), passphrase="wrong passphrase")
    assert snapshot(tmp_path) == before  # bytes, mtimes and modes


def test_no_vault_is_locked_and_names_the_path(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.peerjournal"
    with pytest.raises(errors.Locked, match="There is no journal at") as caught:
        Vault.open(missing, passphrase=PASSPHRASE)
    assert str(missing) in caught.value.message
    assert not missing.exists()


def test_missing_key_file_is_damaged(tmp_path: Path) -> None:
    make_vault(tmp_path)[0].close()
    keys.sidecar_path(_vault_file(tmp_path)).unlink()
    with pytest.raises(errors.Damaged, match="key file"):
        Vault.open(_vault_file(tmp_path), passphrase=PASSPHRASE)


@pytest.mark.parametrize("garble", [b"", b"{not json", b'{"format": "other"}'])
def test_garbled_key_file_is_damaged(tmp_path: Path, garble: bytes) -> None:
    make_vault(tmp_path)[0].close()
    keys.sidecar_path(_vault_file(tmp_path)).write_bytes(garble)
    with pytest.raises(errors.Damaged):
        Vault.open(_vault_file(tmp_path), passphrase=PASSPHRASE)


def test_a_flipped_byte_in_the_key_file_is_damaged_not_locked(tmp_path: Path) -> None:
    make_vault(tmp_path)[0].close()
    sidecar = keys.sidecar_path(_vault_file(tmp_path))
    doc = json.loads(sidecar.read_text())
    slot = doc["slots"][0]
    slot["ciphertext"] = ("A" if slot["ciphertext"][0] != "A" else "B") + slot["ciphertext"][1:]
    sidecar.write_text(json.dumps(doc))
    with pytest.raises(errors.Damaged):
        Vault.open(_vault_file(tmp_path), passphrase=PASSPHRASE)


def test_recovery_key_shape(tmp_path: Path) -> None:
    vault, recovery_key = make_vault(tmp_path)
    vault.close()
    groups = recovery_key.split("-")
    assert len(groups) == 6 and all(len(g) == 5 for g in groups)
    assert not set(recovery_key) & set("ILOU")
    assert set(recovery_key) <= set(keys.RECOVERY_ALPHABET + "-")


@pytest.mark.parametrize(
    "typed",
    [
        lambda k: k,
        lambda k: k.replace("-", ""),
        lambda k: k.lower(),
        lambda k: k.replace("-", " ").lower(),
        lambda k: "  " + k.replace("-", " - ") + "\n",
    ],
)
def test_recovery_key_opens_in_any_form(tmp_path: Path, typed: object) -> None:
    vault, recovery_key = make_vault(tmp_path)
    vault.save(Person(id="p1", preferred_name="Дмитрий"))
    vault.close()
    assert callable(typed)
    with Vault.open(_vault_file(tmp_path), recovery_key=typed(recovery_key)) as again:
        assert again.get(Person, "p1").preferred_name == "Дмитрий"


@pytest.mark.parametrize("bad", ["", "ABCDE", "hello world", "!" * 30, "ABCDE-" * 7])
def test_malformed_recovery_key_is_locked_with_a_sentence(tmp_path: Path, bad: str) -> None:
    make_vault(tmp_path)[0].close()
    before = snapshot(tmp_path)
    with pytest.raises(errors.Locked, match="recovery key"):
        Vault.open(_vault_file(tmp_path), recovery_key=bad)
    assert snapshot(tmp_path) == before


def test_typos_in_the_recovery_key_are_caught_before_any_derivation() -> None:
    recovery_key = keys.new_recovery_key()
    accepted = 0
    for index in range(5):  # every one-letter typo in the first group
        for letter in keys.RECOVERY_ALPHABET:
            if letter == recovery_key[index]:
                continue
            typo = recovery_key[:index] + letter + recovery_key[index + 1 :]
            try:
                keys.normalize_recovery_key(typo)
                accepted += 1
            except errors.Locked as caught:
                assert "typo" in caught.message
    assert accepted <= 5  # two check letters: about 1 in 1,024 slips through


def test_another_vaults_recovery_key_is_locked(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    make_vault(tmp_path / "a")[0].close()
    other, other_key = make_vault(tmp_path / "b")
    other.close()
    with pytest.raises(errors.Locked, match="recovery key does not open"):
        Vault.open(_vault_file(tmp_path / "a"), recovery_key=other_key)


def test_no_secret_is_locked(tmp_path: Path) -> None:
    make_vault(tmp_path)[0].close()
    with pytest.raises(errors.Locked):
        Vault.open(_vault_file(tmp_path))


def test_change_passphrase(tmp_path: Path) -> None:
    vault, recovery_key = make_vault(tmp_path)
    vault.save(Person(id="p1", preferred_name="Nguyễn Thị Hương"))
    vault.change_passphrase("a brand new passphrase")
    vault.close()
    with pytest.raises(errors.Locked):
        Vault.open(_vault_file(tmp_path), passphrase=PASSPHRASE)
    with Vault.open(_vault_file(tmp_path), passphrase="a brand new passphrase") as again:
        assert again.get(Person, "p1").preferred_name == "Nguyễn Thị Hương"
    with Vault.open(_vault_file(tmp_path), recovery_key=recovery_key) as again:
        assert again.count(Person) == 1
    assert stat.S_IMODE(keys.sidecar_path(_vault_file(tmp_path)).stat().st_mode) == 0o600


def test_replace_recovery_key(tmp_path: Path) -> None:
    vault, old_key = make_vault(tmp_path)
    new_key = vault.replace_recovery_key()
    vault.close()
    assert new_key != old_key
    with pytest.raises(errors.Locked):
        Vault.open(_vault_file(tmp_path), recovery_key=old_key)
    Vault.open(_vault_file(tmp_path), recovery_key=new_key).close()
    Vault.open(_vault_file(tmp_path), passphrase=PASSPHRASE).close()


def test_derive_key_then_open_with_key(tmp_path: Path) -> None:
    make_vault(tmp_path)[0].close()
    data_key = Vault.derive_key(_vault_file(tmp_path), passphrase=PASSPHRASE)
    assert len(data_key) == 32
    with Vault.open_with_key(_vault_file(tmp_path), data_key) as vault:
        assert vault.count(Person) == 0


def test_a_wrong_data_key_is_damaged(tmp_path: Path) -> None:
    make_vault(tmp_path)[0].close()
    with pytest.raises(errors.Damaged):
        Vault.open_with_key(_vault_file(tmp_path), bytes(32))


def test_closed_vault_is_locked_and_close_is_idempotent(tmp_path: Path) -> None:
    vault, _ = make_vault(tmp_path)
    vault.close()
    vault.close()
    assert not vault.is_open
    with pytest.raises(errors.Locked):
        vault.count(Person)


def test_key_file_holds_params_never_below_the_floor(tmp_path: Path) -> None:
    make_vault(tmp_path)[0].close()
    doc = json.loads(keys.sidecar_path(_vault_file(tmp_path)).read_text())
    assert doc["format"] == "peerjournal-keys"
    assert {slot["kind"] for slot in doc["slots"]} == {"passphrase", "recovery"}
    for slot in doc["slots"]:
        assert slot["params"]["m"] >= 19456 and slot["params"]["t"] >= 2
    assert PASSPHRASE not in keys.sidecar_path(_vault_file(tmp_path)).read_text()


def test_default_params_respect_the_floor(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(keys.FAST_KDF_ENV, "1")
    assert keys.default_params() == keys.KdfParams(19456, 2, 1)
    monkeypatch.delenv(keys.FAST_KDF_ENV)
    params = keys.default_params()
    assert params.memory_kib >= 19456 and params.time_cost >= 2


def test_weakened_params_in_a_key_file_are_refused(tmp_path: Path) -> None:
    make_vault(tmp_path)[0].close()
    sidecar = keys.sidecar_path(_vault_file(tmp_path))
    doc = json.loads(sidecar.read_text())
    for slot in doc["slots"]:
        slot["params"]["m"] = 8
    sidecar.write_text(json.dumps(doc))
    with pytest.raises(errors.Damaged):
        Vault.open(_vault_file(tmp_path), passphrase=PASSPHRASE)


def test_files_are_owner_only(tmp_path: Path) -> None:
    vault, _ = make_vault(tmp_path)
    vault.save(Person(id="p1", preferred_name="Ana"))
    found = [p for p in tmp_path.iterdir() if p.is_file()]
    assert {p.name for p in found} >= {"journal.peerjournal", "journal.peerjournal.keys"}
    for path in found:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name
    vault.close()


def test_database_is_not_plain_sqlite(tmp_path: Path) -> None:
    make_vault(tmp_path)[0].close()
    assert not _vault_file(tmp_path).read_bytes().startswith(b"SQLite format 3")
    assert os.path.getsize(_vault_file(tmp_path)) > 0
