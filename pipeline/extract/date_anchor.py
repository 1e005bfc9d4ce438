"""Which anchor each mention is resolved against, and the mentions made of two.

`extract_dates` walks the mentions in text order and keeps each one, resolved,
in a history (`Resolved`); from that history and the publication date this
module picks the anchor `date_resolve.resolve` reads a mention against:
- a "now"-relative mention gets the publication date; without one it stays null;
- a day-month without a year ("le 3 février") gets the publication date;
  without one, the closest preceding mention that carries an explicit year;
  else it stays null;
- an offset ("cinq mois plus tard", "le lendemain", "two weeks after X") gets
  the closest preceding resolved non-offset mention whose granularity fits the
  unit (days and weeks: a day, else a part of a month; months: a month or a
  day, else a part of a month; years: any), among the last `LOOKBACK`; it keeps
  that anchor's granularity (September 2025 + five months = February 2026;
  "fin janvier 2026" + one day = 2026-01-22..2026-02-01).
Mentions composed of two resolve here: a range runs from its first end's start
to its second end's end, inclusive ("from March to May" ends May 31), an end
without a year borrowing the other's ("de novembre à février 2026" starts
November 2025); "the week of March 3" is that date's Monday-Sunday week; an
offset before a date ("16 days after January 12") counts from that date.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

from pipeline.extract.date_calendar import Interval, granule_of, shift, week_containing
from pipeline.extract.date_parsed import YEAR_BORROWING_KINDS, ParsedDate
from pipeline.extract.date_resolve import resolve, resolve_offset

LOOKBACK = 40  # earlier mentions an offset or a yearless date may lean on
OFFSET_PREFERRED = {
    "day": (("day",), ("part_of_month",)),
    "week": (("day",), ("part_of_month",)),
    "weekend": (("day",), ("part_of_month",)),
    "month": (("month", "day"), ("part_of_month",)),
    "quarter": (("month", "day", "quarter"), ("part_of_month",)),
    "year": (("year", "month", "day", "part_of_month", "quarter", "half", "part_of_year"), ()),
    "decade": (("year", "month", "day", "part_of_month", "quarter", "half", "part_of_year"), ()),
}


@dataclass
class Resolved:
    parsed: ParsedDate
    granularity: str
    interval: Interval | None


def anchor_granularity(item: Resolved) -> str:
    """What an earlier mention offers as an anchor: its own granularity, or the shape of its interval."""
    if item.granularity in ("weekday", "relative") and item.interval:
        return granule_of(item.interval)
    return item.granularity


def offset_anchor(parsed: ParsedDate, history: list[Resolved]) -> Interval | None:
    """Closest earlier resolved mention whose granularity fits the offset's unit."""
    unit = "day" if parsed.kind == "dayoffset" else (parsed.unit or "day")
    preferred, fallback = OFFSET_PREFERRED.get(unit, (("day",), ()))
    usable = [h for h in history[-LOOKBACK:] if h.interval and not h.parsed.is_offset and h.parsed.kind != "vague"]
    for accepted in (preferred, fallback):
        for item in reversed(usable):
            if anchor_granularity(item) in accepted:
                return item.interval
    return None


def year_anchor(history: list[Resolved]) -> Interval | None:
    """Closest earlier mention carrying an explicit year."""
    for item in reversed(history[-LOOKBACK:]):
        if item.interval and item.parsed.has_year and not item.parsed.relative:
            return item.interval
    return None


def choose_anchor(parsed: ParsedDate, now: dt.date | None, history: list[Resolved]) -> Interval | None:
    if parsed.is_offset:
        return offset_anchor(parsed, history)
    if parsed.kind in ("date", "date_range", "part_month") and not parsed.has_year and parsed.unit is None:
        return (now, now) if now else year_anchor(history)
    if parsed.needs_now:
        return (now, now) if now else None
    return None


def resolve_part(parsed: ParsedDate, now: dt.date | None, history: list[Resolved]) -> tuple[Interval | None, Interval | None]:
    """(anchor used, interval) of one simple mention."""
    base = choose_anchor(parsed, now, history)
    begin, finish = resolve(parsed, base)
    return base, ((begin, finish) if begin and finish else None)


def with_year(parsed: ParsedDate, year: int) -> Interval | None:
    begin, finish = resolve(dataclasses.replace(parsed, year=year), None)
    return (begin, finish) if begin and finish else None


def resolve_range(parsed: ParsedDate, now: dt.date | None, history: list[Resolved]) -> tuple[Interval | None, Interval | None]:
    """From the first end's start to the second end's end (inclusive: "to", "bis", "au");
    an end without a year borrows the other's ("from November to February 2026":
    November 2025)."""
    first, second = parsed.parts
    borrow_first = first.kind in YEAR_BORROWING_KINDS and not first.has_year
    borrow_second = second.kind in YEAR_BORROWING_KINDS and not second.has_year
    base: Interval | None = None
    if borrow_first and not borrow_second:
        _, right = resolve_part(second, now, history)
        left = with_year(first, right[0].year) if right else None
        if left and right and left[0] > right[0]:
            left = with_year(first, right[0].year - 1)
    else:
        base, left = resolve_part(first, now, history)
        if borrow_second and left:
            right = with_year(second, left[1].year)
            if right and right[1] < left[0]:
                right = with_year(second, left[1].year + 1)
        elif second.kind == "weekday" and not second.direction and left:
            day = left[0] + dt.timedelta(days=(second.weekday - left[0].weekday()) % 7)
            right = (day, day)  # "from next Monday to Friday": the Friday after that Monday
        else:
            _, right = resolve_part(second, now, history)
    if not left or not right or right[1] < left[0]:
        return base, None
    return (base or ((now, now) if now and parsed.relative else None)), (left[0], right[1])


def resolve_composed(parsed: ParsedDate, now: dt.date | None, history: list[Resolved]) -> tuple[Interval | None, Interval | None]:
    if parsed.kind == "range":
        return resolve_range(parsed, now, history)
    if parsed.kind == "week_of":
        base, day = resolve_part(parsed.parts[0], now, history)
        return base, (week_containing(day[0]) if day else None)
    offset, target = parsed.parts  # anchored: an offset from the date that follows it, its anchor
    _, interval = resolve_part(target, now, history)
    if interval is None:
        return None, None
    if offset.kind == "dayoffset":
        return interval, shift(interval, days=offset.amount or 0)
    return interval, resolve_offset(offset, interval)


def iso_interval(interval: Interval | None) -> str | None:
    if interval is None:
        return None
    start, end = interval
    return start.isoformat() if start == end else f"{start.isoformat()}/{end.isoformat()}"
