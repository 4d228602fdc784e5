"""Consents: the rules a written consent follows (42 CFR §2.31), the printable
form, signatures drawn on screen, and photos or scans of forms signed on paper.

Problems come back as codes the window says in its own language; the command
line and errors use the English sentences."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Final

from peerjournal import paths
from peerjournal.core import signature as signatures
from peerjournal.core.letter import ConsentFormContent, build_consent_form
from peerjournal.core.models import Clinician, Consent, ConsentAttachment, Covers, Person, Profile
from peerjournal.errors import Invalid, NotFound, Refused
from peerjournal.render import photo
from peerjournal.render.consent_form import render_consent_form
from peerjournal.services.ids import new_id
from peerjournal.services.referrals import letter_language
from peerjournal.vault import Vault

MAX_ATTACHMENT_BYTES: Final = 20 * 1024 * 1024
ATTACHABLE_SUFFIXES: Final = (".pdf", ".jpg", ".jpeg", ".png")

# The sentences of a refused attachment or signature (ui/error_words.py marks
# them for translation: keep them word for word).
TOO_LARGE: Final = (
    "That file is larger than 20 MB, the most a photo or scan of a signed form can be. "
    "Take the photo at a lower resolution, or scan at 300 dpi. Nothing was kept."
)
NOT_A_FORM: Final = (
    "That file is not a photo or a scan PeerJournal can keep: attach a PDF, JPEG or PNG. "
    "Nothing was kept."
)
DAMAGED: Final = (
    "That file looks like a photo but cannot be opened; it may be damaged. Nothing was kept."
)
UNREADABLE: Final = "That file cannot be read. Nothing was kept."
NO_SIGNATURE: Final = "There is no signature to keep: sign in the box first."

# What a consent lacks or gets wrong (codes the window translates).
MISSING_RECIPIENT = "missing_recipient"
MISSING_PURPOSE = "missing_purpose"
MISSING_INFORMATION = "missing_information"
MISSING_EVENT = "missing_event"
ENDS_BEFORE_SIGNED = "ends_before_signed"
REVOKED_BEFORE_SIGNED = "revoked_before_signed"
MISSING: Final = (MISSING_RECIPIENT, MISSING_PURPOSE, MISSING_INFORMATION, MISSING_EVENT)

# How a consent stands on a day.
VALID = "valid"
REVOKED = "revoked"
NOT_YET_SIGNED = "not_yet_signed"
EXPIRED = "expired"


@dataclass(frozen=True, slots=True, kw_only=True)
class ConsentDraft:
    """A consent as a form shows it, before the rules are checked."""

    id: str | None
    person_id: str
    recipient_id: str | None
    purpose: str
    information: str
    signed_on: date
    expires_on: date | None
    ends_when_chosen: bool
    expires_when: str
    revoked_on: date | None
    covers: tuple[str, ...] | None
    signature: str | None = None


def problems(draft: ConsentDraft) -> list[str]:
    """What keeps the draft from being a written consent (codes), in form order."""
    found = []
    if not draft.recipient_id:
        found.append(MISSING_RECIPIENT)
    if not draft.purpose.strip():
        found.append(MISSING_PURPOSE)
    if not draft.information.strip():
        found.append(MISSING_INFORMATION)
    if draft.ends_when_chosen and not draft.expires_when.strip():
        found.append(MISSING_EVENT)
    if found:
        return found
    if draft.expires_on is not None and draft.expires_on < draft.signed_on:
        return [ENDS_BEFORE_SIGNED]
    if draft.revoked_on is not None and draft.revoked_on < draft.signed_on:
        return [REVOKED_BEFORE_SIGNED]
    return []


def to_consent(draft: ConsentDraft) -> Consent:
    """The consent to record; Invalid (naming the first problem code) when the rules fail."""
    found = problems(draft)
    if found:
        raise Invalid(f"The consent cannot be recorded: {', '.join(found)}.")
    assert draft.recipient_id is not None
    return Consent(
        id=draft.id or new_id("consents"),
        person_id=draft.person_id,
        recipient_id=draft.recipient_id,
        purpose=draft.purpose.strip(),
        information=draft.information.strip(),
        signed_on=draft.signed_on,
        expires_on=None if draft.ends_when_chosen else draft.expires_on,
        expires_when=draft.expires_when.strip() if draft.ends_when_chosen else None,
        revoked_on=draft.revoked_on,
        covers=None if draft.covers is None else _ordered(draft.covers),
        signature=draft.signature,
    )


def signed_terms_changed(signed: Consent, edited: Consent) -> bool:
    """Whether an edit changes what the person signed (on screen): the recipient,
    purpose, information, what it covers, or when it ends. Revoking does not."""
    terms = ("recipient_id", "purpose", "information", "covers", "expires_on", "expires_when")
    return any(getattr(signed, t) != getattr(edited, t) for t in terms)


def keep_signature_honest(signed: Consent | None, edited: Consent) -> Consent:
    """A signature drawn on screen stays only with the terms it was drawn for:
    an edit of the terms drops it (the person signs the new wording again)."""
    if edited.signature and signed is not None and signed_terms_changed(signed, edited):
        return replace(edited, signature=None)
    return edited


def _ordered(codes: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(member.value for member in Covers if member.value in codes)


def state_on(consent: Consent, day: date) -> str:
    """valid, revoked, not_yet_signed or expired."""
    if consent.valid_on(day):
        return VALID
    if consent.revoked_on is not None and consent.revoked_on <= day:
        return REVOKED
    if consent.signed_on > day:
        return NOT_YET_SIGNED
    return EXPIRED


def form_content(
    vault: Vault,
    person_id: str,
    clinician_id: str,
    *,
    on: date,
    language: str | None = None,
    purpose: str | None = None,
    information: str | None = None,
    expires_on: date | None = None,
    expires_when: str | None = None,
    covers: tuple[str, ...] | None = None,
    signature: str | None = None,
    signed_on: date | None = None,
) -> ConsentFormContent:
    """What the consent form says (to print, or to read on screen before signing),
    in the person's language unless another is asked."""
    person = vault.get(Person, person_id)
    return build_consent_form(
        profile=vault.profile() or Profile(name=""),
        person=person,
        clinician=vault.get(Clinician, clinician_id),
        on=on,
        language=letter_language(person, language),
        purpose=purpose,
        information=information,
        expires_on=expires_on,
        expires_when=expires_when,
        covers=covers,
        signature=signatures.from_json(signature) if signature else None,
        signed_on=signed_on,
    )


