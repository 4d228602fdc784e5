"""Backup files: one encrypted file that holds the database and its key slots.

Layout: the magic line `PEERJOURNAL-BACKUP`, one line of JSON header (format
version, when, the key slots, the payload's size and SHA-256), one line with
the SHA-256 of the header line, then the encrypted database bytes exactly as
SQLCipher wrote them. The checksums tell accidental damage (Damaged) apart
from a wrong passphrase (Locked); SQLCipher's page HMACs and SQLite's own
checks then vouch for the database itself.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from peerjournal import errors, paths
from peerjournal.vault import database, keys, schema
from peerjournal.vault.database import Connection
from peerjournal.vault.keys import KeySlot

MAGIC = b"PEERJOURNAL-BACKUP\n"
FORMAT = "peerjournal-backup"
VERSION = 1
SUFFIX = ".pjbackup"
_CHUNK = 1 << 20
_MAX_HEADER = 1 << 20


@dataclass(frozen=True, slots=True)
class BackupHeader:
    """What a backup file says about itself."""

    created_at: str
    schema_version: int
    slots: list[KeySlot]
    size: int
    sha256: str
    offset: int  # where the database bytes start


def folder_for(vault_path: Path) -> Path:
    """The backups folder of the journal at `vault_path`, open or not: `<stem>-backups`."""
    vault_path = Path(vault_path)
    return vault_path.with_name(f"{vault_path.stem}-backups")


def is_backup(path: Path) -> bool:
    """True when the file starts with the backup magic line."""
    try:
        with path.open("rb") as handle:
            return handle.read(len(MAGIC)) == MAGIC
    except OSError:
        return False


def os_problem(exc: OSError, what: str) -> errors.PeerJournalError:
    """A plain sentence for a failed write: NoSpace when the disk is full."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        if what == "Writing the backup":
            return errors.NoSpace.known("backup_disk_full")
        return errors.NoSpace(f"{what} failed: the disk is full. Nothing was changed.")
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS) and what == "Writing the backup":
        return errors.PeerJournalError.known("backup_folder_read_only")
    reason = exc.strerror or "the system refused"
    return errors.PeerJournalError(f"{what} failed: {reason}. Nothing was changed.")


def remove_database(db_path: Path) -> None:
    """Remove a database file and its companions (no error if absent)."""
    for path in [db_path, *database.companions(db_path)]:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


@contextlib.contextmanager
def temp_database(folder: Path, label: str) -> Iterator[Path]:
    """A fresh owner-only temp file name in `folder`, removed (with any
    companions) when the block ends."""
    fd, name = tempfile.mkstemp(prefix=f".{label}.", suffix=".tmp", dir=folder)
    os.close(fd)
    path = Path(name)
    os.chmod(path, paths.OWNER_ONLY)
    path.unlink()  # SQLite makes it; mkstemp only reserved a unique name
    try:
        yield path
    finally:
        remove_database(path)


def _failed_check(what: str) -> errors.Damaged:
    known = {"The journal": "journal_failed_check", "The backup": "backup_failed_check"}
    if what in known:
        return errors.Damaged.known(known[what])
    return errors.Damaged(f"{what} failed its integrity check: it is damaged. Restore a backup.")


def verify_connection(conn: Connection, what: str = "The journal") -> None:
    """SQLCipher's page HMACs, SQLite's integrity and foreign-key checks; Damaged on any failure."""
    try:
        cipher = conn.execute("PRAGMA cipher_integrity_check").fetchall()
        integrity = conn.execute("PRAGMA integrity_check").fetchall()
        foreign = conn.execute("PRAGMA foreign_key_check").fetchall()
    except database.Error:
        raise _failed_check(what) from None
    if cipher or integrity != [("ok",)]:
        raise _failed_check(what)
    if foreign:
        raise errors.Damaged(
            f"{what} failed its integrity check: some records name records that are missing. "
            "Restore a backup."
        )


def _hash_file(path: Path) -> tuple[int, str]:
    digest = hashlib.sha256()
    size = 0
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return size, digest.hexdigest()


