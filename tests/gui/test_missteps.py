"""Missteps a peer would hit in the first week (issue 11 §1), each driven
through the real window: the wrong person on Enter, private reflections on a
shared screen, the shortcuts inside fields."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit

from peerjournal.core.models import Encounter, Mode, Person, Reflection
from peerjournal.ui.views.clinicians import CliniciansDialog
from tests.gui.journal_walk import WAIT, create_journal, settle

NAMES = [
    "Abigail Quarry", "Bartholomew Reed", "Celestine Vance", "Dmitri Oakley",
    "Esperanza Lune", "Fitzgerald Mott", "Genoveva Birch", "Horatio Pike",
    "Isadora Finch", "Jericho Bell", "Kalliope Stone", "Leopold Marsh",
    "Marisol Crane", "Nikodem Frost", "Ottoline Wren", "Peregrine Hart",
    "Quintessa Dale", "Rosalind Shore", "Sebastiano Flint", "Theodora Vale",
]


def person_id(name: str) -> str:
    return "p-" + name.split()[0].lower()


def write(qtbot: Any, win: Any, fn: Any) -> None:
    done: list[bool] = []
    win.tasks.run(fn, on_done=lambda _none: done.append(True))
    qtbot.waitUntil(lambda: bool(done), timeout=WAIT)


@pytest.fixture
def open_window(qtbot: Any, window: Any) -> Any:
    """The window with a new journal holding the twenty synthetic people."""
    create_journal(qtbot, window)

    def people(vault: Any) -> None:
        for name in NAMES:
            vault.save(Person(id=person_id(name), preferred_name=name))

    write(qtbot, window, people)
    window.journal.people_model.reload()
    settle(qtbot, window)
    return window


def listed_id(view: Any) -> str | None:
    rows = view.people_list.selectionModel().selectedRows()
    if len(rows) != 1:
        return None
    return view.people_model.row_at(rows[0].row()).id


def test_enter_in_find_a_person_opens_the_person_typed_every_time(qtbot, open_window):
    view = open_window.journal
    # Someone is highlighted first: the old bug opened them instead.
    view.open_person(person_id(NAMES[-1]))
    qtbot.waitUntil(lambda: view.person_page.person is not None, timeout=WAIT)
    for name in NAMES:
        view.people_search.clear()
        view.people_search.setFocus()
        qtbot.keyClicks(view.people_search, name)
        qtbot.keyClick(view.people_search, Qt.Key.Key_Return)  # no wait
        qtbot.waitUntil(lambda name=name: view.person_page.person is not None
                        and view.person_page.person.id == person_id(name)
                        and not open_window.tasks.busy, timeout=WAIT)
        qtbot.wait(30)
        shown = view.person_page.person
        assert shown is not None and shown.preferred_name == name
        assert listed_id(view) == person_id(name)  # the list follows the page


def test_the_list_selection_follows_the_page_shown(qtbot, open_window):
    view = open_window.journal
    view.people_search.clear()
    qtbot.waitUntil(lambda: view.people_model.rowCount() == len(NAMES), timeout=WAIT)
    view.people_list.setCurrentIndex(view.people_model.index(0, 0))
    qtbot.waitUntil(lambda: view.person_page.person is not None
                    and view.person_page.person.id == person_id(NAMES[0]), timeout=WAIT)
    # Opened from elsewhere (a search result, a follow-up): the list moves too.
    view.open_person(person_id(NAMES[7]))
    qtbot.waitUntil(lambda: listed_id(view) == person_id(NAMES[7]), timeout=WAIT)
    assert view.person_page.person.id == person_id(NAMES[7])
    # Activating the highlighted person opens them.
    index = view.people_model.index(3, 0)
    view.people_list.activated.emit(index)
    qtbot.waitUntil(lambda: view.person_page.person.id == person_id(NAMES[3]), timeout=WAIT)
    qtbot.waitUntil(lambda: listed_id(view) == person_id(NAMES[3]), timeout=WAIT)


def test_private_reflections_stay_off_the_timeline_unless_asked(qtbot, open_window):
    view = open_window.journal
    pid = person_id(NAMES[0])
    encounter = Encounter(id="e-miss0001", person_id=pid, occurred_at=datetime(2025, 5, 1, 9),
                          mode=Mode.IN_PERSON, their_story="The bus pass came through.")
    reflection = Reflection(id="r-miss0001", encounter_id="e-miss0001",
                            written_at=datetime(2025, 5, 1, 18),
                            what_i_shared="My own first winter.")

    def records(vault: Any) -> None:
        vault.save(encounter)
        vault.save(reflection)

    write(qtbot, open_window, records)
    view.open_person(pid)
    qtbot.waitUntil(lambda: view.person_page.model.rowCount() > 0, timeout=WAIT)
    settle(qtbot, open_window)
    page = view.person_page
    assert page.model.row_of_id("e-miss0001") >= 0
    assert page.model.row_of_id("r-miss0001") < 0  # hidden by default
    view.include_reflections_check.setChecked(True)
    qtbot.waitUntil(lambda: page.model.row_of_id("r-miss0001") >= 0, timeout=WAIT)
    view.include_reflections_check.setChecked(False)
    qtbot.waitUntil(lambda: page.model.row_of_id("r-miss0001") < 0, timeout=WAIT)


def test_the_person_heading_says_the_persons_name_to_assistive_technology(qtbot, open_window):
    view = open_window.journal
    view.open_person(person_id(NAMES[4]))
    qtbot.waitUntil(lambda: view.person_page.person is not None, timeout=WAIT)
    heading = view.person_page.name
    assert NAMES[4] in (heading.accessibleName() or heading.text())
    assert heading.accessibleName() in ("", NAMES[4])


class ClaimingField(QLineEdit):
    """A field that claims every key before the window's shortcuts, as Qt's own
    fields do on X11 for Ctrl+E (end of line) and Ctrl+K (delete to the end)."""

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride:
            event.accept()
            return True
        return super().event(event)


def test_app_shortcuts_work_inside_text_fields(qtbot, open_window):
    win = open_window
    view = win.journal
    view.open_person(person_id(NAMES[2]))
    qtbot.waitUntil(lambda: view.person_page.person is not None, timeout=WAIT)
    field = ClaimingField(view)
    field.show()
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win, timeout=WAIT)
    before = len(view.open_editors())
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(view.open_editors()) == before + 1, timeout=WAIT)
    for editor in view.open_editors():
        editor.clear_and_close()
    settle(qtbot, win)
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win, timeout=WAIT)
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is view.people_search
    # Keys the window does not use stay with the field.
    event = QKeyEvent(QEvent.Type.ShortcutOverride, Qt.Key.Key_A,
                      Qt.KeyboardModifier.ControlModifier, "a")
    QApplication.sendEvent(field, event)
    assert event.isAccepted()


def test_alt_mnemonics_press_their_button_instead_of_typing_the_letter(qtbot, open_window):
    win = open_window
    view = win.journal
    win.clinicians_action.trigger()
    settle(qtbot, win)
    dialog = next(d for d in view.open_editors() if isinstance(d, CliniciansDialog))
    dialog.activateWindow()
    dialog.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=WAIT)
    for button in (dialog.new_button, dialog.save_button):
        assert "&" in button.text()
        mnemonic = QKeySequence.mnemonic(button.text())
        assert not mnemonic.isEmpty()
        assert button.shortcut().matches(mnemonic) == QKeySequence.SequenceMatch.ExactMatch
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is dialog.windowHandle(),
                    timeout=WAIT)
    # Alt+S (unique in this dialog) presses Save; nothing is typed into the field.
    taken = [QKeySequence.mnemonic(w.text()).toString() for w in dialog.findChildren(QLabel)
             + dialog.findChildren(QAbstractButton)]
    alt_s = QKeySequence.mnemonic(dialog.save_button.text())
    assert taken.count(alt_s.toString()) == 1
    pressed: list[bool] = []
    dialog.save_button.clicked.connect(lambda: pressed.append(True))
    dialog.name.setFocus()
    qtbot.keyClicks(dialog.name, "Dr Synthetic")  # Save is enabled once there is a name
    assert dialog.save_button.isEnabled()
    qtbot.keyClick(dialog.name, alt_s[0].key(), Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: len(pressed) == 1, timeout=WAIT)
    assert dialog.name.text() == "Dr Synthetic"  # no letter typed
    # Ctrl+S presses it too (a shortcut of its own, beside the mnemonic).
    dialog.name.setFocus()
    qtbot.keyClicks(dialog.name, " Two")
    qtbot.waitUntil(dialog.save_button.isEnabled, timeout=WAIT)
    qtbot.keyClick(dialog.name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(pressed) == 2, timeout=WAIT)
    dialog.close()
    settle(qtbot, win)


def test_the_passphrase_field_has_the_keyboard_at_start(qtbot, tmp_path, vault_thread_guard):
    from peerjournal.services import unlock
    from peerjournal.ui.views.main_window import MainWindow

    path = tmp_path / "journal.peerjournal"
    with vault_thread_guard.paused():
        vault, _key = unlock.create_journal(path, "river stone lantern morning")
        vault.close()
    win = MainWindow(path, use_dbus=False, settings_folder=tmp_path / "config")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitActive(win)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is win.welcome.passphrase, timeout=WAIT)
    win.shutdown()


# ----- the demo trap, and the first run -----


def test_the_first_run_shows_no_hidden_path_and_no_locked(qtbot, window):
    welcome = window.welcome
    assert not welcome.any_journal
    assert not welcome.journal_choice.isVisible()
    shown = [w.text() for w in welcome.findChildren(QLabel) if w.isVisible()]
    assert not any("/." in text or "~/" in text for text in shown)
    assert "Locked" not in window.statusBar().currentMessage()


def test_the_demo_says_it_is_made_up_and_opens_again_after_locking(qtbot, window):
    welcome = window.welcome
    welcome.demo_button.click()
    qtbot.waitUntil(lambda: window.is_unlocked, timeout=60_000)
    assert "Demo" in window.windowTitle()
    # the journal view is shown on the next turn of the event loop (slow on a loaded machine)
    qtbot.waitUntil(lambda: window.journal.demo_banner is not None
                    and window.journal.demo_banner.isVisible(), timeout=WAIT)
    banner = window.journal.demo_banner
    texts = " ".join(w.text() for w in banner.findChildren(QLabel)
                     + banner.findChildren(QAbstractButton))
    assert "Demo journal: made-up people" in texts and "my own journal" in texts
    window.lock()
    qtbot.waitUntil(lambda: not window.is_unlocked, timeout=WAIT)
    assert window.windowTitle() == "PeerJournal"
    # No passphrase was ever set for the demo: the lock screen offers it again.
    assert not welcome.passphrase.isVisible()
    assert not welcome.forgot_button.isVisible()
    assert welcome.demo_again_button.isVisible()
    welcome.demo_again_button.click()
    qtbot.waitUntil(lambda: window.is_unlocked, timeout=60_000)
    assert "Demo" in window.windowTitle()
    # "Create my own journal": the demo closes and the create page opens.
    window.journal.demo_banner_button.click()
    qtbot.waitUntil(lambda: not window.is_unlocked, timeout=WAIT)
    assert welcome.pages.currentIndex() == welcome.CREATE
    assert "demo" not in welcome.create_where.full_text()


# ----- the smaller ones -----


def test_one_person_is_not_1_people(qtbot, window):
    create_journal(qtbot, window)
    write(qtbot, window, lambda vault: vault.save(Person(id="p-one", preferred_name="Ana")))
    messages: list[str] = []
    window.journal.status.connect(messages.append)
    window.journal.refresh_counts()
    qtbot.waitUntil(lambda: bool(messages), timeout=WAIT)
    assert "1 people" not in messages[-1]
    assert "1 person" in messages[-1]


def test_the_strength_advice_waits_for_typing(qtbot):
    from peerjournal.ui.views.welcome import StrengthMeter

    meter = StrengthMeter()
    qtbot.addWidget(meter)
    assert meter.words.text() == ""  # no "Too short" before a key is pressed
    meter.update_for("abc")
    assert "Too short" in meter.words.text()
    meter.update_for("")
    assert meter.words.text() == ""


def test_save_dialogs_start_in_documents(tmp_path, monkeypatch):
    from peerjournal.ui.views import pdf_output

    documents = tmp_path / "Documents"
    documents.mkdir()
    monkeypatch.setattr(pdf_output, "documents_folder", lambda: documents)
    assert pdf_output.in_documents("report.pdf") == str(documents / "report.pdf")
    assert pdf_output.in_documents("/elsewhere/report.pdf") == "/elsewhere/report.pdf"


def test_a_backup_made_now_shows_at_once_and_the_backups_are_listed(qtbot, window, tmp_path):
    from peerjournal.ui.views import backup_view

    create_journal(qtbot, window)
    settle(qtbot, window)
    status = window.backup_status
    before = status.last_backup
    target = tmp_path / "usb" / "journal-copy.pjbackup"
    target.parent.mkdir()
    monkeypatch = pytest.MonkeyPatch()
    monkeypatch.setattr(backup_view, "choose_backup_target", lambda *_args: target)
    try:
        window.backup_now()
        view = window.backup_window
        qtbot.waitUntil(lambda: target.exists(), timeout=WAIT)
        settle(qtbot, window)
        assert status.last_backup is not None
        assert before is None or status.last_backup > before
        listed = [view.found_list.item(i).text() for i in range(view.found_list.count())]
        assert any("journal-copy.pjbackup" in line for line in listed)
        view.close()
    finally:
        monkeypatch.undo()


def test_the_shortcut_list_is_a_table(qtbot, window):
    from PySide6.QtWidgets import QMessageBox

    window.show_shortcuts()
    boxes = [b for b in window.findChildren(QMessageBox) if b.isVisible()]
    assert boxes
    assert "<table>" in boxes[-1].text() and "\t" not in boxes[-1].text()
    boxes[-1].close()
