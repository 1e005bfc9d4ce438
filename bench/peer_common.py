"""What the peer benches share: where the suite lives, its cases, span overlap."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parent.parent


def peer_dir() -> Path:
    """$NEWSX_PEER_DIR, else the copy in tests/fixtures/peer."""
    override = os.environ.get("NEWSX_PEER_DIR")
    return Path(override) if override else REPO_ROOT / "tests" / "fixtures" / "peer"


def load_cases(lang: str, task: str, verified_only: bool = True) -> list[dict[str, Any]]:
    """The cases of `<lang>/<task>.jsonl`; by default only those the .NET CI runs and passes."""
    path = peer_dir() / lang / f"{task}.jsonl"
    cases = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [c for c in cases if c.get("dotnet_verified") or not verified_only]


def overlaps(a: Any, b: dict[str, Any]) -> bool:
    """A prediction (attributes) overlaps an expected item (dict)."""
    return a.start < b["end"] and b["start"] < a.end


# ---------------------------------------------------------------- building a suite from the specs
# `python bench/peer_common.py build GIT_DIR LANG OUT_DIR` reads Recognizers-Text's public spec files
# (a bare clone of github.com/microsoft/Recognizers-Text, MIT licence) with `git show HEAD:...` and
# writes OUT_DIR/money.jsonl, dates.jsonl and manifest.json in the format of tests/fixtures/peer/README.md.

SPEC_LANGUAGES = {"fr": "French", "en": "English", "es": "Spanish", "de": "German"}
DATE_SPEC_FILES = (  # (file, layout), in the order cases are kept; a later duplicate input goes to `also_in`
    ("DateTimeModel", "model"), ("MergedParser", "parser"), ("DateParser", "parser"), ("DatePeriodParser", "parser"),
    ("HolidayParser", "parser"), ("DateTimeParser", "parser"), ("DurationParser", "parser"),
    ("DateExtractor", "extractor"), ("DatePeriodExtractor", "extractor"), ("HolidayExtractor", "extractor"),
    ("MergedExtractor", "extractor"), ("DurationExtractor", "extractor"))
# unit name in the spec -> (ISO 4217, inferred: the name alone does not settle it, subunit)
SPEC_UNITS = {
    "dólar": ("USD", True, False), "dollar": ("USD", True, False), "dólar estadounidense": ("USD", False, False),
    "united states dollar": ("USD", False, False), "libra": ("GBP", True, False), "pound": ("GBP", True, False),
    "british pound": ("GBP", False, False), "centavo": ("USD", True, True), "cent": ("USD", True, True),
    "euro": ("EUR", False, False), "yen": ("JPY", False, False), "dólar canadiense": ("CAD", False, False),
    "canadian dollar": ("CAD", False, False), "franco": ("FRF", True, False), "penique": ("GBP", False, True),
    "peso mexicano": ("MXN", False, False), "mexican peso": ("MXN", False, False),
    "marco finlandés": ("FIM", False, False), "finnish markka": ("FIM", False, False),
    "dólar de hong kong": ("HKD", False, False), "dólar australiano": ("AUD", False, False),
    "australian dollar": ("AUD", False, False), "peseta": ("ESP", True, False),
    "florín neerlandés": ("NLG", False, False), "yuan chino": ("CNY", False, False), "franco suizo": ("CHF", False, False),
    "dólar neozelandés": ("NZD", False, False), "new zealand dollar": ("NZD", False, False),
    "cambodian riel": ("KHR", False, False), "indian rupee": ("INR", False, False), "rupee": ("INR", True, False),
}


def _number(raw: Any, decimal_comma: bool = True) -> float | None:
    """A spec value: "75000000", "2,75" (a decimal comma: French, Spanish, German), "12,345" (English thousands)."""
    if raw in (None, ""):
        return None
    text = str(raw).strip()
    if not decimal_comma and re.fullmatch(r"-?\d{1,3}(,\d{3})+(\.\d+)?", text):
        text = text.replace(",", "")
    return float(text.replace(",", "."))


def _platforms(raw: Any) -> list[str]:
    return sorted({p.strip().lower() for p in str(raw or "").split(",") if p.strip()})


def _locate(text: str, wanted: str, start: int) -> int | None:
    """Start of `wanted` in `text` (case-insensitive), nearest to the spec's offset."""
    low, key = text.lower(), wanted.lower()
    hits, pos = [], low.find(key)
    while pos >= 0:
        hits.append(pos)
        pos = low.find(key, pos + 1)
    return min(hits, key=lambda h: abs(h - start)) if hits else None


