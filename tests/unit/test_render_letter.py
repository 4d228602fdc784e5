"""The referral letter: what must be in it, what must never be, and that it
prints any name right, the same way every time."""

from __future__ import annotations

import dataclasses
import hashlib
import inspect
import io
import sys
import unicodedata
from datetime import date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from peerjournal.core.letter import (
    DisclosureRow,
    LetterContent,
    build_letter,
    disclosure_row,
    disclosure_rows,
)
from peerjournal.core.letter_text import (
    REDISCLOSURE_NOTICE,
    REDISCLOSURE_NOTICE_SHORT,
)
from peerjournal.core.models import (
    Clinician,
    Consent,
    Disclosure,
    Encounter,
    Mode,
    Person,
    Profile,
    Referral,
    ReferralKind,
    ReferralStatus,
    Reflection,
)
from peerjournal.errors import Invalid, Refused
from peerjournal.render import fonts
from peerjournal.render.disclosure_accounting import render_disclosure_accounting
from peerjournal.render.letter import render_letter

ON = date(2025, 3, 5)

PROFILE = Profile(
    name="Dana Whitfield",
    credentials="CPRS",
    organization="Harbor Light Recovery Center",
    address="412 Alder Street\nSpringfield, OR 97477",
    phone="(541) 555-0142",
    email="dana@harborlight.example",
)
CLINICIAN = Clinician(
    id="c1",
    name="Dr. Alma Reyes",
    organization="Riverbend Community Health",
    address="90 Mill Road\nEugene, OR 97401",
    phone="(541) 555-0100",
    fax="(541) 555-0101",
)


def make_person(**changes: object) -> Person:
    person = Person(
        id="p1",
        preferred_name="Sam",
        legal_name="Samuel Ortega",
        pronouns="he/him",
        date_of_birth=date(1980, 1, 2),
        phone="(541) 555-0199",
        email="sam@example.org",
        address="CANARY-ADDRESS 1 Elm Street",
        postal_code="CANARY-ZIP",
        notes="CANARY-NOTES: private notes that must never leave the journal",
    )
    return dataclasses.replace(person, **changes)


def make_consent(**changes: object) -> Consent:
    consent = Consent(
        id="k1",
        person_id="p1",
        recipient_id="c1",
        purpose="To ask for a first appointment I want.",
        information="My name, how to reach me, and what I ask for in my own words.",
        signed_on=date(2025, 3, 1),
        expires_on=date(2025, 9, 1),
    )
    return dataclasses.replace(consent, **changes)


def make_referral(**changes: object) -> Referral:
    referral = Referral(
        id="r1",
        person_id="p1",
        clinician_id="c1",
        kind=ReferralKind.MEDICATION,
        reason_in_their_words="I'm tired of this.\nMy sister got help at your clinic.",
        request="A morning appointment, please.",
        created_on=date(2025, 3, 3),
        status=ReferralStatus.DRAFT,
    )
    return dataclasses.replace(referral, **changes)


def letter(
    *,
    person: Person | None = None,
    referral: Referral | None = None,
    consent: Consent | None = None,
    on: date = ON,
    language: str = "en",
    share_contact: bool = False,
) -> LetterContent:
    return build_letter(
        profile=PROFILE,
        person=person or make_person(),
        clinician=CLINICIAN,
        referral=referral or make_referral(),
        consent=consent or make_consent(),
        on=on,
        language=language,
        share_contact=share_contact,
    )


def pages_text(pdf: bytes) -> list[str]:
    reader = PdfReader(io.BytesIO(pdf))
    return [page.extract_text() or "" for page in reader.pages]


