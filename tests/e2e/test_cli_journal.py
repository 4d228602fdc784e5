"""The `peerjournal` command end to end: init, demo, import, export, search, passwd, verify."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.e2e.conftest import PASSPHRASE
from tests.helpers import cli

pytestmark = pytest.mark.e2e

SMALL = {
    "format": "peerjournal-interchange",
    "version": 1,
    "profile": {
        "name": "Ana Peer",
        "credentials": "CPRS",
        "organization": "Harbor Recovery Center",
    },
    "people": [
        {
            "id": "p1",
            "preferred_name": "José",
            "legal_name": "José Ramírez",
            "pronouns": "he/him",
            "preferred_language": "es",
            "phone": "555-0100",
        },
        {"id": "p2", "preferred_name": "Hương", "legal_name": "Nguyễn Thị Hương"},
        {"id": "p3", "preferred_name": "Дмитрий"},
    ],
    "clinicians": [{"id": "c1", "name": "Dr. Lee", "organization": "Eastside Clinic"}],
    "encounters": [
        {
            "id": "e1",
            "person_id": "p1",
            "occurred_at": "2025-03-01T10:30",
            "mode": "in_person",
            "setting": "shelter",
            "duration_minutes": 45,
            "their_story": "Dormí en el refugio.\nMe siento mejor hoy.",
            "what_they_want": "I want to find a job",
            "how_i_helped": "We looked at listings",
            "follow_up_on": "2025-03-08",
        },
        {
            "id": "e2",
            "person_id": "p2",
            "occurred_at": "2025-03-02T09:00:00",
            "mode": "phone",
            "their_story": "Zebrafish lanterns by the river",
        },
    ],
    "reflections": [
        {
            "id": "r1",
            "encounter_id": "e1",
            "written_at": "2025-03-01T18:00",
            "what_i_learned": "Patience with myself, marmalade skies",
        }
    ],
    "goals": [
        {
            "id": "g1",
            "person_id": "p1",
            "in_their_words": "Get my ID back",
            "set_on": "2025-03-01",
            "status": "active",
        }
    ],
    "consents": [
        {
            "id": "k1",
            "person_id": "p1",
            "recipient_id": "c1",
            "purpose": "coordinate care",
            "information": "name and referral reason",
            "signed_on": "2025-03-01",
            "expires_on": "2026-03-01",
        }
    ],
    "referrals": [
        {
            "id": "f1",
            "person_id": "p1",
            "clinician_id": "c1",
            "kind": "employment",
            "reason_in_their_words": "I want to work again",
            "created_on": "2025-03-02",
            "status": "draft",
        }
    ],
}


def write_doc(path: Path, doc: object) -> Path:
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


def test_version_and_help() -> None:
    assert re.match(r"peerjournal \d+\.\d+", cli.run("--version").out)
    result = cli.run("--help")
    assert result.code == 0 and "merge-reports" in result.out


def test_usage_error_is_exit_2() -> None:
    assert cli.run("no-such-command").code == 2
    assert (
        cli.run("report", "--from", "yesterday", "--to", "2025-01-01", "--out", "x.csv").code == 2
    )


def test_init_prints_recovery_key_once_and_refuses_existing(pj, tmp_path: Path) -> None:
    result = pj("init")
    assert result.code == 0, result.err
    keys = [line for line in result.out.splitlines() if line.startswith("Recovery key: ")]
    assert len(keys) == 1
    assert "offline" in result.err
    again = pj("init")
    assert again.code == 3
    assert "already exists" in again.err


def test_init_recovery_sheet(pj, tmp_path: Path) -> None:
    sheet = tmp_path / "sheet.pdf"
    result = pj("init", "--recovery-sheet", str(sheet))
    assert result.code == 0, result.err
    assert "Recovery key: " not in result.out
    assert sheet.read_bytes().startswith(b"%PDF")
    assert (sheet.stat().st_mode & 0o777) == 0o600


def test_no_passphrase_is_exit_4(pj) -> None:
    assert pj("init").code == 0
    result = pj("search", "x", passphrase=False)
    assert result.code == 4
    assert "passphrase" in result.err.lower()


def test_no_vault_is_exit_4(pj, tmp_path: Path) -> None:
    result = pj("search", "x", vault_path=tmp_path / "missing.peerjournal")
    assert result.code == 4
    assert "no journal" in result.err.lower()


def test_wrong_passphrase_is_exit_4_and_touches_nothing(pj, tmp_path: Path) -> None:
    assert pj("init").code == 0
    before = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    pj.secret.write_text("not the passphrase at all\n")
    result = pj("search", "x")
    assert result.code == 4
    assert "passphrase" in result.err
    pj.secret.write_text(PASSPHRASE + "\n")
    after = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file() and p.name != "pass.txt"}
    before.pop(pj.secret)
    assert after == before


def test_import_export_round_trip(pj, tmp_path: Path) -> None:
    assert pj("init").code == 0
    result = pj("import", str(write_doc(tmp_path / "in.json", SMALL)), "--json")
    assert result.code == 0, result.err
    counts = result.json()
    assert counts["people"] == 3 and counts["encounters"] == 2 and counts["referrals"] == 1
    out = tmp_path / "out.json"
    assert pj("export", "--out", str(out), "--plaintext").code == 0
    first = json.loads(out.read_text(encoding="utf-8"))
    assert [p["preferred_name"] for p in first["people"]] == ["José", "Hương", "Дмитрий"] or sorted(
        p["preferred_name"] for p in first["people"]
    ) == sorted(["José", "Hương", "Дмитрий"])
    enc = {e["id"]: e for e in first["encounters"]}
    assert enc["e1"]["their_story"] == "Dormí en el refugio.\nMe siento mejor hoy."
    # import into an empty vault, export again: the same document
    other = tmp_path / "other.peerjournal"
    assert pj("init", vault_path=other).code == 0
    assert pj("import", str(out), vault_path=other).code == 0
    out2 = tmp_path / "out2.json"
    assert pj("export", "--out", str(out2), "--plaintext", vault_path=other).code == 0
    assert json.loads(out2.read_text(encoding="utf-8")) == first


def test_export_without_plaintext_is_refused(pj, tmp_path: Path) -> None:
    assert pj("init").code == 0
    out = tmp_path / "out.json"
    result = pj("export", "--out", str(out))
    assert result.code == 3
    assert "unencrypted" in result.err
    assert not out.exists()


def test_out_folder_missing_is_exit_5(pj, tmp_path: Path) -> None:
    assert pj("init").code == 0
    result = pj("export", "--out", str(tmp_path / "nowhere" / "x.json"), "--plaintext")
    assert result.code == 5


def test_import_invalid_is_exit_5_and_writes_nothing(pj, tmp_path: Path) -> None:
    assert pj("init").code == 0
    bad = json.loads(json.dumps(SMALL))
    bad["encounters"][1]["mode"] = "walk"
    result = pj("import", str(write_doc(tmp_path / "bad.json", bad)))
    assert result.code == 5
    assert 'encounters[1] (id "e2"): mode' in result.err
    assert "walk" not in result.err  # no message repeats a value of the file (spec/cli.md)
    assert "must be one of in_person, phone" in result.err
    assert pj("search", "Zebrafish", "--json").json() == []
    # an id that already exists
    assert pj("import", str(write_doc(tmp_path / "ok.json", SMALL))).code == 0
    again = pj("import", str(tmp_path / "ok.json"))
    assert again.code == 5
    # malformed JSON and a missing file
    (tmp_path / "broken.json").write_text("{not json", encoding="utf-8")
    assert pj("import", str(tmp_path / "broken.json")).code == 5
    assert pj("import", str(tmp_path / "absent.json")).code == 5


def test_search_json_and_hostile_queries(pj, tmp_path: Path) -> None:
    assert pj("init").code == 0
    assert pj("import", str(write_doc(tmp_path / "in.json", SMALL))).code == 0
    hits = pj("search", "zebrafish", "--json").json()
    assert [(h["type"], h["id"], h["person_id"]) for h in hits] == [("encounter", "e2", "p2")]
    assert set(hits[0]) == {"type", "id", "person_id", "snippet"}
    for hostile in ['"', "NEAR(", "*", "'; DROP TABLE people; --", "AND OR NOT", ""]:
        result = pj("search", hostile, "--json")
        assert result.code == 0, (hostile, result.err)
        assert isinstance(result.json(), list)
    assert any(h["id"] == "r1" for h in pj("search", "marmalade", "--json").json())
    assert pj("search", "marmalade", "--json", "--no-reflections").json() == []
    # accents: "jose" finds José
    assert any(
        h["type"] == "person" and h["id"] == "p1" for h in pj("search", "jose", "--json").json()
    )


def test_demo_and_refuses_existing(pj) -> None:
    result = pj("demo", "--people", "12", "--encounters", "150", "--seed", "7")
    assert result.code == 0, result.err
    assert "Recovery key: " in result.out
    assert pj("demo").code == 3
    hits = pj("search", "a", "--json", "--limit", "5").json()
    assert len(hits) <= 5


def test_passwd_with_passphrase_and_recovery_key(pj, tmp_path: Path) -> None:
    result = pj("init")
    key = next(line for line in result.out.splitlines() if line.startswith("Recovery key: "))
    key = key.removeprefix("Recovery key: ")
    short = tmp_path / "short.txt"
    short.write_text("tiny\n")
    refused = pj("passwd", "--new-passphrase-file", str(short))
    assert refused.code == 5 and "too short" in refused.err
    assert pj("verify").code == 0  # nothing was changed
    new = tmp_path / "new.txt"
    new.write_text("a brand new passphrase here\n")
    assert pj("passwd", "--new-passphrase-file", str(new)).code == 0
    assert pj("verify").code == 4  # the old passphrase no longer opens it
    pj.secret.write_text("a brand new passphrase here\n")
    assert pj("verify").code == 0
    # forgot it: the recovery key, without dashes and in lower case, gets back in
    keyfile = tmp_path / "key.txt"
    keyfile.write_text(key.replace("-", "").replace(" ", "").lower() + "\n")
    third = tmp_path / "third.txt"
    third.write_text("third passphrase for this\n")
    result = pj(
        "passwd",
        "--recovery-key-file",
        str(keyfile),
        "--new-passphrase-file",
        str(third),
        passphrase=False,
    )
    assert result.code == 0, result.err
    pj.secret.write_text("third passphrase for this\n")
    assert pj("verify").code == 0
    keyfile.write_text("not-a-key\n")
    assert (
        pj(
            "passwd",
            "--recovery-key-file",
            str(keyfile),
            "--new-passphrase-file",
            str(new),
            passphrase=False,
        ).code
        == 4
    )


def test_verify_damaged_is_exit_6(pj) -> None:
    assert pj("demo", "--people", "5", "--encounters", "50").code == 0
    assert pj("verify").code == 0
    data = bytearray(pj.vault.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 16] = bytes(b ^ 0xFF for b in data[middle : middle + 16])
    pj.vault.write_bytes(bytes(data))
    result = pj("verify")
    assert result.code == 6, result.err
    assert "Traceback" not in result.err


def test_check_language_and_scope_need_no_vault(tmp_path: Path) -> None:
    text = 'He is an addict. She said "I am an addict" and that is hers.'
    result = cli.run("check-language", "-", "--json", stdin=text)
    assert result.code == 0, result.err
    hints = result.json()
    assert len(hints) == 1
    h = hints[0]
    assert text[h["start"] : h["end"]] == h["text"] and h["text"].lower() == "addict"
    assert set(h) == {"start", "end", "text", "suggestion", "why"}
    clean = cli.run("check-language", "-", "--json", stdin="We talked about her week.")
    assert clean.code == 0 and clean.json() == []

    letter = "I want to go to detox. He has opioid use disorder and I recommend inpatient."
    scope = cli.run("check-scope", "-", "--json", stdin=letter).json()
    spans = [letter[f["start"] : f["end"]].lower() for f in scope]
    assert any("opioid use disorder" in s for s in spans)
    assert any("inpatient" in s for s in spans)
    assert not any(s == "detox" for s in spans)
    f = tmp_path / "t.txt"
    f.write_text("She asked about residential programs.", encoding="utf-8")
    assert cli.run("check-scope", str(f), "--json").json() == []
    assert cli.run("check-scope", str(tmp_path / "missing.txt")).code == 5
