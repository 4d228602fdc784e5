"""Make the sample letters and consent forms in docs/ from synthetic records.

    .venv/bin/python tools/make_samples.py

Writes docs/sample-letter.pdf and .png (English), docs/sample-letter-es.pdf and
.png (Spanish), docs/sample-consent-form.png and docs/sample-consent-form-es.png
(signed on screen). Every section of the letter is filled in and covered.
The PNGs need poppler's pdftoppm (apt-get install poppler-utils)."""

from __future__ import annotations

import dataclasses
import io
import math
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from PIL import Image  # noqa: E402

from peerjournal.core.letter import build_consent_form, build_letter  # noqa: E402
from peerjournal.core.models import (  # noqa: E402
    Clinician,
    Consent,
    Covers,
    Person,
    Profile,
    Referral,
    ReferralKind,
    ReferralStatus,
)
from peerjournal.core.signature import Signature, clamp_point  # noqa: E402
from peerjournal.render.consent_form import render_consent_form  # noqa: E402
from peerjournal.render.letter import render_letter  # noqa: E402

DOCS = ROOT / "docs"
ON = date(2026, 11, 16)
PROFILE = Profile(
    name="Dana Whitfield",
    credentials="CPRS",
    organization="Harbor Light Recovery Center",
    address="412 Alder Street\nSpringfield, OR 97477",
    phone="(541) 555-0142",
    email="dana@harborlight.example",
)
PERSON = Person(
    id="p1",
    preferred_name="Malena",
    legal_name="María Elena Robles Ortiz",
    pronouns="she/her",
    date_of_birth=date(1988, 3, 3),
    phone="(541) 555-0199",
    email="malena.r@example.org",
    preferred_language="es",
)
CLINICIAN = Clinician(
    id="c1",
    name="Dr. Tomás Echeverría",
    organization="Riverbend Community Health",
    address="90 Mill Road\nEugene, OR 97401",
    phone="(541) 555-0100",
    fax="(541) 555-0101",
)
COVERS = tuple(member.value for member in Covers)
TEXTS = {
    "en": {
        "purpose": "So I can get an appointment I asked for, and so Dana can help me get there.",
        "information": "My name, date of birth and how to reach me; why I want help and what I "
        "ask for, in my words; what is going well; and how Dana will help.",
        "expires_when": "when my first appointment is made",
        "reason": "I've been sleeping at my sister's for two months. I want to stop drinking "
        "before my daughter's birthday.\nMy sister got help at your clinic last year.",
        "request": "An appointment in the morning, before my shift. Texting is best.",
        "to_know": "I work nights at the bakery, so mornings before 11 are hard. I get nervous "
        "on the phone.",
        "going_well": "I haven't missed a day of work in six weeks. I go to a women's meeting "
        "on Tuesdays.",
        "how_i_will_help": "I can come with Malena to the first appointment and help with the "
        "bus fare and the paperwork.",
    },
    "es": {
        "purpose": "Para conseguir la cita que pedí, y para que Dana me ayude a llegar.",
        "information": "Mi nombre, fecha de nacimiento y cómo comunicarse conmigo; por qué "
        "quiero ayuda y lo que pido, en mis palabras; lo que va bien; y cómo me ayudará Dana.",
        "expires_when": "cuando tenga mi primera cita",
        "reason": "Llevo dos meses durmiendo en casa de mi hermana. Quiero dejar de beber antes "
        "del cumpleaños de mi hija.\nMi hermana recibió ayuda en su clínica el año pasado.",
        "request": "Una cita por la mañana, antes de mi turno. Mejor por mensaje de texto.",
        "to_know": "Trabajo de noche en la panadería, así que antes de las 11 me cuesta. Me "
        "pongo nerviosa por teléfono.",
        "going_well": "No he faltado ni un día al trabajo en seis semanas. Voy a una reunión "
        "de mujeres los martes.",
        "how_i_will_help": "Puedo acompañar a Malena a la primera cita y ayudarle con el pasaje "
        "del autobús y los formularios.",
    },
}


def drawn_signature() -> Signature:
    """A made-up signature: a few looping strokes, as a hand would draw them."""
    strokes = []
    loop = [
        clamp_point(30 + t * 2.6 + 14 * math.cos(t / 3.2), 120 - 38 * math.sin(t / 3.2))
        for t in range(0, 90)
    ]
    strokes.append(tuple(dict.fromkeys(loop)))
    tail = [clamp_point(270 + t * 3, 118 - 22 * math.sin(t / 4) - t * 0.4) for t in range(0, 70)]
    strokes.append(tuple(dict.fromkeys(tail)))
    strokes.append((clamp_point(150, 60), clamp_point(158, 56)))
    return Signature(tuple(strokes), ON)


def consent(language: str) -> Consent:
    texts = TEXTS[language]
    return Consent(
        id="k1",
        person_id="p1",
        recipient_id="c1",
        purpose=texts["purpose"],
        information=texts["information"],
        signed_on=ON,
        expires_when=texts["expires_when"],
        covers=COVERS,
        signature=drawn_signature().to_json(),
    )


def letter_pdf(language: str) -> bytes:
    texts = TEXTS[language]
    referral = Referral(
        id="r1",
        person_id="p1",
        clinician_id="c1",
        kind=ReferralKind.TREATMENT,
        reason_in_their_words=texts["reason"],
        request=texts["request"],
        created_on=ON,
        status=ReferralStatus.DRAFT,
        share_contact=True,
        to_know=texts["to_know"],
        going_well=texts["going_well"],
        how_i_will_help=texts["how_i_will_help"],
    )
    content = build_letter(
        profile=PROFILE,
        person=dataclasses.replace(PERSON, pronouns="ella") if language == "es" else PERSON,
        clinician=CLINICIAN,
        referral=referral,
        consent=consent(language),
        on=ON,
        language=language,
    )
    return render_letter(content)


def consent_pdf(language: str) -> bytes:
    c = consent(language)
    form = build_consent_form(
        profile=PROFILE,
        person=PERSON,
        clinician=CLINICIAN,
        on=ON,
        language=language,
        purpose=c.purpose,
        information=c.information,
        expires_when=c.expires_when,
        covers=c.covers,
        signature=drawn_signature(),
        signed_on=ON,
    )
    return render_consent_form(form)


def to_png(pdf: bytes, target: Path, dpi: int = 60) -> None:
    """Every page side by side in one PNG."""
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "doc.pdf"
        source.write_bytes(pdf)
        command = ["pdftoppm", "-png", "-r", str(dpi), str(source), f"{folder}/page"]
        subprocess.run(command, check=True)
        pages = [Image.open(p) for p in sorted(Path(folder).glob("page-*.png"))]
        gap = 12
        width = sum(p.width for p in pages) + gap * (len(pages) - 1)
        sheet = Image.new("RGB", (width, max(p.height for p in pages)), (200, 204, 208))
        x = 0
        for page in pages:
            sheet.paste(page, (x, 0))
            x += page.width + gap
        out = io.BytesIO()
        sheet.save(out, "PNG", optimize=True)
        target.write_bytes(out.getvalue())


def main() -> None:
    for language, suffix in (("en", ""), ("es", "-es")):
        letter = letter_pdf(language)
        (DOCS / f"sample-letter{suffix}.pdf").write_bytes(letter)
        to_png(letter, DOCS / f"sample-letter{suffix}.png")
        to_png(consent_pdf(language), DOCS / f"sample-consent-form{suffix}.png")
    print("Wrote the samples to docs/.")


if __name__ == "__main__":
    main()
