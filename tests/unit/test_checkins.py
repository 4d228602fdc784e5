"""Check-ins: the rules of the model, interchange, the vault (rename keeps history,
backup and restore), search, and the words a screen reader says for a picture."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest

from peerjournal import errors
from peerjournal.core import interchange
from peerjournal.core.checkins import (
    PartSeries,
    Point,
    default_parts,
    describe_series,
    part_series,
)
from peerjournal.core.models import Checkin, CheckinPart, Person
from peerjournal.services import checkins as service
from peerjournal.services import journal
from peerjournal.vault import Vault
from tests.helpers.vault_fixtures import PASSPHRASE, make_vault, synthetic

CANARY = "zebracanary"


def _checkin(**changes: object) -> Checkin:
    values: dict[str, object] = {
        "id": "ci1",
        "person_id": "p0",
        "taken_on": date(2025, 3, 5),
        "parts": (
            CheckinPart(name="A place to stay", rating=2, in_their_words="On a couch for now."),
            CheckinPart(name="Hope", rating=4),
        ),
    }
    values.update(changes)
    return Checkin(**values)  # type: ignore[arg-type]


@pytest.fixture
def vault(tmp_path: Path) -> Iterator[Vault]:
    opened, _ = make_vault(tmp_path, synthetic(people=3, encounters=10))
    yield opened
    opened.close()


# --- the model ---------------------------------------------------------------------


@pytest.mark.parametrize("rating", [0, 6, -1, 100, True, 2.5, "3", None])
def test_a_rating_outside_1_to_5_is_refused_with_a_clear_sentence(rating: object) -> None:
    with pytest.raises(errors.Invalid) as caught:
        CheckinPart(name=f"My {CANARY} part", rating=rating)  # type: ignore[arg-type]
    message = caught.value.message
    assert "whole number from 1 to 5" in message
    assert message.endswith(".")
    assert CANARY not in message


@pytest.mark.parametrize("name", ["", "   ", "\n\t"])
def test_an_empty_part_name_is_refused_with_a_clear_sentence(name: str) -> None:
    with pytest.raises(errors.Invalid, match="Each part of life needs a name"):
        CheckinPart(name=name, rating=3)


def test_a_check_in_needs_a_part_and_each_part_once() -> None:
    with pytest.raises(errors.Invalid, match="at least one part of life"):
        _checkin(parts=())
    twice = (
        CheckinPart(name=f"{CANARY} home", rating=2),
        CheckinPart(name=f"{CANARY} HOME ", rating=3),
    )
    with pytest.raises(errors.Invalid, match="appears once") as caught:
        _checkin(parts=twice)
    assert CANARY not in caught.value.message


def test_there_is_no_total_score_or_label() -> None:
    fields = set(Checkin.__dataclass_fields__) | set(CheckinPart.__dataclass_fields__)
    assert not fields & {"total", "score", "label", "risk", "level"}


def test_default_parts_are_in_everyday_words_in_both_languages() -> None:
    english, spanish = default_parts("en"), default_parts("es-US")
    assert len(english) == len(spanish) >= 6
    assert default_parts(None) == english and default_parts("vi") == english
    assert "Gente con quien puedo contar" in spanish
    assert not any("risk" in name.lower() for name in english)


# --- the picture's words --------------------------------------------------------------


def test_the_accessible_text_holds_every_value_with_its_day() -> None:
    series = PartSeries(
        "Hope", (Point(date(2025, 1, 5), 2), Point(date(2025, 2, 5), 3), Point(date(2025, 3, 5), 5))
    )
    said = describe_series(series, "en")
    assert said == "Hope, 3 answers from 1 to 5: 2 on 5 Jan 2025; 3 on 5 Feb 2025; 5 on 5 Mar 2025."
    dicho = describe_series(series, "es")
    assert "2 el 5 ene 2025" in dicho and "5 el 5 mar 2025" in dicho


def test_series_follow_the_persons_order_oldest_first() -> None:
    later = _checkin(
        id="ci2", taken_on=date(2025, 4, 5), parts=(CheckinPart(name="Hope", rating=5),)
    )
    series = part_series([later, _checkin()], order=["Hope", "A place to stay"])
    assert [s.name for s in series] == ["Hope", "A place to stay"]
    assert [p.rating for p in series[0].points] == [4, 5]


# --- interchange --------------------------------------------------------------------


def _document(parts: list[object]) -> str:
    return json.dumps(
        {
            "format": "peerjournal-interchange",
            "version": 1,
            "people": [{"id": "p1", "preferred_name": "Ana"}],
            "checkins": [{"id": "c1", "person_id": "p1", "taken_on": "2025-01-02", "parts": parts}],
        }
    )


def test_interchange_round_trips_check_ins() -> None:
    text = _document(
        [
            {
                "name": "Mi hogar",
                "rating": 2,
                "in_their_words": "Todavía en el refugio.\nPero bien.",
            },
            {"name": "Hope 🌱", "rating": 5, "in_their_words": None},
        ]
    )
    contents = interchange.parse_document(text)
    assert contents.checkins[0].parts[0].in_their_words == "Todavía en el refugio.\nPero bien."
    dumped = interchange.dump_document(contents)
    assert dumped == json.dumps(interchange.document_dict(contents), ensure_ascii=False, indent=2)
    assert interchange.parse_document(dumped) == contents


@pytest.mark.parametrize(
    ("parts", "expected"),
    [
        ([], "parts: must hold at least one part of life"),
        ([{"name": "x", "rating": 7}], "parts: part [0]: How a part of life is going is a whole"),
        ([{"name": " ", "rating": 3}], "parts: part [0]: Each part of life needs a name"),
        ([{"name": "x", "rating": "4"}], "part [0]: rating: must be a whole number from 1 to 5"),
        ([{"name": "x", "rating": 3}, {"name": "X", "rating": 1}], "part [1]: name: the same"),
        ("lots", "parts: must be a list"),
    ],
)
def test_interchange_refuses_a_bad_check_in_naming_where(parts: object, expected: str) -> None:
    with pytest.raises(errors.Invalid) as caught:
        interchange.parse_document(_document(parts))  # type: ignore[arg-type]
    assert caught.value.message.startswith('checkins[0] (id "c1"): ')
    assert expected in caught.value.message


def test_an_interchange_error_never_echoes_their_words() -> None:
    text = _document([{"name": CANARY, "rating": 9, "in_their_words": CANARY}])
    with pytest.raises(errors.Invalid) as caught:
        interchange.parse_document(text)
    assert CANARY not in caught.value.message


# --- the vault ------------------------------------------------------------------------


def test_import_then_export_gives_the_same_document(tmp_path: Path) -> None:
    sample = Path(__file__).parent.parent / "fixtures" / "interchange_sample.json"
    first, _ = make_vault(tmp_path / "a")
    journal.import_document(first, sample.read_text(encoding="utf-8"))
    exported = journal.export_document(first)
    first.close()
    assert len(json.loads(exported)["checkins"]) == 2
    second, _ = make_vault(tmp_path / "b")
    journal.import_document(second, exported)
    assert journal.export_document(second) == exported
    second.close()


def test_every_check_in_table_has_a_person_id_column(vault: Vault) -> None:
    # `forget` deletes from every table with a person_id: these must be reached.
    from peerjournal.vault import database

    conn = database.connect(vault.path, _key(vault))
    try:
        for table in ("life_parts", "checkins", "checkin_ratings", "copies_made"):
            columns = {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}
            assert "person_id" in columns, table
    finally:
        conn.close()


def _key(vault: Vault) -> bytes:
    return Vault.derive_key(vault.path, passphrase=PASSPHRASE)


def test_renaming_a_part_keeps_its_history(vault: Vault) -> None:
    vault.save_checkin(_checkin())
    vault.save_checkin(
        _checkin(id="ci2", taken_on=date(2025, 4, 5), parts=(CheckinPart(name="Hope", rating=5),))
    )
    hope = next(p for p in vault.life_parts_of("p0") if p.name == "Hope")
    vault.rename_life_part(hope.id, "What gives me hope")
    series = {s.name: s for s in part_series(vault.checkins_of("p0"))}
    assert "Hope" not in series
    assert [p.rating for p in series["What gives me hope"].points] == [4, 5]
    with pytest.raises(errors.Invalid, match="already has a part of life with that name"):
        vault.rename_life_part(hope.id, "a place to stay")
    with pytest.raises(errors.Invalid, match="needs a name"):
        vault.rename_life_part(hope.id, "  ")


def test_a_check_in_for_nobody_is_refused(vault: Vault) -> None:
    with pytest.raises(errors.Invalid):
        vault.save_checkin(_checkin(person_id="nobody"))
    assert vault.checkins_of("nobody") == []


def test_their_words_are_searchable_and_leave_with_the_check_in(vault: Vault) -> None:
    parts = (CheckinPart(name="Home", rating=3, in_their_words=f"a {CANARY} in the window"),)
    vault.save_checkin(_checkin(parts=parts))
    (hit,) = vault.search(CANARY)
    assert (hit.type, hit.id, hit.person_id) == ("checkin", "ci1", "p0")
    assert CANARY in hit.snippet
    vault.delete_checkin("ci1")
    assert vault.search(CANARY) == []


def test_check_ins_survive_backup_and_restore(vault: Vault, tmp_path: Path) -> None:
    vault.save_checkin(_checkin())
    hope = next(p for p in vault.life_parts_of("p0") if p.name == "Hope")
    vault.rename_life_part(hope.id, "Hope, still")
    before = vault.checkins_of("p0")
    backup = tmp_path / "copy.pjbackup"
    vault.backup_to(backup)
    target = tmp_path / "restored" / "journal.peerjournal"
    Vault.restore(backup, target, passphrase=PASSPHRASE)
    with Vault.open(target, passphrase=PASSPHRASE) as restored:
        assert restored.checkins_of("p0") == before
        assert [p.name for p in restored.life_parts_of("p0")] == ["A place to stay", "Hope, still"]


# --- the service ----------------------------------------------------------------------


def test_taking_a_check_in_keeps_renames_and_new_parts(vault: Vault) -> None:
    person = vault.get(Person, "p1")
    offered = service.parts_to_offer(vault, person)
    assert [p.name for p in offered] == list(default_parts(None)) and not offered[0].id
    answers = [service.PartAnswer(p.name, None) for p in offered]
    answers[0] = service.PartAnswer(offered[0].name, 2, "  a room soon  ")
    answers.append(service.PartAnswer("My guitar", 5))
    taken = service.save_checkin(vault, person_id="p1", taken_on=date(2025, 5, 1), answers=answers)
    assert [(p.name, p.rating, p.in_their_words) for p in taken.parts] == [
        (offered[0].name, 2, "a room soon"),
        ("My guitar", 5, None),
    ]
    kept = vault.life_parts_of("p1")
    assert [p.name for p in kept][:1] == [offered[0].name]
    assert {p.name for p in kept} == {*default_parts(None), "My guitar"}
    guitar = next(p for p in kept if p.name == "My guitar")
    service.save_checkin(
        vault,
        person_id="p1",
        taken_on=date(2025, 6, 1),
        answers=[service.PartAnswer("Music", 4, part_id=guitar.id)],
    )
    growth = service.growth(vault, "p1")
    music = next(s for s in growth.series if s.name == "Music")
    assert [p.rating for p in music.points] == [5, 4]
    assert growth.checkins == 2
    assert "5 on 1 May 2025; 4 on 1 Jun 2025" in growth.descriptions[growth.series.index(music)]


def test_a_rated_part_without_a_name_is_refused_and_nothing_is_kept(vault: Vault) -> None:
    with pytest.raises(errors.Invalid, match="needs a name"):
        service.save_checkin(
            vault,
            person_id="p1",
            taken_on=date(2025, 5, 1),
            answers=[service.PartAnswer("Home", 3), service.PartAnswer(" ", 4)],
        )
    with pytest.raises(errors.Invalid, match="whole number from 1 to 5"):
        service.save_checkin(
            vault,
            person_id="p1",
            taken_on=date(2025, 5, 1),
            answers=[service.PartAnswer("Home", 6)],
        )
    with pytest.raises(errors.Invalid, match="at least one part"):
        service.save_checkin(
            vault,
            person_id="p1",
            taken_on=date(2025, 5, 1),
            answers=[service.PartAnswer("Home", None)],
        )
    assert vault.checkins_of("p1") == [] and vault.life_parts_of("p1") == []


@pytest.mark.parametrize("order", [1, -1])
def test_a_generic_forget_by_person_id_leaves_no_check_in_or_copy_behind(
    vault: Vault, order: int
) -> None:
    # `forget` deletes, table by table in any order, every row whose person_id names
    # them: check-ins, their parts, their ratings, the copies-made log and the search
    # entries of their words must all go with it.
    from peerjournal.core.checkins import CopyMade
    from peerjournal.vault import database

    parts = (CheckinPart(name="Home", rating=3, in_their_words=f"a {CANARY} sky"),)
    vault.save_checkin(_checkin(parts=parts))
    vault.record_copy_made(
        CopyMade(id="cm1", person_id="p0", made_at=datetime(2025, 3, 5, 10, 0),
                 period_from=None, language="en", sha256="0" * 64)
    )  # fmt: skip
    key = _key(vault)
    path = vault.path
    vault.close()
    conn = database.connect(path, key)
    try:
        tables = [
            name
            for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            if name in ("life_parts", "checkins", "checkin_ratings", "copies_made")
        ][::order]
        assert len(tables) == 4
        with database.transaction(conn):
            for table in tables:
                conn.execute(f"DELETE FROM {table} WHERE person_id = ?", ("p0",))
        for table in tables:
            left = conn.execute(f"SELECT count(*) FROM {table} WHERE person_id = 'p0'")
            assert left.fetchone()[0] == 0, table
    finally:
        conn.close()
    with Vault.open(path, passphrase=PASSPHRASE) as reopened:
        assert reopened.search(CANARY) == []
        assert reopened.checkins_of("p0") == [] and reopened.copies_made("p0") == []


def test_the_default_parts_and_the_copys_words_pass_the_practice_checks() -> None:
    # A mirror, not an assessment: nothing we wrote diagnoses, labels or speaks of risk.
    import dataclasses

    from peerjournal.core import language, scope
    from peerjournal.core.their_copy_text import copy_words

    texts = [*default_parts("en"), *default_parts("es")]
    for lang in ("en", "es"):
        words = copy_words(lang)
        for field in dataclasses.fields(words):
            value = getattr(words, field.name)
            texts += list(value.values()) if isinstance(value, dict) else [value]
    assert len(texts) > 150
    for text in texts:
        assert scope.findings(text) == [], text
        assert language.hints(text) == [], text
        assert "risk" not in text.lower()


def test_a_check_in_that_cannot_be_kept_changes_nothing(vault: Vault) -> None:
    vault.save_checkin(_checkin())
    parts = {p.name: p.id for p in vault.life_parts_of("p0")}
    before = (vault.checkins_of("p0"), vault.life_parts_of("p0"))
    with pytest.raises(errors.Invalid, match="already has a part of life with that name"):
        service.save_checkin(
            vault,
            person_id="p0",
            taken_on=date(2025, 4, 1),
            answers=[
                service.PartAnswer("A new part", 3),
                service.PartAnswer("A place to stay", 4, part_id=parts["Hope"]),  # taken
            ],
        )
    assert (vault.checkins_of("p0"), vault.life_parts_of("p0")) == before


def test_a_name_in_another_case_is_the_same_part(vault: Vault) -> None:
    vault.save_checkin(_checkin())
    service.save_checkin(
        vault, person_id="p0", taken_on=date(2025, 4, 1), answers=[service.PartAnswer("hope ", 5)]
    )
    assert [p.name for p in vault.life_parts_of("p0")] == ["A place to stay", "Hope"]
    hope = next(s for s in part_series(vault.checkins_of("p0")) if s.name == "Hope")
    assert [p.rating for p in hope.points] == [4, 5]


def test_an_import_keeps_names_that_differ_only_in_case_apart(tmp_path: Path) -> None:
    text = json.dumps(
        {
            "format": "peerjournal-interchange",
            "version": 1,
            "people": [{"id": "p1", "preferred_name": "Ana"}],
            "checkins": [
                {"id": "c1", "person_id": "p1", "taken_on": "2025-01-02",
                 "parts": [{"name": "Home", "rating": 2, "in_their_words": None}]},
                {"id": "c2", "person_id": "p1", "taken_on": "2025-02-02",
                 "parts": [{"name": "home", "rating": 3, "in_their_words": None}]},
            ],
        }
    )  # fmt: skip
    first, _ = make_vault(tmp_path / "a")
    journal.import_document(first, text)
    exported = journal.export_document(first)
    first.close()
    assert [c["parts"][0]["name"] for c in json.loads(exported)["checkins"]] == ["Home", "home"]


def test_numbers_on_a_picture_never_touch_and_the_newest_always_shows() -> None:
    from peerjournal.core.checkins import labelled_marks

    assert labelled_marks([0, 10, 20, 30], 9) == [0, 1, 2, 3]
    assert labelled_marks([0, 4, 8, 12, 16], 8) == [0, 2, 4]
    assert labelled_marks([0, 4, 8, 12, 16], 9) == [0, 4]  # 12 gives way to the newest
    assert labelled_marks([0, 20, 24], 9) == [0, 2]  # the one before the last gives way
    assert labelled_marks([5], 9) == [0]
    assert labelled_marks([], 9) == []


def test_their_words_keep_the_journals_size_limit() -> None:
    from peerjournal.core.limits import MAX_TEXT_CHARS

    long_words = CANARY + "x" * MAX_TEXT_CHARS
    with pytest.raises(errors.Invalid, match="at most 200,000") as caught:
        CheckinPart(name="Home", rating=3, in_their_words=long_words)
    assert CANARY not in caught.value.message
    text = _document([{"name": "Home", "rating": 3, "in_their_words": long_words}])
    with pytest.raises(errors.Invalid, match="in_their_words: must be at most") as caught:
        interchange.parse_document(text)
    assert CANARY not in caught.value.message
