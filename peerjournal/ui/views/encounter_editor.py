"""The encounter editor: when, how long, how and where, then the prompts the
practice asks for, in the person's words. It keeps an encrypted draft as the
peer types (widgets.autosave) and hints at person-first language."""

from __future__ import annotations

import contextlib
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from peerjournal.core.models import Encounter, Mode, Person, Setting
from peerjournal.services.ids import new_id
from peerjournal.ui import labels
from peerjournal.ui.a11y import show_content
from peerjournal.ui.views.editor_base import RecordEditor
from peerjournal.ui.widgets.autosave import TaskRunner
from peerjournal.ui.widgets.date_fields import (
    date_field,
    date_time_field,
    from_qdate,
    from_qdatetime,
    this_minute,
    to_qdate,
    to_qdatetime,
)
from peerjournal.ui.widgets.hint_preferences import hint_preferences
from peerjournal.ui.widgets.prompt_field import PromptField

MAX_MINUTES = 1440


def parse_minutes(text: str) -> int | None:
    """Minutes from what was typed: None when blank; ValueError when not a
    whole number from 0 to 1440."""
    text = text.strip()
    if not text:
        return None
    if not (text.isascii() and text.isdigit()):
        raise ValueError(text)
    minutes = int(text)
    if not 0 <= minutes <= MAX_MINUTES:
        raise ValueError(text)
    return minutes


