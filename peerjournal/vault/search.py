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
    # 0: rowid = num; the schema's checkins_leave_search trigger relies on it
    "checkins": 0,
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
    "checkins": "checkin",
}
# num, id, person id, then the searchable texts of the hits of one kind (the
# index keeps no copy of the text: the snippets are cut from these columns).
_HIT_SQL = {
    "people": "SELECT num, id, id, {texts} FROM people WHERE num IN ({marks})",
    "encounters": "SELECT num, id, person_id, {texts} FROM encounters WHERE num IN ({marks})",
    "reflections": (
        "SELECT r.num, r.id, e.person_id, {texts} FROM reflections AS r "
        "LEFT JOIN encounters AS e ON e.id = r.encounter_id WHERE r.num IN ({marks})"
    ),
    "goals": "SELECT num, id, person_id, {texts} FROM goals WHERE num IN ({marks})",
    "referrals": "SELECT num, id, person_id, {texts} FROM referrals WHERE num IN ({marks})",
    # the schema's checkin_words view: a check-in's words as one text
    "checkins": "SELECT num, id, person_id, {texts} FROM checkin_words WHERE num IN ({marks})",
}
_TEXT_COLUMNS: dict[str, tuple[str, ...]] = {
    "people": ("preferred_name", "legal_name", "notes"),
    "encounters": ("their_story", "what_they_want", "how_i_helped", "what_i_did"),
    "reflections": (
        "r.what_i_shared",
        "r.what_i_learned",
        'r."unique"',
        "r.universal",
        "r.self_care",
        "r.learned_from_them",
        "r.why_i_shared",
    ),
    "goals": ("in_their_words",),
    "referrals": ("reason_in_their_words", "request"),
    "checkins": ("words",),
}
_TABLE_ALIAS = {"reflections": "reflections AS r", "checkins": "checkin_words"}
# A snippet never needs a whole text: each hit's texts are read from their start,
# HEAD characters, and a long one on from there in windows until a word searched
# for shows (never past MAX_SCAN: a text from before the size limit could be huge).
HEAD = 4_000
WINDOW = 8_000
OVERLAP = 200  # a word cut by one window is whole in the next
AROUND = 300  # a snippet is cut from this many characters either side of its word
MAX_SCAN = 200_000


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
    # the person's words about each part of life (the part names are theirs too, but short)
    "checkins": lambda r: ("", _join(*(part.in_their_words for part in r.parts))),
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
        table, record_id, person_id, texts = owner
        hits.append(
            SearchHit(
                type=_TYPE_OF_TABLE[table],
                id=record_id,
                person_id=person_id,
                snippet=_snippet(conn, table, rowid & _NUM_MASK, texts, whole, prefixes),
                rank=float(score),
            )
        )
    return hits


def _drop_partial_end(text: str) -> str:
    """`text` without the word it was cut in the middle of (a regular expression
    anchored at the end would try every position of a long text)."""
    end = len(text)
    while end > 0 and text[end - 1].isalnum():
        end -= 1
    return text[:end]


def _drop_partial_start(text: str) -> str:
    start = 0
    while start < len(text) and text[start].isalnum():
        start += 1
    return text[start:]


def _piece(
    text: str, whole: list[str], prefixes: list[str], *, cut_before: bool, cut_after: bool
) -> str:
    """The snippet of a piece of a longer text: a word cut at either end is dropped,
    and "…" says that the text goes on."""
    if cut_after:
        text = _drop_partial_end(text)
    if cut_before:
        text = _drop_partial_start(text)
    cut = snippets.snippet(text, whole, prefixes)
    if cut_before and not cut.startswith(snippets.ELLIPSIS):
        cut = snippets.ELLIPSIS + cut
    if cut_after and not cut.endswith(snippets.ELLIPSIS):
        cut += snippets.ELLIPSIS
    return cut


def _around(
    text: str,
    at: int,
    whole: list[str],
    prefixes: list[str],
    *,
    cut_before: bool = False,
    cut_after: bool = False,
) -> str:
    """The snippet from the AROUND characters either side of position `at`."""
    start, end = max(0, at - AROUND), min(len(text), at + AROUND)
    return _piece(
        text[start:end],
        whole,
        prefixes,
        cut_before=cut_before or start > 0,
        cut_after=cut_after or end < len(text),
    )


