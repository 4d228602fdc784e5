"""The main flows with the keyboard alone (QTest key presses only, no mouse and
no clicks by code): create a journal, add a person, write an encounter and
save it with Ctrl+S, search with Ctrl+F and open a result with Enter, lock
with Ctrl+L. And focus moves in reading order through the welcome screen and
the encounter editor."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QWidget

from peerjournal.ui.views.main_window import MainWindow
from peerjournal.ui.views.person_page import PersonDialog
from tests.gui.journal_walk import PASSPHRASE, settle

WAIT = 15_000
NAME = "Rosa Quillfeather"
STORY_WORD = "Tangerine-Lighthouse"
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(qtbot: Any, tmp_path: Path) -> Iterator[MainWindow]:
    win = MainWindow(tmp_path / "journal.peerjournal", use_dbus=False,
                     settings_folder=tmp_path / "config")
    qtbot.addWidget(win)
    win.resize(1100, 700)
    win.show()
    qtbot.waitExposed(win)
    activate(qtbot, win)
    yield win
    win.shutdown()


def activate(qtbot: Any, window: QWidget) -> None:
    """Give a window the keyboard (offscreen, nothing is active by itself)."""
    window.activateWindow()
    handle = window.windowHandle()
    if handle is not None:
        handle.requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT)


def focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard"
    return widget


def press(qtbot: Any, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
          ) -> None:
    qtbot.keyClick(focus(), key, modifier)


def type_text(qtbot: Any, text: str) -> None:
    qtbot.keyClicks(focus(), text)


def tab_to(qtbot: Any, target: QWidget, most: int = 25) -> None:
    """Press Tab until `target` has the keyboard (fails if it never does)."""
    for _ in range(most):
        if focus() is target:
            return
        press(qtbot, Qt.Key.Key_Tab)
    assert focus() is target, f"Tab never reached {target.accessibleName()!r}"


def test_a_peers_day_with_the_keyboard_alone(qtbot, window):
    win = window
    welcome = win.welcome

    # First start: Tab to "Create a journal…", Space.
    tab_to(qtbot, welcome.create_button)
    press(qtbot, Qt.Key.Key_Space)
    assert welcome.pages.currentIndex() == welcome.CREATE
    assert focus() is welcome.new_passphrase
    type_text(qtbot, PASSPHRASE)
    tab_to(qtbot, welcome.new_passphrase_again)
    type_text(qtbot, PASSPHRASE)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: welcome.pages.currentIndex() == welcome.RECOVERY_SHEET,
                    timeout=WAIT)
    tab_to(qtbot, welcome.kept_check)
    press(qtbot, Qt.Key.Key_Space)
    tab_to(qtbot, welcome.continue_button)
    press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: win.is_unlocked, timeout=WAIT)
    view = win.journal
    assert focus() is view.people_search  # ready to find someone

    # Ctrl+N: add a person; Enter saves.
    press(qtbot, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeWindow(), PersonDialog), timeout=WAIT)
    dialog = QApplication.activeWindow()
    assert focus() is dialog.preferred_name
    type_text(qtbot, NAME)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.person_page.name.text() == NAME, timeout=WAIT)

    # Ctrl+E: an encounter with the person shown; their story; Ctrl+S saves.
    activate(qtbot, win)
    press(qtbot, Qt.Key.Key_E, CTRL)
    qtbot.waitUntil(lambda: QApplication.activeWindow() not in (None, win), timeout=WAIT)
    editor = QApplication.activeWindow()
    assert focus() is editor.their_story.editor
    type_text(qtbot, f"We talked about the {STORY_WORD} and the bus pass.")
    press(qtbot, Qt.Key.Key_S, CTRL)
    # Closed, and soon deleted (closed editors do not linger).
    qtbot.waitUntil(lambda: not shiboken6.isValid(editor) or not editor.isVisible(), timeout=WAIT)
    settle(qtbot, win)
    qtbot.waitUntil(lambda: view.person_page.model.rowCount() == 1, timeout=WAIT)

    # Ctrl+F: search everything; Enter searches; Tab to the results; Enter opens.
    activate(qtbot, win)
    press(qtbot, Qt.Key.Key_F, CTRL)
    assert focus() is view.search_field
    type_text(qtbot, STORY_WORD)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.pages.currentIndex() == view.SEARCH
                    and view.search_model.rowCount() == 1, timeout=WAIT)
    tab_to(qtbot, view.search_table)
    if not view.search_table.currentIndex().isValid():
        press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.pages.currentIndex() == view.PERSON, timeout=WAIT)
    qtbot.waitUntil(lambda: STORY_WORD in view.person_page.reading.toPlainText(), timeout=WAIT)

    # Ctrl+L: locked; the welcome screen asks for the passphrase.
    press(qtbot, Qt.Key.Key_L, CTRL)
    qtbot.waitUntil(lambda: not win.is_unlocked, timeout=WAIT)
    assert welcome.isVisible()
    assert focus() is welcome.passphrase


# ----- focus order follows reading order -----

def tab_cycle(qtbot: Any, start: QWidget, most: int = 60) -> list[QWidget]:
    """The widgets Tab visits from `start` until it comes back, each once."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is start, timeout=WAIT)
    seen = [start]
    for _ in range(most):
        press(qtbot, Qt.Key.Key_Tab)
        widget = focus()
        if widget is start:
            return seen
        if widget is not seen[-1]:  # a date edit takes one Tab per section
            seen.append(widget)
    raise AssertionError("Tab never came back to where it started")


