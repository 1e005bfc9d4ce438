"""Calendar dates: a lexicon-driven candidate grammar and a pure resolver.

Finding. Each language's `models/lexicons/<lang>/dates.json` holds word tables
(months, weekdays, parts of a period, seasons, ordinals, small numbers, units,
directions, relative words, qualifiers) and a list of patterns: regexes with
`{PLACEHOLDERS}` that the tables fill, each tagged with a `kind` this module
knows how to interpret (date, date_range, month, month_range, part_month,
part_year, half, quarter, season, year_range, decade, weekday, weekday_day,
day_of_month, days_of_month, nth_weekday, week, relday, this_period, offset,
dayoffset, ago, ahead, vague, movable); fixed-date holidays ("Noël",
"Christmas") read as days, movable feasts ("Pâques", "Thanksgiving") by a
lexicon rule (days after Easter, or the n-th weekday of a month).
Bare four-digit years and numeric dates (ISO, y/m/d, d/m/y or m/d/y as the
lexicon says, m/yyyy, yyyy-mm) are language-independent and built here.
Phrases listed under `not_dates` ("hoy en día", "d'aujourd'hui") block
candidates inside them. All
regexes are compiled once per language. Overlapping candidates: the longest
wins. Words that double as ordinary words ("mars", "mai", "May", "March",
"été") count only next to a day, a year or a cue word; in English and German
month and weekday names must be capitalised. A bare year counts when a cue
precedes it ("en 2015", "in 2024"), or when it is not followed by a lowercase
word ("Perspectives 2026", "2026.") and is no amount ("2026 dollars").

Composing (`compose`, one linear pass over the chosen candidates): two
neighbours joined by a lexicon range joint ("to", "au", "al", "bis", "-", or
"and"/"et"/"y"/"und" after "between"/"entre"/"zwischen") are ONE interval from
the first's start to the second's end, inclusive ("from March to May" ends May
31); an end without a year borrows the other's ("de novembre à février 2026"
starts November 2025). A weekday before a full date is dropped into it
("Friday 5/12/2026"); an offset or a day offset before a date counts from that
date ("16 days after January 12", "le surlendemain du 12 mai"); "the week of
March 3" / "la semaine du 3 mars" is that date's Monday-Sunday week.

Resolving (`resolve`, a pure function of a parsed mention and an anchor):
- absolute expressions carry their own interval; beginning / middle / end of
  a month are days 1-10, 11-20, 21-last, of a year Jan-Apr, May-Aug, Sep-Dec;
  seasons are meteorological (winter = December to February of next year).
- "now"-relative expressions (weekday, hier, cette année, janvier dernier,
  l'an prochain, a bare month, "il y a deux ans") resolve only against the
  publication anchor given to `extract_dates`; without one they stay null.
  A bare weekday is its latest occurrence on or before the anchor (news reports the past),
  after "until"/"by"/"jusqu'à"/"bis" the coming one; with "dernier"/"pasado"/"letzten"
  strictly before, with "prochain"/"próximo"/"nächsten" after; with
  "this"/"ce"/"este"/"diesen", or "of next week", that day of the anchor's
  week (or the week before / after); English "next"/"last"/"previous"/"following"
  (the lexicon's `weekly_directions`) name the day of the week after / before.
  "jeudi 19" / "Thursday the 19th" is the 19th nearest the anchor that is a
  Thursday; "on the 19th" the nearest 19th.
- a mention right after "avant", "before", "until", "bis", "después de",
  "since", "depuis", "seit", "a partir de"... or right before "or later", "ou
  plus tard" gets a `bound` (before | until | after | since, the lexicon's
  `bounds` and `bounds_following`): it is one side of an open interval, and
  its start_date / end_date stay the calendar expression's own interval.
- weeks have no granularity of their own: an n-th week ("the third week of
  March", "KW 12", "la dernière semaine de 2025") and "the week of March 3"
  are reported as part_of_month, a Monday-Sunday interval; a week belongs to
  the month or year holding its Thursday (ISO 8601), so "the first week of
  2015" is 2014-12-29..2015-01-04. Parts of a week: early = Monday-Wednesday,
  mid = Tuesday-Friday, late/end = Thursday-Sunday. A weekend is Saturday and
  Sunday; decades as periods ("the next decade") are whole decades.
- a day-month without a year ("le 3 février") is the occurrence nearest the
  publication anchor; without one, nearest the closest preceding mention that
  carries an explicit year; else null. A yearless month or day leans with the
  tense word of its clause nearest it (the lexicon's `tense_markers`): "hatte im
  März investiert" is the last March begun by the anchor, "will close in March"
  / "bis März" the next one not yet over.
- offsets ("cinq mois plus tard", "le lendemain", "two weeks after X") shift
  the closest preceding resolved non-offset mention whose granularity fits
  the unit (days and weeks: a day, else a part of a month; months: a month or
  a day, else a part of a month; years: any), keeping that anchor's
  granularity (September 2025 + five months = February 2026; "fin janvier
  2026" + one day = 2026-01-22..2026-02-01). "Nearly N" ("près d'une
  décennie") ends one anchor granule short; vague counts ("quelques mois",
  "moins de deux semaines") stay null.
  Compound amounts add up ("2 years 1 month 21 days ago", "il y a deux ans
  et trois mois").
- nothing is ever guessed from today's date.
"""

from __future__ import annotations

import bisect
import calendar
import dataclasses
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from spacy.language import Language

