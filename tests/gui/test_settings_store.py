"""One Settings object, owned by the window and handed to its views: the
Backups window saves into the window's settings folder (it used to load and
save the default one), and a change is announced once."""

from __future__ import annotations

from pathlib import Path

from peerjournal.services import settings as settings_service
from peerjournal.ui.settings_store import SettingsStore
from tests.gui.journal_walk import create_journal, settle


def test_the_backups_window_uses_the_windows_settings(qtbot, window, tmp_path: Path):
    create_journal(qtbot, window)
    settle(qtbot, window)
    changes: list[bool] = []
    window.settings_store.changed.connect(lambda: changes.append(True))
    view = window._open_backup_view()
    usb = tmp_path / "usb"
    usb.mkdir()
    view.set_second_folder(usb)
    assert changes == [True]
    assert window.settings.second_backup_folder == str(usb)
    saved = settings_service.load(tmp_path / "config")
    assert saved.second_backup_folder == str(usb)
    assert settings_service.load().second_backup_folder != str(usb)  # not the default file
    view.close()


def test_a_change_is_saved_and_announced(qtbot, tmp_path: Path):
    store = SettingsStore(tmp_path / "config")
    seen: list[int] = []
    store.changed.connect(lambda: seen.append(store.settings.auto_lock_minutes))

    def ten(settings: settings_service.Settings) -> None:
        settings.auto_lock_minutes = 10

    store.update(ten)
    assert seen == [10]
    assert settings_service.load(tmp_path / "config").auto_lock_minutes == 10