def reading_position(widget: QWidget) -> tuple[int, int, int]:
    """Where a widget sits in the window, as a reader meets it: top to bottom,
    left to right (widgets on one line share the line's top)."""
    top_left = widget.mapTo(widget.window(), QPoint(0, 0))
    return top_left.y(), top_left.x(), widget.height()


def in_reading_order(widgets: list[QWidget]) -> list[str]:
    """Pairs where Tab goes backwards: up a line, or left on the same line.
    The cycle may start anywhere; it is turned to start at the top left."""
    places = [reading_position(w) for w in widgets]
    first = min(range(len(widgets)), key=lambda i: (places[i][0], places[i][1]))
    order = list(range(first, len(widgets))) + list(range(first))
    backwards = []
    for a, b in itertools.pairwise(order):
        (ya, xa, ha), (yb, xb, hb) = places[a], places[b]
        same_line = abs((ya + ha / 2) - (yb + hb / 2)) < max(ha, hb) / 2
        if (yb < ya and not same_line) or (same_line and xb < xa):
            backwards.append(f"{widgets[a].accessibleName()!r} -> {widgets[b].accessibleName()!r}")
    return backwards


def test_the_welcome_screen_tabs_in_reading_order(qtbot, window):
    welcome = window.welcome
    cycle = tab_cycle(qtbot, welcome.create_button)
    assert welcome.create_button in cycle and len(cycle) >= 3
    assert in_reading_order(cycle) == []
    welcome.create_button.setFocus()
    press(qtbot, Qt.Key.Key_Space)
    cycle = tab_cycle(qtbot, welcome.new_passphrase)
    assert {welcome.new_passphrase, welcome.new_passphrase_again, welcome.create_go} <= set(cycle)
    assert in_reading_order(cycle) == []


def test_the_encounter_editor_tabs_in_reading_order(qtbot, window):
    from tests.gui import journal_walk

    journal_walk.create_journal(qtbot, window)
    journal_walk.add_person_with_encounter(qtbot, window)
    activate(qtbot, window)
    press(qtbot, Qt.Key.Key_E, CTRL)
    qtbot.waitUntil(lambda: QApplication.activeWindow() not in (None, window), timeout=WAIT)
    editor = QApplication.activeWindow()
    cycle = tab_cycle(qtbot, editor.their_story.editor)
    names = [w.accessibleName() for w in cycle]
    assert {"Their story, in their words", "What do they want to do?",
            "How can I help? Their answer", "What I did"} <= set(names)
    assert any(isinstance(w, QAbstractSpinBox) for w in cycle)  # the date is reachable
    assert in_reading_order(cycle) == []
    # The three questions come in the order the page asks them.
    story, want, helped, did = (names.index(n) for n in (
        "Their story, in their words", "What do they want to do?",
        "How can I help? Their answer", "What I did"))
    assert story < want < helped < did


def test_the_reading_order_check_can_fail(qtbot):
    """Two buttons, Tab going from the lower to the upper one, is caught."""
    from PySide6.QtWidgets import QPushButton, QVBoxLayout

    page = QWidget()
    qtbot.addWidget(page)
    upper, middle, lower = (QPushButton(name, page) for name in ("upper", "middle", "lower"))
    layout = QVBoxLayout(page)
    for button in (upper, middle, lower):
        button.setAccessibleName(button.text())
        layout.addWidget(button)
    page.show()
    qtbot.waitExposed(page)
    assert in_reading_order([upper, lower]) == []
    assert in_reading_order([upper, lower, middle]) == ["'lower' -> 'middle'"]


def test_the_user_guide_lists_every_shortcut_of_the_window(window):
    """docs/user-guide.md's table says the keys the window really answers to,
    and every picture it shows is there."""
    from PySide6.QtGui import QAction, QKeySequence

    guide_path = Path(__file__).resolve().parents[2] / "docs" / "user-guide.md"
    guide = guide_path.read_text(encoding="utf-8")
    table = {line.split("|")[1].strip() for line in guide.splitlines()
             if line.startswith("| ") and line.count("|") >= 3}
    keys = {action.shortcut().toString(QKeySequence.SequenceFormat.PortableText)
            for action in window.findChildren(QAction) if not action.shortcut().isEmpty()}
    assert len(keys) >= 12
    assert sorted(keys - table) == []
    pictures = re.findall(r"\]\((screenshots/[^)]+)\)", guide)
    assert len(pictures) >= 6
    assert [p for p in pictures if not (guide_path.parent / p).is_file()] == []
