"""Person-first, non-stigmatizing language hints (spec/cli.md, check-language).

Gentle hints, never forced: each names a phrase, what to say instead, why, and
a stable code for the reason (`Hint.kind`, so the window can say it in its own
language). The word list, with its sources (ONDCP 2017, NIDA "Words Matter",
NY OASAS "Words Matter"), is in core/language_terms.py; English, and Spanish
with one reason per kind.

Whose words are hinted:
- never anyone's quoted words: nothing inside quotation marks, double or
  single, straight or curly (core/quotes.py; an apostrophe is not a quote);
- never the writer's own first-person self-description ("I was an addict for
  ten years", "As a recovering addict, I…", "I've been clean for 15 years"):
  the words a person uses about themself are theirs (core/voice.py finds the
  subject of the clause);
- everything else, reported or not: "her doctor wrote that he was
  drug-seeking" still hints at "drug-seeking".

Ordinary uses are left alone: "clean clothes", "child abuse", the agency
SAMHSA, "suffers from migraines", and a bare "user" about computers ("app
user", "user ID", "each user must set a PIN").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from peerjournal.core.language_terms import KIND_OF_WHY, TERMS
from peerjournal.core.quotes import quoted_spans
from peerjournal.core.textscan import LowerText, WordPatterns
from peerjournal.core.voice import SELF, VoiceReader


def _words(text: str) -> frozenset[str]:
    """A set of the words of `text` (lists of words stay readable as text)."""
    return frozenset(text.split())



@dataclass(frozen=True)
class Hint:
    """One phrase that has a more respectful alternative.

    `start` and `end` are character offsets (Python str indices) into the
    text: `text[start:end] == hint.text`. `kind` is a stable code for the
    reason ("label", "slur", "abuse", "clean", "relapse", …); `why` says it in
    the term's language.
    """

    start: int
    end: int
    text: str
    suggestion: str
    why: str
    kind: str = "label"


KINDS = tuple(sorted(set(KIND_OF_WHY.values())))

# A bare "user" about software, not drugs: a word before or after it, or in its sentence.
_TECH_BEFORE = _words(
    "app power end computer internet library software site web website account registered each "
    "every any single mobile phone social media online guest admin first-time new wheelchair "
    "platform device program system portal our your its service clinic's program's"
)
_TECH_AFTER = _words(
    "account accounts manual manuals name names id ids guide guides interface experience profile "
    "profiles agreement password passwords pin fee fees base data license settings friendly error "
    "errors input review reviews story stories testing research group groups must can login "
    "survey surveys feedback satisfaction needs base"
)
_TECH_SENTENCE = re.compile(
    r"\b(?:app|apps|account|login|log\s+in|password|pin|website|software|computer|online|"
    r"device|interface|screen\s+name|username|telehealth|portal)\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"[\w’'-]+")
_SELF_MENTION = re.compile(r"(?<!\w)(?:i|we)(?![\w])", re.IGNORECASE)
# "As a recovering addict, I shared…": an apposition about the writer.
_AS_A = re.compile(r"\bas\s+(?:an?\s+)?(?:\w+\s+){0,2}$", re.IGNORECASE)
_THEN_I = re.compile(r"[^.!?;\n]{0,20}?,\s*(?:I|we)\b")


@cache
def _patterns() -> WordPatterns:
    # Compiled on first use, not at import time.
    return WordPatterns((term[0], term[1]) for term in TERMS)


def hints(text: str) -> list[Hint]:
    """Return the language hints for `text`, sorted by position, never overlapping.

    Nothing inside quotation marks is hinted, nor the writer's own
    first-person self-description.
    """
    if not text:
        return []
    words = LowerText(text)
    matches = _patterns().finditer(words)
    if not matches:
        return []
    quotes = quoted_spans(text)
    reader: VoiceReader | None = None
    may_be_self = _SELF_MENTION.search(text) is not None
    found: list[Hint] = []
    for m in matches:
        if quotes.covers(m.start, m.end):
            continue
        _, _, suggestion, why = TERMS[m.index]
        kind = KIND_OF_WHY[why]
        if kind == "user" and _is_a_computer_user(text, m.start, m.end):
            continue
        if kind == "abuse" and _is_another_abuser(text, m.start, m.end):
            continue
        if may_be_self and _SELF_MENTION.search(text, max(0, m.start - 240), m.end + 30):
            if reader is None:
                reader = VoiceReader(text, words=words, quotes=quotes)
            if _self_description(reader, m.start, m.end):
                continue
        found.append(Hint(m.start, m.end, text[m.start : m.end], suggestion, why, kind))
    return found


def _self_description(reader: VoiceReader, start: int, end: int) -> bool:
    """True when the phrase is the writer describing themself."""
    text = reader.text
    head = _WORD.match(text, start)
    if head is not None and head.group().lower().split("’")[0].split("'")[0] in ("i", "we"):
        return True  # "I've been clean…"
    clause = max(reader.clause_start(start), start - 240)
    if _AS_A.search(text, clause, start) and _THEN_I.match(text, end):
        return True
    if reader.subject_before(start, clause) != SELF:
        return False
    window = text[max(clause, start - 240) : start]
    last = None
    for last in _SELF_MENTION.finditer(window):  # noqa: B007 (the last one)
        pass
    if last is None:
        return False
    between = re.findall(r"[^\W\d_]+", window[last.end() :].lower())
    return all(w in _SELF_LABEL_WORDS for w in between)


# The words between "I" and a label that make it about the writer ("I was a heroin
# addict", "I used to be a…", "I'm a…"): a form of "to be", and little else. "We have
# an alcohol abuser in the house" is about someone else.
_SELF_LABEL_WORDS = _words(
    "am was were be been being m ve d s re also still once myself too used to a an personally "
    "just such total real big heavy kind of the same both all soy fui era"
)


# "her abuser", "a child abuser": abuse of a person, not of a substance.
_NOT_SUBSTANCE_ABUSERS = _words(
    "child children domestic sexual spouse spousal elder animal physical emotional verbal "
    "alleged known former accused convicted serial her his my their your our an a the this "
    "that whose its"
)


def _is_another_abuser(text: str, start: int, end: int) -> bool:
    """An "abuser" whose word before is not a substance ("her abuser", "Her abuser")."""
    words = text[start:end].split()
    if len(words) == 2 and words[1].lower().startswith("abuser"):
        return words[0].lower() in _NOT_SUBSTANCE_ABUSERS
    if not words[0].lower().startswith("abuser") or len(words) > 1:
        return False
    before = _WORD.findall(text, max(0, start - 30), start)
    return not before or before[-1].lower() in _NOT_SUBSTANCE_ABUSERS


_USER_OF_SOMETHING_ELSE = re.compile(
    r"\s+of\s+(?!(?:\w+\s+)?(?:drugs|heroin|meth|opioids|opiates|alcohol|pills|cocaine|crack|"
    r"fentanyl|substances|marijuana|cannabis|benzos|needles)\b)",
    re.IGNORECASE,
)


def _is_a_computer_user(text: str, start: int, end: int) -> bool:
    """A "user" of something other than drugs: software, a service, the bus."""
    if _USER_OF_SOMETHING_ELSE.match(text, end):
        return True
    before = [w.lower() for w in _WORD.findall(text[max(0, start - 30) : start])]
    after = _WORD.match(text, end + 1) if end < len(text) and text[end] == " " else None
    if before and before[-1] in _TECH_BEFORE:
        return True
    if after is not None and after.group().lower() in _TECH_AFTER:
        return True
    left = max(text.rfind(".", 0, start), text.rfind("\n", 0, start)) + 1
    right_dot = text.find(".", end)
    right = len(text) if right_dot < 0 else right_dot
    return _TECH_SENTENCE.search(text, left, right) is not None
