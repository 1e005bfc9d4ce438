"""Quotations and who said them, in any language with a `quotes.json` lexicon.

Finding the marks is one linear pass over the quotation characters with a
small stack. Each mark is classified by what flanks it, so the same code reads
« », “ ”, „ “, " ", ‘ ’ and straight single quotes, and never takes the
apostrophe of "l'accord", "qu'il" or "Altman's" for a quotation mark (a letter
on both sides); mismatched curly quotes (“...“) still pair.

The speaker is looked for in this order, stopping at the first that answers:
1. an attribution line under a block quote ("– Jane Doe, PDG de Acme");
2. an incise right after the quote ("..., a déclaré X", '...," Doe said');
3. a framing phrase opening the sentence ("Pour X, « … »", "Para la
   consultora X, «…»", "Nach Einschätzung von X …"), unless a speech verb
   names its own subject;
4. the subject of the speech verb before the quote in the same sentence
   ("X a qualifié l'opération de « ... »", "Selon Reuters, Solvik considère
   que ..."); a pronoun subject ("Il", "She", "sie") is the latest person
   subject of its gender (given names from `given_names`), a title with its
   article ("the president", "der Minister") the latest person named with
   that title, a description ("the fund", "le syndicat") the organisation
   named last; an organisation speaks under its fullest name;
5. an "according to" marker ("selon X", "laut X", "según X");
6. a name right before a colon ("La riposte de X : « ... »");
7. for a statement with no local speaker (a second sentence of a speech, an
   answer after "on lui demande :", German indirect speech "Die Netze seien
   „…“"), the speaker of the previous quote or the latest person subject of
   the paragraph (a person a framing phrase opened a sentence with counts);
8. for a quote that is the object of any other verb ("La CGT a brandi la
   menace d'un « conflit dur »"), the subject of its sentence, or of the
   relative clause it sits in ("…, which Metro's board rejected as "…"");
9. a lower-case fragment in the sentence right after an attributed quote of
   the same paragraph ("L'accord est attendu « d'ici à l'été »") continues it.
A clause opened by a conjunction after a quote is no incise ('"…", and X
said'); an aside between commas does not hide its head ("X, the CEO of Y,
said"); "the latter"/"ce dernier" is the person named last; a pronoun with no
antecedent of its gender gives nobody. A description followed by a name is
an apposition ("la consultora X"), and otherwise stands for the latest
organisation whose name holds its noun ("the Commission"); an acronym of
another organisation's initials and an organisation's first word before a
member noun ("a Merck spokesperson") speak under the full name, but a known
person's surname stays that person. "Wie X mitteilte, …", "As X said, …"
name the source of their sentence.
Anonymous sources ("un initié", "people familiar with the matter") give
speaker null, type anonymous; a quote that none of these explains is a term
or scare quote (type none). Language words come from
`models/lexicons/<lang>/quotes.json`; the code holds none.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.language import Language

from pipeline.extract import CharSpan, declare_extensions, doc_text, inside_any, skip_spans
from pipeline.extract.persons import (
    CAP_WORD,
    LONE_NAME_COMMON,
    SPACE,
    UPPER,
    KnownPersons,
    alternation,
    fold,
    is_title,
    literal_alternation,
    person_rules,
    without_overlaps,
)
from pipeline.extract.gazetteer import zipf
from pipeline.extract.given_names import given_name_gender
from pipeline.resources import lexicon
from pipeline.schema import Mention, Organization, Quote

MARKS = "\"“”„‟＂'‘’‚‛«»‹›"
MARK_RE = re.compile(f"[{re.escape(MARKS)}]")
FAMILY = {**{c: "double" for c in "\"“”„‟＂"}, **{c: "single" for c in "'‘’‚‛"},
          **{c: "guillemet" for c in "«»"}, **{c: "single_guillemet" for c in "‹›"}}
OPENING_ONLY = "„‚"
DIRECTED_OPEN = {"«": "»", "‹": "›"}
DIRECTED_CLOSE = {"»": "«", "›": "‹"}
BEFORE_OPENING = "([{—–-/:;"
AFTER_CLOSING = ".,;:!?…)]}—–-/"
MAX_STACK = 16
CONTEXT = 80          # characters looked at around a candidate or a verb
INCISE_VERB_REACH = 45  # how far after a quote the incise verb may start...
INCISE_SUBJECT_REACH = 110  # ...or, after a named subject with long titles, how far
RECENT = 1500         # how far back a pronoun or a statement looks for its speaker
SENTENCE_REACH = 400  # how far back in its sentence a quote looks for its verb and subject
WORD = re.compile(r"\w+(?:-\w+)*|['’]|[^\w\s]")
SENTENCE_END = re.compile(r"[.!?…]+(?:[ \u00a0\u202f]*[\"'»”“’)\]])*(?=\s)")
DASH_LINE = re.compile(r"[ \t\u00a0]*[–—―-][ \t\u00a0]*(?=\S)")
LONE_BEFORE = re.compile(rf"{SPACE}*,?{SPACE}*({CAP_WORD}){SPACE}+")
LONE_AFTER = re.compile(rf"{SPACE}+({CAP_WORD})(?=[{SPACE[1:-1]}]*(?:[.,;!?]|$))")
FRAME_REACH = 60  # characters between a framing phrase and the name it introduces ("Para la consultora X")
INNER_DASH = re.compile(r"[—–―][ \u00a0]?(?=\w)")  # «Es una noticia —dijo Varga—, ...»


@dataclass(frozen=True)
class QuoteLexicon:
    """One language's cue words, compiled once."""

    verbs: re.Pattern
    markers: re.Pattern
    markers_after: re.Pattern
    anonymous: re.Pattern
    org_anaphors: re.Pattern
    pronouns: re.Pattern
    possessive_start: re.Pattern
    member_before_org: re.Pattern
    member_after_org: re.Pattern
    title_after_org: re.Pattern
    conjunction_only: re.Pattern
    name_like: re.Pattern
    statement_noun: re.Pattern
    reversed_guillemets: bool
    subject_after_verb: bool
    prepositions: frozenset[str]
    subordinators: frozenset[str]
    skippable: frozenset[str]
    title_words: frozenset[str]
    marker_words: frozenset[str]
    frames: re.Pattern
    relative_clause: re.Pattern
    roles: re.Pattern
    pronoun_genders: dict[str, str]
    org_pronouns: frozenset[str]  # "elle", "sie": pronouns that may stand for an organisation (grammatical gender)
    business_nouns: frozenset[str]  # "company", "société": descriptions of a business, never of a newspaper
    clause_opening: re.Pattern
    reported_speech: re.Pattern
    latter: re.Pattern
    source_clause: re.Pattern
    one_member: re.Pattern
    member_phrases: frozenset[str]  # "a spokesman", "ein Sprecher": a person speaking for an organisation
    apposed_description: re.Pattern  # "la minera X", "the Chilean miner X": the words a name is introduced with
    definite_articles: str  # alternation of the articles a description is repeated with ("la minera said")
    title_opener: re.Pattern  # 'the "Financial Times"', 'das Portal „X“': the article before a quoted title
    capitalized_nouns: bool  # German: a capitalised word in quotes may be any noun, not only a name
    listener: re.Pattern  # "à l'AFP ", "a EFE ": who was told, between an inverted verb and its subject
    lang: str


def _word_key(phrase: str) -> str:
    """'d'après' and 'd ' après' alike: folded words joined by single spaces."""
    return " ".join(re.sub(r"['’]", " ", fold(phrase)).split())


def _words(pattern_alt: str) -> str:
    """Whole words, case-insensitive."""
    return rf"(?<!\w)(?i:{pattern_alt})(?!\w)"


