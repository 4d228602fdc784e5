"""What a printed letter may hold, and nothing else.

`build_letter` copies only the allowed fields out of the domain records: the
person's notes, date of birth and address, other encounters, goals and the
peer's reflections have no way into a `LetterContent`, so they can never reach
a clinician. The same holds for the consent form, the recovery sheet and the
accounting of disclosures. Pure: no I/O.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal

from peerjournal.core.models import (
    Clinician,
    Consent,
    Covers,
    Disclosure,
    Person,
    Profile,
    Referral,
    ReferralKind,
)
from peerjournal.core.signature import Signature
from peerjournal.errors import Invalid, Refused

Language = Literal["en", "es"]
LANGUAGES: tuple[Language, ...] = ("en", "es")


def check_language(language: str) -> Language:
    """The language code when letters can be printed in it, else Invalid."""
    if language not in LANGUAGES:
        raise Invalid(f"Letters can be printed in {', '.join(LANGUAGES)}, not {language!r}.")
    return language


@dataclass(frozen=True, slots=True, kw_only=True)
class PeerBlock:
    """The peer as the letterhead and signature show them (from the profile)."""

    name: str
    credentials: str | None = None
    organization: str | None = None
    address: str | None = None
    phone: str | None = None
    email: str | None = None

    @classmethod
    def from_profile(cls, profile: Profile) -> PeerBlock:
        return cls(
            name=profile.name,
            credentials=profile.credentials,
            organization=profile.organization,
            address=profile.address,
            phone=profile.phone,
            email=profile.email,
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class RecipientBlock:
    """The clinician the letter goes to (their own address-book entry)."""

    name: str
    organization: str | None = None
    address: str | None = None
    phone: str | None = None
    fax: str | None = None
    email: str | None = None
    salutation: str = ""  # how the letter addresses them ("Dr. Echeverría")

    @classmethod
    def from_clinician(cls, clinician: Clinician) -> RecipientBlock:
        return cls(
            name=clinician.name,
            organization=clinician.organization,
            address=clinician.address,
            phone=clinician.phone,
            fax=clinician.fax,
            email=clinician.email,
            salutation=salutation_for(clinician),
        )


_TITLES = ("dr.", "dra.", "dr", "dra", "mr.", "mrs.", "ms.", "mx.", "prof.", "sr.", "sra.")
_DOCTORAL = ("md", "m.d.", "do", "d.o.", "phd", "ph.d.", "psyd", "psy.d.", "dnp", "dds")


def salutation_for(clinician: Clinician) -> str:
    """How a letter addresses the clinician: their own `salutation` when set,
    else a title and family name from their name ("Dr. Tomás Echeverría" and
    "Tomás Echeverría, MD" give "Dr. Echeverría"), else their name as written."""
    if clinician.salutation and clinician.salutation.strip():
        return clinician.salutation.strip()
    name, _, credentials = clinician.name.partition(",")
    words_ = name.split()
    if not words_:
        return clinician.name.strip()
    title = words_[0] if words_[0].casefold() in _TITLES else ""
    rest = words_[1:] if title else words_
    if not title and any(c.strip().casefold() in _DOCTORAL for c in credentials.split(",")):
        title = "Dr."
    if title and rest:
        if not title.endswith("."):
            title += "."
        return f"{title} {rest[-1]}"
    return name.strip()


@dataclass(frozen=True, slots=True, kw_only=True)
class PersonContact:
    """How the clinician may reach the person directly (only when covered and wanted)."""

    phone: str | None = None
    email: str | None = None
    address: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class ConsentScope:
    """The consent the letter relies on, as §2.32(b) asks it be explained."""

    purpose: str
    information: str
    signed_on: date
    expires_on: date | None = None
    expires_when: str | None = None
    covers: tuple[str, ...] | None = None
    signed_on_screen: bool = False

    @classmethod
    def from_consent(cls, consent: Consent) -> ConsentScope:
        return cls(
            purpose=consent.purpose,
            information=consent.information,
            signed_on=consent.signed_on,
            expires_on=consent.expires_on,
            expires_when=strip_when(consent.expires_when),
            covers=consent.covers,
            signed_on_screen=bool(consent.signature),
        )


def strip_when(text: str | None) -> str | None:
    """An expiry event without a leading "when"/"cuando" (the sentence says it)."""
    if not text:
        return text
    stripped = text.strip()
    for word in ("when ", "cuando "):
        if stripped.casefold().startswith(word):
            stripped = stripped[len(word) :].lstrip()
            break
    return stripped


def covered(consent: Consent | None, kind: Covers) -> bool:
    """Whether a letter may carry this kind of information. A consent
    recorded before `covers` existed gives today's letter: the reason, the
    request and the peer relationship, nothing else. No consent (a draft
    preview) shows what the person would be asked to consent to."""
    if consent is None:
        return True
    if consent.covers is None:
        return False
    return kind.value in consent.covers


def _their_reason_covered(consent: Consent | None) -> bool:
    return consent is None or consent.covers is None or Covers.THEIR_WORDS in consent.covers


@dataclass(frozen=True, slots=True, kw_only=True)
class LetterContent:
    """Exactly what a referral letter may hold (spec/cli.md `referral render`).

    The person's full name (legal name when set) is printed once; after it the
    letter uses the name they use (`person_name`). Each optional section is
    None unless the consent covers it and it is filled in. `consent` is None
    only for a draft preview (watermarked DRAFT, never disclosed). The
    override reason of a flagged letter is logged with the disclosure, never
    printed."""

    dated: date
    language: Language
    peer: PeerBlock
    recipient: RecipientBlock
    person_name: str
    pronouns: str | None
    referral_kind: ReferralKind
    reason_in_their_words: str | None
    request: str | None
    person_contact: PersonContact | None
    consent: ConsentScope | None
    full_name: str = ""
    date_of_birth: date | None = None
    to_know: str | None = None
    going_well: str | None = None
    how_i_will_help: str | None = None
    draft: bool = False

    def sections(self) -> list[tuple[str, str]]:
        """Every free text the letter prints, by section: what the scope check reads."""
        named = (
            ("reason_in_their_words", self.reason_in_their_words),
            ("request", self.request),
            ("to_know", self.to_know),
            ("going_well", self.going_well),
            ("how_i_will_help", self.how_i_will_help),
        )
        return [(name, text) for name, text in named if text]


def _filled(text: str | None) -> str | None:
    return text if text and text.strip() else None


def build_letter(
    *,
    profile: Profile,
    person: Person,
    clinician: Clinician,
    referral: Referral,
    consent: Consent | None,
    on: date,
    language: str,
    share_contact: bool = False,
    draft: bool = False,
) -> LetterContent:
    """The letter for `referral`, dated `on`, holding only what a letter may.

    Refused when the records do not belong together (another person's consent,
    another clinician) or the consent is not valid on `on`. Only a `draft`
    (a preview watermarked DRAFT that never leaves the journal) may be built
    without a consent. The person's contact details print only when the
    consent covers them and the person wants the clinician to call them
    directly (`referral.share_contact`, or `share_contact`)."""
    lang = check_language(language)
    if referral.person_id != person.id or referral.clinician_id != clinician.id:
        raise Refused(f"Referral {referral.id} is for another person or clinician.")
    if consent is None:
        if not draft:
            raise Refused(f"Referral {referral.id} has no consent to rely on.")
    else:
        if consent.person_id != person.id or consent.recipient_id != clinician.id:
            raise Refused(f"Consent {consent.id} does not cover this person and clinician.")
        if referral.consent_id is not None and referral.consent_id != consent.id:
            raise Refused(f"Referral {referral.id} relies on consent {referral.consent_id}.")
        why_not = consent.why_not_valid_on(on)
        if why_not is not None and not draft:
            raise Refused(f"Consent {consent.id} does not allow this letter: {why_not}.")
    contact = None
    wants_call = share_contact or referral.share_contact
    has_contact = bool(person.phone or person.email or person.address)
    if wants_call and has_contact and covered(consent, Covers.CONTACT):
        contact = PersonContact(
            phone=person.phone or None,
            email=person.email or None,
            address=person.address or None,
        )
    words_ok = _their_reason_covered(consent)
    their_words = covered(consent, Covers.THEIR_WORDS)
    return LetterContent(
        dated=on,
        language=lang,
        peer=PeerBlock.from_profile(profile),
        recipient=RecipientBlock.from_clinician(clinician),
        person_name=person.preferred_name.strip() or person.name_on_letters,
        full_name=person.name_on_letters,
        pronouns=person.pronouns or None,
        date_of_birth=person.date_of_birth if covered(consent, Covers.DATE_OF_BIRTH) else None,
        referral_kind=referral.kind,
        reason_in_their_words=_filled(referral.reason_in_their_words) if words_ok else None,
        request=_filled(referral.request) if words_ok else None,
        to_know=_filled(referral.to_know) if their_words else None,
        going_well=_filled(referral.going_well) if covered(consent, Covers.GOING_WELL) else None,
        how_i_will_help=_filled(referral.how_i_will_help)
        if covered(consent, Covers.HOW_I_WILL_HELP)
        else None,
        person_contact=contact,
        consent=None if consent is None else ConsentScope.from_consent(consent),
        draft=draft or consent is None,
    )


@dataclass(frozen=True, slots=True, kw_only=True)
class ConsentFormContent:
    """A blank (or partly filled) written consent carrying every element of
    42 CFR §2.31, to print, have signed, then record. None prints blank lines.
    `covers` None prints empty boxes to tick by hand; `signature` (drawn on
    screen) prints in place of the signature line."""

    language: Language
    printed_on: date
    person_name: str
    who_may_disclose: PeerBlock
    recipient: RecipientBlock
    purpose: str | None = None
    information: str | None = None
    expires_on: date | None = None
    expires_when: str | None = None
    covers: tuple[str, ...] | None = None
    signature: Signature | None = None
    signed_on: date | None = None


def build_consent_form(
    *,
    profile: Profile,
    person: Person,
    clinician: Clinician,
    on: date,
    language: str,
    purpose: str | None = None,
    information: str | None = None,
    expires_on: date | None = None,
    expires_when: str | None = None,
    covers: tuple[str, ...] | None = None,
    signature: Signature | None = None,
    signed_on: date | None = None,
) -> ConsentFormContent:
    """The consent form for `person` to let the peer disclose to `clinician`."""
    return ConsentFormContent(
        language=check_language(language),
        printed_on=on,
        person_name=person.name_on_letters,
        who_may_disclose=PeerBlock.from_profile(profile),
        recipient=RecipientBlock.from_clinician(clinician),
        purpose=purpose or None,
        information=information or None,
        expires_on=expires_on,
        expires_when=strip_when(expires_when) or None,
        covers=covers,
        signature=signature,
        signed_on=signed_on,
    )


@dataclass(frozen=True, slots=True, kw_only=True)
class RecoverySheetContent:
    """The one-page sheet that carries a vault's recovery key."""

    recovery_key: str
    vault_label: str
    created_on: date
    language: Language

    def key_groups(self) -> list[str]:
        """The key in short groups to copy by eye: its own dash-separated
        groups, else runs of five characters."""
        key = "".join(self.recovery_key.split())
        if "-" in key:
            return [group for group in key.split("-") if group]
        return [key[i : i + 5] for i in range(0, len(key), 5)]


