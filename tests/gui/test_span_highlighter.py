"""The shared span highlighter behind the language hints and the scope check:
cache, span lookup, forgetting, and the tooltip filter."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QPlainTextEdit, QToolTip
from pytestqt.qtbot import QtBot

from peerjournal.ui.widgets.language_highlighter import HintToolTips, LanguageHighlighter
from peerjournal.ui.widgets.scope_highlighter import FindingToolTips, ScopeHighlighter


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str
    suggestion: str = "another word"
    why: str = "a synthetic reason"


class CountingChecker:
    """Marks every "zork" and counts how often it is asked."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self, text: str) -> list[Span]:
        self.calls += 1
        at = text.find("zork")
        return [] if at < 0 else [Span(at, at + 4, "zork")]


def _editor(qtbot: QtBot, text: str) -> QPlainTextEdit:
    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    editor.setPlainText(text)
    return editor


def test_spans_are_found_per_paragraph_and_cached(qtbot: QtBot) -> None:
    editor = _editor(qtbot, "plain words\nsay zork here")
    checker = CountingChecker()
    highlighter = LanguageHighlighter(editor.document(), checker)
    assert [s.text for s in highlighter.all_hints()] == ["zork"]
    second = editor.document().findBlockByNumber(1).position()
    assert highlighter.hint_at(second + 5) == Span(4, 8, "zork")
    assert highlighter.hint_at(second) is None
    asked = checker.calls
    highlighter.hints_for("say zork here")
    assert checker.calls == asked  # cached by the paragraph's text
    highlighter.forget()
    highlighter.hints_for("say zork here")
    assert checker.calls == asked + 1


def test_scope_highlighter_names_and_smaller_cache(qtbot: QtBot) -> None:
    editor = _editor(qtbot, "zork")
    highlighter = ScopeHighlighter(editor.document(), CountingChecker())
    assert highlighter.cache_limit < LanguageHighlighter.cache_limit
    assert highlighter.finding_at(2) == Span(0, 4, "zork")
    assert highlighter.findings_for("no match") == ()


def _tooltip_event(editor: QPlainTextEdit, position: int) -> QHelpEvent:
    cursor = editor.textCursor()
    cursor.setPosition(position)
    point = editor.cursorRect(cursor).center()
    event = QHelpEvent(QEvent.Type.ToolTip, point, editor.viewport().mapToGlobal(point))
    event.accept()
    return event


def test_hint_tooltips_pass_on_off_a_hint(qtbot: QtBot) -> None:
    editor = _editor(qtbot, "plain words zork")
    editor.show()
    tips = HintToolTips(editor, LanguageHighlighter(editor.document(), CountingChecker()))
    on, off = _tooltip_event(editor, 14), _tooltip_event(editor, 2)
    assert tips.eventFilter(editor.viewport(), on) is True
    assert on.isAccepted()
    assert "another word" in QToolTip.text()
    assert tips.eventFilter(editor.viewport(), off) is True
    assert not off.isAccepted()  # the editor's own tooltip may show instead


def test_finding_tooltips_keep_the_event_off_a_finding(qtbot: QtBot) -> None:
    editor = _editor(qtbot, "plain words zork")
    editor.show()
    tips = FindingToolTips(editor, ScopeHighlighter(editor.document(), CountingChecker()))
    on, off = _tooltip_event(editor, 14), _tooltip_event(editor, 2)
    assert tips.eventFilter(editor.viewport(), on) is True
    assert QToolTip.text() == "a synthetic reason"
    assert tips.eventFilter(editor.viewport(), off) is True
    assert off.isAccepted()
