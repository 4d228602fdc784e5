"""The welcome screen: unlock a journal, create one, try the demo, or come back
in with the recovery key.

Key derivation is slow on purpose (it is what makes guessing slow), so it
runs on the journal worker while a busy bar moves; the window never freezes.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from peerjournal import paths
from peerjournal.errors import Damaged, Locked, PeerJournalError
from peerjournal.services import backups, unlock
from peerjournal.ui import i18n
from peerjournal.ui.a11y import StatusLine, show_content
from peerjournal.ui.messages import problem_sentence
from peerjournal.ui.settings_store import SettingsStore
from peerjournal.ui.tasks import TaskManager, describe_error
from peerjournal.ui.views.pdf_output import documents_folder
from peerjournal.ui.widgets.elided_label import ElidedLabel
from peerjournal.ui.widgets.flow_layout import FlowLayout

DEMO_FILENAME = "demo.peerjournal"
DEMO_PASSPHRASE = "demo journal with synthetic people only"
"""The demo holds made-up people only, so its passphrase can be written here."""

PathAsker = Callable[[QWidget, str, str], Path | None]


def demo_journal_path() -> Path:
    """Where the demo journal lives (apart from the real one)."""
    return paths.data_dir() / DEMO_FILENAME


def short_path(path: Path) -> str:
    """A path as a person reads it: ~ for the home folder."""
    try:
        return "~/" + str(path.relative_to(Path.home()))
    except ValueError:
        return str(path)


def ask_open_path(parent: QWidget, title: str, start: str) -> Path | None:
    """The system's open dialog for a journal file; None when cancelled."""
    filters = QCoreApplication.translate("WelcomeView", "Journals (*.peerjournal);;All files (*)")
    name, _ = QFileDialog.getOpenFileName(parent, title, start, filters)
    return Path(name) if name else None


def ask_new_path(parent: QWidget, title: str, start: str) -> Path | None:
    """The system's save dialog for a new journal or a PDF; None when cancelled."""
    name, _ = QFileDialog.getSaveFileName(parent, title, start)
    return Path(name) if name else None


def print_recovery_sheet(parent: QWidget, pdf: bytes) -> bool:
    """Print the recovery sheet (the same PDF Save writes) on a printer the person chooses."""
    from peerjournal.ui.views import pdf_output

    printer = pdf_output.ask_printer(parent, QCoreApplication.translate(
        "WelcomeView", "Print the recovery sheet"))
    if printer is None:
        return False
    pdf_output.print_pdf(pdf, printer)
    return True


class PassphraseField(QLineEdit):
    """A hidden passphrase entry that notices Caps Lock from what is typed."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEchoMode(QLineEdit.EchoMode.Password)
        self.setAccessibleName(accessible_name)
        self.setInputMethodHints(Qt.InputMethodHint.ImhHiddenText
                                 | Qt.InputMethodHint.ImhNoPredictiveText
                                 | Qt.InputMethodHint.ImhSensitiveData)
        self.caps_lock_on: bool | None = None
        """True/False once a letter told us; None until then."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if len(text) == 1 and text.isalpha() and text.upper() != text.lower():
            shifted = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            self.caps_lock_on = text.isupper() != shifted
        super().keyPressEvent(event)

    def take(self) -> str:
        """The passphrase, clearing the field (it should not linger on screen)."""
        text = self.text()
        self.clear()
        return text


