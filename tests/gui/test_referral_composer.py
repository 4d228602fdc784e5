"""The referral composer: live consent, live scope findings, preview, and
every letter that leaves recorded as a disclosure."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtPrintSupport import QPrinter

from peerjournal.core.models import (
    Clinician,
    Consent,
    Disclosure,
    Person,
    Profile,
    Referral,
    ReferralStatus,
)
from peerjournal.services.unlock import create_journal, unlock
from peerjournal.ui.tasks import TaskManager
from peerjournal.ui.views import pdf_output, referral_composer
from peerjournal.ui.views.consent_editor import ConsentEditor
from peerjournal.ui.views.referral_composer import ReferralComposer

PASSPHRASE = "synthetic test passphrase"
TODAY = date(2025, 6, 2)


def build_journal(path: Path, guard: Any, *, consent: bool = False) -> Path:
    """A small synthetic journal: the peer, one person, two clinicians."""
    with guard.paused():
        vault, _key = create_journal(path, PASSPHRASE)
        try:
            vault.set_profile(
                Profile(
                    name="Sam Rivera",
                    credentials="CPRS",
                    organization="Harbor Recovery Center",
                    phone="555-0100",
                )
            )
            vault.save(
                Person(
                    id="p-ana",
                    preferred_name="Ana Lucía",
                    pronouns="she/her",
                    phone="555-0199",
                    notes="private note never in a letter",
                )
            )
            vault.save(
                Clinician(
                    id="c-lee",
                    name="Dr. Jordan Lee",
                    organization="Eastside Health",
                    address="12 Elm St",
                    phone="555-0142",
                )
            )
            vault.save(Clinician(id="c-ortiz", name="Maya Ortiz", organization="Northside Clinic"))
            if consent:
                vault.save(
                    Consent(
                        id="k-1",
                        person_id="p-ana",
                        recipient_id="c-lee",
                        purpose="to arrange an appointment",
                        information="my name, my request in my own words",
                        signed_on=date(2025, 5, 1),
                        expires_on=date(2026, 5, 1),
                    )
                )
        finally:
            vault.close()
    return path


def open_journal(qtbot: Any, tasks: TaskManager, path: Path) -> None:
    with qtbot.waitSignal(tasks.vault_opened, timeout=15000):
        tasks.open_vault(lambda: unlock(path, passphrase=PASSPHRASE))


def in_vault(qtbot: Any, tasks: TaskManager, fn: Callable[[Any], Any]) -> Any:
    """Run `fn(vault)` on the journal worker and wait for its result."""
    box: list[Any] = []
    tasks.run(fn, on_done=box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=10000)
    return box[0]


@pytest.fixture
def journal(tmp_path: Path, vault_thread_guard: Any) -> Path:
    return build_journal(tmp_path / "journal.peerjournal", vault_thread_guard)


@pytest.fixture
def consented_journal(tmp_path: Path, vault_thread_guard: Any) -> Path:
    return build_journal(tmp_path / "journal.peerjournal", vault_thread_guard, consent=True)


@pytest.fixture
def composers(tasks: TaskManager) -> Any:
    """Composers made by a test, cleared before the worker stops."""
    made: list[ReferralComposer] = []
    yield made
    for composer in made:
        composer.clear_and_close()


def make_composer(
    qtbot: Any,
    tasks: TaskManager,
    made: list[ReferralComposer],
    *,
    clinician: str = "c-lee",
    referral_id: str | None = None,
) -> ReferralComposer:
    composer = ReferralComposer(
        tasks,
        person_id="p-ana" if referral_id is None else None,
        referral_id=referral_id,
        today=TODAY,
    )
    qtbot.addWidget(composer)
    made.append(composer)
    qtbot.waitUntil(lambda: composer.person.currentData() is not None, timeout=10000)
    index = composer.clinician.findData(clinician)
    assert index > 0
    composer.clinician.setCurrentIndex(index)
    if referral_id is None:
        assert composer.kind.currentData() is None  # nothing pre-determines an outcome
        composer.kind.setCurrentIndex(composer.kind.findData("mutual_aid"))
    return composer


@pytest.fixture(autouse=True)
def said_sent(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Answer "Did you send it?" with Yes (a test may change the answer)."""
    asked: list[str] = []

    def answer(_parent: Any, clinician: str) -> bool:
        asked.append(clinician)
        return True

    monkeypatch.setattr(referral_composer, "ask_sent", answer)
    return asked


