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


def register_extensions() -> None:
    """Declare the `Doc._` attributes newsx reads and writes (idempotent)."""
    from spacy.tokens import Doc

    for name in ("newsx_skip", "newsx_anchor", "newsx_amounts", "newsx_dates",
                 "newsx_orgs", "newsx_persons", "newsx_quotes"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


def skip_spans(doc) -> list[CharSpan]:
    """The doc's skipped regions (boilerplate), empty when none were set."""
    return list(doc._.newsx_skip or [])


SENTENCE_CLOSERS = ".!?…:;»\"”“)'’"


def sentence_spans(doc) -> list[CharSpan]:
    """Sentence boundaries as character offsets (parser or sentencizer).

    A boundary is kept only after sentence-final punctuation or a line break:
    the parser also splits fragments such as bullet items ("- Amazon | négocie
    …"), which would cut a subject from its verb."""
    if not (doc.has_annotation("SENT_START") or doc.has_annotation("DEP")):
        return [(0, len(doc.text))]
    text = doc.text  # built from the tokens on each access: read it once
    merged: list[CharSpan] = []
    for sent in doc.sents:
        if merged:
            previous = text[merged[-1][0]:merged[-1][1]]
            stripped = previous.rstrip(" \t")
            if stripped and not stripped.endswith("\n") and stripped[-1] not in SENTENCE_CLOSERS:
                merged[-1] = (merged[-1][0], sent.end_char)
                continue
        merged.append((sent.start_char, sent.end_char))
    return merged


register_extensions()
