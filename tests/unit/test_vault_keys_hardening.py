"""Key files from a hostile hand, Unicode passphrases, the test-only quick key
derivation, calibration, the one passphrase rule, and private folders."""

from __future__ import annotations

import base64
import json
import os
import stat
import subprocess
import sys
import time
import unicodedata
from pathlib import Path
from typing import Any

import pytest

from peerjournal import errors, paths
from peerjournal.services import unlock
from peerjournal.vault import Vault, keys
from tests.helpers.vault_fixtures import PASSPHRASE, make_vault

ROOT = Path(__file__).resolve().parents[2]


def _path(tmp_path: Path) -> Path:
    return tmp_path / "journal.peerjournal"


def _tamper(tmp_path: Path, change: Any) -> None:
    """Change the key file's slots, then recompute its (unkeyed) checksum, as an
    attacker who edits the file would."""
    sidecar = keys.sidecar_path(_path(tmp_path))
    doc = json.loads(sidecar.read_text())
    change(doc["slots"])
    doc["checksum"] = keys._checksum(doc["slots"])
    sidecar.write_text(json.dumps(doc))


def _set_param(name: str, value: Any) -> Any:
    def change(slots: list[dict[str, Any]]) -> None:
        for slot in slots:
            slot["params"][name] = value

    return change


def _set_field(name: str, value: Any) -> Any:
    def change(slots: list[dict[str, Any]]) -> None:
        for slot in slots:
            slot[name] = value

    return change


def _extra_slots(slots: list[dict[str, Any]]) -> None:
    slots.extend([dict(slots[0]), dict(slots[0])])


HOSTILE = {
    "4 GiB of memory": _set_param("m", 4 * 1024 * 1024),
    "just over 1 GiB": _set_param("m", 1024 * 1024 + 1),
    "64 passes": _set_param("t", 64),
    "11 passes": _set_param("t", 11),
    "a passes string": _set_param("t", "3"),
    "a boolean lane count": _set_param("p", True),
    "64 lanes": _set_param("p", 64),
    "a 4-byte salt": _set_field("salt", base64.b64encode(b"salt").decode()),
    "an empty nonce": _set_field("nonce", ""),
    "a short wrapped key": _set_field("ciphertext", base64.b64encode(b"x" * 8).decode()),
    "a number for a salt": _set_field("salt", 12),
    "an unknown kind": _set_field("kind", "fingerprint"),
    "params not an object": _set_field("params", [1, 2, 3]),
    "three passphrase slots": _extra_slots,
}


@pytest.mark.parametrize("change", HOSTILE.values(), ids=HOSTILE.keys())
def test_a_tampered_key_file_is_damaged_at_once(tmp_path: Path, change: Any) -> None:
    make_vault(tmp_path)[0].close()
    _tamper(tmp_path, change)
    started = time.monotonic()
    with pytest.raises(errors.Damaged):
        Vault.open(_path(tmp_path), passphrase=PASSPHRASE)
    with pytest.raises(errors.Damaged):
        Vault.verify_file(_path(tmp_path), passphrase=PASSPHRASE)
    assert time.monotonic() - started < 2.0  # no derivation was attempted


def test_the_caps(tmp_path: Path) -> None:
    assert keys.CEILING_MEMORY_KIB == 1024 * 1024 and keys.CEILING_TIME_COST == 10
    assert keys.MAX_SLOTS_PER_KIND == 2


NFC = unicodedata.normalize("NFC", "contraseña segura año")
NFD = unicodedata.normalize("NFD", NFC)


def test_a_passphrase_opens_in_either_unicode_form(tmp_path: Path) -> None:
    assert NFC != NFD
    vault, _ = Vault.create(_path(tmp_path), NFC)
    vault.close()
    Vault.open(_path(tmp_path), passphrase=NFD).close()
    Vault.open(_path(tmp_path), passphrase=NFC).close()


