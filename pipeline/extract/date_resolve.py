"""The pure resolver: one `ParsedDate` and one anchor in, an inclusive interval out.

`resolve(mention, anchor)` reads no text and no lexicon and keeps no state, so
every rule below can be tested on its own; which anchor a mention gets is
`date_anchor`'s choice. The anchor is the publication date for "now"-relative
mentions, the interval of an earlier mention for offsets and yearless dates,
and is ignored by absolute mentions.
- absolute expressions carry their own interval, built by `date_calendar`
  (thirds of a month or year, meteorological seasons, halves, quarters, feasts).
- "now"-relative expressions (weekday, hier, cette année, janvier dernier,
  l'an prochain, a bare month, "il y a deux ans") resolve only against the
  publication date; without one they stay null.
  "The weekend" is now's week's Saturday and Sunday, the one just past in a past clause.
  A bare weekday is its latest occurrence on or before the anchor (news reports the past);
  with "dernier"/"pasado"/"letzten" strictly before, with "prochain"/"próximo"/"nächsten" after;
  with "this"/"ce"/"este"/"diesen", "of next week", or English "next"/"last" (read by the
  grammar as a day of a given week), that day of the anchor's week (or the week before / after).
  "jeudi 19" / "Thursday the 19th" is the 19th nearest the anchor that is a
  Thursday; "on the 19th" the nearest 19th.
- weeks: an n-th week ("the third week of March", "KW 12", "la dernière
  semaine de 2025") is that Monday-Sunday week of its month or year, the year
  named, else the anchor's.
- a yearless date or month is its occurrence nearest the anchor (ties: the
  earlier); in a past clause the latest one begun by then, in a future clause
  the first one not yet over (`ParsedDate.lean`).
- the first or last N units of a period ("the first nine months of 2024", "les trois derniers
  mois de l'année") are cut from the year or month named, else from now's (`edge_interval`).
- windows ("the last 3 months", "los próximos 2 años", "in den nächsten 3 Wochen") are
  the N units just before or after the publication date (`window_interval`).
- offsets ("cinq mois plus tard", "two weeks after X") shift the anchor's
  interval, keeping month ends at month ends; "nearly N" ("près d'une
  décennie") ends one anchor granule short; vague counts ("quelques mois",
  "moins de deux semaines") stay null. Compound amounts add up ("2 years 1
  month 21 days ago", "il y a deux ans et trois mois").
- what a calendar cannot hold resolves to (None, None), never to an error.
- nothing is ever guessed from today's date.
"""

from __future__ import annotations

import calendar
import datetime as dt

from pipeline.extract.date_calendar import (
    PART_THIRDS, SEASON_START_MONTH, Interval, add_months, as_interval, divmod_month, edge_of, granule_of,
    month_interval, months_part, movable_feast, nth_week, part_of, period_interval, shift,
)
from pipeline.extract.date_parsed import NOW_RELATIVE_KINDS, ParsedDate

UNIT_MONTHS = {"month": 1, "quarter": 3, "year": 12, "decade": 120}
UNIT_DAYS = {"day": 1, "week": 7, "weekend": 7, "fortnight": 14}


def absolute_interval(m: ParsedDate, year: int) -> Interval | None:
    """The interval of a calendar expression once its year is known."""
    kind = m.kind
    if kind in ("date", "numeric"):
        return (d := dt.date(year, m.month, m.day)), d
    if kind == "date_range":
        return dt.date(year, m.month, m.day), dt.date(year, m.month, m.day2)
    if kind in ("month", "month_dir"):
        return month_interval(year, m.month)
    if kind == "part_month":
        first, last = month_interval(year, m.month)
        third = PART_THIRDS[m.part]
        start = first.replace(day=1 + 10 * third)
        return start, (last if third == 2 else first.replace(day=10 + 10 * third))
    if kind == "part_year":
        third = PART_THIRDS[m.part]
        return dt.date(year, 1 + 4 * third, 1), month_interval(year, 4 + 4 * third)[1]
    if kind in ("half", "quarter"):  # "fin du premier trimestre": the quarter's last month
        length = 6 if kind == "half" else 3
        first = length * (m.ordinal - 1) + 1
        interval = dt.date(year, first, 1), month_interval(year, first + length - 1)[1]
        return months_part(interval, m.part) if m.part else interval
    if kind == "season":
        first = SEASON_START_MONTH[m.season]
        return dt.date(year, first, 1), month_interval(*divmod_month(year, first + 2))[1]
    if kind == "year":
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    if kind == "movable":
        return (d := movable_feast(m.rule, year)), d
    return None


