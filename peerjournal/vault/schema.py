"""The database schema, as ordered migrations keyed to PRAGMA user_version.

Each migration runs in its own transaction and sets user_version inside it, so
a journal is always at one version or the next, never in between. Never edit a
released migration: add the next one.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlcipher3.dbapi2 as sqlite

from peerjournal import errors
from peerjournal.vault.database import Connection, transaction

_V1_TABLES = """
CREATE TABLE profile (
    singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
    name TEXT NOT NULL, credentials TEXT, organization TEXT, address TEXT,
    phone TEXT, email TEXT
);
CREATE TABLE people (
    num INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    preferred_name TEXT NOT NULL, legal_name TEXT, pronouns TEXT, date_of_birth TEXT,
    phone TEXT, email TEXT, address TEXT, postal_code TEXT, preferred_language TEXT,
    notes TEXT,
    name_key TEXT NOT NULL
);
CREATE INDEX people_by_name ON people (name_key);
CREATE TABLE clinicians (
    num INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL, organization TEXT, address TEXT, phone TEXT, fax TEXT, email TEXT
);
CREATE TABLE encounters (
    num INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    person_id TEXT NOT NULL REFERENCES people (id),
    occurred_at TEXT NOT NULL,
    mode TEXT NOT NULL,
    duration_minutes INTEGER,
    setting TEXT,
    their_story TEXT, what_they_want TEXT, how_i_helped TEXT,
    follow_up_on TEXT
);
CREATE INDEX encounters_by_person ON encounters (person_id, occurred_at);
CREATE INDEX encounters_by_time ON encounters (occurred_at);
CREATE INDEX encounters_by_follow_up ON encounters (follow_up_on)
    WHERE follow_up_on IS NOT NULL;
CREATE TABLE reflections (
    num INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    written_at TEXT NOT NULL,
    encounter_id TEXT REFERENCES encounters (id) ON DELETE SET NULL,
    what_i_shared TEXT, what_i_learned TEXT, "unique" TEXT, universal TEXT, self_care TEXT
);
CREATE INDEX reflections_by_encounter ON reflections (encounter_id);
CREATE INDEX reflections_by_time ON reflections (written_at);
CREATE TABLE goals (
    num INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    person_id TEXT NOT NULL REFERENCES people (id),
    in_their_words TEXT NOT NULL,
    set_on TEXT NOT NULL,
    status TEXT NOT NULL,
    closed_on TEXT
);
CREATE INDEX goals_by_person ON goals (person_id);
CREATE TABLE consents (
    num INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    person_id TEXT NOT NULL REFERENCES people (id),
    recipient_id TEXT NOT NULL REFERENCES clinicians (id),
    purpose TEXT NOT NULL,
    information TEXT NOT NULL,
    signed_on TEXT NOT NULL,
    expires_on TEXT, expires_when TEXT, revoked_on TEXT
);
CREATE INDEX consents_by_person ON consents (person_id, recipient_id);
CREATE TABLE referrals (
    num INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    person_id TEXT NOT NULL REFERENCES people (id),
    clinician_id TEXT NOT NULL REFERENCES clinicians (id),
    kind TEXT NOT NULL,
    reason_in_their_words TEXT NOT NULL,
    created_on TEXT NOT NULL,
    status TEXT NOT NULL,
    consent_id TEXT REFERENCES consents (id),
    request TEXT,
    status_on TEXT
);
CREATE INDEX referrals_by_person ON referrals (person_id);
CREATE INDEX referrals_by_created ON referrals (created_on);
CREATE TABLE disclosures (
    num INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    referral_id TEXT NOT NULL REFERENCES referrals (id),
    person_id TEXT NOT NULL REFERENCES people (id),
    recipient_id TEXT NOT NULL REFERENCES clinicians (id),
    consent_id TEXT REFERENCES consents (id),
    disclosed_at TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    override_reason TEXT
);
CREATE INDEX disclosures_by_person ON disclosures (person_id);
CREATE INDEX disclosures_by_referral ON disclosures (referral_id);
-- The search index lives inside the encrypted database: never a plaintext index.
-- prefix indexes make the word being typed (a prefix) as fast as a whole word
CREATE VIRTUAL TABLE search_index USING fts5 (
    title, body, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4'
);
INSERT INTO search_index (search_index, rank) VALUES ('rank', 'bm25(2.0, 1.0)');
-- a larger in-memory buffer before each flush: bulk imports merge far less
INSERT INTO search_index (search_index, rank) VALUES ('hashsize', 33554432);
-- the indexed words, to expand the word being typed into the few it starts
CREATE VIRTUAL TABLE search_vocab USING fts5vocab (search_index, 'row');
"""


def _v1(conn: Connection) -> None:
    """The first schema: records and the search index. The repository keeps
    the index in step (not triggers: FTS5 flushes a segment per triggered
    statement, which makes bulk imports ten times slower)."""
    _run_script(conn, _V1_TABLES)


def _v2(conn: Connection) -> None:
    """Drafts kept inside the encrypted database; referral follow-ups."""
    _run_script(
        conn,
        """
