"""The `peerjournal` command: the desktop window's scriptable twin (spec/cli.md).

It parses arguments, gets the passphrase safely, calls the services, and turns
known problems into exit codes and one or two plain sentences. It never imports
PySide6 (the `gui` command hands over to peerjournal.ui lazily)."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any, NoReturn, TextIO

from peerjournal import __version__, paths
from peerjournal.errors import Invalid, Locked, PeerJournalError, Refused

EXIT_OK = 0
EXIT_BUG = 1

# ---------------------------------------------------------------- arguments


class _Parser(argparse.ArgumentParser):
    """argparse that says usage errors in one plain line (exit 2)."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, f"peerjournal: {message}\n")


def _common(parser: argparse.ArgumentParser, *, top: bool) -> None:
    # Common options may stand before or after the command: the subparsers use
    # SUPPRESS so a value given before the command is not overwritten by a default.
    default: Any = None if top else argparse.SUPPRESS
    flag_default: Any = False if top else argparse.SUPPRESS
    parser.add_argument(
        "--vault",
        metavar="PATH",
        default=default,
        help="the journal to use (else $PEERJOURNAL_VAULT, else the default file)",
    )
    parser.add_argument(
        "--passphrase-file",
        metavar="FILE",
        default=default,
        help="read the passphrase from the first line of FILE",
    )
    parser.add_argument(
        "--json",
        action="store_true",
        default=flag_default,
        help="print the result as one JSON document",
    )
    parser.add_argument(
        "--debug",
        action="store_true",
        default=flag_default,
        help="show a traceback on unexpected failures",
    )


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text[:40]}' is not a date (YYYY-MM-DD)") from None


def _min_cell(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text[:40]}' is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError("the smallest cell size is 1 (1 turns suppression off)")
    return value


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text[:40]}' is not a whole number") from None
    if value < 0:
        raise argparse.ArgumentTypeError("must be zero or more")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="peerjournal",
        description="An offline, encrypted journal for peer recovery specialists.",
    )
    parser.add_argument("--version", action="version", version=f"peerjournal {__version__}")
    _common(parser, top=True)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        _common(p, top=False)
        return p

    p = command("gui", "open the desktop window")
    p.add_argument("--smoke-test", action="store_true", help=argparse.SUPPRESS)
    p = command("init", "create a new, empty, encrypted journal")
    p.add_argument(
        "--recovery-sheet", metavar="FILE.pdf", help="write the recovery key into a printable sheet"
    )
    p = command("demo", "create a new journal filled with synthetic demo data")
    p.add_argument("--people", type=_positive, default=40)
    p.add_argument("--encounters", type=_positive, default=1200)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--recovery-sheet", metavar="FILE.pdf")
    p = command("import", "add the records of an interchange-v1 file, all or nothing")
    p.add_argument("file", metavar="FILE")
    p = command("export", "write the whole journal as an interchange-v1 file (unencrypted)")
    p.add_argument("--out", metavar="FILE", required=True)
    p.add_argument(
        "--plaintext", action="store_true", help="confirm that you want an unencrypted copy"
    )
    p = command("search", "full-text search")
    p.add_argument("query", metavar="QUERY")
    p.add_argument("--limit", type=_positive, default=50)
    p.add_argument(
        "--no-reflections", action="store_true", help="leave your private reflections out"
    )
    p = command("check-language", "person-first language hints for a text")
    p.add_argument("file", metavar="FILE", nargs="?", default="-")
    p = command("check-scope", "the scope-of-practice check that letters pass through")
    p.add_argument("file", metavar="FILE", nargs="?", default="-")
    p = command("referral", "referral letters")
    rsub = p.add_subparsers(
        dest="referral_command", metavar="ACTION", parser_class=_Parser, required=True
    )
    r = rsub.add_parser("render", help="render a referral letter as PDF")
    _common(r, top=False)
    r.add_argument("id", metavar="ID")
    r.add_argument("--out", metavar="FILE.pdf", required=True)
    r.add_argument("--allow-flagged", metavar="REASON")
    r.add_argument("--on", type=_date, metavar="DATE")
    r.add_argument("--language", choices=["en", "es"])
    r.add_argument(
        "--fax-cover", action="store_true", help="put a fax cover sheet before the letter"
    )
    p = command("disclosures", "the disclosure log")
    p.add_argument("--person", metavar="ID", help="only this person's disclosures")
    p.add_argument(
        "--out", metavar="FILE.pdf", help="with --person: print an accounting of disclosures"
    )
    p = command("report", "the anonymized report for a period (PDF or CSV)")
    p.add_argument("--from", dest="start", type=_date, required=True, metavar="DATE")
    p.add_argument("--to", dest="end", type=_date, required=True, metavar="DATE")
    p.add_argument("--out", metavar="FILE", required=True)
    p.add_argument("--min-cell", type=_min_cell, default=11, metavar="N")
    p.add_argument("--language", choices=["en", "es"], default="en")
    p.add_argument(
        "--by",
        dest="grain",
        choices=["month", "quarter", "auto"],
        default="month",
        help="columns by month (default), quarter, or auto (quarters when they hide fewer)",
    )
    command("reports", "the report log: every anonymized report written, and what it published")
    p = command("merge-reports", "a program-level report from several peers' unsuppressed CSVs")
    p.add_argument("files", metavar="FILE.csv", nargs="+")
    p.add_argument("--out", metavar="FILE", required=True)
    p.add_argument("--min-cell", type=_min_cell, default=11, metavar="N")
    p.add_argument("--organization", metavar="NAME")
    p.add_argument("--language", choices=["en", "es"], default="en")
    p.add_argument(
        "--log",
        metavar="FILE",
        help="the merge log merged reports are audited against (default: in your data folder)",
    )
    p = command("backup", "write an encrypted backup of the whole journal")
    p.add_argument("--out", metavar="FILE", required=True)
    p = command("restore", "restore a backup into the journal's place")
    p.add_argument("file", metavar="FILE")
    p.add_argument(
        "--replace", action="store_true", help="keep the current journal aside and replace it"
    )
    p = command("verify", "check that the journal (or a backup) opens and is intact")
    p.add_argument("file", metavar="FILE", nargs="?")
    p = command("passwd", "change the passphrase")
    p.add_argument("--new-passphrase-file", metavar="FILE")
    p.add_argument(
        "--recovery-key-file",
        metavar="FILE",
        help="unlock with the recovery key instead of the passphrase",
    )
    _add_copy_for(sub)
    _add_key_commands(command)
    return parser


