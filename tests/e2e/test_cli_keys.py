"""The command's key changes as spec/cli.md gives them: rekey, forget, the one
passphrase rule, hostile key files, and the lock between real processes."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.helpers import cli

pytestmark = pytest.mark.e2e

Pj = Callable[..., cli.Result]
NEW = "a brand new passphrase for after"

HOLDER = """
import sys, time
from pathlib import Path
from peerjournal.vault import Vault
vault = Vault.open(Path(sys.argv[1]), passphrase=sys.argv[2])
print("OPEN", flush=True)
sys.stdin.readline()
vault.close()
"""


@pytest.fixture
def journal(pj: Pj) -> Pj:
    assert pj("demo", "--people", "3", "--encounters", "20").code == 0
    return pj


@pytest.fixture
def open_elsewhere(journal: Pj) -> Iterator[subprocess.Popen[str]]:
    """Another process with the journal open (as a window would have it)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PEERJOURNAL_")}
    env["PYTHONPATH"] = os.pathsep.join([str(cli.NONET), str(cli.ROOT)])
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER, _vault(journal), "correct horse battery staple"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "OPEN"
    yield proc
    if proc.poll() is None:
        assert proc.stdin is not None
        proc.stdin.write("\n")
        proc.stdin.flush()
        proc.wait(timeout=30)
    for pipe in (proc.stdin, proc.stdout):
        if pipe is not None:
            pipe.close()


def _vault(pj: Pj) -> str:
    return str(pj.vault)  # type: ignore[attr-defined]


def _new_passphrase_file(tmp_path: Path, text: str = NEW) -> str:
    path = tmp_path / "new.txt"
    path.write_text(text + "\n", encoding="utf-8")
    return str(path)


def test_rekey_with_a_new_passphrase(journal: Pj, tmp_path: Path) -> None:
    assert journal("backup", "--out", str(tmp_path / "before.pjbackup")).code == 0
    done = journal("rekey", "--new-passphrase-file", _new_passphrase_file(tmp_path))
    assert done.code == 0, done.err
    (line,) = [ln for ln in done.out.splitlines() if ln.startswith("Recovery key: ")]
    assert "Earlier backups" in done.err or "Backups made before now" in done.err
    assert "old passphrase" in done.err
    assert journal("verify").code == 4  # the old passphrase no longer opens it
    new_secret = _new_passphrase_file(tmp_path)
    opened = cli.run("verify", "--vault", _vault(journal), "--passphrase-file", new_secret)
    assert opened.code == 0, opened.err
    key_file = tmp_path / "recovery.txt"
    key_file.write_text(line.removeprefix("Recovery key: ") + "\n")
    again = cli.run(
        "passwd",
        "--vault",
        _vault(journal),
        "--recovery-key-file",
        str(key_file),
        "--new-passphrase-file",
        _new_passphrase_file(tmp_path, "yet another good passphrase"),
    )
    assert again.code == 0, again.err
    # the earlier backup keeps opening with its own old secret
    assert journal("verify", str(tmp_path / "before.pjbackup")).code == 0


def test_rekey_keeps_the_passphrase_when_none_is_given(journal: Pj, tmp_path: Path) -> None:
    sheet = tmp_path / "sheet.pdf"
    done = journal("rekey", "--recovery-sheet", str(sheet))
    assert done.code == 0, done.err
    assert sheet.read_bytes().startswith(b"%PDF") and "Recovery key:" not in done.out
    assert journal("verify").code == 0


def test_rekey_refuses_a_weak_new_passphrase(journal: Pj, tmp_path: Path) -> None:
    before = Path(_vault(journal) + ".keys").read_bytes()
    done = journal("rekey", "--new-passphrase-file", _new_passphrase_file(tmp_path, "1234567890"))
    assert done.code == 5 and "Nothing was changed" in done.err
    assert Path(_vault(journal) + ".keys").read_bytes() == before


@pytest.mark.parametrize("command", ["init", "passwd"])
def test_the_command_refuses_what_the_window_refuses(pj: Pj, tmp_path: Path, command: str) -> None:
    weak = _new_passphrase_file(tmp_path, "1234567890")
    if command == "init":
        done = cli.run("init", "--vault", _vault(pj), "--passphrase-file", weak)
        assert not Path(_vault(pj)).exists()
    else:
        assert pj("init").code == 0
        done = pj("passwd", "--new-passphrase-file", weak)
    assert done.code == 5, done.err
    assert "guess" in done.err


def test_forget_asks_for_yes_then_forgets(journal: Pj) -> None:
    people = journal("search", "--json", "a").json()
    person = next(row["person_id"] for row in people if row["person_id"])
    asked = journal("forget", person)
    assert asked.code == 3
    assert f"the person {person}" in asked.err and "--yes" in asked.err
    assert journal("forget", person, "--yes").code == 0
    again = journal("forget", person, "--yes")
    assert again.code == 5
    done = journal("search", "--json", "a").json()
    assert all(row["person_id"] != person for row in done)
    assert journal("verify").code == 0


def test_a_hostile_key_file_is_damaged_quickly(journal: Pj) -> None:
    sidecar = Path(_vault(journal) + ".keys")
    doc = json.loads(sidecar.read_text())
    for slot in doc["slots"]:
        slot["params"]["m"] = 4 * 1024 * 1024
    body = json.dumps(doc["slots"], sort_keys=True, separators=(",", ":")).encode("ascii")
    doc["checksum"] = hashlib.sha256(body).hexdigest()
    sidecar.write_text(json.dumps(doc))
    started = time.monotonic()
    done = journal("verify")
    assert done.code == 6, done.err
    assert time.monotonic() - started < 10


# ---- two real processes ------------------------------------------------------------


def test_key_changes_are_refused_while_another_process_has_it_open(
    journal: Pj, tmp_path: Path, open_elsewhere: subprocess.Popen[str]
) -> None:
    keys_before = Path(_vault(journal) + ".keys").read_bytes()
    assert journal("backup", "--out", str(tmp_path / "b.pjbackup")).code == 0  # reading: fine
    for args in (
        ("passwd", "--new-passphrase-file", _new_passphrase_file(tmp_path)),
        ("rekey", "--new-passphrase-file", _new_passphrase_file(tmp_path)),
        ("restore", str(tmp_path / "b.pjbackup"), "--replace"),
    ):
        done = journal(*args)
        assert done.code == 3, (args, done.err)
        assert "open in another window" in done.err
    assert Path(_vault(journal) + ".keys").read_bytes() == keys_before
    assert not list(tmp_path.glob("journal.peerjournal.replaced-*"))
    assert journal("search", "a").code == 0  # reading side by side

    assert open_elsewhere.stdin is not None
    open_elsewhere.stdin.write("\n")
    open_elsewhere.stdin.flush()
    open_elsewhere.wait(timeout=30)
    done = journal("passwd", "--new-passphrase-file", _new_passphrase_file(tmp_path))
    assert done.code == 0, done.err
