"""Many phrase patterns matched in one linear pass, each tried only where its
first word stands (see `WordPatterns`). Shared by core/language.py and core/scope.py."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class WordMatch:
    """One match of a WordPatterns entry: text[start:end], and the entry's index."""

    start: int
    end: int
    index: int


class LowerText:
    """A text and its lower-case copy, with the same length (offsets stay exact).

    Built once per text and shared by the WordPatterns that scan it.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        lower = text.lower()
        if len(lower) != len(text):  # "İ" lowers to two code points
            lower = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
        self.lower = lower


class WordPatterns:
    """An ordered list of phrase patterns, matched in one linear pass.

    An entry is `(first, rest)`. `first` lists the words that start it,
    separated by spaces:
      `word`   that exact word (any case);
      `pre*`   any word that starts with `pre` (`rest` goes on inside the word);
      `=Word`  that exact word in that exact case (abbreviations: `=MAT`, `=IOP`);
      `=Pre*`  a case-sensitive prefix.
    `rest` is a regular expression (no capturing groups) that must follow the
    first word, matched ignoring case. A match starts and ends at word
    boundaries. Results are those of one alternation of all entries: leftmost
    first, and at one place the first entry that matches.

    Why not simply one alternation: Python's `re` then tries every entry at
    every character (seconds a megabyte). Here the first words are grouped by
    their first letter, all literal, on a lower-case copy, so `re` skips in C
    all entries but those of the letter at hand.
    """

    def __init__(self, entries: Iterable[tuple[str, str]]) -> None:
        folded: dict[str, list[tuple[int, str]]] = {}  # first letter -> (entry, piece)
        exact_case: dict[str, list[tuple[int, str]]] = {}
        for index, (first, rest) in enumerate(entries):
            if re.compile(rest).groups:
                raise ValueError(f"entry {index}: use (?:…), not capturing groups")
            for word in first.split():
                keep_case = word.startswith("=")
                word = word.removeprefix("=")
                is_prefix = word.endswith("*")
                word = word.removesuffix("*")
                if not keep_case:
                    word = word.lower()
                end_of_word = "" if is_prefix else r"(?!\w)"
                piece = f"{re.escape(word[1:])}{end_of_word}(?i:{rest})(?!\\w)"
                (exact_case if keep_case else folded).setdefault(word[0], []).append((index, piece))
        self._folded = _ByLetter(folded, rare_letters=False)
        self._exact_case = _ByLetter(exact_case, rare_letters=True)

    def finditer(self, text: str | LowerText) -> list[WordMatch]:
        """All non-overlapping matches, leftmost first."""
        lowered = text if isinstance(text, LowerText) else LowerText(text)
        found = self._folded.matches(lowered.lower)
        also = self._exact_case.matches(lowered.text)
        return _leftmost_first(found + also) if also else found


class _ByLetter:
    """Entries grouped by first letter.

    One pattern without groups finds the matches: a non-word character, then a
    branch per first letter. Starting with a character class lets `re` skip in C
    to the next space or punctuation (a word start), and a literal letter first in
    each branch lets it skip the other branches fast. A small pattern for that
    letter, with a named group per entry, then says which entry matched (named
    groups in the big pattern made every attempt 15 times slower). One gap: a
    word glued to the punctuation that ends a match ("dx:word") is not tried.
    """

    def __init__(self, pieces: dict[str, list[tuple[int, str]]], *, rare_letters: bool) -> None:
        # rare_letters (case-sensitive heads: capitals): search from the letter itself,
        # checking the word start behind it; else from the non-word character before.
        self._rare_letters = rare_letters
        self._search: re.Pattern[str] | None = None
        # Per letter: the source with named groups (compiled when first needed: most
        # letters never match in a given text) and the entry of each group name.
        self._which_source: dict[str, tuple[str, dict[str, int]]] = {}
        self._which: dict[str, tuple[re.Pattern[str], dict[str, int]]] = {}
        branches: list[str] = []
        for letter, letter_pieces in pieces.items():
            by_entry: dict[int, list[str]] = {}
            for index, piece in letter_pieces:
                by_entry.setdefault(index, []).append(piece)
            head = re.escape(letter)
            plain = "|".join("|".join(by_entry[i]) for i in sorted(by_entry))
            named = "|".join(f"(?P<e{i}>{'|'.join(by_entry[i])})" for i in sorted(by_entry))
            word_start = r"(?<!\w[\s\S])" if rare_letters else ""
            branches.append(f"{head}{word_start}(?:{plain})")
            self._which_source[letter] = (f"{head}(?:{named})", {f"e{i}": i for i in by_entry})
        if branches:
            first = "" if rare_letters else r"[^\w]"
            self._search = re.compile(f"{first}(?:{'|'.join(branches)})")

    def _which_of(self, letter: str) -> tuple[re.Pattern[str], dict[str, int]]:
        which = self._which.get(letter)
        if which is None:
            source, entry_of = self._which_source[letter]
            which = self._which[letter] = (re.compile(source), entry_of)
        return which

    def matches(self, text: str) -> list[WordMatch]:
        """Matches in `text`; offsets are those of `text`."""
        if self._search is None:
            return []
        padded = " " + text  # so that a word at the very start follows a non-word character
        found: list[WordMatch] = []
        skip = 0 if self._rare_letters else 1
        for m in self._search.finditer(padded):
            start = m.start() + skip
            which, entry_of = self._which_of(padded[start])
            named = which.match(padded, start)
            if named is not None and named.lastgroup is not None:
                found.append(WordMatch(start - 1, named.end() - 1, entry_of[named.lastgroup]))
        return found


def _leftmost_first(matches: list[WordMatch]) -> list[WordMatch]:
    """Sorted, without the matches that overlap an earlier one."""
    matches.sort(key=lambda m: (m.start, m.index))
    kept: list[WordMatch] = []
    busy_until = 0
    for m in matches:
        if m.start >= busy_until:
            kept.append(m)
            busy_until = m.end
    return kept
