"""A small picture of one part of life over time.

Readable in black and white: a 1-to-5 grid, a dark line through round marks,
and the person's number above each mark (some, when they would crowd: the
first, the last and each change). Readable by a screen reader: the accessible
description holds every value with its day (core.checkins.describe_series).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from peerjournal.core.checkins import PartSeries, labelled_marks, short_date
from peerjournal.core.models import RATING_HIGHEST, RATING_LOWEST


class PartChart(QWidget):
    """One part's ratings, oldest on the left. Set with `set_series`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._series: PartSeries | None = None
        self._start: date | None = None
        self._end: date | None = None
        self._language = "en"
        self._goals_met: tuple[date, ...] = ()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a screen reader reaches it with Tab
        self.setMinimumHeight(110)

    def sizeHint(self) -> QSize:
        return QSize(340, 118)

    def set_series(
        self,
        series: PartSeries,
        description: str,
        *,
        start: date | None = None,
        end: date | None = None,
        language: str = "en",
        goals_met: Sequence[date] = (),
    ) -> None:
        """Show one part's ratings; `description` is what a screen reader says.
        `goals_met`: days a goal was met, marked under the line with a small ▲."""
        self._series = series
        self._goals_met = tuple(goals_met)
        self._start, self._end, self._language = start, end, language
        self.setAccessibleName(series.name)
        self.setAccessibleDescription(description)
        self.setToolTip(description)
        self.update()

    def clear(self) -> None:
        """Forget the values shown (locking)."""
        self._series = None
        self.setAccessibleName("")
        self.setAccessibleDescription("")
        self.setToolTip("")
        self.update()

    @property
    def series(self) -> PartSeries | None:
        return self._series

    def paintEvent(self, _event: QPaintEvent) -> None:
        series = self._series
        if series is None or not series.points:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        if self.hasFocus():  # reached with Tab: show where the keyboard is
            focus_pen = QPen(palette.color(palette.ColorRole.Highlight), 2)
            painter.setPen(focus_pen)
            painter.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))
        ink = palette.color(palette.ColorRole.WindowText)
        faint = palette.color(palette.ColorRole.Mid)
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() * 0.8))
        metrics = QFontMetrics(small)
        number_font = QFont(small)
        number_font.setBold(True)
        line_h = metrics.height()
        left = metrics.horizontalAdvance("5") + 8.0
        right = 10.0
        top = line_h + 4.0  # the row of numbers
        bottom = line_h + 4.0  # the first and last days
        plot = QRectF(left, top, max(10.0, self.width() - left - right),
                      max(10.0, self.height() - top - bottom))
        points = series.points
        first = self._start or points[0].day
        last = self._end or points[-1].day
        span = max(1, (last - first).days)

        def x_of(day: date) -> float:
            if first == last:
                return plot.center().x()
            return plot.left() + plot.width() * (day - first).days / span

        def y_of(rating: int) -> float:
            share = (rating - RATING_LOWEST) / (RATING_HIGHEST - RATING_LOWEST)
            return plot.bottom() - plot.height() * share

        painter.setFont(small)
        for level in range(RATING_LOWEST, RATING_HIGHEST + 1):
            y = y_of(level)
            pen = QPen(faint, 1)
            if level not in (RATING_LOWEST, RATING_HIGHEST):
                pen.setStyle(Qt.PenStyle.DotLine)
            painter.setPen(pen)
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(ink)
            painter.drawText(QRectF(0, y - line_h / 2, left - 4, line_h),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             str(level))
        marks = [QPointF(x_of(p.day), y_of(p.rating)) for p in points]
        painter.setPen(QPen(ink, 2))
        if len(marks) > 1:
            painter.drawPolyline(QPolygonF(marks))
        painter.setBrush(ink)
        painter.setPen(QPen(palette.color(palette.ColorRole.Base), 1))
        for mark in marks:
            painter.drawEllipse(mark, 3.5, 3.5)
        painter.setFont(number_font)
        painter.setPen(ink)
        gap = metrics.horizontalAdvance("5") + 5
        for index in labelled_marks([mark.x() for mark in marks], gap):
            painter.drawText(QRectF(marks[index].x() - 10, 0, 20, line_h),
                             Qt.AlignmentFlag.AlignCenter, str(points[index].rating))
        # Goals met: a small dark triangle under the grid, at its day (shape, not colour).
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(ink)
        for day in self._goals_met:
            if first <= day <= last:
                x = x_of(day)
                tip = plot.bottom() + 2
                painter.drawPolygon(QPolygonF([QPointF(x, tip), QPointF(x - 4, tip + 7),
                                               QPointF(x + 4, tip + 7)]))
        painter.setPen(ink)
        painter.setFont(small)
        days_y = plot.bottom() + 4
        painter.drawText(QRectF(plot.left(), days_y, plot.width(), line_h),
                         Qt.AlignmentFlag.AlignLeft, short_date(first, self._language))
        if last != first:
            painter.drawText(QRectF(plot.left(), days_y, plot.width(), line_h),
                             Qt.AlignmentFlag.AlignRight, short_date(last, self._language))
        painter.end()


__all__ = ["PartChart"]
