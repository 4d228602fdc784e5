"""The scope check as the peer writes a referral: a red wave and a light wash
under a diagnosis or a level of care, and why, when the pointer rests on it.

The checker (core.scope.findings) is pure and fast, so it runs per paragraph
on the GUI thread, cached by the paragraph's text.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from PySide6.QtGui import QColor, QPalette, QTextCharFormat, QTextDocument
from PySide6.QtWidgets import QPlainTextEdit

from peerjournal.ui.widgets.check_reasons import finding_reason
from peerjournal.ui.widgets.span_highlighter import SpanHighlighter, SpanToolTips


class FindingLike(Protocol):
    """A scope finding as core.scope gives it."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def text(self) -> str: ...
    @property
    def why(self) -> str: ...
    @property
    def kind(self) -> str: ...


ScopeChecker = Callable[[str], Sequence[FindingLike]]


def default_scope_checker() -> ScopeChecker:
    """core.scope.findings (pure, fast: safe to run as the peer types)."""
    from peerjournal.core.scope import findings

    return findings


def their_words_scope_checker() -> ScopeChecker:
    """core.scope.findings for a field in the person's own words (reason_in_their_words):
    first-person or quoted text there is the person's."""
    from functools import partial

    from peerjournal.core.scope import findings

    return partial(findings, their_words=True)


def finding_colour(palette: QPalette) -> QColor:
    """A warm red that reads on light and dark backgrounds."""
    dark = palette.color(QPalette.ColorRole.Base).lightness() < 128
    return QColor("#ff8a80") if dark else QColor("#b3261e")


class ScopeHighlighter(SpanHighlighter[FindingLike]):
    """Underlines what the scope check finds, paragraph by paragraph."""

    cache_limit = 512

    def __init__(
        self, document: QTextDocument, checker: ScopeChecker, palette: QPalette | None = None
    ) -> None:
        super().__init__(document, checker, palette)

    def colour_format(self, text_format: QTextCharFormat, palette: QPalette) -> None:
        colour = finding_colour(palette)
        text_format.setUnderlineColor(colour)
        tint = QColor(colour)
        tint.setAlpha(40)  # a light wash, so the span shows even where a wave is hard to see
        text_format.setBackground(tint)

    findings_for = SpanHighlighter.spans_for
    finding_at = SpanHighlighter.span_at


class FindingToolTips(SpanToolTips[FindingLike]):
    """Shows why a phrase is underlined when the pointer rests on it."""

    def __init__(self, editor: QPlainTextEdit, highlighter: ScopeHighlighter) -> None:
        super().__init__(editor, highlighter, finding_reason)


__all__ = [
    "FindingLike",
    "FindingToolTips",
    "ScopeChecker",
    "ScopeHighlighter",
    "default_scope_checker",
    "finding_colour",
    "their_words_scope_checker",
]
