"""Take the screenshots in docs/screenshots/ from the demo journal (made-up people only).

On a real X display, so that what a peer sees is what is pictured (fonts,
window frames, clipped words); a virtual one does:

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python docs/make_screenshots.py
    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python docs/make_screenshots.py --language es

English goes to docs/screenshots/, Spanish to docs/screenshots/es/ (or --out FOLDER).

Everything happens in a temporary home folder: the demo journal, its
backups and the settings are thrown away afterwards, and the real journal is
never touched. The window is driven as a peer would drive it (menus, the
person page's buttons), so the pictures show what the app shows.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
WINDOW_SIZE = (1200, 760)
DEMO_PASSPHRASE = "demo journal with synthetic people only"


def private_home(folder: Path) -> None:
    """Point HOME and the XDG folders at `folder`, before anything reads them."""
    os.environ["HOME"] = str(folder)
    for var, sub in (("XDG_DATA_HOME", ".local/share"), ("XDG_CONFIG_HOME", ".config"),
                     ("XDG_CACHE_HOME", ".cache"), ("XDG_STATE_HOME", ".local/state")):
        (folder / sub).mkdir(parents=True, exist_ok=True)
        os.environ[var] = str(folder / sub)
    os.environ.pop("PEERJOURNAL_VAULT", None)
    # A real display when there is one (xvfb-run sets DISPLAY); offscreen otherwise.
    os.environ.setdefault("QT_QPA_PLATFORM", "xcb" if os.environ.get("DISPLAY") else "offscreen")
    # A thrown-away demo journal: quick key derivation is fine here.
    os.environ["PEERJOURNAL_TEST_FAST_KDF"] = "1"
    sys._peerjournal_test_fast_kdf = True  # type: ignore[attr-defined]


def wait_until(condition: Callable[[], Any], what: str, timeout: float = 60.0) -> None:
    """Run the event loop until `condition()` is true."""
    from PySide6.QtWidgets import QApplication

    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise SystemExit(f"make_screenshots: timed out waiting for {what}")
        QApplication.processEvents()
        time.sleep(0.01)


def settle(seconds: float = 0.3) -> None:
    """Let layouts, timers and repaints finish."""
    from PySide6.QtWidgets import QApplication

    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.01)


def on_worker(window: Any, fn: Callable[[Any], Any]) -> Any:
    """Run `fn(vault)` on the window's journal worker and wait for its result."""
    box: list[Any] = []
    window.tasks.run(fn, on_done=box.append, on_error=lambda error: box.append(error))
    wait_until(lambda: bool(box), "the journal worker")
    if isinstance(box[0], BaseException):
        raise box[0]
    return box[0]


def save(widget: Any, out: Path, name: str) -> Path:
    settle()
    target = out / name
    if not widget.grab().save(str(target), "PNG"):
        raise SystemExit(f"make_screenshots: could not write {target}")
    print(f"wrote {target.relative_to(ROOT) if target.is_relative_to(ROOT) else target}")
    return target


def pick_person(vault: Any, today: Any) -> tuple[str, str | None, str | None]:
    """A person with a full timeline: (person id, a referral covered by a valid
    consent, an encounter with a story)."""
    from peerjournal.services import journal

    best: tuple[int, str, str | None, str | None] | None = None
    for person in vault.people():
        referrals = vault.referrals_of(person.id)
        covered = [r for r in referrals
                   if any(c.valid_on(today)
                          for c in vault.consents_between(person.id, r.clinician_id))]
        items = journal.timeline(vault, person.id)
        kinds = {item.kind for item in items}
        encounter = next((i.id for i in items if i.kind == "encounter"
                          and i.record.their_story and i.record.what_they_want), None)
        score = len(kinds) * 100 + (50 if covered else 0) + min(len(items), 40)
        if best is None or score > best[0]:
            best = (score, person.id, covered[0].id if covered else None, encounter)
    if best is None:
        raise SystemExit("make_screenshots: the demo journal has no people")
    return best[1], best[2], best[3]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--language", choices=("en", "es"), default="en")
    args = parser.parse_args(argv)
    default = ROOT / "docs" / "screenshots"
    out: Path = (args.out or (default if args.language == "en" else default / args.language))
    out = out.resolve()
    out.mkdir(parents=True, exist_ok=True)

    with tempfile.TemporaryDirectory(prefix="peerjournal-shots-") as scratch:
        private_home(Path(scratch))
        sys.path.insert(0, str(ROOT))
        return take(out, args.language)


