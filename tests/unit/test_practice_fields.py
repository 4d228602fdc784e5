"""The practice on the page (issue 11 §2): "What I did" apart from their answer
to "How can I help?", and the reflection's reciprocity questions and private
self-check, through the interchange file, the vault and the migration."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from peerjournal import errors
from peerjournal.core.interchange import dump_document, parse_document
from peerjournal.core.models import (
    Encounter,
    JournalContents,
    Mode,
    Person,
    Reflection,
    SelfCheck,
)
from peerjournal.vault import Vault, schema
from tests.unit.test_vault_migration import PASSPHRASE, build_old_vault


def document(**reflection: object) -> str:
    return json.dumps({
        "format": "peerjournal-interchange", "version": 1,
        "people": [{"id": "p1", "preferred_name": "Sam"}],
        "encounters": [{"id": "e1", "person_id": "p1", "occurred_at": "2025-05-01T09:30",
                        "mode": "in_person", "how_i_helped": "Walk with me to the clinic.",
                        "what_i_did": "We walked there together."}],
        "reflections": [{"id": "r1", "encounter_id": "e1", "written_at": "2025-05-01T18:00",
                         **reflection}],
    })


def test_the_new_fields_survive_a_round_trip() -> None:
    contents = parse_document(document(learned_from_them="Patience.",
                                       why_i_shared="For them: they asked.",
                                       self_check=["rushed", "tried_to_fix"]))
    (encounter,) = contents.encounters
    assert encounter.how_i_helped == "Walk with me to the clinic."
    assert encounter.what_i_did == "We walked there together."
    (reflection,) = contents.reflections
    assert reflection.learned_from_them == "Patience."
    assert reflection.why_i_shared == "For them: they asked."
    assert reflection.self_check == (SelfCheck.RUSHED, SelfCheck.TRIED_TO_FIX)
    again = parse_document(dump_document(contents))
    assert again == contents
    written = json.loads(dump_document(contents))["reflections"][0]
    assert written["self_check"] == ["rushed", "tried_to_fix"]


def test_an_empty_self_check_is_written_as_absent_and_read_back_empty() -> None:
    contents = parse_document(document())
    assert contents.reflections[0].self_check == ()
    assert json.loads(dump_document(contents))["reflections"][0]["self_check"] is None
    assert parse_document(dump_document(contents)) == contents


@pytest.mark.parametrize("bad", [["scored"], "rushed", [1]])
def test_a_self_check_outside_the_three_words_is_refused(bad: object) -> None:
    with pytest.raises(errors.Invalid) as refused:
        parse_document(document(self_check=bad))
    assert "reflections[0]" in str(refused.value) and "self_check" in str(refused.value)


def test_the_vault_keeps_the_new_fields(tmp_path: Path) -> None:
    path = tmp_path / "journal.peerjournal"
    vault, _recovery_key = Vault.create(path, passphrase=PASSPHRASE)
    with vault:
        vault.save(Person(id="p1", preferred_name="Sam"))
        vault.save(Encounter(id="e1", person_id="p1", occurred_at=datetime(2025, 5, 1, 9),
                             mode=Mode.PHONE, what_i_did="Called the shelter with them."))
        vault.save(Reflection(id="r1", written_at=datetime(2025, 5, 1, 18),
                              learned_from_them="How to ask for help.",
                              self_check=(SelfCheck.COMPARED,)))
        assert vault.get(Encounter, "e1").what_i_did == "Called the shelter with them."
        reflection = vault.get(Reflection, "r1")
        assert reflection.self_check == (SelfCheck.COMPARED,)
        assert reflection.learned_from_them == "How to ask for help."
        assert [hit.id for hit in vault.search("shelter")] == ["e1"]


def test_older_notes_keep_their_words_after_the_migration(tmp_path: Path) -> None:
    contents = JournalContents(
        people=[Person(id="p1", preferred_name="Sam")],
        encounters=[Encounter(id="e1", person_id="p1", occurred_at=datetime(2025, 5, 1, 9),
                              mode=Mode.IN_PERSON,
                              how_i_helped="They asked for a ride; I drove them.")],
        reflections=[Reflection(id="r1", written_at=datetime(2025, 5, 1, 18),
                                what_i_shared="My first year.")],
    )
    path = tmp_path / "old.peerjournal"
    build_old_vault(path, contents, version=schema.CURRENT_VERSION - 1)
    with Vault.open(path, passphrase=PASSPHRASE) as vault:
        encounter = vault.get(Encounter, "e1")
        assert encounter.how_i_helped == "They asked for a ride; I drove them."
        assert encounter.what_i_did is None
        assert vault.get(Reflection, "r1").self_check == ()
        vault.verify()
