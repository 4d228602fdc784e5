"""Creating, unlocking and trying a journal."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from peerjournal.core import demo
from peerjournal.errors import Invalid
from peerjournal.vault import Vault

MIN_PASSPHRASE_LENGTH = 10

# A few passphrases people reach for first; a real attacker's list is far longer.
_COMMON = {
    "password",
    "passphrase",
    "123456789",
    "1234567890",
    "qwertyuiop",
    "iloveyou",
    "recovery",
    "peerjournal",
    "letmein123",
    "password1",
    "password123",
}


@dataclass(frozen=True, slots=True)
class Strength:
    """Feedback for a new passphrase: a score 0 (weak) to 4 (strong) and plain words."""

    score: int
    words: str

    @property
    def acceptable(self) -> bool:
        return self.score >= 2


def check_passphrase_strength(passphrase: str) -> Strength:
    """A rough, honest estimate: length and variety, with common choices refused.

    Several unrelated words beat symbols; we say so."""
    text = passphrase.strip()
    if len(text) < MIN_PASSPHRASE_LENGTH:
        return Strength(
            0,
            f"Too short: use at least {MIN_PASSPHRASE_LENGTH} characters. "
            "Several unrelated words are easy to remember and hard to guess.",
        )
    if text.casefold() in _COMMON or len(set(text)) <= 3:
        return Strength(0, "Too easy to guess. Try several unrelated words.")
    classes = sum(bool(re.search(p, text)) for p in (r"[a-z]", r"[A-Z]", r"\d", r"[^\w\s]", r"\s"))
    words = len(re.findall(r"\w{3,}", text))
    score = 1
    if len(text) >= 14 or classes >= 3:
        score = 2
    if len(text) >= 18 or (words >= 3 and len(text) >= 15):
        score = 3
    if len(text) >= 24 or (words >= 4 and classes >= 2):
        score = 4
    message = {
        1: "Weak: add another word or two.",
        2: "Fair. Another word would make it much stronger.",
        3: "Good.",
        4: "Strong.",
    }[score]
    return Strength(score, message)


def require_long_enough(passphrase: str) -> None:
    """Invalid when a new passphrase is shorter than the floor (nothing is changed)."""
    if len(passphrase.strip()) < MIN_PASSPHRASE_LENGTH:
        raise Invalid.known("passphrase_too_short", length=MIN_PASSPHRASE_LENGTH)


def change_passphrase(vault: Vault, new: str) -> None:
    """Rewrap the journal's key for a new passphrase (atomically); the old one stops working."""
    require_long_enough(new)
    vault.change_passphrase(new)


def create_journal(path: Path, passphrase: str) -> tuple[Vault, str]:
    """A new, empty, encrypted journal. Returns the open vault and its recovery key.

    Refused when a journal exists at `path`; Invalid when the passphrase is too short."""
    require_long_enough(passphrase)
    return Vault.create(Path(path), passphrase)


def create_demo_journal(
    path: Path,
    passphrase: str,
    *,
    people: int = 40,
    encounters: int = 1200,
    seed: int = 0,
    today: date | None = None,
) -> tuple[Vault, str]:
    """A new journal filled with synthetic demo data (never real people)."""
    if people < 1 or encounters < 0:
        raise Invalid("The demo needs at least one person and zero or more encounters.")
    contents = demo.generate(
        people=people, encounters=encounters, seed=seed, today=today or date.today()
    )
    vault, recovery_key = create_journal(path, passphrase)
    try:
        vault.add_contents(contents)
    except BaseException:
        vault.close()
        raise
    return vault, recovery_key


def unlock(path: Path, *, passphrase: str | None = None, recovery_key: str | None = None) -> Vault:
    """Open a journal with its passphrase or recovery key (errors.Locked / errors.Damaged)."""
    return Vault.open(Path(path), passphrase=passphrase, recovery_key=recovery_key)
