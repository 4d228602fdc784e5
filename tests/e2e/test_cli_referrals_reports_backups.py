"""End to end: referral letters and the disclosure log, reports, backups and restore."""

from __future__ import annotations

import csv
import hashlib
import io
import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.e2e.test_cli_journal import SMALL, write_doc
from tests.helpers import cli

pytestmark = pytest.mark.e2e


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)


@pytest.fixture
def seeded(pj, tmp_path: Path):
    assert pj("init").code == 0
    doc = json.loads(json.dumps(SMALL))
    doc["people"][0]["notes"] = "CANARY-NOTES-7731"
    doc["referrals"].append(
        {
            "id": "f2",
            "person_id": "p1",
            "clinician_id": "c1",
            "kind": "treatment",
            "reason_in_their_words": "He has opioid use disorder and needs detox.",
            "created_on": "2025-03-03",
            "status": "draft",
        }
    )
    doc["referrals"].append(
        {
            "id": "f3",
            "person_id": "p2",
            "clinician_id": "c1",
            "kind": "housing",
            "reason_in_their_words": "I need a safe place",
            "created_on": "2025-03-03",
            "status": "draft",
        }
    )
    result = pj("import", str(write_doc(tmp_path / "seed.json", doc)))
    assert result.code == 0, result.err
    return pj


def test_referral_render_writes_letter_and_records_disclosure(seeded, tmp_path: Path) -> None:
    out = tmp_path / "letter.pdf"
    result = seeded("referral", "render", "f1", "--out", str(out), "--on", "2025-06-01")
    assert result.code == 0, result.err
    text = pdf_text(out)
    for needed in (
        "José Ramírez",
        "Dr. Lee",
        "Eastside Clinic",
        "Ana Peer",
        "CPRS",
        "Harbor Recovery Center",
        "I want to work again",
        "coordinate care",
        "42 CFR part 2",
    ):
        assert needed in text, needed
    assert "CANARY-NOTES-7731" not in text and "Zebrafish" not in text and "marmalade" not in text
    log = seeded("disclosures", "--json").json()
    assert len(log) == 1
    entry = log[0]
    assert set(entry) == {
        "id",
        "referral_id",
        "person_id",
        "recipient_id",
        "disclosed_at",
        "sha256",
        "override_reason",
    }
    assert (entry["referral_id"], entry["person_id"], entry["recipient_id"]) == ("f1", "p1", "c1")
    assert entry["sha256"] == hashlib.sha256(out.read_bytes()).hexdigest()
    assert entry["override_reason"] is None


def test_referral_without_valid_consent_is_refused(seeded, tmp_path: Path) -> None:
    out = tmp_path / "letter.pdf"
    # the consent expires on 2026-03-01: valid that day, not the day after
    assert seeded("referral", "render", "f1", "--out", str(out), "--on", "2026-03-01").code == 0
    out.unlink()
    result = seeded("referral", "render", "f1", "--out", str(out), "--on", "2026-03-02")
    assert result.code == 3 and "consent" in result.err
    assert not out.exists()
    # signed on 2025-03-01: not before
    assert seeded("referral", "render", "f1", "--out", str(out), "--on", "2025-02-28").code == 3
    # no consent at all for p2
    assert seeded("referral", "render", "f3", "--out", str(out), "--on", "2025-06-01").code == 3
    assert not out.exists()
    assert len(seeded("disclosures", "--json").json()) == 1  # only the first render


def test_referral_with_scope_findings_needs_a_reason(seeded, tmp_path: Path) -> None:
    out = tmp_path / "flagged.pdf"
    result = seeded("referral", "render", "f2", "--out", str(out), "--on", "2025-06-01")
    assert result.code == 3
    assert "opioid use disorder" in result.err
    assert not out.exists()
    assert seeded("disclosures", "--json").json() == []
    ok = seeded(
        "referral",
        "render",
        "f2",
        "--out",
        str(out),
        "--on",
        "2025-06-01",
        "--allow-flagged",
        "The person asked me to quote their own words.",
    )
    assert ok.code == 0, ok.err
    log = seeded("disclosures", "--json").json()
    assert log[0]["override_reason"] == "The person asked me to quote their own words."


