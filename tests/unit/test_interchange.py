"""Interchange v1 (spec/interchange-v1.md): reading, writing, and every way to refuse."""

from __future__ import annotations

import copy
import json
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from peerjournal.core.interchange import (
    document_dict,
    dump_document,
    parse_document,
    record_from_dict,
    record_to_dict,
)
from peerjournal.core.models import (
    RECORD_LISTS,
    Clinician,
    Consent,
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
from peerjournal.errors import Invalid

SAMPLE = Path(__file__).parent.parent / "fixtures" / "interchange_sample.json"


def sample_text() -> str:
    return SAMPLE.read_text(encoding="utf-8")


def sample_dict() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(sample_text())
    return loaded


def refused(document: Any, existing: dict[str, set[str]] | None = None) -> str:
    """The message of the Invalid that parsing `document` (a dict or text) raises."""
    text = document if isinstance(document, str | bytes) else json.dumps(document)
    with pytest.raises(Invalid) as caught:
        parse_document(text, existing)
    return caught.value.message


def with_record(list_name: str, record: dict[str, Any], **base: Any) -> dict[str, Any]:
    """A small valid document (one person p1, one clinician c1) plus `record`."""
    document: dict[str, Any] = {
        "format": "peerjournal-interchange",
        "version": 1,
        "people": [{"id": "p1", "preferred_name": "Rosa"}],
        "clinicians": [{"id": "c1", "name": "Dr. Okafor"}],
    }
    document.update(base)
    document.setdefault(list_name, []).append(record)
    return document


def encounter(**fields: Any) -> dict[str, Any]:
    record = {"id": "e1", "person_id": "p1", "occurred_at": "2024-05-01T10:00", "mode": "phone"}
    record.update(fields)
    return record


# --- Reading a valid document -------------------------------------------------


def test_sample_reads_every_list_and_field() -> None:
    contents = parse_document(sample_text())
    assert contents.counts() == {
        "people": 5,
        "clinicians": 1,
        "encounters": 4,
        "reflections": 2,
        "goals": 2,
        "consents": 2,
        "referrals": 2,
        "checkins": 2,
        "disclosures": 2,
    }
    assert contents.profile == Profile(
        name="Alex Moreno",
        credentials="CPRS",
        organization="Bridgeway Peer Recovery (demo)",
        address="210 Example Street\nSpringfield, ST 00000",
        phone="(217) 555-0142",
        email="alex.moreno@example.org",
    )
    jose = contents.people[0]
    assert jose == Person(
        id="p1",
        preferred_name="José Ramírez",
        legal_name="José Luis Ramírez Núñez",
        pronouns="él / he/him",
        date_of_birth=date(1984, 2, 29),
        phone="(505) 555-0107",
        email="jose@example.org",
        address="12 Calle Ocho\nSpringfield",
        postal_code="90001",
        preferred_language="es",
        notes="Prefiere mensajes de texto.\nNo dejar buzón de voz.",
    )
    assert contents.people[4].notes == ""  # empty text stays empty, not None
    first = contents.encounters[0]
    assert first.mode is Mode.IN_PERSON
    assert first.setting is Setting.EMERGENCY_DEPARTMENT
    assert first.occurred_at == datetime(2024, 3, 1, 9, 30)
    assert first.occurred_at.tzinfo is None
    assert first.follow_up_on == date(2024, 3, 4)
    assert first.their_story == 'Anoche fue muy difícil.\nMi abuela decía "poco a poco".'
    assert contents.encounters[2].duration_minutes == 0
    assert contents.encounters[3].duration_minutes == 1440
    assert contents.reflections[0] == Reflection(
        id="r1",
        encounter_id="e1",
        written_at=datetime(2024, 3, 1, 20, 0),
        what_i_shared="My first year.",
        what_i_learned="Patience.",
        unique="His faith.",
        universal="Wanting to be seen.",
        self_care="Call my sponsor.",
    )
    assert contents.goals[1] == Goal(
        id="g2",
        person_id="p5",
        in_their_words="Walk every morning.",
        set_on=date(2024, 1, 10),
        status=GoalStatus.MET,
        closed_on=date(2024, 2, 20),
    )
    assert contents.consents[1] == Consent(
        id="k2",
        person_id="p2",
        recipient_id="c1",
        purpose="To make my referral.",
        information="My name.",
        signed_on=date(2024, 3, 2),
        expires_when="When I finish the program.",
        revoked_on=date(2024, 4, 1),
    )
    assert contents.referrals[0] == Referral(
        id="f1",
        person_id="p1",
        clinician_id="c1",
        consent_id="k1",
        kind=ReferralKind.MEDICAL,
        reason_in_their_words="Me duele la muela.",
        request="Una cita, por favor.",
        created_on=date(2024, 3, 2),
        status=ReferralStatus.SENT,
        status_on=date(2024, 3, 3),
        follow_up_on=date(2024, 3, 10),
    )
    assert contents.clinicians[0] == Clinician(
        id="c1",
        name="Dr. Amara Okafor",
        organization="Riverbend Community Health",
        fax="(217) 555-0190",
    )


def test_offsets_are_kept_and_naive_times_stay_naive() -> None:
    contents = parse_document(sample_text())
    assert contents.encounters[1].occurred_at == datetime(
        2024, 3, 2, 18, 5, 30, tzinfo=timezone(timedelta(hours=7))
    )
    assert contents.encounters[2].occurred_at == datetime(2024, 3, 3, 23, 59, 59, tzinfo=UTC)
    assert contents.encounters[3].occurred_at.utcoffset() == timedelta(hours=-5)
    text = dump_document(contents)
    assert '"occurred_at": "2024-03-02T18:05:30+07:00"' in text
    assert '"occurred_at": "2024-03-03T23:59:59+00:00"' in text
    assert '"occurred_at": "2024-03-01T09:30:00"' in text


def test_unicode_and_line_breaks_survive_a_round_trip() -> None:
    contents = parse_document(sample_text())
    again = parse_document(dump_document(contents))
    assert again == contents
    names = [p.preferred_name for p in again.people]
    assert names == [
        "José Ramírez",
        "Nguyễn Thị Hương",
        "Дмитрий Волков",
        "ليلى حداد",
        "Aroha Ngata 🌿",
    ]
    assert again.encounters[3].their_story == "أريد أن أرى أطفالي\nI want to see my kids."
    text = dump_document(contents)
    assert "Nguyễn Thị Hương" in text  # written as characters, not \u escapes
    assert "🌿" in text


def test_dump_of_parse_of_dump_is_the_same_document() -> None:
    first = dump_document(parse_document(sample_text()))
    assert dump_document(parse_document(first)) == first
    assert dump_document(parse_document(first.encode("utf-8"))) == first


def test_dump_writes_every_field_in_the_spec_order_with_nulls() -> None:
    document = json.loads(dump_document(parse_document(sample_text())))
    assert list(document) == ["format", "version", "profile", *RECORD_LISTS]
    assert list(document["encounters"][1]) == [
        "id",
        "person_id",
        "occurred_at",
        "duration_minutes",
        "mode",
        "setting",
        "their_story",
        "what_they_want",
        "how_i_helped",
        "what_i_did",
        "follow_up_on",
    ]
    assert document["encounters"][1]["setting"] is None
    assert list(document["referrals"][0]) == [
        "id",
        "person_id",
        "clinician_id",
        "consent_id",
        "kind",
        "reason_in_their_words",
        "request",
        "created_on",
        "status",
        "status_on",
        "follow_up_on",
        "share_contact",
        "to_know",
        "going_well",
        "how_i_will_help",
    ]
    assert list(document["consents"][0])[-5:] == [
        "expires_on",
        "expires_when",
        "revoked_on",
        "covers",
        "signature",
    ]
    assert "nickname" not in document["people"][2]  # unknown fields are read past, not kept


def test_dump_is_exactly_the_stdlib_indented_json() -> None:
    contents = parse_document(sample_text())
    expected = json.dumps(document_dict(contents), ensure_ascii=False, indent=2)
    assert dump_document(contents) == expected


def test_an_empty_journal_dumps_and_reads_back() -> None:
    text = dump_document(JournalContents())
    assert json.loads(text) == {
        "format": "peerjournal-interchange",
        "version": 1,
        "profile": None,
        **{name: [] for name in RECORD_LISTS},
    }
    assert parse_document(text) == JournalContents()


def test_every_list_is_optional() -> None:
    contents = parse_document('{"format": "peerjournal-interchange", "version": 1}')
    assert contents == JournalContents()


def test_null_lists_and_null_profile_mean_empty() -> None:
    text = '{"format": "peerjournal-interchange", "version": 1, "profile": null, "people": null}'
    assert parse_document(text) == JournalContents()


def test_a_byte_order_mark_is_allowed() -> None:
    assert parse_document(("\ufeff" + sample_text()).encode("utf-8")).counts()["people"] == 5


def test_references_may_point_into_the_vault() -> None:
    document = {
        "format": "peerjournal-interchange",
        "version": 1,
        "encounters": [encounter(person_id="p-old")],
        "reflections": [{"id": "r1", "encounter_id": "e-old", "written_at": "2024-05-01T10:00"}],
        "referrals": [
            {
                "id": "f1",
                "person_id": "p-old",
                "clinician_id": "c-old",
                "consent_id": "k-old",
                "kind": "housing",
                "reason_in_their_words": "I want a place.",
                "created_on": "2024-05-01",
                "status": "draft",
            }
        ],
    }
    existing = {
        "people": {"p-old"},
        "encounters": {"e-old"},
        "clinicians": {"c-old"},
        "consents": {"k-old"},
    }
    contents = parse_document(json.dumps(document), existing)
    assert contents.referrals[0].consent_id == "k-old"
    message = refused(document)
    assert 'encounters[0] (id "e1"): person_id: names no record in people' in message


def test_ids_of_64_characters_are_fine() -> None:
    person = {"id": "x" * 64, "preferred_name": "Rosa"}
    contents = parse_document(json.dumps(with_record("people", person)))
    assert contents.people[1].id == "x" * 64


# --- Refusing: the document ---------------------------------------------------


def test_invalid_json_names_line_and_column() -> None:
    message = refused('{\n  "format": "peerjournal-interchange",\n  "version": 1,,\n}')
    assert message == (
        "The file is not valid JSON: Expecting property name enclosed in double quotes"
        " at line 3, column 16."
    )


def test_empty_text_is_not_json() -> None:
    assert refused("") == "The file is not valid JSON: Expecting value at line 1, column 1."


@pytest.mark.parametrize(
    ("top", "kind"), [("[]", "a list"), ('"x"', "a string"), ("3", "a number"), ("null", "null")]
)
def test_the_top_level_must_be_an_object(top: str, kind: str) -> None:
    assert refused(top) == (
        "This is not a PeerJournal interchange file: its top level must be a JSON object,"
        f" not {kind}."
    )


@pytest.mark.parametrize("fmt", [None, "peerjournal", 1, ["peerjournal-interchange"]])
def test_format_is_required(fmt: Any) -> None:
    document: dict[str, Any] = {"version": 1}
    if fmt is not None:
        document["format"] = fmt
    assert refused(document) == (
        'This is not a PeerJournal interchange file: "format" must be "peerjournal-interchange".'
    )


def test_another_version_gets_a_plain_message() -> None:
    message = refused({"format": "peerjournal-interchange", "version": 2})
    assert message == "This file is interchange version 2; this PeerJournal reads version 1 only."


@pytest.mark.parametrize(
    ("version", "message"),
    [
        (None, "version: is required (this PeerJournal reads version 1)."),
        ("1", "version: must be the whole number 1, not a string."),
        (True, "version: must be the whole number 1, not true."),
        (1.0, "version: must be the whole number 1, not a number."),
    ],
)
def test_version_must_be_the_number_one(version: Any, message: str) -> None:
    document: dict[str, Any] = {"format": "peerjournal-interchange"}
    if version is not None:
        document["version"] = version
    assert refused(document) == message


def test_bytes_that_are_not_utf8() -> None:
    assert refused(b'{"a": "\xff"}') == (
        "The file is not UTF-8 text (a byte at position 7 cannot be read)."
    )


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_nan_and_infinity_are_not_json(constant: str) -> None:
    message = refused('{"format": "peerjournal-interchange", "version": 1, "x": ' + constant + "}")
    assert message == f"The file is not valid JSON: {constant} is not a JSON number."


def test_very_deep_nesting_is_refused_plainly() -> None:
    assert refused("[" * 100_000) == "The file is not valid JSON: it nests too deeply to read."


def test_a_huge_number_is_refused_plainly() -> None:
    message = refused('{"format": "peerjournal-interchange", "version": ' + "9" * 5000 + "}")
    assert message == "The file is not valid JSON: a number in it is too long to read."


def test_a_list_that_is_not_a_list() -> None:
    document = {"format": "peerjournal-interchange", "version": 1, "people": {"id": "p1"}}
    assert refused(document) == "people: must be a list (a JSON array), not an object"


def test_a_record_that_is_not_an_object() -> None:
    document = {"format": "peerjournal-interchange", "version": 1, "goals": ["get a job"]}
    assert refused(document) == "goals[0]: must be a record (a JSON object), not a string"


def test_profile_is_one_object() -> None:
    document = {"format": "peerjournal-interchange", "version": 1, "profile": [{"name": "A"}]}
    assert refused(document) == "profile: must be a record (a JSON object), not a list"
    document = {"format": "peerjournal-interchange", "version": 1, "profile": {"phone": "5"}}
    assert refused(document) == "profile: name: is required"


# --- Refusing: fields -----------------------------------------------------------


def test_the_spec_example_message() -> None:
    records = [encounter(id=f"e{n}") for n in (1, 2, 3)]
    records.append(encounter(id="e17", mode="walk"))
    document = with_record("encounters", records[0])
    document["encounters"].extend(records[1:])
    # The spec's example echoed 'walk'; the later no-echo rule (spec/cli.md) wins.
    assert refused(document) == f'encounters[3] (id "e17"): mode: {MODES}'


@pytest.mark.parametrize(
    ("list_name", "record", "message"),
    [
        ("people", {"id": "p2"}, 'people[1] (id "p2"): preferred_name: is required'),
        (
            "people",
            {"id": "p2", "preferred_name": None},
            'people[1] (id "p2"): preferred_name: is required',
        ),
        ("encounters", encounter(mode=None), 'encounters[0] (id "e1"): mode: is required'),
        (
            "encounters",
            {"id": "e1", "person_id": "p1", "mode": "text"},
            'encounters[0] (id "e1"): occurred_at: is required',
        ),
        (
            "goals",
            {"id": "g1", "person_id": "p1", "in_their_words": "x", "status": "met"},
            'goals[0] (id "g1"): set_on: is required',
        ),
        (
            "consents",
            {
                "id": "k1",
                "person_id": "p1",
                "recipient_id": "c1",
                "purpose": "x",
                "signed_on": "2024-01-01",
            },
            'consents[0] (id "k1"): information: is required',
        ),
        ("reflections", {"id": "r1"}, 'reflections[0] (id "r1"): written_at: is required'),
        ("clinicians", {"id": "c2"}, 'clinicians[1] (id "c2"): name: is required'),
        (
            "referrals",
            {
                "id": "f1",
                "person_id": "p1",
                "clinician_id": "c1",
                "kind": "legal",
                "reason_in_their_words": "x",
                "created_on": "2024-01-01",
            },
            'referrals[0] (id "f1"): status: is required',
        ),
    ],
)
def test_required_fields(list_name: str, record: dict[str, Any], message: str) -> None:
    assert refused(with_record(list_name, record)) == message


ID_RULE = "people[1]: id: must be a non-empty string of at most 64 characters"


@pytest.mark.parametrize(
    ("record_id", "message"),
    [
        ("", f"{ID_RULE}, not 0 characters long"),
        ("x" * 65, f"{ID_RULE}, not 65 characters long"),
        (7, f"{ID_RULE}, not a number"),
        (None, "people[1]: id: is required"),
    ],
)
def test_ids_must_be_short_non_empty_strings(record_id: Any, message: str) -> None:
    person: dict[str, Any] = {"preferred_name": "Rosa"}
    if record_id is not None:
        person["id"] = record_id
    assert refused(with_record("people", person)) == message


def test_ids_are_unique_within_a_list() -> None:
    document = with_record("people", {"id": "p1", "preferred_name": "Another Rosa"})
    assert refused(document) == (
        'people[1] (id "p1"): id: "p1" is used twice in people (first at people[0])'
    )


def test_the_same_id_in_two_lists_is_fine() -> None:
    document = with_record("encounters", encounter(id="p1"))
    assert parse_document(json.dumps(document)).encounters[0].id == "p1"


def test_an_id_already_in_the_vault_is_an_error() -> None:
    message = refused(with_record("encounters", encounter()), {"encounters": {"e1"}})
    assert message == 'encounters[0] (id "e1"): id: "e1" is already in the journal; ids must be new'


@pytest.mark.parametrize(
    ("list_name", "record", "message"),
    [
        (
            "encounters",
            encounter(person_id="p9"),
            'encounters[0] (id "e1"): person_id: names no record in people'
            " (in this file or in the journal)",
        ),
        (
            "reflections",
            {"id": "r1", "encounter_id": "e9", "written_at": "2024-01-01T09:00"},
            'reflections[0] (id "r1"): encounter_id: names no record in encounters'
            " (in this file or in the journal)",
        ),
        (
            "goals",
            {
                "id": "g1",
                "person_id": "c1",
                "in_their_words": "x",
                "set_on": "2024-01-01",
                "status": "active",
            },
            'goals[0] (id "g1"): person_id: names no record in people'
            " (in this file or in the journal)",
        ),
        (
            "consents",
            {
                "id": "k1",
                "person_id": "p1",
                "recipient_id": "p1",
                "purpose": "x",
                "information": "y",
                "signed_on": "2024-01-01",
            },
            'consents[0] (id "k1"): recipient_id: names no record in clinicians'
            " (in this file or in the journal)",
        ),
        (
            "referrals",
            {
                "id": "f1",
                "person_id": "p1",
                "clinician_id": "c1",
                "consent_id": "k9",
                "kind": "legal",
                "reason_in_their_words": "x",
                "created_on": "2024-01-01",
                "status": "draft",
            },
            'referrals[0] (id "f1"): consent_id: names no record in consents'
            " (in this file or in the journal)",
        ),
        (
            "referrals",
            {
                "id": "f1",
                "person_id": "p1",
                "clinician_id": "c9",
                "kind": "legal",
                "reason_in_their_words": "x",
                "created_on": "2024-01-01",
                "status": "draft",
            },
            'referrals[0] (id "f1"): clinician_id: names no record in clinicians'
            " (in this file or in the journal)",
        ),
    ],
)
def test_references_must_resolve(list_name: str, record: dict[str, Any], message: str) -> None:
    assert refused(with_record(list_name, record)) == message


# No message repeats a text value of the file (spec/cli.md): it says what was expected.
MODES = "must be one of in_person, phone, video, text, outreach (the text given is none of them)"
NOT_A_DATE = "must be a date in the form YYYY-MM-DD (the text given is not one)"
NO_SUCH_DATE = "must be a real date in the form YYYY-MM-DD (the one given does not exist)"
NOT_A_DATE_TIME = (
    "must be a date-time in the form YYYY-MM-DDTHH:MM[:SS], an offset such as +02:00 may"
    " follow (the text given is not one)"
)
NO_SUCH_DATE_TIME = (
    "must be a real date-time in the form YYYY-MM-DDTHH:MM[:SS] (the one given does not exist)"
)


@pytest.mark.parametrize(
    ("field", "value", "problem"),
    [
        (
            "setting",
            "street",
            "must be one of community, emergency_department, jail,"
            " home, recovery_center, treatment_center, shelter, other"
            " (the text given is none of them)",
        ),
        (
            "mode",
            3,
            "must be one of in_person, phone, video, text, outreach (a JSON string), not a number",
        ),
        ("mode", "PHONE", MODES),
        ("mode", "w" * 60, MODES),
        ("duration_minutes", -1, "must be a whole number from 0 to 1440, not -1"),
        ("duration_minutes", 1441, "must be a whole number from 0 to 1440, not 1441"),
        ("duration_minutes", 30.0, "must be a whole number from 0 to 1440, not 30.0"),
        ("duration_minutes", True, "must be a whole number from 0 to 1440, not true"),
        ("duration_minutes", "30", "must be a whole number from 0 to 1440, not a string"),
        ("occurred_at", "2024-05-01 10:00", NOT_A_DATE_TIME),
        ("occurred_at", "2024-05-01T10:00:00.5", NOT_A_DATE_TIME),
        ("occurred_at", "2024-05-01", NOT_A_DATE_TIME),
        ("occurred_at", "2024-05-01T24:00", NO_SUCH_DATE_TIME),
        ("occurred_at", "2024-02-30T10:00", NO_SUCH_DATE_TIME),
        ("occurred_at", "2024-05-01T10:00+24:00", NO_SUCH_DATE_TIME),
        (
            "occurred_at",
            1714557600,
            "must be a date-time (a JSON string YYYY-MM-DDTHH:MM[:SS]), not a number",
        ),
        ("follow_up_on", "2024-5-01", NOT_A_DATE),
        ("follow_up_on", "20240501", NOT_A_DATE),
        ("follow_up_on", "２０２４-05-01", NOT_A_DATE),
        ("follow_up_on", "2023-02-29", NO_SUCH_DATE),
        ("follow_up_on", "0000-01-01", NO_SUCH_DATE),
        ("follow_up_on", ["2024-05-01"], "must be a date (a JSON string YYYY-MM-DD), not a list"),
        ("their_story", 42, "must be text (a JSON string), not a number"),
        ("their_story", {"a": 1}, "must be text (a JSON string), not an object"),
        ("person_id", 1, "must be text (a JSON string), not a number"),
    ],
)
def test_field_types_and_values(field: str, value: Any, problem: str) -> None:
    message = refused(with_record("encounters", encounter(**{field: value})))
    assert message == f'encounters[0] (id "e1"): {field}: {problem}'


def test_referral_follow_up_extension_is_read_as_a_date() -> None:
    referral = {
        "id": "f1",
        "person_id": "p1",
        "clinician_id": "c1",
        "kind": "legal",
        "reason_in_their_words": "x",
        "created_on": "2024-01-01",
        "status": "sent",
        "follow_up_on": "2024-01-31",
    }
    contents = parse_document(json.dumps(with_record("referrals", referral)))
    assert contents.referrals[0].follow_up_on == date(2024, 1, 31)
    referral["follow_up_on"] = "soon"
    assert refused(with_record("referrals", referral)) == (
        f'referrals[0] (id "f1"): follow_up_on: {NOT_A_DATE}'
    )


def test_messages_never_hold_the_persons_words() -> None:
    secret = "I slept behind the Safeway on 5th"
    cases = [
        encounter(their_story=[secret]),
        encounter(what_they_want={"words": secret}),
        encounter(how_i_helped=[secret], duration_minutes=secret),
        encounter(occurred_at={"at": secret}, follow_up_on=[secret]),
    ]
    for record in cases:
        message = refused(with_record("encounters", record))
        assert secret not in message


def test_a_lone_surrogate_is_refused() -> None:
    text = json.dumps(with_record("people", {"id": "p2", "preferred_name": "Ro\ud800sa"}))
    assert "\\ud800" in text
    assert refused(text) == (
        'people[1] (id "p2"): preferred_name: holds an unpaired surrogate (\\uD800-\\uDFFF),'
        " which is not Unicode text"
    )
    with pytest.raises(Invalid, match="not valid Unicode"):
        parse_document('{"format": "peerjournal-interchange", "version": 1, "x": "\ud800"}')


def test_a_surrogate_pair_escape_is_an_emoji() -> None:
    text = json.dumps(with_record("people", {"id": "p2", "preferred_name": "Rosa 🌿"}))
    assert "\\ud83c\\udf3f" in text  # json.dumps escapes it as a pair
    assert parse_document(text).people[1].preferred_name == "Rosa 🌿"


def test_an_id_with_quotes_and_line_breaks_stays_on_one_line() -> None:
    message = refused(with_record("encounters", encounter(id='e"1\n', mode="walk")))
    assert message.startswith('encounters[0] (id "e\\"1\\n"): mode:')
    assert "\n" not in message


def test_several_problems_one_per_line_at_most_five() -> None:
    records = [encounter(id=f"e{n}", mode="walk") for n in range(8)]
    document = with_record("encounters", records[0])
    document["encounters"].extend(records[1:])
    lines = refused(document).split("\n")
    assert len(lines) == 5
    assert lines[0].startswith('encounters[0] (id "e0"): mode:')
    assert lines[4].startswith('encounters[4] (id "e4"): mode:')


def test_problems_of_one_record_each_get_a_line() -> None:
    message = refused(with_record("encounters", {"id": "e1", "mode": "walk"}))
    assert message.split("\n") == [
        'encounters[0] (id "e1"): person_id: is required',
        'encounters[0] (id "e1"): occurred_at: is required',
        f'encounters[0] (id "e1"): mode: {MODES}',
    ]


# --- One record ---------------------------------------------------------------


def test_record_dict_round_trip_for_every_kind() -> None:
    contents = parse_document(sample_text())
    records: list[Any] = [contents.profile]
    for name in RECORD_LISTS:
        records.extend(getattr(contents, name))
    for record in records:
        as_dict = record_to_dict(record)
        assert json.loads(json.dumps(as_dict)) == as_dict  # plain JSON values only
        assert record_from_dict(type(record), as_dict) == record
    assert record_from_dict("people", {"id": "p1", "preferred_name": "Rosa"}) == Person(
        id="p1", preferred_name="Rosa"
    )


def test_record_from_dict_checks_fields_but_not_references() -> None:
    assert record_from_dict(Encounter, encounter(person_id="nobody")).person_id == "nobody"
    with pytest.raises(Invalid) as caught:
        record_from_dict("encounters", encounter(mode="walk"))
    assert caught.value.message == f'encounters (id "e1"): mode: {MODES}'
    with pytest.raises(Invalid, match="is not a kind of record"):
        record_from_dict("patients", {})
    with pytest.raises(Invalid, match=r"encounters: must be a record \(a JSON object\)"):
        record_from_dict("encounters", ["e1"])  # type: ignore[arg-type]


# --- Hypothesis: nothing but Invalid, whatever comes in -------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4)
    ),
    max_leaves=20,
)


