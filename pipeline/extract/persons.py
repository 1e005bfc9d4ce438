"""Person-name mentions, for quote speakers in every language.

French has a statistical NER (its PER spans are passed in); English, Spanish
and German run on blank pipelines, so names are also found by rules that need
evidence besides capitals, because capitals alone also mark places, products
and (in German) every noun:

- a title before or after the name ("le PDG de Kestrel, Ines Varga",
  "CEO Omar Haddad", "Ines Varga, PDG de Kestrel", "Vorstandschef X");
- a speech verb next to it ("a déclaré Bryn Talkington", "Sam Altman said");
- an honorific ("M. Varga", "Mr. Varga", "Herr Müller") or a known given name
  ("Katrin Albers"; `given_names`, from a maintained name list).

A name is 2-4 capitalised words, with particles (de, van, von, del) allowed
inside. Once a full name is known, its repetitions and its surname alone
("Varga") are mentions too. The words come from
`models/lexicons/<lang>/quotes.json`; this module holds no language.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from pipeline.extract import CharSpan, declare_extensions, doc_text, inside_any, skip_spans
from pipeline.extract.gazetteer import is_place, zipf
from pipeline.extract.given_names import is_established_given_name, is_given_name
from pipeline.keys import fold
from pipeline.resources import lexicon, load_json
from spacy.language import Language
from spacy.tokens import Doc
from pipeline.schema import Mention

UPPER = "".join(chr(c) for c in range(0x41, 0x250) if chr(c).isupper())
LETTER = r"[^\W\d_]"
# A capitalised word: Varga, O'Brien, Jean-Luc, Mélenchon (apostrophe/hyphen only between letters).
CAP_WORD = rf"[{UPPER}](?:{LETTER}|['’](?!s\b)(?={LETTER})|-(?={LETTER}))*"
SPACE = r"[ \u00a0\u202f]"
MAX_NAME_WORDS = 4
MAX_PARTICLES = 3  # "Ursula von der Brügge", "Maria de la Fuente": particles in a row before a surname
GIVEN_NAME_COMMON = 4.4  # Zipf: a given name this common as a word ("Fine", "Santa") alone proves no person
COMMON_SURNAME = 4.0  # Zipf: a last word this common is a word ("Interactive", "Games"), not a surname
COMPANY_WORD_COMMON = 3.5  # Zipf: a last word this common ("Snacks", "Robotics") ends a company's name, not a surname ("Rubin")
LONE_NAME_COMMON = 3.0  # Zipf: a capitalised word this common next to a speech verb is a noun, not a surname
# "Paul Lemaire, 54 ans,", "Paula Lemus, de 54 años,", "Daniel Brooks, 54,": an age in apposition is a person's
AGE_RIGHT = re.compile(rf"^{SPACE}*,{SPACE}*(?:\w{{1,3}}{SPACE}+)?[1-9][0-9](?:{SPACE}+\w{{1,5}})?{SPACE}*[,;.]")
FUNCTION_WORD_KEYS = ("determiners", "possessives", "subject_pronouns", "object_pronouns", "prepositions",
                      "conjunctions", "subordinators", "not_name_words")


def alternation(words: Sequence[str]) -> str:
    """Regex alternation of `words` as a prefix tree (fast with hundreds of verb forms); spaces flexible,
    both apostrophes accepted. Longer words win over their prefixes; a never-matching pattern when empty."""
    trie: dict = {}
    for word in set(words):
        node = trie
        for char in word.replace("’", "'"):
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_pattern(trie) if trie else r"(?!x)x"


def literal_alternation(words: Sequence[str]) -> str:
    """Regex alternation of `words` exactly as written (no loose spaces or apostrophes), as a prefix tree.

    A flat "A|B|C" of n names costs n tries at every capital letter, so matching a growing list of names
    over a growing text is quadratic; the tree tries one branch per character. At any position the
    matching words are prefixes of one another, and the tree tries the longest first, so it matches
    what the longest-first flat alternation matches. A never-matching pattern when empty."""
    trie: dict = {}
    for word in set(words):
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_pattern(trie, loose=False) if trie else r"(?!x)x"


def _trie_pattern(node: dict, loose: bool = True) -> str:
    branches = []
    for char in sorted(c for c in node if c):
        piece = {" ": f"{SPACE}+", "'": "['’]"}.get(char, re.escape(char)) if loose else re.escape(char)
        branches.append(piece + _trie_pattern(node[char], loose))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:  # a word ends here: the longer continuations are optional
        return f"(?:{body})?"
    return body


@dataclass(frozen=True)
class PersonRules:
    """Compiled per-language patterns (built once per language)."""

    name: re.Pattern
    title_left: re.Pattern
    verb_left: re.Pattern
    verb_just_before: re.Pattern
    title_right: re.Pattern
    verb_right: re.Pattern
    honorific_name: re.Pattern
    member_left: re.Pattern  # "a spokeswoman for ", "un portavoz de ": an organisation's name follows
    statement_right: re.Pattern  # " said in a statement": an organisation speaks in documents
    described_left: re.Pattern  # "le sidérurgiste allemand ", "la fintech mexicana ": a company's description
    not_name: frozenset[str]
    titles: frozenset[str]
    org_words: frozenset[str]
    honorifics: tuple[str, ...]
    function_words: frozenset[str]
    not_persons: frozenset[str]
    particles: frozenset[str]
    title_suffixes: tuple[str, ...] = ()  # German compounds: "Bundesfinanzminister", "Konzernchef"
    honorific_words: frozenset[str] = frozenset()  # "mr", "herr", "dr": before a name, never in it
    member_words: frozenset[str] = frozenset()  # "fuentes", "sprecher": people of an organisation, no first name
    capitalized_nouns: bool = False  # German: a capitalised word after a verb may be its object ("wies Berichte zurück")
    lang: str = "en"


@lru_cache(maxsize=1)
def _products_and_projects() -> frozenset[str]:
    """Named things the model may tag as people (a chip platform named after a scientist), from not_organizations.json."""
    data = load_json("not_organizations.json")
    return frozenset(fold(name) for key in ("products", "projects") for name in data.get(key, ()))


def _described_left(lang: str, dets: str) -> re.Pattern[str]:
    """A determiner and a description ending right before a name: "le lamineur italien X", "the Italian steelmaker X"."""
    nationalities = alternation(lexicon(lang, "orgs").get("nationalities", ()))
    deal_words = lexicon(lang, "deals")
    agent_endings = alternation(deal_words["agent_noun_endings"])
    described_nouns = alternation(deal_words.get("description_nouns", ())) + (
        rf"|[a-zà-ÿ][\w-]*(?:{agent_endings})" if deal_words["agent_noun_endings"] else "")
    closed_nouns = alternation(deal_words.get("description_nouns", ()))
    # "buy Dutch crisp producer X", "private equity firm X": a modified description needs no article
    bare = rf"(?:(?i:{nationalities})|[a-zà-ÿ][\w-]*){SPACE}+(?i:{closed_nouns})"
    return re.compile(
        rf"(?<!\w)(?:{dets}{SPACE}*(?:(?:[^\W\d_][\w-]*{SPACE}+)?(?i:{described_nouns})(?:{SPACE}+[a-zà-ÿ][\w-]*)?"
        rf"|(?:[a-zà-ÿ][\w-]*{SPACE}+)?(?i:{nationalities}))|{bare}){SPACE}+$")


@lru_cache(maxsize=None)
def person_rules(lang: str) -> PersonRules:
    """Compiles the name patterns of `models/lexicons/<lang>/quotes.json` (plus orgs.json titles) once."""
    data = lexicon(lang, "quotes")
    org_data = lexicon(lang, "orgs")
    org_words = frozenset(fold(w).rstrip(".") for words in org_data.get("suffixes", {}).values() for w in words)
    titles = list(data.get("titles", ())) + list(org_data.get("person_titles", ()))
    particles = alternation(data.get("name_particles", ()))
    dets = f"(?i:{alternation(data.get('determiners', ()))})"
    title_suffixes = tuple(fold(w) for w in data.get("title_suffixes", ()))
    compound_titles = rf"|[{UPPER}]\w*(?i:{alternation(title_suffixes)})" if title_suffixes else ""
    title_alt = f"(?i:{alternation(titles)}){compound_titles}"
    verbs = f"(?i:{alternation(data.get('speech_verbs', ()))})"
    aux = f"(?i:{alternation(data.get('auxiliaries', ()))})"
    connectors = f"(?i:{alternation(data.get('member_connectors', ()) + data.get('prepositions', ()))})"
    name = re.compile(
        rf"(?<![\w\-])(?:{CAP_WORD})(?:{SPACE}+(?:(?:{particles}){SPACE}+){{0,{MAX_PARTICLES}}}(?:{CAP_WORD}))*(?![\w\-])")
    org_ish = rf"(?:{CAP_WORD}|[{UPPER}0-9]{{2,}})"
    title_left = re.compile(
        rf"(?:^|[\s\-])(?:{title_alt})"
        rf"(?:{SPACE}+(?:{connectors}){SPACE}*(?:{dets}{SPACE}*)?{org_ish}(?:[{SPACE[1:-1]}\-]{org_ish}){{0,2}})?"
        rf"{SPACE}*,?{SPACE}*$")
    verb_left = re.compile(rf"(?<!\w)(?:{verbs}){SPACE}*,?{SPACE}+(?:(?:{dets}){SPACE}+)?$")
    verb_just_before = re.compile(rf"(?<!\w)(?:{verbs}){SPACE}+$")
    title_right = re.compile(
        rf"^{SPACE}*[,(]{SPACE}*(?:(?:{dets}){SPACE}+)?(?:{org_ish}(?:['’]s)?{SPACE}+)?(?:{title_alt})(?!\w)")
    verb_right = re.compile(rf"^{SPACE}*(?:(?:{aux}){SPACE}+)?(?:{verbs})(?!\w)")
    members = f"(?i:{alternation(data.get('org_member_nouns', ()))})"
    member_connectors = f"(?i:{alternation(data.get('member_connectors', ()))})"
    member_left = re.compile(rf"(?<!\w){members}{SPACE}+{member_connectors}{SPACE}*(?:{dets}{SPACE}+)?$")
    statement_right = re.compile(
        rf"^{SPACE}*(?:(?:{aux}){SPACE}+)?(?:{verbs})(?!\w)[^.;:!?\n]{{0,30}}?(?<!\w)"
        rf"(?i:{alternation(data.get('statement_nouns', ()))})(?!\w)")
    described_left = _described_left(lang, dets)
    honorific_name = re.compile(
        rf"(?<!\w)(?:{alternation(data.get('honorifics', ()))}){SPACE}+"
        rf"(?P<name>{CAP_WORD}(?:{SPACE}+{CAP_WORD}){{0,2}})")
    return PersonRules(
        name=name, title_left=title_left, verb_left=verb_left, verb_just_before=verb_just_before,
        title_right=title_right, verb_right=verb_right,
        honorific_name=honorific_name, member_left=member_left, statement_right=statement_right,
        described_left=described_left,
        not_name=frozenset(fold(w) for w in data.get("not_name_words", ()))
        | frozenset(fold(w) for w in data.get("attribution_markers", ()) if " " not in w),  # "Según", "Seitens"
        titles=frozenset(fold(word) for title in titles for word in title.split()),
        particles=frozenset(fold(w) for w in data.get("name_particles", ())),
        org_words=org_words,
        honorifics=tuple(data.get("honorifics", ())),
        not_persons=_products_and_projects(),
        function_words=frozenset(fold(w) for key in FUNCTION_WORD_KEYS for w in data.get(key, ())),
        title_suffixes=title_suffixes,
        honorific_words=frozenset(fold(w).rstrip(".") for w in data.get("honorifics", ())),
        member_words=frozenset(fold(w) for w in data.get("org_member_nouns", ()) if " " not in w),
        capitalized_nouns=data["capitalized_nouns"],
        lang=lang,
    )


NAME_PREFIXES = ("Mc", "Mac", "O", "D", "Di", "De", "Le", "La", "Van", "Fitz")


def _is_acronym(word: str) -> bool:
    """AMD, CEO, PDG: organisations and titles, never a person's name."""
    return len(word) > 1 and not any(c.islower() for c in word)


