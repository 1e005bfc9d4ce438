"""The outside test suite: Microsoft Recognizers-Text money and date specs (tests/fixtures/peer).

First the END-TO-END figure, the one a user meets: every .NET-verified case of
every language becomes one JSONL line (`id`, `text`, its `language`, its
reference date as `published`), the real runner (`newsx run`) turns the file
into records in a temporary directory, and the records' amounts and dates are
scored with the peer's own readings (the rules of ../shared/peer/score_peer.py:
one-to-one overlap matching, most overlap first; money strict = value within
0.5 % and currency; a date resolves when its start equals the peer's and its end
equals the peer's end or inclusive end, in any of the peer's readings). Beside
it, the same records scored with our conventions (bench/peer_dates.py:
inclusive range ends, thirds, open bounds).

Then the extractor-level table (extractors called directly, our conventions).

`python bench/peer.py [--all] [--langs fr,en,es,de] [--keep DIR] [--e2e-only]` (`make peer`).
"""

from __future__ import annotations

import json
import math
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path
from types import SimpleNamespace
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import peer_common  # noqa: E402
import peer_dates  # noqa: E402
import peer_money  # noqa: E402

LANGUAGES = ("fr", "en", "es", "de")
NEUTRAL_DATE_TYPES = {"datetime", "datetimerange", "time", "timerange", "set", "timezone", "datetimealt"}
NEWSX = Path(sys.executable).with_name("newsx")


# ---------------------------------------------------------------- end to end

def run_records(langs: tuple[str, ...], work: Path, tasks: tuple[str, ...] = ("money", "dates")) -> dict[str, dict[str, Any]]:
    """Write every verified case as a JSONL line, run `newsx run`, return the records by case id."""
    work.mkdir(parents=True, exist_ok=True)
    with open(work / "in.jsonl", "w", encoding="utf-8") as out:
        for lang in langs:
            for task in tasks:
                for case in peer_common.load_cases(lang, task):
                    published = (case.get("reference_date") or "")[:10] or None
                    out.write(json.dumps({"id": case["id"], "text": case["input"], "published": published,
                                          "language": lang}, ensure_ascii=False) + "\n")
    command = [str(NEWSX), "run", str(work / "in.jsonl"), "-o", str(work / "out")]
    proc = subprocess.run(command, capture_output=True, text=True)
    if proc.returncode:
        raise SystemExit(f"newsx run failed ({proc.returncode}): {proc.stderr[-800:]}")
    records = {}
    for path in (work / "out").glob("*.json"):
        record = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(record, dict) and "doc_id" in record:
            records[record["doc_id"]] = record
    return records


def _overlap(a: dict[str, Any], b: dict[str, Any]) -> int:
    return max(0, min(a["end"], b["end"]) - max(a["start"], b["start"]))