from pipeline.extract import CharSpan, declare_extensions, doc_text, inside_any, skip_spans
from pipeline.resources import lexicon
from pipeline.schema import DateMention

Interval = tuple[dt.date, dt.date]
YEAR_MIN, YEAR_MAX = 1900, 2100
APOSTROPHES = "['’]"
PLACEHOLDER = re.compile(r"\{([A-Z]+)(\d?)\}")

# Kinds whose meaning depends on the publication date ("now").
NOW_RELATIVE_KINDS = {"weekday", "relday", "this_period", "ago", "ahead", "month_dir", "days_of_month", "weekday_day", "day_of_month"}
COMPOSED_KINDS = {"range", "anchored", "week_of"}
# Kinds a range may join, and kinds that can carry a borrowed year.
RANGE_END_KINDS = {"movable", "date", "numeric", "date_range", "month", "month_dir", "part_month", "part_year", "half",
                   "quarter", "season", "year", "weekday", "relday", "this_period", "week"}
YEAR_BORROWING_KINDS = {"date", "numeric", "month", "part_month", "season", "quarter", "half", "part_year", "week"}
OFFSET_KINDS = {"offset", "dayoffset"}
GRANULARITY_OF_KIND = {
    "date": "day", "numeric": "day", "date_range": "day", "month": "month", "month_dir": "month",
    "part_month": "part_of_month", "part_year": "part_of_year", "half": "half", "quarter": "quarter",
    "season": "part_of_year", "year": "year", "year_range": "year_range", "decade": "year_range",
    "weekday": "weekday", "relday": "day", "ago": "day", "ahead": "day",
    "offset": "relative", "dayoffset": "relative", "vague": "relative",
    "movable": "day", "nth_weekday": "day", "week": "part_of_month", "week_of": "part_of_month", "anchored": "relative", "days_of_month": "day", "weekday_day": "day", "day_of_month": "day",
}
SEASON_START_MONTH = {"spring": 3, "summer": 6, "autumn": 9, "winter": 12}
PART_THIRDS = {"begin": 0, "mid": 1, "end": 2}
UNIT_MONTHS = {"month": 1, "quarter": 3, "year": 12, "decade": 120}
UNIT_DAYS = {"day": 1, "week": 7, "weekend": 7}
LOOKBACK = 40  # earlier mentions an offset or a yearless date may lean on


# --------------------------------------------------------------------------- parsed mention


@dataclass(frozen=True)
class ParsedDate:
    """What a candidate says, before any anchor: the resolver's input."""

    kind: str
    year: int | None = None
    year2: int | None = None
    month: int | None = None
    day: int | None = None
    day2: int | None = None
    weekday: int | None = None
    part: str | None = None          # begin | mid | end
    ordinal: int | None = None       # half or quarter number
    season: str | None = None
    direction: int = 0               # -1 last/before, +1 next/after, 0 this
    amount: int | None = None        # offset count; None = vague
    unit: str | None = None          # day | week | month | quarter | year | decade
    extra: tuple[tuple[int, str], ...] = ()  # further (amount, unit): "two years and three months ago"
    qualifier: str | None = None     # nearly | approx | vague
    modifier: str | None = None      # earlier | later
    lean: int = 0                    # a yearless date in a past (-1) or future (+1) clause
    rule: tuple[Any, ...] = ()       # movable feast: ("easter", days) or ("nth", month, weekday, n[, days])
    parts: tuple["ParsedDate", ...] = ()  # range: (from, to); anchored/week_of: (offset or week, date)

    @property
    def has_year(self) -> bool:
        return self.year is not None

    @property
    def needs_now(self) -> bool:
        """Only the publication date can resolve it."""
        if self.kind in NOW_RELATIVE_KINDS:
            return True
        if self.kind in ("week", "nth_weekday"):
            return self.unit is not None or not self.has_year
        return self.kind in ("month", "part_year", "half", "quarter", "season", "movable") and not self.has_year

    @property
    def is_offset(self) -> bool:
        return self.kind in OFFSET_KINDS

    @property
    def relative(self) -> bool:
        if self.kind == "range":
            return any(p.relative for p in self.parts)
        if self.kind == "week_of":
            return self.parts[0].relative
        if self.kind == "week":
            return self.unit is not None or not self.has_year
        if self.kind in NOW_RELATIVE_KINDS or self.kind in OFFSET_KINDS or self.kind == "vague":
            return True
        return self.kind not in ("year", "year_range", "decade") and not self.has_year

    @property
    def granularity(self) -> str:
        if self.kind == "range":
            first = self.parts[0].granularity
            return {"year": "year_range", "weekday": "day"}.get(first, first)
        if self.kind == "this_period":
            if self.part:
                return {"year": "part_of_year", "month": "part_of_month"}.get(self.unit or "", "relative")
            if self.modifier:
                return "relative"
            return {"year": "year", "month": "month", "quarter": "quarter", "decade": "year_range"}.get(self.unit or "", "relative")
        return GRANULARITY_OF_KIND[self.kind]


# --------------------------------------------------------------------------- calendar helpers


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


# --------------------------------------------------------------------------- resolver


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
    if kind == "half":
        first = 1 if m.ordinal == 1 else 7
        return dt.date(year, first, 1), month_interval(year, first + 5)[1]
    if kind == "quarter":
        first = 3 * (m.ordinal - 1) + 1
        return dt.date(year, first, 1), month_interval(year, first + 2)[1]
    if kind == "season":
        first = SEASON_START_MONTH[m.season]
        return dt.date(year, first, 1), month_interval(*divmod_month(year, first + 2))[1]
    if kind == "year":
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    if kind == "movable":
        return (d := movable_feast(m.rule, year)), d
    return None


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
    """A lexicon rule made a date: ["easter", days after Easter] or
    ["nth", month, weekday, n (-1 = last), days after]."""
    if rule[0] == "easter":
        return easter_sunday(year) + dt.timedelta(days=rule[1])
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


