"""Sentence boundaries at line breaks.

Headlines, bullet items and paragraphs in news text end without a full stop;
the French parser and the sentencizer would run them into the next sentence.
This component marks the first token after a line break as a sentence start.
It runs before the parser (which keeps preset boundaries) or after the
sentencizer.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("newsx_line_breaks")
def mark_line_breaks(doc: Doc) -> Doc:
    after_break = False
    for token in doc:
        if token.is_space and "\n" in token.text:
            after_break = True
            continue
        if after_break and token.i > 0:
            token.is_sent_start = True
        after_break = "\n" in token.whitespace_
    return doc
