"""The command on issue 13's findings: a read-only folder is said to be read-only
(not damaged), import errors repeat no value of the file, a 200 MB note is refused."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

CANARY = "Qz7-canary Rosa slept behind the Safeway"


@contextlib.contextmanager
def read_only(folder: Path) -> Iterator[None]:
    """Make `folder` read-only even for root (the immutable flag), else skip."""
    if os.geteuid() != 0:
        folder.chmod(0o555)
        try:
            yield
        finally:
            folder.chmod(0o755)
        return
    chattr = shutil.which("chattr")
    if chattr is None or subprocess.run([chattr, "+i", str(folder)]).returncode != 0:
        pytest.skip("running as root without a way to make a folder read-only")
    try:
        yield
    finally:
        subprocess.run([chattr, "-i", str(folder)], check=True)


def test_a_journal_in_a_read_only_folder_is_read_only_not_damaged(pj, tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    journal = folder / "journal.peerjournal"
    assert pj("init", vault_path=journal).code == 0
    with read_only(folder):
        for command in (
            ("search", "bus"),
            ("verify",),
            ("export", "--out", str(tmp_path / "x.json"), "--plaintext"),
        ):
            result = pj(*command, vault_path=journal)
            assert result.code == 4, result.err
            assert "read-only" in result.err and "damaged" not in result.err
            assert "folder you can write to" in result.err
    assert pj("search", "bus", vault_path=journal).code == 0  # writable again: it opens


def _write(path: Path, doc: object) -> Path:
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def test_import_errors_repeat_no_value_of_the_file(pj, tmp_path: Path) -> None:
    assert pj("init").code == 0
    doc = {
        "format": "peerjournal-interchange",
        "version": 1,
        "people": [{"id": "p1", "preferred_name": "Rosa", "date_of_birth": CANARY}],
        "encounters": [
            {"id": "e1", "person_id": CANARY, "occurred_at": CANARY, "mode": CANARY},
        ],
    }
    result = pj("import", str(_write(tmp_path / "in.json", doc)))
    assert result.code == 5
    assert "Qz7" not in result.err and "Safeway" not in result.err
    assert 'people[0] (id "p1"): date_of_birth: must be a date' in result.err
    assert 'encounters[0] (id "e1"): person_id: names no record in people' in result.err


def test_a_200_mb_note_is_refused_at_import(pj, tmp_path: Path) -> None:
    assert pj("init").code == 0
    note = "a" * (200 * 1024 * 1024)
    source = tmp_path / "huge.json"
    with source.open("w", encoding="utf-8") as out:
        out.write('{"format": "peerjournal-interchange", "version": 1, "people": [')
        out.write('{"id": "p1", "preferred_name": "Rosa", "notes": "')
        out.write(note)
        out.write('"}]}')
    del note
    result = pj("import", str(source), timeout=300)
    assert result.code == 5, result.err
    assert 'people[0] (id "p1"): notes: must be at most 200,000 characters' in result.err
    assert "aaaa" not in result.err
    assert pj("search", "rosa", "--json").json() == []  # nothing was written