def _is_camel_case(word: str) -> bool:
    """DeepMind, PayPal, eBay: brand spelling, not a name (McDonald, O'Brien, DiCaprio, Jean-Luc are names)."""
    for part in re.split(r"[-'’]", word):
        if not any(c.isupper() for c in part[1:]):
            continue
        explained = any(part.startswith(prefix) and part[len(prefix):][:1].isupper()
                        and not any(c.isupper() for c in part[len(prefix) + 1:]) for prefix in NAME_PREFIXES)
        if not explained:
            return True
    return False


def _is_name_word(word: str, rules: PersonRules) -> bool:
    """Capitalised, and not a function word, a title ("PDG", "Kestrel-Chef"), an honorific ("Herr", "Dr."),
    an acronym, a brand or a suffix."""
    key = fold(word)
    if key.rstrip(".") in rules.honorific_words:
        return False
    last_part = fold(word.rsplit("-", 1)[-1])
    return bool(word[:1].isupper() and len(key.rstrip(".")) >= 2 and key not in rules.not_name and key not in rules.titles
                and last_part not in rules.titles and not _is_acronym(word) and not _is_camel_case(word)
                and key.rstrip(".") not in rules.org_words and not _is_compound_title(key, rules))


def is_title(word: str, lang: str) -> bool:
    """A job title, also as the end of a compound ("CEO", "Kestrel-Chef", "Marktstratege"): never a name."""
    rules = person_rules(lang)
    key = fold(word)
    return key in rules.titles or fold(word.rsplit("-", 1)[-1]) in rules.titles or _is_compound_title(key, rules)


