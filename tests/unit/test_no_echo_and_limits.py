"""Import errors never repeat a text value of the file (spec/cli.md), and fields
have size limits: 200,000 characters for texts, 200 for names (issue 13)."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from peerjournal.core import limits
from peerjournal.core.interchange import parse_document
from peerjournal.core.models import Encounter, Mode, Person, Profile
from peerjournal.errors import Invalid
from peerjournal.vault import snippets
from tests.helpers.vault_fixtures import make_vault, synthetic

CANARY = "Qz7-canary Rosa slept behind the Safeway"
WHEN = datetime(2024, 5, 1, 10, 0)


def _document(**lists: Any) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "format": "peerjournal-interchange",
        "version": 1,
        "people": [{"id": "p1", "preferred_name": "Rosa"}],
        "clinicians": [{"id": "c1", "name": "Dr. Okafor"}],
    }
    for name, records in lists.items():
        doc.setdefault(name, []).extend(records)
    return doc


def _refusal(doc: dict[str, Any]) -> str:
    with pytest.raises(Invalid) as caught:
        parse_document(json.dumps(doc))
    return caught.value.message


def _encounter(**fields: Any) -> dict[str, Any]:
    record = {"id": "e1", "person_id": "p1", "occurred_at": "2024-05-01T10:00", "mode": "phone"}
    record.update(fields)
    return record


LONG = CANARY * (limits.MAX_TEXT_CHARS // len(CANARY) + 1)
LONG_NAME = CANARY * (limits.MAX_NAME_CHARS // len(CANARY) + 1)

# A canary in every kind of field: a date, a date-time, a choice, a number, a
# reference, a text over its limit, a name over its limit, the profile's name.
CASES: dict[str, tuple[dict[str, Any], str]] = {
    "date": (_document(encounters=[_encounter(follow_up_on=CANARY)]), "follow_up_on"),
    "almost a date": (
        _document(encounters=[_encounter(follow_up_on="2024-02-30")]),
        "follow_up_on",
    ),
    "date-time": (_document(encounters=[_encounter(occurred_at=CANARY)]), "occurred_at"),
    "choice": (_document(encounters=[_encounter(mode=CANARY)]), "mode"),
    "another choice": (_document(encounters=[_encounter(setting=CANARY)]), "setting"),
    "minutes": (_document(encounters=[_encounter(duration_minutes=CANARY)]), "duration_minutes"),
    "reference": (_document(encounters=[_encounter(person_id=CANARY)]), "person_id"),
    "text": (_document(encounters=[_encounter(their_story=LONG)]), "their_story"),
    "name": (_document(people=[{"id": "p2", "preferred_name": LONG_NAME}]), "preferred_name"),
    "legal name": (
        _document(people=[{"id": "p2", "preferred_name": "R", "legal_name": LONG_NAME}]),
        "legal_name",
    ),
    "clinician": (_document(clinicians=[{"id": "c2", "name": LONG_NAME}]), "name"),
    "profile": (dict(_document(), profile={"name": LONG_NAME}), "name"),
    "goal status": (
        _document(
            goals=[
                {
                    "id": "g1",
                    "person_id": "p1",
                    "in_their_words": "x",
                    "set_on": "2024-01-01",
                    "status": CANARY,
                }
            ]
        ),
        "status",
    ),
}


@pytest.mark.parametrize("kind", list(CASES))
def test_no_import_error_repeats_a_value(kind: str) -> None:
    doc, field = CASES[kind]
    message = _refusal(doc)
    assert "Qz7" not in message and "2024-02-30" not in message and "Safeway" not in message
    assert f"{field}: " in message  # it names the field


def test_errors_name_list_index_and_id() -> None:
    message = _refusal(_document(encounters=[_encounter(), _encounter(id="e2", mode=CANARY)]))
    assert message.startswith('encounters[1] (id "e2"): mode: must be one of in_person')


def test_the_vault_check_of_references_does_not_repeat_them(tmp_path: Path) -> None:
    vault, _ = make_vault(tmp_path)
    contents = synthetic(people=1, encounters=1)
    contents.encounters[0] = Encounter(
        id="e-x", person_id=CANARY, occurred_at=WHEN, mode=Mode.PHONE
    )
    with pytest.raises(Invalid) as caught:
        vault.add_contents(contents)
    assert "Qz7" not in caught.value.message and "person_id" in caught.value.message
    vault.close()


def test_limits_at_the_edge() -> None:
    fits = _document(
        encounters=[_encounter(their_story="x" * limits.MAX_TEXT_CHARS)],
        people=[{"id": "p2", "preferred_name": "n" * limits.MAX_NAME_CHARS}],
    )
    contents = parse_document(json.dumps(fits))
    assert len(contents.encounters[0].their_story or "") == limits.MAX_TEXT_CHARS
    over = _document(encounters=[_encounter(their_story="x" * (limits.MAX_TEXT_CHARS + 1))])
    assert _refusal(over) == (
        'encounters[0] (id "e1"): their_story: must be at most 200,000 characters, not 200,001'
    )
    over_name = _document(people=[{"id": "p2", "preferred_name": "n" * 201}])
    assert _refusal(over_name) == (
        'people[1] (id "p2"): preferred_name: must be at most 200 characters, not 201'
    )


def test_the_editors_save_path_refuses_an_oversize_field(tmp_path: Path) -> None:
    vault, _ = make_vault(tmp_path)
    vault.save(Person(id="p1", preferred_name="Rosa"))
    with pytest.raises(Invalid) as caught:
        vault.save(Person(id="p2", preferred_name=LONG_NAME))
    assert caught.value.message.startswith(f"The preferred name is {len(LONG_NAME)} characters")
    assert "Qz7" not in caught.value.message
    story = Encounter(
        id="e1",
        person_id="p1",
        occurred_at=WHEN,
        mode=Mode.PHONE,
        their_story="y" * (limits.MAX_TEXT_CHARS + 1),
    )
    with pytest.raises(Invalid, match="at most 200,000 there"):
        vault.save(story)
    with pytest.raises(Invalid, match="The name is"):
        vault.set_profile(Profile(name=LONG_NAME))
    assert vault.count(Encounter) == 0 and vault.count(Person) == 1
    vault.close()


def test_a_long_text_is_searchable_and_its_snippet_short(tmp_path: Path) -> None:
    vault, _ = make_vault(tmp_path)
    vault.save(Person(id="p1", preferred_name="Rosa"))
    filler = "ordinary words about the day " * 5200  # about 150,000 characters
    story = filler[:75_000] + " the zanzibar bus " + filler[75_000:]
    encounter = Encounter(
        id="e1",
        person_id="p1",
        occurred_at=WHEN,
        mode=Mode.PHONE,
        their_story=story,
    )
    vault.save(encounter)
    for query in ("zanzibar", "zanz", "zanzibar bus"):
        (hit,) = vault.search(query)
        assert hit.id == "e1"
        assert "zanzibar" in hit.snippet and len(hit.snippet) < 200
    (first, *_) = vault.search("ordinary")
    assert len(first.snippet) < 200
    vault.close()


def test_snippets_read_long_texts_in_bounded_pieces(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault, _ = make_vault(tmp_path)
    vault.save(Person(id="p1", preferred_name="Rosa"))
    filler = "ordinary words about the day " * 5200
    story = filler[:120_000] + " the zanzibar bus " + filler[120_000:]
    vault.save(
        Encounter(id="e1", person_id="p1", occurred_at=WHEN, mode=Mode.PHONE, their_story=story)
    )
    seen: list[int] = []
    real = snippets.snippet

    def measured(text: str, *args: Any, **kwargs: Any) -> str:
        seen.append(len(text))
        return real(text, *args, **kwargs)

    monkeypatch.setattr(snippets, "snippet", measured)
    (hit,) = vault.search("zanzibar")
    assert "zanzibar bus" in hit.snippet and hit.snippet.startswith("…")
    assert seen and max(seen) <= 10_000  # pieces, never the 150,000 characters
    vault.close()


def test_a_word_with_an_accent_deep_in_a_long_text_is_shown(tmp_path: Path) -> None:
    vault, _ = make_vault(tmp_path)
    vault.save(Person(id="p1", preferred_name="Rosa"))
    filler = "“ordinary” words about the day " * 5000
    story = filler[:90_000] + " el autobús a Zanzíbar " + filler[90_000:]
    vault.save(
        Encounter(id="e1", person_id="p1", occurred_at=WHEN, mode=Mode.PHONE, their_story=story)
    )
    for query in ("zanzibar", "autobus zanz", "ZANZÍBAR"):
        (hit,) = vault.search(query)
        assert "Zanzíbar" in hit.snippet, query
        assert hit.snippet.startswith("…") and hit.snippet.endswith("…")
    vault.close()
