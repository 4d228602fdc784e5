"""The Vault: one encrypted journal file, opened with its key.

`<path>` is the SQLCipher database; `<path>.keys` holds the key slots. A wrong
passphrase is found out from the key slots alone, before the database is
opened, so it changes no file.
"""

from __future__ import annotations

import contextlib
import functools
import os
import re
import tempfile
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from types import TracebackType
from typing import Any, ParamSpec, TypeVar

from peerjournal import errors, paths
from peerjournal.core import backup_policy, limits
from peerjournal.core.checkins import CopyMade, LifePart
from peerjournal.core.models import (
    Checkin,
    Consent,
    ConsentAttachment,
    Disclosure,
    Encounter,
    Goal,
    JournalContents,
    Person,
    Profile,
    Referral,
    Reflection,
)
from peerjournal.core.report import MonthlyTally
from peerjournal.core.report_audit import LoggedReport
from peerjournal.core.report_facts import ReportFacts
from peerjournal.vault import (
    attachments,
    backup_places,
    database,
    forget,
    keys,
    remake,
    repository,
    schema,
    search,
)
from peerjournal.vault import backup as backups
from peerjournal.vault import checkins as checkin_store
from peerjournal.vault import lock as lock_mod
from peerjournal.vault.database import Connection
from peerjournal.vault.keys import KdfParams, KeySlot
from peerjournal.vault.lock import JournalLock
from peerjournal.vault.search import SearchHit

R = TypeVar("R")
T = TypeVar("T")
P = ParamSpec("P")
_STAMP = "%Y-%m-%d_%H%M%S"
_AUTO_NAME = re.compile(
    r"^(?P<stem>.+)-(?P<stamp>\d{4}-\d{2}-\d{2}_\d{6})" + re.escape(backups.SUFFIX) + "$"
)
# What a backup killed half-way leaves: the atomic writer's temp file, or the temp
# copy of the database with its companions (`.<name>.<random>.tmp[-wal|-shm|-journal]`).
_HALF_WRITTEN = re.compile(
    r"^\.(?P<name>.+" + re.escape(backups.SUFFIX) + r")\.[^.]+\.tmp(-wal|-shm|-journal)?$"
)
COMPANION_CACHE_KIB = 8 * 1024
# How long a rekey waits for the daily check (a second connection) to finish.
COMPANION_WAIT_SECONDS = 120.0
# Older than this, a temp file is no backup in progress (one takes seconds).
_STALE_AFTER = timedelta(minutes=10)


def _plainly(method: Callable[P, T]) -> Callable[P, T]:
    """Turn a sqlite error (a failing disk, a damaged page) into a known problem
    with a plain sentence; never a traceback."""

    @functools.wraps(method)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> T:
        try:
            return method(*args, **kwargs)
        except database.Error as exc:
            raise database.write_problem(exc) from None

    return wrapper


def _exists(vault_path: Path) -> bool:
    return vault_path.exists() or keys.sidecar_path(vault_path).exists()


