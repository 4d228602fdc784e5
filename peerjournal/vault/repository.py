"""Reading and writing records on an open connection: generic by record kind,
plus the few queries the screens need. No business rules live here."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import date, datetime, timedelta
from typing import Any, TypeVar

from peerjournal import errors
from peerjournal.core.models import (
    Consent,
    Disclosure,
    Encounter,
    Goal,
    GoalStatus,
    JournalContents,
    Mode,
    Person,
    Profile,
    Referral,
    ReferralKind,
    ReferralStatus,
    Reflection,
    Setting,
)
from peerjournal.core.report import MonthlyTally
from peerjournal.core.report_audit import LoggedReport, cells_from_json
from peerjournal.core.report_facts import EncounterFact, GoalFact, ReferralFact, ReportFacts
from peerjournal.vault import attachments, records, search
from peerjournal.vault import checkins as checkin_store
from peerjournal.vault.database import Connection, IntegrityError, transaction
from peerjournal.vault.records import Table

R = TypeVar("R")

_PROFILE_FIELDS = ("name", "credentials", "organization", "address", "phone", "email")


def _cols(names: Iterable[str]) -> str:
    # "unique" is an SQL keyword: quote every column.
    return ", ".join(f'"{name}"' for name in names)


def _insert_sql(table: Table, *, numbered: bool = False) -> str:
    columns = ("num", *table.columns) if numbered else table.columns
    marks = ", ".join("?" for _ in columns)
    return f"INSERT INTO {table.table} ({_cols(columns)}) VALUES ({marks})"


def _upsert_sql(table: Table) -> str:
    updates = ", ".join(f'"{c}" = excluded."{c}"' for c in table.columns if c != "id")
    return f"{_insert_sql(table)} ON CONFLICT (id) DO UPDATE SET {updates} RETURNING num"


def _select(table: Table) -> str:
    return f"SELECT {_cols(table.fields)} FROM {table.table}"


def _rows(conn: Connection, table: Table, where: str = "", params: Sequence[Any] = ()) -> list[Any]:
    sql = _select(table) + (" " + where if where else "")
    return [table.from_row(row) for row in conn.execute(sql, tuple(params))]


# --- generic ------------------------------------------------------------------


def find(conn: Connection, kind: type[R], record_id: str) -> R | None:
    """The record of this kind with this id, or None."""
    table = records.table_of(kind)
    found: list[R] = _rows(conn, table, "WHERE id = ?", (record_id,))
    return found[0] if found else None


def get(conn: Connection, kind: type[R], record_id: str) -> R:
    """The record of this kind with this id; NotFound if there is none."""
    found = find(conn, kind, record_id)
    if found is None:
        table = records.table_of(kind)
        raise errors.NotFound(f'There is no record with id "{record_id}" in {table.table}.')
    return found


def save(conn: Connection, record: Any) -> None:
    """Insert or update one record, in one transaction."""
    table = records.table_of(type(record))
    try:
        with transaction(conn):
            num = conn.execute(_upsert_sql(table), table.to_row(record)).fetchone()[0]
            search.reindex(conn, table.table, num, record)
    except IntegrityError:
        raise errors.Invalid(
            f'{table.table} (id "{record.id}"): a reference names no record, or a '
            "required field is empty. Nothing was saved."
        ) from None


def delete(conn: Connection, kind: type[Any], record_id: str) -> None:
    """Delete one record. Refused while other records still point at it."""
    table = records.table_of(kind)
    try:
        with transaction(conn):
            gone = conn.execute(
                f"DELETE FROM {table.table} WHERE id = ? RETURNING num", (record_id,)
            ).fetchall()
            if not gone:
                raise errors.NotFound(f'There is no record with id "{record_id}" in {table.table}.')
            search.unindex(conn, table.table, gone[0][0])
    except IntegrityError:
        raise errors.Refused(
            f'{table.table} (id "{record_id}") is still named by other records; '
            "delete or change those first. Nothing was deleted."
        ) from None


def count(conn: Connection, kind: type[Any]) -> int:
    """How many records of this kind."""
    table = records.table_of(kind)
    return int(conn.execute(f"SELECT count(*) FROM {table.table}").fetchone()[0])


def ids(conn: Connection) -> dict[str, set[str]]:
    """The ids in each interchange list."""
    found = {
        name: {row[0] for row in conn.execute(f"SELECT id FROM {name}")} for name in _LIST_NAMES
    }
    found["checkins"] = checkin_store.checkin_ids(conn)
    found["disclosures"] = _disclosure_ids(conn)
    return found


_LIST_NAMES = (
    "people",
    "clinicians",
    "encounters",
    "reflections",
    "goals",
    "consents",
    "referrals",
)


# --- bulk ---------------------------------------------------------------------


def _check_contents(conn: Connection, contents: JournalContents) -> None:
    """Invalid, naming list, index, id and field, for a duplicate id or a
    reference to no record (in the contents or the vault)."""
    known = ids(conn)
    for name in (*_LIST_NAMES, "disclosures"):
        present = known[name]
        for index, record in enumerate(getattr(contents, name)):
            if record.id in present:
                raise errors.Invalid(
                    f'{name}[{index}] (id "{record.id}"): id: "{record.id}" is already used '
                    f"in {name}. Nothing was added."
                )
            present.add(record.id)
    for name, refs in records.REFERENCES.items():
        if name == "disclosures":
            continue
        for index, record in enumerate(getattr(contents, name)):
            for field_name, target in refs.items():
                value = getattr(record, field_name)
                if value is not None and value not in known[target]:
                    raise errors.Invalid(
                        f'{name}[{index}] (id "{record.id}"): {field_name}: names '
                        f"no record in {target}. Nothing was added."
                    )


def add_contents(conn: Connection, contents: JournalContents) -> None:
    """Add every record of `contents` in one transaction, or none."""
    _check_contents(conn, contents)
    checkin_store.check_new(conn, contents.checkins, (p.id for p in contents.people))
    try:
        with transaction(conn):
            if contents.profile is not None:
                _write_profile(conn, contents.profile)
            for name in _LIST_NAMES:
                listed = getattr(contents, name)
                if listed:
                    _insert_many(conn, records.BY_NAME[name], listed)
            if contents.checkins:
                checkin_store.insert_many(conn, contents.checkins)
            if contents.disclosures:
                _insert_disclosures(conn, contents.disclosures)
            if contents.attachments:
                attachments.insert_many(conn, contents.attachments)
    except IntegrityError:
        raise errors.Invalid(
            "A record is missing a required field or names no record. Nothing was added."
        ) from None


def _insert_many(conn: Connection, table: Table, listed: Sequence[Any]) -> None:
    # Numbering here lets the search index be filled in one executemany too.
    first = conn.execute(f"SELECT coalesce(max(num), 0) + 1 FROM {table.table}").fetchone()[0]
    numbered = list(enumerate(listed, start=first))
    conn.executemany(
        _insert_sql(table, numbered=True), ((num, *table.to_row(r)) for num, r in numbered)
    )
    search.index_many(conn, table.table, numbered)


def load_contents(conn: Connection) -> JournalContents:
    """The whole journal, the disclosure log included (without drafts), for export."""
    lists = {name: _rows(conn, records.BY_NAME[name], "ORDER BY num") for name in _LIST_NAMES}
    return JournalContents(
        profile=profile(conn),
        **lists,
        checkins=checkin_store.all_checkins(conn),
        attachments=attachments.all_with_data(conn),
        disclosures=[
            *_rows(conn, records.DISCLOSURES, "ORDER BY num"),
            *_forgotten_disclosures(conn),
        ],
    )


# --- the disclosure log in interchange ------------------------------------------
# An entry about a person since forgotten is kept without them (vault/forget.py): in
# interchange it has no person_id, names the referral FORGOTTEN_REFERRAL, and says only
# that scope findings were overridden, not why (the reason held their words).
FORGOTTEN_REFERRAL = "forgotten"
OVERRIDE_KEPT = "Scope findings were overridden; the reason was deleted with the person."


def _disclosure_ids(conn: Connection) -> set[str]:
    found = {str(row[0]) for row in conn.execute("SELECT id FROM disclosures")}
    if _has_table(conn, "forgotten_disclosures"):  # not before its migration
        found.update(str(row[0]) for row in conn.execute("SELECT id FROM forgotten_disclosures"))
    return found


def _has_table(conn: Connection, name: str) -> bool:
    row = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)
    ).fetchone()
    return row is not None


def _forgotten_disclosures(conn: Connection) -> list[Disclosure]:
    return [
        Disclosure(
            id=str(row[0]),
            referral_id=FORGOTTEN_REFERRAL,
            person_id=None,
            recipient_id=str(row[1]),
            consent_id=None,
            disclosed_at=datetime.fromisoformat(str(row[2])),
            sha256=str(row[3]),
            override_reason=OVERRIDE_KEPT if row[4] else None,
        )
        for row in conn.execute(
            "SELECT id, recipient_id, disclosed_at, sha256, overridden "
            "FROM forgotten_disclosures ORDER BY num"
        )
    ]


def _insert_disclosures(conn: Connection, entries: Sequence[Disclosure]) -> None:
    """Entries that name their person join the log; the others join the entries about
    people since forgotten, as `forget` keeps them."""
    named = [entry for entry in entries if entry.person_id is not None]
    if named:
        _insert_many(conn, records.DISCLOSURES, named)
    today = date.today().isoformat()
    conn.executemany(
        "INSERT INTO forgotten_disclosures "
        "(id, recipient_id, disclosed_at, sha256, overridden, forgotten_on) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        [
            (entry.id, entry.recipient_id, entry.disclosed_at.isoformat(),
             entry.sha256, entry.override_reason is not None, today)
            for entry in entries
            if entry.person_id is None
        ],
    )


# --- profile ------------------------------------------------------------------


def profile(conn: Connection) -> Profile | None:
    """The peer's profile, if set."""
    row = conn.execute(f"SELECT {_cols(_PROFILE_FIELDS)} FROM profile").fetchone()
    return None if row is None else Profile(**dict(zip(_PROFILE_FIELDS, row, strict=True)))


