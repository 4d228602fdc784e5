"""Shared steps for the language and accessibility tests: a real window with a
small synthetic journal, every dialog and editor opened, and a walk over
every widget that reads what it shows."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from peerjournal.core.models import Encounter, Mode, Person

PASSPHRASE = "river stone lantern morning"
PERSON_NAME = "Ana Ruiz"
PERSON_ID = "p-walk0001"
ENCOUNTER_ID = "e-walk0001"
STORY = "We talked about the bus pass and her sister."
WAIT = 15_000


def settle(qtbot: Any, win: Any) -> None:
    """Let the journal worker finish and the results reach the widgets."""
    qtbot.waitUntil(lambda: not win.tasks.busy, timeout=WAIT)
    qtbot.wait(30)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def create_journal(qtbot: Any, win: Any) -> None:
    """Create a journal through the welcome screen (buttons clicked by code)."""
    welcome = win.welcome
    welcome.create_button.click()
    welcome.new_passphrase.setText(PASSPHRASE)
    welcome.new_passphrase_again.setText(PASSPHRASE)
    welcome.create_go.click()
    qtbot.waitUntil(lambda: welcome.pages.currentIndex() == welcome.RECOVERY_SHEET,
                    timeout=WAIT)
    welcome.kept_check.setChecked(True)
    welcome.continue_button.click()
    qtbot.waitUntil(lambda: win.is_unlocked, timeout=WAIT)
    settle(qtbot, win)


def add_person_with_encounter(qtbot: Any, win: Any) -> None:
    """One synthetic person with one encounter, written on the worker; their page open."""
    person = Person(id=PERSON_ID, preferred_name=PERSON_NAME, pronouns="she/her")
    encounter = Encounter(id=ENCOUNTER_ID, person_id=PERSON_ID,
                          occurred_at=datetime(2025, 5, 1, 9, 30), mode=Mode.IN_PERSON,
                          their_story=STORY, duration_minutes=40)
    done: list[bool] = []

    def write(vault: Any) -> None:
        vault.save(person)
        vault.save(encounter)

    win.tasks.run(write, on_done=lambda _none: done.append(True))
    qtbot.waitUntil(lambda: bool(done), timeout=WAIT)
    view = win.journal
    view.people_model.reload()
    view.open_person(PERSON_ID)
    qtbot.waitUntil(lambda: view.person_page.name.text() == PERSON_NAME, timeout=WAIT)
    settle(qtbot, win)


def journal_actions(win: Any) -> list[QAction]:
    """The actions that open a dialog or an editor without a system file dialog."""
    names = ("add_person_action", "new_encounter_action", "new_goal_action",
             "new_reflection_action", "new_referral_action", "consents_action",
             "disclosures_action", "edit_person_action", "clinicians_action", "report_action",
             "settings_action", "change_passphrase_action", "new_recovery_key_action",
             "rekey_action", "forget_person_action")
    return [getattr(win, name) for name in names if hasattr(win, name)]


def open_every_window(qtbot: Any, win: Any, journal_path: Path) -> None:
    """Open every dialog and editor of the journal (left open for the walk)."""
    from peerjournal.ui.views.backup_view import BackupView, DamagedJournalDialog

    for action in journal_actions(win):
        action.trigger()
        settle(qtbot, win)
    BackupView(win.tasks, journal_path, win).show()
    DamagedJournalDialog(win.tasks, journal_path, "", win).show()
    settle(qtbot, win)
    page = win.journal.person_page if win.journal is not None else None
    if page is not None and hasattr(page, "open_person_window"):  # Growth, their copy
        page.open_person_window("growth")
        settle(qtbot, win)
        page.person_window.new_checkin()
        page.open_person_window("their_copy")
        settle(qtbot, win)


def all_widgets() -> list[QWidget]:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return list(QApplication.allWidgets())


def _model_headers(view: QAbstractItemView) -> Iterator[str]:
    model = view.model()
    if model is None or isinstance(view, QListView):  # a list has no column headers
        return
    try:
        columns = model.columnCount()
    except TypeError:  # a list model has one column and no headers
        return
    for section in range(columns):
        value = model.headerData(section, Qt.Orientation.Horizontal,
                                 Qt.ItemDataRole.DisplayRole)
        if value:
            yield str(value)


def shown_texts(widget: QWidget) -> Iterator[tuple[str, str]]:
    """(what, text) for every piece of interface text a widget shows or says:
    titles, labels, button texts, placeholders, tips, accessible names and
    descriptions, combo items, column headers, menu and action texts."""
    if widget.isWindow():
        yield "window title", widget.windowTitle()
    yield "tooltip", widget.toolTip()
    yield "accessible name", widget.accessibleName()
    yield "accessible description", widget.accessibleDescription()
    if isinstance(widget, QLabel):
        yield "label", widget.text()
    if isinstance(widget, QAbstractButton):
        yield "button", widget.text()
    if isinstance(widget, QGroupBox):
        yield "group title", widget.title()
    if isinstance(widget, QLineEdit):
        yield "placeholder", widget.placeholderText()
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        yield "placeholder", widget.placeholderText()
    if isinstance(widget, QAbstractSpinBox):
        yield "special value", widget.specialValueText()
    if isinstance(widget, QComboBox):
        for index in range(widget.count()):
            yield "combo item", widget.itemText(index)
    if isinstance(widget, QTabWidget):
        for index in range(widget.count()):
            yield "tab", widget.tabText(index)
    if isinstance(widget, QAbstractItemView):
        for header in _model_headers(widget):
            yield "column header", header
    if isinstance(widget, QMenu):
        yield "menu", widget.title()
    for action in widget.actions():
        yield "action", action.text()
        yield "action tooltip", action.toolTip()
