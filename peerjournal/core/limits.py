"""How long a field may be: one rule for imports and for the editors.

A 200 MB note once made a search take 31 s and 4.8 GB, and 100,000-character
reasons made a letter take 30 s. Text fields hold at most MAX_TEXT_CHARS
characters (a long story is some 30 pages), names at most MAX_NAME_CHARS.
Messages name the field and the sizes, never the words.
"""

from __future__ import annotations

import dataclasses
from typing import Any, Final

MAX_TEXT_CHARS: Final = 200_000
MAX_NAME_CHARS: Final = 200
NAME_FIELDS: Final = frozenset({"name", "preferred_name", "legal_name"})


def limit_of(field_name: str) -> int:
    """The most characters the field may hold."""
    return MAX_NAME_CHARS if field_name in NAME_FIELDS else MAX_TEXT_CHARS


def too_long(field_name: str, length: int) -> str:
    """The problem, without the field's name: "must be at most 200 characters (…)"."""
    return f"must be at most {limit_of(field_name):,} characters, not {length:,}"


def first_too_long(record: Any) -> tuple[str, int] | None:
    """The first text field of a record (a dataclass) that is over its limit, and
    its length; None when every field fits."""
    for field in dataclasses.fields(record):
        value = getattr(record, field.name)
        if isinstance(value, str) and len(value) > limit_of(field.name):
            return field.name, len(value)
    return None


def problem(record: Any) -> str | None:
    """A plain sentence for the window when a field is over its limit, else None."""
    found = first_too_long(record)
    if found is None:
        return None
    name, length = found
    label = name.replace("_", " ")
    return (
        f"The {label} is {length:,} characters long; a record keeps at most "
        f"{limit_of(name):,} there. Shorten it (or split it into two), then save again."
    )
