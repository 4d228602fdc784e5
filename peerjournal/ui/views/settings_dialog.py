"""Settings: the peer's profile (used on letters), the auto-lock minutes, the
window's language, and the language hints (the words never hinted in this
journal, and hints in private reflections)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from peerjournal.core.models import Profile
from peerjournal.ui import i18n
from peerjournal.ui.widgets.hint_preferences import hint_preferences

MAX_AUTO_LOCK_MINUTES = 240


def _text_or_none(text: str) -> str | None:
    text = text.strip()
    return text or None


class SettingsDialog(QDialog):
    """Edit the profile, the auto-lock minutes and the language; read the
    result with `profile()`, `auto_lock_minutes()` and `language()` after it
    is accepted."""

    def __init__(self, profile: Profile | None, auto_lock_minutes: int,
                 parent: QWidget | None = None, *, language: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.setAccessibleName(self.tr("Settings"))
        self.setMinimumWidth(480)

        about = QGroupBox(self.tr("About me (printed on letters)"), self)
        form = QFormLayout(about)
        self.name = QLineEdit(self)
        self.credentials = QLineEdit(self)
        self.credentials.setPlaceholderText(self.tr("e.g. CPRS"))
        self.organization = QLineEdit(self)
        self.address = QPlainTextEdit(self)
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(self.fontMetrics().lineSpacing() * 4)
        self.phone = QLineEdit(self)
        self.email = QLineEdit(self)
        for label, widget, name in (
            (self.tr("&Name:"), self.name, self.tr("Your name")),
            (self.tr("&Credentials:"), self.credentials, self.tr("Your credentials")),
            (self.tr("&Organization:"), self.organization, self.tr("Your organization")),
            (self.tr("&Address:"), self.address, self.tr("Your work address")),
            (self.tr("&Phone:"), self.phone, self.tr("Your work phone")),
            (self.tr("&Email:"), self.email, self.tr("Your work email")),
        ):
            widget.setAccessibleName(name)
            form.addRow(label, widget)

        security = QGroupBox(self.tr("Locking"), self)
        lock_form = QFormLayout(security)
        self.minutes = QSpinBox(self)
        self.minutes.setRange(1, MAX_AUTO_LOCK_MINUTES)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setAccessibleName(self.tr("Lock after minutes without use"))
        lock_form.addRow(self.tr("&Lock after no use for:"), self.minutes)
        hint = QLabel(self.tr("The journal also locks at once with Ctrl+L, and when the "
                              "computer sleeps or the screen locks."), self)
        hint.setWordWrap(True)
        lock_form.addRow(hint)

        appearance = QGroupBox(self.tr("Language"), self)
        language_form = QFormLayout(appearance)
        self.language_choice = QComboBox(self)
        self.language_choice.setAccessibleName(self.tr("Language of the window"))
        self.language_choice.setAccessibleDescription(self.tr(
            "Letters, consent forms and reports have their own language choice."))
        for value, label in i18n.language_names():
            self.language_choice.addItem(label, value)
        self.language_choice.setCurrentIndex(max(0, self.language_choice.findData(language)))
        language_form.addRow(self.tr("&Window language:"), self.language_choice)
        language_hint = QLabel(self.tr("A new language shows the next time PeerJournal starts."),
                               self)
        language_hint.setWordWrap(True)
        language_form.addRow(language_hint)

        hints_box = self._hints_group()

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 18, 18, 18)
        layout.setSpacing(14)
        layout.addWidget(about)
        layout.addWidget(security)
        layout.addWidget(appearance)
        layout.addWidget(hints_box)
        layout.addWidget(buttons)
        self.accepted.connect(self._apply_hint_choices)

        self._show(profile, auto_lock_minutes)
        self.name.setFocus()

    def _hints_group(self) -> QGroupBox:
        """Language hints: in reflections or not, and the words never hinted (removable).
        Kept in the open journal; applied when the dialog is saved."""
        preferences = hint_preferences()
        box = QGroupBox(self.tr("Language hints"), self)
        column = QVBoxLayout(box)
        self.hints_in_reflections = QCheckBox(
            self.tr("Show language hints in my private &reflections"), box)
        self.hints_in_reflections.setAccessibleDescription(self.tr(
            "Reflections are your own story; hints there are off unless you turn them on."))
        self.hints_in_reflections.setChecked(preferences.in_reflections())
        column.addWidget(self.hints_in_reflections)
        never_label = QLabel(self.tr("Words never hinted in this &journal:"), box)
        self.never_hinted = QListWidget(box)
        self.never_hinted.setAccessibleName(self.tr("Words never hinted in this journal"))
        self.never_hinted.setMaximumHeight(self.fontMetrics().lineSpacing() * 6)
        never_label.setBuddy(self.never_hinted)
        for word in sorted(preferences.words()):
            QListWidgetItem(word, self.never_hinted)
        self.hint_again_button = QPushButton(self.tr("Hint a&gain"), box)
        self.hint_again_button.setAccessibleDescription(
            self.tr("Take the chosen word off the list, so it is hinted again"))
        self.hint_again_button.clicked.connect(self._hint_again)
        self.hint_again_button.setEnabled(self.never_hinted.count() > 0)
        self.no_words = QLabel(self.tr("None yet: right-click a hint and choose "
                                       "“Never hint”."), box)
        self.no_words.setWordWrap(True)
        self.no_words.setVisible(self.never_hinted.count() == 0)
        column.addWidget(never_label)
        column.addWidget(self.never_hinted)
        column.addWidget(self.no_words)
        column.addWidget(self.hint_again_button)
        self._words_taken_off: list[str] = []
        return box

    def _hint_again(self) -> None:
        item = self.never_hinted.currentItem() or self.never_hinted.item(0)
        if item is None:
            return
        self._words_taken_off.append(item.text())
        self.never_hinted.takeItem(self.never_hinted.row(item))
        self.hint_again_button.setEnabled(self.never_hinted.count() > 0)
        self.no_words.setVisible(self.never_hinted.count() == 0)

    def never_hinted_words(self) -> list[str]:
        """The words still on the list, as shown."""
        return [self.never_hinted.item(i).text() for i in range(self.never_hinted.count())]

    def _apply_hint_choices(self) -> None:
        preferences = hint_preferences()
        for word in self._words_taken_off:
            preferences.hint_again(word)
        preferences.set_in_reflections(self.hints_in_reflections.isChecked())

    def _show(self, profile: Profile | None, minutes: int) -> None:
        if profile is not None:
            self.name.setText(profile.name)
            self.credentials.setText(profile.credentials or "")
            self.organization.setText(profile.organization or "")
            self.address.setPlainText(profile.address or "")
            self.phone.setText(profile.phone or "")
            self.email.setText(profile.email or "")
        self.minutes.setValue(max(1, min(MAX_AUTO_LOCK_MINUTES, minutes)))

    def profile(self) -> Profile | None:
        """The profile as typed; None when no name is given (nothing to print)."""
        name = self.name.text().strip()
        if not name:
            return None
        return Profile(
            name=name,
            credentials=_text_or_none(self.credentials.text()),
            organization=_text_or_none(self.organization.text()),
            address=_text_or_none(self.address.toPlainText()),
            phone=_text_or_none(self.phone.text()),
            email=_text_or_none(self.email.text()),
        )

    def auto_lock_minutes(self) -> int:
        return int(self.minutes.value())

    def language(self) -> str | None:
        """"en", "es", or None to follow the system."""
        value = self.language_choice.currentData()
        return value if isinstance(value, str) and value else None