@lru_cache(maxsize=None)
def quote_lexicon(lang: str) -> QuoteLexicon:
    """Compiles `models/lexicons/<lang>/quotes.json` (and the person titles of orgs.json) once per language."""
    data = lexicon(lang, "quotes")
    org_titles = lexicon(lang, "orgs").get("person_titles", [])
    titles = list(data.get("titles", ())) + list(org_titles)
    spaces_or_hyphen = f"[{SPACE[1:-1]}\\-]"
    possessives = alternation(data.get("possessives", []))
    member_nouns = alternation(data.get("org_member_nouns", []))
    conjunctions = alternation(data.get("conjunctions", []))
    members = data.get("org_member_nouns", [])
    connectors = alternation(data.get("member_connectors", []))
    pronouns = data.get("subject_pronouns", []) + data.get("object_pronouns", [])
    skippable = {fold(w) for w in data.get("determiners", [])}
    skippable |= {fold(part) for title in titles for part in title.split()}
    return QuoteLexicon(
        verbs=re.compile(_words(alternation(data.get("speech_verbs", [])))),
        markers=re.compile(_words(alternation(data.get("attribution_markers", [])))),
        markers_after=re.compile(rf"{SPACE}*(?i:{alternation(data.get('attribution_markers_after', []))})(?!\w)"),
        anonymous=re.compile(_words(alternation(data.get("anonymous_cues", [])))),
        org_anaphors=re.compile(_words(alternation(data.get("org_anaphors", [])))),
        pronouns=re.compile(_words(alternation(pronouns))),
        possessive_start=re.compile(rf"[\s\"'«“„‘\-–—]*(?P<word>(?i:{possessives}))(?!\w)"),
        member_before_org=re.compile(rf"(?<!\w)(?i:{alternation(members)}){SPACE}+(?i:{connectors}){SPACE}*$"),
        member_after_org=re.compile(rf"^(?:['’]s)?{spaces_or_hyphen}*(?i:{member_nouns})(?!\w)"),
        title_after_org=re.compile(rf"^(?:['’]s)?{spaces_or_hyphen}*(?i:{alternation(titles)})(?!\w)"),
        conjunction_only=re.compile(rf"^{SPACE}*(?:,{SPACE}*)?(?i:{conjunctions}){SPACE}+$"),
        name_like=re.compile(rf"^{CAP_WORD}(?:{SPACE}+{CAP_WORD}){{1,3}}$"),
        statement_noun=re.compile(_words(alternation(data.get("statement_nouns", [])))),
        reversed_guillemets=bool(data.get("reversed_guillemets", False)),
        subject_after_verb=bool(data.get("subject_after_verb", False)),
        prepositions=frozenset(fold(w) for w in data.get("prepositions", [])),
        subordinators=frozenset(fold(w) for w in data.get("subordinators", [])),
        skippable=frozenset(skippable),
        title_words=frozenset(fold(part) for title in titles for part in title.split()),
        marker_words=frozenset(_word_key(w) for w in data.get("attribution_markers", [])),
        frames=re.compile(rf"[\s\-–—•*]*(?:{alternation(data.get('frame_markers', []))})(?!\w)"),
        relative_clause=re.compile(rf",{SPACE}*(?i:{alternation(data.get('relative_pronouns', []))})(?!\w)[^,;:.!?]*$"),
        roles=re.compile(rf"(?<!\w)(?i:{alternation(data.get('role_articles', []))}){SPACE}*"
                         rf"(?:(?i:{alternation(data.get('title_modifiers', []))})(?:{SPACE}+|-)|(?i:ex))?"
                         rf"(?P<title>(?i:{alternation(titles)}))(?![\w\-])"),
        pronoun_genders={fold(k): v for k, v in data.get("pronoun_genders", {}).items()},
        org_pronouns=frozenset(fold(w) for w in data["org_pronouns"]),
        business_nouns=frozenset(fold(w) for w in lexicon(lang, "deals")["description_nouns"]),
        clause_opening=re.compile(rf"[\s,;]*(?i:{alternation(data.get('clause_conjunctions', []))})(?!\w)"),
        reported_speech=re.compile(_words(alternation(data.get("reported_speech_markers", [])))),
        latter=re.compile(rf"{_words(alternation(data.get('latter_pronouns', [])))}(?!{SPACE}+[{UPPER}])"),
        source_clause=re.compile(rf"[\s\-–—•*]*(?:{alternation(data.get('source_clause_openers', []))})(?!\w)"),
        one_member=re.compile(rf"(?<!\w)(?i:{alternation(data.get('indefinite_articles', []))}){SPACE}"),
        member_phrases=frozenset(fold(w) for w in members),
        apposed_description=re.compile(rf"(?<!\w)(?i:{alternation(data.get('determiners', []))})['’]?{SPACE}*"
                                       rf"(?P<words>[^\W\d_][\w\-]+(?:{SPACE}+[^\W\d_][\w\-]+)?){SPACE}+$"),
        definite_articles=alternation(data.get("role_articles", [])),
        title_opener=re.compile(rf"(?<!\w)(?i:{alternation(data['title_articles'])})['’]?"
                                rf"(?:{SPACE}*[^\W\d_][\w\-]*)?{SPACE}*$"),
        capitalized_nouns=bool(data["capitalized_nouns"]),
        listener=re.compile(rf"{SPACE}*(?i:{alternation(data['listener_markers'])}){SPACE}+(?:(?i:{alternation(data['determiners'])})['’]?{SPACE}*)?"
                            rf"[{UPPER}][^\s,]*(?:{SPACE}+[{UPPER}][^\s,]*){{0,3}}[\s,]*(?:[^\W\d_A-ZÀ-Þ][\w'’-]*{SPACE}+){{0,3}}"),
        lang=lang,
    )


# ---------------------------------------------------------------------------
# Quotation marks


@dataclass(frozen=True)
class MarkedSpan:
    open: int    # index of the opening mark
    close: int   # index of the closing mark
    start: int   # inner text, stripped of spaces
    end: int


def _mark_roles(text: str, i: int, mark: str, reversed_guillemets: bool) -> tuple[bool, bool]:
    """(can open, can close) for the mark at `i`, from the characters around it."""
    prev = text[i - 1] if i > 0 else "\n"
    nxt = text[i + 1] if i + 1 < len(text) else "\n"
    if mark in DIRECTED_OPEN:
        return True, reversed_guillemets
    if mark in DIRECTED_CLOSE:
        return reversed_guillemets, True
    if mark in OPENING_ONLY:
        return True, False
    prev_boundary = prev.isspace() or prev in BEFORE_OPENING or prev in MARKS
    next_boundary = nxt.isspace() or nxt in AFTER_CLOSING or nxt in MARKS
    if FAMILY[mark] == "single":
        # apostrophes: l'accord, Altman's, don't (letters on both sides) are neither
        can_open = prev_boundary and (nxt.isalnum() or nxt in "«“\"(")
        can_close = (prev.isalnum() or prev in ".,!?…;:)") and next_boundary and not nxt.isalnum()
        return can_open, can_close
    can_open = prev_boundary and not nxt.isspace()
    can_close = not prev.isspace() and next_boundary
    if not can_open and not can_close and prev_boundary and next_boundary:
        can_open = can_close = True  # spaced typography: “ texte ”
    return can_open, can_close


def _pairs_with(opener: str, closer: str) -> bool:
    """Same family; guillemets must face each other (« », or » « where the language reverses them)."""
    if FAMILY[opener] != FAMILY[closer]:
        return False
    if opener in DIRECTED_OPEN:
        return closer == DIRECTED_OPEN[opener]
    if opener in DIRECTED_CLOSE:
        return closer == DIRECTED_CLOSE[opener]
    return True


def _weak_closer(text: str, i: int, mark: str) -> bool:
    """A single mark after an "s" and before a lower-case word: maybe a plural possessive ("investors' money")."""
    return (FAMILY[mark] == "single" and i > 0 and text[i - 1] in "sz" and text[i + 1:i + 2] == " "
            and text[i + 2:i + 3].islower())


def find_marked_spans(text: str, lang: str) -> list[MarkedSpan]:
    """Outermost quotation-mark pairs on one line, in text order (linear in the number of marks).

    A weak single closer (see `_weak_closer`) closes its quote only when no other closer follows on the line.
    """
    reversed_guillemets = quote_lexicon(lang).reversed_guillemets
    stack: list[tuple[int, str]] = []
    pending: dict[int, int] = {}  # opener position -> latest weak closer
    newlines = [m.start() for m in re.finditer("\n", text)]
    current_line = 0
    pairs: list[tuple[int, int]] = []

    def settle_line() -> None:
        pairs.extend((opener, closer) for opener, closer in pending.items() if any(o == opener for o, _ in stack))
        stack.clear()
        pending.clear()

    for match in MARK_RE.finditer(text):
        i, mark = match.start(), match.group()
        line = bisect.bisect_left(newlines, i)
        if line != current_line:  # quotes never cross a line: forget openings of earlier lines
            settle_line()
            current_line = line
        can_open, can_close = _mark_roles(text, i, mark, reversed_guillemets)
        if can_close:
            depth = next((d for d in range(len(stack) - 1, -1, -1) if _pairs_with(stack[d][1], mark)), None)
            if depth is not None and _weak_closer(text, i, mark):
                pending[stack[depth][0]] = i
                continue
            if depth is not None:
                pairs.append((stack[depth][0], i))
                for opener, _ in stack[depth:]:
                    pending.pop(opener, None)
                del stack[depth:]
                continue
        if can_open and len(stack) < MAX_STACK:
            stack.append((i, mark))
    settle_line()
    spans: list[MarkedSpan] = []
    for open_at, close_at in sorted(pairs):
        if spans and open_at < spans[-1].close:
            continue  # nested inside a kept quote
        start, end = open_at + 1, close_at
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if any(c.isalnum() for c in text[start:end]):
            spans.append(MarkedSpan(open_at, close_at, start, end))
    return spans


# ---------------------------------------------------------------------------
# Sentences and candidates


