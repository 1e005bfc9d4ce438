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
