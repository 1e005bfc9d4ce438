"""Organisations: the alias table first, then model entities and rules for the rest.

Known organisations come from `models/organizations.jsonl` through a spaCy
`PhraseMatcher` (case-sensitive surface forms, so "Orange" the company is not
"orange" the fruit), which gives every alias one canonical name and a kind.
Organisations the table does not know are proposed by four sources, each
needing its own evidence because news headlines in Title Case fool NER:

- `suffix`: a run of capitalised tokens ending in a corporate designator
  ("Requisite Capital Management", "Acme GmbH", "Metro Bank") or opened by one
  ("Banco Sabadell", "Grupo Torrealba", through its connectors: "Fondo Andino de
  Desarrollo"), or a known name followed by a country ("Santander UK": its
  national unit), a designator ("MUFG Bank") or, for a market operator, a city
  ("Nasdaq Stockholm"); city and nationality words end a run;
- `context`: a capitalised run right after a cue ("la société X", "the company
  X", "la empresa X"; a nationality word may sit in or after the cue: "the
  German lender X", "la startup francesa X"; after a plural cue, every name of
  the list: "los fondos KKR, Cinven y Providence") or right before one ("X said
  in a statement");
- `name`: capitalised runs that are no person, place, date or common word
  (German descriptors before a name and everyday nouns after it are trimmed:
  "der Chipfertiger X", "X Partners Interesse");
- `ner`: the statistical model's ORG entities (French), kept only when every
  token is a proper noun, the span sits on one line outside a headline, and it
  is not a product, a generic term or a person.

Unknown organisations are canonicalised by their longest in-article form; known
ones are named as the article writes them, their table name kept in `canonical`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from pipeline.extract import CharSpan, declare_extensions, doc_text, inside_any, skip_spans
from pipeline.extract.gazetteer import is_country, is_place, zipf
from pipeline.extract.given_names import is_established_given_name, is_given_name
from pipeline.extract.persons import described_as_company
from pipeline.keys import fold
from pipeline.resources import lexicon, load_json, load_jsonl
from pipeline.schema import Mention, Organization

MAX_UNKNOWN_TOKENS = 6


@dataclass(frozen=True)
class TableEntry:
    name: str
    aliases: tuple[str, ...]
    kind: str
    wikidata: str | None


@lru_cache(maxsize=1)
def organization_table() -> dict[str, TableEntry]:
    """Canonical name -> entry, from models/organizations.jsonl."""
    table: dict[str, TableEntry] = {}
    for row in load_jsonl("organizations.jsonl"):
        entry = TableEntry(row["name"], tuple(row.get("aliases", ())), row.get("kind", "company"), row.get("wikidata"))
        table[entry.name] = entry
    return table


@lru_cache(maxsize=1)
def not_organizations() -> frozenset[str]:
    """Folded names that are never organisations: products, projects, generic terms."""
    data = load_json("not_organizations.json")
    return frozenset(fold(name) for names in data.values() for name in names)


@dataclass
class Candidate:
    start: int
    end: int
    text: str
    method: str
    name: str | None = None  # canonical name when the table knows it
    kind: str = "company"


@dataclass
class OrgCues:
    """Per-language cue words from models/lexicons/<lang>/orgs.json, as token sequences."""

    suffixes: dict[str, list[tuple[tuple[str, ...], str]]] = field(default_factory=dict)
    before: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)
    after: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)
    genitive_suffixes: tuple[str, ...] = ()
    compound_heads: tuple[str, ...] = ()  # German-style compounds ending in a cue noun: "Softwarehersteller"
    person_titles: frozenset[str] = frozenset()  # last words of titles: "executive", "PDG", "Vorstandschef"
    cue_heads: frozenset[str] = frozenset()  # last words of the "before" cues ("firma", "company"): never part of a name
    prefixes: dict[str, list[tuple[tuple[str, ...], str]]] = field(default_factory=dict)  # "Banco", "Grupo" + a name
    nationalities: frozenset[str] = frozenset()  # "the German lender X", "la startup francesa X"
    subsidiary_qualifiers: frozenset[str] = frozenset()  # "Santander UK", "Orange España": a subsidiary
    plural_heads: frozenset[str] = frozenset()  # "los fondos KKR, Cinven y Providence": a list follows
    list_joints: frozenset[str] = frozenset()  # ",", "and", "y", "und"
    name_connectors: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)  # "Bolsa de Comercio", "Bank of"
    name_determiners: frozenset[str] = frozenset()  # "La Nación", "Les Echos": an article inside a name
    not_name_words: frozenset[str] = frozenset()  # months, weekdays, function words, words that never name
    place_words: frozenset[str] = frozenset()  # "Mission District", "Golfo de México": a name of a place
    family_words: frozenset[str] = frozenset()  # "the Prado family", "la famille Klaba": people, not a company
    description_nouns: frozenset[str] = frozenset()  # "Tanzanian rival X": the word before a noun modifies it
    described_forms: tuple[str, ...] = ()  # German inflected description nouns: "Rivalen", "Herstellers", "Konzerne"
    market_operators: frozenset[str] = frozenset()  # "Nasdaq Stockholm", "Euronext Paris": one exchange per city
    unit_designators: dict[str, list[tuple[tuple[str, ...], str]]] = field(default_factory=dict)  # "MUFG Bank"
    subsidiary_nouns: frozenset[str] = frozenset()  # "filiale", "subsidiary", "Tochter": a unit of a parent
    compound_suffixes: tuple[tuple[str, str], ...] = ()  # German "bank" in "Privatbank": (ending, kind)
    adjectives_follow_nouns: bool = False  # French, Spanish: "le quotidien économique X"
    nationalities_in_names: bool = False  # "British International Investment": a capitalised one may open a name
    compass_words: frozenset[str] = frozenset()  # "Centre-West", "Nord-Est": a region
    prepositions: frozenset[str] = frozenset()  # "analyst at X": X is where the person works, not the person
    genitive_articles: frozenset[str] = frozenset()  # German "der", "des": "Sprecherin der X" works for X
    name_nouns: frozenset[str] = frozenset()  # German "Technik", "Chemie": everyday nouns that end company names
    name_heads: frozenset[str] = frozenset()  # German "Stadtwerke", "Bankhaus": institution nouns that open names
    definite_articles: frozenset[str] = frozenset()  # "l'", "la", "the", "die": "l'Autorité" names a known "Autorité de ..."
    possessive_cues: frozenset[str] = frozenset()  # "X's purchase", "X's board": who owns them is an organisation
    common_noun_endings: tuple[str, ...] = ()  # German "-ung", "-ität", "-sparte": one such word is a noun, no name
    indefinite_articles: frozenset[str] = frozenset()  # German "eine Sperrminorität": a name takes no indefinite article
    demonym_articles: frozenset[str] = frozenset()  # "le", "la": "le lyonnais X", "la portuguesa X"
    demonym_endings: tuple[str, ...] = ()  # "-ien", "-ais", "-ano": a demonym used as a noun
    deal_verbs: re.Pattern[str] | None = None  # "rachète", "kauft", "negotiates": what a company opening a sentence does


def _index_by_first(sequences: Iterable[tuple[tuple[str, ...], str]]) -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """First token -> (sequence, value) pairs, longest first: a scan looks up one token, not every cue."""
    index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for words, value in sorted(set(sequences), key=lambda item: (-len(item[0]), item)):
        if words:
            index.setdefault(words[0], []).append((words, value))
    return index


def _token_texts(nlp: Language, phrase: str) -> tuple[str, ...]:
    return tuple(t.text for t in nlp.tokenizer(phrase))


def _connector_tokens(nlp: Language, connector: str) -> tuple[str, ...]:
    """A connector's tokens as they come before a name: an elided one ("d'") is split off its word
    ("d'Opale" gives "d'", "Opale") but not when tokenised alone ("d", "'")."""
    elided = connector.endswith(("'", "’"))
    return _token_texts(nlp, connector + ("Nom" if elided else " Nom"))[:-1]


def load_cues(nlp: Language) -> OrgCues:
    data = lexicon(nlp.lang, "orgs")
    cues = OrgCues(genitive_suffixes=tuple(data.get("genitive_suffixes", ())),
                   compound_heads=tuple(h.lower() for h in data.get("compound_cue_heads", ())),
                   person_titles=frozenset(_token_texts(nlp, t)[-1].lower() for t in data.get("person_titles", ())))
    cues.suffixes = _index_by_first(
        (_token_texts(nlp, word), kind) for kind, words in data.get("suffixes", {}).items() for word in words)
    cues.prefixes = _index_by_first(
        (_token_texts(nlp, word), kind) for kind, words in data.get("prefixes", {}).items() for word in words)
    cues.nationalities = frozenset(w.lower() for w in data.get("nationalities", ()))
    cues.plural_heads = frozenset(w.lower() for w in data.get("plural_cue_heads", ()))
    cues.subsidiary_qualifiers = frozenset(data.get("subsidiary_qualifiers", ()))
    cues.list_joints = frozenset(w.lower() for w in data.get("list_joints", ()))
    for attr in ("before", "after"):
        phrases = data.get(f"context_{attr}", ())
        index = _index_by_first((_token_texts(nlp, p.lower()), "") for p in phrases)
        setattr(cues, attr, {first: [w for w, _ in items] for first, items in index.items()})
    cues.cue_heads = frozenset(words[-1] for items in cues.before.values() for words in items)
    connectors = _index_by_first((_connector_tokens(nlp, c), "") for c in data.get("name_connectors", ()))
    cues.name_connectors = {first: [w for w, _ in items] for first, items in connectors.items()}
    cues.name_determiners = frozenset(data.get("name_determiners", ()))
    cues.not_name_words = _not_name_words(nlp.lang)
    cues.place_words = frozenset(data.get("place_words", ()))
    cues.family_words = frozenset(w.lower() for w in data.get("family_words", ()))
    cues.description_nouns = frozenset(w.lower() for w in lexicon(nlp.lang, "deals").get("description_nouns", ()))
    cues.described_forms = tuple(sorted({noun + ending for noun in cues.description_nouns
                                         for ending in data.get("noun_inflections", ())}))
    cues.market_operators = frozenset(fold(w) for w in data.get("market_operators", ()))
    cues.unit_designators = _index_by_first((_token_texts(nlp, w), "") for w in data.get("unit_designators", ()))
    cues.subsidiary_nouns = frozenset(w.lower() for w in data.get("subsidiary_nouns", ()))
    cues.compound_suffixes = tuple(sorted({(w.lower(), kind) for kind, words in data.get("suffixes", {}).items()
                                           for w in words if w.isalpha() and len(w) > 3}))
    cues.adjectives_follow_nouns = bool(data.get("adjectives_follow_nouns", False))
    cues.nationalities_in_names = bool(data.get("nationalities_in_names", False))
    cues.compass_words = frozenset(w.lower() for w in data.get("compass_words", ()))
    cues.prepositions = frozenset(w.lower() for w in lexicon(nlp.lang, "quotes").get("prepositions", ()))
    cues.common_noun_endings = tuple(w.lower() for w in data.get("common_noun_endings", ()))
    cues.possessive_cues = frozenset(w.lower() for w in data.get("possessive_cues", ()))
    cues.name_nouns = frozenset(data.get("name_nouns", ()))
    cues.name_heads = frozenset(data.get("name_heads", ()))
    cues.definite_articles = frozenset(w.lower() for w in lexicon(nlp.lang, "deals").get("definite_articles", ()))
    cues.genitive_articles = frozenset(w.lower() for w in data.get("genitive_articles", ()))
    cues.indefinite_articles = frozenset(w.lower() for w in data.get("indefinite_articles", ()))
    cues.deal_verbs = _deal_verbs(lexicon(nlp.lang, "deals"))
    cues.demonym_articles = frozenset(w.lower() for w in data.get("demonym_articles", ()))
    cues.demonym_endings = tuple(data.get("demonym_endings", ()))
    return cues


SUBJECT_CUE_KINDS = frozenset({"acquire", "bid", "invest", "raise", "sell", "pay", "share_sale"})
SUBJECT_STATUSES = frozenset({"negotiating", "denied", "cancelled"})


def _deal_verbs(deals: dict) -> re.Pattern[str] | None:
    """The deal lexicon's transaction cues and talk/denial words, as one word-bounded pattern: the
    verbs a company is the subject of."""
    patterns = [p for cue in deals.get("cues", ()) if cue["kind"] in SUBJECT_CUE_KINDS for p in cue["patterns"]]
    patterns += [p for cue in deals.get("status_cues", ()) if cue["status"] in SUBJECT_STATUSES for p in cue["patterns"]]
    if not patterns:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(f"(?:{p})" for p in patterns) + r")(?!\w)", re.IGNORECASE)


def _not_name_words(lang: str) -> frozenset[str]:
    """Lower-cased words that never make a name on their own: months, weekdays, the quote lexicon's
    function words and non-name words, titles and nationality words."""
    dates = lexicon(lang, "dates")
    quotes = lexicon(lang, "quotes")
    orgs = lexicon(lang, "orgs")
    words = {w.lower() for key in ("months", "weekdays") for w in dates.get(key, {})}
    for key in ("determiners", "possessives", "subject_pronouns", "object_pronouns", "prepositions",
                "conjunctions", "subordinators", "not_name_words", "titles"):
        words.update(w.lower() for w in quotes.get(key, ()))
    words.update(w.lower() for w in orgs.get("nationalities", ()))
    words.update(w.lower() for t in orgs.get("person_titles", ()) for w in t.split())
    return frozenset(words)


def build_matcher(nlp: Language, genitive_suffixes: Sequence[str],
                  inflections: Sequence[Sequence[str]] = ()) -> PhraseMatcher:
    """One phrase pattern per alias, plus genitive forms where the language inflects names
    ("Kestrels") and inflected first words of multi-word names ("der Deutschen Bank")."""
    matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
    for entry in organization_table().values():
        surfaces = {entry.name, *entry.aliases}
        surfaces |= {s + g for s in list(surfaces) if " " not in s for g in genitive_suffixes}
        for ending, inflected in inflections:
            surfaces |= {f"{first[:-len(ending)]}{inflected} {rest}" for first, _, rest in
                         (s.partition(" ") for s in list(surfaces) if " " in s) if first.endswith(ending) and first[:1].isupper()}
        matcher.add(entry.name, list(nlp.tokenizer.pipe(sorted(surfaces))))
    return matcher


def _is_capitalised(text: str) -> bool:
    return bool(text) and (text[0].isupper() or (len(text) > 1 and text[0].islower() and any(c.isupper() for c in text[1:])))


def _line_is_headline(text: str, start: int) -> bool:
    """A line where most words are capitalised reads as a headline, not prose."""
    line_start = text.rfind("\n", max(0, start - 300), start) + 1
    line_end = text.find("\n", start, start + 300)
    words = text[line_start: line_end if line_end >= 0 else start + 300].split()
    long_words = [w for w in words if len(w) > 3]
    return len(long_words) >= 2 and sum(w[0].isupper() for w in long_words) / len(long_words) >= 0.6


def _named_persons(doc: Doc, name_nouns: frozenset[str] = frozenset()) -> list:
    """Person mentions that veto an organisation: full names and the surnames of full names. A lone
    word that a title or the model took for a person ("analyste chez X, Ludora paie ...") does not
    outweigh an organisation name the article repeats; nor does a "person" that opens with a country
    ("Kenya Power") or ends with a company's sector noun ("Ostra Energy said ...")."""
    mentions = [m for m in doc._.newsx_persons or []
                if not is_country(m.text.split()[0]) and not _sector_name(m.text.split(), name_nouns, doc.lang_)]
    full = [m.text for m in mentions if len(m.text.split()) >= 2]
    surnames = {name.split()[-1] for name in full}
    return [m for m in mentions if len(m.text.split()) >= 2 or m.text in surnames]


