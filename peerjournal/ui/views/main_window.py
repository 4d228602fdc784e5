"""The main window: the welcome screen while locked; the journal while open.

Everything personal lives in `JournalView`, which is built after unlocking
and destroyed when locking, so nothing of the journal stays in any widget.
The window title is always "PeerJournal", never a person's name.
"""

from __future__ import annotations

import html
import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QFileSystemWatcher,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QCloseEvent, QFont, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from peerjournal import paths
from peerjournal.core.models import (
    Consent,
    Encounter,
    Goal,
    Person,
    Profile,
    Referral,
    Reflection,
)
from peerjournal.services import backups, journal, windows
from peerjournal.services import search as search_service
from peerjournal.services import settings as app_settings
from peerjournal.ui.a11y import (
    AnnouncingStatusBar,
    mark_current,
    name_clear_button,
    show_content,
)
from peerjournal.ui.lock import LockWatcher
from peerjournal.ui.maintenance import MaintenanceRunner, warm_up_checkers
from peerjournal.ui.models.base import ROW_ROLE
from peerjournal.ui.models.follow_ups import FollowUpsModel
from peerjournal.ui.models.people import PeopleModel
from peerjournal.ui.models.reflections import ReflectionsModel
from peerjournal.ui.models.search import SearchResultsModel, SearchRow
from peerjournal.ui.models.text import DATE_PATTERN, TIME_PATTERN
from peerjournal.ui.settings_store import SettingsStore
from peerjournal.ui.tasks import TaskManager, describe_error
from peerjournal.ui.views.about_me import AboutMePanel
from peerjournal.ui.views.backup_view import BackupStatus, BackupView, DamagedJournalDialog
from peerjournal.ui.views.forget_person import ForgetPersonDialog
from peerjournal.ui.views.journal_keys import (
    ChangePassphraseDialog,
    NewRecoveryKeyDialog,
    RekeyDialog,
)
from peerjournal.ui.views.person_page import PersonDialog, PersonPage, record_html
from peerjournal.ui.views.welcome import WelcomeView, demo_journal_path
from peerjournal.ui.widgets.autosave import DraftingEditor
from peerjournal.ui.widgets.hint_preferences import hint_preferences
from peerjournal.ui.windows import OpenWindows, delete_when_idle

# The editors and dialogs are imported where they open: the first paint of the
# window does not wait for modules it does not show yet (half the cold start).


# After unlock, let the first pages paint before the checkers build their patterns.
WARM_UP_DELAY_MS = 1500

PEOPLE_FILTER_DELAY_MS = 120
"""Search-as-you-type waits this long after the last key (one query, not ten)."""
SEARCH_DELAY_MS = 250
SEARCH_LIMIT = 100


def readable_date_fields(root: QWidget) -> None:
    """Date fields read "14 Nov 2026" (and "14 Nov 2026 23:45"), as the lists
    do, instead of the locale's short digits ("5/1/26": which is the month?)."""
    for field in root.findChildren(QDateTimeEdit):
        if isinstance(field, QDateEdit) or not field.displayFormat().count("H"):
            field.setDisplayFormat(DATE_PATTERN)
        else:
            field.setDisplayFormat(f"{DATE_PATTERN}  {TIME_PATTERN}")


def make_table(parent: QWidget, model: Any, name: str) -> QTableView:
    """A calm, read-only table: whole rows, no grid, keyboard friendly."""
    table = QTableView(parent)
    table.setModel(model)
    table.setAccessibleName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setDefaultSectionSize(150)
    return table


def heading(text: str, parent: QWidget, scale: float = 1.3) -> QLabel:
    label = QLabel(text, parent)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setWeight(QFont.Weight.DemiBold)
    label.setFont(font)
    return label


def shortcut_table(rows: list[tuple[str, str]]) -> str:
    """(what, keys) rows as a two-column table: tabs in a message box never line up."""
    cells = "".join(
        f"<tr><td style='padding:2px 18px 2px 0'><b>{html.escape(keys)}</b></td>"
        f"<td style='padding:2px 0'>{html.escape(what)}</td></tr>" for what, keys in rows)
    return f"<table>{cells}</table>"


