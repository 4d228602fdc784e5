"""The rolling window of automatic backups (core/backup_policy, pure)."""

from __future__ import annotations

from datetime import datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from peerjournal.core.backup_policy import backups_to_keep, backups_to_remove

NOW = datetime(2025, 6, 30, 12, 0)
moments = st.datetimes(min_value=datetime(2023, 1, 1), max_value=datetime(2025, 7, 10))
lists = st.lists(moments, max_size=80)


@given(lists)
def test_keeps_a_subset_with_the_newest(taken: list[datetime]) -> None:
    kept = backups_to_keep(taken, NOW)
    assert kept <= set(taken)
    past = [t for t in taken if t <= NOW]
    if past:
        assert max(past) in kept
    assert kept | backups_to_remove(taken, NOW) == set(taken)
    assert not kept & backups_to_remove(taken, NOW)


@given(lists)
def test_keeps_at_most_the_window(taken: list[datetime]) -> None:
    kept = backups_to_keep(taken, NOW)
    future = {t for t in taken if t > NOW}
    assert future <= kept  # a clock that moved never costs a backup
    assert len(kept - future) <= 7 + 4 + 6


@given(lists)
def test_the_latest_days_each_keep_one(taken: list[datetime]) -> None:
    kept = backups_to_keep(taken, NOW)
    days = sorted({t.date() for t in taken if t <= NOW}, reverse=True)[:7]
    for day in days:
        newest = max(t for t in taken if t.date() == day)
        assert newest in kept


@given(lists)
def test_order_does_not_matter_and_it_is_stable(taken: list[datetime]) -> None:
    kept = backups_to_keep(taken, NOW)
    assert backups_to_keep(list(reversed(taken)), NOW) == kept
    assert backups_to_keep(kept, NOW) == kept  # pruning twice prunes nothing more


def test_a_year_of_daily_backups() -> None:
    taken = [NOW - timedelta(days=d) for d in range(365)]
    kept = sorted(backups_to_keep(taken, NOW), reverse=True)
    assert kept[:7] == taken[:7]
    months = {(t.year, t.month) for t in kept}
    assert len(months) == 6
    assert len(kept) <= 17
    assert backups_to_keep([], NOW) == set()


def test_an_unused_journal_keeps_its_old_backups() -> None:
    taken = [datetime(2020, 1, d) for d in range(1, 4)]
    assert backups_to_keep(taken, NOW) == set(taken)
