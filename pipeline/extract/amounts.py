"""Monetary amounts: number + magnitude + currency, with qualifier, role and inference.

One compiled grammar per language, built from `models/lexicons/<lang>/amounts.json`
and `numbers.json`, finds five shapes:

- prefix currency: "$4 billion", "USD 2bn", "€1.2bn", "£3m", "US$ 4.000 millones";
- suffix currency: "4 milliards de dollars", "450 M€", "75 USD million", "15 dollars 50";
- vague quantity: "quelques dizaines de milliards", "tens of billions of dollars", "zig Milliarden";
- plural magnitude + currency: "billions of dollars", "Milliarden Euro";
- bare magnitude: "100 milliards" (kept only when it reads as money; currency inferred).

Then, language-independently: ranges ("entre 10 et 20 milliards"), qualifiers from the
words just before the span ("jusqu'à", "more than", "bis zu"), the long/short scale check
(a journalist's "4,5 trilliards" is 4.5e12, with a warning), currency inference for bare
amounts (nearest explicit currency in the paragraph, else the article's dominant one),
and the role from the nearest cue word in the sentence (a cue tightly bound to another
amount is not borrowed; an amount with no cue takes the role the article gives the same
figure elsewhere). A language may list secondary languages (English for the others): their
currency-bearing and vague amounts are read too, for quoted English ("tens of billions",
"$5bn" in a German article).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.language import Language

from pipeline.extract import CharSpan, declare_extensions, doc_text, inside_any, sentence_spans, skip_spans
from pipeline.extract.numbers import (
    DIGITS_PATTERN, WORD_END, WORD_START, ends_in_collective, is_weak_number, number_pattern, number_words, parse_number,
    words_to_regex,
)
from pipeline.extract.regex_guard import compile_guarded
from pipeline.resources import lexicon
from pipeline.schema import Amount

SP = r"[ \u00a0\u202f\u2009]?"
SPH = r"(?:[ \u00a0\u202f\u2009]|\s*-\s*)?"
PLAUSIBLE_MAX_USD = 1e14
# Rough USD value of one unit, only to judge plausibility of huge figures.
USD_PER_UNIT = {"JPY": 0.007, "KRW": 0.0007, "INR": 0.012, "IDR": 0.00006, "VND": 0.00004, "RUB": 0.011,
                "CNY": 0.14, "MXN": 0.05, "ARS": 0.001, "CLP": 0.001, "COP": 0.00025, "HUF": 0.0027}
QUALIFIER_WINDOW = 60
ROLE_AFTER_WEIGHT = 1.5
ROLE_WINDOW = 300
ROLE_BOUND_CUE = 20  # a cue this close to another amount is that amount's
ROLE_BOUNDARY_COST = 40
CLAUSE_BOUNDARY_RE = re.compile(r"[,;:()\[\]«»\"“”—–]|\s-\s")
SENTENCE_RE = re.compile(r"[^\n.!?…]+(?:[.!?…]+|$)")
LONG_SCALE_WARNING = "long-scale magnitude read as short scale (value implausible)"
IMPLAUSIBLE_WARNING = "implausibly large value"


def _norm(text: str) -> str:
    """Lookup key: lower case, single spaces, straight apostrophes, no space before '-'."""
    text = text.replace("’", "'").replace("\u00a0", " ").replace("\u202f", " ").replace("\u2009", " ")
    return re.sub(r"\s*-\s*", "-", re.sub(r"\s+", " ", text.strip().lower()))


@dataclass(frozen=True)
class Magnitude:
    value: float
    short_scale: float | None
    bare: bool


@dataclass(frozen=True)
class Grammar:
    """Everything one language's extractor needs, compiled once."""

    lang: str
    amount_re: re.Pattern[str]
    magnitudes: dict[str, Magnitude]
    currencies: dict[str, tuple[str, float]]   # normalised form -> (ISO, multiplier)
    subunits: dict[str, tuple[str, float]]
    vague: dict[str, tuple[float, float]]
    vague_needs_currency: frozenset[str]
    plural_magnitudes: dict[str, float]
    qualifier_re: re.Pattern[str]
    qualifier_of: dict[str, str]
    not_after_noun: frozenset[str]
    post_qualifier_re: re.Pattern[str]
    post_qualifier_of: dict[str, str]
    range_before_re: re.Pattern[str]
    between_re: re.Pattern[str]
    change_from_re: re.Pattern[str]
    open_words: frozenset[str]
    and_words: frozenset[str]
    role_re: re.Pattern[str]
    role_of: dict[str, str]
    follower_re: re.Pattern[str]
    non_money_re: re.Pattern[str]
    secondary: tuple[str, ...]


