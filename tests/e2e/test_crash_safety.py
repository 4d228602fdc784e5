"""Kill a process that is writing the journal (SIGKILL) at random moments; after each
kill the journal verifies, every acknowledged change is there, none is half there."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers.crash_harness import run_harness

pytestmark = [pytest.mark.e2e, pytest.mark.slow]


def test_kills_during_imports_edits_and_backups(tmp_path: Path) -> None:
    result = run_harness(tmp_path, kills=12, seed=2026)
    assert result.problems == []
    assert result.kills == 12 and result.verified == 12
    assert result.acknowledged > 12  # the worker really got work done between kills
    assert result.lost == 0 and result.half_written == 0


def test_kills_during_rekeys_leave_the_old_or_the_new_passphrase_working(tmp_path: Path) -> None:
    result = run_harness(tmp_path, kills=12, seed=13, min_wait=0.5, max_wait=1.5, ops="rekey")
    assert result.problems == []
    assert result.kills == 12 and result.verified == 12
    assert result.rekeys_done > 12  # many rekeys, so kills land inside them
    assert result.lost == 0
