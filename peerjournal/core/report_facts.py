"""The light rows an anonymized report is built from: no text, no names.

The vault fills these for a period (`vault.report_facts(start, end)`); core's
report code aggregates them. Keeping free text out of this type keeps it out
of every report.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime

from peerjournal.core.models import GoalStatus, Mode, ReferralKind, ReferralStatus, Setting


@dataclass(frozen=True, slots=True, kw_only=True)
class EncounterFact:
    """One encounter in the period."""

    person_id: str
    occurred_at: datetime
    mode: Mode
    setting: Setting | None
    duration_minutes: int | None


@dataclass(frozen=True, slots=True, kw_only=True)
class ReferralFact:
    """One referral created in the period."""

    kind: ReferralKind
    status: ReferralStatus
    created_on: date


@dataclass(frozen=True, slots=True, kw_only=True)
class GoalFact:
    """One goal set or closed in the period."""

    set_on: date
    status: GoalStatus
    closed_on: date | None


@dataclass(frozen=True, slots=True, kw_only=True)
class ReportFacts:
    """Everything a report for [start, end] (inclusive) may count."""

    start: date
    end: date
    encounters: tuple[EncounterFact, ...] = ()
    # date of birth (or None) of each person with an encounter in the period
    dates_of_birth: Mapping[str, date | None] = field(default_factory=dict)
    referrals: tuple[ReferralFact, ...] = ()
    goals: tuple[GoalFact, ...] = ()
