"""Opening the SQLCipher database with the data key, and the one way to run a
transaction. Every sqlite failure on open becomes `errors.Damaged`."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, Protocol, cast

import sqlcipher3.dbapi2 as sqlite

from peerjournal import errors, paths
from peerjournal.vault.hardening import make_undumpable
from peerjournal.vault.keys import sqlcipher_key_literal

Error: type[Exception] = sqlite.Error
IntegrityError: type[Exception] = sqlite.IntegrityError


class Cursor(Protocol):
    """What the vault uses of a DB-API cursor (sqlcipher3 ships no type stubs)."""

    def fetchone(self) -> Any: ...
    def fetchall(self) -> list[Any]: ...
    def __iter__(self) -> Iterator[Any]: ...


class Connection(Protocol):
    """What the vault uses of a sqlcipher3 connection."""

    def execute(
        self, sql: str, parameters: Sequence[Any] | Mapping[str, Any] = ..., /
    ) -> Cursor: ...
    def executemany(self, sql: str, parameters: Iterable[Sequence[Any]], /) -> Cursor: ...
    def backup(self, target: Connection, /) -> None: ...
    def close(self) -> None: ...


SQLITE_HEADER = b"SQLite format 3\x00"
COMPANION_SUFFIXES = ("-wal", "-shm", "-journal")
CACHE_KIB = 128 * 1024


def companions(db_path: Path) -> list[Path]:
    """The files SQLite keeps beside a database."""
    return [db_path.with_name(db_path.name + suffix) for suffix in COMPANION_SUFFIXES]


def damaged(what: str = "The journal") -> errors.Damaged:
    """The plain sentence for a database that fails to decrypt or read."""
    return errors.Damaged(
        f"{what} could not be read: it is damaged, or it does not belong with this key. "
        "Restore a backup of the journal."
    )


def connect(
    db_path: Path, data_key: bytes, *, create: bool = False, what: str = "The journal"
) -> Connection:
    """Open (or create) the encrypted database and prove the key reads it.

    Damaged when the file is not a database for this key, or any sqlite error
    happens while opening; never a traceback."""
    if not create and not db_path.exists():
        raise errors.Locked(f"There is no journal at {db_path}. Check the path.")
    make_undumpable()  # from the first key on, no core dump holds the journal's words
    old_umask = os.umask(0o077)  # -wal and -shm are born owner-only too
    conn: Connection | None = None
    try:
        conn = cast(
            Connection,
            sqlite.connect(str(db_path), isolation_level=None, check_same_thread=False),
        )
        conn.execute("PRAGMA cipher_log_level = NONE")  # no noise on stderr
        conn.execute(f"PRAGMA key = {sqlcipher_key_literal(data_key)}")
        # Off (SQLCipher's default since 4.5): wiping its buffers made writes 3x slower
        # while the same words sit in Python strings; see hardening.py for what we do instead.
        conn.execute("PRAGMA cipher_memory_security = OFF")
        # Reading the schema is what proves the key (HMAC of page 1).
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("PRAGMA journal_mode = WAL").fetchone()
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        # Overwrite deleted records and freed pages with zeros: a deleted note must
        # not be recoverable even by someone who has the passphrase (FAST leaves
        # free pages as they were). About 3 ms more per save on a large journal.
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("PRAGMA busy_timeout = 5000")
        # Decrypted pages stay in memory: searches and lists of a large journal
        # stop paying for decryption after the first time.
        conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    except errors.PeerJournalError:
        if conn is not None:
            conn.close()
        raise
    except sqlite.Error:
        if conn is not None:
            conn.close()
        raise (read_only(db_path) or damaged(what)) from None
    finally:
        os.umask(old_umask)
    restrict_modes(db_path)
    return conn


def opens_with(db_path: Path, data_key: bytes) -> bool:
    """Whether `data_key` reads the database (page 1's HMAC): which of two keys
    is the right one after an interrupted rekey."""
    try:
        connect(db_path, data_key).close()
    except errors.Damaged:
        return False
    return True


def read_only(db_path: Path) -> errors.ReadOnly | None:
    """The plain sentence when the database or its folder cannot be written (SQLite
    then fails to open it, which must not read as damage); None otherwise."""
    folder = db_path.parent
    if db_path.exists() and not os.access(db_path, os.W_OK):
        return errors.ReadOnly(
            f"The journal file {db_path} is read-only, so it cannot be opened (PeerJournal "
            "writes to it as it opens it). Make the file writable, or copy the journal and "
            "its .keys file into a folder of yours and open that copy. Nothing was changed."
        )
    if folder.is_dir() and not os.access(folder, os.W_OK):
        return errors.ReadOnly(
            f"The folder {folder} is read-only, so the journal in it cannot be opened: "
            "PeerJournal keeps two small working files beside an open journal. Copy the "
            "journal and its .keys file into a folder you can write to (or make this one "
            "writable), then open it there. Nothing was changed."
        )
    return None


def restrict_modes(db_path: Path) -> None:
    """Make the database and its companions owner-only."""
    for path in [db_path, *companions(db_path)]:
        with contextlib.suppress(FileNotFoundError, PermissionError):
            os.chmod(path, paths.OWNER_ONLY)


def write_problem(exc: Exception) -> errors.PeerJournalError:
    """A plain sentence for a failed write (the transaction was rolled back)."""
    text = str(exc).lower()
    name = str(getattr(exc, "sqlite_errorname", ""))
    if name.startswith("SQLITE_FULL") or "full" in text:
        return errors.NoSpace(
            "The disk is full, so nothing was saved. Free some space and try again."
        )
    if name.startswith("SQLITE_IOERR") or "disk i/o error" in text:
        # ENOSPC comes back as SQLITE_FULL; a size limit or a quota comes back here.
        return errors.NoSpace(
            "The journal could not be written: the disk may be full, over a size limit or "
            "failing, so nothing was saved. Free some space and try again."
        )
    if name.startswith("SQLITE_READONLY") or "readonly" in text:
        return errors.ReadOnly(
            "The journal's file or folder has become read-only, so nothing was saved. "
            "Make it writable again (or copy the journal into a folder of yours)."
        )
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        return errors.PeerJournalError(
            "The journal is busy in another window or program, so nothing was saved. "
            "Try again in a moment."
        )
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")):
        return errors.Damaged("The journal is damaged: restore a backup. Nothing was changed.")
    return errors.PeerJournalError(
        "The journal could not be read or written (the disk reported an error). "
        "Nothing was changed."
    )


@contextlib.contextmanager
def transaction(conn: Connection) -> Iterator[Connection]:
    """BEGIN IMMEDIATE ... COMMIT, or ROLLBACK on any exception. A failed write
    (disk full, I/O error) becomes a PeerJournalError; IntegrityError passes
    through for the caller to name the record."""
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
            conn.execute("COMMIT")
        except BaseException:
            with contextlib.suppress(sqlite.Error):  # SQLite may have rolled back already
                conn.execute("ROLLBACK")
            raise
    except sqlite.IntegrityError:
        raise
    except sqlite.Error as exc:
        raise write_problem(exc) from None


def compact_if_mostly_free(conn: Connection, share: float = 0.25) -> bool:
    """VACUUM when more than `share` of the file is free pages (as after a
    migration rebuilt the search index), so checks and backups stop paying for
    them. True if it ran; a failure (a full disk) leaves the journal as it was."""
    pages = int(conn.execute("PRAGMA page_count").fetchone()[0])
    free = int(conn.execute("PRAGMA freelist_count").fetchone()[0])
    if pages == 0 or free <= share * pages:
        return False
    try:
        conn.execute("VACUUM")  # one transaction of its own: all or nothing
    except sqlite.Error:
        return False
    return True


def purge_removed_words(conn: Connection) -> None:
    """Leave no deleted or replaced words anywhere in the file: merge the search
    index into one segment (FTS5 keeps a deleted entry's words in its old
    segments until then; with secure_delete ON the freed pages are zeroed), then
    fold the write-ahead log into the file and truncate it (it holds the pages'
    earlier versions). About 2.5 s on a journal of 100,000 encounters, a few
    milliseconds on a small one."""
    with transaction(conn):
        conn.execute("INSERT INTO search_index (search_index) VALUES ('optimize')")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()


def is_plain_sqlite(path: Path) -> bool:
    """True when a file starts with the plaintext SQLite header (not encrypted)."""
    with path.open("rb") as handle:
        return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER
