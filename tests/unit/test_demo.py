"""The demo journal: deterministic, exact in size, varied, valid, and respectful."""

from __future__ import annotations

import re
from datetime import date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from peerjournal.core import demo_words
from peerjournal.core.demo import generate
from peerjournal.core.interchange import dump_document, parse_document
from peerjournal.core.models import (
    GoalStatus,
    JournalContents,
    Mode,
    Person,
    ReferralKind,
    ReferralStatus,
    Setting,
)
from peerjournal.errors import Invalid

TODAY = date(2025, 3, 14)


@pytest.fixture(scope="module")
def journal() -> JournalContents:
    return generate(today=TODAY)


def age_band(person: Person, on: date) -> str:
    born = person.date_of_birth
    if born is None:
        return "unknown"
    age = on.year - born.year - ((on.month, on.day) < (born.month, born.day))
    for band, youngest, oldest in (
        ("under-18", 0, 17),
        ("18-24", 18, 24),
        ("25-34", 25, 34),
        ("35-44", 35, 44),
        ("45-54", 45, 54),
        ("55-64", 55, 64),
    ):
        if youngest <= age <= oldest:
            return band
    return "65+"


def test_same_seed_same_journal_and_other_seed_another() -> None:
    first = dump_document(generate(people=12, encounters=150, seed=7, today=TODAY))
    assert dump_document(generate(people=12, encounters=150, seed=7, today=TODAY)) == first
    assert dump_document(generate(people=12, encounters=150, seed=8, today=TODAY)) != first


def test_the_global_random_state_plays_no_part() -> None:
    import random

    random.seed(1)
    first = dump_document(generate(people=5, encounters=30, today=TODAY))
    random.seed(2)
    assert dump_document(generate(people=5, encounters=30, today=TODAY)) == first


@pytest.mark.parametrize(
    ("people", "encounters"), [(0, 0), (1, 0), (1, 1), (3, 5), (40, 1200), (7, 2)]
)
def test_counts_are_exact(people: int, encounters: int) -> None:
    contents = generate(people=people, encounters=encounters, today=TODAY)
    assert len(contents.people) == people
    assert len(contents.encounters) == encounters
    parse_document(dump_document(contents))  # whatever the size, the references hold


def test_defaults_are_40_people_and_1200_encounters(journal: JournalContents) -> None:
    counts = journal.counts()
    assert (counts["people"], counts["encounters"]) == (40, 1200)
    assert 5 <= counts["clinicians"] <= 15
    for name in ("reflections", "goals", "consents", "referrals"):
        assert counts[name] > 0, name
    assert journal.profile is not None
    assert journal.profile.credentials == "CPRS"


def test_negative_or_impossible_counts_are_refused() -> None:
    with pytest.raises(Invalid):
        generate(people=-1, today=TODAY)
    with pytest.raises(Invalid):
        generate(people=0, encounters=3, today=TODAY)


def test_the_journal_is_a_valid_interchange_document(journal: JournalContents) -> None:
    text = dump_document(journal)
    assert parse_document(text) == journal
    ids = {name: [r.id for r in getattr(journal, name)] for name in journal.counts()}
    for name, listed in ids.items():
        assert len(listed) == len(set(listed)), name


def test_every_value_of_every_choice_appears(journal: JournalContents) -> None:
    assert {e.mode for e in journal.encounters} == set(Mode)
    assert {e.setting for e in journal.encounters} == {*Setting, None}
    assert {g.status for g in journal.goals} == set(GoalStatus)
    assert {f.kind for f in journal.referrals} == set(ReferralKind)
    assert {f.status for f in journal.referrals} == set(ReferralStatus)
    assert {e.duration_minutes is None for e in journal.encounters} == {True, False}


def test_every_age_band_is_present_and_many_are_unknown(journal: JournalContents) -> None:
    bands = [age_band(p, TODAY) for p in journal.people]
    assert set(bands) == {"under-18", "18-24", "25-34", "35-44", "45-54", "55-64", "65+", "unknown"}
    assert bands.count("unknown") >= 5