def test_consent_status_goes_from_none_to_the_covering_consent(qtbot, tasks, composers, journal):
    open_journal(qtbot, tasks, journal)
    composer = make_composer(qtbot, tasks, composers)
    composer.reason.setPlainText("I want help getting back on my feet after the winter.")
    qtbot.waitUntil(lambda: "No valid consent" in composer.consent_text(), timeout=10000)
    assert composer.consent() is None
    assert not composer.save_pdf_button.isEnabled()
    assert not composer.print_button.isEnabled()

    editor = ConsentEditor(tasks, "p-ana", recipient_id="c-lee", today=TODAY)
    qtbot.addWidget(editor)
    qtbot.waitUntil(lambda: editor.recipient.currentData() == "c-lee", timeout=10000)
    editor.purpose.setPlainText("to arrange an appointment")
    editor.information.setPlainText("my name and my request in my own words")
    editor.consents_changed.connect(lambda _person: composer.check_consent())
    editor.save()
    qtbot.waitUntil(lambda: "Covered by the consent" in composer.consent_text(), timeout=10000)
    covering = composer.consent()
    assert covering is not None
    assert covering.recipient_id == "c-lee"
    assert covering.signed_on == TODAY
    assert "to arrange an appointment" in composer.consent_text()
    assert composer.save_pdf_button.isEnabled()


def test_another_clinician_is_not_covered_by_this_consent(
    qtbot, tasks, composers, consented_journal
):
    open_journal(qtbot, tasks, consented_journal)
    composer = make_composer(qtbot, tasks, composers)
    qtbot.waitUntil(lambda: composer.consent() is not None, timeout=10000)
    composer.clinician.setCurrentIndex(composer.clinician.findData("c-ortiz"))
    qtbot.waitUntil(lambda: "No valid consent" in composer.consent_text(), timeout=10000)
    assert "no consent" in composer.consent_text().lower()


def test_a_finding_blocks_save_until_the_peer_writes_why(
    qtbot, tasks, composers, consented_journal
):
    open_journal(qtbot, tasks, consented_journal)
    composer = make_composer(qtbot, tasks, composers)
    composer.reason.setPlainText("I want to see someone about my drinking.")
    qtbot.waitUntil(lambda: composer.consent() is not None, timeout=10000)
    assert composer.findings() == []
    assert composer.save_pdf_button.isEnabled()

    composer.reason.setPlainText("She has opioid use disorder.")
    found = composer.findings()
    assert [f.text for f in found] == ["opioid use disorder"]
    assert "opioid use disorder" in composer.findings_label.text()
    assert composer.override.isVisibleTo(composer)
    assert not composer.save_pdf_button.isEnabled()
    assert not composer.print_button.isEnabled()

    composer.override.setPlainText(
        "Her words, quoted from her discharge paper she asked me to pass on."
    )
    assert composer.save_pdf_button.isEnabled()
    assert composer.print_button.isEnabled()


def test_the_reason_is_read_as_the_persons_own_words(qtbot, tasks, composers, journal):
    """In "their reason, in their own words", "I" is the person: first-person words are
    theirs; a third-person clinical statement there is the writer's and is flagged."""
    open_journal(qtbot, tasks, journal)
    composer = make_composer(qtbot, tasks, composers)
    composer.reason.setPlainText("I have bipolar disorder and I think I need detox.")
    assert composer.findings() == []
    composer.reason.setPlainText("She has bipolar disorder and needs detox.")
    assert [f.kind for f in composer.findings()] == ["diagnosis", "level_of_care"]
    composer.reason.setPlainText("I want to stop my Zoloft.")
    composer.request.setPlainText("She should stop her Zoloft.")
    assert [f.kind for f in composer.findings()] == ["medication"]
    assert "prescriber" in composer.findings_label.text()


def test_save_as_pdf_writes_the_letter_and_records_one_disclosure(
    qtbot, tasks, composers, consented_journal, tmp_path, monkeypatch
):
    open_journal(qtbot, tasks, consented_journal)
    composer = make_composer(qtbot, tasks, composers)
    composer.reason.setPlainText("She has opioid use disorder and wants to talk to someone.")
    composer.request.setPlainText("An appointment this week, in the morning.")
    composer.override.setPlainText("She asked me to use these words from her own paperwork.")
    qtbot.waitUntil(composer.save_pdf_button.isEnabled, timeout=10000)

    target = tmp_path / "out" / "letter.pdf"
    target.parent.mkdir()
    asked: list[str] = []

    def fake_save_path(_parent: Any, title: str, _suggested: str, _filter: str) -> Path:
        asked.append(title)
        return target

    monkeypatch.setattr(pdf_output, "ask_save_path", fake_save_path)
    with qtbot.waitSignal(composer.disclosed, timeout=15000) as signal:
        composer.save_pdf_button.click()
    assert asked
    assert target.read_bytes().startswith(b"%PDF")
    disclosures: list[Disclosure] = in_vault(qtbot, tasks, lambda v: v.disclosures("p-ana"))
    assert len(disclosures) == 1
    (disclosure,) = disclosures
    assert disclosure.id == signal.args[0]
    assert disclosure.override_reason == "She asked me to use these words from her own paperwork."
    assert disclosure.recipient_id == "c-lee"
    assert disclosure.consent_id == "k-1"
    import hashlib

    assert disclosure.sha256 == hashlib.sha256(target.read_bytes()).hexdigest()
    saved: Referral = in_vault(qtbot, tasks, lambda v: v.get(Referral, composer.referral_id))
    assert saved.status is ReferralStatus.SENT
    assert saved.status_on == TODAY
    assert saved.request == "An appointment this week, in the morning."
    assert composer.status.currentData() == "sent"
    assert "disclosure is recorded" in composer.message.text()