class ProblemLabel(StatusLine):
    """A plain sentence about what went wrong; hidden while there is none."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        show_content(self, accessible_name)
        self.setTextFormat(Qt.TextFormat.PlainText)
        dark = self.palette().color(QPalette.ColorRole.Window).lightness() < 128
        self.setStyleSheet(f"color: {'#f2b8b5' if dark else '#b3261e'};")
        self.hide()

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setVisible(bool(text))

    def clear(self) -> None:
        super().clear()
        self.hide()


class StrengthMeter(QWidget):
    """Feedback on a new passphrase: a bar and plain words."""

    # What services.unlock.check_passphrase_strength says, marked for lupdate.
    WORDS = (
        QT_TRANSLATE_NOOP("StrengthMeter", "Too short: use at least 10 characters. "
                          "Several unrelated words are easy to remember and hard to guess."),
        QT_TRANSLATE_NOOP("StrengthMeter", "Too easy to guess. Try several unrelated words."),
        QT_TRANSLATE_NOOP("StrengthMeter", "Weak: add another word or two."),
        QT_TRANSLATE_NOOP("StrengthMeter", "Fair. Another word would make it much stronger."),
        QT_TRANSLATE_NOOP("StrengthMeter", "Good."),
        QT_TRANSLATE_NOOP("StrengthMeter", "Strong."),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 4)
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(8)
        self.bar.setAccessibleName(self.tr("Passphrase strength"))
        self.words = QLabel(self)
        self.words.setWordWrap(True)
        show_content(self.words, self.tr("Passphrase advice"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.words)
        self.update_for("")

    def update_for(self, passphrase: str) -> unlock.Strength:
        strength = unlock.check_passphrase_strength(passphrase)
        self.bar.setValue(strength.score)
        # Nothing typed yet: no verdict ("Too short" before a key is pressed reads as a scolding).
        self.words.setText(self.tr(strength.words) if passphrase else "")
        return strength


class RecoveryKeyPanel(QWidget):
    """A recovery key shown once: the key, Save as PDF and Print of the
    recovery sheet, and "I have kept my recovery key somewhere safe". Used
    right after creating a journal and when the peer makes a new key."""

    def __init__(self, tasks: TaskManager, title: str, why: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._recovery_key = ""
        self._journal_path: Path | None = None
        # The system dialogs, replaceable in tests.
        self.ask_new_path: PathAsker = ask_new_path
        self.print_sheet: Callable[[QWidget, bytes], bool] = print_recovery_sheet

        self.heading = QLabel(title, self)
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setWeight(QFont.Weight.DemiBold)
        self.heading.setFont(font)
        self.why = QLabel(why, self)
        self.why.setWordWrap(True)
        self.key_label = QLabel(self)
        key_font = QFont("DejaVu Sans Mono")
        key_font.setStyleHint(QFont.StyleHint.Monospace)
        key_font.setPointSizeF(font.pointSizeF())
        self.key_label.setFont(key_font)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setWordWrap(True)
        self.key_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        show_content(self.key_label, self.tr("Recovery key"))
        self.key_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.key_label.setMinimumHeight(64)
        self.save_button = QPushButton(self.tr("&Save the recovery sheet (PDF)…"), self)
        self.save_button.setAccessibleName(self.tr("Save the recovery sheet as PDF"))
        self.save_button.clicked.connect(self.save_sheet)
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.print_button.setAccessibleName(self.tr("Print the recovery key"))
        self.print_button.clicked.connect(self.print_key)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.kept_check = QCheckBox(self.tr("I have &kept my recovery key somewhere safe"), self)
        self.kept_check.setAccessibleName(self.tr("I have kept my recovery key"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addWidget(self.why)
        layout.addWidget(self.key_label)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(self.kept_check)

    @property
    def recovery_key(self) -> str:
        """The key shown, or "" once cleared."""
        return self._recovery_key

    def show_key(self, recovery_key: str, journal_path: Path) -> None:
        """Show a new key of the journal at `journal_path`, not yet kept."""
        self._recovery_key = recovery_key
        self._journal_path = journal_path
        self.key_label.setText(recovery_key)
        self.status.clear()
        self.kept_check.setChecked(False)

    def clear(self) -> None:
        """Forget the key (it should not linger on screen)."""
        self._recovery_key = ""
        self._journal_path = None
        self.key_label.clear()
        self.status.clear()
        self.kept_check.setChecked(False)

    def save_sheet(self) -> None:
        """Save the recovery sheet as a PDF where the peer chooses (on the worker)."""
        if not self._recovery_key or self._journal_path is None:
            return
        start = str(documents_folder() / "PeerJournal recovery sheet.pdf")
        target = self.ask_new_path(self, self.tr("Save the recovery sheet"), start)
        if target is None:
            return
        key, journal_path = self._recovery_key, self._journal_path

        language = i18n.current_language()

        def write() -> None:
            backups.write_recovery_sheet(target, key, vault_path=journal_path, language=language)

        self._tasks.run_plain(
            write,
            on_done=lambda _none: self.status.setText(
                self.tr("Saved to {where}. Print it, then keep the paper somewhere safe.")
                .format(where=short_path(target))),
            on_error=lambda error: self.status.setText(error_text(error)))

    def print_key(self) -> None:
        """Print the recovery sheet on a printer the peer chooses (made on the worker)."""
        if not self._recovery_key or self._journal_path is None:
            return
        key, journal_path = self._recovery_key, self._journal_path
        language = i18n.current_language()
        self._tasks.run_plain(
            lambda: backups.recovery_sheet_pdf(key, vault_path=journal_path, language=language),
            on_done=self._print_sheet,
            on_error=lambda error: self.status.setText(error_text(error)))

    def _print_sheet(self, pdf: bytes) -> None:
        if self.print_sheet(self, pdf):
            self.status.setText(self.tr("Sent to the printer."))


def error_text(error: BaseException) -> str:
    """A known problem's own sentence, else the plain one for a bug, translated."""
    if isinstance(error, PeerJournalError):
        return problem_sentence(error, "WelcomeView")
    return describe_error(error)


