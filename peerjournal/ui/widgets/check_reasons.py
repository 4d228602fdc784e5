"""The reasons of the scope check and the language hints, in the window's language.

core/scope.py and core/language.py give each finding and hint a stable code
(`kind`) beside an English (or, for Spanish terms, Spanish) `why`. The window
says the reason by its code, translated here; a code it does not know shows
the checker's own words.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication


class Reasoned(Protocol):
    @property
    def kind(self) -> str: ...
    @property
    def why(self) -> str: ...


def _finding_reasons() -> dict[str, str]:
    # Literal calls, so that lupdate finds every sentence.
    return {
        "diagnosis": QCoreApplication.translate(
            "CheckReasons",
            "A diagnosis: a peer specialist does not diagnose; describe what the person says "
            "instead."),
        "severity": QCoreApplication.translate(
            "CheckReasons",
            "A diagnosis with a severity or course (mild, moderate, severe, in remission): "
            "only a clinician assesses that; describe what the person says instead."),
        "code": QCoreApplication.translate(
            "CheckReasons",
            "A diagnostic code, manual or criteria: a peer specialist does not diagnose; "
            "leave codes and criteria to the clinician."),
        "assessment": QCoreApplication.translate(
            "CheckReasons",
            "A level-of-care assessment: a peer specialist does not place people in a level "
            "of care; write what the person asks for instead."),
        "score": QCoreApplication.translate(
            "CheckReasons",
            "A clinical score (a withdrawal scale or a screening test): scoring is a "
            "clinician's assessment; describe what you saw and what the person says instead."),
        "level_of_care": QCoreApplication.translate(
            "CheckReasons",
            "A recommendation of a level of care or a treatment: a peer specialist does not "
            "recommend one; write what the person asks for, in their words."),
        "medication": QCoreApplication.translate(
            "CheckReasons",
            "Advice about a medication (starting, stopping, changing or dosing it): only a "
            "prescriber advises that; write what the person asks, and suggest they talk to "
            "their prescriber."),
    }


def _hint_reasons() -> dict[str, str]:
    return {
        "label": QCoreApplication.translate(
            "CheckReasons",
            "A label makes the person their substance use; person-first language puts the "
            "person first."),
        "slur": QCoreApplication.translate(
            "CheckReasons",
            "A slur for people who use drugs; it stigmatizes and keeps people from asking for "
            "help."),
        "abuse": QCoreApplication.translate(
            "CheckReasons",
            "'Abuse' links use to wrongdoing and punishment; 'use' or 'misuse' describes what "
            "happens."),
        "clean": QCoreApplication.translate(
            "CheckReasons",
            "'Clean' and 'dirty' imply a person is dirty when using; name the test result or "
            "the time in recovery."),
        "relapse": QCoreApplication.translate(
            "CheckReasons",
            "'Relapse' can sound like a moral failure; 'return to use' says what happened."),
        "habit": QCoreApplication.translate(
            "CheckReasons",
            "'Habit' suggests choice and weak will; substance use is a health matter, not a "
            "vice."),
        "hooked": QCoreApplication.translate(
            "CheckReasons", "Slang that trivializes substance use; describe the use plainly."),
        "suffer": QCoreApplication.translate(
            "CheckReasons",
            "'Suffering' casts the person as a victim; 'living with' or 'has' is neutral."),
        "compliance": QCoreApplication.translate(
            "CheckReasons",
            "'Noncompliant' blames the person; say what they chose or what they are ready for."),
        "denial": QCoreApplication.translate(
            "CheckReasons",
            "'In denial' blames the person; ambivalence is a normal part of change."),
        "frequent": QCoreApplication.translate(
            "CheckReasons", "A joke at the person's expense about how often they come for care."),
        "homeless": QCoreApplication.translate(
            "CheckReasons", "Homelessness is a situation a person is in, not who they are."),
        "justice": QCoreApplication.translate(
            "CheckReasons",
            "A label from a person's past; person-first language names the person, then the "
            "situation."),
        "mental": QCoreApplication.translate(
            "CheckReasons",
            "Labels and slurs about mental health stigmatize; say what the person experiences."),
        "crazy": QCoreApplication.translate(
            "CheckReasons", "A slur about mental health; say what happened instead."),
        "suicide": QCoreApplication.translate(
            "CheckReasons",
            "'Committed' implies a crime or sin; 'died by suicide' is the accepted term."),
        "medication": QCoreApplication.translate(
            "CheckReasons",
            "'Replacement' and 'assisted' suggest the medication is a substitute drug; it is "
            "treatment in its own right."),
        "babies": QCoreApplication.translate(
            "CheckReasons",
            "Babies cannot be 'addicted'; they can be born exposed to substances or with "
            "withdrawal."),
        "seeking": QCoreApplication.translate(
            "CheckReasons", "Assumes bad intent; the person may be in pain or in withdrawal."),
        "character": QCoreApplication.translate(
            "CheckReasons",
            "A character label blames the person; say what happened and what they needed."),
        "user": QCoreApplication.translate(
            "CheckReasons",
            "'User' reduces a person to their drug use; say 'person who uses drugs'."),
    }


def finding_reason(finding: Reasoned) -> str:
    """Why a scope finding is one, in the window's language. A finding that joins two
    reasons ("diagnosed with severe…") says both."""
    from peerjournal.core.scope import WHY_OF_KIND

    reasons = _finding_reasons()
    kinds = [k for k, text in WHY_OF_KIND.items() if text in finding.why] or [
        getattr(finding, "kind", "")]
    if any(k not in reasons for k in kinds):
        return finding.why
    return " ".join(reasons[k] for k in kinds)


def hint_reason(hint: Reasoned) -> str:
    """Why a phrase is hinted, in the window's language."""
    return _hint_reasons().get(getattr(hint, "kind", ""), hint.why)


__all__ = ["Reasoned", "finding_reason", "hint_reason"]
