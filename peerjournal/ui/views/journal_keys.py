"""The keys of an open journal: change the passphrase, make a new recovery key,
and make all of its keys new after an exposure (rekey).

Both need the current passphrase, so a journal left open on a shared screen
cannot be taken over by whoever sits down at it. The slow key work (Argon2id)
runs on the journal worker; the vault rewrites its key file atomically.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from peerjournal.errors import Locked
from peerjournal.services import unlock
from peerjournal.ui.tasks import TaskManager
from peerjournal.ui.views.welcome import (
    PassphraseField,
    ProblemLabel,
    RecoveryKeyPanel,
    StrengthMeter,
    error_text,
)


def check_current_passphrase(vault: Any, passphrase: str) -> None:
    """Locked unless `passphrase` opens the journal now (on the worker: slow on purpose)."""
    type(vault).derive_key(vault.path, passphrase=passphrase)


def strength_words(strength: unlock.Strength) -> str:
    """The strength advice in the window's language."""
    return QCoreApplication.translate("StrengthMeter", strength.words)


class BusyLine(QWidget):
    """A moving bar and a few words while the worker derives a key."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)  # moving: we cannot know how long it takes
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(6)
        self.bar.setAccessibleName(self.tr("Working"))
        self.words = QLabel(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.words)
        self.hide()

    def start(self, words: str) -> None:
        self.words.setText(words)
        self.show()

    def stop(self) -> None:
        self.words.clear()
        self.hide()


class ChangePassphraseDialog(QDialog):
    """The current passphrase, the new one twice with advice on its strength.
    Emits `changed` once the new passphrase is the only one that opens the journal."""

    changed = Signal()

    def __init__(self, tasks: TaskManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._busy = False
        self.setWindowTitle(self.tr("Change passphrase"))
        self.setAccessibleName(self.tr("Change passphrase"))
        self.setMinimumWidth(480)

        intro = QLabel(self.tr(
            "Your journal stays as it is; only the passphrase that opens it changes. "
            "Your recovery key keeps working. Backups made earlier still open with the "
            "passphrase they were made with."), self)
        intro.setWordWrap(True)
        # Changing the passphrase rewraps the same key: not enough after an exposure.
        self.exposed_hint = QLabel(self.tr(
            "If the old passphrase may have been seen, choose Journal → I think my passphrase, "
            "recovery sheet, a backup or this laptop's copy was exposed… instead: a change "
            "here does not lock out copies of the journal made before."), self)
        self.exposed_hint.setWordWrap(True)
        self.old_passphrase = PassphraseField(self.tr("Current passphrase"), self)
        self.new_passphrase = PassphraseField(self.tr("New passphrase"), self)
        self.new_passphrase_again = PassphraseField(self.tr("New passphrase again"), self)
        self.strength = StrengthMeter(self)
        self.problem = ProblemLabel(self.tr("Passphrase problem"), self)
        self.busy_line = BusyLine(self)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.change_button = QPushButton(self.tr("C&hange passphrase"), self)
        self.change_button.setAccessibleName(self.tr("Change passphrase"))
        self.change_button.setDefault(True)

        form = QFormLayout()
        form.addRow(self.tr("&Current passphrase:"), self.old_passphrase)
        form.addRow(self.tr("&New passphrase:"), self.new_passphrase)
        form.addRow(self.tr("&Again:"), self.new_passphrase_again)
        form.addRow("", self.strength)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.change_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.exposed_hint)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.busy_line)
        layout.addLayout(buttons)

        self.old_passphrase.textEdited.connect(lambda _t: self.problem.clear())
        self.new_passphrase.textChanged.connect(self._new_typed)
        self.new_passphrase_again.textChanged.connect(lambda _t: self.problem.clear())
        self.new_passphrase_again.returnPressed.connect(self.try_change)
        self.cancel_button.clicked.connect(self.reject)
        self.change_button.clicked.connect(self.try_change)
        self.old_passphrase.setFocus()

    @property
    def busy(self) -> bool:
        """True while the worker checks and changes the passphrase."""
        return self._busy

    def _new_typed(self, text: str) -> None:
        self.strength.update_for(text)
        self.problem.clear()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for widget in (self.old_passphrase, self.new_passphrase, self.new_passphrase_again,
                       self.change_button):
            widget.setEnabled(not busy)
        if busy:
            self.busy_line.start(self.tr("Changing the passphrase…"))
        else:
            self.busy_line.stop()

    def try_change(self) -> None:
        """Check what was typed, then change the passphrase on the worker."""
        if self._busy:
            return
        old = self.old_passphrase.text()
        new = self.new_passphrase.text()
        if not old:
            self._say(self.tr("Please type your current passphrase."), self.old_passphrase)
            return
        if new != self.new_passphrase_again.text():
            self._say(self.tr("The two new passphrases are not the same."),
                      self.new_passphrase_again)
            return
        strength = unlock.check_passphrase_strength(new)
        if not strength.acceptable:
            self._say(strength_words(strength), self.new_passphrase)
            return
        if new == old:
            self._say(self.tr("The new passphrase is the same as the current one."),
                      self.new_passphrase)
            return
        self.problem.clear()
        self._set_busy(True)

        def change(vault: Any) -> None:
            check_current_passphrase(vault, old)
            unlock.change_passphrase(vault, new)

        self._tasks.run(change, on_done=self._changed, on_error=self._failed)

    def _say(self, text: str, field: QWidget) -> None:
        self.problem.setText(text)
        field.setFocus()

    def _changed(self, _none: object) -> None:
        self._set_busy(False)
        self._clear_fields()
        self.changed.emit()
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, Locked):
            self.old_passphrase.clear()
            self._say(self.tr("That is not your current passphrase. Nothing was changed; "
                              "please try again."), self.old_passphrase)
        else:
            self._say(error_text(error), self.old_passphrase)

    def _clear_fields(self) -> None:
        for field in (self.old_passphrase, self.new_passphrase, self.new_passphrase_again):
            field.clear()

    def reject(self) -> None:
        self._clear_fields()
        super().reject()

    def clear_and_close(self) -> None:
        """On lock: forget what was typed and close."""
        self._clear_fields()
        self.problem.clear()
        super().reject()


class NewRecoveryKeyDialog(QDialog):
    """Make a new recovery key: first say that the old one stops working and
    ask for the passphrase, then show the new key once, to save or print."""

    replaced = Signal()
    """The new key is made: the old one no longer opens the journal."""

    CONFIRM, KEY = range(2)

    def __init__(self, tasks: TaskManager, journal_path: Path,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._journal_path = journal_path
        self._busy = False
        self.setWindowTitle(self.tr("New recovery key"))
        self.setAccessibleName(self.tr("New recovery key"))
        self.setMinimumWidth(max(520, self.fontMetrics().averageCharWidth() * 72))

        self.pages = QStackedWidget(self)

        # ----- first: what it means, and the passphrase -----
        confirm = QWidget(self.pages)
        warning = QLabel(self.tr(
            "Make a new recovery key if your recovery sheet is lost, or someone else may have "
            "seen it. Your current recovery key will stop working as soon as the new one is "
            "made, so throw the old sheet away. Backups made earlier still open with the "
            "old key."), confirm)
        warning.setWordWrap(True)
        self.passphrase = PassphraseField(self.tr("Passphrase"), confirm)
        # On by default: a new sheet alone leaves the old key working in old copies.
        self.rekey_check = QCheckBox(self.tr(
            "Also re-encrypt the journal under a new key, so that the old sheet cannot open "
            "backups or copies made from now on (recommended)"), confirm)
        self.rekey_check.setChecked(True)
        self.rekey_options = RekeyOptions(confirm)
        self.rekey_check.toggled.connect(self.rekey_options.setVisible)
        self.problem = ProblemLabel(self.tr("Recovery key problem"), confirm)
        self.passphrase.returnPressed.connect(self.try_replace)
        self.passphrase.textEdited.connect(lambda _t: self.problem.clear())
        self.busy_line = BusyLine(confirm)
        self.cancel_button = QPushButton(self.tr("Cancel"), confirm)
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        self.make_button = QPushButton(self.tr("&Make a new recovery key"), confirm)
        self.make_button.setAccessibleName(self.tr("Make a new recovery key"))
        self.make_button.setDefault(True)
        self.make_button.clicked.connect(self.try_replace)
        form = QFormLayout()
        form.addRow(self.tr("Your &passphrase:"), self.passphrase)
        confirm_buttons = QHBoxLayout()
        confirm_buttons.addStretch(1)
        confirm_buttons.addWidget(self.cancel_button)
        confirm_buttons.addWidget(self.make_button)
        confirm_layout = QVBoxLayout(confirm)
        confirm_layout.setContentsMargins(0, 0, 0, 0)
        confirm_layout.addWidget(warning)
        confirm_layout.addLayout(form)
        confirm_layout.addWidget(self.rekey_check)
        confirm_layout.addWidget(self.rekey_options)
        confirm_layout.addWidget(self.problem)
        confirm_layout.addWidget(self.busy_line)
        confirm_layout.addStretch(1)
        confirm_layout.addLayout(confirm_buttons)

        # ----- then: the new key, once -----
        key_page = QWidget(self.pages)
        self.panel = RecoveryKeyPanel(tasks, self.tr("Your new recovery key"), self.tr(
            "Your old recovery key no longer opens the journal; this one does. Print it or "
            "save it now, and keep it somewhere safe away from this computer — not in an "
            "email or a photo on your phone."), key_page)
        self.keep_first = QLabel(self.tr(
            "Please keep the new key first: save or print the sheet, then tick the box."),
            key_page)
        self.keep_first.setWordWrap(True)
        self.keep_first.hide()
        self.summary = QLabel(key_page)
        self.summary.setWordWrap(True)
        self.done_button = QPushButton(self.tr("&Done"), key_page)
        self.done_button.setAccessibleName(self.tr("Done"))
        self.done_button.setEnabled(False)
        self.panel.kept_check.toggled.connect(self._kept_toggled)
        self.done_button.clicked.connect(self.accept)
        key_layout = QVBoxLayout(key_page)
        key_layout.setContentsMargins(0, 0, 0, 0)
        key_layout.addWidget(self.panel)
        key_layout.addWidget(self.keep_first)
        key_layout.addWidget(self.summary)
        key_layout.addWidget(self.done_button, 0, Qt.AlignmentFlag.AlignRight)

        self.pages.addWidget(confirm)
        self.pages.addWidget(key_page)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.pages.setCurrentIndex(self.CONFIRM)
        self.passphrase.setFocus()

    @property
    def busy(self) -> bool:
        """True while the worker checks the passphrase and makes the key."""
        return self._busy

    @property
    def recovery_key(self) -> str:
        """The new key while it is shown, else ""."""
        return self.panel.recovery_key

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.passphrase.setEnabled(not busy)
        self.make_button.setEnabled(not busy)
        self.rekey_check.setEnabled(not busy)
        self.rekey_options.setEnabled(not busy)
        if busy:
            self.busy_line.start(self.tr("Making the new recovery key…"))
        else:
            self.busy_line.stop()

    def try_replace(self) -> None:
        """Check the passphrase, then replace the recovery key on the worker."""
        if self._busy or self.pages.currentIndex() != self.CONFIRM:
            return
        passphrase = self.passphrase.take()
        if not passphrase:
            self.problem.setText(self.tr("Please type your passphrase."))
            self.passphrase.setFocus()
            return
        self.problem.clear()
        self._set_busy(True)
        rekey, backups_choice = self.rekey_check.isChecked(), self.rekey_options.backups

        def replace(vault: Any) -> str | unlock.Rekeyed:
            check_current_passphrase(vault, passphrase)
            if rekey:
                return unlock.rekey(vault, passphrase, backups=backups_choice)
            key: str = vault.replace_recovery_key()
            return key

        self._tasks.run(replace, on_done=self._replaced, on_error=self._failed)

    def _replaced(self, made: str | unlock.Rekeyed) -> None:
        self._set_busy(False)
        if isinstance(made, unlock.Rekeyed):
            recovery_key = made.recovery_key
            self.summary.setText(rekey_summary(made))
        else:
            recovery_key = made
            self.summary.clear()
        self.panel.show_key(recovery_key, self._journal_path)
        self.pages.setCurrentIndex(self.KEY)
        self.panel.save_button.setFocus()
        self.replaced.emit()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, Locked):
            self.problem.setText(self.tr("That is not your passphrase. Nothing was changed; "
                                         "your recovery key still works."))
        else:
            self.problem.setText(error_text(error))
        self.passphrase.setFocus()

    def _kept_toggled(self, kept: bool) -> None:
        self.done_button.setEnabled(kept)
        if kept:
            self.keep_first.hide()

    def reject(self) -> None:
        """Esc or the close button: on the key page only once the key is kept
        (it is shown this once, and the old one no longer works)."""
        if self.pages.currentIndex() == self.KEY and not self.panel.kept_check.isChecked():
            self.keep_first.show()
            self.panel.kept_check.setFocus()
            return
        self.passphrase.clear()
        self.panel.clear()
        super().reject()

    def accept(self) -> None:
        if self.pages.currentIndex() == self.KEY and not self.panel.kept_check.isChecked():
            return
        self.passphrase.clear()
        self.panel.clear()
        super().accept()

    def clear_and_close(self) -> None:
        """On lock: forget the key shown and the passphrase typed, and close."""
        self.passphrase.clear()
        self.panel.clear()
        self.keep_first.hide()
        super().reject()


class RekeyOptions(QWidget):
    """What happens to the journal's own backups after a rekey, and the warning
    about copies elsewhere: shared by the rekey and new-recovery-key dialogs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.remake_choice = QRadioButton(self.tr(
            "Re-make my automatic backups under the new key (recommended)"), self)
        self.delete_choice = QRadioButton(self.tr("Delete my automatic backups"), self)
        self.remake_choice.setChecked(True)
        self.elsewhere = QLabel(self.tr(
            "Copies kept anywhere else — on a USB stick, another computer, or a backup you "
            "saved somewhere yourself — still open with the old passphrase and the old recovery "
            "key. Delete them once a new backup is made."), self)
        self.elsewhere.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.remake_choice)
        layout.addWidget(self.delete_choice)
        layout.addWidget(self.elsewhere)

    @property
    def backups(self) -> str:
        """unlock.BACKUPS_REMAKE or unlock.BACKUPS_DELETE."""
        if self.delete_choice.isChecked():
            return unlock.BACKUPS_DELETE
        return unlock.BACKUPS_REMAKE


