"""A signature pad: the person signs with a finger, a pen or the mouse.

Strokes are kept as vectors in the fixed canvas of core.signature (whatever
the pad's size on screen) and drawn smooth, the same way the consent PDF
draws them. Drawing repaints only the few pixels around the newest piece of
the stroke; finished strokes are painted from a cached picture.

No keyboard trap: the pad takes focus with Tab (so a screen reader announces
it) and gives it up with Tab; it draws nothing from keys. Undo and clear are
methods for the buttons beside it, and Ctrl+Z undoes while it has focus.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QImage,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPixmap,
    QResizeEvent,
    QTabletEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from peerjournal.core import signature
from peerjournal.core.signature import Point, Signature, Stroke

INK = QColor("#1f2328")
LINE = QColor("#8c959f")
PEN_UNITS = 3.2  # pen width in canvas units


def stroke_path(stroke: Stroke) -> QPainterPath:
    """The smooth path of one stroke, in canvas units (core.signature.smooth_segments)."""
    path = QPainterPath()
    for segment in signature.smooth_segments(stroke):
        if segment[0] == "M":
            path.moveTo(segment[1], segment[2])
        elif segment[0] == "L":
            path.lineTo(segment[1], segment[2])
        else:
            path.quadTo(segment[1], segment[2], segment[3], segment[4])
    return path


def paint_strokes(painter: QPainter, strokes: tuple[Stroke, ...] | list[Stroke]) -> None:
    """Paint strokes in canvas units (the painter is already scaled)."""
    pen = QPen(INK, PEN_UNITS, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for stroke in strokes:
        painter.drawPath(stroke_path(stroke))


def signature_image(strokes: tuple[Stroke, ...], scale: float = 1.0) -> QImage:
    """The signature as an image: white, the strokes in ink (deterministic)."""
    size = QSize(round(signature.WIDTH * scale), round(signature.HEIGHT * scale))
    image = QImage(size, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(scale, scale)
    paint_strokes(painter, strokes)
    painter.end()
    return image


class SignaturePad(QWidget):
    """Draw a signature. Signals: `changed()` after every stroke, undo or clear."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, name: str = "") -> None:
        super().__init__(parent)
        self._strokes: list[Stroke] = []
        self._current: list[Point] = []
        self._cache: QPixmap | None = None
        self._read_only = False
        self.setAccessibleName(name or self.tr("Signature pad"))
        self.setAccessibleDescription(
            self.tr("Sign here with a finger, a pen or the mouse. Tab moves on.")
        )
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumSize(360, 120)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setCursor(Qt.CursorShape.CrossCursor)

    # ----- what it holds -----

    def strokes(self) -> tuple[Stroke, ...]:
        return tuple(self._strokes)

    def is_empty(self) -> bool:
        return not self._strokes

    def signature(self, on: date) -> Signature | None:
        """The strokes drawn, signed `on`; None when nothing is drawn."""
        return Signature(tuple(self._strokes), on) if self._strokes else None

    def set_strokes(self, strokes: tuple[Stroke, ...], *, read_only: bool = False) -> None:
        """Show strokes (a signature kept earlier)."""
        self._strokes = [tuple(s) for s in strokes]
        self._current = []
        self._read_only = read_only
        self._invalidate()

    def undo(self) -> None:
        """Take back the last stroke."""
        if self._strokes and not self._read_only:
            self._strokes.pop()
            self._invalidate()
            self.changed.emit()

    def clear(self) -> None:
        """Take back every stroke."""
        if (self._strokes or self._current) and not self._read_only:
            self._strokes.clear()
            self._current = []
            self._invalidate()
            self.changed.emit()

    def image(self, scale: float = 1.0) -> QImage:
        return signature_image(self.strokes(), scale)

    # ----- geometry: the canvas letterboxed in the widget -----

    def sizeHint(self) -> QSize:
        return QSize(600, 200)

    def heightForWidth(self, width: int) -> int:
        return round(width * signature.HEIGHT / signature.WIDTH)

    def _scale(self) -> float:
        return min(self.width() / signature.WIDTH, self.height() / signature.HEIGHT)

    def _origin(self) -> QPointF:
        scale = self._scale()
        return QPointF(
            (self.width() - signature.WIDTH * scale) / 2,
            (self.height() - signature.HEIGHT * scale) / 2,
        )

    def _to_canvas(self, pos: QPointF) -> Point:
        scale = self._scale() or 1.0
        origin = self._origin()
        return signature.clamp_point((pos.x() - origin.x()) / scale, (pos.y() - origin.y()) / scale)

    def _to_widget(self, point: Point) -> QPointF:
        scale = self._scale()
        origin = self._origin()
        return QPointF(origin.x() + point[0] * scale, origin.y() + point[1] * scale)

    # ----- drawing -----

    def _begin(self, pos: QPointF) -> None:
        if self._read_only:
            return
        self._current = [self._to_canvas(pos)]
        self._update_around(self._current[-1], self._current[-1])

    def _extend(self, pos: QPointF) -> None:
        if self._read_only or not self._current:
            return
        point = self._to_canvas(pos)
        if point == self._current[-1]:
            return
        if sum(map(len, self._strokes)) + len(self._current) >= signature.MAX_POINTS:
            return  # a signature, not a drawing: the rest of this stroke is not kept
        before = self._current[-2] if len(self._current) > 1 else self._current[-1]
        self._current.append(point)
        self._update_around(before, point)

    def _end(self) -> None:
        if self._read_only or not self._current:
            return
        stroke = tuple(self._current)
        self._strokes.append(stroke)
        self._current = []
        if self._cache is not None and self._cache.size() == self.size():
            # Add the finished stroke to the cached picture; no redraw of the others.
            painter = QPainter(self._cache)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.translate(self._origin())
            painter.scale(self._scale(), self._scale())
            paint_strokes(painter, [stroke])
            painter.end()
            path = stroke_path(stroke).boundingRect()
            scale, origin = self._scale(), self._origin()
            dirty = QRectF(
                origin.x() + path.x() * scale,
                origin.y() + path.y() * scale,
                path.width() * scale,
                path.height() * scale,
            )
            self.update(dirty.toAlignedRect().adjusted(-6, -6, 6, 6))
        else:
            self._invalidate()
        self.changed.emit()

    def _update_around(self, a: Point, b: Point) -> None:
        pa, pb = self._to_widget(a), self._to_widget(b)
        margin = PEN_UNITS * self._scale() + 3
        rect = QRectF(pa, pb).normalized().adjusted(-margin, -margin, margin, margin)
        # The smoothing bends the last piece back to the previous midpoint: cover it too.
        self.update(rect.toAlignedRect().adjusted(-4, -4, 4, 4))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._begin(event.position())
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._extend(event.position())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._end()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def tabletEvent(self, event: QTabletEvent) -> None:
        kind = event.type()
        if kind == QTabletEvent.Type.TabletPress:
            self._begin(event.position())
        elif kind == QTabletEvent.Type.TabletMove:
            self._extend(event.position())
        elif kind == QTabletEvent.Type.TabletRelease:
            self._end()
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Ctrl+Z undoes; every other key (Tab above all) does what it does anywhere.
        if event.matches(QKeySequence.StandardKey.Undo):
            self.undo()
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)

    # ----- painting -----

    def _invalidate(self) -> None:
        self._cache = None
        self.update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._cache = None
        super().resizeEvent(event)

    def _background(self) -> QPixmap:
        if self._cache is None or self._cache.size() != self.size():
            pixmap = QPixmap(self.size())
            pixmap.fill(QColor("white"))
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            scale, origin = self._scale(), self._origin()
            # The line to sign on, a third of the way up.
            painter.setPen(QPen(LINE, 1))
            base = origin.y() + signature.HEIGHT * scale * 0.78
            painter.drawLine(
                QPointF(origin.x() + 16, base),
                QPointF(origin.x() + signature.WIDTH * scale - 16, base),
            )
            painter.drawText(QPointF(origin.x() + 16, base - 4), "×")
            painter.translate(origin)
            painter.scale(scale, scale)
            paint_strokes(painter, self._strokes)
            painter.end()
            self._cache = pixmap
        return self._cache

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        clip: QRect = event.rect()
        painter.drawPixmap(clip, self._background(), clip)
        if self._current:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.translate(self._origin())
            scale = self._scale()
            painter.scale(scale, scale)
            paint_strokes(painter, [tuple(self._current)])
        if self.hasFocus():
            painter.resetTransform()
            painter.setPen(QPen(self.palette().highlight().color(), 2))
            painter.drawRect(self.rect().adjusted(1, 1, -2, -2))
        painter.end()


__all__ = ["SignaturePad", "paint_strokes", "signature_image", "stroke_path"]
