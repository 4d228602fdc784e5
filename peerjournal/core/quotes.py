"""The quoted spans of a text: the words that are the person's own.

Checkers (core/language.py, core/scope.py) use this to leave a person's words alone (spec/cli.md,
check-language). Double quotation marks: straight "…", curly “…”, German
„…“ (or Polish „…”) and guillemets «…». Single marks, straight '…' and curly
‘…’, pair only at word boundaries: an opening mark stands after a space or
punctuation and before a letter, a closing mark after a letter or punctuation
and before a space or punctuation. So the apostrophe inside a word ("I’m",
"don't") or after it ("peers'" in the middle of a sentence with no opening
mark), an inch mark (6' 2") and "'90s" never open or close a quotation.

Rules, chosen so that a stray mark never swallows the rest of the text:
- a quotation closes at the next matching closing mark on the same line
  (in a journal field a line break starts a new paragraph; letting straight
  quotes pair across lines turned one stray mark into a wrong pairing for
  every quote after it);
- an opening mark with no closing mark on its line (a forgotten closing
  quote, an inch mark) quotes to the end of that line, no further: a
  forgotten closing quote is far more common than an inch mark in a journal,
  and hinting on the person's words is the worse mistake;
- a closing mark with no opening mark before it is ignored;
- a single opening mark with no closing mark on its line quotes nothing (an
  apostrophe is far more common than a forgotten single quote).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

_LINE_BREAKS = "\\n\\r\\v\\f\\x1c-\\x1e\\x85\\u2028\\u2029"
# An opening mark, then everything up to its closing mark on the same line, or to the
# end of the line when there is none. Each branch is one greedy run of a character
# class followed by an optional mark, so matching is linear (no backtracking).
_QUOTATION = re.compile(
    "|".join(
        f"{opening}[^{closing}{_LINE_BREAKS}]*[{closing}]?"
        for opening, closing in (
            ('"', '"'),
            ("“", "”"),  # English curly quotes
            ("„", "“”"),  # German „…“, Polish „…”
            ("«", "»"),  # French, Spanish, Italian… guillemets
        )
    )
)

# A single-quoted span: an opening mark at a word start, at most 400 characters of
# the same line (apostrophes inside words allowed), a closing mark at a word end.
_SINGLE_QUOTATION = re.compile(
    f"['‘](?<![\\w'’‘]['‘])(?=[^\\s\\d'’])(?:[^'’‘{_LINE_BREAKS}]|['’](?=\\w)){{1,400}}?"
    f"(?<=[\\w.,!?;:…)\\]\"”])['’](?!\\w)"
)


@dataclass(frozen=True, slots=True)
class QuotedSpans:
    """Sorted, non-overlapping (start, end) spans, quotation marks included."""

    spans: tuple[tuple[int, int], ...]
    _starts: tuple[int, ...] = ()

    def covers(self, start: int, end: int) -> bool:
        """True when any character of text[start:end] lies inside a quotation."""
        if end <= start or not self.spans:
            return False
        i = bisect.bisect_right(self._starts, end - 1) - 1
        return i >= 0 and self.spans[i][1] > start


def quoted_spans(text: str) -> QuotedSpans:
    """Return the quoted spans of `text` (see the module docstring for the rules)."""
    spans = [m.span() for m in _QUOTATION.finditer(text)]
    if "'" in text or "‘" in text:
        double = QuotedSpans(tuple(spans), tuple(start for start, _ in spans))
        singles = [
            m.span()
            for m in _SINGLE_QUOTATION.finditer(text)
            if not double.covers(m.start(), m.start() + 1)
        ]
        if singles:
            spans = _without_overlaps(sorted(spans + singles))
    return QuotedSpans(tuple(spans), tuple(start for start, _ in spans))


def _without_overlaps(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted spans joined where they overlap (a double quote inside a single one)."""
    kept: list[tuple[int, int]] = []
    for start, end in spans:
        if kept and start < kept[-1][1]:
            kept[-1] = (kept[-1][0], max(kept[-1][1], end))
        else:
            kept.append((start, end))
    return kept
