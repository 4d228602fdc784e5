"""Backups in the real window: the daily backup on unlock and the "Last
backup" line, Restore from… (the window locks, the backup goes in place,
the peer unlocks the restored journal), and a damaged journal found on
unlocking, with the newest good backup offered and restored."""

from __future__ import annotations

from peerjournal.services import backups
from peerjournal.ui.views import backup_view
from peerjournal.ui.views.main_window import MainWindow
from tests.gui.test_main_window import PASSPHRASE, WAIT, add_person, create_journal, unlock


def people_names(win: MainWindow) -> list[str]:
    view = win.journal
    assert view is not None
    return [view.people_model.row_at(r).preferred_name for r in range(view.people_model.rowCount())]


def test_the_daily_backup_goes_where_the_vault_keeps_its_backups(qtbot, window, tmp_path):
    win: MainWindow = window
    create_journal(qtbot, win)
    journal = tmp_path / "journal.peerjournal"
    qtbot.waitUntil(lambda: win.backup_label.text().startswith("Last backup:"), timeout=WAIT)
    folder = backups.backup_folder(journal)
    assert folder == tmp_path / "journal-backups"  # the folder the vault's migrations use
    assert len(list(folder.glob("*.pjbackup"))) == 1
    # At most one a day: unlocking again writes no second file.
    win.lock()
    unlock(qtbot, win, PASSPHRASE)
    qtbot.waitUntil(lambda: win.backup_label.text().startswith("Last backup:"), timeout=WAIT)
    assert len(list(folder.glob("*.pjbackup"))) == 1


def test_a_missing_second_folder_is_said_plainly_and_does_not_block(qtbot, tmp_path):
    from peerjournal.services import settings as app_settings

    config = tmp_path / "config"
    app_settings.save(app_settings.Settings(second_backup_folder=str(tmp_path / "no-usb")),
                      config)
    win = MainWindow(tmp_path / "journal.peerjournal", use_dbus=False, settings_folder=config)
    qtbot.addWidget(win)
    win.show()
    try:
        create_journal(qtbot, win)
        qtbot.waitUntil(lambda: "USB stick" in win.statusBar().currentMessage(), timeout=WAIT)
        assert win.is_unlocked
        add_person(qtbot, win, "Still Working")
    finally:
        win.shutdown()


def test_restore_from_locks_restores_and_unlocks_the_backup(qtbot, window, tmp_path,
                                                            monkeypatch):
    win: MainWindow = window
    create_journal(qtbot, win)
    add_person(qtbot, win, "Before Backup")
    target = tmp_path / "usb" / "kept.pjbackup"
    target.parent.mkdir()
    monkeypatch.setattr(backup_view, "choose_backup_target", lambda *_a: target)
    monkeypatch.setattr(backup_view, "choose_backup_file", lambda *_a: target)
    monkeypatch.setattr(backup_view, "confirm", lambda *_a: True)
    monkeypatch.setattr(backup_view, "ask_passphrase", lambda *_a: PASSPHRASE)
    win.backup_action.trigger()
    qtbot.waitUntil(lambda: target.exists(), timeout=WAIT)
    win.backup_window.close()
    add_person(qtbot, win, "After Backup")

    with qtbot.waitSignal(win.locked, timeout=WAIT):
        win.restore_action.trigger()
    assert not win.is_unlocked
    qtbot.waitUntil(lambda: "restored" in win.statusBar().currentMessage(), timeout=WAIT)
    assert "kept at" in win.statusBar().currentMessage()
    assert win.welcome.isVisible() and win.welcome.passphrase.isVisible()
    assert list(tmp_path.glob("journal.peerjournal.replaced-*"))  # the old one, kept aside

    unlock(qtbot, win, PASSPHRASE)
    qtbot.waitUntil(lambda: win.is_unlocked, timeout=WAIT)
    qtbot.waitUntil(lambda: people_names(win) == ["Before Backup"], timeout=WAIT)


def test_a_damaged_journal_offers_its_newest_backup(qtbot, window, tmp_path):
    win: MainWindow = window
    create_journal(qtbot, win)
    journal = tmp_path / "journal.peerjournal"
    # Today's backup is made on unlock, on its own connection: wait for it, then add a person.
    qtbot.waitUntil(lambda: win.backup_label.text().startswith("Last backup:"), timeout=WAIT)
    add_person(qtbot, win, "Kept Safe")
    win.lock()
    qtbot.waitUntil(lambda: not win.tasks.busy, timeout=WAIT)
    # Today's backup was made on unlock, before the person was added: add them again
    # after restoring. First, damage the journal's first page.
    data = bytearray(journal.read_bytes())
    data[40] ^= 0xFF
    journal.write_bytes(bytes(data))

    unlock(qtbot, win, PASSPHRASE)
    qtbot.waitUntil(lambda: win.damaged_dialog is not None, timeout=WAIT)
    dialog = win.damaged_dialog
    assert not win.is_unlocked
    qtbot.waitUntil(dialog.restore_button.isEnabled, timeout=WAIT)
    assert "journal-" in dialog.offer_text()
    assert dialog.newest() is not None
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: "restored" in win.statusBar().currentMessage(), timeout=WAIT)
    assert win.damaged_dialog is None
    assert list(tmp_path.glob("journal.peerjournal.replaced-*"))  # never written over

    unlock(qtbot, win, PASSPHRASE)
    qtbot.waitUntil(lambda: win.is_unlocked, timeout=WAIT)
    qtbot.waitUntil(lambda: not win.journal.people_model.loading, timeout=WAIT)
    assert people_names(win) == []  # the backup of this morning, before "Kept Safe"
    assert win.welcome.unlock_error.text() == ""



def test_damage_past_the_first_page_is_found_after_unlock(qtbot, window, tmp_path,
                                                          vault_thread_guard):
    """The first page opens fine; the daily check on its own connection reads every
    page, finds the damage, locks the journal and offers a backup."""
    from datetime import date

    from peerjournal.services import unlock as unlocking

    win: MainWindow = window
    journal = tmp_path / "journal.peerjournal"
    with vault_thread_guard.paused():  # building the test journal, no window involved
        vault, _ = unlocking.create_demo_journal(journal, PASSPHRASE, people=20, encounters=400,
                                                 today=date.today())
        vault.close()
    data = bytearray(journal.read_bytes())
    middle = (len(data) // 4096 // 2) * 4096 + 300
    data[middle:middle + 32] = bytes(b ^ 0x5A for b in data[middle:middle + 32])
    journal.write_bytes(bytes(data))

    win.welcome.select_journal(journal)
    unlock(qtbot, win, PASSPHRASE)
    qtbot.waitUntil(lambda: win.damaged_dialog is not None, timeout=WAIT)
    assert not win.is_unlocked  # locked at once: a damaged journal is not used further
    assert "damaged" in win.damaged_dialog.explain.text().lower()
    assert not list(backups.backup_folder(journal).glob("*.pjbackup"))  # never backed up

