"""Consent signed on screen: the person reads the whole consent on one
scrolling page, in large type and in their own language, then signs it in a
signature pad with a finger, a pen or the mouse.

The text is the printed form's (core.letter_text), so what the person reads
on screen is what the consent PDF says. The dialog only collects the
signature; the consent editor keeps it with the consent."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from peerjournal.core.letter import ConsentFormContent, strip_when
from peerjournal.core.letter_text import format_date, words
from peerjournal.core.signature import Signature
from peerjournal.ui.widgets.signature_pad import SignaturePad

READING_SCALE = 1.45  # large type: the person may read without their glasses


def reading_text(content: ConsentFormContent) -> list[tuple[str, str]]:
    """The form's every §2.31 element as (heading, text), in the person's language."""
    w = words(content.language).consent_form
    common = words(content.language).common
    lang = content.language
    peer = content.who_may_disclose
    who = ", ".join(p for p in (peer.name, peer.credentials, peer.organization) if p)
    recipient = content.recipient
    to = ", ".join(p for p in (recipient.name, recipient.organization) if p)
    labels = words(lang).covers
    ticked = set(content.covers or ())
    covers = "\n".join(("☒ " if code in ticked else "☐ ") + label for code, label in labels.items())
    information = (content.information or common.not_stated) + "\n\n" + w.covers_intro + "\n"
    when = strip_when(content.expires_when)
    if content.expires_on and when:
        ends = w.expiry_text.format(date=format_date(content.expires_on, lang), when=when)
    elif content.expires_on:
        ends = w.expiry_date.format(date=format_date(content.expires_on, lang))
    elif when:
        ends = w.expiry_when.format(when=when)
    else:
        ends = common.not_stated
    return [
        (w.title, w.intro),
        (w.my_name, content.person_name),
        (w.who_may_disclose, who),
        (w.recipient, to),
        (w.purpose, content.purpose or common.not_stated),
        (w.information, information + covers),
        (w.expiry, ends),
        (w.revoke, w.revoke_text.format(peer=who)),
        (w.choice, w.choice_text),
        (w.redisclosure, w.redisclosure_text),
    ]


class ConsentSigning(QDialog):
    """Read the consent, then sign it. `signature()` after Accepted."""

    def __init__(
        self, content: ConsentFormContent, parent: QWidget | None = None, *, today: date
    ) -> None:
        super().__init__(parent)
        self._today = today
        self._content = content
        self.setWindowTitle(self.tr("Read and sign the consent"))  # never a name in a title
        self.setAccessibleName(self.tr("Read and sign the consent"))
        w = words(content.language).consent_form

        page = QWidget(self)
        column = QVBoxLayout(page)
        column.setContentsMargins(24, 16, 24, 16)
        column.setSpacing(10)
        base = QFont(self.font())
        base.setPointSizeF(base.pointSizeF() * READING_SCALE)
        heading_font = QFont(base)
        heading_font.setBold(True)
        self.sections: list[QLabel] = []
        for heading, text in reading_text(content):
            title = QLabel(heading, page)
            title.setFont(heading_font)
            title.setWordWrap(True)
            title.setTextFormat(Qt.TextFormat.PlainText)
            body = QLabel(text, page)
            body.setFont(base)
            body.setWordWrap(True)
            body.setTextFormat(Qt.TextFormat.PlainText)
            body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
            body.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            column.addWidget(title)
            column.addWidget(body)
            self.sections.append(body)
        sign_title = QLabel(w.signature, page)
        sign_title.setFont(heading_font)
        column.addWidget(sign_title)
        self.pad = SignaturePad(page, name=w.signature_person)
        self.pad.setFixedHeight(220)
        column.addWidget(self.pad)
        line = QLabel(w.signature_person + " · " + format_date(today, content.language), page)
        line.setFont(base)
        column.addWidget(line)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(page)
        self.scroll = scroll

        self.undo_button = QPushButton(self.tr("&Undo stroke"), self)
        self.undo_button.clicked.connect(self.pad.undo)
        self.clear_button = QPushButton(self.tr("C&lear signature"), self)
        self.clear_button.clicked.connect(self.pad.clear)
        self.sign_button = QPushButton(self.tr("&Keep this signature"), self)
        self.sign_button.setDefault(False)
        self.sign_button.clicked.connect(self.accept)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.sign_button)

        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        self.pad.changed.connect(self._update_buttons)
        self._update_buttons()
        self.resize(900, 700)

    def _update_buttons(self) -> None:
        drawn = not self.pad.is_empty()
        self.undo_button.setEnabled(drawn)
        self.clear_button.setEnabled(drawn)
        self.sign_button.setEnabled(drawn)

    def signature(self) -> Signature | None:
        """The signature drawn, dated today (None when nothing was drawn)."""
        return self.pad.signature(self._today)


__all__ = ["ConsentSigning", "reading_text"]
