"""Pipelines per language and long texts cut into pieces."""

from __future__ import annotations

import pytest

from pipeline.nlp import chunk_spans, describe, get_nlp


@pytest.mark.parametrize("lang,model", [("en", "blank:en"), ("es", "blank:es"), ("de", "blank:de")])
def test_blank_pipelines_for_languages_without_a_trained_model(lang, model):
    nlp = get_nlp(lang)
    assert describe(nlp) == model
    assert nlp.pipe_names[-6:] == ["newsx_amounts", "newsx_dates", "newsx_persons", "newsx_orgs", "newsx_quotes",
                                   "newsx_deals"]


@pytest.mark.parametrize("lang", ["fr", "en", "es", "de"])
def test_every_component_declares_what_it_reads_and_writes(lang):
    """`nlp.analyze_pipes` sees each extension written before it is read."""
    analysis = get_nlp(lang).analyze_pipes()
    assert analysis["problems"] == {name: [] for name in get_nlp(lang).pipe_names}
    summary = analysis["summary"]
    assert summary["newsx_deals"]["assigns"] == ["doc._.newsx_deals"]
    assert set(summary["newsx_deals"]["requires"]) == {"doc._.newsx_amounts", "doc._.newsx_dates", "doc._.newsx_orgs"}
    assert summary["newsx_quotes"]["requires"] == ["doc._.newsx_persons", "doc._.newsx_orgs"]


def test_line_breaks_end_sentences():
    doc = get_nlp("en")("Nvidia invests in CoreWeave\nThe chipmaker said so. It was big")
    assert [s.text.strip() for s in doc.sents] == ["Nvidia invests in CoreWeave", "The chipmaker said so.", "It was big"]


@pytest.mark.parametrize("text,limit,expected", [
    ("short text", 100, [(0, 10)]),
    ("a" * 30 + "\n" + "b" * 30 + "\n" + "c" * 30, 70, [(0, 62), (62, 92)]),
    ("Une phrase. " * 10, 50, [(0, 48), (48, 96), (96, 120)]),
    ("x" * 120, 50, [(0, 50), (50, 100), (100, 120)]),
])
def test_chunk_spans_cut_at_paragraphs_then_sentences(text, limit, expected):
    spans = chunk_spans(text, limit)
    assert spans == expected
    assert "".join(text[s:e] for s, e in spans) == text
