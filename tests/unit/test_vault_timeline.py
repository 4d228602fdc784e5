"""A person's timeline: every record about them, newest first, with the peer's
reflections on their encounters fetched in one query (not one per encounter)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from peerjournal.services import journal
from peerjournal.vault import Vault
from tests.helpers.vault_fixtures import make_vault, synthetic

CONTENTS = synthetic(people=6, encounters=120, seed=3)


@pytest.fixture(scope="module")
def vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Vault]:
    opened, _ = make_vault(tmp_path_factory.mktemp("timeline"), CONTENTS)
    yield opened
    opened.close()


def _expected_reflections(person_id: str) -> set[str]:
    theirs = {e.id for e in CONTENTS.encounters if e.person_id == person_id}
    return {r.id for r in CONTENTS.reflections if r.encounter_id in theirs}


@pytest.mark.parametrize("person_id", [p.id for p in CONTENTS.people])
def test_reflections_of_person_are_those_on_their_encounters(vault: Vault, person_id: str) -> None:
    found = vault.reflections_of_person(person_id)
    assert {r.id for r in found} == _expected_reflections(person_id)
    times = [r.written_at for r in found]
    assert times == sorted(times, reverse=True)


def test_some_person_has_reflections_and_unlinked_ones_are_nobodys(vault: Vault) -> None:
    assert any(_expected_reflections(p.id) for p in CONTENTS.people)
    unlinked = {r.id for r in CONTENTS.reflections if r.encounter_id is None}
    assert unlinked
    every = {r.id for p in CONTENTS.people for r in vault.reflections_of_person(p.id)}
    assert every
    assert not (unlinked & every)
    assert vault.reflections_of_person("nobody") == []


def test_timeline_holds_every_record_of_the_person_newest_first(vault: Vault) -> None:
    for person in CONTENTS.people:
        items = journal.timeline(vault, person.id)
        expected = (
            {("encounter", e.id) for e in CONTENTS.encounters if e.person_id == person.id}
            | {("reflection", r) for r in _expected_reflections(person.id)}
            | {("goal", g.id) for g in CONTENTS.goals if g.person_id == person.id}
            | {("consent", c.id) for c in CONTENTS.consents if c.person_id == person.id}
            | {("referral", f.id) for f in CONTENTS.referrals if f.person_id == person.id}
        )
        assert {(i.kind, i.id) for i in items} == expected
        assert len(items) == len(expected)
        whens = [i.when for i in items]
        assert whens == sorted(whens, reverse=True)


def test_timeline_asks_for_reflections_once_not_per_encounter(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []
    monkeypatch.setattr(
        Vault, "reflections_of_encounter", lambda self, eid: calls.append(eid) or []
    )
    person = max(
        CONTENTS.people, key=lambda p: sum(e.person_id == p.id for e in CONTENTS.encounters)
    )
    items = journal.timeline(vault, person.id)
    assert calls == []
    assert {i.id for i in items if i.kind == "reflection"} == _expected_reflections(person.id)