@dataclass
class Candidate:
    """A matched amount before context (qualifier, role, inference) is applied."""

    start: int
    end: int
    value: float
    value_max: float | None = None
    currency: str | None = None
    explicit_currency: bool = False
    qualifier: str = "exact"
    shape: str = "suffix"
    magnitude: Magnitude | None = None
    number: float | None = None
    lang: str = ""
    warnings: list[str] = field(default_factory=list)
    role: str = "other"
    cue_found: bool = False
    inferred: bool = False


def _alt(words, case_insensitive=True, boundary=True) -> str:
    body = words_to_regex(words, case_insensitive=case_insensitive)
    return f"{WORD_START}{body}{WORD_END}" if boundary else body


def _symbol_alt(symbols) -> str:
    """Symbols, case-sensitive ("a $5" is not "A $5"); a letter at an edge needs a word boundary."""
    parts = []
    for sym in sorted(set(symbols), key=lambda s: (-len(s), s)):
        esc = re.escape(sym).replace(r"\ ", r"\s?")
        if sym[0].isalpha():
            esc = WORD_START + esc
        if sym[-1].isalpha():
            esc = esc + WORD_END
        parts.append(esc)
    return "(?:" + "|".join(parts) + ")"


def _magnitude_alts(entries) -> tuple[str, dict[str, Magnitude]]:
    """Regex for the magnitudes allowed without a currency, and the lookup table of all."""
    table: dict[str, Magnitude] = {}
    bare_forms = []
    for entry in entries:
        mag = Magnitude(float(entry["value"]), entry.get("short_scale"), entry.get("bare", True))
        for form in entry["forms"]:
            table[_norm(form)] = mag
        if mag.bare and not entry.get("case_sensitive"):
            bare_forms.extend(entry["forms"])
    return (_alt(bare_forms) if bare_forms else "(?!x)x"), table


def _magnitude_regex(entries) -> str:
    """Every magnitude form, longest first; abbreviations keep their case ("M" is not "m" in French)."""
    insensitive = [f for e in entries if not e.get("case_sensitive") for f in e["forms"]]
    sensitive = sorted((f for e in entries if e.get("case_sensitive") for f in e["forms"]), key=len, reverse=True)
    return "(?:" + _alt(insensitive) + "|" + "|".join(
        re.escape(f) + ("" if f.endswith((".", "-")) else WORD_END) for f in sensitive) + ")"


def _currency_table(lex: dict) -> dict[str, tuple[str, float]]:
    """Normalised surface form -> (ISO 4217, multiplier) for words, symbols, codes and compounds."""
    table: dict[str, tuple[str, float]] = {}
    for word, iso in lex["currency_words"].items():
        table[_norm(word)] = (iso[0], float(iso[1])) if isinstance(iso, list) else (iso, 1.0)
    for sym, iso in lex["currency_symbols"].items():
        table[_norm(sym)] = (iso, 1.0)
        table[_norm(sym).replace(" ", "")] = (iso, 1.0)
    for code, iso in lex["currency_codes"].items():
        table[_norm(code)] = (iso, 1.0)
    for form, (mult, iso) in lex["currency_compounds"].items():
        table[_norm(form)] = (iso, float(mult))
    return table


def _currency_regexes(lex: dict) -> tuple[str, str]:
    """(any currency, currencies that may precede the number: symbols, codes, compounds)."""
    words = _alt(lex["currency_words"])
    symbols = _symbol_alt(lex["currency_symbols"])
    codes = (WORD_START + "(?:" + "|".join(sorted(lex["currency_codes"], key=len, reverse=True)) + "|"
             + "|".join(sorted(lex["currency_codes_lowercase_ok"], key=len, reverse=True)) + ")" + WORD_END)
    compounds = "(?:" + "|".join(
        re.escape(c).replace(r"\ ", r"\s?") + (WORD_END if c[-1].isalpha() else "")
        for c in sorted(lex["currency_compounds"], key=len, reverse=True)) + ")"
    return f"(?:{compounds}|{words}|{symbols}|{codes})", f"(?:{compounds}|{symbols}|{codes})"


def _phrase_list_regex(phrases, optional: bool = True) -> str:
    """Connector-like words ("de", "d'", "of"): a following space, or none after an apostrophe."""
    if not phrases:
        return ""
    body = "|".join((re.escape(p).replace("'", "['’]") + r"\s*") if p.endswith("'") else (re.escape(p) + r"\s+")
                    for p in phrases)
    return f"(?:{body})" + ("?" if optional else "")