WEEK_PARTS = {"begin": (0, 2), "mid": (1, 4), "end": (3, 6)}  # Mon-Wed, Tue-Fri, Thu-Sun


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
        if interval and m.part:
            return part_of(interval, m.part)
        if interval and m.modifier == "earlier":
            return interval[0], min(interval[1], now)
        if interval and m.modifier == "later":
            return max(interval[0], now), interval[1]
        return interval
    if kind in ("ago", "ahead"):
        moves = offset_amount(m)
        if moves is None:
            return None
        months, days = moves
        sign = -1 if kind == "ago" else 1
        return shift((now, now), months=sign * abs(months), days=sign * abs(days))
    if kind == "month_dir" or (m.direction and kind in ("season", "part_year", "month", "date")):
        return directed_occurrence(m, now)
    if kind in ("part_year", "half", "quarter"):
        return absolute_interval(m, now.year)
    return nearest_occurrence(m, now)


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


def nth_weekday_interval(m: ParsedDate, now: dt.date | None) -> Interval | None:
    """"the first Friday of July 2026", "le deuxième lundi du mois prochain", "second Sunday"
    (of now's month)."""
    if m.unit is not None:
        month = period_interval(m.unit, now, m.direction) if now else None
    elif m.month is not None and m.year:
        month = month_interval(m.year, m.month)
    elif m.month is not None:
        month = nearest_occurrence(ParsedDate(kind="month", month=m.month), now) if now else None
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
        month = ParsedDate(kind="month", year=m.year, month=m.month)
        container = month_interval(m.year, m.month) if m.year else (nearest_occurrence(month, now) if now else None)
    else:  # "week 12", "KW 12": of the year named, else of now's year
        year = m.year or (now.year if now else None)
        container = (dt.date(year, 1, 1), dt.date(year, 12, 31)) if year else None
    return nth_week(container, m.ordinal) if container and m.ordinal else None


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


# --------------------------------------------------------------------------- grammar


@dataclass
class Grammar:
    """One language's compiled patterns and word tables."""

    lang: str
    data: dict[str, Any]
    tables: dict[str, dict[str, Any]]
    patterns: list[tuple[str, re.Pattern[str]]]
    year_cue: re.Pattern[str]
    bare_cue: re.Pattern[str]
    generic_cue: re.Pattern[str] | None
    ambiguous: frozenset[str]
    not_dates: re.Pattern[str] | None
    year_followers: frozenset[str]
    numeric: list[tuple[str, re.Pattern[str]]] = field(default_factory=list)
    range_opener: re.Pattern[str] | None = None     # "from ", "entre " right before a range's first end
    range_joint: re.Pattern[str] | None = None      # the whole gap between two ends: " to ", " au ", " - "
    pair_joint: re.Pattern[str] | None = None       # " and ", " et ": a range only after a pair opener
    pair_opener: re.Pattern[str] | None = None      # "between ", "entre "
    week_of: re.Pattern[str] | None = None          # "the week of ", "la semaine du " before a date
    offset_link: re.Pattern[str] | None = None      # "le surlendemain du 12 mai": the gap after a day offset
    weekday_joint: re.Pattern[str] = re.compile(r"[\s,]+(?:the\s+)?$")
    bound_before: re.Pattern[str] | None = None     # "avant ", "until ", "seit ": an open interval's side
    bound_after: re.Pattern[str] | None = None      # " or later", " ou plus tard"
    weekly_directions: frozenset[str] = frozenset()  # English "next Friday": Friday of next week
    past_markers: re.Pattern[str] | None = None     # "had", "avait", "hatte": the clause tells the past
    future_markers: re.Pattern[str] | None = None   # "will", "devrait", "soll": the clause tells the future


def fold_key(word: str) -> str:
    """Lookup key: lower case, one apostrophe, single spaces."""
    return " ".join(word.replace("’", "'").lower().split())


def words_regex(words: Sequence[str]) -> str:
    """An alternation of `words`, longest first, apostrophes and spaces loose."""
    parts = []
    for word in sorted(set(words), key=len, reverse=True):
        escaped = re.escape(word.replace("’", "'")).replace("'", APOSTROPHES).replace(r"\ ", r"\s+")
        parts.append(escaped)
    return "(?:" + "|".join(parts) + ")" if parts else "(?!)"


TABLE_OF_PLACEHOLDER = {
    "MONTH": "months", "WEEKDAY": "weekdays", "NUM": "numbers", "UNIT": "units", "ORD": "ordinals",
    "PART": "parts", "SEASON": "seasons", "DIR": "directions", "ODIR": "offset_directions",
    "RELDAY": "relative_days", "DAYOFFSET": "day_offsets", "QUAL": "qualifiers", "MOD": "modifiers",
    "HOLIDAY": "holidays", "DAYW": "day_words", "MOVABLE": "movable_holidays",
}


