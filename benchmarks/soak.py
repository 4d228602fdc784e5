"""Soak: a compressed day in the real window, to find what stays alive.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/soak.py    (make soak)

For SOAK_SECONDS (default 480) it drives the window round after round: find a
person (typed in "Find a person", then Enter), read their newest entry, write an
encounter (with a language hint, an autosaved draft, then Save), write a
reflection on it, search the journal, open the report and close it; it locks
and unlocks only every SOAK_LOCK_EVERY rounds when that is set. Each round it
samples resident memory, Python objects by type, top-level widgets, open file
descriptors and threads. At the end every record it saved must be in the
journal. The last line is exactly:

    soak: N rounds, RSS slope X MB per 100 rounds, top-level widgets slope Y per 100, lost Z

Targets without locking: X <= 2, Y = 0, Z = 0, no exception, no Qt critical message.
Everything happens in a thrown-away home folder with the made-up demo people.
"""

from __future__ import annotations

import collections
import gc
import os
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
PASSPHRASE = "soak journal with made-up people only"
WARM_UP_ROUNDS = 3
"""Rounds left out of the slopes: first-use caches (fonts, checkers, pages) fill there."""


def private_home(folder: Path) -> None:
    """HOME and the XDG folders in `folder`, before anything reads them."""
    os.environ["HOME"] = str(folder)
    for var, sub in (("XDG_DATA_HOME", ".local/share"), ("XDG_CONFIG_HOME", ".config"),
                     ("XDG_CACHE_HOME", ".cache"), ("XDG_STATE_HOME", ".local/state")):
        (folder / sub).mkdir(parents=True, exist_ok=True)
        os.environ[var] = str(folder / sub)
    os.environ.pop("PEERJOURNAL_VAULT", None)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["PEERJOURNAL_TEST_FAST_KDF"] = "1"  # a thrown-away journal


def resident_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def open_fds() -> int:
    try:
        return len(os.listdir("/proc/self/fd"))
    except OSError:
        return -1


def objects_by_type() -> collections.Counter[str]:
    gc.collect()
    return collections.Counter(type(o).__name__ for o in gc.get_objects())


def slope(values: list[float]) -> float:
    """Least-squares slope per round."""
    n = len(values)
    if n < 2:
        return 0.0
    mean_x = (n - 1) / 2
    mean_y = sum(values) / n
    num = sum((x - mean_x) * (y - mean_y) for x, y in enumerate(values))
    den = sum((x - mean_x) ** 2 for x in range(n))
    return num / den if den else 0.0


class Driver:
    """The window, driven as a peer would (code presses what a peer would press)."""

    def __init__(self, window: Any, app: Any) -> None:
        self.window = window
        self.app = app
        self.saved_encounters: list[str] = []
        self.saved_reflections: list[str] = []

    def wait(self, condition: Callable[[], bool], what: str, timeout: float = 60.0) -> None:
        from PySide6.QtCore import QEventLoop

        end = time.monotonic() + timeout
        while not condition():
            if time.monotonic() > end:
                raise TimeoutError(f"soak: timed out waiting for {what}")
            self.app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
            time.sleep(0.001)

    def settle(self, seconds: float = 0.02) -> None:
        from PySide6.QtCore import QCoreApplication, QEvent

        end = time.monotonic() + seconds
        while time.monotonic() < end:
            self.app.processEvents()
        self.wait(lambda: not self.window.tasks.busy, "the worker")
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    def on_worker(self, fn: Callable[[Any], Any]) -> Any:
        box: list[Any] = []
        self.window.tasks.run(fn, on_done=box.append, on_error=box.append)
        self.wait(lambda: bool(box), "the journal worker")
        if isinstance(box[0], BaseException):
            raise box[0]
        return box[0]

    def unlock(self) -> None:
        welcome = self.window.welcome
        welcome.passphrase.setText(PASSPHRASE)
        welcome.try_unlock()
        self.wait(lambda: self.window.is_unlocked, "unlocking")
        view = self.window.journal
        self.wait(lambda: view.people_model.rowCount() > 0, "the people list")
        self.wait(lambda: self.window._maintenance is None, "the daily check")
        self.settle()

    def round(self, number: int, names: list[tuple[str, str]]) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        from peerjournal.ui.views.encounter_editor import EncounterEditor
        from peerjournal.ui.views.reflection_editor import ReflectionEditor
        from peerjournal.ui.views.report_view import ReportView

        view = self.window.journal
        person_id, name = names[number % len(names)]

        # Find a person: their name in "Find a person", then Enter at once.
        view.focus_people_search()
        view.people_search.setText(name)
        QTest.keyClick(view.people_search, Qt.Key.Key_Return)
        self.wait(lambda: view.person_page.person is not None
                  and view.person_page.person.id == person_id, "the person's page")
        self.settle()

        # Read: their newest entry in the reading pane.
        if view.person_page.model.rowCount():
            view.person_page.timeline.selectRow(0)
            self.wait(lambda: bool(view.person_page.reading.toPlainText()), "the reading pane")

        # Write an encounter: a language hint shows, the draft autosaves, then Save.
        view.new_encounter(person_id)
        editor = next(e for e in view.open_editors() if isinstance(e, EncounterEditor))
        editor.their_story.set_text(f"Round {number}: they have been clean for 40 days and "
                                    "want to keep going to the Tuesday meeting.")
        cursor = editor.their_story.editor.textCursor()
        cursor.setPosition(editor.their_story.text().index("clean") + 2)
        editor.their_story.editor.setTextCursor(cursor)
        editor.their_story.editor.setFocus()
        self.wait(lambda: bool(editor.their_story.hint_text()), "a language hint", 20)
        editor.what_they_want.set_text("A bed at the recovery residence.")
        editor.what_i_did.set_text("Called the residence together.")
        editor.autosaver.save_now()
        self.settle()
        saved: list[str] = []
        editor.saved.connect(saved.append)
        editor.save_button.click()
        self.wait(lambda: bool(saved), "the encounter saved")
        self.saved_encounters.append(saved[0])
        encounter_id = saved[0]
        self.settle()

        # Write a reflection on it.
        view.new_reflection(encounter_id)
        reflection = next(e for e in view.open_editors() if isinstance(e, ReflectionEditor))
        reflection.learned_from_them.set_text(f"Round {number}: patience with paperwork.")
        reflection.what_i_shared.set_text("My own first winter.")
        done: list[str] = []
        reflection.saved.connect(done.append)
        reflection.save_button.click()
        self.wait(lambda: bool(done), "the reflection saved")
        self.saved_reflections.append(done[0])
        self.settle()

        # Search the journal.
        view.search_field.setText("residence")
        view.run_search()
        self.wait(lambda: view.pages.currentIndex() == view.SEARCH
                  and view.search_model.rowCount() > 0, "search results")

        # Open the report, let it build, close it.
        view.show_report()
        report = next(e for e in view.open_editors() if isinstance(e, ReportView))
        built: list[int] = []
        report.report_shown.connect(built.append)
        report.build()
        self.wait(lambda: bool(built), "the report")
        report.close()
        self.settle()

    def lost(self) -> int:
        """Saved records that are not in the journal (should be none)."""
        from peerjournal.core.models import Encounter, Reflection

        encounters, reflections = list(self.saved_encounters), list(self.saved_reflections)

        def missing(vault: Any) -> int:
            return (sum(vault.find(Encounter, i) is None for i in encounters)
                    + sum(vault.find(Reflection, i) is None for i in reflections))

        return int(self.on_worker(missing))


