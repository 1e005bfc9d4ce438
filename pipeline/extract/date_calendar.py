"""Calendar arithmetic on inclusive date intervals: no text, no lexicon, no anchor.

Every date mention resolves to an `Interval`, a (first day, last day) pair, both
inclusive. The calendar facts those intervals are built from live here, apart
from the grammar and the resolver, so that each rule is stated once and can be
tested alone:
- moving by whole months clamps to the target month's length, and an interval
  that ends on a month end still ends on one (`add_months`, `shift`);
- beginning / middle / end of a month are days 1-10, 11-20, 21-last, of a year
  Jan-Apr, May-Aug, Sep-Dec, of a week Monday-Wednesday, Tuesday-Friday,
  Thursday-Sunday, of a quarter or a half its months by thirds (`PART_THIRDS`,
  `part_of`, `months_part`); seasons are meteorological
  (winter = December to February of next year: `SEASON_START_MONTH`);
- weeks run Monday to Sunday and belong to the month or year holding their
  Thursday (ISO 8601), so the first week of 2015 is 2014-12-29..2015-01-04
  (`nth_week`); a weekend is Saturday and Sunday, a decade as a period ("the
  next decade") a whole decade (`period_interval`);
- movable feasts are Gregorian Easter, the n-th weekday of a month, or the
  last weekday before a fixed day (Advent), plus some days (`movable_feast`).

Named `date_calendar`, not `calendar`, so that it never shadows the standard
library module it uses.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Sequence
from typing import Any

Interval = tuple[dt.date, dt.date]
YEAR_MIN, YEAR_MAX = 1900, 2100
SEASON_START_MONTH = {"spring": 3, "summer": 6, "autumn": 9, "winter": 12}
PART_THIRDS = {"begin": 0, "mid": 1, "end": 2}
WEEK_PARTS = {"begin": (0, 2), "mid": (1, 4), "end": (3, 6)}  # Mon-Wed, Tue-Fri, Thu-Sun


def month_interval(year: int, month: int) -> Interval:
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def add_months(day: dt.date, months: int) -> dt.date:
    """`day` moved by whole months, clamped to the target month's length."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    if not YEAR_MIN - 200 <= year <= YEAR_MAX + 200:
        raise ValueError("year out of range")
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def is_month_end(day: dt.date) -> bool:
    return day.day == calendar.monthrange(day.year, day.month)[1]


def granule_of(interval: Interval) -> str:
    """The granularity an interval has: whole years, whole months, else days."""
    start, end = interval
    if start.day == 1 and is_month_end(end):
        if start.month == 1 and end.month == 12:
            return "year"
        return "month"
    return "day"


def shift(interval: Interval, months: int = 0, days: int = 0) -> Interval:
    """Move an interval, keeping month ends at month ends."""
    start, end = interval
    if months:
        new_start = add_months(start, months)
        new_end = add_months(end, months)
        if is_month_end(end):
            new_end = new_end.replace(day=calendar.monthrange(new_end.year, new_end.month)[1])
        start, end = new_start, new_end
    delta = dt.timedelta(days=days)
    return start + delta, end + delta


def as_interval(anchor: Interval | dt.date | None) -> Interval | None:
    if anchor is None:
        return None
    if isinstance(anchor, dt.date):
        return anchor, anchor
    return anchor