PARTICLE_ARTICLES = frozenset({"la", "le", "der", "den", "los", "las"})  # "de La", "van der", "von der", "de los"


def _particle_surnames(doc: Doc) -> list[CharSpan]:
    """The part after a particle and its article in a name opened by a given name ("Pierre-Henri de La
    Roche", "Jan van der Bank"): a surname, even where it spells a company of the table."""
    spans = []
    for mention in doc._.newsx_persons or []:
        particle = re.search(r"\s[a-zà-ÿ][\w'’]*\s+[\w'’]+\s", mention.text)  # not "Vera Rubin de Nvidia": "of"
        if particle and fold(particle.group().split()[1]) in PARTICLE_ARTICLES and is_given_name(mention.text.split()[0]):
            spans.append((mention.start + particle.end(), mention.end))
    return spans


def _sector_name(words: Sequence[str], name_nouns: frozenset[str], lang: str) -> bool:
    """"Ostra Energy": a rare word, then a sector noun that ends company names; "Clean Energy" is no name."""
    return len(words) >= 2 and words[-1] in name_nouns and zipf(words[0], lang) < SENTENCE_START_COMMON


def _title_line(text: str, start: int) -> bool:
    """A headline in title case: mostly capitalised words and no sentence-final punctuation."""
    line_end = text.find("\n", start)
    line = text[text.rfind("\n", 0, start) + 1: line_end if line_end >= 0 else len(text)].rstrip()
    return not line.endswith(".") and _line_is_headline(text, start)


def _capitalised_run_backwards(doc: Doc, end_token: int, limit: int, stop_words: frozenset[str] = frozenset(),
                               stop_endings: tuple[str, ...] = ()) -> int:
    """Index of the first token of the capitalised run ending before `end_token`;
    cue nouns ("Firma", "Softwarehersteller") end the run."""
    i = end_token
    while i > 0 and end_token - i < limit:
        token = doc[i - 1]
        if token.text == "&" and i < end_token and i > 1 and _is_capitalised(doc[i - 2].text):
            i -= 1  # "Kessler & Brandt GmbH", "Hartwell & Crane Ltd": one name
            continue
        if token.lower_ in stop_words or (stop_endings and token.lower_.endswith(stop_endings)):
            break
        if token.is_stop or token.is_punct or _sentence_start(doc, i - 1) or not _is_capitalised(token.text):
            if _sentence_start(doc, i - 1) and _is_capitalised(token.text) and not token.is_stop:
                i -= 1
            break
        i -= 1
    return i


def _capitalised_run_forwards(doc: Doc, start_token: int, limit: int) -> int:
    i = start_token
    while i < len(doc) and i - start_token < limit:
        token = doc[i]
        if token.is_punct or not _is_capitalised(token.text) or (token.is_stop and i > start_token):
            break
        i += 1
    return i


def _sequence_at(doc: Doc, i: int, words: tuple[str, ...], lower: bool) -> bool:
    if i + len(words) > len(doc):
        return False
    return all((doc[i + k].lower_ if lower else doc[i + k].text) == w for k, w in enumerate(words))


