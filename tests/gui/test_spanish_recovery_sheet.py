"""The recovery sheet the window saves and prints is in the window's language,
and quotes the labels that window shows."""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from peerjournal.ui import i18n
from peerjournal.ui.views.main_window import MainWindow
from tests.gui import journal_walk


@pytest.fixture
def spanish(qapp: QApplication) -> Iterator[None]:
    saved = QLocale()
    i18n.install(qapp, "es")
    yield
    i18n.install(qapp, "en")
    QLocale.setDefault(saved)


def text_of(pdf: bytes) -> str:
    pages = PdfReader(io.BytesIO(pdf)).pages
    return " ".join(" ".join((page.extract_text() or "").split()) for page in pages)


@pytest.mark.usefixtures("spanish")
def test_the_spanish_window_saves_and_prints_a_spanish_sheet(qtbot: Any, tmp_path):
    win = MainWindow(tmp_path / "journal.peerjournal", use_dbus=False,
                     settings_folder=tmp_path / "config")
    qtbot.addWidget(win)
    win.show()
    welcome = win.welcome
    welcome.create_button.click()
    welcome.new_passphrase.setText(journal_walk.PASSPHRASE)
    welcome.new_passphrase_again.setText(journal_walk.PASSPHRASE)
    welcome.create_go.click()
    qtbot.waitUntil(lambda: welcome.pages.currentIndex() == welcome.RECOVERY_SHEET,
                    timeout=journal_walk.WAIT)
    panel = welcome.recovery_panel
    sheet = tmp_path / "hoja.pdf"
    panel.ask_new_path = lambda _parent, _title, _start: sheet
    panel.save_button.click()
    qtbot.waitUntil(sheet.exists, timeout=journal_walk.WAIT)
    printed: list[bytes] = []
    panel.print_sheet = lambda _parent, pdf: bool(printed.append(pdf)) or True
    panel.print_button.click()
    qtbot.waitUntil(lambda: bool(printed), timeout=journal_walk.WAIT)
    try:
        for text in (text_of(sheet.read_bytes()), text_of(printed[0])):
            assert "Hoja de recuperación de PeerJournal" in text
            # The window's own words: the button that leads to the key, the one that unlocks.
            assert f"“{welcome.forgot_button.text().replace('&', '')}”" in text
            assert f"“{welcome.forgot_go.text().replace('&', '')}”" in text
            assert "Forgot" not in text
    finally:
        welcome.kept_check.setChecked(True)
        welcome.continue_button.click()
        qtbot.waitUntil(lambda: win.is_unlocked, timeout=journal_walk.WAIT)
        win.shutdown()
