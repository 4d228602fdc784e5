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

from PySide6.QtGui import QColor, QPalette, QTextCharFormat, QTextDocument
from PySide6.QtWidgets import QPlainTextEdit

from peerjournal.ui.widgets.span_highlighter import SpanHighlighter, SpanToolTips


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


class LanguageHighlighter(SpanHighlighter[HintLike]):
    """Underlines the spans core.language flags, paragraph by paragraph."""

    cache_limit = 1024

    def __init__(
        self,
        document: QTextDocument,
        checker: Checker | None = None,
        palette: QPalette | None = None,
    ) -> None:
        super().__init__(document, checker or default_checker(), palette)
        self.rehighlight()  # hints show at once, not after the next event loop turn

    def colour_format(self, text_format: QTextCharFormat, palette: QPalette) -> None:
        text_format.setUnderlineColor(hint_colour(palette))

    hints_for = SpanHighlighter.spans_for
    hints_in_block = SpanHighlighter.spans_in_block
    hint_at = SpanHighlighter.span_at
    all_hints = SpanHighlighter.all_spans


def hint_sentence(hint: HintLike, tr: Callable[[str], str]) -> str:
    """One line for a hint: the suggestion and its reason."""
    return tr("Consider “{suggestion}” — {why}").format(suggestion=hint.suggestion, why=hint.why)


class HintToolTips(SpanToolTips[HintLike]):
    """Shows a hint's suggestion and reason when the pointer rests on it."""

    def __init__(self, editor: QPlainTextEdit, highlighter: LanguageHighlighter) -> None:
        super().__init__(
            editor, highlighter, lambda hint: hint_sentence(hint, editor.tr), pass_on=True
        )


__all__ = [
    "Checker",
    "HintLike",
    "HintToolTips",
    "LanguageHighlighter",
    "default_checker",
    "hint_colour",
    "hint_sentence",
]