def _add_copy_for(sub: Any) -> None:
    p = sub.add_parser(
        "copy-for",
        help="a person's own copy of their record, as PDF",
        description="A person's own copy of their record, as PDF (never your reflections "
        "or your notes about them). Logged on their page; not a disclosure.",
    )
    _common(p, top=False)
    p.add_argument("person_id", metavar="PERSON_ID")
    p.add_argument("--out", metavar="FILE.pdf", required=True)
    p.add_argument("--from", dest="since", type=_date, metavar="DATE",
                   help="only what happened on or after DATE (default: everything)")
    p.add_argument("--language", choices=["en", "es"],
                   help="default: their preferred language, when English or Spanish")


def _add_key_commands(command: Callable[[str, str], argparse.ArgumentParser]) -> None:
    """rekey and forget (spec/cli.md)."""
    p = command(
        "rekey",
        "re-encrypt the journal under a fresh key, with a new passphrase and recovery key",
    )
    p.add_argument("--new-passphrase-file", metavar="FILE")
    p.add_argument(
        "--recovery-sheet", metavar="FILE.pdf", help="write the new recovery key into a sheet"
    )
    p = command("forget", "delete a person and every record about them, leaving no trace")
    p.add_argument("person_id", metavar="PERSON_ID")
    p.add_argument("--yes", action="store_true", help="confirm: this cannot be undone")


# ---------------------------------------------------------------- secrets


def _first_line(path: str, what: str) -> str:
    try:
        with open(path, encoding="utf-8") as handle:
            line = handle.readline()
    except FileNotFoundError:
        raise Locked(f"The {what} file {path} does not exist.") from None
    except (OSError, UnicodeDecodeError):
        raise Locked(f"The {what} file {path} cannot be read.") from None
    return line.rstrip("\r\n")


