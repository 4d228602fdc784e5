"""Results of the global search (Ctrl+F)."""

from __future__ import annotations

from typing import Any

from peerjournal.services.search import SearchResult
from peerjournal.ui.models.base import Column, RowsModel
from peerjournal.ui.models.text import when_text

SearchRow = SearchResult
"""One hit with the name of the person it is about (empty when none) and its date."""


class SearchResultsModel(RowsModel):
    """Rows are `SearchRow`, best first."""

    def type_label(self, kind: str) -> str:
        labels = {
            "person": self.tr("Person"),
            "encounter": self.tr("Encounter"),
            "reflection": self.tr("My reflection (private)"),
            "goal": self.tr("Goal"),
            "referral": self.tr("Referral"),
            "consent": self.tr("Consent"),
            "clinician": self.tr("Clinician"),
            "checkin": self.tr("Check-in"),
        }
        return labels.get(kind, kind)

    def make_columns(self) -> list[Column]:
        return [
            Column(self.tr("When"), lambda r: when_text(r.when) if r.when else ""),
            Column(self.tr("What"), lambda r: self.type_label(r.type)),
            Column(self.tr("Person"), lambda r: r.person_name),
            Column(self.tr("Found"), lambda r: " ".join(r.snippet.split()), lambda r: r.snippet),
        ]

    def id_of(self, row: Any) -> str:
        return str(row.id)