def _write_profile(conn: Connection, value: Profile) -> None:
    marks = ", ".join("?" for _ in _PROFILE_FIELDS)
    conn.execute(
        f"INSERT OR REPLACE INTO profile (singleton, {_cols(_PROFILE_FIELDS)}) VALUES (1, {marks})",
        tuple(getattr(value, f) for f in _PROFILE_FIELDS),
    )


def set_profile(conn: Connection, value: Profile) -> None:
    """Set (replace) the peer's profile."""
    with transaction(conn):
        _write_profile(conn, value)


# --- the screens' queries -------------------------------------------------------


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def people(
    conn: Connection, filter_text: str = "", limit: int | None = None, offset: int = 0
) -> list[Person]:
    """People by preferred name; with a filter, those whose preferred or legal
    name holds it (any case, any accents), names that start with it first."""
    folded = records.fold(filter_text.strip())
    paging = " LIMIT ? OFFSET ?"
    page = (-1 if limit is None else limit, offset)
    if not folded:
        return _rows(conn, records.PEOPLE, "ORDER BY name_key, num" + paging, page)
    pattern = _like_escape(folded)
    where = (
        "WHERE name_key LIKE ? ESCAPE '\\' "
        "ORDER BY CASE WHEN name_key LIKE ? ESCAPE '\\' THEN 0 "
        "WHEN name_key LIKE ? ESCAPE '\\' OR name_key LIKE ? ESCAPE '\\' THEN 1 ELSE 2 END, "
        "name_key, num" + paging
    )
    params = (
        f"%{pattern}%",
        f"{pattern}%",
        f"% {pattern}%",
        f"%\n{pattern}%",
        *page,
    )
    return _rows(conn, records.PEOPLE, where, params)


