"""The clinicians address book, the consent editor with its printable form,
and a person's disclosure log with the accounting of disclosures."""

from __future__ import annotations

import io
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtTest import QAbstractItemModelTester

from peerjournal.core.models import (
    Clinician,
    Consent,
    Disclosure,
    Person,
    Profile,
    Referral,
    ReferralKind,
    ReferralStatus,
)
from peerjournal.services.unlock import create_journal, unlock
from peerjournal.ui.models.clinicians import CliniciansModel
from peerjournal.ui.tasks import TaskManager
from peerjournal.ui.views import pdf_output
from peerjournal.ui.views.clinicians import CliniciansDialog
from peerjournal.ui.views.consent_editor import ConsentEditor
from peerjournal.ui.views.disclosures_view import DisclosuresView

PASSPHRASE = "synthetic test passphrase"
TODAY = date(2025, 6, 2)


def pdf_text(data: bytes) -> str:
    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


@pytest.fixture
def journal(tmp_path: Path, vault_thread_guard: Any) -> Path:
    path = tmp_path / "journal.peerjournal"
    with vault_thread_guard.paused():
        vault, _key = create_journal(path, PASSPHRASE)
        try:
            vault.set_profile(
                Profile(
                    name="Sam Rivera", credentials="CPRS", organization="Harbor Recovery Center"
                )
            )
            vault.save(
                Person(id="p-ana", preferred_name="Ana Lucía", legal_name="Ana Lucía Ortega")
            )
        finally:
            vault.close()
    return path


@pytest.fixture
def opened(qtbot: Any, tasks: TaskManager, journal: Path) -> TaskManager:
    with qtbot.waitSignal(tasks.vault_opened, timeout=15000):
        tasks.open_vault(lambda: unlock(journal, passphrase=PASSPHRASE))
    return tasks


def in_vault(qtbot: Any, tasks: TaskManager, fn: Any) -> Any:
    box: list[Any] = []
    tasks.run(fn, on_done=box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=10000)
    return box[0]


# ----- clinicians -----


def test_the_clinicians_model_passes_the_model_tester(qapp):
    model = CliniciansModel()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.set_rows([Clinician(id="c1", name="Dr. Lee", organization="Eastside", phone="555")])
    assert model.rowCount() == 1
    assert model.data(model.index(0, 1)) == "Eastside"
    model.clear()
    assert model.rowCount() == 0


def test_add_then_edit_a_clinician(qtbot, opened):
    dialog = CliniciansDialog(opened)
    qtbot.addWidget(dialog)
    qtbot.wait(100)
    assert not dialog.save_button.isEnabled()
    dialog.name.setText("Dr. Jordan Lee")
    dialog.organization.setText("Eastside Health")
    dialog.address.setPlainText("12 Elm St\nSpringfield")
    dialog.phone.setText("555-0142")
    dialog.fax.setText("555-0143")
    dialog.email.setText("jlee@example.org")
    with qtbot.waitSignal(dialog.clinicians_changed, timeout=10000) as signal:
        dialog.save_button.click()
    clinician_id = signal.args[0]
    qtbot.waitUntil(lambda: len(dialog.clinicians()) == 1, timeout=10000)
    saved = in_vault(qtbot, opened, lambda v: v.get(Clinician, clinician_id))
    assert saved == Clinician(
        id=clinician_id,
        name="Dr. Jordan Lee",
        organization="Eastside Health",
        address="12 Elm St\nSpringfield",
        phone="555-0142",
        fax="555-0143",
        email="jlee@example.org",
    )

    dialog.phone.setText("555-0199")
    dialog.fax.clear()
    with qtbot.waitSignal(dialog.clinicians_changed, timeout=10000):
        dialog.save_button.click()
    again = in_vault(qtbot, opened, lambda v: v.get(Clinician, clinician_id))
    assert again.phone == "555-0199"
    assert again.fax is None
    assert in_vault(qtbot, opened, lambda v: v.count(Clinician)) == 1


def test_a_clinician_needs_a_name(qtbot, opened):
    dialog = CliniciansDialog(opened)
    qtbot.addWidget(dialog)
    dialog.organization.setText("Nameless Clinic")
    assert not dialog.save_button.isEnabled()
    dialog.save()
    assert "needs a name" in dialog.status.text()


def test_clear_and_close_drops_the_address_book(qtbot, opened):
    dialog = CliniciansDialog(opened)
    qtbot.addWidget(dialog)
    dialog.name.setText("Dr. Unsaved")
    dialog.clear_and_close()
    assert dialog.name.text() == ""
    assert dialog.model.rowCount() == 0


# ----- consents -----


@pytest.fixture
def with_clinician(qtbot: Any, opened: TaskManager) -> TaskManager:
    in_vault(
        qtbot,
        opened,
        lambda v: v.save(
            Clinician(id="c-lee", name="Dr. Jordan Lee", organization="Eastside Health")
        ),
    )
    return opened


def make_editor(qtbot: Any, tasks: TaskManager) -> ConsentEditor:
    editor = ConsentEditor(tasks, "p-ana", recipient_id="c-lee", today=TODAY)
    qtbot.addWidget(editor)
    qtbot.waitUntil(lambda: editor.recipient.currentData() == "c-lee", timeout=10000)
    return editor


def test_a_consent_needs_every_element(qtbot, with_clinician):
    editor = make_editor(qtbot, with_clinician)
    editor.save()
    assert "the purpose" in editor.status.text()
    assert "how much and what kind" in editor.status.text()
    editor.purpose.setPlainText("to arrange an appointment")
    editor.information.setPlainText("my name and my request")
    editor.ends_when_choice.setChecked(True)
    editor.save()
    assert "the event or condition" in editor.status.text()
    assert in_vault(qtbot, with_clinician, lambda v: v.consents_of("p-ana")) == []


