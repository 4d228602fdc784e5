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
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from peerjournal import paths
from peerjournal.core.letter import build_consent_form
from peerjournal.core.models import Clinician, Consent, Person, Profile
from peerjournal.services.ids import new_id
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


def consent_form_pdf(
    vault: Any,
    person_id: str,
    clinician_id: str,
    *,
    on: date,
    language: str = "en",
    purpose: str | None = None,
    information: str | None = None,
    expires_on: date | None = None,
    expires_when: str | None = None,
) -> bytes:
    """The printable consent form (runs on the journal worker): the §2.31
    elements, with blank lines for what is not filled in and for the signature."""
    from peerjournal.render.consent_form import render_consent_form

    content = build_consent_form(
        profile=vault.profile() or Profile(name=""),
        person=vault.get(Person, person_id),
        clinician=vault.get(Clinician, clinician_id),
        on=on,
        language=language,
        purpose=purpose,
        information=information,
        expires_on=expires_on,
        expires_when=expires_when,
    )
    return render_consent_form(content)


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
        consent: Consent = row[0]
        if consent.valid_on(self.today):
            return self.tr("valid")
        if consent.revoked_on is not None and consent.revoked_on <= self.today:
            return self.tr("revoked")
        if consent.signed_on > self.today:
            return self.tr("not yet signed")
        return self.tr("expired")

    def why(self, row: Any) -> str:
        return row[0].why_not_valid_on(self.today) or self.tr("Valid today.")