def nearest_occurrence(m: ParsedDate, around: dt.date) -> Interval | None:
    """The yearless expression's occurrence closest to `around` (ties: earlier); in a past
    clause ("had invested in March") the latest one begun by then, in a future clause
    ("will close in March") the first one not yet over."""
    found = []
    for year in (around.year - 1, around.year, around.year + 1):
        try:
            interval = absolute_interval(m, year)
        except ValueError:
            continue
        if interval is not None:
            found.append(interval)
    begun = [i for i in found if i[0] <= around]
    not_over = [i for i in found if i[1] >= around]
    if m.lean < 0 and begun:
        return max(begun, key=lambda i: i[0])
    if m.lean > 0 and not_over:
        return min(not_over, key=lambda i: i[0])

    def distance(interval: Interval) -> int:
        start, end = interval
        return 0 if start <= around <= end else min(abs((start - around).days), abs((end - around).days))

    return min(found, key=distance) if found else None  # min keeps the first (earlier) on ties


def directed_occurrence(m: ParsedDate, now: dt.date) -> Interval | None:
    """"janvier dernier" / "next June": the occurrence strictly before / after now's period."""
    step = m.direction or -1
    for offset in range(0, 3):
        year = now.year + step * offset
        interval = absolute_interval(m, year)
        if interval and (interval[1] < now if step < 0 else interval[0] > now):
            return interval
    return None


def weekday_interval(m: ParsedDate, now: dt.date) -> Interval:
    """Bare: the latest occurrence on or before now; last/next: strictly before/after now; "this Friday",
    "Friday of next week": that day of now's week, or of the week before/after."""
    if m.unit == "week":
        day = now - dt.timedelta(days=now.weekday()) + dt.timedelta(days=m.weekday + 7 * m.direction)
        return day, day
    ahead = (m.weekday - now.weekday()) % 7
    behind = (now.weekday() - m.weekday) % 7
    if m.direction > 0:
        delta = ahead or 7
    elif m.direction < 0:
        delta = -(behind or 7)
    else:  # news reports what happened: "said on Tuesday" is the latest Tuesday up to the anchor
        delta = -behind
    day = now + dt.timedelta(days=delta)
    return day, day


def offset_amount(m: ParsedDate) -> tuple[int, int] | None:
    """(months, days) the offset moves by, signed; None when vague."""
    if m.amount is None or m.qualifier == "vague" or m.unit is None:
        return None
    sign = m.direction or 1
    months = days = 0
    for amount, unit in ((m.amount, m.unit), *m.extra):
        if unit in UNIT_MONTHS:
            months += amount * UNIT_MONTHS[unit]
        else:
            days += amount * UNIT_DAYS.get(unit, 1)
    return sign * months, sign * days


def resolve_offset(m: ParsedDate, base: Interval) -> Interval | None:
    moves = offset_amount(m)
    if moves is None:
        return None
    months, days = moves
    result = shift(base, months=months, days=days)
    if m.qualifier == "nearly":
        granule = granule_of(base)
        back = -(m.direction or 1)
        result = shift(result, months=back * 12 if granule == "year" else back if granule == "month" else 0,
                       days=back if granule == "day" else 0)
    return result


