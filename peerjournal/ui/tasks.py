"""One serialized worker thread for all journal (vault) work.

As in Anki's taskman: the window never touches the vault. Each job is a
function `fn(vault)` that runs on the one worker thread, in the order asked;
its result (or error) comes back on the GUI thread through a queued signal.
The vault object itself lives only on the worker: it is opened there, used
there and closed there, so the GUI thread cannot hold it by mistake.

Locking bumps a generation number: results of jobs asked before the lock are
dropped instead of being delivered to views that were just cleared.
"""

from __future__ import annotations

import queue
import sys
import threading
import traceback
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot

from peerjournal.errors import Locked, PeerJournalError

T = TypeVar("T")
Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]

WORKER_THREAD_NAME = "peerjournal-vault"


@dataclass(slots=True)
class _Job:
    fn: Callable[[Any], Any]
    on_done: Done | None
    on_error: Failed | None
    generation: int
    kind: str  # "run" (needs the open vault), "plain" (no vault), "open", "close"
    latest: Hashable | None = None  # "latest request wins": the key it answers
    ticket: int = 0


@dataclass(slots=True)
class _Result:
    job: _Job
    value: Any = None
    error: BaseException | None = None


def describe_error(error: BaseException) -> str:
    """A plain sentence for the window: the message of a known problem, a
    generic sentence for a bug (whose text might hold anything)."""
    if isinstance(error, PeerJournalError):
        # Known sentences of the lower layers are English; a translation is used
        # when the catalog has one.
        return QCoreApplication.translate("Errors", error.message)
    return QCoreApplication.translate(
        "Errors", "Something went wrong. Your journal was not changed by this step.")


def callback_alive(callback: Callable[..., Any] | None) -> bool:
    """False when a callback's Qt objects are gone: its bound widget, or a widget
    its closure captured (`lambda v: self.label.setText(v)`). A view closed while
    its job ran must not receive the result."""
    if callback is None:
        return True
    owners: list[Any] = [getattr(callback, "__self__", None)]
    for cell in getattr(callback, "__closure__", None) or ():
        try:
            owners.append(cell.cell_contents)
        except ValueError:  # an empty cell
            continue
    return all(shiboken6.isValid(o) for o in owners if isinstance(o, QObject))


def report_bug(error: BaseException) -> None:
    """Print where a bug happened on standard error, without its message
    (a message could quote personal data)."""
    frames = "".join(traceback.format_tb(error.__traceback__))
    sys.stderr.write(f"PeerJournal bug: {type(error).__name__}\n{frames}")


