"""Date candidates in a text: pattern matches read as ParsedDates, filtered, chosen and composed.

Finding. Every pattern of the language's grammar, the numeric formats and the
bare years yield candidates (`pattern_candidates`, `numeric_candidates`,
`bare_year_candidates`); values a calendar cannot hold are dropped
(`plausible`). Words that double as ordinary words ("mars", "mai", "May",
"March", "été") count only next to a day, a year or a cue word; in English and
German month and weekday names must be capitalised (`context_ok`). A bare year
counts when a cue precedes it ("en 2015", "in 2024"), or when it is not
followed by a lowercase word ("Perspectives 2026", "2026.") and is no amount
("2026 dollars"). Overlapping candidates: the longest wins (`select_longest`).

Composing (`compose`, one linear pass over the chosen candidates): two
neighbours joined by a lexicon range joint ("to", "au", "al", "bis", "-", or
"and"/"et"/"y"/"und" after "between"/"entre"/"zwischen") are ONE range. A
weekday before a full date is dropped into it ("Friday 5/12/2026"); an offset
or a day offset before a date is anchored on that date ("16 days after January
12", "le surlendemain du 12 mai"); "the week of March 3" / "la semaine du 3
mars" becomes a week_of mention. What these resolve to is `date_anchor`'s.

Context of a mention. One right after "avant", "before", "until", "bis",
"después de", "since", "depuis", "seit", "a partir de"... or right before "or
later", "ou plus tard" gets a `bound` (before | until | after | since, the
lexicon's `bounds` and `bounds_following`: `bound_of`): it is one side of an
open interval, and its own interval is left as it is. A yearless month or day
leans with the tense word of its clause nearest it (`tense_lean`, the
lexicon's `tense_markers`): "hatte im März investiert" leans to the past,
"will close in March" to the future; a pattern's `future` group ("in two
years") counts only in a clause that leans to the future.
"""

from __future__ import annotations

import bisect
import calendar
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from pipeline.extract import CharSpan
from pipeline.extract.date_calendar import YEAR_MAX, YEAR_MIN
from pipeline.extract.date_grammar import BARE_YEAR, Grammar, fold_key
from pipeline.extract.date_parsed import RANGE_END_KINDS, ParsedDate


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


def read_count(g: Grammar, kind: str, groups: dict[str, str]) -> tuple[str, int | None, int, str | None]:
    """The kind, amount, direction and qualifier a match counts with: "three weeks later",
    "the week after next", "within the next 3 years", "hier"; a count with no number is vague."""
    amount = parse_number(g, groups.get("num"))
    if kind == "vague":
        amount = None
    direction = (lookup(g, "directions", groups.get("dir")) or lookup(g, "offset_directions", groups.get("odir"))
                 or lookup(g, "window_directions", groups.get("wdir")) or 0)
    if "after_next" in groups:  # "the week after next", "übernächste Woche"
        direction = 2
    qualifier = lookup(g, "qualifiers", groups.get("qual"))
    if kind == "window" and "within" in groups:  # "within the next 3 years", "innerhalb von 3 Monaten": from now on
        qualifier, direction = "within", direction or 1
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
    return kind, amount, direction, qualifier


def modifier_of(g: Grammar, groups: dict[str, str]) -> str | None:
    """"earlier this year" / "later this month" from the lexicon's modifiers; "the rest of the year"
    (group `rest`) is its later part, "year to date", "so far this year" (group `sofar`) its earlier part."""
    if "rest" in groups:
        return "later"
    if "sofar" in groups:
        return "earlier"
    return lookup(g, "modifiers", groups.get("mod"))


def parse_match(g: Grammar, kind: str, match: re.Match[str]) -> ParsedDate | None:
    """Turn a pattern match into a ParsedDate, or None when its values make no sense."""
    groups = {k: v for k, v in match.groupdict().items() if v is not None}
    year = full_year(groups.get("year"))
    year2 = full_year(groups.get("year2"), year)
    if kind == "year_range" and len(groups.get("year", "")) == 2:
        return None
    if kind == "year_range" and year2 is not None and len(groups.get("year2", "")) == 2 and year2 - year > 10:
        return None
    if kind == "decade":  # "the 1990s", "the '90s", "the nineties", "les années soixante-dix"
        year = int(groups["decade"]) if "decade" in groups else lookup(g, "decade_words", groups.get("decw"))
        if year is None:
            return None
        year += 1900 if year < 100 else 0
    kind, amount, direction, qualifier = read_count(g, kind, groups)
    unit = lookup(g, "units", groups.get("unit"))
    month = lookup(g, "months", groups.get("month"))
    day = int(groups["day"]) if "day" in groups else lookup(g, "day_words", groups.get("dayw"))
    ordinal = parse_ordinal(g, groups.get("ord"))
    if "last" in groups:
        ordinal = -1
    if "edge" in groups:  # "the first nine months", "les trois derniers mois": +1 first, -1 last
        ordinal = lookup(g, "edges", groups["edge"])
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
        modifier=modifier_of(g, groups),
        rule=rule, extra=extra, container=lookup(g, "units", groups.get("unit2")) if kind == "edge" else None,
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
    if p.kind == "window" and (p.unit is None or not p.direction):
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
    if p.kind in ("month", "date", "part_month", "season", "movable") and p.unit not in (None, "year"):
        return False
    if p.kind == "weekday" and p.unit not in (None, "week"):
        return False
    if p.kind == "week" and (p.unit not in (None, "month", "year") or p.ordinal is None or not -1 <= p.ordinal <= 53
                             or p.ordinal == 0 or (p.ordinal > 5 and (p.month is not None or p.unit == "month"))):
        return False
    if p.kind == "this_period" and p.part and p.unit not in ("week", "month", "year"):
        return False
    return p.kind != "edge" or plausible_edge(p)


def plausible_edge(p: ParsedDate) -> bool:
    """"the first nine months of 2024", "les dix premiers jours de mars": units smaller than the period named."""
    monthly = p.month is not None or p.container == "month"
    units = ("day", "week") if monthly else ("day", "week", "month", "quarter")
    named = p.year is not None or p.month is not None or p.container is not None
    return named and p.ordinal in (1, -1) and bool(p.amount) and p.unit in units and p.container in (None, "year", "month")


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
        alone = (parsed.year is None and parsed.day is None and parsed.part is None  # "may next year": still the verb
                 and (not parsed.direction or parsed.unit == "year"))
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
            if match.groupdict().get("future") and tense_lean(g, text, match.start(), match.end()) <= 0:
                continue  # "will open in two years" is a date, "doubled in two years" a duration
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
    return found + day_month_candidates(g, text)


def day_month_candidates(g: Grammar, text: str) -> list[Candidate]:
    """Yearless "el 22/04", "am 28.10.", "on 4/22": a date when a cue word precedes it."""
    found = []
    if g.day_month_cue is None:
        return found
    for pattern in g.day_month:
        for match in pattern.finditer(text):
            if not g.day_month_cue.search(text[max(0, match.start() - 25):match.start()]):
                continue
            parsed = ParsedDate(kind="date", month=int(match.group("month")), day=int(match.group("day")))
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


# --------------------------------------------------------------------------- context of a mention


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
