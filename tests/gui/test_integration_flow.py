"""The whole app, end to end, as a peer uses it on a first day: create a
journal, set the profile, add a person and a clinician, record a consent,
write an encounter, compose a referral and save it as PDF (a disclosure is
recorded), save the report as CSV, back up, lock and unlock.

Only the system's file dialogs are answered by the test; everything else
goes through the real window, its menus and the person page's buttons. The
conftest guard fails the test if the journal is touched on the GUI thread.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog

from peerjournal.core.models import Encounter, Profile
from peerjournal.ui.views import referral_composer
from peerjournal.ui.views.clinicians import CliniciansDialog
from peerjournal.ui.views.consent_editor import ConsentEditor
from peerjournal.ui.views.disclosures_view import DisclosuresView
from peerjournal.ui.views.encounter_editor import EncounterEditor
from peerjournal.ui.views.main_window import MainWindow
from peerjournal.ui.views.referral_composer import ReferralComposer
from peerjournal.ui.views.report_view import ReportView
from peerjournal.ui.views.settings_dialog import SettingsDialog
from tests.gui.test_main_window import PASSPHRASE, WAIT, activate, add_person, create_journal

PERSON = "Marisol Quintana-Ek"
STORY = "I slept at my cousin's place and I want a bed of my own."


def on_worker(qtbot: Any, win: MainWindow, fn: Any) -> Any:
    box: list[Any] = []
    win.tasks.run(fn, on_done=box.append, on_error=box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=WAIT)
    assert not isinstance(box[0], BaseException), box[0]
    return box[0]


def only(win: MainWindow, kind: type) -> Any:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
    assert len(found) == 1, found
    return found[0]




@pytest.fixture
def answers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    """The system's save dialog, answered by what is being saved."""
    saved = tmp_path / "saved"
    saved.mkdir()
    where = {"pdf": saved / "letter.pdf", "csv": saved / "report.csv",
             "pjbackup": saved / "usb" / "journal.pjbackup"}
    where["pjbackup"].parent.mkdir()
    asked: list[str] = []

    def get_save_file_name(_parent: Any, _title: str, _start: str = "", filters: str = "",
                           *_args: Any, **_kwargs: Any) -> tuple[str, str]:
        for extension, path in where.items():
            if f"*.{extension}" in filters:
                asked.append(extension)
                return str(path), filters
        raise AssertionError(f"unexpected save dialog: {filters}")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(get_save_file_name))
    # "Did you send it?" after saving the letter: yes.
    monkeypatch.setattr(referral_composer, "ask_sent", lambda *_args: True)
    return where


