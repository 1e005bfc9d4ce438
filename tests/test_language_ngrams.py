"""The fast detector returns exactly langdetect's own answer: same n-grams, same probabilities."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from langdetect.detector import Detector
from langdetect.utils.ngram import NGram
from langdetect.utils.unicode_block import unicode_block

from pipeline.language import _factory
from pipeline.language_ngrams import _LATIN, _NON_LATIN, NgramCache, NgramDetector, word_ngrams

ROOT = Path(__file__).resolve().parent.parent
FIXTURE_TEXTS = sorted((ROOT / "tests" / "fixtures" / "multilingual" / "articles").glob("*.txt"))[:12] + sorted(
    (ROOT / "seeds").glob("*.txt"))[:2]

HANDMADE = [
    "",
    "   ",
    "Le groupe Fabrikam SA a annoncé mardi un contrat de 12 M€ avec Contoso.",
    "THE NORTHWIND BOARD SAID ON TUESDAY it would sell its SHIPPING UNIT.",
    "Die Tailspin AG meldet: https://example.org/a?b=1 und info@example.org   schreiben    uns.",
    "La empresa Ñandú S.L. dijo que «crecerá» un 5 % — según su director.",
    "Mixed: the board said; le conseil a dit; der Vorstand sagte; la junta dijo.",
    "東京の会社は新しい工場を建設すると発表した。 Some English words, quelques mots.",
    "Привет мир, это тест. A few Latin words between Cyrillic ones.",
    "Việt Nam có nhiều công ty lớn ở Hà Nội và thành phố Hồ Chí Minh.",
    "AbC DEf gHI jKL mNo PQR ștefan țară",
    "x",
    "A",
]


def _both(text: str, max_chars: int = 20_000, among: tuple[str, ...] = ()) -> tuple[list, list]:
    factory = _factory()
    original, fast = Detector(factory), NgramDetector(factory, NgramCache(factory.word_lang_prob_map))
    results = []
    for detector in (original, fast):
        detector.set_max_text_length(max_chars)
        if among:
            detector.set_prior_map({code: 1.0 for code in among})
        detector.append(text)
        detector.cleaning_text()
        results.append((detector.text, detector._extract_ngrams()))
    return results[0], results[1]


def _probabilities(detector: Detector, text: str, among: tuple[str, ...] = ()) -> list[tuple[str, float]] | str:
    detector.set_max_text_length(20_000)
    if among:
        detector.set_prior_map({code: 1.0 for code in among})
    detector.append(text)
    try:
        return [(item.lang, item.prob) for item in detector.get_probabilities()]
    except Exception as exc:  # noqa: BLE001 - the same failure is the same answer
        return type(exc).__name__


def _random_text(rng: random.Random) -> str:
    alphabet = "aAbBcCéÉßñÑ  \n\t.,'’-«»0123456789ăâșțąłżşğışωλжЖ東京ア"
    return "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 300)))


@pytest.mark.parametrize("path", FIXTURE_TEXTS, ids=[p.stem for p in FIXTURE_TEXTS])
def test_same_probabilities_on_fixture_articles(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    factory = _factory()
    cache = NgramCache(factory.word_lang_prob_map)
    assert _probabilities(NgramDetector(factory, cache), text) == _probabilities(Detector(factory), text)


@pytest.mark.parametrize("text", HANDMADE)
def test_same_text_and_ngrams_on_handmade_texts(text: str) -> None:
    original, fast = _both(text)
    assert fast == original


@pytest.mark.parametrize("among", [(), ("fr", "en", "es", "de")])
def test_same_probabilities_on_short_and_mixed_texts(among: tuple[str, ...]) -> None:
    factory = _factory()
    cache = NgramCache(factory.word_lang_prob_map)
    for text in HANDMADE:
        assert _probabilities(NgramDetector(factory, cache), text, among) == _probabilities(Detector(factory), text, among)


def test_same_ngrams_on_random_texts_and_cut_lengths() -> None:
    rng = random.Random(7)
    for _ in range(300):
        text = _random_text(rng)
        original, fast = _both(text, max_chars=rng.randint(1, 400))
        assert fast == original


def test_word_ngrams_skip_capital_runs_and_close_on_the_space() -> None:
    known = {"a", " a", "ab", " ab", "b", "b ", "ab ", "D", "E"}
    assert word_ngrams("ab", known) == (("a", " a", "b", "ab", " ab"), ("b ", "ab "))
    assert word_ngrams("DE", known) == (("D",), ())  # the second capital of a run yields nothing


def test_script_counts_match_langdetects_character_tests() -> None:
    for cp in list(range(0x20, 0x3000)) + list(range(0x1E00, 0x1F00)) + [0xAC00, 0x10000, 0x1F600]:
        ch = chr(cp)
        assert bool(_LATIN.match(ch)) == ("A" <= ch <= "z")
        assert bool(_NON_LATIN.match(ch)) == (ch >= "\u0300" and unicode_block(ch) != "Latin Extended Additional")


def test_normalisation_is_langdetects_per_character() -> None:
    cache = NgramCache({})
    text = "Ab,c\u0219\u021b\u2019\u06cc\u1ea5\u3042\u30a2\u4e00\uac01 ü"
    assert cache.normalize(text) == "".join(NGram.normalize(ch) for ch in text)