def _is_compound_title(key: str, rules: PersonRules) -> bool:
    """"bundesfinanzminister", "konzernchef": a title built on a title word, never a name."""
    return any(key.endswith(suffix) and len(key) > len(suffix) + 2 for suffix in rules.title_suffixes)


def _name_segments(run: str, start: int, rules: PersonRules) -> list[tuple[int, int]]:
    """Split a capitalised run at words that cannot be part of a name; keep segments of name words."""
    segments: list[tuple[int, int]] = []
    current: list[tuple[int, int, str]] = []
    for match in re.finditer(r"\S+", run):
        word = match.group()
        particle = fold(word) in rules.particles
        opens_with_member = not current and fold(word) in rules.member_words  # "Fuentes de Quadrel aseguraron"
        if (_is_name_word(word, rules) and not opens_with_member) or (current and (particle or not word[:1].isupper())):
            current.append((match.start(), match.end(), word))
            continue
        segments.extend(_close_segment(current, start, rules))
        current = []
    segments.extend(_close_segment(current, start, rules))
    return segments


def _close_segment(words: list[tuple[int, int, str]], start: int, rules: PersonRules) -> list[tuple[int, int]]:
    """The name in a run of name words; too long a run is cut before its first particle
    ("Max Yates von Morgan Stanley" -> "Max Yates")."""
    if len(words) > MAX_NAME_WORDS:
        first_particle = next((k for k, w in enumerate(words) if k and fold(w[2]) in rules.particles), len(words))
        words = words[:first_particle]
    while words and (not words[-1][2][:1].isupper() or fold(words[-1][2]) in rules.particles):
        words = words[:-1]  # a particle cannot end a name
    if not words or len(words) > MAX_NAME_WORDS:
        return []
    return [(start + words[0][0], start + words[-1][1])]


