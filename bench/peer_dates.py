"""Score the date extractor on the peer suites (Recognizers-Text specs, see $NEWSX_PEER_DIR/README.md).

Each case runs through `extract_dates` with its `reference_date` as the
publication anchor. Only expected items of type `date` and `daterange` are
scored; predictions overlapping other expected items (datetimes, times,
sets) count neither way, except durations, which are not dates: a
prediction overlapping only a duration is a false positive. Spans match by
overlap. Resolution accuracy is measured over matched `resolution_checkable`
items: our start_date and end_date against `start_date` and
`end_date_inclusive`.

Where the gold guidelines and the peer suite disagree, the gold convention
is accepted too (`convention_readings`), never instead: the peer's range ends
are exclusive ("from March to May" ends on April 30), ours inclusive (May 31);
the peer's early / mid / late are halves or ad-hoc spans, ours thirds ("late
2016" = September to December); the peer reads "before 2018" as an open
interval, our span is the calendar expression ("2018") and its interval the
year. `--strict` scores the peer readings alone.

Run as a script for a table per language: `python bench/peer_dates.py [--all] [--strict]`.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
import sys
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parent.parent
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

sys.path.insert(0, str(Path(__file__).resolve().parent))  # peer_common beside this file
import peer_common  # noqa: E402
from peer_common import overlaps, peer_dir  # noqa: E402,F401
from pipeline.extract.dates import extract_dates  # noqa: E402

SCORED_TYPES = {"date", "daterange"}
RANGE_CONNECTOR = re.compile(r"(?i)(?:^|\s)(?:to|till|until|through|thru|and|au|à|a|jusqu\S*|et|al|hasta|y|bis|und)(?:\s|$)|\w\s*[-–~]\s*\w")
PERIOD_TIMEX = re.compile(r"^(?P<year>\d{4})(?:-(?P<month>\d\d))?$")
FORBIDDEN_TYPES = {"duration"}


def load_cases(lang: str, verified_only: bool = True) -> list[dict[str, Any]]:
    return peer_common.load_cases(lang, "dates", verified_only)


def score_case(case: dict[str, Any], lang: str, strict: bool = False) -> dict[str, Any]:
    """Counts for one case, plus the misses for inspection."""
    reference = case.get("reference_date")
    anchor = dt.datetime.fromisoformat(reference).date() if reference else None
    predictions = extract_dates(case["input"], lang, anchor=anchor)
    scored = [e for e in case["expected"] if e["type"] in SCORED_TYPES]
    neutral = [e for e in case["expected"] if e["type"] not in SCORED_TYPES | FORBIDDEN_TYPES]
    counts = {"tp": 0, "fp": 0, "fn": 0, "checked": 0, "resolved": 0, "misses": []}
    used: set[int] = set()
    for item in scored:
        match = next((p for i, p in enumerate(predictions) if i not in used and overlaps(p, item)), None)
        if match is None:
            counts["fn"] += 1
            counts["misses"].append(("fn", item["text"], None))
            continue
        used.add(predictions.index(match))
        counts["tp"] += 1
        if item.get("resolution_checkable"):
            counts["checked"] += 1
            if our_readings(match) & readings(item, strict):
                counts["resolved"] += 1
            else:
                counts["misses"].append(("res", item["text"], (match.start_date, match.end_date,
                                                               item.get("start_date"), item.get("end_date_inclusive"))))
    for index, prediction in enumerate(predictions):
        if index in used or any(overlaps(prediction, n) for n in neutral):
            continue
        if any(overlaps(prediction, s) for s in scored):
            continue  # a second prediction inside an already matched item
        counts["fp"] += 1
        counts["misses"].append(("fp", prediction.text, None))
    return counts


def our_readings(mention: Any) -> set[tuple[str | None, str | None]]:
    """Our mention in the peer's terms: a bounded mention ("before 2018", "since
    August") is an open interval whose closed side is the calendar expression's
    start or the day after its end (the peer uses both: "before Feb 2018" ends at
    February's start, "before or in Feb 2018" at March's). Its calendar interval
    stays a reading: where the peer lists no bound ("avant le 15.05.99") it gives
    the expression's own date."""
    start, end = mention.start_date, mention.end_date
    if not start or not end or mention.bound is None:
        return {(start, end)}
    after_end = (dt.date.fromisoformat(end) + dt.timedelta(days=1)).isoformat()
    if mention.bound in ("before", "until"):
        return {(start, end), (None, start), (None, after_end)}
    return {(start, end), (start, None), (after_end, None)}


def readings(item: dict[str, Any], strict: bool = False) -> set[tuple[str | None, str | None]]:
    """Every acceptable (start, inclusive end): an under-specified date ("Friday",
    "Oct/2") has a past and a future reading, and news usually means the past one."""
    found = {(item.get("start_date"), item.get("end_date_inclusive"))}
    conventions = convention_readings(item)
    for reading in item.get("resolutions") or ():
        found.add((reading.get("start_date"), reading.get("end_date_inclusive")))
        conventions |= convention_readings({**item, "start_date": reading.get("start_date"), "end_date": reading.get("end_date")})
    return found if strict else found | conventions


def convention_readings(item: dict[str, Any]) -> set[tuple[str | None, str | None]]:
    """The gold guidelines' reading where they differ from the peer's: inclusive
    range ends ("2014 to 2018" ends 2018-12-31, "from 2 to 7 Feb" on Feb 7), and
    beginning / middle / end as thirds of a month or a year."""
    found: set[tuple[str | None, str | None]] = set()
    timex, start, end = item.get("timex") or "", item.get("start_date"), item.get("end_date")
    if timex.startswith("(") and start and end and RANGE_CONNECTOR.search(item["text"]):
        last = dt.date.fromisoformat(end)  # exclusive in the peer: the first day the end expression names
        found.add((start, last.isoformat()))
        if last.day == 1:
            if last.month in (1, 4, 7, 10):  # a quarter
                found.add((start, last.replace(month=last.month + 2, day=calendar.monthrange(last.year, last.month + 2)[1]).isoformat()))
            found.add((start, last.replace(day=calendar.monthrange(last.year, last.month)[1]).isoformat()))
            if last.month == 1:
                found.add((start, last.replace(month=12, day=31).isoformat()))
    mod = item.get("mod")
    if mod in ("start", "mid", "end") and (start or end):
        period = PERIOD_TIMEX.match(timex.replace("XXXX", (start or end)[:4]))
        if period:
            year, month = int(period["year"]), period["month"]
            third = ("start", "mid", "end").index(mod)
            if month:
                last_day = calendar.monthrange(year, int(month))[1]
                first, final = dt.date(year, int(month), 1 + 10 * third), dt.date(year, int(month), last_day if third == 2 else 10 + 10 * third)
            else:
                first = dt.date(year, 1 + 4 * third, 1)
                final = dt.date(year, 4 + 4 * third, calendar.monthrange(year, 4 + 4 * third)[1])
            found.add((first.isoformat(), final.isoformat()))
    return found


def ratio(numerator: int, denominator: int) -> float:
    return numerator / denominator if denominator else 0.0


def run_dates(lang: str, verified_only: bool = True, strict: bool = False) -> dict[str, Any]:
    """Span P/R/F1 and resolution accuracy of `extract_dates` on one language's peer cases."""
    totals = {"tp": 0, "fp": 0, "fn": 0, "checked": 0, "resolved": 0}
    cases = load_cases(lang, verified_only)
    for case in cases:
        counts = score_case(case, lang, strict)
        for key in totals:
            totals[key] += counts[key]
    precision = ratio(totals["tp"], totals["tp"] + totals["fp"])
    recall = ratio(totals["tp"], totals["tp"] + totals["fn"])
    f1 = ratio(2 * precision * recall, precision + recall)
    return {"lang": lang, "cases": len(cases), **totals, "precision": precision, "recall": recall, "f1": f1,
            "resolution_accuracy": ratio(totals["resolved"], totals["checked"])}


def main(argv: list[str]) -> None:
    strict = "--strict" in argv
    verified_only = "--all" not in argv
    print(f"{'lang':<5}{'cases':>7}{'tp':>6}{'fp':>6}{'fn':>6}{'P':>7}{'R':>7}{'F1':>7}{'res':>7}{'n_res':>7}")
    for lang in ("fr", "en", "es", "de"):
        if not (peer_dir() / lang / "dates.jsonl").exists():
            continue
        r = run_dates(lang, verified_only, strict)
        print(f"{lang:<5}{r['cases']:>7}{r['tp']:>6}{r['fp']:>6}{r['fn']:>6}{r['precision']:>7.3f}{r['recall']:>7.3f}"
              f"{r['f1']:>7.3f}{r['resolution_accuracy']:>7.3f}{r['checked']:>7}")


if __name__ == "__main__":
    main(sys.argv[1:])
