"""How each record kind maps to its table: one column per dataclass field,
dates and date-times as ISO text, enums as their text value."""

from __future__ import annotations

import dataclasses
import json
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any, TypeVar, get_args, get_origin, get_type_hints

from peerjournal import errors
from peerjournal.core.models import (
    Clinician,
    Consent,
    Disclosure,
    Encounter,
    Goal,
    Person,
    Referral,
    Reflection,
)

R = TypeVar("R")
Row = tuple[Any, ...]


@dataclass(frozen=True)
class Table:
    """One record kind's table."""

    kind: type[Any]
    table: str  # also the interchange list name, where the kind has one
    fields: tuple[str, ...]
    decoders: tuple[Callable[[Any], Any], ...]
    extra_columns: tuple[str, ...] = ()  # derived columns written beside the fields

    @property
    def columns(self) -> tuple[str, ...]:
        return self.fields + self.extra_columns

    def to_row(self, record: Any) -> Row:
        """The row for a record: its field values, then any derived columns."""
        values = [_encode(getattr(record, name)) for name in self.fields]
        if self.kind is Person:
            values.append(person_name_key(record))
        return tuple(values)

    def from_row(self, row: Sequence[Any]) -> Any:
        """The record for a row (field columns only, in order)."""
        values = {
            name: decode(value)
            for name, decode, value in zip(self.fields, self.decoders, row, strict=False)
            if value is not None  # absent: the field's default (None, or () for a list)
        }
        return self.kind(**values)

    def select_sql(self) -> str:
        return f"SELECT {', '.join(self.fields)} FROM {self.table}"


def _encode(value: Any) -> Any:
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, tuple):
        # A list of words (a reflection's self-check, a consent's covers) as JSON text.
        # An empty list is "[]", not NULL: a consent covering nothing is not one
        # recorded before `covers` existed (NULL).
        return json.dumps([_encode(item) for item in value])
    return value


def _tuple_decoder(item: Callable[[Any], Any]) -> Callable[[Any], Any]:
    def decode(text: Any) -> tuple[Any, ...]:
        return tuple(item(value) for value in json.loads(text))

    return decode


def _decoder(annotation: Any) -> Callable[[Any], Any]:
    if get_origin(annotation) is tuple:  # tuple[X, ...]
        return _tuple_decoder(_decoder(get_args(annotation)[0]))
    # `X | None` -> X
    base = next((a for a in get_args(annotation) if a is not type(None)), annotation)
    if get_origin(base) is tuple:  # tuple[X, ...] | None
        return _tuple_decoder(_decoder(get_args(base)[0]))
    if base is datetime:
        return datetime.fromisoformat
    if base is date:
        return date.fromisoformat
    if isinstance(base, type) and issubclass(base, StrEnum | int | str):
        return base
    raise TypeError(f"no column type for {annotation!r}")


def _table(kind: type[Any], table: str) -> Table:
    hints = get_type_hints(kind)
    names = tuple(f.name for f in dataclasses.fields(kind))
    extra = ("name_key",) if kind is Person else ()
    return Table(kind, table, names, tuple(_decoder(hints[n]) for n in names), extra)


def fold(text: str) -> str:
    """Case- and accent-insensitive form of a text, for name filtering."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", bare.casefold())


def person_name_key(person: Person) -> str:
    """The folded names a person can be found by (preferred, then legal)."""
    names = [person.preferred_name, person.legal_name or ""]
    return "\n".join(fold(name) for name in names if name)


PEOPLE = _table(Person, "people")
CLINICIANS = _table(Clinician, "clinicians")
ENCOUNTERS = _table(Encounter, "encounters")
REFLECTIONS = _table(Reflection, "reflections")
GOALS = _table(Goal, "goals")
CONSENTS = _table(Consent, "consents")
REFERRALS = _table(Referral, "referrals")
DISCLOSURES = _table(Disclosure, "disclosures")

# In the order references resolve (as interchange v1 lists them).
TABLES: tuple[Table, ...] = (
    PEOPLE,
    CLINICIANS,
    ENCOUNTERS,
    REFLECTIONS,
    GOALS,
    CONSENTS,
    REFERRALS,
    DISCLOSURES,
)
BY_KIND: dict[type[Any], Table] = {t.kind: t for t in TABLES}
BY_NAME: dict[str, Table] = {t.table: t for t in TABLES}

# field -> list it points at, per list; checked before a bulk insert.
REFERENCES: dict[str, dict[str, str]] = {
    "encounters": {"person_id": "people"},
    "reflections": {"encounter_id": "encounters"},
    "goals": {"person_id": "people"},
    "consents": {"person_id": "people", "recipient_id": "clinicians"},
    "referrals": {"person_id": "people", "clinician_id": "clinicians", "consent_id": "consents"},
    "disclosures": {
        "referral_id": "referrals",
        "person_id": "people",
        "recipient_id": "clinicians",
        "consent_id": "consents",
    },
}


def table_of(kind: type[Any]) -> Table:
    """The table of a record kind; Invalid for anything that is not a record."""
    try:
        return BY_KIND[kind]
    except KeyError:
        raise errors.Invalid(
            f"{getattr(kind, '__name__', kind)!s} is not a journal record."
        ) from None
