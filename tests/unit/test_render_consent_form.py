"""The printable consent form carries every element of 42 CFR §2.31."""

from __future__ import annotations

import io
import unicodedata
from datetime import date

import pytest
from pypdf import PdfReader

from peerjournal.core.letter import ConsentFormContent, build_consent_form
from peerjournal.core.models import Clinician, Person, Profile
from peerjournal.errors import Invalid
from peerjournal.render.consent_form import render_consent_form

PROFILE = Profile(
    name="Dana Whitfield",
    credentials="CPRS",
    organization="Harbor Light Recovery Center",
    address="412 Alder Street\nSpringfield, OR 97477",
    phone="(541) 555-0142",
)
PERSON = Person(
    id="p1",
    preferred_name="Dima",
    legal_name="Дмитрий Волков",
    notes="CANARY-NOTES",
    address="CANARY-ADDRESS",
)
CLINICIAN = Clinician(
    id="c1",
    name="Dr. Alma Reyes",
    organization="Riverbend Community Health",
    address="90 Mill Road\nEugene, OR 97401",
    fax="(541) 555-0101",
)


def form(language: str = "en", **filled: object) -> ConsentFormContent:
    return build_consent_form(
        profile=PROFILE,
        person=PERSON,
        clinician=CLINICIAN,
        on=date(2025, 3, 1),
        language=language,
        **filled,
    )


def text_of(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    text = " ".join(page.extract_text() or "" for page in reader.pages)
    return " ".join(unicodedata.normalize("NFC", text).split())


def test_blank_form_has_every_element_of_2_31() -> None:
    text = text_of(render_consent_form(form()))
    elements = {
        "the person's name": "Дмитрий Волков",
        "who may disclose": "2. Who may disclose the information Dana Whitfield, CPRS",
        "the discloser's program": "Harbor Light Recovery Center",
        "the recipient": "3. Who may receive it (the recipient)",
        "the recipient's name": "Dr. Alma Reyes",
        "the recipient's organization": "Riverbend Community Health",
        "the purpose": "4. Why it is shared (the purpose)",
        "how much and what kind": "5. How much and what kind of information",
        "explicit about substance use": "including anything about substance use",
        "expiry date, event or condition": "6. When this consent ends",
        "expiry blanks": "Or when (an event or condition)",
        "the right to revoke": "I may revoke this consent at any time, in writing",
        "reliance exception": "except to the extent that action has already been taken in "
        "reliance on it",
        "how to revoke": "To revoke it, I give or send a signed and dated note",
        "where to revoke": "412 Alder Street, Springfield, OR 97477",
        "no conditioning": "does not depend on whether I sign this form",
        "redisclosure": "42 CFR part 2",
        "signature of the person": "Signature of the person named above",
        "date signed": "Date",
        "a representative": "Signature of the representative",
    }
    missing = [what for what, words in elements.items() if words not in text]
    assert not missing, missing
    assert "CANARY" not in text


def test_filled_form_prints_what_was_agreed() -> None:
    text = text_of(
        render_consent_form(
            form(
                purpose="To ask for a first appointment I want.",
                information="My name & how to reach me <by text>.",
                expires_on=date(2025, 9, 1),
                expires_when="my first appointment is made",
            )
        )
    )
    assert "To ask for a first appointment I want." in text
    assert "My name & how to reach me <by text>." in text
    assert (
        "This consent ends on September 1, 2025, or when my first appointment is made, "
        "whichever comes first." in text
    )
    assert "For example: so I can make an appointment" not in text  # no hint once filled


@pytest.mark.parametrize(
    ("filled", "expected"),
    [
        ({"expires_on": date(2025, 9, 1)}, "This consent ends on September 1, 2025."),
        ({"expires_when": "I leave the program"}, "This consent ends when I leave the program."),
    ],
)
def test_expiry_alone(filled: dict[str, object], expected: str) -> None:
    assert expected in text_of(render_consent_form(form(**filled)))


def test_spanish_form() -> None:
    pdf = render_consent_form(form("es", expires_on=date(2025, 9, 1)))
    text = text_of(pdf)
    for expected in (
        "Consentimiento para divulgar información",
        "1. Mi nombre",
        "2. Quién puede divulgar la información",
        "3. Quién puede recibirla (el destinatario)",
        "4. Para qué se comparte (el propósito)",
        "5. Cuánta información y de qué tipo",
        "Este consentimiento termina el 1 de septiembre de 2025.",
        "7. Mi derecho a revocar (cancelar) este consentimiento",
        "Firma de la persona nombrada arriba",
        "Fecha",
        "Página 1 de",
    ):
        assert expected in text, expected
    meta = PdfReader(io.BytesIO(pdf)).metadata
    assert meta is not None
    assert "Волков" not in " ".join(str(v) for v in meta.values())


def test_form_is_deterministic_and_titled_without_a_name() -> None:
    pdf = render_consent_form(form())
    assert render_consent_form(form()) == pdf
    meta = PdfReader(io.BytesIO(pdf)).metadata
    assert meta is not None and meta.title == "Consent to disclose information"


def test_form_refuses_an_unknown_language() -> None:
    with pytest.raises(Invalid):
        form("de")
