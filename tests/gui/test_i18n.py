"""Spanish: every window string goes through Qt's translation system and has a
finished Spanish translation; the committed .qm is what lrelease makes of the
.ts; the window built under the Spanish catalog shows no English of its own;
the language follows the system unless the peer chose one in Settings."""

from __future__ import annotations

import ast
import re
import shutil
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from peerjournal.services import settings as app_settings
from peerjournal.ui import app as ui_app
from peerjournal.ui import i18n
from peerjournal.ui.views.main_window import MainWindow
from peerjournal.ui.views.settings_dialog import SettingsDialog
from tests.gui import journal_walk

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
import update_translations  # noqa: E402

TS = ROOT / "resources" / "i18n" / "peerjournal_es.ts"
QM = ROOT / "resources" / "i18n" / "peerjournal_es.qm"
PLACEHOLDER = re.compile(r"\{[a-z_]*\}|%\d")

# Text that is the same in both languages, or is not interface text at all.
SAME_IN_BOTH = {
    "PeerJournal", "CPRS", "OK", "PDF", "CSV", "Fax", "Fa&x", "No", "Total", " min", "min",
    "English", "Español", "XXXXX-XXXXX-…", "SHA-256", "Ctrl+S", "Esc",
    journal_walk.PERSON_NAME, journal_walk.STORY, "she/her",
}


def ts_messages(path: Path = TS) -> list[tuple[str, str, ET.Element]]:
    """(context, source, translation element) of every message of a .ts file."""
    root = ET.parse(path).getroot()
    found = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            found.append((name, message.findtext("source") or "", translation))
    return found


@pytest.fixture
def language(qapp: QApplication) -> Iterator[Callable[[str | None], str]]:
    """Switch the app's language; English and the old locale come back after the test."""
    saved = QLocale()
    yield lambda code: i18n.install(qapp, code)
    i18n.install(qapp, "en")
    QLocale.setDefault(saved)


# ----- the catalog -----

def test_every_string_has_a_finished_spanish_translation():
    messages = ts_messages()
    assert len(messages) > 500  # the whole window, not a sample
    problems = []
    for context, source, translation in messages:
        # a %n message has one form per plural (Spanish: one, other), each checked
        forms = [f.text or "" for f in translation.findall("numerusform")]
        texts = forms or [translation.text or ""]
        if (
            translation.get("type") in ("unfinished", "vanished", "obsolete")
            or not all(t.strip() for t in texts)
        ):
            problems.append(f"{context}: {source!r} is not translated")
            continue
        for text in texts:
            if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
                problems.append(f"{context}: {source!r} placeholders differ in {text!r}")
            if source.replace("&&", "").count("&") != text.replace("&&", "").count("&"):
                problems.append(f"{context}: {source!r} accelerator lost in {text!r}")
            if source.count("\n") != text.count("\n"):
                problems.append(f"{context}: {source!r} line breaks differ in {text!r}")
    assert problems == []


def test_the_ts_holds_every_string_the_code_asks_to_translate(tmp_path):
    """lupdate over the window's code adds nothing new (unfinished) to the .ts."""
    fresh = tmp_path / TS.name
    shutil.copy(TS, fresh)
    update_translations.lupdate(fresh)
    unfinished = [(c, s) for c, s, t in ts_messages(fresh) if t.get("type") == "unfinished"]
    assert unfinished == [], "run `make i18n` and translate the new strings"
    assert {(c, s) for c, s, _t in ts_messages(fresh)} == {(c, s) for c, s, _t in ts_messages()}


def test_the_committed_qm_is_what_lrelease_makes_of_the_ts(tmp_path):
    built = tmp_path / QM.name
    update_translations.lrelease(TS, built)
    assert QM.read_bytes() == built.read_bytes(), "run `make i18n` and commit the .qm"


def test_no_window_text_is_set_from_a_bare_string_literal():
    """Every literal handed to a text-setting call is wrapped in tr()/translate()."""
    setters = {
        "setText", "setWindowTitle", "QLabel", "QPushButton", "QCheckBox", "QRadioButton",
        "QGroupBox", "QAction", "addAction", "addMenu", "setPlaceholderText", "setToolTip",
        "setAccessibleName", "setAccessibleDescription", "setStatusTip", "setWhatsThis",
        "showMessage", "setTitle", "setSuffix", "setPrefix", "setSpecialValueText", "addTab",
        "addRow", "setHeaderLabels", "setHorizontalHeaderLabels", "information", "warning",
        "question", "critical", "getOpenFileName", "getSaveFileName", "getExistingDirectory",
        "setInformativeText", "addButton", "QToolButton", "setLabelText", "setTabText",
        "QMessageBox", "setItemText",
    }
    first_argument_only = {"addItem", "insertItem"}

    def literals(node: ast.AST) -> Iterator[str]:
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            yield node.value
        elif isinstance(node, ast.JoinedStr):
            yield "".join(v.value for v in node.values
                          if isinstance(v, ast.Constant) and isinstance(v.value, str))
        elif isinstance(node, ast.BinOp):
            yield from literals(node.left)
            yield from literals(node.right)
        elif isinstance(node, ast.IfExp):
            yield from literals(node.body)
            yield from literals(node.orelse)

    bare = []
    for path in sorted((ROOT / "peerjournal" / "ui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
            if name in setters:
                arguments = [*node.args, *(k.value for k in node.keywords)]
            elif name in first_argument_only:
                arguments = node.args[:1]
            else:
                continue
            for argument in arguments:
                for text in literals(argument):
                    if re.search(r"[A-Za-z]{2}", text) and text not in SAME_IN_BOTH:
                        bare.append(f"{path.relative_to(ROOT)}:{node.lineno}: {name}({text!r})")
    assert bare == []


def test_the_scan_above_can_fail():
    """The pattern the scan looks for is really there in a bad example."""
    tree = ast.parse('label.setText("Hello")\nlabel.setText(self.tr("Hello"))')
    calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call)
             and isinstance(n.func, ast.Attribute) and n.func.attr == "setText"]
    assert [isinstance(c.args[0], ast.Constant) for c in calls] == [True, False]


