"""The held-out sentence sets stay exactly as their blind writer left them.

They were written by someone who never read the checkers' rules, before the rules were
rebuilt (issue 10), and are never tuned on: this test fails if a byte of them changes.
Their hashes are in tests/fixtures/heldout.sha256."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
EXPECTED = dict(
    reversed(line.split()) for line in (FIXTURES / "heldout.sha256").read_text().splitlines()
)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_the_held_out_set_is_unchanged(name: str) -> None:
    digest = hashlib.sha256((FIXTURES / name).read_bytes()).hexdigest()
    assert digest == EXPECTED[name]


def test_there_are_two_held_out_sets_of_at_least_300_sentences() -> None:
    assert sorted(EXPECTED) == ["heldout_language.tsv", "heldout_scope.tsv"]
    for name in EXPECTED:
        rows = [line for line in (FIXTURES / name).read_text("utf-8").splitlines()
                if line and not line.startswith("#")]
        assert len(rows) >= 300
        assert {row.split("\t", 1)[0] for row in rows} == {"finding", "clean"}
