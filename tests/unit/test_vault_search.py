"""Search: anything typed is text, best first, paged, Unicode-aware."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from peerjournal.core.models import (
    Clinician,
    Encounter,
    Goal,
    GoalStatus,
    JournalContents,
    Mode,
    Person,
    Referral,
    ReferralKind,
    ReferralStatus,
    Reflection,
)
from peerjournal.vault import SearchHit, Vault
from peerjournal.vault.search import RANK_WINDOW, match_expression
from peerjournal.vault.snippets import SNIPPET_WORDS, snippet
from tests.helpers.vault_fixtures import make_vault

CONTENTS = JournalContents(
    people=[
        Person(id="p1", preferred_name="José", notes="loves the harmonica"),
        Person(id="p2", preferred_name="Дмитрий", legal_name="Nguyễn Thị Hương"),
    ],
    clinicians=[Clinician(id="c1", name="Clinic")],
    encounters=[
        Encounter(
            id="e1",
            person_id="p1",
            occurred_at=datetime(2025, 1, 1, 10, 0),
            mode=Mode.PHONE,
            their_story="Slept by the river; harmonica harmonica harmonica",
            what_they_want="a warm place",
            how_i_helped="called the shelter",
        ),
        Encounter(
            id="e2",
            person_id="p2",
            occurred_at=datetime(2025, 1, 2, 10, 0),
            mode=Mode.TEXT,
            their_story="Work at the café; José came too",
        ),
    ],
    reflections=[
        Reflection(
            id="r1",
            written_at=datetime(2025, 1, 1, 20, 0),
            encounter_id="e1",
            self_care="a river walk, and some harmonica",
        ),
    ],
    goals=[
        Goal(
            id="g1",
            person_id="p2",
            in_their_words="find steady work",
            set_on=date(2025, 1, 2),
            status=GoalStatus.ACTIVE,
        )
    ],
    referrals=[
        Referral(
            id="f1",
            person_id="p2",
            clinician_id="c1",
            kind=ReferralKind.EMPLOYMENT,
            reason_in_their_words="I want work",
            request="job training",
            created_on=date(2025, 1, 3),
            status=ReferralStatus.DRAFT,
        )
    ],
)

HOSTILE = [
    '"',
    '""',
    "NEAR(",
    "NEAR(a b",
    "*",
    "a*b*",
    "'; DROP TABLE people; --",
    "AND OR NOT",
    "",
    "   ",
    "title:river",
    "river OR",
    "(river",
    "^river",
    "river -shelter",
    "{body}: x",
    "\x00",
    "x" * 10_000,
    "harmonica " * 1_000,
    "😀",
]


@pytest.fixture(scope="module")
def vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Vault]:
    opened, _ = make_vault(tmp_path_factory.mktemp("search"), CONTENTS)
    yield opened
    opened.close()


def _ids(hits: list[SearchHit]) -> list[str]:
    return [h.id for h in hits]


@pytest.mark.parametrize("query", HOSTILE)
def test_hostile_queries_are_just_text(vault: Vault, query: str) -> None:
    hits = vault.search(query)
    assert isinstance(hits, list)
    assert vault.count(Person) == 2  # nothing was dropped


def test_operators_are_searched_as_words(vault: Vault) -> None:
    assert vault.search("AND OR NOT") == []
    assert _ids(vault.search("river OR")) == []  # "or" is a word the texts lack
    assert set(_ids(vault.search("(river"))) == {"e1", "r1"}


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(max_size=60))
def test_any_text_is_a_safe_query(vault: Vault, query: str) -> None:
    assert isinstance(vault.search(query), list)


def test_best_first(vault: Vault) -> None:
    hits = vault.search("harmonica")
    assert _ids(hits)[0] == "e1"  # said three times
    assert set(_ids(hits)) == {"e1", "p1", "r1"}
    ranks = [h.rank for h in hits]
    assert ranks == sorted(ranks)
    assert all(h.snippet for h in hits)


def test_hit_fields(vault: Vault) -> None:
    (hit,) = vault.search("steady")
    assert (hit.type, hit.id, hit.person_id) == ("goal", "g1", "p2")
    assert "steady" in hit.snippet
    (reflection,) = vault.search("walk")
    assert (reflection.type, reflection.person_id) == ("reflection", "p1")
    (person,) = vault.search("Дмитрий")
    assert (person.type, person.person_id) == ("person", "p2")
    (referral,) = vault.search("training")
    assert (referral.type, referral.person_id) == ("referral", "p2")


def test_accents_and_case_are_ignored(vault: Vault) -> None:
    assert set(_ids(vault.search("jose"))) == {"p1", "e2"}
    assert set(_ids(vault.search("JOSÉ"))) == {"p1", "e2"}
    assert _ids(vault.search("huong")) == ["p2"]
    assert _ids(vault.search("cafe")) == ["e2"]
    assert _ids(vault.search("дмитрий")) == ["p2"]


def test_the_last_word_is_a_prefix(vault: Vault) -> None:
    assert set(_ids(vault.search("harmon"))) == {"e1", "p1", "r1"}  # expanded from the index
    assert set(_ids(vault.search("har"))) == {"e1", "p1", "r1"}  # the prefix index
    assert set(_ids(vault.search("HARMÓNICA"))) == {"e1", "p1", "r1"}
    assert _ids(vault.search("warm pla")) == ["e1"]
    assert vault.search("harmon river slept nothere") == []


def test_reflections_can_be_left_out(vault: Vault) -> None:
    assert "r1" in _ids(vault.search("river"))
    assert "r1" not in _ids(vault.search("river", include_reflections=False))
    assert vault.search("walk", include_reflections=False) == []


def test_paging(vault: Vault) -> None:
    everything = _ids(vault.search("harmonica"))
    assert _ids(vault.search("harmonica", limit=1)) == everything[:1]
    assert _ids(vault.search("harmonica", limit=2, offset=1)) == everything[1:3]
    assert vault.search("harmonica", offset=10) == []
    assert vault.search("harmonica", limit=0) == []


def test_clinicians_are_not_searched(vault: Vault) -> None:
    assert vault.search("clinic") == []


def test_deleted_records_leave_the_index(tmp_path: Path) -> None:
    opened, _ = make_vault(tmp_path, CONTENTS)
    opened.delete(Reflection, "r1")
    opened.delete(Goal, "g1")
    assert "r1" not in _ids(opened.search("river"))
    assert opened.search("steady") == []
    opened.close()


def test_match_expression_quotes_every_word() -> None:
    assert match_expression('a "bc') == '"a" AND "bc"*'
    assert match_expression("bc a") == '"bc" AND "a"'  # a lone letter is not a prefix
    assert match_expression("x river", ["river", "rivers"]) == '"x" AND ("river" OR "rivers")'
    assert match_expression("NEAR(xy") == '"NEAR" AND "xy"*'
    assert match_expression("  *  ") is None
    expression = match_expression("w " * 500)
    assert expression is not None and expression.count('"w"') <= 32


def test_a_word_in_more_entries_than_the_rank_window(tmp_path: Path) -> None:
    many = RANK_WINDOW + 50
    contents = JournalContents(
        people=[Person(id="p1", preferred_name="Harmony Smith")],
        encounters=[
            Encounter(
                id=f"e{i}",
                person_id="p1",
                occurred_at=datetime(2025, 1, 1, 10, 0),
                mode=Mode.PHONE,
                their_story="harmony " * (1 + i % 3) + "today",
            )
            for i in range(many)
        ],
    )
    opened, _ = make_vault(tmp_path, contents)
    first = opened.search("harmony", limit=10)
    assert len(first) == 10
    assert "p1" in _ids(opened.search("harmony", limit=50))  # people are always ranked
    late = opened.search("harmony", limit=100, offset=many - 20)
    assert len(late) == 21  # paging past the window still reaches every match
    seen = {h.id for h in opened.search("harmony", limit=many + 10)}
    assert len(seen) == many + 1
    opened.close()


def test_an_edited_record_is_found_by_its_new_words_only(tmp_path: Path) -> None:
    opened, _ = make_vault(tmp_path, CONTENTS)
    goal = next(g for g in opened.load_contents().goals if g.id == "g1")
    opened.save(dataclasses.replace(goal, in_their_words="learn the accordion"))
    assert opened.search("steady") == []
    (hit,) = opened.search("accordion")
    assert hit.id == "g1" and "accordion" in hit.snippet
    opened.close()


def test_the_index_keeps_no_copy_of_the_text(vault: Vault) -> None:
    tables = {
        row[0] for row in vault._db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    }
    assert "search_index" in tables and "search_index_content" not in tables


def test_snippets_come_from_the_record_around_the_words(vault: Vault) -> None:
    (hit,) = vault.search("slept river")
    assert hit.snippet.startswith("Slept by the river")
    (hit,) = vault.search("warm pla")
    assert "warm place" in hit.snippet
    (hit,) = vault.search("дмитр")
    assert hit.snippet == "Дмитрий Nguyễn Thị Hương"


def test_snippet_windows() -> None:
    text = " ".join(f"w{i}" for i in range(40)) + " Café, mañana."
    piece = snippet(text, ["cafe"])
    assert piece.startswith("…w") and piece.endswith("Café, mañana.")
    assert len(piece.split()) <= SNIPPET_WORDS
    assert snippet(text, [], ["mana"]).endswith("mañana.")
    assert snippet(text, ["nothing"]) == " ".join(f"w{i}" for i in range(12)) + "…"
    assert snippet("  ", ["x"]) == ""
    assert snippet("a\n\nb", ["b"]) == "a b"
    many = "x " * 5000 + "y"
    assert snippet(many, ["x"]).startswith("x x")
