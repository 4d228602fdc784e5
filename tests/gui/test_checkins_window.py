"""Check-ins in the window: take one beside the person, rename a part, see it on
the Growth view (with the values in the pictures' accessible text), and make
their copy from the person page."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from peerjournal.core.checkins import default_parts
from peerjournal.core.models import Checkin, CheckinPart, Goal, GoalStatus, Person, Profile
from peerjournal.services.unlock import create_journal, unlock
from peerjournal.ui.tasks import TaskManager
from peerjournal.ui.views import pdf_output
from peerjournal.ui.views.checkin_editor import CheckinDialog
from peerjournal.ui.views.growth_view import GrowthView
from peerjournal.ui.views.person_page import PersonPage
from peerjournal.ui.views.their_copy_dialog import TheirCopyDialog

PASSPHRASE = "synthetic test passphrase"


@pytest.fixture
def journal(tmp_path: Path, vault_thread_guard: Any) -> Path:
    path = tmp_path / "journal.peerjournal"
    with vault_thread_guard.paused():
        vault, _key = create_journal(path, PASSPHRASE)
        try:
            vault.set_profile(Profile(name="Sam Rivera", credentials="CPRS"))
            vault.save(Person(id="p-ana", preferred_name="Ana Lucía", preferred_language="en"))
            vault.save(
                Goal(id="g1", person_id="p-ana", in_their_words="Sleep indoors every night.",
                     set_on=date(2025, 1, 3), status=GoalStatus.MET, closed_on=date(2025, 3, 2))
            )  # fmt: skip
        finally:
            vault.close()
    return path


@pytest.fixture
def opened(qtbot: Any, tasks: TaskManager, journal: Path) -> TaskManager:
    with qtbot.waitSignal(tasks.vault_opened, timeout=15000):
        tasks.open_vault(lambda: unlock(journal, passphrase=PASSPHRASE))
    return tasks


def in_vault(qtbot: Any, tasks: TaskManager, fn: Any) -> Any:
    box: list[Any] = []
    tasks.run(fn, on_done=box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=10000)
    return box[0]


def open_checkin(qtbot: Any, tasks: TaskManager) -> CheckinDialog:
    dialog = CheckinDialog(tasks, "p-ana")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: bool(dialog.rows), timeout=10000)
    return dialog


def test_take_a_check_in_with_the_mouse_and_the_keys(qtbot, opened):
    dialog = open_checkin(qtbot, opened)
    assert "Ana Lucía" in dialog.heading.text()
    assert "Ana" not in dialog.windowTitle()
    assert [row.name.text() for row in dialog.rows] == list(default_parts("en"))
    first, second = dialog.rows[0], dialog.rows[1]
    assert first.choice.rating() is None  # nothing chosen for them
    qtbot.mouseClick(first.choice.buttons[1], Qt.MouseButton.LeftButton)  # 2
    first.words.setText("A cot at the shelter, for now.")
    second.choice.setFocus()
    qtbot.keyClick(second.choice, Qt.Key.Key_4)
    assert second.choice.rating() == 4
    assert first.choice.buttons[1].minimumWidth() >= 44  # big enough for a finger
    assert "1 to 5" in first.choice.accessibleName()
    added = dialog.add_part()
    added.name.setText("My guitar")
    qtbot.mouseClick(added.choice.buttons[4], Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.saved, timeout=10000) as saved:
        dialog.save_button.click()
    checkin = in_vault(qtbot, opened, lambda v: v.find_checkin(saved.args[0]))
    assert [(p.name, p.rating, p.in_their_words) for p in checkin.parts] == [
        (default_parts("en")[0], 2, "A cot at the shelter, for now."),
        (default_parts("en")[1], 4, None),
        ("My guitar", 5, None),
    ]
    parts = in_vault(qtbot, opened, lambda v: v.life_parts_of("p-ana"))
    assert [p.name for p in parts] == [*default_parts("en"), "My guitar"]


def test_a_rated_part_without_a_name_is_refused_with_a_sentence(qtbot, opened):
    dialog = open_checkin(qtbot, opened)
    row = dialog.add_part()
    qtbot.mouseClick(row.choice.buttons[2], Qt.MouseButton.LeftButton)
    dialog.save_button.click()
    qtbot.waitUntil(dialog.problem.isVisible, timeout=10000)
    assert "needs a name" in dialog.problem.text()
    assert in_vault(qtbot, opened, lambda v: v.checkins_of("p-ana")) == []


def test_rename_a_part_keeps_its_history_and_shows_on_growth(qtbot, opened):
    earlier = Checkin(id="ci-1", person_id="p-ana", taken_on=date(2025, 1, 5),
                      parts=(CheckinPart(name="Hope", rating=2),))  # fmt: skip
    in_vault(qtbot, opened, lambda v: v.save_checkin(earlier) or True)
    dialog = open_checkin(qtbot, opened)
    assert [row.name.text() for row in dialog.rows] == ["Hope"]  # their own parts
    row = dialog.rows[0]
    row.name.setText("What gives me hope")
    assert "What gives me hope" in row.choice.accessibleName()
    row.choice.set_rating(4)
    dialog.taken_on.setDate(dialog.taken_on.date().fromString("2025-02-05", "yyyy-MM-dd"))
    with qtbot.waitSignal(dialog.saved, timeout=10000):
        dialog.save_button.click()

    view = GrowthView(opened, "p-ana")
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: bool(view.charts), timeout=10000)
    (chart,) = view.charts
    assert chart.accessibleName() == "What gives me hope"
    said = chart.accessibleDescription()
    assert "2 on 5 Jan 2025" in said and "4 on 5 Feb 2025" in said
    assert "Sleep indoors every night." in view.goals.item(0).text()
    assert "met" in view.goals.item(0).text()
    assert view.windowTitle() == "Growth"
    image = chart.grab().toImage()
    dark = sum(
        1
        for x in range(0, image.width(), 3)
        for y in range(0, image.height(), 3)
        if image.pixelColor(x, y).lightness() < 80
    )
    assert dark > 20  # the line, the marks and the numbers are drawn
    view.clear_and_close()
    assert chart.accessibleDescription() == ""


def test_make_their_copy_from_the_person_page(qtbot, opened, tmp_path, monkeypatch):
    part = CheckinPart(name="Hope", rating=3, in_their_words="Sunflowers.")
    checkin = Checkin(id="ci-1", person_id="p-ana", taken_on=date(2025, 1, 5), parts=(part,))
    in_vault(qtbot, opened, lambda v: v.save_checkin(checkin) or True)
    page = PersonPage(opened)
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.show_person("p-ana")
    assert page.their_copy_button.isEnabled()
    page.their_copy_button.click()
    dialog = page.person_window
    assert isinstance(dialog, TheirCopyDialog)
    target = tmp_path / "her-copy.pdf"
    monkeypatch.setattr(pdf_output, "ask_save_path", lambda *args: target)
    with qtbot.waitSignal(dialog.copy_made, timeout=20000) as made:
        dialog.save_button.click()
    qtbot.waitUntil(lambda: len(dialog.copies()) == 1, timeout=10000)
    assert dialog.copies()[0].sha256 == made.args[0].sha256
    assert "not a disclosure" in dialog.log_note.text()
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(target.read_bytes())).pages)
    assert "Sunflowers." in text and "Sleep indoors every night." in text
    assert in_vault(qtbot, opened, lambda v: v.disclosures("p-ana")) == []

    page.growth_button.click()
    assert isinstance(page.person_window, GrowthView)
    qtbot.waitUntil(lambda: bool(page.person_window.charts), timeout=10000)


def test_locking_closes_and_clears_growth_and_their_copy(qtbot, window):
    from tests.gui.journal_walk import PERSON_ID, add_person_with_encounter, create_journal, settle

    win = window
    create_journal(qtbot, win)
    add_person_with_encounter(qtbot, win)
    part = CheckinPart(name="Hope", rating=4, in_their_words="Sunflowers.")
    checkin = Checkin(id="ci-1", person_id=PERSON_ID, taken_on=date(2025, 1, 5), parts=(part,))
    done: list[bool] = []
    win.tasks.run(lambda v: v.save_checkin(checkin), on_done=lambda _none: done.append(True))
    qtbot.waitUntil(lambda: bool(done), timeout=10000)
    page = win.journal.person_page
    page.growth_button.click()
    growth = page.person_window
    qtbot.waitUntil(lambda: bool(growth.charts), timeout=10000)
    chart = growth.charts[0]
    assert "4 on 5 Jan 2025" in chart.accessibleDescription()
    page.their_copy_button.click()
    copy = page.person_window
    settle(qtbot, win)
    assert growth.isVisible() and copy.isVisible()
    win.lock()
    assert not growth.isVisible() and not copy.isVisible()
    assert chart.accessibleDescription() == "" and chart.series is None


def test_the_keys_alone_take_a_check_in(qtbot, opened):
    dialog = open_checkin(qtbot, opened)
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    skip = dialog.rows[0].choice.skip
    skip.setFocus()  # where the dialog starts
    focused = dialog.focusWidget()
    assert focused is skip
    qtbot.keyClick(focused, Qt.Key.Key_3)  # a digit on the row chooses
    assert dialog.rows[0].choice.rating() == 3
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Right)  # arrows move within the row
    where = [(i, j) for i, row in enumerate(dialog.rows)
             for j, b in enumerate(row.choice.buttons) if b is dialog.focusWidget()]
    assert where == [(0, 3)], (where, dialog.focusWidget().parent())
    assert dialog.rows[0].choice.rating() == 4  # a radio group: moving chooses
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Left)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Left)
    assert dialog.rows[0].choice.rating() == 2
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_0)  # 0: not this time
    assert dialog.rows[0].choice.rating() is None
