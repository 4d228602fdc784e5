"""A labelled multi-line field for one prompt of the practice ("Their story,
in their words"), with optional person-first language hints under it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFontMetrics, QPalette, QTextDocument
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget

from peerjournal.ui.a11y import show_content
from peerjournal.ui.widgets.hint_preferences import hint_preferences
from peerjournal.ui.widgets.language_highlighter import (
    Checker,
    HintActions,
    HintToolTips,
    LanguageHighlighter,
    hint_sentence,
)

# A soft line break (Shift+Enter) means a new line to the peer.
_LINE_SEPARATOR = "\u2028"


def document_text(document: QTextDocument) -> str:
    """The text exactly as typed: paragraphs joined by newlines. Unlike
    toPlainText() this keeps non-breaking spaces as they are."""
    lines: list[str] = []
    block = document.begin()
    while block.isValid():
        lines.append(block.text())
        block = block.next()
    return "\n".join(lines).replace(_LINE_SEPARATOR, "\n")


def clear_document(document: QTextDocument) -> None:
    """Empty a document and forget its undo history, so no word can come back."""
    document.clear()
    document.setUndoRedoEnabled(False)
    document.setUndoRedoEnabled(True)


class PromptField(QWidget):
    """A prompt, a text box for the answer, and a quiet hint line."""

    text_changed = Signal()

    def __init__(
        self,
        prompt: str,
        *,
        hints: bool = True,
        placeholder: str = "",
        lines: int = 4,
        checker: Checker | None = None,
        parent: QWidget | None = None,
        in_reflection: bool = False,
    ) -> None:
        super().__init__(parent)
        plain_prompt = prompt.replace("&", "")
        self.label = QLabel(prompt, self)
        self.label.setWordWrap(True)
        font = self.label.font()
        font.setBold(True)
        self.label.setFont(font)

        self.editor = QPlainTextEdit(self)
        self.editor.setTabChangesFocus(True)  # Tab moves on, in reading order
        self.editor.setPlaceholderText(placeholder)
        self.editor.setAccessibleName(plain_prompt)
        self.editor.setAccessibleDescription(placeholder)
        self.editor.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        metrics = QFontMetrics(self.editor.font())
        self.editor.setMinimumHeight(metrics.lineSpacing() * lines + 12)
        self.label.setBuddy(self.editor)

        self.hint_line = QLabel(self)
        self.hint_line.setWordWrap(True)
        show_content(self.hint_line, self.tr("Language hint"))
        self.hint_line.setTextFormat(Qt.TextFormat.PlainText)
        self.hint_line.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.label)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.hint_line)

        self._hint_shown = ""
        self.highlighter: LanguageHighlighter | None = None
        if hints:
            # in a private reflection (the peer's own story) hints are off unless the
            # peer turned them on in Settings
            self.highlighter = LanguageHighlighter(
                self.editor.document(), checker, self.editor.palette(),
                in_reflection=in_reflection,
            )
            HintToolTips(self.editor, self.highlighter)
            self.hint_actions = HintActions(self.editor, self.highlighter)
            hint_preferences().changed.connect(self._show_hint)
            self.editor.cursorPositionChanged.connect(self._show_hint)
            self.editor.textChanged.connect(self._show_hint)
        self._style_hint_line()
        self.editor.textChanged.connect(self.text_changed)

    # ----- the answer -----

    def text(self) -> str:
        """The answer exactly as typed."""
        return document_text(self.editor.document())

    def set_text(self, text: str) -> None:
        """Show an answer (a saved record or a restored draft)."""
        self.editor.setPlainText(text)

    def is_empty(self) -> bool:
        """True when nothing but white space was written."""
        return not self.text().strip()

    def clear_secure(self) -> None:
        """Drop the text, its undo history and any hint, for locking."""
        clear_document(self.editor.document())
        if self.highlighter is not None:
            self.highlighter.forget()
        self.hint_line.clear()
        self.hint_line.hide()
        self._hint_shown = ""
        self.editor.setToolTip("")

    # ----- the hint line -----

    def hint_text(self) -> str:
        """What the hint line says now ("" when there is no hint)."""
        return self.hint_line.text() if self.hint_line.isVisibleTo(self) else ""

    def _show_hint(self) -> None:
        if self.highlighter is None:
            return
        hint = self.highlighter.hint_at(self.editor.textCursor().position())
        if hint is None:
            found = self.highlighter.all_hints()
            hint = found[0] if found else None
        # Qt is called only when the line changes: a keystroke stays cheap.
        sentence = "" if hint is None else hint_sentence(hint, self.tr)
        if sentence == self._hint_shown:
            return
        self._hint_shown = sentence
        self.hint_line.setText(sentence)
        self.hint_line.setVisible(bool(sentence))

    def _style_hint_line(self) -> None:
        palette = self.hint_line.palette()
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        palette.setColor(QPalette.ColorRole.WindowText, muted)
        self.hint_line.setPalette(palette)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._style_hint_line()
            if self.highlighter is not None:
                self.highlighter.set_palette(self.editor.palette())
        super().changeEvent(event)


__all__ = ["PromptField", "clear_document", "document_text"]
