"""A photo or scan of a consent signed on paper, shown inside the window.

The bytes come from the journal worker and stay in memory: an image is
decoded from them, a PDF is read from a memory buffer; nothing is written
to disk, and closing drops them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from peerjournal.core.models import ConsentAttachment
from peerjournal.ui.views import pdf_output


class AttachmentViewer(QDialog):
    """Shows one attachment; Close drops it from memory."""

    def __init__(self, attachment: ConsentAttachment, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Signed form"))  # never a name in a title
        self.setAccessibleName(self.tr("Photo or scan of the signed form"))
        layout = QVBoxLayout(self)
        self.pdf: pdf_output.PdfPreview | None = None
        self.image_label: QLabel | None = None
        if attachment.media_type == "application/pdf":
            self.pdf = pdf_output.PdfPreview(self.tr("The scan cannot be shown here."), self)
            self.pdf.show_pdf(attachment.data)
            layout.addWidget(self.pdf, 1)
        else:
            image = QImage.fromData(attachment.data)
            self.image_label = QLabel(self)
            self.image_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.image_label.setAccessibleName(self.tr("Photo of the signed form"))
            if image.isNull():
                self.image_label.setText(self.tr("The photo cannot be shown."))
            else:
                fitted = image.scaledToWidth(
                    min(image.width(), 1000), Qt.TransformationMode.SmoothTransformation
                )
                self.image_label.setPixmap(QPixmap.fromImage(fitted))
            scroll = QScrollArea(self)
            scroll.setWidget(self.image_label)
            scroll.setWidgetResizable(True)
            layout.addWidget(scroll, 1)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.close)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)
        self.resize(1040, 800)

    def done(self, result: int) -> None:
        if self.pdf is not None:
            self.pdf.clear()
        if self.image_label is not None:
            self.image_label.clear()
        super().done(result)


__all__ = ["AttachmentViewer"]