def encounters_of(conn: Connection, person_id: str) -> list[Encounter]:
    """A person's encounters, newest first."""
    return _rows(
        conn,
        records.ENCOUNTERS,
        "WHERE person_id = ? ORDER BY occurred_at DESC, num DESC",
        (person_id,),
    )


def goals_of(conn: Connection, person_id: str) -> list[Goal]:
    """A person's goals, newest first."""
    return _rows(
        conn, records.GOALS, "WHERE person_id = ? ORDER BY set_on DESC, num DESC", (person_id,)
    )


def consents_of(conn: Connection, person_id: str) -> list[Consent]:
    """A person's consents, newest first."""
    return _rows(
        conn,
        records.CONSENTS,
        "WHERE person_id = ? ORDER BY signed_on DESC, num DESC",
        (person_id,),
    )


def referrals_of(conn: Connection, person_id: str) -> list[Referral]:
    """A person's referrals, newest first."""
    return _rows(
        conn,
        records.REFERRALS,
        "WHERE person_id = ? ORDER BY created_on DESC, num DESC",
        (person_id,),
    )


def reflections(conn: Connection, limit: int | None = None, offset: int = 0) -> list[Reflection]:
    """The peer's reflections, newest first."""
    page = (-1 if limit is None else limit, offset)
    return _rows(
        conn, records.REFLECTIONS, "ORDER BY written_at DESC, num DESC LIMIT ? OFFSET ?", page
    )


