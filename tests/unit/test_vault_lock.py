"""The advisory lock beside a journal (flock semantics: one lock per open file, so
two locks in one process exclude each other as two processes would)."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from peerjournal import errors
from peerjournal.vault.lock import JournalLock, is_open_elsewhere, lock_path


def _journal(tmp_path: Path) -> Path:
    path = tmp_path / "journal.peerjournal"
    path.write_bytes(b"")
    return path


def test_readers_share_and_a_key_change_is_refused_while_another_holds_it(tmp_path: Path) -> None:
    path = _journal(tmp_path)
    first, second = JournalLock(path), JournalLock(path)
    first.acquire_shared()
    second.acquire_shared()
    assert is_open_elsewhere(path)
    with pytest.raises(errors.Refused, match="open in another window"), first.exclusively():
        pass
    assert first.mode == "shared" and not first.outdated  # still open, nothing lost
    second.release()
    with first.exclusively():
        assert first.mode == "exclusive"
        third = JournalLock(path)
        with pytest.raises(errors.Refused):
            third.acquire_shared(wait=0.2)  # a reader waits for a key change, then gives up
    assert first.mode == "shared"
    first.release()
    assert not is_open_elsewhere(path)
    assert stat.S_IMODE(lock_path(path).stat().st_mode) == 0o600


def test_an_exclusive_lock_is_refused_without_waiting(tmp_path: Path) -> None:
    path = _journal(tmp_path)
    reader = JournalLock(path)
    reader.acquire_shared()
    writer = JournalLock(path)
    with pytest.raises(errors.Refused):
        writer.acquire_exclusive()
    reader.release()
    writer.acquire_exclusive()
    assert writer.mode == "exclusive"
    writer.release()
    writer.release()  # twice is fine
