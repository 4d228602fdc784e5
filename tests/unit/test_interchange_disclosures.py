"""The disclosure log moves with the journal: export writes it, import restores it
(spec/interchange-v1.md, disclosures), entries about a forgotten person included, and an
id already in the log is refused. 42 CFR part 2's accounting must survive a new laptop."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from peerjournal import errors
from peerjournal.core import interchange
from peerjournal.services import journal
from tests.helpers.vault_fixtures import disclosure_for, make_vault, synthetic


@pytest.fixture
def logged(tmp_path: Path):
    contents = synthetic(people=4, encounters=8)
    (tmp_path / "a").mkdir()
    vault, _ = make_vault(tmp_path / "a", contents)
    for number in range(3):
        entry = disclosure_for(contents, number)
        if number == 1:
            entry = dataclasses.replace(entry, override_reason="The person asked me to send it.")
        vault.record_disclosure(entry)
    yield vault, contents
    vault.close()


def _empty(tmp_path: Path, name: str):
    folder = tmp_path / name
    folder.mkdir()
    return make_vault(folder)[0]


def test_export_writes_the_log_and_import_restores_it_exactly(logged, tmp_path):
    vault, _ = logged
    exported = journal.export_document(vault)
    entries = json.loads(exported)["disclosures"]
    assert [e["id"] for e in entries] == ["d0", "d1", "d2"]
    assert list(entries[0]) == ["id", "referral_id", "recipient_id", "person_id",
                                "disclosed_at", "sha256", "override_reason", "consent_id"]
    fresh = _empty(tmp_path, "b")
    try:
        counts = journal.import_document(fresh, exported)
        assert counts["disclosures"] == 3
        assert journal.export_document(fresh) == exported
        assert fresh.disclosures() == vault.disclosures()
    finally:
        fresh.close()


def test_a_forgotten_persons_entries_move_too_without_them(logged, tmp_path):
    vault, contents = logged
    person = disclosure_for(contents, 1).person_id
    vault.forget_person(person)
    exported = journal.export_document(vault)
    entries = {e["id"]: e for e in json.loads(exported)["disclosures"]}
    gone = [e for e in entries.values() if e["person_id"] is None]
    assert gone, "the forgotten person's entry is still in the log"
    for entry in gone:
        assert entry["referral_id"] == "forgotten"
        assert "asked me" not in json.dumps(entry)  # the reason held their words
    assert entries["d1"]["override_reason"] is not None  # that an override happened stays
    fresh = _empty(tmp_path, "b")
    try:
        journal.import_document(fresh, exported)
        assert journal.export_document(fresh) == exported
    finally:
        fresh.close()


def test_an_id_already_in_the_log_is_refused_and_nothing_is_added(logged):
    vault, _ = logged
    exported = json.loads(journal.export_document(vault))
    document = {"format": "peerjournal-interchange", "version": 1,
                "disclosures": exported["disclosures"][:1]}
    before = journal.export_document(vault)
    with pytest.raises(errors.Invalid, match=r'disclosures\[0\] \(id "d0"\): id: .*already'):
        journal.import_document(vault, json.dumps(document))
    assert journal.export_document(vault) == before


def test_an_entry_that_names_a_person_must_name_their_referral():
    entry = {"id": "x1", "referral_id": "nowhere", "recipient_id": "c1", "person_id": "p1",
             "disclosed_at": "2025-01-02T10:00", "sha256": "a" * 64}
    document = {"format": "peerjournal-interchange", "version": 1,
                "people": [{"id": "p1", "preferred_name": "Ana"}],
                "clinicians": [{"id": "c1", "name": "Dr. Example"}],
                "disclosures": [entry]}
    with pytest.raises(errors.Invalid, match=r"disclosures\[0\] \(id \"x1\"\): referral_id: "):
        interchange.parse_document(json.dumps(document))
    del entry["person_id"]  # about a person since forgotten: the referral is gone too
    parsed = interchange.parse_document(json.dumps(document))
    assert parsed.disclosures[0].person_id is None


@pytest.mark.parametrize("bad", ["CANARY-not-a-hash", "A" * 64, "a" * 63])
def test_a_bad_fingerprint_is_refused_without_echo(bad):
    document = {"format": "peerjournal-interchange", "version": 1,
                "clinicians": [{"id": "c1", "name": "Dr. Example"}],
                "disclosures": [{"id": "x1", "referral_id": "r", "recipient_id": "c1",
                                 "disclosed_at": "2025-01-02T10:00", "sha256": bad}]}
    with pytest.raises(errors.Invalid) as caught:
        interchange.parse_document(json.dumps(document))
    assert "sha256: must be a SHA-256 fingerprint" in str(caught.value)
    assert bad not in str(caught.value)
