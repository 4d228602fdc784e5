"""The vault's keys: a random data key, kept only wrapped in key slots.

The data key is the SQLCipher raw key. Each slot wraps it with AES-GCM under a
key that Argon2id derives from a secret: the passphrase, or the recovery key
printed once on a recovery sheet (as in LUKS or password managers). The slots
live in a small JSON sidecar, `<vault path>.keys`, written atomically and
owner-only. Nothing here opens the database, so a wrong secret touches no file.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import os
import secrets
import sys
import time
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from peerjournal import errors, paths

DATA_KEY_BYTES = 32
SIDECAR_FORMAT = "peerjournal-keys"
SIDECAR_VERSION = 1
SLOT_PASSPHRASE = "passphrase"
SLOT_RECOVERY = "recovery"
FAST_KDF_ENV = "PEERJOURNAL_TEST_FAST_KDF"
# The test suite's own switch (set by test code in the process, never by an
# installed app): without it the environment variable above is ignored.
TEST_HOOK = "_peerjournal_test_fast_kdf"

# OWASP's floor for Argon2id; no slot is ever written or accepted below it.
FLOOR_MEMORY_KIB = 19456
FLOOR_TIME_COST = 2
# The least a new journal gets: 64 MiB, 3 passes (calibrate() goes up from here).
DEFAULT_MEMORY_KIB = 65536
DEFAULT_TIME_COST = 3
DEFAULT_PARALLELISM = 1
# Refuse parameters beyond these from a tampered file rather than spend seconds
# and gigabytes on them; calibration never goes above them either.
CEILING_MEMORY_KIB = 1024 * 1024
CEILING_TIME_COST = 10
CEILING_PARALLELISM = 8
# Calibration: about half a second per derivation, memory first (up to 256 MiB).
CALIBRATION_TARGET_SECONDS = 0.5
CALIBRATION_MAX_MEMORY_KIB = 256 * 1024
# A key file holds one slot of each kind, two while a rekey is under way.
MAX_SLOTS_PER_KIND = 2
SALT_BYTES = 16
MAX_SALT_BYTES = 64
NONCE_BYTES = 12
WRAPPED_BYTES = 32 + 16  # the data key and the GCM tag
KINDS = ("passphrase", "recovery")

# Crockford base32 without I, L, O, U: nothing to misread on paper.
RECOVERY_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
RECOVERY_RANDOM_CHARS = 28  # 140 bits
RECOVERY_CHECK_CHARS = 2  # catches most typos before any slow derivation
RECOVERY_GROUP = 5


@dataclass(frozen=True, slots=True)
class KdfParams:
    """Argon2id parameters, stored with each slot."""

    memory_kib: int
    time_cost: int
    parallelism: int

    def to_json(self) -> dict[str, int]:
        return {"m": self.memory_kib, "t": self.time_cost, "p": self.parallelism}

    @staticmethod
    def from_json(raw: Mapping[str, Any]) -> KdfParams:
        if not isinstance(raw, Mapping):
            raise ValueError("key derivation parameters are not an object")
        values = [raw["m"], raw["t"], raw["p"]]
        if any(type(v) is not int for v in values):
            raise ValueError("key derivation parameters are not whole numbers")
        params = KdfParams(*values)
        if not params.within_caps():
            raise ValueError("key derivation parameters out of range")
        return params

    def within_caps(self) -> bool:
        """Between OWASP's floor and the caps a tampered file cannot exceed."""
        return (
            FLOOR_MEMORY_KIB <= self.memory_kib <= CEILING_MEMORY_KIB
            and FLOOR_TIME_COST <= self.time_cost <= CEILING_TIME_COST
            and 1 <= self.parallelism <= CEILING_PARALLELISM
        )

    def at_least(self, other: KdfParams) -> KdfParams:
        """The stronger of two settings, field by field (never above the caps)."""
        return KdfParams(
            min(max(self.memory_kib, other.memory_kib), CEILING_MEMORY_KIB),
            min(max(self.time_cost, other.time_cost), CEILING_TIME_COST),
            max(self.parallelism, other.parallelism),
        )