def _amount_regex(lang: str, lex: dict, mag_any: str, mag_bare: str) -> str:
    """The one amount regex of a language: prefix | vague | suffix | plural | bare shapes."""
    num = number_pattern(lang)
    cur_any, cur_pre = _currency_regexes(lex)
    conn = _phrase_list_regex(lex.get("connectors", []))
    linked = _phrase_list_regex(lex.get("connectors", []), optional=False) or "(?!x)x"  # "une trentaine de millions"
    subunit = _alt(lex["subunits"]) if lex.get("subunits") else "(?!x)x"
    vague = _alt(lex["vague"]) if lex.get("vague") else "(?!x)x"
    plural = [f for e in lex["magnitudes"] for f in e.get("plural", [])]
    plural_re = _alt(plural) if plural else "(?!x)x"
    minor = ""
    if lex.get("minor_joiners"):
        joiners = "|".join(re.escape(w) for w in lex["minor_joiners"])
        minor = (rf"(?:(?:\s+(?i:{joiners})\s+|[ \u00a0])"
                 rf"(?P<b_minor>(?<![\w.,])\d{{1,2}}(?![\d.,]\d)|{number_words(lang).phrase_pattern})"
                 rf"(?:{SP}(?P<b_sub>{subunit}))?(?![\w%])(?!{SP}(?:{cur_any}|{mag_any}|%|\d)))?")
    return (
        rf"(?P<a>(?P<a_cur>{cur_pre}){SP}(?P<a_num>{DIGITS_PATTERN})(?:{SPH}(?P<a_mag>{mag_any}))?"
        rf"(?:{SP}{conn}(?P<a_cur2>{cur_any})(?!{SP}\d))?)"
        rf"|(?P<v>(?P<v_vague>{vague})\s*(?P<v_mag>{mag_any})(?:{SP}{conn}(?P<v_cur>{cur_any}))?)"
        rf"|(?P<b>(?P<b_num>{num})(?:{SPH}(?P<b_link>{linked})?(?P<b_mag>{mag_any}))?{SPH}{conn}"
        rf"(?P<b_cur>{cur_any}|{subunit})(?!\d)(?:{SP}(?P<b_mag2>{mag_any}))?{minor})"
        rf"|(?P<p>(?P<p_mag>{plural_re}){SP}{conn}(?P<p_cur>{cur_any}))"
        rf"|(?P<c>(?P<c_num>{num}){SPH}(?P<c_mag>{mag_bare}))"
    )


def _qualifier_regexes(lex: dict) -> tuple[re.Pattern[str], dict[str, str], re.Pattern[str], dict[str, str]]:
    """Qualifier phrases ending right before an amount (optionally + "les"/"the"), and after it."""
    qualifier_of = {_norm(p): q for q, phrases in lex["qualifiers"].items() for p in phrases}
    fillers = _phrase_list_regex(lex.get("qualifier_fillers", []))
    before = re.compile(rf"{WORD_START}(?P<q>{words_to_regex(qualifier_of)})(?:\s+|(?<=['’])){fillers}\s*$")
    post_of = {_norm(p): q for q, phrases in lex.get("post_qualifiers", {}).items() for p in phrases}
    after = re.compile(rf"^\s*(?P<q>{words_to_regex(post_of)}){WORD_END}" if post_of else r"(?!x)x")
    return before, qualifier_of, after, post_of


