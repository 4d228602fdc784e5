"""Referral letters: which consent covers them, the scope check on every
section, rendering, the draft→sent rule, and the record of every disclosure."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path

from peerjournal import paths
from peerjournal.core import scope
from peerjournal.core.letter import LetterContent, build_letter, check_language
from peerjournal.core.models import (
    Clinician,
    Consent,
    Disclosure,
    Person,
    Profile,
    Referral,
    ReferralStatus,
)
from peerjournal.errors import Invalid, Refused
from peerjournal.render.letter import FaxCover, render_letter
from peerjournal.services.ids import new_id
from peerjournal.vault import Vault

# Why no consent covers a letter, as codes the window translates (the English
# `reason` is for the command line).
COVERED = "covered"
NAMED_MISSING = "named_missing"
NAMED_MISMATCH = "named_mismatch"
NO_CONSENT = "no_consent"
NOT_YET_SIGNED = "not_yet_signed"
REVOKED = "revoked"
EXPIRED = "expired"


@dataclass(frozen=True, slots=True)
class ConsentStatus:
    """Which consent covers a referral on a day, or why none does: a plain
    English sentence (`reason`), and a `code` with the `day` it names, for a
    window to say in its own language."""

    consent: Consent | None
    reason: str
    code: str = COVERED
    day: date | None = None


@dataclass(frozen=True, slots=True)
class SectionFinding:
    """A scope finding in one section of the letter (a Referral field name)."""

    section: str
    finding: scope.Finding


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
class Preview:
    """A letter to look at: never disclosed. `draft` is True (and every page
    watermarked DRAFT) when no consent covers it yet."""

    pdf: bytes
    draft: bool
    findings: tuple[SectionFinding, ...]
    consent: ConsentStatus


@dataclass(frozen=True, slots=True)
class RenderResult:
    sha256: str
    disclosure_id: str


def _why_code(consent: Consent, on: date) -> tuple[str, date | None]:
    if consent.signed_on > on:
        return NOT_YET_SIGNED, consent.signed_on
    if consent.revoked_on is not None and consent.revoked_on <= on:
        return REVOKED, consent.revoked_on
    return EXPIRED, consent.expires_on


def consent_status(vault: Vault, referral: Referral, on: date) -> ConsentStatus:
    """The consent the letter relies on: the referral's own when named, else a valid
    consent for this person and clinician on `on`."""
    if referral.consent_id:
        consent = vault.find(Consent, referral.consent_id)
        if consent is None:
            return ConsentStatus(
                None,
                f"The consent {referral.consent_id} named by this referral is not in the journal.",
                NAMED_MISSING,
            )
        if consent.person_id != referral.person_id or consent.recipient_id != referral.clinician_id:
            return ConsentStatus(
                None,
                "The consent named by this referral is for another person or another recipient.",
                NAMED_MISMATCH,
            )
        why = consent.why_not_valid_on(on)
        if why:
            code, day = _why_code(consent, on)
            return ConsentStatus(None, f"No valid consent on {on.isoformat()}: {why}.", code, day)
        return ConsentStatus(
            consent,
            f"Covered by the consent signed on {consent.signed_on.isoformat()}.",
            COVERED,
            consent.signed_on,
        )
    candidates = vault.consents_between(referral.person_id, referral.clinician_id)
    valid = [c for c in candidates if c.valid_on(on)]
    if valid:
        best = max(valid, key=lambda c: c.signed_on)
        return ConsentStatus(
            best, f"Covered by the consent signed on {best.signed_on.isoformat()}.", COVERED,
            best.signed_on,
        )  # fmt: skip
    if not candidates:
        return ConsentStatus(
            None,
            "There is no consent from this person to share information with "
            "this clinician. Record their written consent first.",
            NO_CONSENT,
        )
    reasons = sorted({c.why_not_valid_on(on) or "" for c in candidates} - {""})
    newest = max(candidates, key=lambda c: c.signed_on)
    code, day = _why_code(newest, on)
    return ConsentStatus(
        None, f"No consent is valid on {on.isoformat()}: " + "; ".join(reasons) + ".", code, day
    )


def letter_language(person: Person | None, language: str | None = None) -> str:
    """The letter's language: the one asked for, else the person's preferred
    language when letters are written in it (English, Spanish), else English."""
    if language:
        return check_language(language)
    preferred = (person.preferred_language or "").strip().casefold() if person else ""
    return "es" if preferred.startswith(("es", "spa", "españ", "espan")) else "en"


# Sections in the person's own words: there "I" is the person, and first-person or
# quoted text is theirs (scope.findings(their_words=True)); the rest is the peer's.
THEIR_WORDS_SECTIONS = frozenset({"reason_in_their_words", "to_know", "going_well"})


def _findings_of(section: str, text: str) -> list[scope.Finding]:
    return scope.findings(text, their_words=section in THEIR_WORDS_SECTIONS)


def section_findings(content: LetterContent) -> list[SectionFinding]:
    """The scope check on every section the letter prints."""
    return [
        SectionFinding(section, finding)
        for section, text in content.sections()
        for finding in _findings_of(section, text)
    ]


def referral_findings(referral: Referral) -> list[SectionFinding]:
    """The scope check on every section a referral may print (what the composer
    underlines as the peer writes, whatever the consent covers)."""
    texts = (
        ("reason_in_their_words", referral.reason_in_their_words),
        ("request", referral.request),
        ("to_know", referral.to_know),
        ("going_well", referral.going_well),
        ("how_i_will_help", referral.how_i_will_help),
    )
    return [
        SectionFinding(section, finding)
        for section, text in texts
        if text
        for finding in _findings_of(section, text)
    ]


def letter_text_findings(referral: Referral) -> list[scope.Finding]:
    """Scope findings in every section of the referral (the phrase and why)."""
    return [item.finding for item in referral_findings(referral)]


def _content(
    vault: Vault,
    referral: Referral,
    consent: Consent | None,
    *,
    on: date,
    language: str | None,
    draft: bool = False,
) -> LetterContent:
    person = vault.get(Person, referral.person_id)
    clinician = vault.get(Clinician, referral.clinician_id)
    profile = vault.profile() or Profile(name="")
    return build_letter(
        profile=profile,
        person=person,
        clinician=clinician,
        referral=referral,
        consent=consent,
        on=on,
        language=letter_language(person, language),
        draft=draft,
    )


def _find_referral(vault: Vault, referral_id: str) -> Referral:
    referral = vault.find(Referral, referral_id)
    if referral is None:
        raise Invalid(f"There is no referral with the id {referral_id}.")
    return referral


def preview_letter(
    vault: Vault, referral_id: str, *, on: date, language: str | None = None
) -> Preview:
    """The letter to look at, never disclosed: with the consent that covers
    it, or, without one, a draft watermarked DRAFT that shows every section
    filled in, so the person can read it before signing a consent for it.
    Scope findings do not stop a preview; they come with it."""
    referral = _find_referral(vault, referral_id)
    status = consent_status(vault, referral, on)
    content = _content(
        vault, referral, status.consent, on=on, language=language, draft=status.consent is None
    )
    findings = tuple(section_findings(content))
    return Preview(render_letter(content), content.draft, findings, status)


def prepare_letter(
    vault: Vault,
    referral_id: str,
    *,
    on: date,
    allow_flagged: str | None = None,
    language: str | None = None,
    fax_cover: bool = False,
) -> PreparedLetter:
    """Check consent and scope, then render the letter in memory.

    Refused (nothing written, nothing recorded) without a valid consent, or with scope
    findings in any section it prints and no written reason from the peer."""
    referral = _find_referral(vault, referral_id)
    status = consent_status(vault, referral, on)
    if status.consent is None:
        raise Refused(f"The letter was not made. {status.reason}")
    content = _content(vault, referral, status.consent, on=on, language=language)
    findings = [item.finding for item in section_findings(content)]
    reason = (allow_flagged or "").strip()
    if findings and not reason:
        lines = "\n".join(f"  '{f.text}': {f.why}" for f in findings)
        raise Refused(
            "The letter was not made: a peer specialist does not diagnose or recommend a level "
            "of care, "
            f"and the scope check found:\n{lines}\nReword the referral, or give your reason with "
            "--allow-flagged REASON."
        )
    cover = FaxCover(sent_on=on) if fax_cover else None
    pdf = render_letter(content, fax_cover=cover)
    return PreparedLetter(referral, status.consent, pdf, tuple(findings))


def sent_version(referral: Referral, on: date) -> Referral:
    """The draft→sent rule: a draft becomes `sent` on the day its letter went;
    any later status (scheduled, attended…) stays as it is."""
    if referral.status is ReferralStatus.DRAFT:
        return replace(referral, status=ReferralStatus.SENT, status_on=on)
    return referral


def record_disclosure(
    vault: Vault,
    letter: PreparedLetter,
    *,
    override_reason: str | None = None,
    sent_on: date | None = None,
) -> Disclosure:
    """Record that the letter left the journal (saved or printed). With
    `sent_on`, the referral becomes sent (the draft→sent rule) in the same
    transaction: both are recorded or neither."""
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
    sent = None
    if sent_on is not None:
        current = vault.find(Referral, letter.referral.id) or letter.referral
        if current.status is ReferralStatus.DRAFT:
            sent = sent_version(current, sent_on)
    vault.record_disclosure(disclosure, also_save=sent)
    return disclosure


def mark_sent(vault: Vault, referral_id: str, on: date) -> Referral:
    """The peer says the letter was sent: a draft becomes sent on `on`."""
    referral = _find_referral(vault, referral_id)
    sent = sent_version(referral, on)
    if sent != referral:
        vault.save(sent)
    return sent


def render_referral_letter(
    vault: Vault,
    referral_id: str,
    out: Path,
    *,
    on: date,
    allow_flagged: str | None = None,
    language: str | None = None,
    fax_cover: bool = False,
    mark_as_sent: bool = True,
) -> RenderResult:
    """`peerjournal referral render`: write the letter atomically, then record the
    disclosure and (the draft→sent rule) mark the referral sent, in one transaction.
    If recording fails the file is removed, so a letter never leaves unrecorded."""
    letter = prepare_letter(
        vault,
        referral_id,
        on=on,
        allow_flagged=allow_flagged,
        language=language,
        fax_cover=fax_cover,
    )
    paths.write_atomic(out, letter.pdf)
    try:
        disclosure = record_disclosure(
            vault, letter, override_reason=allow_flagged, sent_on=on if mark_as_sent else None
        )
    except BaseException:
        out.unlink(missing_ok=True)
        raise
    return RenderResult(letter.sha256, disclosure.id)


def accounting_pdf(vault: Vault, person_id: str, language: str = "en") -> bytes:
    """The person's accounting of disclosures, as a PDF they can be given
    (oldest first, the one order both the window and the command print)."""
    from peerjournal.render.disclosure_accounting import render_disclosure_accounting

    person = vault.find(Person, person_id)
    if person is None:
        raise Invalid(f"There is no person with the id {person_id}.")
    rows = []
    for d in sorted(vault.disclosures(person_id), key=lambda d: (d.disclosed_at, d.id)):
        clinician = vault.find(Clinician, d.recipient_id)
        consent = vault.find(Consent, d.consent_id) if d.consent_id else None
        rows.append((d, clinician, consent))
    return render_disclosure_accounting(person.name_on_letters, rows, language)


def write_disclosure_accounting(
    vault: Vault, person_id: str, out: Path, language: str = "en"
) -> None:
    """The person's accounting of disclosures, written to `out`."""
    paths.write_atomic(out, accounting_pdf(vault, person_id, language))
