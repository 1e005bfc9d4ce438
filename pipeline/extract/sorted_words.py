"""A large read-only word table in three flat arrays, looked up by binary search.

The frequency lists and the place table hold hundreds of thousands of words
each (German's frequency list 634,000): as a Python `dict` or `frozenset`
every word costs a `str` object and a hash slot, 80 to 130 bytes, and the six
frequency lists alone took about 240 MB of a worker's 1 GB. Here the words are
one UTF-8 `bytes`, sorted, with an array of where each starts and an array of
one small integer per word (a frequency bucket): about 15 bytes a word. A
lookup is a binary search of some twenty slice comparisons, a few
microseconds; callers cache their answers.

UTF-8 bytes sort in code-point order, so the table answers exactly what the
`set` or `dict` of the same words would.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Iterator
from itertools import accumulate, repeat
from operator import methodcaller

_encoded = methodcaller("encode", "utf-8", "surrogatepass")  # every `str` has its key, a lone surrogate too


class SortedWords:
    """A frozen `str` → small `int` mapping (a set of words when no values are given)."""

    __slots__ = ("_blob", "_starts", "_values")

    def __init__(self, words: Iterable[str], values: Iterable[int] | None = None) -> None:
        """Each word with its value (0 to 65,535; 0 without `values`); a repeated word keeps its last
        value, as `dict(zip(words, values))` would."""
        latest = dict(zip(map(_encoded, words), repeat(0) if values is None else values))
        keys = sorted(latest)
        self._values = array("H", list(map(latest.__getitem__, keys)))
        del latest  # before the joining: a big table is built in the middle of a run, next to a batch's parse
        self._blob = b"".join(keys)
        self._starts = array("I", list(accumulate(map(len, keys), initial=0)))

    def _position(self, word: str) -> int:
        """The word's index in the sorted table, or -1."""
        key, blob, starts = _encoded(word), self._blob, self._starts
        low, high = 0, len(self._values)
        while low < high:
            middle = (low + high) // 2
            if blob[starts[middle]:starts[middle + 1]] < key:
                low = middle + 1
            else:
                high = middle
        found = low < len(self._values) and blob[starts[low]:starts[low + 1]] == key
        return low if found else -1

    def get(self, word: str, default: int | None = None) -> int | None:
        position = self._position(word)
        return default if position < 0 else self._values[position]

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and self._position(word) >= 0

    def __len__(self) -> int:
        return len(self._values)

    def __iter__(self) -> Iterator[str]:
        """The words in code-point order."""
        blob, starts = self._blob, self._starts
        return (blob[starts[i]:starts[i + 1]].decode("utf-8", "surrogatepass") for i in range(len(self._values)))

    def nbytes(self) -> int:
        """Bytes held by the three arrays (the measure of what the table costs)."""
        return len(self._blob) + self._starts.itemsize * len(self._starts) + self._values.itemsize * len(self._values)
