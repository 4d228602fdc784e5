"""Growth: what the person set out to do, what they met, and how each part of
life moved, side by side. A mirror, never an assessment: no totals, no scores.
Check-ins never enter a letter or a report; they live here and in their copy."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from peerjournal.core.models import GoalStatus
from peerjournal.services import checkins as service
from peerjournal.ui.a11y import StatusLine, show_content
from peerjournal.ui.models.text import when_text
from peerjournal.ui.tasks import TaskManager, describe_error
from peerjournal.ui.widgets.part_chart import PartChart

CHART_COLUMNS = 2


def _language(_widget: QWidget | None = None) -> str:
    """The window's language (i18n.install sets the default locale), for the
    dates and words a screen reader hears."""
    return "es" if QLocale().name().lower().startswith("es") else "en"


class GrowthView(QDialog):
    """One person's goals beside a picture of each part of life over time.

    Signals: `checkin_saved(id)` after a check-in taken from here."""

    checkin_saved = Signal(str)
    loaded = Signal()

    def __init__(self, tasks: TaskManager, person_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self.person_id = person_id
        self._generation = 0
        self.charts: list[PartChart] = []
        self._cells: list[tuple[QLabel, QLabel, PartChart]] = []
        self.setWindowTitle(self.tr("Growth"))  # never a person's name in a title
        self.setAccessibleName(self.tr("Growth"))

        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        show_content(self.summary, self.tr("Summary"))

        self.goals = QListWidget(self)
        self.goals.setAccessibleName(self.tr("Goals, set and met"))
        self.goals.setWordWrap(True)
        self.goals.setAlternatingRowColors(True)
        goals_label = QLabel(self.tr("<b>&Goals</b>: what they set out to do"), self)
        goals_label.setBuddy(self.goals)
        goals_box = QWidget(self)
        goals_layout = QVBoxLayout(goals_box)
        goals_layout.setContentsMargins(0, 0, 0, 0)
        goals_layout.addWidget(goals_label)
        goals_layout.addWidget(self.goals, 1)

        self.charts_widget = QWidget(self)
        self.charts_grid = QGridLayout(self.charts_widget)
        self.charts_grid.setHorizontalSpacing(18)
        self.charts_grid.setVerticalSpacing(4)
        self.charts_grid.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.empty = QLabel(
            self.tr("No check-ins yet. Take one together: it takes a minute."), self
        )
        self.empty.setWordWrap(True)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.charts_widget)
        parts_label = QLabel(
            self.tr("<b>Parts of life</b>: how each one moved, 1 to 5 (▲ under a picture: "
                    "the day a goal was met)"), self)
        parts_label.setWordWrap(True)
        parts_box = QWidget(self)
        parts_layout = QVBoxLayout(parts_box)
        parts_layout.setContentsMargins(0, 0, 0, 0)
        parts_layout.addWidget(parts_label)
        parts_layout.addWidget(self.empty)
        parts_layout.addWidget(scroll, 1)

        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(goals_box)
        split.addWidget(parts_box)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 5)
        split.setChildrenCollapsible(False)
        split.setSizes([300, 860])

        self.checkin_button = QPushButton(self.tr("New &check-in…"), self)
        self.checkin_button.setAccessibleName(self.tr("New check-in"))
        self.checkin_button.clicked.connect(self.new_checkin)
        self.status = StatusLine(self)
        self.status.setWordWrap(True)
        show_content(self.status, self.tr("Status"))
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.checkin_button)
        buttons.addWidget(self.status, 1)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 12)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)
        self.resize(1040, 660)
        self.reload()

    # ----- what it shows -----

    def reload(self) -> None:
        """Fetch the person's goals and check-ins again (on the journal worker)."""
        self._generation += 1
        generation = self._generation
        person_id, language = self.person_id, _language(self)
        self._tasks.run(
            lambda vault: service.growth(vault, person_id, language),
            on_done=lambda result: self._loaded(generation, result),
            on_error=self._failed,
        )

    def _loaded(self, generation: int, growth: service.Growth) -> None:
        if generation == self._generation:
            self.show_growth(growth)
            self.loaded.emit()

    def show_growth(self, growth: service.Growth) -> None:
        """Show goals and pictures (what `reload` delivers; also for benchmarks)."""
        self.heading.setText(self.tr("Growth: {name}").format(name=growth.person.preferred_name))
        if growth.checkins and growth.first_day and growth.last_day:
            self.summary.setText(
                self.tr(
                    "{n} check-ins from {first} to {last}. Each part stands on its own: "
                    "no totals, no scores."
                ).format(n=growth.checkins, first=when_text(growth.first_day),
                         last=when_text(growth.last_day))
            )
        else:
            self.summary.clear()
        self._show_goals(growth)
        self._show_charts(growth)

    def _show_goals(self, growth: service.Growth) -> None:
        self.goals.clear()
        for goal in growth.goals:
            set_on = self.tr("set {date}").format(date=when_text(goal.set_on))
            if goal.status is GoalStatus.MET and goal.closed_on:
                status = self.tr("✓ met {date}").format(date=when_text(goal.closed_on))
            elif goal.status is GoalStatus.SET_ASIDE and goal.closed_on:
                status = self.tr("set aside {date}").format(date=when_text(goal.closed_on))
            else:
                status = self.tr("still working on it")
            item = QListWidgetItem(f"{goal.in_their_words}\n{set_on} · {status}")
            self.goals.addItem(item)
        if not growth.goals:
            self.goals.addItem(QListWidgetItem(self.tr("No goals written down yet.")))

    def _show_charts(self, growth: service.Growth) -> None:
        """One picture per part, reusing the widgets already made (a reload after a
        check-in repaints; it does not rebuild)."""
        self.empty.setVisible(not growth.series)
        language = _language(self)
        wanted = len(growth.series)
        met = [g.closed_on for g in growth.goals if g.status is GoalStatus.MET and g.closed_on]
        while len(self._cells) < wanted:
            self._cells.append(self._new_cell(len(self._cells)))
        for index, (name, now, chart) in enumerate(self._cells):
            shown = index < wanted
            for widget in (name, now, chart):
                widget.setVisible(shown)
            if not shown:
                chart.clear()
                continue
            series, description = growth.series[index], growth.descriptions[index]
            name.setText(f"<b>{html.escape(series.name)}</b>")
            name.setToolTip(description)
            now.setText(self.tr("Now: {n}").format(n=series.points[-1].rating))
            chart.set_series(series, description, start=growth.first_day, end=growth.last_day,
                             language=language, goals_met=met)
        self.charts = [cell[2] for cell in self._cells[:wanted]]

    def _new_cell(self, index: int) -> tuple[QLabel, QLabel, PartChart]:
        row, column = divmod(index, CHART_COLUMNS)
        name = QLabel(self.charts_widget)
        now = QLabel(self.charts_widget)
        chart = PartChart(self.charts_widget)
        name.setBuddy(chart)
        self.charts_grid.addWidget(name, row * 2, column, Qt.AlignmentFlag.AlignLeft)
        self.charts_grid.addWidget(now, row * 2, column, Qt.AlignmentFlag.AlignRight)
        self.charts_grid.addWidget(chart, row * 2 + 1, column)
        return name, now, chart

    def _failed(self, error: BaseException) -> None:
        self.status.setText(describe_error(error))

    # ----- actions -----

    def new_checkin(self) -> None:
        """Take a check-in now; the pictures follow it."""
        from peerjournal.ui.views.checkin_editor import CheckinDialog

        dialog = CheckinDialog(self._tasks, self.person_id, self)

        def saved(checkin_id: str) -> None:
            self.status.setText(self.tr("Check-in kept."))
            self.checkin_saved.emit(checkin_id)
            self.reload()

        dialog.saved.connect(saved)
        dialog.finished.connect(lambda _result: dialog.deleteLater())
        dialog.open()
        self.checkin_dialog = dialog

    def keyPressEvent(self, event: Any) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)

    def clear_and_close(self) -> None:
        """Drop every word and value shown, then close (locking)."""
        self._generation += 1
        self.heading.clear()
        self.summary.clear()
        self.goals.clear()
        for name, now, chart in self._cells:
            name.clear()
            now.clear()
            name.setToolTip("")
            chart.clear()
        self.close()


__all__ = ["GrowthView"]
