"""Extractors: spaCy components that each write one `Doc` extension.

Shared conventions (see `pipeline.nlp` for the extensions):
- read `doc._.newsx_skip` (character spans to leave alone: boilerplate) and
  `doc._.newsx_anchor` (a `datetime.date` or None);
- write a list of `pipeline.schema` models to their own extension;
- every span satisfies `doc.text[start:end] == text`.
"""

from __future__ import annotations

from collections.abc import Sequence

CharSpan = tuple[int, int]


def inside_any(start: int, end: int, spans: Sequence[CharSpan]) -> bool:
    """True when [start, end) overlaps one of `spans` (a skipped region)."""
    return any(start < s_end and s_start < end for s_start, s_end in spans)


def declare_extensions(*names: str) -> None:
    """Declare `Doc._` attributes (idempotent): each component declares the ones it writes."""
    from spacy.tokens import Doc

    for name in names:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


def skip_spans(doc) -> list[CharSpan]:
    """The doc's skipped regions (boilerplate), empty when none were set."""
    return list(doc._.newsx_skip or [])


SENTENCE_CLOSERS = ".!?…:;»\"”“)'’"


_SENTENCES_KEY = "newsx_sentence_spans"
_TEXT_KEY = "newsx_text"


def doc_text(doc) -> str:
    """`doc.text`, read once per Doc: spaCy rebuilds it from every token on each access."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


def sentence_spans(doc) -> list[CharSpan]:
    """Sentence boundaries as character offsets (parser or sentencizer), computed once per Doc.

    A boundary is kept only after sentence-final punctuation or a line break:
    the parser also splits fragments such as bullet items ("- Amazon | négocie
    …"), which would cut a subject from its verb. Read from the token arrays
    (one pass in C), not `doc.sents`, which builds a Python object per token."""
    cached = doc.user_data.get(_SENTENCES_KEY)
    if cached is not None:
        return list(cached)
    if not (doc.has_annotation("SENT_START") or doc.has_annotation("DEP")):
        return [(0, len(doc_text(doc)))]
    from spacy.attrs import IDX, LENGTH, SENT_START

    text = doc_text(doc)
    rows = doc.to_array([SENT_START, IDX, LENGTH]).tolist()
    starts = [i for i, row in enumerate(rows) if i == 0 or row[0] == 1]
    merged: list[CharSpan] = []
    for number, first in enumerate(starts):
        last = (starts[number + 1] if number + 1 < len(starts) else len(rows)) - 1
        start_char, end_char = rows[first][1], rows[last][1] + rows[last][2]
        if merged:
            stripped = text[merged[-1][0]:merged[-1][1]].rstrip(" \t")
            if stripped and not stripped.endswith("\n") and stripped[-1] not in SENTENCE_CLOSERS:
                merged[-1] = (merged[-1][0], end_char)
                continue
        merged.append((start_char, end_char))
    doc.user_data[_SENTENCES_KEY] = tuple(merged)
    return merged


declare_extensions("newsx_skip", "newsx_anchor")  # set by the worker before the pipeline runs
