"""Consent in the field: signatures drawn on screen and photos or scans of
forms signed on paper, kept inside the journal and carried by backups and
interchange byte for byte (issue 12)."""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import io
import json
from datetime import date
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from peerjournal.core import interchange, signature
from peerjournal.core.models import Clinician, Consent, Person, Profile
from peerjournal.core.signature import Signature
from peerjournal.errors import Invalid, Refused
from peerjournal.render import photo
from peerjournal.services import consents, journal
from peerjournal.vault import Vault
from tests.helpers.vault_fixtures import PASSPHRASE, make_vault

ON = date(2025, 6, 2)


def fill(vault: Vault) -> None:
    vault.set_profile(Profile(name="Dana Whitfield", credentials="CPRS"))
    vault.save(Person(id="p1", preferred_name="Ana", preferred_language="es"))
    vault.save(Clinician(id="c1", name="Dr. Jordan Lee"))
    vault.save(
        Consent(
            id="k1",
            person_id="p1",
            recipient_id="c1",
            purpose="to arrange an appointment",
            information="my name and my request",
            signed_on=ON,
            covers=("contact", "their_words"),
        )
    )


@pytest.fixture
def vault(tmp_path: Path) -> Vault:
    opened, _key = make_vault(tmp_path / "journal")
    fill(opened)
    yield opened
    if opened.is_open:
        opened.close()


def a_pdf(marker: str) -> bytes:
    return b"%PDF-1.4\n% " + marker.encode() + b"\n" + b"0" * 2000 + b"\n%%EOF\n"


def a_photo(width: int, height: int, fmt: str = "JPEG") -> bytes:
    image = Image.new("RGB", (width, height), (200, 180, 160))
    for x in range(0, width, 97):
        image.putpixel((x, x % height), (0, 0, 0))
    out = io.BytesIO()
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"  # a camera's make: metadata the journal never keeps
    image.save(out, fmt, exif=exif) if fmt == "JPEG" else image.save(out, fmt)
    return out.getvalue()


def test_a_scan_round_trips_through_backup_and_restore(vault: Vault, tmp_path: Path) -> None:
    source = tmp_path / "scan.pdf"
    source.write_bytes(a_pdf("scan-one"))
    kept = consents.attach(vault, "k1", source, on=ON)
    assert kept.media_type == "application/pdf"
    backup = tmp_path / "journal.pjbackup"
    vault.backup_to(backup)
    restored = tmp_path / "restored" / "journal.peerjournal"
    Vault.restore(backup, restored, passphrase=PASSPHRASE)
    with Vault.open(restored, passphrase=PASSPHRASE) as again:
        (listed,) = again.attachments_of("k1")
        assert again.attachment(listed.id).data == source.read_bytes()  # byte-identical


def test_attachments_and_signatures_round_trip_through_export_and_import(
    vault: Vault, tmp_path: Path
) -> None:
    photo_file = tmp_path / "IMG_0001.JPG"
    photo_file.write_bytes(a_photo(800, 600))
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(a_pdf("scan-two"))
    first = consents.attach(vault, "k1", photo_file, on=ON)
    second = consents.attach(vault, "k1", scan, on=ON)
    drawn = Signature((((10, 10), (40, 60), (90, 20)), ((200, 100),)), ON)
    consents.sign_on_screen(vault, "k1", drawn)
    stored = {a.id: vault.attachment(a.id).data for a in (first, second)}

    text = journal.export_document(vault)
    document = json.loads(text)
    (exported,) = document["consents"]
    assert exported["covers"] == ["contact", "their_words"]
    assert exported["signature"]["media_type"] == signature.MEDIA_TYPE
    assert [a["media_type"] for a in exported["attachments"]] == ["image/jpeg", "application/pdf"]
    for item in exported["attachments"]:
        raw = base64.b64decode(item["data"])
        assert hashlib.sha256(raw).hexdigest() == item["sha256"]
    assert text == json.dumps(interchange.document_dict(vault.load_contents()),
                              ensure_ascii=False, indent=2)  # fmt: skip

    other, _key = make_vault(tmp_path / "other")
    try:
        journal.import_document(other, text)
        listed = other.attachments_of("k1")
        assert {a.id for a in listed} == set(stored)
        for attachment in listed:
            assert other.attachment(attachment.id).data == stored[attachment.id]
        assert other.get(Consent, "k1").signature == drawn.to_json()
        assert journal.export_document(other) == text
    finally:
        other.close()


def test_a_tampered_attachment_is_refused_on_import(vault: Vault, tmp_path: Path) -> None:
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(a_pdf("scan-three"))
    consents.attach(vault, "k1", scan, on=ON)
    document = json.loads(journal.export_document(vault))
    item = document["consents"][0]["attachments"][0]
    item["data"] = base64.b64encode(b"%PDF-1.4 something else").decode()
    other, _key = make_vault(tmp_path / "other")
    try:
        with pytest.raises(Invalid, match="does not match its sha256"):
            journal.import_document(other, json.dumps(document))
        assert other.count(Consent) == 0
    finally:
        other.close()


def test_a_25_mb_file_is_refused_and_nothing_is_kept(vault: Vault, tmp_path: Path) -> None:
    big = tmp_path / "huge.pdf"
    big.write_bytes(b"%PDF-1.4\n" + b"0" * (25 * 1024 * 1024))
    with pytest.raises(Refused) as refused:
        consents.attach(vault, "k1", big, on=ON)
    assert str(refused.value) == consents.TOO_LARGE
    assert "larger than 20 MB" in str(refused.value) and "Nothing was kept" in str(refused.value)
    assert vault.attachments_of("k1") == []


