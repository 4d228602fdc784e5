"""Long journal chores (the daily integrity check and backup) on a thread of their
own, with their own connection, so the one database worker stays free for the
peer: opening a person right after unlock never waits behind a backup."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

MAINTENANCE_THREAD_NAME = "peerjournal-maintenance"


class MaintenanceRunner(QObject):
    """Runs one job on a background thread; `done(result)` or `failed(error)`
    arrives on the GUI thread (a queued signal: this object lives there)."""

    done = Signal(object)
    failed = Signal(object)

    def __init__(self, job: Callable[[], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._job = job
        self._thread = threading.Thread(target=self._run, name=MAINTENANCE_THREAD_NAME, daemon=True)

    @property
    def thread_handle(self) -> threading.Thread:
        """The thread itself, to wait for at quit after this object is deleted."""
        return self._thread

    def start(self) -> None:
        self._thread.start()

    def wait(self, timeout: float) -> bool:
        """Wait for the job (at quit, so a backup is not cut short); True when it ended."""
        if self._thread.is_alive():
            self._thread.join(timeout)
        return not self._thread.is_alive()

    def _run(self) -> None:
        try:
            result = self._job()
        except BaseException as error:  # handed to the GUI thread, which says it plainly
            self.failed.emit(error)
        else:
            self.done.emit(result)


def warm_up_checkers() -> threading.Thread:
    """Build the language and scope checkers' patterns (about 0.4 s, once per process)
    in the background, so the first keystroke in an editor never pays for it."""

    def build() -> None:
        from peerjournal.core import language, scope

        language.hints("warm up")
        scope.findings("warm up")

    thread = threading.Thread(target=build, name="peerjournal-warm-up", daemon=True)
    thread.start()
    return thread