def main() -> int:
    seconds = float(os.environ.get("SOAK_SECONDS", "480"))
    lock_every = int(os.environ.get("SOAK_LOCK_EVERY", "0") or 0)
    with tempfile.TemporaryDirectory(prefix="peerjournal-soak-") as scratch:
        private_home(Path(scratch))
        sys.path.insert(0, str(ROOT))
        return soak(seconds, lock_every)


def soak(seconds: float, lock_every: int) -> int:
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from peerjournal import paths
    from peerjournal.services import unlock as unlock_service
    from peerjournal.ui import app as app_module
    from peerjournal.ui.views.main_window import MainWindow

    critical: list[str] = []

    def on_message(kind: QtMsgType, _context: Any, message: str) -> None:
        if kind in (QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
            critical.append(message)

    qInstallMessageHandler(on_message)
    app = app_module.make_application([])
    journal_path = paths.resolve_vault_path(None)
    paths.ensure_private_dir(journal_path.parent)
    vault, _key = unlock_service.create_demo_journal(journal_path, PASSPHRASE)
    people = [(p.id, p.preferred_name) for p in vault.people()]
    # Names that find one person only (the demo has namesakes).
    names = [(pid, name) for pid, name in people
             if sum(name.casefold() in other.casefold() for _, other in people) == 1][:40]
    vault.close()

    window = MainWindow(journal_path, use_dbus=False)
    window.resize(1200, 760)
    window.show()
    driver = Driver(window, app)
    driver.unlock()

    rss: list[float] = []
    widgets: list[float] = []
    first_types: collections.Counter[str] | None = None
    start = time.monotonic()
    number = 0
    errors: list[str] = []
    try:
        while time.monotonic() - start < seconds:
            driver.round(number, names)
            number += 1
            if lock_every and number % lock_every == 0:
                window.lock()
                driver.settle()
                driver.unlock()
            driver.settle()
            rss.append(resident_mb())
            widgets.append(float(len(QApplication.topLevelWidgets())))
            types = objects_by_type()
            if number == WARM_UP_ROUNDS:
                first_types = types
            print(f"round {number}: RSS {rss[-1]:.1f} MB, top-level widgets {int(widgets[-1])}, "
                  f"fds {open_fds()}, threads {threading.active_count()}, "
                  f"objects {sum(types.values())}", flush=True)
    except Exception as error:  # reported, and the soak fails
        errors.append(f"{type(error).__name__}: {error}")
    lost = driver.lost()
    window.lock()
    driver.settle()
    window.shutdown()

    skip = min(WARM_UP_ROUNDS, max(len(rss) - 2, 0))
    rss_slope = slope(rss[skip:]) * 100
    widget_slope = slope(widgets[skip:]) * 100
    if rss:
        print(f"RSS: start {rss[0]:.1f} MB (after round 1), end {rss[-1]:.1f} MB")
    if first_types is not None:
        growth = objects_by_type() - first_types
        top = ", ".join(f"{name} +{count}" for name, count in growth.most_common(8))
        print(f"growing types since round {WARM_UP_ROUNDS}: {top or 'none'}")
    print(f"exceptions: {len(errors)}{' — ' + errors[0] if errors else ''}; "
          f"Qt critical messages: {len(critical)}")
    print(f"soak: {number} rounds, RSS slope {rss_slope:.2f} MB per 100 rounds, "
          f"top-level widgets slope {widget_slope:.2f} per 100, lost {lost}")
    return 1 if errors or critical or lost else 0


if __name__ == "__main__":
    raise SystemExit(main())