def test_a_first_day_end_to_end(qtbot, window, answers, vault_thread_guard):
    win: MainWindow = window
    create_journal(qtbot, win)
    view = win.journal
    assert view is not None
    # The daily automatic backup ran on unlock, into the journal's own backup folder.
    qtbot.waitUntil(lambda: win.backup_label.text().startswith("Last backup"), timeout=WAIT)
    assert list((win.welcome.journal_path().parent / "journal-backups").glob("*.pjbackup"))

    # ----- Settings: the profile printed on letters -----
    win.settings_action.trigger()
    qtbot.waitUntil(lambda: bool(view.findChildren(SettingsDialog)), timeout=WAIT)
    settings = view.findChildren(SettingsDialog)[0]
    qtbot.keyClicks(settings.name, "Sam Rivera")
    settings.credentials.setText("CPRS")
    settings.organization.setText("Harbor Recovery Center")
    settings.phone.setText("555-0100")
    settings.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: on_worker(qtbot, win, lambda v: v.profile()) is not None,
                    timeout=WAIT)
    profile = on_worker(qtbot, win, lambda v: v.profile())
    assert profile == Profile(name="Sam Rivera", credentials="CPRS",
                              organization="Harbor Recovery Center", phone="555-0100")

    # ----- a person, and a clinician in the address book -----
    add_person(qtbot, win, PERSON)
    person_id = view.person_page.person.id
    assert win.windowTitle() == "PeerJournal"
    win.clinicians_action.trigger()
    clinicians = only(win, CliniciansDialog)
    clinicians.start_new()
    clinicians.name.setText("Dr. Jordan Lee")
    clinicians.organization.setText("Eastside Health")
    clinicians.address.setPlainText("12 Elm St\nSpringfield")
    with qtbot.waitSignal(clinicians.clinicians_changed, timeout=WAIT) as signal:
        clinicians.save_button.click()
    clinician_id = signal.args[0]
    clinicians.close()
    qtbot.waitUntil(lambda: clinicians not in view.open_editors(), timeout=WAIT)

    # ----- their written consent, from the person page -----
    qtbot.mouseClick(view.person_page.consents_button, Qt.MouseButton.LeftButton)
    consent = only(win, ConsentEditor)
    assert consent.person_id == person_id
    qtbot.waitUntil(lambda: consent.recipient.findData(clinician_id) >= 0, timeout=WAIT)
    consent.recipient.setCurrentIndex(consent.recipient.findData(clinician_id))
    consent.purpose.setPlainText("to arrange an appointment about housing")
    consent.information.setPlainText("my name, my request in my own words, how to reach me")
    with qtbot.waitSignal(consent.consents_changed, timeout=WAIT):
        consent.save_button.click()
    consent.close()
    qtbot.waitUntil(lambda: view.person_page.model.rowCount() == 1, timeout=WAIT)
    assert view.person_page.model.row_at(0).kind == "consent"

    # ----- an encounter, from the person page -----
    qtbot.mouseClick(view.person_page.new_encounter_button, Qt.MouseButton.LeftButton)
    editor = only(win, EncounterEditor)
    qtbot.keyClicks(editor.their_story.editor, STORY)
    editor.what_they_want.set_text("A bed of my own before winter.")
    editor.save_button.click()
    qtbot.waitUntil(lambda: view.person_page.model.rowCount() == 2, timeout=WAIT)
    encounters = on_worker(qtbot, win, lambda v: v.encounters_of(person_id))
    assert [e.their_story for e in encounters] == [STORY]
    assert isinstance(encounters[0], Encounter)
    # The saved record is the one selected, shown with its labels.
    qtbot.waitUntil(lambda: view.person_page.selected_id() == encounters[0].id, timeout=WAIT)
    assert STORY in view.person_page.reading.toPlainText()

    # ----- a referral, composed and saved as PDF: the disclosure is recorded -----
    activate(qtbot, win)
    qtbot.keyClick(win, Qt.Key.Key_R,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    composer = only(win, ReferralComposer)
    qtbot.waitUntil(lambda: composer.person.currentData() == person_id
                    and composer.clinician.findData(clinician_id) >= 0, timeout=WAIT)
    composer.clinician.setCurrentIndex(composer.clinician.findData(clinician_id))
    composer.kind.setCurrentIndex(composer.kind.findData("housing"))
    composer.reason.setPlainText("I want a bed of my own before winter.")
    composer.request.setPlainText("an appointment to talk about housing")
    qtbot.waitUntil(composer.save_pdf_button.isEnabled, timeout=WAIT)
    with qtbot.waitSignal(composer.disclosed, timeout=WAIT):
        composer.save_pdf_button.click()
    letter = answers["pdf"]
    assert letter.read_bytes().startswith(b"%PDF")
    disclosures = on_worker(qtbot, win, lambda v: v.disclosures(person_id))
    assert len(disclosures) == 1
    assert disclosures[0].recipient_id == clinician_id
    composer.close()
    qtbot.waitUntil(lambda: view.person_page.model.rowCount() == 3, timeout=WAIT)
    assert {view.person_page.model.row_at(r).kind for r in range(3)} == {
        "consent", "encounter", "referral"}

    # The disclosure log shows it (the person page's Disclosures…).
    qtbot.mouseClick(view.person_page.disclosures_button, Qt.MouseButton.LeftButton)
    log = only(win, DisclosuresView)
    qtbot.waitUntil(lambda: log.model.rowCount() == 1, timeout=WAIT)
    log.close()

    # Opening the referral on the timeline opens the composer on it.
    referral_row = next(r for r in range(3) if view.person_page.model.row_at(r).kind == "referral")
    view.person_page.timeline.selectRow(referral_row)
    view.person_page.timeline.setFocus()
    qtbot.keyClick(view.person_page.timeline, Qt.Key.Key_Return)
    reopened = only(win, ReferralComposer)
    qtbot.waitUntil(lambda: reopened.reason_text() == "I want a bed of my own before winter.",
                    timeout=WAIT)
    reopened.close()

    # ----- the anonymized report, saved as CSV (Ctrl+R) -----
    activate(qtbot, win)
    qtbot.keyClick(win, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    report = only(win, ReportView)
    qtbot.waitUntil(lambda: report.report() is not None, timeout=WAIT)
    report.save_csv_button.click()
    qtbot.waitUntil(lambda: answers["csv"].exists() and "Saved" in report.status.text(),
                    timeout=WAIT)
    with answers["csv"].open(newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    assert len(rows) > 1
    text = answers["csv"].read_text(encoding="utf-8")
    for secret in (PERSON, "Marisol", "bed of my own", "Jordan Lee", person_id):
        assert secret not in text
    report.close()

    # ----- Backup now -----
    win.backup_action.trigger()
    qtbot.waitUntil(lambda: answers["pjbackup"].exists(), timeout=WAIT)
    qtbot.waitUntil(lambda: "Backup written" in win.statusBar().currentMessage(), timeout=WAIT)
    win.backup_window.close()  # it opened to show how the backup went

    # ----- lock, unlock: the journal is all there -----
    activate(qtbot, win)
    qtbot.keyClick(win, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not win.is_unlocked, timeout=WAIT)
    assert win.backup_label.text() == ""
    win.welcome.passphrase.setFocus()
    qtbot.keyClicks(win.welcome.passphrase, PASSPHRASE)
    qtbot.keyClick(win.welcome.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win.is_unlocked, timeout=WAIT)
    view = win.journal
    qtbot.waitUntil(lambda: view.people_model.rowCount() == 1, timeout=WAIT)
    counts = on_worker(qtbot, win, lambda v: (len(v.encounters_of(person_id)),
                                              len(v.referrals_of(person_id)),
                                              len(v.consents_of(person_id)),
                                              len(v.disclosures())))
    assert counts == (1, 1, 1, 1)
    assert vault_thread_guard.calls_off_gui_thread > 0
