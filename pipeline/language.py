"""Language detection: langdetect, made deterministic, on the article minus boilerplate.

langdetect samples n-grams at random; a private factory with a fixed seed and
profiles loaded in sorted order gives the same answer in every process, without
touching langdetect's global state. Boilerplate (a language menu lists
"English", "Deutsch"...) is left out so it cannot sway the vote. The detector
is `language_ngrams.NgramDetector`: langdetect's own, its per-character loops
done over whole strings (same answer, a fraction of the time).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory
from langdetect.lang_detect_exception import LangDetectException

from pipeline.language_ngrams import NgramCache, NgramDetector
from pipeline.resources import SUPPORTED_LANGUAGES

UNDETERMINED = "und"
FALLBACK_LANGUAGE = "en"  # `best` when the text gives no evidence at all: the runner's own fallback
DETECTOR_SEED = 0


@dataclass(frozen=True)
class LanguageGuess:
    code: str  # ISO 639-1, or "und" when unsure
    confidence: float  # top probability, scaled down when the text has fewer than min_chars letters
    best: str  # most probable language even if unsure; when unsure, the most probable supported one


@lru_cache(maxsize=1)
def _factory() -> DetectorFactory:
    """A private, seeded factory; profiles read in sorted order so indices never depend on the filesystem."""
    factory = DetectorFactory()
    profiles = sorted(p for p in Path(PROFILES_DIRECTORY).iterdir() if p.is_file() and not p.name.startswith("."))
    factory.load_json_profile([p.read_text(encoding="utf-8") for p in profiles])
    factory.set_seed(DETECTOR_SEED)
    return factory


@lru_cache(maxsize=1)
def _ngram_cache() -> NgramCache:
    """Normalised characters and word n-grams, kept for the process's life (they never change)."""
    return NgramCache(_factory().word_lang_prob_map)


def _iso639_1(code: str) -> str:
    """langdetect's "zh-cn"/"zh-tw" become "zh"; other codes are already ISO 639-1."""
    return code.split("-")[0]


def text_outside(text: str, skip: Sequence[tuple[int, int]], max_chars: int) -> str:
    """The text without the skipped spans, cut to its first `max_chars` characters."""
    pieces: list[str] = []
    length = 0
    position = 0
    for start, end in sorted(skip) + [(len(text), len(text))]:
        if start > position:
            piece = text[position:start]
            pieces.append(piece)
            length += len(piece)
            if length >= max_chars:
                break
        position = max(position, end)
    return "\n".join(pieces)[:max_chars]


def _probabilities(sample: str, max_chars: int, among: Sequence[str] = ()) -> list[tuple[str, float]]:
    """(code, probability) pairs, best first, optionally only `among` some languages; empty without n-grams."""
    detector = NgramDetector(_factory(), _ngram_cache())
    detector.set_max_text_length(max_chars)
    if among:
        detector.set_prior_map({code: 1.0 for code in among})
    detector.append(sample)
    try:
        ranked = detector.get_probabilities()
    except (LangDetectException, ZeroDivisionError):
        return []
    return [(_iso639_1(item.lang), float(item.prob)) for item in ranked]


def _best_when_unsure(sample: str, ranked: Sequence[tuple[str, float]], max_chars: int) -> str:
    """The most probable supported language, re-asking the detector with the others ruled out."""
    restricted = _probabilities(sample, max_chars, among=SUPPORTED_LANGUAGES) if ranked else []
    if restricted:
        return restricted[0][0]
    return ranked[0][0] if ranked else FALLBACK_LANGUAGE


def detect_language(text: str, *, skip: Sequence[tuple[int, int]] = (), min_chars: int = 40,
                    threshold: float = 0.80, max_chars: int = 20_000) -> LanguageGuess:
    """The article's language, "und" when it has fewer than `min_chars` letters or no language reaches `threshold`."""
    sample = text_outside(text, skip, max_chars)
    letters = sum(map(str.isalpha, sample))
    ranked = _probabilities(sample, max_chars) if letters else []
    top_code, top_prob = ranked[0] if ranked else (UNDETERMINED, 0.0)
    confidence = top_prob * min(1.0, letters / min_chars) if min_chars > 0 else top_prob
    if letters >= min_chars and top_prob >= threshold:
        return LanguageGuess(code=top_code, confidence=confidence, best=top_code)
    return LanguageGuess(code=UNDETERMINED, confidence=confidence,
                         best=_best_when_unsure(sample, ranked, max_chars))
