"""A worker that changes a journal as fast as it can and says "ACK ..." after
each change is committed, until it is killed (SIGKILL) by the crash harness.

A rekey prints "BEGIN rekey N" before it starts (its new passphrase is
rekey_passphrase(N)), and "ACK rekey N" once done.

Run: python -m tests.helpers.crash_child VAULT PASSPHRASE BACKUP_DIR SEED START [OPS]
(OPS: "mixed", the default, or "rekey": nothing but rekeys, to kill many in the act)."""

from __future__ import annotations

import json
import random
import sys
from dataclasses import replace
from pathlib import Path

from peerjournal.core.models import Encounter
from peerjournal.services import journal, unlock

sys._peerjournal_test_fast_kdf = True  # type: ignore[attr-defined]  # tests only

EDITED_ID = "e-edited"
OPS = ("import", "import", "edit", "edit", "backup", "rekey")


def rekey_passphrase(n: int) -> str:
    """The passphrase a rekey numbered `n` chooses."""
    return f"crash harness passphrase {n}"


def batch_document(batch: int, size: int) -> str:
    """`size` people and one encounter each, all or nothing."""
    people = [
        {"id": f"p-{batch}x{size}-{i}", "preferred_name": f"Persona {batch}.{i} Ñandú"}
        for i in range(size)
    ]
    encounters = [
        {
            "id": f"e-{batch}x{size}-{i}",
            "person_id": f"p-{batch}x{size}-{i}",
            "occurred_at": "2026-01-02T10:00",
            "mode": "phone",
            "their_story": f"historia {batch} {i} " + "palabra " * 40,
        }
        for i in range(size)
    ]
    return json.dumps(
        {
            "format": "peerjournal-interchange",
            "version": 1,
            "people": people,
            "encounters": encounters,
        },
        ensure_ascii=False,
    )


def main(argv: list[str]) -> int:
    vault_path, passphrase, backup_dir, seed, start = argv[:5]
    ops = ("rekey", "edit") if argv[5:] == ["rekey"] else OPS
    rng = random.Random(int(seed))
    vault = unlock.unlock(Path(vault_path), passphrase=passphrase)
    n = int(start)
    while True:
        n += 1
        op = rng.choice(ops)
        if op == "rekey":
            print(f"BEGIN rekey {n}", flush=True)
            unlock.rekey(vault, rekey_passphrase(n))
        elif op == "import":
            journal.import_document(vault, batch_document(n, rng.randint(1, 40)))
        elif op == "edit":
            current = vault.get(Encounter, EDITED_ID)
            vault.save(
                replace(
                    current, their_story=f"version {n}", how_i_helped="x" * rng.randint(0, 5000)
                )
            )
        else:
            vault.backup_to(Path(backup_dir) / f"backup-{n}.pjbackup")
        print(f"ACK {op} {n}", flush=True)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