def _evidence(text: str, start: int, end: int, rules: PersonRules) -> str | None:
    """Which context makes a capitalised run a person: a title, a speech verb, or a known given name.

    One word alone ("Varga") needs a title or to follow the verb ("said Varga"): "Kestrel nie" or
    "Bloomberg rapporte" put companies before verbs too."""
    left = text[max(0, start - 80):start]
    right = text[end:end + 60]
    single = not re.search(rf"{SPACE}", text[start:end])
    words = text[start:end].split()
    if rules.member_left.search(left):
        return None  # "a spokeswoman for Harwick Energy said": the organisation she speaks for
    if not single and not is_given_name(words[0]) and rules.statement_right.match(right):
        return None  # "Ostra Logistik teilte in einer Mitteilung mit": a company's words
    noun_after_comma = single and rules.capitalized_nouns and left.rstrip().endswith(",") and _common(
        words[0], rules, LONE_NAME_COMMON)  # "sagte die Chefin, Priorität habe …": a German noun opens the clause
    if (rules.title_left.search(left) and not noun_after_comma) or (
            not single and (rules.title_right.match(right) or AGE_RIGHT.match(right))):
        return "title"
    if single and rules.verb_just_before.search(left) and not (
            rules.capitalized_nouns and _common(words[0], rules, LONE_NAME_COMMON)):
        return "verb"  # "said Varga"; not "berichtete, die Gespräche", nor "wies Spekulationen zurück"
    if not single and (rules.verb_left.search(left) or rules.verb_right.match(right)):
        return "verb"
    particle = any(fold(w) in rules.particles and w[:1].islower() for w in words[1:-1])  # "María de la Fuente"
    if is_given_name(words[0]) and (particle or is_established_given_name(words[0], rules.lang) or not (
            _common(words[0], rules) and _common(words[-1], rules, COMMON_SURNAME))) and not (
            _word_ending_a_company(words[-1], rules) and _described_as_company(text, start, rules)):
        # not "crisp producer Maris Snacks": a company's description and a word for a surname outweigh a first name
        return "given_name"  # not "Fine Chemicals": two words of the language are no name
    return None