def consent_form_pdf(
    vault: Vault,
    person_id: str,
    clinician_id: str,
    *,
    on: date,
    language: str | None = None,
    purpose: str | None = None,
    information: str | None = None,
    expires_on: date | None = None,
    expires_when: str | None = None,
    covers: tuple[str, ...] | None = None,
    signature: str | None = None,
    signed_on: date | None = None,
) -> bytes:
    """The printable consent form, in the person's language unless another is
    asked: the §2.31 elements, with blank lines for what is not filled in, and
    the signature drawn on screen when there is one."""
    content = form_content(
        vault,
        person_id,
        clinician_id,
        on=on,
        language=language,
        purpose=purpose,
        information=information,
        expires_on=expires_on,
        expires_when=expires_when,
        covers=covers,
        signature=signature,
        signed_on=signed_on,
    )
    return render_consent_form(content)


def recorded_form_pdf(
    vault: Vault, consent_id: str, *, on: date, language: str | None = None
) -> bytes:
    """The form of a recorded consent, filled in and (when drawn) signed."""
    consent = vault.get(Consent, consent_id)
    return consent_form_pdf(
        vault,
        consent.person_id,
        consent.recipient_id,
        on=on,
        language=language,
        purpose=consent.purpose,
        information=consent.information,
        expires_on=consent.expires_on,
        expires_when=consent.expires_when,
        covers=consent.covers,
        signature=consent.signature,
        signed_on=consent.signed_on,
    )


def sign_on_screen(vault: Vault, consent_id: str, drawn: signatures.Signature) -> Consent:
    """Keep a signature drawn on screen with its consent (encrypted with the
    journal). The consent is then signed that day."""
    if drawn.is_empty():
        raise Invalid(NO_SIGNATURE)
    consent = vault.get(Consent, consent_id)
    signed = replace(consent, signature=drawn.to_json(), signed_on=drawn.signed_on)
    vault.save(signed)
    return signed


# --- attachments: a photo or scan of a form signed on paper ---------------------


def attachable_files(dropped: Path) -> list[Path]:
    """The files a drop offers: the file itself, or a folder's PDF, JPEG and
    PNG files (not inside its subfolders), by name."""
    if dropped.is_dir():
        return sorted(
            p for p in dropped.iterdir() if p.is_file() and p.suffix.lower() in ATTACHABLE_SUFFIXES
        )
    return [dropped]


def prepare_attachment(source: Path, consent: Consent, *, on: date) -> ConsentAttachment:
    """Read and check a file to attach (on the worker): at most 20 MB, a PDF,
    JPEG or PNG by its content, a photo scaled down and without metadata.
    Refused with a plain sentence, and nothing kept, otherwise."""
    try:
        size = source.stat().st_size
    except OSError:
        raise NotFound(UNREADABLE) from None
    if size > MAX_ATTACHMENT_BYTES:
        raise Refused(TOO_LARGE)
    try:
        data = source.read_bytes()
    except OSError:
        raise NotFound(UNREADABLE) from None
    return attachment_from_bytes(data, consent, on=on, name=source.name)


def attachment_from_bytes(
    data: bytes, consent: Consent, *, on: date, name: str | None = None
) -> ConsentAttachment:
    """The attachment for some bytes, checked as `prepare_attachment` does."""
    if len(data) > MAX_ATTACHMENT_BYTES:
        raise Refused(TOO_LARGE)
    media_type = photo.media_type_of(data)
    if media_type is None:
        raise Refused(NOT_A_FORM)
    try:
        kept, media_type = photo.prepare_image(data, media_type)
    except photo.NotAnImage:
        raise Refused(DAMAGED) from None
    return ConsentAttachment(
        id=new_id("att"),
        consent_id=consent.id,
        person_id=consent.person_id,
        media_type=media_type,
        added_on=on,
        sha256=hashlib.sha256(kept).hexdigest(),
        data=kept,
        name=name,
    )


def attach(vault: Vault, consent_id: str, source: Path, *, on: date) -> ConsentAttachment:
    """Attach a photo or scan of the signed form to a recorded consent."""
    consent = vault.get(Consent, consent_id)
    attachment = prepare_attachment(source, consent, on=on)
    vault.add_attachment(attachment)
    return replace(attachment, data=b"")


def save_copy(vault: Vault, attachment_id: str, target: Path) -> None:
    """Write a copy of an attachment out of the journal (a deliberate act, like
    any export): atomically, readable by the owner only."""
    attachment = vault.attachment(attachment_id)
    paths.write_atomic(target, attachment.data)
