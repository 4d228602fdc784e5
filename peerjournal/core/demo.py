"""A synthetic, realistic demo journal, the same for the same seed.

Everything is invented (see demo_words). The journal spans about three years
up to `today`: people of many cultures and every age band, encounters in every
mode and setting with stories in the person's own voice (a quarter of them in
Spanish), the peer's reflections, goals, clinicians, consents (some expired or
revoked) and referrals of every kind and status.
"""

from __future__ import annotations

import dataclasses
import random
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from itertools import accumulate

from peerjournal.core import demo_words as words
from peerjournal.core.demo_checkins import DemoPerson, monthly_checkins
from peerjournal.core.models import (
    Clinician,
    Consent,
    Encounter,
    Goal,
    GoalStatus,
    JournalContents,
    Mode,
    Person,
    Profile,
    Referral,
    ReferralKind,
    ReferralStatus,
    Reflection,
    Setting,
)
from peerjournal.errors import Invalid

SPAN_DAYS = 3 * 365
# (band, youngest, oldest); None: date of birth unknown. Bands of spec/report.md.
AGE_BANDS: tuple[tuple[str, int, int] | None, ...] = (
    ("under-18", 14, 17),
    ("18-24", 18, 24),
    ("25-34", 25, 34),
    ("35-44", 35, 44),
    ("45-54", 45, 54),
    ("55-64", 55, 64),
    ("65+", 65, 84),
    None,
)
_AGE_WEIGHTS = (2, 10, 20, 18, 13, 8, 4, 30)
_AREA_CODES = ("217", "312", "505", "602", "915", "808", "907", "413")

_MODES = (Mode.IN_PERSON, Mode.PHONE, Mode.TEXT, Mode.OUTREACH, Mode.VIDEO)
_MODE_WEIGHTS = (45, 20, 15, 15, 5)
_SETTINGS_BY_MODE: dict[Mode, tuple[tuple[Setting | None, ...], tuple[int, ...]]] = {
    Mode.IN_PERSON: (
        (
            Setting.COMMUNITY,
            Setting.EMERGENCY_DEPARTMENT,
            Setting.JAIL,
            Setting.HOME,
            Setting.RECOVERY_CENTER,
            Setting.TREATMENT_CENTER,
            Setting.SHELTER,
            Setting.OTHER,
            None,
        ),
        (25, 15, 8, 12, 20, 8, 8, 4, 5),
    ),
    Mode.OUTREACH: (
        (Setting.COMMUNITY, Setting.SHELTER, Setting.EMERGENCY_DEPARTMENT, Setting.OTHER, None),
        (50, 25, 5, 10, 10),
    ),
    Mode.PHONE: ((None, Setting.HOME, Setting.OTHER), (85, 10, 5)),
    Mode.TEXT: ((None, Setting.HOME, Setting.OTHER), (85, 10, 5)),
    Mode.VIDEO: ((None, Setting.HOME, Setting.OTHER), (85, 10, 5)),
}
# The first encounters cover every mode and setting (and an absent setting),
# so even a small demo shows them all.
_COVERING: tuple[tuple[Mode, Setting | None], ...] = (
    (Mode.IN_PERSON, Setting.COMMUNITY),
    (Mode.IN_PERSON, Setting.EMERGENCY_DEPARTMENT),
    (Mode.IN_PERSON, Setting.JAIL),
    (Mode.IN_PERSON, Setting.HOME),
    (Mode.IN_PERSON, Setting.RECOVERY_CENTER),
    (Mode.IN_PERSON, Setting.TREATMENT_CENTER),
    (Mode.OUTREACH, Setting.SHELTER),
    (Mode.OUTREACH, Setting.OTHER),
    (Mode.PHONE, None),
    (Mode.VIDEO, None),
    (Mode.TEXT, None),
)
_DURATION_RANGE: dict[Mode, tuple[int, int]] = {
    Mode.IN_PERSON: (15, 90),
    Mode.PHONE: (5, 45),
    Mode.TEXT: (5, 20),
    Mode.VIDEO: (20, 60),
    Mode.OUTREACH: (5, 40),
}
_HOURS = tuple(range(24))
_HOUR_WEIGHTS = (1, 1, 1, 0, 0, 0, 1, 3, 6, 9, 10, 10, 8, 9, 10, 10, 9, 7, 5, 4, 3, 2, 2, 1)
_KINDS = tuple(ReferralKind)
_KIND_WEIGHTS = (14, 12, 14, 12, 14, 8, 10, 8, 8)
_STATUSES = tuple(ReferralStatus)
_STATUS_WEIGHTS = (8, 20, 18, 30, 8, 16)
_GOAL_STATUSES = (GoalStatus.ACTIVE, GoalStatus.MET, GoalStatus.SET_ASIDE)