def _stdin_is_tty() -> bool:
    try:
        return sys.stdin is not None and sys.stdin.isatty()
    except (AttributeError, ValueError):
        return False


def read_passphrase(args: argparse.Namespace, *, confirm: bool = False) -> str:
    """--passphrase-file, else $PEERJOURNAL_PASSPHRASE, else a no-echo prompt on a
    terminal, else Locked. Never a command-line argument."""
    if args.passphrase_file:
        secret = _first_line(args.passphrase_file, "passphrase")
    elif os.environ.get("PEERJOURNAL_PASSPHRASE"):
        secret = os.environ["PEERJOURNAL_PASSPHRASE"]
    elif _stdin_is_tty():
        secret = getpass.getpass("Passphrase: ")
        if confirm and getpass.getpass("Passphrase again: ") != secret:
            raise Invalid("The two passphrases differ. Nothing was changed.")
    else:
        raise Locked(
            "No passphrase was given. Use --passphrase-file FILE or $PEERJOURNAL_PASSPHRASE, "
            "or run the command in a terminal to be asked."
        )
    if not secret:
        raise Locked("The passphrase given is empty.")
    return secret


def _new_passphrase(args: argparse.Namespace) -> str:
    if args.new_passphrase_file:
        secret = _first_line(args.new_passphrase_file, "new passphrase")
    elif _stdin_is_tty():
        secret = getpass.getpass("New passphrase: ")
        if getpass.getpass("New passphrase again: ") != secret:
            raise Invalid("The two passphrases differ. Nothing was changed.")
    else:
        raise Locked(
            "No new passphrase was given. Use --new-passphrase-file FILE, "
            "or run the command in a terminal to be asked."
        )
    return secret


def _vault_path(args: argparse.Namespace) -> Path:
    return paths.resolve_vault_path(args.vault)


def _open(args: argparse.Namespace) -> Any:
    from peerjournal.services import unlock

    path = _vault_path(args)
    if not path.exists():
        raise Locked.known("no_journal_init", path=path)
    return unlock.unlock(path, passphrase=read_passphrase(args))


def _out_path(text: str) -> Path:
    """An --out path whose folder must exist (exit 5 otherwise)."""
    out = Path(text).expanduser()
    if not out.parent.is_dir():
        raise Invalid(f"The folder {out.parent} does not exist. Nothing was written.")
    if out.is_dir():
        raise Invalid(f"{out} is a folder; give a file name. Nothing was written.")
    return out


def _read_input(name: str) -> str:
    if name == "-":
        return sys.stdin.read()
    try:
        return Path(name).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise Invalid(f"The file {name} does not exist.") from None
    except UnicodeDecodeError:
        raise Invalid(f"The file {name} is not UTF-8 text.") from None
    except OSError as exc:
        raise Invalid(f"The file {name} cannot be read ({exc.strerror}).") from None


def _emit(args: argparse.Namespace, data: Any, plain: Callable[[TextIO], object]) -> None:
    if args.json:
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        plain(sys.stdout)


def _say(text: str) -> None:
    """Human messages go to standard error, so standard output stays the result."""
    print(text, file=sys.stderr)


# ---------------------------------------------------------------- commands

RECOVERY_ADVICE = (
    "Keep this recovery key offline and apart from this computer (printed, in a safe place). "
    "It is the only way back in if the passphrase is forgotten, and anyone holding it and the "
    "journal file can read the journal."
)


def _hand_out_recovery_key(args: argparse.Namespace, recovery_key: str, path: Path) -> None:
    sheet = getattr(args, "recovery_sheet", None)
    if sheet:
        from peerjournal.locale_language import locale_language
        from peerjournal.services.backups import write_recovery_sheet

        write_recovery_sheet(
            _out_path(sheet), recovery_key, vault_path=path, language=locale_language()
        )
        _say(
            f"The recovery key is on the recovery sheet {sheet}. Print it, keep it offline and "
            "apart from this computer, then delete the file."
        )
    else:
        print(f"Recovery key: {recovery_key}")
        _say(RECOVERY_ADVICE)


