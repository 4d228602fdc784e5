"""Follow-ups due in the window: marking one done clears its date and the list."""

from __future__ import annotations

from peerjournal.ui.views.main_window import MainWindow
from tests.gui.test_main_window import PASSPHRASE, WAIT, unlock


def test_a_follow_up_is_marked_done(qtbot, window, tmp_path, vault_thread_guard):
    from datetime import date, datetime

    from peerjournal.core.models import Encounter, Mode, Person
    from peerjournal.services import unlock as unlocking

    win: MainWindow = window
    journal = tmp_path / "journal.peerjournal"
    with vault_thread_guard.paused():  # building the test journal, no window involved
        vault, _ = unlocking.create_journal(journal, PASSPHRASE)
        vault.save(Person(id="p1", preferred_name="Due Today"))
        for n, due in enumerate((date.today(), date(2020, 1, 1))):
            vault.save(
                Encounter(
                    id=f"e{n}",
                    person_id="p1",
                    occurred_at=datetime(2019, 12, 1, 9),
                    mode=Mode.PHONE,
                    follow_up_on=due,
                )
            )
        vault.close()
    win.welcome.select_journal(journal)
    unlock(qtbot, win, PASSPHRASE)
    qtbot.waitUntil(lambda: win.is_unlocked, timeout=WAIT)
    view = win.journal
    view.show_follow_ups()
    qtbot.waitUntil(lambda: view.follow_ups_model.rowCount() == 2, timeout=WAIT)
    view.follow_ups_table.selectRow(0)  # the overdue one comes first
    assert view.follow_up_done_button.isEnabled()
    view.follow_up_done_button.click()
    qtbot.waitUntil(lambda: view.follow_ups_model.rowCount() == 1, timeout=WAIT)
    assert "(1)" in view.follow_ups_button.text()
