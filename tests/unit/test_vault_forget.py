"""Forgetting a person, deleting a record, editing a text: afterwards none of the
words is anywhere in the journal file. Checked the honest way: every page of the
file and of its write-ahead log decrypted with the data key, and searched."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime
from pathlib import Path

import pytest

from peerjournal import errors
from peerjournal.core.models import (
    Clinician,
    Consent,
    Disclosure,
    Encounter,
    Goal,
    GoalStatus,
    Mode,
    Person,
    Referral,
    ReferralKind,
    ReferralStatus,
    Reflection,
)
from peerjournal.vault import Vault
from tests.helpers.pages import decrypt_file
from tests.helpers.vault_fixtures import PASSPHRASE, make_vault, synthetic

# Words no other record holds (and no other indexed word starts like them, so
# the search index cannot store them prefix-compressed where a scan misses them).
CANARIES = {
    "name": "Qorvaxine",
    "legal": "Zyglobrant",
    "notes": "Jexmundolt",
    "story": "Vupplestrand",
    "want": "Kwirzelbach",
    "helped": "Yondrafulk",
    "goal": "Xaphotrim",
    "reason": "Wembliquor",
    "request": "Uxtrobelle",
    "purpose": "Ozzifrangle",
}


def _key(path: Path) -> bytes:
    return Vault.derive_key(path, passphrase=PASSPHRASE)


def _found(path: Path, words: list[str]) -> dict[str, list[str]]:
    pages = decrypt_file(path, _key(path))
    assert pages.unreadable == [], pages.unreadable[:3]
    found: dict[str, list[str]] = {}
    for word in words:
        for form in {word, word.lower()}:
            where = pages.holding(form)
            if where:
                found[form] = where
    return found


def _their_records(vault: Vault) -> None:
    c = CANARIES
    vault.save(Clinician(id="c-kept", name="Clinic Kept"))
    vault.save(
        Person(
            id="p-gone", preferred_name=f"{c['name']} Ray", legal_name=f"{c['legal']} Ray",
            notes=f"likes {c['notes']} tea",
        )
    )  # fmt: skip
    vault.save(
        Encounter(
            id="e-gone", person_id="p-gone", occurred_at=datetime(2026, 1, 2, 9), mode=Mode.PHONE,
            their_story=f"told me about {c['story']}", what_they_want=f"to see {c['want']}",
            how_i_helped=f"called {c['helped']}",
        )
    )  # fmt: skip
    vault.save(
        Goal(
            id="g-gone", person_id="p-gone", in_their_words=f"find {c['goal']}",
            set_on=date(2026, 1, 2), status=GoalStatus.ACTIVE,
        )
    )  # fmt: skip
    vault.save(
        Consent(
            id="k-gone", person_id="p-gone", recipient_id="c-kept",
            purpose=f"coordinate {c['purpose']}", information="dates",
            signed_on=date(2026, 1, 2), expires_on=date(2027, 1, 2),
        )
    )  # fmt: skip
    vault.save(
        Referral(
            id="f-gone", person_id="p-gone", clinician_id="c-kept", kind=ReferralKind.HOUSING,
            reason_in_their_words=f"wants {c['reason']}", created_on=date(2026, 1, 3),
            status=ReferralStatus.SENT, consent_id="k-gone", request=f"please {c['request']}",
        )
    )  # fmt: skip
    vault.record_disclosure(
        Disclosure(
            id="d-gone", referral_id="f-gone", person_id="p-gone", recipient_id="c-kept",
            consent_id="k-gone", disclosed_at=datetime(2026, 1, 3, 10), sha256="ab" * 32,
            override_reason=f"reason naming {c['name']}",
        )
    )  # fmt: skip
    vault.save(
        Reflection(
            id="r-mine", written_at=datetime(2026, 1, 2, 18), encounter_id="e-gone",
            what_i_learned="patience",
        )
    )  # fmt: skip
    vault.save_draft("encounter:e-gone", {"their_story": f"draft {c['story']}"})


def test_forget_leaves_none_of_their_words_in_the_file(tmp_path: Path) -> None:
    vault, _ = make_vault(tmp_path, synthetic(people=6, encounters=80))
    path = vault.path
    _their_records(vault)
    words = list(CANARIES.values())
    assert set(_found(path, words)) >= {w for w in words}  # they were there

    plan = vault.forget_plan("p-gone")
    assert plan.rows["encounters"] == 1 and plan.disclosures_kept == 1
    assert plan.reflections_unlinked == 1
    vault.forget_person("p-gone")
    assert _found(path, words) == {}  # before closing: not even in the write-ahead log

    assert vault.find(Person, "p-gone") is None
    assert vault.find(Encounter, "e-gone") is None
    assert vault.get(Reflection, "r-mine").encounter_id is None  # the peer's: kept
    assert vault.find(Clinician, "c-kept") is not None
    assert vault.search(CANARIES["story"]) == []
    assert vault.drafts() == {}
    (kept,) = vault.forgotten_disclosures()
    assert kept[:4] == ("d-gone", "c-kept", "2026-01-03T10:00:00", "ab" * 32) and kept[4]
    assert vault.disclosures() == []
    assert vault.count(Person) == 6
    vault.verify()
    vault.close()
    assert _found(path, words) == {}
    with pytest.raises(errors.NotFound):
        Vault.open(path, passphrase=PASSPHRASE).forget_plan("p-gone")


def test_deleting_a_record_leaves_none_of_its_words(tmp_path: Path) -> None:
    vault, _ = make_vault(tmp_path, synthetic(people=4, encounters=60))
    _their_records(vault)
    vault.delete(Reflection, "r-mine")
    vault.save(dataclasses.replace(vault.get(Encounter, "e-gone"), their_story="plain"))
    vault.discard_draft("encounter:e-gone")
    vault.delete(Encounter, "e-gone")
    gone = [CANARIES[k] for k in ("story", "want", "helped")]
    assert _found(vault.path, gone) == {}
    vault.close()


def test_an_edited_text_leaves_no_old_words_once_closed(tmp_path: Path) -> None:
    vault, _ = make_vault(tmp_path, synthetic(people=4, encounters=60))
    _their_records(vault)
    vault.discard_draft("encounter:e-gone")
    meeting = vault.get(Encounter, "e-gone")
    vault.save(dataclasses.replace(meeting, their_story="an ordinary day"))
    path = vault.path
    vault.close()
    assert _found(path, [CANARIES["story"]]) == {}
    assert _found(path, [CANARIES["want"]])  # the words still there stay


def test_forget_reaches_a_list_added_later_by_its_person_id(tmp_path: Path) -> None:
    vault, _ = make_vault(tmp_path)
    _their_records(vault)
    conn = vault._conn
    assert conn is not None
    conn.execute(
        "CREATE TABLE signed_forms (num INTEGER PRIMARY KEY, id TEXT UNIQUE, "
        "person_id TEXT NOT NULL REFERENCES people (id), words TEXT)"
    )
    conn.execute(
        "CREATE TABLE form_pages (form_id TEXT NOT NULL REFERENCES signed_forms (id), page BLOB)"
    )
    conn.execute(
        "INSERT INTO signed_forms (id, person_id, words) VALUES ('s1', 'p-gone', 'Quibnoxal')"
    )
    conn.execute("INSERT INTO form_pages (form_id, page) VALUES ('s1', 'Plimbertusk')")
    plan = vault.forget_plan("p-gone")
    assert plan.rows["signed_forms"] == 1 and plan.rows["form_pages"] == 1
    assert "1 signed form" in plan.sentence()
    vault.forget_person("p-gone")
    assert conn.execute("SELECT count(*) FROM form_pages").fetchone()[0] == 0
    assert _found(vault.path, ["Quibnoxal", "Plimbertusk"]) == {}
    vault.close()


def test_forgetting_someone_unknown_changes_nothing(tmp_path: Path) -> None:
    vault, _ = make_vault(tmp_path)
    with pytest.raises(errors.NotFound):
        vault.forget_person("p-nobody")
    vault.close()


def test_a_discarded_draft_leaves_no_words_once_closed(tmp_path: Path) -> None:
    vault, _ = make_vault(tmp_path, synthetic(people=3, encounters=30))
    vault.save_draft("encounter:new-1", {"their_story": "a first draft of Glimmerquoth"})
    vault.save_draft("encounter:new-1", {"their_story": "a second draft"})
    vault.discard_draft("encounter:new-1")
    path = vault.path
    vault.close()
    assert _found(path, ["Glimmerquoth"]) == {}


def test_only_an_edit_of_an_existing_record_merges_the_index_on_close(tmp_path: Path) -> None:
    vault, _ = make_vault(tmp_path, synthetic(people=3, encounters=30))
    vault.save(Person(id="p-new", preferred_name="New Person"))
    assert not vault._words_replaced
    vault.save(Person(id="p-new", preferred_name="Renamed Person"))
    assert vault._words_replaced
    vault.close()
