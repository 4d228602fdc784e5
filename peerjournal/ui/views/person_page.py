"""A person's page: how they like to be called, and their timeline; and the
dialog to add or edit a person."""

from __future__ import annotations

import html
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelection, QModelIndex, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from peerjournal.core.models import (
    Clinician,
    Consent,
    Encounter,
    Goal,
    Person,
    Referral,
    Reflection,
)
from peerjournal.services import journal
from peerjournal.ui import labels
from peerjournal.ui.a11y import StatusLine, show_content
from peerjournal.ui.models.base import ROW_ROLE
from peerjournal.ui.models.text import (
    language_name,
    mode_label,
    setting_label,
    status_label,
    when_text,
)
from peerjournal.ui.models.timeline import TimelineModel
from peerjournal.ui.tasks import TaskManager, describe_error
from peerjournal.ui.widgets.flow_layout import FlowLayout
from peerjournal.ui.widgets.timeline_view import TimelineView


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
        self.problem = StatusLine(self)
        show_content(self.problem, self.tr("Please check"))
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


def self_check_labels() -> dict[str, str]:
    """What the peer noticed in themselves, as the reflection editor asks it."""
    return {str(word): label for word, label in labels.self_checks().items()}


def record_facts(record: Any) -> str:
    """How, where and how long, on one line under the heading (their story comes first)."""
    if not isinstance(record, Encounter):
        return ""
    parts = [
        mode_label(record.mode),
        setting_label(record.setting) if record.setting else "",
        _tr("{n} minutes").format(n=record.duration_minutes) if record.duration_minutes else "",
    ]
    return "  ·  ".join(part for part in parts if part)


def record_fields(record: Any, recipients: dict[str, str] | None = None
                  ) -> list[tuple[str, str]]:
    """The filled-in fields of a timeline record: (label, value), their words first.
    `recipients`: clinician names by id (who a referral or consent went to)."""
    names = recipients or {}
    fields: list[tuple[str, str]] = []

    def add(label: str, value: Any) -> None:
        if value not in (None, ""):
            fields.append((label, str(value)))

    def day(value: date | None) -> str | None:
        return when_text(value) if value else None

    tr = _tr
    if isinstance(record, Encounter):
        add(tr("Their story, in their words"), record.their_story)
        add(tr("What do they want to do?"), record.what_they_want)
        # Older notes hold both their answer and what the peer did in how_i_helped.
        add(tr("How can I help? Their answer") if record.what_i_did
            else tr("How can I help?"), record.how_i_helped)
        add(tr("What I did"), record.what_i_did)
        add(tr("Follow up on"), day(record.follow_up_on))
    elif isinstance(record, Reflection):
        add(tr("What I shared of my story"), record.what_i_shared)
        add(tr("Why I shared it — for them, or for me?"), record.why_i_shared)
        add(tr("What I learned from them"), record.learned_from_them)
        add(tr("What I learned about my own wound and healing"), record.what_i_learned)
        add(tr("What is uniquely theirs"), record.unique)
        add(tr("What is universal"), record.universal)
        add(tr("What I need now"), record.self_care)
        labels = self_check_labels()
        add(tr("What I noticed in myself"),
            "; ".join(labels.get(str(word), str(word)) for word in record.self_check))
    elif isinstance(record, Goal):
        add(tr("In their words"), record.in_their_words)
        add(tr("Status"), status_label(record.status))
        add(tr("Set on"), day(record.set_on))
        add(tr("Closed on"), day(record.closed_on))
    elif isinstance(record, Consent):
        add(tr("To"), names.get(record.recipient_id))
        add(tr("Purpose"), record.purpose)
        add(tr("Information"), record.information)
        add(tr("Signed on"), day(record.signed_on))
        add(tr("Expires on"), day(record.expires_on))
        add(tr("Expires when"), record.expires_when)
        add(tr("Revoked on"), day(record.revoked_on))
    elif isinstance(record, Referral):
        add(tr("To"), names.get(record.clinician_id))
        add(tr("Reason, in their words"), record.reason_in_their_words)
        add(tr("Request"), record.request)
        add(tr("Status"), status_label(record.status))
        add(tr("Follow up on"), day(record.follow_up_on))
    return fields


