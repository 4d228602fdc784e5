"""Referral letters: which consent covers them, the scope check, rendering, and
the record of every disclosure."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from peerjournal import paths
from peerjournal.core import scope
from peerjournal.core.letter import build_letter
from peerjournal.core.models import Clinician, Consent, Disclosure, Person, Profile, Referral
from peerjournal.errors import Invalid, Refused
from peerjournal.render.letter import render_letter
from peerjournal.services.ids import new_id
from peerjournal.vault import Vault


@dataclass(frozen=True, slots=True)
class ConsentStatus:
    """Which consent covers a referral on a day, or why none does (a plain sentence)."""

    consent: Consent | None
    reason: str


@dataclass(frozen=True, slots=True)
class PreparedLetter:
    """A rendered letter not yet disclosed: the caller saves or prints it, then records it."""

    referral: Referral
    consent: Consent
    pdf: bytes
    findings: tuple[scope.Finding, ...] = field(default=())

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.pdf).hexdigest()


@dataclass(frozen=True, slots=True)
class RenderResult:
    sha256: str
    disclosure_id: str


def consent_status(vault: Vault, referral: Referral, on: date) -> ConsentStatus:
    """The consent the letter relies on: the referral's own when named, else a valid
    consent for this person and clinician on `on`."""
    if referral.consent_id:
        consent = vault.find(Consent, referral.consent_id)
        if consent is None:
            return ConsentStatus(
                None,
                f"The consent {referral.consent_id} named by this referral is not in the journal.",
            )
        if consent.person_id != referral.person_id or consent.recipient_id != referral.clinician_id:
            return ConsentStatus(
                None,
                "The consent named by this referral is for another person or another recipient.",
            )
        why = consent.why_not_valid_on(on)
        if why:
            return ConsentStatus(None, f"No valid consent on {on.isoformat()}: {why}.")
        return ConsentStatus(
            consent, f"Covered by the consent signed on {consent.signed_on.isoformat()}."
        )
    candidates = vault.consents_between(referral.person_id, referral.clinician_id)
    valid = [c for c in candidates if c.valid_on(on)]
    if valid:
        best = max(valid, key=lambda c: c.signed_on)
        return ConsentStatus(
            best, f"Covered by the consent signed on {best.signed_on.isoformat()}."
        )
    if not candidates:
        return ConsentStatus(
            None,
            "There is no consent from this person to share information with "
            "this clinician. Record their written consent first.",
        )
    reasons = sorted({c.why_not_valid_on(on) or "" for c in candidates} - {""})
    return ConsentStatus(
        None, f"No consent is valid on {on.isoformat()}: " + "; ".join(reasons) + "."
    )


def letter_text_findings(referral: Referral) -> list[scope.Finding]:
    """Scope findings in what the letter carries from the referral (offsets per field are
    not needed here: the phrase and why are what the peer reads)."""
    # In the person's own words, "I" is the person: first-person or quoted text there is
    # theirs; third-person clinical statements there are the writer's, and checked.
    found = scope.findings(referral.reason_in_their_words, their_words=True)
    found.extend(scope.findings(referral.request or ""))
    return found


def prepare_letter(
    vault: Vault,
    referral_id: str,
    *,
    on: date,
    allow_flagged: str | None = None,
    language: str | None = None,
) -> PreparedLetter:
    """Check consent and scope, then render the letter in memory.

    Refused (nothing written, nothing recorded) without a valid consent, or with scope
    findings and no written reason from the peer."""
    referral = vault.find(Referral, referral_id)
    if referral is None:
        raise Invalid(f"There is no referral with the id {referral_id}.")
    status = consent_status(vault, referral, on)
    if status.consent is None:
        raise Refused(f"The letter was not made. {status.reason}")
    findings = letter_text_findings(referral)
    reason = (allow_flagged or "").strip()
    if findings and not reason:
        lines = "\n".join(f"  '{f.text}': {f.why}" for f in findings)
        raise Refused(
            "The letter was not made: a peer specialist does not diagnose or recommend a level "
            "of care, "
            f"and the scope check found:\n{lines}\nReword the referral, or give your reason with "
            "--allow-flagged REASON."
        )
    person = vault.get(Person, referral.person_id)
    clinician = vault.get(Clinician, referral.clinician_id)
    profile = vault.profile() or Profile(name="")
    content = build_letter(
        profile=profile,
        person=person,
        clinician=clinician,
        referral=referral,
        consent=status.consent,
        on=on,
        language=language or "en",
    )
    pdf = render_letter(content)
    return PreparedLetter(referral, status.consent, pdf, tuple(findings))


def record_disclosure(
    vault: Vault, letter: PreparedLetter, *, override_reason: str | None = None
) -> Disclosure:
    """Record that the letter left the journal (saved or printed)."""
    reason = (override_reason or "").strip() or None
    disclosure = Disclosure(
        id=new_id("disclosures"),
        referral_id=letter.referral.id,
        person_id=letter.referral.person_id,
        recipient_id=letter.referral.clinician_id,
        consent_id=letter.consent.id,
        disclosed_at=datetime.now().replace(microsecond=0),
        sha256=letter.sha256,
        override_reason=reason if letter.findings else None,
    )
    vault.record_disclosure(disclosure)
    return disclosure


def render_referral_letter(
    vault: Vault,
    referral_id: str,
    out: Path,
    *,
    on: date,
    allow_flagged: str | None = None,
    language: str | None = None,
) -> RenderResult:
    """`peerjournal referral render`: write the letter atomically, then record the disclosure.
    If recording fails the file is removed, so a letter never leaves unrecorded."""
    letter = prepare_letter(
        vault, referral_id, on=on, allow_flagged=allow_flagged, language=language
    )
    paths.write_atomic(out, letter.pdf)
    try:
        disclosure = record_disclosure(vault, letter, override_reason=allow_flagged)
    except BaseException:
        out.unlink(missing_ok=True)
        raise
    return RenderResult(letter.sha256, disclosure.id)


def write_disclosure_accounting(
    vault: Vault, person_id: str, out: Path, language: str = "en"
) -> None:
    """The person's accounting of disclosures, as a PDF they can be given."""
    from peerjournal.render.disclosure_accounting import render_disclosure_accounting

    person = vault.find(Person, person_id)
    if person is None:
        raise Invalid(f"There is no person with the id {person_id}.")
    rows = []
    for d in vault.disclosures(person_id):
        clinician = vault.find(Clinician, d.recipient_id)
        consent = vault.find(Consent, d.consent_id) if d.consent_id else None
        rows.append((d, clinician, consent))
    pdf = render_disclosure_accounting(person.name_on_letters, rows, language)
    paths.write_atomic(out, pdf)