class OrganizationsComponent:
    """Writes `doc._.newsx_orgs`: one `Organization` per real-world organisation."""

    def __init__(self, nlp: Language, name: str = "newsx_orgs"):
        self.name = name
        self.cues = load_cues(nlp)
        self.matcher = build_matcher(nlp, self.cues.genitive_suffixes, lexicon(nlp.lang, "orgs").get("name_inflections", ()))
        self.table = organization_table()
        self.vocab = nlp.vocab

    def __call__(self, doc: Doc) -> Doc:
        skip = skip_spans(doc)
        known = self.table_candidates(doc, skip)
        unknown = [c for c in self.with_units(doc, self.unknown_candidates(doc, skip)) if not self._overlaps(c, known)]
        shorts = self.short_forms(doc, unknown, known + unknown, skip)
        shorts += self.definite_heads(doc, known, known + unknown + shorts, skip)
        unknown = [c for c in unknown if not any(s.start <= c.start and c.end <= s.end for s in shorts)] + shorts
        doc._.newsx_orgs = group_candidates(known + unknown, self.table, self.subsidiaries(doc, unknown),
                                            acronyms(doc_text(doc), known + unknown))
        return doc

    def subsidiaries(self, doc: Doc, unknown: Sequence[Candidate]) -> frozenset[str]:
        """Names the article calls a subsidiary ("X Vind, sa filiale éolienne", "the unit X Space", "die
        Sparte X Mobile") or names by a country ("X México"): the parent's bare name elsewhere is the
        parent, not a short form of them."""
        nouns = self.cues.subsidiary_nouns
        found = set()
        for cand in unknown:
            span = doc.char_span(cand.start, cand.end)
            if span is None or len(span) < 2:
                continue
            after = doc[span.end:span.end + SUBSIDIARY_WINDOW + 1]
            if (len(after) and after[0].text == "," and any(t.lower_ in nouns for t in after[1:])) \
                    or any(t.lower_ in nouns for t in doc[max(0, span.start - 2):span.start]) \
                    or span[-1].text in self.cues.subsidiary_qualifiers:  # "Polisana México", "Vantor UK"
                found.add(cand.text)
        return frozenset(found)

    def short_forms(self, doc: Doc, unknown: Sequence[Candidate], taken: Sequence[Candidate],
                    skip: Sequence[CharSpan]) -> list[Candidate]:
        """"Altair" elsewhere in an article about "Altair Engineering": the first word of a
        multi-word unknown name, standing alone and capitalised, is the same company; unless that
        word names a place ("Kenya" is not "Kenya Power")."""
        firsts = {c.text.split()[0]: c for c in unknown if " " in c.text and len(c.text.split()[0]) >= 4
                  and not is_place(c.text.split()[0]) and not self._nationality(c.text.split()[0])}
        found = []
        for token in doc:
            cand = firsts.get(token.text)
            if cand is None or token.is_stop:
                continue
            short = Candidate(token.idx, token.idx + len(token.text), token.text, cand.method, kind=cand.kind)
            if not self._overlaps(short, taken) and not inside_any(short.start, short.end, skip):
                found.append(short)
        return found + self._tails(doc, unknown, taken + found, skip)

    def definite_heads(self, doc: Doc, known: Sequence[Candidate], taken: Sequence[Candidate],
                       skip: Sequence[CharSpan]) -> list[Candidate]:
        """"l'Autorité", "la Commission", "the Authority" in an article naming "Autorité de la
        concurrence": a table name's first word after a definite article is that organisation,
        unless another name of the article opens with the same word."""
        firsts: dict[str, list[str]] = {}
        for cand in known:
            words = cand.text.split()
            if len(words) >= 2 and len(words[0]) >= 4 and words[0][:1].isupper():
                firsts.setdefault(words[0], []).append(fold(cand.text))
        found = []
        for token in doc[1:]:
            forms = set(firsts.get(token.text, ()))
            if len(forms) != 1 or doc[token.i - 1].lower_ not in self.cues.definite_articles \
                    or (token.i + 1 < len(doc) and _is_capitalised(doc[token.i + 1].text)):
                continue  # "la Commission européenne" is the full name, read elsewhere
            short = Candidate(token.idx, token.idx + len(token.text), token.text, "table")
            if not self._overlaps(short, taken) and not inside_any(short.start, short.end, skip):
                found.append(short)
        return found

    def _nationality(self, word: str) -> bool:
        """"Swedish" of "Swedish Shareholders' Association": an adjective of origin, never a short form."""
        return word.lower() in self.cues.nationalities or self._demonym(word)

    def _tails(self, doc: Doc, unknown: Sequence[Candidate], taken: Sequence[Candidate],
               skip: Sequence[CharSpan]) -> list[Candidate]:
        """"Corvel" in an article about "Maison Corvel", "Sierra Alta" for "Supermercados
        Sierra Alta": a name whose first word is an everyday noun ("maison", "usina", "grupo")
        is also written without it; not after another capitalised word ("Anna Corvel")."""
        text = doc_text(doc)
        tails = {}
        for cand in unknown:
            tail = _without_generic_head(cand.text)
            if tail and len(tail) >= 4 and not is_place(tail) and tail[:1].isupper() \
                    and (" " in tail or zipf(tail.lower(), doc.lang_) < GENERIC_HEAD):  # "Bank" of "Norvale Bank" is a word
                tails.setdefault(tail, cand)
        found: list[Candidate] = []
        for tail, cand in tails.items():
            for match in re.finditer(rf"(?<![\w-]){re.escape(tail)}(?![\w-])", text):
                short = Candidate(match.start(), match.end(), tail, cand.method, kind=cand.kind)
                window = max(0, match.start() - 40)
                before = re.search(r"(\w+)[ \t]+$", text[window:match.start()])
                word = doc.char_span(window + before.start(1), window + before.end(1)) if before else None
                if word is not None and word.text[:1].isupper() and not _opens_sentence(doc, word.start):
                    continue  # "Anna Ferrol": a person's name
                inside = [c for c in taken if short.start <= c.start and c.end <= short.end and c.text != tail]
                if not self._overlaps(short, [c for c in taken if c not in inside]) and not self._overlaps(short, found) \
                        and not inside_any(short.start, short.end, skip):
                    found.append(short)  # a shorter candidate inside it ("Safra" in "Boa Safra") gives way
        return found

    @staticmethod
    def _overlaps(candidate: Candidate, others: Iterable[Candidate]) -> bool:
        return any(candidate.start < o.end and o.start < candidate.end for o in others)

    def table_candidates(self, doc: Doc, skip: Sequence[CharSpan]) -> list[Candidate]:
        spans = [Span(doc, s, e, label=m) for m, s, e in self.matcher(doc)]
        banned = not_organizations()
        surnames = _particle_surnames(doc)
        found = []
        for span in filter_spans(spans):
            if inside_any(span.start_char, span.end_char, skip) or inside_any(span.start_char, span.end_char, surnames):
                continue
            following = doc[span.end] if span.end < len(doc) else None
            if following is not None and following.like_num and fold(f"{span.text} {following.text}") in banned:
                continue  # "Fortune 500", "Nikkei 225": an index or a list, not the organisation
            name = self.vocab.strings[span.label]
            end = self._unit_end(doc, span.start, span.end)
            if end > span.end and not inside_any(span.start_char, doc[end - 1].idx + len(doc[end - 1]), skip):
                unit = doc[span.start:end]
                found.append(Candidate(unit.start_char, unit.end_char, unit.text, "suffix", kind=self.table[name].kind))
                continue
            found.append(Candidate(span.start_char, span.end_char, span.text, "table", name, self.table[name].kind))
        return found

    def _unit_end(self, doc: Doc, start: int, end: int) -> int:
        """End of the unit a name's next word makes of it, or `end`: a country ("Santander UK", "Orange
        España": the national unit), a designator of a line of business ("MUFG Bank", "Mizuho Securities":
        the group's bank or broker; "BMW Group" stays BMW) or, after a market operator, a city ("Nasdaq Stockholm": the exchange there)."""
        if end >= len(doc) or "\n" in doc[end - 1].whitespace_:
            return end
        following = doc[end]
        if following.text in self.cues.subsidiary_qualifiers:
            return end + 1
        for words, _ in self.cues.unit_designators.get(following.text, ()):
            if _sequence_at(doc, end, words, lower=False):
                return end + len(words)
        if fold(doc[start:end].text) in self.cues.market_operators and following.text[:1].isupper() \
                and is_place(following.text):
            return end + 1
        return end

    def with_units(self, doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
        """Unknown names extended by the city after a market operator ("Euronext Paris")."""
        extended = []
        for cand in candidates:
            span = doc.char_span(cand.start, cand.end)
            end = self._unit_end(doc, span.start, span.end) if span is not None else 0
            if span is not None and end > span.end and fold(span.text) in self.cues.market_operators:
                unit = doc[span.start:end]
                cand = Candidate(unit.start_char, unit.end_char, unit.text, "suffix", kind=cand.kind)
            extended.append(cand)
        return extended

    def unknown_candidates(self, doc: Doc, skip: Sequence[CharSpan]) -> list[Candidate]:
        found = (self.suffix_candidates(doc) + self.prefix_candidates(doc) + self.context_candidates(doc)
                 + self.demonym_candidates(doc)
                 + self.possessive_candidates(doc) + self.ner_candidates(doc))
        found += [c for c in self.name_candidates(doc) if not any(
            c.start < o.end and o.start < c.end and (c.start != o.start or c.end <= o.end) for o in found)]
        persons = {fold(m.text) for m in _named_persons(doc, self.cues.name_nouns)}
        banned = not_organizations() | self._named_places(doc, found) | self._indefinite_nouns(doc)
        kept: list[Candidate] = []
        for cand in sorted(found, key=lambda c: (c.start, -c.end)):
            key = fold(cand.text)
            words = cand.text.split()
            if (inside_any(cand.start, cand.end, skip) or "\n" in cand.text or key in banned
                    or (cand.method != "suffix" and {words[0], words[-1]} & self.cues.place_words)
                    or (len(words) == 1 and self._modifies_next_noun(doc, cand))
                    or (len(words) == 1 and cand.method != "suffix" and self._never_a_name(words[0], doc.lang_))
                    or self._region(cand.text) or _quoted_title(doc_text(doc), cand)
                    or self._after_person_title(doc, cand)
                    or (cand.method != "suffix" and self._common_noun_span(doc, cand))
                    or (key in persons and not self._outweighs_person(cand, doc.lang_))
                    or not _is_capitalised(cand.text) or len(cand.text) < 2
                    or self._joins_a_name_to_words(cand, found) or self._overlaps(cand, kept)):
                continue
            kept.append(cand)
        return kept

    def _joins_a_name_to_words(self, cand: Candidate, found: Sequence[Candidate]) -> bool:
        """'hatte Kronwald für Schlagzeilen gesorgt' where 'Kronwald AG' is named: a company's own name, then a
        connector and more words, is that company in a sentence, not another name."""
        words = cand.text.split()
        for k, word in enumerate(words[1:-1], start=1):
            if word.lower() in self.cues.name_connectors:
                head = " ".join(words[:k])
                return any(o.method != "name" and o.text.startswith(head + " ") and not cand.text.startswith(o.text)
                           for o in found)  # not "Banco Português de Fomento" after "Banco Português"
        return False

    @staticmethod
    def _outweighs_person(cand: Candidate, lang: str) -> bool:
        """A designator or a cue outweighs a person ("Harwick Partners"), but a cue ("X said on Monday") does
        not outweigh a person whose name opens with a common given name ("Tom Avery said on Monday")."""
        if cand.method == "context":
            return not is_established_given_name(cand.text.split()[0], lang)
        return cand.method == "suffix"

    def _named_places(self, doc: Doc, candidates: Sequence[Candidate]) -> frozenset[str]:
        """Names the article calls places with a lower-case place noun before them ("la cuenca Pérmica",
        "la formación de Vaca Muerta", "the basin of X"): a place in every other mention too."""
        nouns = {w.lower() for w in self.cues.place_words}
        places = set()
        for cand in candidates:
            span = doc.char_span(cand.start, cand.end)
            k = span.start - 1 if span is not None and cand.method != "suffix" else -1
            if k > 0 and doc[k].is_lower and doc[k].lower_ in self.cues.name_connectors:
                k -= 1  # "formación de", "basin of"
            if k >= 0 and doc[k].is_lower and doc[k].lower_ in nouns:
                places.add(fold(cand.text))
        return frozenset(places)

    def _never_a_name(self, word: str, lang: str) -> bool:
        """A nationality, a demonym or (German) an everyday noun standing alone ("Der Franzose kündigte an"):
        the word a context cue found is no name. German compounds are left to the cue, since names are
        built like them ("Vossberg")."""
        return (word.lower() in self.cues.not_name_words or self._demonym(word)
                or (lang == "de" and zipf(word, lang) >= COMMON_WORD["de"] and not _foreign(word))
                or (lang == "de" and _feminine_agent_noun(word)))

    def _region(self, text: str) -> bool:
        """"the Centre-West", "le Nord-Est": a name made of compass words only is a region."""
        parts = text.replace("-", " ").split()
        return bool(parts) and all(p.lower() in self.cues.compass_words for p in parts)

    def _modifies_next_noun(self, doc: Doc, cand: Candidate) -> bool:
        """"Tanzanian rival X", "Canadian lender X": a word right before a description noun modifies it."""
        span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
        if span is None or span.end >= len(doc):
            return False
        following = doc[span.end]
        return following.is_lower and following.lower_ in self.cues.description_nouns

    def _after_person_title(self, doc: Doc, cand: Candidate) -> bool:
        """"chief executive Shantanu Narayen", "PDG Ines Varga": a person, not a company; a preposition
        after the title ("analyst at X", "analyste chez X") makes X the employer."""
        span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
        if span is None or cand.method == "suffix":
            return False
        return any(self._title_word(t.lower_) and (t.i == 0 or doc[t.i - 1].text != "&") for t in span) \
            or self._title_before(doc, span.start)  # "Lisowski & Partner" is a firm

    def _title_word(self, word: str) -> bool:
        """A title's last word, also closing a hyphenated compound: "Kellerhals-Partner", "Vantor-Chefin"."""
        return word in self.cues.person_titles or ("-" in word and word.rsplit("-", 1)[1] in self.cues.person_titles)

    def _title_before(self, doc: Doc, start: int) -> bool:
        """A person title in the two words before `start`, with no preposition in between."""
        for token in reversed(doc[max(0, start - 2):start]):
            if token.lower_ in self.cues.prepositions or token.lower_ in self.cues.genitive_articles:
                return False  # "Analyst der Privatbank X": a genitive names the employer, like "analyst at X"
            if self._title_word(token.lower_):
                return True
        return False

    def suffix_candidates(self, doc: Doc) -> list[Candidate]:
        found = []
        for i, token in enumerate(doc):
            for words, kind in self.cues.suffixes.get(token.text, ()) or self._compound_designator(token.text):
                if not _sequence_at(doc, i, words, lower=False):
                    continue
                stops = self.cues.cue_heads | self.cues.nationalities | self.cues.subsidiary_nouns | self.cues.description_nouns
                first = _capitalised_run_backwards(doc, i, MAX_UNKNOWN_TOKENS - len(words), stops,
                                                   self.cues.compound_heads + self.cues.described_forms)
                if first < i:
                    span = doc[first: i + len(words)]
                    found.append(Candidate(span.start_char, span.end_char, span.text, "suffix", kind=kind))
                break
        return found

    def _compound_designator(self, word: str) -> list[tuple[tuple[str, ...], str]]:
        """German: a compound ending in a designator ("Privatbank", "Mediengruppe") is one itself."""
        if not self.cues.compound_heads or len(word) <= COMPOUND_MIN or not word[:1].isupper():
            return []
        lower = word.lower()
        return [((word,), kind) for ending, kind in self.cues.compound_suffixes if lower.endswith(ending)][:1]

    def prefix_candidates(self, doc: Doc) -> list[Candidate]:
        """A designator that opens a name ("Banco Sabadell", "Grupo Santander", "Banque Populaire")."""
        found = []
        for i, token in enumerate(doc):
            for words, kind in self.cues.prefixes.get(token.text, ()):
                if not _sequence_at(doc, i, words, lower=False):
                    continue
                end = _capitalised_run_forwards(doc, i + len(words), MAX_UNKNOWN_TOKENS - len(words))
                if end > i + len(words):
                    span = doc[i:self._connected_end(doc, i, end)]
                    found.append(Candidate(span.start_char, span.end_char, span.text, "suffix", kind=kind))
                break
        return found

    def _connected_end(self, doc: Doc, start: int, end: int) -> int:
        """A name continued by a connector and capitalised words ("Fondo Andino de Desarrollo",
        "Banco Português de Fomento"): the designator opens the whole name."""
        while end < len(doc) and end - start < MAX_UNKNOWN_TOKENS:
            joined = next((end + len(w) for w in self.cues.name_connectors.get(doc[end].lower_, ())
                           if _sequence_at(doc, end, w, lower=True) and end + len(w) < len(doc)
                           and self._is_name_token(doc[end + len(w)])), None)
            if joined is None:
                break
            end = _capitalised_run_forwards(doc, joined, MAX_UNKNOWN_TOKENS - (joined - start))
        return end

    def _cue_end(self, doc: Doc, i: int, words: tuple[str, ...]) -> int | None:
        """Index after the cue `words` at token i, allowing one nationality word inside it
        ("the German lender", "die US-amerikanische Bank") or right after it ("la startup francesa")."""
        if _sequence_at(doc, i, words, lower=True):
            end = i + len(words)
        elif (len(words) > 1 and i + 1 < len(doc) and doc[i + 1].lower_ in self.cues.nationalities
              and doc[i].lower_ == words[0] and _sequence_at(doc, i + 2, words[1:], lower=True)):
            end = i + 1 + len(words)
        else:
            return None
        if end < len(doc) and doc[end].lower_ in self.cues.nationalities:
            end += 1  # "la startup francesa X"; "takeover of Scandinavian carrier X"
            if end + 1 < len(doc) and doc[end].is_alpha and doc[end].is_lower and _is_capitalised(doc[end + 1].text):
                end += 1
        elif (self.cues.adjectives_follow_nouns and end + 1 < len(doc) and doc[end].is_alpha and doc[end].is_lower
              and not doc[end].is_stop and _is_capitalised(doc[end + 1].text) and not _opens_sentence(doc, end + 1)):
            end += 1  # "le quotidien économique X", "el banco local X": an adjective after the cue noun
        return end

    def _cue_in_name(self, doc: Doc, k: int) -> bool:
        """"la Agencia Nacional de ...", "el Banco Português": a cue noun capitalised inside a sentence
        opens a name, it does not describe the next one (German capitalises every noun)."""
        return doc.lang_ != "de" and doc[k].text[:1].isupper() and not _opens_sentence(doc, k)

    def _runs_after_cue(self, doc: Doc, j: int, listing: bool, most: int = 5) -> list[tuple[int, int]]:
        """The capitalised run right after a cue; after a plural cue ("the funds", "los
        fondos") also the runs of the list it opens ("KKR, Cinven y Providence")."""
        runs: list[tuple[int, int]] = []
        while len(runs) < most:
            while j + 1 < len(doc) and self._described_form(doc[j].text) and _is_capitalised(doc[j + 1].text):
                j += 1  # "Schweizer Rivalen X": the inflected noun describes the name after it
            end = _capitalised_run_forwards(doc, j, MAX_UNKNOWN_TOKENS)
            if end == j:
                break
            runs.append((j, end))
            if not listing or end >= len(doc) or doc[end].lower_ not in self.cues.list_joints:
                break
            j = end + 1
            if j < len(doc) and doc[end].text == "," and doc[j].lower_ in self.cues.list_joints:
                j += 1  # the serial comma: "A, B, and C"
        return runs

    def possessive_candidates(self, doc: Doc) -> list[Candidate]:
        """"Kestrel's £2.9bn purchase of", "Harwick's board": the possessor of a deal noun or
        of a company's organ, as a capitalised run before the "'s"."""
        found = []
        if not self.cues.possessive_cues:
            return found
        for i, token in enumerate(doc):
            if token.lower_ not in ("'s", "’s") or i == 0:
                continue
            following = [t for t in doc[i + 1:i + 1 + POSSESSIVE_REACH] if not (t.like_num or t.is_currency)]
            if not any(t.lower_ in self.cues.possessive_cues for t in following[:2]):
                continue
            first = _capitalised_run_backwards(doc, i, MAX_UNKNOWN_TOKENS, self.cues.cue_heads, self.cues.compound_heads)
            if first < i and not is_place(doc[first:i].text):  # "Britain's biggest deal"
                span = doc[first:i]
                found.append(Candidate(span.start_char, span.end_char, span.text, "context"))
        return found

    def demonym_candidates(self, doc: Doc) -> list[Candidate]:
        """"le lyonnais Vestor", "l'italien Ceramiche X", "la portuguesa Ventos X": in French and Spanish
        business news an article and a demonym used as a noun introduce a company, not a person
        (people get their given name: "l'Italien Mario Rossi" is left to the person rules). Adjectives
        end the same way ("le prochain Conseil"): unless the word is a nationality, the name's first word
        must be none the language writes in lower case."""
        found = []
        if not self.cues.demonym_articles:
            return found
        for i, token in enumerate(doc[:-2]):
            word = doc[i + 1]
            if token.lower_ not in self.cues.demonym_articles or not self._demonym_word(word):
                continue
            end = self._trim_tail(doc, i + 2, _capitalised_run_forwards(doc, i + 2, MAX_UNKNOWN_TOKENS))
            end = self._connected_end(doc, i + 2, end)
            first = doc[i + 2]
            everyday = word.lower_ not in self.cues.nationalities and zipf(first.lower_, doc.lang_) >= KNOWN_WORD
            if end > i + 2 and not is_given_name(first.text) and not _opens_sentence(doc, i + 2) and not everyday:
                span = doc[i + 2:end]
                found.append(Candidate(span.start_char, span.end_char, span.text, "context"))
        return found

    def _demonym_word(self, token) -> bool:
        return (token.is_lower and token.is_alpha and not token.is_stop and len(token.text) >= DEMONYM_MIN
                and (token.lower_ in self.cues.nationalities or token.lower_.endswith(self.cues.demonym_endings)))

    def context_candidates(self, doc: Doc) -> list[Candidate]:
        found = []
        heads = self.cues.compound_heads
        for i, token in enumerate(doc):
            if heads and len(token.text) > COMPOUND_MIN and token.text[0].isupper() and token.lower_.endswith(heads):
                end = self._trim_tail(doc, i + 1, _capitalised_run_forwards(doc, i + 1, MAX_UNKNOWN_TOKENS))
                if end > i + 1:  # "Chipfertiger X" names X; "Investitionsbank X" is the bank's own name
                    span = doc[i if token.text in self.cues.name_heads else i + 1:end]
                    found.append(Candidate(span.start_char, span.end_char, span.text, "context"))
            for words in self.cues.before.get(token.lower_, ()):
                j = self._cue_end(doc, i, words)
                if j is not None and self._cue_in_name(doc, j - 1):
                    break
                if j is not None:
                    for j, end in self._runs_after_cue(doc, j, listing=words[-1] in self.cues.plural_heads):
                        while doc.lang_ == "de" and j < end - 1 and doc[j].text not in self.cues.name_heads and (
                                self._designator(doc[j].text) or self._described_form(doc[j].text)):
                            j += 1  # "übernimmt Autozulieferer Brandauer": the description is no part of the name
                        span = doc[j:self._trim_tail(doc, j, end)]
                        found.append(Candidate(span.start_char, span.end_char, span.text, "context"))
                    break
            for words in self.cues.after.get(token.lower_, ()):
                if _sequence_at(doc, i, words, lower=True) and i > 0:
                    first = _capitalised_run_backwards(doc, i, MAX_UNKNOWN_TOKENS, self.cues.cue_heads,
                                                       self.cues.compound_heads)
                    if first < i:
                        span = doc[first:i]
                        found.append(Candidate(span.start_char, span.end_char, span.text, "context"))
                    break
        return found

    def name_candidates(self, doc: Doc) -> list[Candidate]:
        """Capitalised runs that are no person, place, date word or common word: in news about
        companies, what is left is an organisation ("Kestrel Robotics", "Bolsa de Comercio de
        Buenos Aires", "La Nación"). A run opening a sentence must also occur inside one, since
        the first word of a sentence is capitalised anyway; on a blank German pipeline, where
        every noun is capitalised, a run needs one word that is rare as a common word."""
        persons = [(m.start, m.end) for m in _named_persons(doc, self.cues.name_nouns)]
        text = doc_text(doc)
        runs = list(self._capitalised_runs(doc))
        # a run opening a sentence is inside it from its second word on ("Der Fonds Al Noor Capital stieg ein")
        inside = Counter(doc[i + _opens_sentence(doc, i):j].text for i, j in runs if j - i > _opens_sentence(doc, i))
        # "Al Rayyan did not respond" after "Al Rayyan Capital": the start of a name met inside a sentence
        # (after any leading description: "der Fonds Al Noor Capital")
        inside.update({" ".join(words[a:k]) for words in map(str.split, list(inside))
                       for a in range(len(words)) for k in range(a + 1, len(words) + (a > 0))})
        counts = Counter(token.text for token in doc)  # once per Doc: a long article stays linear
        found = []
        for i, j in runs:
            i, end = self._trim_run(doc, i, j, inside)
            j = self._trim_tail(doc, i, end)
            if i >= j:
                continue
            span = doc[i:j]
            if (inside_any(span.start_char, doc[i:end].end_char, persons) or (j < len(doc) and doc[j].text[:1].isdigit())
                    or _title_line(text, span.start_char)
                    or is_place(span.text) or {span[0].text, span[-1].text} & self.cues.place_words
                    or self._person_like(doc, i, j) or not self._name_like(doc, i, j, inside, counts)):
                continue
            found.append(Candidate(span.start_char, span.end_char, span.text, "name"))
        return found

    def _is_name_token(self, token) -> bool:
        return (_is_capitalised(token.text) and not token.is_punct and not token.like_num
                and any(c.isalpha() for c in token.text) and all(c.isalnum() or c in "-'’&." for c in token.text)
                and token.lower_ not in self.cues.not_name_words and token.text not in currency_codes())

    def _capitalised_runs(self, doc: Doc):
        """(start, end) token ranges of capitalised words, joined by name connectors ("de", "of", "&")
        and hyphens between words."""
        i, n = 0, len(doc)
        while i < n:
            if not self._is_name_token(doc[i]) and doc[i].text not in self.cues.name_determiners \
                    and not self._nationality_in_name(doc, i):
                i += 1
                continue
            j = i + 1
            while j < n and j - i < MAX_UNKNOWN_TOKENS + 2:
                token = doc[j]
                if "\n" in doc[j - 1].whitespace_ or "\n" in token.text:
                    break
                if (self._is_name_token(token) or self._nationality_in_name(doc, j)) and not _sentence_start(doc, j):
                    j += 1
                    continue
                if token.text == "-" and not doc[j - 1].whitespace_ and j + 1 < n and self._is_name_token(doc[j + 1]):
                    j += 2
                    continue
                joined = next((j + len(w) for w in self.cues.name_connectors.get(token.lower_, ())
                               if _sequence_at(doc, j, w, lower=True) and j + len(w) < n
                               and (self._is_name_token(doc[j + len(w)])  # "& Partner", "& Söhne": any word after "&"
                                    or (token.text == "&" and _is_capitalised(doc[j + 1].text)))), None)
                if joined is None and self._joins_common_words(doc, j):
                    joined = j + 1  # "Comisión de Promoción y Defensa", "Ports et Docks": one name
                if joined is None and token.text == "," and self._enumerates_name_parts(doc, i, j):
                    joined = j + 1  # "Ministerio de Industria, Energía y Minería": the list is the name
                if joined is None:
                    break
                j = joined + 1
            yield i, j
            i = j

    def _nationality_in_name(self, doc: Doc, i: int) -> bool:
        """Where nationality adjectives are capitalised (English), one inside a sentence that opens a run
        of capitalised words is part of the name ("British International Investment", "The Irish Times"),
        unless a description noun follows the run ("British Lion Motors chairman")."""
        if not self.cues.nationalities_in_names or doc[i].lower_ not in self.cues.nationalities \
                or not doc[i].text[:1].isupper() or _opens_sentence(doc, i):
            return False
        k = i + 1
        while k < len(doc) and self._is_name_token(doc[k]) and not _sentence_start(doc, k):
            k += 1
        return k > i + 1 and not (k < len(doc) and doc[k].is_lower and doc[k].lower_ in self.cues.description_nouns)

    def _enumerates_name_parts(self, doc: Doc, i: int, j: int) -> bool:
        """A comma inside a name of the form "X of A, B and C": a connector already in the run, then a
        common capitalised word and a conjunction joining two more."""
        return (any(t.is_lower and t.lower_ in self.cues.name_connectors for t in doc[i:j]) and j + 2 < len(doc)
                and self._is_name_token(doc[j + 1]) and zipf(doc[j + 1].text, doc.lang_) >= NAME_PART_COMMON
                and self._joins_common_words(doc, j + 2))

    def _joins_common_words(self, doc: Doc, j: int) -> bool:
        """A conjunction between two capitalised words of the language's vocabulary joins the parts of
        one name ("Promoción y Defensa"); between names it joins a list ("BBVA y Santander"), and so
        it does after a designator, which closes a name ("Lanval Capital et Sables d'Opale")."""
        token = doc[j]
        if token.lower_ not in self.cues.list_joints or not token.is_alpha or j + 1 >= len(doc):
            return False
        left, right = doc[j - 1], doc[j + 1]
        if (left.text,) in (words for words, _ in self.cues.suffixes.get(left.text, ())):
            return False
        return (self._is_name_token(right) and not _sentence_start(doc, j + 1)
                and not is_place(left.text) and not is_place(right.text)  # "Madrid y Barcelona": two places
                and min(zipf(left.text, doc.lang_), zipf(right.text, doc.lang_)) >= NAME_PART_COMMON)

    def _trim_run(self, doc: Doc, i: int, j: int, inside: Counter) -> tuple[int, int]:
        """Drop a sentence-opening article or common word ("The", "Analysts") from the run's start."""
        lang = doc.lang_
        while i < j and _opens_sentence(doc, i) and not inside[doc[i:j].text] and (  # "Al Noor" of "Al Noor Capital"
                doc[i].text in self.cues.name_determiners
                or (doc[i + 1:j].text and zipf(doc[i].text, lang) >= SENTENCE_START_COMMON
                    and not doc[i].text.isupper())):  # "IDA Ireland, the agency": an acronym is no common word
            i += 1
        start = -1
        while start != i:  # "Übernahme des Mailänder Modehauses X": noun, connector, demonym, noun
            start = i
            while lang == "de" and i < j - 1 and doc[i + 1].text != "&" and self._german_descriptor(doc, i, j):
                i += 1  # "Recyclingspezialisten Cirkel Metals", "Werk Kamenz": a common noun before the name
            while i < j and not self._is_name_token(doc[i]) and doc[i].text not in self.cues.name_determiners \
                    and not self._nationality_in_name(doc, i):
                i += 1  # a connector left in front: "Shares of Quillon" -> "Quillon"
        if i < j and doc[i].text in self.cues.name_determiners and j - i == 1:
            return i, i
        return i, j

    def _described_form(self, word: str) -> bool:
        """"Rivalen", "Kühllogistikers", "Logistikkonzerne": an inflected description noun (compounds
        too) describes a name, it is none."""
        return bool(self.cues.described_forms) and word.lower().endswith(self.cues.described_forms)

    def _german_descriptor(self, doc: Doc, i: int, j: int) -> bool:
        """doc[i] describes the name after it: a common noun, a compound ending in a cue noun
        ("Chipfertiger X", "US-Beteiligungsgesellschaft X"), an inflected description noun, or a demonym in -er before such a noun
        ("Florentiner Gerberei X", like "Münchner Firma X")."""
        word = doc[i].text
        if word in self.cues.name_determiners or word in self.cues.name_heads:
            return False  # "Stadtwerke Gubenau", "Bankhaus Dornbusch": the institution's noun is its name's own
        if (_common_noun(word, "de") and not _foreign(word)) or self._designator(word):
            return True
        if self._described_form(word):
            return True
        return word.endswith("er") and i + 2 < j and self._german_descriptor(doc, i + 1, j)

    def _trim_tail(self, doc: Doc, i: int, j: int) -> int:
        """German: an everyday noun after a name ("führt Veldhoven Gespräche", "X Partners Interesse
        signalisiert") is the object of the sentence, unless it is a designator ("Gruppe")."""
        while (doc.lang_ == "de" and j - i >= 2 and zipf(doc[j - 1].text, "de") >= VERY_COMMON_WORD
               and not _foreign(doc[j - 1].text)  # "Power", "Data": an English name part
               and doc[j - 1].text not in self.cues.suffixes and doc[j - 1].text not in self.cues.subsidiary_qualifiers
               and doc[j - 1].text not in self.cues.name_nouns  # "X Chemie", "Y Technik": a name's own word
               and doc[j - 2].text != "&"):  # "Lisowski & Partner"
            j -= 1
        return j

    def _person_like(self, doc: Doc, i: int, j: int) -> bool:
        """A known given name followed by another capitalised word; a title just before; a family."""
        family = self.cues.family_words
        if (j < len(doc) and doc[j].lower_ in family) or any(t.lower_ in family for t in doc[max(0, i - 2):i]):
            return True
        words = [t for t in doc[i:j] if self._is_name_token(t)]
        if words and (self._designator(words[-1].text) or words[0].text in self.cues.name_heads):
            return False  # "Aurelia Privatbank", "Stadtwerke Gubenau": a designator outweighs a given name or a title
        if described_as_company(doc_text(doc), doc[i].idx, doc.lang_):
            return False  # "Dutch crisp producer Maris Snacks": so does a company's description
        if 2 <= len(words) <= 4 and is_given_name(words[0].text) and not is_country(words[0].text):
            return True
        return self._title_before(doc, i)

    def _demonym(self, word: str) -> bool:
        """People or a region named after a place: a plural of a nationality word ("the Nordics"),
        or in German a place with a demonym ending ("die Taiwaner", "die Kenianer")."""
        lower = word.lower()
        if lower.endswith("s") and lower[:-1] in self.cues.nationalities:
            return True
        return self.vocab.lang == "de" and any(
            lower.endswith(ending) and is_place(word[:-len(ending)]) for ending in DEMONYM_ENDINGS)

    def _designator(self, word: str) -> bool:
        """A corporate designator ("Holding", "Bank") or a German compound ending in one ("Privatbank")."""
        heads = self.cues.compound_heads
        return word in self.cues.suffixes or (bool(heads) and len(word) > COMPOUND_MIN and word.lower().endswith(heads))

    def _name_like(self, doc: Doc, i: int, j: int, inside: Counter, counts: Counter) -> bool:
        lang = doc.lang_
        words = [t for t in doc[i:j] if self._is_name_token(t) or self._nationality_in_name(doc, t.i)]
        if not words or len(doc[i:j].text) < 2:
            return False
        if fold(doc[i:j].text) in not_organizations():
            return False
        if doc[i].text in self.cues.name_determiners and not _opens_sentence(doc, i) \
                and not any(self._demonym(t.text) for t in words):
            return True  # "según publicó La Nación": an article capitalised inside a sentence opens a title
        if self._common_noun_phrase(doc, i, j, words):
            return False
        rare = [t for t in words if t.text.isupper() or not _common_noun(t.text, lang)]
        if len(words) == 1:
            word = words[0]
            if (not rare or (word.text.isupper() and len(word.text) < 3) or zipf(word.text, lang) >= SINGLE_WORD_COMMON
                    or self._demonym(word.text) or MODEL_CODE.fullmatch(word.text)):
                return False
            # opening a sentence, a word is a name when repeated inside one, when the language does not know it
            # and the article repeats it, or when no language knows it and it heads a list ("Norfund and FMO")
            return (not _opens_sentence(doc, i) or inside[word.text] > 0
                    or (zipf(word.text, lang) < UNKNOWN_WORD and counts[word.text] >= 2)
                    or self._deal_subject(doc, word.i)
                    or (max(zipf(word.text, lang), zipf(word.text, "en")) == 0 and not is_given_name(word.text)
                        and j < len(doc) and doc[j].lower_ in self.cues.list_joints))
        if lang == "de":  # after an institution's noun any word is a name ("Bankhaus Dornbusch"); so is "X & Y"
            return bool(rare) or words[0].text in self.cues.name_heads or any(t.text == "&" for t in doc[i:j])
        return True

    def _deal_subject(self, doc: Doc, i: int) -> bool:
        """"Quadrel a racheté ...", "Quadrel kauft ...": a word no language knows well, no given name,
        opening a sentence and followed by a verb, whose clause holds a deal verb, names the buyer."""
        word, lang = doc[i].text, doc.lang_
        if (self.cues.deal_verbs is None or i + 1 >= len(doc) or not doc[i + 1].is_lower or not doc[i + 1].is_alpha
                or max(zipf(word, lang), zipf(word, "en")) >= UNKNOWN_WORD or is_given_name(word)):
            return False
        end = i + 1
        while end < len(doc) and end - i <= SUBJECT_CLAUSE_TOKENS and doc[end].text not in CLAUSE_ENDS:
            end += 1
        return self.cues.deal_verbs.search(doc_text(doc), doc[i + 1].idx, doc[end - 1].idx + len(doc[end - 1])) is not None

    def _indefinite_nouns(self, doc: Doc) -> frozenset[str]:
        """German words the article uses with an indefinite article anywhere ("ein solches
        Dementi"): nouns in every other place too ("das Dementi")."""
        if not self.cues.indefinite_articles:
            return frozenset()
        found = set()
        for i, token in enumerate(doc[:-1]):
            if token.lower_ in self.cues.indefinite_articles:
                adjective = doc[i + 1].is_lower and doc[i + 1].lower_ not in self.cues.prepositions  # not "eine von X ..."
                noun = doc[i + 2] if adjective and i + 2 < len(doc) else doc[i + 1]
                if noun.text[:1].isupper():
                    found.add(fold(noun.text))
        return frozenset(found)

    def _common_noun_span(self, doc: Doc, cand: Candidate) -> bool:
        span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
        return span is not None and self._common_noun_phrase(doc, span.start, span.end, [t for t in span if t.text[:1].isupper()])

    def _common_noun_phrase(self, doc: Doc, i: int, j: int, words: Sequence) -> bool:
        """German capitalises every noun: "eine Sperrminorität", "ein solches Dementi" after an
        indefinite article, one word with a noun's ending ("Lasersparte"), or nouns the language knows joined
        by "der"/"des" ("Akquisition der Firmengeschichte") are words, not names."""
        if not self.cues.common_noun_endings:
            return False
        if (i > 0 and doc[i - 1].lower_ in self.cues.indefinite_articles) or (
                i > 1 and doc[i - 1].is_lower and doc[i - 1].lower_ not in self.cues.prepositions
                and doc[i - 2].lower_ in self.cues.indefinite_articles):
            return True  # "eine Sperrminorität", "ein solches Dementi"
        if len(words) == 1 and words[0].lower_.endswith(self.cues.common_noun_endings):
            return True
        joined = any(t.is_lower and t.lower_ in ("der", "des") for t in doc[i:j])
        return joined and all(zipf(t.text, doc.lang_) >= KNOWN_WORD and zipf(t.text, "en") == 0 for t in words)

    def ner_candidates(self, doc: Doc) -> list[Candidate]:
        found = []
        text = doc_text(doc)
        for ent in doc.ents:
            if ent.label_ != "ORG" or len(ent) > MAX_UNKNOWN_TOKENS:
                continue
            while len(ent) > 1 and ent[0].is_lower:
                ent = ent[1:]  # "le studio tokyoïte Kagerō Games": a lower-case word never opens a name
            if not all(t.pos_ in ("PROPN", "X") or t.is_punct for t in ent):
                continue
            if _sentence_start(doc, ent.start) or _line_is_headline(text, ent.start_char):
                continue
            found.append(Candidate(ent.start_char, ent.end_char, ent.text, "ner"))
        return found


SENTENCE_START_COMMON = 3.0  # Zipf: a sentence's first word this common is a word, not a name
SINGLE_WORD_COMMON = 3.0  # Zipf: one capitalised word this common is a place, a word or a name of many things
COMMON_WORD = {"de": 3.0, "en": 4.5, "fr": 4.5, "es": 4.5}  # Zipf above which a word inside a run is vocabulary
COMPOUND_TAIL = 3.5  # Zipf of the last part that makes a German compound ordinary ("Minderheits|beteiligung")
COMPOUND_HEAD = 3.0
VERB_COMPOUND_TAIL = 6  # letters of the last part for a verb stem to count as a first part: "Liefer|vertrag",
# while short endings ("Quell|werk", "Stein|berg") make proper names as often as common nouns  # Zipf of the first part, so that a name ("Bran|dauer") is not read as a compound
NAME_PART_COMMON = 3.0  # Zipf of the common words a conjunction joins inside one name
VERY_COMMON_WORD = 4.0  # Zipf of everyday words ("Gespräche", "Angebot")
COMPOUND_MIN = 6  # letters a German compound ending in a cue noun has at least ("Privatbank"): the cue noun alone ("Bank") is none
DEMONYM_ENDINGS = ("er", "ner", "ier", "aner")  # German nouns for a place's people: "Taiwan|er", "Kenia|ner"
POSSESSIVE_REACH = 4  # tokens after "X's" that may hold an amount ("£2.9bn") before the deal noun
KNOWN_WORD = 2.5  # Zipf from which a German noun is the language's own ("Akquisition", "Firmengeschichte")
DEMONYM_MIN = 5  # letters of a demonym used as a noun ("lyonnais"); shorter words ending so are other words
SUBJECT_CLAUSE_TOKENS = 12  # tokens after a sentence's first word where its deal verb may stand
CLAUSE_ENDS = frozenset(",;:.!?()")
UNKNOWN_WORD = 2.0  # Zipf under which a word is unknown to the language: a name even when it opens sentences
SUBSIDIARY_WINDOW = 3  # words after "X Vind," that may hold the noun: ", sa filiale", ", una filial de"
MODEL_CODE = re.compile(r"[A-Z]+\d+[a-z]+")  # "A321neo", "X5xl": a product's model, letters after the number
OPENING_PUNCT = frozenset('«“„"‘‚(¿¡:–—•*')


def _sentence_start(doc: Doc, i: int) -> bool:
    """A sentence start that punctuation or a line break confirms: a statistical parser also
    splits inside foreign names ("Statens Grønn | Fond"), a sentencizer never does."""
    if i == 0:
        return True
    previous = doc[i - 1]
    return doc[i].is_sent_start and (not previous.text[-1].isalnum() or "\n" in previous.whitespace_)


QUOTE_OPENERS = frozenset('«“„"‘‚\'')
QUOTE_CLOSERS = frozenset('»”“"’‘\'')


def _quoted_title(text: str, cand: Candidate) -> bool:
    """A name quoted whole ("le jeu « Tsukuyomi »", "el éxito 'Gaucho Rally'") is the title of a work."""
    before = text[max(0, cand.start - 2):cand.start].rstrip()
    after = text[cand.end:cand.end + 2].lstrip()
    return bool(before) and bool(after) and before[-1] in QUOTE_OPENERS and after[0] in QUOTE_CLOSERS


def _opens_sentence(doc: Doc, i: int) -> bool:
    """The token starts a sentence, a line, or follows an opening quote or a colon."""
    if i == 0 or _sentence_start(doc, i) or "\n" in doc[i - 1].whitespace_ or "\n" in doc[i - 1].text:
        return True
    if doc[i - 1].text in OPENING_PUNCT:
        return True
    return doc[i - 1].text == "-" and _opens_sentence(doc, i - 1)  # a bullet: "- Diversifiez vos ..."


@lru_cache(maxsize=1)
def currency_codes() -> frozenset[str]:
    from babel.numbers import list_currencies

    return frozenset(list_currencies()) | {"US$"}


@lru_cache(maxsize=65536)
def _common_noun(word: str, lang: str) -> bool:
    """A word of the language's vocabulary; in German also a compound whose last part is one
    ("Telefonkonferenz", "Qiagen-Aktie"), since compounds are too many for a word list."""
    if zipf(word, lang) >= COMMON_WORD.get(lang, 4.5):
        return True
    if lang == "de" and len(word) > 5 and any(word.endswith(e) and _common_noun(word[:-len(e)], lang) for e in ("s", "n", "en")):
        return True  # an inflected form: "Firmengründers", "Investoren", "Quartalen"
    if lang != "de" or len(word) < 8:
        return word.split("-")[-1] != word and zipf(word.split("-")[-1], lang) >= COMMON_WORD.get(lang, 4.5)
    if "-" in word:
        tail = word.rsplit("-", 1)[-1]  # "US-Beteiligungsgesellschaft": the tail may be a compound itself
        return zipf(tail, lang) >= COMMON_WORD["de"] or (len(tail) >= 8 and _common_noun(tail, lang))
    return any(_german_tail(word[k:]) and _compound_head(word[:k], lang, verbs=len(word) - k >= VERB_COMPOUND_TAIL)
               for k in range(3, len(word) - 3))


GENERIC_HEAD = 3.5  # Zipf of a name's first word that is an everyday noun in some language ("Maison", "Grupo")
HEAD_LANGUAGES = ("en", "fr", "es", "de", "pt", "it")


def _generic_head(word: str) -> bool:
    """An everyday noun, or the plural of one ("Cementos", "Transportes", "Laboratorios"): sector
    words that open names are often plural, and a plural is rarer than its singular."""
    lower = word.lower()
    forms = [lower] + ([lower[:-1]] if lower.endswith("s") else []) + ([lower[:-2]] if lower.endswith("es") else [])
    return any(zipf(form, lang) >= GENERIC_HEAD for form in forms for lang in HEAD_LANGUAGES)


COMPOUND_PART = 4  # letters of each part of a German compound read as an everyday noun


def _german_compound_noun(word: str) -> bool:
    """"Stahlwerk" (Stahl|werk), "Modehaus": an everyday German compound of two common words, as rare as a
    whole as a name, but a description of the company it opens ("Stahlwerk Brenner" ... "Brenner")."""
    return any(zipf(word[:i].lower(), "de") >= COMPOUND_TAIL and _german_tail(word[i:])
               for i in range(COMPOUND_PART, len(word) - COMPOUND_PART + 1))


@lru_cache(maxsize=65536)
def _feminine_agent_noun(word: str) -> bool:
    """"Fondsmanagerin", "Analystinnen": a German feminine form of an everyday agent noun names a
    person's job, never a company."""
    for ending in ("innen", "in"):
        stem = word[:-len(ending)]
        if word.endswith(ending) and len(stem) >= 5 and stem[-2:] in ("er", "ef", "nt", "st", "ur", "or", "ör") and (
                _common_noun(stem, "de") or any(max(zipf(stem[k:].lower(), "de"), zipf(stem[k:].lower(), "en")) >= 4.0
                                                for k in range(3, len(stem) - 3))):  # "Fonds|manager", "Vorstands|chef"
            return True
    return False


def _without_generic_head(name: str) -> str | None:
    """"Corvel" for "Maison Corvel", "Sierra Alta" for "Supermercados Sierra Alta", "Brenner" for
    "Stahlwerk Brenner" (a compound head leaves only a one-word name: not "Airlines Group")."""
    head, _, tail = name.partition(" ")
    generic = _generic_head(head) or (" " not in tail and _german_compound_noun(head))  # "Stahlwerk Brenner"
    return tail if tail and head.isalpha() and generic else None


def _foreign(word: str) -> bool:
    """A word more common in English, French or Spanish than in German: in a German article, part of a
    foreign name ("Casa Corvel", "Linshan Power"), not a German noun describing it."""
    return any(zipf(word, lang) > zipf(word, "de") for lang in ("en", "fr", "es"))


def _german_tail(part: str) -> bool:
    """The last part of a German compound: a German word, not an English one inside a name ("Frost|light")."""
    common = zipf(part, "de")
    return common >= COMPOUND_TAIL and common > zipf(part, "en")


def _compound_head(part: str, lang: str, verbs: bool = True) -> bool:
    """The first part of a compound is a word itself, perhaps with a linking -s or -n ("Minderheits")."""
    heads = [part, part.rstrip("-")]
    if part.endswith("s"):
        heads.append(part[:-1])  # "Minderheits"
    if part.endswith(("en", "er")):
        heads.append(part[:-1])  # "Sonnen", "Kinder"
    if verbs:
        heads += [part + "n", part + "en"]  # a verb stem: "Liefer|vertrag", "Brems|systeme"
    return any(zipf(head, lang) >= COMPOUND_HEAD for head in heads if len(head) >= 3) or (
        len(part) >= COMPOUND_OF_COMPOUNDS and _common_noun(part[:1].upper() + part[1:], lang))  # "Mindest|annahme|schwelle"


COMPOUND_OF_COMPOUNDS = 8  # letters from which a compound's first part may be a compound itself


def display_name(entry: TableEntry, surfaces: Sequence[str]) -> str:
    """The record's name: the table's canonical name when the article uses it, else the
    table form the article uses most (longest on ties): "Banco Sabadell", "AWS",
    "EU-Kommission" stay as written, since a reader of the article knows the organisation
    by them; an inflected form counts as its base ("Kestrels" as Kestrel, "der Europäischen
    Zentralbank" as Europäische Zentralbank). The table's name stays in `canonical`."""
    forms = (entry.name, *entry.aliases)
    bases = [base for base in (_base_form(s, forms) for s in surfaces) if base]
    if entry.name in bases or not bases:
        return entry.name
    written = {fold(s): s for s in surfaces}  # a table form as the article spells it ("Commission Européenne")
    bases = [written.get(fold(b), b) for b in bases]
    counts = Counter(bases)
    return max(counts, key=lambda s: (counts[s], len(s), s))


def _base_form(surface: str, forms: Sequence[str]) -> str | None:
    """The table form a mention writes, itself or inflected (genitive -s, German adjective -n)."""
    key = fold(surface)
    for form in forms:
        folded = fold(form)
        first, _, rest = folded.partition(" ")
        if key in (folded, folded + "s", folded + "es", folded + "'s") or (rest and key == f"{first}n {rest}"):
            return form
    return None


ACRONYM_LETTERS = (2, 6)  # "ESA", "HVIA", "VKF"
BRACKET_REACH = 40  # characters after a name where its bracketed acronym stands
BRACKETED_ACRONYM = re.compile(r"(?:\s+[^\W\d_][\w-]*)?\s*\(([^\W\d_]+)\)")  # "Agence Spatiale [Européenne] (ESA)"


def abbreviates(short: str, long: str) -> bool:
    """Schwartz & Hearst (2003): every letter of the short form occurs in the long one in order, read from
    the end, the first one opening a word: "Enasal" for "Empresa Nacional de Salares", not "Vantor"."""
    short_form, long_form = fold(short), fold(long)
    if len(short_form) >= len(long_form) or len(short_form) < 2:
        return False
    k = len(long_form) - 1
    for i in range(len(short_form) - 1, -1, -1):
        letter = short_form[i]
        if not letter.isalnum():
            continue
        while k >= 0 and (long_form[k] != letter or (i == 0 and k > 0 and long_form[k - 1].isalnum())):
            k -= 1
        if k < 0:
            return False
        k -= 1
    return True


def acronyms(text: str, candidates: Sequence[Candidate]) -> dict[str, Candidate]:
    """Which organisation a name joins: an unknown acronym the name it stands for, in brackets
    right after it ("Harbour Vale Investment Authority (HVIA)") or as the initials of its
    capitalised words ("Vestland Kapital Forvaltning" ... "VKF"); an unknown name the
    table's acronym bracketed after it ("Agencia Espacial Europea (ESA)")."""
    short = {c.text for c in candidates if c.name is None and c.text.isupper() and c.text.isalpha()
             and ACRONYM_LETTERS[0] <= len(c.text) <= ACRONYM_LETTERS[1]}
    single = {c.text for c in candidates if c.name is None and " " not in c.text}
    known = {c.text: c for c in candidates if c.name is not None and c.text.isupper()}
    found: dict[str, Candidate] = {}
    for cand in sorted(candidates, key=lambda c: c.start):
        if " " not in cand.text:
            continue
        bracketed = BRACKETED_ACRONYM.match(text, cand.end, cand.end + BRACKET_REACH)
        if bracketed and (bracketed.group(1) in short or (
                bracketed.group(1) in single and abbreviates(bracketed.group(1), cand.text))):
            found.setdefault(bracketed.group(1), cand)
        elif bracketed and bracketed.group(1) in known and cand.name is None:
            found.setdefault(cand.text, known[bracketed.group(1)])  # "Agencia Espacial Europea (ESA)": the table's ESA
        initials = "".join(w[0] for w in cand.text.split() if w[:1].isupper())
        if initials in short:
            found.setdefault(initials, cand)
    return found


def group_candidates(candidates: Sequence[Candidate], table: dict[str, TableEntry],
                     subsidiaries: frozenset[str] = frozenset(),
                     acronyms: dict[str, Candidate] | None = None) -> list[Organization]:
    """Merge mentions into organisations: table ones by canonical name, others by longest form,
    except a subsidiary's ("Solvera Vind"), which does not take its parent's name ("Solvera");
    an acronym joins the name it stands for."""
    unknown = sorted({c.text for c in candidates if c.name is None}, key=lambda t: (-len(t), t))
    first_seen: dict[str, int] = {}
    for cand in candidates:
        first_seen[cand.text] = min(first_seen.get(cand.text, cand.start), cand.start)
    longest: dict[str, str] = {}
    for text in unknown:  # a short form joins the longer name the article introduced first ("Kortmann Systems",
        folded = fold(text)  # not the joint venture "Kortmann Mitsuhama Industrial Cloud GmbH" named later)
        starting = sorted({p for p in longest.values() if p not in subsidiaries and fold(p).startswith(folded + " ")},
                          key=lambda p: (first_seen.get(p, 0), p))
        parent = next(iter(starting), None) \
            or next((p for p in longest.values() if p not in subsidiaries and _without_generic_head(p) == text), None)
        longest[text] = parent or text
    known = {fold(c.text): c.name for c in sorted(candidates, key=lambda c: c.start) if c.name is not None}
    for text in unknown:  # "Harwick's offer" in an article about "Harwick Capital" (a table name): the table's company
        folded = fold(text)
        if longest[text] == text and text not in subsidiaries:
            longest[text] = next((name for form, name in known.items() if form.startswith(folded + " ")), text)
    groups: dict[str, list[Candidate]] = {}
    for cand in sorted(candidates, key=lambda c: c.start):
        full = (acronyms or {}).get(cand.text) if cand.name is None else None
        key = (full.name or longest[full.text]) if full is not None else cand.name or longest[cand.text]
        groups.setdefault(key, []).append(cand)
    orgs = []
    for name, mentions in groups.items():
        entry = table.get(name)
        kind = entry.kind if entry else next((m.kind for m in mentions if m.method == "suffix"), "company")
        orgs.append(Organization(
            name=display_name(entry, [m.text for m in mentions]) if entry else name,
            canonical=entry.name if entry else None,
            aliases=list(dict.fromkeys(m.text for m in mentions)),
            kind=kind,
            methods=sorted({m.method for m in mentions}),
            mentions=[Mention(text=m.text, start=m.start, end=m.end) for m in mentions],
            wikidata=entry.wikidata if entry else None,
        ))
    return sorted(orgs, key=lambda o: o.mentions[0].start)


declare_extensions("newsx_orgs")


@Language.factory("newsx_orgs", assigns=["doc._.newsx_orgs"])
def make_organizations_component(nlp: Language, name: str) -> OrganizationsComponent:
    return OrganizationsComponent(nlp, name)
