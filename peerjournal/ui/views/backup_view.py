"""Backups in the window: Backup now, Restore from…, the second backup folder
(a USB stick), the "Last backup" line for the status bar with a gentle
reminder after a week, and the offer to restore when a journal is damaged.

Every file operation runs on the journal worker. A restore closes the
journal first (the window locks), then puts the backup in its place,
keeping the old journal aside; the peer unlocks again afterwards.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from peerjournal.services import backups
from peerjournal.ui.a11y import StatusLine, show_content
from peerjournal.ui.models.text import when_text
from peerjournal.ui.settings_store import SettingsStore
from peerjournal.ui.tasks import TaskManager, describe_error

REMIND_AFTER = timedelta(days=7)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Backups", text)


# ----- words for the status bar -----


def last_backup_text(when: datetime | None) -> str:
    """The status bar's line: "Last backup: <when>", or that there is none yet."""
    if when is None:
        return _tr("No backup yet")
    return _tr("Last backup: {when}").format(when=when_text(when))


def backup_reminder(when: datetime | None, now: datetime) -> str | None:
    """A gentle sentence when the newest backup is more than a week old (or
    there is none); None otherwise."""
    if when is not None and now - when <= REMIND_AFTER:
        return None
    if when is None:
        return _tr(
            "Your journal has no backup yet. Backup now… keeps a copy you can restore "
            "if this computer is lost or breaks."
        )
    days = (now - when).days
    return _tr(
        "Your last backup is {days} days old. A fresh one (Backup now…), ideally on a USB "
        "stick, keeps your work safe."
    ).format(days=days)


# ----- finding backups -----


# The use case lives in services; the name stays here for the views that use it.
restore_newest_good = backups.restore_newest_good


def ask_passphrase(parent: QWidget | None, title: str, label: str) -> str | None:
    """Ask for a passphrase (hidden as typed); None when cancelled."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    text = QLabel(label, dialog)
    text.setWordWrap(True)
    field = QLineEdit(dialog)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(_tr("Passphrase"))
    text.setBuddy(field)
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(text)
    layout.addWidget(field)
    layout.addWidget(buttons)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    secret = field.text()
    field.clear()
    return secret if accepted and secret else None


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    """A yes/no question; True for yes."""
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def choose_backup_target(parent: QWidget | None, folder: Path, suggested: str) -> Path | None:
    """Where to write a new backup (the dialog does not offer to overwrite)."""
    name, _chosen = QFileDialog.getSaveFileName(
        parent,
        _tr("Backup now"),
        str(folder / suggested),
        _tr("PeerJournal backups (*.pjbackup)"),
        options=QFileDialog.Option.DontConfirmOverwrite,
    )
    return Path(name) if name else None


def choose_backup_file(parent: QWidget | None, folder: Path) -> Path | None:
    """Which backup file to restore from."""
    name, _chosen = QFileDialog.getOpenFileName(
        parent, _tr("Restore from"), str(folder), _tr("PeerJournal backups (*.pjbackup)")
    )
    return Path(name) if name else None


def choose_folder(parent: QWidget | None, start: str) -> Path | None:
    """A folder for the second backup (e.g. a USB stick)."""
    name = QFileDialog.getExistingDirectory(parent, _tr("Choose the second backup folder"), start)
    return Path(name) if name else None


# ----- the status bar -----


def short_place(path: Path) -> str:
    """A backup's file name and folder as a person reads them (~ for home)."""
    try:
        return "~/" + str(path.relative_to(Path.home()))
    except ValueError:
        return str(path)


