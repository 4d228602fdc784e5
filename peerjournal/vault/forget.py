"""Forgetting a person: every row about them, in every list, then their words
out of the search index and the file's free pages.

Which rows are "about them" is found from the schema itself, not from a list
kept by hand, so a list added later is covered without a change here:
- every table with a `person_id` column: its rows with that person_id;
- every table whose foreign key points at a row found so far (a check-in's
  ratings, a consent's signature or attachment): those rows too, children first;
- except a foreign key declared ON DELETE SET NULL (a reflection about one of
  their encounters is the peer's: it is unlinked, not deleted).
The disclosure log is kept, without the person: its entries move to
`forgotten_disclosures` (recipient, when, the letter's fingerprint).
A table that must be treated another way is named in KEPT or SKIPPED below.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from peerjournal import errors
from peerjournal.vault import search
from peerjournal.vault.database import Connection, transaction

PERSON_COLUMN = "person_id"
# Lists kept (without the person) rather than deleted (see _keep_kept).
KEPT = ("disclosures",)
# Tables that hold no one's rows (the search index and its shadow tables, settings).
SKIPPED_PREFIXES = ("search_", "sqlite_", "forgotten_")
SKIPPED = frozenset({"people", "profile", "drafts"})


@dataclass
class Forgetting:
    """What forgetting a person deletes (or did): rows by list, reflections
    unlinked, disclosure entries kept without the person."""

    person_id: str
    rows: dict[str, int] = field(default_factory=dict)
    reflections_unlinked: int = 0
    disclosures_kept: int = 0

    def sentence(self) -> str:
        """The plain words for what it deletes (counts and list names only)."""
        listed = ", ".join(f"{n} {name.replace('_', ' ')}" for name, n in self.rows.items() if n)
        parts = [f"the person {self.person_id}" + (f" and {listed}" if listed else "")]
        if self.reflections_unlinked:
            parts.append(
                f"{self.reflections_unlinked} of your reflections are unlinked from their "
                "encounters (kept: they are yours)"
            )
        if self.disclosures_kept:
            parts.append(
                f"{self.disclosures_kept} entries of the disclosure log are kept without their name"
            )
        return "; ".join(parts)


@dataclass(frozen=True)
class _Link:
    table: str
    column: str  # in `table`
    parent: str
    parent_column: str


def _tables(conn: Connection) -> list[str]:
    names = [
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
        ).fetchall()
    ]
    return [n for n in names if n not in SKIPPED and not n.startswith(SKIPPED_PREFIXES)]


def _columns(conn: Connection, table: str) -> set[str]:
    return {row[1] for row in conn.execute(f'PRAGMA table_info("{table}")').fetchall()}


def _owned(conn: Connection) -> tuple[list[str], dict[str, list[str]]]:
    """The tables that hold rows about a person, children before parents, and for
    each the SQL conditions (with :person) that pick those rows."""
    tables = _tables(conn)
    columns = {t: _columns(conn, t) for t in tables}
    links: list[_Link] = []
    for table in tables:
        for row in conn.execute(f'PRAGMA foreign_key_list("{table}")').fetchall():
            parent, column, parent_column, on_delete = row[2], row[3], row[4], row[6]
            if str(on_delete).upper() == "SET NULL":
                continue
            links.append(_Link(table, column, parent, parent_column or "id"))
    where: dict[str, list[str]] = {}
    for table in tables:
        if PERSON_COLUMN in columns[table]:
            where.setdefault(table, []).append(f'"{PERSON_COLUMN}" = :person')
    # Follow foreign keys from rows already found (a few rounds: the schema is shallow).
    for _ in range(len(tables)):
        grew = False
        for link in links:
            if link.parent not in where or link.table == link.parent:
                continue
            parent_rows = " OR ".join(where[link.parent])
            condition = (
                f'"{link.column}" IN (SELECT "{link.parent_column}" FROM "{link.parent}" '
                f"WHERE {parent_rows})"
            )
            if condition not in where.setdefault(link.table, []):
                where[link.table].append(condition)
                grew = True
        if not grew:
            break
    order = _children_first(list(where), links)
    return order, where


def _children_first(tables: list[str], links: list[_Link]) -> list[str]:
    ordered: list[str] = []
    remaining = set(tables)
    while remaining:
        ready = sorted(
            t
            for t in remaining
            if not any(link.parent == t and link.table in remaining - {t} for link in links)
        )
        if not ready:  # a cycle: SQLite's own foreign keys will say no
            ready = sorted(remaining)
        ordered.extend(ready)
        remaining -= set(ready)
    return ordered


def _condition(parts: list[str]) -> str:
    return "(" + " OR ".join(parts) + ")"


def _unlinked_reflections(conn: Connection, person_id: str) -> int:
    row = conn.execute(
        "SELECT count(*) FROM reflections WHERE encounter_id IN "
        "(SELECT id FROM encounters WHERE person_id = ?)",
        (person_id,),
    ).fetchone()
    return int(row[0])


def plan(conn: Connection, person_id: str) -> Forgetting:
    """What forgetting `person_id` would delete; NotFound if there is no such person."""
    if conn.execute("SELECT 1 FROM people WHERE id = ?", (person_id,)).fetchone() is None:
        raise errors.NotFound(f'There is no person with id "{person_id}".')
    order, where = _owned(conn)
    out = Forgetting(person_id)
    for table in order:
        count = conn.execute(
            f'SELECT count(*) FROM "{table}" WHERE {_condition(where[table])}',
            {"person": person_id},
        ).fetchone()[0]
        if table in KEPT:
            out.disclosures_kept += int(count)
        else:
            out.rows[table] = int(count)
    out.reflections_unlinked = _unlinked_reflections(conn, person_id)
    return out


def forget(
    conn: Connection, person_id: str, *, after: Callable[[], None] | None = None
) -> Forgetting:
    """Delete the person and every row about them, in one transaction; keep the
    disclosure log's entries without them; unlink the peer's reflections. The
    caller then purges the words from the index and free pages (`after`)."""
    done = plan(conn, person_id)
    order, where = _owned(conn)
    now = datetime.now().isoformat(timespec="seconds")
    with transaction(conn):
        gone_ids: list[str] = []
        for table in order:
            condition = _condition(where[table])
            if table in KEPT:
                _keep_kept(conn, table, condition, person_id, now)
            returning = "num" if search.is_searchable(table) else None
            has_id = "id" in _columns(conn, table)
            picked = ", ".join(c for c in (returning, "id" if has_id else None) if c)
            sql = f'DELETE FROM "{table}" WHERE {condition}'
            if picked:
                rows = conn.execute(sql + f" RETURNING {picked}", {"person": person_id}).fetchall()
                for row in rows:
                    if returning:
                        search.unindex(conn, table, int(row[0]))
                    if has_id:
                        gone_ids.append(str(row[-1]))
            else:
                conn.execute(sql, {"person": person_id})
        person = conn.execute(
            "DELETE FROM people WHERE id = ? RETURNING num", (person_id,)
        ).fetchone()
        search.unindex(conn, "people", int(person[0]))
        _forget_drafts(conn, person_id, gone_ids)
    if after is not None:
        after()
    return done


def _keep_kept(conn: Connection, table: str, condition: str, person_id: str, now: str) -> None:
    if table == "disclosures":
        conn.execute(
            "INSERT INTO forgotten_disclosures "
            "(id, recipient_id, disclosed_at, sha256, overridden, forgotten_on) "
            "SELECT id, recipient_id, disclosed_at, sha256, override_reason IS NOT NULL, :now "
            f"FROM disclosures WHERE {condition}",
            {"person": person_id, "now": now},
        )


def _forget_drafts(conn: Connection, person_id: str, gone_ids: list[str]) -> None:
    """Unfinished forms about them: a draft of one of their records, or a new one
    naming them."""
    conn.execute(
        "DELETE FROM drafts WHERE json_valid(payload) AND json_extract(payload, '$.person_id') = ?",
        (person_id,),
    )
    for record_id in [person_id, *gone_ids]:
        conn.execute("DELETE FROM drafts WHERE key LIKE ? ESCAPE '\\'", ("%:" + _like(record_id),))


def _like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def forgotten_disclosures(conn: Connection) -> list[tuple[str, str, str, str, bool]]:
    """The disclosure log's entries about people since forgotten, newest first:
    (id, recipient_id, disclosed_at, sha256, scope findings overridden)."""
    return [
        (str(r[0]), str(r[1]), str(r[2]), str(r[3]), bool(r[4]))
        for r in conn.execute(
            "SELECT id, recipient_id, disclosed_at, sha256, overridden "
            "FROM forgotten_disclosures ORDER BY disclosed_at DESC, num DESC"
        )
    ]
