"""Which automatic backups to keep: a rolling window, pure and testable.

Like borg's and restic's `keep-daily/weekly/monthly`: the newest backup of each
of the 7 most recent days that have one, of the 4 most recent ISO weeks, and
of the 6 most recent months. Counting only periods that have a backup means
an unused journal never loses its last backups to the calendar. Backups dated
after `now` (a clock that moved) are kept and do not count.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from datetime import datetime

DAILY = 7
WEEKLY = 4
MONTHLY = 6


def _newest_per_period(
    ordered: list[datetime], period: Callable[[datetime], Hashable], how_many: int
) -> set[datetime]:
    """The newest of each of the `how_many` most recent periods (ordered: newest first)."""
    kept: set[datetime] = set()
    seen: set[Hashable] = set()
    for when in ordered:
        key = period(when)
        if key in seen:
            continue
        if len(seen) == how_many:
            break
        seen.add(key)
        kept.add(when)
    return kept


def backups_to_keep(
    taken: Iterable[datetime],
    now: datetime,
    *,
    daily: int = DAILY,
    weekly: int = WEEKLY,
    monthly: int = MONTHLY,
) -> set[datetime]:
    """The backup times to keep, out of `taken`, as of `now`."""
    times = set(taken)
    future = {when for when in times if when > now}
    ordered = sorted(times - future, reverse=True)
    kept = set(future)
    kept |= _newest_per_period(ordered, lambda w: w.date(), daily)
    kept |= _newest_per_period(ordered, lambda w: tuple(w.isocalendar())[:2], weekly)
    kept |= _newest_per_period(ordered, lambda w: (w.year, w.month), monthly)
    return kept


def backups_to_remove(taken: Iterable[datetime], now: datetime) -> set[datetime]:
    """The backup times the window no longer keeps."""
    times = set(taken)
    return times - backups_to_keep(times, now)