def fast_kdf_for_tests() -> bool:
    """True only inside the test suite: the variable alone does nothing in an
    installed app (a stray PEERJOURNAL_TEST_FAST_KDF must not weaken a journal)."""
    if os.environ.get(FAST_KDF_ENV) != "1":
        return False
    return bool(getattr(sys, TEST_HOOK, False)) or "pytest" in sys.modules


def default_params() -> KdfParams:
    """The least parameters for new slots; exactly the OWASP floor under tests."""
    if fast_kdf_for_tests():
        return KdfParams(FLOOR_MEMORY_KIB, FLOOR_TIME_COST, 1)
    return KdfParams(DEFAULT_MEMORY_KIB, DEFAULT_TIME_COST, DEFAULT_PARALLELISM)


def calibrate(
    target: float = CALIBRATION_TARGET_SECONDS, clock: Any = time.perf_counter
) -> KdfParams:
    """Parameters that take about `target` seconds here: never below the defaults
    (64 MiB, 3 passes), never above the caps. Memory grows first (it is what makes
    guessing costly on graphics cards), up to 256 MiB, then passes."""
    base = default_params()
    if fast_kdf_for_tests():
        return base

    def seconds(params: KdfParams) -> float:
        # The quicker of two runs: the first pays for allocating the memory, and
        # a busy moment should not make every later unlock slow.
        took = []
        for _ in range(2):
            start = clock()
            derive("calibration", bytes(SALT_BYTES), params)
            took.append(float(clock() - start))
        return min(took)

    memory, passes = base.memory_kib, base.time_cost
    took = seconds(base)
    while took * 2 <= target and memory * 2 <= CALIBRATION_MAX_MEMORY_KIB:
        memory *= 2
        took = seconds(KdfParams(memory, passes, base.parallelism))
    if took < target * 0.9:
        per_pass = took / passes
        passes = min(CEILING_TIME_COST, max(passes, round(target / max(per_pass, 1e-6))))
    return KdfParams(memory, passes, base.parallelism)


def normalize_passphrase(passphrase: str) -> str:
    """The passphrase as new slots use it: Unicode NFC, so "año" typed with a
    combining tilde and with a precomposed ñ are the same passphrase."""
    return unicodedata.normalize("NFC", passphrase)


def derive(secret: str, salt: bytes, params: KdfParams) -> bytes:
    """Argon2id: a 256-bit wrapping key from a secret."""
    return hash_secret_raw(
        secret.encode("utf-8"),
        salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=32,
        type=Type.ID,
    )


def new_data_key() -> bytes:
    """A fresh random 256-bit data key."""
    return secrets.token_bytes(DATA_KEY_BYTES)


def sqlcipher_key_literal(data_key: bytes) -> str:
    """The PRAGMA key value for a raw key (no PBKDF2 inside SQLCipher)."""
    if len(data_key) != DATA_KEY_BYTES:
        raise errors.Locked("That key does not fit this journal.")
    return f"\"x'{data_key.hex()}'\""


# --- recovery keys -----------------------------------------------------------


def _check_chars(body: str) -> str:
    digest = hashlib.sha256(("peerjournal-recovery:" + body).encode("ascii")).digest()
    number = int.from_bytes(digest[:2], "big")
    out = ""
    for _ in range(RECOVERY_CHECK_CHARS):
        out += RECOVERY_ALPHABET[number % 32]
        number //= 32
    return out


def new_recovery_key() -> str:
    """A recovery key shown in groups: 'ABCDE-FGHJK-...' (140 random bits)."""
    body = "".join(secrets.choice(RECOVERY_ALPHABET) for _ in range(RECOVERY_RANDOM_CHARS))
    full = body + _check_chars(body)
    groups = [full[i : i + RECOVERY_GROUP] for i in range(0, len(full), RECOVERY_GROUP)]
    return "-".join(groups)