class LockKey(QObject):
    """Ctrl+L locks even while a dialog blocks the window (a modal one stops
    the window's own shortcuts): an app-wide look at every key press. It asks
    its parent, the main window, at each press (no reference of its own, so
    the window is freed as soon as it is deleted)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            # A text field claims keys such as Ctrl+E (end of line) or Ctrl+K (delete
            # to the end) before the window's shortcuts see them; in the main
            # window the app's own shortcuts win (Ctrl+E in "Find a person").
            window = self.parent()
            return (isinstance(window, MainWindow) and isinstance(watched, QWidget)
                    and watched.window() is window and window.owns_shortcut(event))
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            window = self.parent()
            if not isinstance(window, MainWindow):
                return False
            pressed = QKeySequence(event.keyCombination())
            wanted = window.lock_action.shortcut()
            if wanted.matches(pressed) == QKeySequence.SequenceMatch.ExactMatch:
                return window.lock_from_key()  # the key is used only when it locked
        return False


class JournalView(QWidget):
    """People, a person's page, follow-ups, reflections and search: the open journal."""

    status = Signal(str)
    """A short, non-personal sentence for the status bar."""

    EMPTY, PERSON, FOLLOW_UPS, REFLECTIONS, SEARCH = range(5)

    def __init__(self, tasks: TaskManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.setAccessibleName(self.tr("Journal"))
        self.windows = OpenWindows(tasks, self)
        """Every editor and dialog open now: deleted once closed, cleared on lock."""
        self._dialogs: list[QDialog] = []
        self._drafts: QObject | None = None
        # Only the newest search is shown (the worker answers in order; typing is faster).
        self._search_key = (id(self), "search")
        # Enter in "Find a person" opens the first match of what was typed, even when
        # the filter has not run yet: the filter text it waits for (None: not waiting).
        self._open_first_for: str | None = None
        # True while the list's selection is set to follow the page shown.
        self._syncing_people = False

        # ----- left: the people I support -----
        left = QWidget(self)
        # No fixed width: the pane is as wide as its words need (Spanish, large fonts).
        self.people_heading = heading(self.tr("People I support"), left, 1.15)
        self.people_heading.setWordWrap(True)
        self.people_search = QLineEdit(left)
        self.people_search.setPlaceholderText(self.tr("Find a person (Ctrl+K)"))
        self.people_search.setAccessibleName(self.tr("Find a person"))
        self.people_search.setClearButtonEnabled(True)
        name_clear_button(self.people_search)
        self.people_model = PeopleModel(tasks, parent=self)
        self.people_list = QListView(left)
        self.people_list.setModel(self.people_model)
        self.people_list.setAccessibleName(self.tr("People I support"))
        self.people_list.setUniformItemSizes(True)  # smooth with 10,000 people
        self.people_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.people_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.people_list.setSpacing(1)
        self.add_person_button = QPushButton(self.tr("&Add a person…"), left)
        self.add_person_button.setAccessibleName(self.tr("Add a person"))
        self.add_person_button.setToolTip(self.tr("Add a person (Ctrl+N)"))
        line = QFrame(left)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        self.follow_ups_button = QPushButton(self.tr("Follow-ups due"), left)
        self.follow_ups_button.setToolTip(self.tr("Today and overdue (Ctrl+2)"))
        self.reflections_button = QPushButton(self.tr("My reflections"), left)
        self.reflections_button.setAccessibleName(self.tr("My reflections"))
        self.reflections_button.setToolTip(self.tr("Your private learning log (Ctrl+3)"))
        for button in (self.follow_ups_button, self.reflections_button):
            mark_current(button, False)  # plain buttons, not check boxes
            button.setStyleSheet("text-align: left; padding: 6px 10px;")
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(14, 14, 8, 14)
        left_layout.setSpacing(8)
        left_layout.addWidget(self.people_heading)
        left_layout.addWidget(self.people_search)
        left_layout.addWidget(self.people_list, 1)
        left_layout.addWidget(self.add_person_button)
        left_layout.addWidget(line)
        left_layout.addWidget(self.follow_ups_button)
        left_layout.addWidget(self.reflections_button)

        # ----- right: the pages -----
        right = QWidget(self)
        self.search_field = QLineEdit(right)
        self.search_field.setPlaceholderText(self.tr("Search the whole journal (Ctrl+F)"))
        self.search_field.setAccessibleName(self.tr("Search the journal"))
        self.search_field.setClearButtonEnabled(True)
        name_clear_button(self.search_field)
        # Reflections are the peer's alone: a search shown on a shared screen
        # leaves them out unless the peer asks (DESIGN.md). Off again after a lock.
        self.include_reflections_check = QCheckBox(self.tr("&Include my private reflections"),
                                                   right)
        self.include_reflections_check.setAccessibleName(
            self.tr("Include my private reflections"))
        self.include_reflections_check.setToolTip(self.tr(
            "Unticked, search and a person's timeline leave out your reflections, in case "
            "someone can see your screen."))
        self.include_reflections_check.setChecked(False)
        self.pages = QStackedWidget(right)

        self.empty_page = QLabel(self.tr(
            "Choose a person on the left, or press Ctrl+N to add someone.\n"
            "Ctrl+F searches everything; Ctrl+L locks the journal."), right)
        self.empty_page.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_page.setWordWrap(True)
        self.person_page = PersonPage(tasks, right)

        self.follow_ups_model = FollowUpsModel(self)
        follow_page = QWidget(right)
        self.follow_ups_table = make_table(follow_page, self.follow_ups_model,
                                           self.tr("Follow-ups due"))
        follow_layout = QVBoxLayout(follow_page)
        follow_layout.setContentsMargins(18, 14, 18, 14)
        follow_layout.addWidget(heading(self.tr("Follow-ups due: today and overdue"), follow_page))
        self.follow_ups_empty = QLabel(self.tr("Nothing due. Well done."), follow_page)
        follow_layout.addWidget(self.follow_ups_empty)
        follow_layout.addWidget(self.follow_ups_table, 1)
        self.follow_up_done_button = QPushButton(self.tr("&Mark as done"), follow_page)
        self.follow_up_done_button.setAccessibleName(self.tr("Mark the selected follow-up as done"))
        self.follow_up_done_button.setToolTip(
            self.tr("You followed up: clear its date (the entry itself is kept)"))
        self.follow_up_done_button.setEnabled(False)
        done_row = QHBoxLayout()
        done_row.addStretch(1)
        done_row.addWidget(self.follow_up_done_button)
        follow_layout.addLayout(done_row)

        self.reflections_model = ReflectionsModel(tasks, parent=self)
        reflections_page = QWidget(right)
        self.reflections_table = make_table(reflections_page, self.reflections_model,
                                            self.tr("My reflections"))
        self.reflections_table.horizontalHeader().resizeSection(1, 190)
        self.new_reflection_button = QPushButton(self.tr("&New reflection…"), reflections_page)
        self.new_reflection_button.setAccessibleName(self.tr("New reflection"))
        self.new_reflection_button.setToolTip(self.tr("New reflection (Ctrl+Shift+E)"))
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("My reflections"), reflections_page))
        top.addStretch(1)
        top.addWidget(self.new_reflection_button)
        private = QLabel(self.tr("Private: yours alone. Reflections never go into a letter "
                                 "or a report."), reflections_page)
        private.setWordWrap(True)
        # A reading pane under the list, as on a person's page.
        self.reflection_reading = QTextBrowser(reflections_page)
        self.reflection_reading.setOpenLinks(False)
        self.reflection_reading.setAccessibleName(self.tr("Selected reflection"))
        self.reflection_reading.setPlaceholderText(self.tr(
            "Choose a reflection to read it here. Press Enter to open it."))
        self.reflection_reading.document().setDocumentMargin(10)
        reflections_split = QSplitter(Qt.Orientation.Vertical, reflections_page)
        reflections_split.addWidget(self.reflections_table)
        reflections_split.addWidget(self.reflection_reading)
        reflections_split.setStretchFactor(0, 3)
        reflections_split.setStretchFactor(1, 2)
        reflections_split.setChildrenCollapsible(False)
        reflections_layout = QVBoxLayout(reflections_page)
        reflections_layout.setContentsMargins(18, 14, 18, 14)
        reflections_layout.addLayout(top)
        reflections_layout.addWidget(private)
        reflections_layout.addWidget(reflections_split, 1)

        self.search_model = SearchResultsModel(self)
        search_page = QWidget(right)
        self.search_table = make_table(search_page, self.search_model, self.tr("Search results"))
        self.search_summary = QLabel(search_page)
        search_layout = QVBoxLayout(search_page)
        search_layout.setContentsMargins(18, 14, 18, 14)
        search_layout.addWidget(heading(self.tr("Search results"), search_page))
        search_layout.addWidget(self.search_summary)
        search_layout.addWidget(self.search_table, 1)

        for page in (self.empty_page, self.person_page, follow_page, reflections_page,
                     search_page):
            self.pages.addWidget(page)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 14, 0, 0)
        right_layout.setSpacing(4)
        search_row = QHBoxLayout()
        search_row.setContentsMargins(18, 0, 18, 0)
        search_row.addWidget(self.search_field, 1)
        search_row.addWidget(self.include_reflections_check)
        right_layout.addLayout(search_row)
        right_layout.addWidget(self.pages, 1)

        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        split.setChildrenCollapsible(False)
        split.setSizes([280, 840])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(split, 1)
        self.demo_banner: QFrame | None = None
        self.about_me: AboutMePanel | None = None

        # ----- wiring -----
        self._people_timer = QTimer(self)
        self._people_timer.setSingleShot(True)
        self._people_timer.setInterval(PEOPLE_FILTER_DELAY_MS)
        self._people_timer.timeout.connect(
            lambda: self.people_model.set_filter(self.people_search.text()))
        self.people_search.textChanged.connect(lambda _t: self._people_timer.start())
        self.people_search.returnPressed.connect(self._enter_in_people_search)
        self.people_model.page_loaded.connect(self._people_page_loaded)
        self.people_list.selectionModel().currentChanged.connect(self._person_chosen)
        self.people_list.activated.connect(self._person_activated)
        self.add_person_button.clicked.connect(self.add_person)
        self.follow_ups_button.clicked.connect(self.show_follow_ups)
        self.reflections_button.clicked.connect(self.show_reflections)
        self.new_reflection_button.clicked.connect(lambda: self.new_reflection())

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.run_search)
        self.search_field.textChanged.connect(lambda _t: self._search_timer.start())
        self.search_field.returnPressed.connect(self.run_search)
        self.include_reflections_check.toggled.connect(self._include_reflections_toggled)
        self.search_table.activated.connect(self._open_search_row)
        self.follow_ups_table.activated.connect(self._open_follow_up)
        self.follow_ups_table.selectionModel().selectionChanged.connect(
            lambda *_: self.follow_up_done_button.setEnabled(
                self._selected_follow_up() is not None))
        self.follow_up_done_button.clicked.connect(self.mark_follow_up_done)
        self.reflections_table.activated.connect(self._open_reflection_row)
        self.reflections_table.selectionModel().currentRowChanged.connect(
            self._reflection_chosen)
        self.reflections_model.modelReset.connect(self.reflection_reading.clear)

        self.person_page.open_record.connect(self.open_timeline_item)
        self.person_page.new_encounter.connect(self.new_encounter)
        self.person_page.new_reflection.connect(self.new_reflection)
        self.person_page.new_goal.connect(self.new_goal)
        self.person_page.new_referral.connect(self.new_referral)
        self.person_page.show_consents.connect(self.show_consents)
        self.person_page.show_disclosures.connect(self.show_disclosures)
        self.person_page.edit_person.connect(self.edit_person)
        self.person_page.loaded.connect(self._sync_people_selection)

        self.pages.setCurrentIndex(self.EMPTY)

    def show_demo_banner(self, create_own: Callable[[], None]) -> QFrame:
        """A permanent line over the demo: its people are made up, and the
        peer's own journal is one click away."""
        banner = QFrame(self)
        banner.setObjectName("demoBanner")
        banner.setAccessibleName(self.tr("Demo journal"))
        banner.setStyleSheet(
            "#demoBanner { background: #fff4d6; border-bottom: 1px solid #d9c27a; }"
            " #demoBanner QLabel { color: #3d3000; }")
        text = QLabel(self.tr("Demo journal: made-up people"), banner)
        text.setWordWrap(True)
        font = QFont(text.font())
        font.setWeight(QFont.Weight.DemiBold)
        text.setFont(font)
        button = QPushButton(self.tr("Create &my own journal"), banner)
        button.setAccessibleName(self.tr("Create my own journal"))
        button.clicked.connect(lambda: create_own())
        row = QHBoxLayout(banner)
        row.setContentsMargins(18, 6, 18, 6)
        row.addWidget(text, 1)
        row.addWidget(button)
        layout = self.layout()
        if isinstance(layout, QVBoxLayout):
            layout.insertWidget(0, banner)
        self.demo_banner = banner
        self.demo_banner_button = button
        return banner

    def show_about_me(self) -> AboutMePanel:
        """"About me", at the top of the pages until saved or skipped."""
        panel = AboutMePanel(self)
        row = QHBoxLayout()
        row.setContentsMargins(18, 10, 18, 4)
        row.addStretch(1)
        row.addWidget(panel, 8)
        row.addStretch(1)
        layout = self.layout()
        if isinstance(layout, QVBoxLayout):
            layout.insertLayout(layout.count() - 1, row)
        self.about_me = panel
        return panel

    # ----- start -----

    def start(self) -> None:
        """Load the first page of people and the counts (after unlocking)."""
        self.people_model.set_filter("")
        self.refresh_counts()

    def refresh_counts(self) -> None:
        today = date.today()

        def counts(vault: Any) -> tuple[int, int]:
            return vault.count(Person), len(journal.follow_ups_due(vault, today))

        self.tasks.run(counts, on_done=self._show_counts)

    def _show_counts(self, result: tuple[int, int]) -> None:
        people, due = result
        self.follow_ups_button.setText(self.tr("Follow-ups due ({count})").format(count=due))
        # English has no catalog for plural forms: one person is said apart.
        self.status.emit(self.tr("Journal open · 1 person") if people == 1
                         else self.tr("Journal open · %n people", "", people))

    # ----- people -----

    def focus_people_search(self) -> None:
        self.people_search.setFocus()
        self.people_search.selectAll()

    def _enter_in_people_search(self) -> None:
        """Enter opens the first person matching what is typed now: the filter
        runs at once when its timer has not fired yet, and the person opens when
        that list arrives, never the one highlighted before."""
        self._people_timer.stop()
        wanted = self.people_search.text().strip()
        if self.people_model.filter_text != wanted:
            self._open_first_for = wanted
            self.people_model.set_filter(wanted)
        elif self.people_model.loading:
            self._open_first_for = wanted
        else:
            self._open_first_person()

    def _people_page_loaded(self, _count: int) -> None:
        if (self._open_first_for is not None
                and self._open_first_for == self.people_model.filter_text):
            self._open_first_for = None
            self._open_first_person()

    def _open_first_person(self) -> None:
        if self.people_model.rowCount() == 0:
            self.status.emit(self.tr("Nobody matches what you typed."))
            return
        person = self.people_model.data(self.people_model.index(0, 0), ROW_ROLE)
        self.people_list.setFocus()
        if person is not None:
            self.open_person(person.id)

    def _person_chosen(self, index: QModelIndex, _previous: QModelIndex) -> None:
        if self._syncing_people:
            return  # the list follows the page; it does not choose it
        self._person_activated(index)

    def _person_activated(self, index: QModelIndex) -> None:
        person = self.people_model.data(index, ROW_ROLE) if index.isValid() else None
        if person is not None:
            self.open_person(person.id)

    def _sync_people_selection(self, person_id: str) -> None:
        """The list's selection follows the page shown: that person highlighted
        when they are in the list, nobody otherwise."""
        row = self.people_model.row_of_id(person_id)
        selection = self.people_list.selectionModel()
        self._syncing_people = True
        try:
            if row >= 0:
                index = self.people_model.index(row, 0)
                selection.setCurrentIndex(
                    index, selection.SelectionFlag.ClearAndSelect)
                self.people_list.scrollTo(index)
            else:
                selection.clearSelection()
                selection.setCurrentIndex(QModelIndex(), selection.SelectionFlag.NoUpdate)
        finally:
            self._syncing_people = False

    def open_person(self, person_id: str, select_id: str | None = None) -> None:
        """Show a person's page (and select a record on their timeline)."""
        self._set_nav(None)
        self.pages.setCurrentIndex(self.PERSON)
        self.person_page.show_person(person_id, select_id)

    def current_person_id(self) -> str | None:
        person = self.person_page.person
        if self.pages.currentIndex() == self.PERSON and person is not None:
            return person.id
        return None

    def add_person(self) -> None:
        """The add-a-person dialog; the new person opens once saved."""
        self._person_dialog(None)

    def edit_person(self, person: Person) -> None:
        self._person_dialog(person)

    def _person_dialog(self, person: Person | None) -> None:
        dialog = PersonDialog(person, self)
        self._dialogs.append(dialog)

        def finished(result: int) -> None:
            if dialog in self._dialogs:
                self._dialogs.remove(dialog)
            if result == QDialog.DialogCode.Accepted:
                record = dialog.person()
                self.tasks.run(lambda vault: vault.save(record),
                               on_done=lambda _none: self._person_saved(record.id))
            dialog.deleteLater()

        dialog.finished.connect(finished)
        dialog.open()

    def _person_saved(self, person_id: str) -> None:
        self.people_model.reload()
        self.refresh_counts()
        self.open_person(person_id)
        self.status.emit(self.tr("Saved."))

    # ----- editors and dialogs -----

    def _track(self, editor: QWidget) -> QWidget:
        """Show an editor (encounter, reflection, goal) through the registry:
        the page refreshes when it saves; it is deleted once it closes."""
        readable_date_fields(editor)
        connections = []
        if isinstance(editor, DraftingEditor):
            connections.append((editor.saved, self._record_saved))
        self.windows.add(editor, connections)
        editor.show()
        editor.raise_()
        editor.activateWindow()
        return editor

    def _open_window(self, dialog: QDialog,
                     connections: list[tuple[Any, Callable[..., Any]]] | None = None) -> QDialog:
        """Show one of the journal's dialogs (composer, consents, clinicians,
        report, disclosures) through the registry: cleared on lock, deleted once closed."""
        readable_date_fields(dialog)
        self.windows.add(dialog, connections)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def open_editors(self) -> list[QWidget]:
        """The editors and dialogs open now."""
        return self.windows.windows()

    def _record_saved(self, record_id: str = "") -> None:
        self.person_page.reload(record_id or None)
        if self.pages.currentIndex() == self.REFLECTIONS:
            self.reflections_model.reload()
        if self.pages.currentIndex() == self.FOLLOW_UPS:
            self.show_follow_ups()
        self.refresh_counts()
        self.status.emit(self.tr("Saved."))

    def _person_for_action(self, person_id: str | None) -> str | None:
        person_id = person_id or self.current_person_id()
        if person_id is None:
            self.status.emit(self.tr("Choose a person first."))
        return person_id

    def new_encounter(self, person_id: str | None = None) -> None:
        """Write a new encounter with the person shown (Ctrl+E)."""
        person_id = self._person_for_action(person_id)
        if person_id is not None:
            from peerjournal.ui.views.encounter_editor import EncounterEditor
            self._track(EncounterEditor(self.tasks, person_id, None, self))

    def new_goal(self, person_id: str | None = None) -> None:
        """Write down a goal of the person shown (Ctrl+G)."""
        person_id = self._person_for_action(person_id)
        if person_id is not None:
            from peerjournal.ui.views.goal_editor import GoalEditor
            self._track(GoalEditor(self.tasks, person_id, None, self))

    def new_reflection(self, encounter_id: str | None = None) -> None:
        """Write a reflection, on its own or on an encounter (Ctrl+Shift+E)."""
        from peerjournal.ui.views.reflection_editor import ReflectionEditor
        self._track(ReflectionEditor(self.tasks, encounter_id, None, self))

    def new_reflection_here(self) -> None:
        """A reflection on the encounter selected on the person's page, if any."""
        encounter_id = None
        if self.pages.currentIndex() == self.PERSON:
            encounter_id = self.person_page.selected_encounter_id()
        self.new_reflection(encounter_id)

    def new_referral(self, person_id: str | None = None) -> None:
        """A referral letter for the person shown (Ctrl+Shift+R)."""
        person_id = self._person_for_action(person_id)
        if person_id is not None:
            self.open_referral(None, person_id)

    def open_referral(self, referral_id: str | None, person_id: str | None = None) -> None:
        from peerjournal.ui.views.referral_composer import ReferralComposer
        composer = ReferralComposer(self.tasks, person_id=person_id, referral_id=referral_id,
                                    parent=self)
        self._open_window(composer, [
            (composer.saved, self._record_saved),
            (composer.disclosed, self._letter_left)])

    def _letter_left(self, _referral_id: str) -> None:
        self.status.emit(self.tr("The letter left the journal: the disclosure is recorded."))

    def show_consents(self, person_id: str | None = None,
                      recipient_id: str | None = None) -> None:
        """The consents of the person shown: record, revoke, print the form."""
        person_id = self._person_for_action(person_id)
        if person_id is None:
            return
        from peerjournal.ui.views.consent_editor import ConsentEditor
        editor = ConsentEditor(self.tasks, person_id, self, recipient_id=recipient_id)
        self._open_window(editor, [(editor.consents_changed, self._consents_changed)])

    def _consents_changed(self, _person_id: str = "") -> None:
        self._record_saved()

    def show_disclosures(self, person_id: str | None = None) -> None:
        """What left the journal about the person shown, and their accounting."""
        person_id = self._person_for_action(person_id)
        if person_id is not None:
            from peerjournal.ui.views.disclosures_view import DisclosuresView
            self._open_window(DisclosuresView(self.tasks, person_id, self))

    def show_clinicians(self) -> None:
        """The clinicians address book."""
        from peerjournal.ui.views.clinicians import CliniciansDialog
        self._open_window(CliniciansDialog(self.tasks, self))

    def show_report(self) -> None:
        """The anonymized report for supervisors and funders (Ctrl+R)."""
        from peerjournal.ui.views.report_view import ReportView
        self._open_window(ReportView(self.tasks, self))

    def change_passphrase(self) -> ChangePassphraseDialog:
        """Change the passphrase: the current one, then the new one twice."""
        from peerjournal.ui.views.journal_keys import ChangePassphraseDialog
        dialog = ChangePassphraseDialog(self.tasks, self)
        self._open_window(dialog, [(dialog.changed, self._passphrase_changed)])
        return dialog

    def _passphrase_changed(self) -> None:
        self.status.emit(self.tr("Your passphrase is changed. Use the new one from now on."))

    def new_recovery_key(self, journal_path: Path) -> NewRecoveryKeyDialog:
        """Make a new recovery key (the old one stops working) and show it once."""
        from peerjournal.ui.views.journal_keys import NewRecoveryKeyDialog
        dialog = NewRecoveryKeyDialog(self.tasks, journal_path, self)
        self._open_window(dialog, [(dialog.replaced, self._recovery_key_replaced)])
        return dialog

    def _recovery_key_replaced(self) -> None:
        self.status.emit(self.tr(
            "A new recovery key is made; the old one no longer opens the journal."))

    def rekey_journal(self, journal_path: Path, reason: str = RekeyDialog.EXPOSED) -> RekeyDialog:
        """Make all of the journal's keys new after a possible exposure (or a restore)."""
        dialog = RekeyDialog(self.tasks, journal_path, self, reason=reason)
        dialog.rekeyed.connect(lambda: self.status.emit(self.tr(
            "The journal is re-encrypted under a new key; earlier keys no longer open it.")))
        self._open_window(dialog)
        return dialog

    def forget_current_person(self) -> ForgetPersonDialog | None:
        """Person → Forget this person…: their wish to be forgotten, after one confirmation."""
        person_id = self._person_for_action(None)
        if person_id is None:
            return None
        dialog = ForgetPersonDialog(self.tasks, person_id, self)
        dialog.forgotten.connect(self._forgotten)
        self._open_window(dialog)
        return dialog

    def _forgotten(self, _person_id: str) -> None:
        self.pages.setCurrentIndex(self.EMPTY)
        self.people_model.reload()
        self.refresh_counts()
        self.status.emit(self.tr(
            "Forgotten: none of their words remains in the journal. Earlier backups hold them "
            "until they age out."))

    def edit_current_person(self) -> None:
        person = self.person_page.person
        if person is not None and self.pages.currentIndex() == self.PERSON:
            self.edit_person(person)
        else:
            self.status.emit(self.tr("Choose a person first."))

    def open_record(self, record: Any) -> None:
        """Open the editor of a record: encounter, reflection, goal, referral
        (the composer) or consent (the person's consents)."""
        if isinstance(record, Encounter):
            from peerjournal.ui.views.encounter_editor import EncounterEditor
            self._track(EncounterEditor(self.tasks, record.person_id, record, self))
        elif isinstance(record, Reflection):
            from peerjournal.ui.views.reflection_editor import ReflectionEditor
            self._track(ReflectionEditor(self.tasks, record.encounter_id, record, self))
        elif isinstance(record, Goal):
            from peerjournal.ui.views.goal_editor import GoalEditor
            self._track(GoalEditor(self.tasks, record.person_id, record, self))
        elif isinstance(record, Referral):
            self.open_referral(record.id)
        elif isinstance(record, Consent):
            self.show_consents(record.person_id, record.recipient_id)

    def open_timeline_item(self, item: journal.TimelineItem) -> None:
        self.open_record(item.record)

    def offer_drafts(self) -> None:
        """Offer back drafts kept before a crash or a lock."""
        try:
            from peerjournal.ui.widgets.autosave import offer_drafts
        except ImportError:
            return
        recovery = offer_drafts(self.tasks, self, show_editors=False)
        recovery.restored.connect(self._track)
        self._drafts = recovery

    # ----- follow-ups, reflections -----

    def _set_nav(self, button: QPushButton | None) -> None:
        for other in (self.follow_ups_button, self.reflections_button):
            mark_current(other, other is button)

    def show_follow_ups(self) -> None:
        """Follow-ups due today and overdue (Ctrl+2)."""
        self._set_nav(self.follow_ups_button)
        self.pages.setCurrentIndex(self.FOLLOW_UPS)
        today = date.today()
        self.tasks.run(lambda vault: journal.follow_ups_due(vault, today),
                       on_done=self._show_follow_ups)

    def _show_follow_ups(self, rows: list[journal.FollowUp]) -> None:
        self.follow_ups_model.set_rows(rows)
        self.follow_ups_empty.setVisible(not rows)
        self.follow_ups_table.setVisible(bool(rows))
        self.follow_up_done_button.setVisible(bool(rows))
        self.follow_up_done_button.setEnabled(self._selected_follow_up() is not None)
        self.follow_ups_button.setText(self.tr("Follow-ups due ({count})").format(count=len(rows)))
        if rows and self.pages.currentIndex() == self.FOLLOW_UPS:
            self.follow_ups_table.setFocus()
            self.follow_ups_table.selectRow(0)

    def _selected_follow_up(self) -> journal.FollowUp | None:
        rows = self.follow_ups_table.selectionModel().selectedRows()
        return self.follow_ups_model.data(rows[0], ROW_ROLE) if rows else None

    def mark_follow_up_done(self) -> None:
        """The selected follow-up is done: its date is cleared and the list refreshed."""
        row = self._selected_follow_up()
        if row is None:
            return
        self.follow_up_done_button.setEnabled(False)
        self.tasks.run(lambda vault: journal.complete_follow_up(vault, row.kind, row.id),
                       on_done=lambda _none: self.show_follow_ups())

    def _open_follow_up(self, index: QModelIndex) -> None:
        row = self.follow_ups_model.data(index, ROW_ROLE)
        if row is not None:
            self.open_person(row.person_id, row.id)

    def show_reflections(self) -> None:
        """My reflections, newest first (Ctrl+3)."""
        self._set_nav(self.reflections_button)
        self.pages.setCurrentIndex(self.REFLECTIONS)
        self.reflections_model.reload()
        self.reflections_table.setFocus()

    def _reflection_chosen(self, index: QModelIndex, _previous: QModelIndex) -> None:
        reflection = self.reflections_model.data(index, ROW_ROLE) if index.isValid() else None
        if reflection is None:
            self.reflection_reading.clear()
            return
        item = journal.TimelineItem("reflection", reflection.id, reflection.written_at, "",
                                    reflection)
        self.reflection_reading.setHtml(record_html(item, self.tr("My reflection (private)")))

    def _open_reflection_row(self, index: QModelIndex) -> None:
        reflection = self.reflections_model.data(index, ROW_ROLE)
        if reflection is not None:
            self.open_record(reflection)

    # ----- search -----

    def focus_search(self) -> None:
        self.search_field.setFocus()
        self.search_field.selectAll()

    def _include_reflections_toggled(self, checked: bool) -> None:
        self.person_page.set_include_reflections(checked)
        if self.search_field.text().strip():
            self.run_search()

    def run_search(self) -> None:
        """Search the journal for the words typed; results open the record.
        Reflections are searched only while "Include my private reflections"
        is ticked."""
        self._search_timer.stop()
        query = self.search_field.text().strip()
        include_reflections = self.include_reflections_check.isChecked()
        if not query:
            self.tasks.cancel_latest(self._search_key)
            self.search_model.clear()
            if self.pages.currentIndex() == self.SEARCH:
                self.pages.setCurrentIndex(self.EMPTY)
            return

        def search(vault: Any) -> list[SearchRow]:
            return search_service.search(vault, query, limit=SEARCH_LIMIT,
                                         include_reflections=include_reflections)

        self.tasks.run(search, on_done=self._show_results, latest=self._search_key)

    def _show_results(self, rows: list[SearchRow]) -> None:
        self._set_nav(None)
        self.search_model.set_rows(rows)
        self.search_summary.setText(
            (self.tr("1 found. Press Enter on it to open it.") if len(rows) == 1
             else self.tr("%n found. Press Enter on a result to open it.", "", len(rows)))
            if rows else self.tr("Nothing found."))
        self.pages.setCurrentIndex(self.SEARCH)

    def _open_search_row(self, index: QModelIndex) -> None:
        row: SearchRow | None = self.search_model.data(index, ROW_ROLE)
        if row is not None:
            self.open_search_result(row)

    def open_search_result(self, row: SearchRow) -> None:
        """Open what a search result points at: a person's record on their page,
        selected and shown in full (Enter there opens its editor); a reflection
        on its own in the reflection editor."""
        if row.type == "person":
            self.open_person(row.id)
        elif row.person_id:
            self.open_person(row.person_id, row.id)
        elif row.type == "reflection":
            self.tasks.run(lambda vault: vault.get(Reflection, row.id), on_done=self.open_record)

    # ----- locking -----

    def windows_to_clear(self) -> list[QWidget]:
        """Every open editor and dialog that holds journal text, the ones opened
        from inside another (a composer's consents) before their opener."""
        return self.windows.to_clear(self)

    def teardown(self) -> None:
        """Before locking: editors hand their last words to the worker as drafts,
        then every view, model and field forgets what it showed."""
        self.windows.close_all(self)
        if self._drafts is not None:
            question = getattr(self._drafts, "question", None)
            if question is not None:
                question.close()
            self._drafts = None
        for dialog in list(self._dialogs):
            for field in dialog.findChildren(QLineEdit):
                field.clear()
            for box in dialog.findChildren(QPlainTextEdit):
                box.clear()
            dialog.reject()
        self._dialogs.clear()
        self._people_timer.stop()
        self._search_timer.stop()
        self.tasks.cancel_latest(self._search_key)
        for model in (self.people_model, self.follow_ups_model, self.reflections_model,
                      self.search_model):
            model.clear()
        self.person_page.clear()
        self.people_search.clear()
        self.search_field.clear()
        self.include_reflections_check.blockSignals(True)  # no search while locking
        self.include_reflections_check.setChecked(False)
        self.include_reflections_check.blockSignals(False)
        self.person_page.set_include_reflections(False)
        self.search_summary.clear()
        self.reflection_reading.clear()
        if self.about_me is not None:
            self.about_me.clear()


