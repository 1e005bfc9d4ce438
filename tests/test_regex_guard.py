"""The guarded pattern finds exactly what the pattern finds: spans, groups, order."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from pipeline.extract import amounts, date_grammar
from pipeline.extract.regex_guard import compile_guarded, first_char_lookahead, guarded

ROOT = Path(__file__).resolve().parent.parent
TEXTS = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))[:2]] + [
    p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "fixtures" / "multilingual" / "articles").glob("*.txt"))[:8]]


def _matches(pattern: re.Pattern[str], text: str) -> list:
    return [(m.span(), m.groupdict(), m.groups()) for m in pattern.finditer(text)]


def _unguarded(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern as it was before `guarded` put its lookahead in front."""
    lookahead = first_char_lookahead(pattern)
    return re.compile(pattern.pattern[len(lookahead) + len("(?:"):-1], pattern.flags)


def _random_text(rng: random.Random) -> str:
    alphabet = "aAkKKſsSß 12.,€$-'’émMdDjJ\n"
    return "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 80)))


@pytest.mark.parametrize("lang", ["fr", "en", "de", "es"])
def test_same_matches_for_the_scanning_regexes_of_each_language(lang: str) -> None:
    g = date_grammar.grammar(lang)
    scanners = [p for _, p in g.patterns] + [p for _, p in g.numeric] + g.day_month + [amounts.grammar(lang).amount_re]
    scanners += [date_grammar.BARE_YEAR] + ([g.not_dates] if g.not_dates is not None else [])
    for pattern in scanners:
        plain = _unguarded(pattern)
        assert plain is not pattern, pattern.pattern[:80]  # every scanner of the grammars is guarded
        for text in TEXTS:
            assert _matches(pattern, text) == _matches(plain, text)


@pytest.mark.parametrize(
    "source",
    [r"(?i:mai|mars)\s+\d+", r"(?<!\w)(?:le\s+)?\d{1,2}\s+(?i:juin)", r"\$\s?\d+|(?i:usd)\s?\d+", r"[A-Z][a-z]+|\d",
     r"(?:k|x)?y", r"a*b", r"(?i)kelvin", r"(?P<w>ab|cd)(?P=w)"],
)
def test_same_matches_on_random_texts(source: str) -> None:
    rng = random.Random(3)
    pattern = re.compile(source)
    fast = guarded(pattern)
    for _ in range(400):
        text = _random_text(rng) + "mai 12 Juin 3 $ 4 USD5 Kelvin KELVIN \u212aelvin abab cdcd"
        assert _matches(fast, text) == _matches(pattern, text)


@pytest.mark.parametrize("source", [r"x?", r".+", r"[^a]b", r"(?=a)|b?"])
def test_unbounded_first_character_leaves_the_pattern_alone(source: str) -> None:
    pattern = re.compile(source)
    assert first_char_lookahead(pattern) is None
    assert guarded(pattern) is pattern


def test_case_follows_the_group_that_reads_the_character() -> None:
    assert first_char_lookahead(re.compile(r"(?i:ab)|C")) == "(?=[C]|(?i:[a]))"
    assert first_char_lookahead(re.compile(r"(?i)ab")) == "(?=(?i:[a]))"
    assert guarded(re.compile(r"(?i)ab")).pattern == "(?i)(?=(?i:[a]))(?:ab)"


def test_compile_guarded_is_guarded_without_compiling_twice() -> None:
    for source, flags in [(r"(?i)ab|\d", 0), (r"mai|juin", re.IGNORECASE), (r".x", 0)]:
        assert compile_guarded(source, flags).pattern == guarded(re.compile(source, flags)).pattern
    assert compile_guarded(r"x?").pattern == "x?"