def record_text(item: journal.TimelineItem, kind_label: str,
                recipients: dict[str, str] | None = None) -> str:
    """The whole of a timeline record as plain text (label, then value)."""
    lines = [f"{kind_label} · {when_text(item.when)}"]
    facts = record_facts(item.record)
    if facts:
        lines.append(facts)
    lines.append("")
    for label, value in record_fields(item.record, recipients):
        lines.extend([label, value, ""])
    return "\n".join(lines).rstrip()


def record_html(item: journal.TimelineItem, kind_label: str,
                recipients: dict[str, str] | None = None) -> str:
    """The reading pane: a heading, then each label in bold with its value
    under it, their words first. Every value is escaped: a person's words are
    text, never markup."""
    def text(value: str) -> str:
        return html.escape(value).replace("\n", "<br>")

    parts = [f"<p style='margin-bottom:4px'><b style='font-size:large'>{text(kind_label)}</b>"
             f" &nbsp;·&nbsp; {text(when_text(item.when))}</p>"]
    facts = record_facts(item.record)
    if facts:
        parts.append(f"<p style='margin-top:0'>{text(facts)}</p>")
    if isinstance(item.record, Reflection):
        parts.append(f"<p><i>{text(_tr('Private: yours alone. Never in a letter or a report.'))}"
                     "</i></p>")
    for label, value in record_fields(item.record, recipients):
        parts.append(f"<p style='margin-top:8px'><b>{text(label)}</b><br>{text(value)}</p>")
    return "".join(parts)


