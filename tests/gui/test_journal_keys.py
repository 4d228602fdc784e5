"""The journal's keys and its privacy on a shared screen, driven as a peer would:
the search leaves reflections out unless asked; Journal → Change passphrase…
and Journal → Make a new recovery key… ask for the current passphrase, say a
wrong one inline, and afterwards only the new secret opens the journal."""

from __future__ import annotations

from datetime import datetime
from io import BytesIO
from typing import Any

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from peerjournal.core.models import Encounter, Mode, Person, Reflection
from peerjournal.ui.views.journal_keys import ChangePassphraseDialog, NewRecoveryKeyDialog
from peerjournal.ui.views.main_window import MainWindow
from tests.gui.journal_walk import PASSPHRASE, WAIT, settle

NEW_PASSPHRASE = "violet harbor quiet engine"
REFLECTION_WORD = "Thistlewick"  # only in a reflection
STORY_WORD = "Lanternfjord"  # in an encounter and in a reflection


def create_journal(qtbot: Any, win: MainWindow) -> str:
    """A new journal through the welcome screen; its recovery key. Returns once the
    daily check is done, so its status message cannot overwrite a later one."""
    welcome = win.welcome
    checked: list[bool] = []
    win.daily_check_finished.connect(lambda: checked.append(True))
    welcome.create_button.click()
    welcome.new_passphrase.setText(PASSPHRASE)
    welcome.new_passphrase_again.setText(PASSPHRASE)
    welcome.create_go.click()
    qtbot.waitUntil(lambda: welcome.pages.currentIndex() == welcome.RECOVERY_SHEET, timeout=WAIT)
    key = welcome.recovery_key_label.text()
    welcome.kept_check.setChecked(True)
    welcome.continue_button.click()
    qtbot.waitUntil(lambda: win.is_unlocked, timeout=WAIT)
    qtbot.waitUntil(lambda: bool(checked), timeout=WAIT)
    settle(qtbot, win)
    return key


def unlock(qtbot: Any, win: MainWindow, passphrase: str) -> bool:
    """Try a passphrase on the welcome screen; True when the journal opened."""
    welcome = win.welcome
    welcome.passphrase.setText(passphrase)
    welcome.unlock_button.click()
    qtbot.waitUntil(lambda: win.is_unlocked or bool(welcome.unlock_error.text()), timeout=WAIT)
    return win.is_unlocked


def recover(qtbot: Any, win: MainWindow, key: str, new_passphrase: str) -> bool:
    """Try a recovery key on the Forgot passphrase page; True when it opened."""
    welcome = win.welcome
    welcome.forgot_button.click()
    welcome.recovery_input.setText(key)
    welcome.forgot_passphrase.setText(new_passphrase)
    welcome.forgot_passphrase_again.setText(new_passphrase)
    welcome.forgot_go.click()
    qtbot.waitUntil(lambda: win.is_unlocked or bool(welcome.forgot_error.text()), timeout=WAIT)
    return win.is_unlocked


def write(qtbot: Any, win: MainWindow, *records: Any) -> None:
    done: list[bool] = []

    def save(vault: Any) -> None:
        for record in records:
            vault.save(record)

    win.tasks.run(save, on_done=lambda _none: done.append(True))
    qtbot.waitUntil(lambda: bool(done), timeout=WAIT)


def shown(dialog_type: type[QWidget]) -> Any:
    from PySide6.QtWidgets import QApplication

    found = [w for w in QApplication.topLevelWidgets() if type(w) is dialog_type and w.isVisible()]
    assert len(found) == 1, dialog_type.__name__
    return found[0]


# ----- search on a shared screen -----


def search(qtbot: Any, win: MainWindow, words: str) -> list[str]:
    """Search from the window's search field; the kinds of the results."""
    view = win.journal
    assert view is not None
    view.search_field.setText(words)
    view.run_search()
    settle(qtbot, win)
    assert view.pages.currentIndex() == view.SEARCH
    return row_types(view)


def row_types(view: Any) -> list[str]:
    return [row.type for row in view.search_model.rows()]


