"""The window's part of issue 13, driven as a peer would: "I think my passphrase…
was exposed…" re-encrypts the journal; a new recovery key does it by default;
a restore offers it; Person → Forget this person… leaves none of their words;
a second process on the same journal is named and key changes are refused."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from peerjournal.core.models import Encounter, Mode, Person
from peerjournal.ui.views.forget_person import ForgetPersonDialog
from peerjournal.ui.views.journal_keys import (
    ChangePassphraseDialog,
    NewRecoveryKeyDialog,
    RekeyDialog,
)
from peerjournal.ui.views.main_window import MainWindow
from peerjournal.vault import keys
from peerjournal.vault.backup import read_header
from tests.gui.journal_walk import PASSPHRASE, WAIT, create_journal, settle
from tests.gui.test_journal_keys import shown, unlock, write
from tests.helpers import cli
from tests.helpers.pages import decrypt_file

NEW = "violet harbor quiet engine"
CANARY = "Brindlewhorp"

HOLDER = """
import sys
from pathlib import Path
from peerjournal.vault import Vault
vault = Vault.open(Path(sys.argv[1]), passphrase=sys.argv[2])
print("OPEN", flush=True)
sys.stdin.readline()
vault.close()
"""


def _data_key(path: Path, passphrase: str) -> bytes:
    """The data key, read the slow way off the GUI thread's guard (key file only)."""
    return keys.unlock_slots(keys.read_sidecar(path), passphrase=passphrase, recovery_key=None)


def _journal(win: MainWindow) -> Path:
    path = win._journal_path
    assert path is not None
    return path


def _wait_daily_check(qtbot: Any, win: MainWindow) -> None:
    folder = _journal(win).with_name(f"{_journal(win).stem}-backups")
    qtbot.waitUntil(lambda: folder.is_dir() and any(folder.iterdir()), timeout=WAIT)
    settle(qtbot, win)


def test_the_exposed_action_re_encrypts_the_journal(qtbot, window):
    win: MainWindow = window
    create_journal(qtbot, win)
    _wait_daily_check(qtbot, win)
    path = _journal(win)
    old_key = _data_key(path, PASSPHRASE)
    (backup,) = path.with_name(f"{path.stem}-backups").iterdir()

    win.rekey_action.trigger()
    dialog: RekeyDialog = shown(RekeyDialog)
    assert dialog.options.remake_choice.isChecked()
    assert "USB stick" in dialog.options.elsewhere.text()
    dialog.old_passphrase.setText(PASSPHRASE)
    dialog.new_passphrase.setText("1234567890")
    dialog.new_passphrase_again.setText("1234567890")
    dialog.go_button.click()
    assert dialog.problem.text() and dialog.pages.currentIndex() == dialog.CONFIRM
    dialog.new_passphrase.setText(NEW)
    dialog.new_passphrase_again.setText(NEW)
    dialog.go_button.click()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == dialog.KEY, timeout=WAIT)
    assert len(dialog.recovery_key) > 20
    assert "1 automatic backups were re-made" in dialog.summary.text()
    assert "USB stick" in dialog.summary.text()
    assert not dialog.done_button.isEnabled()
    dialog.panel.kept_check.setChecked(True)
    dialog.done_button.click()
    assert not dialog.isVisible() and dialog.panel.key_label.text() == ""

    new_key = _data_key(path, NEW)
    assert new_key != old_key
    pages = decrypt_file(path, new_key)
    assert pages.unreadable == [] and pages.pages
    assert decrypt_file(path, old_key).pages == {}
    remade = keys.unlock_slots(read_header(backup).slots, passphrase=NEW, recovery_key=None)
    assert remade == new_key  # the automatic backup was re-made under the new key
    win.lock()
    assert not unlock(qtbot, win, PASSPHRASE)
    assert unlock(qtbot, win, NEW)


def test_a_new_recovery_key_re_encrypts_by_default(qtbot, window):
    win: MainWindow = window
    create_journal(qtbot, win)
    _wait_daily_check(qtbot, win)
    path = _journal(win)
    old_key = _data_key(path, PASSPHRASE)
    win.new_recovery_key_action.trigger()
    dialog: NewRecoveryKeyDialog = shown(NewRecoveryKeyDialog)
    assert dialog.rekey_check.isChecked()
    dialog.passphrase.setText(PASSPHRASE)
    dialog.make_button.click()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == dialog.KEY, timeout=WAIT)
    assert "USB stick" in dialog.summary.text()
    dialog.panel.kept_check.setChecked(True)
    dialog.done_button.click()
    assert _data_key(path, PASSPHRASE) != old_key  # same passphrase, new key


