"""The scope-of-practice check that referral letters pass through.

A peer specialist carries the person's request; a clinician diagnoses, decides
a level of care and advises on medication (DESIGN.md, "Scope of practice";
spec/cli.md, check-scope). A finding is what the writer asserts, in their own
voice, that only a clinician may:

- a diagnosis: a named disorder, a severity or course, a diagnostic code or
  manual, "meets criteria", a clinical score ("COWS 16"), an ASAM level;
- a recommendation of a level of care or a treatment setting, in any phrasing
  ("needs detox", "IOP is the right level of care", "outpatient would be
  sufficient", "Recommendation: Level 1");
- medication advice: starting, stopping, switching or dosing any medicine,
  named or not ("she should drop her methadone to 60 mg", "increase the
  sertraline", "he should go up to 32 mg").

Whose assertion a phrase is comes from core/voice.py (ConText): inside
quotation marks, reported ("her doctor diagnosed…", "she said…"), the person's
wish ("she asked about detox"), someone else's ("her mom has…", "his PO
requires…"), a topic ("a workshop on…"), a request that the clinician assess,
or denied: none of these is a finding. The writer about themself ("I was an
addict for years") is not a finding either; "I'd add bipolar disorder" is.

How a level of care or a medicine is judged, within its clause: the cues
before it (recommendations, advice, dose verbs, practical help) form a run
that the nearest practical help ends ("needs a ride to IOP" is help, not a
recommendation). A recommendation or advice in the run, in the writer's voice,
makes a finding from that cue to the phrase; else a recommendation right
after it does ("Residential is the right call"). A named medicine also counts
when its dose verb opens the sentence (an instruction: "Increase the
sertraline to 150 mg"). A dose without a drug ("go up to 32 mg", "half her
dose") needs a dose verb in the run.

Ordinary health facts ("diagnosed with diabetes"), feelings ("felt
depressed"), generic "treatment", and codes that are not codes ("Room F12",
"the F11 bus") are not findings. In a field in the person's own words
(`their_words=True`, for `reason_in_their_words`) first-person phrases are the
person's; third-person clinical statements there are the writer's and checked.

Each finding has a stable `kind` ("diagnosis", "severity", "code",
"assessment", "score", "level_of_care", "medication") for the window to
translate, and an English `why`. Linear in the length of the text
(textscan.WordPatterns; bounded look-backs in core/voice.py); speed is
measured in benchmarks/bench_scope_accuracy.py.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache

from peerjournal.core import scope_terms as terms
from peerjournal.core import voice as v
from peerjournal.core.quotes import quoted_spans
from peerjournal.core.textscan import LowerText, WordMatch, WordPatterns


@dataclass(frozen=True, slots=True)
class Finding:
    """One phrase a peer specialist should not write in a letter, and why.

    `start` and `end` are character offsets (Python str indices) into the
    text that was checked: `text[start:end] == finding.text`. `kind` is a
    stable code for the reason ("diagnosis", "severity", "code", "assessment",
    "score", "level_of_care", "medication"); `why` says it in English.
    """

    start: int
    end: int
    text: str
    why: str
    kind: str = "diagnosis"


KINDS = ("diagnosis", "severity", "code", "assessment", "score", "level_of_care", "medication")

WHY_OF_KIND = {
    "diagnosis": terms.WHY_DIAGNOSIS,
    "severity": terms.WHY_SEVERITY,
    "code": terms.WHY_CODE,
    "assessment": terms.WHY_LEVEL_ASSESSMENT,
    "score": terms.WHY_SCORE,
    "level_of_care": terms.WHY_LEVEL_OF_CARE,
    "medication": terms.WHY_MEDICATION,
}

_DIAGNOSTIC = frozenset({"diagnosis", "code", "specifier", "score", "assessment"})
_NOT_THE_WRITERS = frozenset({v.QUOTED, v.TOPIC, v.REQUEST, v.NEGATED})


@dataclass(frozen=True, slots=True)
class _Patterns:
    terms: WordPatterns
    term_kinds: tuple[str, ...]
    cues: WordPatterns
    cue_kinds: tuple[str, ...]
    severity: re.Pattern[str]
    not_a_code_before: re.Pattern[str]
    code_context: re.Pattern[str]
    imperative_lead: re.Pattern[str]
    comma_gap: re.Pattern[str]
    service_after: re.Pattern[str]
    opinion_lead: re.Pattern[str]


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
        ("score", terms.SCORES),
        ("specifier", terms.SPECIFIERS),
        ("level", levels),
        ("diagnosis", terms.DIAGNOSES),
        ("prefix", terms.DIAGNOSIS_PREFIXES),
        ("medication", terms.MEDICATIONS),
        ("dose", terms.DOSES),
    )
    cue_entries, cue_kinds = _kinds(
        ("recommend", terms.RECOMMENDATIONS),
        ("advice", terms.MEDICATION_ADVICE),
        ("advice_if_changed", terms.ADVICE_BEFORE_A_CHANGE),
        ("dose_verb", terms.DOSE_VERBS),
        ("imperative_dose_verb", terms.IMPERATIVE_DOSE_VERBS),
        ("logistics", terms.LOGISTICS),
    )
    return _Patterns(
        terms=WordPatterns(term_entries),
        term_kinds=term_kinds,
        cues=WordPatterns(cue_entries),
        cue_kinds=cue_kinds,
        severity=re.compile(r"(?:mild|moderate|severe)\b", re.IGNORECASE),
        not_a_code_before=re.compile(
            r"(?:room|rm|table|bus|route|line|train|locker|spot|space|unit|building|bldg|suite|"
            r"gate|seat|row|apartment|apt|lot|floor|bed|bay|form|exit|highway|hwy|aisle|"
            r"section|cell|pod|dorm|wing|office|box|key|door|level|parking|number|#)"
            r"[\s#.:-]*$",
            re.IGNORECASE,
        ),
        code_context=re.compile(
            r"\b(?:code|codes|coded|dx|diagnos\w*|ICD|DSM|F-code|criteria|billing|impression)\b",
            re.IGNORECASE,
        ),
        comma_gap=re.compile(r"[\s,]*"),
        service_after=re.compile(terms.SERVICE_AFTER, re.IGNORECASE),
        opinion_lead=re.compile(terms.OPINION_LEAD, re.IGNORECASE),
        imperative_lead=re.compile(
            r"[\s\-•*\"“(]*(?:(?:please|just|also|then|maybe|so|now|and|first|next|today|"
            r"tonight)[\s,]+)*"
            # "Have him stop…", "Get her to cut…": an instruction through someone
            r"(?:(?:have|get|let|make)\s+(?:her|him|them|[\w’'-]+)\s+(?:to\s+)?)?$",
            re.IGNORECASE,
        ),
    )


@dataclass(frozen=True, slots=True)
class _Cue:
    start: int
    end: int
    kind: str  # "recommend", "advice", "dose_verb" or "logistics"


def findings(text: str, *, their_words: bool = False) -> list[Finding]:
    """Return the scope findings of `text`, sorted by position, never overlapping.

    `their_words=True` reads a field in the person's own words (the referral's
    `reason_in_their_words`): first-person phrases there are the person's.
    """
    if not text or text.isspace():
        return []
    p = _patterns()
    words = LowerText(text)
    matches = [m for m in p.terms.finditer(words) if p.term_kinds[m.index] != "service"]
    if not matches:
        return []  # most paragraphs: no voice to read, no cue to scan
    quotes = quoted_spans(text)
    reader = v.VoiceReader(text, their_words=their_words, words=words, quotes=quotes)
    quoted = quotes.covers if quotes.spans else None
    cues = [
        _Cue(m.start, m.end, p.cue_kinds[m.index])
        for m in p.cues.finditer(words)
        if quoted is None or not quoted(m.start, m.end)
    ]
    if any(c.kind == "imperative_dose_verb" for c in cues):
        cues = [
            _Cue(c.start, c.end, "dose_verb") if c.kind == "imperative_dose_verb" else c
            for c in cues
            if c.kind != "imperative_dose_verb"
            or not text[reader.sentence_start(c.start) : c.start].strip(" \t-•*\"“(")
        ]
    check = _Check(text, reader, cues, p)
    raw: list[tuple[int, int, str]] = []
    prefixes: list[WordMatch] = []
    for m in matches:
        kind = p.term_kinds[m.index]
        if kind == "prefix":
            prefixes.append(m)
        elif kind in _DIAGNOSTIC:
            found = check.diagnostic(m, kind)
            if found is not None:
                raw.append(found)
        else:
            span = check.recommended(m, kind)
            if span is not None:
                kind_code = "medication" if kind in ("medication", "dose") else "level_of_care"
                raw.append((*span, kind_code))
    raw.extend(_pronoun_medicines(check, matches))
    _join_prefixes(text, raw, prefixes)
    return _merge(text, raw)


_TELLING = re.compile(
    r"(?:told|tell|tells|telling|asked|ask|asks|asking|encourag\w*|urged|urges)\b", re.IGNORECASE
)
_CHANGE_WORDS = re.compile(
    r"\b(?:increased|decreased|raised|lowered|reduced|adjusted|changed|stopped|tapered|cut|"
    r"doubled|halved|up|down)\b",
    re.IGNORECASE,
)
_PRONOUN_AFTER = re.compile(r"\s+(it|them)\b", re.IGNORECASE)


def _pronoun_medicines(check: _Check, matches: list[WordMatch]) -> list[tuple[int, int, str]]:
    """ "Since the prednisone makes her irritable, she should stop it": a dose verb on
    "it" or "them" acts on the medicine named earlier in its sentence."""
    kinds = check.p.term_kinds
    medicines = [m for m in matches if kinds[m.index] == "medication"]
    if not medicines:
        return []
    starts = [m.start for m in medicines]
    out: list[tuple[int, int, str]] = []
    for c in check.cues:
        if c.kind != "dose_verb":
            continue
        pronoun = _PRONOUN_AFTER.match(check.text, c.end)
        if pronoun is None:
            continue
        i = bisect.bisect_left(starts, c.start) - 1
        if i < 0 or medicines[i].start < check.reader.sentence_start(c.start):
            continue
        it = WordMatch(pronoun.start(1), pronoun.end(1), medicines[i].index)
        span = check.recommended(it, "medication")
        if span is not None:
            out.append((*span, "medication"))
    return out


class _Check:
    """The rules of one text: its voice reader, cues and patterns."""

    def __init__(self, text: str, reader: v.VoiceReader, cues: list[_Cue], p: _Patterns) -> None:
        self.text = text
        self.reader = reader
        self.cues = cues
        self.cue_starts = [c.start for c in cues]
        self.p = p

    # ----- diagnoses, codes, scores, ASAM levels -----

    def diagnostic(self, m: WordMatch, kind: str) -> tuple[int, int, str] | None:
        text = self.text
        if kind == "code" and not self._is_a_code(m):
            return None
        if kind == "diagnosis" and self.p.service_after.match(text, m.end):
            return None  # "a PTSD support group": a service's name
        voice = self.reader.voice_of(m.start, m.end)
        if voice.owner != v.WRITER or voice.subject == v.OTHER:
            return None
        if voice.subject == v.SELF and (
            self.reader.their_words
            or (kind != "assessment" and self._self_description(m.start))
        ):
            return None
        if kind == "diagnosis":
            severe = self.p.severity.match(text, m.start) is not None
            return (m.start, m.end, "severity" if severe else "diagnosis")
        if kind == "specifier":
            return (m.start, m.end, "severity")
        return (m.start, m.end, kind)

    def _is_a_code(self, m: WordMatch) -> bool:
        text = self.text
        if m.start > 0 and text[m.start - 1] in "$€£.,#":
            return False  # an amount, not a code
        if self.p.not_a_code_before.search(text, max(0, m.start - 20), m.start):
            return False  # "Room F12", "the F11 bus", "Locker F13"
        if text[m.start].upper() != "F" or "." in text[m.start : m.end]:
            return True
        # "F12" with no decimal is a code only where codes are spoken of
        window = text[max(0, m.start - 40) : min(len(text), m.end + 40)]
        return self.p.code_context.search(window) is not None

    def _self_description(self, pos: int) -> bool:
        """ "I was…", "I have lived with…": the writer about themself; not "I'd add…"."""
        window = self.text[max(self.reader.clause_start(pos), pos - 240) : pos]
        last = None
        for last in re.finditer(r"\b(?:I|we)\b", window, re.IGNORECASE):  # noqa: B007
            pass
        if last is None:
            return True
        between = re.findall(r"[^\W\d_]+", window[last.end() :].lower())
        return not any(w in terms.NOT_ABOUT_MYSELF_WORDS for w in between)

    # ----- levels of care and medicines -----

    def _cues_before(self, pos: int) -> list[_Cue]:
        """The run of cues before `pos` in its clause, up to the nearest practical help."""
        i = bisect.bisect_left(self.cue_starts, pos) - 1
        run: list[_Cue] = []
        floor = max(self.reader.clause_start(pos), pos - 240)
        while i >= 0:
            c = self.cues[i]
            i -= 1
            if c.end > pos:
                continue
            if c.start < floor:
                break
            if c.kind == "logistics":
                break
            run.append(c)
        run.reverse()
        return run[-4:]  # a clause with more cues than this before one phrase is not prose

    def _cue_after(self, pos: int) -> _Cue | None:
        i = bisect.bisect_left(self.cue_starts, pos)
        if i >= len(self.cues):
            return None
        c = self.cues[i]
        if c.start < min(self.reader.clause_end(pos), pos + 240):
            return c
        # "Detox first, then IOP, is my recommendation": a predicate right after a comma
        in_sentence = c.start < self.reader.sentence_end(pos)
        if in_sentence and self.p.comma_gap.fullmatch(self.text, pos, c.start):
            return c
        return None

    def _writers(self, c: _Cue) -> bool:
        if _TELLING.match(self.text, c.start) and not self._writer_tells(c):
            return False  # "Ana asked me how to taper…": her question, not the writer's advice
        voice = self.reader.voice_of(c.start, c.end)
        return voice.owner == v.WRITER and voice.subject != v.OTHER and not (
            self.reader.their_words and voice.subject == v.SELF
        )

    def _writer_tells(self, c: _Cue) -> bool:
        """ "I told him to…", "Told him to…", "Encourage her to…": the writer is the one
        who tells (not "she asked me to…", "his doctor told him to…")."""
        start = self.reader.sentence_start(c.start)
        if not self.text[start : c.start].strip(" \t-•*\"“("):
            return True
        floor = max(start, self.reader.clause_start(c.start))
        return self.reader.subject_before(c.start, floor) == v.SELF

    def _imperative(self, c: _Cue) -> bool:
        start = self.reader.sentence_start(c.start)
        if c.start - start > 40:
            return False  # more than a "Please, just" before it: not an instruction
        return self.p.imperative_lead.match(self.text, start, c.start) is not None

    def _dose_changed_after(self, m: WordMatch, after: _Cue) -> tuple[int, int] | None:
        """ "Her dose needs to go up", "the dose should be lowered": a dose with no drug,
        and the writer's recommendation of a change right after it."""
        i = bisect.bisect_left(self.cue_starts, after.start)
        end = self.reader.clause_end(m.end)
        nxt = self.cues[i + 1] if i + 1 < len(self.cues) else None
        if after.kind != "recommend" or not self._writers(after):
            return None
        if _CHANGE_WORDS.search(self.text, after.start, after.end):
            return (m.start, after.end)
        if nxt is not None and nxt.kind == "dose_verb" and nxt.start < end and (
            nxt.start - after.end < 12
        ):
            return (m.start, nxt.end)
        return None

    def _asks_for_a_change(self, run: list[_Cue]) -> _Cue | None:
        """ "Could you bump her Zoloft up…?": a question, but it asks the prescriber for a
        change, in the writer's words (not quoted, not reported)."""
        for i, c in enumerate(run):
            if c.kind != "advice_if_changed" or not self.text[c.start : c.end].lower().endswith(
                " you"
            ):
                continue
            if not any(d.kind == "dose_verb" for d in run[i + 1 :]):
                continue
            voice = self.reader.voice_of(c.start, c.end, asked=False)
            if voice.owner == v.WRITER and voice.subject != v.OTHER:
                return c
        return None

    def _opinion_lead(self, m: WordMatch) -> tuple[int, int] | None:
        """ "If I had my way, Tariq would be in a 90-day program": the writer's choice,
        voiced across the comma."""
        start = self.reader.sentence_start(m.start)
        lead = self.p.opinion_lead.match(self.text, start)
        if lead is None or lead.end() > m.start:
            return None
        voice = self.reader.voice_of(m.start, m.end)
        if voice.owner != v.WRITER or voice.subject == v.OTHER:
            return None
        return (lead.start(1), m.end)

    def recommended(self, m: WordMatch, kind: str) -> tuple[int, int] | None:
        """The span of the writer's recommendation or advice that governs the level of
        care or medicine at m, or None. (Cues first: most phrases have none, and then no
        voice needs reading.)"""
        run = self._cues_before(m.start)
        if kind == "dose" and not any(c.kind == "dose_verb" for c in run):
            after = self._cue_after(m.end)
            return None if after is None else self._dose_changed_after(m, after)
        if kind == "level":
            # a level of care needs a recommendation as its nearest cue
            run = [c for c in run if c.kind == "recommend"] if run[-1:] and (
                run[-1].kind == "recommend") else []
        after = None if kind == "dose" else self._cue_after(m.end)
        if not run and (after is None or after.kind != "recommend"):
            return self._opinion_lead(m) if kind == "level" else None
        asked = self._asks_for_a_change(run)
        if asked is not None:
            return (asked.start, m.end)
        owner = self.reader.voice_of(m.start, m.end).owner
        if owner in _NOT_THE_WRITERS:
            return None
        if owner in (v.WISH, v.REPORTED):
            # "what she could say if she wants to ask about lowering her dose": a cue before
            # the wish does not reach into it
            run = [
                c for c in run
                if not self.reader.trigger_between(c.end, m.start, (v.WISH, v.REPORTED))
            ]
        for i, c in enumerate(run):
            changed = any(d.kind == "dose_verb" for d in run[i + 1 :])
            if c.kind == "advice_if_changed" and changed and self._writers(c):
                return (c.start, m.end)
            if c.kind in ("recommend", "advice") and self._writers(c):
                return (c.start, m.end)
            instruction = c.kind == "dose_verb" and kind != "level" and self._imperative(c)
            if instruction and self._writers(c):
                return (c.start, m.end)
        if after is not None and after.kind == "recommend" and self._writers(after):
            return (m.start, after.end)
        return None


