"""Decrypt every page of a journal file (and its write-ahead log) with the data
key, as SQLCipher 4 lays them out, to look for words that should be gone.

SQLCipher 4 with a raw key: 4096-byte pages; each page is AES-256-CBC under the
key, followed by a 16-byte IV and a 64-byte HMAC-SHA512 (the reserve, 80 bytes);
page 1 starts with the file's 16-byte salt instead of the SQLite header. The
HMAC key is PBKDF2-HMAC-SHA512(key, salt XOR 0x3a, 2 iterations). Pages that
fail their HMAC are reported, not skipped: a page we cannot read is a page we
cannot vouch for.
"""

from __future__ import annotations

import hashlib
import hmac
import struct
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE = 4096
SALT = 16
IV = 16
MAC = 64
RESERVE = IV + MAC
WAL_HEADER = 32
FRAME_HEADER = 24


@dataclass
class Decrypted:
    """The plaintext of every page found, by where it was found."""

    pages: dict[str, bytes] = field(default_factory=dict)
    unreadable: list[str] = field(default_factory=list)

    def holding(self, word: str) -> list[str]:
        """Where `word` (UTF-8) appears in any decrypted page."""
        needle = word.encode("utf-8")
        return [where for where, data in self.pages.items() if needle in data]


def _mac_key(key: bytes, salt: bytes) -> bytes:
    return hashlib.pbkdf2_hmac("sha512", key, bytes(b ^ 0x3A for b in salt), 2, 32)


def decrypt_page(raw: bytes, pgno: int, key: bytes, salt: bytes) -> bytes | None:
    """One page's plaintext, or None when its HMAC does not hold for this key."""
    start = SALT if pgno == 1 else 0
    body = raw[start : PAGE - RESERVE]
    iv = raw[PAGE - RESERVE : PAGE - MAC]
    mac = raw[PAGE - MAC : PAGE]
    expected = hmac.new(
        _mac_key(key, salt), body + iv + struct.pack("<I", pgno), hashlib.sha512
    ).digest()
    if not hmac.compare_digest(mac, expected):
        return None
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(body) + decryptor.finalize()


def decrypt_file(db_path: Path, key: bytes) -> Decrypted:
    """Every page of the database file and every frame of its -wal, decrypted."""
    out = Decrypted()
    data = Path(db_path).read_bytes()
    salt = data[:SALT]
    for index in range(len(data) // PAGE):
        pgno = index + 1
        plain = decrypt_page(data[index * PAGE : (index + 1) * PAGE], pgno, key, salt)
        where = f"page {pgno}"
        if plain is None:
            if any(data[index * PAGE : (index + 1) * PAGE]):
                out.unreadable.append(where)
        else:
            out.pages[where] = plain
    wal = Path(str(db_path) + "-wal")
    if wal.exists():
        log = wal.read_bytes()
        offset, frame = WAL_HEADER, 0
        while offset + FRAME_HEADER + PAGE <= len(log):
            frame += 1
            pgno = struct.unpack(">I", log[offset : offset + 4])[0]
            raw = log[offset + FRAME_HEADER : offset + FRAME_HEADER + PAGE]
            plain = decrypt_page(raw, pgno, key, salt) if pgno else None
            where = f"wal frame {frame} (page {pgno})"
            if plain is None:
                out.unreadable.append(where)
            else:
                out.pages[where] = plain
            offset += FRAME_HEADER + PAGE
    return out