def test_cancelling_the_save_dialog_records_nothing(
    qtbot, tasks, composers, consented_journal, monkeypatch
):
    open_journal(qtbot, tasks, consented_journal)
    composer = make_composer(qtbot, tasks, composers)
    composer.reason.setPlainText("I want to find a meeting near my work.")
    qtbot.waitUntil(composer.save_pdf_button.isEnabled, timeout=10000)
    monkeypatch.setattr(pdf_output, "ask_save_path", lambda *_args: None)
    composer.save_pdf_button.click()
    assert in_vault(qtbot, tasks, lambda v: v.disclosures("p-ana")) == []


def test_print_records_the_disclosure_then_prints(
    qtbot, tasks, composers, consented_journal, tmp_path, monkeypatch
):
    open_journal(qtbot, tasks, consented_journal)
    composer = make_composer(qtbot, tasks, composers)
    composer.reason.setPlainText("I want to get my teeth looked at.")
    qtbot.waitUntil(composer.print_button.isEnabled, timeout=10000)
    printed = tmp_path / "printed.pdf"

    def fake_printer(_parent: Any, _title: str) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        return printer

    monkeypatch.setattr(pdf_output, "ask_printer", fake_printer)
    with qtbot.waitSignal(composer.disclosed, timeout=15000):
        composer.print_button.click()
    assert printed.read_bytes().startswith(b"%PDF")
    disclosures = in_vault(qtbot, tasks, lambda v: v.disclosures("p-ana"))
    assert len(disclosures) == 1
    assert disclosures[0].override_reason is None
    assert "printer" in composer.message.text()


def test_a_cancelled_print_records_nothing(qtbot, tasks, composers, consented_journal, monkeypatch):
    open_journal(qtbot, tasks, consented_journal)
    composer = make_composer(qtbot, tasks, composers)
    composer.reason.setPlainText("I want to get my teeth looked at.")
    qtbot.waitUntil(composer.print_button.isEnabled, timeout=10000)
    monkeypatch.setattr(pdf_output, "ask_printer", lambda *_args: None)
    composer.print_button.click()
    qtbot.waitUntil(lambda: "Not printed" in composer.message.text(), timeout=10000)
    assert in_vault(qtbot, tasks, lambda v: v.disclosures("p-ana")) == []
    assert composer.print_button.isEnabled()


def test_preview_shows_the_letter_and_discloses_nothing(qtbot, tasks, composers, consented_journal):
    open_journal(qtbot, tasks, consented_journal)
    composer = make_composer(qtbot, tasks, composers)
    composer.reason.setPlainText("I want to talk to someone about sleeping again.")
    qtbot.waitUntil(lambda: composer.consent() is not None, timeout=10000)
    with qtbot.waitSignal(composer.preview_shown, timeout=15000) as signal:
        composer.preview_button.click()
    assert signal.args[0] >= 1
    assert composer.preview.page_count >= 1
    saved = in_vault(qtbot, tasks, lambda v: v.get(Referral, composer.referral_id))
    assert saved.status is ReferralStatus.DRAFT  # saved as a draft, not sent
    assert saved.reason_in_their_words == "I want to talk to someone about sleeping again."
    assert in_vault(qtbot, tasks, lambda v: v.disclosures()) == []


def test_preview_without_consent_is_a_draft_the_person_can_read(
    qtbot, tasks, composers, journal
):
    open_journal(qtbot, tasks, journal)
    composer = make_composer(qtbot, tasks, composers)
    composer.reason.setPlainText("I want to talk to someone.")
    composer.going_well.setPlainText("Two weeks at the new job.")
    with qtbot.waitSignal(composer.preview_shown, timeout=15000):
        composer.preview_button.click()
    assert composer.preview.page_count >= 1
    assert "Draft" in composer.preview_panel.draft_note.text()
    assert "cannot be sent" in composer.message.text()
    assert not composer.save_pdf_button.isEnabled()
    assert in_vault(qtbot, tasks, lambda v: v.disclosures()) == []
    from peerjournal.services.referrals import preview_letter

    preview = in_vault(qtbot, tasks, lambda v: preview_letter(v, composer.referral_id, on=TODAY))
    import io

    from pypdf import PdfReader

    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(preview.pdf)).pages)
    assert preview.draft
    assert "DRAFT" in text  # the watermark
    assert "Two weeks at the new job." in text


