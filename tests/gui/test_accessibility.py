"""Accessibility: every control has a name a screen reader can say; text
follows the system font (no pixel sizes, and a bigger app font makes the
window bigger); colours keep WCAG AA contrast in the light and the dark
palette, hard-coded colours included."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QAccessible, QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from peerjournal.ui import app as ui_app
from peerjournal.ui.tasks import TaskManager
from peerjournal.ui.views.main_window import JournalView, MainWindow
from peerjournal.ui.views.settings_dialog import SettingsDialog
from peerjournal.ui.views.welcome import WelcomeView
from tests.gui import journal_walk

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "peerjournal" / "ui"
CONTROLS = (QAbstractButton, QLineEdit, QTextEdit, QPlainTextEdit, QComboBox,
            QAbstractSpinBox, QAbstractItemView)
TEXT_ENTRY = (QLineEdit, QTextEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox,
              QAbstractItemView)


# ----- names -----

def is_qt_internal(widget: QWidget) -> bool:
    """Parts Qt builds inside its own widgets (a spin box's line edit, a combo's
    popup list, a table's header), which Qt names itself."""
    if widget.objectName().startswith("qt_") or isinstance(widget, QHeaderView):
        return True
    parent = widget.parentWidget()
    if isinstance(parent, (QAbstractSpinBox, QComboBox)):
        return True
    return widget.window().inherits("QComboBoxPrivateContainer")


def label_for(widget: QWidget) -> str:
    """The text of a label that names `widget`: a buddy, or its form row's label."""
    for label in widget.window().findChildren(QLabel):
        if label.buddy() is widget and label.text().strip():
            return label.text()
    parent = widget.parentWidget()
    while parent is not None:
        layout = parent.layout()
        if isinstance(layout, QFormLayout):
            label = layout.labelForField(widget)
            if isinstance(label, QLabel) and label.text().strip():
                return label.text()
        parent = parent.parentWidget()
    return ""


def spoken_name(widget: QWidget) -> str:
    """What a screen reader says for a widget (Qt's accessible Name)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name) if interface is not None else ""


def unnamed_controls() -> list[str]:
    problems = []
    for widget in journal_walk.all_widgets():
        if not isinstance(widget, CONTROLS) or is_qt_internal(widget):
            continue
        where = widget.window().windowTitle() or type(widget.window()).__name__
        if isinstance(widget, TEXT_ENTRY):
            if not widget.accessibleName().strip() and not label_for(widget):
                problems.append(f"{where}: {type(widget).__name__} has no name and no label")
        elif not spoken_name(widget).strip():
            problems.append(f"{where}: {type(widget).__name__} says nothing")
    return problems


def test_every_control_of_every_window_has_a_name(qtbot, tmp_path):
    path = tmp_path / "journal.peerjournal"
    win = MainWindow(path, use_dbus=False, settings_folder=tmp_path / "config")
    qtbot.addWidget(win)
    win.show()
    try:
        assert unnamed_controls() == []  # the welcome screen, every page
        journal_walk.create_journal(qtbot, win)
        journal_walk.add_person_with_encounter(qtbot, win)
        journal_walk.open_every_window(qtbot, win, path)
        checked = [w for w in journal_walk.all_widgets() if isinstance(w, CONTROLS)]
        assert len(checked) > 150  # every dialog really was open
        assert unnamed_controls() == []
    finally:
        win.shutdown()


def test_the_name_check_can_fail(qtbot):
    page = QWidget()
    qtbot.addWidget(page)
    nameless = QLineEdit(page)
    assert not nameless.accessibleName() and not label_for(nameless)
    form = QFormLayout(page)
    named = QLineEdit(page)
    form.addRow("&Pronouns:", named)
    assert label_for(named) == "&Pronouns:"


# ----- text that scales -----

def test_no_pixel_font_sizes_in_the_window_code():
    """Fonts are set relative to the app font (pointSizeF() * factor), never in
    pixels or fixed points, so the system's text size is honoured."""
    problems = []
    for path in sorted(UI.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        for number, line in enumerate(text.splitlines(), 1):
            if re.search(r"setPixelSize|font-size:\s*\d+(\.\d+)?\s*(px|pt)", line):
                problems.append(f"{path.name}:{number}: {line.strip()}")
        for node in ast.walk(ast.parse(text)):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr in ("setPointSize", "setPointSizeF")
                    and node.args and isinstance(node.args[0], ast.Constant)):
                problems.append(f"{path.name}:{node.lineno}: a fixed point size")
    assert problems == []


@pytest.fixture
def app_font(qapp: QApplication) -> Iterator[QFont]:
    saved = QFont(qapp.font())
    yield saved
    qapp.setFont(saved)


def sizes(tasks: TaskManager) -> dict[str, tuple[int, int]]:
    """The size hints of the main views, built under the current app font."""
    built: dict[str, QWidget] = {
        "welcome": WelcomeView(tasks),
        "journal": JournalView(tasks),
        "settings": SettingsDialog(None, 5),
    }
    found = {}
    for name, widget in built.items():
        widget.ensurePolished()
        hint = widget.sizeHint()
        found[name] = (hint.width(), hint.height())
        widget.deleteLater()
    return found


def test_doubling_the_app_font_makes_the_main_views_grow(qapp, app_font, tasks):
    normal = sizes(tasks)
    bigger = QFont(app_font)
    bigger.setPointSizeF(app_font.pointSizeF() * 2)
    qapp.setFont(bigger)
    doubled = sizes(tasks)
    for name, (width, height) in normal.items():
        grown_width, grown_height = doubled[name]
        assert grown_width >= width and grown_height > height, name
        assert grown_width * grown_height > 1.5 * width * height, name


def test_headings_are_relative_to_the_app_font(qapp, app_font, tasks):
    view = JournalView(tasks)
    heading = view.people_heading.font().pointSizeF()
    assert heading > app_font.pointSizeF()
    view.deleteLater()
    bigger = QFont(app_font)
    bigger.setPointSizeF(app_font.pointSizeF() * 2)
    qapp.setFont(bigger)
    view = JournalView(tasks)
    assert view.people_heading.font().pointSizeF() == pytest.approx(heading * 2)
    view.deleteLater()


# ----- contrast -----

def luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4
    return (0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF()))


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG 2 contrast ratio of two colours (1 to 21)."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def over(background: QColor, wash: QColor) -> QColor:
    """`wash` (with its alpha) painted over an opaque background."""
    alpha = wash.alphaF()
    return QColor.fromRgbF(*(alpha * w + (1 - alpha) * b for w, b in (
        (wash.redF(), background.redF()), (wash.greenF(), background.greenF()),
        (wash.blueF(), background.blueF()))))