def test_the_search_leaves_reflections_out_unless_asked(qtbot, window):
    win: MainWindow = window
    create_journal(qtbot, win)
    write(
        qtbot,
        win,
        Person(id="p-1", preferred_name="Sam"),
        Encounter(
            id="e-1",
            person_id="p-1",
            occurred_at=datetime(2025, 5, 1, 9, 30),
            mode=Mode.IN_PERSON,
            their_story=f"We walked to {STORY_WORD} park.",
        ),
        Reflection(
            id="r-1",
            written_at=datetime(2025, 5, 1, 18, 0),
            what_i_learned=f"{REFLECTION_WORD} {STORY_WORD}: my own old fear.",
        ),
    )
    view = win.journal
    check = view.include_reflections_check
    assert check.isVisible() and not check.isChecked()
    assert check.text().replace("&", "") == "Include my private reflections"

    assert search(qtbot, win, REFLECTION_WORD) == []
    assert view.search_summary.text() == "Nothing found."
    assert search(qtbot, win, STORY_WORD) == ["encounter"]

    check.setChecked(True)  # asked for: the search runs again, reflections in
    settle(qtbot, win)
    assert sorted(row_types(view)) == ["encounter", "reflection"]
    assert search(qtbot, win, REFLECTION_WORD) == ["reflection"]
    assert REFLECTION_WORD in view.search_model.rows()[0].snippet

    check.setChecked(False)
    settle(qtbot, win)
    assert row_types(view) == []

    # After a lock, the next journal view starts with reflections left out again.
    check.setChecked(True)
    win.lock()
    assert unlock(qtbot, win, PASSPHRASE)
    settle(qtbot, win)
    assert not win.journal.include_reflections_check.isChecked()
    assert search(qtbot, win, REFLECTION_WORD) == []


# ----- change passphrase -----


def test_changing_the_passphrase(qtbot, window):
    win: MainWindow = window
    create_journal(qtbot, win)
    assert win.change_passphrase_action in win.menuBar().actions()[0].menu().actions()
    win.change_passphrase_action.trigger()
    dialog: ChangePassphraseDialog = shown(ChangePassphraseDialog)

    # What can be said without the worker is said at once.
    dialog.old_passphrase.setText(PASSPHRASE)
    dialog.new_passphrase.setText(NEW_PASSPHRASE)
    dialog.new_passphrase_again.setText(NEW_PASSPHRASE + "x")
    dialog.change_button.click()
    assert "not the same" in dialog.problem.text()
    dialog.new_passphrase.setText("short")
    dialog.new_passphrase_again.setText("short")
    assert dialog.strength.bar.value() == 0
    dialog.change_button.click()
    assert "Too short" in dialog.problem.text()
    assert not dialog.busy

    # A wrong current passphrase: said inline, nothing changed.
    dialog.old_passphrase.setText("not the right words at all")
    dialog.new_passphrase.setText(NEW_PASSPHRASE)
    dialog.new_passphrase_again.setText(NEW_PASSPHRASE)
    dialog.change_button.click()
    assert dialog.busy
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT)
    assert "not your current passphrase" in dialog.problem.text()
    assert dialog.problem.isVisible() and dialog.isVisible()
    assert dialog.old_passphrase.text() == ""

    # The right one: the dialog closes (and goes) and the status bar says so.
    finished: list[int] = []
    dialog.finished.connect(finished.append)
    dialog.old_passphrase.setText(PASSPHRASE)
    dialog.change_button.click()
    qtbot.waitUntil(lambda: bool(finished), timeout=WAIT)
    assert finished == [ChangePassphraseDialog.DialogCode.Accepted]
    assert "passphrase is changed" in win.statusBar().currentMessage()

    win.lock()
    assert not unlock(qtbot, win, PASSPHRASE)
    assert "does not open" in win.welcome.unlock_error.text()
    assert unlock(qtbot, win, NEW_PASSPHRASE)