def reflections_of_encounter(conn: Connection, encounter_id: str) -> list[Reflection]:
    """The reflections written about one encounter, newest first."""
    return _rows(
        conn,
        records.REFLECTIONS,
        "WHERE encounter_id = ? ORDER BY written_at DESC, num DESC",
        (encounter_id,),
    )


def reflections_of_person(conn: Connection, person_id: str) -> list[Reflection]:
    """The reflections written about any encounter with one person, newest
    first, in one query (a person's timeline may hold thousands of encounters)."""
    return _rows(
        conn,
        records.REFLECTIONS,
        "WHERE encounter_id IN (SELECT id FROM encounters WHERE person_id = ?) "
        "ORDER BY written_at DESC, num DESC",
        (person_id,),
    )


def consents_between(conn: Connection, person_id: str, recipient_id: str) -> list[Consent]:
    """A person's consents to one recipient, newest first."""
    return _rows(
        conn,
        records.CONSENTS,
        "WHERE person_id = ? AND recipient_id = ? ORDER BY signed_on DESC, num DESC",
        (person_id, recipient_id),
    )


def follow_ups_due(conn: Connection, on: date) -> list[Encounter | Referral]:
    """Encounters and referrals whose follow_up_on is on or before `on`, oldest due first."""
    day = on.isoformat()
    due: list[Encounter | Referral] = []
    due.extend(_rows(conn, records.ENCOUNTERS, "WHERE follow_up_on <= ?", (day,)))
    due.extend(_rows(conn, records.REFERRALS, "WHERE follow_up_on <= ?", (day,)))
    due.sort(key=lambda r: (r.follow_up_on or on, r.id))
    return due


def disclosures(conn: Connection, person_id: str | None = None) -> list[Disclosure]:
    """The disclosure log (of one person, or all), newest first."""
    if person_id is None:
        return _rows(conn, records.DISCLOSURES, "ORDER BY disclosed_at DESC, num DESC")
    return _rows(
        conn,
        records.DISCLOSURES,
        "WHERE person_id = ? ORDER BY disclosed_at DESC, num DESC",
        (person_id,),
    )


def record_disclosure(conn: Connection, disclosure: Disclosure, also_save: Any = None) -> None:
    """Add one disclosure to the log; the log is append-only. `also_save` (the
    referral, now sent) is saved in the same transaction: both or neither."""
    try:
        with transaction(conn):
            _insert_many(conn, records.DISCLOSURES, [disclosure])
            if also_save is not None:
                table = records.table_of(type(also_save))
                num = conn.execute(_upsert_sql(table), table.to_row(also_save)).fetchone()[0]
                search.reindex(conn, table.table, num, also_save)
    except IntegrityError:
        raise errors.Invalid(
            f'disclosures (id "{disclosure.id}"): the id is already used, or a reference '
            "names no record. Nothing was saved."
        ) from None