class MainWindow(QMainWindow):
    """The one window of PeerJournal."""

    locked = Signal()
    """The journal was locked: the vault is closing and every view is cleared."""
    unlocked = Signal()
    raised_on_request = Signal()
    """Another window on the same journal asked this one to come forward."""
    daily_check_finished = Signal()
    """The first-unlock-of-the-day check (verify, then back up) ended, whatever it found."""

    def __init__(self, vault_path: Path | None = None, *, tasks: TaskManager | None = None,
                 settings_folder: Path | None = None, use_dbus: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(paths.APP_NAME)
        self.setAccessibleName(paths.APP_NAME)
        self.resize(1120, 720)
        self.setMinimumSize(720, 480)
        self.tasks = tasks or TaskManager(self)
        hint_preferences().follow(self.tasks)  # the journal's hint choices, read at unlock
        self._settings_folder = settings_folder
        # The one Settings object of the window, handed to the views that need it.
        self.settings_store = SettingsStore(settings_folder, self)
        self.journal: JournalView | None = None
        self._journal_path: Path | None = None
        self.backup_status: BackupStatus | None = None
        self._backup_view: BackupView | None = None
        self._restoring = False
        self._offer_rekey = False
        self.open_elsewhere_notice: QMessageBox | None = None
        self.bring_forward_button: Any = None
        # Another window on the same journal may ask this one to come forward (no socket:
        # a small file beside the journal, watched while the journal is open).
        self._window_name = windows.window_name()
        self._raise_watcher = QFileSystemWatcher(self)
        self._raise_watcher.fileChanged.connect(self._raise_requested)
        self.damaged_dialog: DamagedJournalDialog | None = None
        self._maintenance: MaintenanceRunner | None = None
        self._maintenance_thread: threading.Thread | None = None

        self.lock_watcher = LockWatcher(self.settings.auto_lock_minutes, self, use_dbus=use_dbus)
        app = QApplication.instance()
        if app is not None:
            self.lock_watcher.install(app)
        self.lock_watcher.lock_requested.connect(self._lock_for)
        self.settings_store.changed.connect(
            lambda: self.lock_watcher.set_minutes(self.settings.auto_lock_minutes))

        self.welcome = WelcomeView(self.tasks, vault_path, self, settings=self.settings_store)
        self.welcome.unlocked.connect(self._on_unlocked)
        self.welcome.damaged.connect(self._journal_damaged)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.welcome)
        self.setCentralWidget(self.stack)

        self.tasks.failed.connect(self._show_failure)
        self._lock_key = LockKey(self)
        if app is not None:
            app.installEventFilter(self._lock_key)
        self.setStatusBar(AnnouncingStatusBar(self))  # a screen reader hears each message
        self.backup_label = QLabel(self)
        show_content(self.backup_label, self.tr("Last backup"))
        self.backup_label.setContentsMargins(8, 0, 8, 0)
        self.statusBar().addPermanentWidget(self.backup_label)
        self._build_actions()
        self._build_menus()
        self._set_open(False)
        self.is_demo = False
        if self.welcome.any_journal:  # no "Locked" before there is a journal
            self.statusBar().showMessage(self.tr("Locked. Your journal is encrypted."))

    @property
    def settings(self) -> app_settings.Settings:
        """The window's settings (one object, see `settings_store`)."""
        return self.settings_store.settings

    # ----- actions and menus -----

    def _action(self, text: str, shortcut: QKeySequence | QKeySequence.StandardKey | str | None,
                slot: Callable[[], Any], *, needs_journal: bool = True) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        # The main window's own: an open dialog keeps its keys (Ctrl+N there adds a
        # clinician or a consent, not a person). Ctrl+L works everywhere (LockKey).
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        if needs_journal:
            self._journal_actions.append(action)
        return action

    def _build_actions(self) -> None:
        self._journal_actions: list[QAction] = []
        j = self._with_journal
        self.lock_action = self._action(self.tr("&Lock now"), "Ctrl+L", self.lock)
        self.find_action = self._action(self.tr("&Search the journal…"),
                                        QKeySequence.StandardKey.Find, j(JournalView.focus_search))
        self.find_person_action = self._action(self.tr("F&ind a person"), "Ctrl+K",
                                               j(JournalView.focus_people_search))
        self.add_person_action = self._action(self.tr("&Add a person…"),
                                              QKeySequence.StandardKey.New,
                                              j(JournalView.add_person))
        self.new_encounter_action = self._action(self.tr("New &encounter…"), "Ctrl+E",
                                                 j(lambda v: v.new_encounter()))
        self.new_goal_action = self._action(self.tr("New &goal…"), "Ctrl+G",
                                            j(lambda v: v.new_goal()))
        self.new_reflection_action = self._action(self.tr("New &reflection…"), "Ctrl+Shift+E",
                                                  j(JournalView.new_reflection_here))
        self.new_referral_action = self._action(self.tr("New re&ferral…"), "Ctrl+Shift+R",
                                                j(lambda v: v.new_referral()))
        self.consents_action = self._action(self.tr("&Consents…"), None,
                                            j(lambda v: v.show_consents()))
        self.disclosures_action = self._action(self.tr("&Disclosures…"), None,
                                               j(lambda v: v.show_disclosures()))
        self.edit_person_action = self._action(self.tr("Edit de&tails…"), None,
                                               j(JournalView.edit_current_person))
        self.clinicians_action = self._action(self.tr("&Clinicians…"), None,
                                              j(JournalView.show_clinicians))
        self.report_action = self._action(self.tr("&Report…"), "Ctrl+R",
                                          j(JournalView.show_report))
        self.backup_action = self._action(self.tr("&Backup now…"), None, self.backup_now)
        self.restore_action = self._action(self.tr("Restore &from…"), None, self.restore_from)
        self.change_passphrase_action = self._action(self.tr("C&hange passphrase…"), None,
                                                     j(JournalView.change_passphrase))
        self.new_recovery_key_action = self._action(self.tr("Make a new reco&very key…"), None,
                                                    self.make_new_recovery_key)
        self.rekey_action = self._action(
            self.tr("I think my passphrase, recovery sheet, a backup or this laptop's copy was "
                    "e&xposed…"), None, self.rekey_journal)
        self.forget_person_action = self._action(self.tr("Forget t&his person…"), None,
                                                 j(JournalView.forget_current_person))
        self.people_action = self._action(self.tr("&People I support"), "Ctrl+1",
                                          j(JournalView.focus_people_search))
        self.follow_ups_action = self._action(self.tr("&Follow-ups due"), "Ctrl+2",
                                              j(JournalView.show_follow_ups))
        self.reflections_action = self._action(self.tr("My &reflections"), "Ctrl+3",
                                               j(JournalView.show_reflections))
        self.settings_action = self._action(self.tr("&Settings…"), "Ctrl+,", self.show_settings)
        self.quit_action = self._action(self.tr("&Quit"), QKeySequence.StandardKey.Quit,
                                        self.close, needs_journal=False)
        self.shortcuts_action = self._action(self.tr("&Keyboard shortcuts"), "F1",
                                             self.show_shortcuts, needs_journal=False)
        self.about_action = self._action(self.tr("&About PeerJournal"), None, self.show_about,
                                         needs_journal=False)

    def owns_shortcut(self, event: QKeyEvent) -> bool:
        """True when the key pressed is one of the window's enabled shortcuts
        with Ctrl (or a function key): it goes to the action, not to a field."""
        modifiers = event.modifiers()
        is_function_key = Qt.Key.Key_F1 <= event.key() <= Qt.Key.Key_F12
        if not (modifiers & Qt.KeyboardModifier.ControlModifier or is_function_key):
            return False
        pressed = QKeySequence(event.keyCombination())
        for action in self.actions():
            if action.isEnabled() and not action.shortcut().isEmpty() and (
                    action.shortcut().matches(pressed)
                    == QKeySequence.SequenceMatch.ExactMatch):
                return True
        return False

    def _with_journal(self, fn: Callable[[JournalView], Any]) -> Callable[[], None]:
        def call() -> None:
            if self.journal is not None:
                fn(self.journal)
        return call

    def _build_menus(self) -> None:
        bar = self.menuBar()
        journal_menu = bar.addMenu(self.tr("&Journal"))
        journal_menu.addAction(self.add_person_action)
        journal_menu.addAction(self.clinicians_action)
        journal_menu.addAction(self.report_action)
        journal_menu.addSeparator()
        journal_menu.addAction(self.backup_action)
        journal_menu.addAction(self.restore_action)
        journal_menu.addSeparator()
        journal_menu.addAction(self.change_passphrase_action)
        journal_menu.addAction(self.new_recovery_key_action)
        journal_menu.addAction(self.rekey_action)
        journal_menu.addSeparator()
        journal_menu.addAction(self.settings_action)
        journal_menu.addAction(self.lock_action)
        journal_menu.addSeparator()
        journal_menu.addAction(self.quit_action)
        person_menu = bar.addMenu(self.tr("&Person"))
        for action in (self.new_encounter_action, self.new_reflection_action,
                       self.new_goal_action, self.new_referral_action):
            person_menu.addAction(action)
        person_menu.addSeparator()
        for action in (self.consents_action, self.disclosures_action, self.edit_person_action):
            person_menu.addAction(action)
        person_menu.addSeparator()
        person_menu.addAction(self.forget_person_action)
        go_menu = bar.addMenu(self.tr("&Go"))
        for action in (self.people_action, self.find_person_action, self.follow_ups_action,
                       self.reflections_action, self.find_action):
            go_menu.addAction(action)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.shortcuts_action)
        help_menu.addAction(self.about_action)

    def _set_open(self, is_open: bool) -> None:
        for action in self._journal_actions:
            action.setEnabled(is_open)

    # ----- unlock and lock -----

    @property
    def is_unlocked(self) -> bool:
        return self.journal is not None

    def _on_unlocked(self, path: Path) -> None:
        self._journal_path = path
        self.journal = JournalView(self.tasks, self.stack)
        self.journal.status.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.stack.addWidget(self.journal)
        self.stack.setCurrentWidget(self.journal)
        self.is_demo = path == demo_journal_path()
        if self.is_demo:
            # Nothing real goes into the demo by mistake: it says so, always.
            self.setWindowTitle(self.tr("{app} — Demo journal").format(app=paths.APP_NAME))
            self.journal.show_demo_banner(self.create_own_journal)
        else:
            self.setWindowTitle(paths.APP_NAME)
        self._set_open(True)
        self.lock_watcher.set_minutes(self.settings.auto_lock_minutes)
        self.lock_watcher.start()
        self.statusBar().showMessage(self.tr("Journal open."))
        self.journal.start()
        self.journal.offer_drafts()
        self.journal.people_search.setFocus()
        self._start_backups(path)
        # After the first pages are painted: building the patterns holds the GIL ~0.4 s.
        QTimer.singleShot(WARM_UP_DELAY_MS, warm_up_checkers)
        self._check_open_elsewhere()
        self._watch_raise_requests(path)
        if self._offer_rekey:
            self._offer_rekey = False
            self.rekey_journal(RekeyDialog.RESTORED)
        if self.welcome.just_created:
            self.welcome.just_created = False
            self.ask_about_me()
        self.unlocked.emit()

    def ask_about_me(self) -> AboutMePanel | None:
        """A new journal's first run: the peer's name, credentials and organization
        for letters, in a panel at the top of the journal (skippable; Settings
        changes them later)."""
        view = self.journal
        if view is None:
            return None
        panel = view.show_about_me()

        def saved(profile: Profile) -> None:
            self.tasks.run(lambda vault: vault.set_profile(profile),
                           on_done=lambda _none: self.statusBar().showMessage(
                               self.tr("Saved. Settings changes it later."), 8000))

        panel.saved.connect(saved)
        return panel

    def create_own_journal(self) -> None:
        """From the demo: close it and go to creating the peer's own journal."""
        self.lock()
        self.welcome.select_journal(paths.resolve_vault_path(None))
        self.welcome.show_create()

    # ----- backups -----

    def _start_backups(self, path: Path) -> None:
        """The "Last backup" line, then the daily check: on a second connection and a
        thread of its own, every page is verified and today's backup written, so the
        database worker stays free for the peer."""
        self.settings_store.reload()
        status = BackupStatus(self.tasks, path, self, settings=self.settings_store)
        status.text_changed.connect(self.backup_label.setText)
        status.reminder.connect(self._backup_reminder)
        self.backup_status = status
        self.tasks.run(lambda vault: vault.open_companion(), on_done=self._start_daily_check,
                       on_error=self._auto_backup_failed)

    def _start_daily_check(self, companion: Any) -> None:
        second = self.settings.second_backup_folder
        runner = MaintenanceRunner(
            lambda: backups.daily_check(companion, second_folder=second), self)
        runner.done.connect(self._daily_check_done)
        runner.failed.connect(self._auto_backup_failed)
        # Deleted once it has reported (one runner per unlock must not pile up).
        runner.done.connect(lambda _result: self._maintenance_ended(runner))
        runner.failed.connect(lambda _error: self._maintenance_ended(runner))
        self._maintenance = runner
        self._maintenance_thread = runner.thread_handle
        runner.start()

    def _maintenance_ended(self, runner: MaintenanceRunner) -> None:
        if self._maintenance is runner:
            self._maintenance = None
        runner.deleteLater()

    def _daily_check_done(self, result: backups.DailyCheck) -> None:
        self.daily_check_finished.emit()
        if result.damaged is not None:
            # Stop using a damaged journal at once, then offer the newest good backup.
            path = self._journal_path
            self.lock()
            if path is not None:
                self._journal_damaged(path, result.damaged, "")
            return
        self._auto_backup_done(result.backup)

    def _auto_backup_done(self, result: backups.AutoBackupResult) -> None:
        if result.problems:
            self.statusBar().showMessage(" ".join(result.problems), 30_000)
        elif result.written:
            self.statusBar().showMessage(self.tr("Today's backup is written."), 8000)
        if self.backup_status is not None:
            self.backup_status.refresh()

    def _auto_backup_failed(self, error: BaseException) -> None:
        self.daily_check_finished.emit()
        self.statusBar().showMessage(
            self.tr("Today's automatic backup was not written: {why} Your journal is safe.")
            .format(why=describe_error(error)), 30_000)
        if self.backup_status is not None:
            self.backup_status.refresh()

    def _backup_reminder(self, text: str) -> None:
        self.backup_label.setToolTip(text)
        self.statusBar().showMessage(text, 30_000)

    def _open_backup_view(self) -> BackupView | None:
        if self.journal is None or self._journal_path is None:
            return None
        if self._backup_view is not None:
            self._backup_view.close()
        view = BackupView(self.tasks, self._journal_path, self, settings=self.settings_store)
        view.backed_up.connect(self._backed_up)
        view.restore_starting.connect(self._restore_starting)
        view.restored.connect(self._restored)
        view.finished.connect(lambda _r: self._forget_backup_view(view))
        self._backup_view = view
        view.show()
        return view

    @property
    def backup_window(self) -> BackupView | None:
        """The Backups window, while it is open."""
        return self._backup_view

    def _forget_backup_view(self, view: BackupView) -> None:
        if self._backup_view is view and not self._restoring:
            self._backup_view = None
            delete_when_idle(self.tasks, view)

    def backup_now(self) -> None:
        """Write a backup where the peer chooses (the Backups window shows how it went)."""
        view = self._open_backup_view()
        if view is not None:
            view.backup_now()

    def restore_from(self) -> None:
        """Put a backup in place of the journal: it locks, restores, then asks to unlock."""
        view = self._open_backup_view()
        if view is not None:
            view.restore_from()

    def make_new_recovery_key(self) -> None:
        """Journal → Make a new recovery key…"""
        if self.journal is not None and self._journal_path is not None:
            self.journal.new_recovery_key(self._journal_path)

    def rekey_journal(self, reason: str = RekeyDialog.EXPOSED) -> RekeyDialog | None:
        """Journal → I think my passphrase… was exposed…: re-encrypt under a new key."""
        if self.journal is not None and self._journal_path is not None:
            return self.journal.rekey_journal(self._journal_path, reason)
        return None

    def _check_open_elsewhere(self) -> None:
        """Say so when this journal is open in another window too (no sockets: the
        app cannot reach that window to bring it forward)."""
        self.tasks.run(lambda vault: vault.is_open_elsewhere(), on_done=self._say_open_elsewhere)

    def _say_open_elsewhere(self, elsewhere: bool) -> None:
        if not elsewhere or self.journal is None:
            return
        notice = QMessageBox(
            QMessageBox.Icon.Information, self.tr("Open in another window"), self.tr(
                "This journal is already open in another PeerJournal window, or a command is "
                "using it. Both can read and write it, but its passphrase, its keys and a "
                "restore cannot be changed while both are open. Bring the other window "
                "forward and lock this one, or keep both open."),
            QMessageBox.StandardButton.NoButton, self)
        self.bring_forward_button = notice.addButton(
            self.tr("&Bring the other window forward"), QMessageBox.ButtonRole.AcceptRole)
        notice.addButton(self.tr("&Keep both open"), QMessageBox.ButtonRole.RejectRole)
        notice.buttonClicked.connect(self._open_elsewhere_answered)
        self.open_elsewhere_notice = notice
        notice.open()

    def _open_elsewhere_answered(self, button: Any) -> None:
        if button is self.bring_forward_button and self._journal_path is not None:
            windows.ask_other_window_forward(self._journal_path, self._window_name)
            self.lock()

    def _watch_raise_requests(self, path: Path | None) -> None:
        """Watch `<journal>.raise` while the journal is open (None: stop)."""
        watched = self._raise_watcher.files()
        if watched:
            self._raise_watcher.removePaths(watched)
        if path is not None:
            self._raise_watcher.addPath(str(windows.raise_request_path(path)))

    def _raise_requested(self, request: str) -> None:
        if self._journal_path is not None and request not in self._raise_watcher.files():
            self._raise_watcher.addPath(request)  # the file was replaced: watch the new one
        if self.journal is None or not windows.asked_by_another_window(
                Path(request), self._window_name):
            return
        self.showNormal()
        self.raise_()
        self.activateWindow()
        self.statusBar().showMessage(
            self.tr("Another window asked for this one: the journal is open here."), 8000)
        self.raised_on_request.emit()

    def _backed_up(self, _target: Path) -> None:
        self.statusBar().showMessage(self.tr("Backup written."), 8000)
        if self.backup_status is not None:
            self.backup_status.note_written()
            self.backup_status.refresh()

    def _restore_starting(self) -> None:
        self._restoring = True
        self.lock()
        self.statusBar().showMessage(self.tr("Restoring the backup…"))

    def _restored(self, kept: Path | None) -> None:
        self._restoring = False
        self._offer_rekey = True  # a restored backup's keys may be the exposed ones
        view, self._backup_view = self._backup_view, None
        message = view.status.text() if view is not None else ""
        if view is not None:
            view.clear_and_close()
            view.deleteLater()
        self.welcome.show_unlock(self._journal_path)
        self.stack.setCurrentWidget(self.welcome)
        self.statusBar().showMessage(message or self.tr("Unlock the journal to continue."))

    def _journal_damaged(self, path: Path, message: str, passphrase: str) -> None:
        """Unlocking found the journal damaged: offer the newest good backup."""
        if self.damaged_dialog is not None:
            self.damaged_dialog.clear_and_close()
        dialog = DamagedJournalDialog(self.tasks, path, message, self, passphrase=passphrase,
                                      settings=self.settings_store)
        self.damaged_dialog = dialog

        def restored(kept: Path | None) -> None:
            self._offer_rekey = True
            self.welcome.show_unlock(path)
            self.statusBar().showMessage(
                self.tr("The backup is restored. Unlock it to continue.")
                + (self.tr(" The damaged file was kept at {path}.").format(path=kept)
                   if kept else ""))

        def finished(_result: int) -> None:
            dialog.clear_and_close()
            if self.damaged_dialog is dialog:
                self.damaged_dialog = None
            dialog.deleteLater()

        dialog.restored.connect(restored)
        dialog.finished.connect(finished)
        dialog.open()

    def _lock_for(self, reason: str) -> None:
        self.lock()

    def lock_from_key(self) -> bool:
        """Ctrl+L from anywhere: lock when open (True), else leave the key alone."""
        if self.journal is None:
            return False
        self.lock()
        return True

    def lock(self) -> None:
        """Lock now: drafts kept, views cleared and destroyed, the vault closed
        and its key dropped. The welcome screen asks for the passphrase again."""
        journal_view = self.journal
        if journal_view is None:
            return
        self.journal = None
        self.lock_watcher.stop()
        journal_view.teardown()  # editors queue their drafts before the close below
        backup_window = None if self._restoring else self._backup_view
        if backup_window is not None:
            backup_window.clear_and_close()
        status, self.backup_status = self.backup_status, None
        self.backup_label.clear()
        self.backup_label.setToolTip("")
        self.tasks.close_vault()
        # Safe now: results of jobs asked before the close are dropped.
        for done_with in (backup_window, status):
            if done_with is not None:
                done_with.deleteLater()
        self.stack.removeWidget(journal_view)
        journal_view.hide()
        journal_view.setParent(None)
        journal_view.deleteLater()
        self._set_open(False)
        self._watch_raise_requests(None)
        if self.open_elsewhere_notice is not None:
            self.open_elsewhere_notice.close()
            self.open_elsewhere_notice = None
        self.setWindowTitle(paths.APP_NAME)
        self.welcome.show_unlock(self._journal_path)
        self.stack.setCurrentWidget(self.welcome)
        if self.is_demo:
            self.statusBar().showMessage(self.tr("The demo journal is closed."))
        else:
            self.statusBar().showMessage(self.tr("Locked. Your journal is encrypted."))
        self.is_demo = False
        self.locked.emit()

    # ----- settings, help -----

    def show_settings(self) -> None:
        """The profile and auto-lock minutes (Ctrl+,)."""
        view = self.journal
        if view is None:
            return
        self.tasks.run(lambda vault: vault.profile(), on_done=self._open_settings)

    def _open_settings(self, profile: Any) -> None:
        view = self.journal
        if view is None:
            return
        from peerjournal.ui.views.settings_dialog import SettingsDialog
        dialog = SettingsDialog(profile, self.settings.auto_lock_minutes, view,
                                language=self.settings.language)
        view._dialogs.append(dialog)

        def finished(result: int) -> None:
            if dialog in view._dialogs:
                view._dialogs.remove(dialog)
            if result == QDialog.DialogCode.Accepted:
                self._apply_settings(dialog.profile(), dialog.auto_lock_minutes(),
                                     dialog.language())
            dialog.deleteLater()

        dialog.finished.connect(finished)
        dialog.open()

    def _apply_settings(self, profile: Any, minutes: int, language: str | None = None) -> None:
        if profile is not None:
            self.tasks.run(lambda vault: vault.set_profile(profile))
        def change(settings: app_settings.Settings) -> None:
            settings.auto_lock_minutes = minutes
            settings.language = language  # shown from the next start

        try:
            self.settings_store.update(change)
        except OSError:
            self.statusBar().showMessage(self.tr("The settings could not be saved."), 8000)
        self.lock_watcher.set_minutes(minutes)
        self.statusBar().showMessage(self.tr("Settings saved."), 5000)

    def show_shortcuts(self) -> None:
        rows = [(a.text().replace("&", ""), a.shortcut().toString(
            QKeySequence.SequenceFormat.NativeText))
            for a in (self.find_action, self.find_person_action, self.add_person_action,
                      self.new_encounter_action, self.new_goal_action,
                      self.new_reflection_action, self.new_referral_action,
                      self.report_action, self.people_action, self.follow_ups_action,
                      self.reflections_action, self.settings_action, self.lock_action,
                      self.quit_action)]
        box = QMessageBox(QMessageBox.Icon.NoIcon, self.tr("Keyboard shortcuts"),
                          shortcut_table(rows), QMessageBox.StandardButton.Close, self)
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setAccessibleName(self.tr("Keyboard shortcuts"))
        box.open()

    def show_about(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("About PeerJournal"), self.tr(
            "PeerJournal: an offline, encrypted journal for peer recovery specialists.\n"
            "Nothing leaves this computer."), QMessageBox.StandardButton.Close, self)
        box.open()

    def _show_failure(self, message: str) -> None:
        self.statusBar().showMessage(message, 10000)

    # ----- closing -----

    def closeEvent(self, event: QCloseEvent) -> None:
        self.lock()
        event.accept()

    def shutdown(self) -> None:
        """Lock, stop the journal worker (waiting for drafts), stop watching input."""
        self.lock()
        thread = self._maintenance_thread
        if thread is not None and thread.is_alive():
            thread.join(60)  # let today's backup finish rather than cut it short
        self.lock_watcher.uninstall()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self._lock_key)
        self.tasks.shutdown()