class TaskManager(QObject):
    """Runs journal work off the GUI thread, one job at a time, in order."""

    busy_changed = Signal(bool)
    """True while jobs are waiting or running."""
    vault_opened = Signal()
    vault_closed = Signal()
    failed = Signal(str)
    """A job without its own error handler failed: a plain sentence to show."""

    _deliver = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._jobs: queue.SimpleQueue[_Job | None] = queue.SimpleQueue()
        self._vault: Any = None  # touched only on the worker thread
        self._generation = 0
        self._pending = 0
        self._latest: dict[Hashable, int] = {}  # key -> ticket of its newest request
        self._tickets = 0
        self._is_open = False
        self._stopped = False
        self._deliver.connect(self._on_deliver, Qt.ConnectionType.QueuedConnection)
        self._thread = threading.Thread(target=self._loop, name=WORKER_THREAD_NAME, daemon=True)
        self._thread.start()

    # ----- asking for work (GUI thread) -----

    @property
    def busy(self) -> bool:
        """True while jobs are waiting or running."""
        return self._pending > 0

    @property
    def is_open(self) -> bool:
        """True once a vault was opened and until it is closed (as the GUI sees it)."""
        return self._is_open

    @property
    def worker_thread(self) -> threading.Thread:
        """The one thread on which the vault lives."""
        return self._thread

    def run(self, fn: Callable[[Any], T], on_done: Callable[[T], None] | None = None,
            on_error: Failed | None = None, *, latest: Hashable | None = None) -> None:
        """Run `fn(vault)` on the worker; `on_done(result)` or `on_error(error)`
        then runs on the GUI thread. Without an open vault, `fn` is not called
        and the error is `Locked`.

        With `latest` (a key such as `(id(view), "search")`), only the newest
        request of that key is answered: a result that arrives after a newer
        request of the same key, or after `cancel_latest(key)`, is dropped
        (no hand-rolled generation counter in the view)."""
        job = _Job(fn, on_done, on_error, self._generation, "run")
        if latest is not None:
            self._tickets += 1
            job.latest, job.ticket = latest, self._tickets
            self._latest[latest] = self._tickets
        self._put(job)

    def cancel_latest(self, latest: Hashable) -> None:
        """Drop the answer of the pending request of this key, if any."""
        if latest in self._latest:
            self._tickets += 1
            self._latest[latest] = self._tickets

    def run_plain(self, fn: Callable[[], Any], on_done: Done | None = None,
                  on_error: Failed | None = None) -> None:
        """Run `fn()` (no vault) on the worker, in the same order as the rest:
        key derivation and other slow work that must not freeze the window."""
        self._put(_Job(lambda _vault: fn(), on_done, on_error, self._generation, "plain"))

    def open_vault(self, opener: Callable[[], Any], on_done: Done | None = None,
                   on_error: Failed | None = None) -> None:
        """Run `opener()` on the worker and keep what it returns as the open
        vault (closing any vault open before). `on_done` gets None: the vault
        never leaves the worker. `opener` may return (vault, extra): then
        `on_done` gets `extra` (e.g. the recovery key of a new journal)."""
        self._put(_Job(lambda _vault: opener(), on_done, on_error, self._generation, "open"))

    def close_vault(self, on_done: Done | None = None) -> None:
        """Close the vault (drop its key). Results of jobs asked before are not
        delivered; jobs already queued still run first (a draft being saved
        is kept)."""
        self._generation += 1
        self._is_open = False
        self._put(_Job(lambda _vault: None, on_done, None, self._generation, "close"))

    def shutdown(self, timeout: float = 10.0) -> None:
        """Close the vault and stop the worker, waiting for queued jobs."""
        if self._stopped:
            return
        self.close_vault()
        self._stopped = True
        self._jobs.put(None)
        self._thread.join(timeout)

    def wait_idle(self, timeout: float = 30.0) -> bool:
        """Block until the jobs asked so far have run (results not yet
        delivered). For benchmarks and shutdown; the window never waits."""
        if self._stopped:
            return True
        reached = threading.Event()
        self._jobs.put(_Job(lambda _vault: reached.set(), None, None, -1, "barrier"))
        return reached.wait(timeout)

    def _put(self, job: _Job) -> None:
        if self._stopped:
            raise RuntimeError("the journal worker has stopped")
        if job.kind == "open":
            self._is_open = True
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)
        self._jobs.put(job)

    # ----- the worker thread -----

    def _loop(self) -> None:
        while True:
            job = self._jobs.get()
            if job is None:
                self._close_here()
                return
            if job.kind == "barrier":
                job.fn(None)
                continue
            result = _Result(job)
            try:
                result.value = self._execute(job)
            except BaseException as error:  # delivered to the GUI thread, never lost
                result.error = error
            self._deliver.emit(result)

    def _execute(self, job: _Job) -> Any:
        if job.kind == "close":
            self._close_here()
            return None
        if job.kind == "open":
            self._close_here()
            opened = job.fn(None)
            extra = None
            if isinstance(opened, tuple):
                opened, extra = opened
            self._vault = opened
            return extra
        if job.kind == "run":
            if self._vault is None:
                raise Locked("The journal is locked. Unlock it to continue.")
            return job.fn(self._vault)
        return job.fn(None)

    def _close_here(self) -> None:
        vault, self._vault = self._vault, None
        if vault is not None:
            try:
                vault.close()
            except Exception as error:  # closing must not stop the worker
                report_bug(error)

    # ----- delivering results (GUI thread) -----

    @Slot(object)
    def _on_deliver(self, result: _Result) -> None:
        self._pending -= 1
        job = result.job
        try:
            if job.kind == "open":
                if result.error is None:
                    self.vault_opened.emit()
                elif job.generation == self._generation:
                    self._is_open = False
            if job.kind == "close":
                self.vault_closed.emit()
            if job.latest is not None:
                if self._latest.get(job.latest) != job.ticket:
                    return  # a newer request of the same key was made since
                del self._latest[job.latest]
            if job.generation != self._generation:
                return  # asked before a lock: its views are gone
            if not callback_alive(job.on_done if result.error is None else job.on_error):
                return  # its view was closed while the job ran
            if result.error is not None:
                self._fail(job, result.error)
            elif job.on_done is not None:
                job.on_done(result.value)
        finally:
            if self._pending == 0:
                self.busy_changed.emit(False)

    def _fail(self, job: _Job, error: BaseException) -> None:
        if job.on_error is not None:
            job.on_error(error)
            return
        if not isinstance(error, PeerJournalError):
            report_bug(error)
        self.failed.emit(describe_error(error))
