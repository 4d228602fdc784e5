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
import json
import os
import secrets
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

# OWASP's floor for Argon2id; no slot is ever written or accepted below it.
FLOOR_MEMORY_KIB = 19456
FLOOR_TIME_COST = 2
# About 0.33 s on the build machine, ~0.5-0.7 s on a modest laptop.
DEFAULT_MEMORY_KIB = 65536
DEFAULT_TIME_COST = 3
DEFAULT_PARALLELISM = 1
# Refuse absurd parameters from a tampered file rather than exhaust memory.
CEILING_MEMORY_KIB = 4 * 1024 * 1024
CEILING_TIME_COST = 64

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
        params = KdfParams(int(raw["m"]), int(raw["t"]), int(raw["p"]))
        if not (
            FLOOR_MEMORY_KIB <= params.memory_kib <= CEILING_MEMORY_KIB
            and FLOOR_TIME_COST <= params.time_cost <= CEILING_TIME_COST
            and 1 <= params.parallelism <= 16
        ):
            raise ValueError("key derivation parameters out of range")
        return params


def default_params() -> KdfParams:
    """The parameters for new slots; exactly the OWASP floor when the test suite asks."""
    if os.environ.get(FAST_KDF_ENV) == "1":
        return KdfParams(FLOOR_MEMORY_KIB, FLOOR_TIME_COST, 1)
    return KdfParams(DEFAULT_MEMORY_KIB, DEFAULT_TIME_COST, DEFAULT_PARALLELISM)


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
        raise errors.Locked.known("not_a_recovery_key", letters=expected)
    body, check = cleaned[:RECOVERY_RANDOM_CHARS], cleaned[RECOVERY_RANDOM_CHARS:]
    if _check_chars(body) != check:
        raise errors.Locked.known("recovery_key_typo")
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
        return KeySlot(
            kind=str(raw["kind"]),
            salt=_unb64(raw["salt"]),
            params=KdfParams.from_json(raw["params"]),
            nonce=_unb64(raw["nonce"]),
            ciphertext=_unb64(raw["ciphertext"]),
        )


def wrap(data_key: bytes, kind: str, secret: str, params: KdfParams | None = None) -> KeySlot:
    """A new slot holding `data_key` under `secret`."""
    params = params or default_params()
    salt = secrets.token_bytes(16)
    nonce = secrets.token_bytes(12)
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
    if recovery_key is not None:
        secret, kind = normalize_recovery_key(recovery_key), SLOT_RECOVERY
        wrong = "wrong_recovery_key"
    elif passphrase is not None:
        secret, kind = passphrase, SLOT_PASSPHRASE
        wrong = "wrong_passphrase"
    else:
        raise errors.Locked.known("passphrase_needed")
    for slot in slots:
        if slot.kind == kind:
            key = unwrap(slot, secret)
            if key is not None:
                return key
    raise errors.Locked.known(wrong)


# --- the sidecar file --------------------------------------------------------


def sidecar_path(vault_path: Path) -> Path:
    """Where a vault's key slots live: next to it, `<vault path>.keys`."""
    return vault_path.with_name(vault_path.name + ".keys")


def _checksum(slots_json: list[dict[str, Any]]) -> str:
    body = json.dumps(slots_json, sort_keys=True, separators=(",", ":")).encode("ascii")
    return hashlib.sha256(body).hexdigest()


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


def slots_from_json(doc: Any) -> list[KeySlot]:
    """Slots from their JSON document; ValueError if damaged or unknown."""
    if not isinstance(doc, dict) or doc.get("format") != SIDECAR_FORMAT:
        raise ValueError("not a key file")
    if doc.get("version") != SIDECAR_VERSION:
        raise ValueError("unknown key file version")
    listed = doc.get("slots")
    if not isinstance(listed, list) or not listed:
        raise ValueError("no key slots")
    if doc.get("checksum") != _checksum(listed):
        raise ValueError("key file checksum mismatch")
    try:
        return [KeySlot.from_json(item) for item in listed]
    except (KeyError, TypeError, ValueError, binascii.Error) as exc:
        raise ValueError("bad key slot") from exc


def write_sidecar(
    vault_path: Path, slots: Sequence[KeySlot], *, target: Path | None = None
) -> None:
    """Write the slots atomically and owner-only (to `target` if given)."""
    data = json.dumps(slots_to_json(slots), indent=1).encode("ascii")
    paths.write_atomic(target or sidecar_path(vault_path), data)


def read_sidecar(vault_path: Path) -> list[KeySlot]:
    """The vault's key slots. Locked if there is no journal; Damaged if the
    database is there but its key file is missing or garbled."""
    sidecar = sidecar_path(vault_path)
    if not vault_path.exists():
        raise errors.Locked.known("no_journal", path=vault_path)
    try:
        raw = sidecar.read_bytes()
    except FileNotFoundError:
        raise errors.Damaged.known("key_file_missing", name=sidecar.name) from None
    except OSError as exc:
        raise errors.Damaged.known(
            "key_file_unreadable", name=sidecar.name, reason=exc.strerror
        ) from None
    try:
        return slots_from_json(json.loads(raw.decode("utf-8")))
    except (ValueError, UnicodeDecodeError):
        raise errors.Damaged.known("key_file_damaged", name=sidecar.name) from None


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any) -> bytes:
    if not isinstance(text, str):
        raise ValueError("not base64 text")
    return base64.b64decode(text.encode("ascii"), validate=True)
