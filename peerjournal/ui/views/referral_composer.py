"""The referral composer: a letter that carries the person's request, in their
words, to a clinician, only with their written consent.

As the peer writes, the window says which consent covers the letter today (or
plainly why none does) and underlines what the scope check finds (a
diagnosis, a level of care). A letter with findings needs the peer's written
reason before it can be printed or saved; the reason goes to the disclosure
log, never into the letter. Every letter printed or saved is recorded as a
disclosure. All journal and PDF work runs on the journal worker.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from peerjournal.core.models import (
    Clinician,
    Consent,
    Person,
    Referral,
    ReferralKind,
    ReferralStatus,
)
from peerjournal.services import referrals as letters
from peerjournal.services.ids import new_id
from peerjournal.ui.a11y import StatusLine, show_content
from peerjournal.ui.models.clinicians import all_clinicians, clinician_label
from peerjournal.ui.models.people import person_label
from peerjournal.ui.tasks import TaskManager, describe_error
from peerjournal.ui.views import pdf_output
from peerjournal.ui.views.referral.consent_panel import ConsentPanel
from peerjournal.ui.views.referral.labels import kind_labels, status_labels
from peerjournal.ui.views.referral.preview_panel import PreviewPanel
from peerjournal.ui.views.referral.tracking_panel import TrackingPanel
from peerjournal.ui.views.referral.words_panel import WordsPanel
from peerjournal.ui.widgets.date_fields import from_qdate, to_qdate
from peerjournal.ui.widgets.prompt_field import clear_document, document_text
from peerjournal.ui.widgets.scope_highlighter import (
    FindingLike,
    ScopeChecker,
    ScopeHighlighter,
    default_scope_checker,
    their_words_scope_checker,
)

PREVIEW_DELAY_MS = 700
CONSENT_DELAY_MS = 120


def letter_language_for(person: Person | None) -> str:
    """The person's letter language (services.referrals.letter_language)."""
    return letters.letter_language(person)