def sentence_starts(text: str, spans: Sequence[MarkedSpan], abbreviations: Sequence[str] = ()) -> list[int]:
    """Sentence starts: after a line break, or after final punctuation outside quotes and not ending an
    abbreviation ("Ms. Pinto said", "M. Dupont")."""
    opens = [s.open for s in spans]
    abbreviated = {a.rstrip(".") for a in abbreviations if a.endswith(".")}
    starts = [0]
    for match in re.finditer(r"\n+|" + SENTENCE_END.pattern, text):
        pos = match.end()
        k = bisect.bisect_right(opens, match.start()) - 1
        if match.group()[0] != "\n" and k >= 0 and spans[k].open < match.start() and match.end() <= spans[k].close:
            continue  # final punctuation inside a quotation: the sentence goes on
        word = re.search(r"(?<!\w)\w+$", text[max(0, match.start() - 6):match.start()])
        if match.group() == "." and word and word.group() in abbreviated:
            continue
        while pos < len(text) and text[pos] in " \t\u00a0\u202f":
            pos += 1
        starts.append(pos)
    return sorted(set(starts))


@dataclass
class Candidate:
    """A possible speaker mention: person, organization, anonymous source or pronoun."""

    start: int
    end: int
    kind: str
    name: str | list[str] | None = None
    role: str = "subject"


@dataclass
class Context:
    """One document's quotes, sentence starts and speaker candidates, shared by the attribution steps."""

    text: str
    lang: str
    lex: QuoteLexicon
    spans: list[MarkedSpan]
    starts: list[int]
    candidates: list[Candidate]
    cand_starts: list[int]
    known_people: list[str]
    inner_candidates: list[Candidate]
    attributed: list[Quote] = field(default_factory=list)  # quotes already given a speaker, in order
    opens: list[int] = field(init=False)
    newlines: list[int] = field(init=False)
    people: KnownPersons = field(init=False)
    inner_starts: list[int] = field(init=False)

    def __post_init__(self) -> None:
        self.opens = [s.open for s in self.spans]
        self.newlines = [m.start() for m in re.finditer("\n", self.text)]
        self.people = KnownPersons(self.known_people)
        self.inner_starts = [c.start for c in self.inner_candidates]

    def line_start(self, pos: int) -> int:
        k = bisect.bisect_left(self.newlines, pos)
        return self.newlines[k - 1] + 1 if k > 0 else 0

    def line_end(self, pos: int) -> int:
        k = bisect.bisect_left(self.newlines, pos)
        return self.newlines[k] if k < len(self.newlines) else len(self.text)

    def opens_line(self, pos: int) -> bool:
        """Only spaces between the line start and `pos` (checked on a few characters, never a whole line)."""
        start = self.line_start(pos)
        return pos - start <= 8 and not self.text[start:pos].strip()

    def sentence_start(self, pos: int) -> int:
        return self.starts[bisect.bisect_right(self.starts, pos) - 1]

    def sentence_end(self, pos: int) -> int:
        k = bisect.bisect_right(self.starts, pos)
        return self.starts[k] if k < len(self.starts) else len(self.text)

    def between(self, start: int, end: int) -> list[Candidate]:
        lo = bisect.bisect_left(self.cand_starts, start)
        hi = bisect.bisect_left(self.cand_starts, end)
        return [c for c in self.candidates[lo:hi] if c.end <= end]

    def inner_between(self, start: int, end: int) -> list[Candidate]:
        """Candidates inside quotes within [start, end] (found by bisection: no scan of the whole list)."""
        lo = bisect.bisect_left(self.inner_starts, start)
        hi = bisect.bisect_right(self.inner_starts, end)
        return [c for c in self.inner_candidates[lo:hi] if c.end <= end]


def _inside_quote(start: int, end: int, spans: Sequence[MarkedSpan], opens: Sequence[int]) -> bool:
    """Names inside a quotation are what is said, never who says it."""
    k = bisect.bisect_right(opens, start) - 1
    return k >= 0 and spans[k].open < start and end <= spans[k].close + 1


def speaker_name(org: Organization) -> str:
    """An organisation speaks under its fullest name ("Agencia Espacial Europea" for "la ESA"): the
    one a reader would cite, whichever short form the article used most."""
    forms = [org.name, *org.aliases]
    return max(forms, key=lambda form: (len(form.split()), len(form))) if forms else org.name


def _initials(name: str) -> str:
    """'Gulf Horizon Investment Authority' -> 'GHIA' (capitalised words only: 'Banco de España' -> 'BE')."""
    return "".join(word[0] for word in re.findall(r"\w+", name) if word[0].isupper())


def _speaker_names(orgs: Sequence[Organization]) -> list[str]:
    """Each organisation's speaker name; an acronym that spells another one's initials speaks under
    that fuller name ('GHIA' -> 'Gulf Horizon Investment Authority')."""
    names = [speaker_name(org) for org in orgs]
    by_initials: dict[str, str] = {}
    for name in names:
        if len(name.split()) >= 2:
            by_initials.setdefault(_initials(name), name)
    return [by_initials.get(name, name) if name.isupper() and 2 <= len(name) <= 6 else name for name in names]


SHORT_FORM_COMMON = 4.5  # Zipf: a first word this common ("European", "Deutsche") is no short name


def _short_forms(lex: QuoteLexicon, orgs: Sequence[Organization], persons: Sequence[Mention]) -> dict[str, str]:
    """First words that stand for a longer organisation name ('Merck' for 'Merck & Co'), by speaker name:
    capitalised, not a common word, no other organisation's or person's word."""
    rules = person_rules(lex.lang)
    taken = {fold(w) for p in persons for w in p.text.split()}
    firsts: dict[str, set[str]] = {}
    for org, name in zip(orgs, _speaker_names(orgs)):
        for form in {org.name, *org.aliases}:
            words = form.split()
            if len(words) >= 2:
                firsts.setdefault(words[0], set()).add(name)
            else:
                taken.add(fold(form))
    return {word: next(iter(names)) for word, names in firsts.items()
            if len(names) == 1 and len(word) >= 3 and word[0].isupper() and fold(word) not in taken
            and fold(word) not in rules.function_words and zipf(word, lex.lang) < SHORT_FORM_COMMON}


def _org_mentions(text: str, orgs: Sequence[Organization], short_forms: dict[str, str] | None = None,
                  lex: QuoteLexicon | None = None) -> list[Candidate]:
    """Every place an organisation's name or alias occurs, longest first where they overlap; a short form
    only next to a member noun ("Metro's board", "a Merck spokesperson", "un portavoz de Merck") or right
    before a speech verb ("Merck denied")."""
    found: dict[tuple[int, int], str] = {}
    surface_to_name: dict[str, str] = {}
    if short_forms and lex is not None:
        pattern = re.compile(rf"(?<![\w\-])(?:{literal_alternation(sorted(short_forms))})(?!\w)")
        for match in pattern.finditer(text):
            if (lex.member_after_org.match(text[match.end():match.end() + CONTEXT])
                    or lex.member_before_org.search(text[max(0, match.start() - CONTEXT):match.start()])
                    or lex.verbs.match(text, match.end() + 1)):
                found[match.span()] = short_forms[match.group()]
    for org, name in zip(orgs, _speaker_names(orgs)):
        for mention in org.mentions:
            found[(mention.start, mention.end)] = name
        for surface in {org.name, *org.aliases}:
            if len(surface) >= 2:
                surface_to_name.setdefault(surface, name)
    if surface_to_name:
        pattern = re.compile(rf"(?<!\w)(?:{literal_alternation(sorted(surface_to_name))})(?!\w)")
        for match in pattern.finditer(text):
            found.setdefault(match.span(), surface_to_name[match.group()])
    return [Candidate(start, end, "organization", found[(start, end)]) for start, end in without_overlaps(list(found))]


def _role(text: str, cand: Candidate, floor: int, lex: QuoteLexicon) -> str:
    """Grammatical position from the words before the mention: subject, object, marker or subordinate."""
    tokens = WORD.findall(text[max(floor, cand.start - CONTEXT):cand.start])
    i = len(tokens) - 1
    passed_name = False  # a capitalised word (an organisation's name) lies between the preposition and the mention
    head = text[cand.start:cand.end].split()[:1]
    own_article = bool(head) and fold(head[0]) in lex.skippable  # 'en un comunicado la minera': a new phrase
    while i >= 0:
        token = tokens[i]
        if token in "'’" and i >= 1 and tokens[i - 1][:1].isalnum():
            word, i = fold(tokens[i - 1] + "'"), i - 2
        elif token == "s" and i >= 1 and tokens[i - 1] in "'’":
            i -= 3  # possessive: skip "Microsoft 's"
            continue
        elif not token[:1].isalnum():
            return "object" if token in "([" else "subject"
        else:
            word, i = fold(token), i - 1
        before = [fold(t) for t in tokens[max(0, i - 2):i + 1] if t[:1].isalnum()]
        if any(_word_key(" ".join(before[len(before) - k:] + [word])) in lex.marker_words for k in range(0, 3)):
            return "marker"
        if word in lex.prepositions or word.rstrip("'") + "'" in lex.prepositions:
            if _title_before(tokens, i, lex):
                # "le PDG de Kestrel Ines Varga": Kestrel completes the title, Ines Varga is the subject
                if passed_name:
                    continue
                return "modifier"
            return "object"
        if word in lex.subordinators or word.rstrip("'") in lex.subordinators:
            return "subordinate"
        if (cand.kind == "organization" and token[:1].islower() and word not in lex.skippable and not own_article
                and _described_complement(tokens, i, lex)):
            return "object"
        if word in lex.skippable or token[:1].isupper():
            passed_name = passed_name or (token[:1].isupper() and word not in lex.skippable)
            continue
        return "subject"
    return "subject"