def normalize_recovery_key(text: str) -> str:
    """The canonical form of a typed recovery key: any case, spaces and dashes
    ignored, the look-alikes I, L and O read as 1 and 0. Locked if malformed."""
    cleaned = "".join(ch for ch in text.upper() if ch not in " -\t\r\n")
    cleaned = cleaned.replace("I", "1").replace("L", "1").replace("O", "0")
    expected = RECOVERY_RANDOM_CHARS + RECOVERY_CHECK_CHARS
    if len(cleaned) != expected or any(ch not in RECOVERY_ALPHABET for ch in cleaned):
        raise errors.Locked(
            f"That is not a recovery key: a recovery key has {expected} letters and digits "
            "in groups of five. Check it against the recovery sheet."
        )
    body, check = cleaned[:RECOVERY_RANDOM_CHARS], cleaned[RECOVERY_RANDOM_CHARS:]
    if _check_chars(body) != check:
        raise errors.Locked(
            "That recovery key has a typo: check each group against the recovery sheet."
        )
    return cleaned


# --- slots -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class KeySlot:
    """The data key, wrapped under a key derived from one secret."""

    kind: str
    salt: bytes
    params: KdfParams
    nonce: bytes
    ciphertext: bytes

    def header(self) -> bytes:
        """What AES-GCM authenticates besides the key: the slot's own settings,
        so a changed kind or weakened parameter cannot pass. (Not the vault's
        path: a journal moved to another drive must still open.)"""
        head = {
            "format": SIDECAR_FORMAT,
            "version": SIDECAR_VERSION,
            "kind": self.kind,
            "salt": _b64(self.salt),
            "params": self.params.to_json(),
        }
        return json.dumps(head, sort_keys=True, separators=(",", ":")).encode("ascii")

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "salt": _b64(self.salt),
            "params": self.params.to_json(),
            "nonce": _b64(self.nonce),
            "ciphertext": _b64(self.ciphertext),
        }

    @staticmethod
    def from_json(raw: Mapping[str, Any]) -> KeySlot:
        """A slot from its JSON; ValueError for anything out of shape (a wrong
        kind, a short salt, a missing nonce, parameters beyond the caps)."""
        if not isinstance(raw, Mapping):
            raise ValueError("a key slot is not an object")
        slot = KeySlot(
            kind=raw["kind"],
            salt=_unb64(raw["salt"]),
            params=KdfParams.from_json(raw["params"]),
            nonce=_unb64(raw["nonce"]),
            ciphertext=_unb64(raw["ciphertext"]),
        )
        if slot.kind not in KINDS:
            raise ValueError("unknown kind of key slot")
        if not SALT_BYTES <= len(slot.salt) <= MAX_SALT_BYTES:
            raise ValueError("salt of the wrong length")
        if len(slot.nonce) != NONCE_BYTES or len(slot.ciphertext) != WRAPPED_BYTES:
            raise ValueError("nonce or wrapped key of the wrong length")
        return slot


def wrap(data_key: bytes, kind: str, secret: str, params: KdfParams | None = None) -> KeySlot:
    """A new slot holding `data_key` under `secret` (a passphrase is taken in NFC)."""
    params = params or default_params()
    if kind == SLOT_PASSPHRASE:
        secret = normalize_passphrase(secret)
    salt = secrets.token_bytes(SALT_BYTES)
    nonce = secrets.token_bytes(NONCE_BYTES)
    bare = KeySlot(kind, salt, params, nonce, b"")
    wrapping = derive(secret, salt, params)
    ciphertext = AESGCM(wrapping).encrypt(nonce, data_key, bare.header())
    return KeySlot(kind, salt, params, nonce, ciphertext)


