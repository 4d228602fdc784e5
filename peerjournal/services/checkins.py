"""Check-ins, the Growth view's data, and a person's own copy of their record:
what the window and the command call."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from peerjournal import paths
from peerjournal.core.checkins import (
    CopyMade,
    GoalLine,
    LifePart,
    PartSeries,
    default_parts,
    describe_series,
    goal_lines,
    part_series,
)
from peerjournal.core.models import Checkin, CheckinPart, Clinician, Person
from peerjournal.core.their_copy import build_their_copy, copy_language
from peerjournal.core.their_copy_text import copy_words
from peerjournal.errors import Invalid
from peerjournal.services.ids import new_id

if TYPE_CHECKING:
    from peerjournal.vault import Vault

__all__ = [
    "Growth",
    "PartAnswer",
    "TheirCopy",
    "default_parts",
    "growth",
    "make_their_copy",
    "parts_to_offer",
    "record_copy",
    "save_checkin",
    "write_their_copy",
]


@dataclass(frozen=True, slots=True)
class PartAnswer:
    """One row of a check-in as the person gave it. `part_id` names one of their
    parts (a different name renames it); None is a part new today. A rating of
    None means "not this time"."""

    name: str
    rating: int | None
    in_their_words: str | None = None
    part_id: str | None = None


def parts_to_offer(vault: Vault, person: Person, language: str | None = None) -> list[LifePart]:
    """The person's own parts; when they have none, the gentle default list (not yet
    kept) in their language, else in `language` (the window's)."""
    mine = vault.life_parts_of(person.id)
    if mine:
        return mine
    return [
        LifePart(id="", person_id=person.id, name=name, position=index)
        for index, name in enumerate(default_parts(person.preferred_language or language))
    ]


def save_checkin(
    vault: Vault,
    *,
    person_id: str,
    taken_on: date,
    answers: Sequence[PartAnswer],
    checkin_id: str | None = None,
) -> Checkin:
    """Keep a check-in and the person's parts as they named them today, in one
    transaction. Invalid with a plain sentence, nothing written, for a part with a
    rating but no name, a rating outside 1 to 5, no rating at all, or a new name
    another of their parts already has."""
    for answer in answers:
        if (answer.rating is not None or answer.part_id) and not answer.name.strip():
            raise Invalid("Each part of life needs a name, in the person's own words.")
    checkin = Checkin(
        id=checkin_id or new_id("ci"),
        person_id=person_id,
        taken_on=taken_on,
        parts=tuple(
            CheckinPart(
                name=a.name.strip(),
                rating=a.rating,
                in_their_words=(a.in_their_words or "").strip() or None,
            )
            for a in answers
            if a.rating is not None
        ),
    )
    current = {part.id: part.name for part in vault.life_parts_of(person_id)}
    renames: dict[str, str] = {}
    new_parts: list[str] = []
    for answer in answers:
        name = answer.name.strip()
        if answer.part_id and answer.part_id in current:
            if current[answer.part_id] != name:
                renames[answer.part_id] = name
        elif name and name not in current.values() and name not in new_parts:
            new_parts.append(name)  # joins their list in the order shown, rated or not
    vault.save_checkin(checkin, renames=renames, new_parts=new_parts)
    return checkin


@dataclass(frozen=True, slots=True)
class Growth:
    """What the Growth view shows: goals set and met beside each part's picture."""

    person: Person
    goals: tuple[GoalLine, ...]
    series: tuple[PartSeries, ...]
    descriptions: tuple[str, ...]  # one per series: the values in words
    checkins: int
    first_day: date | None
    last_day: date | None


def growth(vault: Vault, person_id: str, language: str = "en") -> Growth:
    """The person's goals and each part of life over time (check-ins oldest first)."""
    person = vault.get(Person, person_id)
    checkins = vault.checkins_of(person_id)
    order = [part.name for part in vault.life_parts_of(person_id)]
    series = tuple(part_series(checkins, order))
    days = [c.taken_on for c in checkins]
    return Growth(
        person=person,
        goals=tuple(goal_lines(vault.goals_of(person_id))),
        series=series,
        descriptions=tuple(describe_series(s, language) for s in series),
        checkins=len(checkins),
        first_day=min(days) if days else None,
        last_day=max(days) if days else None,
    )


@dataclass(frozen=True, slots=True)
class TheirCopy:
    """A person's copy, made in memory: the caller saves or prints it, then records it."""

    person_id: str
    pdf: bytes
    language: str
    period_from: date | None

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.pdf).hexdigest()


def make_their_copy(
    vault: Vault,
    person_id: str,
    *,
    since: date | None = None,
    language: str | None = None,
    today: date | None = None,
) -> TheirCopy:
    """Render the person's own copy of their record (NotFound for an unknown id).

    Never the peer's reflections, their notes about the person, or anyone else."""
    from peerjournal.render.their_copy import render_their_copy

    person = vault.find(Person, person_id)
    if person is None:
        raise Invalid(f"There is no person with the id {person_id}.")
    lang = copy_language(language, person)
    w = copy_words(lang)
    consents = vault.consents_of(person_id)
    referrals = vault.referrals_of(person_id)
    disclosures = vault.disclosures(person_id)
    wanted = (
        {k.recipient_id for k in consents}
        | {r.clinician_id for r in referrals}
        | {d.recipient_id for d in disclosures}
    )
    clinicians = {cid: c for cid in wanted if (c := vault.find(Clinician, cid)) is not None}
    content = build_their_copy(
        person=person,
        profile=vault.profile(),
        encounters=vault.encounters_of(person_id),
        goals=vault.goals_of(person_id),
        checkins=vault.checkins_of(person_id),
        part_order=[part.name for part in vault.life_parts_of(person_id)],
        consents=consents,
        referrals=referrals,
        disclosures=disclosures,
        clinicians=clinicians,
        language=lang,
        made_on=today or date.today(),
        since=since,
        mode_label=w.modes,
        setting_label=w.settings,
        kind_label=w.kinds,
        status_label=w.statuses,
        unknown_recipient=w.unknown_recipient,
    )
    return TheirCopy(person_id, render_their_copy(content), lang, since)


def record_copy(vault: Vault, copy: TheirCopy, *, now: datetime | None = None) -> CopyMade:
    """Log that the person was given this copy (when, which period, its SHA-256).
    Not a disclosure: the record went to the person it is about."""
    made = CopyMade(
        id=new_id("cm"),
        person_id=copy.person_id,
        made_at=(now or datetime.now()).replace(microsecond=0),
        period_from=copy.period_from,
        language=copy.language,
        sha256=copy.sha256,
    )
    vault.record_copy_made(made)
    return made


def write_their_copy(
    vault: Vault,
    person_id: str,
    out: Path,
    *,
    since: date | None = None,
    language: str | None = None,
    today: date | None = None,
) -> CopyMade:
    """`peerjournal copy-for`: write the copy atomically (replacing a file there),
    then log it; if logging fails the file is removed, so no copy goes unlogged."""
    copy = make_their_copy(vault, person_id, since=since, language=language, today=today)
    paths.write_atomic(out, copy.pdf)
    try:
        return record_copy(vault, copy)
    except BaseException:
        out.unlink(missing_ok=True)
        raise
