"""Backup files: one encrypted file that holds the database and its key slots.

Layout: the magic line `PEERJOURNAL-BACKUP`, one line of JSON header (format
version, when, the key slots, the payload's size and SHA-256, and its seal),
one line with the SHA-256 of the header line, then the encrypted database bytes
exactly as SQLCipher wrote them. The checksums tell accidental damage (Damaged)
apart from a wrong passphrase (Locked).

The seal is an HMAC-SHA256 of the rest of the header (the payload's hash
included), keyed from the data key by HKDF: only someone holding the data key
can pair a header with a payload, so an old payload under a newer header, or a
header with other key slots, is refused as damaged. Backups written before seals
existed are still read (see `check_seal`): a reviewer's note is in docs/dev/backups.md.

Writing copies the database file's encrypted pages as they are, under one read
snapshot (a backup carries the same data key, so nothing needs re-encrypting);
when the file alone does not hold that snapshot (other writers are busy), it
falls back to SQLite's backup API.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import hmac
import json
import os
import re
import tempfile
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

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
_SEAL_INFO = b"peerjournal backup seal v1"
_SEAL_SHAPE = re.compile(r"[0-9a-f]{64}")
# A table every journal has once this version opened it: a payload holding it was
# written by a PeerJournal that seals its backups, so an unsealed header on it was altered.
SEALED_SINCE_TABLE = "backup_places"
_SNAPSHOT_TRIES = 3


@dataclass(frozen=True, slots=True)
class BackupHeader:
    """What a backup file says about itself."""

    created_at: str
    schema_version: int
    slots: list[KeySlot]
    size: int
    sha256: str
    offset: int  # where the database bytes start
    seal: str | None = None  # None: written before backups were sealed
    signed: bytes = b""  # what the seal authenticates


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
        return errors.NoSpace(f"{what} failed: the disk is full. Nothing was changed.")
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return errors.PeerJournalError(
            f"{what} failed: the folder is read-only, or not yours to write in. "
            "Choose a folder you can write to. Nothing was changed."
        )
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


def _checked_tables(conn: Connection) -> list[str]:
    """Every ordinary table, the search index's own storage tables included."""
    return [
        str(row[0])
        for row in conn.execute(
            "SELECT name FROM sqlite_schema WHERE type = 'table' "
            "AND coalesce(sql, '') NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name"
        ).fetchall()
    ]


def verify_connection(
    conn: Connection,
    what: str = "The journal",
    *,
    pages: bool = True,
    page_checker: Connection | None = None,
) -> None:
    """Damaged on any failure of: SQLCipher's HMAC of every page, free ones
    included (`pages`; a sealed backup's seal already covers every byte), SQLite's
    quick check of every table's b-tree (each page it reads is decrypted and its
    HMAC checked again), and the foreign-key check. With `page_checker` (a second
    connection to the same file), the page HMACs are checked on it meanwhile, on
    another thread: SQLite lets go of Python while it works.

    Measured on the 100,000-encounter journal (docs/dev/backups.md): the full
    `integrity_check` spends half its time in FTS5's own consistency check of the
    search index and a sixth cross-checking every index entry against its row;
    the table-by-table quick check skips both. The search index's pages are still
    authenticated and its tables' b-trees still walked; it holds no record, and
    REINDEX or a rebuild repairs what the skipped checks would find."""
    damaged = errors.Damaged(f"{what} failed its integrity check: it is damaged. Restore a backup.")
    page_result: list[Any] = []
    worker: threading.Thread | None = None
    if pages and page_checker is not None:
        checker = page_checker

        def check_pages() -> None:
            try:
                page_result.append(checker.execute("PRAGMA cipher_integrity_check").fetchall())
            except database.Error:
                page_result.append(None)

        worker = threading.Thread(target=check_pages, name="peerjournal-page-check", daemon=True)
        worker.start()
    try:
        cipher: Any = []
        if pages and worker is None:
            cipher = conn.execute("PRAGMA cipher_integrity_check").fetchall()
        quick = [
            row
            for table in _checked_tables(conn)
            for row in conn.execute(f'PRAGMA quick_check("{table}")').fetchall()
        ]
        foreign = conn.execute("PRAGMA foreign_key_check").fetchall()
    except database.Error:
        raise damaged from None
    finally:
        if worker is not None:
            worker.join()
    if worker is not None:
        cipher = page_result[0] if page_result else None
    if cipher is None or cipher or any(row != ("ok",) for row in quick):
        raise damaged
    if foreign:
        raise errors.Damaged(
            f"{what} failed its integrity check: some records name records that are missing. "
            "Restore a backup."
        )


def written_by_sealing_version(conn: Connection) -> bool:
    """Whether the database was last written by a PeerJournal that seals backups."""
    row = conn.execute(
        "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?", (SEALED_SINCE_TABLE,)
    ).fetchone()
    return row is not None


def _seal_key(data_key: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_SEAL_INFO).derive(data_key)