class ConsentEditor(QDialog):
    """Record, edit and revoke one person's consents; print the consent form.

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
        self._editing_id: str | None = None
        self._wanted_recipient = recipient_id
        self._select_after_load: str | None = None
        self._clinicians: list[Clinician] = []
        self.setWindowTitle(self.tr("Consents"))  # never a person's name in a title
        self.setAccessibleName(self.tr("Consents to share information"))

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
            self.tr("an event or condition, e.g. when my treatment ends")
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

        self.status = status_label(self, self.tr("Status"))

        # ----- the buttons -----
        self.print_button = QPushButton(self.tr("&Print consent form…"), self)
        self.print_button.setAccessibleDescription(
            self.tr("Print the consent form, or save it as PDF, to have it signed")
        )
        menu = QMenu(self.print_button)
        self.print_action = menu.addAction(self.tr("Print…"))
        self.print_action.triggered.connect(self.print_form)
        self.save_form_action = menu.addAction(self.tr("Save as PDF…"))
        self.save_form_action.triggered.connect(self.save_form_pdf)
        self.print_button.setMenu(menu)
        self.save_button = save_button(self, self.tr("&Save consent"), self.save)
        buttons, close = dialog_buttons(self, self.print_button, self.save_button)

        right = QVBoxLayout()
        right.addLayout(form)
        right.addWidget(self.rights)
        right.addStretch(1)
        right.addWidget(self.status)
        right.addWidget(buttons)
        side_by_side(self, pane.layout, right)
        self.resize(900, 520)
        # The form first, in reading order; the list of recorded consents after it.
        chain = [
            self.recipient,
            self.clinicians_button,
            self.purpose,
            self.information,
            self.signed_on,
            self.ends_on_choice,
            self.ends_on,
            self.ends_when_choice,
            self.ends_when,
            self.revoked,
            self.revoked_on,
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
        self._update_state()
        self.reload()

    # ----- loading -----

    def reload(self) -> None:
        """Fetch the clinicians and this person's consents."""
        self._generation += 1
        generation = self._generation
        person_id = self.person_id

        def job(vault: Any) -> tuple[list[Clinician], list[Consent]]:
            return all_clinicians(vault), vault.consents_of(person_id)

        self._tasks.run(
            job, on_done=lambda got: self._loaded(generation, *got), on_error=self._failed
        )

    def _loaded(
        self, generation: int, clinicians: list[Clinician], consents: list[Consent]
    ) -> None:
        if generation != self._generation:
            return
        keep = self._wanted_recipient or self.recipient.currentData()
        self._wanted_recipient = None
        self._clinicians = clinicians
        names = {c.id: clinician_label(c) for c in clinicians}
        self.recipient.blockSignals(True)
        self.recipient.clear()
        for c in clinicians:
            self.recipient.addItem(clinician_label(c), c.id)
        index = self.recipient.findData(keep) if keep else -1
        self.recipient.setCurrentIndex(max(index, 0) if clinicians else -1)
        self.recipient.blockSignals(False)
        self.model.set_rows([(c, names.get(c.recipient_id, c.recipient_id)) for c in consents])
        wanted = self._select_after_load or self._editing_id
        self._select_after_load = None
        row = self.model.row_of_id(wanted) if wanted else -1
        if row >= 0:
            select_row(self.table, row)
        if not clinicians:
            self.status.setText(
                self.tr("Add the clinician to the address book first (Clinicians…).")
            )
        self._update_state()

    def consents(self) -> list[Consent]:
        """The consents listed."""
        return [row[0] for row in self.model.rows()]

    # ----- the form -----

    def _edited(self) -> None:
        self._dirty = True

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

    def _show(self, consent: Consent | None) -> None:
        self._editing_id = consent.id if consent else None
        if consent is None:
            clear_document(self.purpose.document())
            clear_document(self.information.document())
            self.signed_on.setDate(to_qdate(self._today))
            self.ends_on.setDate(to_qdate(self._today).addYears(1))
            self.ends_when.clear()
            self.ends_on_choice.setChecked(True)
            self.revoked.setChecked(False)
            self.revoked_on.setDate(to_qdate(self._today))
        else:
            index = self.recipient.findData(consent.recipient_id)
            if index >= 0:
                self.recipient.setCurrentIndex(index)
            self.purpose.setPlainText(consent.purpose)
            self.information.setPlainText(consent.information)
            self.signed_on.setDate(to_qdate(consent.signed_on))
            if consent.expires_on is not None:
                self.ends_on.setDate(to_qdate(consent.expires_on))
            self.ends_when.setText(consent.expires_when or "")
            (
                self.ends_on_choice
                if consent.expires_on is not None or not consent.expires_when
                else self.ends_when_choice
            ).setChecked(True)
            self.revoked.setChecked(consent.revoked_on is not None)
            self.revoked_on.setDate(to_qdate(consent.revoked_on or self._today))
        self.status.clear()
        self._dirty = False
        self._update_state()

    def start_new(self) -> None:
        """Empty the form for a new consent (the recipient stays; unsaved changes are dropped)."""
        self._dirty = False
        self.table.selectionModel().clearCurrentIndex()
        self.table.clearSelection()
        self._show(None)
        self.purpose.setFocus()

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

    def current(self) -> Consent | None:
        """The consent as the form shows it, or None (with a sentence in the
        status line) when an element is missing."""
        recipient = self.recipient.currentData()
        purpose = document_text(self.purpose.document()).strip()
        information = document_text(self.information.document()).strip()
        when = self.ends_when.text().strip()
        missing = []
        if not recipient:
            missing.append(self.tr("who receives it"))
        if not purpose:
            missing.append(self.tr("the purpose"))
        if not information:
            missing.append(self.tr("how much and what kind of information"))
        if self.ends_when_choice.isChecked() and not when:
            missing.append(self.tr("the event or condition that ends it"))
        if missing:
            self.status.setText(
                self.tr("A written consent needs {what}.").format(what=", ".join(missing))
            )
            return None
        signed = from_qdate(self.signed_on.date())
        expires_on = from_qdate(self.ends_on.date()) if self.ends_on_choice.isChecked() else None
        if expires_on is not None and expires_on < signed:
            self.status.setText(self.tr("The consent cannot end before it is signed."))
            return None
        revoked_on = from_qdate(self.revoked_on.date()) if self.revoked.isChecked() else None
        if revoked_on is not None and revoked_on < signed:
            self.status.setText(self.tr("The consent cannot be revoked before it is signed."))
            return None
        return Consent(
            id=self._editing_id or new_id("consents"),
            person_id=self.person_id,
            recipient_id=str(recipient),
            purpose=purpose,
            information=information,
            signed_on=signed,
            expires_on=expires_on,
            expires_when=when if self.ends_when_choice.isChecked() else None,
            revoked_on=revoked_on,
        )

    def save(self) -> None:
        """Record the consent shown."""
        consent = self.current()
        if consent is None:
            return
        self._editing_id = consent.id

        def job(vault: Any) -> str:
            vault.save(consent)
            return consent.id

        self._tasks.run(job, on_done=self._saved, on_error=self._failed)

    def _saved(self, consent_id: str) -> None:
        self._dirty = False
        self.status.setText(self.tr("Consent saved."))
        self._select_after_load = consent_id
        self.consents_changed.emit(self.person_id)
        self.reload()

    # ----- the printable form -----

    def _form_job(self) -> Any:
        recipient = self.recipient.currentData()
        if not recipient:
            self.status.setText(self.tr("Choose who receives the information first."))
            return None
        person_id, on = self.person_id, self._today
        purpose = document_text(self.purpose.document()).strip() or None
        information = document_text(self.information.document()).strip() or None
        expires_on = from_qdate(self.ends_on.date()) if self.ends_on_choice.isChecked() else None
        expires_when = (
            self.ends_when.text().strip() or None if self.ends_when_choice.isChecked() else None
        )
        # A form is printed before it is signed: only what the peer has already typed is filled in.
        if self._editing_id is None and not (purpose or information):
            expires_on = None

        def job(vault: Any) -> bytes:
            return consent_form_pdf(
                vault,
                person_id,
                str(recipient),
                on=on,
                purpose=purpose,
                information=information,
                expires_on=expires_on,
                expires_when=expires_when,
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
        self.status.setText(self.tr("Sent {n} page(s) to the printer.").format(n=pages))

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
        self.model.clear()
        self.recipient.clear()
        clear_document(self.purpose.document())
        clear_document(self.information.document())
        self.ends_when.clear()
        self.status.clear()
        self._editing_id = None
        self.close()


__all__ = ["ConsentEditor", "ConsentsModel", "consent_form_pdf"]
