"""The clinicians address book: who referral letters go to.

A list on the left, the selected clinician's details on the right. Work on
the journal runs on the journal worker; results come back here."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from peerjournal.core.letter import salutation_for
from peerjournal.core.models import Clinician
from peerjournal.services.ids import new_id
from peerjournal.ui.models.clinicians import CliniciansModel, all_clinicians
from peerjournal.ui.tasks import TaskManager, describe_error
from peerjournal.ui.widgets.list_form import (
    dialog_buttons,
    list_pane,
    save_button,
    select_row,
    side_by_side,
    status_label,
)
from peerjournal.ui.widgets.prompt_field import clear_document


def _optional(text: str) -> str | None:
    text = text.strip()
    return text or None


class CliniciansDialog(QDialog):
    """List, add and edit clinicians (name, organization, address, phone, fax,
    email, and how a letter addresses them).

    Signals: `clinicians_changed(id)` after a save."""

    clinicians_changed = Signal(str)

    def __init__(
        self, tasks: TaskManager, parent: QWidget | None = None, *, select_id: str | None = None
    ) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._generation = 0
        self._editing_id: str | None = None
        self._dirty = False
        self._loading_form = False
        self._select_after_load = select_id
        self.setWindowTitle(self.tr("Clinicians"))
        self.setAccessibleName(self.tr("Clinicians address book"))

        self.model = CliniciansModel(self)
        pane = list_pane(
            self,
            self.model,
            name=self.tr("Clinicians"),
            label=self.tr("&Clinicians"),
            new_text=self.tr("Ne&w clinician"),
            on_new=self.start_new,
        )
        self.table, self.new_button = pane.table, pane.new_button
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(self._row_chosen)

        self.name = QLineEdit(self)
        self.organization = QLineEdit(self)
        self.address = QPlainTextEdit(self)
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.phone = QLineEdit(self)
        self.fax = QLineEdit(self)
        self.email = QLineEdit(self)
        # How a letter greets them: "Dear Dr. Echeverría,". Empty: made from the name.
        self.salutation = QLineEdit(self)
        self.salutation.setPlaceholderText(self.tr("e.g. Dr. Echeverría"))
        form = QFormLayout()
        for label, widget in (
            (self.tr("Na&me"), self.name),
            (self.tr("&Organization"), self.organization),
            (self.tr("&Address"), self.address),
            (self.tr("&Phone"), self.phone),
            (self.tr("Fa&x"), self.fax),
            (self.tr("&Email"), self.email),
            (self.tr("&How to address them"), self.salutation),
        ):
            widget.setAccessibleName(label.replace("&", ""))
            form.addRow(label, widget)
        for line in (
            self.name,
            self.organization,
            self.phone,
            self.fax,
            self.email,
            self.salutation,
        ):
            line.textChanged.connect(self._changed)
        self.name.textChanged.connect(self._suggest_salutation)
        self.address.textChanged.connect(self._changed)

        self.status = status_label(self, self.tr("Status"))
        self.save_button = save_button(self, self.tr("&Save"), self.save)
        buttons, _close = dialog_buttons(self, self.save_button)

        right = QVBoxLayout()
        right.addLayout(form)
        right.addStretch(1)
        right.addWidget(self.status)
        right.addWidget(buttons)
        side_by_side(self, pane.layout, right)
        self.resize(760, 420)
        self._update_buttons()
        self.reload()

    # ----- loading -----

    def reload(self) -> None:
        """Fetch the address book again."""
        self._generation += 1
        generation = self._generation
        self._tasks.run(
            all_clinicians,
            on_done=lambda rows: self._loaded(generation, rows),
            on_error=self._failed,
        )

    def _loaded(self, generation: int, rows: list[Clinician]) -> None:
        if generation != self._generation:
            return
        self.model.set_rows(rows)
        wanted = self._select_after_load or self._editing_id
        self._select_after_load = None
        row = self.model.row_of_id(wanted) if wanted else -1
        if row < 0 and rows and self._editing_id is None and not self._dirty:
            row = 0
        if row >= 0:
            select_row(self.table, row)
        elif not rows:
            self.start_new()

    def clinicians(self) -> list[Clinician]:
        """The clinicians listed."""
        return self.model.rows()

    # ----- editing -----

    def _row_chosen(self, current: Any, _previous: Any) -> None:
        row = self.model.row_at(current.row()) if current.isValid() else None
        if row is None or row.id == self._editing_id:
            return
        if self._dirty and self.name.text().strip():
            self.save()  # never lose what was typed
        self._show(row)

    def _show(self, clinician: Clinician | None) -> None:
        self._loading_form = True
        try:
            self._editing_id = clinician.id if clinician else None
            self.name.setText(clinician.name if clinician else "")
            self.organization.setText(clinician.organization or "" if clinician else "")
            self.address.setPlainText(clinician.address or "" if clinician else "")
            self.phone.setText(clinician.phone or "" if clinician else "")
            self.fax.setText(clinician.fax or "" if clinician else "")
            self.email.setText(clinician.email or "" if clinician else "")
            self.salutation.setText(clinician.salutation or "" if clinician else "")
        finally:
            self._loading_form = False
        self._dirty = False
        self.status.clear()
        self._update_buttons()

    def start_new(self) -> None:
        """Empty the form for a new clinician."""
        if self._dirty and self.name.text().strip():
            self.save()
        self.table.clearSelection()
        self._show(None)
        self.name.setFocus()

    def _changed(self) -> None:
        if self._loading_form:
            return
        self._dirty = True
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.save_button.setEnabled(self._dirty and bool(self.name.text().strip()))

    def current(self) -> Clinician | None:
        """The clinician as the form shows it (None without a name)."""
        name = self.name.text().strip()
        if not name:
            return None
        return Clinician(
            id=self._editing_id or new_id("clinicians"),
            name=name,
            organization=_optional(self.organization.text()),
            address=_optional(self.address.toPlainText()),
            phone=_optional(self.phone.text()),
            fax=_optional(self.fax.text()),
            email=_optional(self.email.text()),
            salutation=_optional(self.salutation.text()),
        )

    def _suggest_salutation(self) -> None:
        """The placeholder shows how a letter will greet them when the field is left empty."""
        name = self.name.text().strip()
        if not name:
            self.salutation.setPlaceholderText(self.tr("e.g. Dr. Echeverría"))
            return
        made = salutation_for(Clinician(id="-", name=name))
        self.salutation.setPlaceholderText(self.tr("Dear {name},").format(name=made))

    def save(self) -> None:
        """Save the form (a new clinician or changes to one)."""
        clinician = self.current()
        if clinician is None:
            self.status.setText(self.tr("A clinician needs a name."))
            return
        self._editing_id = clinician.id
        self._dirty = False
        self._update_buttons()

        def job(vault: Any) -> str:
            vault.save(clinician)
            return clinician.id

        self._tasks.run(job, on_done=self._saved, on_error=self._failed)

    def _saved(self, clinician_id: str) -> None:
        self.status.setText(self.tr("Saved."))
        self.clinicians_changed.emit(clinician_id)
        self._select_after_load = clinician_id
        self.reload()

    def _failed(self, error: BaseException) -> None:
        self.status.setText(describe_error(error))

    # ----- locking -----

    def clear_and_close(self) -> None:
        """Drop every name and number shown, then close (locking)."""
        self._generation += 1
        self._dirty = False
        self._loading_form = True
        self.model.clear()
        for line in (self.name, self.organization, self.phone, self.fax, self.email):
            line.clear()
        self.salutation.clear()
        clear_document(self.address.document())
        self._editing_id = None
        self.status.clear()
        self._loading_form = False
        self.close()

    def closeEvent(self, event: Any) -> None:
        if self._dirty and self._tasks.is_open and self.name.text().strip():
            self.save()
        super().closeEvent(event)

    def keyPressEvent(self, event: Any) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)


__all__ = ["CliniciansDialog"]