def expand(template: str, data: dict[str, Any]) -> str:
    """Fill a pattern's placeholders; each becomes a named group (NUM2 -> num2)."""
    suffixes = words_regex(data.get("day_suffixes", []))

    def fill(match: re.Match[str]) -> str:
        name, index = match.group(1), match.group(2)
        group = name.lower() + index
        if name in ("DAY",):
            return rf"(?P<{group}>3[01]|[12]\d|0?[1-9])(?:{suffixes})?(?![\d])"
        if name == "YEAR":
            return rf"(?P<{group}>(?:1[89]|20|21)\d\d|(?<=[-–/])\d\d)(?![\d])"
        if name == "EVENT":
            return rf"(?:{words_regex(data.get('determiners', []))}\s*[^\W\d_]+)"
        table = TABLE_OF_PLACEHOLDER[name]
        alternation = words_regex(list(data.get(table, {})))
        if name == "NUM":
            alternation = rf"(?:\d{{1,3}}|{alternation})"
        return rf"(?P<{group}>{alternation})"

    body = PLACEHOLDER.sub(fill, template.replace("'", APOSTROPHES))
    return rf"(?<![\w])(?<![^\W\d_]-)(?:{body})(?![^\W_])"


NUMERIC_TEMPLATES = {
    "iso": r"(?<![\d/.\-])(?P<year>(?:19|20)\d\d)-(?P<month>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])(?![\d\-])",
    "dmy": r"(?<![\d/.\-])(?P<day>0?[1-9]|[12]\d|3[01])([./\-])(?P<month>0?[1-9]|1[0-2])\2(?P<year>(?:19|20)\d\d|\d\d)(?![\d/.\-]\d)",
    "mdy": r"(?<![\d/.\-])(?P<month>0?[1-9]|1[0-2])([./\-])(?P<day>0?[1-9]|[12]\d|3[01])\2(?P<year>(?:19|20)\d\d|\d\d)(?![\d/.\-]\d)",
    "ym": r"(?<![\d/.\-])(?P<year>(?:19|20)\d\d) ?[/\-] ?(?P<month>0?[1-9]|1[0-2])(?![\d/\-]| ?[/\-.] ?\d)",
    "my": r"(?<![\d/.\-])(?P<month>0?[1-9]|1[0-2]) ?[/\-] ?(?P<year>(?:19|20)\d\d)(?![\d/\-]|[.,]\d| ?[/\-] ?\d)",
    "ymd": r"(?<![\d/.\-])(?P<year>(?:19|20)\d\d)([/.])(?P<month>0?[1-9]|1[0-2])\2(?P<day>0?[1-9]|[12]\d|3[01])(?![\d/.\-]\d|\d)",
}
BARE_YEAR = re.compile(r"(?<![\w.,/\-$€£¥#°+])((?:19|20)\d\d|2100)(?![\w%€$£]|[.,/\-]\d|\s?%)")


@lru_cache(maxsize=None)
def grammar(lang: str) -> Grammar:
    """The compiled grammar of `lang`, built once per process."""
    data = lexicon(lang, "dates")
    tables = {name: {fold_key(k): v for k, v in data.get(name, {}).items()} for name in TABLE_OF_PLACEHOLDER.values()}
    patterns = [(p["kind"], re.compile(expand(p["regex"], data), re.IGNORECASE)) for p in data["patterns"]]
    year_cue = re.compile(r"(?<![\w])" + words_regex(data.get("year_cues", [])) + r"\s*$", re.IGNORECASE)
    bare_cue = re.compile(r"(?<![\w])" + words_regex(data.get("bare_cues", [])) + r"\s*$", re.IGNORECASE)
    generic = data.get("generic_relative_day_cues")
    generic_cue = re.compile(r"(?<![\w])" + words_regex(generic) + r"\s*$", re.IGNORECASE) if generic else None
    order = data.get("numeric_order", "dmy")
    other = "mdy" if order == "dmy" else "dmy"
    numeric = [("iso", re.compile(NUMERIC_TEMPLATES["iso"])), (order, re.compile(NUMERIC_TEMPLATES[order])),
               ("swapped", re.compile(NUMERIC_TEMPLATES[other])),
               ("ym", re.compile(NUMERIC_TEMPLATES["ym"])), ("my", re.compile(NUMERIC_TEMPLATES["my"])),
               ("ymd", re.compile(NUMERIC_TEMPLATES["ymd"]))]
    ambiguous = frozenset(fold_key(w) for w in data.get("ambiguous_words", []))
    phrases = data.get("not_dates")
    not_dates = re.compile(r"(?<![\w])" + words_regex(phrases) + r"(?![\w])", re.IGNORECASE) if phrases else None
    followers = frozenset(fold_key(w) for w in data.get("year_followers", []))
    ranges = data.get("ranges", {})
    return Grammar(lang, data, tables, patterns, year_cue, bare_cue, generic_cue, ambiguous, not_dates, followers, numeric,
                   range_opener=suffix_regex(ranges.get("openers")), range_joint=gap_regex(ranges.get("joints")),
                   pair_joint=gap_regex(ranges.get("pair_joints")), pair_opener=suffix_regex(ranges.get("pair_openers")),
                   week_of=suffix_regex(data.get("week_of")), offset_link=gap_regex(data.get("offset_links")),
                   weekday_joint=re.compile(r"[\s,]+(?:" + words_regex(data.get("weekday_joints", [])) + r"\s+)?$", re.IGNORECASE),
                   bound_before=bound_regex(data.get("bounds"), data.get("determiners", []), before=True),
                   bound_after=bound_regex(data.get("bounds_following"), [], before=False),
                   weekly_directions=frozenset(fold_key(w) for w in data.get("weekly_directions", [])),
                   past_markers=marker_regex(data.get("tense_markers", {}).get("past")),
                   future_markers=marker_regex(data.get("tense_markers", {}).get("future")))


