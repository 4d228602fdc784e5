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

from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
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
from peerjournal.services.ids import new_id
from peerjournal.ui.a11y import StatusLine, show_content
from peerjournal.ui.models.clinicians import all_clinicians, clinician_label
from peerjournal.ui.models.people import person_label
from peerjournal.ui.tasks import TaskManager, describe_error
from peerjournal.ui.views import pdf_output
from peerjournal.ui.widgets.check_reasons import finding_reason
from peerjournal.ui.widgets.date_fields import from_qdate, to_qdate
from peerjournal.ui.widgets.prompt_field import clear_document, document_text
from peerjournal.ui.widgets.scope_highlighter import (
    FindingLike,
    FindingToolTips,
    ScopeChecker,
    ScopeHighlighter,
    default_scope_checker,
    their_words_scope_checker,
)

PREVIEW_DELAY_MS = 700
CONSENT_DELAY_MS = 120


def kind_labels(tr: Callable[[str], str]) -> dict[ReferralKind, str]:
    return {
        ReferralKind.TREATMENT: tr("Treatment"),
        ReferralKind.MEDICATION: tr("Medication"),
        ReferralKind.MENTAL_HEALTH: tr("Mental health"),
        ReferralKind.MEDICAL: tr("Medical care"),
        ReferralKind.HOUSING: tr("Housing"),
        ReferralKind.EMPLOYMENT: tr("Employment"),
        ReferralKind.MUTUAL_AID: tr("Mutual aid"),
        ReferralKind.LEGAL: tr("Legal help"),
        ReferralKind.OTHER: tr("Something else"),
    }


def status_labels(tr: Callable[[str], str]) -> dict[ReferralStatus, str]:
    return {
        ReferralStatus.DRAFT: tr("Draft"),
        ReferralStatus.SENT: tr("Sent"),
        ReferralStatus.SCHEDULED: tr("Scheduled"),
        ReferralStatus.ATTENDED: tr("Attended"),
        ReferralStatus.DECLINED: tr("Declined"),
        ReferralStatus.CLOSED: tr("Closed"),
    }


def letter_language_for(person: Person | None) -> str:
    """Spanish letters for people who prefer Spanish, else English."""
    preferred = (person.preferred_language or "").strip().casefold() if person else ""
    return "es" if preferred.startswith(("es", "spa", "españ", "espan")) else "en"


