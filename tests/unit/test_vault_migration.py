"""Migrations: a vault at schema 1 opens, is backed up first, and keeps every record."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from peerjournal import errors
from peerjournal.core.models import RECORD_LISTS, JournalContents
from peerjournal.vault import Vault, database, keys, records, schema, search
from tests.helpers.vault_fixtures import PASSPHRASE, synthetic


def build_old_vault(path: Path, contents: JournalContents, version: int = 1) -> None:
    """A vault as an older release wrote it: schema 1 (no drafts table, no
    referral follow-ups) or 2 (a search index holding a copy of every text)."""
    data_key = keys.new_data_key()
    conn = database.connect(path, data_key, create=True)
    schema.migrate(conn, upto=version)
    with database.transaction(conn):
        for name in RECORD_LISTS:
            if name not in records.BY_NAME:  # check-ins came after these versions
                continue
            table = records.BY_NAME[name]
            present = {row[1] for row in conn.execute(f"PRAGMA table_info({name})")}
            columns = [c for c in table.columns if c in present]
            marks = ", ".join("?" * (len(columns) + 1))
            quoted = ", ".join(f'"{c}"' for c in columns)
            listed = getattr(contents, name)
            conn.executemany(
                f"INSERT INTO {name} (num, {quoted}) VALUES ({marks})",
                [
                    (
                        num,
                        *(
                            v
                            for c, v in zip(table.columns, table.to_row(r), strict=True)
                            if c in present
                        ),
                    )
                    for num, r in enumerate(listed, start=1)
                ],
            )
            search.index_many(conn, name, enumerate(listed, start=1))
    conn.close()
    keys.write_sidecar(path, [keys.wrap(data_key, keys.SLOT_PASSPHRASE, PASSPHRASE)])


def _without_referral_follow_ups(contents: JournalContents) -> JournalContents:
    return dataclasses.replace(
        contents,
        referrals=[dataclasses.replace(r, follow_up_on=None) for r in contents.referrals],
    )


def test_a_v1_vault_migrates_keeping_every_record(tmp_path: Path) -> None:
    contents = _without_referral_follow_ups(synthetic(people=8, encounters=80))
    contents.profile = None
    path = tmp_path / "old.peerjournal"
    build_old_vault(path, contents)

    with Vault.open(path, passphrase=PASSPHRASE) as vault:
        assert vault.load_contents() == contents
        vault.save_draft("k", {"v": 1})  # the table v2 added
        assert vault.drafts() == {"k": {"v": 1}}
        assert {h.id for h in vault.search("shelter")} != set()
        vault.verify()

    backups = list((tmp_path / "old-backups").iterdir())
    assert len(backups) == 1 and backups[0].name.startswith(
        f"old-before-v{schema.CURRENT_VERSION}-"
    )
    # the backup holds the journal as it was, and restores to a vault that migrates again
    restored = tmp_path / "restored.peerjournal"
    Vault.restore(backups[0], restored, passphrase=PASSPHRASE)
    with Vault.open(restored, passphrase=PASSPHRASE) as again:
        assert again.load_contents() == contents


def test_a_new_vault_is_at_the_current_version_without_a_backup(tmp_path: Path) -> None:
    vault, _ = Vault.create(tmp_path / "new.peerjournal", PASSPHRASE)
    vault.close()
    data_key = Vault.derive_key(tmp_path / "new.peerjournal", passphrase=PASSPHRASE)
    conn = database.connect(tmp_path / "new.peerjournal", data_key)
    assert schema.version(conn) == schema.CURRENT_VERSION == len(schema.MIGRATIONS)
    conn.close()
    assert not (tmp_path / "new-backups").exists()


def test_a_vault_from_a_newer_version_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "future.peerjournal"
    Vault.create(path, PASSPHRASE)[0].close()
    data_key = Vault.derive_key(path, passphrase=PASSPHRASE)
    conn = database.connect(path, data_key)
    conn.execute(f"PRAGMA user_version = {schema.CURRENT_VERSION + 1}")
    conn.close()
    with pytest.raises(errors.Refused, match="newer version"):
        Vault.open(path, passphrase=PASSPHRASE)


def test_each_migration_is_one_transaction(tmp_path: Path) -> None:
    path = tmp_path / "half.peerjournal"
    data_key = keys.new_data_key()
    conn = database.connect(path, data_key, create=True)
    schema.migrate(conn, upto=1)
    # makes the last statement of migration 2 fail, after its ALTER TABLE ran
    conn.execute("CREATE INDEX referrals_by_follow_up ON referrals (status)")
    with pytest.raises(errors.PeerJournalError):
        schema.migrate(conn)
    assert schema.version(conn) == 1
    columns = {row[1] for row in conn.execute("PRAGMA table_info(referrals)")}
    assert "follow_up_on" not in columns
    conn.close()


QUERIES = ["shelter", "she", "sh", "work", "housing", "a", "the sh", "jose", "walk", "rec", "reco"]


def _results(conn: database.Connection) -> dict[str, list[tuple[str, str, str | None, str, float]]]:
    return {
        query: [
            (h.type, h.id, h.person_id, h.snippet, round(h.rank, 6))
            for h in search.search(conn, query)
        ]
        for query in QUERIES
    }


def test_v2_to_v3_rebuilds_the_search_index_without_a_copy_of_the_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    contents = synthetic(people=12, encounters=150)
    contents.profile = None
    path = tmp_path / "old.peerjournal"
    build_old_vault(path, contents, version=2)
    data_key = Vault.derive_key(path, passphrase=PASSPHRASE)
    conn = database.connect(path, data_key)
    with monkeypatch.context() as old_columns:  # a v2 journal has no later columns yet
        old_columns.setitem(search._TEXT_COLUMNS, "encounters",
                            ("their_story", "what_they_want", "how_i_helped"))
        old_columns.setitem(search._TEXT_COLUMNS, "reflections", (
            "r.what_i_shared", "r.what_i_learned", 'r."unique"', "r.universal", "r.self_care"))
        before = _results(conn)
    assert "search_index_content" in _tables(conn)
    conn.close()
    assert sum(len(hits) for hits in before.values()) > 50

    with Vault.open(path, passphrase=PASSPHRASE) as vault:
        assert vault.load_contents() == contents
        vault.verify()
    conn = database.connect(path, data_key)
    try:
        assert schema.version(conn) == schema.CURRENT_VERSION
        assert "search_index_content" not in _tables(conn)
        pages, free = (
            conn.execute(f"PRAGMA {p}").fetchone()[0] for p in ("page_count", "freelist_count")
        )
        assert free <= 0.25 * pages  # the old index's pages were given back
        assert _results(conn) == before  # the same hits, in the same order
        conn.execute("INSERT INTO search_index (search_index) VALUES ('integrity-check')")
    finally:
        conn.close()
    (backup,) = (tmp_path / "old-backups").iterdir()
    assert backup.name.startswith(f"old-before-v{schema.CURRENT_VERSION}-")


def _tables(conn: database.Connection) -> set[str]:
    return {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
