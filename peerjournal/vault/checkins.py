"""Check-ins, the person's own parts of life, and the log of copies made.

A check-in's parts are rows of `checkin_ratings`, each naming one of the
person's `life_parts` by id: renaming a part renames it in every earlier
check-in too, so its history stays one line. Interchange carries part names;
on the way in, a name finds the person's part of that name (or makes it).
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime
from typing import Any

from peerjournal import errors
from peerjournal.core.checkins import CopyMade, LifePart
from peerjournal.core.models import Checkin, CheckinPart, part_problem
from peerjournal.vault import search
from peerjournal.vault.database import Connection, IntegrityError, transaction

_PART_FIELDS = "id, person_id, name, position"


def _new_part_id() -> str:
    return f"lp-{secrets.token_hex(5)}"


def _part(row: Any) -> LifePart:
    return LifePart(id=row[0], person_id=row[1], name=row[2], position=row[3])


# --- parts of life ---------------------------------------------------------------


def life_parts_of(conn: Connection, person_id: str) -> list[LifePart]:
    """The person's parts of life, in their order."""
    return [
        _part(row)
        for row in conn.execute(
            f"SELECT {_PART_FIELDS} FROM life_parts WHERE person_id = ? ORDER BY position, num",
            (person_id,),
        )
    ]


def _key(name: str) -> str:
    """Names that differ only in case or outer spaces are one part."""
    return name.strip().casefold()


def _part_ids(conn: Connection, person_id: str, exact: bool) -> dict[str, str]:
    """name (or its key) -> part id, for one person."""
    return {
        (name if exact else _key(name)): part_id
        for part_id, name in conn.execute(
            "SELECT id, name FROM life_parts WHERE person_id = ?", (person_id,)
        )
    }


def _add_part(conn: Connection, person_id: str, name: str) -> str:
    position = conn.execute(
        "SELECT coalesce(max(position), -1) + 1 FROM life_parts WHERE person_id = ?", (person_id,)
    ).fetchone()[0]
    part_id = _new_part_id()
    conn.execute(
        "INSERT INTO life_parts (id, person_id, name, position) VALUES (?, ?, ?, ?)",
        (part_id, person_id, name, position),
    )
    return part_id


def add_life_part(conn: Connection, person_id: str, name: str) -> LifePart:
    """Add a part of life to the person's list (Invalid if they already have one of that name)."""
    name = _clean_name(name)
    try:
        with transaction(conn):
            if _same_name(conn, person_id, name, None):
                raise errors.Invalid(_NAME_TAKEN)
            part_id = _add_part(conn, person_id, name)
    except IntegrityError:
        raise errors.Invalid(
            "This part of life could not be added: the person is not in the journal."
        ) from None
    return next(p for p in life_parts_of(conn, person_id) if p.id == part_id)


_NAME_TAKEN = "This person already has a part of life with that name; choose another name."


def _clean_name(name: str) -> str:
    problem = part_problem(name, 1)
    if problem is not None:
        raise errors.Invalid(problem)
    return name.strip()


def _same_name(conn: Connection, person_id: str, name: str, other_than: str | None) -> bool:
    key = _key(name)
    return any(
        _key(existing) == key
        for part_id, existing in conn.execute(
            "SELECT id, name FROM life_parts WHERE person_id = ?", (person_id,)
        )
        if part_id != other_than
    )


def rename_life_part(conn: Connection, part_id: str, new_name: str) -> None:
    """Give a part of life a new name; every earlier rating stays with it."""
    name = _clean_name(new_name)
    with transaction(conn):
        _rename(conn, part_id, name)


def _rename(conn: Connection, part_id: str, name: str) -> str:
    """Rename inside the caller's transaction; the person's id."""
    row = conn.execute("SELECT person_id FROM life_parts WHERE id = ?", (part_id,)).fetchone()
    if row is None:
        raise errors.NotFound(f'There is no part of life with id "{part_id}".')
    if _same_name(conn, row[0], name, part_id):
        raise errors.Invalid(_NAME_TAKEN)
    conn.execute("UPDATE life_parts SET name = ? WHERE id = ?", (name, part_id))
    return str(row[0])


# --- check-ins ---------------------------------------------------------------------


