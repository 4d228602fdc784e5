"""The scope-of-practice check that referral letters pass through.

A peer specialist carries the person's request; a clinician diagnoses and
decides a level of care (DESIGN.md, "Scope of practice"; spec/cli.md,
check-scope). This module finds, in any text:

- diagnoses, diagnostic codes and manuals, severities and course specifiers:
  a finding wherever they stand, in the person's own words or quoted too
  ("I have opioid use disorder" is a finding);
- recommendations of a level of care or a treatment ("I recommend inpatient",
  "she needs detox", "residential is recommended"): a finding only when the
  writer recommends it. A person's own request is not a finding, quoted or
  not: a level-of-care word whose clause is governed by the person's wish,
  ask, question or view ("she asked about detox", "I want to go to detox",
  "she says she needs detox", "Quiero ir a desintoxicación") is left alone.

How a level-of-care word is judged, within its clause (clauses split on
sentence punctuation, ";", ":", "but", "however", and on "and" or a comma
before a new subject or a "needs"/"should"):
1. a wish, ask, question or view of the person anywhere before it ("she
   asked", "he wants", "she says she needs", "I need", "I want": in the
   person's words "I" is the person) -> not a finding;
2. else the nearest cue before it decides: a recommendation ("recommend",
   "needs", "should", "would benefit from", "is appropriate for") -> a
   finding from the first of that run of recommendations ("I think she needs
   detox"); practical help ("needs a ride to IOP", "help getting into") -> not;
3. else the first cue after it: a recommendation ("Residential is
   recommended", "Desintoxicación recomendada") -> a finding;
4. otherwise (history, facts: "she went to detox last year") -> not.
A level-of-care word inside quotation marks is the person's own word: not a
finding. So "She asked about detox, and I recommend inpatient" flags
"recommend inpatient", not "detox".

Decisions: a feeling ("felt depressed", "anxious") is not a diagnosis; a
named condition ("has depression", "clinically depressed") is. Generic
"treatment", "help" or "counseling" is not a level of care. "Never diagnosed
with" states no diagnosis. A clinician's reported words ("her doctor says she
needs inpatient") are reported speech, like the person's, and not a finding.

Linear in the length of the text (textscan.WordPatterns; bounded patterns in
scope_terms.py); speed is measured in benchmarks/bench_scope_accuracy.py.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache

from peerjournal.core import scope_terms as terms
from peerjournal.core.quotes import quoted_spans
from peerjournal.core.textscan import LowerText, WordPatterns


@dataclass(frozen=True, slots=True)
class Finding:
    """One phrase a peer specialist should not write in a letter, and why.

    `start` and `end` are character offsets (Python str indices) into the
    text that was checked: `text[start:end] == finding.text`.
    """

    start: int
    end: int
    text: str
    why: str


@dataclass(frozen=True, slots=True)
class _Patterns:
    terms: WordPatterns
    term_kinds: tuple[str, ...]  # the kind of each entry of `terms`
    cues: WordPatterns
    cue_kinds: tuple[str, ...]
    punctuation: re.Pattern[str]
    comma_break: re.Pattern[str]
    severity: re.Pattern[str]


def _kinds(
    *groups: tuple[str, tuple[terms.Entry, ...]],
) -> tuple[list[terms.Entry], tuple[str, ...]]:
    entries: list[terms.Entry] = []
    kinds: list[str] = []
    for kind, group in groups:
        entries.extend(group)
        kinds.extend(kind for _ in group)
    return entries, tuple(kinds)


@cache
def _patterns() -> _Patterns:
    # Built on first use, not at import time. Order matters where two terms start at
    # the same word: services first, so that "treatment for opioid use disorder" is a
    # service the person may ask for, not a diagnosis.
    levels = tuple(
        (first, rest + r"(?!\w)" + terms.LEVEL_OF_CARE_TAIL) for first, rest in terms.LEVELS_OF_CARE
    )
    term_entries, term_kinds = _kinds(
        ("service", terms.SERVICES),
        ("assessment", terms.LEVEL_ASSESSMENTS),
        ("code", terms.CODES),
        ("specifier", terms.SPECIFIERS),
        ("level", levels),
        ("diagnosis", terms.DIAGNOSES),
    )
    cue_entries, cue_kinds = _kinds(
        ("wish", terms.WISHES),
        ("recommend", terms.RECOMMENDATIONS),
        ("logistics", terms.LOGISTICS),
        # clause breaks ride along: one scan fewer, and no cue starts with them
        ("break", terms.CLAUSE_BREAK_WORDS),
    )
    return _Patterns(
        terms=WordPatterns(term_entries),
        term_kinds=term_kinds,
        cues=WordPatterns(cue_entries),
        cue_kinds=cue_kinds,
        punctuation=re.compile("[.,!?;:\n\r\u2028\u2029¡¿…]"),
        comma_break=re.compile(r"\s*" + terms.COMMA_BREAK_WORDS, re.IGNORECASE),
        severity=re.compile(r"(?:mild|moderate|severe)\b", re.IGNORECASE),
    )


@dataclass(frozen=True, slots=True)
class _Cue:
    start: int
    end: int
    kind: str  # "wish", "recommend" or "logistics" (see _patterns)


_WHY_OF_KIND = {
    "assessment": terms.WHY_LEVEL_ASSESSMENT,
    "code": terms.WHY_CODE,
    "specifier": terms.WHY_SEVERITY,
}

# A dot after these is an abbreviation, not the end of a sentence.
_ABBREVIATIONS = frozenset(
    {"dr", "mr", "mrs", "ms", "st", "vs", "e.g", "i.e", "a.m", "p.m", "sr", "jr"}
)


def findings(text: str) -> list[Finding]:
    """Return the scope findings of `text`, sorted by position, never overlapping.

    Each finding's span covers the phrase a peer would rewrite: the diagnosis,
    the code, or the recommendation with its level of care ("recommend
    inpatient", "should be started on methadone").
    """
    if not text:
        return []
    p = _patterns()
    words = LowerText(text)
    quotes = quoted_spans(text)
    cue_matches = p.cues.finditer(words)
    break_starts = _clause_breaks(
        text, [m.start for m in cue_matches if p.cue_kinds[m.index] == "break"], p
    )

    def clause_of(pos: int) -> int:
        return bisect.bisect_right(break_starts, pos)

    # Cues per clause, in order. Cues inside quotation marks are the person's words
    # and never govern a level of care outside them.
    cues_by_clause: dict[int, list[_Cue]] = {}
    for m in cue_matches:
        kind = p.cue_kinds[m.index]
        if kind != "break" and not quotes.covers(m.start, m.end):
            cue = _Cue(m.start, m.end, kind)
            cues_by_clause.setdefault(clause_of(cue.start), []).append(cue)

    raw: list[tuple[int, int, str]] = []
    for m in p.terms.finditer(words):
        kind = p.term_kinds[m.index]
        if kind == "service":
            continue
        if kind == "diagnosis":
            severe = p.severity.match(text, m.start) is not None
            raw.append((m.start, m.end, terms.WHY_SEVERITY if severe else terms.WHY_DIAGNOSIS))
        elif kind == "level":
            if quotes.covers(m.start, m.end):
                continue
            span = _recommended_span(m.start, m.end, cues_by_clause.get(clause_of(m.start), []))
            if span is not None:
                raw.append((*span, terms.WHY_LEVEL_OF_CARE))
        elif not (kind == "code" and m.start > 0 and text[m.start - 1] in "$€£.,"):
            raw.append((m.start, m.end, _WHY_OF_KIND[kind]))
    return _merge(text, raw)


def _clause_breaks(text: str, breaks: list[int], p: _Patterns) -> list[int]:
    """Sorted positions where a new clause begins: `breaks` (the words that break
    one) and the sentence punctuation of `text`."""
    for m in p.punctuation.finditer(text):
        mark, i = m.group(), m.start()
        if mark == "." and _is_inner_dot(text, i):
            continue
        if mark == "," and p.comma_break.match(text, i + 1) is None:
            continue
        breaks.append(i)
    breaks.sort()
    return breaks


def _is_inner_dot(text: str, i: int) -> bool:
    """A dot inside "3.7" or "F11.20", or after "Dr", does not end a sentence."""
    if i + 1 < len(text) and text[i + 1].isdigit():
        return True
    j = i
    while j > 0 and i - j < 4 and (text[j - 1].isalpha() or text[j - 1] == "."):
        j -= 1
    return text[j:i].lower() in _ABBREVIATIONS


def _recommended_span(start: int, end: int, cues: list[_Cue]) -> tuple[int, int] | None:
    """The span of the recommendation governing the level of care at start:end, or
    None when the clause is the person's wish, practical help, or no recommendation."""
    left = [c for c in cues if c.end <= start]
    if any(c.kind == "wish" for c in left):
        return None
    if left:
        if left[-1].kind != "recommend":
            return None
        # Start at the first of the run of recommendations: "I think she needs detox".
        first = len(left) - 1
        while first > 0 and left[first - 1].kind == "recommend":
            first -= 1
        return (left[first].start, end)
    right = [c for c in cues if c.start >= end]
    if right and right[0].kind == "recommend":
        return (start, right[0].end)
    return None


def _merge(text: str, raw: list[tuple[int, int, str]]) -> list[Finding]:
    """Sort and join overlapping spans (and same-kind spans split only by spaces,
    as in "diagnosed with" + "PTSD"), so findings never overlap."""
    raw.sort()
    merged: list[tuple[int, int, list[str]]] = []
    for start, end, why in raw:
        if merged:
            m_start, m_end, whys = merged[-1]
            touching = start < m_end or (why in whys and not text[m_end:start].strip())
            if touching:
                if why not in whys:
                    whys.append(why)
                merged[-1] = (m_start, max(m_end, end), whys)
                continue
        merged.append((start, end, [why]))
    return [Finding(s, e, text[s:e], " ".join(whys)) for s, e, whys in merged]
