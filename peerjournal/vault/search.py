"""Full-text search over the FTS5 index inside the encrypted database.

Whatever a person types is searched as text: every word becomes a quoted FTS5
string (so `"`, `NEAR(`, `*`, `AND OR NOT` are just words), the last one a
prefix, so results come while typing. Nothing typed can make an error.
The index is contentless (no second copy of the text): each hit's snippet is
cut from its record (see snippets.py).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from peerjournal.vault import snippets
from peerjournal.vault.database import Connection

# FTS rowid = the kind's priority << 40 | the record's num: a record finds its
# entry without a scan, a hit finds its record, and rowid order puts people,
# then goals, referrals, reflections, then the newest encounters first.
SEARCH_CODES: dict[str, int] = {
    "people": 5,
    "goals": 4,
    "referrals": 3,
    "reflections": 2,
    "encounters": 1,
}
_SHIFT = 40
# A word in most entries would make bm25 score every one of them; rank only
# the first RANK_WINDOW matches in rowid order (see above), so any search stays
# fast on 100,000 encounters. Fewer matches than that are ranked exactly.
RANK_WINDOW = 500
# Lengths with a prefix index (the schema's prefix = '2'): the word being typed
# as one or two letters would otherwise merge thousands of postings; longer
# prefixes are expanded (see _expansions) or merged, fast enough without one.
PREFIX_INDEXED = frozenset({2})
MAX_EXPANSIONS = 16
_NUM_MASK = (1 << _SHIFT) - 1
MAX_WORDS = 32  # a pasted page is searched by its first words, fast
_KIND_OF_CODE = {code: table for table, code in SEARCH_CODES.items()}
# The hit's `type`: the record kind, singular, as the CLI prints it.
_TYPE_OF_TABLE = {
    "people": "person",
    "encounters": "encounter",
    "reflections": "reflection",
    "goals": "goal",
    "referrals": "referral",
}
# num, id, person id, then the searchable text of the hits of one kind (the
# index keeps no copy of the text: the snippets are cut from these columns).
_PERSON_OF = {
    "people": (
        "SELECT num, id, id, preferred_name, legal_name, notes FROM people WHERE num IN ({marks})"
    ),
    "encounters": (
        "SELECT num, id, person_id, their_story, what_they_want, how_i_helped, what_i_did "
        "FROM encounters "
        "WHERE num IN ({marks})"
    ),
    "reflections": (
        'SELECT r.num, r.id, e.person_id, r.what_i_shared, r.what_i_learned, r."unique", '
        "r.universal, r.self_care, r.learned_from_them, r.why_i_shared FROM reflections AS r "
        "LEFT JOIN encounters AS e ON e.id = r.encounter_id WHERE r.num IN ({marks})"
    ),
    "goals": "SELECT num, id, person_id, in_their_words FROM goals WHERE num IN ({marks})",
    "referrals": (
        "SELECT num, id, person_id, reason_in_their_words, request FROM referrals "
        "WHERE num IN ({marks})"
    ),
}


def _join(*parts: str | None) -> str:
    return "\n".join(part for part in parts if part)


# (title, body) of each searchable kind: names weigh more than the rest.
_TEXT_OF: dict[str, Callable[[Any], tuple[str, str]]] = {
    "people": lambda r: (_join(r.preferred_name, r.legal_name), _join(r.notes)),
    "encounters": lambda r: (
        "",
        _join(r.their_story, r.what_they_want, r.how_i_helped, r.what_i_did),
    ),
    "reflections": lambda r: (
        "",
        _join(r.what_i_shared, r.what_i_learned, r.unique, r.universal, r.self_care,
              r.learned_from_them, r.why_i_shared),
    ),
    "goals": lambda r: ("", _join(r.in_their_words)),
    "referrals": lambda r: ("", _join(r.reason_in_their_words, r.request)),
}


def is_searchable(table: str) -> bool:
    """True for the lists whose text the index holds."""
    return table in SEARCH_CODES


def index_many(conn: Connection, table: str, numbered: Iterable[tuple[int, Any]]) -> None:
    """Add index entries for new records, given as (num, record) pairs."""
    if table not in SEARCH_CODES:
        return
    code, text_of = SEARCH_CODES[table], _TEXT_OF[table]
    conn.executemany(
        "INSERT INTO search_index (rowid, title, body) VALUES (?, ?, ?)",
        (((code << _SHIFT) | num, *text_of(record)) for num, record in numbered),
    )


def unindex(conn: Connection, table: str, num: int) -> None:
    """Remove a record's index entry (no error if it has none)."""
    if table in SEARCH_CODES:
        rowid = (SEARCH_CODES[table] << _SHIFT) | num
        conn.execute("DELETE FROM search_index WHERE rowid = ?", (rowid,))


