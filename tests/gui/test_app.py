"""The app shell: options, palette, and the small dialogs."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from peerjournal.core.models import Person, Profile
from peerjournal.ui import app as app_module
from peerjournal.ui.views.person_page import PersonDialog
from peerjournal.ui.views.settings_dialog import SettingsDialog


def test_vault_option_and_qt_options_pass_through():
    args = app_module.parse_args(["--vault", "/tmp/x.peerjournal", "-platform", "offscreen"])
    assert args.vault == "/tmp/x.peerjournal"
    assert app_module.parse_args([]).vault is None


def test_make_application_sets_a_readable_calm_app(qapp):
    made = app_module.make_application([])
    assert made is QApplication.instance()
    assert made.applicationName() == "PeerJournal"
    assert made.font().pointSizeF() >= app_module.MIN_POINT_SIZE


def test_light_and_dark_palettes_keep_text_readable():
    for palette in (app_module.light_palette(), app_module.dark_palette()):
        text = palette.color(QPalette.ColorRole.Text).lightness()
        base = palette.color(QPalette.ColorRole.Base).lightness()
        assert abs(text - base) > 150


def test_main_opens_the_welcome_screen_with_no_journal(qtbot, monkeypatch, tmp_path):
    shown = {}

    def fake_exec() -> int:
        from peerjournal.ui.views.main_window import MainWindow

        windows = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, MainWindow) and w.isVisible()]
        shown["welcome"] = windows[0].welcome.isVisible()
        shown["title"] = windows[0].windowTitle()
        shown["no journal"] = windows[0].welcome.no_journal_label.isVisible()
        windows[0].close()
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(fake_exec))
    assert app_module.main(["--vault", str(tmp_path / "new.peerjournal")]) == 0
    assert shown == {"welcome": True, "title": "PeerJournal", "no journal": True}


def test_person_dialog_needs_only_the_name_they_use(qtbot):
    dialog = PersonDialog()
    qtbot.addWidget(dialog)
    dialog._accept_if_valid()
    assert dialog.problem.text()
    assert dialog.result() == 0
    dialog.preferred_name.setText("  Sam  ")
    dialog.language.setText("Spanish")
    person = dialog.person()
    assert person.preferred_name == "Sam"
    assert person.preferred_language == "Spanish"
    assert person.pronouns is None
    assert person.id.startswith("p-")


def test_person_dialog_keeps_what_it_does_not_show(qtbot):
    from datetime import date

    before = Person(id="p-1", preferred_name="Sam", notes="kept", date_of_birth=date(1990, 1, 2))
    dialog = PersonDialog(before)
    qtbot.addWidget(dialog)
    dialog.pronouns.setText("he/him")
    after = dialog.person()
    assert after.id == "p-1"
    assert after.notes == "kept"
    assert after.date_of_birth == date(1990, 1, 2)
    assert after.pronouns == "he/him"
    assert dialog.windowTitle() == "Edit person"


def test_settings_dialog_round_trips_the_profile(qtbot):
    profile = Profile(name="Jo Peer", credentials="CPRS", organization="Harbor Center")
    dialog = SettingsDialog(profile, 7)
    qtbot.addWidget(dialog)
    assert dialog.auto_lock_minutes() == 7
    assert dialog.profile() == profile
    dialog.phone.setText("555-0100")
    assert dialog.profile().phone == "555-0100"
    dialog.name.clear()
    assert dialog.profile() is None
    dialog.minutes.setValue(0)
    assert dialog.auto_lock_minutes() == 1