def _span(text: str, item: dict[str, Any]) -> tuple[int, int, bool] | None:
    """Python offsets (exclusive end) of a spec result; repaired by locating its text when they are off."""
    start = int(item.get("Start", 0))
    wanted = item.get("Text") or ""
    end = start + len(wanted) if wanted else start + int(item.get("Length", int(item.get("End", start)) + 1 - start))
    if text[start:end].lower() == wanted.lower():
        return start, end, False
    found = _locate(text, wanted, start)
    return None if found is None else (found, found + len(wanted), True)


def _day(value: Any) -> str | None:
    if not isinstance(value, str) or len(value) < 10 or value[:4] == "0001":
        return None
    try:
        return dt_date(value[:10]).isoformat()
    except ValueError:
        return None


def dt_date(text: str):
    import datetime
    return datetime.date.fromisoformat(text)


def _reading(timex: Any, kind: str, start: Any, end: Any) -> dict[str, Any] | None:
    """One resolution as (start_date, end_date, end_date_inclusive); a date range's end is exclusive."""
    import datetime
    s, e = _day(start), _day(end)
    if s is None and e is None:
        return None
    inclusive = e
    if s and e and kind in ("daterange",) and e > s and not (isinstance(end, str) and len(end) > 10):
        inclusive = (datetime.date.fromisoformat(e) - datetime.timedelta(days=1)).isoformat()
    return {"timex": timex, "start_date": s, "end_date": e, "end_date_inclusive": inclusive}


def _date_item(text: str, result: dict[str, Any], layout: str) -> dict[str, Any] | None:
    span = _span(text, result)
    if span is None:
        return None
    start, end, repaired = span
    kind = str(result.get("TypeName") or result.get("Type") or "").replace("datetimeV2.", "")
    timex, mod, found = None, None, []
    value = result.get("Resolution") or result.get("Value") or {}
    if layout != "extractor" and isinstance(value, dict):
        if "values" in value:  # model and merged parser: a list of readings
            for v in value.get("values") or []:
                timex, mod = v.get("timex", timex), v.get("Mod", mod)
                r = _reading(v.get("timex"), v.get("type") or kind, v.get("start", v.get("value")), v.get("end", v.get("value")))
                if r and v.get("type") in ("date", "datetime") and "value" in v:
                    r["end_date"] = r["end_date_inclusive"] = r["start_date"]
                if r:
                    found.append(r)
        else:  # parser: Timex with past and future resolutions
            timex, mod = value.get("Timex"), value.get("Mod")
            for key in ("PastResolution", "FutureResolution"):
                res = value.get(key) or {}
                one = res.get("date") or res.get("dateTime")
                r = _reading(timex, kind, res.get("startDate", res.get("startDateTime", one)),
                             res.get("endDate", res.get("endDateTime", one)))
                if r and one:
                    r["end_date"] = r["end_date_inclusive"] = r["start_date"]
                if r:
                    found.append(r)
    readings: list[dict[str, Any]] = []
    for r in found:
        if all((r["start_date"], r["end_date"]) != (o["start_date"], o["end_date"]) for o in readings):
            readings.append(r)
    readings.sort(key=lambda r: (r["start_date"] or r["end_date"] or ""))
    best = readings[-1] if readings else {}
    return {"text": text[start:end], "start": start, "end": end, "type": kind, "timex": timex, "mod": mod,
            "start_date": best.get("start_date"), "end_date": best.get("end_date"),
            "end_date_inclusive": best.get("end_date_inclusive"), "resolutions": readings,
            "ambiguous": len(readings) > 1, "has_resolution": layout != "extractor", "span_repaired": repaired}