def report_tally(conn: Connection, start: date, end: date) -> MonthlyTally:
    """What a report counts in [start, end], month by month, added up by the
    database (no row leaves SQL but a month's person ids): the fast path for
    reports audited over many months."""
    first, after = start.isoformat(), (end + timedelta(days=1)).isoformat()
    counted = MonthlyTally(start=start, end=end)
    month = "CAST(substr({0}, 1, 4) AS INTEGER), CAST(substr({0}, 6, 2) AS INTEGER)"
    # One plain pass, added up here: a GROUP BY in SQLite builds a temporary
    # b-tree (locked, wiped memory under SQLCipher) and is three times slower.
    combos, minutes, people = counted.encounters, counted.minutes, counted.people
    for occurred_at, mode, setting, duration, person_id in conn.execute(
        "SELECT occurred_at, mode, setting, duration_minutes, person_id FROM encounters "
        "WHERE occurred_at >= ? AND occurred_at < ?",
        (first, after),
    ):
        ym = (int(occurred_at[:4]), int(occurred_at[5:7]))
        combo = (*ym, mode, setting)
        combos[combo] = combos.get(combo, 0) + 1
        minutes[ym] = minutes.get(ym, 0) + (duration or 0)
        here = people.get(ym)
        if here is None:
            here = people[ym] = set()
        here.add(person_id)
    counted.dates_of_birth = {
        person_id: None if dob is None else date.fromisoformat(dob)
        for person_id, dob in conn.execute(
            "SELECT id, date_of_birth FROM people WHERE id IN (SELECT person_id FROM encounters "
            "WHERE occurred_at >= ? AND occurred_at < ?)",
            (first, after),
        )
    }
    for y, m, kind, status, n in conn.execute(
        f"SELECT {month.format('created_on')}, kind, status, count(*) FROM referrals "
        "WHERE created_on >= ? AND created_on < ? GROUP BY 1, 2, 3, 4",
        (first, after),
    ):
        counted.referrals[(y, m, kind, status)] = n
    for y, m, n in conn.execute(
        f"SELECT {month.format('set_on')}, count(*) FROM goals "
        "WHERE set_on >= ? AND set_on < ? GROUP BY 1, 2",
        (first, after),
    ):
        counted.goals_set[(y, m)] = n
    for y, m, n in conn.execute(
        f"SELECT {month.format('closed_on')}, count(*) FROM goals WHERE status = 'met' "
        "AND closed_on >= ? AND closed_on < ? GROUP BY 1, 2",
        (first, after),
    ):
        counted.goals_met[(y, m)] = n
    return counted


# --- the report log ---------------------------------------------------------------

_REPORT_LOG_COLUMNS = (
    "num, written_at, first_month, last_month, grain, min_cell, format, merged_from, "
    "audit_hidden, cells"
)


def report_log(conn: Connection) -> list[LoggedReport]:
    """Every report written, oldest first."""
    return [
        LoggedReport(
            id=num,
            written_at=written_at,
            first_month=first,
            last_month=last,
            grain=grain,
            min_cell=min_cell,
            kind=kind,
            merged_from=merged_from,
            audit_hidden=audit_hidden,
            cells=cells_from_json(cells),
        )
        for num, written_at, first, last, grain, min_cell, kind, merged_from, audit_hidden, cells
        in conn.execute(f"SELECT {_REPORT_LOG_COLUMNS} FROM report_log ORDER BY num")
    ]


def record_report(conn: Connection, entry: LoggedReport) -> int:
    """Add one written report to the log (append-only); its number."""
    with transaction(conn):
        conn.execute(
            "INSERT INTO report_log (written_at, first_month, last_month, grain, min_cell, "
            "format, merged_from, audit_hidden, cells) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                entry.written_at,
                entry.first_month,
                entry.last_month,
                entry.grain,
                entry.min_cell,
                entry.kind,
                entry.merged_from,
                entry.audit_hidden,
                entry.cells_json(),
            ),
        )
        number = conn.execute("SELECT last_insert_rowid()").fetchone()[0]
    return int(number)


# --- drafts ---------------------------------------------------------------------


