"""A person's written consents to share information with one clinician each
(42 CFR §2.31): record them, see which hold today, revoke them, and print the
consent form to have it signed.

The person, and who may disclose (the peer), are fixed by the journal; the
form asks for the rest of the §2.31 elements: the recipient, the purpose, how
much and what kind of information, the signature date, and the expiry date or
the event or condition that ends it. Revocation is recorded with its date."""

from __future__ import annotations

import itertools
from datetime import date
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from peerjournal import paths
from peerjournal.core import signature as signatures
from peerjournal.core.models import Clinician, Consent, ConsentAttachment, Covers, Person
from peerjournal.errors import Invalid, Refused
from peerjournal.services import consents as rules
from peerjournal.services.referrals import letter_language
from peerjournal.ui.a11y import show_content
from peerjournal.ui.models.base import Column, RowsModel
from peerjournal.ui.models.clinicians import all_clinicians, clinician_label
from peerjournal.ui.models.text import when_text
from peerjournal.ui.tasks import TaskManager, describe_error
from peerjournal.ui.views import pdf_output
from peerjournal.ui.widgets.date_fields import from_qdate, to_qdate
from peerjournal.ui.widgets.list_form import (
    dialog_buttons,
    list_pane,
    save_button,
    select_row,
    side_by_side,
    status_label,
)
from peerjournal.ui.widgets.prompt_field import clear_document, document_text
from peerjournal.ui.widgets.signature_pad import SignaturePad


def consent_form_pdf(vault: Any, person_id: str, clinician_id: str, **options: Any) -> bytes:
    """The printable consent form (runs on the journal worker): services.consents."""
    return rules.consent_form_pdf(vault, person_id, clinician_id, **options)


def covers_labels(tr: Any) -> dict[Covers, str]:
    """The kinds of information a consent may cover, as ticks beside `information`."""
    return {
        Covers.CONTACT: tr("Their contact details (phone, email, address)"),
        Covers.DATE_OF_BIRTH: tr("Their date of birth"),
        Covers.THEIR_WORDS: tr("Their reason and request, in their words"),
        Covers.GOING_WELL: tr("What is going well"),
        Covers.HOW_I_WILL_HELP: tr("How I will help"),
    }


class ConsentsModel(RowsModel):
    """Rows: (consent, recipient label); the state is taken on `today`."""

    def __init__(self, parent: Any = None) -> None:
        self.today = date.today()
        super().__init__(parent)

    def make_columns(self) -> list[Column]:
        return [
            Column(self.tr("To"), lambda row: row[1]),
            Column(self.tr("Signed"), lambda row: when_text(row[0].signed_on)),
            Column(self.tr("Today"), self.state, tooltip=self.why),
        ]

    def id_of(self, row: Any) -> str:
        return str(row[0].id)

    def state(self, row: Any) -> str:
        return {
            rules.VALID: self.tr("valid"),
            rules.REVOKED: self.tr("revoked"),
            rules.NOT_YET_SIGNED: self.tr("not yet signed"),
            rules.EXPIRED: self.tr("expired"),
        }[rules.state_on(row[0], self.today)]

    def why(self, row: Any) -> str:
        consent: Consent = row[0]
        state = rules.state_on(consent, self.today)
        if state == rules.REVOKED and consent.revoked_on is not None:
            return self.tr("Revoked on {day}.").format(day=when_text(consent.revoked_on))
        if state == rules.NOT_YET_SIGNED:
            return self.tr("Signed on {day}, after today.").format(day=when_text(consent.signed_on))
        if state == rules.EXPIRED and consent.expires_on is not None:
            return self.tr("Expired on {day}.").format(day=when_text(consent.expires_on))
        return self.tr("Valid today.")


