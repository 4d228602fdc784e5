"""Kill a journal-writing process at random moments, hundreds of times, and check
each time: the journal verifies, every acknowledged change is there, and no change
is half there. Used by the test suite (a few dozen kills) and by
benchmarks/crash_harness.py (hundreds)."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from peerjournal.core.models import Encounter, Mode, Person
from peerjournal.services import backups, unlock
from tests.helpers.crash_child import EDITED_ID, rekey_passphrase

ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "crash harness passphrase"


@dataclass
class HarnessResult:
    kills: int = 0
    verified: int = 0
    acknowledged: int = 0
    lost: int = 0
    half_written: int = 0
    backups_checked: int = 0
    rekeys_begun: int = 0
    rekeys_done: int = 0
    opened_with_new_after_unacknowledged_rekey: int = 0
    problems: list[str] = field(default_factory=list)


def _by_batch(ids: set[str]) -> dict[int, tuple[int, set[str]]]:
    """Ids "p-<batch>x<size>-<i>" / "e-<batch>x<size>-<i>" grouped by batch:
    (the batch's size, the set of its i present)."""
    grouped: dict[int, tuple[int, set[str]]] = {}
    for record_id in ids:
        parts = record_id.split("-")
        if len(parts) == 3 and "x" in parts[1]:
            batch, size = (int(n) for n in parts[1].split("x"))
            grouped.setdefault(batch, (size, set()))[1].add(parts[2])
    return grouped


def _setup(folder: Path) -> Path:
    vault_path = folder / "crash.peerjournal"
    vault, _ = unlock.create_journal(vault_path, PASSPHRASE)
    vault.save(Person(id="p-edited", preferred_name="Edited"))
    vault.save(
        Encounter(
            id=EDITED_ID,
            person_id="p-edited",
            occurred_at=datetime(2026, 1, 1, 9, 0),
            mode=Mode.PHONE,
            their_story="version 0",
        )
    )
    vault.close()
    return vault_path


def _run_child(
    vault_path: Path,
    backup_dir: Path,
    seed: int,
    start: int,
    kill_after: float,
    passphrase: str = PASSPHRASE,
    ops: str = "mixed",
) -> list[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT), PEERJOURNAL_TEST_FAST_KDF="1")
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.helpers.crash_child",
            str(vault_path),
            passphrase,
            str(backup_dir),
            str(seed),
            str(start),
            ops,
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )
    lines: list[str] = []

    def read() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            lines.append(line.strip())

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        time.sleep(kill_after)
        if proc.poll() is not None:
            err = proc.stderr.read() if proc.stderr else ""
            raise RuntimeError(f"the worker stopped by itself: {err[-500:]}")
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        reader.join(timeout=5)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        for pipe in (proc.stdout, proc.stderr):
            if pipe is not None:
                pipe.close()
    # Only complete lines count: a line cut by the kill was never acknowledged.
    return [line for line in lines if line.startswith(("ACK ", "BEGIN "))]


def _passphrase_that_opens(vault_path: Path, candidates: list[str]) -> str | None:
    """The first candidate that opens the journal: after a kill during a rekey,
    the old passphrase or the new one must, never neither."""
    for candidate in candidates:
        try:
            backups.verify(vault_path, passphrase=candidate)
        except Exception:
            continue
        return candidate
    return None


def run_harness(
    folder: Path,
    *,
    kills: int,
    seed: int = 0,
    min_wait: float = 0.4,
    max_wait: float = 1.6,
    ops: str = "mixed",
) -> HarnessResult:
    """Run `kills` kill-and-check cycles on one journal in `folder` (ops "rekey":
    rekeys and edits only, so that many kills land inside a rekey)."""
    rng = random.Random(seed)
    vault_path = _setup(folder)
    backup_dir = folder / "backups"
    backup_dir.mkdir()
    result = HarnessResult()
    acked_batches: set[int] = set()
    last_acked_edit = 0
    acked_backups: dict[int, str] = {}
    counter = 0
    passphrase = PASSPHRASE
    for cycle in range(kills):
        start = counter
        acks = _run_child(
            vault_path,
            backup_dir,
            rng.randrange(1 << 30),
            start,
            rng.uniform(min_wait, max_wait),
            passphrase,
            ops,
        )
        result.kills += 1
        counter = start + 100_000  # each cycle numbers its changes apart
        begun: str | None = None
        for line in acks:
            kind, op, n = line.split()
            if kind == "BEGIN":
                result.rekeys_begun += 1
                begun = rekey_passphrase(int(n))
                continue
            result.acknowledged += 1
            if op == "import":
                acked_batches.add(int(n))
            elif op == "edit":
                last_acked_edit = max(last_acked_edit, int(n))
            elif op == "rekey":
                result.rekeys_done += 1
                passphrase, begun = rekey_passphrase(int(n)), None
            else:
                acked_backups[int(n)] = passphrase
        # A rekey killed half-way: the old passphrase or the new one opens it.
        opens = _passphrase_that_opens(vault_path, [passphrase, *([begun] if begun else [])])
        if opens is None:
            result.problems.append(
                f"cycle {cycle}: the journal did not verify with the old or the new passphrase"
            )
            continue
        if opens != passphrase:
            result.opened_with_new_after_unacknowledged_rekey += 1
            passphrase = opens
        result.verified += 1
        vault = unlock.unlock(vault_path, passphrase=passphrase)
        try:
            present = vault.ids()
            people = present["people"]
            encounters = present["encounters"]
            people_of = _by_batch(people)
            encounters_of = _by_batch(encounters)
            for batch in acked_batches - people_of.keys():
                result.lost += 1
                result.problems.append(f"cycle {cycle}: acknowledged import {batch} is missing")
            for batch in people_of.keys() | encounters_of.keys():
                # An import is all of its people and one encounter each, or nothing.
                size, people_in = people_of.get(batch, (0, set()))
                _, encounters_in = encounters_of.get(batch, (0, set()))
                whole = {str(i) for i in range(size)}
                if people_in != whole or encounters_in != whole:
                    result.half_written += 1
                    result.problems.append(f"cycle {cycle}: import {batch} is half there")
            story = vault.get(Encounter, EDITED_ID).their_story or ""
            version = int(story.split()[1])
            if version < last_acked_edit:
                result.lost += 1
                result.problems.append(
                    f"cycle {cycle}: edit {last_acked_edit} lost (found {version})"
                )
        finally:
            vault.close()
    for n, made_with in sorted(acked_backups.items()):
        path = backup_dir / f"backup-{n}.pjbackup"
        try:
            backups.verify(path, passphrase=made_with)
            result.backups_checked += 1
        except Exception as exc:
            result.problems.append(
                f"acknowledged backup {n} does not verify ({type(exc).__name__})"
            )
    return result


def summary(result: HarnessResult) -> str:
    return json.dumps({k: v for k, v in result.__dict__.items() if k != "problems"})