def _signed_bytes(doc: dict[str, Any]) -> bytes:
    """The canonical bytes of a header without its seal: what the seal authenticates."""
    bare = {name: value for name, value in doc.items() if name != "seal"}
    return json.dumps(bare, sort_keys=True, separators=(",", ":")).encode("ascii")


def _seal(doc: dict[str, Any], data_key: bytes) -> str:
    return hmac.new(_seal_key(data_key), _signed_bytes(doc), hashlib.sha256).hexdigest()


def check_seal(path: Path, header: BackupHeader, data_key: bytes) -> bool:
    """True when the backup's seal matches (the header and its payload hash were
    written together by someone with the data key); Damaged when it does not.
    False for a backup written before seals: the caller decides (see
    `written_by_sealing_version`)."""
    if header.seal is None:
        return False
    expected = hmac.new(_seal_key(data_key), header.signed, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, header.seal):
        raise errors.Damaged(
            f"The backup {path.name} is damaged or was altered: its seal does not match its "
            "contents. Use another backup."
        )
    return True


# --- writing -----------------------------------------------------------------

# Descriptors of live database files, kept open: on POSIX, closing any descriptor
# of a file drops every lock this process holds on it, SQLite's own included, so a
# descriptor we open on a journal in use is never closed (one per file, reused).
_HELD: dict[tuple[int, int], int] = {}
_HELD_LOCK = threading.Lock()
_USERS: dict[str, int] = {}  # open Vaults per journal path, to know when to let go


def journal_opened(path: Path) -> None:
    """A Vault of this process opened the journal at `path`."""
    with _HELD_LOCK:
        _USERS[str(path)] = _USERS.get(str(path), 0) + 1


def journal_closed(path: Path) -> None:
    """A Vault closed it; with the last one, the kept descriptor goes too (no
    connection of this process holds a lock on the file any more)."""
    with _HELD_LOCK:
        left = _USERS.get(str(path), 0) - 1
        if left > 0:
            _USERS[str(path)] = left
            return
        _USERS.pop(str(path), None)
        try:
            info = os.stat(path)
        except OSError:
            return
        fd = _HELD.pop((info.st_dev, info.st_ino), -1)
    if fd >= 0:
        os.close(fd)


@contextlib.contextmanager
def _reader(path: Path, *, live: bool) -> Iterator[int]:
    """A read-only descriptor of `path`; for a `live` database, one that stays open."""
    # Windows locks are per handle, and a file held open there cannot be replaced.
    if not live or os.name == "nt":
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
        try:
            yield fd
        finally:
            os.close(fd)
        return
    with _HELD_LOCK:
        info = os.stat(path)
        fd = _HELD.get((info.st_dev, info.st_ino), -1)
        if fd < 0:
            fd = os.open(path, os.O_RDONLY)
            opened = os.fstat(fd)
            _HELD[(opened.st_dev, opened.st_ino)] = fd
    yield fd


def _read_at(fd: int, size: int, offset: int) -> bytes:
    if hasattr(os, "pread"):
        return os.pread(fd, size, offset)
    os.lseek(fd, offset, os.SEEK_SET)  # Windows: our own handle, no one else moves it
    return os.read(fd, size)


def _chunks(fd: int, size: int) -> Iterator[bytes]:
    """The first `size` bytes of `fd`, in chunks; OSError if the file is shorter."""
    offset = 0
    while offset < size:
        chunk = _read_at(fd, min(_CHUNK, size - offset), offset)
        if not chunk:
            raise OSError(errno.EIO, "the database file is shorter than its snapshot")
        offset += len(chunk)
        yield chunk


def _hash(fd: int, size: int) -> str:
    digest = hashlib.sha256()
    for chunk in _chunks(fd, size):
        digest.update(chunk)
    return digest.hexdigest()


class _Moved(Exception):
    """The file changed between hashing and copying: write it the other way."""


def _write_file(target: Path, fd: int, size: int, header: dict[str, Any], data_key: bytes) -> None:
    """Header (sealed), then the first `size` bytes of `fd`, atomically at `target`."""
    header["seal"] = _seal(header, data_key)
    line = json.dumps(header, sort_keys=True, separators=(",", ":")).encode("ascii")
    digest = hashlib.sha256()
    with paths.atomic_writer(target, replace=False) as out:
        out.write(MAGIC + line + b"\n" + hashlib.sha256(line).hexdigest().encode() + b"\n")
        for chunk in _chunks(fd, size):
            digest.update(chunk)
            out.write(chunk)
        if digest.hexdigest() != header["payload"]["sha256"]:
            raise _Moved


def _header(conn: Connection, slots: Sequence[KeySlot], size: int, sha: str) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "version": VERSION,
        "created_at": datetime.now().astimezone().isoformat(timespec="seconds"),
        "schema_version": schema.version(conn),
        "keys": keys.slots_to_json(slots),
        "payload": {"size": size, "sha256": sha},
    }


