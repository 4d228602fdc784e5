"""The reflection editor: the peer's own, private reciprocity reflection,
linked to an encounter or on its own. Marked private where it shows."""

from __future__ import annotations

import contextlib
from datetime import datetime
from typing import Any

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from peerjournal.core.models import Encounter, Reflection, SelfCheck
from peerjournal.services.ids import new_id
from peerjournal.ui.views.editor_base import RecordEditor
from peerjournal.ui.widgets.autosave import TaskRunner
from peerjournal.ui.widgets.date_fields import (
    date_time_field,
    from_qdatetime,
    this_minute,
    to_qdatetime,
)
from peerjournal.ui.widgets.hint_preferences import hint_preferences
from peerjournal.ui.widgets.prompt_field import PromptField


def lock_pixmap(size: int, colour: QColor, ratio: float = 1.0) -> QPixmap:
    """A small padlock, drawn (no icon font needed), sharp on high-DPI screens."""
    pixmap = QPixmap(QSize(round(size * ratio), round(size * ratio)))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(colour, max(1.5, size / 9))
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    shackle = QRectF(size * 0.28, size * 0.08, size * 0.44, size * 0.5)
    painter.drawArc(shackle, 0, 180 * 16)
    painter.drawLine(
        QPointF(shackle.left(), shackle.center().y()), QPointF(shackle.left(), size * 0.45)
    )
    painter.drawLine(
        QPointF(shackle.right(), shackle.center().y()), QPointF(shackle.right(), size * 0.45)
    )
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawRoundedRect(
        QRectF(size * 0.16, size * 0.44, size * 0.68, size * 0.5), size * 0.08, size * 0.08
    )
    painter.end()
    return pixmap