class BackupStatus(QObject):
    """Keeps the status bar's "Last backup" line and the weekly reminder.

    Call `refresh()` after unlocking and after each backup; connect `text_changed`
    to a status bar label and `reminder` to a gentle, dismissable message."""

    text_changed = Signal(str)
    reminder = Signal(str)

    def __init__(
        self,
        tasks: TaskManager,
        vault_path: Path,
        parent: QObject | None = None,
        *,
        now: Callable[[], datetime] = datetime.now,
        settings: SettingsStore | None = None,
    ) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._vault_path = Path(vault_path)
        self._now = now
        self._settings = settings or SettingsStore(parent=self)
        self.text = ""
        self.last_backup: datetime | None = None
        self._written_here: datetime | None = None

    def note_written(self, when: datetime | None = None) -> None:
        """A backup was just written (perhaps on a USB stick that is not looked
        in): the line says so now, and a later look never shows an older time."""
        self._written_here = when or self._now()
        self._found(None)

    def refresh(self) -> None:
        """Look for the newest backup (off the GUI thread)."""
        second = self._settings.settings.second_backup_folder
        path = self._vault_path

        def job() -> datetime | None:
            found = backups.find_backups(path, second)
            return found[0].written_at if found else None

        self._tasks.run_plain(job, on_done=self._found, on_error=lambda _error: None)

    def _found(self, when: datetime | None) -> None:
        if self._written_here is not None and (when is None or when < self._written_here):
            when = self._written_here
        self.last_backup = when
        self.text = last_backup_text(when)
        self.text_changed.emit(self.text)
        nudge = backup_reminder(when, self._now())
        if nudge:
            self.reminder.emit(nudge)


# ----- the Backups dialog -----


