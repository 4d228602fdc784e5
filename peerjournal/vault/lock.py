"""One journal, several processes: an advisory lock beside the journal.

Every process that has a journal open holds `<journal>.lock` shared, so reading
and adding records work side by side. What rewrites the key slots or replaces
the file (passwd, rekey, restore --replace, the window's key changes) takes it
exclusive without waiting, and is refused while anyone else has the journal
open. The lock file is never moved or deleted (deleting a lock file lets two
processes lock two different files), and holds nothing.

portalocker gives the same shared and exclusive modes on Linux, macOS (flock)
and Windows. A flock belongs to one open file: two locks in one process on
two handles exclude each other like two processes do.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO

import portalocker

from peerjournal import errors, paths

SUFFIX = ".lock"
# How long an opening waits for a key change under way elsewhere (a rekey of a
# large journal takes seconds) before saying the journal is busy.
SHARED_WAIT_SECONDS = 30.0
_POLL = 0.05

OPEN_ELSEWHERE = (
    "The journal is open in another window or program, so its keys cannot be changed "
    "now. Close the other window (or wait for the command to finish) and try again. "
    "Nothing was changed."
)


def lock_path(vault_path: Path) -> Path:
    """`<journal>.lock`, beside the journal."""
    vault_path = Path(vault_path)
    return vault_path.with_name(vault_path.name + SUFFIX)


class JournalLock:
    """The lock one open journal holds: shared while open, exclusive for a key
    change or a restore. `release()` (or closing the journal) lets go."""

    def __init__(self, vault_path: Path) -> None:
        self._path = lock_path(vault_path)
        self._handle: IO[bytes] | None = None
        self._mode = ""
        self._created = False
        # True once this process waited for another one's key change: its open
        # connection may hold the old key and must be opened again.
        self.outdated = False

    @property
    def mode(self) -> str:
        """ "shared", "exclusive" or "" (not held)."""
        return self._mode

    def _open(self) -> IO[bytes] | None:
        """The lock file, made owner-only if missing; read-only where the folder is
        (a lock on a read-only handle works the same); None where there is no lock
        file and none can be made: a read-only folder, where no one changes keys."""
        if self._handle is None:
            old_umask = os.umask(0o077)
            try:
                try:
                    fd = os.open(self._path, os.O_RDWR | os.O_CREAT | os.O_EXCL, paths.OWNER_ONLY)
                    self._created = True
                except FileExistsError:
                    fd = os.open(self._path, os.O_RDWR | os.O_CREAT, paths.OWNER_ONLY)
                self._handle = os.fdopen(fd, "r+b", buffering=0)
            except OSError:
                try:
                    self._handle = open(self._path, "rb", buffering=0)  # noqa: SIM115
                except OSError:
                    return None
            finally:
                os.umask(old_umask)
        return self._handle

    def _try(self, flags: portalocker.LockFlags) -> bool:
        handle = self._open()
        if handle is None:
            return True
        try:
            portalocker.lock(handle, flags | portalocker.LockFlags.NON_BLOCKING)
        except portalocker.exceptions.LockException:
            return False
        return True

    def _unlock(self) -> None:
        if self._handle is not None and self._mode:
            with contextlib.suppress(portalocker.exceptions.LockException, OSError):
                portalocker.unlock(self._handle)
        self._mode = ""

    def acquire_shared(self, wait: float = SHARED_WAIT_SECONDS) -> bool:
        """Hold the lock shared, waiting up to `wait` seconds for a key change
        under way elsewhere. Refused when it does not end in time. True when it
        had to wait (the keys may have changed meanwhile)."""
        deadline = time.monotonic() + wait
        waited = False
        while not self._try(portalocker.LockFlags.SHARED):
            waited = True
            if time.monotonic() >= deadline:
                self.release()
                raise errors.Refused(
                    "The journal is busy: another window or program is changing its keys or "
                    "restoring it. Try again in a minute."
                )
            time.sleep(_POLL)
        self._mode = "shared"
        return waited

    def acquire_exclusive(self) -> None:
        """Hold the lock exclusive, without waiting: Refused (exit 3) while any
        other process, or another open journal in this one, holds it."""
        if not self._try(portalocker.LockFlags.EXCLUSIVE):
            self.release()
            raise errors.Refused(OPEN_ELSEWHERE)
        self._mode = "exclusive"

    @contextlib.contextmanager
    def exclusively(self) -> Iterator[None]:
        """From shared to exclusive for the block, then back to shared. Refused
        (and still shared) when someone else has the journal open.

        The change is not atomic on every system (flock drops the shared lock
        first); if another process took the exclusive lock in that instant, this
        one waits for it and marks itself `outdated`."""
        if self._mode != "shared":
            raise errors.Locked("The journal is locked. Open it again with the passphrase.")
        self._unlock()
        if not self._try(portalocker.LockFlags.EXCLUSIVE):
            if not self._try(portalocker.LockFlags.SHARED):
                self.outdated = self.acquire_shared() or self.outdated
            else:
                self._mode = "shared"
            raise errors.Refused(OPEN_ELSEWHERE)
        self._mode = "exclusive"
        try:
            yield
        finally:
            self._unlock()
            self.outdated = self.acquire_shared() or self.outdated

    def __del__(self) -> None:
        # A journal dropped without close() lets go of its lock quietly.
        self.release()

    def release(self, *, forget_file: bool = False) -> None:
        """Let go of the lock and close the lock file. Safe to call twice.
        `forget_file`: remove the lock file too if this lock made it (a journal
        that failed to be created or restored leaves nothing behind)."""
        remove = forget_file and self._created and self._mode == "exclusive"
        self._unlock()
        if remove:
            with contextlib.suppress(OSError):
                self._path.unlink()
        if self._handle is not None:
            with contextlib.suppress(OSError):
                self._handle.close()
            self._handle = None


def is_open_elsewhere(vault_path: Path) -> bool:
    """True when another process (or another open journal here) holds the lock:
    for a window that opens a journal to say it is already open."""
    probe = JournalLock(vault_path)
    try:
        if not Path(vault_path).exists():
            return False
        return not probe._try(portalocker.LockFlags.EXCLUSIVE)
    finally:
        probe.release()
