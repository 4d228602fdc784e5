""""About me" on a new journal's first run: the peer's name, credentials and
organization, asked once before the first letter needs them. A calm panel at
the top of the journal, not a pop-up that blocks it: it can be skipped, and
Settings changes it later."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from peerjournal.core.models import Profile


class AboutMePanel(QFrame):
    """Three fields, Save and Skip for now. Emits `saved(Profile)` or `skipped`."""

    saved = Signal(object)
    skipped = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutMePanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("About me"))
        title = QLabel(self.tr("About me"), self)
        font = QFont(title.font())
        font.setWeight(QFont.Weight.DemiBold)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        title.setFont(font)
        intro = QLabel(self.tr(
            "Letters you write from the journal are signed with these. You can skip this "
            "now and fill it in later in Settings."), self)
        intro.setWordWrap(True)
        self.name = QLineEdit(self)
        self.name.setAccessibleName(self.tr("Your name"))
        self.credentials = QLineEdit(self)
        self.credentials.setAccessibleName(self.tr("Your credentials"))
        self.credentials.setPlaceholderText(self.tr("e.g. CPRS"))
        self.organization = QLineEdit(self)
        self.organization.setAccessibleName(self.tr("Your organization"))
        form = QFormLayout()
        form.addRow(self.tr("Your &name:"), self.name)
        form.addRow(self.tr("&Credentials:"), self.credentials)
        form.addRow(self.tr("&Organization:"), self.organization)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.save_button = QPushButton(self.tr("Sa&ve"), self)
        self.skip_button = QPushButton(self.tr("&Skip for now"), self)
        self.save_button.clicked.connect(self._save)
        self.name.returnPressed.connect(self._save)
        self.skip_button.clicked.connect(self._skip)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.skip_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 12, 18, 12)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)
        self.setMaximumWidth(self.fontMetrics().averageCharWidth() * 90)

    def _save(self) -> None:
        if not self.name.text().strip():
            self.problem.setText(self.tr("Please write your name, or skip this for now."))
            self.problem.show()
            self.name.setFocus()
            return
        self.saved.emit(self.profile())
        self.clear()
        self.hide()

    def _skip(self) -> None:
        self.clear()
        self.hide()
        self.skipped.emit()

    def profile(self) -> Profile:
        def text(field: QLineEdit) -> str | None:
            return field.text().strip() or None

        return Profile(name=self.name.text().strip(), credentials=text(self.credentials),
                       organization=text(self.organization))

    def clear(self) -> None:
        """Forget what was typed (locking, or once saved)."""
        for field in (self.name, self.credentials, self.organization):
            field.clear()