DESCRIPTION_WORDS = 3  # lower-case words of a description before a name ("la distribuidora gallega X")


def _described_complement(tokens: Sequence[str], i: int, lex: QuoteLexicon) -> bool:
    """'en la distribuidora gallega Cofarga', 'auprès du fonds londonien X': a name after a described noun
    phrase that a preposition governs is that preposition's complement, not a subject."""
    for k in range(i, max(-1, i - DESCRIPTION_WORDS), -1):
        word = fold(tokens[k])
        if word in lex.skippable:
            return k >= 1 and (fold(tokens[k - 1]) in lex.prepositions or fold(tokens[k - 1] + "'") in lex.prepositions)
        if not tokens[k][:1].islower():
            return False
    return False


def _title_before(tokens: Sequence[str], i: int, lex: QuoteLexicon) -> bool:
    """Whether the word before tokens[i + 1] (skipping determiners and elisions) is a job title."""
    while i >= 0:
        token = tokens[i]
        if token in "'’" or fold(token) in lex.skippable - lex.title_words:
            i -= 1
            continue
        return fold(token) in lex.title_words
    return False


def _resolved_org_anaphors(text: str, lex: QuoteLexicon, org_cands: Sequence[Candidate],
                           named_starts: Sequence[int], sentence_starts: Sequence[int],
                           media: frozenset[str] = frozenset()) -> list[Candidate]:
    """'the company said', 'la société précise': the organisation named last before, within reach, or
    the latest one whose name holds the description's noun ('the Commission' -> 'European Commission');
    'a spokesman' with no organisation of his own: see `_spokesperson_org`.
    Not a description that a name follows ('la consultora Oxmoor'): the name speaks for itself."""
    ordered = sorted(org_cands, key=lambda c: c.start)
    starts = [c.start for c in ordered]
    resolved = []
    for match in lex.org_anaphors.finditer(text):
        if _name_follows(text, named_starts, match.end()):
            continue
        k = bisect.bisect_left(starts, match.start()) - 1
        lo = bisect.bisect_left(starts, match.start() - RECENT - CONTEXT)  # a window, never the whole prefix
        reach = [c for c in ordered[lo:k + 1] if match.start() - c.end <= RECENT]
        if not reach:
            continue
        noun = fold(match.group().split()[-1])
        if noun in lex.business_nouns:  # 'la compañía' after 'como publicó Cinco Días' is no newspaper
            reach = [c for c in reach if c.name not in media]
            if not reach:
                continue
        same_noun = [c for c in reach if noun in re.findall(r"\w+", fold(str(c.name)))]
        chosen = (same_noun or reach)[-1]
        if fold(match.group()) in lex.member_phrases:
            chosen = _spokesperson_org(text, lex, reach, match.start(), sentence_starts, media) or chosen
        cand = Candidate(match.start(), match.end(), "organization", chosen.name)
        member = lex.member_before_org.search(text[max(0, match.start() - CONTEXT):match.start()])
        if member:  # 'fuentes de la compañía', 'sources at the group': its members speak for it
            cand.start, cand.role = match.start() - len(member.group()), "member"
        resolved.append(cand)
    return resolved