@dataclass(frozen=True, slots=True, kw_only=True)
class DisclosureRow:
    """One line of a person's accounting of disclosures."""

    disclosed_at: datetime
    recipient: str
    purpose: str | None
    consent_id: str | None
    sha256: str
    overridden: bool


def disclosure_row(
    disclosure: Disclosure, clinician: Clinician | None, consent: Consent | None
) -> DisclosureRow:
    """One accounting row. Only the fact of an override is shown, never the
    peer's reason."""
    if clinician is None:
        recipient = disclosure.recipient_id
    elif clinician.organization:
        recipient = f"{clinician.name}, {clinician.organization}"
    else:
        recipient = clinician.name
    return DisclosureRow(
        disclosed_at=disclosure.disclosed_at,
        recipient=recipient,
        purpose=consent.purpose if consent else None,
        consent_id=disclosure.consent_id,
        sha256=disclosure.sha256,
        overridden=bool(disclosure.override_reason),
    )


def disclosure_rows(
    disclosures: Iterable[Disclosure],
    clinicians: Mapping[str, Clinician],
    consents: Mapping[str, Consent],
) -> list[DisclosureRow]:
    """The accounting rows for some disclosures, oldest first."""
    return [
        disclosure_row(
            item,
            clinicians.get(item.recipient_id),
            consents.get(item.consent_id) if item.consent_id else None,
        )
        for item in sorted(disclosures, key=lambda d: (d.disclosed_at, d.id))
    ]
