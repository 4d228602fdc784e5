"""My reflections: the peer's own learning log, newest first, lazily."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from peerjournal.core.models import Reflection
from peerjournal.ui.models.base import Column, PagedRowsModel
from peerjournal.ui.models.text import first_line, when_text


def reflection_summary(reflection: Reflection) -> str:
    """The first words the peer wrote, whichever prompt they answered first."""
    for text in (reflection.what_i_learned, reflection.learned_from_them,
                 reflection.what_i_shared, reflection.why_i_shared, reflection.unique,
                 reflection.universal, reflection.self_care):
        if text and text.strip():
            return first_line(text)
    return ""


class ReflectionsModel(PagedRowsModel):
    """Every reflection of the journal, private to the peer."""

    def make_columns(self) -> list[Column]:
        return [
            Column(self.tr("Written"), lambda r: when_text(r.written_at, relative=True)),
            Column(self.tr("Linked to an encounter"),
                   lambda r: self.tr("Yes") if r.encounter_id else self.tr("No")),
            Column(self.tr("What I learned"), reflection_summary),
        ]

    def page_query(self, offset: int, limit: int) -> Callable[[Any], list[Any]]:
        return lambda vault: vault.reflections(limit=limit, offset=offset)
