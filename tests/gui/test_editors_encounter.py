"""The encounter editor on a real, encrypted journal and the real worker:
every word saved exactly, drafts kept encrypted, hints, validation, locking."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtGui import QTextCharFormat
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from peerjournal.core.models import Encounter, Mode, Setting
from peerjournal.ui.views.encounter_editor import EncounterEditor, parse_minutes
from tests.gui.test_editors_support import (
    PERSON,
    click_button,
    files_holding,
    journal_fixture,  # noqa: F401 (the journal fixture)
    run_on_worker,
    show_active,
    type_text,
    visible_message_box,
)

STORY = (
    'She said: "I\'m tired of the shelter — I want my own place."\n'
    "Ñandú café, naïve 💙 résumé, «guillemets», ‘curly’ and “double” quotes,\u00a0nbsp.\n"
    "  two leading spaces and a trailing one "
)
WANT = "“Get my ID back,” in her words; then a job."
HELPED = "Drove her to the DMV. Called the shelter.\nShared my own first month."


def open_editor(qtbot, tasks, encounter=None, person_id=PERSON.id) -> EncounterEditor:
    editor = EncounterEditor(tasks, person_id, encounter)
    qtbot.addWidget(editor)
    show_active(editor)
    return editor


def test_every_word_is_saved_exactly_as_typed(qtbot, tasks, journal: Path):
    editor = open_editor(qtbot, tasks)
    editor.when.setDateTime(QDateTime(QDate(2025, 3, 14), QTime(9, 30)))
    type_text(editor.minutes, "45")
    editor.mode.setCurrentIndex(editor.mode.findData(Mode.PHONE.value))
    editor.setting.setCurrentIndex(editor.setting.findData(Setting.SHELTER.value))
    type_text(editor.their_story.editor, STORY)
    type_text(editor.what_they_want.editor, WANT)
    type_text(editor.how_i_helped.editor, HELPED)
    editor.follow_up.setChecked(True)
    editor.follow_up_on.setDate(QDate(2025, 3, 21))

    with qtbot.waitSignal(editor.saved, timeout=10_000) as saved:
        QTest.keyClick(editor.their_story.editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    record_id = saved.args[0]

    stored = run_on_worker(qtbot, tasks, lambda vault: vault.get(Encounter, record_id))
    assert stored == Encounter(
        id=record_id,
        person_id=PERSON.id,
        occurred_at=datetime(2025, 3, 14, 9, 30),
        mode=Mode.PHONE,
        duration_minutes=45,
        setting=Setting.SHELTER,
        their_story=STORY,
        what_they_want=WANT,
        how_i_helped=HELPED,
        follow_up_on=date(2025, 3, 21),
    )
    assert run_on_worker(qtbot, tasks, lambda vault: vault.drafts()) == {}


def test_editing_keeps_the_record_id_and_changes_only_what_was_typed(qtbot, tasks, journal):
    before = Encounter(
        id="e-existing1",
        person_id=PERSON.id,
        occurred_at=datetime(2025, 1, 2, 8, 0),
        mode=Mode.OUTREACH,
        their_story="First words.",
    )
    run_on_worker(qtbot, tasks, lambda vault: vault.save(before))
    editor = open_editor(qtbot, tasks, before)
    assert editor.their_story.text() == "First words."
    editor.their_story.editor.moveCursor(editor.their_story.editor.textCursor().MoveOperation.End)
    type_text(editor.their_story.editor, " And more.")
    with qtbot.waitSignal(editor.saved, timeout=10_000):
        editor.save_button.click()
    after = run_on_worker(qtbot, tasks, lambda vault: vault.get(Encounter, "e-existing1"))
    assert after.their_story == "First words. And more."
    assert after.mode is Mode.OUTREACH and after.occurred_at == before.occurred_at


def test_a_draft_is_kept_encrypted_and_no_word_touches_disk_in_plaintext(
    qtbot, tasks, journal: Path, tmp_path: Path, private_home: Path
):
    canary = "Canary-ZQX-7781 kestrel"
    editor = open_editor(qtbot, tasks)
    with qtbot.waitSignal(editor.autosaver.saved, timeout=10_000):
        type_text(editor.their_story.editor, f"They told me {canary} today.")
    drafts = run_on_worker(qtbot, tasks, lambda vault: vault.drafts())
    (payload,) = drafts.values()
    assert payload["fields"]["their_story"] == f"They told me {canary} today."
    assert payload["context"] == {"person_id": PERSON.id}
    assert "Draft kept" in editor.status_line.text()
    tasks.wait_idle()
    assert files_holding([tmp_path, private_home], canary) == []


def test_moving_focus_keeps_a_draft_at_once(qtbot, tasks, journal):
    editor = open_editor(qtbot, tasks)
    editor.autosaver.set_delays(600_000, 600_000)  # only a focus change can save now
    type_text(editor.what_they_want.editor, "A bus pass.")
    with qtbot.waitSignal(editor.autosaver.saved, timeout=10_000):
        editor.how_i_helped.editor.setFocus()
        QApplication.processEvents()
    drafts = run_on_worker(qtbot, tasks, lambda vault: vault.drafts())
    assert [d["fields"]["what_they_want"] for d in drafts.values()] == ["A bus pass."]


def test_a_hint_appears_for_a_label_but_never_inside_a_quote(qtbot, tasks, journal):
    editor = open_editor(qtbot, tasks)
    field = editor.their_story
    type_text(field.editor, "He is an addict.")
    assert "Consider" in field.hint_text()
    formats = field.editor.document().firstBlock().layout().formats()
    waved = [
        f
        for f in formats
        if f.format.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline
    ]
    assert [(f.start, f.length) for f in waved] == [(9, len("addict"))]

    field.set_text('"I am an addict," she said.')
    QApplication.processEvents()
    assert field.hint_text() == ""
    formats = field.editor.document().firstBlock().layout().formats()
    assert not [
        f
        for f in formats
        if f.format.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline
    ]


def test_a_hint_never_blocks_saving(qtbot, tasks, journal):
    editor = open_editor(qtbot, tasks)
    type_text(editor.their_story.editor, "He calls himself an addict and a junkie.")
    with qtbot.waitSignal(editor.saved, timeout=10_000) as saved:
        editor.save_button.click()
    stored = run_on_worker(qtbot, tasks, lambda vault: vault.get(Encounter, saved.args[0]))
    assert stored.their_story == "He calls himself an addict and a junkie."


def test_validation_says_what_to_change_in_plain_words(qtbot, tasks, journal):
    editor = open_editor(qtbot, tasks, person_id="")
    type_text(editor.minutes, "2000")
    editor.save_button.click()
    problem = editor.problem_text()
    assert "Choose who this encounter is with" in problem
    assert "from 0 to 1440" in problem
    assert not editor.is_finished
    assert run_on_worker(qtbot, tasks, lambda vault: vault.count(Encounter)) == 0


def test_minutes_must_be_a_whole_number_of_a_day_at_most():
    assert parse_minutes("") is None
    assert parse_minutes(" 90 ") == 90
    assert parse_minutes("0") == 0
    assert parse_minutes("1440") == 1440
    for bad in ("1441", "-5", "4.5", "ten", "٣", "1_0"):
        try:
            parse_minutes(bad)
        except ValueError:
            continue
        raise AssertionError(f"{bad!r} was accepted")


def test_escape_asks_before_dropping_words_and_keep_writing_keeps_them(qtbot, tasks, journal):
    editor = open_editor(qtbot, tasks)
    type_text(editor.their_story.editor, "Words worth keeping.")
    QTest.keyClick(editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: visible_message_box() is not None, timeout=5000)
    click_button(visible_message_box(), "Keep writing")
    assert not editor.is_finished
    assert editor.their_story.text() == "Words worth keeping."

    with qtbot.waitSignal(editor.closed, timeout=5000):
        QTest.keyClick(editor, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: visible_message_box() is not None, timeout=5000)
        click_button(visible_message_box(), "Discard")
    tasks.wait_idle()
    assert run_on_worker(qtbot, tasks, lambda vault: vault.drafts()) == {}


def test_escape_on_an_untouched_editor_closes_without_asking(qtbot, tasks, journal):
    editor = open_editor(qtbot, tasks)
    with qtbot.waitSignal(editor.closed, timeout=5000):
        QTest.keyClick(editor, Qt.Key.Key_Escape)
    assert visible_message_box() is None


def _widget_texts(widget: QWidget) -> list[str]:
    texts = [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()]
    if isinstance(widget, QPlainTextEdit):
        texts.append(widget.toPlainText())
        widget.undo()  # an undo history must not bring a word back
        texts.append(widget.toPlainText())
    elif isinstance(widget, QLineEdit):
        texts.append(widget.text())
        widget.undo()
        texts.append(widget.text())
    elif isinstance(widget, QLabel):
        texts.append(widget.text())
    return texts


def test_clear_and_close_leaves_no_word_in_any_widget_and_keeps_the_draft(qtbot, tasks, journal):
    canary = "Canary-lock-5521"
    editor = open_editor(qtbot, tasks)
    for field in (editor.their_story, editor.what_they_want, editor.how_i_helped):
        type_text(field.editor, f"{canary} addict {canary}")
    type_text(editor.minutes, "30")
    widgets = [editor, *editor.findChildren(QWidget)]
    with qtbot.waitSignal(editor.closed, timeout=5000):
        editor.clear_and_close()
    for widget in widgets:
        assert not any(canary in text or "addict" in text for text in _widget_texts(widget)), widget
    assert editor.minutes.text() == ""
    # Locking never loses a word: the last words went to the worker as a draft first.
    drafts = run_on_worker(qtbot, tasks, lambda vault: vault.drafts())
    assert [d["fields"]["their_story"] for d in drafts.values()] == [f"{canary} addict {canary}"]


def test_tab_order_follows_reading_order(qtbot, tasks, journal):
    editor = open_editor(qtbot, tasks)
    editor.when.setFocus()
    seen: list[str] = []
    for _ in range(20):  # Tab also steps through the sections of a date-time
        focused = QApplication.focusWidget()
        name = focused.accessibleName() or focused.parentWidget().accessibleName()
        if not seen or seen[-1] != name:
            seen.append(name)
        if name == "Cancel":
            break
        QTest.keyClick(focused, Qt.Key.Key_Tab)
    assert seen == [
        "When",
        "How long, in minutes",
        "How",
        "Where",
        "Their story, in their words",
        "What do they want to do?",
        "How can I help? Their answer",
        "What I did",
        "Follow up",
        "Save",
        "Cancel",
    ]


def test_every_control_has_an_accessible_name(qtbot, tasks, journal):
    editor = open_editor(qtbot, tasks)
    controls = (QPlainTextEdit, QComboBox, QAbstractSpinBox, QCheckBox, QPushButton)
    named = [w for w in editor.findChildren(QWidget) if isinstance(w, controls)]
    named += [
        w
        for w in editor.findChildren(QLineEdit)
        if not isinstance(w.parentWidget(), (QAbstractSpinBox, QComboBox))
    ]
    assert len(named) >= 10
    assert [w for w in named if not w.accessibleName()] == []
    assert PERSON.preferred_name not in editor.windowTitle()


def test_their_answer_and_what_i_did_are_saved_apart(qtbot, tasks, journal: Path):
    editor = open_editor(qtbot, tasks)
    type_text(editor.their_story.editor, "I lost my ID again.")
    type_text(editor.how_i_helped.editor, "Come with me to the DMV.")
    type_text(editor.what_i_did.editor, "We went to the DMV together.")
    with qtbot.waitSignal(editor.saved, timeout=10_000) as saved:
        QTest.keyClick(editor.their_story.editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    stored = run_on_worker(qtbot, tasks, lambda vault: vault.get(Encounter, saved.args[0]))
    assert stored.how_i_helped == "Come with me to the DMV."
    assert stored.what_i_did == "We went to the DMV together."
    # An older note keeps its words where they were.
    old = Encounter(id="e-old", person_id=PERSON.id, occurred_at=datetime(2024, 1, 2, 9),
                    mode=Mode.PHONE, how_i_helped="Asked for a ride; I drove them.")
    again = open_editor(qtbot, tasks, old)
    assert again.how_i_helped.text() == "Asked for a ride; I drove them."
    assert again.what_i_did.text() == ""
