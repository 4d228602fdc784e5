"""The person's words, the peer's warm handoff, and the scope check on every
section of the letter: what the composer's left column is made of."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from peerjournal.ui.a11y import show_content
from peerjournal.ui.widgets.check_reasons import finding_reason
from peerjournal.ui.widgets.scope_highlighter import (
    FindingLike,
    FindingToolTips,
    ScopeChecker,
    ScopeHighlighter,
)


class WordsPanel(QWidget):
    """The letter's sections, each underlined where the scope check finds
    something, and the peer's reason to send it anyway."""

    def __init__(
        self,
        checker: ScopeChecker,
        their_words_checker: ScopeChecker | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._checker = checker
        # In the person's own words "I" is the person (scope.findings(their_words=True)).
        self._their_words_checker = their_words_checker or checker
        self.highlighters: list[ScopeHighlighter] = []
        self._label_texts: dict[QWidget, str] = {}
        tr = self.tr
        self.reason = self._text_box(
            tr("Their reason, in their own words"),
            tr("What they said about why they want this referral"),
            4,
            their_words=True,
        )
        self.request = self._text_box(
            tr("What they ask the clinician for"),
            tr("e.g. “an appointment this week, in the morning”"),
            3,
        )
        self.to_know = self._text_box(
            tr("What they'd like the clinician to know"),
            tr("In their words, e.g. “I work nights, so mornings are hard”"),
            2,
            their_words=True,
        )
        self.going_well = self._text_box(
            tr("What is going well"),
            tr("In their words, e.g. “six weeks at my new job”"),
            2,
            their_words=True,
        )
        self.how_i_will_help = self._text_box(
            tr("How I will help"),
            tr("e.g. “I can come with them to the first appointment”"),
            2,
        )
        self.share_contact = QCheckBox(
            tr("They want the clinician to call them directl&y (when the consent covers it)"),
            self,
        )
        self.reason_label = QLabel(tr("Their &reason, in their own words"), self)
        self.reason_label.setBuddy(self.reason)
        self.request_label = QLabel(tr("What they &ask the clinician for"), self)
        self.request_label.setBuddy(self.request)
        self.to_know_label = QLabel(tr("What they'd &like the clinician to know"), self)
        self.to_know_label.setBuddy(self.to_know)
        self.going_well_label = QLabel(tr("What is g&oing well"), self)
        self.going_well_label.setBuddy(self.going_well)
        self.how_label = QLabel(tr("&How I will help"), self)
        self.how_label.setBuddy(self.how_i_will_help)
        for heading in (
            self.reason_label,
            self.request_label,
            self.to_know_label,
            self.going_well_label,
            self.how_label,
        ):
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
        self.optional_note = QLabel(
            tr(
                "Each of these prints only when the consent covers it and it is filled in; "
                "leave empty what they did not say."
            ),
            self,
        )
        self.optional_note.setWordWrap(True)

        # Scope findings, live.
        self.findings_label = QLabel(self)
        self.findings_label.setWordWrap(True)
        self.findings_label.setTextFormat(Qt.TextFormat.PlainText)
        show_content(self.findings_label, tr("Scope check"))
        self.override_label = QLabel(
            tr("&Why send it anyway? (kept in the disclosure log, never printed)"), self
        )
        self.override_label.setWordWrap(True)
        self.override = QPlainTextEdit(self)
        self.override.setTabChangesFocus(True)
        self.override.setAccessibleName(tr("Your reason to send the letter with these findings"))
        self.override.setFixedHeight(self.fontMetrics().lineSpacing() * 2 + 14)
        self.override_label.setBuddy(self.override)
        self.findings_box = QGroupBox(tr("Scope check"), self)
        findings_layout = QVBoxLayout(self.findings_box)
        findings_layout.addWidget(self.findings_label)
        findings_layout.addWidget(self.override_label)
        findings_layout.addWidget(self.override)

        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.reason_label)
        column.addWidget(self.reason, 3)
        column.addWidget(self.request_label)
        column.addWidget(self.request, 2)
        column.addWidget(self.optional_note)
        column.addWidget(self.to_know_label)
        column.addWidget(self.to_know, 2)
        column.addWidget(self.going_well_label)
        column.addWidget(self.going_well, 2)
        column.addWidget(self.how_label)
        column.addWidget(self.how_i_will_help, 2)
        column.addWidget(self.share_contact)
        column.addWidget(self.findings_box)

    def show_covered(self, covers: tuple[str, ...] | None, known: bool) -> None:
        """Say beside each optional section whether the consent lets it print
        (`known` False: no consent yet, nothing is said)."""
        note = self.tr("not in this consent: it will not print")
        sections = (
            (self.to_know_label, "their_words"),
            (self.going_well_label, "going_well"),
            (self.how_label, "how_i_will_help"),
        )
        for label, code in sections:
            base = self._label_texts.setdefault(label, label.text())
            shut = known and (covers is None or code not in covers)
            label.setText(f"{base}  ({note})" if shut else base)
        base = self._label_texts.setdefault(self.share_contact, self.share_contact.text())
        shut = known and (covers is None or "contact" not in covers)
        self.share_contact.setText(f"{base}  ({note})" if shut else base)

    def boxes(self) -> tuple[QPlainTextEdit, ...]:
        """The text boxes of the letter's sections, in letter order."""
        return (self.reason, self.request, self.to_know, self.going_well, self.how_i_will_help)

    def _text_box(
        self, name: str, placeholder: str, lines: int, *, their_words: bool = False
    ) -> QPlainTextEdit:
        box = QPlainTextEdit(self)
        box.setTabChangesFocus(True)
        box.setPlaceholderText(placeholder)
        box.setAccessibleName(name)
        box.setMinimumHeight(self.fontMetrics().lineSpacing() * lines + 14)
        box.setMaximumHeight(self.fontMetrics().lineSpacing() * lines * 2 + 14)
        checker = self._their_words_checker if their_words else self._checker
        highlighter = ScopeHighlighter(box.document(), checker, box.palette())
        FindingToolTips(box, highlighter)
        self.highlighters.append(highlighter)
        return box

    def show_findings(self, found: list[FindingLike]) -> None:
        """Say what the scope check found (services.referrals), and ask why to
        send it anyway only when it found something."""
        if found:
            lines = [
                self.tr(
                    "A peer specialist does not diagnose or recommend a level of care. "
                    "The scope check found:"
                )
            ]
            lines += [f"• “{f.text}”: {finding_reason(f)}" for f in found]
            self.findings_label.setText("\n".join(lines))
            self.override_label.show()
            self.override.show()
        else:
            self.findings_label.setText(
                self.tr("Nothing found: the letter carries their request, not a diagnosis.")
            )
            self.override_label.hide()
            self.override.hide()


__all__ = ["WordsPanel"]
