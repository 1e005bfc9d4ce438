"""Given names and their usual gender, from the gender-guesser package's name list
(about 48,000 first names across Europe, the Americas and Asia, with a gender per
country). A maintained list rather than one of our own: a hand list only ever
holds the names its author happened to meet.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

FEMALE = ("female", "mostly_female")
MALE = ("male", "mostly_male")


@lru_cache(maxsize=1)
def _detector():
    import gender_guesser.detector as gender_guesser

    return gender_guesser.Detector(case_sensitive=False)


# where the news we read comes from: a name male in one and female in another ("Andrea", "Jean") is either
COUNTRIES = ("great_britain", "usa", "france", "italy", "spain", "portugal", "germany", "the_netherlands", "sweden")


@lru_cache(maxsize=65536)
def given_name_gender(word: str) -> str | None:
    """"female", "male", "either" for a known given name ("andy" in the list, or male in one country and
    female in another: "Andrea" in Italy and Spain), else None."""
    if len(word) < 2 or not word[0].isupper() or word.isupper():
        return None  # "AMD", "EU": acronyms are never given names
    if "-" in word.strip("-"):
        return _compound_gender(word)
    found = _detector().get_gender(word)
    if found not in FEMALE + MALE:
        return "either" if found == "andy" else None
    by_country = {_detector().get_gender(word, country) for country in COUNTRIES}
    if by_country & set(FEMALE) and by_country & set(MALE):
        return "either"
    return "female" if found in FEMALE else "male"


def _compound_gender(word: str) -> str | None:
    """"Jean-Marc", "Anne-Sophie", "Karl-Heinz": a given name when every part is one, of the first part's
    gender that is not "either" (the list holds few compounds, and "Jean" alone is either)."""
    genders = [given_name_gender(part) for part in word.split("-")]
    if not genders or None in genders:
        return None
    return next((g for g in genders if g != "either"), "either")


def is_given_name(word: str) -> bool:
    return given_name_gender(word) is not None


ESTABLISHED_IN = 3  # countries: "Daniel", "Simon", "Laura" are given names in many; "Fine", "Santa" in one
HOME_COUNTRIES = {"en": ("great_britain", "usa"), "fr": ("france",), "es": ("spain",), "de": ("germany",)}


@lru_cache(maxsize=65536)
def is_established_given_name(word: str, lang: str = "") -> bool:
    """A given name in at least three of the countries we read, or in a country of the article's language: a
    person's name even before a word of the language ("Simon Grey", "Andrés Molina"), where a name of one
    foreign country ("Fine Chemicals" in English) is not."""
    first = word.split("-")[0]
    if given_name_gender(first) is None:
        return False
    plain = "".join(c for c in unicodedata.normalize("NFKD", first) if not unicodedata.combining(c))
    gendered = [c for c in COUNTRIES if {_detector().get_gender(form, c) for form in {first, plain}} & set(FEMALE + MALE)]
    return len(gendered) >= ESTABLISHED_IN or bool(set(gendered) & set(HOME_COUNTRIES.get(lang, ())))