def resolve_now(m: ParsedDate, now: dt.date) -> Interval | None:
    """Expressions that need the publication date."""
    kind = m.kind
    if kind == "weekday":
        return weekday_interval(m, now)
    if kind == "relday":
        day = now + dt.timedelta(days=m.amount or 0)
        return day, day
    if kind == "week":
        return week_interval(m, now)
    if kind == "days_of_month":  # "from 4 to 22 this month", "le 20 du mois prochain"
        first = add_months(now.replace(day=1), m.direction)
        return first.replace(day=m.day), first.replace(day=m.day2 or m.day)
    if kind in ("weekday_day", "day_of_month"):
        return weekday_day_interval(m, now)
    if kind == "nth_weekday":
        return nth_weekday_interval(m, now)
    if kind == "this_period":
        interval = period_interval(m.unit or "", now, m.direction)
        if interval and m.unit == "weekend" and not m.direction and m.lean < 0 and interval[0] > now:
            interval = shift(interval, days=-7)  # "over the weekend the deal was struck": the one just past
        if interval and m.part:
            return part_of(interval, m.part)
        if interval and m.modifier == "earlier":
            return interval[0], min(interval[1], now)
        if interval and m.modifier == "later":
            return max(interval[0], now), interval[1]
        return interval
    if kind == "window":
        return window_interval(m, now)
    if kind in ("ago", "ahead"):
        moves = offset_amount(m)
        if moves is None:
            return None
        months, days = moves
        sign = -1 if kind == "ago" else 1
        return shift((now, now), months=sign * abs(months), days=sign * abs(days))
    if m.unit == "year" and kind in ("month", "date", "part_month", "season", "movable"):  # "May last year"
        return absolute_interval(m, now.year + m.direction)  # "marzo del año pasado", "Ostern nächsten Jahres"
    if kind == "month_dir" or (m.direction and kind in ("season", "part_year", "month", "date", "movable")):
        return directed_occurrence(m, now)
    if kind in ("half", "quarter"):  # "the first quarter of next year", "del año pasado"
        return absolute_interval(m, now.year + m.direction)
    if kind == "part_year":
        return absolute_interval(m, now.year)
    return nearest_occurrence(m, now)


def window_interval(m: ParsedDate, now: dt.date) -> Interval | None:
    """"the last 3 months", "les 3 prochaines semaines": the N units just before now (ending the day
    before it) or just after it (from the day after); "within the next 3 years" starts on now and ends
    the day before the N units are up. Quarters and decades count whole calendar ones ("the past two
    quarters": the two before now's). A vague count ("the next few weeks") stays null."""
    moves = offset_amount(m)
    if moves is None or not m.direction:
        return None
    step = 1 if m.direction > 0 else -1
    if m.unit in ("quarter", "decade") and not m.extra:
        near, far = period_interval(m.unit, now, step), period_interval(m.unit, now, step * m.amount)
        if near is None or far is None:
            return None
        return (near[0], far[1]) if step > 0 else (far[0], near[1])
    months, days = moves
    reach = shift((now, now), months=months, days=days)[0]
    one = dt.timedelta(days=1)
    if step < 0:
        return reach, now - one
    return (now, reach - one) if m.qualifier == "within" else (now + one, reach)


def weekday_day_interval(m: ParsedDate, now: dt.date) -> Interval | None:
    """"jeudi 21", "Thursday the 21st": the 21st nearest `now` that falls on a Thursday;
    "on the 21st" (no weekday): the 21st nearest `now`."""
    best: tuple[int, dt.date] | None = None
    for step in range(-12, 13):
        first = add_months(now.replace(day=1), step)
        if m.day > calendar.monthrange(first.year, first.month)[1]:
            continue
        day = first.replace(day=m.day)
        if (m.weekday is None or day.weekday() == m.weekday) and (best is None or abs((day - now).days) < best[0]):
            best = (abs((day - now).days), day)
    return (best[1], best[1]) if best else None


