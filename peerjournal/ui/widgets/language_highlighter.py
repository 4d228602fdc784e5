"""Person-first language hints as the peer types: a gentle wavy underline,
never a block.

The checker (core.language.hints) is pure regex and skips quoted words, so a
person's own words are never marked. It runs here per paragraph, on the GUI
thread, with a small cache: a keystroke re-checks only the paragraph it
changed, which takes well under a millisecond for typical text.

Right-click on a hint offers "Use '…'" (each suggestion that can stand in the
sentence), "Not here" (this one, in this sentence) and "Never hint this word"
(a list kept in the journal, shown and removable in Settings; see
widgets/hint_preferences.py). In a private reflection (the peer's own story)
hints are off unless the peer turned them on in Settings.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from PySide6.QtCore import QEvent, QObject, QPoint
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QPalette,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QMenu, QPlainTextEdit

from peerjournal.ui.widgets.check_reasons import hint_reason
from peerjournal.ui.widgets.hint_preferences import hint_preferences
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
    @property
    def kind(self) -> str: ...


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
        *,
        in_reflection: bool = False,
    ) -> None:
        super().__init__(document, checker or default_checker(), palette)
        self.in_reflection = in_reflection
        # "Not here": (phrase, a little of the text before and after it), so the choice
        # holds while the peer edits elsewhere in the paragraph.
        self._not_here: set[tuple[str, str, str]] = set()
        self._preferences = hint_preferences()
        self._preferences.changed.connect(self.rehighlight)
        self.rehighlight()  # hints show at once, not after the next event loop turn

    def colour_format(self, text_format: QTextCharFormat, palette: QPalette) -> None:
        text_format.setUnderlineColor(hint_colour(palette))

    def enabled(self) -> bool:
        """Off in a private reflection unless the peer turned hints on there."""
        return not self.in_reflection or self._preferences.in_reflections()

    def spans_for(self, text: str) -> tuple[HintLike, ...]:
        """The hints of one paragraph, without those the peer set aside."""
        if not self.enabled():
            return ()
        found = super().spans_for(text)
        never = self._preferences.words()
        if not never and not self._not_here:
            return found
        return tuple(
            h for h in found
            if h.text.casefold() not in never and _place(text, h) not in self._not_here
        )

    def not_here(self, block_text: str, hint: HintLike) -> None:
        """Set this one hint aside (the same phrase elsewhere is still hinted)."""
        self._not_here.add(_place(block_text, hint))
        self.rehighlight()

    def forget(self) -> None:
        super().forget()
        self._not_here.clear()

    def hints_for(self, text: str) -> tuple[HintLike, ...]:
        return self.spans_for(text)

    hints_in_block = SpanHighlighter.spans_in_block
    hint_at = SpanHighlighter.span_at
    all_hints = SpanHighlighter.all_spans


def _place(text: str, hint: HintLike) -> tuple[str, str, str]:
    return (hint.text.casefold(), text[max(0, hint.start - 24) : hint.start],
            text[hint.end : hint.end + 24])


def hint_sentence(hint: HintLike, tr: Callable[[str], str]) -> str:
    """One line for a hint: the suggestion and its reason (in the window's language)."""
    return tr("Consider “{suggestion}” — {why}").format(
        suggestion=hint.suggestion, why=hint_reason(hint))


def replacements(hint: HintLike) -> list[str]:
    """The suggestions that can stand in the sentence as they are ("person who uses
    drugs"), not advice ("say what happened") nor a frame to fill in ("uses …")."""
    out = []
    for option in hint.suggestion.split(", "):
        option = option.strip()
        if not option or "…" in option or "e.g." in option or option.startswith(("say ", "diga ")):
            continue
        out.append(option)
    return out


def _fitted(replacement: str, original: str) -> str:
    """The replacement with the original's capital letter."""
    if original[:1].isupper() and not original.isupper():
        return replacement[:1].upper() + replacement[1:]
    return replacement


class HintActions(QObject):
    """Adds the hint actions to an editor's right-click menu, above the usual ones."""

    def __init__(self, editor: QPlainTextEdit, highlighter: LanguageHighlighter) -> None:
        super().__init__(editor)
        self._editor = editor
        self._highlighter = highlighter
        # the right-click reaches the viewport first (keyboard menu key: the editor)
        editor.viewport().installEventFilter(self)
        editor.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ContextMenu and isinstance(event, QContextMenuEvent):
            menu = self.menu_at(event.pos())
            menu.exec(event.globalPos())
            menu.deleteLater()
            return True
        return super().eventFilter(watched, event)

    def menu_at(self, pos: QPoint) -> QMenu:
        """The editor's menu for a right-click at `pos` (viewport coordinates)."""
        menu = self._editor.createStandardContextMenu(pos)
        cursor = self._editor.cursorForPosition(pos)
        actions = self.actions_at(cursor.position(), menu)
        if actions:
            first = menu.actions()[0] if menu.actions() else None
            menu.insertActions(first, actions)  # type: ignore[arg-type]
            menu.insertSeparator(first)  # type: ignore[arg-type]
        return menu

    def actions_at(self, position: int, parent: QObject) -> list[QAction]:
        """The hint actions for the hint at a document position (none off a hint)."""
        hint = self._highlighter.hint_at(position)
        document = self._editor.document()
        if hint is None:
            return []
        block = document.findBlock(position)
        start = block.position() + hint.start
        end = block.position() + hint.end
        tr = self._editor.tr
        actions: list[QAction] = []
        for option in replacements(hint):
            fitted = _fitted(option, hint.text)
            action = QAction(tr("Use “{suggestion}”").format(suggestion=fitted), parent)
            action.triggered.connect(
                lambda _checked=False, s=start, e=end, r=fitted: self._replace(s, e, r))
            actions.append(action)
        not_here = QAction(tr("Not here"), parent)
        block_text = block.text()
        not_here.triggered.connect(
            lambda _checked=False, b=block_text, h=hint: self._highlighter.not_here(b, h))
        never = QAction(tr("Never hint “{word}”").format(word=hint.text), parent)
        never.setToolTip(tr("Never hint this word in this journal (undo in Settings)"))
        never.triggered.connect(
            lambda _checked=False, w=hint.text: hint_preferences().never_hint(w))
        return [*actions, not_here, never]

    def _replace(self, start: int, end: int, replacement: str) -> None:
        cursor = QTextCursor(self._editor.document())
        cursor.beginEditBlock()
        # "an addict" -> "a person who uses drugs": the article follows the new word
        before = self._editor.document().toPlainText()[max(0, start - 3) : start]
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(replacement)
        article = _article_fix(before, replacement)
        if article is not None:
            offset, old, new = article
            cursor.setPosition(start - offset)
            cursor.setPosition(start - offset + len(old), QTextCursor.MoveMode.KeepAnchor)
            cursor.insertText(new)
        cursor.endEditBlock()


def _article_fix(before: str, replacement: str) -> tuple[int, str, str] | None:
    """(characters back, old article, new one) when "a"/"an" before the phrase no longer
    fits the replacement."""
    vowel = replacement[:1].lower() in "aeiou"
    low = before.lower()
    if low.endswith(" an ") or low == "an ":
        old = before[-3:-1]
        return None if vowel else (3, old, old[0])
    if low.endswith(" a ") or low == "a ":
        old = before[-2:-1]
        return (2, old, old + "n") if vowel else None
    return None


class HintToolTips(SpanToolTips[HintLike]):
    """Shows a hint's suggestion and reason when the pointer rests on it."""

    def __init__(self, editor: QPlainTextEdit, highlighter: LanguageHighlighter) -> None:
        super().__init__(
            editor, highlighter, lambda hint: hint_sentence(hint, editor.tr), pass_on=True
        )


__all__ = [
    "Checker",
    "HintActions",
    "HintLike",
    "HintToolTips",
    "LanguageHighlighter",
    "default_checker",
    "hint_colour",
    "hint_sentence",
    "replacements",
]
