"""Backups in the window: Backup now (never over a file), Restore from…, the
second folder, the status bar line and reminder, and the damaged-journal offer."""

from __future__ import annotations

import os
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from peerjournal.core.models import Person
from peerjournal.services import backups
from peerjournal.services import settings as settings_service
from peerjournal.services.unlock import create_journal, unlock
from peerjournal.ui.tasks import TaskManager
from peerjournal.ui.views import backup_view
from peerjournal.ui.views.backup_view import (
    BackupStatus,
    BackupView,
    DamagedJournalDialog,
    backup_reminder,
    last_backup_text,
)

PASSPHRASE = "synthetic test passphrase"


@pytest.fixture
def journal(tmp_path: Path, vault_thread_guard: Any) -> Path:
    path = tmp_path / "journal.peerjournal"
    with vault_thread_guard.paused():
        vault, _key = create_journal(path, PASSPHRASE)
        try:
            vault.save(Person(id="p-1", preferred_name="Ana Lucía"))
        finally:
            vault.close()
    return path


def open_journal(qtbot: Any, tasks: TaskManager, path: Path) -> None:
    with qtbot.waitSignal(tasks.vault_opened, timeout=15000):
        tasks.open_vault(lambda: unlock(path, passphrase=PASSPHRASE))


def people_in(path: Path, guard: Any) -> list[str]:
    with guard.paused():
        vault = unlock(path, passphrase=PASSPHRASE)
        try:
            return sorted(p.id for p in vault.people())
        finally:
            vault.close()


def make_backup(journal: Path, target: Path, guard: Any, *, age: timedelta | None = None) -> Path:
    with guard.paused():
        vault = unlock(journal, passphrase=PASSPHRASE)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            vault.backup_to(target)
        finally:
            vault.close()
    if age is not None:
        stamp = (datetime.now() - age).timestamp()
        os.utime(target, (stamp, stamp))
    return target


@pytest.fixture
def view(qtbot: Any, tasks: TaskManager, journal: Path) -> Any:
    open_journal(qtbot, tasks, journal)
    shown = BackupView(tasks, journal)
    qtbot.addWidget(shown)
    yield shown
    shown.clear_and_close()


# ----- words -----


def test_status_bar_words(qapp):
    now = datetime(2025, 6, 10, 12, 0)
    assert last_backup_text(None) == "No backup yet"
    assert last_backup_text(now).startswith("Last backup: ")
    assert backup_reminder(now - timedelta(days=2), now) is None
    assert backup_reminder(now - timedelta(days=7), now) is None
    later = backup_reminder(now - timedelta(days=9), now)
    assert later is not None and "9 days" in later
    assert backup_reminder(None, now) is not None


# ----- backup now -----


def test_backup_now_writes_a_backup_that_verifies(
    qtbot, view, journal, monkeypatch, vault_thread_guard
):
    target = backups.backup_folder(journal) / "mine.pjbackup"
    target.parent.mkdir()
    monkeypatch.setattr(backup_view, "choose_backup_target", lambda *_args: target)
    with qtbot.waitSignal(view.backed_up, timeout=15000) as signal:
        view.backup_button.click()
    assert signal.args == [target]
    assert target.exists()
    assert (target.stat().st_mode & 0o777) == 0o600
    with vault_thread_guard.paused():
        backups.verify(target, passphrase=PASSPHRASE)
    assert "Wrote the backup" in view.status.text()
    qtbot.waitUntil(lambda: view.last.text().startswith("Last backup"), timeout=10000)


def test_backup_now_refuses_an_existing_file(qtbot, view, tmp_path, monkeypatch):
    target = tmp_path / "taken.pjbackup"
    target.write_bytes(b"something the peer keeps")
    monkeypatch.setattr(backup_view, "choose_backup_target", lambda *_args: target)
    fired: list[Any] = []
    view.backed_up.connect(fired.append)
    view.backup_button.click()
    assert "already exists" in view.status.text()
    assert target.read_bytes() == b"something the peer keeps"
    qtbot.wait(50)
    assert fired == []


def test_the_worker_refuses_too_if_the_file_appears_meanwhile(qtbot, tasks, journal, tmp_path):
    open_journal(qtbot, tasks, journal)
    target = tmp_path / "late.pjbackup"
    target.write_bytes(b"arrived first")
    errors: list[BaseException] = []
    tasks.run(lambda vault: backups.backup_now(vault, target), on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=10000)
    assert "already exists" in str(errors[0])
    assert target.read_bytes() == b"arrived first"


# ----- restore from -----


