"""langdetect's detector with its per-character Python loops replaced by whole-text operations.

langdetect's `Detector` collapses spaces, counts scripts, normalises and cuts
the text into n-grams one character at a time: about 40 ms for a
6,000-character article, most of a run's language stage. `NgramDetector`
computes the same text, the same n-grams in the same order (each distinct
word's n-grams are worked out once and kept) and the same probability updates
in the same floating-point order, so `get_probabilities` returns exactly what
langdetect's own detector returns with the same seed (tests/test_language_ngrams.py
compares them); only the time differs.
"""

from __future__ import annotations

import re

import numpy as np
from langdetect.detector import Detector
from langdetect.detector_factory import DetectorFactory
from langdetect.utils.ngram import NGram

_SPACE_RUN = re.compile(" {2,}")  # langdetect keeps the first space of a run
_LATIN = re.compile("[A-z]")  # langdetect's test 'A' <= ch <= 'z', punctuation between the cases included
_NON_LATIN = re.compile("[\u0300-\U0010ffff]")  # its block test compares a number to a name: always unequal
MAX_CACHED_WORDS = 200_000  # distinct words whose n-grams are kept (a few tens of MB at most)

WordNgrams = tuple[tuple[str, ...], tuple[str, ...]]  # (inside the word, at its closing space)


class NgramCache:
    """Per-character normalisation and per-word n-grams, both pure functions of their input."""

    def __init__(self, known: dict[str, list[float]]) -> None:
        self.known = known
        self.normalized: dict[int, str] = {}
        self.words: dict[str, WordNgrams] = {}
        self.vectors: dict[str, np.ndarray] = {}

    def normalize(self, text: str) -> str:
        """`NGram.normalize` on every character, each distinct character worked out once."""
        table = self.normalized
        for ch in set(text).difference(map(chr, table)):
            table[ord(ch)] = NGram.normalize(ch)
        return text.translate(table)

    def vector(self, ngram: str) -> np.ndarray | None:
        """The n-gram's probability in every language as an array (None when no profile has it)."""
        found = self.vectors.get(ngram)
        if found is None and ngram in self.known:
            found = self.vectors[ngram] = np.array(self.known[ngram], dtype=np.float64)
        return found

    def word(self, word: str) -> WordNgrams:
        found = self.words.get(word)
        if found is None:
            if len(self.words) >= MAX_CACHED_WORDS:
                self.words.clear()
            found = self.words[word] = word_ngrams(word, self.known)
        return found


def word_ngrams(word: str, known: dict[str, list[float]]) -> WordNgrams:
    """The n-grams langdetect's `NGram` buffer yields over one space-free word (and then its closing
    space), in its order: after each character its 1-, 2- and 3-grams, none while two capitals run."""
    padded = " " + word
    inside: list[str] = []
    capital_run = False
    for i in range(1, len(padded)):
        ch, last = padded[i], padded[i - 1]
        if ch.isupper():
            capital_run = capital_run or last.isupper()
        else:
            capital_run = False
        if not capital_run:
            grams = padded[max(0, i - 2):i + 1]
            inside += [w for w in (grams[-1:], grams[-2:], grams[-3:] if i >= 2 else "") if w and w != " " and w in known]
    grams = (padded + " ")[-3:]
    closing = tuple(w for w in (grams[-2:], grams[-3:]) if w in known)
    return tuple(inside), closing


class NgramDetector(Detector):
    """A langdetect `Detector` whose text preparation and updates run over whole strings."""

    def __init__(self, factory: DetectorFactory, cache: NgramCache) -> None:
        super().__init__(factory)
        self.cache = cache

    def append(self, text: str) -> None:
        text = NGram.normalize_vi(self.MAIL_RE.sub(" ", self.URL_RE.sub(" ", text)))
        self.text += _SPACE_RUN.sub(" ", text[:self.max_text_length])

    def cleaning_text(self) -> None:
        """Latin letters are dropped when other scripts outnumber them twice, as langdetect does."""
        if len(_LATIN.findall(self.text)) * 2 < len(_NON_LATIN.findall(self.text)):
            self.text = _LATIN.sub("", self.text)

    def _extract_ngrams(self) -> list[str]:
        words = self.cache.normalize(self.text).split(" ")
        result: list[str] = []
        for position, word in enumerate(words):
            if word:
                inside, closing = self.cache.word(word)
                result += inside
                if position < len(words) - 1:
                    result += closing
        return result

    def _init_probability(self) -> np.ndarray:
        return np.array(super()._init_probability(), dtype=np.float64)

    def _update_lang_prob(self, prob: np.ndarray, word: str, alpha: float) -> bool:
        """langdetect's `prob[i] *= weight + lang_prob[i]`, element by element the same IEEE operations."""
        lang_prob = self.cache.vector(word) if word is not None else None
        if lang_prob is None:
            return False
        prob *= alpha / self.BASE_FREQ + lang_prob
        return True

    def _normalize_prob(self, prob: np.ndarray) -> float:
        """Summed left to right as langdetect's `sum` does (numpy's pairwise sum rounds differently)."""
        total = sum(prob.tolist())
        if total == 0.0:
            raise ZeroDivisionError("every language's probability underflowed")  # as langdetect's own
        prob /= total
        return float(prob.max())

    def get_probabilities(self) -> list:
        ranked = super().get_probabilities()
        for item in ranked:
            item.prob = float(item.prob)
        return ranked
