"""A manual backup killed half-way (`backup --out`, or Backup now in the window)
leaves an encrypted, full-size temp file in the folder chosen; the folder is
remembered inside the journal, and the next backup sweeps it (issue 13)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from peerjournal.services import backups, unlock
from peerjournal.vault import Vault
from tests.helpers.vault_fixtures import PASSPHRASE, make_vault, synthetic

ROOT = Path(__file__).resolve().parents[2]


def _killed_backup(vault_path: Path, target: Path) -> None:
    """`backups.backup_now` in another process, killed (SIGKILL) once every byte
    of the backup is written but before it is renamed into place."""
    code = textwrap.dedent(
        f"""
        import os, signal, sys
        sys.path.insert(0, {str(ROOT)!r})
        from pathlib import Path
        from peerjournal.services import backups, unlock
        vault = unlock.unlock(Path({str(vault_path)!r}), passphrase={PASSPHRASE!r})
        os.fsync = lambda fd: os.kill(os.getpid(), signal.SIGKILL)
        backups.backup_now(vault, Path({str(target)!r}))
        """
    )
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True)
    assert proc.returncode == -signal.SIGKILL, proc.stderr


def _age(path: Path, seconds: float) -> None:
    then = path.stat().st_mtime - seconds
    os.utime(path, (then, then))


@pytest.fixture
def journal(tmp_path: Path) -> Path:
    folder = tmp_path / "j"
    folder.mkdir()
    vault, _ = make_vault(folder, synthetic(people=3, encounters=20))
    vault.close()
    return vault.path


def test_a_killed_manual_backup_is_swept_by_the_daily_backup(journal: Path, tmp_path: Path) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    _killed_backup(journal, usb / "monday.pjbackup")
    (left,) = usb.iterdir()
    assert left.name.startswith(".monday.pjbackup.") and left.name.endswith(".tmp")
    assert left.stat().st_size > 10_000  # a full-size encrypted copy
    _age(left, 3600)
    someone_elses = usb / ".holiday.pjbackup.ab12cd34.tmp"  # not a name this journal wrote
    someone_elses.write_bytes(b"x")
    _age(someone_elses, 3600)
    notes = usb / "notes.txt"
    notes.write_bytes(b"x")
    _age(notes, 3600)

    vault = unlock.unlock(journal, passphrase=PASSPHRASE)
    try:
        result = backups.daily_check(vault.open_companion())
    finally:
        vault.close()
    assert result.backup.problems == ()
    assert not left.exists()
    assert someone_elses.exists() and notes.exists()


def test_a_fresh_temp_is_left_alone_and_swept_later(journal: Path, tmp_path: Path) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    _killed_backup(journal, usb / "b.pjbackup")
    (left,) = usb.iterdir()
    with Vault.open(journal, passphrase=PASSPHRASE) as vault:
        # Just now: it may be another window's backup still being written.
        backups.backup_now(vault, usb / "second.pjbackup")
        assert left.exists()
        later = datetime.now() + timedelta(hours=1)
        backups.backup_now(vault, usb / "third.pjbackup", now=later)
        assert not left.exists()
        assert sorted(p.name for p in usb.iterdir()) == ["second.pjbackup", "third.pjbackup"]
        # Nothing of ours is left there: the places are forgotten again.
        assert vault.sweep_backup_places(later) == 0
