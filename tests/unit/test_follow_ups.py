"""Follow-ups due, and marking one done."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from peerjournal.core.models import (
    Clinician,
    Encounter,
    Mode,
    Person,
    Referral,
    ReferralKind,
    ReferralStatus,
)
from peerjournal.services import journal, unlock

TODAY = date(2026, 11, 26)


def test_due_overdue_and_done(tmp_path: Path) -> None:
    vault, _ = unlock.create_journal(tmp_path / "j.peerjournal", "follow up passphrase")
    try:
        vault.save(Person(id="p1", preferred_name="Zoë"))
        vault.save(Clinician(id="c1", name="Dr. Lee"))
        vault.save(
            Encounter(
                id="e1",
                person_id="p1",
                occurred_at=datetime(2026, 11, 20, 9),
                mode=Mode.PHONE,
                follow_up_on=date(2026, 11, 24),
            )
        )
        vault.save(
            Encounter(
                id="e2",
                person_id="p1",
                occurred_at=datetime(2026, 11, 21, 9),
                mode=Mode.PHONE,
                follow_up_on=date(2026, 12, 1),
            )
        )
        vault.save(
            Referral(
                id="f1",
                person_id="p1",
                clinician_id="c1",
                kind=ReferralKind.HOUSING,
                reason_in_their_words="I need a place",
                created_on=date(2026, 11, 1),
                status=ReferralStatus.SENT,
                follow_up_on=TODAY,
            )
        )
        due = journal.follow_ups_due(vault, TODAY)
        assert [(f.kind, f.id, f.overdue, f.person_name) for f in due] == [
            ("encounter", "e1", True, "Zoë"),
            ("referral", "f1", False, "Zoë"),
        ]
        journal.complete_follow_up(vault, "encounter", "e1")
        journal.complete_follow_up(vault, "referral", "f1")
        assert journal.follow_ups_due(vault, TODAY) == []
        assert vault.get(Encounter, "e1").follow_up_on is None
        assert vault.get(Referral, "f1").status is ReferralStatus.SENT  # nothing else changed
        assert vault.get(Encounter, "e2").follow_up_on == date(2026, 12, 1)
    finally:
        vault.close()