def marker_regex(words: Sequence[str] | None) -> re.Pattern[str] | None:
    return re.compile(r"(?<![\w])" + words_regex(words) + r"(?![\w])", re.IGNORECASE) if words else None


LEANING_KINDS = ("month", "part_month", "season", "date", "date_range")
CLAUSE_END = re.compile(r"[.!?;\n]")


def tense_lean(g: Grammar, text: str, start: int, end: int) -> int:
    """-1 when the tense marker nearest a yearless date in its sentence is a past one, +1 a future one."""
    left = max(0, start - 150)
    stops = [m.end() for m in CLAUSE_END.finditer(text, left, start)]
    left = stops[-1] if stops else left
    right_stop = CLAUSE_END.search(text, end, min(len(text), end + 150))
    right = right_stop.start() if right_stop else min(len(text), end + 150)
    best: tuple[int, int] | None = None
    for pattern, lean in ((g.past_markers, -1), (g.future_markers, 1)):
        if pattern is None:
            continue
        for found in pattern.finditer(text, left, right):
            if start <= found.start() < end:
                continue
            distance = start - found.end() if found.end() <= start else found.start() - end
            if best is None or distance < best[0]:
                best = (distance, lean)
    return best[1] if best else 0


def bound_regex(bounds: dict[str, list[str]] | None, determiners: Sequence[str], before: bool) -> re.Pattern[str] | None:
    """One named group per bound ("before", "until", "after", "since"): words right
    before a mention (an optional determiner between) or right after it."""
    if not bounds:
        return None
    groups = "|".join(f"(?P<{name}>{words_regex(words)})" for name, words in sorted(bounds.items()) if words)
    if before:
        return re.compile(rf"(?<![\w])(?:{groups})\s*(?:{words_regex(determiners)}\s*)?$", re.IGNORECASE)
    return re.compile(rf"^\s*,?\s*(?:{groups})(?![\w])", re.IGNORECASE)


def bound_of(g: Grammar, text: str, start: int, end: int) -> str | None:
    """The open side a mention's neighbours give it: "avant 2018" is before, "2012 or later" since."""
    if g.bound_before is not None:
        found = g.bound_before.search(text, max(0, start - 40), start)
        if found:
            return found.lastgroup
    if g.bound_after is not None:
        found = g.bound_after.match(text[end:end + 30])
        if found:
            return found.lastgroup
    return None


def suffix_regex(words: Sequence[str] | None) -> re.Pattern[str] | None:
    """Matches when a text slice ends with one of `words` (and spaces)."""
    return re.compile(r"(?<![\w])" + words_regex(words) + r"\s*$", re.IGNORECASE) if words else None


def gap_regex(words: Sequence[str] | None) -> re.Pattern[str] | None:
    """Matches a whole gap made of one of `words` with optional spaces around."""
    return re.compile(r"\s*" + words_regex(words) + r"\s*", re.IGNORECASE) if words else None


# --------------------------------------------------------------------------- candidates


@dataclass
class Candidate:
    start: int
    end: int
    parsed: ParsedDate


def lookup(g: Grammar, table: str, text: str | None) -> Any:
    return None if text is None else g.tables[table].get(fold_key(text))


def parse_number(g: Grammar, text: str | None) -> int | None:
    if text is None:
        return None
    return int(text) if text.isdigit() else lookup(g, "numbers", text)


def parse_ordinal(g: Grammar, text: str | None) -> int | None:
    if text is None:
        return None
    return int(text) if text.isdigit() else lookup(g, "ordinals", text)


def full_year(text: str | None, other: int | None = None) -> int | None:
    """A year from its digits; two-digit years take the century of `other` (ranges) or 19xx/20xx."""
    if text is None:
        return None
    value = int(text)
    if len(text) == 2:
        if other is not None:
            return other // 100 * 100 + value
        return 2000 + value if value < 50 else 1900 + value
    return value