def _precheck_recovery_sheet(args: argparse.Namespace) -> None:
    sheet = getattr(args, "recovery_sheet", None)
    if sheet:
        _out_path(sheet)


def cmd_init(args: argparse.Namespace) -> int:
    from peerjournal.services import unlock

    path = _vault_path(args)
    _precheck_recovery_sheet(args)
    if path.exists():
        raise Refused.known("journal_exists", path=path)
    passphrase = read_passphrase(args, confirm=True)
    paths.ensure_private_dir(path.parent)
    vault, recovery_key = unlock.create_journal(path, passphrase)
    vault.close()
    _hand_out_recovery_key(args, recovery_key, path)
    _say(f"Created a new journal at {path}.")
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from peerjournal.services import unlock

    path = _vault_path(args)
    _precheck_recovery_sheet(args)
    if path.exists():
        raise Refused.known("journal_exists", path=path)
    if args.people < 1:
        raise Invalid("The demo needs at least one person (--people 1 or more).")
    passphrase = read_passphrase(args, confirm=True)
    paths.ensure_private_dir(path.parent)
    vault, recovery_key = unlock.create_demo_journal(
        path, passphrase, people=args.people, encounters=args.encounters, seed=args.seed
    )
    vault.close()
    _hand_out_recovery_key(args, recovery_key, path)
    _say(
        f"Created a demo journal at {path} with {args.people} people and {args.encounters} "
        "encounters. Everyone in it is made up."
    )
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from peerjournal.services import journal

    path = Path(args.file)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise Invalid(f"The file {args.file} does not exist. Nothing was written.") from None
    except OSError as exc:
        raise Invalid(
            f"The file {args.file} cannot be read ({exc.strerror}). Nothing was written."
        ) from None
    vault = _open(args)
    try:
        counts = journal.import_document(vault, data)
    finally:
        vault.close()

    def plain(out: TextIO) -> None:
        added = ", ".join(f"{n} {name}" for name, n in counts.items() if n and name != "profile")
        out.write(f"Added {added or 'nothing'}.\n")
        if counts.get("profile"):
            out.write("Replaced the profile.\n")

    _emit(args, counts, plain)
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from peerjournal.services import journal

    if not args.plaintext:
        raise Refused(
            "An export is an unencrypted copy of everything in the journal: anyone who finds "
            "the file can read it. If you really need one, add --plaintext, keep it on an "
            "encrypted disk and delete it when done; for safekeeping use 'peerjournal backup' "
            "instead."
        )
    out = _out_path(args.out)
    vault = _open(args)
    try:
        text = journal.export_document(vault)
    finally:
        vault.close()
    paths.write_atomic(out, text.encode("utf-8"))
    _say(
        f"Wrote an unencrypted copy of the journal to {out}. Delete it when you no longer need it."
    )
    return EXIT_OK


def cmd_search(args: argparse.Namespace) -> int:
    vault = _open(args)
    try:
        hits = vault.search(
            args.query, limit=args.limit, include_reflections=not args.no_reflections
        )
    finally:
        vault.close()
    rows = [
        {"type": h.type, "id": h.id, "person_id": h.person_id, "snippet": h.snippet} for h in hits
    ]

    def plain(out: TextIO) -> None:
        for row in rows:
            snippet = " ".join(str(row["snippet"]).split())
            out.write(f"{row['type']:<11} {row['id']:<16} {snippet}\n")
        if not rows:
            out.write("Nothing found.\n")

    _emit(args, rows, plain)
    return EXIT_OK


def cmd_check_language(args: argparse.Namespace) -> int:
    from peerjournal.core import language

    text = _read_input(args.file)
    hints = language.hints(text)
    rows = [
        {"start": h.start, "end": h.end, "text": h.text, "suggestion": h.suggestion, "why": h.why}
        for h in hints
    ]

    def plain(out: TextIO) -> None:
        for h in hints:
            line = text.count("\n", 0, h.start) + 1
            out.write(f"line {line}: '{h.text}' -> consider '{h.suggestion}'. {h.why}\n")

    _emit(args, rows, plain)
    return EXIT_OK


