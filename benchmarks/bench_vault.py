"""Vault benchmarks: key derivation, open, search, people filter, size overhead.

`run(vault_path, passphrase)` measures an existing vault (benchmarks/run.py
passes the 100,000-encounter one). Run alone, it builds a demo vault first:
    python benchmarks/bench_vault.py [encounters]
"""

from __future__ import annotations

import collections
import re
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

import sqlcipher3

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from peerjournal.vault import Vault, repository, schema  # noqa: E402

Row = tuple[str, float, str, str]
SEARCH_WORDS = 50


def _timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def _median(fn: Callable[[], object], runs: int = 3) -> float:
    return statistics.median(_timed(fn) for _ in range(runs))


def _p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[max(0, round(0.95 * len(ordered)) - 1)]


def _search_words(vault: Vault, how_many: int = SEARCH_WORDS) -> list[str]:
    """Words of the journal itself, from very common to rare."""
    counts: collections.Counter[str] = collections.Counter()
    for encounter in vault.load_contents().encounters[:5000]:
        text = " ".join(
            t
            for t in (encounter.their_story, encounter.what_they_want, encounter.how_i_helped)
            if t
        )
        counts.update(w.lower() for w in re.findall(r"[^\W\d_]{4,}", text))
    ranked = [word for word, _ in counts.most_common()]
    if len(ranked) <= how_many:
        return ranked or ["shelter"]
    step = len(ranked) / how_many
    return [ranked[int(i * step)] for i in range(how_many)]


def _plain_size(vault: Vault, workdir: Path) -> int:
    """The size of an unencrypted SQLite file with the same schema and rows."""
    plain_path = workdir / "plain.sqlite"
    # sqlcipher3 without a key is plain SQLite of the same version as the vault's
    # (the standard library's may be too old for the schema's FTS5 options).
    conn = sqlcipher3.connect(str(plain_path), isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA foreign_keys = ON")
    schema.migrate(conn)  # type: ignore[arg-type]
    repository.add_contents(conn, vault.load_contents())  # type: ignore[arg-type]
    for disclosure in vault.disclosures():
        repository.record_disclosure(conn, disclosure)  # type: ignore[arg-type]
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return plain_path.stat().st_size


def _long_text_search(workdir: Path) -> Row:
    """Search for a word deep inside a 150,000-character story (issue 13: the snippet
    is cut from bounded pieces, never the whole text)."""
    from datetime import datetime

    from peerjournal.core.models import Encounter, Mode, Person

    vault, _ = Vault.create(workdir / "long.peerjournal", "benchmark passphrase, not a secret")
    try:
        vault.save(Person(id="p1", preferred_name="Rosa"))
        filler = "ordinary words about the day " * 5200
        for n in range(20):
            story = filler[: 7000 * n] + f" zanzibar{n} bus " + filler[7000 * n :]
            vault.save(
                Encounter(
                    id=f"e{n}",
                    person_id="p1",
                    occurred_at=datetime(2026, 1, 1 + n),
                    mode=Mode.PHONE,
                    their_story=story,
                )
            )
        vault.search("bus")
        took = [_timed(lambda n=n: vault.search(f"zanzibar{n}")) for n in range(20)]  # type: ignore[misc]
        took += [_timed(lambda: vault.search("bus")) for _ in range(5)]
    finally:
        vault.close()
    return ("vault: search in 150,000-character texts, p95", _p95(took) * 1000, "ms", "< 30 ms")


def run(vault_path: Path, passphrase: str) -> list[Row]:
    """Measure the vault at `vault_path`; rows of (name, value, unit, target)."""
    vault_path = Path(vault_path)
    rows: list[Row] = []
    derive = _median(lambda: Vault.derive_key(vault_path, passphrase=passphrase))
    rows.append(("vault: key derivation (Argon2id)", derive, "s", "about 0.5 s, never below OWASP"))
    key = Vault.derive_key(vault_path, passphrase=passphrase)
    opening = _median(lambda: Vault.open_with_key(vault_path, key).close())
    rows.append(("vault: open after key derivation", opening, "s", "< 0.5 s"))

    vault = Vault.open_with_key(vault_path, key)
    try:
        words = _search_words(vault)
        vault.search(words[0])  # warm the page cache once, as a session would
        samples = [_timed(lambda w=word: vault.search(w)) for word in words]  # type: ignore[misc]
        rows.append(
            (
                f"vault: one-word search median ({len(words)} words)",
                statistics.median(samples) * 1000,
                "ms",
                "< 30 ms p95",
            )
        )
        rows.append(("vault: one-word search p95", _p95(samples) * 1000, "ms", "< 30 ms"))
        # the word being typed: its first 2, 3 and 4 letters, alone and after a word
        typed = [w[:n] for w in words[::2] for n in (2, 3, 4)]
        typing = [_timed(lambda q=q: vault.search(q)) for q in typed]  # type: ignore[misc]
        typing += [_timed(lambda q=q: vault.search("help " + q)) for q in typed]  # type: ignore[misc]
        rows.append(
            ("vault: typed-prefix search p95 (2-4 letters)", _p95(typing) * 1000, "ms", "< 30 ms")
        )
        prefixes = ["a", "jo", "mar", "ngu", "li"]
        filters = [_timed(lambda p=p: vault.people(p, limit=200)) for p in prefixes]  # type: ignore[misc]
        rows.append(
            (
                "vault: people filter (median, limit 200)",
                statistics.median(filters) * 1000,
                "ms",
                "< 50 ms",
            )
        )
        with tempfile.TemporaryDirectory(prefix="bench-vault-") as scratch:
            plain = _plain_size(vault, Path(scratch))
            rows.append(_long_text_search(Path(scratch)))
    finally:
        vault.close()
    encrypted = vault_path.stat().st_size
    rows.append(
        (
            "vault: size vs plain SQLite, same rows",
            encrypted / plain,
            "x",
            "<= 1.2x (encryption overhead)",
        )
    )
    return rows


def _build(workdir: Path, encounters: int) -> tuple[Path, str]:
    from peerjournal.core import demo

    passphrase = "benchmark passphrase, not a secret"
    path = workdir / "bench.peerjournal"
    vault, _ = Vault.create(path, passphrase)
    contents = demo.generate(
        people=max(1, encounters // 10), encounters=encounters, seed=1, today=date(2026, 11, 26)
    )
    records = sum(contents.counts().values())
    took = _timed(lambda: vault.add_contents(contents))
    print(f"add_contents: {records:,} records in {took:.1f} s = {records / took:,.0f} records/s")
    vault.close()
    return path, passphrase


if __name__ == "__main__":
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    with tempfile.TemporaryDirectory(prefix="bench-vault-") as folder:
        built, secret = _build(Path(folder), size)
        for name, value, unit, target in run(built, secret):
            print(f"{name:50} {value:10.3f} {unit:10} {target}")
