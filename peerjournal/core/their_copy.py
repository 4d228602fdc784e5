"""Their copy: what a person's own copy of their record holds, and nothing else.

Built from their records only. It has no place for the peer's private
reflections, for the peer's `notes` about them, or for anyone else: what is
not a field here cannot reach the page. The period is everything, or from a
date on. Warm, plain words in English or Spanish (their_copy_text).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from peerjournal.core.checkins import PartSeries, part_series
from peerjournal.core.models import (
    Checkin,
    Clinician,
    Consent,
    Disclosure,
    Encounter,
    Goal,
    Person,
    Profile,
    Referral,
)

LANGUAGES = ("en", "es")


def copy_language(asked: str | None, person: Person) -> str:
    """The language of the copy: the one asked for, else the person's own when
    the copy can be written in it (English or Spanish), else English."""
    for choice in (asked, person.preferred_language):
        code = (choice or "").strip().lower()
        if code[:2] in LANGUAGES and (len(code) == 2 or code[2] in "-_"):
            return code[:2]
        if code in ("english", "inglés", "ingles"):
            return "en"
        if code in ("spanish", "español", "espanol"):
            return "es"
    return "en"


@dataclass(frozen=True, slots=True)
class EncounterEntry:
    """One time together, as the person's copy shows it."""

    occurred_at: datetime
    mode: str
    setting: str | None
    duration_minutes: int | None
    their_story: str | None
    what_they_want: str | None
    how_can_i_help: str | None  # their answer to "How can I help?"
    what_i_did: str | None  # None also when the journal has no such field yet


@dataclass(frozen=True, slots=True)
class ConsentEntry:
    """A consent they gave: to whom, for what, and their signature if signed on screen."""

    recipient: str
    purpose: str
    information: str
    signed_on: date
    expires_on: date | None
    expires_when: str | None
    revoked_on: date | None
    signature_png: bytes | None
    signed_on_screen: bool
    # Strokes drawn on screen: the canvas (width, height) and each stroke's points.
    signature_strokes: SignatureStrokes | None = None


@dataclass(frozen=True, slots=True)
class ReferralEntry:
    """A referral: who received it, what for, in their words."""

    recipient: str
    kind: str
    reason_in_their_words: str
    request: str | None
    created_on: date
    status: str
    status_on: date | None


@dataclass(frozen=True, slots=True)
class DisclosureEntry:
    """One letter about them that left the journal."""

    disclosed_at: datetime
    recipient: str
    consent_signed_on: date | None
    sha256: str


@dataclass(frozen=True, slots=True)
class TheirCopyContent:
    """Exactly what the person's copy holds."""

    language: str
    made_on: date
    period_from: date | None
    name: str  # the name they use
    peer_name: str
    peer_organization: str | None
    details: tuple[tuple[str, str], ...]  # (field, value): their details as recorded
    encounters: tuple[EncounterEntry, ...]
    goals: tuple[Goal, ...]
    checkins: tuple[Checkin, ...]
    series: tuple[PartSeries, ...]
    consents: tuple[ConsentEntry, ...]
    referrals: tuple[ReferralEntry, ...]
    disclosures: tuple[DisclosureEntry, ...]
    has_what_i_did: bool  # the journal keeps "what I did" apart from their answer


# Their details: the fields of Person a copy shows (never `notes`: the peer's own).
DETAIL_FIELDS = (
    "preferred_name",
    "legal_name",
    "pronouns",
    "date_of_birth",
    "phone",
    "email",
    "address",
    "postal_code",
    "preferred_language",
)


def _clinician_label(clinician: Clinician | None, fallback: str) -> str:
    if clinician is None:
        return fallback
    return ", ".join(part for part in (clinician.name, clinician.organization) if part)


def _in_period(day: date | None, since: date | None) -> bool:
    return since is None or (day is not None and day >= since)


SignatureStrokes = tuple[tuple[float, float], tuple[tuple[tuple[float, float], ...], ...]]


def _strokes(text: str) -> SignatureStrokes | None:
    """The strokes of a signature drawn on screen, kept as JSON text
    (`{"size": [w, h], "strokes": [[[x, y], ...], ...]}`), or None when the text
    is not such a drawing (the copy then says only that it was signed on screen)."""
    try:
        raw = json.loads(text)
        width, height = (float(v) for v in raw["size"])
        strokes = tuple(tuple((float(x), float(y)) for x, y in stroke) for stroke in raw["strokes"])
    except (ValueError, TypeError, KeyError, RecursionError):
        return None
    if width <= 0 or height <= 0 or not any(strokes):
        return None
    return (width, height), strokes


def _signature(consent: Consent) -> tuple[bytes | None, SignatureStrokes | None, bool]:
    """A signature made on screen, when the journal keeps one (tolerates its absence):
    a PNG image, or strokes; and whether it was signed on screen at all."""
    for name in ("signature_png", "signature"):
        value = getattr(consent, name, None)
        if isinstance(value, bytes | bytearray) and value:
            png = bytes(value)
            return (png if png.startswith(b"\x89PNG") else None), None, True
        if isinstance(value, str) and value:
            return None, _strokes(value), True
    return None, None, bool(getattr(consent, "signed_on_screen", False))


