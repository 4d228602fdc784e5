"""Creating, unlocking and trying a journal."""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from peerjournal.core import demo
from peerjournal.errors import Invalid
from peerjournal.vault import Vault
from peerjournal.vault.backup import SUFFIX, folder_for

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


def require_acceptable(passphrase: str) -> None:
    """The one rule for a new passphrase, in the command and in the window alike:
    Invalid (with the reason) when the window's strength meter would refuse it."""
    strength = check_passphrase_strength(passphrase)
    if not strength.acceptable:
        # "Too short: …", "Too easy to guess. …", "Weak: …" read on from "The passphrase is".
        reason = strength.words[:1].lower() + strength.words[1:]
        raise Invalid(f"The passphrase is {reason} Nothing was changed.")


# The name it had before the rule covered more than length.
require_long_enough = require_acceptable


def change_passphrase(vault: Vault, new: str) -> None:
    """Rewrap the journal's key for a new passphrase (atomically); the old one stops
    working. Refused while another process has the journal open."""
    require_acceptable(new)
    vault.change_passphrase(new)


@dataclass(frozen=True, slots=True)
class Rekeyed:
    """What a rekey did: the new recovery key (show it once), and the journal's
    own backups re-made under the new key or deleted."""

    recovery_key: str
    remade: tuple[Path, ...]
    not_remade: tuple[Path, ...]
    deleted: tuple[Path, ...]


# What to do with the journal's own backups after a rekey.
BACKUPS_KEEP, BACKUPS_REMAKE, BACKUPS_DELETE = "keep", "remake", "delete"

EARLIER_BACKUPS_NOTE = (
    "Backups made before now keep opening with the old passphrase and the old recovery "
    "key: delete the copies you keep elsewhere (a USB stick, another computer) once a new "
    "backup is made."
)


def rekey(
    vault: Vault,
    new_passphrase: str,
    *,
    keep_recovery_key: Callable[[str], None] | None = None,
    backups: str = BACKUPS_KEEP,
) -> Rekeyed:
    """A fresh random data key for the journal, a new passphrase slot and a new
    recovery key, for when any of its secrets (or a copy of it) may be in other
    hands. `backups`: keep the journal's own backups as they are, re-make them
    under the new key, or delete them. Refused while open elsewhere."""
    require_acceptable(new_passphrase)
    own = automatic_backups(vault.path) if backups != BACKUPS_KEEP else []
    outcome = vault.rekey(
        new_passphrase,
        keep_recovery_key=keep_recovery_key,
        remake_backups=own if backups == BACKUPS_REMAKE else (),
    )
    deleted: list[Path] = []
    if backups == BACKUPS_DELETE:
        for path in own:
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
                deleted.append(path)
    return Rekeyed(outcome.recovery_key, outcome.remade, outcome.not_remade, tuple(deleted))


def automatic_backups(vault_path: Path) -> list[Path]:
    """The backup files in the journal's own backups folder (the daily ones and the
    one before an update): those a rekey can re-make or delete."""
    folder = folder_for(Path(vault_path))
    try:
        entries = sorted(folder.iterdir())
    except OSError:
        return []
    return [entry for entry in entries if entry.suffix == SUFFIX and entry.is_file()]


def create_journal(path: Path, passphrase: str) -> tuple[Vault, str]:
    """A new, empty, encrypted journal. Returns the open vault and its recovery key.

    Refused when a journal exists at `path`; Invalid when the passphrase would be
    refused by the window (too short, too common)."""
    require_acceptable(passphrase)
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
