"""Tests of `newsx eval` scoring (pipeline/evaluate.py).

Fixtures: tests/fixtures/eval/{articles,gold,pred}. Four hand-made articles, one per language,
each built to exercise rules of GUIDELINES.md "Scoring rules"; the expected counts below were
worked out by hand from those files (see the comments on each case).

- eval_fr_amounts: amount span overlap, value within 0.5 %, currency mismatch, boilerplate false
  positives (amount and date), a prediction without integer offsets, org aliases and case.
- eval_en_deals: record without doc_id (found by file name), quote half-overlap, optional quote,
  speaker list, quote in boilerplate, optional org, deals matched through party aliases and value_max.
- eval_de_nested: record in a sub-folder under another file name, wrong language, currency case.
- eval_es_missing: gold article with no predicted record.
"""

from __future__ import annotations

import importlib.util
import json
import shutil
from pathlib import Path
from types import ModuleType

import pytest

from pipeline import evaluate
from pipeline.evaluate import (
    Scoreboard,
    covers_half,
    format_table,
    inside_boilerplate,
    load_predictions,
    normalise_name,
    overlap,
    pair_greedily,
    score,
    score_deals,
    score_quotes,
    within_tolerance,
)

REPO = Path(__file__).resolve().parents[1]
EVAL = REPO / "tests" / "fixtures" / "eval"
EVAL_GOLD, EVAL_PRED = EVAL / "gold", EVAL / "pred"
SEED_GOLD = REPO / "tests" / "fixtures" / "gold"
REFERENCE_SCORER = REPO.parent / "shared" / "hooks" / "score_gold.py"


