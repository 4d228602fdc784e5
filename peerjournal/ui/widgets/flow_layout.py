"""A layout that puts its widgets in a row and wraps them to the next line
when the row is too narrow (Qt's flow layout example): a row of buttons
that fits in Spanish and at a large font, instead of squeezing their text."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QWidget


class FlowLayout(QLayout):
    """Widgets left to right, wrapping; `add_stretch()` pushes what follows to
    the right end of its line when there is room."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._breaks: set[int] = set()  # indexes after which the rest goes right
        self.setSpacing(spacing)
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    def add_stretch(self) -> None:
        """What is added next sits at the right end of its line, when it fits there."""
        self._breaks.add(len(self._items))

    # ----- QLayout -----

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        width = sum(item.sizeHint().width() for item in self._items)
        width += self.spacing() * max(len(self._items) - 1, 0)
        height = max((item.sizeHint().height() for item in self._items), default=0)
        margins = self.contentsMargins()
        return QSize(width + margins.left() + margins.right(),
                     height + margins.top() + margins.bottom())

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    # ----- placing -----

    def _shown(self, index: int) -> bool:
        widget = self._items[index].widget()
        return widget is None or not widget.isHidden()

    def _group_width(self, start: int) -> int:
        """The width of the items from a stretch to the next one (kept together)."""
        end = min([b for b in self._breaks if b > start] + [len(self._items)])
        shown = [i for i in range(start, end) if self._shown(i)]
        return (sum(self._items[i].sizeHint().width() for i in shown)
                + self.spacing() * max(len(shown) - 1, 0))

    def _lines(self, width: int) -> list[list[int]]:
        lines: list[list[int]] = [[]]
        used = 0
        for index, item in enumerate(self._items):
            if not self._shown(index):
                continue
            wanted = item.sizeHint().width()
            gap = self.spacing() if lines[-1] else 0
            # The group after a stretch moves to a line of its own as a whole,
            # rather than leaving one of its buttons behind.
            if index in self._breaks and lines[-1]:
                group = self._group_width(index)
                if used + gap + group > width and group <= width:
                    lines.append([])
                    used, gap = 0, 0
            if lines[-1] and used + gap + wanted > width:
                lines.append([])
                used, gap = 0, 0
            lines[-1].append(index)
            used += gap + wanted
        return [line for line in lines if line]

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        y = area.y()
        for line in self._lines(area.width()):
            height = max(self._items[i].sizeHint().height() for i in line)
            if move:
                # The items after a stretch go to the right end of the line.
                split = next((n for n, i in enumerate(line) if i in self._breaks and n > 0),
                             len(line))
                if line[0] in self._breaks:  # a group that starts its own line sits right
                    split = 0
                x = area.x()
                for i in line[:split]:
                    size = self._items[i].sizeHint()
                    self._items[i].setGeometry(QRect(QPoint(x, y), size))
                    x += size.width() + self.spacing()
                right = area.right() + 1
                for i in reversed(line[split:]):
                    size = self._items[i].sizeHint()
                    right -= size.width()
                    self._items[i].setGeometry(QRect(QPoint(right, y), size))
                    right -= self.spacing()
            y += height + self.spacing()
        return y - self.spacing() - rect.y() + margins.bottom() if y > area.y() else 0

    def controlTypes(self) -> QSizePolicy.ControlType:
        return QSizePolicy.ControlType.PushButton