class ConsentEditor(QDialog):
    """Record, edit and revoke one person's consents; print the consent form;
    have it signed on screen; keep a photo or scan of a form signed on paper.

    Signals: `consents_changed(person_id)` after a save."""

    consents_changed = Signal(str)

    def __init__(
        self,
        tasks: TaskManager,
        person_id: str,
        parent: QWidget | None = None,
        *,
        recipient_id: str | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self.person_id = person_id
        self._today = today or date.today()
        self._generation = 0
        self._attachments_generation = 0
        self._editing_id: str | None = None
        self._saved_consent: Consent | None = None
        self._signature: str | None = None
        self._legacy_covers = False
        self._wanted_recipient = recipient_id
        self._select_after_load: str | None = None
        self._clinicians: list[Clinician] = []
        self._attachments: list[ConsentAttachment] = []
        self.setWindowTitle(self.tr("Consents"))  # never a person's name in a title
        self.setAccessibleName(self.tr("Consents to share information"))
        self.setAcceptDrops(True)  # a photo, a scan, or a folder of them

        # ----- the list -----
        self.model = ConsentsModel(self)
        self.model.today = self._today
        pane = list_pane(
            self,
            self.model,
            name=self.tr("Consents of this person"),
            label=self.tr("Consents &recorded"),
            new_text=self.tr("&New consent"),
            on_new=self.start_new,
        )
        self.table, self.new_button = pane.table, pane.new_button
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(self._row_chosen)

        # ----- the form -----
        self.recipient = QComboBox(self)
        self.recipient.setAccessibleName(self.tr("Who may receive the information"))
        self.recipient.currentIndexChanged.connect(self._update_state)
        self.clinicians_button = QPushButton(self.tr("C&linicians…"), self)
        self.clinicians_button.clicked.connect(self._open_clinicians)
        recipient_row = QHBoxLayout()
        recipient_row.addWidget(self.recipient, 1)
        recipient_row.addWidget(self.clinicians_button)

        self.purpose = QPlainTextEdit(self)
        self.purpose.setTabChangesFocus(True)
        self.purpose.setPlaceholderText(
            self.tr("e.g. to arrange an appointment and coordinate support")
        )
        self.information = QPlainTextEdit(self)
        self.information.setTabChangesFocus(True)
        self.information.setPlaceholderText(
            self.tr(
                "How much and what kind, e.g. my name, my request in my own words, "
                "and how to reach me"
            )
        )
        for box in (self.purpose, self.information):
            box.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)

        # What the consent covers: the letter carries only these kinds.
        self.covers: dict[Covers, QCheckBox] = {}
        covers_box = QGridLayout()
        covers_box.setContentsMargins(0, 0, 0, 0)
        for index, (kind, label) in enumerate(covers_labels(self.tr).items()):
            tick = QCheckBox(label, self)
            tick.toggled.connect(self._covers_edited)
            self.covers[kind] = tick
            covers_box.addWidget(tick, index, 0)
        self.covers_note = QLabel(self)
        self.covers_note.setWordWrap(True)
        self.covers_note.setTextFormat(Qt.TextFormat.PlainText)
        covers_box.addWidget(self.covers_note, len(self.covers), 0)

        self.signed_on = QDateEdit(self)
        self.signed_on.setCalendarPopup(True)
        self.signed_on.setDate(to_qdate(self._today))
        self.signed_on.setAccessibleName(self.tr("Signed on"))

        self.ends_on_choice = QRadioButton(self.tr("On a &date:"), self)
        self.ends_on = QDateEdit(self)
        self.ends_on.setCalendarPopup(True)
        self.ends_on.setDate(to_qdate(self._today).addYears(1))
        self.ends_on.setAccessibleName(self.tr("Expires on"))
        self.ends_when_choice = QRadioButton(self.tr("&When:"), self)
        self.ends_when = QLineEdit(self)
        self.ends_when.setPlaceholderText(
            self.tr("an event or condition, e.g. my treatment there ends")
        )
        self.ends_when.setAccessibleName(self.tr("Expires when"))
        self._ends = QButtonGroup(self)
        self._ends.addButton(self.ends_on_choice)
        self._ends.addButton(self.ends_when_choice)
        self.ends_on_choice.setChecked(True)
        ends = QFormLayout()
        ends.setContentsMargins(0, 0, 0, 0)
        ends.addRow(self.ends_on_choice, self.ends_on)
        ends.addRow(self.ends_when_choice, self.ends_when)
        self.ends_on_choice.toggled.connect(self._update_state)

        self.revoked = QCheckBox(self.tr("Re&voked on:"), self)
        self.revoked_on = QDateEdit(self)
        self.revoked_on.setCalendarPopup(True)
        self.revoked_on.setDate(to_qdate(self._today))
        self.revoked_on.setAccessibleName(self.tr("Revoked on"))
        self.revoked.toggled.connect(self._update_state)
        revoke_row = QHBoxLayout()
        revoke_row.addWidget(self.revoked)
        revoke_row.addWidget(self.revoked_on)
        revoke_row.addStretch(1)

        form = QFormLayout()
        form.addRow(self.tr("&To:"), recipient_row)
        form.addRow(self.tr("&Purpose:"), self.purpose)
        form.addRow(self.tr("&Information:"), self.information)
        form.addRow(self.tr("It covers:"), covers_box)
        form.addRow(self.tr("&Signed on:"), self.signed_on)
        form.addRow(self.tr("Ends:"), ends)
        form.addRow(self.tr("Revocation:"), revoke_row)
        to_label = form.labelForField(recipient_row)
        if isinstance(to_label, QLabel):
            to_label.setBuddy(self.recipient)
        self.purpose.setAccessibleName(self.tr("Purpose of the disclosure"))
        self.information.setAccessibleName(self.tr("How much and what kind of information"))

        self.rights = QLabel(
            self.tr(
                "The person may revoke this consent at any time, except for what was already "
                "shared relying on it. The printed form carries every element a written consent "
                "needs (42 CFR §2.31), with lines to sign and date."
            ),
            self,
        )
        self.rights.setWordWrap(True)

        # ----- signed on screen, or on paper and kept -----
        self.signature_note = QLabel(self)
        self.signature_note.setWordWrap(True)
        self.signature_note.setTextFormat(Qt.TextFormat.PlainText)
        show_content(self.signature_note, self.tr("Signature"))
        self.sign_button = QPushButton(self.tr("Si&gn on screen…"), self)
        self.sign_button.setAccessibleDescription(
            self.tr("The person reads the consent in large type and signs it on this screen")
        )
        self.sign_button.clicked.connect(self.sign_on_screen)
        # The signature kept, shown small and read-only (it never takes focus).
        self.signature_view = SignaturePad(self, name=self.tr("Signature drawn on screen"))
        self.signature_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.signature_view.setAccessibleDescription(self.tr("Kept with this consent"))
        self.signature_view.setMinimumSize(150, 50)
        self.signature_view.setFixedSize(180, 60)
        self.signature_view.hide()
        self.attachments = QListWidget(self)
        self.attachments.setAccessibleName(self.tr("Photos and scans of the signed form"))
        self.attachments.setMaximumHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.attachments.itemActivated.connect(lambda _item: self.view_attachment())
        self.attach_button = QPushButton(self.tr("&Attach photo or scan…"), self)
        self.attach_button.clicked.connect(self.choose_attachment)
        self.view_button = QPushButton(self.tr("Vi&ew"), self)
        self.view_button.clicked.connect(self.view_attachment)
        self.save_copy_button = QPushButton(self.tr("Save a cop&y…"), self)
        self.save_copy_button.clicked.connect(self.save_attachment_copy)
        self.remove_button = QPushButton(self.tr("Re&move"), self)
        self.remove_button.clicked.connect(self.remove_attachment)
        self.attachments.currentRowChanged.connect(lambda _row: self._update_state())
        paper_buttons = QHBoxLayout()
        for button in (
            self.attach_button,
            self.view_button,
            self.save_copy_button,
            self.remove_button,
        ):
            paper_buttons.addWidget(button)
        paper_buttons.addStretch(1)
        signing = QVBoxLayout()
        sign_row = QHBoxLayout()
        sign_row.addWidget(self.signature_note, 1)
        sign_row.addWidget(self.signature_view)
        sign_row.addWidget(self.sign_button)
        signing.addLayout(sign_row)
        paper_label = QLabel(self.tr("Signed on paper: a photo or scan of the form"), self)
        paper_label.setWordWrap(True)
        signing.addWidget(paper_label)
        signing.addWidget(self.attachments)
        signing.addLayout(paper_buttons)

        self.status = status_label(self, self.tr("Status"))

        # ----- the buttons -----
        self.form_language = QComboBox(self)
        self.form_language.setAccessibleName(self.tr("Language of the printed form"))
        self.form_language.addItem("English", "en")
        self.form_language.addItem("Español", "es")
        self.print_button = QPushButton(self.tr("Print &form…"), self)
        self.print_button.setAccessibleDescription(
            self.tr("Print the consent form, or save it as PDF, to have it signed")
        )
        menu = QMenu(self.print_button)
        self.print_action = menu.addAction(self.tr("Print…"))
        self.print_action.triggered.connect(self.print_form)
        self.save_form_action = menu.addAction(self.tr("Save as PDF…"))
        self.save_form_action.triggered.connect(self.save_form_pdf)
        self.print_button.setMenu(menu)
        self.save_button = save_button(self, self.tr("Save &consent"), self.save)
        buttons, close = dialog_buttons(self, self.print_button, self.save_button)
        language_row = QHBoxLayout()
        language_label = QLabel(self.tr("Printed form and reading view in:"), self)
        language_label.setBuddy(self.form_language)
        language_row.addStretch(1)
        language_row.addWidget(language_label)
        language_row.addWidget(self.form_language)

        # The consent's elements scroll on a small screen instead of being squeezed.
        fields = QWidget(self)
        fields_layout = QVBoxLayout(fields)
        fields_layout.setContentsMargins(0, 0, 0, 0)
        fields_layout.addLayout(form)
        fields_layout.addWidget(self.rights)
        fields_layout.addLayout(signing)
        fields_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(fields)
        right = QVBoxLayout()
        right.addWidget(scroll, 1)
        right.addWidget(self.status)
        right.addLayout(language_row)
        right.addWidget(buttons)
        side_by_side(self, pane.layout, right)
        self.resize(980, 700)
        # The form first, in reading order; the list of recorded consents after it.
        chain: list[QWidget] = [
            self.recipient,
            self.clinicians_button,
            self.purpose,
            self.information,
            *self.covers.values(),
            self.signed_on,
            self.ends_on_choice,
            self.ends_on,
            self.ends_when_choice,
            self.ends_when,
            self.revoked,
            self.revoked_on,
            self.sign_button,
            self.attachments,
            self.attach_button,
            self.view_button,
            self.save_copy_button,
            self.remove_button,
            self.form_language,
            self.print_button,
            self.save_button,
            close,
            self.table,
            self.new_button,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        self.recipient.setFocus()
        self._dirty = False
        for box in (self.purpose, self.information):
            box.textChanged.connect(self._edited)
        self.ends_when.textChanged.connect(self._edited)
        for dated in (self.signed_on, self.ends_on, self.revoked_on):
            dated.dateChanged.connect(self._edited)
        for toggle in (self.ends_on_choice, self.revoked):
            toggle.toggled.connect(self._edited)
        self._show_signature()
        self._update_state()
        self.reload()

    # ----- loading -----

    def reload(self) -> None:
        """Fetch the clinicians, the person's language and this person's consents."""
        self._generation += 1
        generation = self._generation
        person_id = self.person_id

        def job(vault: Any) -> tuple[list[Clinician], list[Consent], str]:
            person = vault.find(Person, person_id)
            return all_clinicians(vault), vault.consents_of(person_id), letter_language(person)

        self._tasks.run(
            job, on_done=lambda got: self._loaded(generation, *got), on_error=self._failed
        )

    def _loaded(
        self, generation: int, clinicians: list[Clinician], consents: list[Consent], language: str
    ) -> None:
        if generation != self._generation:
            return
        keep = self._wanted_recipient or self.recipient.currentData()
        self._wanted_recipient = None
        self._clinicians = clinicians
        names = {c.id: clinician_label(c) for c in clinicians}
        self.recipient.blockSignals(True)
        self.recipient.clear()
        # A new consent names no one until the peer chooses: never a guess.
        self.recipient.addItem(self.tr("Choose the clinician…"), None)
        for c in clinicians:
            self.recipient.addItem(clinician_label(c), c.id)
        index = self.recipient.findData(keep) if keep else 0
        self.recipient.setCurrentIndex(max(index, 0))
        self.recipient.blockSignals(False)
        if generation == 1:  # the form's language follows the person until the peer changes it
            self.form_language.setCurrentIndex(max(0, self.form_language.findData(language)))
        self.model.set_rows([(c, names.get(c.recipient_id, c.recipient_id)) for c in consents])
        wanted = self._select_after_load or self._editing_id
        self._select_after_load = None
        row = self.model.row_of_id(wanted) if wanted else -1
        if row >= 0:
            select_row(self.table, row)
            self._saved_consent = self.model.row_at(row)[0]
        if not clinicians:
            self.status.setText(
                self.tr("Add the clinician to the address book first (Clinicians…).")
            )
        self._update_state()
        self._load_attachments()

    def consents(self) -> list[Consent]:
        """The consents listed."""
        return [row[0] for row in self.model.rows()]

    # ----- the form -----

    def _edited(self) -> None:
        self._dirty = True

    def _covers_edited(self) -> None:
        self._legacy_covers = False
        self.covers_note.clear()
        self._edited()

    def _row_chosen(self, current: Any, _previous: Any) -> None:
        row = self.model.row_at(current.row()) if current.isValid() else None
        if row is None or row[0].id == self._editing_id:
            return
        if self._dirty:
            # A consent is a signed record: never replace what is being typed without a word.
            self.status.setText(
                self.tr(
                    "You have changes not saved yet: Save consent, or "
                    "New consent to put them aside, before opening another."
                )
            )
            return
        self._show(row[0])

    def _set_covers(self, covers: tuple[str, ...] | None) -> None:
        for kind, tick in self.covers.items():
            tick.blockSignals(True)
            tick.setChecked(covers is not None and kind.value in covers)
            tick.blockSignals(False)
        self._legacy_covers = covers is None
        self.covers_note.setText(
            self.tr(
                "Recorded before these choices: its letter carries their reason, their request "
                "and who I am, nothing else. Tick what the person agreed to add."
            )
            if covers is None
            else ""
        )

    def _show(self, consent: Consent | None) -> None:
        self._editing_id = consent.id if consent else None
        self._saved_consent = consent
        self._signature = consent.signature if consent else None
        if consent is None:
            clear_document(self.purpose.document())
            clear_document(self.information.document())
            self.signed_on.setDate(to_qdate(self._today))
            self.ends_on.setDate(to_qdate(self._today).addYears(1))
            self.ends_when.clear()
            self.ends_on_choice.setChecked(True)
            self.revoked.setChecked(False)
            self.revoked_on.setDate(to_qdate(self._today))
            self._set_covers(())
        else:
            index = self.recipient.findData(consent.recipient_id)
            if index >= 0:
                self.recipient.setCurrentIndex(index)
            self.purpose.setPlainText(consent.purpose)
            self.information.setPlainText(consent.information)
            self._set_covers(consent.covers)
            self.signed_on.setDate(to_qdate(consent.signed_on))
            if consent.expires_on is not None:
                self.ends_on.setDate(to_qdate(consent.expires_on))
            self.ends_when.setText(consent.expires_when or "")
            # A consent that names neither (an old import) shows the event empty, so
            # saving asks for it rather than inventing a date.
            (
                self.ends_on_choice if consent.expires_on is not None else self.ends_when_choice
            ).setChecked(True)
            self.revoked.setChecked(consent.revoked_on is not None)
            self.revoked_on.setDate(to_qdate(consent.revoked_on or self._today))
        self.status.clear()
        self._dirty = False
        self._show_signature()
        self._update_state()
        self._load_attachments()

    def start_new(self) -> None:
        """Empty the form for a new consent (unsaved changes are dropped)."""
        self._dirty = False
        self.table.selectionModel().clearCurrentIndex()
        self.table.clearSelection()
        self._show(None)
        self.recipient.setCurrentIndex(0)
        self.recipient.setFocus()

    def set_recipient(self, clinician_id: str) -> None:
        """Choose the recipient (once the address book is loaded)."""
        index = self.recipient.findData(clinician_id)
        if index >= 0:
            self.recipient.setCurrentIndex(index)
        else:
            self._wanted_recipient = clinician_id

    def _update_state(self) -> None:
        self.ends_on.setEnabled(self.ends_on_choice.isChecked())
        self.ends_when.setEnabled(self.ends_when_choice.isChecked())
        self.revoked_on.setEnabled(self.revoked.isChecked())
        has_recipient = self.recipient.currentData() is not None
        self.print_button.setEnabled(has_recipient)
        self.save_button.setEnabled(has_recipient)
        self.sign_button.setEnabled(has_recipient)
        recorded = self._editing_id is not None and self._saved_consent is not None
        self.attach_button.setEnabled(recorded)
        chosen = self.attachments.currentRow() >= 0
        for button in (self.view_button, self.save_copy_button, self.remove_button):
            button.setEnabled(chosen)

    def _covers_chosen(self) -> tuple[str, ...] | None:
        if self._legacy_covers:
            return None
        return tuple(kind.value for kind, tick in self.covers.items() if tick.isChecked())

    def _draft(self) -> rules.ConsentDraft:
        recipient = self.recipient.currentData()
        return rules.ConsentDraft(
            id=self._editing_id,
            person_id=self.person_id,
            recipient_id=str(recipient) if recipient else None,
            purpose=document_text(self.purpose.document()),
            information=document_text(self.information.document()),
            signed_on=from_qdate(self.signed_on.date()),
            expires_on=from_qdate(self.ends_on.date()),
            ends_when_chosen=self.ends_when_choice.isChecked(),
            expires_when=self.ends_when.text(),
            revoked_on=from_qdate(self.revoked_on.date()) if self.revoked.isChecked() else None,
            covers=self._covers_chosen(),
            signature=self._signature,
        )

    def problem_sentence(self, codes: list[str]) -> str:
        """The consent rules' problems, said in the window's language."""
        missing = {
            rules.MISSING_RECIPIENT: self.tr("who receives it"),
            rules.MISSING_PURPOSE: self.tr("the purpose"),
            rules.MISSING_INFORMATION: self.tr("how much and what kind of information"),
            rules.MISSING_EVENT: self.tr("the event or condition that ends it"),
        }
        lacking = [missing[code] for code in codes if code in missing]
        if lacking:
            return self.tr("The consent is missing: {what}.").format(what=", ".join(lacking))
        if rules.ENDS_BEFORE_SIGNED in codes:
            return self.tr("The consent cannot end before it is signed.")
        return self.tr("The consent cannot be revoked before it is signed.")

    def current(self) -> Consent | None:
        """The consent as the form shows it, or None (with a sentence in the
        status line) when an element is missing."""
        draft = self._draft()
        codes = rules.problems(draft)
        if codes:
            self.status.setText(self.problem_sentence(codes))
            return None
        return rules.to_consent(draft)

    def save(self) -> None:
        """Record the consent shown."""
        consent = self.current()
        if consent is None:
            return
        kept = rules.keep_signature_honest(self._saved_consent, consent)
        if kept.signature != consent.signature:
            self._signature = None
            self._save(
                kept,
                self.tr(
                    "Consent saved. Its terms changed since it was signed on screen, so the "
                    "signature was removed: have the person read it and sign again."
                ),
            )
            return
        self._save(consent, self.tr("Consent saved."))

    def _save(self, consent: Consent, sentence: str) -> None:
        self._editing_id = consent.id

        def job(vault: Any) -> str:
            vault.save(consent)
            return consent.id

        self._tasks.run(
            job, on_done=lambda cid: self._saved(cid, consent, sentence), on_error=self._failed
        )

    def _saved(self, consent_id: str, consent: Consent, sentence: str) -> None:
        self._dirty = False
        self._saved_consent = consent
        self.status.setText(sentence)
        self._select_after_load = consent_id
        self.consents_changed.emit(self.person_id)
        self.reload()

    # ----- signed on screen -----

    def _show_signature(self) -> None:
        consent = self._saved_consent
        drawn = None
        if self._signature:
            try:
                drawn = signatures.from_json(self._signature)
            except Invalid:
                drawn = None
        if drawn is not None:
            self.signature_view.set_strokes(drawn.strokes, read_only=True)
        self.signature_view.setVisible(drawn is not None)
        if self._signature and consent is not None:
            self.signature_note.setText(
                self.tr("Signed on screen on {day}.").format(day=when_text(consent.signed_on))
            )
        else:
            self.signature_note.setText(
                self.tr("Not signed on screen. The person can read it and sign here.")
            )

    def sign_on_screen(self) -> None:
        """The person reads the consent in their language, in large type, then signs it.
        The consent is recorded with the signature, signed today."""
        draft = self._draft()
        codes = rules.problems(draft)
        if codes:
            self.status.setText(self.problem_sentence(codes))
            return
        assert draft.recipient_id is not None
        person_id, recipient, on = self.person_id, draft.recipient_id, self._today
        language = str(self.form_language.currentData())

        def job(vault: Any) -> Any:
            return rules.form_content(
                vault,
                person_id,
                recipient,
                on=on,
                language=language,
                purpose=draft.purpose.strip(),
                information=draft.information.strip(),
                expires_on=None if draft.ends_when_chosen else draft.expires_on,
                expires_when=draft.expires_when.strip() if draft.ends_when_chosen else None,
                covers=draft.covers,
            )

        self._tasks.run(job, on_done=self._open_signing, on_error=self._failed)

    def _open_signing(self, content: Any) -> None:
        from peerjournal.ui.views.consent_signing import ConsentSigning

        dialog = ConsentSigning(content, self, today=self._today)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._signed(dialog.signature()))
        self.signing = dialog
        dialog.open()

    def _signed(self, drawn: Any) -> None:
        if drawn is None:
            return
        self._signature = drawn.to_json()
        self.signed_on.setDate(to_qdate(drawn.signed_on))
        consent = self.current()
        if consent is None:
            return
        self._save(consent, self.tr("Signed on screen and saved."))
        self._saved_consent = consent
        self._show_signature()

    # ----- signed on paper: photos and scans -----

    def _load_attachments(self) -> None:
        self._attachments_generation += 1
        generation = self._attachments_generation
        consent_id = self._editing_id if self._saved_consent is not None else None
        if consent_id is None:
            self._show_attachments(generation, [])
            return
        self._tasks.run(
            lambda vault: vault.attachments_of(consent_id),
            on_done=lambda rows: self._show_attachments(generation, rows),
            on_error=self._failed,
        )

    def _show_attachments(self, generation: int, rows: list[ConsentAttachment]) -> None:
        if generation != self._attachments_generation:
            return
        self._attachments = rows
        self.attachments.clear()
        kinds = {"application/pdf": "PDF", "image/jpeg": "JPEG", "image/png": "PNG"}
        for attachment in rows:
            text = self.tr("{kind}, attached {day}").format(
                kind=kinds.get(attachment.media_type, "?"), day=when_text(attachment.added_on)
            )
            item = QListWidgetItem(text, self.attachments)
            item.setData(Qt.ItemDataRole.UserRole, attachment.id)
        if rows:
            self.attachments.setCurrentRow(len(rows) - 1)
        self._update_state()

    def attached(self) -> list[ConsentAttachment]:
        """The attachments listed (without their bytes)."""
        return list(self._attachments)

    def choose_attachment(self) -> None:
        """Ask for a photo or scan of the signed form, then keep it in the journal."""
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Attach a photo or scan of the signed form"),
            "",
            self.tr("Photos and scans (*.pdf *.jpg *.jpeg *.png *.PDF *.JPG *.JPEG *.PNG)"),
        )
        if name:
            self.attach_files([Path(name)])

    def attach_files(self, dropped: list[Path]) -> None:
        """Attach files, or every PDF, JPEG and PNG of a dropped folder, on the worker."""
        consent_id = self._editing_id if self._saved_consent is not None else None
        if consent_id is None:
            self.status.setText(self.tr("Save the consent first, then attach the signed form."))
            return
        on = self._today
        self.status.setText(self.tr("Attaching…"))
        self.attach_button.setEnabled(False)

        def job(vault: Any) -> int:
            files = [f for path in dropped for f in rules.attachable_files(path)]
            if not files:
                raise Refused(rules.NOT_A_FORM)
            for path in files:
                rules.attach(vault, consent_id, path, on=on)
            return len(files)

        def done(count: int) -> None:
            self.status.setText(self.tr("Kept %n photo(s) or scan(s) in the journal.", "", count))
            self._load_attachments()

        def failed(error: BaseException) -> None:
            self._failed(error)
            self._load_attachments()

        self._tasks.run(job, on_done=done, on_error=failed)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()
            return
        super().dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        urls = [url for url in event.mimeData().urls() if url.isLocalFile()]
        if not urls:
            super().dropEvent(event)
            return
        event.acceptProposedAction()
        self.attach_files([Path(url.toLocalFile()) for url in urls])

    def _chosen_attachment(self) -> str | None:
        item = self.attachments.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    def view_attachment(self) -> None:
        """Show the chosen photo or scan (its bytes stay in memory)."""
        attachment_id = self._chosen_attachment()
        if attachment_id is None:
            return
        self._tasks.run(
            lambda vault: vault.attachment(attachment_id),
            on_done=self._show_attachment,
            on_error=self._failed,
        )

    def _show_attachment(self, attachment: ConsentAttachment) -> None:
        from peerjournal.ui.views.attachment_viewer import AttachmentViewer

        viewer = AttachmentViewer(attachment, self)
        viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.viewer = viewer
        viewer.open()

    def save_attachment_copy(self) -> None:
        """Save a copy out of the journal: a deliberate act, like any export."""
        attachment_id = self._chosen_attachment()
        if attachment_id is None:
            return
        chosen = next((a for a in self._attachments if a.id == attachment_id), None)
        suffix = {"application/pdf": ".pdf", "image/jpeg": ".jpg", "image/png": ".png"}.get(
            chosen.media_type if chosen else "", ""
        )
        target = pdf_output.ask_save_path(
            self,
            self.tr("Save a copy of the signed form (it leaves the encrypted journal)"),
            self.tr("signed-consent") + suffix,
            self.tr("Photos and scans (*.pdf *.jpg *.jpeg *.png)"),
        )
        if target is None:
            return
        self._tasks.run(
            lambda vault: rules.save_copy(vault, attachment_id, target),
            on_done=lambda _r: self.status.setText(
                self.tr("Saved a copy to {name}. It is not encrypted.").format(name=target.name)
            ),
            on_error=self._failed,
        )

    def remove_attachment(self) -> None:
        """Remove the chosen photo or scan from the journal."""
        attachment_id = self._chosen_attachment()
        if attachment_id is None:
            return
        self._tasks.run(
            lambda vault: vault.delete_attachment(attachment_id),
            on_done=lambda _r: self._load_attachments(),
            on_error=self._failed,
        )

    # ----- the printable form -----

    def _form_job(self) -> Any:
        recipient = self.recipient.currentData()
        if not recipient:
            self.status.setText(self.tr("Choose who receives the information first."))
            return None
        person_id, on = self.person_id, self._today
        language = str(self.form_language.currentData())
        purpose = document_text(self.purpose.document()).strip() or None
        information = document_text(self.information.document()).strip() or None
        expires_on = from_qdate(self.ends_on.date()) if self.ends_on_choice.isChecked() else None
        expires_when = (
            self.ends_when.text().strip() or None if self.ends_when_choice.isChecked() else None
        )
        # A form is printed before it is signed: only what the peer has already typed is filled in.
        if self._editing_id is None and not (purpose or information):
            expires_on = None
        covers = self._covers_chosen() or None
        signature = self._signature
        signed_on = from_qdate(self.signed_on.date()) if signature else None

        def job(vault: Any) -> bytes:
            return rules.consent_form_pdf(
                vault,
                person_id,
                str(recipient),
                on=on,
                language=language,
                purpose=purpose,
                information=information,
                expires_on=expires_on,
                expires_when=expires_when,
                covers=covers,
                signature=signature,
                signed_on=signed_on,
            )

        return job

    def save_form_pdf(self) -> None:
        """Save the consent form as a PDF file the peer chooses."""
        job = self._form_job()
        if job is None:
            return
        target = pdf_output.ask_save_path(
            self,
            self.tr("Save the consent form"),
            self.tr("consent-form.pdf"),
            self.tr("PDF files (*.pdf)"),
        )
        if target is None:
            return

        def write(vault: Any) -> None:
            paths.write_atomic(target, job(vault))

        self._tasks.run(
            write,
            on_done=lambda _r: self.status.setText(
                self.tr("Saved the consent form to {name}.").format(name=target.name)
            ),
            on_error=self._failed,
        )

    def print_form(self) -> None:
        """Print the consent form with the system print dialog."""
        job = self._form_job()
        if job is None:
            return
        self._tasks.run(job, on_done=self._print_pdf, on_error=self._failed)

    def _print_pdf(self, pdf: bytes) -> None:
        printer = pdf_output.ask_printer(self, self.tr("Print the consent form"))
        if printer is None:
            return
        pages = pdf_output.print_pdf(pdf, printer)
        self.status.setText(self.tr("Sent %n page(s) to the printer.", "", pages))

    # ----- the rest -----

    def _open_clinicians(self) -> None:
        from peerjournal.ui.views.clinicians import CliniciansDialog

        dialog = CliniciansDialog(self._tasks, self, select_id=self.recipient.currentData())
        dialog.clinicians_changed.connect(self._clinician_saved)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _clinician_saved(self, clinician_id: str) -> None:
        self._wanted_recipient = clinician_id
        self.reload()

    def _failed(self, error: BaseException) -> None:
        self.status.setText(describe_error(error))

    def clear_and_close(self) -> None:
        """Drop everything shown, then close (locking)."""
        self._generation += 1
        self._attachments_generation += 1
        self.model.clear()
        self.recipient.clear()
        clear_document(self.purpose.document())
        clear_document(self.information.document())
        self.ends_when.clear()
        self.status.clear()
        self.attachments.clear()
        self._attachments = []
        self._signature = None
        self.signature_view.set_strokes(())
        self._editing_id = None
        self._saved_consent = None
        for child in (getattr(self, "viewer", None), getattr(self, "signing", None)):
            if child is not None and shiboken6.isValid(child):
                child.close()
        self.close()


__all__ = ["ConsentEditor", "ConsentsModel", "consent_form_pdf", "covers_labels"]