CREATE TABLE drafts (
    key TEXT PRIMARY KEY,
    payload TEXT NOT NULL,
    saved_at TEXT NOT NULL
);
ALTER TABLE referrals ADD COLUMN follow_up_on TEXT;
CREATE INDEX referrals_by_follow_up ON referrals (follow_up_on) WHERE follow_up_on IS NOT NULL;
""",
    )


_V3_SEARCH = """
DROP TABLE search_vocab;
DROP TABLE search_index;
-- contentless: the index keeps no second copy of every text (snippets are cut
-- from the records); contentless_delete lets a record's entry be removed by rowid.
-- One prefix index, for the word being typed as its first two letters.
CREATE VIRTUAL TABLE search_index USING fts5 (
    title, body, tokenize = 'unicode61 remove_diacritics 2', prefix = '2',
    content = '', contentless_delete = 1
);
INSERT INTO search_index (search_index, rank) VALUES ('rank', 'bm25(2.0, 1.0)');
-- FTS5's default 1 MB buffer before each flush: with cipher_memory_security every
-- allocation is locked and wiped, and a 32 MB buffer made imports twice as slow
CREATE VIRTUAL TABLE search_vocab USING fts5vocab (search_index, 'row');
-- rowid = the kind's priority << 40 | num; title and body as the vault indexes them
INSERT INTO search_index (rowid, title, body)
    SELECT (5 << 40) | num, concat_ws(char(10), nullif(preferred_name, ''), nullif(legal_name, '')),
        coalesce(notes, '') FROM people;
INSERT INTO search_index (rowid, title, body)
    SELECT (4 << 40) | num, '', coalesce(in_their_words, '') FROM goals;
INSERT INTO search_index (rowid, title, body)
    SELECT (3 << 40) | num, '',
        concat_ws(char(10), nullif(reason_in_their_words, ''), nullif(request, '')) FROM referrals;
INSERT INTO search_index (rowid, title, body)
    SELECT (2 << 40) | num, '', concat_ws(char(10), nullif(what_i_shared, ''),
        nullif(what_i_learned, ''), nullif("unique", ''), nullif(universal, ''),
        nullif(self_care, '')) FROM reflections;
INSERT INTO search_index (rowid, title, body)
    SELECT (1 << 40) | num, '', concat_ws(char(10), nullif(their_story, ''),
        nullif(what_they_want, ''), nullif(how_i_helped, '')) FROM encounters;
"""


def _v3(conn: Connection) -> None:
    """The search index without its second copy of every text, and with one
    prefix index instead of three: less than half the size, so checks,
    backups and imports take less than half the time. Rebuilt from the records."""
    _run_script(conn, _V3_SEARCH)


def _backup_places(conn: Connection) -> None:
    """Where manual backups were last written (the folders stay inside the encrypted
    journal), so what a killed one left there can be swept. Its presence also marks
    a journal written by a version that seals its backups (backup.SEALED_SINCE_TABLE)."""
    _run_script(
        conn,
        """