def parses_or_refuses(text: str | bytes) -> None:
    try:
        parse_document(text)
    except Invalid as problem:
        assert problem.message
        assert len(problem.message.split("\n")) <= 5


@given(json_values)
def test_any_json_value_parses_or_is_refused(value: Any) -> None:
    parses_or_refuses(json.dumps(value))


@given(st.sampled_from((*RECORD_LISTS, "profile")), json_values)
def test_any_json_in_any_list_parses_or_is_refused(list_name: str, value: Any) -> None:
    document = {"format": "peerjournal-interchange", "version": 1, list_name: value}
    parses_or_refuses(json.dumps(document))


@given(st.text())
def test_any_text_parses_or_is_refused(text: str) -> None:
    parses_or_refuses(text)


@given(st.binary())
def test_any_bytes_parse_or_are_refused(data: bytes) -> None:
    parses_or_refuses(data)


def _paths(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [path]
    if isinstance(value, dict):
        for key, inner in value.items():
            found.extend(_paths(inner, (*path, key)))
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            found.extend(_paths(inner, (*path, index)))
    return found


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_a_mutated_valid_document_parses_or_is_refused(data: st.DataObject) -> None:
    document = sample_dict()
    for _ in range(data.draw(st.integers(1, 3))):
        paths = [p for p in _paths(document) if p]
        path = data.draw(st.sampled_from(paths))
        parent = document
        for step in path[:-1]:
            parent = parent[step]
        action = data.draw(st.sampled_from(["drop", "replace", "null", "wrong type", "duplicate"]))
        if action == "drop":
            del parent[path[-1]]
        elif action == "replace":
            parent[path[-1]] = data.draw(json_values)
        elif action == "null":
            parent[path[-1]] = None
        elif action == "wrong type":
            old = parent[path[-1]]
            parent[path[-1]] = [old] if not isinstance(old, list) else {"x": old}
        elif isinstance(parent, list):
            parent.append(copy.deepcopy(parent[path[-1]]))
    parses_or_refuses(json.dumps(document))


# --- Hypothesis: a valid document round-trips exactly -------------------------

texts = st.none() | st.text(max_size=30)
days = st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31))
offsets = st.none() | st.builds(
    timezone, st.integers(-23 * 60 - 59, 23 * 60 + 59).map(lambda m: timedelta(minutes=m))
)
moments = st.builds(
    lambda moment, zone: moment.replace(microsecond=0, tzinfo=zone),
    st.datetimes(min_value=datetime(1, 1, 2), max_value=datetime(9999, 12, 30)),
    offsets,
)
ids = st.text(min_size=1, max_size=64)


