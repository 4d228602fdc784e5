"""The reflection and goal editors on a real, encrypted journal: they save
every word, say what to change in plain words, and mark reflections private."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import QWidget

from peerjournal.core.models import Encounter, Goal, GoalStatus, Mode, Reflection, SelfCheck
from peerjournal.ui.views.goal_editor import GoalEditor
from peerjournal.ui.views.reflection_editor import ReflectionEditor
from tests.gui.test_editors_support import (
    PERSON,
    journal_fixture,  # noqa: F401 (the journal fixture)
    run_on_worker,
    show_active,
    type_text,
)

ENCOUNTER = Encounter(
    id="e-refl0001",
    person_id=PERSON.id,
    occurred_at=datetime(2025, 5, 2, 14, 0),
    mode=Mode.IN_PERSON,
    their_story="Synthetic.",
)


def test_a_reflection_linked_to_an_encounter_saves_every_word(qtbot, tasks, journal):
    run_on_worker(qtbot, tasks, lambda vault: vault.save(ENCOUNTER))
    editor = ReflectionEditor(tasks, ENCOUNTER.id)
    qtbot.addWidget(editor)
    show_active(editor)
    qtbot.waitUntil(lambda: "2025-05-02" in editor.linked.text(), timeout=5000)
    editor.written.setDateTime(QDateTime(QDate(2025, 5, 2), QTime(18, 5)))
    words = {
        "what_i_shared": "I shared my first detox — the cold, “the shakes”.",
        "what_i_learned": "My shame still speaks first.\nThen it lets go.",
        "unique": "Her humour; her guitar.",
        "universal": "Wanting to be believed.",
        "self_care": "A walk. Call Sam (my sponsor) 🌿.",
        "learned_from_them": "How she asks for help without apologising.",
        "why_i_shared": "For her, I think — or was it for me?",
    }
    for name, text in words.items():
        type_text(getattr(editor, name).editor, text)
    # The private self-check: a mirror, saved as the words ticked.
    editor.self_check[SelfCheck.RUSHED].setChecked(True)
    editor.self_check[SelfCheck.TRIED_TO_FIX].setChecked(True)
    with qtbot.waitSignal(editor.saved, timeout=10_000) as saved:
        editor.save_button.click()
    stored = run_on_worker(qtbot, tasks, lambda vault: vault.get(Reflection, saved.args[0]))
    assert stored == Reflection(
        id=saved.args[0], written_at=datetime(2025, 5, 2, 18, 5), encounter_id=ENCOUNTER.id,
        self_check=(SelfCheck.RUSHED, SelfCheck.TRIED_TO_FIX), **words
    )
    again = ReflectionEditor(tasks, None, stored)
    qtbot.addWidget(again)
    assert again.self_check[SelfCheck.RUSHED].isChecked()
    assert not again.self_check[SelfCheck.COMPARED].isChecked()
    assert again.learned_from_them.text() == words["learned_from_them"]


def test_a_reflection_can_stand_on_its_own_and_is_marked_private(qtbot, tasks, journal):
    editor = ReflectionEditor(tasks)
    qtbot.addWidget(editor)
    show_active(editor)
    assert editor.banner.isVisible()
    assert "Private — only you see this" in editor.banner.sentence.text()
    assert "private" in editor.windowTitle().lower()
    assert editor.on_its_own.isVisible() and not editor.linked.isVisible()
    type_text(editor.what_i_learned.editor, "Listening is enough, sometimes.")
    with qtbot.waitSignal(editor.saved, timeout=10_000) as saved:
        editor.save_button.click()
    stored = run_on_worker(qtbot, tasks, lambda vault: vault.get(Reflection, saved.args[0]))
    assert stored.encounter_id is None
    assert stored.what_i_learned == "Listening is enough, sometimes."
    assert stored.what_i_shared is None


def test_unlinking_a_reflection_saves_it_on_its_own(qtbot, tasks, journal):
    editor = ReflectionEditor(tasks, "e-refl0001")
    qtbot.addWidget(editor)
    show_active(editor)
    editor.linked.setChecked(False)
    type_text(editor.unique.editor, "x")
    with qtbot.waitSignal(editor.saved, timeout=10_000) as saved:
        editor.save_button.click()
    stored = run_on_worker(qtbot, tasks, lambda vault: vault.get(Reflection, saved.args[0]))
    assert stored.encounter_id is None


def test_an_empty_reflection_asks_for_words(qtbot, tasks, journal):
    editor = ReflectionEditor(tasks)
    qtbot.addWidget(editor)
    show_active(editor)
    type_text(editor.universal.editor, "   ")
    editor.save_button.click()
    assert "at least one" in editor.problem_text()
    assert not editor.is_finished
    assert run_on_worker(qtbot, tasks, lambda vault: vault.count(Reflection)) == 0


def test_a_goal_in_their_words_saves_with_its_dates(qtbot, tasks, journal):
    editor = GoalEditor(tasks, PERSON.id)
    qtbot.addWidget(editor)
    show_active(editor)
    assert editor.in_their_words.highlighter is None  # their words: no hints
    assert not editor.closed_on.isEnabled()
    type_text(editor.in_their_words.editor, "“Get my kids back by summer.”")
    editor.set_on.setDate(QDate(2025, 1, 10))
    editor.status.setCurrentIndex(editor.status.findData(GoalStatus.MET.value))
    assert editor.closed_on.isEnabled()
    editor.closed_on.setDate(QDate(2025, 6, 1))
    with qtbot.waitSignal(editor.saved, timeout=10_000) as saved:
        editor.save_button.click()
    stored = run_on_worker(qtbot, tasks, lambda vault: vault.get(Goal, saved.args[0]))
    assert stored == Goal(
        id=saved.args[0],
        person_id=PERSON.id,
        in_their_words="“Get my kids back by summer.”",
        set_on=date(2025, 1, 10),
        status=GoalStatus.MET,
        closed_on=date(2025, 6, 1),
    )


def test_editing_an_active_goal_keeps_no_closing_date(qtbot, tasks, journal):
    goal = Goal(
        id="g-edit0001",
        person_id=PERSON.id,
        in_their_words="Find a job.",
        set_on=date(2025, 2, 1),
        status=GoalStatus.SET_ASIDE,
        closed_on=date(2025, 3, 1),
    )
    run_on_worker(qtbot, tasks, lambda vault: vault.save(goal))
    editor = GoalEditor(tasks, PERSON.id, goal)
    qtbot.addWidget(editor)
    show_active(editor)
    assert editor.in_their_words.text() == "Find a job."
    assert editor.closed_on.date() == QDate(2025, 3, 1)
    editor.status.setCurrentIndex(editor.status.findData(GoalStatus.ACTIVE.value))
    with qtbot.waitSignal(editor.saved, timeout=10_000):
        editor.save_button.click()
    stored = run_on_worker(qtbot, tasks, lambda vault: vault.get(Goal, "g-edit0001"))
    assert stored.status is GoalStatus.ACTIVE and stored.closed_on is None


def test_goal_validation_says_what_to_change(qtbot, tasks, journal):
    editor = GoalEditor(tasks, "")
    qtbot.addWidget(editor)
    show_active(editor)
    editor.set_on.setDate(QDate(2025, 6, 1))
    editor.status.setCurrentIndex(editor.status.findData(GoalStatus.SET_ASIDE.value))
    editor.closed_on.setDate(QDate(2025, 5, 1))
    editor.save_button.click()
    problem = editor.problem_text()
    assert "Choose whose goal this is" in problem
    assert "Write the goal in their words" in problem
    assert "cannot come before" in problem
    assert run_on_worker(qtbot, tasks, lambda vault: vault.count(Goal)) == 0


def test_clear_and_close_empties_reflection_and_goal_editors(qtbot, tasks, journal):
    canary = "Canary-refl-9090"
    reflection = ReflectionEditor(tasks)
    goal = GoalEditor(tasks, PERSON.id)
    for editor in (reflection, goal):
        qtbot.addWidget(editor)
        show_active(editor)
    for field in reflection.prompts:
        type_text(field.editor, canary)
    type_text(goal.in_their_words.editor, canary)
    for editor in (reflection, goal):
        with qtbot.waitSignal(editor.closed, timeout=5000):
            editor.clear_and_close()
    for widget in [*reflection.findChildren(QWidget), *goal.findChildren(QWidget)]:
        for text in (
            getattr(widget, "toPlainText", lambda: "")(),
            getattr(widget, "text", lambda: "")(),
        ):
            assert canary not in str(text)
        if hasattr(widget, "undo") and hasattr(widget, "toPlainText"):
            widget.undo()
            assert canary not in widget.toPlainText()
