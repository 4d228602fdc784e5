"""The peer's choices about language hints, kept in the journal (encrypted, backed up
with it): the words never to hint, and whether reflections show hints.

A word list is personal data, so it lives in the journal, not in the computer-wide
settings file (services/settings.py holds no personal data)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from peerjournal.vault import Vault

NEVER_HINT_KEY = "language.never_hint"
REFLECTION_HINTS_KEY = "language.hints_in_reflections"

SpanT = TypeVar("SpanT")


def never_hinted(vault: Vault) -> list[str]:
    """The words the peer asked never to be hinted, sorted, lower case."""
    value = vault.journal_setting(NEVER_HINT_KEY)
    if not isinstance(value, list):
        return []
    return sorted({str(w).casefold() for w in value if str(w).strip()})


def never_hint(vault: Vault, word: str) -> list[str]:
    """Add a word (or phrase) to the list; returns the new list."""
    words = set(never_hinted(vault))
    if word.strip():
        words.add(word.strip().casefold())
    vault.set_journal_setting(NEVER_HINT_KEY, sorted(words))
    return sorted(words)


def hint_again(vault: Vault, word: str) -> list[str]:
    """Take a word off the list; returns the new list."""
    words = set(never_hinted(vault)) - {word.strip().casefold()}
    vault.set_journal_setting(NEVER_HINT_KEY, sorted(words) or None)
    return sorted(words)


def hints_in_reflections(vault: Vault) -> bool:
    """Whether private reflections (the peer's own story) show hints: off by default."""
    return vault.journal_setting(REFLECTION_HINTS_KEY) is True


def set_hints_in_reflections(vault: Vault, on: bool) -> None:
    vault.set_journal_setting(REFLECTION_HINTS_KEY, True if on else None)


def without_words(
    check: Callable[[str], Sequence[SpanT]], words: Callable[[], Sequence[str]]
) -> Callable[[str], list[SpanT]]:
    """A checker that drops the hints whose text is one of `words` (asked each call,
    so a change shows at the next check)."""

    def checked(text: str) -> list[SpanT]:
        skip = set(words())
        found = list(check(text))
        if not skip:
            return found
        return [h for h in found if getattr(h, "text", "").casefold() not in skip]

    return checked