@st.composite
def journals(draw: st.DrawFn) -> JournalContents:
    people = [
        Person(
            id=pid,
            preferred_name=draw(st.text(max_size=20)),
            legal_name=draw(texts),
            pronouns=draw(texts),
            date_of_birth=draw(st.none() | days),
            phone=draw(texts),
            email=draw(texts),
            address=draw(texts),
            postal_code=draw(texts),
            preferred_language=draw(texts),
            notes=draw(texts),
        )
        for pid in draw(st.lists(ids, min_size=1, max_size=4, unique=True))
    ]
    clinicians = [
        Clinician(
            id=cid,
            name=draw(st.text(max_size=20)),
            organization=draw(texts),
            address=draw(texts),
            phone=draw(texts),
            fax=draw(texts),
            email=draw(texts),
        )
        for cid in draw(st.lists(ids, min_size=1, max_size=3, unique=True))
    ]
    person_ids = st.sampled_from([p.id for p in people])
    clinician_ids = st.sampled_from([c.id for c in clinicians])
    encounters = [
        Encounter(
            id=eid,
            person_id=draw(person_ids),
            occurred_at=draw(moments),
            mode=draw(st.sampled_from(Mode)),
            duration_minutes=draw(st.none() | st.integers(0, 1440)),
            setting=draw(st.none() | st.sampled_from(Setting)),
            their_story=draw(texts),
            what_they_want=draw(texts),
            how_i_helped=draw(texts),
            follow_up_on=draw(st.none() | days),
        )
        for eid in draw(st.lists(ids, max_size=4, unique=True))
    ]
    encounter_ids = [e.id for e in encounters]
    reflections = [
        Reflection(
            id=rid,
            written_at=draw(moments),
            encounter_id=draw(st.none() | st.sampled_from(encounter_ids))
            if encounter_ids
            else None,
            what_i_shared=draw(texts),
            what_i_learned=draw(texts),
            unique=draw(texts),
            universal=draw(texts),
            self_care=draw(texts),
        )
        for rid in draw(st.lists(ids, max_size=3, unique=True))
    ]
    goals = [
        Goal(
            id=gid,
            person_id=draw(person_ids),
            in_their_words=draw(st.text(max_size=20)),
            set_on=draw(days),
            status=draw(st.sampled_from(GoalStatus)),
            closed_on=draw(st.none() | days),
        )
        for gid in draw(st.lists(ids, max_size=3, unique=True))
    ]
    consents = [
        Consent(
            id=kid,
            person_id=draw(person_ids),
            recipient_id=draw(clinician_ids),
            purpose=draw(st.text(max_size=20)),
            information=draw(st.text(max_size=20)),
            signed_on=draw(days),
            expires_on=draw(st.none() | days),
            expires_when=draw(texts),
            revoked_on=draw(st.none() | days),
        )
        for kid in draw(st.lists(ids, max_size=3, unique=True))
    ]
    consent_ids = [k.id for k in consents]
    referrals = [
        Referral(
            id=fid,
            person_id=draw(person_ids),
            clinician_id=draw(clinician_ids),
            kind=draw(st.sampled_from(ReferralKind)),
            reason_in_their_words=draw(st.text(max_size=20)),
            created_on=draw(days),
            status=draw(st.sampled_from(ReferralStatus)),
            consent_id=draw(st.none() | st.sampled_from(consent_ids)) if consent_ids else None,
            request=draw(texts),
            status_on=draw(st.none() | days),
            follow_up_on=draw(st.none() | days),
        )
        for fid in draw(st.lists(ids, max_size=3, unique=True))
    ]
    profile = draw(
        st.none()
        | st.builds(
            Profile,
            name=st.text(max_size=20),
            credentials=texts,
            organization=texts,
            address=texts,
            phone=texts,
            email=texts,
        )
    )
    return JournalContents(
        profile=profile,
        people=people,
        clinicians=clinicians,
        encounters=encounters,
        reflections=reflections,
        goals=goals,
        consents=consents,
        referrals=referrals,
    )


@settings(max_examples=50, suppress_health_check=[HealthCheck.too_slow])
@given(journals())
def test_a_valid_journal_round_trips_exactly(contents: JournalContents) -> None:
    text = dump_document(contents)
    assert text == json.dumps(document_dict(contents), ensure_ascii=False, indent=2)
    again = parse_document(text)
    assert again == contents
    assert dump_document(again) == text
    # Offsets are kept as written, not only the instant.
    assert [e.occurred_at.utcoffset() for e in again.encounters] == [
        e.occurred_at.utcoffset() for e in contents.encounters
    ]