def _database_file(conn: Connection) -> Path | None:
    for _seq, name, file in conn.execute("PRAGMA database_list").fetchall():
        if name == "main" and file:
            return Path(file)
    return None


def _data_version(conn: Connection) -> int:
    return int(conn.execute("PRAGMA data_version").fetchone()[0])


def _from_snapshot(
    conn: Connection, data_key: bytes, slots: Sequence[KeySlot], target: Path
) -> bool:
    """Copy the database file's pages as they are, under one read transaction in
    which the file alone holds the snapshot. False when that could not be had.

    A passive checkpoint first moves the WAL into the file; if no other connection
    committed since (data_version) and the checkpoint moved every frame, the file
    is the snapshot, and no checkpoint can write into it while we read (SQLite
    never checkpoints past an open reader's snapshot)."""
    db_file = _database_file(conn)
    if db_file is None:
        return False
    for _ in range(_SNAPSHOT_TRIES):
        version = _data_version(conn)
        busy, log, moved = conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        conn.execute("BEGIN")
        try:
            conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()  # the snapshot
            if busy or log != moved or _data_version(conn) != version:
                continue
            page_size = int(conn.execute("PRAGMA page_size").fetchone()[0])
            size = int(conn.execute("PRAGMA page_count").fetchone()[0]) * page_size
            with _reader(db_file, live=True) as fd:
                header = _header(conn, slots, size, _hash(fd, size))
                try:
                    _write_file(target, fd, size, header, data_key)
                except _Moved:
                    continue
            return True
        finally:
            conn.execute("ROLLBACK")
    return False


def _through_backup_api(
    conn: Connection, data_key: bytes, slots: Sequence[KeySlot], target: Path
) -> None:
    """The slow, always-consistent way: SQLite's backup API into a temp database
    (decrypting and re-encrypting each page), then that file."""
    with temp_database(target.parent, target.name) as copy_path:
        copy = database.connect(copy_path, data_key, create=True, what="The backup copy")
        try:
            conn.backup(copy)  # page by page, one consistent snapshot
            copy.execute("PRAGMA journal_mode = DELETE")  # fold any WAL into the file
        finally:
            copy.close()
        if database.is_plain_sqlite(copy_path):  # never let a plaintext copy out
            raise errors.Damaged("The backup copy was not encrypted; nothing was written.")
        size = copy_path.stat().st_size
        with _reader(copy_path, live=False) as fd:
            _write_file(target, fd, size, _header(conn, slots, size, _hash(fd, size)), data_key)


def write_backup(conn: Connection, data_key: bytes, slots: Sequence[KeySlot], target: Path) -> None:
    """A consistent, encrypted, sealed, single-file copy of the open database at
    `target`: written atomically and owner-only. Refused if `target` exists."""
    target = Path(target)
    if target.exists():
        raise errors.Refused(f"{target} already exists. Choose a new file name for the backup.")
    if not target.parent.is_dir():
        raise errors.Invalid(f"The folder {target.parent} does not exist.")
    try:
        if not _from_snapshot(conn, data_key, slots, target):
            _through_backup_api(conn, data_key, slots, target)
    except FileExistsError:
        raise errors.Refused(
            f"{target} already exists. Choose a new file name for the backup."
        ) from None
    except _Moved:
        raise errors.PeerJournalError(
            "The journal changed while it was being backed up; nothing was written. Try again."
        ) from None
    except database.Error as exc:
        raise database.write_problem(exc) from None
    except OSError as exc:
        raise os_problem(exc, "Writing the backup") from None


def _not_a_backup(path: Path) -> errors.Damaged:
    return errors.Damaged(f"{path.name} is not a PeerJournal backup, or it is damaged.")


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
        raise errors.Locked(f"There is no backup at {path}. Check the path.") from None
    except OSError as exc:
        raise errors.Damaged(f"{path.name} cannot be read: {exc.strerror}.") from None
    if hashlib.sha256(line).hexdigest().encode() != check:
        raise errors.Damaged(f"The header of the backup {path.name} is damaged.")
    try:
        doc: Any = json.loads(line.decode("ascii"))
        if doc["format"] != FORMAT or doc["version"] != VERSION:
            raise ValueError("unknown backup format")
        seal = doc.get("seal")
        if seal is not None and not (isinstance(seal, str) and _SEAL_SHAPE.fullmatch(seal)):
            raise ValueError("malformed seal")
        return BackupHeader(
            created_at=str(doc["created_at"]),
            schema_version=int(doc["schema_version"]),
            slots=keys.slots_from_json(doc["keys"]),
            size=int(doc["payload"]["size"]),
            sha256=str(doc["payload"]["sha256"]),
            offset=offset,
            seal=seal,
            signed=_signed_bytes(doc),
        )
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        raise errors.Damaged(f"The header of the backup {path.name} is damaged.") from None


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
        raise errors.Damaged(
            f"The backup {path.name} is damaged: its contents do not match its checksum."
        )
