"""Follow-ups due today and overdue."""

from __future__ import annotations

from typing import Any

from peerjournal.core.models import Encounter, Referral
from peerjournal.ui.models.base import Column, RowsModel
from peerjournal.ui.models.text import first_line, when_text


class FollowUpsModel(RowsModel):
    """Rows are `services.journal.FollowUp`, the oldest first."""

    def make_columns(self) -> list[Column]:
        return [
            Column(self.tr("Due"), lambda f: when_text(f.due)),
            Column(self.tr("Status"),
                   lambda f: self.tr("Overdue") if f.overdue else self.tr("Today")),
            Column(self.tr("Person"), lambda f: f.person_name),
            Column(self.tr("What for"), self.about, self.about),
        ]

    def about(self, follow_up: Any) -> str:
        """What the follow-up is for: what they wanted or what was done or
        promised, in the words written (not "From: Encounter")."""
        record = follow_up.record
        if isinstance(record, Referral):
            words = first_line(record.request) or first_line(record.reason_in_their_words)
            return self.tr("Referral: {words}").format(words=words)
        if isinstance(record, Encounter):
            if first_line(record.what_they_want):
                return self.tr("They want: {words}").format(
                    words=first_line(record.what_they_want))
            if first_line(record.what_i_did):
                return self.tr("What I did or promised: {words}").format(
                    words=first_line(record.what_i_did))
            if first_line(record.how_i_helped):  # an older note may hold both here
                return first_line(record.how_i_helped)
            return first_line(record.their_story) or self.tr("Encounter")
        return ""
