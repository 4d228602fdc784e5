"""Make docs/sample-their-copy.pdf and the Growth and check-in screenshots from
the demo journal (made-up people only).

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/make_growth_samples.py [--out FOLDER]

Everything happens in a temporary home folder; the real journal is never touched.
The person shown is the demo person with the most check-ins (about two years).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "docs"))
sys.path.insert(0, str(ROOT))

from make_screenshots import DEMO_PASSPHRASE, private_home, settle, wait_until  # noqa: E402

TODAY = date(2026, 11, 2)  # fixed, so the sample is the same every time


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "docs")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="peerjournal-growth-") as scratch:
        private_home(Path(scratch))
        return make(Path(scratch), args.out)


def make(scratch: Path, out: Path) -> int:
    from PySide6.QtWidgets import QApplication

    from peerjournal.services import checkins as service
    from peerjournal.services.unlock import create_demo_journal, unlock
    from peerjournal.ui import i18n
    from peerjournal.ui.tasks import TaskManager
    from peerjournal.ui.views.checkin_editor import CheckinDialog
    from peerjournal.ui.views.growth_view import GrowthView

    path = scratch / "demo.peerjournal"
    vault, _key = create_demo_journal(path, DEMO_PASSPHRASE, today=TODAY)
    try:
        people = vault.people()
        person = max(people, key=lambda p: (len(vault.checkins_of(p.id)),
                                            p.preferred_language != "es", p.id))
        copy = service.make_their_copy(vault, person.id, language="en", today=TODAY)
    finally:
        vault.close()
    (out / "sample-their-copy.pdf").write_bytes(copy.pdf)
    print(f"wrote {out / 'sample-their-copy.pdf'} ({len(copy.pdf)} bytes)")

    app = QApplication.instance() or QApplication([])
    i18n.install(app, "en")
    tasks = TaskManager()
    opened: list[bool] = []
    tasks.vault_opened.connect(lambda *_: opened.append(True))
    tasks.open_vault(lambda: unlock(path, passphrase=DEMO_PASSPHRASE))
    wait_until(lambda: bool(opened), "the journal to open")
    try:
        view = GrowthView(tasks, person.id)
        view.resize(1200, 760)
        view.show()
        wait_until(lambda: bool(view.charts), "the Growth view")
        settle(0.5)
        shots = out / "screenshots"
        view.grab().save(str(shots / "growth.png"), "PNG")
        print(f"wrote {shots / 'growth.png'}")
        view.close()
        dialog = CheckinDialog(tasks, person.id)
        dialog.resize(1000, 640)
        dialog.show()
        wait_until(lambda: bool(dialog.rows), "the check-in")
        dialog.rows[0].choice.set_rating(3)
        dialog.rows[0].words.setText("Still at my cousin's, but I have a date to see a room.")
        dialog.rows[1].choice.set_rating(4)
        settle(0.5)
        dialog.grab().save(str(shots / "checkin.png"), "PNG")
        print(f"wrote {shots / 'checkin.png'}")
        dialog.reject()
    finally:
        tasks.shutdown()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
