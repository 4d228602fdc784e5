"""Person → Forget this person…: a person's wish to be forgotten.

One confirmation that says what goes (counts, never their words), what stays
(the peer's reflections, the disclosure log without their name) and what it
cannot reach (earlier backups, until they age out). The work runs on the
journal worker; afterwards none of their words is left in the journal file.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from peerjournal.ui.tasks import TaskManager
from peerjournal.ui.views.welcome import error_text


class ForgetPersonDialog(QDialog):
    """Asks once, then forgets. Emits `forgotten(person_id)` when done."""

    forgotten = Signal(str)

    def __init__(self, tasks: TaskManager, person_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._person_id = person_id
        self._busy = True
        self.setWindowTitle(self.tr("Forget this person"))
        self.setAccessibleName(self.tr("Forget this person"))
        self.setMinimumWidth(480)
        self.what = QLabel(self.tr("Counting what would be deleted…"), self)
        self.what.setWordWrap(True)
        self.backups_note = QLabel(self.tr(
            "None of their words will remain in the journal file. Earlier backups still hold "
            "them until they age out of the rolling backups (about six months); copies kept "
            "elsewhere, such as on a USB stick, until you delete them. This cannot be undone."),
            self)
        self.backups_note.setWordWrap(True)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.cancel_button.setDefault(True)  # the safe choice is the default
        self.forget_button = QPushButton(self.tr("&Forget them"), self)
        self.forget_button.setAccessibleName(self.tr("Forget them"))
        self.forget_button.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.forget_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.what)
        layout.addWidget(self.backups_note)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)
        self.cancel_button.clicked.connect(self.reject)
        self.forget_button.clicked.connect(self.forget)
        tasks.run(lambda vault: vault.forget_plan(person_id), on_done=self._planned,
                  on_error=self._failed)

    @property
    def busy(self) -> bool:
        """True while the worker counts or forgets."""
        return self._busy

    def _planned(self, plan: Any) -> None:
        self._busy = False
        records = sum(plan.rows.values())
        text = self.tr(
            "This deletes the person and {n} records about them: encounters, goals, "
            "check-ins, consents and referrals.").format(n=records)
        if plan.reflections_unlinked:
            text += " " + self.tr(
                "{n} of your reflections stay (they are yours), unlinked from their "
                "encounters.").format(n=plan.reflections_unlinked)
        if plan.disclosures_kept:
            text += " " + self.tr(
                "The disclosure log keeps its {n} entries about them, without their name: who "
                "received a letter, when, and its fingerprint.").format(n=plan.disclosures_kept)
        self.what.setText(text)
        self.forget_button.setEnabled(True)

    def forget(self) -> None:
        """Forget the person on the worker."""
        if self._busy:
            return
        self._busy = True
        self.forget_button.setEnabled(False)
        self.cancel_button.setEnabled(False)
        self.problem.setText(self.tr("Forgetting…"))
        person_id = self._person_id
        self._tasks.run(lambda vault: vault.forget_person(person_id), on_done=self._done,
                        on_error=self._failed)

    def _done(self, _plan: Any) -> None:
        self._busy = False
        self.forgotten.emit(self._person_id)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._busy = False
        self.cancel_button.setEnabled(True)
        self.problem.setText(error_text(error))

    def reject(self) -> None:
        if self._busy and not self.cancel_button.isEnabled():
            return  # forgetting is under way
        super().reject()

    def clear_and_close(self) -> None:
        """On lock: close (nothing typed to clear)."""
        self.what.clear()
        super().reject()