def easter_sunday(year: int) -> dt.date:
    """Gregorian Easter (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month, day = divmod(h + l - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def movable_feast(rule: Sequence[Any], year: int) -> dt.date:
    """A lexicon rule made a date: ["easter", days after Easter],
    ["nth", month, weekday, n (-1 = last), days after] or ["before", month, day,
    weekday, days after]: the last such weekday strictly before that day (the
    fourth Sunday of Advent is the Sunday before 25 December; the first, 21 days
    earlier)."""
    if rule[0] == "easter":
        return easter_sunday(year) + dt.timedelta(days=rule[1])
    if rule[0] == "before":
        _, month, day, weekday, *rest = rule
        limit = dt.date(year, month, day)
        back = (limit.weekday() - weekday) % 7 or 7
        return limit - dt.timedelta(days=back - (rest[0] if rest else 0))
    _, month, weekday, n, *rest = rule
    first, last = month_interval(year, month)
    if n < 0:
        day = last - dt.timedelta(days=(last.weekday() - weekday) % 7)
    else:
        day = first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    return day + dt.timedelta(days=rest[0] if rest else 0)


def divmod_month(year: int, month: int) -> tuple[int, int]:
    """(year, month) with month possibly past 12 normalised."""
    extra, index = divmod(month - 1, 12)
    return year + extra, index + 1


def period_interval(unit: str, now: dt.date, steps: int) -> Interval | None:
    """This / last / next week, month, quarter or year around `now`."""
    if unit in ("day",):
        day = now + dt.timedelta(days=steps)
        return day, day
    if unit == "week":
        monday = now - dt.timedelta(days=now.weekday()) + dt.timedelta(weeks=steps)
        return monday, monday + dt.timedelta(days=6)
    if unit == "weekend":  # Saturday and Sunday of now's week (moved by `steps` weeks)
        saturday = now - dt.timedelta(days=now.weekday()) + dt.timedelta(days=5, weeks=steps)
        return saturday, saturday + dt.timedelta(days=1)
    if unit == "month":
        first = add_months(now.replace(day=1), steps)
        return month_interval(first.year, first.month)
    if unit == "quarter":
        first = add_months(now.replace(day=1, month=3 * ((now.month - 1) // 3) + 1), 3 * steps)
        return first, month_interval(*divmod_month(first.year, first.month + 2))[1]
    if unit == "year":
        return dt.date(now.year + steps, 1, 1), dt.date(now.year + steps, 12, 31)
    if unit == "decade":
        first = now.year // 10 * 10 + 10 * steps
        return dt.date(first, 1, 1), dt.date(first + 9, 12, 31)
    return None


def week_containing(day: dt.date) -> Interval:
    monday = day - dt.timedelta(days=day.weekday())
    return monday, monday + dt.timedelta(days=6)


def nth_week(container: Interval, ordinal: int) -> Interval | None:
    """The n-th (or, ordinal -1, the last) Monday-Sunday week of a month or year,
    weeks belonging to the period that holds their Thursday (ISO 8601's rule)."""
    start, end = container
    if ordinal < 0:
        thursday = end - dt.timedelta(days=(end.weekday() - 3) % 7)
        return week_containing(thursday)
    thursday = start + dt.timedelta(days=(3 - start.weekday()) % 7) + dt.timedelta(weeks=ordinal - 1)
    return week_containing(thursday) if thursday <= end else None


def edge_of(container: Interval, side: int, amount: int, unit: str) -> Interval | None:
    """The first (side 1) or last (side -1) `amount` units of `container`: whole months or quarters of a
    year, days, or Monday-Sunday weeks counted from the container's first or last week (`nth_week`);
    None when they do not fit in it."""
    start, end = container
    if unit in ("month", "quarter"):
        months = amount * (3 if unit == "quarter" else 1)
        first = start if side > 0 else add_months(end.replace(day=1), 1 - months)
        last = add_months(first, months - 1)
        found = first, month_interval(last.year, last.month)[1]
    elif unit == "week":
        edge = nth_week(container, 1 if side > 0 else -1)
        if edge is None:
            return None
        span = dt.timedelta(days=7 * amount - 1)
        found = (edge[0], edge[0] + span) if side > 0 else (edge[1] - span, edge[1])
    else:
        span = dt.timedelta(days=amount - 1)
        found = (start, start + span) if side > 0 else (end - span, end)
    return found if start - dt.timedelta(days=6) <= found[0] <= found[1] <= end + dt.timedelta(days=6) else None


def months_part(interval: Interval, part: str) -> Interval:
    """Beginning / middle / end third of whole months: of a quarter, its first, second or third month;
    of a half, two months each ("fin du premier trimestre" = March)."""
    start, end = interval
    months = (end.year - start.year) * 12 + end.month - start.month + 1
    size = max(1, months // 3)
    first = add_months(start, size * PART_THIRDS[part])
    last = add_months(first, size - 1)
    return first, month_interval(last.year, last.month)[1]


def part_of(interval: Interval, part: str) -> Interval:
    """Beginning / middle / end third of a month (days) or of a year (months);
    of a week, Monday-Wednesday, Tuesday-Friday, Thursday-Sunday."""
    start, end = interval
    third = PART_THIRDS[part]
    if (end - start).days == 6:
        first, last = WEEK_PARTS[part]
        return start + dt.timedelta(days=first), start + dt.timedelta(days=last)
    if granule_of(interval) == "year":
        return dt.date(start.year, 1 + 4 * third, 1), month_interval(start.year, 4 + 4 * third)[1]
    first = start.replace(day=1 + 10 * third)
    return first, (end if third == 2 else start.replace(day=10 + 10 * third))
