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
    Disclosure,
    Person,
    Profile,
    Referral,
    ReferralKind,
)
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

    @classmethod
    def from_clinician(cls, clinician: Clinician) -> RecipientBlock:
        return cls(
            name=clinician.name,
            organization=clinician.organization,
            address=clinician.address,
            phone=clinician.phone,
            fax=clinician.fax,
            email=clinician.email,
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class PersonContact:
    """How the clinician may reach the person directly (only when shared)."""

    phone: str | None = None
    email: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class ConsentScope:
    """The consent the letter relies on, as §2.32(b) asks it be explained."""

    purpose: str
    information: str
    signed_on: date
    expires_on: date | None = None
    expires_when: str | None = None

    @classmethod
    def from_consent(cls, consent: Consent) -> ConsentScope:
        return cls(
            purpose=consent.purpose,
            information=consent.information,
            signed_on=consent.signed_on,
            expires_on=consent.expires_on,
            expires_when=consent.expires_when,
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class LetterContent:
    """Exactly what a referral letter may hold (spec/cli.md `referral render`).

    `person_contact` is None unless the peer confirmed that the consent's
    information includes how to reach the person: the letter then asks the
    clinician to reach the person through the peer. The override reason of a
    flagged letter is logged with the disclosure, never printed."""

    dated: date
    language: Language
    peer: PeerBlock
    recipient: RecipientBlock
    person_name: str
    pronouns: str | None
    referral_kind: ReferralKind
    reason_in_their_words: str
    request: str | None
    person_contact: PersonContact | None
    consent: ConsentScope


def build_letter(
    *,
    profile: Profile,
    person: Person,
    clinician: Clinician,
    referral: Referral,
    consent: Consent,
    on: date,
    language: str,
    share_contact: bool = False,
) -> LetterContent:
    """The letter for `referral`, dated `on`, holding only what a letter may.

    Refused when the records do not belong together (another person's consent,
    another clinician) or the consent is not valid on `on`. With
    `share_contact` (the peer confirmed the consent covers it) the person's
    phone and email are printed; otherwise the clinician reaches them through
    the peer."""
    lang = check_language(language)
    if referral.person_id != person.id or referral.clinician_id != clinician.id:
        raise Refused(f"Referral {referral.id} is for another person or clinician.")
    if consent.person_id != person.id or consent.recipient_id != clinician.id:
        raise Refused(f"Consent {consent.id} does not cover this person and clinician.")
    if referral.consent_id is not None and referral.consent_id != consent.id:
        raise Refused(f"Referral {referral.id} relies on consent {referral.consent_id}.")
    why_not = consent.why_not_valid_on(on)
    if why_not is not None:
        raise Refused(f"Consent {consent.id} does not allow this letter: {why_not}.")
    contact = None
    if share_contact and (person.phone or person.email):
        contact = PersonContact(phone=person.phone or None, email=person.email or None)
    return LetterContent(
        dated=on,
        language=lang,
        peer=PeerBlock.from_profile(profile),
        recipient=RecipientBlock.from_clinician(clinician),
        person_name=person.name_on_letters,
        pronouns=person.pronouns or None,
        referral_kind=referral.kind,
        reason_in_their_words=referral.reason_in_their_words,
        request=referral.request or None,
        person_contact=contact,
        consent=ConsentScope.from_consent(consent),
    )


@dataclass(frozen=True, slots=True, kw_only=True)
class ConsentFormContent:
    """A blank (or partly filled) written consent carrying every element of
    42 CFR §2.31, to print, have signed, then record. None prints blank lines."""

    language: Language
    printed_on: date
    person_name: str
    who_may_disclose: PeerBlock
    recipient: RecipientBlock
    purpose: str | None = None
    information: str | None = None
    expires_on: date | None = None
    expires_when: str | None = None


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
        expires_when=expires_when or None,
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