def test_a_file_that_is_not_an_image_or_pdf_is_refused(vault: Vault, tmp_path: Path) -> None:
    for name, data in (
        ("notes.txt", b"just words"),
        ("photo.jpg", b"GIF89a not really a jpeg"),
        ("broken.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 40),
    ):
        source = tmp_path / name
        source.write_bytes(data)
        with pytest.raises(Refused, match="Nothing was kept"):
            consents.attach(vault, "k1", source, on=ON)
    assert vault.attachments_of("k1") == []


def test_a_large_photo_is_scaled_down_and_loses_its_metadata() -> None:
    data = a_photo(4000, 3000)
    kept, media_type = photo.prepare_image(data, photo.JPEG)
    assert media_type == photo.JPEG
    with Image.open(io.BytesIO(kept)) as image:
        assert max(image.size) == photo.LONGEST_SIDE
        assert not image.getexif()
    assert b"PhoneMaker" in data and b"PhoneMaker" not in kept


def test_a_dropped_folder_offers_its_photos_and_scans(tmp_path: Path) -> None:
    folder = tmp_path / "from-phone"
    folder.mkdir()
    for name in ("IMG_2.JPG", "IMG_1.jpeg", "scan.PDF", "notes.txt", ".thumbs"):
        (folder / name).write_bytes(b"x")
    (folder / "sub").mkdir()
    assert [p.name for p in consents.attachable_files(folder)] == [
        "IMG_1.jpeg",
        "IMG_2.JPG",
        "scan.PDF",
    ]


def test_forgetting_a_consent_deletes_its_attachments(vault: Vault, tmp_path: Path) -> None:
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(a_pdf("scan-four"))
    consents.attach(vault, "k1", scan, on=ON)
    vault.delete(Consent, "k1")
    assert vault.attachments_of("k1") == []


def test_the_consent_form_is_in_the_persons_language_and_shows_the_signature(
    vault: Vault,
) -> None:
    drawn = Signature((((10, 10), (40, 60), (90, 20), (150, 80)),), ON)
    consents.sign_on_screen(vault, "k1", drawn)
    pdf = consents.recorded_form_pdf(vault, "k1", on=ON)
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    assert "Consentimiento para divulgar información" in text  # Ana prefers Spanish
    assert "Firmado en pantalla el 2 de junio de 2025" in text
    assert "☒ sus datos de contacto" in text
    english = consents.recorded_form_pdf(vault, "k1", on=ON, language="en")
    assert "Signed on screen on June 2, 2025" in " ".join(
        p.extract_text() for p in PdfReader(io.BytesIO(english)).pages
    )
    assert consents.recorded_form_pdf(vault, "k1", on=ON) == pdf  # deterministic


def test_consent_rules_give_codes() -> None:
    draft = consents.ConsentDraft(
        id=None,
        person_id="p1",
        recipient_id=None,
        purpose=" ",
        information="",
        signed_on=ON,
        expires_on=None,
        ends_when_chosen=True,
        expires_when="",
        revoked_on=None,
        covers=(),
    )
    assert consents.problems(draft) == list(consents.MISSING)
    with pytest.raises(Invalid):
        consents.to_consent(draft)


def test_a_signature_is_canonical_and_validated() -> None:
    drawn = Signature((((1, 2), (3, 4)),), ON)
    assert signature.from_json(drawn.to_json()) == drawn
    for bad in ("{", "[]", '{"size": [1, 2]}', drawn.to_json().replace("[3,4]", "[3,4000]")):
        with pytest.raises(Invalid):
            signature.from_json(bad)


@pytest.mark.parametrize(
    "attachments",
    [
        "not a list",
        [1],
        [{"id": "a1"}],
        [{"id": "a1", "added_on": "2025-06-02", "media_type": "text/plain", "sha256": "0" * 64,
          "data": ""}],
        [{"id": "a1", "added_on": "2025-06-02", "media_type": "application/pdf",
          "sha256": "0" * 64, "data": "%%%"}],
    ],
)  # fmt: skip
def test_a_broken_attachment_is_refused_with_its_place(attachments: object) -> None:
    document = {
        "format": "peerjournal-interchange",
        "version": 1,
        "people": [{"id": "p1", "preferred_name": "Ana"}],
        "clinicians": [{"id": "c1", "name": "Dr. Lee"}],
        "consents": [
            {
                "id": "k1",
                "person_id": "p1",
                "recipient_id": "c1",
                "purpose": "p",
                "information": "i",
                "signed_on": "2025-06-02",
                "attachments": attachments,
            },
        ],
    }
    with pytest.raises(Invalid) as refused:
        interchange.parse_document(json.dumps(document))
    assert 'consents[0] (id "k1"): attachments' in str(refused.value)
    # A consent whose id is not text is refused for its id, not a crash.
    document["consents"] = [{"id": ["odd"], "attachments": []}]
    with pytest.raises(Invalid, match="consents\\[0\\]: id"):
        interchange.parse_document(json.dumps(document))


def test_a_signature_stays_only_with_the_terms_it_was_drawn_for() -> None:
    signed = Consent(
        id="k1",
        person_id="p1",
        recipient_id="c1",
        purpose="p",
        information="i",
        signed_on=ON,
        expires_on=date(2026, 1, 1),
        signature=Signature((((1, 2), (3, 4)),), ON).to_json(),
    )
    revoked = dataclasses.replace(signed, revoked_on=date(2025, 7, 1))
    assert consents.keep_signature_honest(signed, revoked).signature == signed.signature
    widened = dataclasses.replace(signed, information="everything")
    assert consents.keep_signature_honest(signed, widened).signature is None
    more = dataclasses.replace(signed, covers=("contact",))
    assert consents.keep_signature_honest(signed, more).signature is None