class Vault:
    """An open journal. Make one with `Vault.create`, `Vault.open` or
    `Vault.open_with_key`; `close()` drops the key."""

    def __init__(
        self,
        path: Path,
        conn: Connection,
        data_key: bytes,
        slots: list[KeySlot],
        lock: JournalLock | None = None,
    ) -> None:
        """Use the class methods; this only holds what they opened."""
        self._path = path
        self._conn: Connection | None = conn
        self._key = bytearray(data_key)
        self._slots = slots
        self._lock = lock  # None for a companion: it lives under its opener's lock
        # Set when a save may have left replaced words in the search index (an
        # edited record), or only in the write-ahead log (a draft kept again):
        # purged before the journal closes.
        self._words_replaced = False
        self._log_dirty = False
        # Companions open on other threads (the daily check): a rekey waits for them.
        self._companions: set[int] = set()
        self._on_close: Callable[[], None] | None = None
        backups.journal_opened(path)

    # --- opening and closing -----------------------------------------------

    @classmethod
    def create(
        cls, path: Path, passphrase: str, *, params: KdfParams | None = None
    ) -> tuple[Vault, str]:
        """A new, empty journal at `path`, and its recovery key ("XXXXX-XXXXX-...").
        Its key derivation is calibrated to this computer (`keys.calibrate`)
        unless `params` are given.

        Refused if a journal (or its key file) is already there."""
        path = Path(path)
        if _exists(path):
            raise errors.Refused.known("journal_already_there", path=path)
        if not passphrase:
            raise errors.Invalid("The passphrase cannot be empty.")
        paths.ensure_private_dir(path.parent)
        params = params or keys.calibrate()
        lock = JournalLock(path)
        lock.acquire_exclusive()
        data_key = keys.new_data_key()
        recovery_key = keys.new_recovery_key()
        slots = [
            keys.wrap(data_key, keys.SLOT_PASSPHRASE, passphrase, params),
            keys.wrap(
                data_key, keys.SLOT_RECOVERY, keys.normalize_recovery_key(recovery_key), params
            ),
        ]
        conn: Connection | None = None
        try:
            conn = database.connect(path, data_key, create=True)
            schema.migrate(conn)
            keys.write_sidecar(path, slots)
        except BaseException as exc:
            if conn is not None:
                conn.close()
            backups.remove_database(path)
            with contextlib.suppress(FileNotFoundError):
                keys.sidecar_path(path).unlink()
            lock.release(forget_file=True)
            if isinstance(exc, OSError):
                raise backups.os_problem(exc, "Creating the journal") from None
            if isinstance(exc, database.Error):
                raise errors.PeerJournalError("The journal could not be created.") from None
            raise
        lock.release()
        lock.acquire_shared()
        return cls(path, conn, data_key, slots, lock), recovery_key

    @staticmethod
    def derive_key(
        path: Path, *, passphrase: str | None = None, recovery_key: str | None = None
    ) -> bytes:
        """The data key from a secret (the slow Argon2id step, safe to run off the
        GUI thread). Reads only the key file; Locked if the secret does not open it.

        While a rekey is unfinished (killed half-way), the key file holds the old
        and the new slots: the secret may open either, and the key that opens the
        database is the one returned."""
        path = Path(path)
        keyfile = keys.read_keyfile(path)
        if not keyfile.pending:
            return keys.unlock_slots(
                keyfile.slots, passphrase=passphrase, recovery_key=recovery_key
            )
        candidates = keys.unlock_candidates(
            [*keyfile.pending, *keyfile.slots], passphrase=passphrase, recovery_key=recovery_key
        )
        for candidate in candidates:
            if database.opens_with(path, candidate):
                return candidate
        if any(keys.key_check(c) == keyfile.pending_check for c in candidates):
            raise database.damaged()
        raise errors.Locked(
            "A change of this journal's keys was interrupted after the journal was "
            "re-encrypted: it now opens with the new passphrase (or the new recovery key) "
            "chosen for it."
        )

    @classmethod
    def open(
        cls, path: Path, *, passphrase: str | None = None, recovery_key: str | None = None
    ) -> Vault:
        """Open the journal with its passphrase or recovery key.

        Locked: no journal there, or the secret does not open it (no file is
        touched). Damaged: the journal fails to decrypt or read."""
        data_key = cls.derive_key(path, passphrase=passphrase, recovery_key=recovery_key)
        return cls.open_with_key(path, data_key)

    @classmethod
    def open_with_key(cls, path: Path, data_key: bytes) -> Vault:
        """Open the journal with a data key from `derive_key`. Migrates an older
        journal, after writing a backup of it into its backups folder.

        Holds the journal's lock shared while open (see vault.lock); finishes a
        rekey that was interrupted, when no one else has the journal open."""
        path = Path(path)
        lock = JournalLock(path)
        waited = lock.acquire_shared()
        try:
            keyfile = keys.read_keyfile(path)
            conn = database.connect(path, data_key)
        except errors.Damaged:
            lock.release()
            if waited:  # another window changed the keys while this one derived its key
                raise errors.Locked(
                    "The journal's keys were changed in another window meanwhile. Unlock it again."
                ) from None
            raise
        except BaseException:
            lock.release()
            raise
        vault = cls(path, conn, data_key, _slots_of(keyfile, data_key), lock)
        try:
            if keyfile.pending:
                vault._finish_interrupted_rekey()
            vault._migrate()
        except BaseException:
            vault.close()
            raise
        return vault

    def _finish_interrupted_rekey(self) -> None:
        """Keep only the slots of the key that opened the database; left for a
        later opening when another process has the journal open too."""
        with contextlib.suppress(errors.Refused), self._exclusive():
            keyfile = keys.read_keyfile(self._path)
            if keyfile.pending:
                self._write_slots(_slots_of(keyfile, bytes(self._key)))

    def _migrate(self) -> None:
        conn = self._db
        schema.check_supported(conn)
        current = schema.version(conn)
        if current == schema.CURRENT_VERSION:
            return
        if current > 0 or not schema.is_empty(conn):
            folder = self.backups_folder
            paths.ensure_private_dir(folder)
            stamp = datetime.now().strftime(_STAMP)
            name = f"{self._path.stem}-before-v{schema.CURRENT_VERSION}-{stamp}{backups.SUFFIX}"
            backups.write_backup(conn, bytes(self._key), self._slots, folder / name)
        try:
            schema.migrate(conn)
        except errors.NoSpace:
            raise
        except (database.Error, errors.PeerJournalError):
            raise errors.Damaged(
                "The journal could not be updated to this version of PeerJournal; it was left "
                "as it was, and a backup of it is in its backups folder."
            ) from None
        database.compact_if_mostly_free(conn)

    def close(self) -> None:
        """Purge replaced words (see `purge_removed_words`), close the database,
        forget the key and let go of the lock. Safe to call twice."""
        if self._conn is not None:
            if self._words_replaced:
                with contextlib.suppress(database.Error, errors.PeerJournalError):
                    self.purge_removed_words()
            elif self._log_dirty:  # the freed cells are zeroed; their old pages are in the log
                with contextlib.suppress(database.Error):
                    self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            with contextlib.suppress(database.Error):
                self._conn.close()
            self._conn = None
            backups.journal_closed(self._path)
        for i in range(len(self._key)):
            self._key[i] = 0
        self._key = bytearray()
        if self._lock is not None:
            self._lock.release()
        if self._on_close is not None:
            self._on_close()
            self._on_close = None

    def __enter__(self) -> Vault:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @property
    def path(self) -> Path:
        """The database file of this journal."""
        return self._path

    @property
    def backups_folder(self) -> Path:
        """Where automatic backups go by default: `<folder>/<name>-backups/`."""
        return backups.folder_for(self._path)

    @property
    def is_open(self) -> bool:
        """False once closed."""
        return self._conn is not None

    @property
    def _db(self) -> Connection:
        if self._conn is None:
            raise errors.Locked("The journal is locked. Open it again with the passphrase.")
        return self._conn

    # --- keys ----------------------------------------------------------------

    @contextlib.contextmanager
    def _exclusive(self) -> Iterator[None]:
        """The journal's lock, exclusive for the block: Refused (exit 3) while
        another process has the journal open."""
        self._db  # noqa: B018 - Locked if closed
        if self._lock is None:
            raise errors.Refused(lock_mod.OPEN_ELSEWHERE)
        if self._lock.outdated:
            raise errors.Locked(
                "The journal's keys were changed in another window. Lock it and open it again."
            )
        with self._lock.exclusively():
            yield

    def is_open_elsewhere(self) -> bool:
        """True when another process (a second window, a command) has this journal
        open too: then its keys cannot be changed nor a backup restored."""
        try:
            with self._exclusive():
                return False
        except errors.Refused:
            return True

    def _slots_now(self) -> list[KeySlot]:
        """The key file read again (under the exclusive lock): what another
        process wrote since this one opened is kept, never overwritten."""
        return _slots_of(keys.read_keyfile(self._path), bytes(self._key))

    def _params_now(self, slots: list[KeySlot]) -> KdfParams:
        """The strength of the current passphrase slot, never below the defaults."""
        base = keys.default_params()
        for slot in slots:
            if slot.kind == keys.SLOT_PASSPHRASE:
                base = slot.params.at_least(base)
        return base

    def change_passphrase(self, new: str) -> None:
        """Rewrap the data key under a new passphrase, atomically: afterwards
        the old passphrase no longer opens the journal. The recovery key still does.
        Refused while another process has the journal open."""
        if not new:
            raise errors.Invalid("The passphrase cannot be empty.")
        with self._exclusive():
            current = self._slots_now()
            fresh = keys.wrap(
                bytes(self._key), keys.SLOT_PASSPHRASE, new, self._params_now(current)
            )
            self._write_slots([fresh, *(s for s in current if s.kind != keys.SLOT_PASSPHRASE)])

    def replace_recovery_key(self) -> str:
        """A new recovery key; the old one no longer opens the journal (old
        copies of the key file, old backups and this data key still do: `rekey`
        is for a key that may have been seen). Refused while open elsewhere."""
        with self._exclusive():
            current = self._slots_now()
            recovery_key = keys.new_recovery_key()
            fresh = keys.wrap(
                bytes(self._key),
                keys.SLOT_RECOVERY,
                keys.normalize_recovery_key(recovery_key),
                self._params_now(current),
            )
            self._write_slots([*(s for s in current if s.kind != keys.SLOT_RECOVERY), fresh])
        return recovery_key

    def rekey(
        self,
        new_passphrase: str,
        *,
        keep_recovery_key: Callable[[str], None] | None = None,
        remake_backups: Sequence[Path] = (),
    ) -> RekeyOutcome:
        """Re-encrypt the journal under a fresh random data key, with a new
        passphrase slot and a new recovery key: afterwards no earlier key material
        (old passphrase, old recovery key, an old copy of the key file, an old
        backup's header) opens it. `keep_recovery_key` gets the new recovery key
        before anything changes (to write the recovery sheet). The files of
        `remake_backups` (backups of this journal under the old key) are re-made
        under the new one. Refused while another process has the journal open.

        Safe against a kill at any moment: the key file first gets the new slots
        beside the old ones (with the new key's fingerprint), then SQLCipher
        re-encrypts every page in one transaction, then the old slots go. An
        opening in between tries both (`derive_key`) and finishes the job."""
        if not new_passphrase:
            raise errors.Invalid("The passphrase cannot be empty.")
        conn = self._db
        # The daily check reads on a second connection with the old key: let it end.
        deadline = time.monotonic() + COMPANION_WAIT_SECONDS
        while self._companions and time.monotonic() < deadline:
            time.sleep(0.05)
        if self._companions:
            raise errors.Refused(
                "The daily check of the journal is still running. Try again in a minute; "
                "nothing was changed."
            )
        with self._exclusive():
            current = self._slots_now()
            params = self._params_now(current)
            new_key = keys.new_data_key()
            recovery_key = keys.new_recovery_key()
            fresh = [
                keys.wrap(new_key, keys.SLOT_PASSPHRASE, new_passphrase, params),
                keys.wrap(
                    new_key, keys.SLOT_RECOVERY, keys.normalize_recovery_key(recovery_key), params
                ),
            ]
            if keep_recovery_key is not None:
                keep_recovery_key(recovery_key)
            try:
                keys.write_sidecar(
                    self._path, current, pending=fresh, pending_check=keys.key_check(new_key)
                )
            except OSError as exc:
                raise backups.os_problem(exc, "Saving the new key") from None
            self._slots = current
            old_key = bytes(self._key)
            try:
                # Everything in the main file first, so the rekey's transaction is
                # the whole of the write-ahead log and the old pages leave with it.
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
                conn.execute(f"PRAGMA rekey = {keys.sqlcipher_key_literal(new_key)}")
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            except database.Error as exc:
                # The key that reads the file now decides which slots stay; when
                # neither does, both stay for the next opening to sort out.
                if database.opens_with(self._path, old_key):
                    self._write_slots(current)
                elif database.opens_with(self._path, new_key):
                    self._key, self._slots = bytearray(new_key), fresh
                    self._write_slots(fresh)
                raise database.write_problem(exc) from None
            # From here the file is under the new key: so are this vault's backups.
            self._key, self._slots = bytearray(new_key), fresh
            with contextlib.suppress(database.Error):
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            self._write_slots(fresh)
            remade, not_remade = remake.remake_under_new_key(
                list(remake_backups), old_key, new_key, fresh
            )
        return RekeyOutcome(recovery_key, tuple(remade), tuple(not_remade))

    def _write_slots(self, slots: list[KeySlot]) -> None:
        try:
            keys.write_sidecar(self._path, slots)
        except OSError as exc:
            raise backups.os_problem(exc, "Saving the new key") from None
        self._slots = slots

    # --- records ---------------------------------------------------------------

    @_plainly
    def profile(self) -> Profile | None:
        """The peer's profile, if set."""
        return repository.profile(self._db)

    @_plainly
    def set_profile(self, value: Profile) -> None:
        """Set (replace) the peer's profile; Invalid when a field is over its size limit."""
        self._log_dirty = True
        too_long = limits.problem(value)
        if too_long:
            raise errors.Invalid(too_long)
        repository.set_profile(self._db, value)

    @_plainly
    def get(self, kind: type[R], record_id: str) -> R:
        """The record of this kind with this id; NotFound if there is none."""
        return repository.get(self._db, kind, record_id)

    @_plainly
    def find(self, kind: type[R], record_id: str) -> R | None:
        """The record of this kind with this id, or None."""
        return repository.find(self._db, kind, record_id)

    @_plainly
    def save(self, record: Any) -> None:
        """Insert or update one record, in one transaction. Invalid (nothing saved)
        when a field is over its size limit (core.limits), as every editor saves here.
        The words an edit replaced leave the file when the journal is closed or locked."""
        too_long = limits.problem(record)
        if too_long:
            raise errors.Invalid(too_long)
        record_id = getattr(record, "id", None)
        if not self._words_replaced and isinstance(record_id, str):
            # Only an edit replaces words in the index; a new record adds some.
            with contextlib.suppress(errors.Invalid):
                found = repository.find(self._db, type(record), record_id)
                self._words_replaced = found is not None
        self._log_dirty = True
        repository.save(self._db, record)

    @_plainly
    def delete(self, kind: type[Any], record_id: str) -> None:
        """Delete one record; Refused while other records name it. Its words
        leave the file at once (index, free pages, write-ahead log)."""
        repository.delete(self._db, kind, record_id)
        self.purge_removed_words()

    @_plainly
    def purge_removed_words(self) -> None:
        """Leave no deleted or replaced words anywhere in the journal file: the
        search index merged, freed pages zeroed, the write-ahead log folded in
        and truncated. Earlier backups still hold them until they age out."""
        database.purge_removed_words(self._db)
        self._words_replaced = self._log_dirty = False

    @_plainly
    def forget_plan(self, person_id: str) -> forget.Forgetting:
        """What forgetting a person would delete; NotFound if no such person."""
        return forget.plan(self._db, person_id)

    @_plainly
    def forget_person(self, person_id: str) -> forget.Forgetting:
        """A person's wish to be forgotten: them and every record about them, in
        one transaction (reflections unlinked, the disclosure log kept without
        them), then none of their words anywhere in the file."""
        return forget.forget(self._db, person_id, after=self.purge_removed_words)

    @_plainly
    def forgotten_disclosures(self) -> list[tuple[str, str, str, str, bool]]:
        """The disclosure log's entries about people since forgotten, newest first."""
        return forget.forgotten_disclosures(self._db)

    @_plainly
    def add_contents(self, contents: JournalContents) -> None:
        """Add every record of `contents` in one transaction, or none (Invalid)."""
        repository.add_contents(self._db, contents)

    @_plainly
    def load_contents(self) -> JournalContents:
        """The whole journal, for export."""
        return repository.load_contents(self._db)

    @_plainly
    def ids(self) -> dict[str, set[str]]:
        """The ids in each interchange list."""
        return repository.ids(self._db)

    @_plainly
    def count(self, kind: type[Any]) -> int:
        """How many records of this kind."""
        return repository.count(self._db, kind)

    @_plainly
    def people(
        self, filter_text: str = "", limit: int | None = None, offset: int = 0
    ) -> list[Person]:
        """People by name; a filter matches any part of the preferred or legal
        name, in any case and with or without accents."""
        return repository.people(self._db, filter_text, limit, offset)

    @_plainly
    def encounters_of(self, person_id: str) -> list[Encounter]:
        """A person's encounters, newest first."""
        return repository.encounters_of(self._db, person_id)

    @_plainly
    def goals_of(self, person_id: str) -> list[Goal]:
        """A person's goals, newest first."""
        return repository.goals_of(self._db, person_id)

    @_plainly
    def consents_of(self, person_id: str) -> list[Consent]:
        """A person's consents, newest first."""
        return repository.consents_of(self._db, person_id)

    @_plainly
    def referrals_of(self, person_id: str) -> list[Referral]:
        """A person's referrals, newest first."""
        return repository.referrals_of(self._db, person_id)

    @_plainly
    def reflections(self, limit: int | None = None, offset: int = 0) -> list[Reflection]:
        """The peer's reflections, newest first."""
        return repository.reflections(self._db, limit, offset)

    @_plainly
    def reflections_of_encounter(self, encounter_id: str) -> list[Reflection]:
        """The reflections about one encounter, newest first."""
        return repository.reflections_of_encounter(self._db, encounter_id)

    @_plainly
    def reflections_of_person(self, person_id: str) -> list[Reflection]:
        """The reflections about any of one person's encounters, newest first."""
        return repository.reflections_of_person(self._db, person_id)

    @_plainly
    def consents_between(self, person_id: str, recipient_id: str) -> list[Consent]:
        """A person's consents to one recipient, newest first."""
        return repository.consents_between(self._db, person_id, recipient_id)

    @_plainly
    def follow_ups_due(self, on: date) -> list[Encounter | Referral]:
        """Encounters and referrals to follow up on or before `on`, oldest first."""
        return repository.follow_ups_due(self._db, on)

    # --- check-ins and copies made ------------------------------------------------

    @_plainly
    def checkins_of(self, person_id: str) -> list[Checkin]:
        """A person's check-ins, newest first."""
        return checkin_store.checkins_of(self._db, person_id)

    @_plainly
    def find_checkin(self, checkin_id: str) -> Checkin | None:
        """One check-in, or None."""
        return checkin_store.find_checkin(self._db, checkin_id)

    @_plainly
    def save_checkin(
        self,
        checkin: Checkin,
        *,
        renames: Mapping[str, str] | None = None,
        new_parts: Sequence[str] = (),
    ) -> None:
        """Insert or replace one check-in, with the part renames (id -> name) and new
        parts of the same moment, all or nothing. A part name the person has not
        used before becomes one of their parts of life."""
        checkin_store.save_checkin(self._db, checkin, renames=renames, new_parts=new_parts)

    @_plainly
    def delete_checkin(self, checkin_id: str) -> None:
        """Delete one check-in."""
        checkin_store.delete_checkin(self._db, checkin_id)

    @_plainly
    def life_parts_of(self, person_id: str) -> list[LifePart]:
        """The person's own parts of life, in their order."""
        return checkin_store.life_parts_of(self._db, person_id)

    @_plainly
    def add_life_part(self, person_id: str, name: str) -> LifePart:
        """Add a part of life to the person's list."""
        return checkin_store.add_life_part(self._db, person_id, name)

    @_plainly
    def rename_life_part(self, part_id: str, new_name: str) -> None:
        """Rename a part of life; its earlier ratings stay with it."""
        checkin_store.rename_life_part(self._db, part_id, new_name)

    @_plainly
    def copies_made(self, person_id: str) -> list[CopyMade]:
        """The copies of their own record a person was given, newest first."""
        return checkin_store.copies_made(self._db, person_id)

    @_plainly
    def record_copy_made(self, copy: CopyMade) -> None:
        """Log one copy of their own record given to a person."""
        checkin_store.record_copy_made(self._db, copy)

    @_plainly
    def search(
        self, query: str, *, limit: int = 50, offset: int = 0, include_reflections: bool = True
    ) -> list[SearchHit]:
        """Full-text search, best first; any text is safe to pass."""
        return search.search(
            self._db, query, limit=limit, offset=offset, include_reflections=include_reflections
        )

    @_plainly
    def disclosures(self, person_id: str | None = None) -> list[Disclosure]:
        """The disclosure log, newest first."""
        return repository.disclosures(self._db, person_id)

    @_plainly
    def record_disclosure(self, disclosure: Disclosure, *, also_save: Any = None) -> None:
        """Add one entry to the disclosure log (and save `also_save`, the
        referral now sent, in the same transaction)."""
        repository.record_disclosure(self._db, disclosure, also_save)

    @_plainly
    def save_draft(self, key: str, payload: dict[str, Any]) -> None:
        """Keep an unfinished form inside the encrypted journal (the words it
        replaced leave the write-ahead log when the journal closes)."""
        self._log_dirty = True
        repository.save_draft(self._db, key, payload)

    @_plainly
    def drafts(self) -> dict[str, dict[str, Any]]:
        """Every kept draft, by key."""
        return repository.drafts(self._db)

    @_plainly
    def discard_draft(self, key: str) -> None:
        """Forget a draft (its words leave the file when the journal closes)."""
        self._log_dirty = True
        repository.discard_draft(self._db, key)

    @_plainly
    def journal_setting(self, key: str) -> Any:
        """A choice kept in this journal (JSON value), or None."""
        return repository.journal_setting(self._db, key)

    @_plainly
    def set_journal_setting(self, key: str, value: Any) -> None:
        """Keep a choice in this journal; None forgets it."""
        repository.set_journal_setting(self._db, key, value)

    @_plainly
    def report_tally(self, start: date, end: date) -> MonthlyTally:
        """What a report counts in [start, end], month by month (no text)."""
        return repository.report_tally(self._db, start, end)

    @_plainly
    def report_log(self) -> list[LoggedReport]:
        """Every anonymized report written, oldest first (what each published)."""
        return repository.report_log(self._db)

    @_plainly
    def record_report(self, entry: LoggedReport) -> int:
        """Add a written report to the report log; its number."""
        return repository.record_report(self._db, entry)

    @_plainly
    def report_facts(self, start: date, end: date) -> ReportFacts:
        """The light, text-free rows a report for [start, end] counts."""
        return repository.report_facts(self._db, start, end)

    @_plainly
    def add_attachment(self, attachment: ConsentAttachment) -> None:
        """Keep a photo or scan of a signed consent inside the journal."""
        attachments.add(self._db, attachment)

    @_plainly
    def attachments_of(self, consent_id: str) -> list[ConsentAttachment]:
        """A consent's attachments, without their bytes."""
        return attachments.of_consent(self._db, consent_id)

    @_plainly
    def attachment(self, attachment_id: str) -> ConsentAttachment:
        """One attachment with its bytes."""
        return attachments.get(self._db, attachment_id)

    @_plainly
    def delete_attachment(self, attachment_id: str) -> None:
        """Remove one attachment."""
        attachments.delete(self._db, attachment_id)

    # --- backups -----------------------------------------------------------------

    def backup_to(self, target: Path) -> None:
        """Write one encrypted, consistent backup file (the same passphrase opens
        it). Refused if `target` exists; NoSpace if the disk is full."""
        backups.write_backup(self._db, bytes(self._key), self._slots, Path(target))

    def verify(self) -> None:
        """Check the open journal's page HMACs and integrity; Damaged on failure."""
        conn = self._db
        checker = database.connect(self._path, bytes(self._key))  # the page HMACs, meanwhile
        try:
            backups.verify_connection(conn, page_checker=checker)
        finally:
            checker.close()

    def auto_backup(self, folder: Path, now: datetime) -> Path | None:
        """Write a dated backup into `folder` at most once a day, then remove the
        backups the rolling window no longer keeps (7 daily, 4 weekly, 6 monthly).

        Returns the new file, or None when today's backup already exists. A
        missing folder or a full disk raises a PeerJournalError (NoSpace)."""
        folder = Path(folder)
        if not folder.is_dir():
            raise errors.PeerJournalError(
                f"The backup folder {folder} is not there. Plug in the drive, or choose "
                "another backup folder."
            )
        self._sweep_half_written(folder, now)
        taken = self._automatic_backups(folder)
        written: Path | None = None
        if not any(when.date() == now.date() for when in taken):
            written = folder / f"{self._path.stem}-{now.strftime(_STAMP)}{backups.SUFFIX}"
            self.backup_to(written)
            taken[now.replace(microsecond=0, tzinfo=None)] = written
        keep = backup_policy.backups_to_keep(list(taken), now.replace(tzinfo=None))
        for when, entry in taken.items():
            if when not in keep and entry != written:
                with contextlib.suppress(FileNotFoundError):
                    entry.unlink()
        return written

    def _automatic_backups(self, folder: Path) -> dict[datetime, Path]:
        """This journal's dated automatic backups in `folder`, by when they were made."""
        taken: dict[datetime, Path] = {}
        if not folder.is_dir():
            return taken
        for entry in folder.iterdir():
            match = _AUTO_NAME.match(entry.name)
            if match and match["stem"] == self._path.stem:
                with contextlib.suppress(ValueError):
                    taken[datetime.strptime(match["stamp"], _STAMP)] = entry
        return taken

    def _sweep_half_written(self, folder: Path, now: datetime) -> None:
        """Remove what earlier automatic backups of this journal left when the app was
        killed mid-way (encrypted, but each a full-size copy: it would fill a USB stick)."""
        cutoff = (now - _STALE_AFTER).timestamp()
        for entry in folder.iterdir():
            match = _HALF_WRITTEN.match(entry.name)
            auto = _AUTO_NAME.match(match["name"]) if match else None
            if auto is None or auto["stem"] != self._path.stem:
                continue
            with contextlib.suppress(OSError):
                if entry.stat().st_mtime < cutoff:
                    entry.unlink()

    @_plainly
    def note_backup_place(self, target: Path, now: datetime) -> None:
        """Remember, inside the journal, that a manual backup to `target` starts now,
        so that what it leaves if killed is swept later (`sweep_backup_places`)."""
        backup_places.remember(self._db, Path(target), now)

    @_plainly
    def sweep_backup_places(self, now: datetime) -> int:
        """Remove what killed manual backups of this journal left in the folders they
        were written to (only our own temp names, older than a backup takes)."""
        return backup_places.sweep(self._db, now)

    def has_backup_on(self, folder: Path, day: date) -> bool:
        """Whether `folder` holds this journal's automatic backup of `day`."""
        return any(when.date() == day for when in self._automatic_backups(Path(folder)))

    def open_companion(self) -> Vault:
        """A second connection to this journal with the same key, for maintenance on
        another thread (the integrity check, the daily backup) while this one keeps
        serving the peer. WAL lets it read one consistent snapshot meanwhile."""
        if not self._key:
            raise errors.Locked("The journal is locked.")
        key = bytes(self._key)
        conn = database.connect(self._path, key)
        # Verify and back up read each page once: a big page cache would only hold memory.
        conn.execute(f"PRAGMA cache_size = -{COMPANION_CACHE_KIB}")
        companion = Vault(self._path, conn, key, list(self._slots))  # under this one's lock
        self._companions.add(id(companion))
        companion._on_close = functools.partial(self._companions.discard, id(companion))
        return companion

    @staticmethod
    def verify_file(
        path: Path, *, passphrase: str | None = None, recovery_key: str | None = None
    ) -> None:
        """Check a journal or a backup file: it opens with the secret (else
        Locked) and passes the integrity checks (else Damaged)."""
        path = Path(path)
        if backups.is_backup(path):
            header = backups.read_header(path)
            data_key = keys.unlock_slots(
                header.slots, passphrase=passphrase, recovery_key=recovery_key
            )
            sealed = backups.check_seal(path, header, data_key)
            with tempfile.TemporaryDirectory(prefix="peerjournal-verify-") as scratch:
                copy = Path(scratch) / "journal"
                backups.extract(path, header, copy)
                _check_database(copy, data_key, "The backup", sealed=sealed)
            return
        if path.exists() and not keys.sidecar_path(path).exists():
            raise errors.Damaged(
                f"{path.name} is not a PeerJournal backup, and has no key file next to it "
                "as a journal would."
            )
        data_key = Vault.derive_key(path, passphrase=passphrase, recovery_key=recovery_key)
        _check_database(path, data_key, "The journal")

    @staticmethod
    def restore(
        backup: Path,
        target: Path,
        *,
        passphrase: str | None = None,
        recovery_key: str | None = None,
        replace: bool = False,
    ) -> Path | None:
        """Restore a backup as the journal at `target`.

        The secret must open the backup (Locked) and the copy must pass the
        integrity checks (Damaged) before anything is installed. Refused if a
        journal is at `target` unless `replace`: then the old journal is first
        moved aside, and the path it was moved to is returned (it opens as before).
        A failed restore leaves nothing behind."""
        backup_file, target = Path(backup), Path(target)
        if _exists(target) and not replace:
            raise errors.Refused(
                f"There is already a journal at {target}. Restore with replace to keep it "
                "aside and put the backup in its place."
            )
        header = backups.read_header(backup_file)
        data_key = keys.unlock_slots(header.slots, passphrase=passphrase, recovery_key=recovery_key)
        sealed = backups.check_seal(backup_file, header, data_key)
        if header.schema_version > schema.CURRENT_VERSION:
            raise errors.Refused(
                "This backup was made by a newer version of PeerJournal. Update PeerJournal "
                "to restore it; nothing was changed."
            )
        paths.ensure_private_dir(target.parent)
        lock = JournalLock(target)
        lock.acquire_exclusive()  # Refused while the journal is open anywhere
        done = False
        try:
            with backups.temp_database(target.parent, target.name + ".restore") as copy:
                backups.extract(backup_file, header, copy)
                _check_database(copy, data_key, "The backup", sealed=sealed)
                kept = _move_aside(target) if _exists(target) else None
                for stale in database.companions(target):  # never replay a foreign WAL
                    with contextlib.suppress(FileNotFoundError):
                        stale.unlink()
                keys.write_sidecar(target, header.slots)
                os.replace(copy, target)
                paths.fsync_dir(target.parent)
                done = True
        except OSError as exc:
            raise backups.os_problem(exc, "Restoring the backup") from None
        finally:
            lock.release(forget_file=not done and not _exists(target))
        return kept


