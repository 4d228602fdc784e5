"""Person-first language hints as the peer types: a gentle wavy underline,
never a block.

The checker (core.language.hints) is pure regex and skips quoted words, so a
person's own words are never marked. It runs here per paragraph, on the GUI
thread, with a small cache: a keystroke re-checks only the paragraph it
changed, which takes well under a millisecond for typical text.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import (
    QColor,
    QHelpEvent,
    QPalette,
    QSyntaxHighlighter,
    QTextBlock,
    QTextCharFormat,
    QTextDocument,
)
from PySide6.QtWidgets import QPlainTextEdit, QToolTip

_CACHE_LIMIT = 1024


class HintLike(Protocol):
    """What a hint from core.language looks like to the window."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def text(self) -> str: ...
    @property
    def suggestion(self) -> str: ...
    @property
    def why(self) -> str: ...


Checker = Callable[[str], Sequence[HintLike]]


def default_checker() -> Checker:
    """The app's checker: core.language.hints (imported when first needed)."""
    from peerjournal.core.language import hints

    return hints


def hint_colour(palette: QPalette) -> QColor:
    """A calm blue that reads on light and on dark backgrounds."""
    dark = palette.color(QPalette.ColorRole.Base).lightness() < 128
    return QColor("#8ab4f8") if dark else QColor("#1a6fb0")


class LanguageHighlighter(QSyntaxHighlighter):
    """Underlines the spans core.language flags, paragraph by paragraph."""

    def __init__(
        self,
        document: QTextDocument,
        checker: Checker | None = None,
        palette: QPalette | None = None,
    ) -> None:
        super().__init__(document)
        self._checker = checker or default_checker()
        self._cache: dict[str, tuple[HintLike, ...]] = {}
        self._format = QTextCharFormat()
        self._format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        self.set_palette(palette or QPalette())

    def set_palette(self, palette: QPalette) -> None:
        """Follow the light or dark palette."""
        self._format.setUnderlineColor(hint_colour(palette))
        self.rehighlight()

    def hints_for(self, text: str) -> tuple[HintLike, ...]:
        """The hints of one paragraph (cached by its text)."""
        found = self._cache.get(text)
        if found is None:
            if len(self._cache) >= _CACHE_LIMIT:
                self._cache.clear()
            found = tuple(self._checker(text))
            self._cache[text] = found
        return found

    def hints_in_block(self, block: QTextBlock) -> tuple[HintLike, ...]:
        """The hints of one paragraph of the document."""
        return self.hints_for(block.text())

    def hint_at(self, position: int) -> HintLike | None:
        """The hint covering a document position, if any."""
        document = self.document()
        if document is None:
            return None
        block = document.findBlock(position)
        if not block.isValid():
            return None
        offset = position - block.position()
        for hint in self.hints_in_block(block):
            if hint.start <= offset <= hint.end:
                return hint
        return None

    def all_hints(self) -> list[HintLike]:
        """Every hint of the document, in reading order."""
        document = self.document()
        found: list[HintLike] = []
        if document is None:
            return found
        block = document.begin()
        while block.isValid():
            found.extend(self.hints_in_block(block))
            block = block.next()
        return found

    def forget(self) -> None:
        """Drop the cached paragraphs (locking: no text stays in memory here)."""
        self._cache.clear()

    def highlightBlock(self, text: str) -> None:
        for hint in self.hints_for(text):
            self.setFormat(hint.start, max(0, hint.end - hint.start), self._format)


def hint_sentence(hint: HintLike, tr: Callable[[str], str]) -> str:
    """One line for a hint: the suggestion and its reason."""
    return tr("Consider “{suggestion}” — {why}").format(suggestion=hint.suggestion, why=hint.why)


class HintToolTips(QObject):
    """Shows a hint's suggestion and reason when the pointer rests on it."""

    def __init__(self, editor: QPlainTextEdit, highlighter: LanguageHighlighter) -> None:
        super().__init__(editor)
        self._editor = editor
        self._highlighter = highlighter
        editor.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            cursor = self._editor.cursorForPosition(event.pos())
            hint = self._highlighter.hint_at(cursor.position())
            if hint is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(
                    event.globalPos(), hint_sentence(hint, self._editor.tr), self._editor.viewport()
                )
            return True
        return super().eventFilter(watched, event)


__all__ = [
    "Checker",
    "HintLike",
    "HintToolTips",
    "LanguageHighlighter",
    "default_checker",
    "hint_colour",
    "hint_sentence",
]
