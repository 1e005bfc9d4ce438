"""Number parsing in fr/en/es/de: digit formats with locale separators, number words, finding numbers in text."""

from __future__ import annotations

import pytest

from pipeline.extract.numbers import is_weak_number, parse_digits, parse_number, parse_number_words

# (lang, text, expected value)
DIGIT_CASES = [
    ("fr", "6,6", 6.6),
    ("fr", "6.6", 6.6),
    ("fr", "1 000", 1000.0),
    ("fr", "1\u00a0000", 1000.0),
    ("fr", "1\u202f000\u202f000", 1_000_000.0),
    ("fr", "1\u2009000,5", 1000.5),
    ("fr", "1,5", 1.5),
    ("fr", "12,345", 12.345),          # French comma is always decimal
    ("fr", "94.000", 94000.0),         # a lone dot before three digits is a thousands group
    ("fr", "125.000,50", 125000.5),
    ("en", "1,000", 1000.0),
    ("en", "1,000.5", 1000.5),
    ("en", "12,345", 12345.0),
    ("en", "6.6", 6.6),
    ("en", "1,5", 1.5),
    ("en", "100,000,000", 100_000_000.0),
    ("en", "12,34,567.89", 1234567.89),
    ("es", "4.500", 4500.0),
    ("es", "1.000,5", 1000.5),
    ("es", "6,6", 6.6),
    ("es", "1,500", 1500.0),           # Latin-American thousands comma
    ("de", "1.000,5", 1000.5),
    ("de", "4,5", 4.5),
    ("de", "1.500", 1500.0),
    ("de", "1'000", 1000.0),
]


@pytest.mark.parametrize("lang,text,expected", DIGIT_CASES)
def test_parse_digits(lang, text, expected):
    assert parse_digits(text, lang) == pytest.approx(expected)


WORD_CASES = [
    ("fr", "dix", 10.0),
    ("fr", "deux douzaines", 24.0),
    ("fr", "vingt et un", 21.0),
    ("fr", "soixante et onze", 71.0),
    ("fr", "quatre-vingt-dix", 90.0),
    ("fr", "deux cent mille", 200_000.0),
    ("fr", "trois mille cinq cents", 3500.0),
    ("en", "one hundred and five", 105.0),
    ("en", "twenty-five", 25.0),
    ("en", "three thousand", 3000.0),
    ("en", "a dozen", 12.0),
    ("en", "half a", 0.5),
    ("es", "treinta y cinco", 35.0),
    ("es", "doscientos mil", 200_000.0),
    ("es", "dos mil quinientos", 2500.0),
    ("es", "veinticinco", 25.0),
    ("de", "zweiundzwanzig", 22.0),
    ("de", "zweihundertfünfzig", 250.0),
    ("de", "drei Dutzend", 36.0),
    ("de", "fünf", 5.0),
]


@pytest.mark.parametrize("lang,text,expected", WORD_CASES)
def test_parse_number_words(lang, text, expected):
    assert parse_number_words(text, lang) == pytest.approx(expected)


@pytest.mark.parametrize("lang,text", [("fr", "dollars"), ("en", "million"), ("es", "hola"), ("de", "Euro")])
def test_non_numbers_are_none(lang, text):
    assert parse_number(text, lang) is None


@pytest.mark.parametrize("lang,text,weak", [
    ("en", "a", True), ("en", "one", False), ("fr", "un", True), ("fr", "dix", False),
    ("de", "eine", True), ("es", "una", True), ("es", "dos", False),
])
def test_weak_numbers(lang, text, weak):
    assert is_weak_number(text, lang) is weak
