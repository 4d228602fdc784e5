"""The lower layers' known problems, said in the window's language.

A `PeerJournalError` may carry a message id (peerjournal/errors.py MESSAGES):
here each id has its English sentence as a translatable string, so the
Spanish window shows Spanish. A problem without an id, or with an id this
table does not know yet, falls back to its English sentence (looked up in the
catalog as it is, in case a translation exists)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from peerjournal.errors import PeerJournalError

CONTEXT = "Messages"

SENTENCES: dict[str, str] = {
    "wrong_passphrase": QT_TRANSLATE_NOOP(
        "Messages", "The passphrase does not open this journal. Check Caps Lock and the "
        "keyboard layout, and try again."),
    "wrong_recovery_key": QT_TRANSLATE_NOOP(
        "Messages", "The recovery key does not open this journal. Check it against the "
        "recovery sheet made for this journal."),
    "passphrase_needed": QT_TRANSLATE_NOOP(
        "Messages", "A passphrase is needed to open this journal."),
    "not_a_recovery_key": QT_TRANSLATE_NOOP(
        "Messages", "That is not a recovery key: a recovery key has {letters} letters and "
        "digits in groups of five. Check it against the recovery sheet."),
    "recovery_key_typo": QT_TRANSLATE_NOOP(
        "Messages", "That recovery key has a typo: check each group against the recovery "
        "sheet."),
    "no_journal": QT_TRANSLATE_NOOP(
        "Messages", "There is no journal at {path}. Check the path; if this is a new computer, "
        "restore a backup or create a journal."),
    "no_journal_file": QT_TRANSLATE_NOOP(
        "Messages", "There is no journal at {path}. Check the path."),
    "no_journal_init": QT_TRANSLATE_NOOP(
        "Messages", "There is no journal at {path}. Create one with 'peerjournal init'."),
    "no_backup": QT_TRANSLATE_NOOP(
        "Messages", "There is no backup at {path}. Check the path."),
    "key_file_missing": QT_TRANSLATE_NOOP(
        "Messages", "The journal's key file ({name}) is missing, so the journal cannot be "
        "opened. Put the key file back next to the journal, or restore a backup."),
    "key_file_unreadable": QT_TRANSLATE_NOOP(
        "Messages", "The journal's key file ({name}) cannot be read: {reason}."),
    "key_file_damaged": QT_TRANSLATE_NOOP(
        "Messages", "The journal's key file ({name}) is damaged. Restore a backup of the "
        "journal."),
    "journal_unreadable": QT_TRANSLATE_NOOP(
        "Messages", "The journal could not be read: it is damaged, or it does not belong "
        "with this key. Restore a backup of the journal."),
    "backup_unreadable": QT_TRANSLATE_NOOP(
        "Messages", "The backup could not be read: it is damaged, or it does not belong "
        "with this key. Restore a backup of the journal."),
    "journal_corrupt": QT_TRANSLATE_NOOP(
        "Messages", "The journal is damaged: restore a backup. Nothing was changed."),
    "journal_failed_check": QT_TRANSLATE_NOOP(
        "Messages", "The journal failed its integrity check: it is damaged. Restore a "
        "backup."),
    "backup_failed_check": QT_TRANSLATE_NOOP(
        "Messages", "The backup failed its integrity check: it is damaged. Restore a "
        "backup."),
    "not_a_backup": QT_TRANSLATE_NOOP(
        "Messages", "{name} is not a PeerJournal backup, or it is damaged."),
    "backup_header_damaged": QT_TRANSLATE_NOOP(
        "Messages", "The header of the backup {name} is damaged."),
    "backup_checksum": QT_TRANSLATE_NOOP(
        "Messages", "The backup {name} is damaged: its contents do not match its checksum."),
    "backup_target_exists": QT_TRANSLATE_NOOP(
        "Messages", "{path} already exists. Choose a new file name for the backup."),
    "backup_never_overwrites": QT_TRANSLATE_NOOP(
        "Messages", "{path} already exists; a backup never overwrites a file."),
    "backup_disk_full": QT_TRANSLATE_NOOP(
        "Messages", "Writing the backup failed: the disk is full. Nothing was changed."),
    "backup_folder_read_only": QT_TRANSLATE_NOOP(
        "Messages", "Writing the backup failed: the folder is read-only, or not "
        "yours to write in. Choose a folder you can write to. Nothing was changed."),
    "backup_seal": QT_TRANSLATE_NOOP(
        "Messages", "The backup {name} is damaged or was altered: its seal does not match its "
        "contents. Use another backup."),
    "journal_file_read_only": QT_TRANSLATE_NOOP(
        "Messages", "The journal file {path} is read-only, so it cannot be opened "
        "(PeerJournal writes to it as it opens it). Make the file writable, or copy the journal "
        "and its .keys file into a folder of yours and open that copy. Nothing was changed."),
    "journal_folder_read_only": QT_TRANSLATE_NOOP(
        "Messages", "The folder {folder} is read-only, so the journal in it cannot "
        "be opened: PeerJournal keeps two small working files beside an open journal. Copy the "
        "journal and its .keys file into a folder you can write to (or make this one writable), "
        "then open it there. Nothing was changed."),
    "journal_became_read_only": QT_TRANSLATE_NOOP(
        "Messages", "The journal's file or folder has become read-only, so "
        "nothing was saved. Make it writable again (or copy the journal into a folder of yours)."),
    "disk_full": QT_TRANSLATE_NOOP(
        "Messages", "The disk is full, so nothing was saved. Free some space and try again."),
    "disk_failing": QT_TRANSLATE_NOOP(
        "Messages", "The journal could not be written: the disk may be full, over a size limit "
        "or failing, so nothing was saved. Free some space and try again."),
    "journal_busy": QT_TRANSLATE_NOOP(
        "Messages", "The journal is busy in another window or program, so nothing was saved. "
        "Try again in a moment."),
    "disk_error": QT_TRANSLATE_NOOP(
        "Messages", "The journal could not be read or written (the disk reported an error). "
        "Nothing was changed."),
    "journal_already_there": QT_TRANSLATE_NOOP(
        "Messages", "There is already a journal at {path}. Open it, or choose another "
        "place."),
    "journal_exists": QT_TRANSLATE_NOOP(
        "Messages", "A journal already exists at {path}. Nothing was changed."),
    "passphrase_refused": QT_TRANSLATE_NOOP(
        "Messages", "The passphrase is {verdict} Nothing was changed."),
    "passphrase_too_short": QT_TRANSLATE_NOOP(
        "Messages", "The passphrase is too short: use at least {length} characters. "
        "Nothing was changed."),
}
"""Message id → its English sentence (the same as errors.MESSAGES), for lupdate."""


def _strength_reason(verdict: str) -> str:
    """The strength meter's verdict ("too short: use at least …"), read on from
    "The passphrase is": translated as the meter says it, first letter lowered."""
    said = QCoreApplication.translate("StrengthMeter", verdict[:1].upper() + verdict[1:])
    return said[:1].lower() + said[1:]


ARGUMENTS = {"verdict": _strength_reason}
"""Arguments that are themselves window sentences, translated before they are filled in."""


def problem_sentence(error: PeerJournalError, context: str = "Errors") -> str:
    """The problem in the window's language: its id translated when known, else
    its English sentence (translated in `context` if the catalog has it)."""
    template = SENTENCES.get(error.message_id or "")
    if template is not None:
        arguments = {name: ARGUMENTS[name](value) if name in ARGUMENTS else value
                     for name, value in error.arguments.items()}
        try:
            return QCoreApplication.translate(CONTEXT, template).format(**arguments)
        except (KeyError, IndexError, ValueError):
            pass  # a translation that lost a placeholder: say it in English
    return QCoreApplication.translate(context, error.message)
