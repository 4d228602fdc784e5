"""One place for the enum labels (ui/labels.py), and they speak Spanish: the
reading pane and the timeline used to show "In person" in a Spanish window."""

from __future__ import annotations

import pytest

from peerjournal.core.models import GoalStatus, Mode, ReferralKind, SelfCheck, Setting
from peerjournal.ui import i18n, labels


@pytest.fixture
def spanish(qapp):
    i18n.install(qapp, "es")
    yield
    i18n.install(qapp, "en")


def test_every_enum_value_has_a_label():
    assert set(labels.modes()) == set(Mode)
    assert set(labels.settings()) == set(Setting)
    assert set(labels.referral_kinds()) == set(ReferralKind)
    assert set(labels.self_checks()) == set(SelfCheck)


def test_the_labels_are_spanish_in_a_spanish_window(spanish):
    assert labels.mode_label(Mode.IN_PERSON) == "En persona"
    assert labels.setting_label(Setting.TREATMENT_CENTER) != "Treatment center"
    assert labels.status_label(GoalStatus.MET) == "Cumplida"
    assert labels.self_checks()[SelfCheck.RUSHED] == "Me apresuré"
    english = [label for label in (*labels.modes().values(), *labels.settings().values(),
                                   *labels.statuses().values(),
                                   *labels.referral_kinds().values())
               if label in ("In person", "Shelter", "Active", "Housing")]
    assert english == []
