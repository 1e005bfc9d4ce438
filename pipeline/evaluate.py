"""Scoring of predicted article records against gold records (`newsx eval`).

Implements "Scoring rules" of tests/fixtures/gold/GUIDELINES.md. The figures
must equal those of the independent reference scorer
(shared/hooks/score_gold.py) on the same folders, so where the guidelines leave
a choice open this module makes the reference's choice:

- pairing is greedy: each gold item, in gold order, takes the first unused
  prediction that matches it;
- P/R/F1 are micro-averaged over all gold articles, every figure rounded to
  4 decimals; an accuracy over no pair is None;
- a predicted amount or date inside a boilerplate span is a false positive; a
  predicted quote inside one is set aside (counted neither way);
- a gold article with no predicted record scores as an empty prediction (all
  false negatives, language wrong) and is listed in `missing_docs`.

Predicted records follow the pipeline schema (pipeline/schema.py), but the
scorer also accepts the simpler shapes the reference accepts (bare strings for
organisations, `language` as a plain code, a bare number as a deal amount,
`{"name": ...}` for parties and speakers).
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.keys import AMOUNT_TOLERANCE

Item = dict[str, Any]
Record = dict[str, Any]

VALUE_TOLERANCE = AMOUNT_TOLERANCE
PRF_METRICS = ("amounts", "amount_spans", "dates", "organizations", "quotes", "deals")
ACCURACY_METRICS = ("amount_qualifier", "date_resolution", "quote_speaker",
                    "deal_status", "deal_type", "deal_date", "language")
ROUNDING = 4


# --------------------------------------------------------------------- counts


@dataclass
class Counts:
    """True/false positives and false negatives of one field, summed over articles (micro-average)."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, tp: int, fp: int, fn: int) -> None:
        self.tp += tp
        self.fp += fp
        self.fn += fn

    def as_dict(self) -> dict[str, float | int]:
        """P/R/F1 rounded only at the end, so the figures equal the reference's to the last digit."""
        precision = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        recall = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {"p": round(precision, ROUNDING), "r": round(recall, ROUNDING), "f1": round(f1, ROUNDING),
                "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass
class Accuracy:
    """Share of correct attributes over matched pairs; None when nothing was matched."""

    correct: int = 0
    n: int = 0

    def add(self, is_correct: bool) -> None:
        self.n += 1
        self.correct += bool(is_correct)

    def as_dict(self) -> dict[str, float | int | None]:
        return {"acc": round(self.correct / self.n, ROUNDING) if self.n else None, "n": self.n}


@dataclass
class Scoreboard:
    """Everything `score` accumulates while walking the gold articles."""

    counts: dict[str, Counts] = field(default_factory=lambda: {m: Counts() for m in PRF_METRICS})
    accuracy: dict[str, Accuracy] = field(default_factory=lambda: {m: Accuracy() for m in ACCURACY_METRICS})
    missing_docs: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        """Same keys, in the same order, as the reference scorer's result."""
        result: dict[str, Any] = {m: c.as_dict() for m, c in self.counts.items()}
        result.update({m: a.as_dict() for m, a in self.accuracy.items()})
        result["missing_docs"] = list(self.missing_docs)
        return result


# ----------------------------------------------------------- small predicates


def normalise_name(value: object) -> str | None:
    """Names compare as a reader compares them: case, accents, curly apostrophes and spacing ignored."""
    if value is None:
        return None
    decomposed = unicodedata.normalize("NFKD", str(value))
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(bare.lower().replace("\u2019", "'").split())


def within_tolerance(predicted: object, gold: object) -> bool:
    """Values agree within 0.5 % of the gold value; two absent values agree, one absent one does not."""
    if predicted is None or gold is None:
        return predicted is None and gold is None
    try:
        predicted_value, gold_value = float(predicted), float(gold)  # type: ignore[arg-type]
    except (TypeError, ValueError, OverflowError):
        return False
    if gold_value == 0:
        return predicted_value == 0
    return abs(predicted_value - gold_value) / abs(gold_value) <= VALUE_TOLERANCE


def overlap(a: Item, b: Item) -> int:
    """Number of characters two spans share (0 when they only touch)."""
    return max(0, min(a["end"], b["end"]) - max(a["start"], b["start"]))


def covers_half(gold: Item, predicted: Item) -> bool:
    """A quote is found when the prediction covers at least half of the gold span (and some of it)."""
    shared = overlap(gold, predicted)
    return shared > 0 and shared * 2 >= gold["end"] - gold["start"]


def inside_boilerplate(item: Item, boilerplate: Sequence[Item]) -> bool:
    """Extractions within non-content spans (menus, word counts...) are wrong by rule."""
    return any(b["start"] <= item["start"] and item["end"] <= b["end"] for b in boilerplate)


def span_items(items: object) -> list[Item]:
    """Predicted items that can be placed in the text: dicts with integer `start` and `end`."""
    if not isinstance(items, list):
        return []
    return [i for i in items if isinstance(i, dict)
            and isinstance(i.get("start"), int) and isinstance(i.get("end"), int)]


def split_boilerplate(items: list[Item], boilerplate: Sequence[Item]) -> tuple[list[Item], int]:
    """Predictions outside boilerplate, and how many fell inside it."""
    kept = [i for i in items if not inside_boilerplate(i, boilerplate)]
    return kept, len(items) - len(kept)


def pair_greedily(golds: Sequence[Item], preds: Sequence[Item],
                  accepts: Callable[[Item, Item], bool]) -> list[tuple[int, int]]:
    """(gold index, prediction index) pairs: each gold, in order, takes the first unused accepted prediction.

    Greedy rather than optimal because the reference scorer is greedy and the two must agree.
    """
    used: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for gold_index, gold in enumerate(golds):
        for pred_index, pred in enumerate(preds):
            if pred_index not in used and accepts(gold, pred):
                used.add(pred_index)
                pairs.append((gold_index, pred_index))
                break
    return pairs


def name_field(value: object) -> object:
    """A party or speaker given as `{"name": ...}` counts by its name."""
    return value.get("name") if isinstance(value, dict) else value


# ------------------------------------------------------------- field scorers


def score_language(gold: Record, pred: Record, board: Scoreboard) -> None:
    """Language accuracy: the record's code (plain or in `{"code": ...}`) against the gold code."""
    language = pred.get("language")
    if isinstance(language, dict):
        language = language.get("code") or language.get("language")
    board.accuracy["language"].add(normalise_name(language) == normalise_name(gold.get("language")))


def _span_pairs(gold: Record, pred: Record, field: str, board: Scoreboard, count: str) -> tuple:
    """Overlapping gold/predicted spans of `field`, tallied under `count`, boilerplate set aside:
    (golds, preds, pairs, predictions inside boilerplate)."""
    golds = gold.get(field, [])
    preds, in_boilerplate = split_boilerplate(span_items(pred.get(field)), gold.get("boilerplate", []))
    pairs = pair_greedily(golds, preds, lambda g, p: overlap(g, p) > 0)
    board.counts[count].add(*_tallies(len(pairs), len(preds), len(golds), in_boilerplate))
    return golds, preds, pairs, in_boilerplate


def score_amounts(gold: Record, pred: Record, board: Scoreboard) -> None:
    """Span-only F1 with qualifier accuracy, then full F1 (span overlap, value within 0.5 %, same currency)."""
    golds, preds, span_pairs, in_boilerplate = _span_pairs(gold, pred, "amounts", board, "amount_spans")
    for gold_index, pred_index in span_pairs:
        board.accuracy["amount_qualifier"].add(preds[pred_index].get("qualifier") == golds[gold_index].get("qualifier"))

    def same_amount(g: Item, p: Item) -> bool:
        return (overlap(g, p) > 0 and within_tolerance(p.get("value"), g["value"])
                and normalise_name(p.get("currency")) == normalise_name(g.get("currency")))

    value_pairs = pair_greedily(golds, preds, same_amount)
    board.counts["amounts"].add(*_tallies(len(value_pairs), len(preds), len(golds), in_boilerplate))


def score_dates(gold: Record, pred: Record, board: Scoreboard) -> None:
    """Span F1; over matched pairs, the resolved interval must equal the gold one (null equals null)."""
    golds, preds, pairs, _ = _span_pairs(gold, pred, "dates", board, "dates")
    for gold_index, pred_index in pairs:
        g, p = golds[gold_index], preds[pred_index]
        board.accuracy["date_resolution"].add(p.get("start_date") == g.get("start_date")
                                              and p.get("end_date") == g.get("end_date"))


def predicted_org_names(pred: Record) -> set[str]:
    """Normalised canonical names of the predicted organisations (dicts by name/canonical, or bare strings)."""
    organizations = pred.get("organizations")
    names: set[str] = set()
    for org in organizations if isinstance(organizations, list) else []:
        name = (org.get("name") or org.get("canonical")) if isinstance(org, dict) else org
        if name:
            names.add(normalise_name(name))  # type: ignore[arg-type]
    return names


def org_keys(org: Item) -> set[str | None]:
    """Every form under which a gold organisation may be predicted: its name and its aliases."""
    return {normalise_name(org["name"])} | {normalise_name(a) for a in org.get("aliases") or []}


def score_organizations(gold: Record, pred: Record, board: Scoreboard) -> None:
    """Set comparison per article; a prediction naming an optional organisation counts neither way.

    A gold organisation is found when any of its forms was predicted; a predicted name is a false
    positive when it is a form of no gold organisation (optional ones included).
    """
    predicted = predicted_org_names(pred)
    explained: set[str | None] = set()
    tp = fn = 0
    for org in gold.get("organizations", []):
        hits = org_keys(org) & predicted
        explained |= hits
        if org.get("optional"):
            continue
        if hits:
            tp += 1
        else:
            fn += 1
    board.counts["organizations"].add(tp, len(predicted - explained), fn)


def speaker_is_right(gold_speaker: object, predicted_speaker: object) -> bool:
    """The predicted speaker equals the gold one, or one of them when the gold lists several."""
    predicted_speaker = name_field(predicted_speaker)
    wanted = gold_speaker if isinstance(gold_speaker, list) else [gold_speaker]
    given = predicted_speaker if isinstance(predicted_speaker, list) else [predicted_speaker]
    return bool({normalise_name(x) for x in given} & {normalise_name(w) for w in wanted})


def score_quotes(gold: Record, pred: Record, board: Scoreboard) -> None:
    """Half-overlap matching against required quotes; leftovers matching optional quotes are neutral."""
    preds, _ = split_boilerplate(span_items(pred.get("quotes")), gold.get("boilerplate", []))
    required = [q for q in gold.get("quotes", []) if not q.get("optional")]
    optional = [q for q in gold.get("quotes", []) if q.get("optional")]

    pairs = pair_greedily(required, preds, covers_half)
    used = {pred_index for _, pred_index in pairs}
    leftovers = [p for i, p in enumerate(preds) if i not in used]
    neutral = len(pair_greedily(optional, leftovers, covers_half))
    board.counts["quotes"].add(len(pairs), len(preds) - len(pairs) - neutral, len(required) - len(pairs))

    for gold_index, pred_index in pairs:
        gold_speaker = required[gold_index].get("speaker")
        if gold_speaker:
            board.accuracy["quote_speaker"].add(speaker_is_right(gold_speaker, preds[pred_index].get("speaker")))


def alias_table(gold_orgs: Sequence[Item]) -> dict[str | None, str | None]:
    """Normalised form -> normalised canonical name; the first gold organisation owning a form wins."""
    table: dict[str | None, str | None] = {}
    for org in gold_orgs:
        canonical = normalise_name(org["name"])
        for key in org_keys(org):
            table.setdefault(key, canonical)
    return table


def party_key(name: object, aliases: dict[str | None, str | None]) -> str | None:
    """A deal party compares by its gold canonical name when it is a known form, else by itself."""
    normalised = normalise_name(name)
    return aliases.get(normalised, normalised)


def deal_parties(deal: Item, aliases: dict[str | None, str | None]) -> tuple[frozenset[str | None], str | None]:
    """(investor set, target) in canonical form: the identity of a deal, amount aside."""
    investors = deal.get("investors") or []
    if isinstance(investors, str):
        investors = [investors]
    if not isinstance(investors, list):
        investors = []
    investor_keys = frozenset(party_key(name_field(i), aliases) for i in investors)
    return investor_keys, party_key(name_field(deal.get("target")), aliases)


def deal_amount(deal: Item) -> tuple[object, object]:
    """(value, value_max) of a deal's amount, given as a dict, a bare number or nothing."""
    amount = deal.get("amount")
    if isinstance(amount, dict):
        return amount.get("value"), amount.get("value_max")
    return amount, None


def same_deal(gold: Item, pred: Item, aliases: dict[str | None, str | None]) -> bool:
    """Same target, same investor set, and value and value_max each within 0.5 % (or both absent)."""
    gold_value, gold_max = deal_amount(gold)
    pred_value, pred_max = deal_amount(pred)
    return (deal_parties(gold, aliases) == deal_parties(pred, aliases)
            and within_tolerance(pred_value, gold_value) and within_tolerance(pred_max, gold_max))


def score_deals(gold: Record, pred: Record, board: Scoreboard) -> None:
    """Deal F1; over matched pairs, status, type and date accuracy."""
    aliases = alias_table(gold.get("organizations", []))
    golds = gold.get("deals", [])
    raw_deals = pred.get("deals")
    preds = [d for d in raw_deals if isinstance(d, dict)] if isinstance(raw_deals, list) else []
    pairs = pair_greedily(golds, preds, lambda g, p: same_deal(g, p, aliases))
    board.counts["deals"].add(len(pairs), len(preds) - len(pairs), len(golds) - len(pairs))
    for gold_index, pred_index in pairs:
        g, p = golds[gold_index], preds[pred_index]
        board.accuracy["deal_status"].add(p.get("status") == g.get("status"))
        board.accuracy["deal_type"].add(p.get("type") == g.get("type"))
        board.accuracy["deal_date"].add((p.get("date") or None) == (g.get("date") or None))


def _tallies(matched: int, kept_preds: int, golds: int, in_boilerplate: int) -> tuple[int, int, int]:
    """(tp, fp, fn) of a span field: unmatched and boilerplate predictions are false positives."""
    return matched, kept_preds - matched + in_boilerplate, golds - matched


FIELD_SCORERS: tuple[Callable[[Record, Record, Scoreboard], None], ...] = (
    score_language, score_amounts, score_dates, score_organizations, score_quotes, score_deals,
)


# ---------------------------------------------------------------------- files


def _read_json(path: Path) -> object:
    """Parsed JSON, or None for anything unreadable (a directory, bad bytes, bad JSON)."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):
        return None


def record_key(data: Record, path: Path) -> str:
    """The doc_id a predicted file speaks for: its `doc_id`, else its `id`, else its file name.

    Files that are not article records (manifest.json, comparison.json...) get a key no gold
    article has, so they are ignored without a special case, exactly as the reference does.
    """
    return str(data.get("doc_id") or data.get("id") or path.stem)


def load_predictions(pred_dir: Path) -> dict[str, Record]:
    """Every JSON object under `pred_dir` (recursive), by doc_id.

    Walked in `Path.rglob` order, a later file winning over an earlier one with the same key,
    as in the reference scorer (that only matters when two files claim the same doc_id).
    """
    records: dict[str, Record] = {}
    for path in Path(pred_dir).rglob("*.json"):
        data = _read_json(path)
        if isinstance(data, dict):
            records[record_key(data, path)] = data
    return records


def score(gold_dir: Path, pred_dir: Path) -> dict[str, Any]:
    """Score the records under `pred_dir` against every `<doc_id>.json` of `gold_dir`.

    Returns the reference scorer's dict: {p, r, f1, tp, fp, fn} per field, {acc, n} per
    accuracy, and `missing_docs` (gold articles without a predicted record).
    """
    predictions = load_predictions(Path(pred_dir))
    board = Scoreboard()
    for gold_path in sorted(Path(gold_dir).glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        pred = predictions.get(gold["doc_id"])
        if pred is None:
            board.missing_docs.append(gold["doc_id"])
            pred = {}
        for scorer in FIELD_SCORERS:
            scorer(gold, pred, board)
    return board.as_dict()


# ---------------------------------------------------------------------- table


def _figure(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def format_table(result: dict[str, Any]) -> str:
    """Fixed-width text of a `score` result: P/R/F1 rows, accuracy rows, then missing documents."""
    width = max(len(m) for m in (*PRF_METRICS, *ACCURACY_METRICS)) + 2
    lines = [f"{'field':<{width}}{'P':>7}{'R':>7}{'F1':>7}{'TP':>6}{'FP':>6}{'FN':>6}"]
    for metric in PRF_METRICS:
        row = result[metric]
        lines.append(f"{metric:<{width}}{_figure(row['p']):>7}{_figure(row['r']):>7}{_figure(row['f1']):>7}"
                     f"{row['tp']:>6}{row['fp']:>6}{row['fn']:>6}")
    lines.append("")
    lines.append(f"{'accuracy':<{width}}{'acc':>7}{'n':>6}")
    for metric in ACCURACY_METRICS:
        row = result[metric]
        lines.append(f"{metric:<{width}}{_figure(row['acc']):>7}{row['n']:>6}")
    missing = result.get("missing_docs") or []
    if missing:
        lines.append("")
        lines.append(f"no record for {len(missing)} gold article(s): {' '.join(missing)}")
    return "\n".join(lines)
