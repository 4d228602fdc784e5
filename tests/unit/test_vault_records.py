"""Records: round trips for every kind, bulk add all-or-nothing, the screens' queries."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from peerjournal import errors
from peerjournal.core.models import (
    Clinician,
    Consent,
    Disclosure,
    Encounter,
    Goal,
    GoalStatus,
    JournalContents,
    Mode,
    Person,
    Profile,
    Referral,
    ReferralKind,
    ReferralStatus,
    Reflection,
    Setting,
)
from peerjournal.vault import Vault
from tests.helpers.vault_fixtures import disclosure_for, make_vault, synthetic

PERSON = Person(
    id="p-josé",
    preferred_name="José",
    legal_name="Nguyễn Thị Hương",
    pronouns="he/him",
    date_of_birth=date(1980, 2, 29),
    phone="+1 505 555 0100",
    email="jose@example.org",
    address="1 Calle Mayor\nApt 2",
    postal_code="87501",
    preferred_language="es",
    notes="Дмитрий said: «hola»\n\nsecond paragraph",
)
CLINICIAN = Clinician(id="c1", name="Dr. Ōta", organization="Clínica", fax="555")
ENCOUNTER = Encounter(
    id="e1",
    person_id=PERSON.id,
    occurred_at=datetime(2025, 3, 4, 9, 30, 15),
    mode=Mode.OUTREACH,
    duration_minutes=45,
    setting=Setting.EMERGENCY_DEPARTMENT,
    their_story="I slept at the bus station 🚌",
    what_they_want="",
    how_i_helped=None,
    follow_up_on=date(2025, 3, 11),
)
REFLECTION = Reflection(
    id="r1",
    written_at=datetime(2025, 3, 4, 20, 0),
    encounter_id="e1",
    what_i_shared="my first year",
    what_i_learned="patience",
    unique="his music",
    universal="fear of the night",
    self_care="a walk",
)
GOAL = Goal(
    id="g1",
    person_id=PERSON.id,
    in_their_words="quiero volver a trabajar",
    set_on=date(2025, 3, 4),
    status=GoalStatus.SET_ASIDE,
    closed_on=date(2025, 4, 1),
)
CONSENT = Consent(
    id="k1",
    person_id=PERSON.id,
    recipient_id="c1",
    purpose="coordinate care",
    information="dates of contact",
    signed_on=date(2025, 3, 1),
    expires_on=None,
    expires_when="when treatment ends",
    revoked_on=date(2025, 5, 1),
)
REFERRAL = Referral(
    id="f1",
    person_id=PERSON.id,
    clinician_id="c1",
    kind=ReferralKind.MUTUAL_AID,
    reason_in_their_words="I want a meeting near home",
    created_on=date(2025, 3, 5),
    status=ReferralStatus.SCHEDULED,
    consent_id="k1",
    request="a list of meetings",
    status_on=date(2025, 3, 6),
    follow_up_on=date(2025, 3, 20),
)
DISCLOSURE = Disclosure(
    id="d1",
    referral_id="f1",
    person_id=PERSON.id,
    recipient_id="c1",
    consent_id="k1",
    disclosed_at=datetime(2025, 3, 6, 10, 0),
    sha256="ab" * 32,
    override_reason="the person asked",
)
ALL = [PERSON, CLINICIAN, ENCOUNTER, REFLECTION, GOAL, CONSENT, REFERRAL]


@pytest.fixture
def vault(tmp_path: Path) -> Any:
    opened, _ = make_vault(tmp_path)
    yield opened
    opened.close()


def _reopen(vault: Vault) -> Vault:
    from tests.helpers.vault_fixtures import PASSPHRASE

    path = vault.path
    vault.close()
    return Vault.open(path, passphrase=PASSPHRASE)


def test_every_kind_round_trips_through_save_and_reopen(vault: Vault) -> None:
    for record in ALL:
        vault.save(record)
    vault.record_disclosure(DISCLOSURE)
    again = _reopen(vault)
    try:
        for record in [*ALL, DISCLOSURE]:
            assert again.get(type(record), record.id) == record
    finally:
        again.close()


def test_a_bare_record_keeps_its_nones_and_empty_strings(vault: Vault) -> None:
    bare = Person(id="p2", preferred_name="", notes="")
    vault.save(bare)
    assert vault.get(Person, "p2") == bare


def test_save_updates_in_place(vault: Vault) -> None:
    vault.save(PERSON)
    changed = dataclasses.replace(PERSON, preferred_name="Pepe", legal_name=None)
    vault.save(changed)
    assert vault.get(Person, PERSON.id) == changed
    assert vault.count(Person) == 1


def test_get_find_and_delete(vault: Vault) -> None:
    assert vault.find(Person, "nobody") is None
    with pytest.raises(errors.NotFound):
        vault.get(Person, "nobody")
    vault.save(PERSON)
    vault.delete(Person, PERSON.id)
    assert vault.find(Person, PERSON.id) is None
    with pytest.raises(errors.NotFound):
        vault.delete(Person, PERSON.id)


def test_delete_refuses_while_records_point_at_it(vault: Vault) -> None:
    for record in ALL:
        vault.save(record)
    with pytest.raises(errors.Refused) as caught:
        vault.delete(Person, PERSON.id)
    assert "José" not in caught.value.message
    assert vault.get(Person, PERSON.id) == PERSON


def test_deleting_an_encounter_keeps_its_reflection(vault: Vault) -> None:
    for record in [PERSON, ENCOUNTER, REFLECTION]:
        vault.save(record)
    vault.delete(Encounter, "e1")
    assert vault.get(Reflection, "r1").encounter_id is None


def test_save_with_a_dangling_reference_is_invalid(vault: Vault) -> None:
    with pytest.raises(errors.Invalid):
        vault.save(ENCOUNTER)
    assert vault.count(Encounter) == 0


def test_save_rejects_what_is_not_a_record(vault: Vault) -> None:
    with pytest.raises(errors.Invalid):
        vault.save(Profile(name="x"))


def test_profile(vault: Vault) -> None:
    assert vault.profile() is None
    profile = Profile(name="Sam Peer", credentials="CPRS", address="1 Main St\nTown")
    vault.set_profile(profile)
    vault.set_profile(dataclasses.replace(profile, organization="Center"))
    assert vault.profile() == dataclasses.replace(profile, organization="Center")


def test_add_contents_and_load_contents_round_trip(vault: Vault) -> None:
    contents = synthetic(people=12, encounters=40)
    vault.add_contents(contents)
    loaded = vault.load_contents()
    assert loaded == contents
    assert vault.ids()["encounters"] == {e.id for e in contents.encounters}
    assert {name: len(found) for name, found in vault.ids().items()} == contents.counts()


def test_add_contents_refers_to_records_already_in_the_vault(vault: Vault) -> None:
    vault.add_contents(JournalContents(people=[PERSON], clinicians=[CLINICIAN]))
    vault.add_contents(JournalContents(encounters=[ENCOUNTER], consents=[CONSENT]))
    assert vault.count(Encounter) == 1


@pytest.mark.parametrize(
    ("contents", "named"),
    [
        (JournalContents(people=[PERSON, PERSON]), 'people[1] (id "p-josé")'),
        (JournalContents(people=[PERSON], encounters=[ENCOUNTER, ENCOUNTER]), "encounters[1]"),
        (
            JournalContents(
                people=[PERSON], encounters=[dataclasses.replace(ENCOUNTER, person_id="ghost")]
            ),
            'encounters[0] (id "e1"): person_id',
        ),
        (
            JournalContents(people=[PERSON], clinicians=[CLINICIAN], referrals=[REFERRAL]),
            'referrals[0] (id "f1"): consent_id',
        ),
        (JournalContents(people=[PERSON], reflections=[REFLECTION]), "reflections[0]"),
    ],
)
def test_add_contents_is_all_or_nothing(
    vault: Vault, contents: JournalContents, named: str
) -> None:
    vault.add_contents(JournalContents(clinicians=[Clinician(id="c-old", name="Old")]))
    with pytest.raises(errors.Invalid) as caught:
        vault.add_contents(contents)
    assert named in caught.value.message
    assert "José" not in caught.value.message
    assert vault.count(Person) == 0
    assert vault.count(Encounter) == 0
    assert vault.ids()["clinicians"] == {"c-old"}


def test_add_contents_refuses_an_id_already_in_the_vault(vault: Vault) -> None:
    vault.add_contents(JournalContents(people=[PERSON]))
    other = Person(id="p-new", preferred_name="New")
    with pytest.raises(errors.Invalid, match='people\\[1\\] \\(id "p-josé"\\)'):
        vault.add_contents(JournalContents(people=[other, PERSON]))
    assert vault.count(Person) == 1


def test_added_records_are_searchable_and_updatable(vault: Vault) -> None:
    vault.add_contents(JournalContents(people=[PERSON], encounters=[ENCOUNTER]))
    assert [h.id for h in vault.search("station")] == ["e1"]
    vault.save(dataclasses.replace(ENCOUNTER, their_story="a quiet morning"))
    assert vault.search("station") == []
    assert [h.id for h in vault.search("quiet")] == ["e1"]


def test_people_filter_is_case_and_accent_insensitive(vault: Vault) -> None:
    people = [
        Person(id="a", preferred_name="José Álvarez"),
        Person(id="b", preferred_name="Mary", legal_name="Nguyễn Thị Hương"),
        Person(id="c", preferred_name="Дмитрий"),
        Person(id="d", preferred_name="Josefina"),
        Person(id="e", preferred_name="Ana María Josè"),
        Person(id="f", preferred_name="100%_sure"),
    ]
    vault.add_contents(JournalContents(people=people))
    assert [p.id for p in vault.people("jos")] == ["a", "d", "e"]  # starts-with first
    assert [p.id for p in vault.people("HUONG")] == ["b"]
    assert [p.id for p in vault.people("дми")] == ["c"]
    assert [p.id for p in vault.people("ALVAREZ")] == ["a"]
    assert [p.id for p in vault.people("%_")] == ["f"]
    assert [p.id for p in vault.people("")] == ["f", "e", "a", "d", "b", "c"]
    assert [p.id for p in vault.people("", limit=2, offset=1)] == ["e", "a"]
    assert vault.people("zzz") == []


def test_lists_of_a_person_are_newest_first(vault: Vault) -> None:
    contents = synthetic(people=3, encounters=60)
    vault.add_contents(contents)
    for person in contents.people:
        encounters = vault.encounters_of(person.id)
        assert {e.id for e in encounters} == {
            e.id for e in contents.encounters if e.person_id == person.id
        }
        times = [e.occurred_at for e in encounters]
        assert times == sorted(times, reverse=True)
        assert [g.set_on for g in vault.goals_of(person.id)] == sorted(
            (g.set_on for g in contents.goals if g.person_id == person.id), reverse=True
        )
        assert {c.id for c in vault.consents_of(person.id)} == {
            c.id for c in contents.consents if c.person_id == person.id
        }
        referrals = vault.referrals_of(person.id)
        assert [r.created_on for r in referrals] == sorted(
            (r.created_on for r in referrals), reverse=True
        )
    written = [r.written_at for r in vault.reflections()]
    assert written == sorted(written, reverse=True)
    assert len(vault.reflections(limit=2, offset=1)) == 2
    assert [r.id for r in vault.reflections_of_encounter("e0")] == ["r0"]
    for person in contents.people:
        theirs = {e.id for e in contents.encounters if e.person_id == person.id}
        expected = [r for r in contents.reflections if r.encounter_id in theirs]
        found = vault.reflections_of_person(person.id)
        assert sorted(r.id for r in found) == sorted(r.id for r in expected)
        assert [r.written_at for r in found] == sorted((r.written_at for r in found), reverse=True)


def test_consents_between(vault: Vault) -> None:
    for record in ALL:
        vault.save(record)
    second = dataclasses.replace(CONSENT, id="k2", signed_on=date(2025, 6, 1), revoked_on=None)
    vault.save(second)
    assert [c.id for c in vault.consents_between(PERSON.id, "c1")] == ["k2", "k1"]
    assert vault.consents_between(PERSON.id, "nobody") == []


def test_follow_ups_due(vault: Vault) -> None:
    for record in ALL:
        vault.save(record)
    assert vault.follow_ups_due(date(2025, 3, 10)) == []
    assert vault.follow_ups_due(date(2025, 3, 11)) == [ENCOUNTER]
    assert vault.follow_ups_due(date(2025, 12, 31)) == [ENCOUNTER, REFERRAL]


def test_disclosures_log(vault: Vault) -> None:
    contents = synthetic(people=4, encounters=4)
    vault.add_contents(contents)
    first, second = disclosure_for(contents, 0), disclosure_for(contents, 1)
    second = dataclasses.replace(second, disclosed_at=datetime(2025, 7, 1))
    vault.record_disclosure(first)
    vault.record_disclosure(second)
    assert vault.disclosures() == [second, first]
    assert vault.disclosures(first.person_id) == [first]
    with pytest.raises(errors.Invalid):
        vault.record_disclosure(first)
    assert len(vault.disclosures()) == 2


def test_drafts(vault: Vault) -> None:
    assert vault.drafts() == {}
    vault.save_draft("encounter:new", {"their_story": "José dijo «sí»", "n": 3})
    vault.save_draft("encounter:new", {"their_story": "changed"})
    vault.save_draft("goal:g1", {})
    assert vault.drafts() == {"encounter:new": {"their_story": "changed"}, "goal:g1": {}}
    vault.discard_draft("encounter:new")
    vault.discard_draft("never-there")
    assert vault.drafts() == {"goal:g1": {}}


def test_count_every_kind(vault: Vault) -> None:
    contents = synthetic(people=5, encounters=20)
    vault.add_contents(contents)
    kinds = [Person, Clinician, Encounter, Reflection, Goal, Consent, Referral]
    counted = list(contents.counts().items())[: len(kinds)]  # check-ins: tests/unit/test_checkins*
    for kind, (name, expected) in zip(kinds, counted, strict=True):
        assert vault.count(kind) == expected, name


def test_report_facts_hold_the_period_and_no_text(vault: Vault) -> None:
    contents = synthetic(people=8, encounters=120)
    vault.add_contents(contents)
    start, end = date(2025, 1, 1), date(2025, 3, 31)
    facts = vault.report_facts(start, end)
    expected = sorted(e.id for e in contents.encounters if start <= e.occurred_at.date() <= end)
    assert len(facts.encounters) == len(expected) > 0
    assert all(start <= f.occurred_at.date() <= end for f in facts.encounters)
    supported = {f.person_id for f in facts.encounters}
    assert set(facts.dates_of_birth) == supported
    by_id = {p.id: p for p in contents.people}
    assert all(facts.dates_of_birth[i] == by_id[i].date_of_birth for i in supported)
    assert len(facts.referrals) == sum(start <= r.created_on <= end for r in contents.referrals)
    for fact in facts.goals:
        assert start <= fact.set_on <= end or (fact.closed_on and start <= fact.closed_on <= end)
    text_fields = {"their_story", "what_they_want", "how_i_helped", "notes", "in_their_words"}
    for fact in facts.encounters[:1] + facts.referrals[:1] + facts.goals[:1]:
        assert not text_fields & {f.name for f in dataclasses.fields(fact)}


def test_a_full_disk_during_a_bulk_add_is_no_space_and_writes_nothing(vault: Vault) -> None:
    import resource
    import signal

    vault.add_contents(JournalContents(people=[PERSON]))
    size = vault.path.stat().st_size
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    old_handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (size + 64 * 1024, hard))
    try:
        with pytest.raises(errors.NoSpace):
            vault.add_contents(synthetic(people=50, encounters=3000))
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, old_handler)
    assert vault.ids()["people"] == {PERSON.id}
    assert vault.count(Encounter) == 0
    vault.save(dataclasses.replace(PERSON, notes="still writable"))