@dataclass(slots=True)
class _Someone:
    """A person and what the generator needs to write in their voice."""

    person: Person
    spanish: bool
    first_name: str
    they: str
    their: str
    them: str
    first_seen: date


def generate(
    *, people: int = 40, encounters: int = 1200, seed: int = 0, today: date
) -> JournalContents:
    """A demo journal with exactly `people` people and `encounters` encounters,
    dated up to `today`; the same seed always gives the same journal."""
    if people < 0 or encounters < 0:
        raise Invalid("The number of people and of encounters cannot be negative.")
    if encounters and not people:
        raise Invalid("A demo journal with encounters needs at least one person.")
    rng = random.Random(seed)
    start = today - timedelta(days=SPAN_DAYS)
    someones = [_someone(rng, n, start, today) for n in range(people)]
    clinicians = _clinicians(rng, people) if people else []
    journal = _encounters(rng, someones, encounters, today)
    consents, referrals = _consents_and_referrals(rng, someones, clinicians, today)
    return JournalContents(
        profile=_profile(rng),
        people=[s.person for s in someones],
        clinicians=clinicians,
        encounters=journal,
        reflections=_reflections(rng, journal, start, today),
        goals=_goals(rng, someones, today),
        consents=consents,
        referrals=referrals,
        checkins=monthly_checkins(
            [DemoPerson(s.person.id, s.spanish, s.first_seen) for s in someones], today, seed
        ),
    )


def _profile(rng: random.Random) -> Profile:
    name = rng.choice(words.PROFILE_NAMES)
    return Profile(
        name=name,
        credentials="CPRS",
        organization="Bridgeway Peer Recovery (demo)",
        address="210 Example Street, Suite 3\nSpringfield, ST 00000",
        phone=f"({rng.choice(_AREA_CODES)}) 555-0142",
        email=f"{_slug(name) or 'peer'}@example.org",
    )


