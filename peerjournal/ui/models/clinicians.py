"""The clinicians address book as a table: name, organization, phone."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject

from peerjournal.core.models import Clinician
from peerjournal.ui.models.base import Column, RowsModel


def all_clinicians(vault: Any) -> list[Clinician]:
    """Every clinician of the journal, by name. Runs on the journal worker."""
    found = [vault.get(Clinician, cid) for cid in vault.ids().get("clinicians", set())]
    return sorted(found, key=lambda c: (c.name.casefold(), c.id))


def clinician_label(clinician: Clinician) -> str:
    """How a clinician shows in a list or a menu: name, and organization if any."""
    if clinician.organization:
        return f"{clinician.name} — {clinician.organization}"
    return clinician.name


class CliniciansModel(RowsModel):
    """The address book rows (set with `set_rows(all_clinicians(vault))`)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def make_columns(self) -> list[Column]:
        return [
            Column(self.tr("Name"), lambda c: c.name),
            Column(self.tr("Organization"), lambda c: c.organization or ""),
            Column(self.tr("Phone"), lambda c: c.phone or ""),
        ]


__all__ = ["CliniciansModel", "all_clinicians", "clinician_label"]
