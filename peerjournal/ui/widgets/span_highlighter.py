"""Underline the spans a pure checker finds as the peer types, and explain one
when the pointer rests on it.

The checker runs per paragraph, on the GUI thread, with a small cache keyed by
the paragraph's text: a keystroke re-checks only the paragraph it changed.
The language hints and the scope check are thin subclasses of this.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import ClassVar, Generic, Protocol, TypeVar

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import (
    QHelpEvent,
    QPalette,
    QSyntaxHighlighter,
    QTextBlock,
    QTextCharFormat,
    QTextDocument,
)
from PySide6.QtWidgets import QPlainTextEdit, QToolTip


class SpanLike(Protocol):
    """A found span of one paragraph: character offsets, end exclusive."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


SpanT = TypeVar("SpanT", bound=SpanLike)


class SpanHighlighter(QSyntaxHighlighter, Generic[SpanT]):
    """Underlines with a wave what `checker` finds, paragraph by paragraph."""

    cache_limit: ClassVar[int] = 1024  # paragraphs kept; the cache empties when full

    def __init__(
        self,
        document: QTextDocument,
        checker: Callable[[str], Sequence[SpanT]],
        palette: QPalette | None = None,
    ) -> None:
        super().__init__(document)
        self._checker = checker
        self._cache: dict[str, tuple[SpanT, ...]] = {}
        self._format = QTextCharFormat()
        self._format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        self.colour_format(self._format, palette or QPalette())

    def colour_format(self, text_format: QTextCharFormat, palette: QPalette) -> None:
        """Colour the underline for a palette (each subclass picks its colour)."""
        raise NotImplementedError

    def set_palette(self, palette: QPalette) -> None:
        """Follow the light or dark palette."""
        self.colour_format(self._format, palette)
        self.rehighlight()

    def spans_for(self, text: str) -> tuple[SpanT, ...]:
        """The spans of one paragraph (cached by its text)."""
        found = self._cache.get(text)
        if found is None:
            if len(self._cache) >= self.cache_limit:
                self._cache.clear()
            found = tuple(self._checker(text))
            self._cache[text] = found
        return found

    def spans_in_block(self, block: QTextBlock) -> tuple[SpanT, ...]:
        """The spans of one paragraph of the document."""
        return self.spans_for(block.text())

    def span_at(self, position: int) -> SpanT | None:
        """The span covering a document position, if any."""
        document = self.document()
        if document is None:
            return None
        block = document.findBlock(position)
        if not block.isValid():
            return None
        offset = position - block.position()
        for span in self.spans_in_block(block):
            if span.start <= offset <= span.end:
                return span
        return None

    def all_spans(self) -> list[SpanT]:
        """Every span of the document, in reading order."""
        document = self.document()
        found: list[SpanT] = []
        if document is None:
            return found
        block = document.begin()
        while block.isValid():
            found.extend(self.spans_in_block(block))
            block = block.next()
        return found

    def forget(self) -> None:
        """Drop the cached paragraphs (locking: no text stays in memory here)."""
        self._cache.clear()

    def highlightBlock(self, text: str) -> None:
        for span in self.spans_for(text):
            self.setFormat(span.start, max(0, span.end - span.start), self._format)


class SpanToolTips(QObject, Generic[SpanT]):
    """Shows `describe(span)` when the pointer rests on an underlined span.

    Off a span the tip hides; with `pass_on=True` the event is also left
    unaccepted, so the editor's own tooltip (if any) may show instead.
    """

    def __init__(
        self,
        editor: QPlainTextEdit,
        highlighter: SpanHighlighter[SpanT],
        describe: Callable[[SpanT], str],
        *,
        pass_on: bool = False,
    ) -> None:
        super().__init__(editor)
        self._editor = editor
        self._highlighter = highlighter
        self._describe = describe
        self._pass_on = pass_on
        editor.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            cursor = self._editor.cursorForPosition(event.pos())
            span = self._highlighter.span_at(cursor.position())
            if span is None:
                QToolTip.hideText()
                if self._pass_on:
                    event.ignore()
            else:
                QToolTip.showText(event.globalPos(), self._describe(span), self._editor.viewport())
            return True
        return super().eventFilter(watched, event)


__all__ = ["SpanHighlighter", "SpanLike", "SpanToolTips"]
