"""What the record editors (encounter, goal, reflection) share on top of
widgets.autosave.DraftingEditor: opening from a kept draft, the page's frame
(fields, then the problem line, then the draft status and the buttons), the
tab order, and a look-up on the journal worker for a heading."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from typing import Any, Self, TypeVar

from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from peerjournal.ui.widgets.autosave import DraftingEditor, Payload, TaskRunner, draft_key

RecordT = TypeVar("RecordT")


class RecordEditor(DraftingEditor):
    """A DraftingEditor laid out as one column of fields above the buttons."""

    @classmethod
    def for_context(
        cls, tasks: TaskRunner, context: dict[str, Any], parent: QWidget | None
    ) -> Self:
        """An empty editor opened with a draft's context (the ids of context())."""
        raise NotImplementedError

    @classmethod
    def from_draft(cls, tasks: TaskRunner, payload: Payload, parent: QWidget | None = None) -> Self:
        """An editor showing a kept draft (see widgets.autosave.DraftRecovery)."""
        editor = cls.for_context(tasks, payload.get("context") or {}, parent)
        editor.record_id = str(payload.get("id") or editor.record_id)
        editor.autosaver.key = draft_key(cls.kind, editor.record_id)
        editor.restore_draft(payload)
        return editor

    def _page(self) -> QVBoxLayout:
        """The editor's column; add the fields, then call `_end_page`."""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 12)
        layout.setSpacing(10)
        return layout

    def _end_page(self, layout: QVBoxLayout) -> None:
        """Below the fields: the problem line, then the draft status and the buttons."""
        layout.addWidget(self.problem_line)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status_line, 1)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)

    def _tab_order(self, fields: Sequence[QWidget]) -> None:
        """Tab goes through the fields in reading order, then Save and Cancel."""
        order = [*fields, self.save_button, self.cancel_button]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

    def _watch_all(self, *signals: Any) -> None:
        """Each change of any of these fields asks for a draft."""
        for signal in signals:
            self._watch(signal)

    def _show_when_found(
        self, kind: type[RecordT], record_id: str, shown: Callable[[RecordT], None]
    ) -> None:
        """Find a record on the worker and pass it to `shown`, unless it is gone
        or the editor closed meanwhile (a failure only leaves the heading plain)."""

        def found(record: RecordT | None) -> None:
            if record is not None and not self.is_finished:
                shown(record)

        self.tasks.run(
            lambda vault: vault.find(kind, record_id), on_done=found, on_error=lambda _error: None
        )


__all__ = ["RecordEditor"]
