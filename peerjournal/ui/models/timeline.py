"""A person's timeline: encounters, reflections, goals, consents, referrals."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt

from peerjournal.core.models import Consent, Encounter, Referral
from peerjournal.ui.models.base import Column, RowsModel
from peerjournal.ui.models.text import first_line, mode_label, when_text


class TimelineModel(RowsModel):
    """Rows are `services.journal.TimelineItem`, newest first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.recipients: dict[str, str] = {}
        """Clinician names by id: who a referral or consent went to."""

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
            Column(self.tr("When"), lambda item: when_text(item.when, relative=True)),
            Column(self.tr("What"), lambda item: self.kind_label(item.kind)),
            Column(self.tr("Summary"), self.summary),
        ]

    def summary(self, item: Any) -> str:
        """The row's first words; an encounter without a story says what else
        was written, or how it happened ("Phone call")."""
        record = item.record
        if isinstance(record, Referral | Consent):
            to = self.recipients.get(record.clinician_id if isinstance(record, Referral)
                                     else record.recipient_id)
            if to:
                return self.tr("To {name}: {words}").format(name=to, words=item.title)
        if isinstance(record, Encounter) and not (record.their_story or "").strip():
            words = first_line(record.what_they_want) or first_line(record.how_i_helped)
            return f"{mode_label(record.mode)} · {words}" if words else mode_label(record.mode)
        return str(item.title)

    def when_label(self, item: Any) -> str:
        return when_text(item.when, relative=True)

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # A screen reader hears the whole entry, not only its date.
        if role == Qt.ItemDataRole.AccessibleTextRole and index.isValid():
            item = self.row_at(index.row())
            if item is not None:
                return (f"{self.when_label(item)}, {self.kind_label(item.kind)}: "
                        f"{self.summary(item)}")
        return super().data(index, role)

    def id_of(self, row: Any) -> str:
        return str(row.id)
