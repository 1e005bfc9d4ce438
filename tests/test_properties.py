"""Property-based tests: any Unicode text never crashes an extractor, and every
span's offsets satisfy `text[start:end] == span_text`."""

from __future__ import annotations

from datetime import date

import pytest
import spacy
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.extract.amounts import extract_amounts
from pipeline.extract.dates import extract_dates
from pipeline.extract.persons import find_persons
from pipeline.extract.quotes import extract_quotes
import pipeline.nlp  # noqa: F401  (registers every component factory)
from pipeline.ingest import IngestError, ingest_text
from pipeline.language import detect_language

LANGUAGES = ("fr", "en", "es", "de")
# Text that looks like news often enough to reach the grammars: words, numbers, quotes, currency, months.
NEWSY = st.lists(st.one_of(
    st.text(min_size=0, max_size=12),
    st.sampled_from(["100", "6,6", "1 000", "1.000,5", "milliards", "billion", "Mrd.", "$", "€", "dollars", "d'euros",
                     "janvier", "2026", "mars", "Q3", "T3", "fin", "mi-", "«", "»", "“", "”", "'", "\"", "„", "Nvidia",
                     "OpenAI", "selon", "said", "sagte", "dijo", "jusqu'à", "up to", "entre", "et", "\n", "\u00a0",
                     "\u202f", "\u200b", "\r\n", "le lendemain", "lundi", "plus tard", "%"]),
), max_size=40).map(" ".join)
TEXTS = st.one_of(st.text(max_size=300), NEWSY)
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def assert_offsets(text: str, spans) -> None:
    for span in spans:
        assert 0 <= span.start <= span.end <= len(text)
        assert text[span.start:span.end] == span.text


@SETTINGS
@given(text=TEXTS, lang=st.sampled_from(LANGUAGES))
def test_amounts_never_crash(text, lang):
    assert_offsets(text, extract_amounts(text, lang))


@SETTINGS
@given(text=TEXTS, lang=st.sampled_from(LANGUAGES), anchor=st.one_of(st.none(), st.dates(date(1990, 1, 1), date(2030, 12, 31))))
def test_dates_never_crash(text, lang, anchor):
    assert_offsets(text, extract_dates(text, lang, anchor=anchor))


@SETTINGS
@given(text=TEXTS, lang=st.sampled_from(LANGUAGES))
def test_quotes_and_persons_never_crash(text, lang):
    persons = find_persons(text, lang)
    assert_offsets(text, persons)
    assert_offsets(text, extract_quotes(text, lang, persons=persons))


@SETTINGS
@given(text=TEXTS)
def test_ingest_and_language_never_crash(text):
    try:
        article = ingest_text(text, doc_id="x", source="x.txt", sha256="0" * 64)
    except IngestError as exc:  # empty or blank text: refused with a one-line cause
        assert str(exc).startswith("x.txt: ") and "\n" not in str(exc)
        return
    assert_offsets(text, article.boilerplate)
    guess = detect_language(text)
    assert 0.0 <= guess.confidence <= 1.0


@pytest.fixture(scope="module")
def blank_orgs():
    pipelines = {}
    for lang in LANGUAGES:
        nlp = spacy.blank(lang)
        nlp.add_pipe("sentencizer")
        nlp.add_pipe("newsx_orgs")
        pipelines[lang] = nlp
    return pipelines


@SETTINGS
@given(text=TEXTS, lang=st.sampled_from(LANGUAGES))
def test_organizations_never_crash(blank_orgs, text, lang):
    doc = blank_orgs[lang](text)
    for org in doc._.newsx_orgs:
        assert_offsets(text, org.mentions)


JSON_VALUES = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
                           lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
                           max_leaves=6)
JSONL_RECORDS = st.lists(st.fixed_dictionaries(
    {"id": st.one_of(st.text(max_size=200), JSON_VALUES)},
    optional={"text": st.one_of(st.text(max_size=120), JSON_VALUES), "published": JSON_VALUES | st.dates().map(str),
              "language": st.sampled_from(["fr", "en", "xx"]) | JSON_VALUES, "title": JSON_VALUES}),
    min_size=1, max_size=6)


@given(JSONL_RECORDS)
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
def test_random_jsonl_records_never_escape_out_nor_kill_the_batch(tmp_path_factory, rows):
    """Whatever the lines hold: exit 0 or 1, nothing written outside OUT, one manifest entry per line."""
    import json

    from typer.testing import CliRunner

    from pipeline.cli import app

    root = tmp_path_factory.mktemp("feed")
    feed = root / "in.jsonl"
    feed.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    out = root / "out"
    result = CliRunner().invoke(app, ["run", str(feed), "-o", str(out), "--no-compare"])
    assert result.exit_code in (0, 1), result.output
    outside = [p for p in root.rglob("*") if p != feed and p != out and out not in p.parents]
    assert outside == []
    assert [p for p in out.iterdir() if p.is_dir()] == []
    entries = json.loads((out / "manifest.json").read_text(encoding="utf-8"))["files"]
    assert sorted(e["source"] for e in entries) == sorted(f"{feed.name}:{n}" for n in range(1, len(rows) + 1))
