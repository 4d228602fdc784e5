"""A person's page: how they like to be called, and their timeline; and the
dialog to add or edit a person."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelection, QModelIndex, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from peerjournal.core.models import Consent, Encounter, Goal, Person, Referral, Reflection
from peerjournal.services import journal
from peerjournal.ui.models.base import ROW_ROLE
from peerjournal.ui.models.text import when_text
from peerjournal.ui.models.timeline import TimelineModel
from peerjournal.ui.tasks import TaskManager, describe_error


def _text_or_none(text: str) -> str | None:
    text = text.strip()
    return text or None


class PersonDialog(QDialog):
    """Add or edit a person. Only the name they like to be called is needed."""

    def __init__(self, person: Person | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._person = person
        self.setWindowTitle(self.tr("Edit person") if person else self.tr("Add a person"))
        self.setAccessibleName(self.windowTitle())
        self.setMinimumWidth(440)
        form = QFormLayout()
        self.preferred_name = QLineEdit(self)
        self.preferred_name.setPlaceholderText(self.tr("What they like to be called"))
        self.pronouns = QLineEdit(self)
        self.pronouns.setPlaceholderText(self.tr("e.g. she/her, they/them"))
        self.language = QLineEdit(self)
        self.language.setPlaceholderText(self.tr("e.g. English, Spanish"))
        self.phone = QLineEdit(self)
        self.email = QLineEdit(self)
        self.legal_name = QLineEdit(self)
        self.legal_name.setPlaceholderText(self.tr("Only if a letter needs it"))
        for label, widget, name in (
            (self.tr("&Name they use:"), self.preferred_name, self.tr("Name they use")),
            (self.tr("&Pronouns:"), self.pronouns, self.tr("Pronouns")),
            (self.tr("&Language:"), self.language, self.tr("Preferred language")),
            (self.tr("P&hone (optional):"), self.phone, self.tr("Phone")),
            (self.tr("&Email (optional):"), self.email, self.tr("Email")),
            (self.tr("Le&gal name (optional):"), self.legal_name, self.tr("Legal name")),
        ):
            widget.setAccessibleName(name)
            form.addRow(label, widget)
        self.problem = QLabel(self)
        self.problem.setAccessibleName(self.tr("Please check"))
        self.problem.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._accept_if_valid)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 18, 18, 18)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        if person is not None:
            self.preferred_name.setText(person.preferred_name)
            self.pronouns.setText(person.pronouns or "")
            self.language.setText(person.preferred_language or "")
            self.phone.setText(person.phone or "")
            self.email.setText(person.email or "")
            self.legal_name.setText(person.legal_name or "")
        self.preferred_name.setFocus()

    def _accept_if_valid(self) -> None:
        if not self.preferred_name.text().strip():
            self.problem.setText(self.tr("Please write the name they like to be called."))
            self.problem.show()
            self.preferred_name.setFocus()
            return
        self.accept()

    def person(self) -> Person:
        """The person as typed (a new id for a new person; other fields kept when editing)."""
        base = self._person
        return Person(
            id=base.id if base else journal.new_id("people"),
            preferred_name=self.preferred_name.text().strip(),
            legal_name=_text_or_none(self.legal_name.text()),
            pronouns=_text_or_none(self.pronouns.text()),
            date_of_birth=base.date_of_birth if base else None,
            phone=_text_or_none(self.phone.text()),
            email=_text_or_none(self.email.text()),
            address=base.address if base else None,
            postal_code=base.postal_code if base else None,
            preferred_language=_text_or_none(self.language.text()),
            notes=base.notes if base else None,
        )


def _tr(text: str) -> str:
    return QCoreApplication.translate("PersonPage", text)


def record_text(item: journal.TimelineItem, kind_label: str) -> str:
    """The whole of a timeline record as plain text for the reading pane."""
    record = item.record
    lines = [f"{kind_label} · {when_text(item.when)}", ""]

    def add(label: str, value: Any) -> None:
        if value not in (None, ""):
            lines.extend([label, str(value), ""])

    tr = _tr
    if isinstance(record, Encounter):
        add(tr("How"), record.mode.value.replace("_", " "))
        add(tr("Where"), record.setting.value.replace("_", " ") if record.setting else None)
        add(tr("Minutes"), record.duration_minutes)
        add(tr("Their story, in their words"), record.their_story)
        add(tr("What do they want to do?"), record.what_they_want)
        add(tr("How can I help? What did I do?"), record.how_i_helped)
        add(tr("Follow up on"), when_text(record.follow_up_on) if record.follow_up_on else None)
    elif isinstance(record, Reflection):
        add(tr("What I shared of my story"), record.what_i_shared)
        add(tr("What I learned about my own wound and healing"), record.what_i_learned)
        add(tr("What is uniquely theirs"), record.unique)
        add(tr("What is universal"), record.universal)
        add(tr("What I need now"), record.self_care)
    elif isinstance(record, Goal):
        add(tr("In their words"), record.in_their_words)
        add(tr("Status"), record.status.value.replace("_", " "))
        add(tr("Closed on"), when_text(record.closed_on) if record.closed_on else None)
    elif isinstance(record, Consent):
        add(tr("Purpose"), record.purpose)
        add(tr("Information"), record.information)
        add(tr("Expires on"), when_text(record.expires_on) if record.expires_on else None)
        add(tr("Expires when"), record.expires_when)
        add(tr("Revoked on"), when_text(record.revoked_on) if record.revoked_on else None)
    elif isinstance(record, Referral):
        add(tr("Reason, in their words"), record.reason_in_their_words)
        add(tr("Request"), record.request)
        add(tr("Status"), record.status.value.replace("_", " "))
        add(tr("Follow up on"), when_text(record.follow_up_on) if record.follow_up_on else None)
    return "\n".join(lines).rstrip()


class PersonPage(QWidget):
    """Details and timeline of one person, loaded on the journal worker."""

    open_record = Signal(object)
    """A timeline row was opened (Enter or double-click): the TimelineItem."""
    new_encounter = Signal(str)
    new_goal = Signal(str)
    edit_person = Signal(object)
    """Edit details was asked: the Person."""
    loaded = Signal(str)
    """The page shows this person id (details and timeline painted)."""

    def __init__(self, tasks: TaskManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._person: Person | None = None
        self._generation = 0
        self.setAccessibleName(self.tr("Person"))

        self.name = QLabel(self)
        font = QFont(self.name.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setWeight(QFont.Weight.DemiBold)
        self.name.setFont(font)
        self.name.setTextFormat(Qt.TextFormat.PlainText)
        self.name.setAccessibleName(self.tr("Name they use"))
        self.details = QLabel(self)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setWordWrap(True)
        self.details.setAccessibleName(self.tr("Details"))

        self.new_encounter_button = QPushButton(self.tr("New &encounter"), self)
        self.new_encounter_button.setToolTip(self.tr("Write a new encounter (Ctrl+E)"))
        self.new_goal_button = QPushButton(self.tr("New &goal"), self)
        self.new_goal_button.setToolTip(self.tr("Write down a goal, in their words (Ctrl+G)"))
        self.edit_button = QPushButton(self.tr("Edit &details"), self)
        self.edit_button.setToolTip(self.tr("Edit how they like to be called and contact details"))
        for button in (self.new_encounter_button, self.new_goal_button, self.edit_button):
            button.setAccessibleName(button.text().replace("&", ""))
        self.new_encounter_button.clicked.connect(self._ask_new_encounter)
        self.new_goal_button.clicked.connect(self._ask_new_goal)
        self.edit_button.clicked.connect(self._ask_edit)

        self.model = TimelineModel(self)
        self.timeline = QTableView(self)
        self.timeline.setModel(self.model)
        self.timeline.setAccessibleName(self.tr("Timeline"))
        self.timeline.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.timeline.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.timeline.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.timeline.setAlternatingRowColors(True)
        self.timeline.setShowGrid(False)
        self.timeline.setWordWrap(False)
        self.timeline.verticalHeader().hide()
        self.timeline.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.timeline.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 150)
        header.resizeSection(1, 170)
        self.timeline.activated.connect(self._activated)
        self.timeline.selectionModel().selectionChanged.connect(self._selection_changed)

        self.reading = QPlainTextEdit(self)
        self.reading.setReadOnly(True)
        self.reading.setAccessibleName(self.tr("Selected entry"))
        self.reading.setPlaceholderText(self.tr("Choose an entry to read it here. "
                                                "Press Enter to open it."))

        top = QHBoxLayout()
        names = QVBoxLayout()
        names.addWidget(self.name)
        names.addWidget(self.details)
        top.addLayout(names, 1)
        for button in (self.new_encounter_button, self.new_goal_button, self.edit_button):
            top.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)

        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.timeline)
        split.addWidget(self.reading)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(12)
        layout.addLayout(top)
        layout.addWidget(split, 1)

    # ----- what it shows -----

    @property
    def person(self) -> Person | None:
        return self._person

    def show_person(self, person_id: str, select_id: str | None = None) -> None:
        """Load and show one person, optionally selecting one timeline record."""
        self._generation += 1
        generation = self._generation

        def load(vault: Any) -> tuple[Person, list[journal.TimelineItem]]:
            return vault.get(Person, person_id), journal.timeline(vault, person_id)

        self._tasks.run(load,
                        on_done=lambda result: self._shown(generation, result, select_id),
                        on_error=lambda error: self._failed(generation, error))

    def reload(self) -> None:
        """Show the same person again (after an edit)."""
        if self._person is not None:
            self.show_person(self._person.id)

    def _shown(self, generation: int, result: tuple[Person, list[journal.TimelineItem]],
               select_id: str | None) -> None:
        if generation != self._generation:
            return
        person, items = result
        self._person = person
        self.name.setText(person.preferred_name)
        self.details.setText(self._details_text(person))
        self.reading.clear()
        self.model.set_rows(items)
        if select_id is not None:
            row = self.model.row_of_id(select_id)
            if row >= 0:
                self.timeline.selectRow(row)
                self.timeline.scrollTo(self.model.index(row, 0))
        self.loaded.emit(person.id)

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation == self._generation:
            self.clear()
            self.details.setText(describe_error(error))

    def _details_text(self, person: Person) -> str:
        parts = [
            person.pronouns,
            self.tr("speaks {language}").format(language=person.preferred_language)
            if person.preferred_language else None,
            person.phone,
            person.email,
        ]
        return "  ·  ".join(part for part in parts if part)

    def clear(self) -> None:
        """Forget the person and every word shown (locking)."""
        self._generation += 1
        self._person = None
        self.name.clear()
        self.details.clear()
        self.reading.clear()
        self.model.clear()

    # ----- actions -----

    def _activated(self, index: QModelIndex) -> None:
        item = self.model.data(index, ROW_ROLE)
        if item is not None:
            self.open_record.emit(item)

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes:
            self.reading.clear()
            return
        item = self.model.data(indexes[0], ROW_ROLE)
        if item is not None:
            self.reading.setPlainText(record_text(item, self.model.kind_label(item.kind)))

    def _ask_new_encounter(self) -> None:
        if self._person is not None:
            self.new_encounter.emit(self._person.id)

    def _ask_new_goal(self) -> None:
        if self._person is not None:
            self.new_goal.emit(self._person.id)

    def _ask_edit(self) -> None:
        if self._person is not None:
            self.edit_person.emit(self._person)
