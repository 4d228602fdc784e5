"""The one small hierarchy of known problems.

Each kind maps to a CLI exit code (spec/cli.md) and to a plain message in the
window. A known problem is a `PeerJournalError` with a sentence that a peer can
act on; anything else is a bug. Messages never hold personal data: they name
record ids, list names and field names, never a person's words.

The problems a peer meets most also carry a message id and its arguments
(`Locked.known("wrong_passphrase")`): the command prints the English sentence
of MESSAGES, and the window translates the id (peerjournal/ui/messages.py).
Arguments are file names, paths and numbers, never journal text.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Self

MESSAGES: dict[str, str] = {
    "wrong_passphrase": "The passphrase does not open this journal. Check Caps Lock and the "
    "keyboard layout, and try again.",
    "wrong_recovery_key": "The recovery key does not open this journal. Check it against the "
    "recovery sheet made for this journal.",
    "passphrase_needed": "A passphrase is needed to open this journal.",
    "not_a_recovery_key": "That is not a recovery key: a recovery key has {letters} letters and "
    "digits in groups of five. Check it against the recovery sheet.",
    "recovery_key_typo": "That recovery key has a typo: check each group against the recovery "
    "sheet.",
    "no_journal": "There is no journal at {path}. Check the path; if this is a new computer, "
    "restore a backup or create a journal.",
    "no_journal_file": "There is no journal at {path}. Check the path.",
    "no_journal_init": "There is no journal at {path}. Create one with 'peerjournal init'.",
    "no_backup": "There is no backup at {path}. Check the path.",
    "key_file_missing": "The journal's key file ({name}) is missing, so the journal cannot be "
    "opened. Put the key file back next to the journal, or restore a backup.",
    "key_file_unreadable": "The journal's key file ({name}) cannot be read: {reason}.",
    "key_file_damaged": "The journal's key file ({name}) is damaged. Restore a backup of the "
    "journal.",
    "journal_unreadable": "The journal could not be read: it is damaged, or it does not belong "
    "with this key. Restore a backup of the journal.",
    "backup_unreadable": "The backup could not be read: it is damaged, or it does not belong "
    "with this key. Restore a backup of the journal.",
    "journal_corrupt": "The journal is damaged: restore a backup. Nothing was changed.",
    "journal_failed_check": "The journal failed its integrity check: it is damaged. Restore a "
    "backup.",
    "backup_failed_check": "The backup failed its integrity check: it is damaged. Restore a "
    "backup.",
    "not_a_backup": "{name} is not a PeerJournal backup, or it is damaged.",
    "backup_header_damaged": "The header of the backup {name} is damaged.",
    "backup_checksum": "The backup {name} is damaged: its contents do not match its checksum.",
    "backup_target_exists": "{path} already exists. Choose a new file name for the backup.",
    "backup_never_overwrites": "{path} already exists; a backup never overwrites a file.",
    "backup_disk_full": "Writing the backup failed: the disk is full. Nothing was changed.",
    "backup_folder_read_only": "Writing the backup failed: the folder is read-only, or not "
    "yours to write in. Choose a folder you can write to. Nothing was changed.",
    "backup_seal": "The backup {name} is damaged or was altered: its seal does not match its "
    "contents. Use another backup.",
    "journal_file_read_only": "The journal file {path} is read-only, so it cannot be opened "
    "(PeerJournal writes to it as it opens it). Make the file writable, or copy the journal "
    "and its .keys file into a folder of yours and open that copy. Nothing was changed.",
    "journal_folder_read_only": "The folder {folder} is read-only, so the journal in it cannot "
    "be opened: PeerJournal keeps two small working files beside an open journal. Copy the "
    "journal and its .keys file into a folder you can write to (or make this one writable), "
    "then open it there. Nothing was changed.",
    "journal_became_read_only": "The journal's file or folder has become read-only, so "
    "nothing was saved. Make it writable again (or copy the journal into a folder of yours).",
    "disk_full": "The disk is full, so nothing was saved. Free some space and try again.",
    "disk_failing": "The journal could not be written: the disk may be full, over a size limit "
    "or failing, so nothing was saved. Free some space and try again.",
    "journal_busy": "The journal is busy in another window or program, so nothing was saved. "
    "Try again in a moment.",
    "disk_error": "The journal could not be read or written (the disk reported an error). "
    "Nothing was changed.",
    "journal_already_there": "There is already a journal at {path}. Open it, or choose another "
    "place.",
    "journal_exists": "A journal already exists at {path}. Nothing was changed.",
    "passphrase_refused": "The passphrase is {verdict} Nothing was changed.",
    "passphrase_too_short": "The passphrase is too short: use at least {length} characters. "
    "Nothing was changed.",
}
"""The English sentence of each message id; {name}s are filled from its arguments."""


class PeerJournalError(Exception):
    """A known problem, said in one or two plain sentences."""

    exit_code = 1

    def __init__(
        self,
        message: str,
        *,
        message_id: str | None = None,
        arguments: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.message_id = message_id
        """A key of MESSAGES when the window can say this problem in the peer's language."""
        self.arguments: dict[str, str] = dict(arguments or {})

    @classmethod
    def known(cls, message_id: str, **arguments: object) -> Self:
        """The problem `message_id` of MESSAGES, its English filled in from `arguments`."""
        texts = {name: str(value) for name, value in arguments.items()}
        return cls(MESSAGES[message_id].format(**texts), message_id=message_id, arguments=texts)


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