class PersonPage(QWidget):
    """Details and timeline of one person, loaded on the journal worker."""

    open_record = Signal(object)
    """A timeline row was opened (Enter or double-click): the TimelineItem."""
    new_encounter = Signal(str)
    new_reflection = Signal(object)
    """New reflection: the id of the encounter selected (or None: on its own)."""
    new_goal = Signal(str)
    new_referral = Signal(str)
    show_consents = Signal(str)
    show_disclosures = Signal(str)
    edit_person = Signal(object)
    """Edit details was asked: the Person."""
    loaded = Signal(str)
    """The page shows this person id (details and timeline painted)."""

    def __init__(self, tasks: TaskManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._person: Person | None = None
        # Only the newest person asked for is shown (Enter, clicks and search race).
        self._load_key = (id(self), "person")
        # The peer's reflections stay off a page someone beside them may see,
        # unless "Include my private reflections" is ticked (as for search).
        self._include_reflections = False
        self.setAccessibleName(self.tr("Person"))

        self.name = QLabel(self)
        font = QFont(self.name.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setWeight(QFont.Weight.DemiBold)
        self.name.setFont(font)
        self.name.setTextFormat(Qt.TextFormat.PlainText)
        self.name.setWordWrap(True)
        show_content(self.name, self.tr("Person"))
        self.details = QLabel(self)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setWordWrap(True)
        show_content(self.details, self.tr("Details"))

        def button(text: str, tip: str, name: str) -> QPushButton:
            made = QPushButton(text, self)
            made.setToolTip(tip)
            made.setAccessibleName(name)
            return made

        self.new_encounter_button = button(
            self.tr("New &encounter"), self.tr("Write a new encounter (Ctrl+E)"),
            self.tr("New encounter"))
        self.new_reflection_button = button(
            self.tr("New re&flection"),
            self.tr("Your private reflection, on the selected encounter if one is "
                    "selected (Ctrl+Shift+E)"),
            self.tr("New reflection"))
        self.new_goal_button = button(
            self.tr("New goa&l"), self.tr("Write down a goal, in their words (Ctrl+G)"),
            self.tr("New goal"))
        self.new_referral_button = button(
            self.tr("New &referral…"), self.tr("A referral letter to a clinician (Ctrl+Shift+R)"),
            self.tr("New referral"))
        self.consents_button = button(
            self.tr("C&onsents…"), self.tr("Their written consents to share information"),
            self.tr("Consents"))
        self.disclosures_button = button(
            self.tr("Di&sclosures…"), self.tr("Every letter that left the journal about them"),
            self.tr("Disclosures"))
        self.edit_button = button(
            self.tr("Edit &details"),
            self.tr("Edit how they like to be called and contact details"),
            self.tr("Edit details"))
        self.new_encounter_button.clicked.connect(lambda: self._emit_id(self.new_encounter))
        self.new_reflection_button.clicked.connect(self._ask_new_reflection)
        self.new_goal_button.clicked.connect(lambda: self._emit_id(self.new_goal))
        self.new_referral_button.clicked.connect(lambda: self._emit_id(self.new_referral))
        self.consents_button.clicked.connect(lambda: self._emit_id(self.show_consents))
        self.disclosures_button.clicked.connect(lambda: self._emit_id(self.show_disclosures))
        self.edit_button.clicked.connect(self._ask_edit)
        # Check-ins and their own copy (issue 16): their windows open from here.
        self.growth_button = button(
            self.tr("Gro&wth…"), self.tr("Their goals and check-ins over time; take a check-in"),
            self.tr("Growth"))
        self.their_copy_button = button(
            self.tr("Their cop&y…"), self.tr("A copy of their record to give them, as PDF"),
            self.tr("Their copy"))
        self.growth_button.clicked.connect(lambda: self.open_person_window("growth"))
        self.their_copy_button.clicked.connect(lambda: self.open_person_window("their_copy"))

        self.model = TimelineModel(self)
        # Readable entries (date and kind, then their first words), not a grid.
        self.timeline = TimelineView(self.model, self)
        self.timeline.setAccessibleName(self.tr("Timeline"))
        self.timeline.activated.connect(self._activated)
        self.timeline.selectionModel().selectionChanged.connect(self._selection_changed)

        self.reading = QTextBrowser(self)
        self.reading.setOpenLinks(False)
        self.reading.setAccessibleName(self.tr("Selected entry"))
        self.reading.setPlaceholderText(self.tr("Choose an entry to read it here. "
                                                "Press Enter to open it."))
        self.reading.document().setDocumentMargin(10)

        names = QVBoxLayout()
        names.setSpacing(2)
        names.addWidget(self.name)
        names.addWidget(self.details)
        # The buttons wrap to a second line rather than squeeze their words
        # (Spanish, a large font, a narrow window).
        buttons = FlowLayout(spacing=6)
        for made in (self.new_encounter_button, self.new_reflection_button,
                     self.new_goal_button, self.new_referral_button):
            buttons.addWidget(made)
        buttons.add_stretch()
        for made in (self.consents_button, self.disclosures_button, self.edit_button):
            buttons.addWidget(made)

        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.timeline)
        split.addWidget(self.reading)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(10)
        header = QHBoxLayout()  # the person's own things beside their name
        header.addLayout(names, 1)
        for made in (self.growth_button, self.their_copy_button):
            header.addWidget(made, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(header)
        layout.addLayout(buttons)
        layout.addWidget(split, 1)
        self._set_buttons_enabled(False)

    # ----- what it shows -----

    @property
    def person(self) -> Person | None:
        return self._person

    def show_person(self, person_id: str, select_id: str | None = None) -> None:
        """Load and show one person, optionally selecting one timeline record."""
        def load(vault: Any) -> tuple[Person, list[journal.TimelineItem]]:
            items = journal.timeline(vault, person_id)
            # Who each referral and consent went to: said on the timeline and when read.
            for item in items:
                if isinstance(item.record, Referral | Consent):
                    wanted = (item.record.clinician_id if isinstance(item.record, Referral)
                              else item.record.recipient_id)
                    if wanted not in recipients:
                        found = vault.find(Clinician, wanted)
                        recipients[wanted] = found.name if found else ""
            return vault.get(Person, person_id), items

        recipients: dict[str, str] = {}

        def shown(result: tuple[Person, list[journal.TimelineItem]]) -> None:
            self.model.recipients = dict(recipients)
            self._shown(result, select_id)

        self._tasks.run(load, on_done=shown, on_error=self._failed, latest=self._load_key)

    def reload(self, select_id: str | None = None) -> None:
        """Show the same person again (after an edit), keeping the selected
        record selected (or selecting `select_id`, e.g. a record just saved)."""
        if self._person is not None:
            self.show_person(self._person.id, select_id or self.selected_id())

    def selected_item(self) -> journal.TimelineItem | None:
        """The timeline row selected, if any."""
        rows = self.timeline.selectionModel().selectedRows()
        if not rows:
            return None
        item: journal.TimelineItem | None = self.model.data(rows[0], ROW_ROLE)
        return item

    def selected_id(self) -> str | None:
        item = self.selected_item()
        return item.id if item is not None else None

    def _shown(self, result: tuple[Person, list[journal.TimelineItem]],
               select_id: str | None) -> None:
        person, items = result
        if not self._include_reflections:
            items = [item for item in items if item.kind != "reflection"]
        self._person = person
        self.name.setText(person.preferred_name)
        self.setAccessibleName(person.preferred_name)  # Orca names the page on entering it
        self.details.setText(self._details_text(person))
        self.details.setVisible(bool(self.details.text()))
        self.reading.clear()
        self.model.set_rows(items)
        self._set_buttons_enabled(True)
        if select_id is not None:
            row = self.model.row_of_id(select_id)
            if row >= 0:
                self.timeline.selectRow(row)
                self.timeline.scrollTo(self.model.index(row, 0))
        self.loaded.emit(person.id)

    def _failed(self, error: BaseException) -> None:
        self.clear()
        self.details.setText(describe_error(error))
        self.details.show()

    def _details_text(self, person: Person) -> str:
        parts = [
            person.pronouns,
            self.tr("speaks {language}").format(language=language_name(person.preferred_language))
            if person.preferred_language else None,
            person.phone,
            person.email,
        ]
        return "  ·  ".join(part for part in parts if part)

    @property
    def include_reflections(self) -> bool:
        return self._include_reflections

    def set_include_reflections(self, include: bool) -> None:
        """Show or hide the peer's private reflections on the timeline."""
        if include != self._include_reflections:
            self._include_reflections = include
            self.reload()

    def clear(self) -> None:
        """Forget the person and every word shown (locking)."""
        self._tasks.cancel_latest(self._load_key)
        self._person = None
        self.name.clear()
        self.setAccessibleName(self.tr("Person"))
        self.details.clear()
        self.reading.clear()
        self.model.clear()
        self.model.recipients = {}
        self._set_buttons_enabled(False)

    def _set_buttons_enabled(self, enabled: bool) -> None:
        for made in (self.new_encounter_button, self.new_reflection_button,
                     self.new_goal_button, self.new_referral_button, self.consents_button,
                     self.disclosures_button, self.edit_button, self.growth_button,
                     self.their_copy_button):
            made.setEnabled(enabled)

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
            self.reading.setHtml(record_html(item, self.model.kind_label(item.kind),
                                             self.model.recipients))

    def selected_encounter_id(self) -> str | None:
        """The encounter selected, or the one the selected reflection is about."""
        item = self.selected_item()
        if item is None:
            return None
        if isinstance(item.record, Encounter):
            return item.record.id
        if isinstance(item.record, Reflection):
            return item.record.encounter_id
        return None

    def _emit_id(self, signal: Any) -> None:
        if self._person is not None:
            signal.emit(self._person.id)

    def _ask_new_reflection(self) -> None:
        if self._person is not None:
            self.new_reflection.emit(self.selected_encounter_id())

    def _ask_edit(self) -> None:
        if self._person is not None:
            self.edit_person.emit(self._person)

    def open_person_window(self, which: str) -> QDialog | None:
        """Open the person's Growth view ("growth") or Their copy ("their_copy"); a
        child of this page, so locking finds and clears it."""
        if self._person is None:
            return None
        from peerjournal.ui.views.growth_view import GrowthView
        from peerjournal.ui.views.their_copy_dialog import TheirCopyDialog

        kind = GrowthView if which == "growth" else TheirCopyDialog
        window = kind(self._tasks, self._person.id, self)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.show()
        window.raise_()
        self.person_window = window
        return window
