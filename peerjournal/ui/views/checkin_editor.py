"""A quick check-in, taken beside the person: for each of their parts of life,
a big 1-to-5 choice and a line for their words. They can rename a part (its
history stays with it) or add one. No total, no score: a mirror."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from peerjournal.core.checkins import LifePart
from peerjournal.core.models import RATING_HIGHEST, RATING_LOWEST, Person
from peerjournal.services import checkins as service
from peerjournal.ui.a11y import StatusLine, show_content
from peerjournal.ui.tasks import TaskManager, describe_error
from peerjournal.ui.widgets.date_fields import date_field, from_qdate

BUTTON_SIZE = 48  # a finger's width: the check-in is taken on a laptop or a tablet


_ARROWS = {Qt.Key.Key_Left: -1, Qt.Key.Key_Up: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Down: 1}


class _ChoiceButton(QPushButton):
    """One choice of a row: its arrow keys go to the row, which moves the choice."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in _ARROWS:
            event.ignore()  # RatingChoice moves and chooses, like a radio group
            return
        super().keyPressEvent(event)


class RatingChoice(QWidget):
    """One part's choice: "Not this time", then 1 to 5, as one radio group.
    Arrow keys move within it; the digits 1 to 5 choose, 0 or Delete clears."""

    def __init__(self, part_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.skip = _ChoiceButton(self.tr("Skip"), self)
        self.skip.setObjectName("skip")
        self.skip.setToolTip(self.tr("Not this time"))
        self.skip.setAccessibleName(self.tr("Not this time"))
        self.buttons: list[QPushButton] = []
        for made in (self.skip, *self._numbers()):
            made.setCheckable(True)
            made.setAutoExclusive(True)
            made.setFixedSize(BUTTON_SIZE + 4, BUTTON_SIZE)
            layout.addWidget(made)
        # "Skip" in any language fits its button.
        self.skip.setFixedWidth(max(BUTTON_SIZE + 4, self.skip.sizeHint().width() + 12))
        # The choice shows by a thick frame and bold text too, not by colour alone.
        self.setStyleSheet(
            "QPushButton:checked { border: 3px solid palette(text); font-weight: bold;"
            " background: palette(highlight); color: palette(highlighted-text); }"
            "QPushButton#skip:checked { border: 2px dashed palette(text);"
            " background: palette(button); color: palette(button-text); }"
        )
        self.skip.setChecked(True)
        self.set_part_name(part_name)

    def _numbers(self) -> list[QPushButton]:
        for value in range(RATING_LOWEST, RATING_HIGHEST + 1):
            made = _ChoiceButton(str(value), self)
            font = made.font()
            font.setPointSizeF(font.pointSizeF() * 1.25)
            font.setBold(True)
            made.setFont(font)
            self.buttons.append(made)
        self.buttons[0].setToolTip(self.tr("1: hard right now"))
        self.buttons[-1].setToolTip(self.tr("5: going well"))
        return self.buttons

    def set_part_name(self, name: str) -> None:
        """Say which part this choice is for (to a screen reader)."""
        shown = name or self.tr("new part")
        self.setAccessibleName(self.tr("How “{part}” is going, 1 to 5").format(part=shown))
        for value, made in enumerate(self.buttons, start=RATING_LOWEST):
            made.setAccessibleName(self.tr("{n} for “{part}”").format(n=value, part=shown))

    def rating(self) -> int | None:
        """The number chosen, or None for "not this time"."""
        for value, made in enumerate(self.buttons, start=RATING_LOWEST):
            if made.isChecked():
                return value
        return None

    def set_rating(self, rating: int | None) -> None:
        """Choose a number (None: not this time)."""
        if rating is None:
            self.skip.setChecked(True)
        else:
            self.buttons[rating - RATING_LOWEST].setChecked(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        step = _ARROWS.get(Qt.Key(event.key()))
        if step is not None:
            order: list[QPushButton] = [self.skip, *self.buttons]
            focused = self.focusWidget()  # the row's last focused button, active window or not
            at = [i for i, b in enumerate(order) if b is focused]
            current = at[0] if at else next(i for i, b in enumerate(order) if b.isChecked())
            target = order[max(0, min(len(order) - 1, current + step))]
            target.setChecked(True)
            target.setFocus()
            return
        text = event.text()
        if text and text in "12345":
            self.set_rating(int(text))
            self.buttons[int(text) - 1].setFocus()
            return
        if text == "0" or event.key() == Qt.Key.Key_Delete:
            self.set_rating(None)
            self.skip.setFocus()
            return
        super().keyPressEvent(event)


def _tr(text: str) -> str:
    return QCoreApplication.translate("CheckinDialog", text)


class PartRow:
    """One part of life in the dialog: its name (editable: renaming keeps its
    history), the choice, and a line for their words."""

    def __init__(self, dialog: CheckinDialog, part: LifePart | None, number: int) -> None:
        tr = _tr
        self.part_id = part.id if part is not None and part.id else None
        self.name = QLineEdit(part.name if part else "", dialog.rows_widget)
        self.name.setAccessibleName(tr("Part of life {n}").format(n=number))
        self.name.setPlaceholderText(tr("Name this part, in their words"))
        self.name.setToolTip(
            tr("Their own name for this part of life. Renaming keeps its history.")
        )
        self.choice = RatingChoice(self.name.text(), dialog.rows_widget)
        self.words = QLineEdit(dialog.rows_widget)
        self.words.setAccessibleName(tr("In their words, part {n}").format(n=number))
        self.words.setPlaceholderText(tr("In their words (optional)"))
        self.name.textChanged.connect(self.choice.set_part_name)

    def answer(self) -> service.PartAnswer:
        return service.PartAnswer(
            name=self.name.text(),
            rating=self.choice.rating(),
            in_their_words=self.words.text(),
            part_id=self.part_id,
        )


class CheckinDialog(QDialog):
    """Take one check-in for one person. Signal: saved(check-in id)."""

    saved = Signal(str)

    def __init__(self, tasks: TaskManager, person_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self.person_id = person_id
        self.rows: list[PartRow] = []
        self.setWindowTitle(self.tr("Check-in"))  # never a person's name in a title
        self.setAccessibleName(self.tr("Check-in"))

        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.intro = QLabel(
            self.tr(
                "How is each part of life going right now, from 1 (hard right now) to 5 "
                "(going well)? There is no total and no score: each part stands on its own. "
                "Skip any part they would rather not answer today."
            ),
            self,
        )
        self.intro.setWordWrap(True)
        self.taken_on = date_field(self, self.tr("Day of the check-in"))
        self.taken_on.setDate(QDate.currentDate())
        day_label = QLabel(self.tr("&Day:"), self)
        day_label.setBuddy(self.taken_on)

        self.rows_widget = QWidget(self)
        self.grid = QGridLayout(self.rows_widget)
        self.grid.setHorizontalSpacing(10)
        self.grid.setVerticalSpacing(8)
        for column, text in enumerate(
            (self.tr("Part of life"), self.tr("1 to 5"), self.tr("In their words"))
        ):
            header = QLabel(f"<b>{text}</b>", self.rows_widget)
            self.grid.addWidget(header, 0, column)
        self.grid.setColumnStretch(0, 3)
        self.grid.setColumnStretch(2, 4)
        # The rows stay at the top; the space below them stays empty.
        holder = QWidget(self)
        holder_layout = QVBoxLayout(holder)
        holder_layout.addWidget(self.rows_widget)
        holder_layout.addStretch(1)
        self.rows_widget.setParent(holder)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)

        self.add_button = QPushButton(self.tr("&Add a part of life"), self)
        self.add_button.setAccessibleName(self.tr("Add a part of life"))
        self.add_button.clicked.connect(lambda: self.add_part(focus=True))
        self.problem = StatusLine(self)
        self.problem.setWordWrap(True)
        show_content(self.problem, self.tr("Please check"))
        self.problem.hide()
        self.save_button = QPushButton(self.tr("&Save check-in"), self)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(day_label)
        top.addWidget(self.taken_on)
        bottom = QHBoxLayout()
        bottom.addWidget(self.add_button)
        bottom.addStretch(1)
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 12)
        layout.addLayout(top)
        layout.addWidget(self.intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.problem)
        layout.addLayout(bottom)
        self.resize(900, 620)
        self._load()

    def _load(self) -> None:
        person_id = self.person_id

        language = "es" if QLocale().name().lower().startswith("es") else "en"

        def load(vault: Any) -> tuple[Person, list[LifePart]]:
            person = vault.get(Person, person_id)
            return person, service.parts_to_offer(vault, person, language)

        self._tasks.run(load, on_done=self._loaded, on_error=self._failed)

    def _loaded(self, result: tuple[Person, list[LifePart]]) -> None:
        person, parts = result
        self.heading.setText(self.tr("Check-in with {name}").format(name=person.preferred_name))
        for part in parts:
            self.add_part(part)
        if self.rows:
            self.rows[0].choice.skip.setFocus()  # digits 1-5 choose from here

    def add_part(self, part: LifePart | None = None, *, focus: bool = False) -> PartRow:
        """A row for a part of life (an empty one to name when `part` is None)."""
        row = PartRow(self, part, len(self.rows) + 1)
        line = len(self.rows) + 1
        self.grid.addWidget(row.name, line, 0)
        self.grid.addWidget(row.choice, line, 1)
        self.grid.addWidget(row.words, line, 2)
        previous = self.rows[-1].words if self.rows else self.taken_on
        QWidget.setTabOrder(previous, row.name)
        QWidget.setTabOrder(row.name, row.choice.skip)
        QWidget.setTabOrder(row.choice.skip, row.words)
        QWidget.setTabOrder(row.words, self.add_button)
        self.rows.append(row)
        if focus:
            row.name.setFocus()
        return row

    def answers(self) -> list[service.PartAnswer]:
        """What the dialog holds now, row by row."""
        return [row.answer() for row in self.rows]

    def save(self) -> None:
        """Keep the check-in (on the journal worker); problems are said in a sentence."""
        answers = [a for a in self.answers() if a.name.strip() or a.rating is not None]
        person_id = self.person_id
        taken_on: date = from_qdate(self.taken_on.date())
        self.save_button.setEnabled(False)
        self._tasks.run(
            lambda vault: service.save_checkin(
                vault, person_id=person_id, taken_on=taken_on, answers=answers
            ),
            on_done=self._saved,
            on_error=self._failed,
        )

    def _saved(self, checkin: Any) -> None:
        self.saved.emit(checkin.id)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.problem.setText(describe_error(error))
        self.problem.show()

    def clear_and_close(self) -> None:
        """Drop every word shown, then close (locking)."""
        for row in self.rows:
            row.name.clear()
            row.words.clear()
        self.heading.clear()
        self.reject()


__all__ = ["CheckinDialog", "RatingChoice"]