def rekey_summary(done: unlock.Rekeyed) -> str:
    """What became of the journal's own backups, in the window's language."""
    parts: list[str] = []
    if done.remade:
        parts.append(QCoreApplication.translate(
            "RekeyDialog", "{n} automatic backups were re-made under the new key.")
            .format(n=len(done.remade)))
    if done.not_remade:
        parts.append(QCoreApplication.translate(
            "RekeyDialog", "{n} backups could not be re-made (damaged, or made under an older "
            "key) and were left as they were.").format(n=len(done.not_remade)))
    if done.deleted:
        parts.append(QCoreApplication.translate(
            "RekeyDialog", "{n} automatic backups were deleted.").format(n=len(done.deleted)))
    parts.append(QCoreApplication.translate(
        "RekeyDialog", "Copies kept elsewhere (a USB stick) still open with the old passphrase "
        "and recovery key: delete them."))
    return " ".join(parts)


class RekeyDialog(QDialog):
    """"I think my passphrase, recovery sheet, a backup or this laptop's copy was
    exposed…": re-encrypt the journal under a fresh key, with a new (or the same)
    passphrase and a new recovery key, shown once. Emits `rekeyed`."""

    rekeyed = Signal()

    CONFIRM, KEY = range(2)
    EXPOSED, RESTORED = "exposed", "restored"

    def __init__(self, tasks: TaskManager, journal_path: Path, parent: QWidget | None = None,
                 *, reason: str = EXPOSED) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._journal_path = journal_path
        self._busy = False
        self.setWindowTitle(self.tr("Make the journal's keys new"))
        self.setAccessibleName(self.tr("Make the journal's keys new"))
        self.setMinimumWidth(560)
        self.pages = QStackedWidget(self)

        confirm = QWidget(self.pages)
        if reason == self.RESTORED:
            why = self.tr(
                "You restored a backup. If you restored because this computer or the old one "
                "was lost, or a backup may have been copied, make the journal's keys new now: "
                "whatever holds the old ones cannot read what you write from now on.")
        else:
            why = self.tr(
                "If your passphrase, your recovery sheet, a backup or a copy of this journal "
                "(a lost laptop) may be in someone else's hands, this locks all of them out "
                "of the journal: it is re-encrypted under a new key, with a new recovery key. "
                "Choose a new passphrase too if the old one may have been seen.")
        self.intro = QLabel(why, confirm)
        self.intro.setWordWrap(True)
        self.old_passphrase = PassphraseField(self.tr("Current passphrase"), confirm)
        self.new_passphrase = PassphraseField(self.tr("New passphrase"), confirm)
        self.new_passphrase_again = PassphraseField(self.tr("New passphrase again"), confirm)
        self.strength = StrengthMeter(confirm)
        self.options = RekeyOptions(confirm)
        self.problem = ProblemLabel(self.tr("Key problem"), confirm)
        self.busy_line = BusyLine(confirm)
        self.cancel_button = QPushButton(self.tr("Cancel"), confirm)
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.go_button = QPushButton(self.tr("&Re-encrypt the journal"), confirm)
        self.go_button.setAccessibleName(self.tr("Re-encrypt the journal"))
        self.go_button.setDefault(True)
        form = QFormLayout()
        form.addRow(self.tr("&Current passphrase:"), self.old_passphrase)
        form.addRow(self.tr("&New passphrase:"), self.new_passphrase)
        form.addRow(self.tr("&Again:"), self.new_passphrase_again)
        form.addRow("", self.strength)
        keep_note = QLabel(self.tr("Leave the new passphrase empty to keep the current one."),
                           confirm)
        keep_note.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.go_button)
        confirm_layout = QVBoxLayout(confirm)
        confirm_layout.setContentsMargins(0, 0, 0, 0)
        confirm_layout.addWidget(self.intro)
        confirm_layout.addLayout(form)
        confirm_layout.addWidget(keep_note)
        confirm_layout.addWidget(self.options)
        confirm_layout.addWidget(self.problem)
        confirm_layout.addWidget(self.busy_line)
        confirm_layout.addLayout(buttons)

        key_page = QWidget(self.pages)
        self.panel = RecoveryKeyPanel(tasks, self.tr("Your new recovery key"), self.tr(
            "The journal is re-encrypted: the old passphrase (if you chose a new one), the old "
            "recovery key and earlier copies of the journal no longer open it. This is your "
            "new recovery key: print it or save it now and keep it away from this computer."),
            key_page)
        self.summary = QLabel(key_page)
        self.summary.setWordWrap(True)
        self.done_button = QPushButton(self.tr("&Done"), key_page)
        self.done_button.setAccessibleName(self.tr("Done"))
        self.done_button.setEnabled(False)
        self.panel.kept_check.toggled.connect(self.done_button.setEnabled)
        self.done_button.clicked.connect(self.accept)
        key_layout = QVBoxLayout(key_page)
        key_layout.setContentsMargins(0, 0, 0, 0)
        key_layout.addWidget(self.panel)
        key_layout.addWidget(self.summary)
        key_layout.addWidget(self.done_button, 0, Qt.AlignmentFlag.AlignRight)

        self.pages.addWidget(confirm)
        self.pages.addWidget(key_page)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.pages.setCurrentIndex(self.CONFIRM)

        self.new_passphrase.textChanged.connect(self._new_typed)
        self.old_passphrase.textEdited.connect(lambda _t: self.problem.clear())
        self.cancel_button.clicked.connect(self.reject)
        self.go_button.clicked.connect(self.try_rekey)
        self.old_passphrase.setFocus()

    @property
    def busy(self) -> bool:
        """True while the worker re-encrypts the journal."""
        return self._busy

    @property
    def recovery_key(self) -> str:
        """The new key while it is shown, else ""."""
        return self.panel.recovery_key

    def _new_typed(self, text: str) -> None:
        if text:
            self.strength.update_for(text)
        self.problem.clear()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for widget in (self.old_passphrase, self.new_passphrase, self.new_passphrase_again,
                       self.go_button, self.options):
            widget.setEnabled(not busy)
        if busy:
            self.busy_line.start(self.tr("Re-encrypting the journal…"))
        else:
            self.busy_line.stop()

    def try_rekey(self) -> None:
        """Check what was typed, then re-encrypt the journal on the worker."""
        if self._busy or self.pages.currentIndex() != self.CONFIRM:
            return
        old = self.old_passphrase.text()
        new = self.new_passphrase.text()
        if not old:
            self._say(self.tr("Please type your current passphrase."), self.old_passphrase)
            return
        if new != self.new_passphrase_again.text():
            self._say(self.tr("The two new passphrases are not the same."),
                      self.new_passphrase_again)
            return
        if new:
            strength = unlock.check_passphrase_strength(new)
            if not strength.acceptable:
                self._say(strength_words(strength), self.new_passphrase)
                return
        chosen, backups_choice = new or old, self.options.backups
        self.problem.clear()
        self._set_busy(True)

        def rekey(vault: Any) -> unlock.Rekeyed:
            check_current_passphrase(vault, old)
            return unlock.rekey(vault, chosen, backups=backups_choice)

        self._tasks.run(rekey, on_done=self._rekeyed, on_error=self._failed)

    def _say(self, text: str, field: QWidget) -> None:
        self.problem.setText(text)
        field.setFocus()

    def _rekeyed(self, done: unlock.Rekeyed) -> None:
        self._set_busy(False)
        self._clear_fields()
        self.panel.show_key(done.recovery_key, self._journal_path)
        self.summary.setText(rekey_summary(done))
        self.pages.setCurrentIndex(self.KEY)
        self.panel.save_button.setFocus()
        self.rekeyed.emit()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, Locked):
            self.old_passphrase.clear()
            self._say(self.tr("That is not your current passphrase. Nothing was changed; "
                              "please try again."), self.old_passphrase)
        else:
            self._say(error_text(error), self.old_passphrase)

    def _clear_fields(self) -> None:
        for field in (self.old_passphrase, self.new_passphrase, self.new_passphrase_again):
            field.clear()

    def reject(self) -> None:
        """Not while working, and on the key page only once the key is kept."""
        if self._busy:
            return
        if self.pages.currentIndex() == self.KEY and not self.panel.kept_check.isChecked():
            self.panel.kept_check.setFocus()
            return
        self._clear_fields()
        self.panel.clear()
        super().reject()

    def accept(self) -> None:
        if self.pages.currentIndex() == self.KEY and not self.panel.kept_check.isChecked():
            return
        self._clear_fields()
        self.panel.clear()
        super().accept()

    def clear_and_close(self) -> None:
        """On lock: forget what was typed and the key shown, and close."""
        self._clear_fields()
        self.panel.clear()
        self.problem.clear()
        super().reject()