class EncounterEditor(RecordEditor):
    """Write or edit one encounter with a person.

    Signals: saved(record id), closed. Closing empties every field."""

    kind = "encounter"

    def __init__(
        self,
        tasks: TaskRunner,
        person_id: str,
        encounter: Encounter | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(tasks, encounter.id if encounter else new_id("encounters"), parent)
        hint_preferences().follow(tasks)  # the journal's words never hinted
        self.person_id = person_id
        self.setWindowTitle(self.tr("Encounter"))  # never a person's name in a title
        self.setAccessibleName(self.tr("Encounter editor"))

        self.person_line = QLabel(self)
        self.person_line.setTextFormat(Qt.TextFormat.PlainText)
        show_content(self.person_line, self.tr("Who this encounter is with"))
        heading = self.person_line.font()
        heading.setPointSizeF(heading.pointSizeF() * 1.25)
        heading.setBold(True)
        self.person_line.setFont(heading)

        self.when = date_time_field(self, self.tr("When"))
        self.minutes = QLineEdit(self)
        self.minutes.setPlaceholderText(self.tr("minutes, e.g. 45"))
        self.minutes.setAccessibleName(self.tr("How long, in minutes"))
        self.minutes.setMaxLength(5)
        self.mode = QComboBox(self)
        self.mode.setAccessibleName(self.tr("How"))
        for mode, label in self._mode_labels():
            self.mode.addItem(label, mode.value)
        self.setting = QComboBox(self)
        self.setting.setAccessibleName(self.tr("Where"))
        self.setting.addItem(self.tr("Not noted"), "")
        for setting, label in self._setting_labels():
            self.setting.addItem(label, setting.value)

        facts = QGridLayout()
        facts.setHorizontalSpacing(12)
        for row, column, text, widget in (
            (0, 0, self.tr("&When"), self.when),
            (0, 2, self.tr("How &long"), self.minutes),
            (1, 0, self.tr("&How"), self.mode),
            (1, 2, self.tr("Whe&re"), self.setting),
        ):
            label = QLabel(text, self)
            label.setBuddy(widget)
            facts.addWidget(label, row, column)
            facts.addWidget(widget, row, column + 1)
        facts.setColumnStretch(1, 1)
        facts.setColumnStretch(3, 1)

        self.their_story = PromptField(
            self.tr("&Their story, in their words"),
            lines=6,
            placeholder=self.tr("What happened to them, as they told it. Quote them freely."),
            parent=self,
        )
        self.what_they_want = PromptField(
            self.tr("What do they w&ant to do?"),
            lines=3,
            placeholder=self.tr("In their words."),
            parent=self,
        )
        # "How can I help?" is their answer; what the peer did is a field of its own.
        self.how_i_helped = PromptField(
            self.tr("How can I h&elp? Their answer"),
            lines=3,
            placeholder=self.tr("What they asked of you, in their words."),
            parent=self,
        )
        self.what_i_did = PromptField(
            self.tr("What I &did"),
            lines=3,
            placeholder=self.tr("What you did, or will do, with them."),
            parent=self,
        )

        self.follow_up = QCheckBox(self.tr("&Follow up on"), self)
        self.follow_up.setAccessibleName(self.tr("Follow up"))
        self.follow_up_on = date_field(self, self.tr("Follow up on"))
        self.follow_up_on.setDate(QDate.currentDate().addDays(7))
        self.follow_up_on.setEnabled(False)
        self.follow_up.toggled.connect(self.follow_up_on.setEnabled)
        follow = QHBoxLayout()
        follow.addWidget(self.follow_up)
        follow.addWidget(self.follow_up_on)
        optional = QLabel(self.tr("optional"), self)
        optional.setEnabled(False)
        follow.addWidget(optional)
        follow.addStretch(1)

        layout = self._page()
        layout.addWidget(self.person_line)
        layout.addLayout(facts)
        layout.addWidget(self.their_story, 3)
        layout.addWidget(self.what_they_want, 2)
        layout.addWidget(self.how_i_helped, 2)
        layout.addWidget(self.what_i_did, 2)
        layout.addLayout(follow)
        self._end_page(layout)

        self._tab_order(
            [
                self.when,
                self.minutes,
                self.mode,
                self.setting,
                self.their_story.editor,
                self.what_they_want.editor,
                self.how_i_helped.editor,
                self.what_i_did.editor,
                self.follow_up,
                self.follow_up_on,
            ]
        )

        self._show(encounter)
        self._finish_setup()
        self._watch_all(
            self.when.dateTimeChanged,
            self.minutes.textChanged,
            self.mode.currentIndexChanged,
            self.setting.currentIndexChanged,
            self.their_story.text_changed,
            self.what_they_want.text_changed,
            self.how_i_helped.text_changed,
            self.what_i_did.text_changed,
            self.follow_up.toggled,
            self.follow_up_on.dateChanged,
        )
        self.resize(640, 800)
        self.their_story.editor.setFocus()
        self._load_person_name()

    @classmethod
    def for_context(
        cls, tasks: TaskRunner, context: dict[str, Any], parent: QWidget | None
    ) -> EncounterEditor:
        return cls(tasks, str(context.get("person_id") or ""), None, parent)

    # ----- labels in the peer's language -----

    def _mode_labels(self) -> list[tuple[Mode, str]]:
        return list(labels.modes().items())

    def _setting_labels(self) -> list[tuple[Setting, str]]:
        return list(labels.settings().items())

    def _load_person_name(self) -> None:
        if not self.person_id:
            self.person_line.setText(self.tr("Encounter"))
            return
        self.person_line.setText(self.tr("Encounter"))

        def shown(person: Person) -> None:
            self.person_line.setText(
                self.tr("Encounter with {name}").format(name=person.preferred_name)
            )

        self._show_when_found(Person, self.person_id, shown)

    # ----- fields -----

    def _show(self, encounter: Encounter | None) -> None:
        if encounter is None:
            self.when.setDateTime(this_minute())
            return
        self.when.setDateTime(to_qdatetime(encounter.occurred_at))
        if encounter.duration_minutes is not None:
            self.minutes.setText(str(encounter.duration_minutes))
        self.mode.setCurrentIndex(max(0, self.mode.findData(encounter.mode.value)))
        if encounter.setting is not None:
            self.setting.setCurrentIndex(max(0, self.setting.findData(encounter.setting.value)))
        self.their_story.set_text(encounter.their_story or "")
        self.what_they_want.set_text(encounter.what_they_want or "")
        self.how_i_helped.set_text(encounter.how_i_helped or "")
        self.what_i_did.set_text(encounter.what_i_did or "")
        if encounter.follow_up_on is not None:
            self.follow_up.setChecked(True)
            self.follow_up_on.setDate(to_qdate(encounter.follow_up_on))

    def fields(self) -> dict[str, Any]:
        """Every field, JSON-able, for drafts."""
        return {
            "occurred_at": from_qdatetime(self.when.dateTime()).isoformat(timespec="minutes"),
            "duration_minutes": self.minutes.text(),
            "mode": self.mode.currentData(),
            "setting": self.setting.currentData(),
            "their_story": self.their_story.text(),
            "what_they_want": self.what_they_want.text(),
            "how_i_helped": self.how_i_helped.text(),
            "what_i_did": self.what_i_did.text(),
            "follow_up": self.follow_up.isChecked(),
            "follow_up_on": from_qdate(self.follow_up_on.date()).isoformat(),
        }

    def apply_fields(self, fields: dict[str, Any]) -> None:
        """Show the fields of a draft."""
        with contextlib.suppress(KeyError, ValueError):
            self.when.setDateTime(to_qdatetime(datetime.fromisoformat(str(fields["occurred_at"]))))
        self.minutes.setText(str(fields.get("duration_minutes") or ""))
        self.mode.setCurrentIndex(max(0, self.mode.findData(fields.get("mode"))))
        self.setting.setCurrentIndex(max(0, self.setting.findData(fields.get("setting") or "")))
        self.their_story.set_text(str(fields.get("their_story") or ""))
        self.what_they_want.set_text(str(fields.get("what_they_want") or ""))
        self.how_i_helped.set_text(str(fields.get("how_i_helped") or ""))
        self.what_i_did.set_text(str(fields.get("what_i_did") or ""))
        self.follow_up.setChecked(bool(fields.get("follow_up")))
        with contextlib.suppress(KeyError, ValueError):
            self.follow_up_on.setDate(to_qdate(date.fromisoformat(str(fields["follow_up_on"]))))

    def context(self) -> dict[str, Any]:
        return {"person_id": self.person_id}

    def problems(self) -> list[tuple[str, QWidget]]:
        """What must change before saving, in plain words."""
        found: list[tuple[str, QWidget]] = []
        if not self.person_id:
            found.append(
                (
                    self.tr("Choose who this encounter is with: open it from their page."),
                    self.their_story.editor,
                )
            )
        try:
            parse_minutes(self.minutes.text())
        except ValueError:
            found.append(
                (
                    self.tr(
                        "How long should be a number of minutes, from 0 to 1440 "
                        "(a whole day), or left empty."
                    ),
                    self.minutes,
                )
            )
        return found

    def build_record(self) -> Encounter:
        """The encounter as typed, every word kept exactly."""
        setting = self.setting.currentData()
        return Encounter(
            id=self.record_id,
            person_id=self.person_id,
            occurred_at=from_qdatetime(self.when.dateTime()),
            mode=Mode(self.mode.currentData()),
            duration_minutes=parse_minutes(self.minutes.text()),
            setting=Setting(setting) if setting else None,
            their_story=self.their_story.text() or None,
            what_they_want=self.what_they_want.text() or None,
            how_i_helped=self.how_i_helped.text() or None,
            what_i_did=self.what_i_did.text() or None,
            follow_up_on=from_qdate(self.follow_up_on.date())
            if self.follow_up.isChecked()
            else None,
        )

    def clear_widgets(self) -> None:
        """Drop every word (and undo history) for locking."""
        for field in (self.their_story, self.what_they_want, self.how_i_helped,
                      self.what_i_did):
            field.clear_secure()
        self.minutes.setText("")  # setText() also forgets the line's undo history
        self.person_line.clear()


__all__ = [
    "EncounterEditor",
    "from_qdate",
    "from_qdatetime",
    "parse_minutes",
    "to_qdate",
    "to_qdatetime",
]