def _resolve(
    conn: Connection, checkin: Checkin, known: dict[str, dict[str, str]], *, exact: bool
) -> list[str]:
    """The part ids of a check-in's parts, making the person's missing parts.

    An import matches names exactly, so that export gives back the same file; a
    check-in taken in the window takes "hope" for their part "Hope"."""
    names = known.get(checkin.person_id)
    if names is None:
        names = known[checkin.person_id] = _part_ids(conn, checkin.person_id, exact)
    ids = []
    for part in checkin.parts:
        key = part.name if exact else _key(part.name)
        part_id = names.get(key)
        if part_id is None:
            part_id = names[key] = _add_part(conn, checkin.person_id, part.name)
        ids.append(part_id)
    return ids


def _write_ratings(conn: Connection, num: int, checkin: Checkin, part_ids: list[str]) -> None:
    conn.executemany(
        "INSERT INTO checkin_ratings (checkin_num, position, person_id, part_id, rating, "
        "in_their_words) VALUES (?, ?, ?, ?, ?, ?)",
        [
            (num, position, checkin.person_id, part_id, part.rating, part.in_their_words)
            for position, (part, part_id) in enumerate(zip(checkin.parts, part_ids, strict=True))
        ],
    )


def check_new(conn: Connection, listed: Sequence[Checkin], new_people: Iterable[str]) -> None:
    """Invalid (naming index, id and field) for an id already used or a person
    who is in neither the journal nor `new_people`."""
    taken = checkin_ids(conn)
    people = set(new_people) | {row[0] for row in conn.execute("SELECT id FROM people")}
    for index, checkin in enumerate(listed):
        if checkin.id in taken:
            raise errors.Invalid(
                f'checkins[{index}] (id "{checkin.id}"): id: "{checkin.id}" is already used '
                "in checkins. Nothing was added."
            )
        taken.add(checkin.id)
        if checkin.person_id not in people:
            raise errors.Invalid(
                f'checkins[{index}] (id "{checkin.id}"): person_id: "{checkin.person_id}" names '
                "no record in people. Nothing was added."
            )


def insert_many(conn: Connection, listed: Sequence[Checkin], *, exact: bool = True) -> None:
    """Add check-ins inside the caller's transaction (a bulk import)."""
    known: dict[str, dict[str, str]] = {}
    numbered = []
    for checkin in listed:
        num = conn.execute(
            "INSERT INTO checkins (id, person_id, taken_on) VALUES (?, ?, ?) RETURNING num",
            (checkin.id, checkin.person_id, checkin.taken_on.isoformat()),
        ).fetchone()[0]
        _write_ratings(conn, num, checkin, _resolve(conn, checkin, known, exact=exact))
        numbered.append((num, checkin))
    search.index_many(conn, "checkins", numbered)


def save_checkin(
    conn: Connection,
    checkin: Checkin,
    *,
    renames: Mapping[str, str] | None = None,
    new_parts: Sequence[str] = (),
) -> None:
    """Insert or replace one check-in, with the part renames (part id -> new name)
    and the new parts (names, in order) of the same moment: all in one
    transaction, or nothing."""
    cleaned = {part_id: _clean_name(name) for part_id, name in (renames or {}).items()}
    added = [_clean_name(name) for name in new_parts]
    try:
        with transaction(conn):
            for part_id, name in cleaned.items():
                if _rename(conn, part_id, name) != checkin.person_id:
                    raise errors.Invalid("A part of life stays with its person.")
            for name in added:
                if not _same_name(conn, checkin.person_id, name, None):
                    _add_part(conn, checkin.person_id, name)
            row = conn.execute(
                "SELECT num, person_id FROM checkins WHERE id = ?", (checkin.id,)
            ).fetchone()
            if row is None:
                insert_many(conn, [checkin], exact=False)
                return
            if row[1] != checkin.person_id:
                raise errors.Invalid(
                    f'checkins (id "{checkin.id}"): person_id: a check-in stays with its person.'
                )
            num = row[0]
            conn.execute(
                "UPDATE checkins SET taken_on = ? WHERE num = ?",
                (checkin.taken_on.isoformat(), num),
            )
            conn.execute("DELETE FROM checkin_ratings WHERE checkin_num = ?", (num,))
            _write_ratings(conn, num, checkin, _resolve(conn, checkin, {}, exact=False))
            search.reindex(conn, "checkins", num, checkin)
    except IntegrityError:
        raise errors.Invalid(
            f'checkins (id "{checkin.id}"): the person is not in the journal. Nothing was saved.'
        ) from None


