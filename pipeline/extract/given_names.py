"""Given names and their usual gender, from the gender-guesser package's name list
(about 48,000 first names across Europe, the Americas and Asia, with a gender per
country). A maintained list rather than one of our own: a hand list only ever
holds the names its author happened to meet.
"""

from __future__ import annotations

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
    found = _detector().get_gender(word)
    if found not in FEMALE + MALE:
        return "either" if found == "andy" else None
    by_country = {_detector().get_gender(word, country) for country in COUNTRIES}
    if by_country & set(FEMALE) and by_country & set(MALE):
        return "either"
    return "female" if found in FEMALE else "male"


def is_given_name(word: str) -> bool:
    return given_name_gender(word) is not None
