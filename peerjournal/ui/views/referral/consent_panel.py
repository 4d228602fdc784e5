"""Which consent covers the letter today, or plainly why none does, in the
window's language (services.referrals gives a code, never English words to
show), and what the consent lets the letter carry."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from peerjournal.core.letter import strip_when
from peerjournal.core.models import Consent, Covers
from peerjournal.services import referrals
from peerjournal.services.referrals import ConsentStatus
from peerjournal.ui.a11y import show_content
from peerjournal.ui.models.text import when_text


def covers_phrases(tr: Callable[[str], str]) -> dict[Covers, str]:
    return {
        Covers.CONTACT: tr("their contact details"),
        Covers.DATE_OF_BIRTH: tr("their date of birth"),
        Covers.THEIR_WORDS: tr("their words"),
        Covers.GOING_WELL: tr("what is going well"),
        Covers.HOW_I_WILL_HELP: tr("how I will help"),
    }


class ConsentPanel(QWidget):
    """The consent line and the button that records or shows consents.

    Signals: `open_consents()` when the button is pressed."""

    open_consents = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        show_content(self.status, self.tr("Consent status"))
        self.status.setFrameShape(QFrame.Shape.StyledPanel)
        self.status.setMargin(6)
        self.button = QPushButton(self.tr("Record &consent…"), self)
        self.button.clicked.connect(self.open_consents)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.status, 1)
        row.addWidget(self.button, 0, Qt.AlignmentFlag.AlignTop)

    def text(self) -> str:
        return self.status.text()

    def show_waiting(self, have_who: bool) -> None:
        self.status.setText(
            self.tr("Checking the consent…")
            if have_who
            else self.tr(
                "Choose the person and the clinician to see which consent covers the letter."
            )
        )

    def why_not(self, status: ConsentStatus) -> str:
        """Why no consent covers the letter, said in the window's language."""
        day = when_text(status.day) if status.day else ""
        reasons = {
            referrals.NAMED_MISSING: self.tr(
                "The consent this referral names is not in the journal."
            ),
            referrals.NAMED_MISMATCH: self.tr(
                "The consent this referral names is for another person or another recipient."
            ),
            referrals.NO_CONSENT: self.tr(
                "There is no consent from this person to share information with this "
                "clinician. Record their written consent first."
            ),
            referrals.NOT_YET_SIGNED: self.tr(
                "The consent is signed on {day}, after today."
            ).format(day=day),
            referrals.REVOKED: self.tr("The consent was revoked on {day}.").format(day=day),
            referrals.EXPIRED: self.tr("The consent expired on {day}.").format(day=day),
        }
        return reasons.get(status.code, "")

    def show_status(self, status: ConsentStatus) -> None:
        """Show which consent covers the letter, or why none does."""
        consent = status.consent
        if consent is None:
            self.status.setText(
                "⚠ " + self.tr("No valid consent today. {why}").format(why=self.why_not(status))
            )
            self.button.setText(self.tr("Record &consent…"))
            return
        self.status.setText("✓ " + self.covered_text(consent))
        self.button.setText(self.tr("&Consents…"))

    def covered_text(self, c: Consent) -> str:
        if c.expires_on is not None:
            ends = self.tr("until {day}").format(day=when_text(c.expires_on))
        elif c.expires_when:
            ends = self.tr("until {event}").format(event=strip_when(c.expires_when))
        else:
            ends = self.tr("until revoked")
        text = self.tr(
            "Covered by the consent signed on {signed}, {ends}. Purpose: {purpose}. "
            "Information: {information}."
        ).format(
            signed=when_text(c.signed_on),
            ends=ends,
            purpose=c.purpose.rstrip("."),
            information=c.information.rstrip("."),
        )
        if c.covers is None:
            return text + " " + self.tr("The letter carries their reason and request only.")
        phrases = covers_phrases(self.tr)
        listed = [phrases[k] for k in Covers if k.value in c.covers]
        if not listed:
            return text + " " + self.tr("It covers none of the optional sections.")
        return text + " " + self.tr("It covers: {what}.").format(what=", ".join(listed))

    def clear(self) -> None:
        self.status.clear()


__all__ = ["ConsentPanel", "covers_phrases"]