def _checkable(item: dict[str, Any], reference: str | None, verified: bool) -> str | None:
    if not (item["start_date"] or item["end_date"]):
        return None
    if reference:
        return "reference_date"
    if verified:
        return "dotnet_ci"
    year = (item["start_date"] or item["end_date"])[:4]
    if item["timex"] and "X" not in str(item["timex"]) and (year in item["text"] or year[2:] in item["text"]):
        return "explicit_year"
    return None


def _spec(git_dir: str, path: str) -> list[dict[str, Any]] | None:
    import subprocess
    proc = subprocess.run(["git", "--git-dir", git_dir, "show", f"HEAD:{path}"], capture_output=True)
    if proc.returncode:
        return None
    return json.loads(proc.stdout.decode("utf-8-sig"))


def _common(lang: str, task: str, source: str, index: int, case: dict[str, Any], expected: list, issues: list) -> dict[str, Any]:
    not_supported, by_design = _platforms(case.get("NotSupported")), _platforms(case.get("NotSupportedByDesign"))
    reasons = [f"{key}: {case[key]}" for key in ("NotSupported", "NotSupportedByDesign") if case.get(key)]
    short = "date" if task == "dates" else "money"
    return {"id": f"{lang}-{short}-{Path(source).stem}-{index:04d}", "task": task, "language": lang, "source": source,
            "index": index, "input": case["Input"], "expected": expected, "skip_reason": "; ".join(reasons) or None,
            "not_supported": not_supported, "not_supported_by_design": by_design,
            "dotnet_verified": "dotnet" not in not_supported and "dotnet" not in by_design, "spec_issues": issues}