def test_referral_unknown_id_is_exit_5(seeded, tmp_path: Path) -> None:
    assert seeded("referral", "render", "nope", "--out", str(tmp_path / "x.pdf")).code == 5


def test_report_csv_and_pdf(pj, tmp_path: Path) -> None:
    assert pj("demo", "--people", "30", "--encounters", "600", "--seed", "3").code == 0
    out = tmp_path / "report.csv"
    result = pj("report", "--from", "2020-01-01", "--to", "2030-12-31", "--out", str(out))
    assert result.code == 0, result.err
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert rows[0] == ["measure", "category", "period", "value"]
    assert {r[0] for r in rows[1:]} == {
        "people_supported",
        "encounters",
        "contact_hours",
        "referrals",
        "goals",
        "age_band",
    }
    pdf = tmp_path / "report.pdf"
    assert pj("report", "--from", "2024-01-01", "--to", "2024-12-31", "--out", str(pdf)).code == 0
    assert "2024" in pdf_text(pdf)
    bad = pj("report", "--from", "2024-12-31", "--to", "2024-01-01", "--out", str(out))
    assert bad.code == 5


def test_merge_reports(pj, tmp_path: Path) -> None:
    assert pj("demo", "--people", "20", "--encounters", "300", "--seed", "1").code == 0
    other = tmp_path / "other.peerjournal"
    assert (
        pj("demo", "--people", "20", "--encounters", "300", "--seed", "2", vault_path=other).code
        == 0
    )
    a, b = tmp_path / "a.csv", tmp_path / "b.csv"
    args = ["report", "--from", "2020-01-01", "--to", "2030-12-31", "--min-cell", "1"]
    assert pj(*args, "--out", str(a)).code == 0
    assert pj(*args, "--out", str(b), vault_path=other).code == 0
    merged = tmp_path / "merged.csv"
    result = cli.run("merge-reports", str(a), str(b), "--out", str(merged))
    assert result.code == 0, result.err
    assert "twice" in result.out + result.err
    suppressed = tmp_path / "suppressed.csv"
    assert (
        pj("report", "--from", "2020-01-01", "--to", "2030-12-31", "--out", str(suppressed)).code
        == 0
    )
    refused = cli.run("merge-reports", str(a), str(suppressed), "--out", str(tmp_path / "m2.csv"))
    assert refused.code == 5
    assert not (tmp_path / "m2.csv").exists()


def test_backup_verify_restore(pj, tmp_path: Path) -> None:
    assert pj("init").code == 0
    assert pj("import", str(write_doc(tmp_path / "in.json", SMALL))).code == 0
    backup = tmp_path / "b.pjbackup"
    assert pj("backup", "--out", str(backup)).code == 0
    assert (backup.stat().st_mode & 0o777) == 0o600
    assert pj("backup", "--out", str(backup)).code == 3  # never overwrites
    assert pj("verify", str(backup)).code == 0
    assert b"Zebrafish" not in backup.read_bytes()
    # restore over an existing journal needs --replace
    assert pj("restore", str(backup)).code == 3
    result = pj("restore", str(backup), "--replace")
    assert result.code == 0, result.err
    assert "kept" in result.err
    # into a fresh place
    fresh = tmp_path / "fresh.peerjournal"
    assert pj("restore", str(backup), vault_path=fresh).code == 0
    assert pj("search", "zebrafish", "--json", vault_path=fresh).json()[0]["id"] == "e2"
    # wrong passphrase on restore: exit 4, nothing behind
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    pj.secret.write_text("wrong wrong wrong wrong\n")
    assert pj("restore", str(backup), vault_path=elsewhere / "j.peerjournal").code == 4
    assert list(elsewhere.iterdir()) == []
    # a damaged backup: exit 6, nothing behind
    pj.secret.write_text("correct horse battery staple\n")
    data = bytearray(backup.read_bytes())
    data[-100] ^= 0xFF
    damaged = tmp_path / "damaged.pjbackup"
    damaged.write_bytes(bytes(data))
    assert pj("verify", str(damaged)).code == 6
    assert pj("restore", str(damaged), vault_path=elsewhere / "j.peerjournal").code == 6
    assert list(elsewhere.iterdir()) == []


