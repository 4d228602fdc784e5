"""A person's timeline as readable entries, not a spreadsheet grid: each entry
shows its date and kind (with a small mark of its kind's colour) on one line,
and the first words of their story under it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from peerjournal.ui.models.base import ROW_ROLE

KIND_COLOURS = {
    "encounter": "#2f6f73",
    "reflection": "#7a5c99",
    "goal": "#8a6d1f",
    "consent": "#3f6fb0",
    "referral": "#b0573f",
}
"""A calm colour per kind (a mark beside the words, never the only sign: the kind is written)."""

PAD = 8


class TimelineDelegate(QStyledItemDelegate):
    """Two lines per entry: "date · kind", then the first words."""

    def __init__(self, model: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        height = option.fontMetrics.height()
        return QSize(200, height * 2 + PAD * 2 + 2)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        item = index.data(ROW_ROLE)
        if item is None:
            super().paint(painter, option, index)
            return
        painter.save()
        style = option.widget.style() if option.widget is not None else None
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter,
                                option.widget)
        palette = option.palette
        text_colour = palette.color(QPalette.ColorRole.HighlightedText if selected
                                    else QPalette.ColorRole.Text)
        muted = QColor(text_colour)
        if not selected:
            muted = palette.color(QPalette.ColorRole.PlaceholderText)
        rect = option.rect.adjusted(PAD, PAD, -PAD, -PAD)
        mark = QRect(rect.left(), rect.top() + 2, 4, rect.height() - 4)
        painter.fillRect(mark, QColor(KIND_COLOURS.get(item.kind, "#6b7075")))
        text_rect = rect.adjusted(12, 0, 0, 0)
        line = option.fontMetrics.height()
        head_font = QFont(option.font)
        head_font.setWeight(QFont.Weight.DemiBold)
        painter.setFont(head_font)
        painter.setPen(text_colour)
        head = f"{self._model.when_label(item)}  ·  {self._model.kind_label(item.kind)}"
        painter.drawText(QRect(text_rect.left(), text_rect.top(), text_rect.width(), line),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         painter.fontMetrics().elidedText(head, Qt.TextElideMode.ElideRight,
                                                          text_rect.width()))
        painter.setFont(option.font)
        painter.setPen(muted if not selected else text_colour)
        words = self._model.summary(item)
        painter.drawText(QRect(text_rect.left(), text_rect.top() + line + 2, text_rect.width(),
                               line),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         option.fontMetrics.elidedText(words, Qt.TextElideMode.ElideRight,
                                                       text_rect.width()))
        painter.restore()


class TimelineView(QListView):
    """The timeline list: one entry per row, keyboard friendly."""

    def __init__(self, model: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setItemDelegate(TimelineDelegate(model, self))
        self.setUniformItemSizes(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setSpacing(1)

    def selectRow(self, row: int) -> None:
        """Select one entry (and make it current), as a table's selectRow does."""
        index = self.model().index(row, 0)
        self.setCurrentIndex(index)
