"""Where the referral stands (draft, sent, scheduled…) since when, and the day
to follow up on it."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QWidget,
)

from peerjournal.ui.views.referral.labels import status_labels
from peerjournal.ui.widgets.date_fields import to_qdate


class TrackingPanel(QGroupBox):
    """The referral's status, its date, and an optional follow-up date."""

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        tr = self.tr
        self.setTitle(tr("Tracking"))
        self.status = QComboBox(self)
        self.status.setAccessibleName(tr("Status of the referral"))
        for status, label in status_labels(tr).items():
            self.status.addItem(label, status.value)
        self.status_on = QDateEdit(self)
        self.status_on.setCalendarPopup(True)
        self.status_on.setDate(to_qdate(today))
        self.status_on.setAccessibleName(tr("Status date"))
        self.follow_up = QCheckBox(tr("Follow &up on:"), self)
        self.follow_up_on = QDateEdit(self)
        self.follow_up_on.setCalendarPopup(True)
        self.follow_up_on.setDate(to_qdate(today + timedelta(days=14)))
        self.follow_up_on.setAccessibleName(tr("Follow-up date"))
        self.follow_up_on.setEnabled(False)
        self.follow_up.toggled.connect(self.follow_up_on.setEnabled)
        track = QFormLayout(self)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status, 1)
        on_label = QLabel(tr("s&ince"), self)
        on_label.setBuddy(self.status_on)
        status_row.addWidget(on_label)
        status_row.addWidget(self.status_on)
        track.addRow(tr("&Status:"), status_row)
        status_label = track.labelForField(status_row)
        if isinstance(status_label, QLabel):
            status_label.setBuddy(self.status)
        track.addRow(self.follow_up, self.follow_up_on)


__all__ = ["TrackingPanel"]