def cmd_check_scope(args: argparse.Namespace) -> int:
    from peerjournal.core import scope

    text = _read_input(args.file)
    found = scope.findings(text)
    rows = [{"start": f.start, "end": f.end, "text": f.text, "why": f.why} for f in found]

    def plain(out: TextIO) -> None:
        for f in found:
            line = text.count("\n", 0, f.start) + 1
            out.write(f"line {line}: '{f.text}': {f.why}\n")

    _emit(args, rows, plain)
    return EXIT_OK


def cmd_referral(args: argparse.Namespace) -> int:
    from peerjournal.services import referrals

    out = _out_path(args.out)
    vault = _open(args)
    try:
        result = referrals.render_referral_letter(
            vault,
            args.id,
            out,
            on=args.on or date.today(),
            allow_flagged=args.allow_flagged,
            language=args.language,
            fax_cover=args.fax_cover,
        )
    finally:
        vault.close()
    data = {"out": str(out), "sha256": result.sha256, "disclosure_id": result.disclosure_id}
    _emit(
        args, data, lambda o: o.write(f"Wrote the letter to {out} and recorded the disclosure.\n")
    )
    return EXIT_OK


def cmd_disclosures(args: argparse.Namespace) -> int:
    from peerjournal.services import referrals

    vault = _open(args)
    try:
        log = vault.disclosures(args.person)
        forgotten = [] if args.person else vault.forgotten_disclosures()
        if args.out:
            if not args.person:
                raise Invalid("An accounting of disclosures is for one person: add --person ID.")
            referrals.write_disclosure_accounting(vault, args.person, _out_path(args.out))
    finally:
        vault.close()
    rows = [
        {
            "id": d.id,
            "referral_id": d.referral_id,
            "person_id": d.person_id,
            "recipient_id": d.recipient_id,
            "disclosed_at": d.disclosed_at.isoformat(timespec="seconds"),
            "sha256": d.sha256,
            "override_reason": d.override_reason,
        }
        for d in log
    ]
    # Entries about a person since forgotten: kept, without who they were about.
    rows += [
        {
            "id": entry_id,
            "referral_id": None,
            "person_id": None,
            "recipient_id": recipient,
            "disclosed_at": when,
            "sha256": sha,
            "override_reason": "(not kept)" if overridden else None,
        }
        for entry_id, recipient, when, sha, overridden in forgotten
    ]

    def plain(out: TextIO) -> None:
        for r in rows:
            flag = "  (scope findings overridden)" if r["override_reason"] else ""
            out.write(
                f"{r['disclosed_at']}  {r['referral_id'] or '(forgotten)':<14} "
                f"to {r['recipient_id']:<14} "
                f"sha256 {str(r['sha256'])[:16]}…{flag}\n"
            )
        if not rows:
            out.write("No disclosures recorded.\n")

    _emit(args, rows, plain)
    return EXIT_OK


def cmd_report(args: argparse.Namespace) -> int:
    from peerjournal.services import reports

    if args.end < args.start:
        raise Invalid("The period ends before it starts: --to must be on or after --from.")
    out = _out_path(args.out)
    kind = reports.output_kind(out)
    vault = _open(args)
    try:
        summary = reports.write_report(
            vault,
            args.start,
            args.end,
            out,
            kind=kind,
            min_cell=args.min_cell,
            language=args.language,
            grain=args.grain,
        )
    finally:
        vault.close()
    _emit(args, summary.as_json(), lambda o: o.write(summary.sentence() + "\n"))
    return EXIT_OK


def cmd_reports(args: argparse.Namespace) -> int:
    from peerjournal.services import reports

    vault = _open(args)
    try:
        log = reports.report_log(vault)
    finally:
        vault.close()

    def plain(out: TextIO) -> None:
        if not log:
            out.write("No report has been written from this journal yet.\n")
        for e in log:
            hidden = "unsuppressed" if e.min_cell <= 1 else f"{e.hidden_count()} hidden"
            out.write(
                f"{e.written_at}  {e.first_month} to {e.last_month}  by {e.grain}  "
                f"N={e.min_cell}  {e.kind}  {hidden}\n"
            )

    _emit(args, [e.as_json() for e in log], plain)
    return EXIT_OK


