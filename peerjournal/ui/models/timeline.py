"""A person's timeline: encounters, reflections, goals, consents, referrals."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject

from peerjournal.ui.models.base import Column, RowsModel
from peerjournal.ui.models.text import when_text


class TimelineModel(RowsModel):
    """Rows are `services.journal.TimelineItem`, newest first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def kind_label(self, kind: str) -> str:
        """The kind of a row in plain words; reflections say they are private."""
        labels = {
            "encounter": self.tr("Encounter"),
            "reflection": self.tr("My reflection (private)"),
            "goal": self.tr("Goal"),
            "consent": self.tr("Consent"),
            "referral": self.tr("Referral"),
        }
        return labels.get(kind, kind)

    def make_columns(self) -> list[Column]:
        return [
            Column(self.tr("When"), lambda item: when_text(item.when)),
            Column(self.tr("What"), lambda item: self.kind_label(item.kind)),
            Column(self.tr("Summary"), lambda item: item.title),
        ]

    def id_of(self, row: Any) -> str:
        return str(row.id)
