"""Comparison keys shared by every stage: the text foldings, one money key, one tolerance.

Names and words are compared case- and accent-insensitively with typographic
apostrophes unified (`fold`); date words keep their accents (`fold_key`);
whole lines of boilerplate are compared after NFKC and case folding
(`fold_case`). Amounts are the same when within `AMOUNT_TOLERANCE` (the gold
guidelines' 0.5 %) and are grouped by `money_key` (value and maximum rounded
to units). Keeping them in one module means the extractors, the comparison,
the report and the scorer never disagree on what "the same" is.
"""

from __future__ import annotations

import unicodedata

AMOUNT_TOLERANCE = 0.005  # relative: two figures within 0.5 % are one amount


def fold(text: str) -> str:
    """Case- and accent-insensitive key, typographic apostrophes unified, spaces collapsed.
    ASCII text has nothing to decompose: it only needs the case and the spaces (the common case, done fast)."""
    if text.isascii():
        return " ".join(text.lower().split())
    text = unicodedata.normalize("NFKD", text.replace("’", "'"))
    return " ".join("".join(c for c in text if not unicodedata.combining(c)).lower().split())


def fold_key(word: str) -> str:
    """A lookup key that keeps accents (dates: "mars" is no "más"): lower case, one apostrophe, single spaces."""
    return " ".join(word.replace("’", "'").lower().split())


def fold_case(text: str, quotes: dict[int, str]) -> str:
    """A comparison key for whole lines (boilerplate, repeated headlines): NFKC, quotation marks unified by
    `quotes` (a str.translate table), case-folded, spaces collapsed."""
    text = unicodedata.normalize("NFKC", text).translate(quotes).casefold()
    return " ".join(text.split())


def money_key(value: float | None, value_max: float | None) -> tuple[float, float]:
    """A deal's amount as a grouping key: value and maximum rounded to units; (-1, -1) without one."""
    if value is None:
        return (-1.0, -1.0)
    return (round(value), round(value_max or -1.0))