@dataclass(frozen=True, slots=True)
class RekeyOutcome:
    """What `Vault.rekey` did: the new recovery key (to show once), and which
    backups were re-made under the new key and which could not be."""

    recovery_key: str
    remade: tuple[Path, ...] = ()
    not_remade: tuple[Path, ...] = ()


def _slots_of(keyfile: keys.KeyFile, data_key: bytes) -> list[KeySlot]:
    """The slots that wrap `data_key`: the pending ones when it is the new key of
    an interrupted rekey, else the current ones."""
    if keyfile.pending and keys.key_check(data_key) == keyfile.pending_check:
        return keyfile.pending
    return keyfile.slots


def _check_database(
    db_path: Path, data_key: bytes, what: str, *, sealed: bool | None = None
) -> None:
    """The integrity checks; for a backup, `sealed` says whether its seal matched
    (its every byte is then authenticated already) or it has none: then it must be
    older than seals, else its header was altered (Damaged)."""
    conn = database.connect(db_path, data_key, what=what)
    try:
        schema.check_supported(conn)
        if sealed is False and backups.written_by_sealing_version(conn):
            raise errors.Damaged(
                f"{what} was altered: it comes from a version of PeerJournal that seals its "
                "backups, and its seal is missing. Use another backup."
            )
        if sealed:  # the seal covers every byte already
            backups.verify_connection(conn, what, pages=False)
        else:
            checker = database.connect(db_path, data_key, what=what)
            try:
                backups.verify_connection(conn, what, page_checker=checker)
            finally:
                checker.close()
        # Fold the WAL into the file, so a restored copy is one self-contained file.
        with contextlib.suppress(database.Error):
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


def _move_aside(target: Path) -> Path:
    """Move a journal's files to `<name>.replaced-<timestamp>` beside it (a path
    that opens as a journal with the same key file) and return that path."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = target.with_name(f"{target.name}.replaced-{stamp}")
    number = 1
    while _exists(aside):
        number += 1
        aside = target.with_name(f"{target.name}.replaced-{stamp}-{number}")
    moves = [(keys.sidecar_path(target), keys.sidecar_path(aside)), (target, aside)]
    moves += list(zip(database.companions(target), database.companions(aside), strict=True))
    for old, new in moves:
        if old.exists():
            os.replace(old, new)
    paths.fsync_dir(target.parent)
    return aside
