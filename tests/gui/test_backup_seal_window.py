"""Restoring a backup from before seals (issue 13): it restores, and the window
says plainly that nothing proves its header and contents belong together."""

from __future__ import annotations

from pathlib import Path

from peerjournal.ui.views import backup_view
from peerjournal.ui.views.backup_view import BackupView
from tests.gui.test_backup_view import journal, make_backup, open_journal  # noqa: F401
from tests.helpers import vault_fixtures
from tests.unit.test_backup_seal import _legacy_backup


def _restore(qtbot, tasks, journal_path: Path, backup: Path, passphrase: str, monkeypatch):
    open_journal(qtbot, tasks, journal_path)
    shown = BackupView(tasks, journal_path)
    qtbot.addWidget(shown)
    monkeypatch.setattr(backup_view, "choose_backup_file", lambda *_args: backup)
    monkeypatch.setattr(backup_view, "confirm", lambda *_args: True)
    monkeypatch.setattr(backup_view, "ask_passphrase", lambda *_args: passphrase)
    with qtbot.waitSignal(shown.restored, timeout=20000) as signal:
        shown.restore_button.click()
    assert signal.args[0] is not None  # the journal that was there is kept aside
    return shown.status.text()


def test_a_backup_from_before_seals_restores_with_a_note(
    qtbot,
    tasks,
    journal,  # noqa: F811 (the fixture imported above)
    tmp_path,
    monkeypatch,
    vault_thread_guard,
):
    with vault_thread_guard.paused():
        legacy = _legacy_backup(tmp_path)
    text = _restore(qtbot, tasks, journal, legacy, vault_fixtures.PASSPHRASE, monkeypatch)
    assert "restored" in text and "before backups carried a seal" in text


def test_a_sealed_backup_restores_without_the_note(
    qtbot,
    tasks,
    journal,  # noqa: F811 (the fixture imported above)
    tmp_path,
    monkeypatch,
    vault_thread_guard,
):
    from tests.gui.test_backup_view import PASSPHRASE

    backup = make_backup(journal, tmp_path / "b.pjbackup", vault_thread_guard)
    text = _restore(qtbot, tasks, journal, backup, PASSPHRASE, monkeypatch)
    assert "restored" in text and "carried a seal" not in text