def _snippet(
    conn: Connection,
    table: str,
    num: int,
    texts: list[tuple[str, int]],
    whole: list[str],
    prefixes: list[str],
) -> str:
    """The snippet of one hit from its texts' heads (text, full length), reading a
    long text on in windows when no word searched for is in its head."""
    # The heads together, as the record reads (a name and a legal name side by side);
    # a head that is not the whole text ends with "…".
    joined = _join(
        *(
            head if len(head) >= length else _drop_partial_end(head) + snippets.ELLIPSIS
            for head, length in texts
        )
    )
    at = snippets.find_hit(joined, whole, prefixes)
    if at is not None:
        return _around(joined, at, whole, prefixes)
    source = _TABLE_ALIAS.get(table, table)
    where = f"{'r.' if table == 'reflections' else ''}num = ?"
    for column, (head, length) in zip(_TEXT_COLUMNS[table], texts, strict=True):
        if len(head) >= length:
            continue
        start = len(head) - OVERLAP
        # SQLite finds a plain word in the rest at C speed (its lower() folds ASCII
        # only: a word with an accent is looked for window by window instead).
        plain = [word for word in [*whole, *prefixes] if word.isascii()]
        if plain and length <= MAX_SCAN:
            found = conn.execute(
                "SELECT "
                + ", ".join(f"instr(lower({column}), ?)" for _ in plain)
                + f" FROM {source} WHERE {where}",
                (*plain, num),
            ).fetchone()
            places = [int(p) for p in (found or ()) if p]
            if places:
                start = max(start, min(places) - 1 - AROUND)
        while start < min(length, MAX_SCAN):
            row = conn.execute(
                f"SELECT substr({column}, ?, ?) FROM {source} WHERE {where}",
                (start + 1, WINDOW, num),
            ).fetchone()
            window = str(row[0] or "") if row else ""
            if not window:
                break
            at = snippets.find_hit(window, whole, prefixes)
            if at is not None:
                return _around(
                    window,
                    at,
                    whole,
                    prefixes,
                    cut_before=True,
                    cut_after=start + len(window) < length,
                )
            start += WINDOW - OVERLAP
    # No word searched for shows (a name's accent folded otherwise): the start.
    return _around(joined, 0, whole, prefixes)


def _snippet_words(query: str, expansions: list[str] | None) -> tuple[list[str], list[str]]:
    """The folded words a snippet should show: whole words, and prefixes."""
    folded = [snippets.fold(word) for word in _words(query)]
    if expansions:
        return folded[:-1] + expansions, []
    if folded and len(folded[-1]) >= 2:
        return folded[:-1], folded[-1:]
    return folded, []


def _owners(
    rowids: list[int], conn: Connection
) -> dict[int, tuple[str, str, str | None, list[tuple[str, int]]]]:
    """rowid -> (table, record id, person id, [(the head of each text, its length)]),
    one query per kind."""
    by_table: dict[str, dict[int, int]] = {}
    for rowid in rowids:
        table = _KIND_OF_CODE.get(rowid >> _SHIFT)
        if table is not None:
            by_table.setdefault(table, {})[rowid & _NUM_MASK] = rowid
    owners: dict[int, tuple[str, str, str | None, list[tuple[str, int]]]] = {}
    for table, nums in by_table.items():
        marks = ", ".join("?" for _ in nums)
        texts = ", ".join(
            f"substr({column}, 1, {HEAD}), length({column})" for column in _TEXT_COLUMNS[table]
        )
        for num, record_id, person_id, *columns in conn.execute(
            _HIT_SQL[table].format(marks=marks, texts=texts), tuple(nums)
        ).fetchall():
            heads = [
                (str(columns[i] or ""), int(columns[i + 1] or 0)) for i in range(0, len(columns), 2)
            ]
            owners[nums[num]] = (table, record_id, person_id, heads)
    return owners