def pair(preds: list[dict[str, Any]], golds: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """One-to-one pairs (prediction, expected), most overlap first, then closest boundaries."""
    candidates = sorted((-_overlap(p, g), abs(p["start"] - g["start"]) + abs(p["end"] - g["end"]), i, j)
                        for i, p in enumerate(preds) for j, g in enumerate(golds) if _overlap(p, g))
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs = []
    for _, _, i, j in candidates:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            pairs.append((i, j))
    return pairs


def _norm(text: Any) -> str:
    text = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode()
    return " ".join(text.lower().replace("-", " ").split())


def _close(a: Any, b: Any, tolerance: float = 0.005) -> bool:
    try:
        a, b = float(a), float(b)
    except (TypeError, ValueError):
        return False
    return not (math.isnan(a) or math.isnan(b)) and (a == b or abs(a - b) <= tolerance * max(abs(a), abs(b)))


def money_ok(pred: dict[str, Any], item: dict[str, Any]) -> bool:
    """The peer's strict rule: value (or its major-unit value) within 0.5 %, currency as ISO code or unit name."""
    value_ok = (_close(pred.get("value"), item.get("value"))
                or (item.get("value_major") is not None and _close(pred.get("value"), item["value_major"])))
    names = {_norm(x) for x in (item.get("currency"), item.get("unit"), item.get("iso_currency")) if x}
    return value_ok and bool(pred.get("currency")) and _norm(pred["currency"]) in names


def peer_resolution_ok(pred: dict[str, Any], item: dict[str, Any]) -> bool:
    start, end = (pred.get("start_date") or "")[:10] or None, (pred.get("end_date") or "")[:10] or None
    return any(start == r.get("start_date") and end in {r.get("end_date"), r.get("end_date_inclusive")}
               for r in item.get("resolutions") or ())


def convention_resolution_ok(pred: dict[str, Any], item: dict[str, Any]) -> bool:
    """Our conventions beside the peer's (bench/peer_dates.py): also inclusive ends, thirds, open bounds."""
    mention = SimpleNamespace(start_date=pred.get("start_date"), end_date=pred.get("end_date"), bound=pred.get("bound"))
    return bool(peer_dates.our_readings(mention) & peer_dates.readings(item)) or peer_resolution_ok(pred, item)


def _f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def score_money(cases: list[dict[str, Any]], records: dict[str, dict[str, Any]]) -> dict[str, Any]:
    t = {"tp": 0, "fp": 0, "fn": 0, "strict_tp": 0, "strict_fp": 0, "strict_fn": 0}
    for case in cases:
        preds = [a for a in (records.get(case["id"]) or {}).get("amounts", []) if isinstance(a.get("start"), int)]
        gold = [e for e in case["expected"] if not e.get("optional")]
        neutral = [e for e in case["expected"] if e.get("optional")]
        pairs = pair(preds, gold)
        matched = {i for i, _ in pairs}
        n_neutral = sum(1 for i, p in enumerate(preds) if i not in matched and any(_overlap(p, n) for n in neutral))
        strict = sum(1 for i, j in pairs if money_ok(preds[i], gold[j]))
        t["tp"] += len(pairs)
        t["fp"] += len(preds) - len(pairs) - n_neutral
        t["fn"] += len(gold) - len(pairs)
        t["strict_tp"] += strict
        t["strict_fp"] += len(preds) - strict - n_neutral
        t["strict_fn"] += len(gold) - strict
    return {**t, "span_f1": _f1(t["tp"], t["fp"], t["fn"]), "strict_f1": _f1(t["strict_tp"], t["strict_fp"], t["strict_fn"])}


def score_dates(cases: list[dict[str, Any]], records: dict[str, dict[str, Any]]) -> dict[str, Any]:
    t = {"tp": 0, "fp": 0, "fn": 0, "checked": 0, "peer_ok": 0, "ours_ok": 0}
    misses: list[tuple[str, str, str, Any]] = []
    for case in cases:
        preds = [d for d in (records.get(case["id"]) or {}).get("dates", []) if isinstance(d.get("start"), int)]
        gold = [e for e in case["expected"] if e["type"] in peer_dates.SCORED_TYPES]
        neutral = [e for e in case["expected"] if e["type"] in NEUTRAL_DATE_TYPES]
        pairs = pair(preds, gold)
        matched = {i for i, _ in pairs}
        n_neutral = sum(1 for i, p in enumerate(preds) if i not in matched and any(_overlap(p, n) for n in neutral))
        t["tp"] += len(pairs)
        t["fp"] += len(preds) - len(pairs) - n_neutral
        t["fn"] += len(gold) - len(pairs)
        for i, j in pairs:
            if gold[j].get("resolution_checkable"):
                t["checked"] += 1
                peer_ok = peer_resolution_ok(preds[i], gold[j])
                t["peer_ok"] += peer_ok
                t["ours_ok"] += convention_resolution_ok(preds[i], gold[j])
                if not peer_ok:
                    misses.append(("res", case["id"], gold[j]["text"],
                                   (preds[i].get("start_date"), preds[i].get("end_date"), gold[j].get("start_date"),
                                    gold[j].get("end_date_inclusive"))))
        for j, g in enumerate(gold):
            if j not in {b for _, b in pairs}:
                misses.append(("fn", case["id"], g["text"], case["input"]))
        for i, p in enumerate(preds):
            if i not in matched and not any(_overlap(p, n) for n in neutral):
                misses.append(("fp", case["id"], p.get("text"), case["input"]))
    checked = t["checked"] or 1
    return {**t, "f1": _f1(t["tp"], t["fp"], t["fn"]), "resolution": t["peer_ok"] / checked,
            "resolution_conventions": t["ours_ok"] / checked, "misses": misses}


def end_to_end(langs: tuple[str, ...] = LANGUAGES, work: Path | None = None,
               tasks: tuple[str, ...] = ("money", "dates")) -> dict[str, dict[str, Any]]:
    """Per language: money and date scores of the runner's records, peer readings and ours."""
    if work is None:
        with tempfile.TemporaryDirectory(prefix="newsx-peer-") as tmp:
            return end_to_end(langs, Path(tmp), tasks)
    records = run_records(langs, work, tasks)
    scorers = {"money": score_money, "dates": score_dates}
    return {lang: {task: scorers[task](peer_common.load_cases(lang, task), records) for task in tasks} for lang in langs}


def print_end_to_end(results: dict[str, dict[str, Any]]) -> None:
    print("End to end (newsx run, reference date as `published`, .NET-verified cases)")
    print(f"{'lang':6}{'date span F1':>13}{'resolution':>12}{'(ours)':>8}{'n res':>7}{'money span F1':>15}{'strict F1':>11}")
    for lang, r in results.items():
        d, m = r["dates"], r["money"]
        print(f"{lang:6}{d['f1']:>13.3f}{d['resolution']:>12.3f}{d['resolution_conventions']:>8.3f}{d['checked']:>7}"
              f"{m['span_f1']:>15.3f}{m['strict_f1']:>11.3f}")
    print("resolution: the peer's readings only; (ours): also inclusive range ends, thirds, open bounds")


# ---------------------------------------------------------------- extractors directly

def print_extractors(langs: tuple[str, ...], subsets: list[tuple[str, bool]]) -> None:
    print("Extractors called directly, our conventions")
    print("Money (span overlap; strict = span + value within 0.5 % + ISO currency)")
    print(f"{'lang':6}{'subset':>17}{'span P':>8}{'span R':>8}{'span F1':>9}{'value+cur.':>12}{'strict F1':>11}")
    for lang in langs:
        for name, verified in subsets:
            r = peer_money.run_money(lang, verified_only=verified)
            value_accuracy = r["strict_tp"] / r["span_tp"] if r["span_tp"] else 0.0  # over matched spans
            print(f"{lang:6}{name:>17}{r['span_precision']:>8.3f}{r['span_recall']:>8.3f}{r['span_f1']:>9.3f}"
                  f"{value_accuracy:>12.3f}{r['strict_f1']:>11.3f}")
    print()
    print("Dates (types date and daterange; resolution over matched, checkable items)")
    print(f"{'lang':6}{'subset':>17}{'P':>8}{'R':>8}{'F1':>8}{'resolution':>12}{'strict res.':>13}{'n':>6}")
    for lang in langs:
        for name, verified in subsets:
            r = peer_dates.run_dates(lang, verified_only=verified)
            s = peer_dates.run_dates(lang, verified_only=verified, strict=True)
            print(f"{lang:6}{name:>17}{r['precision']:>8.3f}{r['recall']:>8.3f}{r['f1']:>8.3f}"
                  f"{r['resolution_accuracy']:>12.3f}{s['resolution_accuracy']:>13.3f}{r['checked']:>6}")


def main(argv: list[str]) -> None:
    langs = tuple(argv[argv.index("--langs") + 1].split(",")) if "--langs" in argv else LANGUAGES
    langs = tuple(lang for lang in langs if (peer_common.peer_dir() / lang / "dates.jsonl").exists())
    keep = Path(argv[argv.index("--keep") + 1]) if "--keep" in argv else None
    results = end_to_end(langs, keep)
    print_end_to_end(results)
    if "--misses" in argv:
        for lang, r in results.items():
            for miss in r["dates"]["misses"]:
                print(lang, *miss, sep="\t")
    if "--e2e-only" in argv:
        return
    print()
    subsets = [("dotnet_verified", True)] + ([("all", False)] if "--all" in argv else [])
    print_extractors(langs, subsets)


if __name__ == "__main__":
    main(sys.argv[1:])
