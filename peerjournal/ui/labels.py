"""The enum labels of the window, in one place: how an encounter happened,
where, a goal's or referral's status, a referral's kind, a record's kind and
the reflection's self-check. Each is a literal `translate("Labels", …)` so
lupdate finds it and Spanish shows it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from peerjournal.core.models import (
    GoalStatus,
    Mode,
    ReferralKind,
    ReferralStatus,
    SelfCheck,
    Setting,
)


def modes() -> dict[Mode, str]:
    """How an encounter happened, in plain words (the editor's order)."""
    return {
        Mode.IN_PERSON: QCoreApplication.translate("Labels", "In person"),
        Mode.PHONE: QCoreApplication.translate("Labels", "Phone call"),
        Mode.VIDEO: QCoreApplication.translate("Labels", "Video call"),
        Mode.TEXT: QCoreApplication.translate("Labels", "Text messages"),
        Mode.OUTREACH: QCoreApplication.translate("Labels", "Street outreach"),
    }


def settings() -> dict[Setting, str]:
    """Where an encounter happened."""
    return {
        Setting.COMMUNITY: QCoreApplication.translate("Labels", "Community"),
        Setting.EMERGENCY_DEPARTMENT: QCoreApplication.translate("Labels", "Emergency department"),
        Setting.JAIL: QCoreApplication.translate("Labels", "Jail"),
        Setting.HOME: QCoreApplication.translate("Labels", "Their home"),
        Setting.RECOVERY_CENTER: QCoreApplication.translate("Labels", "Recovery center"),
        Setting.TREATMENT_CENTER: QCoreApplication.translate("Labels", "Treatment center"),
        Setting.SHELTER: QCoreApplication.translate("Labels", "Shelter"),
        Setting.OTHER: QCoreApplication.translate("Labels", "Somewhere else"),
    }


def statuses() -> dict[str, str]:
    """A goal's or a referral's status."""
    return {
        GoalStatus.ACTIVE.value: QCoreApplication.translate("Labels", "Active"),
        GoalStatus.MET.value: QCoreApplication.translate("Labels", "Met"),
        GoalStatus.SET_ASIDE.value: QCoreApplication.translate("Labels", "Set aside"),
        ReferralStatus.DRAFT.value: QCoreApplication.translate("Labels", "Draft"),
        ReferralStatus.SENT.value: QCoreApplication.translate("Labels", "Sent"),
        ReferralStatus.SCHEDULED.value: QCoreApplication.translate("Labels", "Scheduled"),
        ReferralStatus.ATTENDED.value: QCoreApplication.translate("Labels", "Attended"),
        ReferralStatus.DECLINED.value: QCoreApplication.translate("Labels", "Declined"),
        ReferralStatus.CLOSED.value: QCoreApplication.translate("Labels", "Closed"),
    }


def referral_kinds() -> dict[ReferralKind, str]:
    """What a referral is for."""
    return {
        ReferralKind.TREATMENT: QCoreApplication.translate("Labels", "Treatment"),
        ReferralKind.MEDICATION: QCoreApplication.translate("Labels", "Medication"),
        ReferralKind.MENTAL_HEALTH: QCoreApplication.translate("Labels", "Mental health"),
        ReferralKind.MEDICAL: QCoreApplication.translate("Labels", "Medical care"),
        ReferralKind.HOUSING: QCoreApplication.translate("Labels", "Housing"),
        ReferralKind.EMPLOYMENT: QCoreApplication.translate("Labels", "Employment"),
        ReferralKind.MUTUAL_AID: QCoreApplication.translate("Labels", "Mutual aid"),
        ReferralKind.LEGAL: QCoreApplication.translate("Labels", "Legal help"),
        ReferralKind.OTHER: QCoreApplication.translate("Labels", "Something else"),
    }


def self_checks() -> dict[SelfCheck, str]:
    """What the peer noticed in themselves (a mirror, not a score)."""
    return {
        SelfCheck.RUSHED: QCoreApplication.translate("Labels", "I rushed"),
        SelfCheck.COMPARED: QCoreApplication.translate(
            "Labels", "I compared their story with mine or another's"),
        SelfCheck.TRIED_TO_FIX: QCoreApplication.translate("Labels", "I tried to fix or save"),
    }


def mode_label(mode: Mode) -> str:
    return modes().get(mode, mode.value.replace("_", " "))


def setting_label(setting: Setting) -> str:
    return settings().get(setting, setting.value.replace("_", " "))


def status_label(status: GoalStatus | ReferralStatus) -> str:
    return statuses().get(status.value, status.value.replace("_", " "))