def test_a_slot_made_before_normalizing_still_opens_as_typed(tmp_path: Path) -> None:
    vault, _ = make_vault(tmp_path)
    vault.close()
    data_key = Vault.derive_key(_path(tmp_path), passphrase=PASSPHRASE)
    # What an older PeerJournal wrote: the NFD bytes, not normalized.
    legacy = keys.wrap(data_key, keys.SLOT_PASSPHRASE, "placeholder passphrase here")
    salt, params, nonce = legacy.salt, legacy.params, legacy.nonce
    bare = keys.KeySlot(keys.SLOT_PASSPHRASE, salt, params, nonce, b"")
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    wrapped = AESGCM(keys.derive(NFD, salt, params)).encrypt(nonce, data_key, bare.header())
    slots = [keys.KeySlot(keys.SLOT_PASSPHRASE, salt, params, nonce, wrapped)]
    slots += [s for s in keys.read_sidecar(_path(tmp_path)) if s.kind == keys.SLOT_RECOVERY]
    keys.write_sidecar(_path(tmp_path), slots)
    Vault.open(_path(tmp_path), passphrase=NFD).close()


def _params_in_a_fresh_process(extra: str = "") -> str:
    code = (
        "import os, sys\n"
        "os.environ['PEERJOURNAL_TEST_FAST_KDF'] = '1'\n"
        f"{extra}\n"
        "from peerjournal.vault import keys\n"
        "print(keys.default_params().memory_kib)\n"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PEERJOURNAL_", "PYTEST"))}
    env["PYTHONPATH"] = str(ROOT)
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60
    )
    assert out.returncode == 0, out.stderr[-500:]
    return out.stdout.strip()


def test_the_quick_key_derivation_variable_does_nothing_outside_the_tests() -> None:
    assert _params_in_a_fresh_process() == str(keys.DEFAULT_MEMORY_KIB)
    hook = f"sys.{keys.TEST_HOOK} = True"
    assert _params_in_a_fresh_process(hook) == str(keys.FLOOR_MEMORY_KIB)


def test_calibration_never_goes_below_the_defaults_nor_above_the_caps(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(keys.FAST_KDF_ENV)
    calls: list[int] = []

    def slow_machine_clock() -> float:  # every derivation "takes" 2 s
        calls.append(1)
        return 2.0 * (len(calls) // 2)

    slow = keys.calibrate(clock=slow_machine_clock)
    assert slow == keys.KdfParams(keys.DEFAULT_MEMORY_KIB, keys.DEFAULT_TIME_COST, 1)

    def fast_machine_clock() -> float:  # every derivation "takes" 1 ms
        calls.append(1)
        return 0.001 * (len(calls) // 2)

    fast = keys.calibrate(clock=fast_machine_clock)
    assert fast.memory_kib == keys.CALIBRATION_MAX_MEMORY_KIB
    assert fast.time_cost == keys.CEILING_TIME_COST
    assert fast.within_caps()


def test_calibration_on_this_machine_aims_at_half_a_second(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(keys.FAST_KDF_ENV)
    params = keys.calibrate()
    assert params.memory_kib >= keys.DEFAULT_MEMORY_KIB
    assert params.time_cost >= keys.DEFAULT_TIME_COST
    assert params.within_caps()
    started = time.perf_counter()
    keys.derive("x", bytes(16), params)
    took = time.perf_counter() - started
    print(f"calibrated: m={params.memory_kib // 1024} MiB t={params.time_cost}: {took:.2f} s")
    assert took < 3.0


@pytest.mark.parametrize("weak", ["1234567890", "short", "aaaaaaaaaaaaa", "password123"])
def test_one_passphrase_rule_refuses_what_the_window_refuses(tmp_path: Path, weak: str) -> None:
    assert not unlock.check_passphrase_strength(weak).acceptable
    with pytest.raises(errors.Invalid):
        unlock.create_journal(_path(tmp_path), weak)
    assert not _path(tmp_path).exists()
    vault, _ = make_vault(tmp_path)
    with pytest.raises(errors.Invalid):
        unlock.change_passphrase(vault, weak)
    vault.close()
    Vault.open(_path(tmp_path), passphrase=PASSPHRASE).close()


def test_missing_parents_are_made_owner_only_whatever_the_umask(tmp_path: Path) -> None:
    old = os.umask(0)
    try:
        paths.ensure_private_dir(tmp_path / "a" / "b" / "c")
    finally:
        os.umask(old)
    for folder in (tmp_path / "a", tmp_path / "a" / "b", tmp_path / "a" / "b" / "c"):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder
