"""Calendar dates as intervals: the entry point and the spaCy component.

`extract_dates(text, lang, anchor=...)` finds every calendar expression of a
text and resolves it to an inclusive interval; relative ones are resolved
against the article's publication anchor, never against today. The work is
split by concern into modules that each read and test alone, and import one
another one way only (none imports this one):
- `date_grammar`: the language's lexicon compiled into regexes, once per process;
- `date_candidates`: pattern, numeric and bare-year candidates (none inside
  the lexicon's `not_dates` phrases), the longest of overlapping ones,
  neighbours composed into ranges, anchored offsets and weeks; each
  mention's bound ("avant 2018") and the tense its clause leans to, which
  `extract_dates` applies ("bis März" is the next March, "by Friday" the
  coming Friday);
- `date_anchor`: the anchor of each mention (the publication date, or an
  earlier mention of the text), and the mentions composed of two;
- `date_resolve`: the pure resolver, on the interval arithmetic of
  `date_calendar`; `date_parsed` holds `ParsedDate`, what passes from
  finding to resolving.
`find_publication_date` reads a dateline or "Publié le ..." near the top of an
article; `DatesComponent` (factory "newsx_dates") writes `doc._.newsx_dates`.

`ParsedDate`, `resolve`, `overlaps_sorted`, `easter_sunday` and `nth_week` are
re-exported for the tests and tools that import them from here.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Sequence

from spacy.language import Language

from pipeline.extract import CharSpan, declare_extensions, doc_text, inside_any, skip_spans
from pipeline.extract.date_anchor import Resolved, choose_anchor, iso_interval, resolve_composed
from pipeline.extract.date_calendar import easter_sunday, nth_week
from pipeline.extract.date_candidates import (
    LEANING_KINDS, bare_year_candidates, bound_of, compose, numeric_candidates, overlaps_sorted, pattern_candidates,
    select_longest, tense_lean, trim,
)
from pipeline.extract.date_grammar import grammar, words_regex
from pipeline.extract.date_parsed import COMPOSED_KINDS, ParsedDate
from pipeline.extract.date_resolve import resolve
from pipeline.schema import DateMention

__all__ = ["DatesComponent", "ParsedDate", "easter_sunday", "extract_dates", "find_publication_date",
           "make_dates_component", "nth_week", "overlaps_sorted", "resolve"]


def extract_dates(text: str, lang: str, *, anchor: dt.date | None = None,
                  skip: Sequence[CharSpan] = ()) -> list[DateMention]:
    """Every calendar expression in `text`, resolved; sorted by start.

    `anchor` is the publication date (dateline, metadata, --anchor-date);
    relative mentions that need "now" stay null without it. Mentions
    overlapping `skip` (boilerplate) are dropped; sentence starts are
    detected from the text, the same on blank and parsed pipelines.
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
        leaning = parsed.kind in LEANING_KINDS or (parsed.kind == "this_period" and parsed.unit == "weekend")
        if leaning and not parsed.has_year and not parsed.direction:
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