def test_the_status_line_never_contradicts_itself(
    qtbot, tasks, composers, consented_journal, tmp_path, monkeypatch, said_sent
):
    open_journal(qtbot, tasks, consented_journal)
    composer = make_composer(qtbot, tasks, composers)
    composer.reason.setPlainText("I want to find a meeting near my work.")
    qtbot.waitUntil(composer.save_pdf_button.isEnabled, timeout=10000)
    with qtbot.waitSignal(composer.preview_shown, timeout=15000):
        composer.preview_button.click()
    target = tmp_path / "letter.pdf"
    monkeypatch.setattr(pdf_output, "ask_save_path", lambda *_args: target)
    monkeypatch.setattr(referral_composer, "ask_sent", lambda *_args: False)
    with qtbot.waitSignal(composer.disclosed, timeout=15000):
        composer.save_pdf_button.click()
    text = composer.message.text()
    assert "disclosure is recorded" in text
    assert "stays a draft" in text
    assert "Preview only" not in text and "Sent" not in text
    # Only one place says what happened: the preview pane holds the letter, no sentence.
    assert composer.preview_panel.draft_note.text() == ""
    saved = in_vault(qtbot, tasks, lambda v: v.get(Referral, composer.referral_id))
    assert saved.status is ReferralStatus.DRAFT  # not sent until the peer says so
    assert composer.status.currentData() == "draft"


def test_optional_sections_reach_the_referral_and_are_scope_checked(
    qtbot, tasks, composers, consented_journal
):
    open_journal(qtbot, tasks, consented_journal)
    composer = make_composer(qtbot, tasks, composers)
    composer.reason.setPlainText("I want to talk to someone.")
    composer.how_i_will_help.setPlainText("I think she needs detox.")
    assert [f.text for f in composer.findings()] in (["needs detox"], ["I think she needs detox"])
    assert not composer.save_pdf_button.isEnabled()
    composer.how_i_will_help.setPlainText("I can come with her to the first appointment.")
    composer.to_know.setPlainText("Mornings are hard.")
    composer.share_contact.setChecked(True)
    assert composer.findings() == []
    referral = composer.current_referral()
    assert referral is not None
    assert referral.how_i_will_help == "I can come with her to the first appointment."
    assert referral.to_know == "Mornings are hard."
    assert referral.going_well is None
    assert referral.share_contact


def test_an_existing_referral_opens_with_its_fields(
    qtbot, tasks, composers, consented_journal, vault_thread_guard
):
    from peerjournal.core.models import ReferralKind

    referral = Referral(
        id="f-1",
        person_id="p-ana",
        clinician_id="c-lee",
        kind=ReferralKind.HOUSING,
        reason_in_their_words="I need a place to stay.",
        created_on=date(2025, 5, 20),
        status=ReferralStatus.SCHEDULED,
        request="A call back",
        status_on=date(2025, 5, 25),
        follow_up_on=date(2025, 6, 10),
    )
    open_journal(qtbot, tasks, consented_journal)
    in_vault(qtbot, tasks, lambda v: v.save(referral))
    composer = make_composer(qtbot, tasks, composers, referral_id="f-1")
    assert composer.reason_text() == "I need a place to stay."
    assert composer.request_text() == "A call back"
    assert composer.kind.currentData() == "housing"
    assert composer.status.currentData() == "scheduled"
    assert composer.follow_up.isChecked()
    assert composer.current_referral() == referral


def test_clear_and_close_drops_every_word(qtbot, tasks, composers, consented_journal):
    open_journal(qtbot, tasks, consented_journal)
    composer = make_composer(qtbot, tasks, composers)
    composer.show()
    composer.reason.setPlainText("She has opioid use disorder.")
    composer.override.setPlainText("a reason")
    composer.clear_and_close()
    assert not composer.isVisible()
    assert composer.reason_text() == ""
    assert composer.override_text() == ""
    assert composer.person.count() == 0
    assert composer.findings() == []
    assert not composer.reason.document().isUndoAvailable()


def test_closing_keeps_what_was_typed_as_a_draft(qtbot, tasks, composers, consented_journal):
    open_journal(qtbot, tasks, consented_journal)
    composer = make_composer(qtbot, tasks, composers)
    composer.show()
    composer.reason.setPlainText("I want to find a dentist who takes my insurance.")
    composer.close()
    saved = in_vault(qtbot, tasks, lambda v: v.find(Referral, composer.referral_id))
    assert saved is not None
    assert saved.status is ReferralStatus.DRAFT
    assert saved.reason_in_their_words == "I want to find a dentist who takes my insurance."
    assert in_vault(qtbot, tasks, lambda v: v.disclosures()) == []
