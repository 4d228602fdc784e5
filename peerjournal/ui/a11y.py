"""What a screen reader needs beyond a widget's own name (issue 14 §1), in one place:
content labels read their content, status lines and the status bar are announced,
a sidebar button that shows a page is a plain button with a "shown now" state, and
the clear button Qt puts in a search field has a name.

Orca reads AT-SPI, which Qt feeds from these same QAccessible interfaces; the
tests walk them (tests/gui/test_accessible_tree.py) and `make a11y` walks AT-SPI."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QColor, QPalette
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QStatusBar, QToolButton, QWidget

# Who hears announcements besides assistive technology (tests, tools): f(source, text).
_listeners: list[Callable[[QObject, str], None]] = []


def announce(source: QObject, text: str) -> None:
    """Say `text` once, politely (after what is being read): Qt 6.8+ sends it to
    AT-SPI as an announcement, which Orca speaks without moving the focus.
    Nothing is said for an empty text. Only non-personal sentences come here."""
    text = text.strip()
    if not text:
        return
    for listener in list(_listeners):
        listener(source, text)
    event = QAccessibleAnnouncementEvent(source, text)
    event.setPoliteness(QAccessible.AnnouncementPoliteness.Polite)
    QAccessible.updateAccessibility(event)


@contextlib.contextmanager
def listening() -> Iterator[list[str]]:
    """Every text announced while inside, in order (for tests and tools)."""
    heard: list[str] = []

    def note(_source: QObject, text: str) -> None:
        heard.append(text)

    _listeners.append(note)
    try:
        yield heard
    finally:
        _listeners.remove(note)


def show_content(label: QLabel, what: str) -> None:
    """A label that shows content (a name, a time, a sentence) is read by that
    content: no accessible name hides its text. `what` it is (e.g. "Last backup")
    goes in the description, which a screen reader says after the text."""
    label.setAccessibleName("")
    label.setAccessibleDescription(what)


class StatusLine(QLabel):
    """A dialog's status line: its text is its name, and each new sentence is
    announced, so a peer who cannot see it hears "Saved." or what went wrong."""

    def setText(self, text: str) -> None:
        changed = text != self.text()
        super().setText(text)
        if changed and self.window().isVisible():
            announce(self, text)


class AnnouncingStatusBar(QStatusBar):
    """A status bar whose every message ("Journal open · 40 people", "Locked",
    "Backup written") is announced as it is shown, the same sentence again too
    (a second "Saved."). A status bar paints its message itself: no label holds
    it for a screen reader to find. Tips shown while pointing at a menu come
    from Qt itself and are not announced."""

    def showMessage(self, text: str, timeout: int | None = 0) -> None:
        super().showMessage(text, timeout or 0)
        announce(self, text)


def mark_current(button: QAbstractButton, current: bool) -> None:
    """A sidebar button that shows a page: a plain push button (a checkable one
    reads as a "check box", and ticking is not what it does). The page shown now
    is tinted with the selection colour on screen (its size stays: the pane does
    not jump), and its description says so before the tooltip."""
    palette = QPalette()  # nothing of its own: the window's colours
    if current:
        # A tint of the selection colour under the usual text, which keeps its contrast.
        palette = QPalette(button.palette())
        base = palette.color(QPalette.ColorRole.Button)
        mark = palette.color(QPalette.ColorRole.Highlight)
        palette.setColor(QPalette.ColorRole.Button, QColor.fromRgbF(
            *(0.65 * b + 0.35 * m for b, m in ((base.redF(), mark.redF()),
                                               (base.greenF(), mark.greenF()),
                                               (base.blueF(), mark.blueF())))))
    button.setPalette(palette)
    tip = button.toolTip()
    shown = QCoreApplication.translate("Accessibility", "Shown now")
    button.setAccessibleDescription(f"{shown}. {tip}" if current and tip else
                                    shown if current else "")


def name_clear_button(field: QLineEdit) -> None:
    """The clear button of a field with setClearButtonEnabled(True) says "Clear"
    (call after enabling it: Qt makes the button then)."""
    name = QCoreApplication.translate("Accessibility", "Clear")
    for button in field.findChildren(QToolButton):
        button.setAccessibleName(name)
        button.setToolTip(name)


def spoken_name(widget: QWidget) -> str:
    """What a screen reader says as a widget's name (Qt's accessible Name)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name) if interface is not None else ""