def parse_match(g: Grammar, kind: str, match: re.Match[str]) -> ParsedDate | None:
    """Turn a pattern match into a ParsedDate, or None when its values make no sense."""
    groups = {k: v for k, v in match.groupdict().items() if v is not None}
    year = full_year(groups.get("year"))
    year2 = full_year(groups.get("year2"), year)
    if kind == "year_range" and len(groups.get("year", "")) == 2:
        return None
    if kind == "year_range" and year2 is not None and len(groups.get("year2", "")) == 2 and year2 - year > 10:
        return None
    if kind == "decade":
        year = int(groups["decade"])
        year += 1900 if year < 100 else 0
    amount = parse_number(g, groups.get("num"))
    if kind == "vague":
        amount = None
    direction = lookup(g, "directions", groups.get("dir")) or lookup(g, "offset_directions", groups.get("odir")) or 0
    unit = lookup(g, "units", groups.get("unit"))
    if "after_next" in groups:  # "the week after next", "übernächste Woche"
        direction = 2
    qualifier = lookup(g, "qualifiers", groups.get("qual"))
    if kind == "relday":
        amount = lookup(g, "relative_days", groups["relday"])
    elif kind == "dayoffset":
        amount = lookup(g, "day_offsets", groups["dayoffset"])
    elif kind == "offset" and "num" not in groups:
        amount = 1
    elif kind == "offset" and "odir" not in groups:
        direction = 1
    if kind in ("ago", "ahead") and amount is None:
        kind = "vague"
    month = lookup(g, "months", groups.get("month"))
    day = int(groups["day"]) if "day" in groups else lookup(g, "day_words", groups.get("dayw"))
    ordinal = parse_ordinal(g, groups.get("ord"))
    if "last" in groups:
        ordinal = -1
    if kind == "weekday" and ("unit" in groups or "this" in groups or ("dir" in groups and not direction)
                              or fold_key(groups.get("dir", "")) in g.weekly_directions):
        unit = "week"  # "this Friday", "Friday of next week", English "next Friday": a day of a given week
    if "holiday" in groups:
        month, day = lookup(g, "holidays", groups["holiday"])
    rule = tuple(lookup(g, "movable_holidays", groups.get("movable")) or ())
    extra = tuple((parse_number(g, groups[f"num{i}"]), lookup(g, "units", groups[f"unit{i}"]))
                  for i in (2, 3) if f"num{i}" in groups and f"unit{i}" in groups)
    if any(amount is None or unit is None for amount, unit in extra):
        return None
    if kind == "month_range":
        months = (month, lookup(g, "months", groups.get("month2")))
        ends = tuple(ParsedDate(kind="month", month=m, year=year if i else None) for i, m in enumerate(months))
        return ParsedDate(kind="range", parts=ends) if None not in months else None
    parsed = ParsedDate(
        kind=kind, year=year, year2=year2, month=month, day=day,
        day2=int(groups["day2"]) if "day2" in groups else lookup(g, "day_words", groups.get("dayw2")),
        weekday=lookup(g, "weekdays", groups.get("weekday")),
        part=lookup(g, "parts", groups.get("part")),
        ordinal=ordinal,
        season=lookup(g, "seasons", groups.get("season")),
        direction=direction, amount=amount, unit=unit, qualifier=qualifier,
        modifier=lookup(g, "modifiers", groups.get("mod")), rule=rule, extra=extra,
    )
    return parsed if plausible(parsed) else None


def plausible(p: ParsedDate) -> bool:
    """Values a calendar can hold."""
    if p.year is not None and not YEAR_MIN - 100 <= p.year <= YEAR_MAX + 50:
        return False
    if p.kind == "year_range" and (p.year2 is None or not 0 < p.year2 - p.year <= (50 if p.year2 >= 1000 else 10)):
        return False
    if p.kind == "date" and p.day is None:
        return False
    if p.kind in ("date", "numeric", "date_range") and p.month and p.day:
        limit = calendar.monthrange(p.year or 2024, p.month)[1]
        if p.day > limit or (p.day2 is not None and not p.day < p.day2 <= limit):
            return False
    if p.kind == "movable" and len(p.rule) < 2:
        return False
    if p.kind == "half" and p.ordinal not in (1, 2):
        return False
    if p.kind == "quarter" and p.ordinal not in (1, 2, 3, 4):
        return False
    if p.kind in ("offset", "ago", "ahead") and p.unit is None:
        return False
    if p.kind == "this_period" and p.unit not in ("day", "week", "weekend", "month", "quarter", "year", "decade"):
        return False
    if p.kind == "days_of_month" and (p.unit != "month" or p.day is None or (p.day2 is not None and not p.day < p.day2 <= 31)):
        return False
    if p.kind in ("weekday_day", "day_of_month") and (p.day is None or not 1 <= p.day <= 31
                                                      or (p.kind == "weekday_day" and p.weekday is None)):
        return False
    if p.kind == "nth_weekday" and (p.weekday is None or p.ordinal not in (-1, 1, 2, 3, 4, 5) or p.unit not in (None, "month")):
        return False
    if p.kind == "weekday" and p.unit not in (None, "week"):
        return False
    if p.kind == "week" and (p.unit not in (None, "month", "year") or p.ordinal is None or not -1 <= p.ordinal <= 53
                             or p.ordinal == 0 or (p.ordinal > 5 and (p.month is not None or p.unit == "month"))):
        return False
    if p.kind == "this_period" and p.part and p.unit not in ("week", "month", "year"):
        return False
    return True


def sentence_start(text: str, start: int) -> bool:
    """True when only spaces, quotes or a line break separate `start` from a sentence end."""
    before = text[max(0, start - 4):start].rstrip(" \t«“\"'(")
    return not before or before[-1] in ".!?:\n"


def context_ok(g: Grammar, text: str, match: re.Match[str], parsed: ParsedDate) -> bool:
    """Reject names used as ordinary words ("may", "Mars", "a été") and generic "de demain"."""
    groups = match.groupdict()
    capitalized = g.data.get("capitalized_names", False)
    if parsed.kind == "range":  # "Jan-Feb 2017": the pattern itself is the context
        return not capitalized or all(groups[k][0].isupper() or fold_key(groups[k]) not in g.ambiguous
                                      for k in ("month", "month2"))
    for key in ("month", "weekday", "season"):
        word = groups.get(key)
        if word is None:
            continue
        begin = match.start(key)
        ambiguous = fold_key(word) in g.ambiguous
        alone = parsed.year is None and parsed.day is None and not parsed.direction and parsed.part is None
        spelled_day = groups.get("dayw") is not None and parsed.year is None  # "may one day": not May 1
        if capitalized and ambiguous and spelled_day and not word[0].isupper():
            return False
        if capitalized and ambiguous and alone and key != "season" and not word[0].isupper():
            return False
        if ambiguous and alone:
            if match.start() < begin:  # the pattern itself brought a cue ("l'été", "cet été")
                continue
            if not g.bare_cue.search(text[max(0, begin - 25):begin]):
                return False
            if not capitalized and word[0].isupper() and not sentence_start(text, begin):
                return False
    if parsed.kind == "relday" and g.generic_cue is not None:
        if g.generic_cue.search(text[max(0, match.start() - 6):match.start()]):
            return False
    return True


