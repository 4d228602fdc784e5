"""A screen reader's view of the window (issue 14 §1): the accessible tree walked
through Qt's own QAccessible interfaces (what Qt hands AT-SPI, and Orca reads),
from each window down, as a screen reader would; no display needed.

Every interactive node (buttons, fields, combos, check boxes, the item views)
has a name and a role that says what it does; content labels read their
content; the person page reads the person's name; status messages are announced."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from peerjournal.ui import a11y
from peerjournal.ui.views.main_window import MainWindow
from peerjournal.ui.views.person_page import PersonDialog
from tests.gui import journal_walk

Role = QAccessible.Role
INTERACTIVE = {
    Role.Button, Role.CheckBox, Role.RadioButton, Role.ComboBox, Role.EditableText,
    Role.SpinBox, Role.List, Role.Table, Role.Tree, Role.PageTab, Role.Slider, Role.Dial,
    Role.Link, Role.ButtonMenu, Role.ButtonDropDown, Role.ButtonDropGrid, Role.HotkeyField,
}
# The roles a widget's kind may have: a button that shows a page is no check box.
EXPECTED_ROLES: list[tuple[type, set[Any]]] = [
    (QCheckBox, {Role.CheckBox}),
    (QRadioButton, {Role.RadioButton}),
    (QPushButton, {Role.Button, Role.ButtonMenu}),
    (QToolButton, {Role.Button, Role.ButtonMenu, Role.ButtonDropDown}),
    (QLineEdit, {Role.EditableText}),
    (QComboBox, {Role.ComboBox}),
    (QAbstractSpinBox, {Role.SpinBox}),
    (QAbstractItemView, {Role.List, Role.Table, Role.Tree}),
]
# Their items are the view's own (rows and cells read from the model), and a
# table of 10,000 people is not walked cell by cell.
LEAF_ROLES = {Role.List, Role.Table, Role.Tree, Role.ComboBox, Role.SpinBox}
NAME = QAccessible.Text.Name
DESCRIPTION = QAccessible.Text.Description


def nodes(interface: QAccessibleInterface, depth: int = 0) -> Iterator[QAccessibleInterface]:
    """The accessible tree under `interface`, depth first, as AT-SPI lists it."""
    yield interface
    if interface.role() in LEAF_ROLES or depth > 60:
        return
    for index in range(interface.childCount()):
        child = interface.child(index)
        if child is not None and child.isValid():
            yield from nodes(child, depth + 1)


def windows() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible()]


def tree_of(widget: QWidget) -> list[QAccessibleInterface]:
    root = QAccessible.queryAccessibleInterface(widget)
    assert root is not None
    return list(nodes(root))


def where(node: QAccessibleInterface) -> str:
    thing = node.object()
    window = thing.window() if isinstance(thing, QWidget) else None
    title = (window.windowTitle() or type(window).__name__) if window is not None else "?"
    return f"{title}: {type(thing).__name__} ({node.role().name})"


def is_choice_in_a_group(thing: object, role: Any) -> bool:
    """A button that is one choice of several (a check-in's 1 to 5) is rightly a
    radio button; a lone checkable button that shows a page is no check box."""
    if role != Role.RadioButton or not isinstance(thing, QAbstractButton):
        return False
    group = thing.group()
    return thing.isCheckable() and (thing.autoExclusive()
                                     or (group is not None and group.exclusive()))


def problems_in(roots: list[QWidget]) -> list[str]:
    """Every interactive node without a name, every widget whose role is not
    what it does, every label whose name hides the text it shows."""
    found = []
    for root in roots:
        for node in tree_of(root):
            thing = node.object()
            role = node.role()
            if node.state().invisible and not isinstance(thing, QWidget):
                continue
            if role in INTERACTIVE and not node.text(NAME).strip():
                found.append(f"{where(node)} has no name")
            for kind, roles in EXPECTED_ROLES:
                if isinstance(thing, kind):
                    if role not in roles and not is_choice_in_a_group(thing, role):
                        found.append(f"{where(node)} is not a {kind.__name__}'s role")
                    break
            if isinstance(thing, QLabel) and thing.accessibleName() and thing.pixmap().isNull():
                # A name on a label hides the text it shows, now or once it is filled
                # (a status line, a heading): show_content() keeps it in the description.
                said = node.text(NAME).replace("&", "")
                if said != thing.text().replace("&", ""):
                    found.append(f"{where(node)} reads {said!r}, not what it shows")
    return found


def interactive_count(roots: list[QWidget]) -> int:
    return sum(1 for root in roots for node in tree_of(root) if node.role() in INTERACTIVE)


def name_of(widget: QWidget) -> tuple[str, str]:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(NAME), interface.text(DESCRIPTION)


def new_window(qtbot: Any, tmp_path: Any) -> MainWindow:
    win = MainWindow(tmp_path / "journal.peerjournal", use_dbus=False,
                     settings_folder=tmp_path / "config")
    qtbot.addWidget(win)
    win.resize(1100, 700)
    win.show()
    return win


# ----- the walk -----

def test_every_window_reads_as_a_screen_reader_needs(qtbot, tmp_path):
    win = new_window(qtbot, tmp_path)
    try:
        assert problems_in(windows()) == []  # the welcome screen
        journal_walk.create_journal(qtbot, win)
        journal_walk.add_person_with_encounter(qtbot, win)
        assert problems_in([win]) == []  # the main window with a person's page
        main_nodes = interactive_count([win])
        journal_walk.open_every_window(qtbot, win, tmp_path / "journal.peerjournal")
        opened = windows()
        assert len(opened) >= 10  # every editor and dialog really is open
        assert interactive_count(opened) > main_nodes + 100
        assert problems_in(opened) == []
    finally:
        win.shutdown()


def test_the_person_page_reads_the_persons_name(qtbot, tmp_path):
    win = new_window(qtbot, tmp_path)
    try:
        journal_walk.create_journal(qtbot, win)
        journal_walk.add_person_with_encounter(qtbot, win)
        page = win.journal.person_page
        said = [node.text(NAME) for node in tree_of(page)]
        assert journal_walk.PERSON_NAME in said
        # The heading: the name first, what it is after.
        assert name_of(page.name) == (journal_walk.PERSON_NAME, "Person")
        assert name_of(page.details) == ("she/her", "Details")
        # Tabbing into the page, Orca says whose page it is.
        assert name_of(page)[0] == journal_walk.PERSON_NAME
        # "Last backup" tells its time.
        text, description = name_of(win.backup_label)
        assert text == win.backup_label.text() and description == "Last backup"
        win.lock()
        # Locking leaves no name behind.
        everything = [node.text(NAME) + node.text(DESCRIPTION) for node in tree_of(win)]
        assert not [text for text in everything if journal_walk.PERSON_NAME in text]
        assert page.accessibleName() == "Person"
    finally:
        win.shutdown()


def test_the_sidebar_buttons_are_buttons_with_their_count(qtbot, tmp_path):
    win = new_window(qtbot, tmp_path)
    try:
        journal_walk.create_journal(qtbot, win)
        view = win.journal
        for button in (view.follow_ups_button, view.reflections_button):
            assert QAccessible.queryAccessibleInterface(button).role() == Role.Button
            assert not button.isCheckable()
        qtbot.waitUntil(lambda: "(" in view.follow_ups_button.text())
        text, _ = name_of(view.follow_ups_button)
        assert text == view.follow_ups_button.text() == "Follow-ups due (0)"
        size = view.follow_ups_button.sizeHint()
        view.show_follow_ups()
        journal_walk.settle(qtbot, win)
        _, description = name_of(view.follow_ups_button)
        assert description.startswith("Shown now")
        # On screen: the selection's colours, at the same size (the pane does not jump).
        assert view.follow_ups_button.sizeHint() == size
        shown = view.follow_ups_button.grab().toImage()
        other = view.reflections_button.grab().toImage()
        assert shown.pixelColor(6, shown.height() // 2) != other.pixelColor(6, other.height() // 2)
        assert name_of(view.reflections_button)[1] == view.reflections_button.toolTip()
        view.show_reflections()
        assert name_of(view.reflections_button)[1].startswith("Shown now")
        assert not name_of(view.follow_ups_button)[1].startswith("Shown now")
    finally:
        win.shutdown()


def test_the_clear_buttons_of_the_search_fields_say_clear(qtbot, tmp_path):
    win = new_window(qtbot, tmp_path)
    try:
        journal_walk.create_journal(qtbot, win)
        view = win.journal
        for field in (view.people_search, view.search_field):
            field.setText("a")
            children = [field_node.child(i) for field_node in [
                QAccessible.queryAccessibleInterface(field)]
                for i in range(field_node.childCount())]
            buttons = [c for c in children if c.role() == Role.Button]
            assert buttons and all(c.text(NAME) == "Clear" for c in buttons)
            field.clear()
    finally:
        win.shutdown()


# ----- announcements -----

def test_lock_unlock_and_save_are_announced(qtbot, tmp_path):
    win = new_window(qtbot, tmp_path)
    try:
        journal_walk.create_journal(qtbot, win)
        with a11y.listening() as heard:
            win.lock()
        assert heard == ["Locked. Your journal is encrypted."]
        with a11y.listening() as heard:
            win.welcome.passphrase.setText(journal_walk.PASSPHRASE)
            win.welcome.unlock_button.click()
            qtbot.waitUntil(lambda: win.is_unlocked, timeout=journal_walk.WAIT)
            qtbot.waitUntil(lambda: any("Journal open ·" in text for text in heard),
                            timeout=journal_walk.WAIT)
        assert "Journal open · 0 people" in heard
        view = win.journal
        with a11y.listening() as heard:
            win.add_person_action.trigger()
            dialog = next(d for d in view.findChildren(PersonDialog) if d.isVisible())
            save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
            save.click()  # no name yet: the problem is said
            assert heard == ["Please write the name they like to be called."]
            dialog.preferred_name.setText("Bea")
            save.click()
            qtbot.waitUntil(lambda: "Saved." in heard, timeout=journal_walk.WAIT)
    finally:
        win.shutdown()


def test_announce_sends_a_polite_announcement_event(qtbot):
    """What reaches AT-SPI: a QAccessibleAnnouncementEvent, polite, with the text."""
    label = a11y.StatusLine()
    qtbot.addWidget(label)
    label.show()
    sent = []
    original = QAccessible.updateAccessibility

    def spy(event: Any) -> None:
        sent.append((type(event).__name__, event.message(), event.politeness()))
        original(event)

    QAccessible.updateAccessibility = spy
    try:
        label.setText("Backup written.")
        label.setText("Backup written.")  # the same sentence again is not said twice
        label.setText("")  # nothing is said for a cleared line
    finally:
        QAccessible.updateAccessibility = original
    assert ("QAccessibleAnnouncementEvent", "Backup written.",
            QAccessible.AnnouncementPoliteness.Polite) in sent
    assert len([s for s in sent if s[0] == "QAccessibleAnnouncementEvent"]) == 1


def test_the_status_bar_says_the_same_message_twice(qtbot, tmp_path):
    """A second "Saved." is news too (Qt's status bar does not signal a repeat)."""
    win = new_window(qtbot, tmp_path)
    try:
        with a11y.listening() as heard:
            win.statusBar().showMessage("Saved.", 8000)
            win.statusBar().showMessage("Saved.", 8000)
            win.statusBar().clearMessage()
        assert heard == ["Saved.", "Saved."]
    finally:
        win.shutdown()


# ----- the checks can fail -----

def test_the_walk_catches_a_nameless_button_and_a_label_that_hides_its_text(qtbot):
    page = QWidget()
    qtbot.addWidget(page)
    layout = QVBoxLayout(page)
    nameless = QPushButton(page)  # an icon-only button nobody named
    layout.addWidget(nameless)
    toggle = QPushButton("Follow-ups due", page)
    toggle.setCheckable(True)
    layout.addWidget(toggle)
    hiding = QLabel("Ana Ruiz", page)
    hiding.setAccessibleName("Person")
    layout.addWidget(hiding)
    field = QLineEdit(page)
    layout.addWidget(field)
    page.show()
    found = problems_in([page])
    assert any("QPushButton (Button) has no name" in p for p in found), found
    assert any("QPushButton (CheckBox) is not a QPushButton's role" in p for p in found), found
    assert any("reads 'Person', not what it shows" in p for p in found), found
    assert any("QLineEdit (EditableText) has no name" in p for p in found), found
    nameless.setText("&Open")
    toggle.setCheckable(False)
    a11y.show_content(hiding, "Person")
    field.setAccessibleName("Find a person")
    assert problems_in([page]) == []
    assert name_of(hiding) == ("Ana Ruiz", "Person")