def test_restore_from_closes_the_journal_and_puts_the_backup_in_place(
    qtbot, tasks, journal, tmp_path, monkeypatch, vault_thread_guard
):
    backup = make_backup(journal, tmp_path / "before.pjbackup", vault_thread_guard)
    with vault_thread_guard.paused():  # a change after the backup, which the restore undoes
        vault = unlock(journal, passphrase=PASSPHRASE)
        vault.save(Person(id="p-2", preferred_name="Bea"))
        vault.close()
    open_journal(qtbot, tasks, journal)
    shown = BackupView(tasks, journal)
    qtbot.addWidget(shown)
    monkeypatch.setattr(backup_view, "choose_backup_file", lambda *_args: backup)
    monkeypatch.setattr(backup_view, "confirm", lambda *_args: True)
    monkeypatch.setattr(backup_view, "ask_passphrase", lambda *_args: PASSPHRASE)
    locked: list[bool] = []
    shown.restore_starting.connect(lambda: locked.append(True))
    with qtbot.waitSignal(shown.restored, timeout=20000) as signal:
        shown.restore_button.click()
    assert locked == [True]
    assert not tasks.is_open  # the window locks; the peer unlocks the restored journal
    kept = signal.args[0]
    assert kept is not None and Path(kept).exists()
    assert people_in(journal, vault_thread_guard) == ["p-1"]
    assert people_in(Path(kept), vault_thread_guard) == ["p-1", "p-2"]
    assert "restored" in shown.status.text()


def test_a_declined_restore_changes_nothing(
    qtbot, view, tasks, journal, tmp_path, monkeypatch, vault_thread_guard
):
    backup = make_backup(journal, tmp_path / "b.pjbackup", vault_thread_guard)
    monkeypatch.setattr(backup_view, "choose_backup_file", lambda *_args: backup)
    monkeypatch.setattr(backup_view, "confirm", lambda *_args: False)
    view.restore_button.click()
    assert tasks.is_open
    assert view.status.text() == ""


# ----- the second folder -----


def test_the_second_folder_is_kept_in_the_settings(qtbot, view, tmp_path, monkeypatch):
    usb = tmp_path / "USB"
    usb.mkdir()
    monkeypatch.setattr(backup_view, "choose_folder", lambda *_args: usb)
    view.choose_button.click()
    assert settings_service.load().second_backup_folder == str(usb)
    assert view.second_folder.text() == str(usb)
    view.clear_button.click()
    assert settings_service.load().second_backup_folder is None


# ----- the status bar -----


def test_backup_status_reports_the_newest_backup_and_reminds_when_old(
    qtbot, tasks, journal, vault_thread_guard
):
    folder = backups.backup_folder(journal)
    make_backup(journal, folder / "old.pjbackup", vault_thread_guard, age=timedelta(days=12))
    status = BackupStatus(tasks, journal)
    reminders: list[str] = []
    status.reminder.connect(reminders.append)
    with qtbot.waitSignal(status.text_changed, timeout=10000) as signal:
        status.refresh()
    assert signal.args[0].startswith("Last backup: ")
    assert reminders and "12 days" in reminders[0]

    make_backup(journal, folder / "new.pjbackup", vault_thread_guard)
    reminders.clear()
    with qtbot.waitSignal(status.text_changed, timeout=10000):
        status.refresh()
    assert reminders == []
    assert status.last_backup is not None
    assert datetime.now() - status.last_backup < timedelta(minutes=5)


# ----- a damaged journal -----


def damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 64] = bytes(b ^ 0xFF for b in data[middle : middle + 64])
    path.write_bytes(bytes(data))


def test_the_damaged_dialog_offers_the_newest_backup_and_restores_it(
    qtbot, tasks, journal, vault_thread_guard
):
    folder = backups.backup_folder(journal)
    make_backup(
        journal, folder / "journal-older.pjbackup", vault_thread_guard, age=timedelta(days=3)
    )
    newest = make_backup(
        journal, folder / "journal-newest.pjbackup", vault_thread_guard, age=timedelta(hours=1)
    )
    make_backup(
        journal, folder / "journal-oldest.pjbackup", vault_thread_guard, age=timedelta(days=9)
    )
    assert backups.find_backups(journal)[0].path.name == newest.name
    damaged_bytes = None
    damage(journal)
    damaged_bytes = journal.read_bytes()

    dialog = DamagedJournalDialog(
        tasks, journal, "The journal failed its integrity check.", passphrase=PASSPHRASE
    )
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.restore_button.isEnabled, timeout=10000)
    assert dialog.newest() is not None and dialog.newest().path == newest
    assert "journal-newest.pjbackup" in dialog.offer_text()
    assert "integrity" in dialog.explain.text()

    with qtbot.waitSignal(dialog.restored, timeout=20000) as signal:
        dialog.restore_button.click()
    kept = Path(signal.args[0])
    assert kept.read_bytes() == damaged_bytes  # the damaged file is kept, never written over
    assert people_in(journal, vault_thread_guard) == ["p-1"]


def test_the_damaged_dialog_says_when_there_is_no_backup(qtbot, tasks, journal):
    dialog = DamagedJournalDialog(tasks, journal, passphrase=PASSPHRASE)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: "No backup" in dialog.offer_text(), timeout=10000)
    assert not dialog.restore_button.isEnabled()
    assert dialog.newest() is None
