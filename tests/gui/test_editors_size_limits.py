"""An editor refuses a field over its size limit with a clear message in the
window, keeping the words as a draft (issue 13: texts 200,000 characters)."""

from __future__ import annotations

from PySide6.QtCore import QDate, QDateTime, QTime

from peerjournal.core import limits
from peerjournal.core.models import Encounter
from peerjournal.ui.views.encounter_editor import EncounterEditor
from tests.gui.test_editors_support import (
    PERSON,
    journal_fixture,  # noqa: F401 (the journal fixture)
    run_on_worker,
    show_active,
)


def test_an_oversize_story_is_refused_with_a_clear_message(qtbot, tasks, journal):
    editor = EncounterEditor(tasks, PERSON.id, None)
    qtbot.addWidget(editor)
    show_active(editor)
    editor.when.setDateTime(QDateTime(QDate(2025, 3, 14), QTime(9, 30)))
    editor.their_story.editor.setPlainText("word " * (limits.MAX_TEXT_CHARS // 5 + 1))
    editor.save_button.click()
    qtbot.waitUntil(lambda: "200,000" in editor.problem_text(), timeout=20_000)
    problem = editor.problem_text()
    assert "their story is 200,005 characters long" in problem
    assert "Shorten it" in problem and "word word" not in problem
    assert not editor.is_finished
    assert run_on_worker(qtbot, tasks, lambda vault: vault.count(Encounter)) == 0