def test_a_wrong_current_passphrase_changes_nothing(qtbot, window):
    win: MainWindow = window
    create_journal(qtbot, win)
    win.change_passphrase_action.trigger()
    dialog: ChangePassphraseDialog = shown(ChangePassphraseDialog)
    dialog.old_passphrase.setText("a guess by someone else")
    dialog.new_passphrase.setText(NEW_PASSPHRASE)
    dialog.new_passphrase_again.setText(NEW_PASSPHRASE)
    qtbot.keyClick(dialog.new_passphrase_again, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(dialog.problem.text()) and not dialog.busy, timeout=WAIT)
    dialog.cancel_button.click()
    assert not dialog.isVisible()
    win.lock()
    assert not unlock(qtbot, win, NEW_PASSPHRASE)
    assert unlock(qtbot, win, PASSPHRASE)


# ----- a new recovery key -----


def test_making_a_new_recovery_key(qtbot, window, tmp_path):
    win: MainWindow = window
    old_key = create_journal(qtbot, win)
    win.new_recovery_key_action.trigger()
    dialog: NewRecoveryKeyDialog = shown(NewRecoveryKeyDialog)
    assert dialog.pages.currentIndex() == dialog.CONFIRM
    assert dialog.recovery_key == ""

    dialog.passphrase.setText("not the right words at all")
    dialog.make_button.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT)
    assert "not your passphrase" in dialog.problem.text()
    assert dialog.pages.currentIndex() == dialog.CONFIRM

    dialog.passphrase.setText(PASSPHRASE)
    dialog.make_button.click()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == dialog.KEY, timeout=WAIT)
    new_key = dialog.panel.key_label.text()
    assert len(new_key) > 20 and new_key != old_key
    assert dialog.passphrase.text() == ""

    # Shown once: it does not close until the key is kept.
    assert not dialog.done_button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.keep_first.isVisible()

    # Save as PDF: the recovery sheet, written on the worker.
    sheet = tmp_path / "sheet.pdf"
    dialog.panel.ask_new_path = lambda _parent, _title, _start: sheet
    dialog.panel.save_button.click()
    qtbot.waitUntil(lambda: "Saved to" in dialog.panel.status.text(), timeout=WAIT)
    assert sheet.read_bytes().startswith(b"%PDF")
    printed: list[str] = []

    def fake_print(_parent: Any, pdf: bytes) -> bool:
        printed.append("\n".join(page.extract_text() for page in PdfReader(BytesIO(pdf)).pages))
        return True

    dialog.panel.print_sheet = fake_print
    dialog.panel.print_button.click()
    qtbot.waitUntil(lambda: bool(printed), timeout=WAIT)
    # The printed sheet is the saved one: the key in groups of five (over two lines).
    assert " ".join(new_key.split("-")) in " ".join(printed[0].split())
    assert "Sent to the printer" in dialog.panel.status.text()

    dialog.panel.kept_check.setChecked(True)
    dialog.done_button.click()
    assert not dialog.isVisible()
    assert dialog.panel.key_label.text() == ""

    win.lock()
    assert not recover(qtbot, win, old_key, NEW_PASSPHRASE)
    assert "does not open" in win.welcome.forgot_error.text()
    win.welcome.show_unlock()
    assert recover(qtbot, win, new_key, NEW_PASSPHRASE)


def test_locking_clears_the_key_dialogs(qtbot, window):
    win: MainWindow = window
    create_journal(qtbot, win)
    win.change_passphrase_action.trigger()
    change: ChangePassphraseDialog = shown(ChangePassphraseDialog)
    change.old_passphrase.setText(PASSPHRASE)
    win.new_recovery_key_action.trigger()
    replace: NewRecoveryKeyDialog = shown(NewRecoveryKeyDialog)
    replace.passphrase.setText(PASSPHRASE)
    replace.make_button.click()
    qtbot.waitUntil(lambda: replace.pages.currentIndex() == replace.KEY, timeout=WAIT)
    assert replace.recovery_key
    win.lock()
    assert not change.isVisible() and change.old_passphrase.text() == ""
    assert not replace.isVisible() and replace.recovery_key == ""
    assert replace.panel.key_label.text() == ""
    assert not win.change_passphrase_action.isEnabled()
    assert not win.new_recovery_key_action.isEnabled()
