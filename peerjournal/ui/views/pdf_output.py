"""Showing, printing and saving PDFs made by the services: letters, consent
forms, reports. The PDF bytes stay in memory (never a temp file).

`ask_printer` and `ask_save_path` are the only places that open the system's
print and file dialogs, so tests replace them with plain functions.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QPointF,
    QRect,
    QSize,
    QStandardPaths,
    Qt,
    Signal,
)
from PySide6.QtGui import QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel, QStackedLayout, QWidget

try:  # QtPdf is an optional part of Qt on some systems
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPdfWidgets import QPdfView
except ImportError:  # pragma: no cover (present in the wheels we ship)
    QPdfDocument = None  # type: ignore[assignment,misc]
    QPdfView = None  # type: ignore[assignment,misc]


def pdf_available() -> bool:
    """True when Qt can show and print PDFs here."""
    return QPdfDocument is not None


def ask_printer(parent: QWidget | None, title: str) -> QPrinter | None:
    """The system print dialog; the chosen printer, or None when cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return printer


def ask_save_path(
    parent: QWidget | None, title: str, suggested: str, file_filter: str
) -> Path | None:
    """The system save dialog (it asks before replacing a file); None when cancelled.
    It opens in the peer's Documents folder, never the program's own folder."""
    name, _chosen = QFileDialog.getSaveFileName(parent, title, in_documents(suggested),
                                                file_filter)
    return Path(name) if name else None


def documents_folder() -> Path:
    """The peer's Documents folder (their home folder when the system has none)."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(found) if found else Path.home()
    return folder if folder.is_dir() else Path.home()


def in_documents(suggested: str) -> str:
    """A suggested file name placed in Documents (a full path is kept as it is)."""
    path = Path(suggested)
    return suggested if path.is_absolute() else str(documents_folder() / path)


def _load(pdf: bytes) -> tuple[QPdfDocument, QBuffer]:
    if QPdfDocument is None:
        raise RuntimeError("Qt's PDF module is not available")
    document = QPdfDocument()
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    return document, buffer


def print_pdf(pdf: bytes, printer: QPrinter) -> int:
    """Print every page of `pdf` on `printer`, each scaled to fit the paper.
    Returns the number of pages printed (0 when the PDF could not be read)."""
    document, buffer = _load(pdf)
    try:
        pages = document.pageCount()
        if pages <= 0:
            return 0
        painter = QPainter()
        if not painter.begin(printer):
            return 0
        try:
            area = printer.pageRect(QPrinter.Unit.DevicePixel).toRect()
            dpi = printer.resolution()
            for page in range(pages):
                if page:
                    printer.newPage()
                points = document.pagePointSize(page)
                # The page at the printer's resolution, scaled down only when larger than the paper.
                width = points.width() / 72.0 * dpi
                height = points.height() / 72.0 * dpi
                scale = min(1.0, area.width() / width, area.height() / height)
                size = QSize(max(1, int(width * scale)), max(1, int(height * scale)))
                image = document.render(page, size)
                painter.drawImage(QRect(QPointF(0, 0).toPoint(), size), image)
        finally:
            painter.end()
        return pages
    finally:
        document.close()
        buffer.close()


class PdfPreview(QWidget):
    """A PDF shown inside the window, page after page, fitted to the width.

    `shown` fires once the pages are ready to paint."""

    shown = Signal(int)
    """Pages in the PDF just shown."""

    def __init__(self, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._buffer: QBuffer | None = None
        self._placeholder = QLabel(placeholder, self)
        self._placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._placeholder.setWordWrap(True)
        self._placeholder.setMargin(24)
        self._stack = QStackedLayout(self)
        self._stack.addWidget(self._placeholder)
        self._document = QPdfDocument(self) if QPdfDocument is not None else None
        self._view = None
        if QPdfView is not None and self._document is not None:
            self._view = QPdfView(self)
            self._view.setPageMode(QPdfView.PageMode.MultiPage)
            self._view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            self._view.setDocument(self._document)
            self._view.setAccessibleName(self.tr("Letter preview"))
            self._view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # scroll it with the keys
            self._stack.addWidget(self._view)

    @property
    def page_count(self) -> int:
        """Pages of the PDF shown (0 when none)."""
        if self._document is None or self._stack.currentWidget() is self._placeholder:
            return 0
        return self._document.pageCount()

    def message(self) -> str:
        """The sentence shown instead of pages ("" while pages are shown)."""
        return "" if self.page_count else self._placeholder.text()

    def show_pdf(self, pdf: bytes) -> None:
        """Show `pdf` (replacing what was shown)."""
        if self._document is None or self._view is None:
            self.show_message(
                self.tr(
                    "This system cannot show PDFs inside the window. "
                    "Save the letter as PDF to look at it."
                )
            )
            return
        old = self._buffer
        buffer = QBuffer(self)
        buffer.setData(QByteArray(pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._document.load(buffer)
        self._buffer = buffer
        if old is not None:
            old.close()
            old.deleteLater()
        self._stack.setCurrentWidget(self._view)
        self.shown.emit(self._document.pageCount())

    def show_message(self, text: str) -> None:
        """Put a sentence where the pages would be."""
        self._placeholder.setText(text)
        self._stack.setCurrentWidget(self._placeholder)

    def clear(self, message: str = "") -> None:
        """Drop the PDF from memory (on lock, or when it went out of date)."""
        if self._document is not None:
            self._document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.setData(QByteArray())
            self._buffer.deleteLater()
            self._buffer = None
        if message:
            self._placeholder.setText(message)
        self._stack.setCurrentWidget(self._placeholder)


__all__ = ["PdfPreview", "ask_printer", "ask_save_path", "pdf_available", "print_pdf"]
