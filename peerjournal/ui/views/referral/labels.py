"""The words the window uses for a referral's kind and status."""

from __future__ import annotations

from collections.abc import Callable

from peerjournal.core.models import ReferralKind, ReferralStatus


def kind_labels(tr: Callable[[str], str]) -> dict[ReferralKind, str]:
    return {
        ReferralKind.TREATMENT: tr("Treatment"),
        ReferralKind.MEDICATION: tr("Medication"),
        ReferralKind.MENTAL_HEALTH: tr("Mental health"),
        ReferralKind.MEDICAL: tr("Medical care"),
        ReferralKind.HOUSING: tr("Housing"),
        ReferralKind.EMPLOYMENT: tr("Employment"),
        ReferralKind.MUTUAL_AID: tr("Mutual aid"),
        ReferralKind.LEGAL: tr("Legal help"),
        ReferralKind.OTHER: tr("Something else"),
    }


def status_labels(tr: Callable[[str], str]) -> dict[ReferralStatus, str]:
    return {
        ReferralStatus.DRAFT: tr("Draft"),
        ReferralStatus.SENT: tr("Sent"),
        ReferralStatus.SCHEDULED: tr("Scheduled"),
        ReferralStatus.ATTENDED: tr("Attended"),
        ReferralStatus.DECLINED: tr("Declined"),
        ReferralStatus.CLOSED: tr("Closed"),
    }


__all__ = ["kind_labels", "status_labels"]
