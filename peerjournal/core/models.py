"""The records of a peer's journal, exactly the fields of spec/interchange-v1.md.

Plain, frozen dataclasses: no I/O, no Qt. Text fields keep the person's words as
written (never "corrected"); absent optional fields are None, and an empty
string stays an empty string.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from peerjournal.core.limits import MAX_TEXT_CHARS
from peerjournal.errors import Invalid


class Mode(StrEnum):
    """How an encounter happened."""

    IN_PERSON = "in_person"
    PHONE = "phone"
    VIDEO = "video"
    TEXT = "text"
    OUTREACH = "outreach"


class Setting(StrEnum):
    """Where an encounter happened."""

    COMMUNITY = "community"
    EMERGENCY_DEPARTMENT = "emergency_department"
    JAIL = "jail"
    HOME = "home"
    RECOVERY_CENTER = "recovery_center"
    TREATMENT_CENTER = "treatment_center"
    SHELTER = "shelter"
    OTHER = "other"


class GoalStatus(StrEnum):
    ACTIVE = "active"
    MET = "met"
    SET_ASIDE = "set_aside"


class ReferralKind(StrEnum):
    TREATMENT = "treatment"
    MEDICATION = "medication"
    MENTAL_HEALTH = "mental_health"
    MEDICAL = "medical"
    HOUSING = "housing"
    EMPLOYMENT = "employment"
    MUTUAL_AID = "mutual_aid"
    LEGAL = "legal"
    OTHER = "other"


class Covers(StrEnum):
    """The kinds of information a consent may cover (spec/interchange-v1.md)."""

    CONTACT = "contact"
    DATE_OF_BIRTH = "date_of_birth"
    THEIR_WORDS = "their_words"
    GOING_WELL = "going_well"
    HOW_I_WILL_HELP = "how_i_will_help"


class ReferralStatus(StrEnum):
    DRAFT = "draft"
    SENT = "sent"
    SCHEDULED = "scheduled"
    ATTENDED = "attended"
    DECLINED = "declined"
    CLOSED = "closed"


@dataclass(frozen=True, slots=True, kw_only=True)
class Profile:
    """The peer specialist who keeps the journal."""

    name: str
    credentials: str | None = None
    organization: str | None = None
    address: str | None = None
    phone: str | None = None
    email: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Person:
    """Someone the peer supports."""

    id: str
    preferred_name: str
    legal_name: str | None = None
    pronouns: str | None = None
    date_of_birth: date | None = None
    phone: str | None = None
    email: str | None = None
    address: str | None = None
    postal_code: str | None = None
    preferred_language: str | None = None
    notes: str | None = None

    @property
    def name_on_letters(self) -> str:
        """legal_name when set, else preferred_name."""
        return self.legal_name or self.preferred_name


@dataclass(frozen=True, slots=True, kw_only=True)
class Clinician:
    """Who a referral goes to."""

    id: str
    name: str
    organization: str | None = None
    address: str | None = None
    phone: str | None = None
    fax: str | None = None
    email: str | None = None
    salutation: str | None = None  # optional extension: how to address them ("Dr. Echeverría")


class SelfCheck(StrEnum):
    """What a peer may notice in themselves after an encounter (interchange `self_check`)."""

    RUSHED = "rushed"
    COMPARED = "compared"
    TRIED_TO_FIX = "tried_to_fix"


@dataclass(frozen=True, slots=True, kw_only=True)
class Encounter:
    """One entry of the journal: what happened, in the person's words."""

    id: str
    person_id: str
    occurred_at: datetime
    mode: Mode
    duration_minutes: int | None = None
    setting: Setting | None = None
    their_story: str | None = None
    what_they_want: str | None = None
    how_i_helped: str | None = None
    follow_up_on: date | None = None
    what_i_did: str | None = None
    """What the peer did (older notes hold it in `how_i_helped`, with their answer)."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Reflection:
    """The peer's own, private reciprocity reflection."""

    id: str
    written_at: datetime
    encounter_id: str | None = None
    what_i_shared: str | None = None
    what_i_learned: str | None = None
    unique: str | None = None
    universal: str | None = None
    self_care: str | None = None
    learned_from_them: str | None = None
    why_i_shared: str | None = None
    self_check: tuple[SelfCheck, ...] = ()
    """What the peer noticed in themselves: a mirror, never a score."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Goal:
    """What the person wants, in their words."""

    id: str
    person_id: str
    in_their_words: str
    set_on: date
    status: GoalStatus
    closed_on: date | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Consent:
    """The person's written consent to disclose to one recipient (42 CFR §2.31)."""

    id: str
    person_id: str
    recipient_id: str
    purpose: str
    information: str
    signed_on: date
    expires_on: date | None = None
    expires_when: str | None = None
    revoked_on: date | None = None
    # What the consent covers (Covers values); None: a consent recorded before
    # covers existed, whose letter carries the reason, the request and the peer.
    covers: tuple[str, ...] | None = None
    # Optional extension: the signature drawn on screen (core.signature JSON).
    signature: str | None = None

    def valid_on(self, day: date) -> bool:
        """Valid when signed on or before `day`, not revoked on or before it,
        and not expired before it (spec/interchange-v1.md)."""
        return self.why_not_valid_on(day) is None

    def why_not_valid_on(self, day: date) -> str | None:
        """None when valid on `day`, else a plain sentence saying why not."""
        if self.signed_on > day:
            return f"the consent is signed on {self.signed_on.isoformat()}, after {day.isoformat()}"
        if self.revoked_on is not None and self.revoked_on <= day:
            return f"the consent was revoked on {self.revoked_on.isoformat()}"
        if self.expires_on is not None and self.expires_on < day:
            return f"the consent expired on {self.expires_on.isoformat()}"
        return None