def test_a_spanish_speaking_persons_letter_is_in_spanish_without_a_language_option(
    seeded, tmp_path: Path
) -> None:
    out = tmp_path / "carta.pdf"
    result = seeded("referral", "render", "f1", "--out", str(out), "--on", "2025-06-01")
    assert result.code == 0, result.err
    text = " ".join(pdf_text(out).split())
    assert "Asunto: remisión de" in text
    assert "especialista de apoyo entre pares" in text
    assert "Dear " not in text
    assert PdfReader(str(out)).metadata.title == "Carta de remisión"
    english = tmp_path / "letter.pdf"
    assert seeded("referral", "render", "f1", "--out", str(english), "--on", "2025-06-01",
                  "--language", "en").code == 0  # fmt: skip
    assert "Re: referral of" in " ".join(pdf_text(english).split())


def test_render_marks_a_draft_sent_with_its_disclosure(seeded, tmp_path: Path) -> None:
    out = tmp_path / "letter.pdf"
    assert seeded("referral", "render", "f1", "--out", str(out), "--on", "2025-06-01").code == 0
    exported = tmp_path / "export.json"
    assert seeded("export", "--plaintext", "--out", str(exported)).code == 0
    (f1,) = [r for r in json.loads(exported.read_text("utf-8"))["referrals"] if r["id"] == "f1"]
    assert (f1["status"], f1["status_on"]) == ("sent", "2025-06-01")


def test_fax_cover_sheet_comes_first(seeded, tmp_path: Path) -> None:
    out = tmp_path / "fax.pdf"
    result = seeded(
        "referral", "render", "f1", "--out", str(out), "--on", "2025-06-01", "--fax-cover",
        "--language", "en",
    )  # fmt: skip
    assert result.code == 0, result.err
    pages = PdfReader(str(out)).pages
    cover = " ".join((pages[0].extract_text() or "").split())
    assert "Fax cover sheet" in cover
    assert f"{len(pages)}, including this cover sheet" in cover
    assert "José" not in cover
    log = seeded("disclosures", "--json").json()
    assert log[0]["sha256"] == hashlib.sha256(out.read_bytes()).hexdigest()
def test_report_periods_are_whole_months_logged_and_audited(pj, tmp_path: Path) -> None:
    assert pj("demo", "--people", "30", "--encounters", "600", "--seed", "3").code == 0
    out = tmp_path / "r.csv"
    for start, end in (("2024-01-02", "2024-03-31"), ("2024-01-01", "2024-03-30")):
        day = pj("report", "--from", start, "--to", end, "--out", str(out))
        assert day.code == 5, day.err
        assert "whole months" in day.err
        assert not out.exists()
    quarter = pj(
        "report", "--from", "2024-01-01", "--to", "2024-12-31", "--by", "quarter", "--out", str(out)
    )
    assert quarter.code == 0, quarter.err
    periods = {r[2] for r in csv.reader(io.StringIO(out.read_text(encoding="utf-8")))}
    assert periods == {"period", "2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4", "total"}
    for q in ("01-01", "04-01", "07-01", "10-01"):
        end = {"01-01": "03-31", "04-01": "06-30", "07-01": "09-30", "10-01": "12-31"}[q]
        assert (
            pj("report", "--from", f"2025-{q}", "--to", f"2025-{end}", "--out", str(out)).code == 0
        )
    year = pj("--json", "report", "--from", "2025-01-01", "--to", "2025-12-31", "--out", str(out))
    assert year.code == 0, year.err
    assert "hidden_for_earlier_reports" in json.loads(year.out)
    unsuppressed = pj(
        "report",
        "--from",
        "2025-01-01",
        "--to",
        "2025-12-31",
        "--min-cell",
        "1",
        "--out",
        str(tmp_path / "raw.csv"),
    )
    assert "must not leave the program" in unsuppressed.out
    log = pj("--json", "reports")
    assert log.code == 0, log.err
    entries = json.loads(log.out)
    first = entries[0]
    assert (first["from"], first["to"], first["grain"], first["min_cell"]) == (
        "2024-01",
        "2024-12",
        "quarter",
        11,
    )
    assert len(entries) == 7
    assert entries[-1]["min_cell"] == 1
    assert {"measure", "category", "period", "value"} <= set(entries[0]["cells"][0])