def save_draft(conn: Connection, key: str, payload: dict[str, Any]) -> None:
    """Keep a draft (inside the encrypted database, never a side file)."""
    text = json.dumps(payload, ensure_ascii=False)
    with transaction(conn):
        conn.execute(
            "INSERT INTO drafts (key, payload, saved_at) VALUES (?, ?, ?) ON CONFLICT (key) "
            "DO UPDATE SET payload = excluded.payload, saved_at = excluded.saved_at",
            (key, text, datetime.now().isoformat(timespec="seconds")),
        )


def drafts(conn: Connection) -> dict[str, dict[str, Any]]:
    """Every kept draft, by key."""
    out: dict[str, dict[str, Any]] = {}
    for key, text in conn.execute("SELECT key, payload FROM drafts ORDER BY saved_at, key"):
        out[key] = json.loads(text)
    return out


def discard_draft(conn: Connection, key: str) -> None:
    """Forget a draft (no error if there is none)."""
    with transaction(conn):
        conn.execute("DELETE FROM drafts WHERE key = ?", (key,))


# --- report facts -----------------------------------------------------------------


def report_facts(conn: Connection, start: date, end: date) -> ReportFacts:
    """The light rows of the period [start, end], inclusive: no text columns."""
    first, after = start.isoformat(), (end + timedelta(days=1)).isoformat()
    encounters = tuple(
        EncounterFact(
            person_id=person_id,
            occurred_at=datetime.fromisoformat(occurred_at),
            mode=Mode(mode),
            setting=None if setting is None else Setting(setting),
            duration_minutes=minutes,
        )
        for person_id, occurred_at, mode, setting, minutes in conn.execute(
            "SELECT person_id, occurred_at, mode, setting, duration_minutes FROM encounters "
            "WHERE occurred_at >= ? AND occurred_at < ? ORDER BY occurred_at, num",
            (first, after),
        )
    )
    births = {
        person_id: None if dob is None else date.fromisoformat(dob)
        for person_id, dob in conn.execute(
            "SELECT id, date_of_birth FROM people WHERE id IN (SELECT person_id FROM encounters "
            "WHERE occurred_at >= ? AND occurred_at < ?)",
            (first, after),
        )
    }
    referral_facts = tuple(
        ReferralFact(
            kind=ReferralKind(kind),
            status=ReferralStatus(status),
            created_on=date.fromisoformat(on),
        )
        for kind, status, on in conn.execute(
            "SELECT kind, status, created_on FROM referrals "
            "WHERE created_on >= ? AND created_on < ? ORDER BY created_on, num",
            (first, after),
        )
    )
    goal_facts = tuple(
        GoalFact(
            set_on=date.fromisoformat(set_on),
            status=GoalStatus(status),
            closed_on=None if closed is None else date.fromisoformat(closed),
        )
        for set_on, status, closed in conn.execute(
            "SELECT set_on, status, closed_on FROM goals WHERE (set_on >= ? AND set_on < ?) "
            "OR (closed_on >= ? AND closed_on < ?) ORDER BY set_on, num",
            (first, after, first, after),
        )
    )
    return ReportFacts(
        start=start,
        end=end,
        encounters=encounters,
        dates_of_birth=births,
        referrals=referral_facts,
        goals=goal_facts,
    )


# --- journal settings -------------------------------------------------------------


def journal_setting(conn: Connection, key: str) -> Any:
    """The value kept under `key` (JSON), or None."""
    row = conn.execute("SELECT value FROM journal_settings WHERE key = ?", (key,)).fetchone()
    return None if row is None else json.loads(row[0])


def set_journal_setting(conn: Connection, key: str, value: Any) -> None:
    """Keep `value` (JSON-able) under `key`; None forgets it."""
    with transaction(conn):
        if value is None:
            conn.execute("DELETE FROM journal_settings WHERE key = ?", (key,))
        else:
            conn.execute(
                "INSERT INTO journal_settings (key, value) VALUES (?, ?) ON CONFLICT (key) "
                "DO UPDATE SET value = excluded.value",
                (key, json.dumps(value, ensure_ascii=False)),
            )
