"""Numbers written in digits or in words, read with the language's conventions.

Shared by the amount and date extractors. Digits: "6,6", "6.6", "1 000" (also
with no-break and thin spaces), "1.000,5", "1,000.5", "1'000". The locale's
decimal separator comes from `models/lexicons/<lang>/numbers.json`: a comma in
French, Spanish and German, a dot in English. A lone separator that is not the
locale's decimal and is followed by exactly three digits is a thousands group
("94.000" in French, "12,345" in English); one followed by other digit counts
is a decimal ("6.6" in French). Words: "dix", "vingt et un", "deux douzaines",
"one hundred and five", "zweiundzwanzig", "doscientos mil".

Only language-independent logic here; every word lives in the lexicon.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.resources import lexicon

SPACE_GROUP_CHARS = " \u00a0\u202f\u2009"
# Thousands groups by spaces need a 1-3 digit head and exact 3-digit groups, so
# "en 2025 100" never fuses; other groupings are read by `parse_digits`.
DIGITS_PATTERN = (
    r"(?:\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3}){1,5}(?![\d])(?:[.,]\d+)?"
    r"|\d{1,20}(?:[.,']\d{1,20}){0,6})"
)
DIGITS_RE = re.compile(DIGITS_PATTERN)
WORD_START = r"(?<![^\W\d_])"
WORD_END = r"(?![^\W\d_])"

UNIT, HUNDRED, THOUSAND, COLLECTIVE = "unit", "hundred", "thousand", "collective"
# Bounded repetitions keep every match attempt short, so scanning stays linear.
MAX_NUMBER_WORDS = 7


@dataclass(frozen=True)
class NumberWords:
    """A language's number words by class, plus the compiled phrase matcher."""

    classes: dict[str, tuple[str, float]]  # lower-case form -> (class, value)
    weak: frozenset[str]
    phrase_pattern: str
    token_re: re.Pattern[str]


def words_to_regex(words, *, case_insensitive: bool = True) -> str:
    """Alternation of literal words, longest first, spaces/apostrophes flexible."""
    parts = []
    for word in sorted(set(words), key=lambda w: (-len(w), w)):
        escaped = re.sub("['’]", "['’]", re.escape(word).replace(r"\ ", r"\s+"))
        escaped = escaped.replace(r"\-", r"\s*-\s*")
        parts.append(escaped)
    body = "|".join(parts) or r"(?!x)x"
    return f"(?i:{body})" if case_insensitive else f"(?:{body})"


@lru_cache(maxsize=None)
def number_words(lang: str) -> NumberWords:
    """The language's number-word table and phrase regex, built once."""
    lex = lexicon(lang, "numbers")
    classes: dict[str, tuple[str, float]] = {}
    for key, kind in (("units", UNIT), ("hundreds", HUNDRED), ("thousands", THOUSAND),
                      ("collectives", COLLECTIVE)):
        for word, value in lex.get(key, {}).items():
            classes[word.lower()] = (kind, float(value))
    conj = lex.get("conjunction")
    if conj:
        joiner = "" if lex.get("compound_words") else " "
        for word in conj["with"]:
            kind, value = classes[word.lower()]
            form = (f"{conj['word']}{joiner}{word}" if conj["side"] == "before"
                    else f"{word}{joiner}{conj['word']}")
            classes[form.lower()] = (kind, value)
    atom = words_to_regex(classes)
    if lex.get("compound_words"):
        phrase = f"{WORD_START}{atom}(?:(?:\\s*-\\s*|\\s+)?{atom}){{0,{MAX_NUMBER_WORDS}}}{WORD_END}"
    else:
        phrase = f"{WORD_START}{atom}{WORD_END}(?:(?:\\s*-\\s*|\\s+){atom}{WORD_END}){{0,{MAX_NUMBER_WORDS}}}"
    return NumberWords(classes=classes, weak=frozenset(w.lower() for w in lex.get("weak", [])),
                       phrase_pattern=phrase, token_re=re.compile(atom))


@lru_cache(maxsize=None)
def number_pattern(lang: str) -> str:
    """Regex source for one number, digits or words (no capturing groups)."""
    return f"(?:(?<![\\w.,]){DIGITS_PATTERN}|{number_words(lang).phrase_pattern})"


def _normalise_spaces(text: str) -> str:
    return re.sub(r"\s+", " ", text.strip().lower())


def parse_number_words(text: str, lang: str) -> float | None:
    """Value of a number-word phrase ("vingt et un" -> 21), None if not one."""
    table = number_words(lang)
    tokens = [_normalise_spaces(t).replace("’", "'") for t in table.token_re.findall(text)]
    tokens = [re.sub(r"\s*-\s*", "-", t) for t in tokens]
    if not tokens:
        return None
    total, current = 0.0, 0.0
    for token in tokens:
        entry = table.classes.get(token)
        if entry is None:
            return None
        kind, value = entry
        if kind == UNIT:
            current += value
        elif kind in (HUNDRED, COLLECTIVE):
            current = (current or 1.0) * value
        else:
            total += (current or 1.0) * value
            current = 0.0
    return total + current


def ends_in_collective(text: str, lang: str) -> bool:
    """True for a number phrase ending in a collective ("une trentaine", "una decena"): a rough
    count, joined to its magnitude by a connector ("une trentaine de millions")."""
    tokens = number_words(lang).token_re.findall(text)
    last = _normalise_spaces(tokens[-1]).replace("’", "'") if tokens else ""
    return number_words(lang).classes.get(last, ("", 0.0))[0] == COLLECTIVE


def is_weak_number(text: str, lang: str) -> bool:
    """True for article-like words ("a", "un", "eine") that are numbers only before a unit."""
    return _normalise_spaces(text) in number_words(lang).weak


def parse_digits(text: str, lang: str) -> float | None:
    """Value of a digit string with the language's separators ("1.000,5" -> 1000.5)."""
    lex = lexicon(lang, "numbers")
    decimal = lex.get("decimal_separator", ".")
    compact = "".join(ch for ch in text.strip() if ch not in SPACE_GROUP_CHARS + "'")
    if not compact or not compact[0].isdigit():
        return None
    seps = [ch for ch in compact if ch in ".,"]
    if not seps:
        return float(compact)
    last = seps[-1]
    head, _, tail = compact.rpartition(last)
    if len(set(seps)) == 2:
        if seps.count(last) > 1:
            return None
        return float(head.replace(".", "").replace(",", "") + "." + tail)
    if len(seps) > 1:
        return float(compact.replace(last, ""))
    three = len(tail) == 3
    if last == decimal:
        is_group = three and lex.get("single_group_of_three") == "group"
    else:
        is_group = three
    return float(head + tail) if is_group else float(head + "." + tail)


def parse_number(text: str, lang: str) -> float | None:
    """Digits or words, whichever `text` is."""
    stripped = text.strip()
    if stripped and stripped[0].isdigit():
        return parse_digits(stripped, lang)
    return parse_number_words(stripped, lang)