def test_no_record_is_dated_after_today(journal: JournalContents) -> None:
    # Follow-up dates and expiry dates may lie ahead; nothing else may.
    end = datetime.combine(TODAY, datetime.max.time())
    for e in journal.encounters:
        assert e.occurred_at <= end
    for r in journal.reflections:
        assert r.written_at <= end
    for p in journal.people:
        assert p.date_of_birth is None or p.date_of_birth <= TODAY
    for g in journal.goals:
        assert g.set_on <= TODAY
        assert g.closed_on is None or g.set_on <= g.closed_on <= TODAY
    for k in journal.consents:
        assert k.signed_on <= TODAY
        assert k.revoked_on is None or k.signed_on <= k.revoked_on <= TODAY
    for f in journal.referrals:
        assert f.created_on <= TODAY
        assert f.status_on is None or f.created_on <= f.status_on <= TODAY


def test_encounters_spread_over_about_three_years(journal: JournalContents) -> None:
    days = [e.occurred_at.date() for e in journal.encounters]
    assert (TODAY - min(days)).days > 700
    assert max(days) >= TODAY.replace(day=1)
    assert days == sorted(days)


def test_follow_ups_are_due_today_and_overdue(journal: JournalContents) -> None:
    follow_ups = [e.follow_up_on for e in journal.encounters if e.follow_up_on is not None]
    assert TODAY in follow_ups
    assert any(day < TODAY for day in follow_ups)
    for e in journal.encounters:
        assert e.follow_up_on is None or e.follow_up_on >= e.occurred_at.date()


def test_reflections_have_all_five_fields_some_linked_some_alone(journal: JournalContents) -> None:
    encounters = {e.id: e for e in journal.encounters}
    linked = [r for r in journal.reflections if r.encounter_id is not None]
    assert linked
    assert len(linked) < len(journal.reflections)
    for r in journal.reflections:
        assert r.what_i_shared and r.what_i_learned and r.unique and r.universal and r.self_care
    for r in linked:
        assert r.written_at >= encounters[r.encounter_id].occurred_at


def test_consents_expire_are_revoked_or_name_an_event(journal: JournalContents) -> None:
    consents = journal.consents
    assert any(k.expires_on is not None and k.expires_on < TODAY for k in consents)
    assert any(k.revoked_on is not None for k in consents)
    assert any(k.expires_on is None and k.expires_when for k in consents)
    assert any(k.valid_on(TODAY) for k in consents)


def test_referrals_rely_on_a_consent_where_one_exists(journal: JournalContents) -> None:
    consents = {k.id: k for k in journal.consents}
    pairs = {(k.person_id, k.recipient_id): k for k in journal.consents}
    assert any(f.consent_id is not None for f in journal.referrals)
    for f in journal.referrals:
        if (f.person_id, f.clinician_id) in pairs:
            assert f.consent_id is not None
        if f.consent_id is not None:
            consent = consents[f.consent_id]
            assert (consent.person_id, consent.recipient_id) == (f.person_id, f.clinician_id)
            assert consent.valid_on(f.created_on)


def test_people_are_varied(journal: JournalContents) -> None:
    big = generate(people=400, encounters=400, seed=3, today=TODAY)
    people = big.people
    spanish = sum(p.preferred_language == "es" for p in people)
    assert 0.15 * len(people) <= spanish <= 0.35 * len(people)
    names = " ".join(p.preferred_name for p in people)
    assert re.search(r"[áéíóúñ]", names)  # accents
    assert re.search(r"[а-яА-Я]", names)  # Cyrillic
    assert re.search(r"[ễịươạảấ]", names)  # Vietnamese
    assert re.search(r"[\u0600-\u06ff]", names)  # Arabic, right to left
    assert any(p.legal_name for p in people)
    assert any(p.pronouns for p in people) and any(p.pronouns is None for p in people)
    assert len({p.preferred_name for p in people}) > 200


def test_contact_details_are_obviously_fake(journal: JournalContents) -> None:
    phones = [p.phone for p in journal.people if p.phone] + [
        c.phone for c in journal.clinicians if c.phone
    ]
    assert phones
    assert all(re.fullmatch(r"\(\d{3}\) 555-01\d{2}", phone) for phone in phones)
    emails = [p.email for p in journal.people if p.email] + [
        c.email for c in journal.clinicians if c.email
    ]
    assert emails
    assert all(email.endswith("@example.org") for email in emails)