def flat(text: str) -> str:
    """Whitespace collapsed, NFC: how a reader sees the words, not the line breaks."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def text_of(pdf: bytes) -> str:
    return flat(" ".join(pages_text(pdf)))


# --- what must be there -------------------------------------------------------


def test_letter_holds_everything_it_must() -> None:
    text = text_of(render_letter(letter()))
    for expected in (
        "Samuel Ortega",  # legal name on letters
        "Name they use: Sam",
        "Pronouns: he/him",
        "Dear Dr. Reyes,",
        "Dr. Alma Reyes",
        "Riverbend Community Health",
        "90 Mill Road",
        "Fax: (541) 555-0101",
        "Dana Whitfield, CPRS",
        "Harbor Light Recovery Center",
        "dana@harborlight.example",
        "I'm tired of this.",
        "My sister got help at your clinic.",
        "A morning appointment, please.",
        "To ask for a first appointment I want.",
        "My name, how to reach me, and what I ask for in my own words.",
        "March 5, 2025",  # dated
        "March 1, 2025",  # signed on
        "September 1, 2025",  # expires
        "may revoke this consent at any time",
        "Re: referral of Samuel Ortega for medication",
        "Page 1 of",
        flat(REDISCLOSURE_NOTICE),
        REDISCLOSURE_NOTICE_SHORT,
    ):
        assert expected in text, expected


def test_the_notice_is_the_2024_regulatory_wording() -> None:
    notice = REDISCLOSURE_NOTICE
    assert notice.startswith(
        "This record which has been disclosed to you is protected by Federal confidentiality "
        "rules (42 CFR part 2)."
    )
    assert "in accordance with 42 CFR 2.64 or 2.65." in notice
    assert "(ii) You are a covered entity or business associate" in notice
    assert "45 CFR part 164, subparts A and E." in notice
    assert notice.endswith(
        "NOT sufficient to meet the required elements of written consent to further use or "
        "redisclose the record (see 42 CFR 2.31)."
    )
    assert "  " not in notice


def test_reason_keeps_its_line_breaks() -> None:
    reason = "first line of mine\nsecond line of mine\n\nafter a blank line"
    pdf = render_letter(letter(referral=make_referral(reason_in_their_words=reason)))
    raw_lines = [line.strip() for line in "\n".join(pages_text(pdf)).splitlines()]
    assert "first line of mine" in raw_lines
    assert "second line of mine" in raw_lines
    assert "after a blank line" in raw_lines


def test_expiry_by_event_is_printed() -> None:
    consent = make_consent(expires_on=None, expires_when="my first appointment is made")
    text = text_of(render_letter(letter(consent=consent)))
    assert "my first appointment is made" in text


def test_contact_through_the_peer_unless_shared() -> None:
    private = text_of(render_letter(letter()))
    assert "(541) 555-0199" not in private
    assert "sam@example.org" not in private
    assert "I will pass your message to Sam " in private

    # A consent recorded before `covers` existed gives today's letter: no contact details.
    older = text_of(render_letter(letter(share_contact=True)))
    assert "(541) 555-0199" not in older

    covered = make_consent(covers=("contact",))
    shared = text_of(render_letter(letter(share_contact=True, consent=covered)))
    assert "(541) 555-0199" in shared
    assert "sam@example.org" in shared


def test_preferred_name_when_there_is_no_legal_name() -> None:
    content = letter(person=make_person(legal_name=None, pronouns=None))
    text = text_of(render_letter(content))
    assert "Sam asked me to write to you." in text
    assert "(he/him)" not in text


# --- what must never be there -------------------------------------------------


def test_nothing_else_of_the_journal_enters_a_letter() -> None:
    # Records full of canaries around the ones the letter uses.
    encounter = Encounter(
        id="e1",
        person_id="p1",
        occurred_at=datetime(2025, 3, 2, 10, 0),
        mode=Mode.IN_PERSON,
        their_story="CANARY-STORY about the night at the shelter",
        what_they_want="CANARY-WANT",
        how_i_helped="CANARY-HELPED",
    )
    reflection = Reflection(
        id="f1",
        written_at=datetime(2025, 3, 2, 20, 0),
        encounter_id=encounter.id,
        what_i_shared="CANARY-REFLECTION of my own relapse",
    )
    referral = make_referral(status=ReferralStatus.SENT, follow_up_on=date(2025, 4, 1))
    content = letter(referral=referral, share_contact=True)
    pdf = render_letter(content)
    text = text_of(pdf)
    assert "CANARY" not in text
    assert "CANARY" not in repr(content)
    assert "1980" not in text  # date of birth
    for value in (encounter.their_story, reflection.what_i_shared):
        assert value is not None and value not in text
    # The builder cannot even be handed an encounter or a reflection.
    parameters = set(inspect.signature(build_letter).parameters)
    assert parameters == {
        "profile",
        "person",
        "clinician",
        "referral",
        "consent",
        "on",
        "language",
        "share_contact",
        "draft",
    }


def test_letter_content_holds_only_the_allowed_fields() -> None:
    # A change here must be deliberate: every field is something a clinician will read.
    assert [f.name for f in dataclasses.fields(LetterContent)] == [
        "dated",
        "language",
        "peer",
        "recipient",
        "person_name",
        "pronouns",
        "referral_kind",
        "reason_in_their_words",
        "request",
        "person_contact",
        "consent",
        "full_name",
        "date_of_birth",
        "to_know",
        "going_well",
        "how_i_will_help",
        "draft",
    ]


def test_metadata_never_names_the_person() -> None:
    pdf = render_letter(letter())
    meta = PdfReader(io.BytesIO(pdf)).metadata
    assert meta is not None
    assert meta.title == "Referral letter"
    values = " ".join(str(value) for value in meta.values())
    for name in ("Samuel", "Ortega", "Sam ", "Reyes", "Whitfield"):
        assert name not in values
    assert b"Samuel" not in pdf  # no plain-text copy anywhere in the file


def test_override_reason_is_never_printed() -> None:
    # LetterContent has no place for it: the reason goes to the disclosure log only.
    assert not any("override" in f.name for f in dataclasses.fields(LetterContent))


# --- printing any text right --------------------------------------------------


@pytest.mark.parametrize(
    "name",
    ["Nguyễn Thị Hương", "Дмитрий Волков", "Σοφία Παπαδοπούλου", "José Ñúñez-Güell"],
)
def test_unicode_names_print_and_extract(name: str) -> None:
    pdf = render_letter(letter(person=make_person(legal_name=name)))
    text = text_of(pdf)
    assert flat(name) in text
    assert "Sam asked me to write to you." in text


def test_decomposed_accents_print_as_composed_letters() -> None:
    decomposed = unicodedata.normalize("NFD", "Nguyễn Thị Hương")
    pdf = render_letter(letter(person=make_person(legal_name=decomposed)))
    assert "Nguyễn Thị Hương" in text_of(pdf)


def test_only_the_bundled_fonts_are_used_and_embedded() -> None:
    pdf = render_letter(letter(person=make_person(legal_name="Дмитрий Волков")))
    reader = PdfReader(io.BytesIO(pdf))
    fonts = set()
    for page in reader.pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            fonts.add(str(font["/BaseFont"]))
            descendant = (
                font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            )
            descriptor = descendant["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor, "the TrueType font is embedded"
    assert fonts and all("DejaVuSans" in name for name in fonts), fonts


def test_markup_in_their_words_prints_literally() -> None:
    reason = 'I said <b>no</b> & meant it &amp; <font size="40">big</font> <br/> 5 < 6 > 4'
    pdf = render_letter(letter(referral=make_referral(reason_in_their_words=reason)))
    text = text_of(pdf)
    assert flat(reason) in text


def test_control_characters_do_not_break_the_letter() -> None:
    reason = "tab\there\x00 and a bell\x07 and\r\nwindows line"
    text = text_of(render_letter(letter(referral=make_referral(reason_in_their_words=reason))))
    assert "tab" in text and "windows line" in text


def test_a_long_reason_spans_pages_with_page_numbers() -> None:
    reason = "\n".join(f"Line {i} of what happened, in my words." for i in range(1, 181))
    pdf = render_letter(letter(referral=make_referral(reason_in_their_words=reason)))
    pages = pages_text(pdf)
    assert len(pages) >= 3
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in page
    text = text_of(pdf)
    assert "Line 1 of what happened" in text
    assert "Line 180 of what happened" in text
    assert flat(REDISCLOSURE_NOTICE) in text


def test_one_huge_paragraph_splits_across_pages() -> None:
    reason = " ".join(f"word{i}" for i in range(2500))
    pdf = render_letter(letter(referral=make_referral(reason_in_their_words=reason)))
    assert len(pages_text(pdf)) >= 3
    text = text_of(pdf)
    assert "word0 word1" in text and "word2499" in text


# --- Spanish ------------------------------------------------------------------


def test_spanish_letter_has_spanish_wording_and_the_official_notice() -> None:
    pdf = render_letter(letter(language="es"))
    text = text_of(pdf)
    for expected in (
        "Sam me pidió que le escribiera.",
        "Estimado Dr. Reyes:",
        "Asunto: remisión de Samuel Ortega para medicación",
        "especialista de apoyo entre pares",
        "No formo parte del personal clínico",
        "En palabras de Sam:",
        "Consentimiento para esta divulgación",
        "Aviso al destinatario",
        "5 de marzo de 2025",
        "1 de septiembre de 2025",
        "Atentamente,",
        "Página 1 de",
        flat(REDISCLOSURE_NOTICE),  # the official English notice
        "Traducción al español",
        "Este expediente que se le ha divulgado está protegido",
    ):
        assert expected in text, expected
    assert "Dear " not in text
    meta = PdfReader(io.BytesIO(pdf)).metadata
    assert meta is not None and meta.title == "Carta de remisión"


def test_unknown_language_is_invalid() -> None:
    with pytest.raises(Invalid):
        letter(language="fr")


# --- deterministic ------------------------------------------------------------


def test_same_content_gives_the_same_bytes() -> None:
    content = letter()
    first = render_letter(content)
    assert render_letter(content) == first
    assert render_letter(letter()) == first
    other = render_letter(letter(referral=make_referral(request="An evening appointment.")))
    assert hashlib.sha256(other).hexdigest() != hashlib.sha256(first).hexdigest()


# --- the consent must allow the letter ----------------------------------------


@pytest.mark.parametrize(
    ("consent", "on"),
    [
        (make_consent(signed_on=ON), ON),  # signed that day
        (make_consent(expires_on=ON), ON),  # expires that day
        (make_consent(revoked_on=date(2025, 3, 6)), ON),  # revoked later
    ],
)
def test_a_valid_consent_allows_the_letter(consent: Consent, on: date) -> None:
    assert letter(consent=consent, on=on).consent.purpose == consent.purpose


@pytest.mark.parametrize(
    "consent",
    [
        make_consent(signed_on=date(2025, 3, 6)),  # signed after
        make_consent(expires_on=date(2025, 3, 4)),  # expired the day before
        make_consent(revoked_on=ON),  # revoked that day
        make_consent(person_id="p2"),  # someone else's
        make_consent(recipient_id="c2"),  # for another clinician
    ],
)
def test_no_letter_without_a_valid_matching_consent(consent: Consent) -> None:
    with pytest.raises(Refused):
        letter(consent=consent)


def test_no_letter_for_another_persons_referral() -> None:
    with pytest.raises(Refused):
        letter(referral=make_referral(person_id="p2"))
    with pytest.raises(Refused):
        letter(referral=make_referral(consent_id="k9"))


def test_refusals_name_no_one() -> None:
    with pytest.raises(Refused) as caught:
        letter(consent=make_consent(revoked_on=ON))
    assert "Samuel" not in str(caught.value) and "Ortega" not in str(caught.value)


# --- the accounting of disclosures --------------------------------------------


def _disclosure(i: int, *, override: str | None = None) -> Disclosure:
    return Disclosure(
        id=f"d{i}",
        referral_id="r1",
        person_id="p1",
        recipient_id="c1",
        consent_id="k1",
        disclosed_at=datetime(2025, 3, i, 14, 2),
        sha256=hashlib.sha256(str(i).encode()).hexdigest(),
        override_reason=override,
    )


def test_disclosure_rows_show_the_override_only_as_yes() -> None:
    rows = disclosure_rows(
        [_disclosure(9, override="CANARY-REASON she asked for detox"), _disclosure(5)],
        {"c1": CLINICIAN},
        {"k1": make_consent()},
    )
    assert [row.overridden for row in rows] == [False, True]  # oldest first
    assert rows[0].recipient == "Dr. Alma Reyes, Riverbend Community Health"
    assert "CANARY" not in repr(rows)


def test_accounting_lists_each_disclosure() -> None:
    rows: list[DisclosureRow] = [
        disclosure_row(_disclosure(5), CLINICIAN, make_consent()),
        disclosure_row(_disclosure(9, override="CANARY-REASON"), None, None),
    ]
    pdf = render_disclosure_accounting(
        "Σοφία Παπαδοπούλου", rows, "en", printed_on=date(2025, 5, 1)
    )
    text = text_of(pdf)
    assert "Accounting of disclosures" in text
    assert "Σοφία Παπαδοπούλου" in text
    assert "March 5, 2025 14:02" in text
    assert "Dr. Alma Reyes, Riverbend Community Health" in text
    assert "To ask for a first appointment I want. (k1)" in text
    assert hashlib.sha256(b"5").hexdigest()[:12] in text
    assert "Yes" in text and "No" in text
    assert "CANARY" not in text
    meta = PdfReader(io.BytesIO(pdf)).metadata
    assert meta is not None and "Σοφία" not in " ".join(str(v) for v in meta.values())


def test_accounting_takes_service_tuples_and_says_when_empty() -> None:
    pdf = render_disclosure_accounting("Sam", [(_disclosure(5), CLINICIAN, make_consent())], "es")
    text = text_of(pdf)
    assert "Registro de divulgaciones" in text
    assert "5 de marzo de 2025" in text
    assert "No hay divulgaciones" not in text
    empty = text_of(render_disclosure_accounting("Sam", [], "en"))
    assert "No disclosures are recorded." in empty


# --- where the fonts come from ------------------------------------------------


def test_fonts_are_found_in_the_source_tree_and_carry_their_licence(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(fonts.RESOURCES_ENV, raising=False)
    folder = fonts.fonts_dir()
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"):
        assert (folder / name).is_file()
    assert "Bitstream Vera" in (folder / "LICENSE-DejaVu.txt").read_text(encoding="utf-8")
    assert sum(path.stat().st_size for path in folder.iterdir()) < 3 * 1024 * 1024


def test_resources_can_be_relocated(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(fonts.RESOURCES_ENV, str(tmp_path))
    assert fonts.resources_dir() == tmp_path
    monkeypatch.delenv(fonts.RESOURCES_ENV)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert fonts.resources_dir() == tmp_path / "resources"


def test_register_fonts_is_idempotent() -> None:
    assert fonts.register_fonts() == fonts.register_fonts()


def test_a_profile_without_a_name_still_reads_well() -> None:
    content = dataclasses.replace(letter(), peer=dataclasses.replace(letter().peer, name=""))
    text = text_of(render_letter(content))
    assert "I am a peer recovery specialist at Harbor Light Recovery Center." in text
    assert "I am ," not in text
