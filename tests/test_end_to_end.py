"""The whole pipeline on the seed corpus: scores, committed outputs, determinism."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from pipeline import compare, evaluate, runner

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "fixtures" / "gold"

# Floors under the seed scores: raised as the pipeline improves, never lowered -- with one exception,
# on purpose: the deal-records issue removed every rule and lexicon entry written from the seeds' own
# sentences (a round's owner, a round's participant, "est mort", "tombé à l'eau", "capot", "recalibré",
# "on ice", seed product names), which took deals from 0.821 to 0.815 and deal status from 0.826 to 0.773.
F1_FLOORS = {"amounts": 1.0, "amount_spans": 1.0, "dates": 0.97, "organizations": 1.0, "quotes": 1.0, "deals": 0.83}
ACCURACY_FLOORS = {"amount_qualifier": 1.0, "date_resolution": 1.0, "quote_speaker": 0.96,
                   "deal_status": 0.78, "deal_type": 1.0, "deal_date": 0.86, "language": 1.0}


def run_seeds(out_dir: Path, workers: int = 1) -> runner.RunSummary:
    items = runner.expand_inputs(["seeds"])
    summary = runner.run(items, runner.RunOptions(out_dir=out_dir, workers=workers, force=True))
    compare.write_comparison(out_dir)
    return summary


@pytest.fixture(scope="module")
def seed_run(tmp_path_factory):
    out = tmp_path_factory.mktemp("seed-run")
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(ROOT)
        summary = run_seeds(out)
    return out, summary


def test_all_seeds_processed(seed_run):
    out, summary = seed_run
    assert (summary.processed, summary.failed) == (5, 0)
    assert sorted(p.stem for p in out.glob("0*.json")) == sorted(p.stem for p in (ROOT / "seeds").glob("*.txt"))


@pytest.mark.parametrize("metric,floor", sorted(F1_FLOORS.items()))
def test_f1_floor(seed_run, metric, floor):
    result = evaluate.score(GOLD, seed_run[0])
    assert result[metric]["f1"] >= floor, evaluate.format_table(result)


@pytest.mark.parametrize("metric,floor", sorted(ACCURACY_FLOORS.items()))
def test_accuracy_floor(seed_run, metric, floor):
    result = evaluate.score(GOLD, seed_run[0])
    assert (result[metric]["acc"] or 0.0) >= floor, evaluate.format_table(result)


def test_spans_are_offsets_into_the_article(seed_run):
    out, _ = seed_run
    for path in sorted(out.glob("0*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        text = (ROOT / record["source"]).read_text(encoding="utf-8")
        for field in ("boilerplate", "amounts", "dates", "quotes"):
            for span in record[field]:
                assert text[span["start"]:span["end"]] == span["text"], (path.name, field, span)
        for org in record["organizations"]:
            for mention in org["mentions"]:
                assert text[mention["start"]:mention["end"]] == mention["text"]
        for deal in record["deals"]:
            assert text[deal["evidence_start"]:deal["evidence_end"]] == deal["evidence"]


def same_output(fresh: Path, committed: Path) -> bool:
    """Byte-identical, except where a file records library versions a fresh install may
    move past: the manifest's "models" block and the Parquet writer's own metadata."""
    if fresh.name == "manifest.json":
        strip = lambda p: {k: v for k, v in json.loads(p.read_text(encoding="utf-8")).items() if k != "models"}  # noqa: E731
        return strip(fresh) == strip(committed)
    if fresh.suffix == ".parquet":
        return pd.read_parquet(fresh).equals(pd.read_parquet(committed))
    return fresh.read_bytes() == committed.read_bytes()


def test_committed_outputs_are_current(seed_run):
    """outputs/ is what `make run` writes: refresh it (make run) with every change that alters it."""
    out, _ = seed_run
    committed = ROOT / "outputs"
    names = sorted(p.name for p in out.iterdir() if not p.name.startswith("."))
    assert sorted(p.name for p in committed.iterdir() if p.name in names) == names
    stale = [n for n in names if not same_output(out / n, committed / n)]
    assert stale == [], f"outputs/ differs from a fresh run in {stale}: run `make run` and commit outputs/"


def test_second_run_and_two_workers_give_identical_bytes(seed_run, tmp_path):
    out, _ = seed_run
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(ROOT)
        run_seeds(tmp_path / "again")
        run_seeds(tmp_path / "two", workers=2)
    for path in sorted(out.iterdir()):
        if path.name.startswith("."):
            continue
        assert (tmp_path / "again" / path.name).read_bytes() == path.read_bytes(), path.name
        assert (tmp_path / "two" / path.name).read_bytes() == path.read_bytes(), path.name


def test_comparison_of_the_seed_deals(seed_run):
    """The story the five articles tell, as the comparison groups it."""
    data = json.loads((seed_run[0] / "comparison.json").read_text(encoding="utf-8"))
    groups = {(tuple(g["investors"]), g["target"]): g for g in data["groups"]}
    nvidia = groups[(("Nvidia",), "OpenAI")]
    versions = {v["amount"]: v for v in nvidia["versions"]}
    assert versions[1e11]["first_date"] == "2025-09"
    assert {"000_a07b10b9b976b9d7", "001_f3ee2708d1cb9192"} <= set(versions[1e11]["doc_ids"])
    assert {"cancelled"} <= set(versions[1e11]["statuses"])
    assert (versions[2e10]["outlets"], versions[2e10]["doc_ids"]) == (["Bloomberg"], ["001_f3ee2708d1cb9192"])
    assert versions[3e10]["doc_ids"] == ["004_7ef1f9652ff9a061"]
    assert nvidia["amount_disagreement"] and nvidia["status_disagreement"]
    assert {v["amount"] for v in groups[(("Amazon",), "OpenAI")]["versions"]} == {2e10, 5e10}
    # the 13 billion already invested, the 10 billion reported, and the participation in the new round, unpriced
    assert {v["amount"] for v in groups[(("Microsoft",), "OpenAI")]["versions"]} == {1e10, 1.3e10, None}
    assert [v["amount"] for v in groups[(("SoftBank",), "OpenAI")]["versions"]] == [3e10]
    assert groups[(("Nvidia",), "CoreWeave")]["doc_ids"] == ["000_a07b10b9b976b9d7", "001_f3ee2708d1cb9192"]
    assert [(v["amount"], v["statuses"]) for v in groups[(("OpenAI",), "Oracle")]["versions"]] == [(3e11, ["signed"])]
    markdown = (seed_run[0] / "comparison.md").read_text(encoding="utf-8")
    assert "## Nvidia → OpenAI  ⚠ amounts disagree; statuses disagree" in markdown


MULTILINGUAL = ROOT / "tests" / "fixtures" / "multilingual"
HELDOUT = ROOT / "tests" / "fixtures" / "heldout"
# Floors under the scores of three sets of invented articles in four languages (see their READMEs):
# the first probes (0NN, 1NN), the development half (2NN) and the held-out half (3NN, never read by rule work).
SET_FLOORS = {
    "probes": {"amounts": 0.99, "dates": 0.96, "organizations": 0.93, "quotes": 1.0, "deals": 0.67,
               "date_resolution": 0.98, "quote_speaker": 0.98, "deal_status": 0.84, "deal_type": 0.97, "language": 1.0},
    "development": {"amounts": 0.94, "dates": 0.97, "organizations": 0.94, "quotes": 1.0, "deals": 0.57,
                    "date_resolution": 0.96, "quote_speaker": 0.98, "deal_status": 0.78, "deal_type": 0.90, "language": 1.0},
    # deal_status over matched deals: two more deals found (30 -> 32) and one more right status (24 -> 25) took it
    # from 24/30 to 25/32; its floor sits under 25/32 (stated in the session note of 2026-12-06)
    # then a deal found through "Cementos X" ... "X" (a plural sector head; third 2026-12-06 session) with a status
    # the gold reads otherwise: 26 right of 33 became 26 of 34, and the floor sits under 26/34
    "fresh": {"amounts": 0.96, "dates": 0.97, "organizations": 0.87, "quotes": 1.0, "deals": 0.51,
              "date_resolution": 0.98, "quote_speaker": 0.97, "deal_status": 0.76, "deal_type": 0.96, "language": 1.0},
    # 5NN, written for the 2026-12-06 session by writers who did not see the pipeline; floors at their first score.
    # deal_type: "Stadtwerke Isartal" found as one name matched one more deal, typed as a purchase where the gold
    # has a supply contract: 21 right of 25 matched became 21 of 26, and its floor sits under 21/26 (stated in the
    # second 2026-12-06 session note); the deals floor rises with the deal matched.
    "fresh5": {"amounts": 0.98, "dates": 0.97, "organizations": 0.91, "quotes": 1.0, "deals": 0.47,
               "date_resolution": 0.97, "quote_speaker": 0.98, "deal_status": 0.77, "deal_type": 0.80, "language": 1.0},
    # 6NN, written for the second 2026-12-06 session by writers who did not see the pipeline; floors at their
    # first score (commit ece9ade)
    "fresh6": {"amounts": 0.99, "dates": 0.97, "organizations": 0.93, "quotes": 1.0, "deals": 0.57,
               "date_resolution": 0.99, "quote_speaker": 0.96, "deal_status": 0.71, "deal_type": 0.91, "language": 1.0},
    # 7NN, written for the third 2026-12-06 session by writers who did not see the pipeline; floors at their
    # first score (commit 19e41f4: deals 0.204, status 11 right of 14 matched), raised with the session's rules;
    # deal_status is over matched deals: 15 right of 22 now (more right, a lower share), its floor under 15/22
    "fresh7": {"amounts": 0.99, "dates": 0.96, "organizations": 0.84, "quotes": 1.0, "deals": 0.31,
               "date_resolution": 0.97, "quote_speaker": 0.86, "deal_status": 0.68, "deal_type": 0.92, "language": 1.0},
    # deal_status is an accuracy over matched deals: one more deal found (28 -> 29 matched) moved it from
    # 20/28 to 20/29 with the same count of right statuses; its floor sits under 20/29 (a decision stated in
    # the session note of 2026-12-05), and the deals floor rises with the deal found.
    "heldout": {"amounts": 0.90, "dates": 0.97, "organizations": 0.81, "quotes": 1.0, "deals": 0.38,
                "date_resolution": 0.99, "quote_speaker": 0.84, "deal_status": 0.72, "language": 1.0},
}
SETS = {"probes": (MULTILINGUAL, ("0", "1")), "development": (MULTILINGUAL, ("2",)), "fresh": (MULTILINGUAL, ("4",)), "fresh5": (MULTILINGUAL, ("5",)),
        "fresh6": (MULTILINGUAL, ("6",)), "fresh7": (MULTILINGUAL, ("7",)),
        "heldout": (HELDOUT, ("3",))}


def score_set(name: str, tmp_path_factory) -> dict:
    """Run the pipeline on one set's articles and score them against its gold files."""
    import shutil

    folder, prefixes = SETS[name]
    articles = sorted(p for p in (folder / "articles").glob("*.txt") if p.name.startswith(prefixes))
    work = tmp_path_factory.mktemp(name)
    (work / "in").mkdir()
    (work / "gold").mkdir()
    for article in articles:
        shutil.copy(article, work / "in" / article.name)
        shutil.copy(folder / "gold" / f"{article.stem}.json", work / "gold" / f"{article.stem}.json")
    summary = runner.run(runner.expand_inputs([str(work / "in")]), runner.RunOptions(out_dir=work / "out", force=True))
    assert (summary.processed, summary.failed) == (len(articles), 0)
    return evaluate.score(work / "gold", work / "out")


@pytest.fixture(scope="module")
def set_scores(tmp_path_factory):
    return {name: score_set(name, tmp_path_factory) for name in SET_FLOORS}


@pytest.mark.parametrize("name,metric,floor",
                         [(n, m, f) for n, floors in SET_FLOORS.items() for m, f in sorted(floors.items())])
def test_multilingual_floor(set_scores, name, metric, floor):
    scores = set_scores[name]
    value = scores[metric]["f1"] if "f1" in scores[metric] else (scores[metric]["acc"] or 0.0)
    assert value >= floor, f"{name}: {metric} {value:.3f} < {floor}\n" + evaluate.format_table(scores)
