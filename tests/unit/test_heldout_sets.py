"""The practice checks on the held-out sentence sets (issue 10's goal: recall >= 0.95 and a
false-positive rate <= 0.05 for both checkers).

The sets were written blind, before the rules were rebuilt, and nobody who changes the rules
reads or scores them (tests/unit/test_heldout_integrity.py keeps their bytes). The language
hints meet the goal. The scope check does not yet: the strict xfail below says so, and
fails the day it passes so that the mark is taken off; the floor below it keeps what was
reached. Before the rebuild: scope 0.606 / 0.259, hints 0.657 / 0.158."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from peerjournal.core.language import hints
from peerjournal.core.scope import findings

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def rates(name: str, flags: Callable[[str], object]) -> tuple[float, float]:
    """(recall, false-positive rate) of a checker on one labelled set."""
    tp = fn = fp = tn = 0
    for line in (FIXTURES / name).read_text("utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        label, sentence = line.split("\t", 1)
        flagged = bool(flags(sentence))
        if label == "finding":
            tp, fn = tp + flagged, fn + (not flagged)
        else:
            fp, tn = fp + flagged, tn + (not flagged)
    return tp / (tp + fn), fp / (fp + tn)


def test_the_language_hints_meet_the_goal_on_the_held_out_set() -> None:
    recall, false_positives = rates("heldout_language.tsv", hints)
    assert recall >= 0.95 and false_positives <= 0.05, (recall, false_positives)


@pytest.mark.xfail(strict=True, reason="issue 10 open: scope recall 0.888 on the held-out set")
def test_the_scope_check_meets_the_goal_on_the_held_out_set() -> None:
    recall, false_positives = rates("heldout_scope.tsv", findings)
    assert recall >= 0.95 and false_positives <= 0.05, (recall, false_positives)


def test_the_scope_check_keeps_what_it_reached_on_the_held_out_set() -> None:
    recall, false_positives = rates("heldout_scope.tsv", findings)
    assert recall >= 0.88 and false_positives <= 0.05, (recall, false_positives)


def test_the_rates_can_fail() -> None:
    recall, false_positives = rates("heldout_scope.tsv", lambda sentence: True)
    assert recall == 1.0 and false_positives == 1.0
