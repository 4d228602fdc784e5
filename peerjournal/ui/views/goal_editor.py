"""The goal editor: what the person wants, in their words; active, met or set
aside, with dates."""

from __future__ import annotations

import contextlib
from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QWidget

from peerjournal.core.models import Goal, GoalStatus
from peerjournal.services.ids import new_id
from peerjournal.ui.views.editor_base import RecordEditor
from peerjournal.ui.widgets.autosave import TaskRunner
from peerjournal.ui.widgets.date_fields import date_field, from_qdate, to_qdate
from peerjournal.ui.widgets.hint_preferences import hint_preferences
from peerjournal.ui.widgets.prompt_field import PromptField


class GoalEditor(RecordEditor):
    """Write or edit one of the person's goals.

    Signals: saved(record id), closed. Closing empties every field."""

    kind = "goal"

    def __init__(
        self,
        tasks: TaskRunner,
        person_id: str,
        goal: Goal | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(tasks, goal.id if goal else new_id("goals"), parent)
        hint_preferences().follow(tasks)  # the journal's words never hinted
        self.person_id = person_id
        self.setWindowTitle(self.tr("Goal"))
        self.setAccessibleName(self.tr("Goal editor"))

        # The person's own words: no language hints here.
        self.in_their_words = PromptField(
            self.tr("Their &goal, in their words"),
            hints=False,
            lines=3,
            placeholder=self.tr("As they said it, e.g. “Get my kids back by summer.”"),
            parent=self,
        )

        self.status = QComboBox(self)
        self.status.setAccessibleName(self.tr("Status"))
        self.status.addItem(self.tr("Active"), GoalStatus.ACTIVE.value)
        self.status.addItem(self.tr("Met"), GoalStatus.MET.value)
        self.status.addItem(self.tr("Set aside"), GoalStatus.SET_ASIDE.value)
        self.set_on = date_field(self, self.tr("Set on"))
        self.closed_on = date_field(self, self.tr("Closed on"))

        grid = QGridLayout()
        for row, (text, widget) in enumerate(
            (
                (self.tr("S&tatus"), self.status),
                (self.tr("Set &on"), self.set_on),
                (self.tr("&Closed on"), self.closed_on),
            )
        ):
            label = QLabel(text, self)
            label.setBuddy(widget)
            grid.addWidget(label, row, 0)
            grid.addWidget(widget, row, 1)
        self.closed_note = QLabel(self.tr("when met or set aside"), self)
        self.closed_note.setEnabled(False)
        grid.addWidget(self.closed_note, 2, 2)
        grid.setColumnStretch(2, 1)

        layout = self._page()
        layout.addWidget(self.in_their_words, 1)
        layout.addLayout(grid)
        self._end_page(layout)

        self._tab_order([self.in_their_words.editor, self.status, self.set_on, self.closed_on])

        self.status.currentIndexChanged.connect(self._status_changed)
        self._show(goal)
        self._finish_setup()
        self._watch_all(
            self.in_their_words.text_changed,
            self.status.currentIndexChanged,
            self.set_on.dateChanged,
            self.closed_on.dateChanged,
        )
        self.resize(520, 340)
        self.in_their_words.editor.setFocus()

    @classmethod
    def for_context(
        cls, tasks: TaskRunner, context: dict[str, Any], parent: QWidget | None
    ) -> GoalEditor:
        return cls(tasks, str(context.get("person_id") or ""), None, parent)

    def _status_changed(self) -> None:
        closing = self.status.currentData() != GoalStatus.ACTIVE.value
        self.closed_on.setEnabled(closing)
        self.closed_note.setVisible(not closing)

    def _show(self, goal: Goal | None) -> None:
        today = QDate.currentDate()
        self.set_on.setDate(today)
        self.closed_on.setDate(today)
        if goal is not None:
            self.in_their_words.set_text(goal.in_their_words)
            self.status.setCurrentIndex(max(0, self.status.findData(goal.status.value)))
            self.set_on.setDate(to_qdate(goal.set_on))
            if goal.closed_on is not None:
                self.closed_on.setDate(to_qdate(goal.closed_on))
        self._status_changed()

    def fields(self) -> dict[str, Any]:
        """Every field, JSON-able, for drafts."""
        return {
            "in_their_words": self.in_their_words.text(),
            "status": self.status.currentData(),
            "set_on": from_qdate(self.set_on.date()).isoformat(),
            "closed_on": from_qdate(self.closed_on.date()).isoformat(),
        }

    def apply_fields(self, fields: dict[str, Any]) -> None:
        """Show the fields of a draft."""
        self.in_their_words.set_text(str(fields.get("in_their_words") or ""))
        self.status.setCurrentIndex(max(0, self.status.findData(fields.get("status"))))
        for name, edit in (("set_on", self.set_on), ("closed_on", self.closed_on)):
            with contextlib.suppress(KeyError, ValueError):
                edit.setDate(to_qdate(date.fromisoformat(str(fields[name]))))

    def context(self) -> dict[str, Any]:
        return {"person_id": self.person_id}

    def problems(self) -> list[tuple[str, QWidget]]:
        """What must change before saving, in plain words."""
        found: list[tuple[str, QWidget]] = []
        if not self.person_id:
            found.append(
                (
                    self.tr("Choose whose goal this is: open it from their page."),
                    self.in_their_words.editor,
                )
            )
        if self.in_their_words.is_empty():
            found.append((self.tr("Write the goal in their words."), self.in_their_words.editor))
        if (
            self.status.currentData() != GoalStatus.ACTIVE.value
            and self.closed_on.date() < self.set_on.date()
        ):
            found.append(
                (
                    self.tr("The closing date cannot come before the day the goal was set."),
                    self.closed_on,
                )
            )
        return found

    def build_record(self) -> Goal:
        """The goal as typed, every word kept exactly."""
        status = GoalStatus(self.status.currentData())
        return Goal(
            id=self.record_id,
            person_id=self.person_id,
            in_their_words=self.in_their_words.text(),
            set_on=from_qdate(self.set_on.date()),
            status=status,
            closed_on=None if status is GoalStatus.ACTIVE else from_qdate(self.closed_on.date()),
        )

    def clear_widgets(self) -> None:
        """Drop every word (and undo history) for locking."""
        self.in_their_words.clear_secure()


__all__ = ["GoalEditor"]