def _common(word: str, rules: PersonRules, threshold: float = GIVEN_NAME_COMMON) -> bool:
    return zipf(word, rules.lang) >= threshold


def _evidenced_name(text: str, start: int, end: int, rules: PersonRules) -> tuple[int, int] | None:
    """The segment, or the segment minus one or two leading words ("Baltmar Marta Ruiz" after "président d'"),
    that a context marks as a person; one word alone needs a title or a verb, not only a given name."""
    words = list(re.finditer(r"\S+", text[start:end]))
    for drop in (1, 2):  # "ministre de l'Économie Roland Lescure": the title's complement is not the name
        if len(words) - drop >= 2 and rules.title_left.search(text[max(0, start - 80):start + words[drop].start()]):
            return start + words[drop].start(), end
    for drop in range(0, min(3, len(words))):
        sub_start = start + words[drop].start()
        evidence = _evidence(text, sub_start, end, rules)
        if evidence == "given_name" and drop and _common(words[drop].group(), rules):
            continue  # "Usina Santa Luzia", "Hoshimura Fine Chemicals": a common word inside a longer name
        if evidence and (len(words) - drop >= 2 or (drop == 0 and evidence != "given_name")):
            return sub_start, end
    return None


def _clean_ner_span(text: str, start: int, end: int, rules: PersonRules) -> tuple[int, int] | None:
    """A model PER span reduced to its name words (no honorific, no newline, no trailing punctuation)."""
    span = text[start:end]
    if "\n" in span:
        return None
    for honorific in rules.honorifics:
        if span.startswith(honorific + " "):
            start += len(honorific) + 1
            span = text[start:end]
    while span and not span[-1].isalpha():
        end -= 1
        span = text[start:end]
    words = span.split()
    if not words or len(words) > MAX_NAME_WORDS or not _looks_like_name(words):
        return None
    if any((fold(w) in rules.not_name and not (k and fold(w) in rules.particles)) or _is_acronym(w)
           or fold(w).rstrip(".") in rules.org_words for k, w in enumerate(words)):
        return None  # a particle inside a name is no stop word there ("Iván San Félix")
    return start, end


