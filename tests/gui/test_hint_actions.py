"""Language hints in the window, on a real encrypted journal: the three right-click
actions (Use '…', Not here, Never hint this word, removable in Settings), hints off
in private reflections unless turned on, and reasons said by their kind code."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QMenu, QPlainTextEdit

from peerjournal.core.language import hints
from peerjournal.services import hint_settings
from peerjournal.ui.views.encounter_editor import EncounterEditor
from peerjournal.ui.views.reflection_editor import ReflectionEditor
from peerjournal.ui.views.settings_dialog import SettingsDialog
from peerjournal.ui.widgets.check_reasons import finding_reason, hint_reason
from peerjournal.ui.widgets.hint_preferences import hint_preferences
from peerjournal.ui.widgets.prompt_field import PromptField
from tests.gui.test_editors_support import (
    PERSON,
    journal_fixture,  # noqa: F401 (the journal fixture)
    run_on_worker,
    show_active,
)


def _field(qtbot: Any, tasks: Any, text: str) -> PromptField:
    hint_preferences().follow(tasks)
    qtbot.waitUntil(lambda: True)
    field = PromptField("Their story, in their words")
    qtbot.addWidget(field)
    field.set_text(text)
    return field


def _actions(field: PromptField, phrase: str, nth: int = 0) -> dict[str, Any]:
    text = field.text()
    at = -1
    for _ in range(nth + 1):
        at = text.index(phrase, at + 1)
    actions = field.hint_actions.actions_at(at + 1, field)
    return {a.text(): a for a in actions}


def _hinted(field: PromptField) -> list[str]:
    assert field.highlighter is not None
    return [h.text for h in field.highlighter.all_hints()]


def test_use_replaces_the_phrase_with_a_suggestion(qtbot, tasks, journal):
    field = _field(qtbot, tasks, "He is an addict and a good father.")
    actions = _actions(field, "addict")
    assert "Use “person who uses drugs”" in actions
    actions["Use “person who uses drugs”"].trigger()
    assert field.text() == "He is a person who uses drugs and a good father."
    assert _hinted(field) == []
    field.editor.undo()  # one step undoes it
    assert field.text() == "He is an addict and a good father."


def test_not_here_sets_aside_only_this_one(qtbot, tasks, journal):
    field = _field(qtbot, tasks, "The addict by the door.\nAnother addict came in.")
    assert _hinted(field) == ["addict", "addict"]
    _actions(field, "addict")["Not here"].trigger()
    assert _hinted(field) == ["addict"]
    assert field.highlighter is not None
    second = field.text().index("addict", 10)
    assert field.highlighter.hint_at(second + 1) is not None


def test_never_hint_is_kept_in_the_journal_and_removable_in_settings(qtbot, tasks, journal):
    field = _field(qtbot, tasks, "A junkie asked for water. The junkie left.")
    qtbot.waitUntil(lambda: hint_preferences().words() == frozenset(), timeout=5000)
    assert _hinted(field) == ["junkie", "junkie"]
    _actions(field, "junkie")["Never hint “junkie”"].trigger()
    assert _hinted(field) == []
    qtbot.waitUntil(
        lambda: run_on_worker(qtbot, tasks, hint_settings.never_hinted) == ["junkie"],
        timeout=5000,
    )
    # other phrases are still hinted
    field.set_text("A junkie and an addict.")
    assert _hinted(field) == ["addict"]

    dialog = SettingsDialog(None, 5)
    qtbot.addWidget(dialog)
    assert dialog.never_hinted_words() == ["junkie"]
    dialog.never_hinted.setCurrentRow(0)
    dialog.hint_again_button.click()
    assert dialog.never_hinted_words() == []
    dialog.accept()
    assert _hinted(field) == ["junkie", "addict"]
    qtbot.waitUntil(
        lambda: run_on_worker(qtbot, tasks, hint_settings.never_hinted) == [], timeout=5000
    )


def test_the_right_click_menu_holds_the_hint_actions(qtbot, tasks, journal):
    field = _field(qtbot, tasks, "He is an addict.")
    show_active(field)
    editor: QPlainTextEdit = field.editor
    cursor = editor.textCursor()
    cursor.setPosition(field.text().index("addict") + 2)
    pos = editor.cursorRect(cursor).center()
    seen: list[str] = []

    def read_menu() -> None:
        menu = QApplication.activePopupWidget()
        if isinstance(menu, QMenu):
            seen.extend(a.text() for a in menu.actions() if not a.isSeparator())
            menu.close()

    QTimer.singleShot(200, read_menu)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, editor.mapToGlobal(pos))
    QApplication.sendEvent(editor.viewport(), event)
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert seen[:2] == ["Use “person who uses drugs”", "Use “person in recovery”"]
    assert "Not here" in seen and "Never hint “addict”" in seen
    assert any("Copy" in t for t in seen)  # the usual actions stay


def test_hints_are_off_in_reflections_until_turned_on(qtbot, tasks, journal):
    reflection = ReflectionEditor(tasks)
    qtbot.addWidget(reflection)
    encounter = EncounterEditor(tasks, PERSON.id)
    qtbot.addWidget(encounter)
    reflection.what_i_shared.editor.setPlainText("I was an addict; the junkie in me still talks.")
    encounter.their_story.editor.setPlainText("The junkie by the door.")
    highlighter = reflection.what_i_shared.highlighter
    assert highlighter is not None
    assert highlighter.all_hints() == []
    assert encounter.their_story.highlighter is not None
    assert [h.text for h in encounter.their_story.highlighter.all_hints()] == ["junkie"]

    dialog = SettingsDialog(None, 5)
    qtbot.addWidget(dialog)
    assert not dialog.hints_in_reflections.isChecked()
    dialog.hints_in_reflections.setChecked(True)
    dialog.accept()
    assert [h.text for h in highlighter.all_hints()] == ["junkie"]
    qtbot.waitUntil(
        lambda: run_on_worker(qtbot, tasks, hint_settings.hints_in_reflections), timeout=5000
    )


def test_reasons_are_said_by_their_code(qtbot, qapp):
    (hint,) = hints("He is an addict.")
    assert hint_reason(hint) == hint.why  # English window: the same sentence
    from peerjournal.core.scope import findings

    (finding,) = findings("She should stop taking her Zoloft.")
    assert finding.kind == "medication"
    assert finding_reason(finding) == finding.why
    assert Qt is not None and QPoint is not None
