"""`peerjournal copy-for`: a person's own copy of their record, end to end."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

from pypdf import PdfReader

SAMPLE = Path(__file__).parent.parent / "fixtures" / "interchange_sample.json"


def _journal(pj) -> None:  # type: ignore[no-untyped-def]
    assert pj("init").code == 0
    assert pj("import", str(SAMPLE)).code == 0


def test_copy_for_writes_the_copy_and_logs_it(pj, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _journal(pj)
    before = pj("disclosures", "--json").json()
    out = tmp_path / "copy.pdf"
    out.write_bytes(b"an older file")
    result = pj("copy-for", "p1", "--out", str(out), "--json")
    assert result.code == 0, result.err
    data = result.json()
    assert data["sha256"] == hashlib.sha256(out.read_bytes()).hexdigest()
    assert data["language"] == "es" and data["from"] is None  # their preferred language
    assert (out.stat().st_mode & 0o777) == 0o600
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(out.read_bytes())).pages)
    assert "José Ramírez" in text and "Mi hogar" in text and "Todavía en el refugio." in text
    assert "Patience." not in text  # the peer's reflection
    # the copy is no disclosure: the disclosure log stays as it was
    log = pj("disclosures", "--json")
    assert log.code == 0 and log.json() == before


def test_copy_for_in_spanish_from_a_date(pj, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _journal(pj)
    out = tmp_path / "copia.pdf"
    result = pj("copy-for", "p1", "--out", str(out), "--from", "2024-03-15", "--language", "es")
    assert result.code == 0, result.err
    assert "logged" in result.out
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(out.read_bytes())).pages)
    assert "Su copia de su expediente" in text
    assert "desde el 15 de marzo de 2024" in text


def test_copy_for_an_unknown_person_is_exit_5_and_writes_nothing(pj, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _journal(pj)
    out = tmp_path / "copy.pdf"
    result = pj("copy-for", "nobody", "--out", str(out))
    assert result.code == 5
    assert "no person with the id" in result.err
    assert not out.exists()
    missing_folder = pj("copy-for", "p1", "--out", str(tmp_path / "no" / "copy.pdf"))
    assert missing_folder.code == 5
    bad_date = pj("copy-for", "p1", "--out", str(out), "--from", "last week")
    assert bad_date.code == 2
    assert not out.exists()


def test_check_ins_survive_export_backup_and_restore(pj, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import json

    _journal(pj)
    backup = tmp_path / "journal.pjbackup"
    assert pj("backup", "--out", str(backup)).code == 0
    fresh = tmp_path / "restored" / "journal.peerjournal"
    fresh.parent.mkdir()
    assert pj("restore", str(backup), vault_path=fresh).code == 0
    out = tmp_path / "export.json"
    assert pj("export", "--out", str(out), "--plaintext", vault_path=fresh).code == 0
    expected = json.loads(SAMPLE.read_text(encoding="utf-8"))["checkins"]
    got = json.loads(out.read_text(encoding="utf-8"))["checkins"]
    assert [c["id"] for c in got] == [c["id"] for c in expected]
    assert got[1]["parts"][0]["in_their_words"] == "Ya tengo cuarto.\nPequeño."
    assert got[0]["parts"][2] == {"name": "Hope 🌱", "rating": 5, "in_their_words": None}
    found = pj("search", "refugio", "--json", vault_path=fresh)
    assert {"type": "checkin", "id": "ci1"}.items() <= found.json()[0].items()
