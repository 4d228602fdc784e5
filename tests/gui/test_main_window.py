"""The real window, driven as a peer would: create a journal, unlock, add a
person, find them, search and open, lock — and after locking no widget holds
anything of the journal. Every vault call must run off the GUI thread
(conftest's guard fails the test otherwise)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QStatusBar,
    QTextEdit,
    QWidget,
)

from peerjournal.core.models import Encounter, Mode
from peerjournal.ui.views.main_window import MainWindow
from peerjournal.ui.views.person_page import PersonDialog

CANARY = "Zyxwit Quokkaberry"
STORY_WORD = "Marmalade-Skyline"
PASSPHRASE = "river stone lantern morning"
WAIT = 15_000


def widget_texts(widget: QWidget) -> list[str]:
    """Every string a widget shows or holds: texts, titles, tips, model data."""
    found = [widget.windowTitle(), widget.toolTip(), widget.accessibleName(),
             widget.statusTip(), widget.whatsThis()]
    if isinstance(widget, (QLabel, QAbstractButton, QLineEdit)):
        found.append(widget.text())
    if isinstance(widget, QLineEdit):
        found.append(widget.placeholderText())
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        found.append(widget.toPlainText())
    if isinstance(widget, QComboBox):
        found.extend(widget.itemText(i) for i in range(widget.count()))
    if isinstance(widget, QStatusBar):
        found.append(widget.currentMessage())
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        model = widget.model()
        for row in range(min(model.rowCount(), 20_000)):
            for column in range(model.columnCount()):
                index = model.index(row, column)
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = model.data(index, role)
                    if value is not None:
                        found.append(str(value))
    return found


def widgets_holding(text: str) -> list[str]:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    holders = []
    for widget in QApplication.allWidgets():
        if any(text in item for item in widget_texts(widget)):
            holders.append(type(widget).__name__ + ":" + widget.accessibleName())
    return holders


def titles() -> list[str]:
    return [w.windowTitle() for w in QApplication.topLevelWidgets()]




def create_journal(qtbot: Any, win: MainWindow) -> None:
    welcome = win.welcome
    assert not welcome.passphrase.isVisible()  # nothing to unlock yet
    qtbot.mouseClick(welcome.create_button, Qt.MouseButton.LeftButton)
    assert welcome.pages.currentIndex() == welcome.CREATE
    qtbot.keyClicks(welcome.new_passphrase, PASSPHRASE)
    assert welcome.strength.bar.value() >= 3
    qtbot.keyClicks(welcome.new_passphrase_again, PASSPHRASE + "x")
    qtbot.mouseClick(welcome.create_go, Qt.MouseButton.LeftButton)
    assert "not the same" in welcome.create_error.text()
    welcome.new_passphrase_again.clear()
    qtbot.keyClicks(welcome.new_passphrase_again, PASSPHRASE)
    qtbot.mouseClick(welcome.create_go, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: welcome.pages.currentIndex() == welcome.RECOVERY_SHEET, timeout=WAIT)
    key = welcome.recovery_key_label.text()
    assert len(key) > 20
    assert not welcome.continue_button.isEnabled()  # read it first
    welcome.kept_check.setChecked(True)
    qtbot.mouseClick(welcome.continue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.is_unlocked, timeout=WAIT)
    assert welcome.recovery_key_label.text() == ""


def add_person(qtbot: Any, win: MainWindow, name: str) -> None:
    view = win.journal
    assert view is not None
    win.add_person_action.trigger()
    dialogs = [d for d in view.findChildren(PersonDialog) if d.isVisible()]
    assert len(dialogs) == 1
    dialog = dialogs[0]
    assert name not in dialog.windowTitle()
    qtbot.keyClicks(dialog.preferred_name, name)
    qtbot.keyClicks(dialog.pronouns, "they/them")
    save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.person_page.name.text() == name, timeout=WAIT)


def activate(qtbot: Any, win: MainWindow) -> None:
    """Give the window the keyboard again (offscreen, a closed dialog leaves none active)."""
    win.raise_()
    win.activateWindow()
    win.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win, timeout=WAIT)


def unlock(qtbot: Any, win: MainWindow, passphrase: str) -> None:
    welcome = win.welcome
    welcome.passphrase.setFocus()
    qtbot.keyClicks(welcome.passphrase, passphrase)
    qtbot.keyClick(welcome.passphrase, Qt.Key.Key_Return)


def test_a_peers_day_from_creating_to_locking(qtbot, window, vault_thread_guard):
    win: MainWindow = window
    assert win.welcome.isVisible()
    create_journal(qtbot, win)
    assert win.windowTitle() == "PeerJournal"

    add_person(qtbot, win, CANARY)
    view = win.journal
    assert CANARY not in " ".join(titles())
    # A few more people, so search-as-you-type has something to narrow.
    for other in ("Ana Ruiz", "Sam Okafor"):
        add_person(qtbot, win, other)

    # Search as you type in the people list.
    view.people_search.clear()
    qtbot.keyClicks(view.people_search, "quokka")
    qtbot.waitUntil(lambda: view.people_model.rowCount() == 1
                    and view.people_model.filter_text == "quokka", timeout=WAIT)
    assert CANARY in view.people_model.data(view.people_model.index(0, 0))
    qtbot.keyClick(view.people_search, Qt.Key.Key_Return)  # to the list, first person
    qtbot.waitUntil(lambda: view.person_page.name.text() == CANARY, timeout=WAIT)

    # An encounter with a word to search for (written on the worker).
    person_id = view.person_page.person.id
    encounter = Encounter(id="e-test0001", person_id=person_id,
                          occurred_at=datetime(2025, 5, 1, 9, 0), mode=Mode.IN_PERSON,
                          their_story=f"We talked about {STORY_WORD} and {CANARY}.")
    saved: list[bool] = []
    win.tasks.run(lambda vault: vault.save(encounter), on_done=lambda _n: saved.append(True))
    qtbot.waitUntil(lambda: bool(saved), timeout=WAIT)

    # Global search (Ctrl+F): results open the record.
    activate(qtbot, win)
    qtbot.keyClick(win, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is view.search_field
    qtbot.keyClicks(view.search_field, STORY_WORD)
    qtbot.keyClick(view.search_field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.pages.currentIndex() == view.SEARCH
                    and view.search_model.rowCount() == 1, timeout=WAIT)
    row = view.search_model.row_at(0)
    assert (row.type, row.id, row.person_name) == ("encounter", "e-test0001", CANARY)
    view.search_table.setFocus()
    view.search_table.setCurrentIndex(view.search_model.index(0, 0))
    qtbot.keyClick(view.search_table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.pages.currentIndex() == view.PERSON
                    and view.person_page.model.row_of_id("e-test0001") >= 0, timeout=WAIT)
    selected = view.person_page.timeline.selectionModel().selectedRows()
    assert [view.person_page.model.id_of(view.person_page.model.row_at(i.row()))
            for i in selected] == ["e-test0001"]
    assert STORY_WORD in view.person_page.reading.toPlainText()
    qtbot.wait(50)
    assert all(CANARY not in title for title in titles())

    # Before locking the walk does find the canary: the check below can fail.
    assert widgets_holding(CANARY)

    # Lock with Ctrl+L.
    activate(qtbot, win)
    qtbot.keyClick(win, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not win.is_unlocked, timeout=WAIT)
    qtbot.waitUntil(lambda: not win.tasks.busy, timeout=WAIT)
    qtbot.wait(50)
    assert widgets_holding(CANARY) == []
    assert widgets_holding(STORY_WORD) == []
    assert win.welcome.isVisible()
    assert not win.find_action.isEnabled()

    # Unlock: wrong passphrase said inline, then the right one.
    unlock(qtbot, win, "not the right words at all")
    qtbot.waitUntil(lambda: bool(win.welcome.unlock_error.text()), timeout=WAIT)
    assert "does not open" in win.welcome.unlock_error.text()
    assert win.welcome.passphrase.text() == ""
    assert not win.is_unlocked
    unlock(qtbot, win, PASSPHRASE)
    qtbot.waitUntil(lambda: win.is_unlocked, timeout=WAIT)
    view = win.journal
    qtbot.waitUntil(lambda: view.people_model.rowCount() == 3, timeout=WAIT)
    assert win.welcome.unlock_error.text() == ""
    assert win.windowTitle() == "PeerJournal"
    assert vault_thread_guard.calls_off_gui_thread > 0


def test_caps_lock_is_noticed_while_typing(qtbot, window):
    win: MainWindow = window
    create_journal(qtbot, win)
    win.lock_action.trigger()
    qtbot.waitUntil(lambda: not win.is_unlocked, timeout=WAIT)
    welcome = win.welcome
    assert not welcome.caps_warning.isVisible()
    qtbot.keyClicks(welcome.passphrase, "ABC")  # capitals without Shift
    assert welcome.caps_warning.isVisible()
    welcome.passphrase.clear()
    qtbot.keyClicks(welcome.passphrase, "abc")
    assert not welcome.caps_warning.isVisible()


def test_idle_minutes_lock_the_journal(qtbot, window):
    win: MainWindow = window
    create_journal(qtbot, win)
    win.lock_watcher.set_minutes(0.3 / 60)
    with qtbot.waitSignal(win.locked, timeout=WAIT):
        pass
    assert not win.is_unlocked


def test_the_screen_locking_locks_the_journal(qtbot, window):
    win: MainWindow = window
    create_journal(qtbot, win)
    win.lock_watcher.session.on_screen_saver_active(True)
    assert not win.is_unlocked


def test_forgot_passphrase_with_the_recovery_key(qtbot, window):
    win: MainWindow = window
    welcome = win.welcome
    qtbot.mouseClick(welcome.create_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(welcome.new_passphrase, PASSPHRASE)
    qtbot.keyClicks(welcome.new_passphrase_again, PASSPHRASE)
    qtbot.mouseClick(welcome.create_go, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: welcome.pages.currentIndex() == welcome.RECOVERY_SHEET, timeout=WAIT)
    key = welcome.recovery_key_label.text()
    welcome.kept_check.setChecked(True)
    qtbot.mouseClick(welcome.continue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.is_unlocked, timeout=WAIT)
    win.lock()
    qtbot.mouseClick(welcome.forgot_button, Qt.MouseButton.LeftButton)
    assert welcome.pages.currentIndex() == welcome.FORGOT
    new = "violet harbor quiet engine"
    qtbot.keyClicks(welcome.recovery_input, "AAAAA-BBBBB-CCCCC")
    qtbot.keyClicks(welcome.forgot_passphrase, new)
    qtbot.keyClicks(welcome.forgot_passphrase_again, new)
    qtbot.mouseClick(welcome.forgot_go, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(welcome.forgot_error.text()), timeout=WAIT)
    assert not win.is_unlocked
    welcome.recovery_input.clear()
    qtbot.keyClicks(welcome.recovery_input, key)
    qtbot.keyClicks(welcome.forgot_passphrase, new)
    qtbot.keyClicks(welcome.forgot_passphrase_again, new)
    qtbot.mouseClick(welcome.forgot_go, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.is_unlocked, timeout=WAIT)
    win.lock()
    unlock(qtbot, win, new)
    qtbot.waitUntil(lambda: win.is_unlocked, timeout=WAIT)


def test_locking_clears_every_open_editor_and_dialog(qtbot, window, monkeypatch):
    """Each kind of window that can hold the journal's words is open with the
    canary in it (a composer's own consents window too); Ctrl+L calls
    clear_and_close on every one before the journal closes, and nothing holds
    the canary afterwards."""
    from peerjournal.core.models import Clinician, Consent
    from peerjournal.ui.views.clinicians import CliniciansDialog
    from peerjournal.ui.views.consent_editor import ConsentEditor
    from peerjournal.ui.views.disclosures_view import DisclosuresView
    from peerjournal.ui.views.encounter_editor import EncounterEditor
    from peerjournal.ui.views.goal_editor import GoalEditor
    from peerjournal.ui.views.referral_composer import ReferralComposer
    from peerjournal.ui.views.reflection_editor import ReflectionEditor
    from peerjournal.ui.views.report_view import ReportView

    kinds = (EncounterEditor, ReflectionEditor, GoalEditor, ReferralComposer, ConsentEditor,
             CliniciansDialog, ReportView, DisclosuresView)
    cleared: list[str] = []
    closed_vault_first: list[str] = []
    for kind in kinds:
        original = kind.clear_and_close

        def spy(self: Any, _original: Any = original, _name: str = kind.__name__) -> None:
            cleared.append(_name)
            if not win.tasks.is_open:
                closed_vault_first.append(_name)
            _original(self)

        monkeypatch.setattr(kind, "clear_and_close", spy)

    win: MainWindow = window
    create_journal(qtbot, win)
    add_person(qtbot, win, CANARY)
    view = win.journal
    person_id = view.person_page.person.id
    done: list[bool] = []
    win.tasks.run(lambda v: (v.save(Clinician(id="c-1", name="Dr. Lee")),
                             v.save(Consent(id="k-1", person_id=person_id, recipient_id="c-1",
                                            purpose="to arrange care", information="my request",
                                            signed_on=datetime.now().date()))),
                  on_done=lambda _r: done.append(True))
    qtbot.waitUntil(lambda: bool(done), timeout=WAIT)

    def top(kind: type) -> Any:
        found = [w for w in QApplication.topLevelWidgets() if type(w) is kind and w.isVisible()]
        assert found, kind.__name__
        return found[-1]

    page = view.person_page
    qtbot.mouseClick(page.new_encounter_button, Qt.MouseButton.LeftButton)
    top(EncounterEditor).their_story.set_text(f"{CANARY} told me about the river.")
    qtbot.mouseClick(page.new_reflection_button, Qt.MouseButton.LeftButton)
    top(ReflectionEditor).what_i_learned.set_text(f"What {CANARY} taught me.")
    qtbot.mouseClick(page.new_goal_button, Qt.MouseButton.LeftButton)
    top(GoalEditor).in_their_words.set_text(f"{CANARY} wants a job.")
    qtbot.mouseClick(page.new_referral_button, Qt.MouseButton.LeftButton)
    composer = top(ReferralComposer)
    qtbot.waitUntil(lambda: composer.person.currentData() == person_id, timeout=WAIT)
    composer.reason.setPlainText(f"{CANARY} asked for help with housing.")
    composer.consent_button.click()  # the composer's own consents window
    inner = top(ConsentEditor)
    qtbot.waitUntil(lambda: inner.model.rowCount() == 1, timeout=WAIT)
    inner.purpose.setPlainText(f"{CANARY} agrees to share")
    qtbot.mouseClick(page.consents_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len([w for w in QApplication.topLevelWidgets()
                                 if type(w) is ConsentEditor and w.isVisible()]) == 2,
                    timeout=WAIT)
    qtbot.mouseClick(page.disclosures_button, Qt.MouseButton.LeftButton)
    top(DisclosuresView)
    win.clinicians_action.trigger()
    clinicians = top(CliniciansDialog)
    qtbot.waitUntil(lambda: clinicians.model.rowCount() == 1, timeout=WAIT)
    clinicians.name.setText(CANARY)
    win.report_action.trigger()
    top(ReportView)
    qtbot.wait(50)
    assert len(widgets_holding(CANARY)) >= 7  # the walk sees them: the check below can fail

    activate(qtbot, win)
    qtbot.keyClick(win, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not win.is_unlocked, timeout=WAIT)
    qtbot.waitUntil(lambda: not win.tasks.busy, timeout=WAIT)
    qtbot.wait(50)
    assert sorted(set(cleared)) == sorted(k.__name__ for k in kinds)
    assert cleared.count("ConsentEditor") == 2
    assert closed_vault_first == []  # cleared while the journal was still open
    assert widgets_holding(CANARY) == []
    assert not [w for w in QApplication.topLevelWidgets()
                if isinstance(w, kinds) and w.isVisible()]
