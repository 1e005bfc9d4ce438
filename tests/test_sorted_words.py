"""The compact word table answers every lookup as the `dict` of the same words does."""

from __future__ import annotations

import random

import pytest

from pipeline.extract.sorted_words import SortedWords

WORDS = ["a", "ab", "abc", "b", "é", "e", "Zürich", "zurich", "straße", "strasse", "😀", "日本", "l'état", "", "x\ud800"]

# (word looked up, expected value or None): prefixes, case, accents, astral and lone-surrogate characters
LOOKUPS = [
    ("a", 0), ("ab", 1), ("abc", 2), ("abcd", None), ("A", None), ("é", 4), ("É", None), ("Zürich", 6),
    ("Zurich", None), ("straße", 8), ("strasse", 9), ("strass", None), ("😀", 10), ("日本", 11), ("日", None),
    ("l'état", 12), ("l’état", None), ("", 13), ("x\ud800", 14), ("x", None), ("zzz", None), ("\U0010ffff", None),
]


@pytest.fixture(scope="module")
def table() -> SortedWords:
    return SortedWords(WORDS, range(len(WORDS)))


@pytest.mark.parametrize("word, expected", LOOKUPS)
def test_lookup_table(table: SortedWords, word: str, expected: int | None) -> None:
    as_dict = dict(zip(WORDS, range(len(WORDS))))
    assert table.get(word) == expected == as_dict.get(word), word
    assert (word in table) is (expected is not None), word


def test_a_repeated_word_keeps_its_last_value_as_a_dict_does() -> None:
    table = SortedWords(["maison", "Paris", "maison"], [3, 5, 7])
    assert (table.get("maison"), table.get("Paris"), len(table)) == (7, 5, 2)


def test_a_set_of_words_without_values() -> None:
    table = SortedWords(["Berlin", "Lyon"])
    assert ("Lyon" in table, "Lille" in table, table.get("Berlin"), table.get("Lille", -1)) == (True, False, 0, -1)
    assert 42 not in table


def test_empty_table() -> None:
    table = SortedWords([])
    assert (len(table), "a" in table, table.get(""), list(table)) == (0, False, None, [])


def test_iterates_in_code_point_order() -> None:
    assert list(SortedWords(WORDS)) == sorted(set(WORDS))


def test_values_beyond_16_bits_are_refused() -> None:
    with pytest.raises(OverflowError):
        SortedWords(["a"], [65_536])


def test_random_words_against_a_dict() -> None:
    rng = random.Random(7)
    alphabet = "aàbcéeßzZ'’-😀\ud800"
    words = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 6))) for _ in range(3000)]
    values = [rng.randrange(900) for _ in words]
    table, as_dict = SortedWords(words, values), dict(zip(words, values))
    probes = words + ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 7))) for _ in range(3000)]
    assert [table.get(w) for w in probes] == [as_dict.get(w) for w in probes]
    assert len(table) == len(as_dict)


def test_costs_a_fraction_of_a_dict() -> None:
    words = [f"mot{i}" for i in range(100_000)]
    assert SortedWords(words).nbytes() == sum(map(len, words)) + 4 * 100_001 + 2 * 100_000