def build_suite(git_dir: str, lang: str, out: Path) -> dict[str, Any]:
    import subprocess
    from collections import Counter
    name = SPEC_LANGUAGES[lang]
    commit = subprocess.run(["git", "--git-dir", git_dir, "rev-parse", "HEAD"], capture_output=True, text=True).stdout.strip()
    out.mkdir(parents=True, exist_ok=True)
    listed = subprocess.run(["git", "--git-dir", git_dir, "ls-tree", "--name-only", "HEAD", f"Specs/DateTime/{name}/"],
                            capture_output=True, text=True).stdout.split()
    manifest: dict[str, Any] = {"language": lang, "snapshot": {"kind": "git", "rev": "HEAD", "commit": commit},
                                "datetime_spec_files": sorted(Path(p).name for p in listed)}
    # money
    source = f"Specs/NumberWithUnit/{name}/CurrencyModel.json"
    rows, stats = [], Counter()
    for index, case in enumerate(_spec(git_dir, source) or []):
        expected, issues = [], []
        for r in case.get("Results") or []:
            span = _span(case["Input"], r)
            if span is None:
                issues.append(r.get("Text"))
                stats["unlocated"] += 1
                continue
            res = r.get("Resolution") or {}
            unit = res.get("unit")
            iso, inferred, sub = SPEC_UNITS.get(str(unit).lower(), (None, False, False))
            iso = res.get("isoCurrency") or iso
            value = _number(res.get("value"), decimal_comma=lang != "en")
            expected.append({"text": case["Input"][span[0]:span[1]], "start": span[0], "end": span[1], "value": value,
                             "currency": res.get("isoCurrency") or unit, "unit": unit, "iso_currency": iso,
                             "iso_inferred": inferred and not res.get("isoCurrency"), "subunit": sub,
                             "value_major": value / 100 if sub and value is not None else None,
                             "optional": value is None, "span_repaired": span[2]})
            if value is None:
                expected[-1]["optional_reason"] = "no numeric value (a bare currency word)"
            stats["span_repaired"] += span[2]
        row = _common(lang, "money", source, index, case, expected, issues)
        rows.append(row)
    (out / "money.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    manifest["money"] = {"source": source, "cases": len(rows), "items": sum(len(r["expected"]) for r in rows),
                         "span_repaired": stats["span_repaired"], "unlocated": stats["unlocated"],
                         "not_supported_any": sum(bool(r["not_supported"] or r["not_supported_by_design"]) for r in rows),
                         "dotnet_verified": sum(r["dotnet_verified"] for r in rows),
                         "fully_supported": sum(not (r["not_supported"] or r["not_supported_by_design"]) for r in rows),
                         "with_spec_issues": sum(bool(r["spec_issues"]) for r in rows),
                         "negative_cases": sum(not r["expected"] and not r["spec_issues"] for r in rows)}
    # dates
    rows, seen, files, stats = [], {}, {}, Counter()
    for stem, layout in DATE_SPEC_FILES:
        source = f"Specs/DateTime/{name}/{stem}.json"
        spec = _spec(git_dir, source)
        if spec is None:
            continue
        files[stem] = {"cases": len(spec), "kept": 0}
        for index, case in enumerate(spec):
            reference = (case.get("Context") or {}).get("ReferenceDateTime")
            row_id = f"{lang}-date-{stem}-{index:04d}"
            key = (case["Input"], reference)  # the same text against the same reference date
            if key in seen:
                seen[key]["also_in"].append(row_id)
                stats["duplicates"] += 1
                continue
            expected, issues = [], []
            for r in case.get("Results") or []:
                item = _date_item(case["Input"], r, layout)
                if item is None:
                    issues.append(r.get("Text"))
                    stats["unlocated"] += 1
                    continue
                expected.append(item)
            row = _common(lang, "dates", source, index, case, expected, issues)
            for item in expected:
                because = _checkable(item, reference, row["dotnet_verified"])
                item["resolution_checkable"], item["checkable_because"] = because is not None, because
                stats["span_repaired"] += item["span_repaired"]
            row = {**{k: row[k] for k in ("id", "task", "language", "source")}, "layout": layout, "index": index,
                   "input": case["Input"], "reference_date": reference, "expected": expected,
                   **{k: row[k] for k in ("skip_reason", "not_supported", "not_supported_by_design", "dotnet_verified",
                                          "spec_issues")}, "also_in": []}
            if case.get("Comment"):
                row["comment"] = case["Comment"]
            seen[key] = row
            rows.append(row)
            files[stem]["kept"] += 1
    (out / "dates.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    manifest["dates"] = {"files": files, "duplicates": stats["duplicates"], "span_repaired": stats["span_repaired"],
                         "unlocated": stats["unlocated"], "cases": len(rows), "items": sum(len(r["expected"]) for r in rows),
                         "not_supported_any": sum(bool(r["not_supported"] or r["not_supported_by_design"]) for r in rows),
                         "dotnet_verified": sum(r["dotnet_verified"] for r in rows),
                         "fully_supported": sum(not (r["not_supported"] or r["not_supported_by_design"]) for r in rows),
                         "with_spec_issues": sum(bool(r["spec_issues"]) for r in rows),
                         "negative_cases": sum(not r["expected"] and not r["spec_issues"] for r in rows)}
    manifest["conventions"] = "offsets: python str indices, exclusive end; built by bench/peer_common.py build"
    (out / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return manifest


if __name__ == "__main__":
    import sys
    if len(sys.argv) == 5 and sys.argv[1] == "build":
        print(json.dumps(build_suite(sys.argv[2], sys.argv[3], Path(sys.argv[4])), indent=1))
    else:
        print("usage: peer_common.py build GIT_DIR LANG OUT_DIR")
