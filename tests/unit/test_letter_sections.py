"""Letters a clinician wants to read: names as people use them, the
salutation, and each optional section only when the consent covers it and it
is filled in (issue 12)."""

from __future__ import annotations

import dataclasses
import io
import itertools
import unicodedata
from datetime import date

import pytest
from pypdf import PdfReader

from peerjournal.core.letter import build_letter, salutation_for, strip_when
from peerjournal.core.models import (
    Clinician,
    Consent,
    Covers,
    Person,
    Profile,
    Referral,
    ReferralKind,
    ReferralStatus,
)
from peerjournal.errors import Refused
from peerjournal.render.letter import FaxCover, page_count, render_letter
from peerjournal.services.referrals import section_findings

ON = date(2025, 3, 5)
PROFILE = Profile(name="Dana Whitfield", credentials="CPRS", organization="Harbor Light")
PERSON = Person(
    id="p1",
    preferred_name="Malena",
    legal_name="María Elena Robles Ortiz",
    pronouns="she/her",
    date_of_birth=date(1988, 3, 3),
    phone="(541) 555-0199",
    email="malena@example.org",
    address="1 Elm Street",
)
CLINICIAN = Clinician(
    id="c1", name="Dr. Tomás Echeverría", organization="Riverbend", fax="(541) 555-0101"
)
ALL = tuple(member.value for member in Covers)
SECTIONS = {
    # Referral field, the text, the covers value it needs, a phrase of its heading.
    "to_know": ("I work nights.", "their_words", "would like you to know"),
    "going_well": ("Six weeks at my job.", "going_well", "What is going well"),
    "how_i_will_help": (
        "I can come with her to the first appointment.",
        "how_i_will_help",
        "How I will help",
    ),
}


def consent(covers: tuple[str, ...] | None = ALL, **changes: object) -> Consent:
    base = Consent(
        id="k1",
        person_id="p1",
        recipient_id="c1",
        purpose="To get an appointment.",
        information="My name and my words.",
        signed_on=date(2025, 3, 1),
        covers=covers,
    )
    return dataclasses.replace(base, **changes)


def referral(**changes: object) -> Referral:
    base = Referral(
        id="r1",
        person_id="p1",
        clinician_id="c1",
        kind=ReferralKind.HOUSING,
        reason_in_their_words="I need a place of my own.",
        request="A call back, please.",
        created_on=date(2025, 3, 2),
        status=ReferralStatus.DRAFT,
    )
    return dataclasses.replace(base, **changes)


def text(pdf: bytes) -> str:
    pages = [page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages]
    return " ".join(unicodedata.normalize("NFC", " ".join(pages)).split())


def letter_text(language: str = "en", **kwargs: object) -> str:
    content = build_letter(
        profile=PROFILE,
        person=kwargs.pop("person", PERSON),  # type: ignore[arg-type]
        clinician=kwargs.pop("clinician", CLINICIAN),  # type: ignore[arg-type]
        referral=kwargs.pop("referral", referral()),  # type: ignore[arg-type]
        consent=kwargs.pop("consent", consent()),  # type: ignore[arg-type]
        on=ON,
        language=language,
    )
    return text(render_letter(content))


@pytest.mark.parametrize(
    ("field", "covered", "filled"), list(itertools.product(SECTIONS, (True, False), (True, False)))
)
def test_a_section_prints_only_when_covered_and_filled(
    field: str, covered: bool, filled: bool
) -> None:
    words, needs, heading = SECTIONS[field]
    covers = ALL if covered else tuple(c for c in ALL if c != needs)
    changes = {field: words if filled else "  "}
    printed = letter_text(referral=referral(**changes), consent=consent(covers))
    assert (words in printed) is (covered and filled)
    assert (heading in printed) is (covered and filled)


@pytest.mark.parametrize(("covered", "wanted"), list(itertools.product((True, False), repeat=2)))
def test_how_to_reach_them_only_when_covered_and_wanted(covered: bool, wanted: bool) -> None:
    covers = ALL if covered else tuple(c for c in ALL if c != "contact")
    printed = letter_text(referral=referral(share_contact=wanted), consent=consent(covers))
    assert ("(541) 555-0199" in printed) is (covered and wanted)
    assert ("malena@example.org" in printed) is (covered and wanted)
    assert ("1 Elm Street" in printed) is (covered and wanted)
    # Without it the clinician reaches them through the peer.
    assert ("I will pass your message to Malena" in printed) is not (covered and wanted)


def test_date_of_birth_only_when_covered() -> None:
    assert "Date of birth: March 3, 1988" in letter_text()
    no_dob = consent(tuple(c for c in ALL if c != "date_of_birth"))
    assert "1988" not in letter_text(consent=no_dob)


def test_their_words_not_covered_leaves_out_reason_and_request() -> None:
    printed = letter_text(consent=consent(("going_well",)), referral=referral(going_well="Good."))
    assert "I need a place of my own." not in printed
    assert "A call back, please." not in printed
    assert "Good." in printed
    assert "It covers what is going well" in printed


def test_an_older_consent_without_covers_gives_todays_letter() -> None:
    full = referral(
        share_contact=True,
        to_know="I work nights.",
        going_well="Six weeks at my job.",
        how_i_will_help="I can come along.",
    )
    printed = letter_text(referral=full, consent=consent(None))
    assert "I need a place of my own." in printed and "A call back, please." in printed
    for absent in ("I work nights.", "Six weeks", "I can come along.", "555-0199", "1988"):
        assert absent not in printed
    assert "It covers" not in printed