DESCRIBED_REACH = 60  # characters before a name where its description stands


def _person_evidenced(text: str, start: int, end: int, rules: PersonRules) -> bool:
    """A given name first, or a title or a speech verb around: a person whatever else the article says."""
    return is_given_name(text[start:end].split()[0]) or _evidence(text, start, end, rules) in ("title", "verb")


def _described_as_company(text: str, start: int, rules: PersonRules) -> bool:
    """'le sidérurgiste allemand X', 'la fintech mexicana X': a company's description right before."""
    left = text[max(0, start - DESCRIBED_REACH):start]
    return bool(rules.described_left.search(left)) and not rules.title_left.search(left)


def _described_somewhere(text: str, names: Sequence[str], rules: PersonRules) -> frozenset[str]:
    """Names the article once introduces as the start of a company's name ("the Dutch crisp producer Van Oosten
    Snacks" makes "Calderstone bought Van Oosten" no person), though a first name opens them."""
    common_end = {name for name in names if _word_ending_a_company(name.split()[-1], rules)}
    return frozenset(name for name in names if any(
        _described_as_company(text, m.start(), rules) and (name in common_end or m.group("more"))
        for m in re.finditer(rf"(?<!\w){re.escape(name)}(?P<more>{SPACE}+[{UPPER}])?", text)))


def _word_ending_a_company(word: str, rules: PersonRules) -> bool:
    """A last word common in the language or in English ("Snacks", "Foods"), never a surname's."""
    return max(zipf(word, lang) for lang in ("en", rules.lang)) >= COMPANY_WORD_COMMON


def described_as_company(text: str, start: int, lang: str) -> bool:
    """Whether a company's description ends right before `start` ("the Dutch crisp producer X")."""
    return _described_as_company(text, start, person_rules(lang))


def _supported_ner_span(text: str, span: tuple[int, int] | None, rules: PersonRules,
                        companies: frozenset[str] = frozenset()) -> tuple[int, int] | None:
    """A model PER span kept when something besides the model says person: a given name first, a
    title or a speech verb around it. The model tags unknown company names as people too ("Ludora
    dispose de ...", "le chinois Haoyun Interactive"), and a description of a company before it
    ("le sidérurgiste allemand X"), here or anywhere in the article (`companies`), says so; a surname
    alone comes back later as the repetition of a full name."""
    if span is None:
        return None
    start, end = span
    words = text[start:end].split()
    if _person_evidenced(text, start, end, rules):
        return span
    if _described_as_company(text, start, rules) or fold(text[start:end]) in companies:
        return None
    if len(words) >= 2 and max(zipf(words[-1], lang) for lang in ("en", rules.lang)) < COMMON_SURNAME:
        return span  # "Xi Jinping": no listed given name, but no word of the language either ("Games")
    return None


def _add(spans: dict[tuple[int, int], None], span: tuple[int, int] | None, skip: Sequence[CharSpan]) -> None:
    if span and not inside_any(span[0], span[1], skip):
        spans[span] = None