def unwrap(slot: KeySlot, secret: str) -> bytes | None:
    """The data key, or None when `secret` does not open this slot."""
    wrapping = derive(secret, slot.salt, slot.params)
    try:
        key = AESGCM(wrapping).decrypt(slot.nonce, slot.ciphertext, slot.header())
    except InvalidTag:
        return None
    return key if len(key) == DATA_KEY_BYTES else None


def unlock_slots(
    slots: Sequence[KeySlot], *, passphrase: str | None, recovery_key: str | None
) -> bytes:
    """The data key from whichever secret was given. Locked if none opens."""
    return unlock_candidates(slots, passphrase=passphrase, recovery_key=recovery_key)[0]


def unlock_candidates(
    slots: Sequence[KeySlot], *, passphrase: str | None, recovery_key: str | None
) -> list[bytes]:
    """Every distinct data key the given secret opens among `slots` (two while a
    rekey is under way). A passphrase is tried in NFC first, then as typed (slots
    made before passphrases were normalized). Locked if none opens."""
    if recovery_key is not None:
        secrets_to_try, kind = [normalize_recovery_key(recovery_key)], SLOT_RECOVERY
        wrong = (
            "The recovery key does not open this journal. Check it against the recovery "
            "sheet made for this journal."
        )
    elif passphrase is not None:
        nfc = normalize_passphrase(passphrase)
        secrets_to_try, kind = [nfc, *([passphrase] if passphrase != nfc else [])], SLOT_PASSPHRASE
        wrong = (
            "The passphrase does not open this journal. Check Caps Lock and the keyboard "
            "layout, and try again."
        )
    else:
        raise errors.Locked("A passphrase is needed to open this journal.")
    found: list[bytes] = []
    for slot in slots:
        if slot.kind != kind:
            continue
        for secret in secrets_to_try:
            key = unwrap(slot, secret)
            if key is not None:
                if key not in found:
                    found.append(key)
                break
    if not found:
        raise errors.Locked(wrong)
    return found


def key_check(data_key: bytes) -> str:
    """A short fingerprint of a data key that reveals nothing of it (HMAC of a
    fixed label): tells which slots belong to the key that opens the database."""
    return hmac.new(data_key, b"peerjournal key check", hashlib.sha256).hexdigest()[:32]


# --- the sidecar file --------------------------------------------------------


def sidecar_path(vault_path: Path) -> Path:
    """Where a vault's key slots live: next to it, `<vault path>.keys`."""
    return vault_path.with_name(vault_path.name + ".keys")


def _checksum(slots_json: list[Any]) -> str:
    body = json.dumps(slots_json, sort_keys=True, separators=(",", ":")).encode("ascii")
    return hashlib.sha256(body).hexdigest()


@dataclass(frozen=True, slots=True)
class KeyFile:
    """A key file: the slots of the key that opens the journal, and, while a
    rekey is under way, the slots of the new key with its `key_check`. Until the
    new key is known to open the database, either set may be the right one."""

    slots: list[KeySlot]
    pending: list[KeySlot]
    pending_check: str = ""


def slots_to_json(slots: Sequence[KeySlot]) -> dict[str, Any]:
    """The JSON document of a list of slots (in the sidecar and in backups).

    The checksum tells accidental damage (Damaged) from a wrong secret (Locked)."""
    listed = [slot.to_json() for slot in slots]
    return {
        "format": SIDECAR_FORMAT,
        "version": SIDECAR_VERSION,
        "slots": listed,
        "checksum": _checksum(listed),
    }


def _parse_slots(listed: Any) -> list[KeySlot]:
    if not isinstance(listed, list) or not listed:
        raise ValueError("no key slots")
    try:
        return [KeySlot.from_json(item) for item in listed]
    except (KeyError, TypeError, ValueError, binascii.Error) as exc:
        raise ValueError("bad key slot") from exc