def test_the_full_name_once_then_the_name_they_use() -> None:
    printed = letter_text()
    letter_part, consent_part = printed.split("Consent for this disclosure")
    assert letter_part.count("María Elena Robles Ortiz") == 1  # the subject line
    assert "Re: referral of María Elena Robles Ortiz for housing" in letter_part
    assert "Name they use: Malena" in letter_part and "Pronouns: she/her" in letter_part
    assert "Malena asked me to write to you." in letter_part
    assert "In Malena's own words:" in letter_part
    # The consent's record names the person in full once, as the consent does.
    assert consent_part.count("María Elena Robles Ortiz") == 1


def test_no_goes_by_line_when_they_use_their_legal_name() -> None:
    same = dataclasses.replace(PERSON, legal_name=None, pronouns=None)
    printed = letter_text(person=same)
    assert "Name they use" not in printed and "Pronouns" not in printed
    assert "Re: referral of Malena for housing" in printed


@pytest.mark.parametrize(
    ("name", "salutation", "expected"),
    [
        ("Dr. Tomás Echeverría", None, "Dr. Echeverría"),
        ("Tomás Echeverría, MD", None, "Dr. Echeverría"),
        ("Dra. Alma Reyes", None, "Dra. Reyes"),
        ("Maya Ortiz", None, "Maya Ortiz"),
        ("Maya Ortiz, LCSW", None, "Maya Ortiz"),
        ("Dr. Tomás Echeverría", "Tomás", "Tomás"),
    ],
)
def test_salutation(name: str, salutation: str | None, expected: str) -> None:
    assert salutation_for(Clinician(id="c", name=name, salutation=salutation)) == expected


def test_the_letter_greets_the_clinician_as_they_are_addressed() -> None:
    assert "Dear Dr. Echeverría," in letter_text()
    assert "Dear Dr. Tomás Echeverría" not in letter_text()
    spanish = letter_text("es")
    assert "Estimado Dr. Echeverría:" in spanish
    dra = dataclasses.replace(CLINICIAN, name="Dra. Alma Reyes")
    assert "Estimada Dra. Reyes:" in letter_text("es", clinician=dra)
    told = dataclasses.replace(CLINICIAN, salutation="Tomás")
    assert "Dear Tomás," in letter_text(clinician=told)


def test_spanish_wording() -> None:
    printed = letter_text(
        "es",
        referral=referral(
            to_know="Trabajo de noche.", going_well="Seis semanas.", how_i_will_help="La acompaño."
        ),
    )
    for expected in (
        "Asunto: remisión de María Elena Robles Ortiz para vivienda",
        "especialista de apoyo entre pares",
        "No formo parte del personal clínico",
        "Lo que Malena quiere que usted sepa:",
        "Lo que va bien, en palabras de Malena:",
        "Cómo voy a ayudar:",
        "Nombre que usa: Malena",
    ):
        assert expected in printed, expected


def test_a_leading_when_is_not_printed_twice() -> None:
    assert strip_when("when my treatment ends") == "my treatment ends"
    assert strip_when("Cuando termine el tratamiento") == "termine el tratamiento"
    printed = letter_text(consent=consent(expires_when="when my first appointment is made"))
    assert "when my first appointment is made" in printed
    assert "when when" not in printed


def test_the_scope_check_reads_every_section() -> None:
    flagged = referral(
        to_know="She has opioid use disorder.",
        going_well="Going to meetings.",
        how_i_will_help="I think she needs detox.",
    )
    content = build_letter(
        profile=PROFILE,
        person=PERSON,
        clinician=CLINICIAN,
        referral=flagged,
        consent=consent(),
        on=ON,
        language="en",
    )
    sections = {item.section for item in section_findings(content)}
    assert sections == {"to_know", "how_i_will_help"}


def test_a_letter_needs_a_consent_unless_it_is_a_draft() -> None:
    with pytest.raises(Refused):
        build_letter(
            profile=PROFILE,
            person=PERSON,
            clinician=CLINICIAN,
            referral=referral(),
            consent=None,
            on=ON,
            language="en",
        )
    draft = build_letter(
        profile=PROFILE,
        person=PERSON,
        clinician=CLINICIAN,
        referral=referral(going_well="Good."),
        consent=None,
        on=ON,
        language="en",
        draft=True,
    )
    printed = text(render_letter(draft))
    assert "DRAFT" in printed and "No written consent covers this letter yet" in printed
    assert "Good." in printed  # the person reads what they would consent to


def test_fax_cover_sheet_counts_its_pages_and_never_names_the_person() -> None:
    content = build_letter(
        profile=PROFILE,
        person=PERSON,
        clinician=CLINICIAN,
        referral=referral(),
        consent=consent(),
        on=ON,
        language="en",
    )
    alone = render_letter(content)
    with_cover = render_letter(content, fax_cover=FaxCover(ON))
    pages = PdfReader(io.BytesIO(with_cover)).pages
    assert len(pages) == page_count(alone) + 1
    cover = " ".join((pages[0].extract_text() or "").split())
    assert "Fax cover sheet" in cover
    assert "(541) 555-0101" in cover
    assert f"{len(pages)}, including this cover sheet" in cover
    assert "Confidential" in cover and "42 CFR part 2" in cover
    assert "prohibition on redisclosure" in cover
    for name in ("Malena", "María", "Robles"):
        assert name not in cover
    assert render_letter(content, fax_cover=FaxCover(ON)) == with_cover  # deterministic
