"""A person's disclosure log: every letter about them printed or saved, when,
to whom, under which consent, its fingerprint, and the peer's reason when the
scope check was overridden. The accounting of disclosures prints from here
(it shows only *that* a reason was given, never the reason)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from peerjournal.core.models import Clinician, Consent, Disclosure
from peerjournal.ui.a11y import StatusLine, show_content
from peerjournal.ui.models.base import Column, RowsModel
from peerjournal.ui.models.clinicians import clinician_label
from peerjournal.ui.models.text import when_text
from peerjournal.ui.tasks import TaskManager, describe_error
from peerjournal.ui.views import pdf_output

FINGERPRINT_CHARS = 12


@dataclass(frozen=True, slots=True)
class DisclosureLine:
    """One disclosure with what the log shows beside it."""

    disclosure: Disclosure
    recipient: str
    consent: Consent | None

    @property
    def id(self) -> str:
        return self.disclosure.id


def disclosure_lines(vault: Any, person_id: str) -> list[DisclosureLine]:
    """The person's disclosures, newest first (runs on the journal worker)."""
    lines = []
    for item in vault.disclosures(person_id):
        clinician = vault.find(Clinician, item.recipient_id)
        consent = vault.find(Consent, item.consent_id) if item.consent_id else None
        label = clinician_label(clinician) if clinician else item.recipient_id
        lines.append(DisclosureLine(item, label, consent))
    return sorted(lines, key=lambda line: (line.disclosure.disclosed_at, line.id), reverse=True)


def accounting_pdf(vault: Any, person_id: str, language: str = "en") -> bytes:
    """The person's accounting of disclosures as PDF bytes (for printing): the
    one the command prints too (services.referrals)."""
    from peerjournal.services.referrals import accounting_pdf as build

    return build(vault, person_id, language)


class DisclosuresModel(RowsModel):
    """Rows: `DisclosureLine`."""

    def make_columns(self) -> list[Column]:
        return [
            Column(self.tr("When"), lambda line: when_text(line.disclosure.disclosed_at)),
            Column(self.tr("To"), lambda line: line.recipient),
            Column(
                self.tr("Consent signed"),
                lambda line: when_text(line.consent.signed_on) if line.consent else self.tr("none"),
                tooltip=lambda line: line.consent.purpose if line.consent else "",
            ),
            Column(
                self.tr("Fingerprint"),
                lambda line: line.disclosure.sha256[:FINGERPRINT_CHARS],
                tooltip=lambda line: line.disclosure.sha256,
            ),
            Column(
                self.tr("Scope check overridden"),
                lambda line: self.tr("yes") if line.disclosure.override_reason else "",
                tooltip=lambda line: line.disclosure.override_reason or "",
            ),
        ]


class DisclosuresView(QDialog):
    """The disclosure log of one person, and their accounting of disclosures.

    Signals: `accounting_saved(path)` after the accounting was saved as PDF."""

    accounting_saved = Signal(object)

    def __init__(self, tasks: TaskManager, person_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self.person_id = person_id
        self._generation = 0
        self.setWindowTitle(self.tr("Disclosures"))  # never a person's name in a title
        self.setAccessibleName(self.tr("Disclosure log"))

        self.intro = QLabel(
            self.tr(
                "Every letter printed or saved about this person: when, to whom, under which "
                "consent, and its fingerprint (SHA-256). The person may ask what was shared: "
                "print their accounting of disclosures."
            ),
            self,
        )
        self.intro.setWordWrap(True)
        self.model = DisclosuresModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("Disclosures"))
        self.table_label = QLabel(self.tr("&Disclosures"), self)
        self.table_label.setBuddy(self.table)

        self.language = QComboBox(self)
        self.language.addItem("English", "en")
        self.language.addItem("Español", "es")
        self.language.setAccessibleName(self.tr("Language of the accounting"))
        self.print_button = QPushButton(self.tr("&Print accounting of disclosures…"), self)
        menu = QMenu(self.print_button)
        self.print_action = menu.addAction(self.tr("Print…"))
        self.print_action.triggered.connect(self.print_accounting)
        self.save_action = menu.addAction(self.tr("Save as PDF…"))
        self.save_action.triggered.connect(self.save_accounting)
        self.print_button.setMenu(menu)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.close)
        self.status = StatusLine(self)
        self.status.setWordWrap(True)
        show_content(self.status, self.tr("Status"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        language_label = QLabel(self.tr("&Language:"), self)
        language_label.setBuddy(self.language)
        buttons.addWidget(language_label)
        buttons.addWidget(self.language)
        buttons.addWidget(self.print_button)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.resize(860, 420)
        self.reload()

    def reload(self) -> None:
        """Fetch the log again."""
        self._generation += 1
        generation = self._generation
        person_id = self.person_id
        self._tasks.run(
            lambda vault: disclosure_lines(vault, person_id),
            on_done=lambda lines: self._loaded(generation, lines),
            on_error=self._failed,
        )

    def _loaded(self, generation: int, lines: list[DisclosureLine]) -> None:
        if generation != self._generation:
            return
        self.model.set_rows(lines)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        if not lines:
            self.status.setText(self.tr("No letter about this person has left the journal."))

    def lines(self) -> list[DisclosureLine]:
        """The disclosures listed, newest first."""
        return self.model.rows()

    def save_accounting(self) -> None:
        """Save the accounting of disclosures as a PDF (to print or give to the person)."""
        target = pdf_output.ask_save_path(
            self,
            self.tr("Save the accounting of disclosures"),
            self.tr("accounting-of-disclosures.pdf"),
            self.tr("PDF files (*.pdf)"),
        )
        if target is None:
            return
        person_id, language = self.person_id, str(self.language.currentData())

        def job(vault: Any) -> Any:
            from peerjournal.services.referrals import write_disclosure_accounting

            write_disclosure_accounting(vault, person_id, target, language)
            return target

        self._tasks.run(job, on_done=self._saved, on_error=self._failed)

    def _saved(self, target: Any) -> None:
        self.status.setText(self.tr("Saved the accounting to {name}.").format(name=target.name))
        self.accounting_saved.emit(target)

    def print_accounting(self) -> None:
        """Print the accounting of disclosures with the system print dialog."""
        person_id, language = self.person_id, str(self.language.currentData())
        self._tasks.run(
            lambda vault: accounting_pdf(vault, person_id, language),
            on_done=self._print_pdf,
            on_error=self._failed,
        )

    def _print_pdf(self, pdf: bytes) -> None:
        printer = pdf_output.ask_printer(self, self.tr("Print the accounting of disclosures"))
        if printer is None:
            return
        pages = pdf_output.print_pdf(pdf, printer)
        self.status.setText(self.tr("Sent {n} page(s) to the printer.").format(n=pages))

    def _failed(self, error: BaseException) -> None:
        self.status.setText(describe_error(error))

    def keyPressEvent(self, event: Any) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)

    def clear_and_close(self) -> None:
        """Drop the log shown, then close (locking)."""
        self._generation += 1
        self.model.clear()
        self.status.clear()
        self.close()


__all__ = [
    "DisclosureLine",
    "DisclosuresModel",
    "DisclosuresView",
    "accounting_pdf",
    "disclosure_lines",
]
