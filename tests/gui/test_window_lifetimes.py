"""Nothing closed stays alive (issue 18): every editor, dialog and background
runner the journal opens is deleted once it closes, through one registry that
also clears and closes them all when the journal locks."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QWidget

from peerjournal.ui.maintenance import MaintenanceRunner
from peerjournal.ui.views.encounter_editor import EncounterEditor
from peerjournal.ui.views.reflection_editor import ReflectionEditor
from peerjournal.ui.views.report_view import ReportView
from peerjournal.ui.windows import ClearsOnLock
from tests.gui.journal_walk import (
    PASSPHRASE,
    PERSON_ID,
    WAIT,
    add_person_with_encounter,
    create_journal,
    settle,
)


def alive(kind: type) -> list[QWidget]:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind)]


def test_closed_editors_are_deleted_not_kept_until_the_next_lock(qtbot, window):
    create_journal(qtbot, window)
    add_person_with_encounter(qtbot, window)
    view = window.journal
    for _ in range(5):
        view.new_encounter(PERSON_ID)
        view.new_reflection(None)
        for editor in view.open_editors():
            assert isinstance(editor, ClearsOnLock)
            editor.clear_and_close()
        settle(qtbot, window)
    qtbot.waitUntil(lambda: not alive(EncounterEditor) and not alive(ReflectionEditor),
                    timeout=WAIT)
    assert view.open_editors() == []


def test_a_closed_dialog_is_deleted_and_locking_closes_the_open_ones(qtbot, window):
    create_journal(qtbot, window)
    add_person_with_encounter(qtbot, window)
    view = window.journal
    view.show_report()
    (report,) = [w for w in view.open_editors() if isinstance(w, ReportView)]
    report.close()
    settle(qtbot, window)
    qtbot.waitUntil(lambda: not alive(ReportView), timeout=WAIT)
    view.show_report()
    view.new_encounter(PERSON_ID)
    assert len(view.open_editors()) == 2
    window.lock()
    settle(qtbot, window)
    qtbot.waitUntil(lambda: not alive(ReportView) and not alive(EncounterEditor), timeout=WAIT)


def test_the_daily_check_runner_is_deleted_after_each_run(qtbot, window):
    create_journal(qtbot, window)
    for _ in range(3):
        qtbot.waitUntil(lambda: window._maintenance is None, timeout=WAIT)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        assert window.findChildren(MaintenanceRunner) == []
        window.lock()
        with qtbot.waitSignal(window.daily_check_finished, timeout=WAIT):
            unlock(qtbot, window)
    qtbot.waitUntil(lambda: window._maintenance is None, timeout=WAIT)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert window.findChildren(MaintenanceRunner) == []


def unlock(qtbot: Any, window: Any) -> None:
    window.welcome.passphrase.setText(PASSPHRASE)
    window.welcome.try_unlock()
    qtbot.waitUntil(lambda: window.is_unlocked, timeout=WAIT)