Role = QPalette.ColorRole
TEXT_PAIRS = [
    (Role.Text, Role.Base), (Role.Text, Role.AlternateBase), (Role.WindowText, Role.Window),
    (Role.ButtonText, Role.Button), (Role.HighlightedText, Role.Highlight),
    (Role.ToolTipText, Role.ToolTipBase), (Role.PlaceholderText, Role.Base),
    (Role.Link, Role.Base),
]
PALETTES = {"light": ui_app.light_palette, "dark": ui_app.dark_palette}


@pytest.mark.parametrize("scheme", sorted(PALETTES))
@pytest.mark.parametrize(("text", "background"), TEXT_PAIRS)
def test_palette_text_has_aa_contrast(scheme, text, background):
    palette = PALETTES[scheme]()
    ratio = contrast(palette.color(text), palette.color(background))
    assert ratio >= 4.5, f"{scheme}: {text.name} on {background.name} is {ratio:.2f}"


@pytest.mark.parametrize("scheme", sorted(PALETTES))
def test_disabled_text_is_still_readable(scheme):
    """WCAG exempts disabled controls; we still keep them at 3:1 to be read."""
    palette = PALETTES[scheme]()
    disabled = palette.color(QPalette.ColorGroup.Disabled, Role.WindowText)
    assert contrast(disabled, palette.color(Role.Window)) >= 3.0


def hard_coded_colours() -> list[tuple[str, str, str]]:
    """(file, dark colour, light colour) for every `"#..." if dark else "#..."` in ui/."""
    pattern = re.compile(r"""["'](#[0-9a-fA-F]{6})["']\)?\s+if\s+dark\s+else\s+"""
                         r"""(?:QColor\()?["'](#[0-9a-fA-F]{6})["']""")
    found = []
    for path in sorted(UI.rglob("*.py")):
        if path.name == "app.py":
            continue
        for dark, light in pattern.findall(path.read_text(encoding="utf-8")):
            found.append((path.name, dark, light))
    return found


def test_every_hard_coded_colour_reads_on_both_palettes():
    """Warnings, hints and findings drawn in their own colour stay at 4.5:1 on
    the window and on text fields, and text over a finding's wash stays at 4.5:1."""
    colours = hard_coded_colours()
    assert len(colours) >= 3  # the scan found the warning, hint and finding colours
    problems = []
    for name, dark, light in colours:
        for scheme, colour in (("dark", dark), ("light", light)):
            palette = PALETTES[scheme]()
            for role in (Role.Window, Role.Base):
                ratio = contrast(QColor(colour), palette.color(role))
                if ratio < 4.5:
                    problems.append(f"{name} {colour} on {scheme} {role.name}: {ratio:.2f}")
            wash = QColor(colour)
            wash.setAlpha(40)
            ratio = contrast(palette.color(Role.Text), over(palette.color(Role.Base), wash))
            if ratio < 4.5:
                problems.append(f"{name}: text over the {colour} wash in {scheme}: {ratio:.2f}")
    assert problems == []


def test_the_contrast_formula_matches_wcag():
    assert contrast(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert contrast(QColor("#777777"), QColor("#ffffff")) == pytest.approx(4.48, abs=0.01)
    assert contrast(QColor("#ffffff"), QColor("#ffffff")) == pytest.approx(1.0)