def test_record_a_consent_that_ends_on_an_event_then_revoke_it(qtbot, with_clinician):
    editor = make_editor(qtbot, with_clinician)
    editor.purpose.setPlainText("to arrange an appointment")
    editor.information.setPlainText("my name, my request in my own words")
    editor.ends_when_choice.setChecked(True)
    editor.ends_when.setText("when my treatment there ends")
    editor.signed_on.setDate(editor.signed_on.date().addDays(-30))
    with qtbot.waitSignal(editor.consents_changed, timeout=10000):
        editor.save_button.click()
    qtbot.waitUntil(lambda: len(editor.consents()) == 1, timeout=10000)
    (consent,) = in_vault(qtbot, with_clinician, lambda v: v.consents_of("p-ana"))
    assert consent.recipient_id == "c-lee"
    assert consent.signed_on == date(2025, 5, 3)
    assert consent.expires_on is None
    assert consent.expires_when == "when my treatment there ends"
    assert consent.revoked_on is None
    assert editor.model.data(editor.model.index(0, 2)) == "valid"

    editor.revoked.setChecked(True)
    editor.revoked_on.setDate(editor.revoked_on.date().addDays(-1))  # they told me yesterday
    with qtbot.waitSignal(editor.consents_changed, timeout=10000):
        editor.save_button.click()
    qtbot.waitUntil(lambda: editor.model.data(editor.model.index(0, 2)) == "revoked", timeout=10000)
    (revoked,) = in_vault(qtbot, with_clinician, lambda v: v.consents_of("p-ana"))
    assert revoked.id == consent.id
    assert revoked.revoked_on == date(2025, 6, 1)
    assert not revoked.valid_on(TODAY)


def test_a_consent_cannot_end_before_it_is_signed(qtbot, with_clinician):
    editor = make_editor(qtbot, with_clinician)
    editor.purpose.setPlainText("p")
    editor.information.setPlainText("i")
    editor.ends_on.setDate(editor.signed_on.date().addDays(-1))
    editor.save()
    assert "cannot end before" in editor.status.text()


def test_the_consent_form_saves_as_a_pdf_with_the_elements(
    qtbot, with_clinician, tmp_path, monkeypatch
):
    editor = make_editor(qtbot, with_clinician)
    target = tmp_path / "form.pdf"
    monkeypatch.setattr(pdf_output, "ask_save_path", lambda *_args: target)
    editor.save_form_action.trigger()
    qtbot.waitUntil(target.exists, timeout=15000)
    text = pdf_text(target.read_bytes())
    assert "Ana Lucía Ortega" in text
    assert "Dr. Jordan Lee" in text
    assert "Sam Rivera" in text
    assert "2.31" in text
    assert (target.stat().st_mode & 0o777) == 0o600


def test_the_consent_form_prints(qtbot, with_clinician, tmp_path, monkeypatch):
    from PySide6.QtPrintSupport import QPrinter

    editor = make_editor(qtbot, with_clinician)
    printed = tmp_path / "printed.pdf"

    def fake_printer(*_args: Any) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        return printer

    monkeypatch.setattr(pdf_output, "ask_printer", fake_printer)
    editor.print_action.trigger()
    qtbot.waitUntil(lambda: "printer" in editor.status.text(), timeout=15000)
    assert printed.read_bytes().startswith(b"%PDF")


# ----- the disclosure log -----


def test_the_disclosure_log_lists_letters_and_saves_the_accounting(
    qtbot, with_clinician, tmp_path, monkeypatch
):
    consent = Consent(
        id="k-1",
        person_id="p-ana",
        recipient_id="c-lee",
        purpose="to arrange care",
        information="my request",
        signed_on=date(2025, 5, 1),
    )
    in_vault(qtbot, with_clinician, lambda v: v.save(consent))
    for n in range(2):
        referral = Referral(
            id=f"f-{n}",
            person_id="p-ana",
            clinician_id="c-lee",
            kind=ReferralKind.MEDICAL,
            reason_in_their_words="synthetic",
            created_on=date(2025, 5, 9),
            status=ReferralStatus.SENT,
        )
        in_vault(qtbot, with_clinician, lambda v, r=referral: v.save(r))
    for n, reason in enumerate((None, "Her own words from her paperwork")):
        disclosure = Disclosure(
            id=f"d-{n}",
            referral_id=f"f-{n}",
            person_id="p-ana",
            recipient_id="c-lee",
            consent_id="k-1",
            disclosed_at=datetime(2025, 5, 10 + n, 9, 30),
            sha256=f"{n}" * 64,
            override_reason=reason,
        )
        in_vault(qtbot, with_clinician, lambda v, d=disclosure: v.record_disclosure(d))
    view = DisclosuresView(with_clinician, "p-ana")
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: len(view.lines()) == 2, timeout=10000)
    assert [line.id for line in view.lines()] == ["d-1", "d-0"]  # newest first
    model = view.model
    assert model.data(model.index(0, 1)) == "Dr. Jordan Lee — Eastside Health"
    assert model.data(model.index(0, 3)) == "1" * 12
    assert model.data(model.index(0, 4)) == "yes"
    assert model.data(model.index(1, 4)) == ""

    target = tmp_path / "accounting.pdf"
    monkeypatch.setattr(pdf_output, "ask_save_path", lambda *_args: target)
    with qtbot.waitSignal(view.accounting_saved, timeout=15000):
        view.save_action.trigger()
    text = pdf_text(target.read_bytes())
    assert "Ana Lucía Ortega" in text
    assert "Dr. Jordan Lee" in text
    assert "Her own words" not in text  # only that a reason was given, never the reason
    view.clear_and_close()
    assert view.lines() == []
