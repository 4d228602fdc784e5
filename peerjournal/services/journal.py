"""Journal use cases shared by the window and the command: import, export, the
person's timeline, and follow-ups due."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from peerjournal.core import interchange
from peerjournal.core.models import Consent, Encounter, Goal, Person, Referral, Reflection
from peerjournal.services.ids import new_id

if TYPE_CHECKING:
    from peerjournal.vault import Vault

__all__ = [
    "FollowUp",
    "TimelineItem",
    "complete_follow_up",
    "export_document",
    "follow_ups_due",
    "import_document",
    "new_id",
    "timeline",
]

TimelineRecord = Encounter | Reflection | Goal | Consent | Referral


@dataclass(frozen=True, slots=True)
class TimelineItem:
    """One row of a person's timeline. `title` is short text for a list row."""

    kind: str  # encounter, reflection, goal, consent, referral
    id: str
    when: datetime
    title: str
    record: TimelineRecord


@dataclass(frozen=True, slots=True)
class FollowUp:
    """Something to follow up on: an encounter's or a referral's follow-up date."""

    kind: str  # encounter or referral
    id: str
    person_id: str
    person_name: str
    due: date
    overdue: bool
    record: Encounter | Referral


def import_document(vault: Vault, text: str | bytes) -> dict[str, int]:
    """Add the records of an interchange-v1 document, all or nothing.

    Raises errors.Invalid (nothing written) when any rule is broken."""
    contents = interchange.parse_document(text, existing=vault.ids())
    vault.add_contents(contents)
    counts = contents.counts()
    counts["profile"] = 1 if contents.profile is not None else 0
    return counts


def export_document(vault: Vault) -> str:
    """The whole journal as interchange-v1 JSON text (plaintext: the caller says where it goes)."""
    return interchange.dump_document(vault.load_contents())


def _at_midnight(day: date) -> datetime:
    return datetime(day.year, day.month, day.day)


def _naive(moment: datetime) -> datetime:
    return moment.replace(tzinfo=None)


def _first_line(text: str | None, fallback: str) -> str:
    if not text:
        return fallback
    line = text.strip().splitlines()[0] if text.strip() else ""
    return (line[:117] + "…") if len(line) > 120 else (line or fallback)


def timeline(vault: Vault, person_id: str) -> list[TimelineItem]:
    """Everything about one person, newest first: encounters (with the peer's
    reflections on them), goals, consents and referrals."""
    items: list[TimelineItem] = []
    for enc in vault.encounters_of(person_id):
        items.append(
            TimelineItem(
                "encounter",
                enc.id,
                _naive(enc.occurred_at),
                _first_line(enc.their_story, enc.mode.value.replace("_", " ")),
                enc,
            )
        )
    # One query for every reflection on this person's encounters, not one per encounter.
    for ref in vault.reflections_of_person(person_id):
        items.append(
            TimelineItem(
                "reflection",
                ref.id,
                _naive(ref.written_at),
                _first_line(ref.what_i_learned or ref.what_i_shared, "Reflection"),
                ref,
            )
        )
    for goal in vault.goals_of(person_id):
        items.append(
            TimelineItem(
                "goal",
                goal.id,
                _at_midnight(goal.set_on),
                _first_line(goal.in_their_words, "Goal"),
                goal,
            )
        )
    for consent in vault.consents_of(person_id):
        items.append(
            TimelineItem(
                "consent",
                consent.id,
                _at_midnight(consent.signed_on),
                _first_line(consent.purpose, "Consent"),
                consent,
            )
        )
    for referral in vault.referrals_of(person_id):
        items.append(
            TimelineItem(
                "referral",
                referral.id,
                _at_midnight(referral.created_on),
                _first_line(referral.reason_in_their_words, "Referral"),
                referral,
            )
        )
    items.sort(key=lambda item: item.when, reverse=True)
    return items


def follow_ups_due(vault: Vault, today: date) -> list[FollowUp]:
    """Follow-ups due today or overdue, the oldest first."""
    names: dict[str, str] = {}
    result: list[FollowUp] = []
    for record in vault.follow_ups_due(today):
        due = record.follow_up_on
        if due is None:
            continue
        if record.person_id not in names:
            person = vault.find(Person, record.person_id)
            names[record.person_id] = person.preferred_name if person else ""
        kind = "encounter" if isinstance(record, Encounter) else "referral"
        result.append(
            FollowUp(
                kind, record.id, record.person_id, names[record.person_id], due, due < today, record
            )
        )
    result.sort(key=lambda f: (f.due, f.person_name.casefold()))
    return result


def complete_follow_up(vault: Vault, kind: str, record_id: str) -> None:
    """The peer followed up: clear the encounter's or referral's follow-up date."""
    record: Encounter | Referral = (
        vault.get(Encounter, record_id) if kind == "encounter" else vault.get(Referral, record_id)
    )
    vault.save(dataclasses.replace(record, follow_up_on=None))
