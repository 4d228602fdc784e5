"""Their copy: a person's own copy of their record, as PDF, and the log of
copies made (when, which period, its fingerprint). Giving a person their own
record is not a disclosure to a third party, and the log says so."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from peerjournal.core.checkins import CopyMade
from peerjournal.core.models import Person
from peerjournal.core.their_copy import copy_language
from peerjournal.services import checkins as service
from peerjournal.ui.a11y import StatusLine, show_content
from peerjournal.ui.models.base import Column, RowsModel
from peerjournal.ui.models.text import when_text
from peerjournal.ui.tasks import TaskManager, describe_error
from peerjournal.ui.views import pdf_output
from peerjournal.ui.widgets.date_fields import date_field, from_qdate

FINGERPRINT_CHARS = 16


class CopiesModel(RowsModel):
    """Rows: `CopyMade`, newest first."""

    def make_columns(self) -> list[Column]:
        return [
            Column(self.tr("Made"), lambda made: when_text(made.made_at)),
            Column(
                self.tr("Period"),
                lambda made: self.tr("everything")
                if made.period_from is None
                else self.tr("from {date}").format(date=when_text(made.period_from)),
            ),
            Column(self.tr("Language"), lambda made: "Español" if made.language == "es"
                   else "English"),
            Column(
                self.tr("Fingerprint (SHA-256)"),
                lambda made: made.sha256[:FINGERPRINT_CHARS] + "…",
                tooltip=lambda made: made.sha256,
            ),
        ]


class TheirCopyDialog(QDialog):
    """Make a person's copy of their record and see the copies made.

    Signal: `copy_made(CopyMade)` after a copy was saved or printed and logged."""

    copy_made = Signal(object)

    def __init__(self, tasks: TaskManager, person_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self.person_id = person_id
        self._generation = 0
        self.setWindowTitle(self.tr("Their copy"))  # never a person's name in a title
        self.setAccessibleName(self.tr("Their copy"))

        self.intro = QLabel(
            self.tr(
                "Their own copy of what you have written about them: their details, every "
                "encounter (their story, what they wanted, their answer to “How can I help?” "
                "and what you did), goals, check-ins with pictures, consents, referrals and "
                "who received them, and the accounting of disclosures. Never your private "
                "reflections, your notes about them, or anyone else."
            ),
            self,
        )
        self.intro.setWordWrap(True)

        self.everything = QRadioButton(self.tr("&Everything"), self)
        self.everything.setChecked(True)
        self.from_date = QRadioButton(self.tr("&From:"), self)
        self.since = date_field(self, self.tr("From this day"))
        self.since.setDate(QDate.currentDate().addYears(-1))
        self.since.setEnabled(False)
        period = QButtonGroup(self)
        period.addButton(self.everything)
        period.addButton(self.from_date)
        self.from_date.toggled.connect(self.since.setEnabled)
        self.language = QComboBox(self)
        self.language.addItem("English", "en")
        self.language.addItem("Español", "es")
        self.language.setAccessibleName(self.tr("Language of their copy"))
        language_label = QLabel(self.tr("&Language:"), self)
        language_label.setBuddy(self.language)
        choices = QHBoxLayout()
        choices.addWidget(QLabel(self.tr("Period:"), self))
        choices.addWidget(self.everything)
        choices.addWidget(self.from_date)
        choices.addWidget(self.since)
        choices.addSpacing(18)
        choices.addWidget(language_label)
        choices.addWidget(self.language)
        choices.addStretch(1)

        self.save_button = QPushButton(self.tr("&Save their copy as PDF…"), self)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save_copy)
        self.print_button = QPushButton(self.tr("&Print their copy…"), self)
        self.print_button.clicked.connect(self.print_copy)

        self.log_note = QLabel(
            self.tr(
                "Copies made. Giving a person their own record is not a disclosure to a third "
                "party: these copies are logged here, not in the disclosure log."
            ),
            self,
        )
        self.log_note.setWordWrap(True)
        self.model = CopiesModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Copies made"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.status = StatusLine(self)
        self.status.setWordWrap(True)
        show_content(self.status, self.tr("Status"))
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.close)

        actions = QHBoxLayout()
        actions.addWidget(self.save_button)
        actions.addWidget(self.print_button)
        actions.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 12)
        layout.addWidget(self.intro)
        layout.addLayout(choices)
        layout.addLayout(actions)
        layout.addSpacing(8)
        layout.addWidget(self.log_note)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.resize(780, 460)
        self.reload()

    # ----- what it shows -----

    def reload(self) -> None:
        """Fetch the person's language and the copies made."""
        self._generation += 1
        generation = self._generation
        person_id = self.person_id

        def load(vault: Any) -> tuple[Person, list[CopyMade]]:
            return vault.get(Person, person_id), vault.copies_made(person_id)

        self._tasks.run(load, on_done=lambda r: self._loaded(generation, r), on_error=self._failed)

    def _loaded(self, generation: int, result: tuple[Person, list[CopyMade]]) -> None:
        if generation != self._generation:
            return
        person, copies = result
        first_load = not self.model.rows() and not self.status.text()
        if first_load:
            language = copy_language(None, person)
            self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.model.set_rows(copies)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)

    def copies(self) -> list[CopyMade]:
        """The copies listed, newest first."""
        return self.model.rows()

    def period_from(self) -> date | None:
        """None for everything, else the first day chosen."""
        return from_qdate(self.since.date()) if self.from_date.isChecked() else None

    # ----- actions -----

    def save_copy(self) -> None:
        """Save their copy as PDF where the peer chooses, then log it."""
        target = pdf_output.ask_save_path(
            self,
            self.tr("Save their copy"),
            self.tr("my-record.pdf"),
            self.tr("PDF files (*.pdf)"),
        )
        if target is None:
            return
        person_id, since = self.person_id, self.period_from()
        language = str(self.language.currentData())

        def job(vault: Any) -> tuple[Path, CopyMade]:
            made = service.write_their_copy(vault, person_id, target, since=since,
                                            language=language)
            return target, made

        self._busy(True)
        self._tasks.run(job, on_done=self._saved, on_error=self._failed)

    def _saved(self, result: tuple[Path, CopyMade]) -> None:
        target, made = result
        self._busy(False)
        self.status.setText(
            self.tr("Saved their copy to {name} and logged it.").format(name=target.name)
        )
        self.copy_made.emit(made)
        self.reload()

    def print_copy(self) -> None:
        """Print their copy with the system print dialog, then log it."""
        person_id, since = self.person_id, self.period_from()
        language = str(self.language.currentData())
        self._busy(True)
        self._tasks.run(
            lambda vault: service.make_their_copy(vault, person_id, since=since,
                                                  language=language),
            on_done=self._print,
            on_error=self._failed,
        )

    def _print(self, copy: service.TheirCopy) -> None:
        self._busy(False)
        printer = pdf_output.ask_printer(self, self.tr("Print their copy"))
        if printer is None:
            return
        pages = pdf_output.print_pdf(copy.pdf, printer)
        if pages:
            self._tasks.run(lambda vault: service.record_copy(vault, copy),
                            on_done=self._printed, on_error=self._failed)

    def _printed(self, made: CopyMade) -> None:
        self.status.setText(self.tr("Sent their copy to the printer and logged it."))
        self.copy_made.emit(made)
        self.reload()

    def _busy(self, busy: bool) -> None:
        self.save_button.setEnabled(not busy)
        self.print_button.setEnabled(not busy)

    def _failed(self, error: BaseException) -> None:
        self._busy(False)
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


__all__ = ["CopiesModel", "TheirCopyDialog"]
