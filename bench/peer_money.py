"""Score the amount extractor on the peer money suites (Recognizers-Text specs, see $NEWSX_PEER_DIR/README.md).

Each case's `input` runs through `extract_amounts`. Spans match by overlap
(the specs' span conventions are not the gold's). Span P/R/F1 counts overlap
alone; strict P/R/F1 also needs the value within 0.5 % (in major units: a
subunit item is compared through its `value_major`) and our currency equal
to the item's `iso_currency`. Expected items with `optional: true` (a bare
currency word with no number) count neither way: a prediction overlapping
one is ignored.

Run as a script for a table per language: `python bench/peer_money.py [--all]`.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parent.parent
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

sys.path.insert(0, str(Path(__file__).resolve().parent))  # peer_common beside this file
import peer_common  # noqa: E402
from peer_common import overlaps, peer_dir  # noqa: E402,F401
from pipeline.extract.amounts import extract_amounts  # noqa: E402

VALUE_TOLERANCE = 0.005
LANGUAGES = ("fr", "en", "es", "de")


def load_cases(lang: str, verified_only: bool = True) -> list[dict[str, Any]]:
    return peer_common.load_cases(lang, "money", verified_only)


def expected_value(item: dict[str, Any]) -> float | None:
    """The item's value in major units ("50 cents" = 0.5)."""
    if item.get("subunit") and item.get("value_major") is not None:
        return float(item["value_major"])
    return None if item.get("value") is None else float(item["value"])


def strict_ok(pred: Any, item: dict[str, Any]) -> bool:
    """Value within 0.5 % and the same ISO currency."""
    value = expected_value(item)
    if value is None:
        return False
    close = abs(pred.value - value) <= VALUE_TOLERANCE * abs(value) if value else pred.value == 0
    return close and pred.currency == item.get("iso_currency")


def _match(predictions: list[Any], items: list[dict[str, Any]], strict: bool) -> tuple[int, set[int]]:
    """Greedy one-to-one matching; returns matches and the indexes of predictions used."""
    used: set[int] = set()
    hits = 0
    for item in items:
        for i, pred in enumerate(predictions):
            if i in used or not overlaps(pred, item):
                continue
            if strict and not strict_ok(pred, item):
                continue
            used.add(i)
            hits += 1
            break
    return hits, used


def score_case(case: dict[str, Any], lang: str) -> dict[str, Any]:
    """Span and strict counts for one case, plus the misses for inspection."""
    predictions = extract_amounts(case["input"], lang)
    required = [e for e in case["expected"] if not e.get("optional")]
    optional = [e for e in case["expected"] if e.get("optional")]
    counted = [p for p in predictions
               if not any(overlaps(p, o) for o in optional) or any(overlaps(p, r) for r in required)]
    counts: dict[str, Any] = {"misses": []}
    for mode in ("span", "strict"):
        hits, used = _match(counted, required, strict=(mode == "strict"))
        counts[f"{mode}_tp"] = hits
        counts[f"{mode}_fn"] = len(required) - hits
        counts[f"{mode}_fp"] = len(counted) - len(used)
    if counts["strict_fn"] or counts["strict_fp"]:
        counts["misses"].append({
            "id": case["id"], "input": case["input"],
            "expected": [(e["text"], expected_value(e), e.get("iso_currency")) for e in required],
            "predicted": [(p.text, p.value, p.currency) for p in counted],
        })
    return counts


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def run_money(lang: str, verified_only: bool = True) -> dict[str, Any]:
    """Span and strict precision/recall/F1 over the language's money cases."""
    totals = {k: 0 for k in ("span_tp", "span_fp", "span_fn", "strict_tp", "strict_fp", "strict_fn")}
    misses: list[dict[str, Any]] = []
    cases = load_cases(lang, verified_only)
    for case in cases:
        counts = score_case(case, lang)
        for key in totals:
            totals[key] += counts[key]
        misses.extend(counts["misses"])
    result: dict[str, Any] = {"lang": lang, "cases": len(cases), **totals, "misses": misses}
    for mode in ("span", "strict"):
        p, r, f = prf(totals[f"{mode}_tp"], totals[f"{mode}_fp"], totals[f"{mode}_fn"])
        result[f"{mode}_precision"], result[f"{mode}_recall"], result[f"{mode}_f1"] = p, r, f
    return result


def main(argv: list[str]) -> None:
    verified_only = "--all" not in argv
    print(f"{'lang':4} {'cases':>5} {'span P':>7} {'span R':>7} {'span F1':>7} "
          f"{'strict P':>8} {'strict R':>8} {'strict F1':>9}")
    for lang in LANGUAGES:
        if not (peer_dir() / lang / "money.jsonl").exists():
            print(f"{lang:4} (missing under {peer_dir()})")
            continue
        r = run_money(lang, verified_only)
        print(f"{lang:4} {r['cases']:5d} {r['span_precision']:7.3f} {r['span_recall']:7.3f} {r['span_f1']:7.3f} "
              f"{r['strict_precision']:8.3f} {r['strict_recall']:8.3f} {r['strict_f1']:9.3f}")
        if "--misses" in argv:
            for miss in r["misses"]:
                print("   ", miss["id"], repr(miss["input"][:140]), "\n      exp", miss["expected"],
                      "\n      got", miss["predicted"])


if __name__ == "__main__":
    main(sys.argv[1:])