@dataclass(frozen=True, slots=True, kw_only=True)
class Referral:
    """A referral to a clinician; its letter carries the person's request."""

    id: str
    person_id: str
    clinician_id: str
    kind: ReferralKind
    reason_in_their_words: str
    created_on: date
    status: ReferralStatus
    consent_id: str | None = None
    request: str | None = None
    status_on: date | None = None
    follow_up_on: date | None = None  # optional extension: shows in "Follow-ups due"
    # Optional extensions: the letter's optional sections (each printed only when
    # the consent covers it and it is filled in).
    share_contact: bool = False  # the person wants the clinician to call them directly
    to_know: str | None = None  # what they'd like the clinician to know, in their words
    going_well: str | None = None  # what is going well, in their words
    how_i_will_help: str | None = None  # the peer's warm handoff


@dataclass(frozen=True, slots=True, kw_only=True)
class Disclosure:
    """One letter printed or saved: what was shared, with whom, when, under which consent."""

    id: str
    referral_id: str
    # None only for an entry about a person since forgotten (interchange: absent person_id);
    # the journal keeps those apart, without the person (vault/forget.py)
    person_id: str | None = None
    recipient_id: str
    consent_id: str | None = None
    disclosed_at: datetime
    sha256: str
    override_reason: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class ConsentAttachment:
    """A photo or scan of a consent signed on paper, kept inside the journal."""

    id: str
    consent_id: str
    person_id: str
    media_type: str  # application/pdf, image/jpeg or image/png
    added_on: date
    sha256: str
    data: bytes = field(repr=False)
    name: str | None = None  # the file's name when it was attached


@dataclass(slots=True, kw_only=True)
class JournalContents:
    """A whole journal, or any part of one: what interchange v1 carries."""

    profile: Profile | None = None
    people: list[Person] = field(default_factory=list)
    clinicians: list[Clinician] = field(default_factory=list)
    encounters: list[Encounter] = field(default_factory=list)
    reflections: list[Reflection] = field(default_factory=list)
    goals: list[Goal] = field(default_factory=list)
    consents: list[Consent] = field(default_factory=list)
    referrals: list[Referral] = field(default_factory=list)
    checkins: list[Checkin] = field(default_factory=list)
    # the disclosure log: 42 CFR part 2's accounting must survive a move to a new laptop
    disclosures: list[Disclosure] = field(default_factory=list)
    attachments: list[ConsentAttachment] = field(default_factory=list)  # nested in consents

    def counts(self) -> dict[str, int]:
        """Records per list, as `import --json` reports them."""
        return {
            "people": len(self.people),
            "clinicians": len(self.clinicians),
            "encounters": len(self.encounters),
            "reflections": len(self.reflections),
            "goals": len(self.goals),
            "consents": len(self.consents),
            "referrals": len(self.referrals),
            "checkins": len(self.checkins),
            "disclosures": len(self.disclosures),
        }


# The lists of interchange v1, in the order references resolve.
RECORD_LISTS: tuple[str, ...] = (
    "people",
    "clinicians",
    "encounters",
    "reflections",
    "goals",
    "consents",
    "referrals",
    "checkins",
    "disclosures",
)


# --- check-ins (after the lists: other branches add theirs above) -------------

RATING_LOWEST = 1
RATING_HIGHEST = 5
PART_NAME_LONGEST = 100


def part_problem(name: object, rating: object) -> str | None:
    """None when a part of life can be kept as given, else a plain sentence
    saying what to change. Never repeats the text it was given."""
    if type(name) is not str or not name.strip():
        return "Each part of life needs a name, in the person's own words."
    if len(name.strip()) > PART_NAME_LONGEST:
        return f"A part's name is at most {PART_NAME_LONGEST} characters; this one is longer."
    if type(rating) is not int or not RATING_LOWEST <= rating <= RATING_HIGHEST:
        shown = repr(rating) if type(rating) is int and abs(rating) < 10**6 else "something else"
        return (
            f"How a part of life is going is a whole number from {RATING_LOWEST} to "
            f"{RATING_HIGHEST}; this one is {shown}."
        )
    return None


@dataclass(frozen=True, slots=True, kw_only=True)
class CheckinPart:
    """One part of life in a check-in: the person's own name for it, how it is
    going now (1 to 5: a mirror, never a score), and a sentence in their words."""

    name: str
    rating: int
    in_their_words: str | None = None

    def __post_init__(self) -> None:
        problem = part_problem(self.name, self.rating)
        if problem is not None:
            raise Invalid(problem)
        if self.in_their_words is not None and len(self.in_their_words) > MAX_TEXT_CHARS:
            raise Invalid(
                f"Their words about a part of life are {len(self.in_their_words):,} characters "
                f"long; a check-in keeps at most {MAX_TEXT_CHARS:,}. Shorten them, then save again."
            )


@dataclass(frozen=True, slots=True, kw_only=True)
class Checkin:
    """The person's own look at the parts of life that matter to them, on one day.

    There is no total and no label: each part stands on its own."""

    id: str
    person_id: str
    taken_on: date
    parts: tuple[CheckinPart, ...]

    def __post_init__(self) -> None:
        problem = parts_problem(self.parts)
        if problem is not None:
            raise Invalid(problem)


def parts_problem(parts: object) -> str | None:
    """None when these parts make a check-in, else a plain sentence."""
    if type(parts) is not tuple or not parts:
        return "A check-in needs at least one part of life with a rating from 1 to 5."
    seen: set[str] = set()
    for part in parts:
        if not isinstance(part, CheckinPart):
            return "A check-in holds parts of life, each with a name and a rating."
        key = part.name.strip().casefold()
        if key in seen:
            return "Each part of life appears once in a check-in; two parts have the same name."
        seen.add(key)
    return None