class ReferralComposer(QDialog):
    """Write a referral, see its letter, then print it or save it as PDF.

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
        self.clinicians_button = QPushButton(tr("C&linicians…"), self)
        self.clinicians_button.clicked.connect(self._open_clinicians)
        clinician_row = QHBoxLayout()
        clinician_row.addWidget(self.clinician, 1)
        clinician_row.addWidget(self.clinicians_button)
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(tr("Kind of referral"))
        for kind, label in kind_labels(tr).items():
            self.kind.addItem(label, kind.value)
        self.language = QComboBox(self)
        self.language.setAccessibleName(tr("Language of the letter"))
        self.language.addItem("English", "en")
        self.language.addItem("Español", "es")

        who = QFormLayout()
        who.addRow(tr("&Person:"), self.person)
        who.addRow(tr("&To:"), clinician_row)
        to_label = who.labelForField(clinician_row)
        if isinstance(to_label, QLabel):
            to_label.setBuddy(self.clinician)
        who.addRow(tr("&Kind:"), self.kind)
        who.addRow(tr("Letter &language:"), self.language)

        # Consent, live.
        self.consent_status = QLabel(self)
        self.consent_status.setWordWrap(True)
        self.consent_status.setTextFormat(Qt.TextFormat.PlainText)
        show_content(self.consent_status, tr("Consent status"))
        self.consent_status.setFrameShape(QFrame.Shape.StyledPanel)
        self.consent_status.setMargin(6)
        self.consent_button = QPushButton(tr("Record &consent…"), self)
        self.consent_button.clicked.connect(self._open_consents)
        consent_row = QHBoxLayout()
        consent_row.addWidget(self.consent_status, 1)
        consent_row.addWidget(self.consent_button, 0, Qt.AlignmentFlag.AlignTop)

        # The person's words.
        self.reason = self._text_box(
            tr("Their reason, in their own words"),
            tr("What they said about why they want this referral"),
            4,
            their_words=True,
        )
        self.request = self._text_box(
            tr("What they ask the clinician for"),
            tr("e.g. “an appointment this week, in the morning”"),
            3,
        )
        self.reason_label = QLabel(tr("Their &reason, in their own words"), self)
        self.reason_label.setBuddy(self.reason)
        self.request_label = QLabel(tr("What they &ask the clinician for"), self)
        self.request_label.setBuddy(self.request)
        for heading in (self.reason_label, self.request_label):
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)

        # Scope findings, live.
        self.findings_label = QLabel(self)
        self.findings_label.setWordWrap(True)
        self.findings_label.setTextFormat(Qt.TextFormat.PlainText)
        show_content(self.findings_label, tr("Scope check"))
        self.override_label = QLabel(
            tr("&Why send it anyway? (kept in the disclosure log, never printed)"), self
        )
        self.override_label.setWordWrap(True)
        self.override = QPlainTextEdit(self)
        self.override.setTabChangesFocus(True)
        self.override.setAccessibleName(tr("Your reason to send the letter with these findings"))
        self.override.setFixedHeight(self.fontMetrics().lineSpacing() * 2 + 14)
        self.override_label.setBuddy(self.override)
        self.override.textChanged.connect(self._update_buttons)
        self.findings_box = QGroupBox(tr("Scope check"), self)
        findings_layout = QVBoxLayout(self.findings_box)
        findings_layout.addWidget(self.findings_label)
        findings_layout.addWidget(self.override_label)
        findings_layout.addWidget(self.override)

        # Tracking.
        self.status = QComboBox(self)
        self.status.setAccessibleName(tr("Status of the referral"))
        for status, label in status_labels(tr).items():
            self.status.addItem(label, status.value)
        self.status_on = QDateEdit(self)
        self.status_on.setCalendarPopup(True)
        self.status_on.setDate(to_qdate(self._today))
        self.status_on.setAccessibleName(tr("Status date"))
        self.follow_up = QCheckBox(tr("&Follow up on:"), self)
        self.follow_up_on = QDateEdit(self)
        self.follow_up_on.setCalendarPopup(True)
        self.follow_up_on.setDate(to_qdate(self._today + timedelta(days=14)))
        self.follow_up_on.setAccessibleName(tr("Follow-up date"))
        self.follow_up_on.setEnabled(False)
        self.follow_up.toggled.connect(self.follow_up_on.setEnabled)
        tracking = QGroupBox(tr("Tracking"), self)
        track = QFormLayout(tracking)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status, 1)
        on_label = QLabel(tr("s&ince"), self)
        on_label.setBuddy(self.status_on)
        status_row.addWidget(on_label)
        status_row.addWidget(self.status_on)
        track.addRow(tr("&Status:"), status_row)
        status_label = track.labelForField(status_row)
        if isinstance(status_label, QLabel):
            status_label.setBuddy(self.status)
        track.addRow(self.follow_up, self.follow_up_on)

        self.message = StatusLine(self)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        show_content(self.message, tr("Message"))

        # Buttons.
        self.preview_button = QPushButton(tr("Pre&view letter"), self)
        self.preview_button.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.preview_button.clicked.connect(self.request_preview)
        self.save_referral_button = QPushButton(tr("Save &referral"), self)
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
        self.ready_note = QLabel(self)
        self.ready_note.setWordWrap(True)
        self.ready_note.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        show_content(self.ready_note, tr("Before printing"))
        buttons.addWidget(self.ready_note, 3)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_pdf_button)
        buttons.addWidget(close)

        form = QWidget(self)
        column = QVBoxLayout(form)
        column.addLayout(who)
        column.addLayout(consent_row)
        column.addWidget(self.reason_label)
        column.addWidget(self.reason, 3)
        column.addWidget(self.request_label)
        column.addWidget(self.request, 2)
        column.addWidget(self.findings_box)
        column.addWidget(tracking)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(form)

        self.preview = pdf_output.PdfPreview(
            tr(
                "The letter shows here. Choose the person and the clinician, write their reason "
                "in their words, then Preview letter."
            ),
            self,
        )
        self.preview.shown.connect(self.preview_shown)
        self.preview_note = QLabel(self)
        self.preview_note.setWordWrap(True)
        show_content(self.preview_note, tr("About the preview"))
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.preview, 1)
        right_layout.addWidget(self.preview_note)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(scroll)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 6)
        splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.resize(1180, 780)

        self.person.currentIndexChanged.connect(self._who_changed)
        self.clinician.currentIndexChanged.connect(self._who_changed)
        for combo in (self.kind, self.language):
            combo.currentIndexChanged.connect(self._edited)
        self.status.currentIndexChanged.connect(self._status_changed)
        self.status_on.dateChanged.connect(self._tracking_edited)
        self.follow_up.toggled.connect(self._tracking_edited)
        self.follow_up_on.dateChanged.connect(self._tracking_edited)
        for box in (self.reason, self.request):
            box.textChanged.connect(self._text_edited)

    def _text_box(
        self, name: str, placeholder: str, lines: int, *, their_words: bool = False
    ) -> QPlainTextEdit:
        box = QPlainTextEdit(self)
        box.setTabChangesFocus(True)
        box.setPlaceholderText(placeholder)
        box.setAccessibleName(name)
        box.setMinimumHeight(self.fontMetrics().lineSpacing() * lines + 14)
        box.setMaximumHeight(self.fontMetrics().lineSpacing() * lines * 2 + 14)
        checker = self._reason_checker if their_words else self._checker
        highlighter = ScopeHighlighter(box.document(), checker, box.palette())
        FindingToolTips(box, highlighter)
        self._highlighters.append(highlighter)
        return box

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
        """What the scope check finds in the reason and the request now."""
        return list(self._findings)

    def consent(self) -> Consent | None:
        """The consent that covers the letter today, as last checked."""
        return self._consent

    def current_referral(self) -> Referral | None:
        """The referral as the form shows it, or None without a person and a clinician."""
        person_id = self.person.currentData()
        clinician_id = self.clinician.currentData()
        if not person_id or not clinician_id:
            return None
        consent_id = None
        if self._pinned_consent and self._pinned_consent[1:] == (person_id, clinician_id):
            consent_id = self._pinned_consent[0]
        request = self.request_text().strip()
        return Referral(
            id=self._referral_id,
            person_id=str(person_id),
            clinician_id=str(clinician_id),
            kind=ReferralKind(self.kind.currentData()),
            reason_in_their_words=self.reason_text().strip(),
            created_on=self._created_on,
            status=ReferralStatus(self.status.currentData()),
            consent_id=consent_id,
            request=request or None,
            status_on=from_qdate(self.status_on.date()),
            follow_up_on=from_qdate(self.follow_up_on.date())
            if self.follow_up.isChecked()
            else None,
        )

    def blockers(self) -> list[str]:
        """Why the letter cannot be printed or saved now (empty: it can)."""
        tr = self.tr
        out: list[str] = []
        if not self.person.currentData():
            out.append(tr("Choose the person."))
        if not self.clinician.currentData():
            out.append(tr("Choose the clinician."))
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
        self._update_buttons()
        if self._preview_live:
            self.preview_note.setText(self.tr("The preview will follow your changes in a moment."))
            self._preview_timer.start()

    def _update_findings(self) -> None:
        found: list[FindingLike] = []
        found.extend(self._reason_checker(self.reason_text()))
        found.extend(self._checker(self.request_text()))
        self._findings = found
        if found:
            lines = [
                self.tr(
                    "A peer specialist does not diagnose or recommend a level of care. "
                    "The scope check found:"
                )
            ]
            lines += [f"• “{f.text}”: {finding_reason(f)}" for f in found]
            self.findings_label.setText("\n".join(lines))
            self.override_label.show()
            self.override.show()
        else:
            self.findings_label.setText(
                self.tr("Nothing found: the letter carries their request, not a diagnosis.")
            )
            self.override_label.hide()
            self.override.hide()
        self._update_buttons()

    def _update_buttons(self) -> None:
        blockers = self.blockers()
        can_send = not blockers and not self._busy
        self.print_button.setEnabled(can_send)
        self.save_pdf_button.setEnabled(can_send)
        have_who = bool(self.person.currentData() and self.clinician.currentData())
        self.preview_button.setEnabled(have_who and bool(self.reason_text().strip()))
        self.save_referral_button.setEnabled(have_who and bool(self.reason_text().strip()))
        self.consent_button.setEnabled(bool(self.person.currentData()))
        tip = "\n".join(blockers)
        if self._busy:
            self.ready_note.setText(self.tr("Working…"))
        elif blockers:
            self.ready_note.setText(
                self.tr("Before printing or saving: {first}").format(first=blockers[0])
            )
        else:
            self.ready_note.setText(
                self.tr("Ready to print or save; the disclosure will be recorded.")
            )
        self.print_button.setToolTip(tip)
        self.save_pdf_button.setToolTip(tip)

    # ----- consent -----

    def _show_consent_checking(self) -> None:
        if not (self.person.currentData() and self.clinician.currentData()):
            self.consent_status.setText(
                self.tr(
                    "Choose the person and the clinician to see which consent covers the letter."
                )
            )
        else:
            self.consent_status.setText(self.tr("Checking the consent…"))

    def consent_text(self) -> str:
        """What the consent line says."""
        return self.consent_status.text()

    def check_consent(self) -> None:
        """Ask (off the GUI thread) which consent covers the letter today."""
        referral = self.current_referral()
        if referral is None:
            self._consent, self._consent_known = None, False
            self._show_consent_checking()
            self._update_buttons()
            return
        self._consent_generation += 1
        generation = self._consent_generation
        on = self._today

        def job(vault: Any) -> Any:
            from peerjournal.services.referrals import consent_status

            return consent_status(vault, referral, on)

        self._tasks.run(
            job,
            on_done=lambda status: self._consent_checked(generation, status),
            on_error=self._failed,
        )

    def _consent_checked(self, generation: int, status: Any) -> None:
        if generation != self._consent_generation:
            return
        self._consent = status.consent
        self._consent_known = True
        if status.consent is None:
            self.consent_status.setText(
                "⚠ " + self.tr("No valid consent today. {why}").format(why=status.reason)
            )
            self.consent_button.setText(self.tr("Record &consent…"))
        else:
            c: Consent = status.consent
            if c.expires_on is not None:
                ends = self.tr("until {day}").format(day=c.expires_on.isoformat())
            elif c.expires_when:
                ends = self.tr("until {event}").format(event=c.expires_when)
            else:
                ends = self.tr("until revoked")
            self.consent_status.setText(
                "✓ "
                + self.tr(
                    "Covered by the consent signed on {signed}, {ends}. Purpose: {purpose}. "
                    "Information: {information}."
                ).format(
                    signed=c.signed_on.isoformat(),
                    ends=ends,
                    purpose=c.purpose.rstrip("."),
                    information=c.information.rstrip("."),
                )
            )
            self.consent_button.setText(self.tr("Con&sents…"))
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
            self.preview.clear(
                self.tr(
                    "Choose the person and the clinician, and write their reason, "
                    "to see the letter."
                )
            )
            return
        self._preview_generation += 1
        generation = self._preview_generation
        # A preview discloses nothing, so findings need no reason to be looked at.
        allow = self.override_text() or ("preview" if self._findings else None)
        language, on = str(self.language.currentData()), self._today
        self.preview_note.setText(self.tr("Making the letter…"))

        def job(vault: Any) -> Any:
            from peerjournal.services.referrals import prepare_letter

            vault.save(referral)
            return prepare_letter(vault, referral.id, on=on, allow_flagged=allow, language=language)

        self._tasks.run(
            job,
            on_done=lambda letter: self._preview_ready(generation, referral, letter),
            on_error=lambda error: self._preview_failed(generation, error),
        )

    def _preview_ready(self, generation: int, referral: Referral, letter: Any) -> None:
        self._note_saved(referral)
        if generation != self._preview_generation:
            return
        self.preview_note.setText(
            self.tr(
                "Preview only: nothing has left the journal. The referral is saved as a {status}."
            ).format(status=status_labels(self.tr)[referral.status].lower())
        )
        self.preview.show_pdf(letter.pdf)

    def _preview_failed(self, generation: int, error: BaseException) -> None:
        if generation != self._preview_generation:
            return
        self.preview_note.clear()
        self.preview.clear(describe_error(error))

    # ----- saving the referral -----

    def save_referral(self) -> None:
        """Save the referral record (no letter, nothing disclosed)."""
        referral = self.current_referral()
        if referral is None or not referral.reason_in_their_words:
            self.message.setText(
                self.tr("A referral needs the person, the clinician and their reason.")
            )
            return

        def job(vault: Any) -> None:
            vault.save(referral)

        self._tasks.run(
            job, on_done=lambda _r: self._referral_saved(referral), on_error=self._failed
        )

    def _referral_saved(self, referral: Referral) -> None:
        self._note_saved(referral)
        self.message.setText(self.tr("Referral saved."))

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
            self.message.setText(" ".join(blockers))
            return None
        reason = self.override_text() if self._findings else None
        return referral, reason or None, str(self.language.currentData())

    def _sent_version(self, referral: Referral) -> Referral:
        """A draft becomes `sent` today once its letter left the journal."""
        if referral.status is ReferralStatus.DRAFT:
            return replace(referral, status=ReferralStatus.SENT, status_on=self._today)
        return referral

    def save_pdf(self) -> None:
        """Save the letter as a PDF file, then record the disclosure."""
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
        sent = self._sent_version(referral)
        on = self._today

        def job(vault: Any) -> Any:
            from peerjournal.services.referrals import render_referral_letter

            vault.save(referral)
            result = render_referral_letter(
                vault, referral.id, target, on=on, allow_flagged=reason, language=language
            )
            vault.save(sent)
            return result

        self._set_busy(True)
        self._tasks.run(
            job,
            on_done=lambda result: self._disclosed(
                sent,
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
            from peerjournal.services.referrals import prepare_letter

            vault.save(referral)
            return prepare_letter(
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
            self.message.setText(self.tr("Not printed. Nothing was recorded."))
            return
        sent = self._sent_version(referral)

        def job(vault: Any) -> Any:
            from peerjournal.services.referrals import record_disclosure

            disclosure = record_disclosure(vault, letter, override_reason=reason)
            vault.save(sent)
            return disclosure

        def recorded(disclosure: Any) -> None:
            # Recorded first, printed second: a letter never leaves unrecorded.
            pages = pdf_output.print_pdf(letter.pdf, printer)
            self._disclosed(
                sent,
                disclosure.id,
                self.tr("Sent {n} page(s) to the printer. The disclosure is recorded.").format(
                    n=pages
                ),
            )

        self._tasks.run(job, on_done=recorded, on_error=self._disclosure_failed)

    def _disclosed(self, sent: Referral, disclosure_id: str, sentence: str) -> None:
        self._set_busy(False)
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
        self.message.setText(sentence)
        self.disclosed.emit(disclosure_id)

    def _disclosure_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self.message.setText(describe_error(error))

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

        def job(vault: Any) -> list[Clinician]:
            return all_clinicians(vault)

        generation = self._generation

        def done(clinicians: list[Clinician]) -> None:
            if generation == self._generation:
                self._fill_clinicians(clinicians)
                self._who_changed()

        self._tasks.run(job, on_done=done, on_error=self._failed)

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
        self.message.setText(describe_error(error))

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
        self.preview.clear()
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
        self.preview.clear()
        for box in (self.reason, self.request, self.override):
            clear_document(box.document())
        for highlighter in self._highlighters:
            highlighter.forget()
        self.person.clear()
        self.clinician.clear()
        self._people = {}
        self._consent = None
        self._findings = []
        for label in (self.consent_status, self.findings_label, self.message, self.preview_note):
            label.clear()
        self._filling = False
        self.close()


__all__ = [
    "ReferralComposer",
    "ScopeHighlighter",
    "kind_labels",
    "letter_language_for",
    "status_labels",
]
