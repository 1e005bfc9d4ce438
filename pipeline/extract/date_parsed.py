"""`ParsedDate`: what a date candidate says before any anchor, and the kinds it can be.

The finding side (`date_grammar`, `date_candidates`) turns text into
ParsedDates; the resolving side (`date_resolve`, `date_anchor`) turns them into
intervals. This module is the contract between the two and imports neither.
A kind is a lexicon pattern's `kind` (date, date_range, month, month_dir,
month_range, part_month, part_year, half, quarter, season, year, year_range,
decade, weekday, weekday_day, day_of_month, days_of_month, nth_weekday, week,
relday, this_period, offset, dayoffset, ago, ahead, window, vague, movable, edge), one read
from digits (numeric, month, year), or one made by joining neighbours (range,
anchored, week_of). The sets below say which kinds need the publication date,
which are offsets, which a range may join or lend a year to, and the
granularity each is reported with.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

# Kinds whose meaning depends on the publication date ("now").
NOW_RELATIVE_KINDS = {"weekday", "relday", "this_period", "ago", "ahead", "month_dir", "days_of_month", "weekday_day",
                      "day_of_month", "window"}
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
    "offset": "relative", "dayoffset": "relative", "vague": "relative", "window": "relative",
    "movable": "day", "nth_weekday": "day", "edge": "part_of_year", "week": "part_of_month", "week_of": "part_of_month", "anchored": "relative", "days_of_month": "day", "weekday_day": "day", "day_of_month": "day",
}


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
    qualifier: str | None = None     # nearly | approx | vague | within (a window that starts now)
    modifier: str | None = None      # earlier | later
    lean: int = 0                    # a yearless date in a past (-1) or future (+1) clause
    rule: tuple[Any, ...] = ()       # movable feast: ("easter", days) or ("nth", month, weekday, n[, days])
    parts: tuple["ParsedDate", ...] = ()  # range: (from, to); anchored/week_of: (offset or week, date)
    container: str | None = None     # edge: the period of now holding the units ("of next year"): year | month

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
        if self.kind == "edge":
            return self.container is not None or not self.has_year
        if self.kind in ("date", "part_month") and self.unit == "year":  # "3 March last year"
            return True
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
        if self.kind == "edge":
            return self.needs_now
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
        if self.kind == "edge":  # "the first ten days of March": part of a month; "the first nine months": of a year
            return "part_of_month" if self.month is not None or self.container == "month" else "part_of_year"
        if self.kind in ("quarter", "half") and self.part:  # "end of Q1": a month; "late in the first half": two
            return "month" if self.kind == "quarter" else "part_of_year"
        return GRANULARITY_OF_KIND[self.kind]
