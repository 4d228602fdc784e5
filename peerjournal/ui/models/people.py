"""The people I support: a lazy list, filtered as the peer types."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject

from peerjournal.core.models import Person
from peerjournal.ui.models.base import Column, PagedRowsModel
from peerjournal.ui.tasks import TaskManager


def person_label(person: Person) -> str:
    """How a person shows in a list: the name they like, and pronouns if given."""
    if person.pronouns:
        return f"{person.preferred_name} ({person.pronouns})"
    return person.preferred_name


class PeopleModel(PagedRowsModel):
    """People, a page at a time, matching `filter_text` (the vault filters)."""

    def __init__(self, tasks: TaskManager, page_size: int = 200,
                 parent: QObject | None = None) -> None:
        super().__init__(tasks, page_size, parent)
        self._filter = ""

    def make_columns(self) -> list[Column]:
        return [Column(self.tr("Name"), person_label)]

    @property
    def filter_text(self) -> str:
        return self._filter

    def set_filter(self, text: str) -> None:
        """Show the people whose name matches `text` (all when empty)."""
        self._filter = text.strip()
        self.reload()

    def page_query(self, offset: int, limit: int) -> Callable[[Any], list[Any]]:
        text = self._filter
        return lambda vault: vault.people(text, limit=limit, offset=offset)