class PrivateBanner(QFrame):
    """ "Private — only you see this": a lock and a plain sentence."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, palette.color(QPalette.ColorRole.AlternateBase))
        self.setPalette(palette)
        text_colour = palette.color(QPalette.ColorRole.WindowText)
        self.icon = QLabel(self)
        self.icon.setPixmap(lock_pixmap(18, text_colour, self.devicePixelRatioF()))
        self.icon.setAccessibleName(self.tr("Private"))
        self.sentence = QLabel(
            self.tr("Private — only you see this; never in letters or reports."), self
        )
        self.sentence.setWordWrap(True)
        self.sentence.setAccessibleName(
            self.tr("Private — only you see this; never in letters or reports.")
        )
        font = self.sentence.font()
        font.setBold(True)
        self.sentence.setFont(font)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.icon)
        layout.addWidget(self.sentence, 1)


class ReflectionEditor(RecordEditor):
    """Write or edit one reciprocity reflection.

    Signals: saved(record id), closed. Closing empties every field."""

    kind = "reflection"

    def __init__(
        self,
        tasks: TaskRunner,
        encounter_id: str | None = None,
        reflection: Reflection | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(tasks, reflection.id if reflection else new_id("reflections"), parent)
        hint_preferences().follow(tasks)  # the journal's words never hinted
        if encounter_id is None and reflection is not None:
            encounter_id = reflection.encounter_id
        self.encounter_id = encounter_id
        self.setWindowTitle(self.tr("Reflection (private)"))
        self.setAccessibleName(self.tr("Reflection editor, private"))

        self.banner = PrivateBanner(self)

        self.written = date_time_field(self, self.tr("Written"))
        written_label = QLabel(self.tr("&Written"), self)
        written_label.setBuddy(self.written)

        self.linked = QCheckBox(self.tr("&Linked to an encounter"), self)
        self.linked.setAccessibleName(self.tr("Linked to an encounter"))
        self.linked.setChecked(encounter_id is not None)
        self.linked.setVisible(encounter_id is not None)
        self.on_its_own = QLabel(self.tr("On its own, not linked to an encounter."), self)
        self.on_its_own.setVisible(encounter_id is None)
        top = QHBoxLayout()
        top.addWidget(written_label)
        top.addWidget(self.written)
        top.addSpacing(16)
        top.addWidget(self.linked)
        top.addWidget(self.on_its_own)
        top.addStretch(1)

        self.what_i_shared = PromptField(
            self.tr("What I &shared of my story"), lines=2, parent=self,
            in_reflection=True,
        )
        # Reciprocity runs both ways: why I shared, and what I learned from them.
        self.why_i_shared = PromptField(
            self.tr("Wh&y I shared it — for them, or for me?"), lines=2, parent=self,
            in_reflection=True,
        )
        self.learned_from_them = PromptField(
            self.tr("What I learned &from them"), lines=2, parent=self,
            in_reflection=True,
        )
        self.what_i_learned = PromptField(
            self.tr("What I l&earned about my own wound and healing"), lines=2, parent=self,
            in_reflection=True,
        )
        self.unique = PromptField(self.tr("What is &uniquely theirs"), lines=1, parent=self,
                                  in_reflection=True)
        self.universal = PromptField(self.tr("What is uni&versal"), lines=1, parent=self,
                                     in_reflection=True)
        self.self_care = PromptField(
            self.tr("What I &need now"),
            lines=1,
            placeholder=self.tr("Rest, a meeting, a call to my own supervisor or sponsor…"),
            parent=self,
            in_reflection=True,
        )
        self.prompts = (
            self.what_i_shared,
            self.why_i_shared,
            self.learned_from_them,
            self.what_i_learned,
            self.unique,
            self.universal,
            self.self_care,
        )

        # A private mirror, not a score: nothing is counted or shown anywhere else.
        # (A plain frame, not a QGroupBox: a group box's title is left out of its
        # height-for-width, and the form then cut its check boxes in half.)
        self.self_check_box = QFrame(self)
        self.self_check_box.setAccessibleName(self.tr("What I noticed in myself"))
        title = QLabel(self.tr("What I noticed in myself (a mirror, not a score)"),
                       self.self_check_box)
        title.setWordWrap(True)
        bold = title.font()
        bold.setBold(True)
        title.setFont(bold)
        self.self_check = {
            SelfCheck.RUSHED: QCheckBox(self.tr("I &rushed"), self.self_check_box),
            SelfCheck.COMPARED: QCheckBox(
                self.tr("I &compared their story with mine or another's"), self.self_check_box),
            SelfCheck.TRIED_TO_FIX: QCheckBox(self.tr("I tried to fi&x or save"),
                                              self.self_check_box),
        }
        checks = QVBoxLayout(self.self_check_box)
        checks.setContentsMargins(0, 0, 0, 0)
        checks.setSpacing(2)
        checks.addWidget(title)
        for check in self.self_check.values():
            checks.addWidget(check)
        self.self_check_box.setSizePolicy(QSizePolicy.Policy.Preferred,
                                          QSizePolicy.Policy.Fixed)

        # Seven questions and the self-check: on a small screen or a large font
        # they scroll rather than squeeze (the banner and buttons stay in view).
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 4, 0)
        body_layout.setSpacing(10)
        for field in self.prompts:
            body_layout.addWidget(field, 1)
        body_layout.addWidget(self.self_check_box)
        self.body = QScrollArea(self)
        self.body.setWidgetResizable(True)
        self.body.setFrameShape(QFrame.Shape.NoFrame)
        self.body.setWidget(body)

        layout = self._page()
        layout.addWidget(self.banner)
        layout.addLayout(top)
        layout.addWidget(self.body, 1)
        self._end_page(layout)

        self._tab_order([self.written, self.linked, *(field.editor for field in self.prompts),
                         *self.self_check.values()])

        self._show(reflection)
        self._finish_setup()
        self._watch_all(
            self.written.dateTimeChanged,
            self.linked.toggled,
            *(field.text_changed for field in self.prompts),
            *(check.toggled for check in self.self_check.values()),
        )
        self.resize(660, 820)
        self.what_i_shared.editor.setFocus()
        self._load_encounter_date()

    @classmethod
    def for_context(
        cls, tasks: TaskRunner, context: dict[str, Any], parent: QWidget | None
    ) -> ReflectionEditor:
        encounter_id = context.get("encounter_id")
        return cls(tasks, str(encounter_id) if encounter_id else None, None, parent)

    def _load_encounter_date(self) -> None:
        encounter_id = self.encounter_id
        if encounter_id is None:
            return

        def shown(encounter: Encounter) -> None:
            self.linked.setText(
                self.tr("&Linked to the encounter on {day}").format(
                    day=encounter.occurred_at.date().isoformat()
                )
            )

        self._show_when_found(Encounter, encounter_id, shown)

    def _show(self, reflection: Reflection | None) -> None:
        if reflection is None:
            self.written.setDateTime(this_minute())
            return
        self.written.setDateTime(to_qdatetime(reflection.written_at))
        self.what_i_shared.set_text(reflection.what_i_shared or "")
        self.why_i_shared.set_text(reflection.why_i_shared or "")
        self.learned_from_them.set_text(reflection.learned_from_them or "")
        self.what_i_learned.set_text(reflection.what_i_learned or "")
        for word, check in self.self_check.items():
            check.setChecked(word in reflection.self_check)
        self.unique.set_text(reflection.unique or "")
        self.universal.set_text(reflection.universal or "")
        self.self_care.set_text(reflection.self_care or "")

    def fields(self) -> dict[str, Any]:
        """Every field, JSON-able, for drafts."""
        return {
            "written_at": from_qdatetime(self.written.dateTime()).isoformat(timespec="minutes"),
            "linked": self.linked.isChecked(),
            "what_i_shared": self.what_i_shared.text(),
            "why_i_shared": self.why_i_shared.text(),
            "learned_from_them": self.learned_from_them.text(),
            "what_i_learned": self.what_i_learned.text(),
            "unique": self.unique.text(),
            "universal": self.universal.text(),
            "self_care": self.self_care.text(),
            "self_check": [str(word) for word, check in self.self_check.items()
                           if check.isChecked()],
        }

    def apply_fields(self, fields: dict[str, Any]) -> None:
        """Show the fields of a draft."""
        with contextlib.suppress(KeyError, ValueError):
            self.written.setDateTime(
                to_qdatetime(datetime.fromisoformat(str(fields["written_at"])))
            )
        if self.encounter_id is not None:
            self.linked.setChecked(bool(fields.get("linked", True)))
        for name, field in zip(
            ("what_i_shared", "why_i_shared", "learned_from_them", "what_i_learned", "unique",
             "universal", "self_care"),
            self.prompts,
            strict=True,
        ):
            field.set_text(str(fields.get(name) or ""))
        noticed = fields.get("self_check") or []
        for word, check in self.self_check.items():
            check.setChecked(str(word) in noticed)

    def context(self) -> dict[str, Any]:
        return {"encounter_id": self.encounter_id}

    def problems(self) -> list[tuple[str, QWidget]]:
        """A reflection needs at least a few words somewhere."""
        if all(field.is_empty() for field in self.prompts) and not any(
                check.isChecked() for check in self.self_check.values()):
            return [
                (
                    self.tr("Write something in at least one of the prompts."),
                    self.what_i_shared.editor,
                )
            ]
        return []

    def build_record(self) -> Reflection:
        """The reflection as typed, every word kept exactly."""
        return Reflection(
            id=self.record_id,
            written_at=from_qdatetime(self.written.dateTime()),
            encounter_id=self.encounter_id if self.linked.isChecked() else None,
            what_i_shared=self.what_i_shared.text() or None,
            what_i_learned=self.what_i_learned.text() or None,
            unique=self.unique.text() or None,
            universal=self.universal.text() or None,
            self_care=self.self_care.text() or None,
            learned_from_them=self.learned_from_them.text() or None,
            why_i_shared=self.why_i_shared.text() or None,
            self_check=tuple(word for word, check in self.self_check.items()
                             if check.isChecked()),
        )

    def clear_widgets(self) -> None:
        """Drop every word (and undo history) for locking."""
        for field in self.prompts:
            field.clear_secure()
        for check in self.self_check.values():
            check.setChecked(False)


__all__ = ["PrivateBanner", "ReflectionEditor", "lock_pixmap"]