@pytest.fixture(scope="module")
def per_doc(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    """Each fixture article scored alone: its gold file in a folder of its own, all predictions."""
    results = {}
    for gold_file in sorted(EVAL_GOLD.glob("*.json")):
        folder = tmp_path_factory.mktemp(gold_file.stem)
        shutil.copy(gold_file, folder / gold_file.name)
        results[gold_file.stem] = score(folder, EVAL_PRED)
    return results


@pytest.fixture(scope="module")
def overall() -> dict:
    return score(EVAL_GOLD, EVAL_PRED)


# ------------------------------------------------------------ fixture articles

PRF_CASES = [
    # FR: 3 golds; "100 milliards" overlaps "100 milliards de dollars"; "120" inside the word-count boilerplate
    # is a false positive; the prediction with start "29" (a string) is not placeable and ignored.
    ("eval_fr_amounts", "amount_spans", (3, 1, 0)),
    # FR: 1.004e11 vs 1e11 (0.4 %) matches; 2.5e9 "USD" vs EUR fails; 7.545e8 vs 7.5e8 (0.6 %) fails.
    ("eval_fr_amounts", "amounts", (1, 3, 2)),
    # FR: "septembre 2025" overlaps "22 septembre 2025"; "3 mars 2024" lies in boilerplate.
    ("eval_fr_amounts", "dates", (2, 1, 0)),
    # FR: "NVIDIA" (case), "openai", "WSJ" (alias) found; Microsoft missed.
    ("eval_fr_amounts", "organizations", (3, 0, 1)),
    ("eval_fr_amounts", "quotes", (0, 0, 1)),
    # FR: Nvidia -> Microsoft is not Nvidia -> OpenAI.
    ("eval_fr_amounts", "deals", (0, 1, 1)),
    # EN: "$2 billion" takes the range gold; "$2.5 billion" overlaps only that already-used gold.
    ("eval_en_deals", "amount_spans", (1, 1, 1)),
    ("eval_en_deals", "amounts", (1, 1, 1)),
    # EN: "Monday" and "May 2025" found; "2026" inside 'Read also: "Banks in 2026"' is a false positive.
    ("eval_en_deals", "dates", (2, 1, 0)),
    # EN: "societe generale" (accents), "Acme" and "Acme Corp" (one org), "REUTERS" via `canonical`;
    # "Project Falcon" is optional (neutral); "Marie Dupont" is a false positive.
    ("eval_en_deals", "organizations", (3, 1, 0)),
    # EN: the 10-char prediction covers < half of Q1 (false positive), the next covers exactly half (match);
    # "synergies" matches an optional quote (neutral); the quote inside boilerplate is set aside.
    ("eval_en_deals", "quotes", (4, 1, 0)),
    # EN: SocGen -> Acme (aliases) with values 0.25 % / 0.4 % off matches deal 1; the value_max 2e9 record
    # does not match deal 2 (gold value_max null), the lower-cased one does; SocGen+Reuters is another set.
    ("eval_en_deals", "deals", (2, 2, 0)),
    ("eval_de_nested", "amount_spans", (1, 0, 0)),
    # DE: currency "eur" equals "EUR".
    ("eval_de_nested", "amounts", (1, 0, 0)),
    ("eval_de_nested", "dates", (1, 0, 0)),
    ("eval_de_nested", "organizations", (1, 0, 0)),
    ("eval_de_nested", "quotes", (0, 0, 0)),
    ("eval_de_nested", "deals", (0, 0, 0)),
    # ES: no record at all, everything is missed.
    ("eval_es_missing", "amount_spans", (0, 0, 1)),
    ("eval_es_missing", "amounts", (0, 0, 1)),
    ("eval_es_missing", "dates", (0, 0, 1)),
    ("eval_es_missing", "organizations", (0, 0, 2)),
    ("eval_es_missing", "quotes", (0, 0, 1)),
    ("eval_es_missing", "deals", (0, 0, 1)),
]


@pytest.mark.parametrize(("doc_id", "metric", "expected"), PRF_CASES)
def test_counts_per_article(per_doc: dict, doc_id: str, metric: str, expected: tuple[int, int, int]) -> None:
    row = per_doc[doc_id][metric]
    assert (row["tp"], row["fp"], row["fn"]) == expected


ACCURACY_CASES = [
    # FR: qualifier pairs exact/exact, approx/exact (wrong), exact/exact.
    ("eval_fr_amounts", "amount_qualifier", (0.6667, 3)),
    # FR: "septembre 2025" resolves to the month, gold is the day.
    ("eval_fr_amounts", "date_resolution", (0.5, 2)),
    ("eval_fr_amounts", "quote_speaker", (None, 0)),
    ("eval_fr_amounts", "deal_status", (None, 0)),
    ("eval_fr_amounts", "language", (1.0, 1)),
    # EN: "exact" against "range".
    ("eval_en_deals", "amount_qualifier", (0.0, 1)),
    # EN: "Monday" null..null equals gold null..null.
    ("eval_en_deals", "date_resolution", (1.0, 2)),
    # EN: "marie dupont" right; "ACME CORP" is one of the gold list; the anonymous quote (speaker null)
    # is not counted; {"name": "Acme Corp"} for Dupont's quote is wrong.
    ("eval_en_deals", "quote_speaker", (0.6667, 3)),
    ("eval_en_deals", "deal_status", (0.5, 2)),
    ("eval_en_deals", "deal_type", (0.5, 2)),
    ("eval_en_deals", "deal_date", (1.0, 2)),
    # EN: "EN" equals "en".
    ("eval_en_deals", "language", (1.0, 1)),
    ("eval_de_nested", "amount_qualifier", (1.0, 1)),
    ("eval_de_nested", "date_resolution", (0.0, 1)),
    ("eval_de_nested", "language", (0.0, 1)),
    ("eval_es_missing", "language", (0.0, 1)),
    ("eval_es_missing", "amount_qualifier", (None, 0)),
]


@pytest.mark.parametrize(("doc_id", "metric", "expected"), ACCURACY_CASES)
def test_accuracy_per_article(per_doc: dict, doc_id: str, metric: str, expected: tuple) -> None:
    row = per_doc[doc_id][metric]
    assert (row["acc"], row["n"]) == expected


@pytest.mark.parametrize(("doc_id", "missing"), [
    ("eval_fr_amounts", []),
    ("eval_en_deals", []),  # no doc_id in the record: found by its file name
    ("eval_de_nested", []),  # record in pred/batch2/record_c.json, found by its doc_id
    ("eval_es_missing", ["eval_es_missing"]),  # pred/broken.json names it but is not valid JSON
])
def test_missing_docs(per_doc: dict, doc_id: str, missing: list[str]) -> None:
    assert per_doc[doc_id]["missing_docs"] == missing


OVERALL_PRF = {
    "amount_spans": {"p": 0.7143, "r": 0.7143, "f1": 0.7143, "tp": 5, "fp": 2, "fn": 2},
    "amounts": {"p": 0.4286, "r": 0.4286, "f1": 0.4286, "tp": 3, "fp": 4, "fn": 4},
    "dates": {"p": 0.7143, "r": 0.8333, "f1": 0.7692, "tp": 5, "fp": 2, "fn": 1},
    "organizations": {"p": 0.875, "r": 0.7, "f1": 0.7778, "tp": 7, "fp": 1, "fn": 3},
    "quotes": {"p": 0.8, "r": 0.6667, "f1": 0.7273, "tp": 4, "fp": 1, "fn": 2},
    "deals": {"p": 0.4, "r": 0.5, "f1": 0.4444, "tp": 2, "fp": 3, "fn": 2},
}
OVERALL_ACCURACY = {
    "amount_qualifier": {"acc": 0.6, "n": 5},
    "date_resolution": {"acc": 0.6, "n": 5},
    "quote_speaker": {"acc": 0.6667, "n": 3},
    "deal_status": {"acc": 0.5, "n": 2},
    "deal_type": {"acc": 0.5, "n": 2},
    "deal_date": {"acc": 1.0, "n": 2},
    "language": {"acc": 0.5, "n": 4},
}


def test_micro_average_over_articles(overall: dict) -> None:
    """Sums of the per-article counts above, then P/R/F1 once (not a mean of per-article F1)."""
    assert overall == {**OVERALL_PRF, **OVERALL_ACCURACY, "missing_docs": ["eval_es_missing"]}
    assert list(overall) == [*evaluate.PRF_METRICS, *evaluate.ACCURACY_METRICS, "missing_docs"]


def test_non_record_files_are_ignored() -> None:
    """manifest.json keys as "manifest", comparison.json is a list, broken.json is unreadable."""
    records = load_predictions(EVAL_PRED)
    assert sorted(records) == ["eval_de_nested", "eval_en_deals", "eval_fr_amounts", "manifest", "not_in_gold"]


# ------------------------------------------------------------ pure functions


@pytest.mark.parametrize(("a", "b", "equal"), [
    ("Société Générale", "societe generale", True),
    ("Telefónica", "TELEFONICA", True),
    ("Müller  AG", "muller ag", True),
    ("L’Oréal", "l'oreal", True),
    ("Acme Corp", "Acme Corporation", False),
    ("Siemens", "Siemens Energy", False),
])
def test_normalise_name(a: str, b: str, equal: bool) -> None:
    assert (normalise_name(a) == normalise_name(b)) is equal


def test_normalise_name_keeps_none() -> None:
    assert normalise_name(None) is None
    assert normalise_name("  Zürich\u00a0Versicherung ") == "zurich versicherung"


@pytest.mark.parametrize(("predicted", "gold", "ok"), [
    (1.004e11, 1e11, True),
    (0.996e11, 1e11, True),
    (1.006e11, 1e11, False),
    (0.994e11, 1e11, False),
    ("2.5e9", 2.5e9, True),  # numbers given as text still compare
    ("abc", 2.5e9, False),
    (None, None, True),  # both absent (value_max of a single amount)
    (2e9, None, False),
    (None, 2e9, False),
    (0, 0, True),
    (1, 0, False),
])
def test_within_tolerance(predicted: object, gold: object, ok: bool) -> None:
    assert within_tolerance(predicted, gold) is ok


def _span(start: int, end: int) -> dict:
    return {"start": start, "end": end}


@pytest.mark.parametrize(("a", "b", "shared"), [
    ((0, 10), (5, 20), 5),
    ((0, 10), (10, 20), 0),  # touching is not overlapping
    ((3, 4), (0, 10), 1),
    ((0, 10), (20, 30), 0),
])
def test_overlap(a: tuple[int, int], b: tuple[int, int], shared: int) -> None:
    assert overlap(_span(*a), _span(*b)) == shared


@pytest.mark.parametrize(("gold", "pred", "found"), [
    ((0, 10), (0, 5), True),  # exactly half
    ((0, 10), (0, 4), False),
    ((0, 11), (0, 5), False),  # 5 of 11 is less than half
    ((0, 10), (5, 30), True),
    ((0, 1), (0, 1), True),
    ((0, 0), (0, 0), False),  # nothing shared, nothing found
])
def test_covers_half(gold: tuple[int, int], pred: tuple[int, int], found: bool) -> None:
    assert covers_half(_span(*gold), _span(*pred)) is found


@pytest.mark.parametrize(("item", "inside"), [
    ((0, 27), True),
    ((5, 10), True),
    ((20, 30), False),  # straddling the edge is not inside
    ((40, 45), False),
])
def test_inside_boilerplate(item: tuple[int, int], inside: bool) -> None:
    assert inside_boilerplate(_span(*item), [_span(0, 27)]) is inside


def test_pairing_is_greedy_in_gold_order() -> None:
    """Gold 0 takes prediction 0 although only prediction 0 could serve gold 1: one pair, not two."""
    golds, preds = [_span(0, 10), _span(8, 12)], [_span(5, 9), _span(0, 3)]
    assert pair_greedily(golds, preds, lambda g, p: overlap(g, p) > 0) == [(0, 0)]


# ------------------------------------------------------------ rule corner cases in memory


def _quote(start: int, end: int, speaker: object = None, optional: bool = False) -> dict:
    return {"text": "x" * (end - start), "start": start, "end": end, "speaker": speaker, "optional": optional}


@pytest.mark.parametrize(("gold_speaker", "pred_speaker", "expected"), [
    ("Jensen Huang", "jensen huang", (1.0, 1)),
    ("Jensen Huang", "Huang", (0.0, 1)),
    (["Nvidia", "OpenAI"], "OPENAI", (1.0, 1)),
    (["Nvidia", "OpenAI"], ["Microsoft", "Nvidia"], (1.0, 1)),
    (["Nvidia", "OpenAI"], None, (0.0, 1)),
    ("José López", {"name": "Jose Lopez"}, (1.0, 1)),
    (None, "Jensen Huang", (None, 0)),  # anonymous gold quote: not part of attribution accuracy
])
def test_quote_speaker_accuracy(gold_speaker: object, pred_speaker: object, expected: tuple) -> None:
    board = Scoreboard()
    score_quotes({"quotes": [_quote(0, 20, gold_speaker)]}, {"quotes": [_quote(0, 20, pred_speaker)]}, board)
    assert board.counts["quotes"].tp == 1
    assert tuple(board.accuracy["quote_speaker"].as_dict().values()) == expected


def test_prediction_on_optional_quote_only_is_neutral_once() -> None:
    """Two predictions on one optional quote: the first is neutral, the second a false positive."""
    board = Scoreboard()
    gold = {"quotes": [_quote(0, 10, optional=True)]}
    score_quotes(gold, {"quotes": [_quote(0, 10), _quote(2, 9)]}, board)
    assert (board.counts["quotes"].tp, board.counts["quotes"].fp, board.counts["quotes"].fn) == (0, 1, 0)


GOLD_ORGS = [{"name": "Nvidia", "aliases": ["Nvidia", "NVDA"]}, {"name": "OpenAI", "aliases": ["OpenAI"]}]


def _deal(investors: object, target: object, amount: object, **extra: object) -> dict:
    return {"investors": investors, "target": target, "amount": amount, **extra}


@pytest.mark.parametrize(("pred", "matched"), [
    (_deal(["NVDA"], "openai", {"value": 1e11, "value_max": None}), True),
    (_deal("Nvidia", {"name": "OpenAI"}, 1e11), True),  # one investor as a string, bare-number amount
    (_deal(["Nvidia"], "OpenAI", {"value": 1e11, "value_max": 1e11}), False),  # gold value_max is null
    (_deal(["Nvidia"], "OpenAI", {"value": 1.01e11}), False),
    (_deal(["Nvidia", "SoftBank"], "OpenAI", {"value": 1e11}), False),
    (_deal([], "OpenAI", {"value": 1e11}), False),
    (_deal(["Nvidia"], "OpenAI", None), False),
])
def test_deal_matching(pred: dict, matched: bool) -> None:
    board = Scoreboard()
    gold = {"organizations": GOLD_ORGS, "deals": [_deal(["Nvidia"], "OpenAI", {"value": 1e11, "value_max": None})]}
    score_deals(gold, {"deals": [pred]}, board)
    counts = board.counts["deals"]
    assert (counts.tp, counts.fp, counts.fn) == ((1, 0, 0) if matched else (0, 1, 1))


def test_deal_without_amount_matches_deal_without_amount() -> None:
    board = Scoreboard()
    gold = {"organizations": GOLD_ORGS, "deals": [_deal(["Nvidia"], "OpenAI", None, status="rumored", date="")]}
    score_deals(gold, {"deals": [_deal(["nvidia"], "OpenAI", None, status="rumored", date=None)]}, board)
    assert board.counts["deals"].tp == 1
    assert board.accuracy["deal_date"].as_dict() == {"acc": 1.0, "n": 1}  # "" and null both mean no date
    assert board.accuracy["deal_status"].as_dict() == {"acc": 1.0, "n": 1}


# ------------------------------------------------------------ table


def test_format_table(overall: dict) -> None:
    table = format_table(overall)
    lines = table.splitlines()
    assert lines[0].split() == ["field", "P", "R", "F1", "TP", "FP", "FN"]
    assert lines[1].split() == ["amounts", "0.429", "0.429", "0.429", "3", "4", "4"]
    assert lines[3].split() == ["dates", "0.714", "0.833", "0.769", "5", "2", "1"]
    assert "language            0.500     4" in lines
    assert lines[-1] == "no record for 1 gold article(s): eval_es_missing"
    assert len({len(line) for line in lines[:7]}) == 1  # fixed width
    assert format_table(score(EVAL_GOLD, EVAL_PRED)) == table


def test_format_table_marks_empty_accuracy_and_omits_missing_line() -> None:
    result = Scoreboard().as_dict()
    table = format_table(result)
    assert "quote_speaker           -     0" in table.splitlines()
    assert "no record" not in table
    assert table.splitlines()[1].split() == ["amounts", "0.000", "0.000", "0.000", "0", "0", "0"]


def test_cli_eval_prints_the_score() -> None:
    from typer.testing import CliRunner

    from pipeline.cli import app

    runner = CliRunner()
    as_json = runner.invoke(app, ["eval", "--gold", str(EVAL_GOLD), "--pred", str(EVAL_PRED), "--json"])
    assert as_json.exit_code == 0, as_json.output
    assert json.loads(as_json.output) == score(EVAL_GOLD, EVAL_PRED)
    as_table = runner.invoke(app, ["eval", "--gold", str(EVAL_GOLD), "--pred", str(EVAL_PRED)])
    assert as_table.output.rstrip("\n") == format_table(score(EVAL_GOLD, EVAL_PRED))


# ------------------------------------------------------------ reference scorer


def _reference() -> ModuleType:
    if not REFERENCE_SCORER.exists():
        pytest.skip(f"reference scorer not found at {REFERENCE_SCORER}")
    spec = importlib.util.spec_from_file_location("score_gold_reference", REFERENCE_SCORER)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(("gold_dir", "pred_dir"), [
    (EVAL_GOLD, EVAL_PRED),
    (SEED_GOLD, SEED_GOLD),
    (SEED_GOLD, EVAL_PRED),  # nothing predicted for the seeds: all missing
])
def test_equals_reference_scorer(gold_dir: Path, pred_dir: Path) -> None:
    reference = _reference()
    assert score(gold_dir, pred_dir) == reference.score(str(gold_dir), str(pred_dir))


def test_gold_scored_against_itself_is_perfect() -> None:
    result = score(SEED_GOLD, SEED_GOLD)
    for metric in evaluate.PRF_METRICS:
        row = result[metric]
        assert row["tp"] > 0, metric
        assert (row["f1"], row["fp"], row["fn"]) == (1.0, 0, 0), metric
    for metric in evaluate.ACCURACY_METRICS:
        assert result[metric]["acc"] == 1.0, metric
    assert result["missing_docs"] == []
