"""Person-first, non-stigmatizing language hints (spec/cli.md, check-language).

Gentle hints, never forced: each names a phrase, what to say instead, and why.
Words inside quotation marks are the person's own and get no hint
(core/quotes.py says what counts as quoted). The word list, with its sources
(ONDCP 2017, NIDA "Words Matter", NY OASAS "Words Matter"), is in
core/language_terms.py; English with the core Spanish terms.

"Clean" and "dirty" are hinted only about people, tests and time in recovery
("stayed clean", "clean for 2 years", "dirty urine"), never about clothes,
kitchens or needles; "user" only with a drug before it ("drug user"), never
"user manual"; "abuse" only of substances, never "child abuse"; "alcoholic"
not in "alcoholic drinks" or "Alcoholics Anonymous".
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from peerjournal.core.language_terms import TERMS
from peerjournal.core.quotes import quoted_spans
from peerjournal.core.textscan import LowerText, WordPatterns


@dataclass(frozen=True)
class Hint:
    """One phrase that has a more respectful alternative.

    `start` and `end` are character offsets (Python str indices) into the
    text: `text[start:end] == hint.text`.
    """

    start: int
    end: int
    text: str
    suggestion: str
    why: str


@cache
def _patterns() -> WordPatterns:
    # Compiled on first use, not at import time.
    return WordPatterns((first, rest) for first, rest, _, _ in TERMS)


def hints(text: str) -> list[Hint]:
    """Return the language hints for `text`, sorted by position, never overlapping.

    Nothing inside quotation marks is hinted: those are the person's words.
    """
    if not text:
        return []
    quotes = quoted_spans(text)
    found: list[Hint] = []
    for m in _patterns().finditer(LowerText(text)):
        if quotes.covers(m.start, m.end):
            continue
        _, _, suggestion, why = TERMS[m.index]
        found.append(Hint(m.start, m.end, text[m.start : m.end], suggestion, why))
    return found
