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


@lru_cache(maxsize=65536)
def given_name_gender(word: str) -> str | None:
    """"female", "male", "either" for a known given name ("andy" in the list), else None."""
    if len(word) < 2 or not word[0].isupper() or word.isupper():
        return None  # "AMD", "EU": acronyms are never given names
    found = _detector().get_gender(word)
    if found in FEMALE:
        return "female"
    if found in MALE:
        return "male"
    return "either" if found == "andy" else None


def is_given_name(word: str) -> bool:
    return given_name_gender(word) is not None
