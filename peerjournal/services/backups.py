"""Backups, restore, integrity checks and the recovery sheet."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from peerjournal import paths
from peerjournal.errors import Damaged, Locked, PeerJournalError, Refused
from peerjournal.vault import Vault
from peerjournal.vault.backup import SUFFIX, folder_for, read_header

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class AutoBackupResult:
    """What the automatic backup did, for the status bar. `problems` are plain sentences."""

    written: tuple[Path, ...]
    problems: tuple[str, ...]


def backup_folder(vault_path: Path) -> Path:
    """The vault's own backup folder, beside it: `<stem>-backups`, the same
    folder `Vault.backups_folder` gives (daily backups and the backup made
    before a migration live together)."""
    return folder_for(vault_path)


def backup_now(vault: Vault, target: Path, *, now: datetime | None = None) -> None:
    """One encrypted, consistent, owner-only backup file; Refused when `target` exists.

    The folder is remembered (inside the journal) before writing, so that what a
    killed backup leaves there is swept by the next backup, manual or daily."""
    if target.exists():
        raise Refused(f"{target} already exists; a backup never overwrites a file.")
    moment = now or datetime.now()
    _sweep_quietly(vault, moment)
    vault.note_backup_place(target, moment)
    vault.backup_to(target)


def _sweep_quietly(vault: Vault, now: datetime) -> None:
    # Housekeeping: a folder that cannot be read must never stop a backup.
    try:
        vault.sweep_backup_places(now)
    except PeerJournalError as exc:
        log.debug("sweeping earlier backup places failed: %s", type(exc).__name__)


def auto_backup(
    vault: Vault, *, second_folder: str | None = None, now: datetime | None = None
) -> AutoBackupResult:
    """The daily backup on unlock, into the vault's backup folder and, when set,
    a second folder (a USB stick). A missing or full destination is reported,
    never raised: it must not block work."""
    moment = now or datetime.now()
    written: list[Path] = []
    problems: list[str] = []
    _sweep_quietly(vault, moment)
    folders = [vault.backups_folder]
    if second_folder:
        folders.append(Path(second_folder))
    for index, folder in enumerate(folders):
        try:
            if index == 0:
                paths.ensure_private_dir(folder)
            elif not folder.is_dir():
                problems.append(
                    f"The second backup folder {folder} is not there (is the USB stick "
                    "plugged in?). Your journal is safe; the backup will be tried again."
                )
                continue
            result = vault.auto_backup(folder, moment)
            if result is not None:
                written.append(result)
        except PeerJournalError as exc:
            problems.append(exc.message)
        except OSError as exc:
            problems.append(
                f"Could not write a backup into {folder} ({exc.strerror}). "
                "Your journal is safe; the backup will be tried again."
            )
    return AutoBackupResult(tuple(written), tuple(problems))


@dataclass(frozen=True, slots=True)
class DailyCheck:
    """What the first unlock of the day found: the backup's result, and a plain
    sentence when the journal failed its integrity check (then no backup is made)."""

    backup: AutoBackupResult
    damaged: str | None = None
    verified: bool = False


def daily_check(
    companion: Vault, *, second_folder: str | None = None, now: datetime | None = None
) -> DailyCheck:
    """Once a day, on a second connection (`vault.open_companion()`), off the
    worker: check every page of the journal, then write the daily backup.

    A damaged journal is never backed up: a copy of it would push good backups
    out of the rolling window. Closes `companion` in every case."""
    moment = now or datetime.now()
    try:
        due = not companion.has_backup_on(companion.backups_folder, moment.date())
        if due:
            try:
                companion.verify()
            except Damaged as exc:
                return DailyCheck(AutoBackupResult((), ()), damaged=exc.message)
        return DailyCheck(
            auto_backup(companion, second_folder=second_folder, now=moment), verified=due
        )
    finally:
        companion.close()


@dataclass(frozen=True, slots=True)
class BackupFile:
    """One backup file found in a backup folder."""

    path: Path
    written_at: datetime


def backup_folders(vault_path: Path, second_folder: str | None = None) -> list[Path]:
    """Where backups of this journal may be: its backups folder (daily backups and
    the one before a migration), and the second folder when set."""
    found = [backup_folder(vault_path)]
    if second_folder and Path(second_folder) not in found:
        found.append(Path(second_folder))
    return found


def find_backups(vault_path: Path, second_folder: str | None = None) -> list[BackupFile]:
    """Backup files of the backup folders, newest first (slow on a USB stick: run it
    off the GUI thread)."""
    files: dict[Path, BackupFile] = {}
    for folder in backup_folders(vault_path, second_folder):
        try:
            entries = list(folder.iterdir())
        except OSError:
            continue
        for entry in entries:
            try:
                if entry.suffix == SUFFIX and entry.is_file():
                    files[entry] = BackupFile(entry, datetime.fromtimestamp(entry.stat().st_mtime))
            except OSError:
                continue
    return sorted(files.values(), key=lambda b: (b.written_at, str(b.path)), reverse=True)


def restore(
    source: Path,
    target: Path,
    *,
    passphrase: str | None = None,
    recovery_key: str | None = None,
    replace: bool = False,
) -> Path | None:
    """Restore a backup into `target`. Returns where the replaced journal was kept, if any."""
    return Vault.restore(
        source, target, passphrase=passphrase, recovery_key=recovery_key, replace=replace
    )


def verify(target: Path, *, passphrase: str | None = None, recovery_key: str | None = None) -> None:
    """Check that a journal or a backup opens and passes the integrity checks (Damaged if not)."""
    Vault.verify_file(target, passphrase=passphrase, recovery_key=recovery_key)


UNSEALED_NOTE = (
    "This backup was made by an earlier version of PeerJournal, before backups carried a "
    "seal: it passed every check, but nothing proves that its key header and its contents "
    "were made together. If it is older than you expected, restore a newer backup."
)


def seal_note(path: Path) -> str | None:
    """A plain sentence when `path` is a backup from before seals (it verified and
    restores, but its header is not authenticated); None otherwise."""
    try:
        header = read_header(Path(path))
    except PeerJournalError:
        return None
    return UNSEALED_NOTE if header.seal is None else None


def recovery_sheet_pdf(recovery_key: str, *, vault_path: Path, language: str = "en") -> bytes:
    """The printable recovery sheet, as the bytes of a PDF (to print or to save)."""
    # Here, not at the top: the window imports this module at start, and the PDF
    # library would double the time to its first paint.
    from peerjournal.render.recovery_sheet import render_recovery_sheet

    return render_recovery_sheet(
        recovery_key=recovery_key,
        vault_label=Path(vault_path).name,
        created_on=date.today(),
        language=language,
    )


def write_recovery_sheet(
    target: Path, recovery_key: str, *, vault_path: Path, language: str = "en"
) -> None:
    """The printable recovery sheet, written atomically and owner-only."""
    paths.write_atomic(
        target, recovery_sheet_pdf(recovery_key, vault_path=vault_path, language=language)
    )


def restore_newest_good(
    candidates: list[BackupFile],
    target: Path,
    *,
    passphrase: str | None = None,
    recovery_key: str | None = None,
) -> tuple[BackupFile, Path | None]:
    """Restore the newest backup that opens and passes its checks, keeping the
    journal at `target` aside. Returns the backup used and where the old
    journal was kept. Raises the last problem when none is good (Locked at
    once: a passphrase that does not open one will not open older ones)."""
    problem: Exception = Refused("There is no backup of this journal to restore.")
    for candidate in candidates:
        try:
            verify(candidate.path, passphrase=passphrase, recovery_key=recovery_key)
        except Locked:
            raise
        except Damaged as error:
            problem = error
            continue
        kept = restore(
            candidate.path, target, passphrase=passphrase, recovery_key=recovery_key, replace=True
        )
        return candidate, kept
    raise problem