def pattern_candidates(g: Grammar, text: str) -> list[Candidate]:
    found = []
    for kind, pattern in g.patterns:
        for match in pattern.finditer(text):
            parsed = parse_match(g, kind, match)
            if parsed is not None and context_ok(g, text, match, parsed):
                found.append(Candidate(match.start(), match.end(), parsed))
    return found


def numeric_candidates(g: Grammar, text: str) -> list[Candidate]:
    found = []
    for kind, pattern in g.numeric:
        for match in pattern.finditer(text):
            year = full_year(match.group("year"))
            month = int(match.group("month"))
            if kind in ("ym", "my"):
                parsed = ParsedDate(kind="month", year=year, month=month)
            elif kind == "swapped" and int(match.group("day")) <= 12:
                continue  # the lexicon's order reads it: only "21/04/2016" falls back to the other order
            else:
                parsed = ParsedDate(kind="numeric", year=year, month=month, day=int(match.group("day")))
            if plausible(parsed):
                found.append(Candidate(match.start(), match.end(), parsed))
    return found


def bare_year_candidates(g: Grammar, text: str) -> list[Candidate]:
    """Four-digit years used as years, not amounts or counts."""
    found = []
    for match in BARE_YEAR.finditer(text):
        year = int(match.group(1))
        if not YEAR_MIN <= year <= YEAR_MAX:
            continue
        before = text[max(0, match.start() - 30):match.start()]
        if re.search(r"\d[\s\u00a0\u202f]?$", before):
            continue  # "1 2026", a thousands group
        cued = bool(g.year_cue.search(before))
        next_word = re.match(r"[\s\u00a0]*([^\W\d_][\w'’]*)", text[match.end():match.end() + 25])
        follows_word = bool(next_word) and (next_word.group(1)[0].islower() or g.data.get("capitalized_nouns", False)) \
            and fold_key(next_word.group(1)) not in g.year_followers
        if cued or not follows_word:
            found.append(Candidate(match.start(), match.end(), ParsedDate(kind="year", year=year)))
    return found


def overlaps_sorted(start: int, end: int, spans: Sequence[CharSpan]) -> bool:
    """`inside_any` for sorted, disjoint spans (a regex's matches), by bisection: the blocked phrases of a
    long text are many, and testing each candidate against all of them would be quadratic."""
    k = bisect.bisect_left(spans, (end,))  # the spans starting before `end`...
    return k > 0 and spans[k - 1][1] > start  # ...overlap when the last of them ends after `start`


def select_longest(candidates: list[Candidate]) -> list[Candidate]:
    """Non-overlapping candidates, longest first, earliest on ties (neighbours checked by bisection)."""
    starts: list[int] = []
    chosen: list[Candidate] = []  # kept sorted by start, pairwise disjoint
    for cand in sorted(candidates, key=lambda c: (-(c.end - c.start), c.start)):
        index = bisect.bisect_left(starts, cand.start)
        if index < len(chosen) and chosen[index].start < cand.end:
            continue
        if index > 0 and chosen[index - 1].end > cand.start:
            continue
        starts.insert(index, cand.start)
        chosen.insert(index, cand)
    return chosen


def compose(g: Grammar, text: str, chosen: list[Candidate]) -> list[Candidate]:
    """Join neighbouring candidates that name one thing: "from March to May 2026",
    "entre el 3 y el 12 de marzo" (a range); "Friday 5/12" (the date); "3 days after
    January 12" (an offset from that date); "the week of March 3" (its week).
    One pass over the sorted, disjoint candidates: linear."""
    out: list[Candidate] = []
    index = 0
    while index < len(chosen):
        cand = chosen[index]
        nxt = chosen[index + 1] if index + 1 < len(chosen) else None
        gap = text[cand.end:nxt.start] if nxt else ""
        if nxt and len(gap) <= 20:
            joined = join_pair(g, text, cand, nxt, gap)
            if joined is not None:
                out.append(joined)
                index += 2
                continue
        out.append(week_of_date(g, text, cand) or cand)
        index += 1
    return out


def join_pair(g: Grammar, text: str, first: Candidate, second: Candidate, gap: str) -> Candidate | None:
    a, b = first.parsed, second.parsed
    before = text[max(0, first.start - 20):first.start]
    if a.kind == "weekday" and not a.direction and b.kind in ("date", "numeric") and b.day and g.weekday_joint.fullmatch(gap):
        return Candidate(first.start, second.end, b)
    linked = not gap.strip() or (g.offset_link is not None and g.offset_link.fullmatch(gap) is not None)
    offset = (a.kind == "offset" and a.amount and a.direction) or a.kind == "dayoffset"
    if offset and linked and b.kind in RANGE_END_KINDS:
        return Candidate(first.start, second.end, ParsedDate(kind="anchored", parts=(a, b)))
    if a.kind not in RANGE_END_KINDS or b.kind not in RANGE_END_KINDS:
        return None
    opener = None
    if g.range_joint is not None and g.range_joint.fullmatch(gap):
        opener = g.range_opener.search(before) if g.range_opener is not None else None
    elif g.pair_joint is not None and g.pair_joint.fullmatch(gap) and g.pair_opener is not None:
        opener = g.pair_opener.search(before)
        if opener is None:
            return None
    else:
        return None
    if b.kind == "relday" and a.kind == "relday":
        return None
    start = first.start - len(before) + opener.start() if opener else first.start
    return Candidate(start, second.end, ParsedDate(kind="range", parts=(a, b)))


