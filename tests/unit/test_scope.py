"""The scope-of-practice check (core/scope.py) and the word matcher it stands on."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from peerjournal.core.scope import Finding, findings
from peerjournal.core.textscan import WordPatterns

LABELLED = Path(__file__).resolve().parents[1] / "fixtures" / "scope_labelled.tsv"


def _labelled() -> list[tuple[bool, str]]:
    rows = []
    for line in LABELLED.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            label, sentence = line.split("\t", 1)
            assert label in ("finding", "clean"), line
            rows.append((label == "finding", sentence))
    return rows


def _texts(text: str) -> list[str]:
    return [f.text for f in findings(text)]


def _assert_well_formed(text: str, found: list[Finding]) -> None:
    previous_end = 0
    for f in found:
        assert 0 <= f.start < f.end <= len(text)
        assert text[f.start : f.end] == f.text
        assert f.start >= previous_end, "findings overlap or are not sorted"
        assert f.why
        previous_end = f.end


# --- the labelled set ---------------------------------------------------------------


def test_labelled_set_is_big_varied_and_balanced() -> None:
    rows = _labelled()
    positives = sum(1 for is_finding, _ in rows if is_finding)
    assert len(rows) >= 80
    assert 0.4 <= positives / len(rows) <= 0.6
    assert len({s for _, s in rows}) == len(rows), "duplicate sentences"


def test_recall_and_false_positive_rate_on_the_labelled_set() -> None:
    rows = _labelled()
    missed = [s for is_finding, s in rows if is_finding and not findings(s)]
    false_alarms = [s for is_finding, s in rows if not is_finding and findings(s)]
    positives = sum(1 for is_finding, _ in rows if is_finding)
    recall = 1 - len(missed) / positives
    false_positive_rate = len(false_alarms) / (len(rows) - positives)
    print(f"scope recall {recall:.3f}, false-positive rate {false_positive_rate:.3f}")
    assert recall >= 0.95, f"recall {recall:.3f}; missed: {missed}"
    assert false_positive_rate <= 0.05, f"FPR {false_positive_rate:.3f}; flagged: {false_alarms}"


# --- requests, diagnoses, clauses ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I want to go to detox",
        "she asked about residential programs",
        "he would like to learn about methadone",
        "they are asking for help getting into inpatient",
        "Quiero ir a desintoxicación",
        '"I want to go to detox," she said.',
        "She is interested in IOP.",
        "He hopes to find a sober living house.",
        "She wonders if residential would work for her.",
        "He requested information about Suboxone.",
        "Le gustaría ir a un programa residencial.",
        "Pidió ayuda para la desintoxicación.",
    ],
)
def test_a_persons_own_request_is_not_a_finding(text: str) -> None:
    assert findings(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She wants detox because she has alcohol use disorder.", "alcohol use disorder"),
        ("Dx: PTSD.", "Dx: PTSD"),
        ("She has depression.", "has depression"),
        ("He is an alcoholic.", "is an alcoholic"),
        ("Dx F11.20.", "Dx F11.20"),
        ("Meets DSM-5 criteria.", "Meets DSM-5 criteria"),
        ("She is in early remission.", "in early remission"),
        ("He has severe opioid use disorder.", "severe opioid use disorder"),
        ("ASAM level 3.7 is what she needs.", "ASAM level 3.7"),
        ("Tiene un trastorno por consumo de alcohol.", "trastorno por consumo de alcohol"),
    ],
)
def test_a_diagnosis_the_writer_asserts_is_a_finding(text: str, expected: str) -> None:
    assert expected in _texts(text)


def test_severity_and_diagnosis_have_their_own_reasons() -> None:
    (severe,) = findings("He has severe opioid use disorder.")
    (plain,) = findings("He has opioid use disorder.")
    assert "severity" in severe.why
    assert "diagnos" in plain.why and "severity" not in plain.why
    (code,) = findings("Code F11.20.")
    assert "code" in code.why
    (level,) = findings("I recommend inpatient.")
    assert "level of care" in level.why


@pytest.mark.parametrize(
    "text",
    [
        "She felt depressed after the hearing.",
        "He was anxious about court.",
        "She had a really depressed week.",
        "He needs treatment.",
        "She went to detox last year.",
        "He needs a ride to his IOP appointment.",
        "She calls it detox.",
        "We talked about recovery and her kids.",
        "",
    ],
)
def test_feelings_history_and_logistics_are_not_findings(text: str) -> None:
    assert findings(text) == []


def test_clauses_keep_a_request_apart_from_a_recommendation() -> None:
    text = "She asked about detox, and I recommend inpatient."
    found = findings(text)
    assert [f.text for f in found] == ["recommend inpatient"]
    detox = text.index("detox")
    assert all(not (f.start <= detox < f.end) for f in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She wants to go home, but she needs detox.", ["needs detox"]),
        ("He is asking about IOP; I think he needs residential.", ["needs residential"]),
        ("She wants to stop. Residential is recommended.", ["Residential is recommended"]),
        ("He wants to go home and needs detox first.", ["needs detox"]),
        ("He should be started on methadone.", ["should be started on methadone"]),
        ("Detox recommended.", ["Detox recommended"]),
        ("Desintoxicación recomendada.", ["Desintoxicación recomendada"]),
        ("Se recomienda un programa residencial.", ["recomienda un programa residencial"]),
    ],
)
def test_recommendations_are_findings_with_their_phrase(text: str, expected: list[str]) -> None:
    assert _texts(text) == expected


def test_a_level_of_care_word_inside_quotation_marks_is_the_persons_own() -> None:
    assert findings('She said "detox is the only thing that will work for me."') == []
    assert findings("She said «necesito desintoxicación».") == []


def test_an_amount_is_not_a_dsm_code() -> None:
    assert findings("The bill was $304.00.") == []
    assert _texts("Code 304.00 applies.") == ["304.00"]


# --- spans and offsets --------------------------------------------------------------


def test_spans_are_exact_python_string_indices_after_emoji_and_accents() -> None:
    prefix = "Señora José 👩🏽‍⚕️🙂 café — “hola” "
    text = prefix + "I recommend inpatient. Ella tiene esquizofrenia."
    found = findings(text)
    _assert_well_formed(text, found)
    assert [f.text for f in found] == ["recommend inpatient", "esquizofrenia"]
    assert found[0].start == len(prefix) + len("I ")


def test_dotted_capital_i_does_not_shift_offsets() -> None:
    text = "İİİ İstanbul. He has PTSD."
    (f,) = findings(text)
    assert text[f.start : f.end] == "PTSD"


def test_empty_and_whitespace_text() -> None:
    assert findings("") == []
    assert findings(" \n\t ") == []


def test_one_megabyte_of_text() -> None:
    chunk = "She asked about detox, and I recommend inpatient. He has PTSD. " * 10
    text = (chunk * (1_000_000 // len(chunk) + 1))[:1_000_000]
    found = findings(text)
    _assert_well_formed(text, found)
    full_chunks = len(text) // len(chunk)
    assert len(found) >= full_chunks * 20


@pytest.mark.parametrize(
    "text",
    [
        "a" * 200_000,
        " " * 200_000,
        '"' * 200_000,
        "„“«" * 70_000,
        "I " * 100_000,
        "needs " * 40_000,
        "alcohol and " * 20_000 + "use disorder",
        "diagnosed with a " * 12_000,
        ". " * 100_000,
        ", and" * 40_000,
        "F11.2" * 40_000,
        "detox" * 40_000,
        "I think " * 25_000 + "she needs detox",
    ],
    ids=lambda t: repr(t[:12]),
)
def test_pathological_inputs_stay_correct(text: str) -> None:
    # Speed is measured in benchmarks/bench_scope_accuracy.py; here, that it finishes right.
    _assert_well_formed(text, findings(text))


# --- properties ---------------------------------------------------------------------


def _words(text: str) -> list[str]:
    return text.split()


_VOCABULARY = [
    *_words(
        "she I he wants asked needs recommend should be started on detox inpatient residential "
        "IOP MAT methadone has depression opioid alcohol use disorder PTSD F11.20 DSM-5 in "
        "early remission is an alcoholic and but , . ; é İ quiere desintoxicación trastorno "
        "por consumo de severe level 3.7 ASAM would benefit from $"
    ),
    *['"', "“", "”", "«", "»", "„", "\n", "👩🏽‍⚕️"],
]

_texts_strategy = st.one_of(
    st.text(max_size=300),
    st.lists(st.sampled_from(_VOCABULARY), max_size=60).map(" ".join),
    st.lists(st.sampled_from(_VOCABULARY), max_size=60).map("".join),
)


@settings(max_examples=300, deadline=None)
@given(_texts_strategy)
def test_findings_are_exact_sorted_and_never_overlap(text: str) -> None:
    _assert_well_formed(text, findings(text))


_ENTRIES = [
    ("has have", r"\s+depression"),
    ("detox*", r"\w*"),
    ("=MAT =IOP", ""),
    ("=F1*", r"\d(?:\.[0-9][0-9xX]{0,3})?"),
    ("i", r"\s+(?:need|want)"),
    ("need needs", ""),
    ("in", r"-patient"),
    ("in", r"\s+remission"),
    ("she he", r"[’']s\s+an\s+addict"),
]


def _reference(text: str) -> list[tuple[int, int, int]]:
    """The same entries as one plain alternation, matched the slow way."""
    alternatives = []
    for i, (first, rest) in enumerate(_ENTRIES):
        heads = []
        for word in first.split():
            keep_case = word.startswith("=")
            word = word.removeprefix("=")
            is_prefix = word.endswith("*")
            word = re.escape(word.removesuffix("*"))
            word = f"(?-i:{word})" if keep_case else word
            heads.append(word if is_prefix else rf"{word}(?!\w)")
        alternatives.append(rf"(?P<e{i}>\b(?:{'|'.join(heads)})(?:{rest})(?!\w))")
    pattern = re.compile("|".join(alternatives), re.IGNORECASE)
    return [(m.start(), m.end(), int(str(m.lastgroup)[1:])) for m in pattern.finditer(text)]


_MATCHER_WORDS = [
    *_words(
        "has HAS depression detox Detoxing MAT mat IOP F11.2x F1 I i need needs want in "
        "patient - remission she ’s 's an addict x é"
    ),
    *["\n", " "],
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_MATCHER_WORDS), max_size=40))
def test_word_patterns_match_like_one_alternation(words: list[str]) -> None:
    for text in (" ".join(words), "".join(words)):
        got = [(m.start, m.end, m.index) for m in WordPatterns(_ENTRIES).finditer(text)]
        assert got == _reference(text)


def test_word_patterns_refuse_capturing_groups() -> None:
    with pytest.raises(ValueError, match="capturing"):
        WordPatterns([("word", r"(x)")])