def write_backup(conn: Connection, data_key: bytes, slots: Sequence[KeySlot], target: Path) -> None:
    """A consistent, encrypted, single-file copy of the open database at
    `target`: written atomically and owner-only. Refused if `target` exists."""
    target = Path(target)
    if target.exists():
        raise errors.Refused.known("backup_target_exists", path=target)
    if not target.parent.is_dir():
        raise errors.Invalid(f"The folder {target.parent} does not exist.")
    try:
        with temp_database(target.parent, target.name) as copy_path:
            copy = database.connect(copy_path, data_key, create=True, what="The backup copy")
            try:
                conn.backup(copy)  # page by page, one consistent snapshot
                copy.execute("PRAGMA journal_mode = DELETE")  # fold any WAL into the file
            finally:
                copy.close()
            if database.is_plain_sqlite(copy_path):  # never let a plaintext copy out
                raise errors.Damaged("The backup copy was not encrypted; nothing was written.")
            size, sha = _hash_file(copy_path)
            header = {
                "format": FORMAT,
                "version": VERSION,
                "created_at": datetime.now().astimezone().isoformat(timespec="seconds"),
                "schema_version": schema.version(conn),
                "keys": keys.slots_to_json(slots),
                "payload": {"size": size, "sha256": sha},
            }
            line = json.dumps(header, sort_keys=True, separators=(",", ":")).encode("ascii")
            with paths.atomic_writer(target, replace=False) as out, copy_path.open("rb") as src:
                out.write(MAGIC + line + b"\n" + hashlib.sha256(line).hexdigest().encode() + b"\n")
                while chunk := src.read(_CHUNK):
                    out.write(chunk)
    except FileExistsError:
        raise errors.Refused.known("backup_target_exists", path=target) from None
    except database.Error as exc:
        raise database.write_problem(exc) from None
    except OSError as exc:
        raise os_problem(exc, "Writing the backup") from None


def _not_a_backup(path: Path) -> errors.Damaged:
    return errors.Damaged.known("not_a_backup", name=path.name)


def read_header(path: Path) -> BackupHeader:
    """The header of a backup file; Damaged if it is not one or is damaged."""
    try:
        with path.open("rb") as handle:
            if handle.read(len(MAGIC)) != MAGIC:
                raise _not_a_backup(path)
            line = handle.readline(_MAX_HEADER).rstrip(b"\n")
            check = handle.readline(100).rstrip(b"\n")
            offset = handle.tell()
    except FileNotFoundError:
        raise errors.Locked.known("no_backup", path=path) from None
    except OSError as exc:
        raise errors.Damaged(f"{path.name} cannot be read: {exc.strerror}.") from None
    if hashlib.sha256(line).hexdigest().encode() != check:
        raise errors.Damaged.known("backup_header_damaged", name=path.name)
    try:
        doc: Any = json.loads(line.decode("ascii"))
        if doc["format"] != FORMAT or doc["version"] != VERSION:
            raise ValueError("unknown backup format")
        return BackupHeader(
            created_at=str(doc["created_at"]),
            schema_version=int(doc["schema_version"]),
            slots=keys.slots_from_json(doc["keys"]),
            size=int(doc["payload"]["size"]),
            sha256=str(doc["payload"]["sha256"]),
            offset=offset,
        )
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        raise errors.Damaged.known("backup_header_damaged", name=path.name) from None


def extract(path: Path, header: BackupHeader, dest: Path) -> None:
    """Copy the database bytes out of a backup into `dest` (owner-only),
    checking their size and SHA-256; Damaged if they differ."""
    digest = hashlib.sha256()
    size = 0
    old_umask = os.umask(0o077)
    try:
        with path.open("rb") as src, dest.open("xb") as out:
            src.seek(header.offset)
            while chunk := src.read(_CHUNK):
                digest.update(chunk)
                size += len(chunk)
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
    except OSError as exc:
        raise os_problem(exc, "Reading the backup") from None
    finally:
        os.umask(old_umask)
    if size != header.size or digest.hexdigest() != header.sha256:
        raise errors.Damaged.known("backup_checksum", name=path.name)
