"""No two controls shown together in one window or dialog answer to the same
Alt-letter, in English and in Spanish: buttons, check boxes, radio buttons,
labels with a buddy, group boxes, tabs, and the menu bar's titles (of menus
with an item one can choose); and no two items of one menu share a letter."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QMainWindow,
    QMenu,
    QTabBar,
    QWidget,
)

from peerjournal.ui import i18n
from peerjournal.ui.views.main_window import MainWindow
from tests.gui import journal_walk

MNEMONIC = re.compile(r"&(?!&)(.)", re.S)


def mnemonic(text: str) -> str | None:
    """The Alt-letter of a text ("&Save" → "s"), None when it has none."""
    found = MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).lower() if found else None


def test_the_letter_is_read_as_qt_reads_it():
    assert mnemonic("Save &referral") == "r"
    assert mnemonic("Fish && &chips") == "c"
    assert mnemonic("No letter") is None
    assert duplicates({"w": [("button", "&Save"), ("label", "&Search:")]}) == [
        "w: 's' is taken by button '&Save', label '&Search:'"]


def labelled(widget: QWidget) -> Iterator[tuple[str, str]]:
    """(kind, text) of the parts of `widget` that answer to an Alt-letter."""
    if isinstance(widget, QAbstractButton):
        yield "button", widget.text()
    elif isinstance(widget, QLabel) and widget.buddy() is not None:
        yield "label", widget.text()
    elif isinstance(widget, QGroupBox):
        yield "group", widget.title()
    elif isinstance(widget, QTabBar):
        for index in range(widget.count()):
            if widget.isTabVisible(index) and widget.isTabEnabled(index):
                yield "tab", widget.tabText(index)
    elif isinstance(widget, QMainWindow) and widget.menuBar() is not None:
        for action in widget.menuBar().actions():
            menu = action.menu()
            # A menu whose items are all off (the journal is locked) opens nothing.
            if action.isVisible() and menu is not None and any(
                    item.isEnabled() and not item.isSeparator() for item in menu.actions()):
                yield "menu", action.text()


def shown_letters() -> dict[str, list[tuple[str, str]]]:
    """Window title (or class) → the (kind, text) with an Alt-letter shown in it now.
    A menu is a window of its own: its items clash only among themselves."""
    found: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for widget in journal_walk.all_widgets():
        if isinstance(widget, QMenu):
            name = f"menu {widget.title() or widget.objectName()!r} ({id(widget):x})"
            for action in widget.actions():
                if action.isVisible() and not action.isSeparator() and mnemonic(action.text()):
                    found[name].append(("item", action.text()))
            continue
        if not widget.isVisible() or widget.window().isHidden():
            continue
        window = widget.window()
        name = window.windowTitle() or type(window).__name__
        for kind, text in labelled(widget):
            if mnemonic(text):
                found[name].append((kind, text))
    return found


def duplicates(found: dict[str, list[tuple[str, str]]]) -> list[str]:
    problems = []
    for window, texts in sorted(found.items()):
        by_letter: dict[str, list[str]] = defaultdict(list)
        for kind, text in sorted(set(texts)):
            letter = mnemonic(text)
            assert letter is not None
            by_letter[letter].append(f"{kind} {text!r}")
        for letter, owners in sorted(by_letter.items()):
            if len(owners) > 1:
                problems.append(f"{window}: {letter!r} is taken by {', '.join(owners)}")
    return problems


@pytest.fixture
def language(qapp: QApplication) -> Iterator[Any]:
    saved = QLocale()
    yield lambda code: i18n.install(qapp, code)
    i18n.install(qapp, "en")
    QLocale.setDefault(saved)


@pytest.mark.parametrize("code", ["en", "es"])
def test_no_two_controls_shown_together_share_an_alt_letter(qtbot, tmp_path: Path, language,
                                                            code: str):
    language(code)
    path = tmp_path / "journal.peerjournal"
    win = MainWindow(path, use_dbus=False, settings_folder=tmp_path / "config")
    win.show()
    problems: list[str] = []
    try:
        welcome = win.welcome
        qtbot.waitUntil(welcome.isVisible)
        for page in (welcome.show_unlock, welcome.show_create, welcome.show_forgot):
            page()
            problems += [f"welcome {page.__name__}: {p}" for p in duplicates(shown_letters())]
        welcome.show_unlock()
        welcome.create_button.click()
        welcome.new_passphrase.setText(journal_walk.PASSPHRASE)
        welcome.new_passphrase_again.setText(journal_walk.PASSPHRASE)
        welcome.create_go.click()
        qtbot.waitUntil(lambda: welcome.pages.currentIndex() == welcome.RECOVERY_SHEET,
                        timeout=journal_walk.WAIT)
        problems += [f"recovery sheet: {p}" for p in duplicates(shown_letters())]
        welcome.kept_check.setChecked(True)
        welcome.continue_button.click()
        qtbot.waitUntil(lambda: win.is_unlocked, timeout=journal_walk.WAIT)
        journal_walk.settle(qtbot, win)
        journal_walk.add_person_with_encounter(qtbot, win)
        problems += duplicates(shown_letters())
        for action in journal_walk.journal_actions(win):
            action.trigger()
            journal_walk.settle(qtbot, win)
            problems += duplicates(shown_letters())
            for widget in QApplication.topLevelWidgets():
                if widget is not win and widget.isVisible() and not isinstance(widget, QMenu):
                    widget.close()
            journal_walk.settle(qtbot, win)
        journal_walk.open_every_window(qtbot, win, path)
        problems += duplicates(shown_letters())
    finally:
        win.shutdown()
        for widget in QApplication.topLevelWidgets():
            widget.close()
            widget.deleteLater()
        journal_walk.all_widgets()
    clashes = sorted(set(problems))
    assert not clashes, "\n".join(clashes)