def _repeated_descriptions(text: str, lex: QuoteLexicon, org_cands: Sequence[Candidate],
                           named_starts: Sequence[int], taken: Sequence[Candidate]) -> list[Candidate]:
    """'La minera Cobre Alto firmó … , señaló la minera', 'the Chilean miner X … the miner said': a definite
    article with a word a name was introduced with stands for that organisation, from there on."""
    introduced: dict[str, list[Candidate]] = {}  # folded word -> the names it introduced
    surfaces: set[str] = set()
    for cand in sorted(org_cands, key=lambda c: c.start):
        lead = lex.apposed_description.search(text, max(0, cand.start - CONTEXT // 2), cand.start)
        if lead is None or cand.role == "member":
            continue
        for word in lead.group("words").split():
            key = fold(word)
            if len(key) > 3 and key not in lex.prepositions and key not in lex.skippable and zipf(word, lex.lang) > 0:
                introduced.setdefault(key, []).append(cand)
                surfaces.add(word)
    if not introduced:
        return []
    pattern = re.compile(rf"(?<!\w)(?i:{lex.definite_articles})['’]?{SPACE}*(?P<noun>(?i:{alternation(sorted(surfaces))}))(?!\w)")
    resolved = []
    for match in pattern.finditer(text):
        before = [c for c in introduced[fold(match.group("noun"))] if c.end <= match.start()]
        if before and not _name_follows(text, named_starts, match.end()) and not any(
                t.start < match.end() and match.start() < t.end for t in taken):
            resolved.append(Candidate(match.start(), match.end(), "organization", before[-1].name))
    return resolved


def _spokesperson_org(text: str, lex: QuoteLexicon, reach: Sequence[Candidate], pos: int,
                      sentence_starts: Sequence[int], media: frozenset[str]) -> Candidate | None:
    """'Velarde denied reports about Cofarga. "…," a spokesman said': a spokesperson no organisation is
    attached to speaks for the subject of his sentence or the one before, never for an outlet or an object."""
    k = bisect.bisect_right(sentence_starts, pos) - 1
    for lo, hi in ((sentence_starts[k], pos), (sentence_starts[max(0, k - 1)], sentence_starts[k])):
        for cand in reach:
            if lo <= cand.start < hi and str(cand.name) not in media and cand.role != "modifier" and _role(
                    text, cand, lo, lex) in ("subject", "subordinate"):
                return cand
    return None


def _name_follows(text: str, named_starts: Sequence[int], pos: int) -> bool:
    """A name starts right after `pos`, past spaces only (an apposition: 'the bank Lazard')."""
    k = bisect.bisect_left(named_starts, pos)
    return k < len(named_starts) and not text[pos:named_starts[k]].strip(" \u00a0\u202f")


TITLE_REACH_BEFORE, TITLE_REACH_AFTER = 30, 45  # where a person's title stands: "Finanzminister X", "X, chairman of"
ROLE_NAME_REACH = 70  # characters after a title where the name it introduces may start


APPOSED_WORDS = 2  # words a title may take between a possessive and the name in apposition


def _apposed_person(text: str, person_starts: Sequence[int], pos: int) -> bool:
    """'Su cofundador, Matías Ferreira, …', 'His chief executive John Smith': a name follows the possessive's
    title, and the name, not the possessive, is the subject."""
    k = bisect.bisect_left(person_starts, pos)
    if k == len(person_starts):
        return False
    title = text[pos:person_starts[k]]  # " cofundador, "
    return 1 <= len(title.split()) <= APPOSED_WORDS and bool(re.fullmatch(r"[\w\s\-]+,?\s*", title))


CLAUSE_BREAK = re.compile(r"[.!?…:;][\s\"'»”“’]|\n")


def _person_within(text: str, person_starts: Sequence[int], start: int, reach: int) -> bool:
    """A person named within `reach` after `start`, in the same sentence (not 'the CEO said. ¶ For X, …')."""
    k = bisect.bisect_left(person_starts, start)
    return (k < len(person_starts) and person_starts[k] - start <= reach
            and not CLAUSE_BREAK.search(text, start, person_starts[k]))


def _surnames_over_orgs(org_cands: list[Candidate], persons: Sequence[Mention]) -> list[Candidate]:
    """A known person's surname alone that is also an organisation's short name ('Ekholm' of Jonas Ekholm
    and Ekholm Invest) is the person; the longer 'Ekholm Invest' stays the organisation."""
    surnames = {fold(p.text.split()[-1]) for p in persons if len(p.text.split()) >= 2}
    surname_spans = {(p.start, p.end) for p in persons if fold(p.text) in surnames}
    return [c for c in org_cands if (c.start, c.end) not in surname_spans]


def _org_candidates(text: str, lex: QuoteLexicon, orgs: Sequence[Organization],
                    persons: Sequence[Mention]) -> list[Candidate]:
    """Organisation mentions, as members ("a Merck spokesperson", "dirigeants d'Solvik") or modifiers of a
    title ("Kestrel CEO") where the words around say so."""
    org_cands = _surnames_over_orgs(
        _org_mentions(text, orgs, _short_forms(lex, orgs, persons), lex), persons)
    for cand in org_cands:
        member = lex.member_before_org.search(text[max(0, cand.start - CONTEXT):cand.start])
        after = text[cand.end:cand.end + 40]
        if member:
            cand.start -= len(member.group())
            cand.role = "member"
        elif lex.member_after_org.match(after):
            cand.role = "member"
        elif lex.title_after_org.match(after):
            cand.role = "modifier"
    return org_cands


def build_candidates(text: str, lex: QuoteLexicon, persons: Sequence[Mention], orgs: Sequence[Organization],
                     spans: list[MarkedSpan], starts: list[int],
                     ) -> tuple[list[Candidate], list[str], list[Candidate]]:
    """Speaker candidates outside quotes, with their roles; the known full names in order; the candidates
    inside quotes (only an incise between dashes inside a quote may name its speaker)."""
    opens = [s.open for s in spans]
    org_cands = _org_candidates(text, lex, orgs, persons)
    org_starts = [o.start for o in org_cands]

    def inside_org(mention: Mention) -> bool:
        k = bisect.bisect_right(org_starts, mention.start)
        return k > 0 and org_cands[k - 1].end >= mention.end

    person_cands = [Candidate(p.start, p.end, "person", p.text) for p in persons if not inside_org(p)]
    known = list(dict.fromkeys(c.name for c in person_cands if len(str(c.name).split()) >= 2))
    people = KnownPersons(known)
    for cand in person_cands:
        cand.name = people.canonical(str(cand.name))
    others = [Candidate(m.start(), m.end(), "anonymous") for m in lex.anonymous.finditer(text)]
    # "ein Konzernsprecher" stands for the company named last outside quotes, not one the quote mentions
    named_starts = sorted(c.start for c in org_cands + person_cands)
    outside = [c for c in org_cands if not _inside_quote(c.start, c.end, spans, opens)]
    media = frozenset(name for org, name in zip(orgs, _speaker_names(orgs)) if org.kind == "media")
    others += _resolved_org_anaphors(text, lex, outside, named_starts, starts, media)
    others = [c for c in others if c.kind != "anonymous" or not any(  # 'fuentes' of 'fuentes de la compañía'
        o.role == "member" and o.start <= c.start and c.end <= o.end for o in others)]
    others += _repeated_descriptions(text, lex, outside, named_starts, others + org_cands)
    person_starts = sorted(c.start for c in person_cands)
    _org_titles_as_roles(text, lex, org_cands + others, person_starts)
    # "Her rival, Simon Grey, said": a possessive before a title and a name in apposition is not the subject
    others += [Candidate(m.start(), m.end(), "pronoun", fold(m.group())) for m in lex.pronouns.finditer(text)
               if not _apposed_person(text, person_starts, m.end())]
    others += [Candidate(m.start(), m.end(), "latter", fold(m.group())) for m in lex.latter.finditer(text)]
    # "the president said", "sagte der Minister": a title standing for the person it was given to
    # (not when a name follows it: "el consejero delegado de MasOrange, Meinrad Spenger" names its person)
    others += [Candidate(m.start(), m.end(), "role", fold(m.group("title"))) for m in lex.roles.finditer(text)
               if not _person_within(text, person_starts, m.end(), ROLE_NAME_REACH)]
    for start in starts:
        match = lex.possessive_start.match(text, start, min(len(text), start + 30))
        if match and not _apposed_person(text, person_starts, match.end("word")):
            others.append(Candidate(match.start("word"), match.end("word"), "pronoun"))
    taken = sorted(org_cands + person_cands, key=lambda c: c.start)
    taken_starts = [t.start for t in taken]

    def overlaps_taken(cand: Candidate) -> bool:
        k = bisect.bisect_left(taken_starts, cand.end)
        return any(taken[j].end > cand.start for j in range(max(0, k - 3), k))

    cands = taken + [c for c in others if not overlaps_taken(c)]
    inner = sorted((c for c in cands if _inside_quote(c.start, c.end, spans, opens)), key=lambda c: c.start)
    cands = [c for c in cands if not _inside_quote(c.start, c.end, spans, opens)]
    cands.sort(key=lambda c: (c.start, -c.end))
    for cand in cands:
        if lex.markers_after.match(text, cand.end):
            cand.role = "marker"  # "Insidern zufolge"
        elif cand.role not in ("member", "modifier"):
            floor = starts[bisect.bisect_right(starts, cand.start) - 1]
            cand.role = _role(text, cand, floor, lex)
    _mark_framed(text, lex, cands, starts)
    return cands, known, inner


def _org_titles_as_roles(text: str, lex: QuoteLexicon, cands: Sequence[Candidate], person_starts: Sequence[int]) -> None:
    """"Quadrel's chief executive said", "der Quadrel-Chef sagte", "the company's chief executive": a title
    after an organisation with no name after it stands for the person named earlier with that title."""
    for cand in cands:
        if (cand.kind != "organization" or cand.role == "member"  # "a Merck spokesperson" speaks for Merck
                or lex.member_after_org.match(text[cand.end:cand.end + 40])
                or _person_within(text, person_starts, cand.end, ROLE_NAME_REACH)):
            continue
        title = lex.title_after_org.match(text[cand.end:cand.end + 40])
        if title:
            cand.kind, cand.role = "org_role", "subject"
            cand.name = fold(re.sub(r"^(?:['’]s)?[\s\-]*", "", title.group()))
            cand.end += title.end()


def _mark_framed(text: str, lex: QuoteLexicon, cands: list[Candidate], starts: Sequence[int]) -> None:
    """'Para Lucía Ferrer, …', 'Selon Jean Dupont, …': the person a framing phrase opens the sentence
    with is the one whose view it gives, a speaker later quotes of the paragraph may continue."""
    cand_starts = [c.start for c in cands]
    for start in starts:
        frame = lex.frames.match(text, start, min(len(text), start + CONTEXT))
        if frame is None:
            continue
        k = bisect.bisect_left(cand_starts, frame.end())
        if k < len(cands) and cands[k].kind == "person" and cands[k].start - frame.end() <= FRAME_REACH:
            cands[k].role = "frame"


# ---------------------------------------------------------------------------
# Attribution


Speaker = tuple[str | list[str] | None, str, str | None]  # (speaker, speaker_type, cue)
UNRESOLVED: Speaker = (None, "none", "no antecedent")  # "she said" with no woman before: nobody, not someone else


def _speaker_of(ctx: Context, cand: Candidate, cue: str | None, joint: Sequence[Candidate] = ()) -> Speaker:
    """What a chosen candidate says about the speaker: a name (or joint names), a pronoun's referent, or anonymous."""
    if cand.kind == "pronoun":
        gender = ctx.lex.pronoun_genders.get(str(cand.name or ""))
        speaker, kind = _recent(ctx, cand.start, persons_only=True, gender=gender)
        if kind == "none" and str(cand.name or "") in ctx.lex.org_pronouns:
            speaker, kind = _latest_statement(ctx, cand.start, "organization")  # « … », ajoute-t-elle: l'Autorité
        return (speaker, kind, cue) if kind != "none" else (UNRESOLVED if gender else (None, "none", None))
    if cand.kind == "latter":
        speaker = _latest_named(ctx, cand.start, ctx.lex.pronoun_genders.get(str(cand.name or "")))
        return (speaker, "person", cue) if speaker else UNRESOLVED
    if cand.kind in ("role", "org_role"):  # an organisation's title names only a person given that title
        speaker = _titled_person(ctx, cand, fallback=cand.kind == "role")
        if speaker is None and fold(str(cand.name or "")) in ctx.lex.member_phrases:
            member = _latest_member(ctx, cand.start)  # 'ein Sprecher des Konzerns' ... 'sagte der Sprecher'
            return (member, "organization", cue) if member else (None, "none", None)
        return (speaker, "person", cue) if speaker else (None, "none", None)
    if cand.kind == "anonymous":
        return None, "anonymous", cue
    names = list(dict.fromkeys(str(c.name) for c in sorted([cand, *joint], key=lambda c: c.start)))
    return (names if len(names) > 1 else names[0]), cand.kind, cue


def _joint_subjects(ctx: Context, chosen: Candidate, pool: Sequence[Candidate]) -> list[Candidate]:
    """'Kestrel et Solvik ont déclaré': the other names joined to the chosen one by a conjunction."""
    joint = []
    for other in pool:
        if other is chosen or other.kind != chosen.kind:
            continue
        left, right = sorted((other, chosen), key=lambda c: c.start)
        if ctx.lex.conjunction_only.match(ctx.text[left.end:right.start]):
            joint.append(other)
    return joint


def _gender_fits(name: object, gender: str | None) -> bool:
    """A person whose first name is known to be of the other gender cannot be "she"/"he"."""
    if gender is None or not isinstance(name, str) or not name.split():
        return True
    known = given_name_gender(name.split()[0])
    return known in (None, "either", gender)


def _titled_person(ctx: Context, role: Candidate, fallback: bool = True) -> str | None:
    """The person a title stands for ("the president", "der Minister"): the latest one named with that
    title nearby, else (with `fallback`) the latest person subject, else the latest person named."""
    title = str(role.name or "")
    floor = max(0, role.start - RECENT)
    for cand in reversed(ctx.between(floor, role.start)):
        if cand.kind != "person":
            continue
        before = fold(ctx.text[max(0, cand.start - TITLE_REACH_BEFORE):cand.start])
        after = fold(ctx.text[cand.end:cand.end + TITLE_REACH_AFTER])
        if title and (title in before or title in after):
            return str(cand.name)
    if not fallback:
        return None
    speaker, kind = _recent(ctx, role.start, persons_only=True)
    if kind == "person" and isinstance(speaker, str):
        return speaker
    return _latest_named(ctx, role.start, None)  # 'Dirigée par X, la société …. La directrice a assuré'



def _latest_named(ctx: Context, pos: int, gender: str | None) -> str | None:
    """'Ce dernier', 'the latter': the person named last before `pos`, whatever their role."""
    for cand in reversed(ctx.between(max(0, pos - RECENT), pos)):
        if cand.kind == "person" and _gender_fits(cand.name, gender):
            return str(cand.name)
    return None


def _recent(ctx: Context, pos: int, *, persons_only: bool, floor: int = 0,
            gender: str | None = None) -> tuple[str | list[str] | None, str]:
    """The latest person subject or attributed quote before `pos` (a pronoun's or a statement's speaker);
    with a gender, the latest one that can be "he" or "she"."""
    floor = max(floor, pos - RECENT)
    best_pos, best = -1, (None, "none")
    for cand in reversed(ctx.between(floor, pos)):
        if cand.kind == "person" and cand.role in ("subject", "member", "frame") and _gender_fits(cand.name, gender):
            best_pos, best = cand.start, (cand.name, "person")
            break
        if gender and _one_member(ctx, cand):
            best_pos, best = cand.start, (cand.name, "organization")
            break
    for quote in reversed(ctx.attributed):
        if quote.end <= pos and quote.start >= floor and quote.speaker_type != "none":
            if (quote.start > best_pos and (not persons_only or quote.speaker_type == "person")
                    and _gender_fits(quote.speaker, gender)):
                best = (quote.speaker, quote.speaker_type)
            break
        if quote.end < floor:
            break
    if best[1] == "none" and gender:
        return _gendered_person(ctx, floor, pos, gender)
    return best


def _latest_statement(ctx: Context, pos: int, speaker_type: str) -> tuple[str | list[str] | None, str]:
    """The speaker of the latest quote before `pos` attributed to a speaker of that type, with no person
    named for a pronoun to stand for: "L'Autorité estime que « … ». « … », ajoute-t-elle"."""
    for quote in reversed(ctx.attributed):
        if quote.end <= pos and quote.start >= pos - RECENT and quote.speaker_type == speaker_type:
            return quote.speaker, speaker_type
    return None, "none"


MEMBER_ARTICLE_REACH = 12  # characters before a member mention where its article stands ("A Merck spokesperson")


def _one_member(ctx: Context, cand: Candidate) -> bool:
    """'a Merck spokesperson', 'un porte-parole de Vireo', 'ein Vireo-Sprecher': one person speaking for an
    organisation, whom a later 'he' or 'she' stands for (not an aside after a name: 'X, an analyst at Y')."""
    if cand.kind != "organization" or not (
            cand.role == "member" or fold(ctx.text[cand.start:cand.end]) in ctx.lex.member_phrases):
        return False
    head = ctx.lex.member_before_org.search(ctx.text, max(0, cand.start - CONTEXT), cand.start)
    head_start = head.start() if head else cand.start  # 'a spokeswoman for Vireo': the article opens the phrase
    article = ctx.lex.one_member.search(ctx.text, max(0, head_start - MEMBER_ARTICLE_REACH), head_start + 8)
    return bool(article) and not _apposed_to_name(ctx, article.start())


def _apposed_to_name(ctx: Context, pos: int) -> bool:
    """'Ines Varga, an analyst at Vireo': the phrase at `pos` follows a name and its comma (not 'Separately, a')."""
    before = ctx.text[:pos].rstrip()
    if not before.endswith(","):
        return False
    comma = len(before) - 1
    named = ctx.between(max(0, comma - CONTEXT), comma + 1)
    return bool(named) and not ctx.text[named[-1].end:comma].strip()


def _latest_member(ctx: Context, pos: int) -> str | None:
    """The organisation of the latest 'a spokesman for X' before `pos`, whom 'the spokesman' repeats."""
    for cand in reversed(ctx.between(max(0, pos - RECENT), pos)):
        if _one_member(ctx, cand):
            return str(cand.name)
    return None


def _gendered_person(ctx: Context, floor: int, pos: int, gender: str) -> tuple[str | None, str]:
    """'Lucía Ferrer met Marco Bellandi. "…," he said': with no subject of its gender, a pronoun stands for the
    latest person of that gender in any role."""
    for cand in reversed(ctx.between(floor, pos)):
        if cand.kind == "person" and isinstance(cand.name, str) and given_name_gender(cand.name.split()[0]) == gender:
            return cand.name, "person"
    return None, "none"


def _attribution_line(ctx: Context, start: int, end: int) -> Speaker | None:
    """'– Ines Varga, PDG de Kestrel, janvier 2026' or '– Communiqué conjoint Kestrel-Solvik'."""
    segment_end = start
    while segment_end < end and ctx.text[segment_end] not in ",(;|\n":
        segment_end += 1
    segment = ctx.text[start:segment_end].strip()
    if not segment or len(segment.split()) > 6:
        return None  # a sentence after a dash, not a source line
    inside = [c for c in ctx.between(start, segment_end) if c.kind in ("person", "organization")]
    people = [c for c in inside if c.kind == "person"]
    if people:
        return people[0].name, "person", "attribution line"
    orgs = list(dict.fromkeys(str(c.name) for c in inside))
    if orgs:
        return (orgs if len(orgs) > 1 else orgs[0]), "organization", "attribution line"
    if ctx.lex.name_like.match(segment) and not ctx.lex.statement_noun.search(segment):
        return ctx.people.canonical(segment), "person", "attribution line"
    return None


def _block_attribution(ctx: Context, span: MarkedSpan) -> Speaker | None:
    """A quote alone on its line, followed by a dash line naming the source (or a dash after the quote)."""
    text = ctx.text
    line_end = ctx.line_end(span.close)
    after = text[span.close + 1:min(line_end, span.close + 1 + CONTEXT)]
    inline = DASH_LINE.match(after)
    if inline:
        return _attribution_line(ctx, span.close + 1 + inline.end(), min(line_end, span.close + 1 + CONTEXT))
    if not ctx.opens_line(span.open) or line_end - span.close > 8 or after.strip(" .,\u00a0\t"):
        return None
    next_start = line_end + 1
    while next_start < len(text) and text[next_start] == "\n":
        next_start += 1
    dash = DASH_LINE.match(text, next_start)
    if not dash:
        return None
    return _attribution_line(ctx, dash.end(), min(ctx.line_end(next_start), dash.end() + CONTEXT))


def _incise(ctx: Context, span: MarkedSpan) -> Speaker | None:
    """'« ... », a déclaré X' / '"...," Varga said' / '„...“, so X': the clause right after the quote."""
    text, lex = ctx.text, ctx.lex
    after_close = span.close + 1
    k = bisect.bisect_right(ctx.opens, span.close)
    next_open = ctx.opens[k] if k < len(ctx.opens) else len(text)
    limit = min(ctx.sentence_end(after_close), next_open, after_close + 160, ctx.line_end(after_close))
    window = text[after_close:limit]
    if lex.clause_opening.match(window):
        return None  # '"...", and Solaris said': a new clause with its own subject, not an incise
    lead = len(window) - len(window.lstrip(" \t\u00a0\u202f"))
    inner = text[span.start:span.end]
    separated = (bool(inner) and inner[-1] in ",.!?…;:") or window[lead:lead + 1] in tuple(",;:(—–-")
    verb = lex.verbs.search(window)
    marker = lex.markers.search(window)
    cands = [Candidate(c.start, c.end, c.kind, c.name, c.role) for c in ctx.between(after_close, limit)]
    if verb and verb.start() > INCISE_VERB_REACH and not (
            verb.start() <= INCISE_SUBJECT_REACH and cands and cands[0].start - after_close <= INCISE_VERB_REACH):
        verb = None  # too far, unless the quote is followed by a long-titled subject
    if marker and marker.start() > INCISE_VERB_REACH:
        marker = None
    if verb and marker and marker.start() < verb.start():
        verb = None  # '"...," according to X, an analyst at Y, who said ...': the marker names the speaker
    if not (verb or marker) or not (separated or (verb and verb.start() <= lead + 1)):
        return None
    for cand in cands:
        if cand.role not in ("member", "modifier"):
            cand.role = _role(text, cand, after_close, lex)
    usable = [c for c in cands if c.role in ("subject", "member")]
    if verb:
        # '"...," he told CNBC': a subject before the verb wins over the listener after it
        verb_start, verb_end = after_close + verb.start(), after_close + verb.end()
        heard = lex.listener.match(text, verb_end)  # "a déclaré à l'AFP X", "sagte gegenüber Reuters X": told, not telling
        after_verb = [c for c in cands if c.start >= (heard.end() if heard else verb_end) and c.start - verb_end <= CONTEXT
                      and c.role in ("subject", "member", "marker")]  # '«…», señalaron desde Vireo'
        after_verb = after_verb or [c for c in cands if c.kind == "person" and c.start - verb_end <= CONTEXT
                                    and lex.listener.fullmatch(text, verb_end, c.start)][:1]
        before_verb = [c for c in usable if c.end <= verb_start]
        chosen = _apposition_head(ctx, before_verb, verb_start) or (after_verb[0] if after_verb else None)
        if chosen is None:
            surname = _lone_name(ctx, window[lead:verb.start()], window[verb.end():])
            if surname:
                return ctx.people.canonical(surname), "person", verb.group()
            speaker, kind = _recent(ctx, span.open, persons_only=False, floor=_paragraph_floor(ctx, span))
            return (speaker, kind, verb.group()) if kind != "none" else None
        return _speaker_of(ctx, chosen, verb.group(), _joint_subjects(ctx, chosen, usable))
    marker_end = after_close + marker.end()
    after_marker = [c for c in cands if c.start >= marker_end and c.role == "marker"]
    return _speaker_of(ctx, after_marker[0], marker.group()) if after_marker else None


def _dash_incise(ctx: Context, span: MarkedSpan) -> Speaker | None:
    """An incise between dashes inside the quote: «Es una gran noticia —dijo Varga—, seguiremos»."""
    for dash in INNER_DASH.finditer(ctx.text, span.start, span.end):
        verb = ctx.lex.verbs.match(ctx.text, dash.end())
        if not verb:
            continue
        stop = min(span.end, verb.end() + CONTEXT)
        closing = re.compile(r"[—–―,]").search(ctx.text, verb.end(), stop)
        stop = closing.start() if closing else stop
        named = [c for c in ctx.inner_between(verb.end(), stop) if c.kind != "pronoun"]
        if named:
            return _speaker_of(ctx, named[0], verb.group())
        speaker, kind = _recent(ctx, span.open, persons_only=False, floor=_paragraph_floor(ctx, span))
        return (speaker, kind, verb.group()) if kind != "none" else None
    return None


INNER_COMMA = re.compile(r",[ \u00a0]+(?=\w)")  # « Nous avons signé, explique Ines Varga, un accord »
INNER_INCISE_REACH = 60  # characters from the inner incise's verb to the comma that closes it
INNER_AUX_REACH = 12  # characters after the comma where the verb starts ("a-t-elle ajouté")
INCISE_CLOSE = re.compile(r",|[.!?…](?=\s)")  # the incise ends at a comma or at its sentence's end, the quote going on


def _comma_incise(ctx: Context, span: MarkedSpan) -> Speaker | None:
    """An incise between commas inside the quote, its verb first: « Nous avons signé, explique Ines Varga, un
    accord historique », «Hemos firmado, explica Varga, un acuerdo», « C'est fait, a-t-elle ajouté, enfin »;
    or closing its sentence, the quote going on: « C'est faux, a dit une porte-parole de Vireo. Rien n'est prévu. »"""
    for comma in INNER_COMMA.finditer(ctx.text, span.start, span.end):
        verb = ctx.lex.verbs.search(ctx.text, comma.end(), span.end)
        if not verb or verb.start() - comma.end() > INNER_AUX_REACH or not re.fullmatch(
                r"[\w\-]*[ \u00a0]?", ctx.text[comma.end():verb.start()]):
            continue  # only an auxiliary with its pronoun ("a-t-elle") may come before the verb
        closing = INCISE_CLOSE.search(ctx.text, verb.end(), min(span.end, verb.end() + INNER_INCISE_REACH))
        if closing is None:
            continue
        inside = [c for c in ctx.inner_between(comma.end(), closing.start())
                  if c.kind in ("person", "organization", "pronoun")]
        if inside and (inside[0].role == "member" or re.fullmatch(
                r"[ \u00a0\-]*(?:t-)?", ctx.text[verb.end():inside[0].start])):
            return _speaker_of(ctx, inside[0], verb.group())
        if inside and inside[0].end <= verb.start():
            return _speaker_of(ctx, inside[0], verb.group())
    return None


def _apposition_head(ctx: Context, before: Sequence[Candidate], verb_start: int) -> Candidate | None:
    """The last subject before the verb, or the name an aside between commas describes: 'Laura Pinto, the
    chief executive of Vireo, told', 'Pinto, who joined Vireo in 2019, said' -> Laura Pinto."""
    if not before:
        return None
    last = before[-1]
    for head in before[:-1]:
        between, after = ctx.text[head.end:last.start], ctx.text[last.end:verb_start]
        if (head.kind == "person" and between.lstrip().startswith(",") and "," not in between.lstrip()[1:]
                and "," in after and not re.search(r"[.;:!?]", between + after)):
            return head
    return last


def _reporting_subject(ctx: Context, before: Sequence[Candidate]) -> Candidate | None:
    """'Robert Sharpe said the board had concluded that the offer "…"': the quoted words are reported by the
    subject of the first speech verb, not said by the subject of the clause it reports."""
    for k in range(len(before) - 1, 0, -1):
        verb = _last_verb(ctx, before[k - 1].end, before[k].start)
        if verb is not None:
            return _apposition_head(ctx, before[:k], verb.start()) if before[k - 1].kind == "person" else None
    return None


def _lone_name(ctx: Context, before_verb: str, after_verb: str) -> str | None:
    """A capitalised word alone as the incise's subject: '"...," Varga said' or '"...", dijo Varga.'"""
    before = LONE_BEFORE.fullmatch(before_verb)
    after = LONE_AFTER.match(after_verb)
    word = (before or after).group(1) if (before or after) else None
    rules = person_rules(ctx.lang)
    if word and fold(word) not in rules.not_name and fold(word) not in rules.function_words and not is_title(
            word, ctx.lang) and (
            ctx.people.canonical(word) != word or zipf(word, ctx.lang) < LONE_NAME_COMMON):
        return word  # a known surname, or a word no dictionary has (German capitalises every noun)
    return None


def _last_verb(ctx: Context, start: int, end: int):
    """The last speech verb between start and end that is not inside another quote."""
    last = None
    for match in ctx.lex.verbs.finditer(ctx.text, start, end):
        if not _inside_quote(match.start(), match.end(), ctx.spans, ctx.opens):
            last = match
    return last


def _is_statement(inner: str) -> bool:
    """A full utterance rather than a term: ends like a sentence, or starts upper-case with 4+ words."""
    return inner[-1:] in ".!?…" or (inner[:1].isupper() and len(inner.split()) >= 4)


def _paragraph_floor(ctx: Context, span: MarkedSpan) -> int:
    """Where a statement may look for its speaker: its paragraph, or the one before if it opens its line."""
    line_start = ctx.line_start(span.open)
    if not ctx.opens_line(span.open):
        return line_start
    previous = ctx.line_start(max(0, line_start - 1))
    while previous > 0 and not ctx.text[previous:line_start].strip():  # a blank line between paragraphs
        line_start, previous = previous, ctx.line_start(previous - 1)
    return previous


def _preceding(ctx: Context, span: MarkedSpan) -> Speaker | None:
    """The subject of the speech verb before the quote, a marker, or a name before a colon."""
    text, lex = ctx.text, ctx.lex
    pre_start = max(ctx.sentence_start(span.open), span.open - SENTENCE_REACH)
    line_start = ctx.line_start(span.open)
    if ctx.opens_line(span.open) and text[max(0, line_start - CONTEXT):line_start].rstrip().endswith(":"):
        colon = text.rfind(":", 0, line_start)  # "X a déclaré :\n« ... »"
        pre_start = max(ctx.sentence_start(colon), colon - SENTENCE_REACH)
    pre_text = text[pre_start:span.open]
    cands = ctx.between(pre_start, span.open)
    usable = [c for c in cands if c.role in ("subject", "member")]
    verb = _last_verb(ctx, pre_start, span.open)
    inner = text[span.start:span.end]
    has_colon = ":" in pre_text
    chosen = None
    relative = _relative_clause_subject(ctx, cands, pre_start, span.open)
    if verb:
        # "Am Montag sagte Varga, ...": only where the language puts subjects after verbs;
        # "X, who joins Y's board, called ...": Y sits in a relative clause, X is the subject
        before = [c for c in usable if c.end <= verb.start()
                  and not lex.relative_clause.search(text, max(pre_start, c.start - CONTEXT), c.start)]
        after = [c for c in usable if c.start >= verb.end()] if lex.subject_after_verb else []
        in_clause = relative if relative and relative.end <= verb.start() else None
        chosen = in_clause or _reporting_subject(ctx, before) or _apposition_head(ctx, before, verb.start()) or (
            after[0] if after else None)
    elif usable and (has_colon or _is_statement(inner)):
        chosen = _colon_clause_subject(ctx, usable, pre_start, span.open) if has_colon else usable[0]
    if chosen is not None:
        return _speaker_of(ctx, chosen, verb.group() if verb else ":", _joint_subjects(ctx, chosen, usable))
    markers = [c for c in cands if c.role == "marker"]
    if markers:
        return _speaker_of(ctx, markers[-1], "marker")
    if pre_text.rstrip().endswith(":"):
        named = [c for c in cands if c.kind in ("person", "organization")]
        if named:
            return _speaker_of(ctx, named[-1], ":")
    if (verb or has_colon or _is_statement(inner) or _reported_speech(ctx, pre_start, span.open)
            or _stands_alone(ctx, span)):
        speaker, kind = _recent(ctx, span.open, persons_only=False, floor=_paragraph_floor(ctx, span))
        if kind != "none":
            return speaker, kind, "context"
    subjects = [c for c in usable if not verb or c.end <= verb.start()]  # not the subject of what is reported
    subjects = [relative] if relative and not verb else subjects
    if subjects:
        # "La CGT a brandi la menace d'un « conflit dur »", "which the board rejected as "opportunistic"":
        # a quote that is the object of any verb is its subject's words
        return _speaker_of(ctx, subjects[0], "subject")
    return _previous_sentence_speaker(ctx, span)


def _colon_clause_subject(ctx: Context, usable: Sequence[Candidate], start: int, end: int) -> Candidate:
    """'Asked about reports that Vantor had bid, Solís was blunt: «…»': the subject of the clause that the
    colon closes (after the last comma before it), else the sentence's first subject."""
    colon = ctx.text.rfind(":", start, end)
    comma = ctx.text.rfind(",", start, colon)
    in_clause = [c for c in usable if comma < c.start and c.end <= colon]
    return in_clause[0] if in_clause else usable[0]


def _relative_clause_subject(ctx: Context, cands: Sequence[Candidate], start: int, end: int) -> Candidate | None:
    """'…, which Metro's board rejected as "…"', '…, die Ostwald „…“ nannte': a relative clause still open
    at `end` holds the verb that takes the quote; the first name inside it is that verb's subject."""
    clause = ctx.lex.relative_clause.search(ctx.text, start, end)
    if clause is None:
        return None
    inside = [c for c in cands if c.start >= clause.start() and c.end <= end and c.kind in ("person", "organization")
              and c.role in ("subject", "member", "subordinate")]
    return inside[0] if inside else None


def _stands_alone(ctx: Context, span: MarkedSpan) -> bool:
    """A quote that is its whole sentence ('«Y mucho».'): an utterance, however short."""
    before = ctx.text[ctx.sentence_start(span.open):span.open]
    after = ctx.text[span.close + 1:ctx.sentence_end(span.close + 1)]
    return not before.strip() and not after.strip(" \t\n\u00a0\u202f.!?…")


def _reported_speech(ctx: Context, start: int, end: int) -> bool:
    """A word of indirect speech ("Die Netze seien …") outside quotes between start and end."""
    return any(not _inside_quote(m.start(), m.end(), ctx.spans, ctx.opens)
               for m in ctx.lex.reported_speech.finditer(ctx.text, start, end))


def _previous_sentence_speaker(ctx: Context, span: MarkedSpan) -> Speaker | None:
    """A lower-case fragment in the sentence right after an attributed quote of the same paragraph, with no
    subject of its own ("L'accord est attendu « d'ici à l'été »"), goes on with that quote's speaker."""
    if not ctx.attributed or not ctx.text[span.start:span.start + 1].islower():
        return None
    last = ctx.attributed[-1]
    sentence = ctx.sentence_start(span.open)
    previous = ctx.sentence_start(max(0, sentence - 1))
    if not previous <= last.end <= sentence or ctx.line_start(last.start) != ctx.line_start(span.open):
        return None
    return last.speaker, last.speaker_type, "context"



def _frame(ctx: Context, span: MarkedSpan) -> Speaker | None:
    """'Pour X, « … »', 'For X, an analyst at Y, the price is "…"', 'Nach Einschätzung von X dürfte …
    „…“': a sentence opened by a framing phrase gives X's view, unless a speech verb names someone else."""
    start = ctx.sentence_start(span.open)
    frame = ctx.lex.frames.match(ctx.text, start, span.open)
    if frame is None:
        return None
    named = [c for c in ctx.between(frame.end(), span.open)
             if c.start - frame.end() <= FRAME_REACH and c.role != "modifier"]  # "Pour le patron de Vireo, X"
    if not named or _last_verb(ctx, named[0].end, span.open):
        return None
    return _speaker_of(ctx, named[0], "frame")


def _source_clause(ctx: Context, span: MarkedSpan) -> Speaker | None:
    """'Wie Vireo mitteilte, sei …', 'As Vireo said, …', 'Comme l'a indiqué Vireo, …': a clause opening the
    sentence with a speech verb names the source of what follows, unless another speech verb follows it."""
    start = ctx.sentence_start(span.open)
    opener = ctx.lex.source_clause.match(ctx.text, start, span.open)
    comma = ctx.text.find(",", opener.end(), span.open) if opener else -1
    if comma < 0 or not _last_verb(ctx, opener.end(), comma) or _last_verb(ctx, comma, span.open):
        return None
    named = [c for c in ctx.between(opener.end(), comma) if c.kind in ("person", "organization")]
    return _speaker_of(ctx, named[0], "source clause") if named else None


TITLE_WORDS = 5  # a quoted title is short: "Handelsblatt", "Financial Times", "Le Monde diplomatique"
TITLE_LINK = re.compile(r"[a-zà-öø-ÿ]{1,3}|[\d&]+")  # lower-case words a title may hold: "of", "de", "der"


def _is_title(ctx: Context, span: MarkedSpan) -> bool:
    """'das „Handelsblatt“ berichtete', 'the game "Gaucho Rally"': capitalised words in quotes after a definite
    article (and at most one noun: 'das Portal') name a work or an outlet; nobody speaks them."""
    words = ctx.text[span.start:span.end].split()
    if not words or len(words) > TITLE_WORDS or not words[0][:1].isupper() or words[-1][-1] in ".!?…,;:":
        return False
    if not all(w[:1].isupper() or TITLE_LINK.fullmatch(w) for w in words):
        return False
    comma = re.match(r"[ \u00a0]*,[ \u00a0]*", ctx.text[span.close + 1:span.close + 1 + CONTEXT])
    if comma and ctx.lex.verbs.match(ctx.text, span.close + 1 + comma.end()):
        return False  # '« Jamais », a dit X': an utterance with its incise
    if ctx.lex.title_opener.search(ctx.text, max(0, span.open - CONTEXT // 2), span.open):
        return True
    # 'la série « Tsukuyomi »', "l'exclusivité de 'Gaucho Rally 2'": a name inside the sentence, after a
    # lower-case word, where only names are capitalised
    word_before = re.search(r"([^\W\d_]+)['’]?[ \u00a0]*$", ctx.text[max(0, span.open - 30):span.open])
    return not ctx.lex.capitalized_nouns and bool(word_before) and word_before.group(1)[:1].islower()


def attribute(ctx: Context, span: MarkedSpan) -> Speaker:
    """The speaker of one quote, by the order in the module docstring."""
    if _is_title(ctx, span):
        return None, "none", None
    for finder in (_block_attribution, _dash_incise, _comma_incise, _incise, _frame, _source_clause, _preceding):
        found = finder(ctx, span)
        if found == UNRESOLVED:
            break
        if found is not None and found[1] != "none":
            return found
    return None, "none", None


def extract_quotes(text: str, lang: str, *, persons: Sequence[Mention] = (), orgs: Sequence[Organization] = (),
                   skip: Sequence[CharSpan] = ()) -> list[Quote]:
    """Every passage in quotation marks, with its speaker, speaker type and the cue that gave it.

    Sentences are cut here with quotation marks in view (a full stop inside a quote does not end the
    sentence around it), the same on blank and parsed pipelines.
    """
    lex = quote_lexicon(lang)
    spans = [s for s in find_marked_spans(text, lang) if not inside_any(s.start, s.end, skip)]
    starts = sentence_starts(text, spans, person_rules(lang).honorifics)
    cands, known, inner = build_candidates(text, lex, persons, orgs, spans, starts)
    ctx = Context(text, lang, lex, spans, starts, cands, [c.start for c in cands], known, inner)
    quotes: list[Quote] = []
    for span in spans:
        speaker, kind, cue = attribute(ctx, span)
        quote = Quote(text=text[span.start:span.end], start=span.start, end=span.end,
                      speaker=speaker, speaker_type=kind, cue=cue)
        quotes.append(quote)
        if kind != "none":
            ctx.attributed.append(quote)
    return quotes


# ---------------------------------------------------------------------------
# spaCy component


class QuotesComponent:
    """Writes `doc._.newsx_quotes`, speakers from `doc._.newsx_persons` and `doc._.newsx_orgs`."""

    def __init__(self, nlp: Language, name: str):
        self.lang = nlp.lang
        self.name = name

    def __call__(self, doc):
        doc._.newsx_quotes = extract_quotes(doc_text(doc), self.lang, persons=doc._.newsx_persons or [],
                                            orgs=doc._.newsx_orgs or [], skip=skip_spans(doc))
        return doc


declare_extensions("newsx_quotes")


@Language.factory("newsx_quotes", assigns=["doc._.newsx_quotes"], requires=["doc._.newsx_persons", "doc._.newsx_orgs"])
def make_quotes_component(nlp: Language, name: str) -> QuotesComponent:
    return QuotesComponent(nlp, name)