def test_spanish_speakers_tell_their_stories_in_spanish(journal: JournalContents) -> None:
    big = generate(people=200, encounters=2000, seed=5, today=TODAY)
    spanish = {p.id for p in big.people if p.preferred_language == "es"}
    spanish_words = set(demo_words.STORY_EVENT_ES)
    english_words = set(demo_words.STORY_EVENT_EN)
    for e in big.encounters:
        if not e.their_story:
            continue
        sentences = set(re.split(r"(?<=[.!?])\s+|\n\n", e.their_story))
        if e.person_id in spanish:
            assert not sentences & english_words
        else:
            assert not sentences & spanish_words


def test_stories_are_first_person_and_varied(journal: JournalContents) -> None:
    stories = [e.their_story for e in journal.encounters if e.their_story]
    assert len(set(stories)) > 0.7 * len(stories)
    first_person = re.compile(r"\b(I|I'm|I've|my|me|mi|me|estoy|quiero)\b", re.IGNORECASE)
    assert sum(bool(first_person.search(s)) for s in stories) > 0.9 * len(stories)
    assert any('"' in s for s in stories)  # the person's quoted words
    assert any("\n" in s for s in stories)


def test_the_peers_words_are_person_first(journal: JournalContents) -> None:
    labels = re.compile(r"\b(addicts?|abusers?|clean|dirty|junkies?|alcoholics?)\b", re.IGNORECASE)
    peer_texts = [e.what_i_did or "" for e in journal.encounters]
    for r in journal.reflections:
        peer_texts += [
            r.what_i_shared or "",
            r.what_i_learned or "",
            r.unique or "",
            r.universal or "",
            r.self_care or "",
        ]
    for text in peer_texts:
        assert not labels.search(text), text


def test_referral_reasons_do_not_diagnose_or_prescribe(journal: JournalContents) -> None:
    clinical = re.compile(
        r"detox|disorder|inpatient|residential|needs? (treatment|rehab)|diagnos|dependence",
        re.IGNORECASE,
    )
    reasons = [f.reason_in_their_words for f in journal.referrals]
    reasons += [f.request or "" for f in journal.referrals]
    for kind_reasons in (*demo_words.REASON_EN.values(), *demo_words.REASON_ES.values()):
        reasons += list(kind_reasons)
    for reason in reasons:
        assert not clinical.search(reason), reason
    assert all(
        re.search(r"\b(I|I'm|I'd|My|me|Quiero|Me|Tengo|Necesito|Pido|Por favor|Una|An)\b", r)
        for r in reasons
        if r
    )


def test_goals_are_in_the_persons_words(journal: JournalContents) -> None:
    assert all(g.in_their_words for g in journal.goals)
    assert {g.in_their_words for g in journal.goals} <= set(demo_words.GOAL_EN) | set(
        demo_words.GOAL_ES
    )


@settings(max_examples=40, deadline=None)
@given(
    people=st.integers(0, 25),
    encounters=st.integers(0, 300),
    seed=st.integers(),
    today=st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 12, 31)),
)
def test_any_size_seed_and_day_give_a_sound_journal(
    people: int, encounters: int, seed: int, today: date
) -> None:
    encounters = encounters if people else 0
    contents = generate(people=people, encounters=encounters, seed=seed, today=today)
    assert (len(contents.people), len(contents.encounters)) == (people, encounters)
    assert parse_document(dump_document(contents)) == contents
    end = datetime.combine(today, datetime.max.time())
    assert all(e.occurred_at <= end for e in contents.encounters)
    assert all(r.written_at <= end for r in contents.reflections)
    assert all(p.date_of_birth is None or p.date_of_birth <= today for p in contents.people)
    assert all(g.set_on <= today for g in contents.goals)
    assert all(k.signed_on <= today for k in contents.consents)
    consents = {k.id: k for k in contents.consents}
    for f in contents.referrals:
        assert f.created_on <= today
        assert f.status_on is None or f.created_on <= f.status_on <= today
        if f.consent_id is not None:
            assert consents[f.consent_id].valid_on(f.created_on)


@pytest.mark.slow
def test_a_hundred_thousand_encounters() -> None:
    contents = generate(people=10_000, encounters=100_000, seed=1, today=TODAY)
    assert len(contents.people) == 10_000
    assert len(contents.encounters) == 100_000
    assert len({e.their_story for e in contents.encounters}) > 50_000