def build_their_copy(
    *,
    person: Person,
    profile: Profile | None,
    encounters: Iterable[Encounter],
    goals: Iterable[Goal],
    checkins: Iterable[Checkin],
    part_order: Sequence[str],
    consents: Iterable[Consent],
    referrals: Iterable[Referral],
    disclosures: Iterable[Disclosure],
    clinicians: Mapping[str, Clinician],
    language: str,
    made_on: date,
    since: date | None = None,
    mode_label: Mapping[str, str],
    setting_label: Mapping[str, str],
    kind_label: Mapping[str, str],
    status_label: Mapping[str, str],
    unknown_recipient: str,
) -> TheirCopyContent:
    """The copy's content from one person's records (anything of someone else
    is dropped here, whoever passed it), oldest first, within the period."""
    pid = person.id
    details = tuple(
        (name, value.isoformat() if isinstance(value, date) else str(value))
        for name in DETAIL_FIELDS
        if (value := getattr(person, name)) not in (None, "")
    )
    encounter_entries = tuple(
        EncounterEntry(
            occurred_at=e.occurred_at,
            mode=mode_label.get(e.mode.value, e.mode.value),
            setting=None if e.setting is None else setting_label.get(e.setting.value) or None,
            duration_minutes=e.duration_minutes,
            their_story=e.their_story,
            what_they_want=e.what_they_want,
            how_can_i_help=e.how_i_helped,
            what_i_did=getattr(e, "what_i_did", None),
        )
        for e in sorted(encounters, key=lambda e: (e.occurred_at.replace(tzinfo=None), e.id))
        if e.person_id == pid and _in_period(e.occurred_at.date(), since)
    )
    goal_entries = tuple(
        g
        for g in sorted(goals, key=lambda g: (g.set_on, g.id))
        if g.person_id == pid and (_in_period(g.set_on, since) or _in_period(g.closed_on, since))
    )
    mine = tuple(
        c
        for c in sorted(checkins, key=lambda c: (c.taken_on, c.id))
        if c.person_id == pid and _in_period(c.taken_on, since)
    )
    consent_entries = []
    signed_on_of: dict[str, date] = {}
    for k in sorted(consents, key=lambda k: (k.signed_on, k.id)):
        if k.person_id != pid:
            continue
        signed_on_of[k.id] = k.signed_on
        still_on = k.revoked_on is None and (
            k.expires_on is None or _in_period(k.expires_on, since)
        )
        if not (_in_period(k.signed_on, since) or _in_period(k.revoked_on, since) or still_on):
            continue
        png, strokes, on_screen = _signature(k)
        consent_entries.append(
            ConsentEntry(
                recipient=_clinician_label(clinicians.get(k.recipient_id), unknown_recipient),
                purpose=k.purpose,
                information=k.information,
                signed_on=k.signed_on,
                expires_on=k.expires_on,
                expires_when=k.expires_when,
                revoked_on=k.revoked_on,
                signature_png=png,
                signed_on_screen=on_screen,
                signature_strokes=strokes,
            )
        )
    referral_entries = tuple(
        ReferralEntry(
            recipient=_clinician_label(clinicians.get(r.clinician_id), unknown_recipient),
            kind=kind_label.get(r.kind.value, r.kind.value),
            reason_in_their_words=r.reason_in_their_words,
            request=r.request,
            created_on=r.created_on,
            status=status_label.get(r.status.value, r.status.value),
            status_on=r.status_on,
        )
        for r in sorted(referrals, key=lambda r: (r.created_on, r.id))
        if r.person_id == pid
        and (_in_period(r.created_on, since) or _in_period(r.status_on, since))
    )
    disclosure_entries = tuple(
        DisclosureEntry(
            disclosed_at=d.disclosed_at,
            recipient=_clinician_label(clinicians.get(d.recipient_id), unknown_recipient),
            consent_signed_on=signed_on_of.get(d.consent_id or ""),
            sha256=d.sha256,
        )
        for d in sorted(disclosures, key=lambda d: (d.disclosed_at.replace(tzinfo=None), d.id))
        if d.person_id == pid and _in_period(d.disclosed_at.date(), since)
    )
    return TheirCopyContent(
        language=language,
        made_on=made_on,
        period_from=since,
        name=person.preferred_name,
        peer_name=(profile.name if profile else "") or "",
        peer_organization=profile.organization if profile else None,
        details=details,
        encounters=encounter_entries,
        goals=goal_entries,
        checkins=mine,
        series=tuple(part_series(mine, part_order)),
        consents=tuple(consent_entries),
        referrals=referral_entries,
        disclosures=disclosure_entries,
        has_what_i_did=_model_has_what_i_did(),
    )


def _model_has_what_i_did() -> bool:
    """Whether this journal's encounters keep "what I did" apart (a newer field)."""
    return "what_i_did" in getattr(Encounter, "__dataclass_fields__", {})
