"""The letter's preview: the PDF services.referrals made, in memory. Without
a consent it is a draft, watermarked DRAFT on every page, that the person
can read before they sign a consent for it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from peerjournal.ui.a11y import show_content
from peerjournal.ui.views import pdf_output


class PreviewPanel(QWidget):
    """Signals: `shown(pages)` when a fresh preview is on screen."""

    shown = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pdf = pdf_output.PdfPreview(
            self.tr(
                "The letter shows here. Choose the person, the clinician and the kind of "
                "referral, write their reason in their words, then Preview letter."
            ),
            self,
        )
        self.pdf.shown.connect(self.shown)
        self.draft_note = QLabel(self)
        self.draft_note.setWordWrap(True)
        self.draft_note.setTextFormat(Qt.TextFormat.PlainText)
        show_content(self.draft_note, self.tr("About the preview"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pdf, 1)
        layout.addWidget(self.draft_note)

    def show_letter(self, pdf: bytes, *, draft: bool) -> None:
        self.draft_note.setText(
            self.tr(
                "Draft: no consent covers this letter yet. The person can read it here "
                "before they sign a consent for it; it cannot be sent."
            )
            if draft
            else ""
        )
        self.pdf.show_pdf(pdf)

    def clear(self, message: str = "") -> None:
        self.draft_note.clear()
        self.pdf.clear(message)


__all__ = ["PreviewPanel"]