def week_of_date(g: Grammar, text: str, cand: Candidate) -> Candidate | None:
    """"the week of March 3", "la semaine du 3 mars": that date's Monday-Sunday week."""
    if g.week_of is None or cand.parsed.kind not in ("date", "numeric") or not cand.parsed.day:
        return None
    before = text[max(0, cand.start - 30):cand.start]
    found = g.week_of.search(before)
    if found is None:
        return None
    return Candidate(cand.start - len(before) + found.start(), cand.end, ParsedDate(kind="week_of", parts=(cand.parsed,)))


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Span without surrounding spaces or a trailing comma."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return start, end


# --------------------------------------------------------------------------- anchoring


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
    if parsed.kind in ("date", "date_range", "part_month") and not parsed.has_year:
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


# --------------------------------------------------------------------------- public API


def extract_dates(text: str, lang: str, *, anchor: dt.date | None = None, skip: Sequence[CharSpan] = (),
                  sentences: Sequence[CharSpan] | None = None) -> list[DateMention]:
    """Every calendar expression in `text`, resolved; sorted by start.

    `anchor` is the publication date (dateline, metadata, --anchor-date);
    relative mentions that need "now" stay null without it. Mentions
    overlapping `skip` (boilerplate) are dropped. `sentences` is accepted for
    the component interface; sentence starts are detected from the text.
    """
    g = grammar(lang)
    candidates = pattern_candidates(g, text) + numeric_candidates(g, text) + bare_year_candidates(g, text)
    if g.not_dates is not None:
        blocked = [m.span() for m in g.not_dates.finditer(text)]
        candidates = [c for c in candidates if not overlaps_sorted(c.start, c.end, blocked)]
    history: list[Resolved] = []
    mentions: list[DateMention] = []
    for cand in compose(g, text, select_longest(candidates)):
        start, end = trim(text, cand.start, cand.end)
        if start >= end or inside_any(start, end, skip):
            continue
        parsed = cand.parsed
        bound = None if parsed.kind == "range" else bound_of(g, text, start, end)
        if parsed.kind in LEANING_KINDS and not parsed.has_year and not parsed.direction:
            parsed = dataclasses.replace(parsed, lean=1 if bound in ("until", "before") else tense_lean(g, text, start, end))
        if bound == "until" and parsed.kind == "weekday" and parsed.direction == 0 and parsed.unit is None:
            parsed = dataclasses.replace(parsed, direction=1)  # "by Friday", "bis Freitag": the coming one
        if parsed.kind in COMPOSED_KINDS:
            base, interval = resolve_composed(parsed, anchor, history)
            begin, finish = interval if interval else (None, None)
        else:
            base = choose_anchor(parsed, anchor, history)
            begin, finish = resolve(parsed, base)
        interval = (begin, finish) if begin and finish else None
        history.append(Resolved(parsed, parsed.granularity, interval))
        mentions.append(DateMention(
            text=text[start:end], start=start, end=end, granularity=parsed.granularity,
            start_date=begin.isoformat() if begin else None, end_date=finish.isoformat() if finish else None,
            relative=parsed.relative, anchor=iso_interval(base) if interval and parsed.relative else None,
            bound=bound,
        ))
    return mentions


DATELINE_PLACE = re.compile(r"[ \t]*[A-ZÀ-ÖØ-Þ][\w.'’\- ]{1,30},[ \t]*(?:(?:le|el|den|am|on)[ \t]+)?")  # "Berlin, 18. ..."


def find_publication_date(text: str, lang: str) -> dt.date | None:
    """A dateline or "Publié le ..." near the top: the first full date on a short or cued line,
    or one right after a place that opens a line ("Berlin, 18. September 2025. Die ...")."""
    head = text[:800]
    cues = grammar(lang).data.get("publication_cues", [])
    cue = re.compile(words_regex(cues) + r"\s*:?\s*$", re.IGNORECASE) if cues else None
    for mention in extract_dates(head, lang):
        if mention.granularity != "day" or mention.relative or not mention.start_date:
            continue
        line_start = head.rfind("\n", 0, mention.start) + 1
        line_end = head.find("\n", mention.end)
        line = head[line_start:line_end if line_end >= 0 else len(head)]
        prefix = head[line_start:mention.start]
        if (len(line) <= 80 or (cue and cue.search(prefix)) or DATELINE_PLACE.fullmatch(prefix)
                or re.search(r"\(\w+\)|—|–| - ", head[mention.end:mention.end + 12])):
            return dt.date.fromisoformat(mention.start_date)
    return None


class DatesComponent:
    """spaCy component: writes `doc._.newsx_dates`."""

    def __init__(self, nlp: Language, name: str = "newsx_dates") -> None:
        self.lang = nlp.lang
        self.name = name

    def __call__(self, doc):
        doc._.newsx_dates = extract_dates(doc_text(doc), self.lang, anchor=doc._.newsx_anchor, skip=skip_spans(doc))
        return doc


declare_extensions("newsx_dates")


@Language.factory("newsx_dates", assigns=["doc._.newsx_dates"])
def make_dates_component(nlp: Language, name: str) -> DatesComponent:
    return DatesComponent(nlp, name)