def without_overlaps(spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Longest span wins where spans overlap; result sorted by start (n log n, kept spans stay disjoint)."""
    kept: list[tuple[int, int]] = []
    for start, end in sorted(set(spans), key=lambda s: (-(s[1] - s[0]), s[0])):
        k = bisect.bisect_left(kept, (end, end))
        if (k > 0 and kept[k - 1][1] > start) or (k < len(kept) and kept[k][0] < end):
            continue
        kept.insert(k, (start, end))
    return kept


def _looks_like_name(words: Sequence[str]) -> bool:
    """Every word capitalised, also after an apostrophe (O'Brien yes, L'accord no)."""
    return all(part[:1].isupper() for word in words for part in re.split(r"['’]", word) if part)


def _repetitions(text: str, full_names: Sequence[str], rules: PersonRules) -> list[tuple[int, int]]:
    """Every occurrence of a known full name and of its surname alone (unless the surname is a common word)."""
    surnames = {name.split()[-1] for name in full_names}
    forms = set(full_names) | {s for s in surnames if fold(s) not in rules.function_words}
    if not forms:
        return []
    pattern = re.compile(rf"(?<![\w\-])(?:{literal_alternation(sorted(forms))})(?![\w\-])")
    return [(m.start(), m.end()) for m in pattern.finditer(text)]


def find_persons(text: str, lang: str, *, ner_persons: Sequence[tuple[int, int]] = (),
                 skip: Sequence[CharSpan] = ()) -> list[Mention]:
    """Person-name mentions: model PER spans, evidence-backed capitalised runs, then repetitions and surnames.
    The rules look at a fixed window of characters around each name, which works the same on blank pipelines."""
    rules = person_rules(lang)
    spans: dict[tuple[int, int], None] = {}
    cleaned = [span for start, end in ner_persons if (span := _clean_ner_span(text, start, end, rules))]
    companies = frozenset(fold(text[s:e]) for s, e in cleaned
                          if not _person_evidenced(text, s, e, rules) and _described_as_company(text, s, rules))
    for span in cleaned:
        _add(spans, _supported_ner_span(text, span, rules, companies), skip)
    for match in rules.name.finditer(text):
        for start, end in _name_segments(match.group(), match.start(), rules):
            _add(spans, _evidenced_name(text, start, end, rules), skip)
    for match in rules.honorific_name.finditer(text):
        name_start, name_end = match.span("name")
        if fold(match.group("name").split()[0]) not in rules.not_name:
            _add(spans, (name_start, name_end), skip)
    for span in [s for s in spans if fold(text[s[0]:s[1]]) in rules.not_persons or is_place(text[s[0]:s[1]])]:
        del spans[span]  # products, projects and places ("Mato Grosso", "Santa Luzia") are nobody
    full_names = list(dict.fromkeys(text[s:e] for s, e in sorted(spans) if len(text[s:e].split()) >= 2))
    described = _described_somewhere(text, full_names, rules)
    for span in [s for s in spans if text[s[0]:s[1]] in described]:
        del spans[span]
    full_names = [name for name in full_names if name not in described]
    for span in _repetitions(text, full_names, rules):
        _add(spans, span, skip)
    return [Mention(text=text[s:e], start=s, end=e) for s, e in without_overlaps(list(spans))]


class KnownPersons:
    """Full names seen so far, grouped by folded surname: a lookup reads only the names that end like it
    (scanning every known name for every mention would be quadratic in a long article)."""

    def __init__(self, known: Sequence[str]) -> None:
        self.by_surname: dict[str, list[tuple[str, list[str]]]] = {}
        for candidate in known:
            cand_words = [fold(w) for w in candidate.split()]
            if cand_words:
                self.by_surname.setdefault(cand_words[-1], []).append((candidate, cand_words))

    def canonical(self, name: str) -> str:
        """The fullest earlier form of a name: "Varga" -> "Ines Varga" when "Ines Varga" is known."""
        words = name.split()
        if not words:
            return name
        key = [fold(w) for w in words]
        best, best_length = name, len(words)
        for candidate, cand_words in self.by_surname.get(key[-1], ()):
            if len(cand_words) > best_length and all(w in cand_words for w in key):
                best, best_length = candidate, len(cand_words)
        return best


declare_extensions("newsx_persons")


class PersonsComponent:
    """spaCy component: writes `doc._.newsx_persons` (read by organisations and quotes)."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.lang = nlp.lang
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        ner = [(e.start_char, e.end_char) for e in doc.ents if e.label_ in ("PER", "PERSON")]
        doc._.newsx_persons = find_persons(doc_text(doc), self.lang, ner_persons=ner, skip=skip_spans(doc))
        return doc


@Language.factory("newsx_persons", assigns=["doc._.newsx_persons"])
def make_persons_component(nlp: Language, name: str) -> PersonsComponent:
    return PersonsComponent(nlp, name)
