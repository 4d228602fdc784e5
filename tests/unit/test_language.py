"""Person-first language hints (core/language.py) and quoted spans (core/quotes.py)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from peerjournal.core.language import Hint, hints
from peerjournal.core.quotes import quoted_spans


def _texts(text: str) -> list[str]:
    return [h.text for h in hints(text)]


def _assert_well_formed(text: str, found: list[Hint]) -> None:
    previous_end = 0
    for h in found:
        assert 0 <= h.start < h.end <= len(text)
        assert text[h.start : h.end] == h.text
        assert h.start >= previous_end, "hints overlap or are not sorted"
        assert h.suggestion and h.why
        previous_end = h.end


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He is an addict.", ["addict"]),
        ("Two ADDICTS and a Junkie.", ["ADDICTS", "Junkie"]),
        ("a drug addict", ["drug addict"]),
        ("a former addict, an ex-addict", ["former addict", "ex-addict"]),
        ("the drug users downtown", ["drug users"]),
        ("an IV drug user", ["IV drug user"]),
        (
            "crackhead, crack-head, crack head, meth head, pothead, tweakers",
            ["crackhead", "crack-head", "crack head", "meth head", "pothead", "tweakers"],
        ),
        ("an alcoholic; the town drunk", ["alcoholic", "town drunk"]),
        ("substance abuse and drug abuse", ["substance abuse", "drug abuse"]),
        ("a drug abuser", ["drug abuser"]),
        ("he relapsed", ["relapsed"]),
        ("his drug habit", ["drug habit"]),
        ("hooked on pills", ["hooked on"]),
        ("suffering from addiction", ["suffering from"]),
        (
            "noncompliant, non-compliant, non compliant",
            ["noncompliant", "non-compliant", "non compliant"],
        ),
        ("a frequent flyer in the ED", ["frequent flyer"]),
        ("services for the homeless", ["the homeless"]),
        ("a homeless man", ["homeless man"]),
        ("an ex-con, a felon, two inmates", ["ex-con", "felon", "inmates"]),
        ("mentally ill, schizo, crazy", ["mentally ill", "schizo", "crazy"]),
        ("her uncle committed suicide", ["committed suicide"]),
        ("opioid replacement therapy", ["opioid replacement therapy"]),
        ("medication-assisted treatment and MAT", ["medication-assisted treatment", "MAT"]),
    ],
)
def test_terms_are_hinted(text: str, expected: list[str]) -> None:
    assert _texts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She has been clean for 2 years.", ["She has been clean"]),
        ("Clean for 2 years now, and clean since May.", ["Clean for 2 years", "clean since"]),
        ("He is clean now.", ["He is clean"]),
        ("They stayed clean through the holidays.", ["They stayed clean"]),
        ("clean urine, dirty UA", ["clean urine", "dirty UA"]),
        ("Her urine came back dirty.", ["urine came back dirty"]),
        ("90 days clean", ["days clean"]),
        ("her clean date", ["clean date"]),
        ("clean and sober", ["clean and sober"]),
        ("She's clean.", ["She's clean"]),
    ],
)
def test_clean_and_dirty_about_people_tests_and_time(text: str, expected: list[str]) -> None:
    assert _texts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "I brought clean clothes.",
        "She cleaned the kitchen.",
        "We handed out clean needles and clean works.",
        "The room is clean.",
        "He wants to clean up his record.",
        "His hands were dirty from work.",
        "Read the user manual; the users of the app.",
        "Alcoholics Anonymous meets on Tuesday.",
        "No alcoholic drinks at the party.",
        "She reported child abuse; her abuser was arrested.",
        "The homeless shelter on 3rd Street.",
        "She is a person in recovery who uses the bus.",
        "Her yoga mat.",
        "",
    ],
)
def test_ordinary_words_are_not_hinted(text: str) -> None:
    assert hints(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Es adicto.", ["adicto"]),
        ("Su hermana es drogadicta.", ["drogadicta"]),
        ("Era alcohólico; ALCOHOLICA.", ["alcohólico", "ALCOHOLICA"]),
        ("abuso de sustancias", ["abuso de sustancias"]),
        ("Lleva dos años limpio.", ["Lleva dos años limpio"]),
        ("Está limpio de drogas.", ["limpio de drogas"]),
        ("la prueba salió sucia", ["prueba salió sucia"]),
    ],
)
def test_core_spanish_terms(text: str, expected: list[str]) -> None:
    assert _texts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Bebidas alcohólicas no.",
        "Va a Alcohólicos Anónimos.",
        "La casa está limpia.",
        "Ropa limpia.",
    ],
)
def test_ordinary_spanish_is_not_hinted(text: str) -> None:
    assert hints(text) == []


def test_each_hint_has_a_suggestion_and_a_reason() -> None:
    (h,) = hints("He is an addict.")
    assert h == Hint(9, 15, "addict", h.suggestion, h.why)
    assert "person" in h.suggestion
    assert h.why.endswith(".")


# --- the person's own words ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        'She said "I\'m an addict and always will be."',
        "She said “I’m an addict and always will be.”",
        "Elle a dit « je suis une junkie ».",
        "Er sagte „ich bin ein Junkie“.",
        "Sie sagte „ich bin ein Junkie”.",
    ],
)
def test_words_inside_quotation_marks_are_not_hinted(text: str) -> None:
    assert hints(text) == []


def test_hints_outside_the_quotation_still_come() -> None:
    text = 'The addict said "I am an addict" and left.'
    assert [(h.start, h.text) for h in hints(text)] == [(4, "addict")]


def test_a_lone_quotation_mark_quotes_only_to_the_end_of_its_line() -> None:
    text = "He is 6' 2\" tall, addict\nthe addict came back\n“addict” then junkie"
    found = hints(text)
    assert [h.text for h in found] == ["addict", "junkie"]
    assert found[0].start == text.index("the addict") + 4


def test_quoted_spans_pair_marks_of_the_same_kind() -> None:
    text = 'a "b" c “d” e «f» g „h“ i „j” k ” l »'
    spans = [text[s:e] for s, e in quoted_spans(text).spans]
    assert spans == ['"b"', "“d”", "«f»", "„h“", "„j”"]


def test_quotation_never_crosses_a_line() -> None:
    text = 'a "b\nc" d'
    spans = [text[s:e] for s, e in quoted_spans(text).spans]
    assert spans == ['"b', '" d']


def test_covers() -> None:
    text = 'ab "cd" ef'
    quotes = quoted_spans(text)
    assert quotes.covers(3, 4) and quotes.covers(0, 4) and quotes.covers(6, 9)
    assert not quotes.covers(0, 3) and not quotes.covers(7, 10) and not quotes.covers(5, 5)


# --- offsets, sizes, properties -----------------------------------------------------


def test_offsets_are_python_string_indices_after_emoji_and_accents() -> None:
    prefix = "José 👩🏽‍⚕️ señora café İ "
    text = prefix + "the junkie"
    (h,) = hints(text)
    assert h.start == len(prefix) + 4
    assert text[h.start : h.end] == "junkie"


def test_one_megabyte_of_text() -> None:
    chunk = 'He is an addict. She said "I am clean" and stayed clean for 2 years. '
    text = (chunk * (1_000_000 // len(chunk) + 1))[:1_000_000]
    found = hints(text)
    _assert_well_formed(text, found)
    assert len(found) >= 2 * (len(text) // len(chunk))


@pytest.mark.parametrize(
    "text",
    ['"' * 200_000, "“" * 200_000, "clean " * 40_000, "a " * 100_000, "i " * 100_000],
    ids=lambda t: repr(t[:8]),
)
def test_pathological_inputs_stay_correct(text: str) -> None:
    _assert_well_formed(text, hints(text))


def _words(text: str) -> list[str]:
    return text.split()


_VOCABULARY = [
    *_words(
        "addict addicts drug user clean dirty for 2 years she is stayed urine the homeless "
        "shelter ex-con MAT mat alcoholic Anonymous abuse substance é İ adicto limpio de drogas "
        "’s , ."
    ),
    *['"', "“", "”", "«", "»", "„", "\n", "👩🏽‍⚕️"],
]


@settings(max_examples=300, deadline=None)
@given(
    st.one_of(
        st.text(max_size=300),
        st.lists(st.sampled_from(_VOCABULARY), max_size=60).map(" ".join),
        st.lists(st.sampled_from(_VOCABULARY), max_size=60).map("".join),
    )
)
def test_hints_are_exact_sorted_and_never_overlap(text: str) -> None:
    found = hints(text)
    _assert_well_formed(text, found)
    quotes = quoted_spans(text)
    assert not any(quotes.covers(h.start, h.end) for h in found)


# --- issue 10: whose words, new labels, suggestions that never diagnose ------------------


@pytest.mark.parametrize(
    "text",
    [
        # anyone's quoted words, single marks too
        "Her caseworker wrote 'manipulative' in her file.",
        "He said, 'I'm a junkie, let's be honest.'",
        "The officer asked, ‘Are you clean?’",
        "Her brother shouted “crackhead!” at her.",
        # the writer's own first-person self-description
        "I was an addict for ten years.",
        "I'm a recovering alcoholic, so I understood.",
        "As a recovering addict, I shared my story.",
        "I've been clean for fifteen years.",
        "When I was using, I was manipulative too.",
        # ordinary uses
        "The Substance Abuse and Mental Health Services Administration has a helpline.",
        "He suffers from migraines.",
        "She suffers from back pain.",
        "We made her a user account.",
        "Each user must set a PIN.",
        "She came clean about the missed meetings.",
        "Fresh clean sheets for her bed.",
        "He reported child abuse.",
        "Her abuser was arrested.",
        "He is a child abuser.",
        "Our users are mostly veterans who come for coffee.",
        "Her kids are crazy about soccer.",
    ],
)
def test_not_hinted_theirs_mine_or_ordinary(text: str) -> None:
    assert hints(text) == [], _texts(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The baby was born addicted.", "babies"),
        ("He is manipulative with staff.", "character"),
        ("She is a pill seeker.", "seeking"),
        ("He is a relapser.", "relapse"),
        ("She is an Ativan abuser.", "abuse"),
        ("He is an abuser of pills.", "abuse"),
        ("Another dirty drop this week.", "clean"),
        ("She tested dirty for meth.", "clean"),
        ("He tested clean on Friday.", "clean"),
        ("Kaveh is clean now.", "clean"),
        ("Her friend is a user.", "user"),
        ("Users hang out by the tracks.", "user"),
        ("He suffers from addiction.", "suffer"),
        ("The ER doctor wrote that he was drug-seeking.", "seeking"),
        ("Es un tecato.", "slur"),
        ("Su tío es un borracho.", "slur"),
        ("Tuvo una recaída.", "relapse"),
        ("Es un ex convicto.", "justice"),
        ("He is an oxy abuser.", "abuse"),
        ("She dropped dirty again.", "clean"),
        ("They called him a meth baby.", "babies"),
    ],
)
def test_labels_results_and_people_words_are_hinted(text: str, kind: str) -> None:
    found = hints(text)
    assert found, text
    assert kind in {h.kind for h in found}


def test_a_suggestion_is_never_a_diagnosis() -> None:
    from peerjournal.core.language_terms import TERMS
    from peerjournal.core.scope import findings

    for term in TERMS:
        suggestion = term[2]
        assert "disorder" not in suggestion and "trastorno" not in suggestion, suggestion
        assert findings(f"He is a {suggestion}.") == [], suggestion
    (addict,) = hints("He is an addict.")
    assert "substance use disorder" not in addict.suggestion


def test_every_reason_has_a_kind_code() -> None:
    from peerjournal.core.language import KINDS
    from peerjournal.core.language_terms import KIND_OF_WHY, TERMS

    for term in TERMS:
        assert term[3] in KIND_OF_WHY
    assert "label" in KINDS and "clean" in KINDS


def test_spanish_reasons_are_one_per_kind() -> None:
    (relapse,) = hints("Tuvo una recaída.")
    assert relapse.suggestion == "regreso al consumo"
    whys = {h.kind: h.why for text in ("Es adicto.", "abuso de drogas", "Tuvo una recaída.",
                                      "Cometió suicidio.", "La prueba salió sucia.")
            for h in hints(text)}
    assert len(set(whys.values())) == len(whys) == 5
