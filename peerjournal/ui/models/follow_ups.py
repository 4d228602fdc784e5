"""Follow-ups due today and overdue."""

from __future__ import annotations

from peerjournal.ui.models.base import Column, RowsModel
from peerjournal.ui.models.text import when_text


class FollowUpsModel(RowsModel):
    """Rows are `services.journal.FollowUp`, the oldest first."""

    def make_columns(self) -> list[Column]:
        return [
            Column(self.tr("Due"), lambda f: when_text(f.due)),
            Column(self.tr("Status"),
                   lambda f: self.tr("Overdue") if f.overdue else self.tr("Today")),
            Column(self.tr("Person"), lambda f: f.person_name),
            Column(self.tr("From"), lambda f: self.tr("Encounter") if f.kind == "encounter"
                   else self.tr("Referral")),
        ]
