"""A person's own copy of their record: everything it must hold is there, and
nothing it must never hold (canary words in reflections, notes and other people)."""

from __future__ import annotations

import dataclasses
import hashlib
import io
import unicodedata
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from peerjournal import errors
from peerjournal.core.models import (
    Checkin,
    CheckinPart,
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
from peerjournal.core.their_copy import TheirCopyContent
from peerjournal.services import checkins as service
from peerjournal.vault import Vault
from tests.helpers.vault_fixtures import make_vault

# Words that must never reach the copy, one per place they hide.
REFLECTION_CANARIES = ("quokkashared", "quokkalearned", "quokkaunique", "quokkauniversal",
                       "quokkaselfcare")  # fmt: skip
NOTES_CANARY = "narwhalnotes"
OTHER_PERSON = "Zebediah Otherperson"
OTHER_WORDS = "okapiotherstory"
HAS_WHAT_I_DID = "what_i_did" in Encounter.__dataclass_fields__


def _encounter(**changes: object) -> Encounter:
    values: dict[str, object] = {
        "id": "e1",
        "person_id": "p1",
        "occurred_at": datetime(2025, 2, 3, 10, 15),
        "mode": Mode.IN_PERSON,
        "setting": Setting.SHELTER,
        "duration_minutes": 40,
        "their_story": "My cousin let me stay two nights.",
        "what_they_want": "Find a steady bed before winter.",
        "how_i_helped": "Call the housing line with me.",
    }
    if HAS_WHAT_I_DID:
        values["what_i_did"] = "We called the housing line together."
    values.update(changes)
    return Encounter(**values)  # type: ignore[arg-type]


def journal() -> JournalContents:
    person = Person(
        id="p1",
        preferred_name="Marisol",
        legal_name="Marisol Ibarra Cruz",
        pronouns="she/her",
        date_of_birth=date(1990, 4, 12),
        phone="(505) 555-0133",
        email="marisol@example.org",
        address="12 Example Road",
        postal_code="87101",
        preferred_language="en",
        notes=f"Private {NOTES_CANARY} about her.",
    )
    other = Person(id="p2", preferred_name=OTHER_PERSON, notes="other notes")
    clinic = Clinician(id="c1", name="Dr. Amara Okafor", organization="Riverbend Health")
    return JournalContents(
        profile=Profile(name="Sam Peer", credentials="CPRS", organization="Bridgeway"),
        people=[person, other],
        clinicians=[clinic],
        encounters=[
            _encounter(),
            _encounter(
                id="e0",
                occurred_at=datetime(2024, 6, 1, 9, 0),
                mode=Mode.PHONE,
                setting=None,
                their_story="Old times at the river.",
            ),
            _encounter(id="e9", person_id="p2", their_story=OTHER_WORDS),
        ],
        reflections=[
            Reflection(
                id="r1",
                written_at=datetime(2025, 2, 3, 20, 0),
                encounter_id="e1",
                what_i_shared=REFLECTION_CANARIES[0],
                what_i_learned=REFLECTION_CANARIES[1],
                unique=REFLECTION_CANARIES[2],
                universal=REFLECTION_CANARIES[3],
                self_care=REFLECTION_CANARIES[4],
            )
        ],
        goals=[
            Goal(id="g1", person_id="p1", in_their_words="Get my own key.", set_on=date(2025, 1, 5),
                 status=GoalStatus.MET, closed_on=date(2025, 3, 1)),
            Goal(id="g2", person_id="p1", in_their_words="Walk every morning.",
                 set_on=date(2025, 2, 1), status=GoalStatus.ACTIVE),
            Goal(id="g9", person_id="p2", in_their_words=OTHER_WORDS, set_on=date(2025, 2, 1),
                 status=GoalStatus.ACTIVE),
        ],
        consents=[
            Consent(id="k1", person_id="p1", recipient_id="c1", purpose="To make my referral.",
                    information="My name and my request.", signed_on=date(2025, 2, 3),
                    expires_on=date(2026, 2, 3)),
        ],
        referrals=[
            Referral(id="f1", person_id="p1", clinician_id="c1", consent_id="k1",
                     kind=ReferralKind.HOUSING, reason_in_their_words="I need a place to sleep.",
                     request="An intake appointment, please.", created_on=date(2025, 2, 4),
                     status=ReferralStatus.SENT, status_on=date(2025, 2, 5)),
            Referral(id="f9", person_id="p2", clinician_id="c1", kind=ReferralKind.OTHER,
                     reason_in_their_words=OTHER_WORDS, created_on=date(2025, 2, 4),
                     status=ReferralStatus.DRAFT),
        ],
        checkins=[
            Checkin(id="ci1", person_id="p1", taken_on=date(2025, 1, 5), parts=(
                CheckinPart(name="A roof over me", rating=2, in_their_words="Couch again."),
                CheckinPart(name="People in my corner", rating=4),
            )),
            Checkin(id="ci2", person_id="p1", taken_on=date(2025, 2, 5), parts=(
                CheckinPart(name="A roof over me", rating=3,
                            in_their_words="A bed at the shelter."),
                CheckinPart(name="People in my corner", rating=5),
            )),
            Checkin(id="ci9", person_id="p2", taken_on=date(2025, 2, 5), parts=(
                CheckinPart(name="Other part", rating=1, in_their_words=OTHER_WORDS),
            )),
        ],
    )  # fmt: skip


@pytest.fixture
def vault(tmp_path: Path) -> Iterator[Vault]:
    opened, _ = make_vault(tmp_path, journal())
    opened.record_disclosure(
        Disclosure(id="d1", referral_id="f1", person_id="p1", recipient_id="c1", consent_id="k1",
                   disclosed_at=datetime(2025, 2, 5, 11, 30), sha256="ab" * 32,
                   override_reason=f"reason {NOTES_CANARY}")
    )  # fmt: skip
    yield opened
    opened.close()


def text_of(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    text = " ".join(page.extract_text() or "" for page in reader.pages)
    return " ".join(unicodedata.normalize("NFC", text).split())


def test_the_copy_holds_everything_listed(vault: Vault) -> None:
    copy = service.make_their_copy(vault, "p1", today=date(2025, 6, 1))
    text = text_of(copy.pdf)
    expected = [
        # their details as recorded
        "Marisol", "Marisol Ibarra Cruz", "she/her", "April 12, 1990", "(505) 555-0133",
        "marisol@example.org", "12 Example Road", "87101", "English",
        # every encounter, with the two questions and what the peer did
        "February 3, 2025, 10:15", "In person at the shelter", "40 minutes",
        "My cousin let me stay two nights.", "Find a steady bed before winter.",
        "Call the housing line with me.", "Old times at the river.", "By phone",
        "How can I help?",
        # goals
        "Get my own key.", "Met on March 1, 2025", "Walk every morning.", "Still working on it",
        # check-ins: each part, each number, their words
        "A roof over me", "People in my corner", "Couch again.", "A bed at the shelter.",
        "Most recent: 3 on 5 Feb 2025.", "Most recent: 5 on 5 Feb 2025.",
        # consents
        "To make my referral.", "My name and my request.", "February 3, 2026",
        # referrals with who received them
        "Dr. Amara Okafor, Riverbend Health", "I need a place to sleep.",
        "An intake appointment, please.", "Sent (February 5, 2025)",
        # the accounting of disclosures
        "Who received your information", "February 5, 2025, 11:30", "abababababababab",
        # who wrote it, and that it is no disclosure
        "Sam Peer", "is not sharing it with anyone else",
    ]  # fmt: skip
    if HAS_WHAT_I_DID:
        expected.append("We called the housing line together.")
    missing = [word for word in expected if word not in text]
    assert not missing


def test_the_copy_never_holds_reflections_notes_or_anyone_else(vault: Vault) -> None:
    for language in ("en", "es"):
        pdf = service.make_their_copy(vault, "p1", language=language).pdf
        text = text_of(pdf)
        for canary in (*REFLECTION_CANARIES, NOTES_CANARY, OTHER_PERSON, OTHER_WORDS, "Other part"):
            assert canary not in text
            assert canary.encode() not in pdf


def test_the_content_has_no_place_for_reflections_or_notes() -> None:
    names = {f.name for f in dataclasses.fields(TheirCopyContent)}
    assert not {n for n in names if "reflection" in n or "note" in n or "override" in n}


def test_the_numbers_of_every_check_in_are_in_the_text(vault: Vault) -> None:
    text = text_of(service.make_their_copy(vault, "p1").pdf)
    assert "5 Jan 2025 5 Feb 2025" in text
    assert "A roof over me 2 3" in text
    assert "People in my corner 4 5" in text


def test_spanish_by_their_language_and_warm_words(vault: Vault) -> None:
    person = vault.get(Person, "p1")
    vault.save(dataclasses.replace(person, preferred_language="es"))
    copy = service.make_their_copy(vault, "p1", today=date(2025, 6, 1))
    assert copy.language == "es"
    text = text_of(copy.pdf)
    for words in ("Su copia de su expediente", "Para Marisol", "Su historia es suya",
                  "Sus metas", "Cumplida el 1 de marzo de 2025", "Sus chequeos", "Remisiones",
                  "Quién recibió su información", "Página 1 de"):  # fmt: skip
        assert words in text
    assert service.make_their_copy(vault, "p1", language="en").language == "en"


def test_a_period_from_a_date(vault: Vault) -> None:
    copy = service.make_their_copy(vault, "p1", since=date(2025, 1, 1))
    text = text_of(copy.pdf)
    assert "from January 1, 2025 on" in text
    assert "Old times at the river." not in text
    assert "My cousin let me stay two nights." in text
    later = text_of(service.make_their_copy(vault, "p1", since=date(2025, 2, 1)).pdf)
    assert "Couch again." not in later and "A bed at the shelter." in later


def test_metadata_names_no_one_and_the_language_is_set(vault: Vault) -> None:
    pdf = service.make_their_copy(vault, "p1").pdf
    reader = PdfReader(io.BytesIO(pdf))
    meta = reader.metadata
    assert meta is not None and meta.title == "Your copy of your record"
    values = " ".join(str(v) for v in meta.values())
    assert "Marisol" not in values and "Sam Peer" not in values
    assert reader.trailer["/Root"]["/Lang"] == "en"
    assert b"Marisol" not in pdf  # no plain-text copy anywhere in the file


def test_each_copy_is_logged_with_its_fingerprint_and_is_no_disclosure(
    vault: Vault, tmp_path: Path
) -> None:
    out = tmp_path / "copy.pdf"
    out.write_bytes(b"old")
    made = service.write_their_copy(vault, "p1", out, since=date(2025, 1, 1))
    assert made.sha256 == hashlib.sha256(out.read_bytes()).hexdigest()
    assert (out.stat().st_mode & 0o777) == 0o600
    (logged,) = vault.copies_made("p1")
    assert logged == made and logged.period_from == date(2025, 1, 1)
    assert len(vault.disclosures("p1")) == 1  # only the letter, never the copy
    with pytest.raises(errors.Invalid, match="no person with the id"):
        service.write_their_copy(vault, "nobody", tmp_path / "none.pdf")
    assert not (tmp_path / "none.pdf").exists()


def test_a_copy_with_nothing_yet_says_so_plainly(vault: Vault) -> None:
    vault.save(Person(id="p3", preferred_name="Lone"))
    text = text_of(service.make_their_copy(vault, "p3").pdf)
    for words in ("I have not written about any time together", "No goals were written down",
                  "You did not do a check-in", "No letter about you left my journal"):  # fmt: skip
        assert words in text


def test_a_signature_made_on_screen_prints_when_the_journal_keeps_one() -> None:
    # Signatures on screen come with the letters work; the copy draws one where a
    # consent carries it (strokes as JSON, or a PNG), else says "Signed on screen".
    import struct
    import zlib
    from types import SimpleNamespace

    from peerjournal.core.their_copy import build_their_copy
    from peerjournal.core.their_copy_text import copy_words
    from peerjournal.render.their_copy import render_their_copy

    def png(width: int, height: int) -> bytes:
        def chunk(kind: bytes, data: bytes) -> bytes:
            body = kind + data
            return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

        rows = b"".join(b"\x00" + b"\x00\x00\x00" * width for _ in range(height))
        header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
        return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
                + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))  # fmt: skip

    contents = journal()
    consent = contents.consents[0]
    fields = {f: getattr(consent, f) for f in consent.__dataclass_fields__}
    signed = SimpleNamespace(**fields, signature_png=png(120, 40))
    strokes = '{"how":"on_screen","signed_on":"2025-02-03","size":[600,200],' \
        '"strokes":[[[40,150],[90,60],[140,150]],[[200,100]]]}'
    # Consent has its own `signature` field now (the letters work): override it.
    drawn = SimpleNamespace(**{**fields, "signature": strokes})
    on_screen = SimpleNamespace(**{**fields, "signature": "not a drawing"})
    w = copy_words("en")
    content = build_their_copy(
        person=contents.people[0], profile=None, encounters=[], goals=[], checkins=[],
        part_order=[], consents=[signed, drawn, on_screen], referrals=[], disclosures=[],  # type: ignore[list-item]
        clinicians={}, language="en", made_on=date(2025, 6, 1), mode_label=w.modes,
        setting_label=w.settings, kind_label=w.kinds, status_label=w.statuses,
        unknown_recipient=w.unknown_recipient,
    )  # fmt: skip
    assert content.consents[0].signature_png is not None
    assert content.consents[1].signature_strokes == (
        (600.0, 200.0), (((40.0, 150.0), (90.0, 60.0), (140.0, 150.0)), ((200.0, 100.0),))
    )
    assert content.consents[2].signature_png is None and content.consents[2].signed_on_screen
    assert content.consents[2].signature_strokes is None
    pdf = render_their_copy(content)
    assert b"/Subtype /Image" in pdf
    text = text_of(pdf)
    assert text.count("Your signature") == 3 and text.count("Signed on screen") == 1