def _check_counts(slots: Sequence[KeySlot]) -> None:
    for kind in KINDS:
        if sum(1 for slot in slots if slot.kind == kind) > MAX_SLOTS_PER_KIND:
            raise ValueError("too many key slots")


def slots_from_json(doc: Any) -> list[KeySlot]:
    """Slots from their JSON document; ValueError if damaged or unknown."""
    return keyfile_from_json(doc).slots


def keyfile_from_json(doc: Any) -> KeyFile:
    """A key file from its JSON document; ValueError for anything damaged, unknown
    or beyond the caps (at most two slots of each kind in all)."""
    if not isinstance(doc, dict) or doc.get("format") != SIDECAR_FORMAT:
        raise ValueError("not a key file")
    if doc.get("version") != SIDECAR_VERSION:
        raise ValueError("unknown key file version")
    listed = doc.get("slots")
    if not isinstance(listed, list) or doc.get("checksum") != _checksum(listed):
        raise ValueError("key file checksum mismatch")
    slots = _parse_slots(listed)
    pending: list[KeySlot] = []
    check = ""
    raw_pending = doc.get("pending")
    if raw_pending is not None:
        if not isinstance(raw_pending, dict):
            raise ValueError("bad pending key slots")
        listed = raw_pending.get("slots")
        raw_check = raw_pending.get("key_check")
        if (
            not isinstance(listed, list)
            or not isinstance(raw_check, str)
            or raw_pending.get("checksum") != _checksum([*listed, raw_check])
        ):
            raise ValueError("pending key slots checksum mismatch")
        check = raw_check
        pending = _parse_slots(listed)
    _check_counts([*slots, *pending])
    return KeyFile(slots, pending, check)


def write_sidecar(
    vault_path: Path,
    slots: Sequence[KeySlot],
    *,
    target: Path | None = None,
    pending: Sequence[KeySlot] = (),
    pending_check: str = "",
) -> None:
    """Write the slots atomically and owner-only (to `target` if given); with
    `pending`, the new key's slots too, while a rekey is under way."""
    doc = slots_to_json(slots)
    if pending:
        listed = [slot.to_json() for slot in pending]
        doc["pending"] = {
            "slots": listed,
            "key_check": pending_check,
            "checksum": _checksum([*listed, pending_check]),
        }
    _check_counts([*slots, *pending])
    data = json.dumps(doc, indent=1).encode("ascii")
    paths.write_atomic(target or sidecar_path(vault_path), data)


def read_sidecar(vault_path: Path) -> list[KeySlot]:
    """The vault's key slots. Locked if there is no journal; Damaged if the
    database is there but its key file is missing or garbled."""
    return read_keyfile(vault_path).slots


def read_keyfile(vault_path: Path) -> KeyFile:
    """The vault's key file, with any pending slots of a rekey under way. Locked
    if there is no journal; Damaged if the key file is missing or garbled."""
    sidecar = sidecar_path(vault_path)
    if not vault_path.exists():
        raise errors.Locked(
            f"There is no journal at {vault_path}. Check the path; if this is a new "
            "computer, restore a backup or create a journal."
        )
    try:
        raw = sidecar.read_bytes()
    except FileNotFoundError:
        raise errors.Damaged(
            f"The journal's key file ({sidecar.name}) is missing, so the journal cannot be "
            "opened. Put the key file back next to the journal, or restore a backup."
        ) from None
    except OSError as exc:
        raise errors.Damaged(
            f"The journal's key file ({sidecar.name}) cannot be read: {exc.strerror}."
        ) from None
    try:
        return keyfile_from_json(json.loads(raw.decode("utf-8")))
    except (ValueError, UnicodeDecodeError, RecursionError):
        raise errors.Damaged(
            f"The journal's key file ({sidecar.name}) is damaged. Restore a backup of the journal."
        ) from None


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any) -> bytes:
    if not isinstance(text, str):
        raise ValueError("not base64 text")
    return base64.b64decode(text.encode("ascii"), validate=True)
