"""Lower-layer problems in the window's language: an error may carry a message
id (peerjournal/errors.py) that the window translates (ui/messages.py); the
command keeps the English sentence."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from peerjournal import errors
from peerjournal.ui import i18n
from peerjournal.ui.messages import SENTENCES, problem_sentence
from peerjournal.ui.tasks import describe_error


@pytest.fixture
def spanish(qapp: QApplication) -> Iterator[None]:
    saved = QLocale()
    i18n.install(qapp, "es")
    yield
    i18n.install(qapp, "en")
    QLocale.setDefault(saved)


def test_the_window_knows_every_message_id_in_the_same_english():
    assert SENTENCES == errors.MESSAGES


def test_a_known_problem_keeps_its_english_sentence_for_the_command():
    problem = errors.Damaged.known("key_file_missing", name="journal.peerjournal.keys")
    assert problem.message.startswith("The journal's key file (journal.peerjournal.keys) is ")
    assert problem.message_id == "key_file_missing"
    assert problem.arguments == {"name": "journal.peerjournal.keys"}
    assert problem.exit_code == errors.Damaged.exit_code
    assert str(problem) == problem.message


def test_the_english_window_shows_the_english_sentence(qapp: Any):
    i18n.install(qapp, "en")
    problem = errors.Invalid.known("passphrase_too_short", length=10)
    assert describe_error(problem) == problem.message


@pytest.mark.usefixtures("spanish")
@pytest.mark.parametrize(("problem", "spanish_words"), [
    (errors.Locked.known("wrong_passphrase"), "La frase de contraseña no abre este diario"),
    (errors.Locked.known("wrong_recovery_key"), "La clave de recuperación no abre"),
    (errors.Locked.known("recovery_key_typo"), "error de escritura"),
    (errors.Locked.known("no_journal", path="/home/ana/j.peerjournal"),
     "No hay ningún diario en /home/ana/j.peerjournal"),
    (errors.Damaged.known("journal_unreadable"), "No se pudo leer el diario"),
    (errors.Damaged.known("key_file_missing", name="j.peerjournal.keys"),
     "Falta el archivo de claves del diario (j.peerjournal.keys)"),
    (errors.Damaged.known("key_file_damaged", name="j.peerjournal.keys"), "está dañado"),
    (errors.Refused.known("backup_target_exists", path="/media/usb/b.pjbackup"),
     "/media/usb/b.pjbackup ya existe"),
    (errors.PeerJournalError.known("backup_folder_read_only"), "solo lectura"),
    (errors.Invalid.known("passphrase_too_short", length=10), "al menos 10 caracteres"),
])
def test_the_spanish_window_says_known_problems_in_spanish(problem, spanish_words):
    shown = describe_error(problem)
    assert spanish_words in shown
    assert shown != problem.message


@pytest.mark.usefixtures("spanish")
def test_a_problem_without_an_id_falls_back_to_its_english_sentence():
    problem = errors.Invalid("Something the window has no words for yet.")
    assert problem_sentence(problem) == problem.message
    unknown = errors.Invalid("An English sentence.", message_id="not_in_the_table")
    assert problem_sentence(unknown) == "An English sentence."


@pytest.mark.usefixtures("spanish")
def test_the_labels_of_how_where_and_status_are_spanish_too():
    """ui/models/text.py's labels (the reading pane, the timeline) are extracted
    and translated, not left in English."""
    from peerjournal.core.models import GoalStatus, Mode, ReferralStatus, Setting
    from peerjournal.ui.models import text

    assert text.mode_label(Mode.IN_PERSON) == "En persona"
    assert text.mode_label(Mode.OUTREACH) == "Trabajo de calle"
    assert text.setting_label(Setting.TREATMENT_CENTER) == "Centro de tratamiento"
    assert text.setting_label(Setting.HOME) == "Casa"
    assert text.status_label(GoalStatus.MET) == "Cumplida"
    assert text.status_label(ReferralStatus.DECLINED) == "No aceptó"


@pytest.mark.usefixtures("spanish")
def test_the_passphrase_rule_says_the_meters_own_words_in_spanish():
    """The one passphrase rule reads on from "The passphrase is" with the strength
    meter's verdict; in Spanish both halves are Spanish."""
    from peerjournal.services import unlock

    verdict = unlock.check_passphrase_strength("short").words
    reason = verdict[:1].lower() + verdict[1:]
    problem = errors.Invalid.known("passphrase_refused", verdict=reason)
    assert problem.message == f"The passphrase is {reason} Nothing was changed."
    shown = describe_error(problem)
    assert shown.startswith("La frase de contraseña es demasiado corta: use al menos 10")
    assert shown.endswith("No se cambió nada.")