class BackupView(QDialog):
    """Backup now…, Restore from…, and the second backup folder.

    Signals:
    - `backed_up(path)` after a backup was written;
    - `restore_starting()` just before the journal is closed for a restore:
      the main window locks (clears its views);
    - `restored(kept)` when the backup is in place (`kept`: where the old
      journal was kept, or None): the main window shows the unlock screen."""

    backed_up = Signal(object)
    restore_starting = Signal()
    restored = Signal(object)

    def __init__(self, tasks: TaskManager, vault_path: Path, parent: QWidget | None = None,
                 *, settings: SettingsStore | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._vault_path = Path(vault_path)
        self._settings = settings or SettingsStore(parent=self)
        self.setWindowTitle(self.tr("Backups"))
        self.setAccessibleName(self.tr("Backups"))

        self.last = QLabel(self)
        show_content(self.last, self.tr("Last backup"))
        bold = self.last.font()
        bold.setBold(True)
        self.last.setFont(bold)
        self.intro = QLabel(
            self.tr(
                "A backup is one encrypted file: the same passphrase or recovery key opens it. "
                "PeerJournal makes one each day you unlock, beside your journal and in the second "
                "folder below. Keep one on a USB stick, away from this computer."
            ),
            self,
        )
        self.intro.setWordWrap(True)

        self.backup_button = QPushButton(self.tr("&Backup now…"), self)
        self.backup_button.clicked.connect(self.backup_now)
        self.restore_button = QPushButton(self.tr("&Restore from…"), self)
        self.restore_button.clicked.connect(self.restore_from)
        actions = QHBoxLayout()
        actions.addWidget(self.backup_button)
        actions.addWidget(self.restore_button)
        actions.addStretch(1)

        self.second_folder = QLineEdit(self)
        self.second_folder.setReadOnly(True)
        self.second_folder.setPlaceholderText(self.tr("not set"))
        self.second_folder.setAccessibleName(self.tr("Second backup folder"))
        self.choose_button = QPushButton(self.tr("&Choose…"), self)
        self.choose_button.clicked.connect(self.choose_second_folder)
        self.clear_button = QPushButton(self.tr("&Stop using it"), self)
        self.clear_button.clicked.connect(lambda: self.set_second_folder(None))
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.second_folder, 1)
        folder_row.addWidget(self.choose_button)
        folder_row.addWidget(self.clear_button)
        form = QFormLayout()
        form.addRow(self.tr("Second backup &folder (USB stick):"), folder_row)
        folder_label = form.labelForField(folder_row)
        if isinstance(folder_label, QLabel):
            folder_label.setBuddy(self.choose_button)

        self.status = StatusLine(self)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        show_content(self.status, self.tr("Status"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.close)

        # The backups there are, newest first: when, and where.
        self.found_label = QLabel(self.tr("Backups found:"), self)
        self.found_list = QListWidget(self)
        self.found_list.setAccessibleName(self.tr("Backups found"))
        self.found_list.setMinimumHeight(self.fontMetrics().height() * 5)
        self.found_label.setBuddy(self.found_list)

        layout = QVBoxLayout(self)
        layout.addWidget(self.last)
        layout.addWidget(self.intro)
        layout.addLayout(actions)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.found_label)
        layout.addWidget(self.found_list, 1)
        layout.addWidget(close)
        self.resize(680, 460)
        self._written: list[backups.BackupFile] = []

        self.second_folder.setText(self._settings.settings.second_backup_folder or "")
        self.clear_button.setEnabled(bool(self.second_folder.text()))
        self.refresh()

    # ----- the last backup -----

    def refresh(self) -> None:
        """Show when the newest backup was written."""
        path, second = self._vault_path, self.second_folder.text() or None

        def job() -> list[backups.BackupFile]:
            return backups.find_backups(path, second)

        self._tasks.run_plain(job, on_done=self._show_found, on_error=self._failed)

    def _show_found(self, found: list[backups.BackupFile]) -> None:
        seen = {item.path for item in found}
        every = sorted(found + [item for item in self._written if item.path not in seen],
                       key=lambda item: item.written_at, reverse=True)
        self.last.setText(last_backup_text(every[0].written_at if every else None))
        self.found_list.clear()
        for item in every:
            self.found_list.addItem(f"{when_text(item.written_at)}  ·  {short_place(item.path)}")
        if not every:
            self.found_list.addItem(self.tr("No backup yet."))

    # ----- backup now -----

    def backup_now(self) -> None:
        """Ask where, then write one backup there (never over an existing file)."""
        folder = (
            Path(self.second_folder.text())
            if self.second_folder.text()
            else backups.backup_folder(self._vault_path)
        )
        if not folder.is_dir():
            folder = self._vault_path.parent
        suggested = (
            f"{self._vault_path.stem}-{datetime.now().strftime('%Y-%m-%d_%H%M%S')}{backups.SUFFIX}"
        )
        target = choose_backup_target(self, folder, suggested)
        if target is None:
            return
        if target.suffix != backups.SUFFIX:
            target = target.with_name(target.name + backups.SUFFIX)
        if target.exists():
            self.status.setText(
                self.tr(
                    "{name} already exists. A backup never replaces a file: choose a new name."
                ).format(name=target.name)
            )
            return
        self.status.setText(self.tr("Writing the backup…"))
        self.backup_button.setEnabled(False)

        def job(vault: Any) -> Path:
            backups.backup_now(vault, target)
            return target

        self._tasks.run(job, on_done=self._backed_up, on_error=self._backup_failed)

    def _backed_up(self, target: Path) -> None:
        self.backup_button.setEnabled(True)
        self.status.setText(
            self.tr(
                "Wrote the backup to {path}. The same passphrase or recovery key opens it."
            ).format(path=target)
        )
        self._written.append(backups.BackupFile(target, datetime.now()))
        self.backed_up.emit(target)
        self.refresh()

    def _backup_failed(self, error: BaseException) -> None:
        self.backup_button.setEnabled(True)
        self._failed(error)

    # ----- restore -----

    def restore_from(self) -> None:
        """Choose a backup, confirm, give its passphrase; then the journal is
        closed, the backup put in its place (the old journal kept aside), and
        the peer unlocks again."""
        source = choose_backup_file(self, backups.backup_folder(self._vault_path))
        if source is None:
            return
        if not confirm(
            self,
            self.tr("Restore from a backup"),
            self.tr(
                "Put the backup {name} in place of your journal?\n\nYour journal is closed first "
                "and kept aside (nothing is deleted); then you unlock the restored one."
            ).format(name=source.name),
        ):
            return
        secret = ask_passphrase(
            self,
            self.tr("Restore from a backup"),
            self.tr("The passphrase that opens this backup:"),
        )
        if secret is None:
            return
        self.start_restore(source, secret)

    def start_restore(self, source: Path, passphrase: str) -> None:
        """Close the journal (the window locks) and restore `source` in its place."""
        self.status.setText(self.tr("Restoring…"))
        self.restore_starting.emit()
        self._tasks.close_vault()
        target = self._vault_path

        def job() -> Path | None:
            kept = backups.restore(source, target, passphrase=passphrase, replace=True)
            self._unsealed = backups.seal_note(source) is not None
            return kept

        self._unsealed = False
        self._tasks.run_plain(job, on_done=self._restored, on_error=self._restore_failed)

    def _restored(self, kept: Path | None) -> None:
        where = (
            self.tr(" Your previous journal was kept at {path}.").format(path=kept) if kept else ""
        )
        if getattr(self, "_unsealed", False):
            where += " " + self.tr(
                "This backup was made by an earlier version of PeerJournal, before backups "
                "carried a seal: it passed every check, but nothing proves that its key header "
                "and its contents were made together. If it is older than you expected, restore "
                "a newer backup."
            )
        self.status.setText(self.tr("The backup is restored. Unlock it to continue.") + where)
        self.restored.emit(kept)

    def _restore_failed(self, error: BaseException) -> None:
        self.status.setText(
            describe_error(error)
            + " "
            + self.tr("Your journal was not changed. Unlock it to continue.")
        )
        self.restored.emit(None)

    # ----- the second folder -----

    def choose_second_folder(self) -> None:
        """Choose the second backup folder (a USB stick)."""
        folder = choose_folder(self, self.second_folder.text() or str(Path.home()))
        if folder is not None:
            self.set_second_folder(folder)

    def set_second_folder(self, folder: Path | None) -> None:
        """Keep (or forget) the second backup folder in the settings."""
        def change(current: Any) -> None:
            current.second_backup_folder = str(folder) if folder else None

        try:
            self._settings.update(change)
        except OSError:
            self.status.setText(self.tr("The setting could not be saved."))
            return
        self.second_folder.setText(str(folder) if folder else "")
        self.clear_button.setEnabled(folder is not None)
        self.status.setText(
            self.tr("Backups will also go to {path}.").format(path=folder)
            if folder
            else self.tr("Backups go beside your journal only.")
        )
        self.refresh()

    def _failed(self, error: BaseException) -> None:
        self.status.setText(describe_error(error))

    def clear_and_close(self) -> None:
        """Close (locking). Nothing personal is shown here; paths are cleared anyway."""
        self.status.clear()
        self.close()


