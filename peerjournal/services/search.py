"""The journal's search as the window shows it: each hit with the name of the
person it is about and the date of its record (one place for the join the
window used to do itself)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from peerjournal.core.models import (
    Consent,
    Encounter,
    Goal,
    Person,
    Referral,
    Reflection,
)

if TYPE_CHECKING:
    from peerjournal.vault import Vault

__all__ = ["SearchResult", "search"]


@dataclass(frozen=True, slots=True)
class SearchResult:
    """One hit: what it is, whose, when, and a short piece of its text."""

    type: str
    id: str
    person_id: str | None
    person_name: str
    snippet: str
    when: date | datetime | None = None


def _when(vault: Vault, kind: str, record_id: str) -> date | datetime | None:
    """The date a record is about (None for people and clinicians)."""
    if kind == "encounter":
        encounter = vault.find(Encounter, record_id)
        return encounter.occurred_at if encounter else None
    if kind == "reflection":
        reflection = vault.find(Reflection, record_id)
        return reflection.written_at if reflection else None
    if kind == "goal":
        goal = vault.find(Goal, record_id)
        return goal.set_on if goal else None
    if kind == "referral":
        referral = vault.find(Referral, record_id)
        return referral.created_on if referral else None
    if kind == "consent":
        consent = vault.find(Consent, record_id)
        return consent.signed_on if consent else None
    return None


def search(vault: Vault, query: str, *, limit: int = 100,
           include_reflections: bool = False) -> list[SearchResult]:
    """Search the journal, best first. Reflections only when asked: the peer's
    private words stay off a shared screen unless the peer ticks them in."""
    names: dict[str, str] = {}
    results: list[SearchResult] = []
    for hit in vault.search(query, limit=limit, include_reflections=include_reflections):
        name = ""
        if hit.person_id:
            if hit.person_id not in names:
                person = vault.find(Person, hit.person_id)
                names[hit.person_id] = person.preferred_name if person else ""
            name = names[hit.person_id]
        results.append(SearchResult(hit.type, hit.id, hit.person_id, name, hit.snippet,
                                    _when(vault, hit.type, hit.id)))
    return results