def take(out: Path, language: str = "en") -> int:
    from datetime import date

    from PySide6.QtGui import QTextCursor

    from peerjournal import paths
    from peerjournal.services import unlock
    from peerjournal.ui import app as app_module
    from peerjournal.ui import i18n
    from peerjournal.ui.views import backup_view
    from peerjournal.ui.views.consent_editor import ConsentEditor
    from peerjournal.ui.views.encounter_editor import EncounterEditor
    from peerjournal.ui.views.main_window import MainWindow
    from peerjournal.ui.views.referral_composer import ReferralComposer
    from peerjournal.ui.views.reflection_editor import ReflectionEditor
    from peerjournal.ui.views.report_view import ReportView

    app = app_module.make_application([])
    i18n.install(app, language)
    today = date.today()

    # ----- the welcome screen, first run -----
    first = MainWindow(use_dbus=False)
    first.resize(*WINDOW_SIZE)
    first.show()
    settle(0.5)
    save(first, out, "welcome-first-run.png")
    first.shutdown()
    first.deleteLater()

    # ----- a journal to unlock: the demo, where a peer's journal would be -----
    journal_path = paths.resolve_vault_path(None)
    paths.ensure_private_dir(journal_path.parent)
    vault, _key = unlock.create_demo_journal(journal_path, DEMO_PASSPHRASE, today=today)
    vault.close()

    window = MainWindow(journal_path, use_dbus=False)
    window.resize(*WINDOW_SIZE)
    window.show()
    settle(0.5)
    save(window, out, "welcome.png")

    window.welcome.passphrase.setText(DEMO_PASSPHRASE)
    window.welcome.try_unlock()
    wait_until(lambda: window.is_unlocked, "unlocking")
    view = window.journal
    assert view is not None
    wait_until(lambda: view.people_model.rowCount() > 0, "the people list")
    wait_until(lambda: bool(window.backup_label.text()), "the last backup line")

    # ----- the main window: follow-ups due -----
    window.follow_ups_action.trigger()
    wait_until(lambda: view.follow_ups_model.rowCount() > 0, "the follow-ups")
    save(window, out, "main-window.png")

    # ----- a person's page -----
    person_id, referral_id, encounter_id = on_worker(
        window, lambda v: pick_person(v, today))
    view.open_person(person_id, encounter_id)
    wait_until(lambda: view.person_page.person is not None
               and view.person_page.person.id == person_id
               and view.person_page.selected_id() == encounter_id, "the person's page")
    save(window, out, "person.png")

    # ----- the encounter editor, with a language hint -----
    view.new_encounter(person_id)
    editor = next(e for e in view.open_editors() if isinstance(e, EncounterEditor))
    wait_until(lambda: bool(editor.person_line.text()), "the encounter editor")
    editor.minutes.setText("40")
    editor.their_story.set_text(
        '"I want my kids to see me doing good," they said. They walked here from the shelter '
        "and want to keep going to the Tuesday meeting.")
    editor.what_they_want.set_text("Get a bed at the recovery residence; see their kids on Sunday.")
    editor.how_i_helped.set_text("Come with me when I call the residence.")
    editor.what_i_did.set_text(
        "Told them a bit of my own first year. They have been clean for 40 days; we called the "
        "residence together.")
    cursor = editor.what_i_did.editor.textCursor()
    cursor.setPosition(editor.what_i_did.text().index("clean") + 2)
    editor.what_i_did.editor.setTextCursor(cursor)
    editor.what_i_did.editor.setFocus()
    wait_until(lambda: bool(editor.what_i_did.hint_text()), "a language hint")
    save(editor, out, "encounter-editor.png")
    editor.clear_and_close()

    # ----- the reflection editor (private) -----
    view.new_reflection(encounter_id)
    reflection = next(e for e in view.open_editors() if isinstance(e, ReflectionEditor))
    reflection.what_i_shared.set_text("How long my own first ninety days felt, and the bus "
                                      "rides to meetings.")
    reflection.what_i_learned.set_text("I still carry shame about my kids' early years. "
                                       "Saying it out loud helped us both.")
    reflection.unique.set_text("Her kids are her reason, every time, in her own words.")
    reflection.universal.set_text("Being believed matters more than being advised.")
    reflection.self_care.set_text("A walk after work; call my sponsor tonight.")
    reflection.why_i_shared.set_text("For her, I hope: she asked how I got through it.")
    reflection.learned_from_them.set_text("How to ask for help without apologising.")
    from peerjournal.core.models import SelfCheck

    reflection.self_check[SelfCheck.RUSHED].setChecked(True)
    reflection.what_i_shared.editor.moveCursor(QTextCursor.MoveOperation.End)
    save(reflection, out, "reflection-editor.png")
    reflection.clear_and_close()

    # ----- the referral composer, with its preview -----
    if referral_id is not None:
        view.open_referral(referral_id)
    else:
        view.new_referral(person_id)
    composer = next(e for e in view.open_editors() if isinstance(e, ReferralComposer))
    composer.resize(1180, 800)
    shown: list[int] = []
    composer.preview_shown.connect(shown.append)
    wait_until(lambda: bool(composer.reason_text()), "the referral")
    composer.request_preview()
    wait_until(lambda: bool(shown), "the letter preview")
    save(composer, out, "referral-composer.png")
    composer.clear_and_close()

    # ----- the consent editor -----
    view.show_consents(person_id)
    consents = next(e for e in view.open_editors() if isinstance(e, ConsentEditor))
    wait_until(lambda: consents.model.rowCount() > 0, "the consents")
    consents.table.selectRow(0)
    consents.resize(980, 640)
    save(consents, out, "consent-editor.png")
    consents.clear_and_close()

    # ----- the report -----
    window.report_action.trigger()
    report = next(e for e in view.open_editors() if isinstance(e, ReportView))
    report.resize(1100, 700)
    built: list[int] = []
    report.report_shown.connect(built.append)
    report.build()
    wait_until(lambda: bool(built), "the report")
    save(report, out, "report.png")
    report.clear_and_close()

    # ----- backups: Backup now, the Backups window and the status bar -----
    target = Path(os.environ["HOME"]) / "usb-stick" / "journal-backup.pjbackup"
    target.parent.mkdir()
    backup_view.choose_backup_target = lambda *_args: target  # the system dialog, answered
    window.backup_action.trigger()
    backups_window = window.backup_window
    assert backups_window is not None
    wait_until(lambda: target.exists() and target.name in backups_window.status.text()
               and backups_window.found_list.count() > 1, "the backup")
    backups_window.resize(720, 480)
    save(backups_window, out, "backups.png")
    backups_window.close()

    window.lock()
    settle(0.3)
    window.shutdown()
    app.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