class FitPage(QWidget):
    """A page of the welcome card. A page not shown (size policy Ignored)
    claims no height: QStackedLayout asks every page for its height-for-width,
    hidden ones too, which left empty space at the bottom of the card."""

    def heightForWidth(self, width: int) -> int:
        if self.sizePolicy().verticalPolicy() == QSizePolicy.Policy.Ignored:
            return 0
        return super().heightForWidth(width)


class WelcomeView(QWidget):
    """Unlock, create, demo, recovery. Emits `unlocked(path)` once the worker
    holds the open journal."""

    unlocked = Signal(object)
    """The journal at this Path is open on the worker."""
    damaged = Signal(object, str, str)
    """The journal at this Path failed its checks on opening: (path, the plain
    message, the passphrase that was typed, so a backup can be restored with it)."""

    UNLOCK, CREATE, RECOVERY_SHEET, FORGOT = range(4)

    def __init__(self, tasks: TaskManager, vault_path: Path | None = None,
                 parent: QWidget | None = None, *, settings_folder: Path | None = None,
                 settings: SettingsStore | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._store = settings or SettingsStore(settings_folder, self)
        self._busy = False
        self._recovery_key = ""
        self._created_path: Path | None = None
        self.just_created = False
        """True between creating a journal and its first unlock (the window reads it once)."""
        # The system dialogs, replaceable in tests.
        self.ask_open_path: PathAsker = ask_open_path
        self.ask_new_path: PathAsker = ask_new_path

        self.setAccessibleName(self.tr("Welcome"))
        self.title = QLabel(self.tr("PeerJournal"), self)
        title_font = QFont(self.title.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 2.0)
        title_font.setWeight(QFont.Weight.DemiBold)
        self.title.setFont(title_font)
        self.title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.subtitle = QLabel(self.tr("Your journal stays on this computer, encrypted. "
                                       "Only your passphrase opens it."), self)
        self.subtitle.setWordWrap(True)
        self.subtitle.setAlignment(Qt.AlignmentFlag.AlignHCenter)

        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._build_unlock_page())
        self.pages.addWidget(self._build_create_page())
        self.pages.addWidget(self._build_recovery_sheet_page())
        self.pages.addWidget(self._build_forgot_page())
        self.pages.currentChanged.connect(self._fit_page)

        self.busy_bar = QProgressBar(self)
        self.busy_bar.setRange(0, 0)  # moving: we cannot know how long it takes
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setFixedHeight(6)
        self.busy_bar.setAccessibleName(self.tr("Working"))
        self.busy_label = StatusLine(self)  # "Unlocking…" is said: the wait is not silent
        self.busy_label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self._show_busy(False)

        card = QFrame(self)
        card.setObjectName("welcomeCard")
        card.setFrameShape(QFrame.Shape.StyledPanel)
        # As wide as about 50 characters of the font in use (larger fonts, wider card).
        card.setMaximumWidth(max(560, self.fontMetrics().averageCharWidth() * 62))
        card.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        card_layout = QVBoxLayout(card)
        card_layout.setContentsMargins(32, 28, 32, 28)
        card_layout.setSpacing(14)
        card_layout.addWidget(self.title)
        card_layout.addWidget(self.subtitle)
        card_layout.addSpacing(8)
        card_layout.addWidget(self.pages)
        card_layout.addWidget(self.busy_bar)
        card_layout.addWidget(self.busy_label)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 24, 24, 24)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 4)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

        self._fill_journals(vault_path)
        self.show_unlock()

    # ----- pages -----

    def _build_unlock_page(self) -> QWidget:
        page = FitPage(self)
        self.journal_choice = QComboBox(page)
        self.journal_choice.setAccessibleName(self.tr("Journal"))
        self.journal_choice.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.journal_choice.setMinimumContentsLength(24)
        self.journal_choice.currentIndexChanged.connect(lambda _i: self._journal_changed())
        self.choose_button = QPushButton(self.tr("&Other…"), page)
        self.choose_button.setAccessibleName(self.tr("Open another journal file"))
        self.choose_button.clicked.connect(self._choose_journal)
        journal_row = QHBoxLayout()
        journal_row.addWidget(self.journal_choice, 1)
        journal_row.addWidget(self.choose_button)

        self.passphrase = PassphraseField(self.tr("Passphrase"), page)
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        self.passphrase.returnPressed.connect(self.try_unlock)
        self.passphrase.textEdited.connect(lambda _t: self._passphrase_typed())
        self.caps_warning = QLabel(self.tr("Caps Lock seems to be on."), page)
        show_content(self.caps_warning, self.tr("Caps Lock warning"))
        self.unlock_error = ProblemLabel(self.tr("Unlock problem"), page)
        self.unlock_button = QPushButton(self.tr("&Unlock"), page)
        self.unlock_button.setDefault(True)
        self.unlock_button.setAccessibleName(self.tr("Unlock"))
        self.unlock_button.clicked.connect(self.try_unlock)
        self.no_journal_label = QLabel(page)
        self.no_journal_label.setWordWrap(True)

        self.create_button = QPushButton(self.tr("&Create a journal…"), page)
        self.create_button.setAccessibleName(self.tr("Create a journal"))
        self.create_button.clicked.connect(self.show_create)
        self.demo_button = QPushButton(self.tr("Open the &demo journal"), page)
        self.demo_button.setAccessibleName(self.tr("Open the demo journal"))
        self.demo_button.setToolTip(self.tr("Made-up people only: a safe place to try things."))
        self.demo_button.clicked.connect(self.open_demo)
        self.forgot_button = QPushButton(self.tr("&Forgot passphrase?"), page)
        self.forgot_button.setFlat(True)
        self.forgot_button.setAccessibleName(self.tr("Forgot passphrase"))
        self.forgot_button.clicked.connect(self.show_forgot)

        # The demo has no passphrase of the peer's: its lock screen offers it again.
        self.demo_note = QLabel(self.tr(
            "This is the demo journal: made-up people only. It has no passphrase of yours."),
            page)
        self.demo_note.setWordWrap(True)
        self.demo_again_button = QPushButton(self.tr("Open the demo &again"), page)
        self.demo_again_button.setAccessibleName(self.tr("Open the demo journal again"))
        self.demo_again_button.clicked.connect(self.open_demo)

        passphrase_row = QHBoxLayout()
        passphrase_row.addWidget(self.passphrase, 1)
        passphrase_row.addWidget(self.unlock_button)
        passphrase_row.addWidget(self.demo_again_button)

        # Wraps rather than squeezes: "¿Olvidó su frase de contraseña?" is long.
        others = FlowLayout(spacing=6)
        others.addWidget(self.create_button)
        others.addWidget(self.demo_button)
        others.add_stretch()
        others.addWidget(self.forgot_button)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        label = QLabel(self.tr("Jou&rnal:"), page)
        label.setBuddy(self.journal_choice)
        self.journal_label = label
        layout.addWidget(label)
        layout.addLayout(journal_row)
        layout.addWidget(self.no_journal_label)
        layout.addWidget(self.demo_note)
        layout.addLayout(passphrase_row)
        layout.addWidget(self.caps_warning)
        layout.addWidget(self.unlock_error)
        layout.addSpacing(10)
        layout.addLayout(others)
        layout.addStretch(1)  # spare height below, never between the lines
        return page

    def _build_create_page(self) -> QWidget:
        page = FitPage(self)
        intro = QLabel(self.tr(
            "Choose a passphrase only you know. Several unrelated words are easy to "
            "remember and hard to guess. Nobody, not even us, can open the journal without it."),
            page)
        intro.setWordWrap(True)
        # A long path shows "…" in its middle (the whole path in its tip), never cut off.
        self.create_where = ElidedLabel(page)
        show_content(self.create_where, self.tr("Kept at"))
        self.create_where_button = QPushButton(self.tr("Chan&ge…"), page)
        self.create_where_button.setAccessibleName(self.tr("Change where the journal is kept"))
        self.create_where_button.clicked.connect(self._choose_new_path)
        where_row = QHBoxLayout()
        where_row.addWidget(self.create_where, 1)
        where_row.addWidget(self.create_where_button)
        self.new_passphrase = PassphraseField(self.tr("New passphrase"), page)
        self.new_passphrase_again = PassphraseField(self.tr("New passphrase again"), page)
        self.strength = StrengthMeter(page)
        self.new_passphrase.textChanged.connect(lambda t: self._create_changed())
        self.new_passphrase_again.textChanged.connect(lambda t: self._create_changed())
        self.new_passphrase_again.returnPressed.connect(self.try_create)
        self.create_error = ProblemLabel(self.tr("Create problem"), page)
        self.create_go = QPushButton(self.tr("C&reate the journal"), page)
        self.create_go.setAccessibleName(self.tr("Create the journal"))
        self.create_go.clicked.connect(self.try_create)
        self.create_back = QPushButton(self.tr("&Back"), page)
        self.create_back.setAccessibleName(self.tr("Back"))
        self.create_back.clicked.connect(self.show_unlock)
        form = QFormLayout()
        form.addRow(self.tr("Kept at:"), where_row)
        form.addRow(self.tr("&Passphrase:"), self.new_passphrase)
        form.addRow(self.tr("&Again:"), self.new_passphrase_again)
        form.addRow("", self.strength)
        buttons = QHBoxLayout()
        buttons.addWidget(self.create_back)
        buttons.addStretch(1)
        buttons.addWidget(self.create_go)
        QWidget.setTabOrder(self.create_back, self.create_go)  # Tab as the eye reads
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.create_error)
        layout.addLayout(buttons)
        return page

    def _build_recovery_sheet_page(self) -> QWidget:
        page = FitPage(self)
        self.recovery_panel = RecoveryKeyPanel(
            self._tasks, self.tr("Your recovery key"), self.tr(
                "If you ever forget your passphrase, this key is the only other way into your "
                "journal. Nobody can recover it for you. Print it or save it now, and keep it "
                "somewhere safe away from this computer — not in an email or a photo on your "
                "phone."), page)
        # The panel's parts, by the names the rest of the window knows them.
        self.recovery_key_label = self.recovery_panel.key_label
        self.save_sheet_button = self.recovery_panel.save_button
        self.print_sheet_button = self.recovery_panel.print_button
        self.sheet_status = self.recovery_panel.status
        self.kept_check = self.recovery_panel.kept_check
        self.continue_button = QPushButton(self.tr("&Continue to my journal"), page)
        self.continue_button.setAccessibleName(self.tr("Continue to my journal"))
        self.continue_button.setEnabled(False)
        self.kept_check.toggled.connect(self.continue_button.setEnabled)
        self.continue_button.clicked.connect(self._continue_after_sheet)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.recovery_panel)
        layout.addWidget(self.continue_button, 0, Qt.AlignmentFlag.AlignRight)
        return page

    def _build_forgot_page(self) -> QWidget:
        page = FitPage(self)
        intro = QLabel(self.tr(
            "Type the recovery key from your recovery sheet, then choose a new passphrase. "
            "The old passphrase will no longer open the journal."), page)
        intro.setWordWrap(True)
        self.recovery_input = QLineEdit(page)
        self.recovery_input.setAccessibleName(self.tr("Recovery key"))
        self.recovery_input.setPlaceholderText(self.tr("XXXXX-XXXXX-…"))
        self.forgot_passphrase = PassphraseField(self.tr("New passphrase"), page)
        self.forgot_passphrase_again = PassphraseField(self.tr("New passphrase again"), page)
        self.forgot_strength = StrengthMeter(page)
        self.forgot_passphrase.textChanged.connect(
            lambda t: self.forgot_strength.update_for(t))
        self.forgot_passphrase_again.returnPressed.connect(self.try_recover)
        self.forgot_error = ProblemLabel(self.tr("Recovery problem"), page)
        self.forgot_go = QPushButton(self.tr("&Unlock and set the new passphrase"), page)
        self.forgot_go.setAccessibleName(self.tr("Unlock and set the new passphrase"))
        self.forgot_go.clicked.connect(self.try_recover)
        back = QPushButton(self.tr("&Back"), page)
        back.setAccessibleName(self.tr("Back"))
        back.clicked.connect(self.show_unlock)
        form = QFormLayout()
        form.addRow(self.tr("&Recovery key:"), self.recovery_input)
        form.addRow(self.tr("&New passphrase:"), self.forgot_passphrase)
        form.addRow(self.tr("&Again:"), self.forgot_passphrase_again)
        form.addRow("", self.forgot_strength)
        buttons = QHBoxLayout()
        buttons.addWidget(back)
        buttons.addStretch(1)
        buttons.addWidget(self.forgot_go)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.forgot_error)
        layout.addLayout(buttons)
        return page

    # ----- which journal -----

    def _fill_journals(self, given: Path | None) -> None:
        saved = self._store.reload()
        candidates: list[Path] = []
        if given is not None:
            candidates.append(Path(given))
        candidates.extend(Path(p) for p in saved.recent_journals)
        candidates.append(paths.resolve_vault_path(None))
        seen: set[str] = set()
        self.journal_choice.blockSignals(True)
        self.journal_choice.clear()
        for path in candidates:
            key = str(path.expanduser().resolve())
            if key in seen or (path == demo_journal_path() and given is None):
                continue
            seen.add(key)
            self.journal_choice.addItem(short_path(Path(key)), key)
        # The journal named on the command line first; else the first that exists.
        index = 0
        if given is None:
            for number in range(self.journal_choice.count()):
                if Path(self.journal_choice.itemData(number)).exists():
                    index = number
                    break
        self.journal_choice.setCurrentIndex(index)
        self.journal_choice.blockSignals(False)

    def journal_path(self) -> Path:
        """The journal chosen on the unlock page."""
        data = self.journal_choice.currentData()
        return Path(data) if data else paths.resolve_vault_path(None)

    def select_journal(self, path: Path) -> None:
        """Choose `path` (adding it to the list when new)."""
        key = str(Path(path).expanduser().resolve())
        index = self.journal_choice.findData(key)
        if index < 0:
            self.journal_choice.insertItem(0, short_path(Path(key)), key)
            index = 0
        self.journal_choice.setCurrentIndex(index)
        self._journal_changed()

    @property
    def any_journal(self) -> bool:
        """True when one of the journals offered exists (else: a first run)."""
        return any(Path(self.journal_choice.itemData(number)).exists()
                   for number in range(self.journal_choice.count()))

    def _journal_changed(self) -> None:
        path = self.journal_path()
        is_demo = path == demo_journal_path()
        exists = path.exists() and not is_demo
        self.passphrase.setVisible(exists)
        self.unlock_button.setVisible(exists)
        self.forgot_button.setVisible(exists)
        self.demo_note.setVisible(is_demo)
        self.demo_again_button.setVisible(is_demo)
        self.demo_button.setVisible(not is_demo)
        self.demo_again_button.setDefault(is_demo)
        self.unlock_button.setDefault(exists)
        self.create_button.setDefault(not exists and not is_demo)
        # A first run shows no journal path (a hidden folder means nothing yet).
        first_run = not is_demo and not self.any_journal
        self.journal_label.setVisible(not first_run)
        self.journal_choice.setVisible(not first_run)
        self.choose_button.setText(self.tr("&Open a journal file…") if first_run
                                   else self.tr("&Other…"))
        self.unlock_error.clear()
        self.caps_warning.hide()
        if exists or is_demo:
            self.no_journal_label.hide()
        else:
            self.no_journal_label.setText(self.tr(
                "Welcome. Create your journal, or open the demo journal "
                "to look around with made-up people.") if first_run else self.tr(
                "There is no journal here yet. Create one, or open the demo journal "
                "to look around with made-up people."))
            self.no_journal_label.show()
        self._fit_page(self.pages.currentIndex())

    def _choose_journal(self) -> None:
        chosen = self.ask_open_path(self, self.tr("Open a journal"), str(paths.data_dir()))
        if chosen is not None:
            self.select_journal(chosen)

    # ----- state -----

    def _fit_page(self, current: int) -> None:
        """The card is as tall as the page shown, not as the tallest page."""
        for number in range(self.pages.count()):
            policy = (QSizePolicy.Policy.Preferred if number == current
                      else QSizePolicy.Policy.Ignored)
            self.pages.widget(number).setSizePolicy(policy, policy)
            self.pages.widget(number).adjustSize()
        self.pages.updateGeometry()  # the card's layout asks the stack again
        self.pages.adjustSize()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_page(self.pages.currentIndex())
        # At start the keyboard goes to the passphrase, not the journal drop-down.
        if self.pages.currentIndex() == self.UNLOCK and self.passphrase.isVisibleTo(self):
            self.passphrase.setFocus()

    def _show_busy(self, busy: bool, words: str = "") -> None:
        self._busy = busy
        self.busy_bar.setVisible(busy)
        self.busy_label.setVisible(busy)
        self.busy_label.setText(words)
        self.pages.setEnabled(not busy)

    @property
    def busy(self) -> bool:
        """True while the worker derives a key or creates a journal."""
        return self._busy

    def show_unlock(self, path: Path | None = None) -> None:
        """The unlock page, fields empty, focus on the passphrase."""
        if path is not None:
            self.select_journal(path)
        self._clear_secrets()
        self.pages.setCurrentIndex(self.UNLOCK)
        self._fit_page(self.UNLOCK)
        self._journal_changed()
        if self.passphrase.isVisibleTo(self):
            self.passphrase.setFocus()
        elif self.demo_again_button.isVisibleTo(self):
            self.demo_again_button.setFocus()
        else:
            self.create_button.setFocus()

    def show_create(self) -> None:
        """The create page: where, and the passphrase twice."""
        self._clear_secrets()
        chosen = self.journal_path()
        self._new_path = chosen if not chosen.exists() else self._free_path()
        self.create_where.set_full_text(short_path(self._new_path))
        self.create_error.clear()
        self.pages.setCurrentIndex(self.CREATE)
        self.new_passphrase.setFocus()

    def show_forgot(self) -> None:
        """The recovery page: recovery key and a new passphrase."""
        self._clear_secrets()
        self.forgot_error.clear()
        self.pages.setCurrentIndex(self.FORGOT)
        self.recovery_input.setFocus()

    def _free_path(self) -> Path:
        folder = paths.data_dir()
        candidate = folder / paths.VAULT_FILENAME
        number = 2
        while candidate.exists():
            candidate = folder / f"journal-{number}.peerjournal"
            number += 1
        return candidate

    def _choose_new_path(self) -> None:
        chosen = self.ask_new_path(self, self.tr("Where to keep the new journal"),
                                   str(self._new_path))
        if chosen is not None:
            if chosen.suffix != ".peerjournal":
                chosen = chosen.with_name(chosen.name + ".peerjournal")
            self._new_path = chosen
            self.create_where.set_full_text(short_path(chosen))

    def _clear_secrets(self) -> None:
        for field in (self.passphrase, self.new_passphrase, self.new_passphrase_again,
                      self.forgot_passphrase, self.forgot_passphrase_again, self.recovery_input):
            field.clear()
        self._recovery_key = ""
        self.recovery_panel.clear()

    def clear(self) -> None:
        """Drop every secret shown or typed (on lock and after unlocking)."""
        self._clear_secrets()
        self.unlock_error.clear()
        self.create_error.clear()
        self.forgot_error.clear()

    # ----- unlock -----

    def _passphrase_typed(self) -> None:
        self.unlock_error.clear()
        caps = self.passphrase.caps_lock_on
        self.caps_warning.setVisible(bool(caps))

    def try_unlock(self) -> None:
        """Derive the key and open the journal on the worker."""
        if self._busy or not self.passphrase.isVisibleTo(self):
            return
        path = self.journal_path()
        secret = self.passphrase.take()
        if not secret:
            self.unlock_error.setText(self.tr("Please type your passphrase."))
            return
        self.unlock_error.clear()
        self._show_busy(True, self.tr("Unlocking…"))
        self._tasks.open_vault(lambda: unlock.unlock(path, passphrase=secret),
                               on_done=lambda _none: self._opened(path),
                               on_error=lambda error: self._unlock_failed(error, path, secret))

    def _unlock_failed(self, error: BaseException, path: Path | None = None,
                       secret: str = "") -> None:
        self._show_busy(False)
        if isinstance(error, Damaged) and path is not None:
            self.unlock_error.setText(self._error_text(error))
            self.damaged.emit(path, self._error_text(error), secret)
            return
        if isinstance(error, Locked) and error.message_id in (None, "wrong_passphrase"):
            message = self.tr("That passphrase does not open this journal. Please try again.")
            if self.passphrase.caps_lock_on:
                message += " " + self.tr("Caps Lock seems to be on.")
        else:
            message = self._error_text(error)
        self.unlock_error.setText(message)
        self.passphrase.setFocus()

    def _error_text(self, error: BaseException) -> str:
        return error_text(error)

    def _opened(self, path: Path) -> None:
        self._show_busy(False)
        self._remember(path)
        self.clear()
        self.unlocked.emit(path)

    def _remember(self, path: Path) -> None:
        if path == demo_journal_path():
            return  # the demo is not one of the peer's journals
        with contextlib.suppress(OSError):  # a recent list is a convenience, never a failure
            self._store.update(lambda saved: saved.remember_journal(path))

    # ----- create -----

    def _create_changed(self) -> None:
        self.strength.update_for(self.new_passphrase.text())
        self.create_error.clear()

    def try_create(self) -> None:
        """Check the two passphrases, then create the journal on the worker."""
        if self._busy:
            return
        first = self.new_passphrase.text()
        if first != self.new_passphrase_again.text():
            self.create_error.setText(self.tr("The two passphrases are not the same."))
            self.new_passphrase_again.setFocus()
            return
        strength = unlock.check_passphrase_strength(first)
        if not strength.acceptable:
            self.create_error.setText(self.tr(strength.words))
            self.new_passphrase.setFocus()
            return
        path = self._new_path
        self.new_passphrase.clear()
        self.new_passphrase_again.clear()
        self._show_busy(True, self.tr("Creating your journal…"))

        def create() -> tuple[Any, str]:
            paths.ensure_private_dir(path.parent)
            return unlock.create_journal(path, first)

        self._tasks.open_vault(create, on_done=lambda key: self._created(path, key),
                               on_error=self._create_failed)

    def _create_failed(self, error: BaseException) -> None:
        self._show_busy(False)
        self.create_error.setText(self._error_text(error))

    def _created(self, path: Path, recovery_key: str) -> None:
        self._show_busy(False)
        self._created_path = path
        self._recovery_key = recovery_key
        self.recovery_panel.show_key(recovery_key, path)
        self.pages.setCurrentIndex(self.RECOVERY_SHEET)
        self.save_sheet_button.setFocus()

    def _continue_after_sheet(self) -> None:
        path = self._created_path
        if path is None or not self.kept_check.isChecked():
            return
        self._created_path = None
        self.just_created = True  # the window asks "About me" once
        self._opened(path)

    # ----- demo -----

    def open_demo(self) -> None:
        """Open the demo journal, creating it the first time."""
        if self._busy:
            return
        path = demo_journal_path()
        exists = path.exists()
        self._show_busy(True, self.tr("Opening the demo journal…") if exists
                        else self.tr("Making the demo journal (made-up people)…"))

        def open_or_make() -> Any:
            if path.exists():
                return unlock.unlock(path, passphrase=DEMO_PASSPHRASE)
            paths.ensure_private_dir(path.parent)
            return unlock.create_demo_journal(path, DEMO_PASSPHRASE)

        self._tasks.open_vault(open_or_make, on_done=lambda _key: self._opened(path),
                               on_error=self._unlock_failed)

    # ----- forgot -----

    def try_recover(self) -> None:
        """Unlock with the recovery key and set a new passphrase, on the worker."""
        if self._busy:
            return
        key = self.recovery_input.text().strip()
        first = self.forgot_passphrase.text()
        if not key:
            self.forgot_error.setText(self.tr("Please type the recovery key."))
            self.recovery_input.setFocus()
            return
        if first != self.forgot_passphrase_again.text():
            self.forgot_error.setText(self.tr("The two passphrases are not the same."))
            return
        strength = unlock.check_passphrase_strength(first)
        if not strength.acceptable:
            self.forgot_error.setText(self.tr(strength.words))
            return
        path = self.journal_path()
        self._clear_secrets()
        self._show_busy(True, self.tr("Unlocking with the recovery key…"))

        def recover() -> Any:
            vault = unlock.unlock(path, recovery_key=key)
            try:
                vault.change_passphrase(first)
            except BaseException:
                vault.close()
                raise
            return vault

        self._tasks.open_vault(recover, on_done=lambda _none: self._opened(path),
                               on_error=self._recover_failed)

    def _recover_failed(self, error: BaseException) -> None:
        self._show_busy(False)
        if isinstance(error, Locked) and error.message_id in (None, "wrong_recovery_key"):
            self.forgot_error.setText(self.tr(
                "That recovery key does not open this journal. Check each group of letters."))
        else:
            self.forgot_error.setText(self._error_text(error))