# ----- choosing and installing the language -----

@pytest.mark.parametrize(("setting", "system", "expected"), [
    (None, "es_US", "es"),
    (None, "es_MX", "es"),
    (None, "en_US", "en"),
    (None, "fr_FR", "en"),  # a language we do not speak: English
    ("es", "en_US", "es"),
    ("en", "es_US", "en"),
    ("klingon", "es_US", "es"),  # an unknown setting: as the system
])
def test_the_language_follows_the_system_unless_chosen(setting, system, expected):
    assert i18n.choose_language(setting, QLocale(system)) == expected


def test_installing_spanish_translates_ours_and_qts_and_english_undoes_it(language):
    assert language("es") == "es"
    assert QCoreApplication.translate("MainWindow", "&Lock now") == "&Bloquear"
    # A string filed by lupdate under no context (called through a helper) is found too.
    assert QCoreApplication.translate("ReferralComposer", "Kind of referral") == \
        "Tipo de remisión"
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                               | QDialogButtonBox.StandardButton.Cancel)
    texts = {b.text().replace("&", "") for b in buttons.buttons()}
    assert texts == {"Guardar", "Cancelar"}
    assert QLocale().language() == QLocale.Language.Spanish  # dates follow

    assert language("en") == "en"
    assert QCoreApplication.translate("MainWindow", "&Lock now") == "&Lock now"
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert buttons.buttons()[0].text().replace("&", "") == "Cancel"


def test_the_app_starts_in_the_language_saved_in_settings(qapp, language):
    settings = app_settings.load()
    settings.language = "es"
    app_settings.save(settings)
    assert ui_app.install_translations(qapp) == "es"
    assert QCoreApplication.translate("JournalView", "My reflections") == "Mis reflexiones"


def test_the_settings_dialog_offers_the_language(qtbot):
    dialog = SettingsDialog(None, 5, language="es")
    qtbot.addWidget(dialog)
    assert dialog.language() == "es"
    labels = [dialog.language_choice.itemText(i) for i in range(dialog.language_choice.count())]
    assert labels[1:] == ["English", "Español"]
    dialog.language_choice.setCurrentIndex(0)
    assert dialog.language() is None  # follow the system
    dialog.language_choice.setCurrentIndex(1)
    assert dialog.language() == "en"


# ----- the window itself, in both languages -----

def window_texts(qtbot: Any, tmp_path: Path) -> set[tuple[str, str]]:
    """Build the window, open a small journal and every dialog; every text shown."""
    path = tmp_path / "journal.peerjournal"
    win = MainWindow(path, use_dbus=False, settings_folder=tmp_path / "config")
    win.show()  # not handed to qtbot: deleted below, before the other language's walk
    texts: set[tuple[str, str]] = set()
    try:
        texts |= collect()  # the welcome screen, all its pages
        journal_walk.create_journal(qtbot, win)
        journal_walk.add_person_with_encounter(qtbot, win)
        journal_walk.open_every_window(qtbot, win, path)
        texts |= collect()
    finally:
        win.shutdown()
        for widget in QApplication.topLevelWidgets():
            widget.close()
            widget.deleteLater()
        journal_walk.all_widgets()
    return texts


def collect() -> set[tuple[str, str]]:
    found = set()
    for widget in journal_walk.all_widgets():
        for what, text in journal_walk.shown_texts(widget):
            text = text.strip()
            if text and re.search(r"[A-Za-z]{2}", text):
                found.add((what, text))
    return found


def test_the_window_in_spanish_shows_no_english_of_its_own(qtbot, tmp_path, language):
    """Every text shown by the window (labels, buttons, titles, placeholders, tips,
    accessible names, combo items, column headers, menus) differs between English
    and Spanish, but for words that are the same in both and the journal's own data."""
    language("en")
    english = window_texts(qtbot, tmp_path / "en")
    language("es")
    spanish = window_texts(qtbot, tmp_path / "es")
    assert len(english) > 300  # the walk really saw the window and every dialog:
    assert len({text for what, text in spanish if what == "window title"}) >= 12
    assert ("window title", "Ajustes") in spanish
    assert ("window title", "Carta de remisión") in spanish
    same = sorted(f"{what}: {text!r}" for what, text in english & spanish
                  if text not in SAME_IN_BOTH and not _is_data(text))
    assert same == []


def _is_data(text: str) -> bool:
    """The journal's own words (a name, a story), a path or a date, not interface text."""
    data = (journal_walk.PERSON_NAME, journal_walk.STORY, "peerjournal", "/")
    return any(piece in text for piece in data)
