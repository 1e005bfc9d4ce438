"""Language detection: deterministic, boilerplate-blind, "und" when unsure."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.ingest import ingest_file
from pipeline.language import LanguageGuess, detect_language, text_outside

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))

PARAGRAPHS = {
    "fr": "Le groupe a annoncé mardi qu'il investirait deux milliards d'euros dans une nouvelle usine près de Lyon, "
          "ce qui devrait créer plusieurs centaines d'emplois d'ici la fin de l'année prochaine.",
    "en": "The company said on Tuesday that it would invest two billion dollars in a new factory in Texas, "
          "creating several hundred jobs by the end of next year, according to a statement.",
    "es": "La empresa anunció el martes que invertirá dos mil millones de dólares en una nueva fábrica en México, "
          "lo que creará cientos de empleos antes de que termine el próximo año.",
    "de": "Das Unternehmen kündigte am Dienstag an, zwei Milliarden Euro in eine neue Fabrik in Sachsen zu "
          "investieren und bis Ende des nächsten Jahres mehrere hundert Arbeitsplätze zu schaffen.",
}


@pytest.mark.parametrize("path", SEEDS, ids=[p.stem for p in SEEDS])
def test_seeds_are_french(path: Path) -> None:
    article = ingest_file(path)
    guess = detect_language(article.text, skip=[(b.start, b.end) for b in article.boilerplate])
    assert (guess.code, guess.best) == ("fr", "fr")
    assert guess.confidence >= 0.99


@pytest.mark.parametrize("code", sorted(PARAGRAPHS))
def test_paragraphs(code: str) -> None:
    guess = detect_language(PARAGRAPHS[code])
    assert (guess.code, guess.best) == (code, code)
    assert guess.confidence >= 0.9


@pytest.mark.parametrize(
    ("text", "best"),
    [
        ("OK", None),
        ("Nederlands\nEnglish\nDeutsch\nFrançais\nEspañol", None),
        ("Bonjour tout le monde", "fr"),
        ("Guten Morgen, Herr Müller", "de"),
        ("", "en"),
        ("12 345 — 67 %", "en"),
    ],
    ids=["ok", "menu", "short-fr", "short-de", "empty", "no-letters"],
)
def test_unsure_is_und(text: str, best: str | None) -> None:
    guess = detect_language(text)
    assert guess.code == "und"
    assert guess.best in ("fr", "en", "es", "de")
    if best is not None:
        assert guess.best == best


def test_threshold_makes_und_but_keeps_best() -> None:
    guess = detect_language(PARAGRAPHS["es"], threshold=1.01)
    assert (guess.code, guess.best) == ("und", "es")


def test_unsupported_language_is_reported_when_confident() -> None:
    italian = ("Il presidente ha detto che il governo investirà due miliardi di euro in una nuova fabbrica "
               "a Torino entro il prossimo anno, creando centinaia di posti di lavoro.")
    assert detect_language(italian).code == "it"


def test_skip_spans_are_ignored() -> None:
    english_menu = "English\nRead more in English here please\n" * 30
    text = english_menu + PARAGRAPHS["de"]
    assert detect_language(text).code == "en"
    assert detect_language(text, skip=[(0, len(english_menu))]).code == "de"


def test_max_chars_samples_from_start() -> None:
    text = PARAGRAPHS["fr"] + "\n" + PARAGRAPHS["en"] * 20
    assert detect_language(text, max_chars=len(PARAGRAPHS["fr"])).code == "fr"
    assert detect_language(text).code == "en"


@pytest.mark.parametrize(
    ("skip", "max_chars", "expected"),
    [
        ((), 100, "abcdefghij"),
        (((2, 4),), 100, "ab\nefghij"),
        (((6, 8), (0, 2)), 100, "cdef\nij"),
        (((0, 3), (2, 5)), 100, "fghij"),
        (((2, 4),), 4, "ab\ne"),
    ],
)
def test_text_outside(skip, max_chars: int, expected: str) -> None:
    assert text_outside("abcdefghij", skip, max_chars) == expected


def test_repeated_calls_agree() -> None:
    mixed = PARAGRAPHS["fr"][:80] + " " + PARAGRAPHS["es"][:80]
    first = detect_language(mixed)
    assert all(detect_language(mixed) == first for _ in range(5))


def test_same_result_across_processes() -> None:
    mixed = PARAGRAPHS["fr"][:80] + " " + PARAGRAPHS["es"][:80]
    script = ("import sys; from pipeline.language import detect_language; "
              "g = detect_language(sys.argv[1]); print(g.code, g.best, repr(g.confidence))")
    outputs = set()
    for hash_seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": hash_seed}
        result = subprocess.run([sys.executable, "-c", script, mixed], capture_output=True, text=True,
                                env=env, cwd=ROOT, check=True)
        outputs.add(result.stdout)
    here = detect_language(mixed)
    assert outputs == {f"{here.code} {here.best} {here.confidence!r}\n"}


def test_guess_is_frozen() -> None:
    guess = LanguageGuess(code="fr", confidence=1.0, best="fr")
    with pytest.raises(AttributeError):
        guess.code = "en"  # type: ignore[misc]