def delete_checkin(conn: Connection, checkin_id: str) -> None:
    """Delete one check-in (its words leave the search index by trigger)."""
    with transaction(conn):
        gone = conn.execute("DELETE FROM checkins WHERE id = ? RETURNING num", (checkin_id,))
        if not gone.fetchall():
            raise errors.NotFound(f'There is no check-in with id "{checkin_id}".')


def _checkins(conn: Connection, where: str, params: tuple[object, ...]) -> list[Checkin]:
    """Check-ins with their parts (named as the parts are named now), two queries."""
    heads = conn.execute(
        f"SELECT num, id, person_id, taken_on FROM checkins {where}", params
    ).fetchall()
    if not heads:
        return []
    nums = [row[0] for row in heads]
    parts: dict[int, list[CheckinPart]] = {num: [] for num in nums}
    # In chunks: SQLite limits how many values one statement may bind.
    for start in range(0, len(nums), 500):
        chunk = nums[start : start + 500]
        marks = ", ".join("?" for _ in chunk)
        for num, name, rating, words in conn.execute(
            "SELECT r.checkin_num, p.name, r.rating, r.in_their_words FROM checkin_ratings AS r "
            f"JOIN life_parts AS p ON p.id = r.part_id WHERE r.checkin_num IN ({marks}) "
            "ORDER BY r.checkin_num, r.position",
            chunk,
        ):
            parts[num].append(CheckinPart(name=name, rating=rating, in_their_words=words))
    return [
        Checkin(id=cid, person_id=pid, taken_on=date.fromisoformat(day), parts=tuple(parts[num]))
        for num, cid, pid, day in heads
        if parts[num]
    ]


def checkins_of(conn: Connection, person_id: str) -> list[Checkin]:
    """A person's check-ins, newest first."""
    return _checkins(conn, "WHERE person_id = ? ORDER BY taken_on DESC, num DESC", (person_id,))


def find_checkin(conn: Connection, checkin_id: str) -> Checkin | None:
    """One check-in, or None."""
    found = _checkins(conn, "WHERE id = ?", (checkin_id,))
    return found[0] if found else None


def all_checkins(conn: Connection) -> list[Checkin]:
    """Every check-in in the order added (for export)."""
    if not _has_checkins(conn):
        return []
    return _checkins(conn, "ORDER BY num", ())


def _has_checkins(conn: Connection) -> bool:
    """False on a database still at a schema before check-ins (a journal being
    migrated, or an older one built by a test): the generic lists work there."""
    found = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'checkins'"
    ).fetchone()
    return found is not None


def checkin_ids(conn: Connection) -> set[str]:
    """The ids of every check-in."""
    if not _has_checkins(conn):
        return set()
    return {row[0] for row in conn.execute("SELECT id FROM checkins")}


# --- copies made ---------------------------------------------------------------------


def copies_made(conn: Connection, person_id: str) -> list[CopyMade]:
    """The copies of their own record a person was given, newest first."""
    return [
        CopyMade(
            id=cid,
            person_id=pid,
            made_at=datetime.fromisoformat(made_at),
            period_from=None if since is None else date.fromisoformat(since),
            language=language,
            sha256=sha,
        )
        for cid, pid, made_at, since, language, sha in conn.execute(
            "SELECT id, person_id, made_at, period_from, language, sha256 FROM copies_made "
            "WHERE person_id = ? ORDER BY made_at DESC, num DESC",
            (person_id,),
        )
    ]


def record_copy_made(conn: Connection, copy: CopyMade) -> None:
    """Add one entry to the copies-made log (append-only)."""
    try:
        with transaction(conn):
            conn.execute(
                "INSERT INTO copies_made (id, person_id, made_at, period_from, language, sha256) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (
                    copy.id,
                    copy.person_id,
                    copy.made_at.isoformat(timespec="seconds"),
                    None if copy.period_from is None else copy.period_from.isoformat(),
                    copy.language,
                    copy.sha256,
                ),
            )
    except IntegrityError:
        raise errors.Invalid(
            f'copies_made (id "{copy.id}"): the id is already used, or the person is not in '
            "the journal. Nothing was saved."
        ) from None