# ----- a damaged journal -----


class DamagedJournalDialog(QDialog):
    """Shown when a journal fails its checks on opening (errors.Damaged): says
    so plainly and offers to restore the newest good backup. Nothing is written
    over the damaged file: it is kept aside.

    Signals: `restored(kept)` when a backup is in place: the caller unlocks again."""

    restored = Signal(object)

    def __init__(
        self,
        tasks: TaskManager,
        vault_path: Path,
        message: str = "",
        parent: QWidget | None = None,
        *,
        passphrase: str | None = None,
        second_folder: str | None = None,
        settings: SettingsStore | None = None,
    ) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._vault_path = Path(vault_path)
        self._passphrase = passphrase
        self._second = (
            second_folder
            if second_folder is not None
            else (settings or SettingsStore(parent=self)).settings.second_backup_folder
        )
        self._backups: list[backups.BackupFile] = []
        self.setWindowTitle(self.tr("The journal is damaged"))
        self.setAccessibleName(self.tr("The journal is damaged"))

        self.explain = QLabel(self)
        self.explain.setWordWrap(True)
        self.explain.setText(
            (message + "\n\n" if message else "")
            + self.tr(
                "This journal file did not pass its checks, so it was not opened. It has not been "
                "changed. You can restore your newest good backup: the damaged file is kept aside, "
                "never written over."
            )
        )
        self.offer = QLabel(self.tr("Looking for backups…"), self)
        self.offer.setWordWrap(True)
        show_content(self.offer, self.tr("Newest backup"))
        self.status = StatusLine(self)
        self.status.setWordWrap(True)
        show_content(self.status, self.tr("Status"))

        self.restore_button = QPushButton(self.tr("&Restore the newest backup"), self)
        self.restore_button.setEnabled(False)
        self.restore_button.setDefault(True)
        self.restore_button.clicked.connect(self.restore_newest)
        self.other_button = QPushButton(self.tr("Choose &another backup…"), self)
        self.other_button.clicked.connect(self._choose_other)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.other_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addWidget(self.offer)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(560, 280)
        self.look()

    def look(self) -> None:
        """Find the backups of this journal (off the GUI thread)."""
        path, second = self._vault_path, self._second
        self._tasks.run_plain(
            lambda: backups.find_backups(path, second),
            on_done=self._found,
            on_error=lambda error: self.offer.setText(describe_error(error)),
        )

    def newest(self) -> backups.BackupFile | None:
        """The newest backup found, if any."""
        return self._backups[0] if self._backups else None

    def offer_text(self) -> str:
        return self.offer.text()

    def _found(self, found: list[backups.BackupFile]) -> None:
        self._backups = found
        if not found:
            self.offer.setText(
                self.tr(
                    "No backup of this journal was found beside it or in the "
                    "second backup folder. If you have one elsewhere (a USB "
                    "stick), choose it with Choose another backup…"
                )
            )
            self.restore_button.setEnabled(False)
            return
        newest = found[0]
        self.offer.setText(
            self.tr("The newest backup is {name}, written {when}.").format(
                name=newest.path.name, when=when_text(newest.written_at)
            )
        )
        self.restore_button.setEnabled(True)

    def restore_newest(self) -> None:
        """Restore the newest backup that passes its checks (older ones if it does not)."""
        if not self._backups:
            return
        self._restore(list(self._backups))

    def _choose_other(self) -> None:
        source = choose_backup_file(self, self._vault_path.parent)
        if source is not None:
            written_at = datetime.fromtimestamp(source.stat().st_mtime)
            self._restore([backups.BackupFile(source, written_at)])

    def _restore(self, candidates: list[backups.BackupFile]) -> None:
        secret = self._passphrase or ask_passphrase(
            self, self.tr("Restore from a backup"), self.tr("The passphrase that opens the backup:")
        )
        if not secret:
            return
        target = self._vault_path
        self.restore_button.setEnabled(False)
        self.status.setText(self.tr("Checking and restoring the backup…"))
        self._tasks.run_plain(
            lambda: restore_newest_good(candidates, target, passphrase=secret),
            on_done=self._restored,
            on_error=self._failed,
        )

    def _restored(self, result: tuple[backups.BackupFile, Path | None]) -> None:
        used, kept = result
        where = self.tr(" The damaged file was kept at {path}.").format(path=kept) if kept else ""
        self.status.setText(
            self.tr("Restored the backup {name}. Unlock it to continue.").format(
                name=used.path.name
            )
            + where
        )
        self.restored.emit(kept)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.restore_button.setEnabled(bool(self._backups))
        self.status.setText(describe_error(error))

    def clear_and_close(self) -> None:
        """Forget the passphrase given and close (locking)."""
        self._passphrase = None
        self.close()


__all__ = [
    "BackupStatus",
    "BackupView",
    "DamagedJournalDialog",
    "backup_reminder",
    "last_backup_text",
    "restore_newest_good",
]
