"""Each language's date grammar, compiled once from `models/lexicons/<lang>/dates.json`.

The lexicon holds word tables (months, weekdays, parts of a period, seasons,
ordinals, small numbers, units, directions, window directions ("derniers",
"próximos": the side of now a "last/next N units" window lies on), relative
words, qualifiers, holidays, movable feasts, decades in words, edges: "first",
"premiers", "letzten", the side of a period its first or last N units lie on)
and a list of patterns: regexes with `{PLACEHOLDERS}`
that the tables fill (`expand`: each becomes a named group, longest word
first, apostrophes and spaces loose), each tagged with the kind of date it
reads (see `date_parsed`). Beside the patterns it lists the cue words that let
a bare year or an ambiguous name count, the `not_dates` phrases that block
candidates ("hoy en día", "d'aujourd'hui"), range openers and joints, "the
week of", day-offset links, bounds ("avant", "until", "or later") and tense
markers; each becomes one regex here. Numeric dates (ISO, y/m/d, d/m/y or
m/d/y as the lexicon's `numeric_order` says, m/yyyy, yyyy-mm) and bare
four-digit years are language-independent and built here too; a yearless
"22/04" or "28.10." counts only after one of the lexicon's `day_month_cues`
("el", "le", "am", "on"), with its `day_month_separators`.

`grammar(lang)` compiles all of it once per process: the regexes are many and
every article in that language reuses them. Reading a text with them is
`date_candidates`' job.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from pipeline.extract.regex_guard import compile_guarded

from pipeline.keys import fold_key  # noqa: F401  (re-exported for the date modules)
from pipeline.resources import lexicon

APOSTROPHES = "['’]"
PLACEHOLDER = re.compile(r"\{([A-Z]+)(\d?)\}")


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
    day_month: list[re.Pattern[str]] = field(default_factory=list)  # yearless "22/04", "28.10.": only after a cue
    day_month_cue: re.Pattern[str] | None = None    # "el ", "le ", "am ", "on " right before a yearless d/m


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
    "HOLIDAY": "holidays", "DAYW": "day_words", "MOVABLE": "movable_holidays", "WDIR": "window_directions",
    "DECW": "decade_words", "EDGE": "edges",
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
BARE_YEAR = compile_guarded(r"(?<![\w.,/\-$€£¥#°+])((?:19|20)\d\d|2100)(?![\w%€$£]|[.,/\-]\d|\s?%)")


@lru_cache(maxsize=None)
def grammar(lang: str) -> Grammar:
    """The compiled grammar of `lang`, built once per process."""
    data = lexicon(lang, "dates")
    tables = {name: {fold_key(k): v for k, v in data.get(name, {}).items()} for name in TABLE_OF_PLACEHOLDER.values()}
    # the scanning regexes (run over the whole text) carry a first-character guard: same matches, sooner
    patterns = [(p["kind"], compile_guarded(expand(p["regex"], data), re.IGNORECASE)) for p in data["patterns"]]
    year_cue = re.compile(r"(?<![\w])" + words_regex(data.get("year_cues", [])) + r"\s*$", re.IGNORECASE)
    bare_cue = re.compile(r"(?<![\w])" + words_regex(data.get("bare_cues", [])) + r"\s*$", re.IGNORECASE)
    generic = data.get("generic_relative_day_cues")
    generic_cue = re.compile(r"(?<![\w])" + words_regex(generic) + r"\s*$", re.IGNORECASE) if generic else None
    order = data.get("numeric_order", "dmy")
    other = "mdy" if order == "dmy" else "dmy"
    numeric = [(kind, compile_guarded(NUMERIC_TEMPLATES[template])) for kind, template in
               (("iso", "iso"), (order, order), ("swapped", other), ("ym", "ym"), ("my", "my"), ("ymd", "ymd"))]
    ambiguous = frozenset(fold_key(w) for w in data.get("ambiguous_words", []))
    phrases = data.get("not_dates")
    not_dates = compile_guarded(r"(?<![\w])" + words_regex(phrases) + r"(?![\w])", re.IGNORECASE) if phrases else None
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
                   future_markers=marker_regex(data.get("tense_markers", {}).get("future"),
                                               data.get("tense_markers", {}).get("future_endings", ())),
                   day_month=day_month_regexes(data.get("day_month_separators", []), order),
                   day_month_cue=suffix_regex(data.get("day_month_cues")))


def day_month_regexes(separators: Sequence[str], order: str) -> list[re.Pattern[str]]:
    """Yearless numeric dates in the language's order, one regex per separator ("22/04", "4/22", "28.10."
    with its closing dot); a fraction, a score or a decimal is told apart by the cue before it, not here."""
    day, month = r"(?P<day>3[01]|[12]\d|0?[1-9])", r"(?P<month>1[0-2]|0?[1-9])"
    found = []
    for sep in separators:
        first, second = (month, day) if order == "mdy" else (day, month)
        closing = r"(?:\.(?!\d))?" if sep == "." else ""
        shape = r"(?=\d\d(?!\d)|\d\.(?!\d))" if sep == "." else ""  # "28.10", "28.1.", never the decimal "2.5"
        body = rf"{first}{re.escape(sep)}{shape}{second}{closing}"
        found.append(compile_guarded(rf"(?<![\w/.\-,]){body}(?![\w/\-%]|[.,:]\d|\s?%)"))
    return found


def marker_regex(words: Sequence[str] | None, endings: Sequence[str] = ()) -> re.Pattern[str] | None:
    """Any of `words`, or a word ending in one of `endings` (Spanish "-rá",
    "-rán": a synthetic future)."""
    if not words:
        return None
    ending = rf"|[^\W\d_]+{words_regex(endings)}" if endings else ""
    return re.compile(r"(?<![\w])(?:" + words_regex(words) + ending + r")(?![\w])", re.IGNORECASE)


def bound_regex(bounds: dict[str, list[str]] | None, determiners: Sequence[str], before: bool) -> re.Pattern[str] | None:
    """One named group per bound ("before", "until", "after", "since"): words right
    before a mention (an optional determiner between) or right after it."""
    if not bounds:
        return None
    groups = "|".join(f"(?P<{name}>{words_regex(words)})" for name, words in sorted(bounds.items()) if words)
    if before:
        return re.compile(rf"(?<![\w])(?:{groups})\s*(?:{words_regex(determiners)}\s*)?$", re.IGNORECASE)
    return re.compile(rf"^\s*,?\s*(?:{groups})(?![\w])", re.IGNORECASE)


def suffix_regex(words: Sequence[str] | None) -> re.Pattern[str] | None:
    """Matches when a text slice ends with one of `words` (and spaces)."""
    return re.compile(r"(?<![\w])" + words_regex(words) + r"\s*$", re.IGNORECASE) if words else None


def gap_regex(words: Sequence[str] | None) -> re.Pattern[str] | None:
    """Matches a whole gap made of one of `words` with optional spaces around."""
    return re.compile(r"\s*" + words_regex(words) + r"\s*", re.IGNORECASE) if words else None
