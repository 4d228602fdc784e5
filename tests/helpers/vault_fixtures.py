"""Synthetic journals for the vault tests and benchmarks (no real person's words)."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from peerjournal.core.models import (
    Clinician,
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
from peerjournal.vault import Vault

WORDS = [
    "shelter",
    "housing",
    "bus",
    "ride",
    "meeting",
    "sponsor",
    "job",
    "interview",
    "court",
    "date",
    "clinic",
    "phone",
    "sister",
    "brother",
    "daughter",
    "son",
    "mother",
    "father",
    "friend",
    "coffee",
    "walk",
    "park",
    "library",
    "food",
    "pantry",
    "laundry",
    "boots",
    "winter",
    "coat",
    "medication",
    "refill",
    "appointment",
    "letter",
    "insurance",
    "card",
    "birthday",
    "church",
    "group",
    "recovery",
    "fellowship",
    "garden",
    "guitar",
    "paint",
    "kitchen",
    "bicycle",
    "train",
    "ticket",
    "wallet",
    "identification",
    "apartment",
    "landlord",
    "rent",
    "deposit",
    "weather",
    "river",
    "bridge",
    "morning",
    "evening",
    "weekend",
    "holiday",
    "dinner",
    "breakfast",
    "hospital",
]
NAMES = (
    "José", "Дмитрий", "Nguyễn Thị Hương", "Ana", "Bea", "Chen", "Dana", "Eli", "Fatima",
    "Gus", "Hiro", "Inés", "Jamal", "Kofi", "Lena", "Marta", "Noor", "Olu", "Pia", "Quinn",
)  # fmt: skip


def _text(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words))


def synthetic(
    *, people: int = 10, encounters: int = 50, seed: int = 0, today: date = date(2025, 6, 30)
) -> JournalContents:
    """A journal of synthetic records: every kind, Unicode names, plain words."""
    rng = random.Random(seed)
    folks = [
        Person(
            id=f"p{i}",
            preferred_name=f"{NAMES[i % len(NAMES)]} {i}",
            legal_name=None if i % 3 else f"{NAMES[(i + 7) % len(NAMES)]} Legal {i}",
            date_of_birth=date(1960 + i % 40, 1 + i % 12, 1 + i % 28) if i % 4 else None,
            notes=_text(rng, 6) if i % 2 else None,
        )
        for i in range(people)
    ]
    clinicians = [
        Clinician(id=f"c{i}", name=f"Clinic {i}", organization="Health Co") for i in range(3)
    ]
    start = datetime.combine(today, datetime.min.time()) - timedelta(days=365)
    meetings = [
        Encounter(
            id=f"e{i}",
            person_id=f"p{rng.randrange(people)}",
            occurred_at=start + timedelta(minutes=rng.randrange(365 * 24 * 60)),
            mode=rng.choice(list(Mode)),
            duration_minutes=rng.choice([None, 15, 30, 45, 60]),
            setting=rng.choice([None, *Setting]),
            their_story=_text(rng, 30),
            what_they_want=_text(rng, 8),
            how_i_helped=_text(rng, 10),
            follow_up_on=today + timedelta(days=rng.randrange(-20, 20)) if i % 10 == 0 else None,
        )
        for i in range(encounters)
    ]
    reflections = [
        Reflection(
            id=f"r{i}",
            written_at=start + timedelta(days=i),
            encounter_id=f"e{i}" if i % 2 == 0 and i < encounters else None,
            what_i_shared=_text(rng, 8),
            what_i_learned=_text(rng, 8),
            unique=_text(rng, 4),
            universal=_text(rng, 4),
            self_care=_text(rng, 4),
        )
        for i in range(max(1, encounters // 10))
    ]
    goals = [
        Goal(
            id=f"g{i}",
            person_id=f"p{i % people}",
            in_their_words=_text(rng, 6),
            set_on=today - timedelta(days=100 - i),
            status=GoalStatus.MET if i % 3 == 0 else GoalStatus.ACTIVE,
            closed_on=today - timedelta(days=10) if i % 3 == 0 else None,
        )
        for i in range(people)
    ]
    consents = [
        Consent(
            id=f"k{i}",
            person_id=f"p{i % people}",
            recipient_id=f"c{i % 3}",
            purpose="coordinate care",
            information="dates of contact and the request",
            signed_on=today - timedelta(days=30),
            expires_on=today + timedelta(days=300),
        )
        for i in range(people)
    ]
    referrals = [
        Referral(
            id=f"f{i}",
            person_id=f"p{i % people}",
            clinician_id=f"c{i % 3}",
            kind=rng.choice(list(ReferralKind)),
            reason_in_their_words=_text(rng, 10),
            created_on=today - timedelta(days=20 + i),
            status=rng.choice(list(ReferralStatus)),
            consent_id=f"k{i}",
            request=_text(rng, 5),
            follow_up_on=today - timedelta(days=1) if i % 2 else None,
        )
        for i in range(people)
    ]
    return JournalContents(
        profile=Profile(name="Sam Peer", credentials="CPRS", organization="Recovery Center"),
        people=folks,
        clinicians=clinicians,
        encounters=meetings,
        reflections=reflections,
        goals=goals,
        consents=consents,
        referrals=referrals,
    )


def disclosure_for(contents: JournalContents, number: int = 0) -> Disclosure:
    """A disclosure that names records of `contents`."""
    referral = contents.referrals[number]
    return Disclosure(
        id=f"d{number}",
        referral_id=referral.id,
        person_id=referral.person_id,
        recipient_id=referral.clinician_id,
        consent_id=referral.consent_id,
        disclosed_at=datetime(2025, 6, 1, 9, 30),
        sha256="0" * 64,
    )


PASSPHRASE = "correct horse battery staple"


def make_vault(folder: Path, contents: JournalContents | None = None) -> tuple[Vault, str]:
    """A new vault in `folder` (journal.peerjournal), filled with `contents`."""
    vault, recovery_key = Vault.create(folder / "journal.peerjournal", PASSPHRASE)
    if contents is not None:
        vault.add_contents(contents)
    return vault, recovery_key


def snapshot(folder: Path) -> dict[str, tuple[bytes, int, int]]:
    """Every file under `folder`: its bytes, mtime (ns) and mode."""
    out: dict[str, tuple[bytes, int, int]] = {}
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            stat = path.stat()
            out[str(path.relative_to(folder))] = (path.read_bytes(), stat.st_mtime_ns, stat.st_mode)
    return out


def insert_present_columns(conn: Any, contents: JournalContents) -> None:
    """Write `contents` into a journal at an older schema: only the columns its
    tables have yet (later migrations add the rest), and their search entries."""
    from peerjournal.core.models import RECORD_LISTS
    from peerjournal.vault import records, search

    for name in RECORD_LISTS:
        table = records.BY_NAME.get(name)
        listed = getattr(contents, name, [])
        if table is None or not listed:
            continue
        present = {row[1] for row in conn.execute(f"PRAGMA table_info({name})")}
        if not present:
            continue
        columns = [c for c in table.columns if c in present]
        marks = ", ".join("?" * (len(columns) + 1))
        quoted = ", ".join(f'"{c}"' for c in columns)
        conn.executemany(
            f"INSERT INTO {name} (num, {quoted}) VALUES ({marks})",
            [(num, *(v for c, v in zip(table.columns, table.to_row(r), strict=True)
                     if c in present))
             for num, r in enumerate(listed, start=1)],
        )
        search.index_many(conn, name, enumerate(listed, start=1))