def _slug(name: str) -> str:
    """An ASCII e-mail local part from a name ("" for names in other scripts)."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    kept = "".join(c if c.isalnum() else "." for c in plain.lower())
    return ".".join(part for part in kept.split(".") if part)


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def _birth_date(rng: random.Random, band: tuple[str, int, int] | None, today: date) -> date | None:
    if band is None:
        return None
    age = rng.randint(band[1], band[2])
    latest = _years_before(today, age)
    earliest = _years_before(today, age + 1) + timedelta(days=1)
    return earliest + timedelta(days=rng.randint(0, (latest - earliest).days))


def _someone(rng: random.Random, n: int, start: date, today: date) -> _Someone:
    culture = rng.choices(words.CULTURES, weights=[c[1] for c in words.CULTURES])[0]
    language, _, given_f, given_m, given_x, families, family_first = culture
    gender = rng.choices("fmx", weights=(46, 46, 8 if given_x else 0))[0]
    givens = {"f": given_f, "m": given_m, "x": given_x}[gender]
    given = rng.choice(givens)
    forms = rng.choice(families).split("|")
    family = forms[1] if gender == "f" and len(forms) > 1 else forms[0]
    spanish = language == "es"

    if family_first:  # Vietnamese: family, middle, given
        middle = {"f": "Thị", "m": "Văn"}.get(gender, "Minh")
        full = f"{family} {middle} {given}"
        preferred = rng.choice((full, given, f"{given} {family}"))
        legal = full if preferred != full and rng.random() < 0.5 else None
    else:
        full = f"{given} {family}"
        preferred = full if rng.random() < 0.85 else f"{given} {family[0]}."
        legal = None
        if rng.random() < 0.22:
            if spanish:
                legal = (
                    f"{given} {rng.choice(givens)} {family} {rng.choice(families).split('|')[0]}"
                )
            else:
                legal = f"{given} {rng.choice(givens)} {family}"
            if legal.split()[:2] == [given, given]:
                legal = f"{given} {family}" if preferred != full else None

    if spanish and rng.random() < 0.5:
        pronouns: str | None = words.PRONOUNS_ES[gender]
    elif rng.random() < 0.8:
        pronouns = rng.choice(
            {"f": words.PRONOUNS_F, "m": words.PRONOUNS_M, "x": words.PRONOUNS_X}[gender]
        )
    else:
        pronouns = None
    they, their, them = {
        "f": ("she", "her", "her"),
        "m": ("he", "his", "him"),
        "x": ("they", "their", "them"),
    }[gender]

    # The first people cover every age band, so even a small demo shows them all.
    band = AGE_BANDS[n] if n < len(AGE_BANDS) else rng.choices(AGE_BANDS, _AGE_WEIGHTS)[0]
    phone = (
        f"({rng.choice(_AREA_CODES)}) 555-01{rng.randint(0, 99):02d}"
        if rng.random() < 0.4
        else None
    )
    email = None
    if rng.random() < 0.2:
        email = f"{_slug(preferred) or 'friend'}{rng.randint(1, 99)}@example.org"
    address = postal_code = None
    if rng.random() < 0.15:
        postal_code = f"9{rng.randint(0, 9999):04d}"
        address = (
            f"{rng.randint(10, 4999)} {rng.choice(words.STREETS)}"
            + (f", Apt {rng.randint(1, 40)}" if rng.random() < 0.5 else "")
            + f"\n{rng.choice(words.TOWNS)}, ST {postal_code}"
        )
    if spanish:
        preferred_language: str | None = "es"
    elif rng.random() < 0.8:
        preferred_language = language if rng.random() < 0.6 else "en"
    else:
        preferred_language = None

    person = Person(
        id=f"p{n + 1}",
        preferred_name=preferred,
        legal_name=legal,
        pronouns=pronouns,
        date_of_birth=_birth_date(rng, band, today),
        phone=phone,
        email=email,
        address=address,
        postal_code=postal_code,
        preferred_language=preferred_language,
        notes=rng.choice(words.PERSON_NOTES) if rng.random() < 0.25 else None,
    )
    first_seen = start + timedelta(days=int(SPAN_DAYS * rng.random() ** 1.5))
    return _Someone(person, spanish, given, they, their, them, first_seen)


def _clinicians(rng: random.Random, people: int) -> list[Clinician]:
    count = min(15, max(5, people // 4))
    found: list[Clinician] = []
    for n, (name, organization, _) in enumerate(words.CLINICIANS[:count]):
        area = rng.choice(_AREA_CODES)
        found.append(
            Clinician(
                id=f"c{n + 1}",
                name=name,
                organization=organization if organization != name else None,
                address=f"{rng.randint(100, 9999)} {rng.choice(words.STREETS)}\n"
                f"{rng.choice(words.TOWNS)}, ST 9{rng.randint(0, 9999):04d}",
                phone=f"({area}) 555-01{rng.randint(0, 99):02d}",
                fax=f"({area}) 555-01{rng.randint(0, 99):02d}" if rng.random() < 0.6 else None,
                email=(
                    f"{_slug(name.split(',')[0]) or 'intake'}@example.org"
                    if rng.random() < 0.7
                    else None
                ),
            )
        )
    return found


def _fill(text: str, someone: _Someone, rng: random.Random) -> str:
    if "{" not in text:
        return text
    return (
        text.replace("{name}", someone.first_name)
        .replace("{they}", someone.they)
        .replace("{their}", someone.their)
        .replace("{them}", someone.them)
        .replace("{street}", rng.choice(words.STREETS))
        .replace("{days}", str(rng.randint(3, 200)))
        .replace("{day}", rng.choice(words.DAYS))
    )


def _story(rng: random.Random, someone: _Someone, mode: Mode) -> str | None:
    roll = rng.random()
    if roll < 0.04:
        return None
    if roll < 0.06:
        return ""  # an entry where nothing was written yet
    if someone.spanish:
        opens, events, feels, quotes = (
            words.STORY_OPEN_ES,
            words.STORY_EVENT_ES,
            words.STORY_FEEL_ES,
            words.STORY_QUOTE_ES,
        )
    else:
        opens, events, feels, quotes = (
            words.STORY_OPEN_EN,
            words.STORY_EVENT_EN,
            words.STORY_FEEL_EN,
            words.STORY_QUOTE_EN,
        )
    two = mode is not Mode.TEXT and rng.random() < 0.35
    parts = rng.sample(events, 2) if two else [rng.choice(events)]
    if mode is not Mode.TEXT:
        if rng.random() < 0.6:
            parts.insert(0, rng.choice(opens))
        parts.append(rng.choice(feels))
        if rng.random() < 0.18:
            parts.append(rng.choice(quotes))
    sep = "\n\n" if rng.random() < 0.15 else " "
    return sep.join(_fill(p, someone, rng) for p in parts if p)


def _help(rng: random.Random, someone: _Someone) -> str | None:
    if rng.random() < 0.05:
        return None
    parts = rng.sample(words.HELP_ACT, 2) if rng.random() < 0.3 else [rng.choice(words.HELP_ACT)]
    if someone.spanish and rng.random() < 0.3:
        parts.append("We spoke in Spanish.")
    parts.append(rng.choice(words.HELP_NEXT))
    return " ".join(_fill(p, someone, rng) for p in parts if p)


def _encounters(
    rng: random.Random, someones: list[_Someone], count: int, today: date
) -> list[Encounter]:
    if not count:
        return []
    # Some people are seen often, most a few times; longer-known people more.
    weights = [rng.lognormvariate(0, 1) * ((today - s.first_seen).days + 30) for s in someones]
    cumulative = list(accumulate(weights))
    who = rng.choices(range(len(someones)), cum_weights=cumulative, k=count)
    end_of_today = datetime.combine(today, time(23, 59))
    drafts: list[tuple[datetime, int, Mode, Setting | None]] = []
    for n, index in enumerate(who):
        someone = someones[index]
        span = (today - someone.first_seen).days
        day = someone.first_seen + timedelta(days=rng.randint(0, span))
        hour = rng.choices(_HOURS, _HOUR_WEIGHTS)[0]
        at = min(datetime.combine(day, time(hour, rng.randrange(0, 60, 5))), end_of_today)
        if n < len(_COVERING):
            mode, setting = _COVERING[n]
        else:
            mode = rng.choices(_MODES, _MODE_WEIGHTS)[0]
            settings, setting_weights = _SETTINGS_BY_MODE[mode]
            setting = rng.choices(settings, setting_weights)[0]
        drafts.append((at, index, mode, setting))
    drafts.sort(key=lambda d: (d[0], d[1]))

    recent = today - timedelta(days=21)
    journal: list[Encounter] = []
    for n, (at, index, mode, setting) in enumerate(drafts):
        someone = someones[index]
        low, high = _DURATION_RANGE[mode]
        if setting is Setting.EMERGENCY_DEPARTMENT:
            high = 240
        duration = None if rng.random() < 0.06 else rng.randrange(low, high + 1, 5)
        want_words = words.WANT_ES if someone.spanish else words.WANT_EN
        follow_up = None
        # Follow-ups of older entries were done and cleared; recent ones remain.
        if at.date() >= recent and rng.random() < 0.4:
            follow_up = at.date() + timedelta(days=rng.randint(1, 10))
        journal.append(
            Encounter(
                id=f"e{n + 1}",
                person_id=someone.person.id,
                occurred_at=at,
                mode=mode,
                duration_minutes=duration,
                setting=setting,
                their_story=_story(rng, someone, mode),
                what_they_want=rng.choice(want_words) if rng.random() < 0.9 else None,
                what_i_did=_help(rng, someone),
                follow_up_on=follow_up,
            )
        )
    _set_follow_ups_due(rng, journal, today)
    return journal


def _set_follow_ups_due(rng: random.Random, journal: list[Encounter], today: date) -> None:
    """Make sure some follow-ups fall due today and some are overdue."""
    due_today = overdue = 0
    for n in range(len(journal) - 1, max(-1, len(journal) - 200), -1):
        entry = journal[n]
        day = entry.occurred_at.date()
        if not due_today:
            journal[n] = _replace_follow_up(entry, today)
            due_today += 1
        elif overdue < 2 and day <= today - timedelta(days=2):
            lateness = rng.randint(1, (today - day).days - 1)
            journal[n] = _replace_follow_up(entry, today - timedelta(days=lateness))
            overdue += 1
        if due_today and overdue >= 2:
            return


def _replace_follow_up(entry: Encounter, day: date) -> Encounter:
    return dataclasses.replace(entry, follow_up_on=day)


def _reflection_text(rng: random.Random, fragments: tuple[str, ...]) -> str:
    if rng.random() < 0.2:
        return " ".join(rng.sample(fragments, 2))
    return rng.choice(fragments)


def _reflections(
    rng: random.Random, journal: list[Encounter], start: date, today: date
) -> list[Reflection]:
    if not journal:
        return []
    end_of_today = datetime.combine(today, time(23, 59))
    linked = rng.sample(journal, k=max(1, len(journal) // 10))
    moments: list[tuple[datetime, str | None]] = []
    for entry in linked:
        later = entry.occurred_at + timedelta(minutes=rng.randint(20, 36 * 60))
        moments.append((max(min(later, end_of_today), entry.occurred_at), entry.id))
    for _ in range(max(1, len(journal) // 40)):
        day = start + timedelta(days=rng.randint(0, (today - start).days))
        moments.append(
            (datetime.combine(day, time(rng.randint(17, 22), rng.randrange(0, 60, 5))), None)
        )
    moments.sort(key=lambda m: (m[0], m[1] or ""))
    return [
        Reflection(
            id=f"r{n + 1}",
            written_at=at,
            encounter_id=encounter_id,
            what_i_shared=_reflection_text(rng, words.REFLECT_SHARED),
            what_i_learned=_reflection_text(rng, words.REFLECT_LEARNED),
            unique=rng.choice(words.REFLECT_UNIQUE),
            universal=rng.choice(words.REFLECT_UNIVERSAL),
            self_care=_reflection_text(rng, words.REFLECT_CARE),
        )
        for n, (at, encounter_id) in enumerate(moments)
    ]


def _goals(rng: random.Random, someones: list[_Someone], today: date) -> list[Goal]:
    drafts: list[tuple[date, _Someone, str, GoalStatus, date | None]] = []
    for someone in someones:
        for _ in range(rng.choices((0, 1, 2, 3), (2, 4, 3, 1))[0]):
            set_on = someone.first_seen + timedelta(
                days=rng.randint(0, (today - someone.first_seen).days)
            )
            n = len(drafts)
            status = _GOAL_STATUSES[n] if n < 3 else rng.choices(_GOAL_STATUSES, (5, 3, 2))[0]
            closed_on = None
            if status is not GoalStatus.ACTIVE:
                closed_on = min(set_on + timedelta(days=rng.randint(7, 200)), today)
            goal_words = words.GOAL_ES if someone.spanish else words.GOAL_EN
            drafts.append((set_on, someone, rng.choice(goal_words), status, closed_on))
    drafts.sort(key=lambda d: (d[0], d[1].person.id))
    return [
        Goal(
            id=f"g{n + 1}",
            person_id=someone.person.id,
            in_their_words=text,
            set_on=set_on,
            status=status,
            closed_on=closed_on,
        )
        for n, (set_on, someone, text, status, closed_on) in enumerate(drafts)
    ]


def _consents_and_referrals(
    rng: random.Random, someones: list[_Someone], clinicians: list[Clinician], today: date
) -> tuple[list[Consent], list[Referral]]:
    if not clinicians:
        return [], []
    by_kind: dict[str, list[Clinician]] = {}
    for clinician, (_, _, kind) in zip(clinicians, words.CLINICIANS, strict=False):
        by_kind.setdefault(kind, []).append(clinician)

    consents: list[Consent] = []
    consent_of: dict[tuple[str, str], Consent] = {}
    drafts: list[Referral] = []
    for someone in someones:
        if rng.random() > 0.6 and drafts:
            continue
        for _ in range(rng.choices((1, 2, 3), (6, 3, 1))[0]):
            n = len(drafts)
            kind = _KINDS[n] if n < len(_KINDS) else rng.choices(_KINDS, _KIND_WEIGHTS)[0]
            status = (
                _STATUSES[n] if n < len(_STATUSES) else rng.choices(_STATUSES, _STATUS_WEIGHTS)[0]
            )
            clinician = rng.choice(by_kind.get(kind.value) or clinicians)
            span = (today - someone.first_seen).days
            created_on = someone.first_seen + timedelta(days=rng.randint(0, span))
            key = (someone.person.id, clinician.id)
            consent = consent_of.get(key)
            wants_consent = status is not ReferralStatus.DRAFT or rng.random() < 0.5
            if consent is None and wants_consent and rng.random() < 0.9:
                consent = _consent(rng, someone, clinician, kind, created_on, len(consents), today)
                consents.append(consent)
                consent_of[key] = consent
            if consent is not None:
                # The letter goes out after the signature and while it holds.
                created_on = max(created_on, consent.signed_on)
                if consent.revoked_on is not None:
                    created_on = min(created_on, consent.revoked_on - timedelta(days=1))
                if consent.expires_on is not None:
                    created_on = min(created_on, consent.expires_on)
            status_on = None
            if status is not ReferralStatus.DRAFT:
                status_on = min(created_on + timedelta(days=rng.randint(0, 30)), today)
            follow_up = None
            if (
                status in (ReferralStatus.SENT, ReferralStatus.SCHEDULED)
                and (today - created_on).days < 45
            ):
                follow_up = created_on + timedelta(days=rng.randint(7, 28))
            reasons = (words.REASON_ES if someone.spanish else words.REASON_EN)[kind.value]
            requests = words.REQUEST_ES if someone.spanish else words.REQUEST_EN
            drafts.append(
                Referral(
                    id="",
                    person_id=someone.person.id,
                    clinician_id=clinician.id,
                    kind=kind,
                    reason_in_their_words=rng.choice(reasons),
                    created_on=created_on,
                    status=status,
                    consent_id=consent.id if consent is not None else None,
                    request=rng.choice(requests) if rng.random() < 0.75 else None,
                    status_on=status_on,
                    follow_up_on=follow_up,
                )
            )
    order = sorted(range(len(drafts)), key=lambda i: (drafts[i].created_on, i))
    referrals = [_with_id(drafts[i], f"f{n + 1}") for n, i in enumerate(order)]
    return consents, referrals


def _with_id(referral: Referral, new_id: str) -> Referral:
    return Referral(
        id=new_id,
        person_id=referral.person_id,
        clinician_id=referral.clinician_id,
        kind=referral.kind,
        reason_in_their_words=referral.reason_in_their_words,
        created_on=referral.created_on,
        status=referral.status,
        consent_id=referral.consent_id,
        request=referral.request,
        status_on=referral.status_on,
        follow_up_on=referral.follow_up_on,
    )


def _consent(
    rng: random.Random,
    someone: _Someone,
    clinician: Clinician,
    kind: ReferralKind,
    around: date,
    n: int,
    today: date,
) -> Consent:
    org = clinician.organization or clinician.name
    signed_on = max(someone.first_seen, around - timedelta(days=rng.randint(0, 3)))
    expires_on: date | None = None
    expires_when = revoked_on = None
    # The first consents cover every ending: an event, a revocation, an expiry.
    shape = (
        ("event", "revoked", "expired")[n]
        if n < 3
        else rng.choices(("date", "event", "revoked"), (65, 25, 10))[0]
    )
    if shape == "event":
        expires_when = rng.choice(words.CONSENT_WHEN).replace("{org}", org)
    elif shape == "expired":
        expires_on = today - timedelta(days=rng.randint(1, 60))
        signed_on = expires_on - timedelta(days=180)
    else:
        expires_on = signed_on + timedelta(days=rng.choice((90, 180, 365)))
    latest = (today - signed_on).days
    if shape == "revoked" and latest >= 1:
        # At least a day after signing, so the referral it backs was sent while it held.
        revoked_on = signed_on + timedelta(days=rng.randint(min(10, latest), latest))
    return Consent(
        id=f"k{n + 1}",
        person_id=someone.person.id,
        recipient_id=clinician.id,
        purpose=rng.choice(words.CONSENT_PURPOSE)
        .replace("{org}", org)
        .replace("{kind}", words.KIND_WORDS[kind.value]),
        information=rng.choice(words.CONSENT_INFO),
        signed_on=signed_on,
        expires_on=expires_on,
        expires_when=expires_when,
        revoked_on=revoked_on,
    )