CREATE TABLE backup_places (
    folder TEXT NOT NULL,
    name TEXT NOT NULL,
    started_at TEXT NOT NULL,
    PRIMARY KEY (folder, name)
);
""",
    )


def _report_log(conn: Connection) -> None:
    """The report log: what each anonymized report written published (spec/report.md,
    Across reports). Inside the encrypted journal, like the disclosure log."""
    _run_script(
        conn,
        """
CREATE TABLE report_log (
    num INTEGER PRIMARY KEY,
    written_at TEXT NOT NULL,
    first_month TEXT NOT NULL,
    last_month TEXT NOT NULL,
    grain TEXT NOT NULL,
    min_cell INTEGER NOT NULL,
    format TEXT NOT NULL,
    merged_from INTEGER NOT NULL DEFAULT 0,
    audit_hidden INTEGER NOT NULL DEFAULT 0,
    cells TEXT NOT NULL
);
""",
    )


_CHECKINS = """
CREATE TABLE life_parts (
    num INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    person_id TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX life_parts_by_person ON life_parts (person_id, name);
CREATE TABLE checkins (
    num INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    person_id TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    taken_on TEXT NOT NULL
);
CREATE INDEX checkins_by_person ON checkins (person_id, taken_on);
-- person_id here too: forgetting a person reaches every row about them by that column
CREATE TABLE checkin_ratings (
    checkin_num INTEGER NOT NULL REFERENCES checkins (num) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    person_id TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    part_id TEXT NOT NULL REFERENCES life_parts (id) ON DELETE CASCADE,
    rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
    in_their_words TEXT,
    PRIMARY KEY (checkin_num, position)
);
CREATE INDEX checkin_ratings_by_part ON checkin_ratings (part_id);
CREATE INDEX checkin_ratings_by_person ON checkin_ratings (person_id);
CREATE TABLE copies_made (
    num INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    person_id TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    made_at TEXT NOT NULL,
    period_from TEXT,
    language TEXT NOT NULL,
    sha256 TEXT NOT NULL
);
CREATE INDEX copies_made_by_person ON copies_made (person_id);
-- a check-in's words as one text, for search snippets (a view: no second copy)
CREATE VIEW checkin_words AS
    SELECT c.num AS num, c.id AS id, c.person_id AS person_id,
        group_concat(r.in_their_words, char(10)) AS words
    FROM checkins AS c LEFT JOIN checkin_ratings AS r ON r.checkin_num = c.num
    GROUP BY c.num;
-- a check-in's words leave the search index with it, however it is deleted
-- (check-ins are few, so a trigger costs nothing on bulk imports)
CREATE TRIGGER checkins_leave_search AFTER DELETE ON checkins BEGIN
    DELETE FROM search_index WHERE rowid = old.num;
END;
"""


def _checkins_and_copies(conn: Connection) -> None:
    """Check-ins (the person's parts of life, their ratings and words) and the
    log of copies of their own record handed to a person."""
    _run_script(conn, _CHECKINS)


_FORGOTTEN = """
-- The disclosure log's entries about a person who asked to be forgotten: who
-- received what, when, and the letter's fingerprint, without the person.
CREATE TABLE forgotten_disclosures (
    num INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    recipient_id TEXT NOT NULL REFERENCES clinicians (id),
    disclosed_at TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    overridden INTEGER NOT NULL DEFAULT 0,
    forgotten_on TEXT NOT NULL
);
"""


def _forgotten_disclosures(conn: Connection) -> None:
    """Forgetting a person keeps the disclosure log's entries, without them."""
    _run_script(conn, _FORGOTTEN)


def _journal_settings(conn: Connection) -> None:
    """Choices that belong to this journal, not to the computer (the words never to
    hint, hints in reflections): kept encrypted with it and carried by its backups."""
    _run_script(
        conn,
        """
CREATE TABLE journal_settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
""",
    )


def _practice_fields(conn: Connection) -> None:
    """The practice on the page: "What I did" apart from their answer to "How can
    I help?" (older notes keep both in how_i_helped), and the reflection's
    reciprocity questions and private self-check (a JSON list of words)."""
    _run_script(
        conn,
        """
ALTER TABLE encounters ADD COLUMN what_i_did TEXT;
ALTER TABLE reflections ADD COLUMN learned_from_them TEXT;
ALTER TABLE reflections ADD COLUMN why_i_shared TEXT;
ALTER TABLE reflections ADD COLUMN self_check TEXT;
""",
    )


_LETTERS_AND_CONSENTS = """
ALTER TABLE clinicians ADD COLUMN salutation TEXT;
ALTER TABLE consents ADD COLUMN covers TEXT;
ALTER TABLE consents ADD COLUMN signature TEXT;
ALTER TABLE referrals ADD COLUMN share_contact INTEGER NOT NULL DEFAULT 0;
ALTER TABLE referrals ADD COLUMN to_know TEXT;
ALTER TABLE referrals ADD COLUMN going_well TEXT;
ALTER TABLE referrals ADD COLUMN how_i_will_help TEXT;
-- photos and scans of consents signed on paper: inside the encrypted database,
-- never a loose file; person_id lets forgetting a person delete them too
CREATE TABLE consent_attachments (
    num INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    consent_id TEXT NOT NULL REFERENCES consents (id) ON DELETE CASCADE,
    person_id TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    media_type TEXT NOT NULL,
    name TEXT,
    added_on TEXT NOT NULL,
    size INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    data BLOB NOT NULL
);
CREATE INDEX consent_attachments_by_consent ON consent_attachments (consent_id);
CREATE INDEX consent_attachments_by_person ON consent_attachments (person_id);
"""


def _letters_and_consents(conn: Connection) -> None:
    """Letters a clinician wants to read, and consent where the peer works:
    how to address a clinician, what a consent covers, a signature drawn on
    screen, the letter's optional sections, and paper consents kept as photos."""
    _run_script(conn, _LETTERS_AND_CONSENTS)


MIGRATIONS: tuple[Callable[[Connection], None], ...] = (
    _v1,
    _v2,
    _v3,
    _backup_places,
    _report_log,
    _checkins_and_copies,
    _forgotten_disclosures,
    _journal_settings,
    _practice_fields,
    _letters_and_consents,
)
CURRENT_VERSION = len(MIGRATIONS)


def _run_script(conn: Connection, script: str) -> None:
    # executescript would COMMIT our transaction; run statement by statement.
    for statement in _statements(script):
        conn.execute(statement)


def _statements(script: str) -> list[str]:
    out: list[str] = []
    buffer = ""
    for line in script.splitlines():
        if line.strip().startswith("--"):
            continue
        buffer += line + "\n"
        if buffer.strip() and _complete(buffer):
            out.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        out.append(buffer.strip())
    return out


def _complete(text: str) -> bool:
    return bool(sqlite.complete_statement(text))


def version(conn: Connection) -> int:
    """The schema version of an open database."""
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def is_empty(conn: Connection) -> bool:
    """True for a brand-new database file with no tables."""
    return int(conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]) == 0


def check_supported(conn: Connection) -> None:
    """Refused for a journal made by a newer PeerJournal."""
    if version(conn) > CURRENT_VERSION:
        raise errors.Refused(
            "This journal was saved by a newer version of PeerJournal. Update PeerJournal "
            "to open it; nothing was changed."
        )


def migrate(conn: Connection, *, upto: int = CURRENT_VERSION) -> int:
    """Run every migration after the database's version, up to `upto`, each in
    its own transaction. Returns how many ran."""
    check_supported(conn)
    ran = 0
    for number in range(version(conn) + 1, upto + 1):
        with transaction(conn):
            MIGRATIONS[number - 1](conn)
            conn.execute(f"PRAGMA user_version = {number}")
        ran += 1
    return ran