def test_forget_this_person_from_the_person_menu(qtbot, window):
    win: MainWindow = window
    create_journal(qtbot, win)
    person = Person(id="p-forget", preferred_name="Rowan Teal", notes=f"likes {CANARY}")
    meeting = Encounter(
        id="e-forget",
        person_id="p-forget",
        occurred_at=datetime(2026, 1, 2, 9),
        mode=Mode.PHONE,
        their_story=f"talked about {CANARY}",
    )
    write(qtbot, win, person, meeting)
    view = win.journal
    assert view is not None
    view.people_model.reload()
    view.open_person("p-forget")
    qtbot.waitUntil(lambda: view.person_page.name.text() == "Rowan Teal", timeout=WAIT)

    win.forget_person_action.trigger()
    dialog: ForgetPersonDialog = shown(ForgetPersonDialog)
    qtbot.waitUntil(lambda: dialog.forget_button.isEnabled(), timeout=WAIT)
    assert "1 records" in dialog.what.text()
    assert "Earlier backups still hold them" in dialog.backups_note.text()
    assert dialog.cancel_button.isDefault()
    with qtbot.waitSignal(dialog.forgotten, timeout=WAIT):
        dialog.forget_button.click()
    settle(qtbot, win)
    assert view.current_person_id() != "p-forget"
    path = _journal(win)
    assert decrypt_file(path, _data_key(path, PASSPHRASE)).holding(CANARY) == []


@pytest.fixture
def held_elsewhere(window: MainWindow) -> Iterator[Any]:
    """Start another process holding the window's journal open; yields a starter."""
    procs: list[subprocess.Popen[str]] = []

    def start(path: Path) -> None:
        env = {k: v for k, v in os.environ.items() if not k.startswith("PEERJOURNAL_")}
        env["PYTHONPATH"] = os.pathsep.join([str(cli.NONET), str(cli.ROOT)])
        proc = subprocess.Popen(
            [sys.executable, "-c", HOLDER, str(path), PASSPHRASE],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        procs.append(proc)
        assert proc.stdout is not None and proc.stdout.readline().strip() == "OPEN"

    yield start
    for proc in procs:
        if proc.poll() is None and proc.stdin is not None:
            proc.stdin.write("\n")
            proc.stdin.flush()
            proc.wait(timeout=30)
        for pipe in (proc.stdin, proc.stdout):
            if pipe is not None:
                pipe.close()


def test_a_second_process_is_named_and_key_changes_refused(qtbot, window, held_elsewhere):
    win: MainWindow = window
    create_journal(qtbot, win)
    path = _journal(win)
    win.lock()
    held_elsewhere(path)
    assert unlock(qtbot, win, PASSPHRASE)
    qtbot.waitUntil(lambda: win.open_elsewhere_notice is not None, timeout=WAIT)
    notice = win.open_elsewhere_notice
    assert isinstance(notice, QMessageBox) and "another PeerJournal window" in notice.text()
    notice.close()
    _wait_daily_check(qtbot, win)

    before = keys.sidecar_path(path).read_bytes()
    win.change_passphrase_action.trigger()
    change: ChangePassphraseDialog = shown(ChangePassphraseDialog)
    change.old_passphrase.setText(PASSPHRASE)
    change.new_passphrase.setText(NEW)
    change.new_passphrase_again.setText(NEW)
    change.change_button.click()
    qtbot.waitUntil(lambda: not change.busy, timeout=WAIT)
    assert "open in another window" in change.problem.text()
    assert keys.sidecar_path(path).read_bytes() == before
    change.reject()
    assert [w for w in QApplication.topLevelWidgets() if isinstance(w, RekeyDialog)] == []


def test_a_restore_offers_to_make_the_keys_new(qtbot, window, tmp_path, monkeypatch):
    from peerjournal.ui.views import backup_view

    win: MainWindow = window
    create_journal(qtbot, win)
    target = tmp_path / "usb" / "kept.pjbackup"
    target.parent.mkdir()
    monkeypatch.setattr(backup_view, "choose_backup_target", lambda *_a: target)
    monkeypatch.setattr(backup_view, "choose_backup_file", lambda *_a: target)
    monkeypatch.setattr(backup_view, "confirm", lambda *_a: True)
    monkeypatch.setattr(backup_view, "ask_passphrase", lambda *_a: PASSPHRASE)
    win.backup_action.trigger()
    qtbot.waitUntil(lambda: target.exists(), timeout=WAIT)
    win.backup_window.close()
    with qtbot.waitSignal(win.locked, timeout=WAIT):
        win.restore_action.trigger()
    qtbot.waitUntil(lambda: "restored" in win.statusBar().currentMessage(), timeout=WAIT)
    assert unlock(qtbot, win, PASSPHRASE)
    offer: RekeyDialog = shown(RekeyDialog)
    assert "You restored a backup" in offer.intro.text()
    offer.reject()


def test_a_second_window_brings_the_first_forward_without_a_socket(qtbot, window, tmp_path):
    first: MainWindow = window
    create_journal(qtbot, first)
    second = MainWindow(_journal(first), use_dbus=False, settings_folder=tmp_path / "config2")
    qtbot.addWidget(second)
    second.show()
    try:
        assert unlock(qtbot, second, PASSPHRASE)
        qtbot.waitUntil(lambda: second.open_elsewhere_notice is not None, timeout=WAIT)
        with qtbot.waitSignal(first.raised_on_request, timeout=WAIT):
            second.bring_forward_button.click()
        qtbot.waitUntil(lambda: not second.is_unlocked, timeout=WAIT)
        assert first.is_unlocked
        assert "Another window asked" in first.statusBar().currentMessage()
    finally:
        second.shutdown()