def _range_regexes(lang: str, lex: dict, mag_any: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(number + separator ending before an amount, separator alone between two, change-from words)."""
    rng = lex.get("range", {})
    sep = words_to_regex(list(rng.get("and", [])) + list(rng.get("to", [])))
    before = re.compile(
        rf"(?:{WORD_START}(?P<open>{words_to_regex(rng.get('open') or ['(?!x)x'])})\s+)?"
        rf"(?P<n>(?<![\w.,]){DIGITS_PATTERN}|{number_words(lang).phrase_pattern})"
        rf"(?:{SPH}(?P<m>{mag_any}))?\s*(?P<sep>{sep})\s*$")
    between = re.compile(rf"^\s*(?P<sep>{sep})\s*$")
    change_from = re.compile(rf"{WORD_START}{words_to_regex(rng.get('change_from') or ['(?!x)x'])}\s*$")
    return before, between, change_from


@lru_cache(maxsize=None)
def grammar(lang: str) -> Grammar:
    """The compiled grammar and tables for `lang` (one amount regex per language, cached)."""
    lex = lexicon(lang, "amounts")
    mag_bare, magnitudes = _magnitude_alts(lex["magnitudes"])
    if not lex.get("bare_amounts", True):
        mag_bare = "(?!x)x"
    mag_any = _magnitude_regex(lex["magnitudes"])
    qualifier_re, qualifier_of, post_re, post_of = _qualifier_regexes(lex)
    range_before_re, between_re, change_from_re = _range_regexes(lang, lex, mag_any)
    rng = lex.get("range", {})
    role_of = {_norm(c): r for r, cues in lex["roles"].items() for c in cues}
    role_start = "" if lex.get("cue_substring") else WORD_START
    conn = _phrase_list_regex(lex.get("connectors", []), optional=False)
    follower = rf"^\s*(?P<conn>{conn or '(?!x)x'})?(?P<word>[^\W\d_][\w'’-]*)"
    return Grammar(
        lang=lang, amount_re=compile_guarded(_amount_regex(lang, lex, mag_any, mag_bare)), magnitudes=magnitudes,
        currencies=_currency_table(lex),
        subunits={_norm(w): (iso, float(f)) for w, (iso, f) in lex.get("subunits", {}).items()},
        vague={_norm(k): (float(a), float(b)) for k, (a, b) in lex.get("vague", {}).items()},
        vague_needs_currency=frozenset(_norm(v) for v in lex.get("vague_needs_currency", [])),
        plural_magnitudes={_norm(f): float(e["value"]) for e in lex["magnitudes"] for f in e.get("plural", [])},
        qualifier_re=qualifier_re, qualifier_of=qualifier_of,
        not_after_noun=frozenset(_norm(w) for w in lex.get("qualifiers_not_after_noun", [])),
        post_qualifier_re=post_re, post_qualifier_of=post_of, range_before_re=range_before_re,
        between_re=between_re, change_from_re=change_from_re,
        open_words=frozenset(_norm(w) for w in rng.get("open", [])),
        and_words=frozenset(_norm(w) for w in rng.get("and", [])),
        role_re=re.compile(rf"{role_start}(?:{words_to_regex(role_of)})"), role_of=role_of,
        follower_re=re.compile(follower),
        non_money_re=re.compile(words_to_regex(lex.get("non_money_followers", []))),
        secondary=tuple(lex.get("secondary_languages", [])),
    )


# --------------------------------------------------------------------------- matching


def _currency(g: Grammar, text: str | None) -> tuple[str, float] | None:
    if not text:
        return None
    key = _norm(text)
    return g.currencies.get(key) or g.currencies.get(key.replace(" ", "")) or g.subunits.get(key)


def _scaled(g: Grammar, number: float, mag_text: str | None) -> tuple[float, Magnitude | None]:
    if not mag_text:
        return number, None
    mag = g.magnitudes.get(_norm(mag_text))
    return (number * mag.value, mag) if mag else (number, None)


def _read_prefix(g: Grammar, m: re.Match[str]) -> Candidate | None:
    """"$4 billion", "USD 2bn", "US$ 4.000 millones", "£ 8,10 millions"."""
    number = parse_number(m.group("a_num"), g.lang)
    cur = _currency(g, m.group("a_cur"))
    if number is None or cur is None:
        return None
    value, mag = _scaled(g, number, m.group("a_mag"))
    iso, end = cur[0], m.end("a")
    second = _currency(g, m.group("a_cur2"))
    if second and m.group("a_cur").strip() == "$":
        iso = second[0]  # "$ 10 dollars canadiens", "$ usd": the word settles which dollar
    elif second and second[0] != iso:
        end = m.end("a_mag") if m.group("a_mag") else m.end("a_num")  # the word starts another amount
    return Candidate(m.start("a"), end, value * cur[1], currency=iso, explicit_currency=True,
                     shape="prefix", magnitude=mag, number=number)


def _read_suffix(g: Grammar, m: re.Match[str]) -> Candidate | None:
    """"4 milliards de dollars", "450 M€", "75 USD million", "50 cents", "15 dollars et 15 cents"."""
    mag_before, mag_after = m.group("b_mag"), m.group("b_mag2")
    mag_text = mag_before or mag_after
    if is_weak_number(m.group("b_num"), g.lang) and not mag_text:
        return None  # "a dollar", "un euro" are not figures
    if m.group("b_link") and not ends_in_collective(m.group("b_num"), g.lang):
        return None  # only a rough count takes a connector before its magnitude
    number = parse_number(m.group("b_num"), g.lang)
    cur_text = m.group("b_cur")
    cur = _currency(g, cur_text)
    if number is None or cur is None:
        return None
    value, mag = _scaled(g, number, mag_text)
    if _norm(cur_text) not in g.currencies and _norm(cur_text) in g.subunits:
        return Candidate(m.start("b"), m.end("b_cur"), value * cur[1], currency=cur[0], explicit_currency=True,
                         magnitude=mag, number=number)
    value *= cur[1]
    end = m.end("b_cur") if mag_before and mag_after else m.end("b")
    if m.group("b_minor"):
        minor = None if mag_text else _minor_units(g, m.group("b_minor"))
        if minor is not None and 0 < minor < 100 and float(minor).is_integer():
            value += minor / 100
        else:
            end = m.end("b_mag2") if mag_after and not mag_before else m.end("b_cur")
    rough = ends_in_collective(m.group("b_num"), g.lang) and not m.group("b_num")[:1].isdigit()
    return Candidate(m.start("b"), end, value, currency=cur[0], explicit_currency=True,
                     magnitude=mag, number=number, qualifier="approx" if rough else "exact")


def _read_vague(g: Grammar, m: re.Match[str]) -> Candidate | None:
    """"quelques dizaines de milliards (de dollars)", "tens of billions", "zig Milliarden Euro"."""
    low, high = g.vague.get(_norm(m.group("v_vague")), (None, None))
    mag = g.magnitudes.get(_norm(m.group("v_mag")))
    if low is None or mag is None:
        return None
    cur = _currency(g, m.group("v_cur"))
    if cur is None and _norm(m.group("v_vague")) in g.vague_needs_currency:
        return None
    scale = mag.value * (cur[1] if cur else 1.0)
    return Candidate(m.start("v"), m.end("v"), low * scale, value_max=high * scale,
                     currency=cur[0] if cur else None, explicit_currency=bool(cur), qualifier="approx",
                     shape="vague", magnitude=mag)


def _read_plural(g: Grammar, m: re.Match[str]) -> Candidate | None:
    """"billions of dollars", "Milliarden Euro": several of that magnitude."""
    base = g.plural_magnitudes.get(_norm(m.group("p_mag")))
    cur = _currency(g, m.group("p_cur"))
    if base is None or cur is None:
        return None
    return Candidate(m.start("p"), m.end("p"), 2 * base * cur[1], value_max=9 * base * cur[1],
                     currency=cur[0], explicit_currency=True, qualifier="approx", shape="vague")


def _read_bare(g: Grammar, m: re.Match[str]) -> Candidate | None:
    """"100 milliards": a figure of a million or more with no currency (checked for money later)."""
    number = parse_number(m.group("c_num"), g.lang)
    if number is None:
        return None
    value, mag = _scaled(g, number, m.group("c_mag"))
    if mag is None or not mag.bare or mag.value < 1e6:
        return None
    return Candidate(m.start("c"), m.end("c"), value, shape="bare", magnitude=mag, number=number)


SHAPE_READERS = (("a", _read_prefix), ("b", _read_suffix), ("v", _read_vague), ("p", _read_plural), ("c", _read_bare))


def _candidate_from_match(g: Grammar, m: re.Match[str]) -> Candidate | None:
    """Read one regex match into a Candidate (value, currency), or None if it is not money."""
    for group, reader in SHAPE_READERS:
        if m.group(group):
            return reader(g, m)
    return None


def _minor_units(g: Grammar, text: str) -> float | None:
    """The cents part of "15 dollars et 15" / "quarante-cinq cents" (a trailing subunit word is not "hundreds")."""
    if is_weak_number(text, g.lang):
        return None
    value = parse_number(text, g.lang)
    if value is not None and value >= 100:
        words = text.split()
        if len(words) > 1 and _norm(words[-1]) in g.subunits:
            return parse_number(" ".join(words[:-1]), g.lang)
    return value


def _reads_as_count(g: Grammar, text: str, end: int) -> bool:
    """True when what follows a bare amount shows it counts things ("de personnes", "users", "%")."""
    after = text[end:end + 60]
    if re.match(r"\s*(?:%|‰)", after):
        return True
    m = g.follower_re.match(after)
    if not m:
        return False
    word = m.group("word")
    if m.group("conn") and word[:1].islower():
        return True
    # the counted noun may come after an adjective ("800 Millionen wöchentliche Nutzer")
    second = re.match(r"\s+([^\W\d_][\w'’-]*)", after[m.end():])
    words = [word] + ([second.group(1)] if second and word[:1].islower() else [])
    return any(g.non_money_re.match(w.lower()) for w in words)


def _scan(g: Grammar, text: str) -> list[Candidate]:
    """All candidates of one grammar, left to right, non-overlapping."""
    found = []
    pos = 0
    while (m := g.amount_re.search(text, pos)) is not None:
        cand = _candidate_from_match(g, m)
        if cand is None or cand.value <= 0:
            pos = m.start() + 1  # a rejected reading must not hide one starting inside it ("a $5")
            continue
        pos = max(cand.end, m.start() + 1)
        if cand.shape in ("bare", "vague") and not cand.explicit_currency and _reads_as_count(g, text, cand.end):
            continue
        cand.lang = g.lang
        found.append(cand)
    return found


# --------------------------------------------------------------------------- context


def _merge_ranges(g: Grammar, text: str, cands: list[Candidate]) -> list[Candidate]:
    """"entre 10 et 20 milliards", "$10bn-$20bn", "10 à 20 Mrd." -> one amount with value_max."""
    out: list[Candidate] = []
    for cand in cands:
        prev = out[-1] if out else None
        if prev and prev.value_max is None and cand.value_max is None and prev.currency in (cand.currency, None):
            gap = text[prev.end:cand.start]
            sep = g.between_re.match(gap)
            is_change = g.change_from_re.search(text, max(0, prev.start - 20), prev.start)
            if sep and not is_change and _range_ok(g, text, prev.start, _norm(sep.group("sep"))) \
                    and prev.value < cand.value:
                prev.value_max, prev.end, prev.qualifier = cand.value, cand.end, "range"
                prev.currency = prev.currency or cand.currency
                prev.explicit_currency = prev.explicit_currency or cand.explicit_currency
                continue
        window_start = max(out[-1].end if out else 0, cand.start - 50)
        m = g.range_before_re.search(text, window_start, cand.start)
        if m and cand.value_max is None and cand.number is not None:
            first = parse_number(m.group("n"), g.lang)
            sep = _norm(m.group("sep"))
            if first is not None and _range_ok(g, text, m.start("n"), sep, has_open=bool(m.group("open"))):
                mag = g.magnitudes.get(_norm(m.group("m"))) if m.group("m") else cand.magnitude
                low = first * (mag.value if mag else 1.0)
                if cand.currency and not m.group("m") and cand.magnitude is None:
                    low = first
                if 0 < low < cand.value and low >= cand.value / 1000:
                    if g.change_from_re.search(text, max(0, m.start("n") - 20), m.start("n")):
                        out.append(Candidate(m.start("n"), m.end("m") if m.group("m") else m.end("n"), low,
                                             currency=cand.currency, explicit_currency=False, shape="bare",
                                             magnitude=mag, number=first, lang=cand.lang))
                    else:
                        cand.start, cand.value_max, cand.value, cand.qualifier = m.start("n"), cand.value, low, "range"
        out.append(cand)
    return sorted(out, key=lambda c: c.start)


def _range_ok(g: Grammar, text: str, first_start: int, sep: str, has_open: bool | None = None) -> bool:
    """'and' needs an opening 'between'; 'to'/'-' stand alone."""
    if sep in g.and_words:
        if has_open is not None:
            return has_open
        before = _norm(text[max(0, first_start - 15):first_start])
        return any(before.endswith(w) for w in g.open_words)
    return True


def _apply_qualifiers(text: str, cands: list[Candidate], bounds: list[CharSpan], lang: str) -> None:
    """Qualifier from the words right before the span (same sentence, after the previous amount),
    in the article's language, then in the amount's own (quoted English)."""
    for i, cand in enumerate(cands):
        if cand.qualifier != "exact":
            continue
        lo = max(cand.start - QUALIFIER_WINDOW, cands[i - 1].end if i else 0, _container(bounds, cand.start)[0])
        for code in dict.fromkeys((lang, cand.lang or lang)):
            g = grammar(code)
            cand.qualifier = _qualifier_at(g, text, lo, cand)
            if cand.qualifier != "exact":
                break


def _qualifier_at(g: Grammar, text: str, lo: int, cand: Candidate) -> str:
    m = g.qualifier_re.search(text, lo, cand.start)
    if m and not _noun_before(g, text, m):
        return g.qualifier_of.get(_norm(m.group("q")), "exact")
    post = g.post_qualifier_re.match(text, cand.end)
    return g.post_qualifier_of.get(_norm(post.group("q")), "exact") if post else "exact"


def _context(sentences: Sequence[CharSpan], cand: Candidate, length: int) -> CharSpan:
    """The amount's sentence, clipped to ROLE_WINDOW characters each side (long unpunctuated text stays linear)."""
    s_start, s_end = _container(sentences, cand.start, cand.end)
    if s_end <= s_start:
        s_start, s_end = 0, length
    return max(s_start, cand.start - ROLE_WINDOW), min(s_end, cand.end + ROLE_WINDOW)


def _noun_before(g: Grammar, text: str, m: re.Match[str]) -> bool:
    """"Auftrag über 5 Mrd." means worth, not more than: the word before is a capitalised noun."""
    if _norm(m.group("q")) not in g.not_after_noun:
        return False
    before = re.search(r"([^\W\d_][\w-]*)\s*$", text[max(0, m.start() - 40):m.start()])
    return bool(before and before.group(1)[0].isupper())


def _container(spans: Sequence[CharSpan], pos: int, end: int | None = None) -> CharSpan:
    """The sentence holding `pos`, joined with the next ones the span [pos, end] runs into ("5 Mrd. Euro").

    `spans` are sorted and disjoint, so a binary search finds them."""
    last = pos if end is None else end
    i = max(0, bisect_right(spans, (pos, float("inf"))) - 1)
    hit = []
    while i < len(spans) and spans[i][0] <= last:
        if spans[i][1] > pos:
            hit.append(spans[i])
        i += 1
    if not hit:
        return 0, 0
    return hit[0][0], hit[-1][1]


def _apply_scale_check(cands: list[Candidate]) -> None:
    """A long-scale word giving an absurd value (> ~1e14 USD) is re-read in the short scale."""
    for cand in cands:
        rate = USD_PER_UNIT.get(cand.currency or "", 1.0)
        top = cand.value_max or cand.value
        if top * rate <= PLAUSIBLE_MAX_USD:
            continue
        mag = cand.magnitude
        if mag and mag.short_scale:
            factor = mag.short_scale / mag.value
            cand.value *= factor
            cand.value_max = cand.value_max * factor if cand.value_max else None
            cand.warnings.append(LONG_SCALE_WARNING)
        else:
            cand.warnings.append(IMPLAUSIBLE_WARNING)


def _infer_currencies(text: str, cands: list[Candidate]) -> None:
    """Bare amounts take the nearest explicit currency of their paragraph, else the article's dominant one."""
    explicit = [c for c in cands if c.explicit_currency and c.currency]
    if not explicit:
        return
    dominant = Counter(c.currency for c in explicit).most_common(1)[0][0]
    starts = [c.start for c in explicit]
    newlines = [m.start() for m in re.finditer("\n", text)]  # paragraph ends by bisection, not by scanning
    for cand in cands:
        if cand.currency:
            continue
        k = bisect_left(newlines, cand.start)
        p_start = newlines[k - 1] + 1 if k else 0
        k = bisect_left(newlines, cand.end)
        p_end = newlines[k] if k < len(newlines) else len(text)
        i = bisect_left(starts, cand.start)
        near = [c for c in explicit[max(0, i - 1):i + 1] if c.start >= p_start and c.end <= p_end]
        if near:
            best = min(near, key=lambda c: min(abs(c.start - cand.end), abs(cand.start - c.end)))
            cand.currency = best.currency
        else:
            cand.currency = dominant
        cand.inferred = True


def _apply_roles(g: Grammar, text: str, cands: list[Candidate], sentences: list[CharSpan]) -> None:
    """Role from the cheapest cue in the sentence: near, same clause, no other amount in between."""
    starts = [c.start for c in cands]
    for cand in cands:
        s_start, s_end = _context(sentences, cand, len(text))
        window = cands[bisect_left(starts, s_start):bisect_right(starts, s_end)]
        others = [c for c in window if c is not cand and c.end <= s_end]
        best, best_cost = "other", float("inf")
        for m in g.role_re.finditer(text, s_start, s_end):
            cost = _cue_cost(text, m, cand)
            if cost is None or cost >= best_cost:
                continue
            if any(_between(m, cand, o) for o in others):
                continue  # the cue belongs to the amount in between
            if any((c := _cue_cost(text, m, o)) is not None and c < min(cost, ROLE_BOUND_CUE) for o in others):
                continue  # tightly bound to another amount ("a $300bn valuation")
            best, best_cost = g.role_of.get(_norm(m.group(0)), "other"), cost
        cand.role = best
        cand.cue_found = best_cost < float("inf")


def _cue_cost(text: str, cue: re.Match[str], cand: Candidate) -> float | None:
    """Distance from a cue to an amount: characters, clause boundaries, cues after weigh more."""
    if cue.start() < cand.end and cand.start < cue.end():
        return None
    if cue.end() <= cand.start:
        lo, hi, weight = cue.end(), cand.start, 1.0
    else:
        lo, hi, weight = cand.end, cue.start(), ROLE_AFTER_WEIGHT
    return (hi - lo) * weight + ROLE_BOUNDARY_COST * len(CLAUSE_BOUNDARY_RE.findall(text, lo, hi))


def _between(cue: re.Match[str], cand: Candidate, other: Candidate) -> bool:
    """True when `other` lies between the cue and the amount."""
    lo, hi = (cue.end(), cand.start) if cue.end() <= cand.start else (cand.end, cue.start())
    return lo <= other.start and other.end <= hi


def _propagate_roles(cands: list[Candidate]) -> None:
    """An amount with no cue of its own takes the role the article gives the same figure elsewhere."""
    by_figure: dict[tuple, Counter] = {}
    for c in cands:
        if c.role != "other":
            by_figure.setdefault((round(c.value), c.currency), Counter())[c.role] += 1
    for c in cands:
        key = (round(c.value), c.currency)
        if not c.cue_found and key in by_figure:
            c.role = by_figure[key].most_common(1)[0][0]


def _has_money_cue(g: Grammar, text: str, span: CharSpan) -> bool:
    return any(g.role_of.get(_norm(m.group(0))) != "other" for m in g.role_re.finditer(text, *span))


def _split_sentences(text: str) -> list[CharSpan]:
    return [(m.start(), m.end()) for m in SENTENCE_RE.finditer(text) if m.group(0).strip()]


def _add_secondary(cands: list[Candidate], g2: Grammar, text: str) -> list[Candidate]:
    """Quoted English in other languages: its currency-bearing or vague amounts are added where the
    primary grammar found nothing, or replace a primary reading they strictly contain ("$5" of "$5bn").

    Both lists are sorted and free of overlaps, and so is what is kept, so the readings clashing with an
    extra one are a run found by bisection (no scan of every kept reading per extra one)."""
    kept = sorted(cands, key=lambda c: c.start)
    starts = [c.start for c in kept]
    for extra in _merge_ranges(g2, text, _scan(g2, text)):
        if not (extra.explicit_currency or extra.shape == "vague"):
            continue
        hi = bisect_left(starts, extra.end)
        lo = hi
        while lo > 0 and kept[lo - 1].end > extra.start:
            lo -= 1
        clashing = kept[lo:hi]
        if all(extra.start <= c.start and c.end <= extra.end and extra.end - extra.start > c.end - c.start
               for c in clashing):
            kept[lo:hi] = [extra]
            starts[lo:hi] = [extra.start]
    return kept


def extract_amounts(text: str, lang: str, *, skip: Sequence[tuple[int, int]] = (),
                    sentences: Sequence[tuple[int, int]] | None = None) -> list[Amount]:
    """Every monetary amount in `text`, sorted by start; amounts overlapping `skip` are dropped."""
    g = grammar(lang)
    sents = list(sentences) if sentences else _split_sentences(text)
    cands = _merge_ranges(g, text, _scan(g, text))
    for other_lang in g.secondary:
        cands = _add_secondary(cands, grammar(other_lang), text)
    cands = [c for c in cands if not inside_any(c.start, c.end, skip)]
    has_explicit = any(c.explicit_currency for c in cands)
    cands = [c for c in cands if c.explicit_currency or has_explicit
             or _has_money_cue(g, text, _context(sents, c, len(text)))]
    _apply_qualifiers(text, cands, sents, lang)
    _apply_scale_check(cands)
    _infer_currencies(text, cands)
    _apply_roles(g, text, cands, sents)
    _propagate_roles(cands)
    return [
        Amount(text=text[c.start:c.end], start=c.start, end=c.end, value=exact(c.value), value_max=exact(c.value_max),
               currency=c.currency, currency_inferred=c.inferred, qualifier=c.qualifier, role=c.role,
               warnings=list(c.warnings))
        for c in cands
    ]


def exact(value: float | None) -> float | None:
    """The value without binary noise: "4,1 milliards" is 4100000000.0, not 4099999999.9999995."""
    return None if value is None else float(f"{value:.12g}")


# --------------------------------------------------------------------------- spaCy


class AmountsComponent:
    """spaCy component: writes `doc._.newsx_amounts`."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.lang = nlp.lang
        self.name = name

    def __call__(self, doc):
        doc._.newsx_amounts = extract_amounts(doc_text(doc), self.lang, skip=skip_spans(doc),
                                              sentences=sentence_spans(doc))
        return doc


declare_extensions("newsx_amounts")


@Language.factory("newsx_amounts", assigns=["doc._.newsx_amounts"])
def make_amounts_component(nlp: Language, name: str) -> "AmountsComponent":
    return AmountsComponent(nlp, name)