def cmd_merge_reports(args: argparse.Namespace) -> int:
    from peerjournal.services import reports

    out = _out_path(args.out)
    kind = reports.output_kind(out)
    summary = reports.merge_report_files(
        [Path(f) for f in args.files],
        out,
        kind=kind,
        min_cell=args.min_cell,
        organization=args.organization,
        language=args.language,
        log=Path(args.log) if args.log else None,
    )
    _emit(args, summary.as_json(), lambda o: o.write(summary.sentence() + "\n"))
    return EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    from peerjournal.services import backups

    out = _out_path(args.out)
    if out.exists():
        raise Refused(f"{out} already exists; a backup never overwrites a file. Choose a new name.")
    vault = _open(args)
    try:
        backups.backup_now(vault, out)
    finally:
        vault.close()
    _say(f"Wrote an encrypted backup to {out}. The same passphrase or recovery key opens it.")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from peerjournal.services import backups

    source = Path(args.file)
    if not source.is_file():
        raise Invalid(f"The backup {args.file} does not exist.")
    target = _vault_path(args)
    passphrase = read_passphrase(args)
    kept = backups.restore(source, target, passphrase=passphrase, replace=args.replace)
    _say_seal_note(source)
    if kept:
        _say(f"Restored the backup into {target}. The journal that was there is kept at {kept}.")
    else:
        _say(f"Restored the backup into {target}.")
    return EXIT_OK


def cmd_verify(args: argparse.Namespace) -> int:
    from peerjournal.services import backups

    target = Path(args.file) if args.file else _vault_path(args)
    if not target.exists():
        if args.file:
            raise Invalid(f"The file {args.file} does not exist.")
        raise Locked(f"There is no journal at {target}.")
    backups.verify(target, passphrase=read_passphrase(args))
    _say(f"{target} opens and passes the integrity checks.")
    _say_seal_note(target)
    return EXIT_OK


def _say_seal_note(path: Path) -> None:
    from peerjournal.services import backups

    note = backups.seal_note(path)
    if note:
        _say(f"Note: {note}")


def cmd_passwd(args: argparse.Namespace) -> int:
    from peerjournal.services import unlock

    path = _vault_path(args)
    if not path.exists():
        raise Locked(f"There is no journal at {path}.")
    if args.recovery_key_file:
        key = _first_line(args.recovery_key_file, "recovery key")
        vault = unlock.unlock(path, recovery_key=key)
    else:
        vault = unlock.unlock(path, passphrase=read_passphrase(args))
    try:
        unlock.change_passphrase(vault, _new_passphrase(args))
    finally:
        vault.close()
    _say(
        "Changed the passphrase. The old one no longer opens this journal. Copies and backups "
        "made before still open with it: if it may have been seen, run 'peerjournal rekey'."
    )
    return EXIT_OK


def cmd_rekey(args: argparse.Namespace) -> int:
    from peerjournal.services import unlock

    path = _vault_path(args)
    if not path.exists():
        raise Locked(f"There is no journal at {path}.")
    _precheck_recovery_sheet(args)
    current = read_passphrase(args)
    # spec: the current one, when no new one is given and there is no one to ask
    asked = args.new_passphrase_file or _stdin_is_tty()
    new = _new_passphrase(args) if asked else current
    unlock.require_acceptable(new)
    vault = unlock.unlock(path, passphrase=current)
    sheet = getattr(args, "recovery_sheet", None)

    def keep(recovery_key: str) -> None:
        # Before anything changes: a sheet that cannot be written stops the rekey. (Kept
        # if the rekey fails later: after a kill its key may be the one that opens it.)
        if sheet:
            _hand_out_recovery_key(args, recovery_key, path)

    try:
        done = unlock.rekey(vault, new, keep_recovery_key=keep)
    finally:
        vault.close()
    if not sheet:
        _hand_out_recovery_key(args, done.recovery_key, path)
    same = " with the same passphrase" if new == current else " with the new passphrase"
    _say(
        f"Re-encrypted the journal under a new key{same} and a new recovery key. The old "
        "recovery key, old copies of the key file and the key in earlier backups no longer "
        "open it." + ("" if new == current else " Nor does the old passphrase.")
    )
    _say(unlock.EARLIER_BACKUPS_NOTE)
    return EXIT_OK


