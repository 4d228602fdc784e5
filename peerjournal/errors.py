"""The one small hierarchy of known problems.

Each kind maps to a CLI exit code (spec/cli.md) and to a plain message in the
window. A known problem is a `PeerJournalError` with a sentence that a peer can
act on; anything else is a bug. Messages never hold personal data: they name
record ids, list names and field names, never a person's words.
"""

from __future__ import annotations


class PeerJournalError(Exception):
    """A known problem, said in one or two plain sentences."""

    exit_code = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class Refused(PeerJournalError):
    """A safeguard said no: no valid consent, scope findings, a plaintext export
    without --plaintext, a target that already exists."""

    exit_code = 3


class Locked(PeerJournalError):
    """Cannot unlock: no vault at the path, wrong passphrase or recovery key,
    no passphrase given."""

    exit_code = 4


class Invalid(PeerJournalError):
    """Input that breaks the rules (an import file, an argument value, an id that
    names no record). Nothing was written."""

    exit_code = 5


class Damaged(PeerJournalError):
    """The vault or a backup failed its authentication or integrity check."""

    exit_code = 6


class NotFound(Invalid):
    """An id that names no record."""


class NoSpace(PeerJournalError):
    """The disk is full or a write limit was reached. Nothing was changed."""

    exit_code = 1


class ReadOnly(PeerJournalError):
    """The journal's file or folder cannot be written (a read-only folder, drive or
    file): it cannot be opened, which is not damage. Exit 4, "cannot unlock"."""

    exit_code = 4
