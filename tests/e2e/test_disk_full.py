"""A full disk (a write-size limit) gives a clear error and leaves the journal intact."""

from __future__ import annotations

import json
import os
import resource
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.e2e.test_cli_journal import SMALL, write_doc
from tests.helpers import cli

pytestmark = pytest.mark.e2e


def big_document(n: int) -> dict:
    return {
        "format": "peerjournal-interchange",
        "version": 1,
        "people": [
            {"id": f"big-{i}", "preferred_name": "Persona grande " + "ñ" * 180} for i in range(n)
        ],
        "encounters": [
            {
                "id": f"bige-{i}",
                "person_id": f"big-{i}",
                "occurred_at": "2026-01-01T10:00",
                "mode": "phone",
                "their_story": "palabra " * 400,
            }
            for i in range(n)
        ],
    }


def run_with_file_size_limit(
    limit: int, *args: str, home: Path
) -> subprocess.CompletedProcess[str]:
    def limit_writes() -> None:
        # Ignore SIGXFSZ so an oversized write fails with EFBIG, as on a full disk.
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    env = {k: v for k, v in os.environ.items() if not k.startswith("PEERJOURNAL_")}
    env.update(
        PEERJOURNAL_TEST_FAST_KDF="1",
        PYTHONPATH=str(cli.ROOT),
        HOME=str(home),
        XDG_DATA_HOME=str(home / ".local/share"),
        XDG_CONFIG_HOME=str(home / ".config"),
    )
    return subprocess.run(
        [sys.executable, "-m", "peerjournal", *args],
        capture_output=True,
        text=True,
        env=env,
        preexec_fn=limit_writes,
        cwd=cli.ROOT,
        timeout=120,
    )


def test_import_on_a_full_disk_changes_nothing(pj, tmp_path: Path, private_home: Path) -> None:
    assert pj("init").code == 0
    assert pj("import", str(write_doc(tmp_path / "small.json", SMALL))).code == 0
    before = pj("export", "--out", str(tmp_path / "before.json"), "--plaintext")
    assert before.code == 0
    big = write_doc(tmp_path / "big.json", big_document(3000))
    size = pj.vault.stat().st_size
    result = run_with_file_size_limit(
        size + 64 * 1024,
        "--vault",
        str(pj.vault),
        "--passphrase-file",
        str(pj.secret),
        "import",
        str(big),
        home=private_home,
    )
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert "full" in result.stderr.lower() or "space" in result.stderr.lower()
    assert pj("verify").code == 0
    assert pj("export", "--out", str(tmp_path / "after.json"), "--plaintext").code == 0
    assert json.loads((tmp_path / "after.json").read_text(encoding="utf-8")) == json.loads(
        (tmp_path / "before.json").read_text(encoding="utf-8")
    )


def test_backup_on_a_full_disk_leaves_no_file(pj, tmp_path: Path, private_home: Path) -> None:
    assert pj("demo", "--people", "30", "--encounters", "800").code == 0
    out = tmp_path / "usb" / "backup.pjbackup"
    out.parent.mkdir()
    result = run_with_file_size_limit(
        64 * 1024,
        "--vault",
        str(pj.vault),
        "--passphrase-file",
        str(pj.secret),
        "backup",
        "--out",
        str(out),
        home=private_home,
    )
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert list(out.parent.iterdir()) == []
    assert pj("verify").code == 0
