"""Date extractor on the peer suites (Recognizers-Text specs, .NET-verified cases): floors, not targets."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench" / "peer_dates.py"


def load_bench():
    spec = importlib.util.spec_from_file_location("peer_dates", BENCH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


peer_dates = load_bench()
PEER_PRESENT = all((peer_dates.peer_dir() / lang / "dates.jsonl").exists() for lang in ("fr", "en"))
pytestmark = pytest.mark.skipif(not PEER_PRESENT, reason=f"peer suite not found under {peer_dates.peer_dir()} (set NEWSX_PEER_DIR)")

# Floors a little under what the extractor reaches, so a regression fails.
FLOORS = {"fr": {"f1": 0.80, "resolution": 0.58}, "en": {"f1": 0.85, "resolution": 0.28}}


@pytest.fixture(scope="module")
def scores():
    return {lang: peer_dates.run_dates(lang, verified_only=True) for lang in FLOORS}


@pytest.mark.parametrize("lang", sorted(FLOORS))
def test_peer_span_f1_floor(scores, lang):
    assert scores[lang]["f1"] >= FLOORS[lang]["f1"], scores[lang]


@pytest.mark.parametrize("lang", sorted(FLOORS))
def test_peer_resolution_floor(scores, lang):
    assert scores[lang]["resolution_accuracy"] >= FLOORS[lang]["resolution"], scores[lang]


def test_peer_duration_is_not_a_date():
    case = {"input": "Je vais partir pour 3 semaines", "reference_date": "2016-11-07T00:00:00",
            "expected": [{"text": "3 semaines", "start": 20, "end": 30, "type": "duration"}]}
    assert peer_dates.score_case(case, "fr")["fp"] == 0