def reindex(conn: Connection, table: str, num: int, record: Any) -> None:
    """Replace a record's index entry with its current text."""
    unindex(conn, table, num)
    index_many(conn, table, [(num, record)])


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One search result: which record, whose, and a short piece of its text."""

    type: str
    id: str
    person_id: str | None
    snippet: str
    rank: float


def _words(query: str) -> list[str]:
    return snippets.WORD.findall(unicodedata.normalize("NFC", query))[:MAX_WORDS]


def _quote(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


def match_expression(query: str, expansions: Sequence[str] | None = None) -> str | None:
    """The FTS5 MATCH text for what a person typed, or None if it has no words.

    Every word is a quoted string; the last one (two letters or more) is a
    prefix, or, when given, any of `expansions` (the indexed words it starts)."""
    words = _words(query)
    if not words:
        return None
    quoted = [_quote(word) for word in words]
    if expansions:
        quoted[-1] = "(" + " OR ".join(_quote(term) for term in expansions) + ")"
    elif len(words[-1]) >= 2:  # one letter would match half the index
        quoted[-1] += "*"
    return " AND ".join(quoted)


def _expansions(conn: Connection, query: str) -> list[str] | None:
    """The few indexed words the last word starts, when that is cheaper than a
    prefix query (FTS5 merges every matching posting of a prefix up front;
    a prefix of PREFIX_INDEXED letters has its own index instead)."""
    words = _words(query)
    if not words or len(words[-1]) < 2 or len(words[-1]) in PREFIX_INDEXED:
        return None
    start = snippets.fold(words[-1])
    terms = [
        row[0]
        for row in conn.execute(
            "SELECT term FROM search_vocab WHERE term >= ? AND term < ? LIMIT ?",
            (start, start + "\U0010ffff", MAX_EXPANSIONS + 1),
        ).fetchall()
    ]
    return terms if 0 < len(terms) <= MAX_EXPANSIONS else None


def search(
    conn: Connection,
    query: str,
    *,
    limit: int = 50,
    offset: int = 0,
    include_reflections: bool = True,
) -> list[SearchHit]:
    """Records matching every word of `query`, best first (bm25), one page."""
    if limit <= 0:
        return []
    expansions = _expansions(conn, query)
    expression = match_expression(query, expansions)
    if expression is None:
        return []
    where = "search_index MATCH ?"
    if not include_reflections:
        where += f" AND rowid >> {_SHIFT} != {SEARCH_CODES['reflections']}"
    offset = max(offset, 0)
    window = max(RANK_WINDOW, offset + limit)
    last = conn.execute(
        f"SELECT rowid FROM search_index WHERE {where} ORDER BY rowid DESC LIMIT 1 OFFSET ?",
        (expression, window - 1),
    ).fetchone()
    bound = 0 if last is None else int(last[0])
    ranked = conn.execute(
        "SELECT rowid, rank FROM search_index "
        f"WHERE {where} AND rowid >= ? ORDER BY rank LIMIT ? OFFSET ?",
        (expression, bound, limit, offset),
    ).fetchall()
    if not ranked:
        return []
    owners = _owners([row[0] for row in ranked], conn)
    whole, prefixes = _snippet_words(query, expansions)
    hits: list[SearchHit] = []
    for rowid, score in ranked:
        owner = owners.get(rowid)
        if owner is None:  # the index is ahead of a record; skip rather than fail
            continue
        table, record_id, person_id, text = owner
        hits.append(
            SearchHit(
                type=_TYPE_OF_TABLE[table],
                id=record_id,
                person_id=person_id,
                snippet=snippets.snippet(text, whole, prefixes),
                rank=float(score),
            )
        )
    return hits


def _snippet_words(query: str, expansions: list[str] | None) -> tuple[list[str], list[str]]:
    """The folded words a snippet should show: whole words, and prefixes."""
    folded = [snippets.fold(word) for word in _words(query)]
    if expansions:
        return folded[:-1] + expansions, []
    if folded and len(folded[-1]) >= 2:
        return folded[:-1], folded[-1:]
    return folded, []


def _owners(rowids: list[int], conn: Connection) -> dict[int, tuple[str, str, str | None, str]]:
    """rowid -> (table, record id, person id, text), one query per kind."""
    by_table: dict[str, dict[int, int]] = {}
    for rowid in rowids:
        table = _KIND_OF_CODE.get(rowid >> _SHIFT)
        if table is not None:
            by_table.setdefault(table, {})[rowid & _NUM_MASK] = rowid
    owners: dict[int, tuple[str, str, str | None, str]] = {}
    for table, nums in by_table.items():
        marks = ", ".join("?" for _ in nums)
        for num, record_id, person_id, *texts in conn.execute(
            _PERSON_OF[table].format(marks=marks), tuple(nums)
        ).fetchall():
            owners[nums[num]] = (table, record_id, person_id, _join(*texts))
    return owners