def ask_sent(parent: QWidget, clinician: str) -> bool:
    """Ask whether the letter was sent (tests replace this function)."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("ReferralComposer", "Did you send it?"),
        QCoreApplication.translate(
            "ReferralComposer",
            "Did you send the letter to {clinician}? Choose No if you will send it later: "
            "the referral stays a draft until you mark it sent.",
        ).format(clinician=clinician),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


class ReferralComposer(QDialog):
    """Write a referral, see its letter, then print it or save it as PDF.

    The consent and the preview are panels (ui/views/referral/); every rule
    (which consent covers it, the scope check on every section, the preview,
    the draft→sent rule, the disclosure) is services.referrals'.

    Signals: `saved(referral id)` each time the referral is saved;
    `disclosed(disclosure id)` when a letter left the journal;
    `preview_shown(pages)` when a fresh preview is on screen."""

    saved = Signal(str)
    disclosed = Signal(str)
    preview_shown = Signal(int)

    def __init__(
        self,
        tasks: TaskManager,
        person_id: str | None = None,
        referral_id: str | None = None,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
        scope_checker: ScopeChecker | None = None,
    ) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._today = today or date.today()
        self._checker = scope_checker or default_scope_checker()
        # the reason is in the person's own words: "I" there is the person
        self._reason_checker = scope_checker or their_words_scope_checker()
        self._generation = 0
        self._consent_generation = 0
        self._preview_generation = 0
        self._referral_id = referral_id or new_id("referrals")
        self._is_new = referral_id is None
        self._created_on = self._today
        self._pinned_consent: tuple[str, str, str] | None = None  # (consent, person, clinician)
        self._wanted_person = person_id
        self._wanted_clinician: str | None = None
        self._people: dict[str, Person] = {}
        self._consent: Consent | None = None
        self._consent_known = False
        self._findings: list[FindingLike] = []
        self._preview_live = False
        self._busy = False
        self._dirty = False
        self._filling = False
        self._event = ""  # the last thing that happened, until the next edit
        self._highlighters: list[ScopeHighlighter] = []
        self.setWindowTitle(self.tr("Referral letter"))  # never a person's name in a title
        self.setAccessibleName(self.tr("Referral composer"))

        self._build()
        self._consent_timer = QTimer(self)
        self._consent_timer.setSingleShot(True)
        self._consent_timer.setInterval(CONSENT_DELAY_MS)
        self._consent_timer.timeout.connect(self.check_consent)
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self._refresh_preview)
        self._update_findings()
        self._update_buttons()
        self.load(referral_id)

    # ----- building the window -----

    def _build(self) -> None:
        tr = self.tr
        self.person = QComboBox(self)
        self.person.setAccessibleName(tr("Person"))
        self.clinician = QComboBox(self)
        self.clinician.setAccessibleName(tr("Clinician"))
        self.clinicians_button = QPushButton(tr("Cli&nicians…"), self)
        self.clinicians_button.clicked.connect(self._open_clinicians)
        clinician_row = QHBoxLayout()
        clinician_row.addWidget(self.clinician, 1)
        clinician_row.addWidget(self.clinicians_button)
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(tr("Kind of referral"))
        # Nothing pre-determines an outcome: the peer and the person choose.
        self.kind.addItem(tr("Choose…"), None)
        for kind, label in kind_labels(tr).items():
            self.kind.addItem(label, kind.value)
        self.language = QComboBox(self)
        self.language.setAccessibleName(tr("Language of the letter"))
        self.language.addItem("English", "en")
        self.language.addItem("Español", "es")

        who = QFormLayout()
        who.addRow(tr("P&erson:"), self.person)
        who.addRow(tr("&To:"), clinician_row)
        to_label = who.labelForField(clinician_row)
        if isinstance(to_label, QLabel):
            to_label.setBuddy(self.clinician)
        who.addRow(tr("&Kind:"), self.kind)
        who.addRow(tr("Letter lan&guage:"), self.language)

        # Consent, live.
        self.consent_panel = ConsentPanel(self)
        self.consent_panel.open_consents.connect(self._open_consents)
        self.consent_status = self.consent_panel.status
        self.consent_button = self.consent_panel.button

        # The person's words, the warm handoff and the scope check: a panel.
        self.words = WordsPanel(self._checker, self._reason_checker, self)
        self._highlighters = self.words.highlighters
        for name in (
            "reason",
            "request",
            "to_know",
            "going_well",
            "how_i_will_help",
            "share_contact",
            "reason_label",
            "request_label",
            "findings_label",
            "override_label",
            "override",
            "findings_box",
        ):
            setattr(self, name, getattr(self.words, name))
        self.override.textChanged.connect(self._update_buttons)

        # Tracking: the status and the follow-up date.
        self.tracking = TrackingPanel(self._today, self)
        for name in ("status", "status_on", "follow_up", "follow_up_on"):
            setattr(self, name, getattr(self.tracking, name))

        # One status line: what just happened, else what is needed before sending.
        self.message = StatusLine(self)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        show_content(self.message, tr("Status"))

        # Buttons.
        self.preview_button = QPushButton(tr("Pre&view letter"), self)
        self.preview_button.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.preview_button.clicked.connect(self.request_preview)
        self.save_referral_button = QPushButton(tr("Save re&ferral"), self)
        self.save_referral_button.setShortcut(QKeySequence.StandardKey.Save)
        self.save_referral_button.clicked.connect(self.save_referral)
        self.print_button = QPushButton(tr("&Print…"), self)
        self.print_button.setShortcut(QKeySequence.StandardKey.Print)
        self.print_button.clicked.connect(self.print_letter)
        self.save_pdf_button = QPushButton(tr("Save as P&DF…"), self)
        self.save_pdf_button.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.save_pdf_button.clicked.connect(self.save_pdf)
        close = QPushButton(tr("Close"), self)
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.save_referral_button)
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_pdf_button)
        buttons.addWidget(close)

        form = QWidget(self)
        column = QVBoxLayout(form)
        column.addLayout(who)
        column.addWidget(self.consent_panel)
        column.addWidget(self.words, 1)
        column.addWidget(self.tracking)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(form)

        self.preview_panel = PreviewPanel(self)
        self.preview_panel.shown.connect(self.preview_shown)
        self.preview = self.preview_panel.pdf

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(scroll)
        splitter.addWidget(self.preview_panel)
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 6)
        splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.resize(1180, 760)

        self.person.currentIndexChanged.connect(self._who_changed)
        self.clinician.currentIndexChanged.connect(self._who_changed)
        for combo in (self.kind, self.language):
            combo.currentIndexChanged.connect(self._edited)
        self.share_contact.toggled.connect(self._edited)
        self.status.currentIndexChanged.connect(self._status_changed)
        self.status_on.dateChanged.connect(self._tracking_edited)
        self.follow_up.toggled.connect(self._tracking_edited)
        self.follow_up_on.dateChanged.connect(self._tracking_edited)
        for box in self._word_boxes():
            box.textChanged.connect(self._text_edited)

    def _word_boxes(self) -> tuple[QPlainTextEdit, ...]:
        return self.words.boxes()

    # ----- loading -----

    def load(self, referral_id: str | None = None) -> None:
        """Fetch the people, the clinicians and (when editing) the referral."""
        self._generation += 1
        generation = self._generation

        def job(vault: Any) -> tuple[list[Person], list[Clinician], Referral | None]:
            referral = vault.find(Referral, referral_id) if referral_id else None
            return vault.people(), all_clinicians(vault), referral

        self._tasks.run(
            job, on_done=lambda got: self._loaded(generation, *got), on_error=self._failed
        )

    def _loaded(
        self,
        generation: int,
        people: list[Person],
        clinicians: list[Clinician],
        referral: Referral | None,
    ) -> None:
        if generation != self._generation:
            return
        self._filling = True
        try:
            self._people = {p.id: p for p in people}
            if referral is not None:
                self._wanted_person = referral.person_id
                self._wanted_clinician = referral.clinician_id
            keep_person = self._wanted_person or self.person.currentData()
            self.person.clear()
            self.person.addItem(self.tr("Choose the person…"), None)
            for p in people:
                self.person.addItem(person_label(p), p.id)
            self.person.setCurrentIndex(
                max(0, self.person.findData(keep_person)) if keep_person else 0
            )
            self._fill_clinicians(clinicians)
            if referral is not None:
                self._show_referral(referral)
            elif keep_person in self._people:
                self._set_combo(self.language, letter_language_for(self._people[keep_person]))
        finally:
            self._filling = False
        self._wanted_person = None
        self._update_findings()
        self._who_changed()
        self._dirty = False

    def _fill_clinicians(self, clinicians: list[Clinician]) -> None:
        keep = self._wanted_clinician or self.clinician.currentData()
        self._wanted_clinician = None
        was = self._filling
        self._filling = True
        try:
            self.clinician.clear()
            self.clinician.addItem(self.tr("Choose the clinician…"), None)
            for c in clinicians:
                self.clinician.addItem(clinician_label(c), c.id)
            self.clinician.setCurrentIndex(max(0, self.clinician.findData(keep)) if keep else 0)
        finally:
            self._filling = was

    @staticmethod
    def _set_combo(combo: QComboBox, value: Any) -> None:
        index = combo.findData(value)
        if index >= 0:
            combo.setCurrentIndex(index)

    def _show_referral(self, referral: Referral) -> None:
        self._referral_id = referral.id
        self._is_new = False
        self._created_on = referral.created_on
        if referral.consent_id:
            self._pinned_consent = (referral.consent_id, referral.person_id, referral.clinician_id)
        self._set_combo(self.person, referral.person_id)
        self._set_combo(self.clinician, referral.clinician_id)
        self._set_combo(self.kind, referral.kind.value)
        self._set_combo(self.language, letter_language_for(self._people.get(referral.person_id)))
        self.reason.setPlainText(referral.reason_in_their_words)
        self.request.setPlainText(referral.request or "")
        self.to_know.setPlainText(referral.to_know or "")
        self.going_well.setPlainText(referral.going_well or "")
        self.how_i_will_help.setPlainText(referral.how_i_will_help or "")
        self.share_contact.setChecked(referral.share_contact)
        self._set_combo(self.status, referral.status.value)
        self.status_on.setDate(to_qdate(referral.status_on or referral.created_on))
        self.follow_up.setChecked(referral.follow_up_on is not None)
        if referral.follow_up_on is not None:
            self.follow_up_on.setDate(to_qdate(referral.follow_up_on))

    # ----- what the form says -----

    @property
    def referral_id(self) -> str:
        """The id the referral has (or will have once saved)."""
        return self._referral_id

    def reason_text(self) -> str:
        return document_text(self.reason.document())

    def request_text(self) -> str:
        return document_text(self.request.document())

    def override_text(self) -> str:
        return document_text(self.override.document()).strip()

    def findings(self) -> list[FindingLike]:
        """What the scope check finds in every section of the letter now."""
        return list(self._findings)

    def consent(self) -> Consent | None:
        """The consent that covers the letter today, as last checked."""
        return self._consent

    def consent_text(self) -> str:
        """What the consent line says."""
        return self.consent_panel.text()

    def current_referral(self) -> Referral | None:
        """The referral as the form shows it, or None without a person, a
        clinician and a kind."""
        person_id = self.person.currentData()
        clinician_id = self.clinician.currentData()
        kind = self.kind.currentData()
        if not person_id or not clinician_id or not kind:
            return None
        consent_id = None
        if self._pinned_consent and self._pinned_consent[1:] == (person_id, clinician_id):
            consent_id = self._pinned_consent[0]

        def text(box: QPlainTextEdit) -> str | None:
            return document_text(box.document()).strip() or None

        return Referral(
            id=self._referral_id,
            person_id=str(person_id),
            clinician_id=str(clinician_id),
            kind=ReferralKind(kind),
            reason_in_their_words=self.reason_text().strip(),
            created_on=self._created_on,
            status=ReferralStatus(self.status.currentData()),
            consent_id=consent_id,
            request=text(self.request),
            status_on=from_qdate(self.status_on.date()),
            follow_up_on=from_qdate(self.follow_up_on.date())
            if self.follow_up.isChecked()
            else None,
            share_contact=self.share_contact.isChecked(),
            to_know=text(self.to_know),
            going_well=text(self.going_well),
            how_i_will_help=text(self.how_i_will_help),
        )

    def blockers(self) -> list[str]:
        """Why the letter cannot be printed or saved now (empty: it can)."""
        tr = self.tr
        out: list[str] = []
        if not self.person.currentData():
            out.append(tr("Choose the person."))
        if not self.clinician.currentData():
            out.append(tr("Choose the clinician."))
        if not self.kind.currentData():
            out.append(tr("Choose the kind of referral."))
        if not self.reason_text().strip():
            out.append(tr("Write their reason, in their words."))
        if self.person.currentData() and self.clinician.currentData():
            if not self._consent_known:
                out.append(tr("Checking the consent…"))
            elif self._consent is None:
                out.append(tr("Record their written consent first."))
        if self._findings and not self.override_text():
            out.append(tr("Reword what the scope check found, or write why you send it anyway."))
        return out

    # ----- reacting to edits -----

    def _who_changed(self) -> None:
        if self._filling:
            return
        self._consent = None
        self._consent_known = False
        person_id = self.person.currentData()
        if self._is_new and not self._dirty and person_id in self._people:
            self._set_combo(self.language, letter_language_for(self._people[person_id]))
        self._show_consent_checking()
        self._consent_timer.start()
        self._edited()

    def _text_edited(self) -> None:
        if self._filling:
            return
        self._update_findings()
        self._edited()

    def _status_changed(self) -> None:
        if not self._filling:
            self.status_on.setDate(to_qdate(self._today))
        self._tracking_edited()

    def _tracking_edited(self) -> None:
        if not self._filling:
            self._dirty = True

    def _edited(self) -> None:
        if self._filling:
            return
        self._dirty = True
        self._event = ""
        self._update_buttons()
        if self._preview_live:
            self._preview_timer.start()

    def _update_findings(self) -> None:
        referral = self.current_referral() or Referral(
            id="-",
            person_id="-",
            clinician_id="-",
            kind=ReferralKind.OTHER,
            reason_in_their_words=self.reason_text(),
            created_on=self._today,
            status=ReferralStatus.DRAFT,
            request=self.request_text(),
            to_know=document_text(self.to_know.document()),
            going_well=document_text(self.going_well.document()),
            how_i_will_help=document_text(self.how_i_will_help.document()),
        )
        # The service's scope check on every section the letter may print.
        found: list[FindingLike] = list(letters.letter_text_findings(referral))
        self._findings = found
        self.words.show_findings(found)
        self._update_buttons()

    def _update_buttons(self) -> None:
        blockers = self.blockers()
        can_send = not blockers and not self._busy
        self.print_button.setEnabled(can_send)
        self.save_pdf_button.setEnabled(can_send)
        ready = bool(
            self.person.currentData()
            and self.clinician.currentData()
            and self.kind.currentData()
            and self.reason_text().strip()
        )
        self.preview_button.setEnabled(ready and not self._busy)
        self.save_referral_button.setEnabled(ready and not self._busy)
        self.consent_button.setEnabled(bool(self.person.currentData()))
        tip = "\n".join(blockers)
        self.print_button.setToolTip(tip)
        self.save_pdf_button.setToolTip(tip)
        self._show_status_line(blockers)

    def _show_status_line(self, blockers: list[str] | None = None) -> None:
        """The one status line: working, else what just happened, else what is
        needed before printing or saving, else ready."""
        if self._busy:
            text = self.tr("Working…")
        elif self._event:
            text = self._event
        else:
            blockers = self.blockers() if blockers is None else blockers
            if blockers:
                text = self.tr("Before printing or saving: {first}").format(first=blockers[0])
            else:
                text = self.tr("Ready to print or save; the disclosure will be recorded.")
        self.message.setText(text)

    def _say(self, sentence: str) -> None:
        self._event = sentence
        self._show_status_line()

    # ----- consent -----

    def _show_consent_checking(self) -> None:
        have_who = bool(self.person.currentData() and self.clinician.currentData())
        self.consent_panel.show_waiting(have_who)

    def check_consent(self) -> None:
        """Ask (off the GUI thread) which consent covers the letter today."""
        person_id = self.person.currentData()
        clinician_id = self.clinician.currentData()
        if not person_id or not clinician_id:
            self._consent, self._consent_known = None, False
            self._show_consent_checking()
            self._update_buttons()
            return
        referral = self.current_referral() or Referral(
            id=self._referral_id,
            person_id=str(person_id),
            clinician_id=str(clinician_id),
            kind=ReferralKind.OTHER,  # not saved: only the consent is looked up
            reason_in_their_words="",
            created_on=self._created_on,
            status=ReferralStatus.DRAFT,
        )
        if self._pinned_consent and self._pinned_consent[1:] == (person_id, clinician_id):
            referral = replace(referral, consent_id=self._pinned_consent[0])
        self._consent_generation += 1
        generation = self._consent_generation
        on = self._today

        self._tasks.run(
            lambda vault: letters.consent_status(vault, referral, on),
            on_done=lambda status: self._consent_checked(generation, status),
            on_error=self._failed,
        )

    def _consent_checked(self, generation: int, status: letters.ConsentStatus) -> None:
        if generation != self._consent_generation:
            return
        self._consent = status.consent
        self._consent_known = True
        self.consent_panel.show_status(status)
        covered = status.consent
        self.words.show_covered(covered.covers if covered else None, covered is not None)
        self._update_buttons()

    # ----- preview -----

    def request_preview(self) -> None:
        """Save the referral (a draft until it is sent) and show its letter."""
        self._preview_live = True
        self._preview_timer.stop()
        self._refresh_preview()

    def _refresh_preview(self) -> None:
        referral = self.current_referral()
        if referral is None or not referral.reason_in_their_words:
            self.preview_panel.clear(
                self.tr(
                    "Choose the person, the clinician and the kind of referral, and write "
                    "their reason, to see the letter."
                )
            )
            return
        self._preview_generation += 1
        generation = self._preview_generation
        language, on = str(self.language.currentData()), self._today
        self._say(self.tr("Making the letter…"))

        def job(vault: Any) -> letters.Preview:
            vault.save(referral)
            return letters.preview_letter(vault, referral.id, on=on, language=language)

        self._tasks.run(
            job,
            on_done=lambda preview: self._preview_ready(generation, referral, preview),
            on_error=lambda error: self._preview_failed(generation, error),
        )

    def _preview_ready(self, generation: int, referral: Referral, preview: Any) -> None:
        self._note_saved(referral)
        if generation != self._preview_generation:
            return
        status = status_labels(self.tr)[referral.status].lower()
        if preview.draft:
            self._say(
                self.tr(
                    "Draft preview: no consent covers it yet, so it cannot be sent. Saved as "
                    "a {status}."
                ).format(status=status)
            )
        else:
            self._say(
                self.tr("Preview only: nothing has left the journal. Saved as a {status}.").format(
                    status=status
                )
            )
        self.preview_panel.show_letter(preview.pdf, draft=preview.draft)

    def _preview_failed(self, generation: int, error: BaseException) -> None:
        if generation != self._preview_generation:
            return
        self._say("")
        self.preview_panel.clear(describe_error(error))

    # ----- saving the referral -----

    def save_referral(self) -> None:
        """Save the referral record (no letter, nothing disclosed)."""
        referral = self.current_referral()
        if referral is None or not referral.reason_in_their_words:
            self._say(
                self.tr("A referral needs the person, the clinician, its kind and their reason.")
            )
            return

        self._tasks.run(
            lambda vault: vault.save(referral),
            on_done=lambda _r: self._referral_saved(referral),
            on_error=self._failed,
        )

    def _referral_saved(self, referral: Referral) -> None:
        self._note_saved(referral)
        self._say(self.tr("Referral saved."))

    def _note_saved(self, referral: Referral) -> None:
        self._is_new = False
        if self.current_referral() == referral:
            self._dirty = False
        self.saved.emit(referral.id)

    # ----- disclosing: save as PDF, print -----

    def _disclosure_inputs(self) -> tuple[Referral, str | None, str] | None:
        blockers = self.blockers()
        referral = self.current_referral()
        if blockers or referral is None:
            self._say(" ".join(blockers))
            return None
        reason = self.override_text() if self._findings else None
        return referral, reason or None, str(self.language.currentData())

    def save_pdf(self) -> None:
        """Save the letter as a PDF file and record the disclosure; then ask
        whether it was sent."""
        inputs = self._disclosure_inputs()
        if inputs is None:
            return
        referral, reason, language = inputs
        target = pdf_output.ask_save_path(
            self,
            self.tr("Save the letter as PDF"),
            self.tr("referral-letter-{day}.pdf").format(day=self._today.isoformat()),
            self.tr("PDF files (*.pdf)"),
        )
        if target is None:
            return
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        on = self._today

        def job(vault: Any) -> Any:
            vault.save(referral)
            return letters.render_referral_letter(
                vault,
                referral.id,
                target,
                on=on,
                allow_flagged=reason,
                language=language,
                mark_as_sent=False,
            )

        self._set_busy(True)
        self._tasks.run(
            job,
            on_done=lambda result: self._disclosed(
                referral,
                result.disclosure_id,
                self.tr("Saved the letter to {name}. The disclosure is recorded.").format(
                    name=target.name
                ),
            ),
            on_error=self._disclosure_failed,
        )

    def print_letter(self) -> None:
        """Make the letter, ask for a printer, record the disclosure, then print."""
        inputs = self._disclosure_inputs()
        if inputs is None:
            return
        referral, reason, language = inputs
        on = self._today

        def job(vault: Any) -> Any:
            vault.save(referral)
            return letters.prepare_letter(
                vault, referral.id, on=on, allow_flagged=reason, language=language
            )

        self._set_busy(True)
        self._tasks.run(
            job,
            on_done=lambda letter: self._print_ready(referral, reason, letter),
            on_error=self._disclosure_failed,
        )

    def _print_ready(self, referral: Referral, reason: str | None, letter: Any) -> None:
        self._note_saved(referral)
        printer = pdf_output.ask_printer(self, self.tr("Print the referral letter"))
        if printer is None:
            self._set_busy(False)
            self._say(self.tr("Not printed. Nothing was recorded."))
            return

        def job(vault: Any) -> Any:
            return letters.record_disclosure(vault, letter, override_reason=reason)

        def recorded(disclosure: Any) -> None:
            # Recorded first, printed second: a letter never leaves unrecorded.
            pages = pdf_output.print_pdf(letter.pdf, printer)
            self._disclosed(
                referral,
                disclosure.id,
                self.tr("Sent %n page(s) to the printer. The disclosure is recorded.", "", pages),
            )

        self._tasks.run(job, on_done=recorded, on_error=self._disclosure_failed)

    def _disclosed(self, referral: Referral, disclosure_id: str, sentence: str) -> None:
        self._set_busy(False)
        self._note_saved(referral)
        self.disclosed.emit(disclosure_id)
        if referral.status is not ReferralStatus.DRAFT:
            self._say(sentence)
            return
        # The letter left the journal; whether it reached the clinician is the peer's word.
        clinician = self.clinician.currentText()
        if not ask_sent(self, clinician):
            self._say(
                sentence + " " + self.tr("The referral stays a draft until you mark it sent.")
            )
            return
        on = self._today
        self._tasks.run(
            lambda vault: letters.mark_sent(vault, referral.id, on),
            on_done=lambda sent: self._marked_sent(sent, sentence),
            on_error=self._failed,
        )

    def _marked_sent(self, sent: Referral, sentence: str) -> None:
        was_dirty = self._dirty
        self._filling = True
        try:
            self._set_combo(self.status, sent.status.value)
            if sent.status_on is not None:
                self.status_on.setDate(to_qdate(sent.status_on))
        finally:
            self._filling = False
        self._dirty = was_dirty
        self._note_saved(sent)
        self._say(sentence + " " + self.tr("Marked as sent."))

    def _disclosure_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self._say(describe_error(error))

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update_buttons()

    # ----- other windows -----

    def _open_clinicians(self) -> None:
        from peerjournal.ui.views.clinicians import CliniciansDialog

        dialog = CliniciansDialog(self._tasks, self, select_id=self.clinician.currentData())
        dialog.clinicians_changed.connect(self._clinician_saved)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _clinician_saved(self, clinician_id: str) -> None:
        self._wanted_clinician = clinician_id
        generation = self._generation

        def done(clinicians: list[Clinician]) -> None:
            if generation == self._generation:
                self._fill_clinicians(clinicians)
                self._who_changed()

        self._tasks.run(all_clinicians, on_done=done, on_error=self._failed)

    def _open_consents(self) -> None:
        from peerjournal.ui.views.consent_editor import ConsentEditor

        person_id = self.person.currentData()
        if not person_id:
            return
        dialog = ConsentEditor(
            self._tasks,
            str(person_id),
            self,
            recipient_id=self.clinician.currentData(),
            today=self._today,
        )
        dialog.consents_changed.connect(lambda _pid: self.check_consent())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _failed(self, error: BaseException) -> None:
        self._say(describe_error(error))

    # ----- closing and locking -----

    def done(self, result: int) -> None:
        """Closing (Close, Escape, the window's X): keep what was typed, drop the pages."""
        self._consent_timer.stop()
        self._preview_timer.stop()
        referral = self.current_referral()
        if (
            self._dirty
            and self._tasks.is_open
            and referral is not None
            and referral.reason_in_their_words
        ):
            self._tasks.run(lambda vault: vault.save(referral))  # never lose what was typed
            self._dirty = False
        self.preview_panel.clear()
        super().done(result)

    def clear_and_close(self) -> None:
        """Drop every word, name and page shown, then close (locking). Nothing is saved."""
        self._generation += 1
        self._consent_generation += 1
        self._preview_generation += 1
        self._consent_timer.stop()
        self._preview_timer.stop()
        self._dirty = False
        self._filling = True
        self.preview_panel.clear()
        for box in (*self._word_boxes(), self.override):
            clear_document(box.document())
        for highlighter in self._highlighters:
            highlighter.forget()
        self.person.clear()
        self.clinician.clear()
        self._people = {}
        self._consent = None
        self._findings = []
        self._event = ""
        for label in (self.consent_status, self.findings_label, self.message):
            label.clear()
        self._filling = False
        self.close()


__all__ = [
    "ReferralComposer",
    "ScopeHighlighter",
    "ask_sent",
    "kind_labels",
    "letter_language_for",
    "status_labels",
]