def cmd_forget(args: argparse.Namespace) -> int:
    vault = _open(args)
    try:
        plan = vault.forget_plan(args.person_id)
        if not args.yes:
            raise Refused(
                f"Forgetting would delete {plan.sentence()}. This cannot be undone. "
                "Run again with --yes to do it."
            )
        vault.forget_person(args.person_id)
    finally:
        vault.close()
    _say(
        f"Forgot {plan.sentence()}. None of their words remains in the journal file. "
        "Earlier backups still hold them until they age out of the backup folders; "
        "delete copies kept elsewhere (a USB stick) if they must go now."
    )
    return EXIT_OK


def cmd_gui(args: argparse.Namespace) -> int:
    from peerjournal.ui import app  # the only place the command touches Qt

    argv: list[str] = []
    if args.vault:
        argv += ["--vault", str(args.vault)]
    if getattr(args, "smoke_test", False):
        argv.append("--smoke-test")
    return int(app.main(argv))


def cmd_copy_for(args: argparse.Namespace) -> int:
    from peerjournal.services import checkins

    out = _out_path(args.out)
    vault = _open(args)
    try:
        made = checkins.write_their_copy(
            vault, args.person_id, out, since=args.since, language=args.language
        )
    finally:
        vault.close()
    data = {
        "out": str(out),
        "sha256": made.sha256,
        "language": made.language,
        "from": None if made.period_from is None else made.period_from.isoformat(),
    }
    _emit(
        args,
        data,
        lambda o: o.write(
            f"Wrote their copy to {out} and logged it on their page "
            "(a person's own record is not a disclosure).\n"
        ),
    )
    return EXIT_OK


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "gui": cmd_gui,
    "init": cmd_init,
    "demo": cmd_demo,
    "import": cmd_import,
    "export": cmd_export,
    "search": cmd_search,
    "check-language": cmd_check_language,
    "check-scope": cmd_check_scope,
    "referral": cmd_referral,
    "disclosures": cmd_disclosures,
    "report": cmd_report,
    "reports": cmd_reports,
    "merge-reports": cmd_merge_reports,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "verify": cmd_verify,
    "passwd": cmd_passwd,
    "copy-for": cmd_copy_for,
    "rekey": cmd_rekey,
    "forget": cmd_forget,
}


def _in_locale_language(problem: PeerJournalError) -> str:
    """The problem's sentence, in Spanish when the locale says so and the window's
    catalog has it (see peerjournal/locale_language.py); else English."""
    if problem.message_id is None:
        return problem.message
    from peerjournal.locale_language import command_sentence
    from peerjournal.render.fonts import resources_dir

    return command_sentence(problem, resources_dir() / "i18n" / "peerjournal_es.ts")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command; return its exit code (spec/cli.md)."""
    args = build_parser().parse_args(argv)
    command = args.command or "gui"
    debug = bool(getattr(args, "debug", False))
    try:
        return COMMANDS[command](args)
    except PeerJournalError as exc:
        _say(f"peerjournal: {_in_locale_language(exc)}")
        return exc.exit_code
    except KeyboardInterrupt:
        _say("peerjournal: stopped. Nothing was changed.")
        return 130
    except OSError as exc:
        if debug:
            raise
        # Disk full, permissions: a known kind of trouble, said plainly (no personal paths).
        reason = exc.strerror or type(exc).__name__
        _say(f"peerjournal: the computer refused a file operation ({reason}). Nothing was changed.")
        return EXIT_BUG
    except Exception as exc:  # a bug: one line, a traceback only with --debug
        if debug:
            raise
        _say(
            f"peerjournal: unexpected failure ({type(exc).__name__}). "
            "Run again with --debug for details."
        )
        return EXIT_BUG


if __name__ == "__main__":
    raise SystemExit(main())
