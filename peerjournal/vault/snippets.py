"""Short pieces of a record's text around the words searched for.

The search index keeps no copy of the text (it is contentless), so FTS5's
snippet() has nothing to cut from: the few hits of a page are cut here, from
the records themselves, with the same folding the index uses.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Sequence

SNIPPET_WORDS = 12
ELLIPSIS = "…"
# what the unicode61 tokenizer counts as a word: letters, digits, marks
WORD = re.compile(r"[^\W_]+")


def fold(word: str) -> str:
    """A word as the unicode61 tokenizer with remove_diacritics 2 stores it."""
    if word.isascii():  # most words: nothing to take apart
        return word.lower()
    bare = "".join(
        ch for ch in unicodedata.normalize("NFKD", word) if not unicodedata.combining(ch)
    )
    return unicodedata.normalize("NFC", bare.lower())


def snippet(
    text: str,
    words: Sequence[str],
    prefixes: Sequence[str] = (),
    *,
    size: int = SNIPPET_WORDS,
) -> str:
    """About `size` words of `text` holding the most of `words` (whole words)
    or of words starting with one of `prefixes`, all already folded; "…" marks
    text left out. The start of the text when nothing matches."""
    tokens = list(WORD.finditer(text))
    if not tokens:
        return " ".join(text.split())
    wanted = set(words)
    starts = tuple(prefixes)
    hits = [
        i
        for i, token in enumerate(tokens)
        if (folded := fold(token.group())) in wanted or (starts and folded.startswith(starts))
    ]
    first = _best_start(hits, len(tokens), size)
    last = min(len(tokens), first + size) - 1
    whole_start, whole_end = first == 0, last == len(tokens) - 1
    # the text's own first and last characters (quotes, a full stop) when shown
    start = 0 if whole_start else tokens[first].start()
    end = len(text) if whole_end else tokens[last].end()
    before = "" if whole_start else ELLIPSIS
    after = "" if whole_end else ELLIPSIS
    return before + " ".join(text[start:end].split()) + after


@functools.lru_cache(maxsize=1)
def _variants() -> dict[str, str]:
    """For each folded letter, the letters that fold to it ("e": "èéêë…"), from the
    Latin, Greek and Cyrillic blocks; worked out once."""
    found: dict[str, list[str]] = {}
    for code in range(0xC0, 0x2000):
        ch = chr(code)
        folded = fold(ch)
        if len(folded) == 1 and folded != ch and ch == ch.lower():
            found.setdefault(folded, []).append(ch)
    return {letter: "".join(chars) for letter, chars in found.items()}


def _loose(word: str) -> str:
    """A pattern for a folded word that also matches its accented spellings."""
    variants = _variants()
    return "".join(
        f"[{re.escape(ch)}{re.escape(variants[ch])}]" if ch in variants else re.escape(ch)
        for ch in word
    )


@functools.lru_cache(maxsize=64)
def _hit_pattern(words: tuple[str, ...], prefixes: tuple[str, ...]) -> re.Pattern[str] | None:
    parts = [_loose(word) + r"(?![^\W_])" for word in words if word]
    parts += [_loose(prefix) for prefix in prefixes if prefix]
    if not parts:
        return None
    return re.compile(r"(?<![^\W_])(?:" + "|".join(parts) + ")")


def find_hit(text: str, words: Sequence[str], prefixes: Sequence[str] = ()) -> int | None:
    """Where in `text` the first of `words` (whole) or of the words starting with
    one of `prefixes` begins (all already folded); None if none shows. One regular
    expression over the text, accents matched by character classes, not a token at
    a time: long texts are read in pieces of thousands of characters."""
    pattern = _hit_pattern(tuple(sorted(set(words))), tuple(sorted(set(prefixes))))
    if pattern is None or not text:
        return None
    # lower() keeps every position where it was (but for a rare letter such as İ)
    found = pattern.search(text.lower())
    return None if found is None else found.start()


def has_hit(text: str, words: Sequence[str], prefixes: Sequence[str] = ()) -> bool:
    """Whether `text` holds one of `words` or a word starting with one of `prefixes`."""
    return find_hit(text, words, prefixes) is not None


def _best_start(hits: list[int], count: int, size: int) -> int:
    """The first token of the window of `size` tokens holding the most hits,
    starting a little before its first hit so the hit has some context."""
    if not hits:
        return 0
    hits = hits[:64]  # a word said a thousand times: its first windows will do
    best, best_count = 0, -1
    for hit in hits:
        start = max(0, min(hit - 2, count - size))
        inside = sum(1 for other in hits if start <= other < start + size)
        if inside > best_count:
            best, best_count = start, inside
    return best
