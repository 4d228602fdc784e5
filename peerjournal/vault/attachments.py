"""Photos and scans of consents signed on paper, kept as blobs inside the
encrypted database (never a loose file). Lists carry no bytes: the bytes are
read one attachment at a time, when it is viewed or exported."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from peerjournal import errors
from peerjournal.core.models import ConsentAttachment
from peerjournal.vault.database import Connection, IntegrityError, transaction

_META = "id, consent_id, person_id, media_type, added_on, sha256, name"


def _attachment(row: Sequence[object], data: bytes = b"") -> ConsentAttachment:
    record_id, consent_id, person_id, media_type, added_on, sha256, name = row
    return ConsentAttachment(
        id=str(record_id),
        consent_id=str(consent_id),
        person_id=str(person_id),
        media_type=str(media_type),
        added_on=date.fromisoformat(str(added_on)),
        sha256=str(sha256),
        name=None if name is None else str(name),
        data=data,
    )


def insert_many(conn: Connection, attachments: Sequence[ConsentAttachment]) -> None:
    """Insert attachments inside the caller's transaction."""
    conn.executemany(
        "INSERT INTO consent_attachments (id, consent_id, person_id, media_type, name, "
        "added_on, size, sha256, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            (
                a.id,
                a.consent_id,
                a.person_id,
                a.media_type,
                a.name,
                a.added_on.isoformat(),
                len(a.data),
                a.sha256,
                a.data,
            )
            for a in attachments
        ),
    )


def add(conn: Connection, attachment: ConsentAttachment) -> None:
    """Keep one attachment, in one transaction."""
    try:
        with transaction(conn):
            insert_many(conn, [attachment])
    except IntegrityError:
        raise errors.Invalid(
            "The attachment names no consent, or its id is already used. Nothing was saved."
        ) from None


def of_consent(conn: Connection, consent_id: str) -> list[ConsentAttachment]:
    """A consent's attachments, oldest first, without their bytes (`data` is empty)."""
    rows = conn.execute(
        f"SELECT {_META} FROM consent_attachments WHERE consent_id = ? ORDER BY num",
        (consent_id,),
    )
    return [_attachment(row) for row in rows]


def get(conn: Connection, attachment_id: str) -> ConsentAttachment:
    """One attachment with its bytes; NotFound if there is none."""
    row = conn.execute(
        f"SELECT {_META}, data FROM consent_attachments WHERE id = ?", (attachment_id,)
    ).fetchone()
    if row is None:
        raise errors.NotFound("That attachment is not in the journal.")
    return _attachment(row[:-1], bytes(row[-1]))


def delete(conn: Connection, attachment_id: str) -> None:
    """Remove one attachment."""
    with transaction(conn):
        conn.execute("DELETE FROM consent_attachments WHERE id = ?", (attachment_id,))


def all_with_data(conn: Connection) -> list[ConsentAttachment]:
    """Every attachment with its bytes, oldest first (for export)."""
    rows = conn.execute(f"SELECT {_META}, data FROM consent_attachments ORDER BY num")
    return [_attachment(row[:-1], bytes(row[-1])) for row in rows]


def ids(conn: Connection) -> set[str]:
    return {row[0] for row in conn.execute("SELECT id FROM consent_attachments")}
