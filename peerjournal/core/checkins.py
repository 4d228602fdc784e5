"""Check-ins: the person's own look at the parts of life that matter to them.

A mirror, not an assessment: each part stands alone with its number from 1 to
5 and the person's words. Nothing here adds parts up, labels a person or
speaks of risk. The default parts are only a place to start, in everyday words
(written for PeerJournal; no published scale's items); the person renames,
adds and keeps their own.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from peerjournal.core.models import RATING_HIGHEST, RATING_LOWEST, Checkin, Goal, GoalStatus

# A gentle first list, in our own everyday words. The person keeps, renames or drops any.
DEFAULT_PARTS: dict[str, tuple[str, ...]] = {
    "en": (
        "Home, a place to stay",
        "People I can count on",
        "How my body and mind feel",
        "How I spend my days",
        "Where I feel I belong",
        "Feeling safe, day to day",
        "Getting by (money, food, rides)",
        "Hope for what comes next",
    ),
    "es": (
        "Mi hogar, un lugar donde quedarme",
        "Gente con quien puedo contar",
        "Cómo se sienten mi cuerpo y mi mente",
        "En qué paso mis días",
        "Dónde siento que pertenezco",
        "Sentirme a salvo, día a día",
        "Salir adelante (dinero, comida, transporte)",
        "Esperanza en lo que viene",
    ),
}


def default_parts(language: str | None) -> tuple[str, ...]:
    """The starting list in the person's language (Spanish for "es…", else English)."""
    return DEFAULT_PARTS["es" if (language or "").lower().startswith("es") else "en"]


@dataclass(frozen=True, slots=True, kw_only=True)
class LifePart:
    """A part of life a person chose to look at. Its check-in history follows its
    id, so a new name keeps every earlier rating."""

    id: str
    person_id: str
    name: str
    position: int = 0


@dataclass(frozen=True, slots=True, kw_only=True)
class CopyMade:
    """One copy of their own record handed to a person: when, which period, its
    fingerprint. Not a disclosure: the record went to the person it is about."""

    id: str
    person_id: str
    made_at: datetime
    period_from: date | None  # None: everything
    language: str
    sha256: str


@dataclass(frozen=True, slots=True)
class Point:
    """One rating of one part: on which day, and the number the person chose."""

    day: date
    rating: int
    in_their_words: str | None = None


@dataclass(frozen=True, slots=True)
class PartSeries:
    """How one part of life moved: its ratings, oldest first."""

    name: str
    points: tuple[Point, ...]


def part_series(checkins: Iterable[Checkin], order: Sequence[str] = ()) -> list[PartSeries]:
    """One series per part name, oldest point first. Parts named in `order` come
    first in that order (the person's own list), then the others as first seen."""
    by_name: dict[str, list[Point]] = {name: [] for name in order}
    for checkin in sorted(checkins, key=lambda c: (c.taken_on, c.id)):
        for part in checkin.parts:
            by_name.setdefault(part.name, []).append(
                Point(checkin.taken_on, part.rating, part.in_their_words)
            )
    return [PartSeries(name, tuple(points)) for name, points in by_name.items() if points]


_MONTHS_SHORT = {
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    "es": ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"),
}


def short_date(day: date, language: str) -> str:
    """A short date for a chart or its description: "3 Mar 2025", "3 mar 2025"."""
    months = _MONTHS_SHORT["es" if language == "es" else "en"]
    return f"{day.day} {months[day.month - 1]} {day.year}"


def describe_series(series: PartSeries, language: str = "en") -> str:
    """The values of a part's picture as a sentence a screen reader can say:
    every rating with its day, oldest first (the picture holds nothing else)."""
    spanish = language == "es"
    if not series.points:
        return (
            f"{series.name}: todavía sin respuestas."
            if spanish
            else f"{series.name}: no check-ins yet."
        )
    scale = (
        f"de {RATING_LOWEST} a {RATING_HIGHEST}"
        if spanish
        else f"from {RATING_LOWEST} to {RATING_HIGHEST}"
    )
    joined = "; ".join(
        (
            f"{p.rating} el {short_date(p.day, language)}"
            if spanish
            else f"{p.rating} on {short_date(p.day, language)}"
        )
        for p in series.points
    )
    count = len(series.points)
    if spanish:
        return f"{series.name}, {count} respuestas {scale}: {joined}."
    answers = "answer" if count == 1 else "answers"
    return f"{series.name}, {count} {answers} {scale}: {joined}."


@dataclass(frozen=True, slots=True)
class GoalLine:
    """A goal beside the pictures: set on a day, met (or set aside) on another."""

    in_their_words: str
    set_on: date
    status: GoalStatus
    closed_on: date | None


def goal_lines(goals: Iterable[Goal]) -> list[GoalLine]:
    """The person's goals, oldest first, as the Growth view shows them."""
    return [
        GoalLine(g.in_their_words, g.set_on, g.status, g.closed_on)
        for g in sorted(goals, key=lambda g: (g.set_on, g.id))
    ]


def labelled_marks(xs: Sequence[float], min_gap: float) -> list[int]:
    """Which marks of a picture get their number printed, so numbers never touch:
    from the left, each at least `min_gap` from the one before; the last mark
    always (the newest answer), dropping the one before it if they would touch."""
    chosen: list[int] = []
    for index, x in enumerate(xs):
        if not chosen or x - xs[chosen[-1]] >= min_gap:
            chosen.append(index)
    last = len(xs) - 1
    if xs and chosen[-1] != last:
        if xs[last] - xs[chosen[-1]] < min_gap and len(chosen) > 1:
            chosen.pop()
        chosen.append(last)
    return chosen