def named_month(m: ParsedDate, now: dt.date | None) -> Interval | None:
    """The month `m` names, of its year, else its occurrence nearest to now ("in March")."""
    if m.month is None:
        return None
    if m.year:
        return month_interval(m.year, m.month)
    return nearest_occurrence(ParsedDate(kind="month", month=m.month), now) if now else None


def nth_weekday_interval(m: ParsedDate, now: dt.date | None) -> Interval | None:
    """"the first Friday of July 2026", "le deuxième lundi du mois prochain", "second Sunday"
    (of now's month)."""
    if m.unit is not None:
        month = period_interval(m.unit, now, m.direction) if now else None
    elif m.month is not None:
        month = named_month(m, now)
    else:
        month = month_interval(now.year, now.month) if now else None
    if month is None:
        return None
    day = movable_feast(("nth", month[0].month, m.weekday, m.ordinal), month[0].year)
    return (day, day) if day.month == month[0].month else None


def week_interval(m: ParsedDate, now: dt.date | None) -> Interval | None:
    """"the third week of March 2025", "last week of this year": the n-th week of its container."""
    if m.unit is not None:
        container = period_interval(m.unit, now, m.direction) if now else None
    elif m.month is not None:
        container = named_month(m, now)
    else:  # "week 12", "KW 12": of the year named, else of now's year
        year = m.year or (now.year if now else None)
        container = (dt.date(year, 1, 1), dt.date(year, 12, 31)) if year else None
    return nth_week(container, m.ordinal) if container and m.ordinal else None


def edge_interval(m: ParsedDate, now: dt.date | None) -> Interval | None:
    """"the first nine months of 2024", "les trois derniers mois de l'année", "die ersten zehn Tage im März":
    the first or last N units of the year or month named, else of now's (`container`, moved by `direction`)."""
    if m.container is not None:
        container = period_interval(m.container, now, m.direction) if now else None
    elif m.month is not None:
        container = named_month(m, now)
    else:
        container = (dt.date(m.year, 1, 1), dt.date(m.year, 12, 31)) if m.year else None
    return edge_of(container, m.ordinal or 1, m.amount or 0, m.unit or "") if container and m.amount else None


def resolve(mention: ParsedDate, anchor: Interval | dt.date | None) -> tuple[dt.date | None, dt.date | None]:
    """Start and end (inclusive) of `mention` given `anchor`; (None, None) when unresolvable.

    `anchor` is the publication date for "now"-relative mentions, the interval
    of the earlier mention an offset or a yearless date is read against, and
    ignored by absolute mentions.
    """
    base = as_interval(anchor)
    try:
        interval = _resolve(mention, base)
    except (ValueError, OverflowError, TypeError, KeyError):
        interval = None
    return interval if interval else (None, None)


def _resolve(m: ParsedDate, base: Interval | None) -> Interval | None:
    if m.kind == "vague":
        return None
    if m.kind == "year_range":
        return dt.date(m.year, 1, 1), dt.date(m.year2, 12, 31)
    if m.kind == "decade":
        return dt.date(m.year, 1, 1), dt.date(m.year + 9, 12, 31)
    if m.kind == "week":
        return week_interval(m, base[0] if base else None)
    if m.kind == "edge":
        return edge_interval(m, base[0] if base else None)
    if m.kind == "nth_weekday" and m.has_year and m.unit is None:
        return nth_weekday_interval(m, None)
    if m.has_year and not m.is_offset and m.kind not in NOW_RELATIVE_KINDS:
        return absolute_interval(m, m.year)
    if base is None:
        return None
    if m.kind == "dayoffset":
        return shift(base, days=m.amount or 0)
    if m.is_offset:
        return resolve_offset(m, base)
    if m.needs_now or m.direction:
        return resolve_now(m, base[0])
    return nearest_occurrence(m, base[0])