def _join_prefixes(text: str, raw: list[tuple[int, int, str]], prefixes: list[WordMatch]) -> None:
    """ "diagnosed with" + "PTSD": the prefix joins a diagnostic finding right after it."""
    if not prefixes or not raw:
        return
    by_start = {start: i for i, (start, _, _) in enumerate(raw)}
    for m in prefixes:
        j = m.end
        while j < len(text) and text[j].isspace():
            j += 1
        i = by_start.get(j)
        if i is not None and raw[i][2] in ("diagnosis", "severity", "code"):
            _, end, kind = raw[i]
            raw[i] = (m.start, end, kind)


def _merge(text: str, raw: list[tuple[int, int, str]]) -> list[Finding]:
    """Sort and join overlapping spans (and same-kind spans split only by spaces),
    so findings never overlap."""
    raw.sort()
    merged: list[tuple[int, int, list[str]]] = []
    for start, end, kind in raw:
        if merged:
            m_start, m_end, kinds = merged[-1]
            touching = start < m_end or (kind in kinds and not text[m_end:start].strip())
            if touching:
                if kind not in kinds:
                    kinds.append(kind)
                merged[-1] = (m_start, max(m_end, end), kinds)
                continue
        merged.append((start, end, [kind]))
    return [
        Finding(s, e, text[s:e], " ".join(WHY_OF_KIND[k] for k in kinds), kinds[0])
        for s, e, kinds in merged
    ]
