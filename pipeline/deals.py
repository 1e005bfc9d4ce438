"""Deal records: who puts money into whom, how much, in what state, when, per whom.

Reads what the extractors left on the `Doc` (amounts, dates, organisations)
and a per-language cue lexicon (`models/lexicons/<lang>/deals.json`). The
logic is language-independent and works on any pipeline (a parse is not
required):

1. each sentence with a deal cue (invest, raise, acquire, contract,
   partnership, round, share sale) or a deal-role amount yields mentions;
2. roles come from the frame of the cue's kind and the markers around the
   parties: the organisation before an "invest" cue invests (with the parties
   coordinated with it or named "together with" it), the one after a target
   marker ("dans", "in", "en") receives; "par"/"by"/"durch" mark a passive
   agent, also before a verb that closes the clause; a possessive ("X's
   purchase") names the buyer; a bid is for the party "for"/"sur"/"por"/"für"
   marks, on either side; a contract is paid by its client (the partner, when
   the subject supplies, licenses or wins it; the subject, otherwise); a raise
   cue's subject is the target, and the lead ("led by") and participants
   ("with participation from", "joined the round", in the same or a later
   sentence) invest; a holding ("owns 12% of", "X's largest shareholder, Y",
   "owned by") is a stake already held; the parties after the sentence's next
   transaction cue belong to that cue;
3. the status comes from cues in the mention's clause (falling back to its
   sentence); when mentions merge, the most decisive status wins (a deal
   called off stays called off however often its first announcement is
   recalled);
4. mentions with the same parties and the same amount merge into one record;
   a different amount for the same pair is another version; a round keeps every
   investor its mentions name; a later sentence that prices "the transaction"
   or "le prix" gives the last unpriced deal its price; prices per share and
   outlets credited for the news ("according to X") take no part.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.extract import CharSpan, declare_extensions, doc_text, inside_any, sentence_spans, skip_spans
from pipeline.keys import AMOUNT_TOLERANCE
from pipeline.resources import lexicon
from pipeline.schema import Amount, DateMention, Deal, Money, Organization

DEAL_ROLES = ("investment", "fundraise", "contract")
OTHER_AMOUNT_CUES = frozenset({"acquire", "bid", "pay", "sell", "share_sale", "contract", "partnership"})  # a price, not a stake or a round
CLAUSE_BREAK = re.compile(r"[;:–—()\[\]]|,(?!\d)| - ")  # "19,9 Prozent", "1,5 millones": a decimal comma breaks nothing
DECISIVE_STATUSES = frozenset({"cancelled", "denied", "on_hold", "reduced", "completed", "signed"})
# A contract reported between two named parties exists unless the text says otherwise.
DEFAULT_STATUS = {"commercial_contract": "signed"}
HELD_STATUS = {"hold": "completed", "owned_by": "completed"}  # a stake someone holds was bought
HELD_REACH = 40  # characters between "holds 12% of" / "owner of" and the company held
HELD_BREAK = re.compile(r"[;:()\[\]–—]|,(?=\s)")  # a clause ends there ("9,8 Prozent" goes on)
# What a later sentence can say of a deal already reported: its fate changed. A later
# "denied" is usually about rumours, a later "signed"/"completed" about something else.
LATER_STATUSES = frozenset({"cancelled", "on_hold", "reduced"})
TENTATIVE_STATUSES = frozenset({"rumored", "considering", "negotiating"})  # what a later denial speaks of
STATUS_PRIORITY = ("cancelled", "denied", "on_hold", "reduced", "completed", "signed",
                   "negotiating", "rumored", "considering", "announced")


class SpanIndex:
    """Items sorted by start, looked up by character range in O(log n): per-sentence
    selection stays linear over a long article."""

    def __init__(self, items: Sequence) -> None:
        self.items = list(items)
        self.starts = [item.start for item in self.items]

    def within(self, start: int, end: int) -> list:
        return self.items[bisect_left(self.starts, start):bisect_left(self.starts, end)]


@dataclass(frozen=True)
class Party:
    name: str
    start: int
    end: int
    kind: str


@dataclass(frozen=True)
class Cue:
    kind: str
    type: str
    start: int
    end: int
    implicit: bool = False  # an amount whose role stands for the missing verb


@dataclass
class DealLexicon:
    cues: list[tuple[re.Pattern[str], str, str]]
    statuses: list[tuple[re.Pattern[str], str]]
    infrastructure: re.Pattern[str] | None
    target_markers: re.Pattern[str] | None
    source_markers: re.Pattern[str] | None
    passive_markers: re.Pattern[str] | None
    between_markers: re.Pattern[str] | None
    owner_markers: re.Pattern[str] | None
    buyer_markers: re.Pattern[str] | None
    conversion_markers: re.Pattern[str] | None
    conjunctions: frozenset[str] = field(default_factory=frozenset)
    anaphora: re.Pattern[str] | None = None
    descriptions: re.Pattern[str] | None = None  # "the group", "el fondo canadiense", "der Konzern"
    subject_pronouns: re.Pattern[str] | None = None  # "It", "Il", "Elle", "Er" opening a sentence
    payer_relatives: re.Pattern[str] | None = None  # ", qui lui versera", ", which will pay it": that party pays
    passive_openings: re.Pattern[str] | None = None  # "It was", "Elle a été", "Sie wurde", "Fue": the last deal, in a passive
    negation: re.Pattern[str] | None = None  # "no talks", "keine Gespräche", "n'est pas en négociation"
    supplier_verbs: re.Pattern[str] | None = None  # "X won a contract from Y": X supplies, Y pays
    award_markers: re.Pattern[str] | None = None  # "the contract was awarded to X": X supplies
    award_agents: re.Pattern[str] | None = None  # "the contract awarded by X": X is the client
    per_unit: re.Pattern[str] | None = None  # "$38 per share", "43 Euro je Aktie": a unit price, not the deal's
    round_joining: re.Pattern[str] | None = None  # "B and C joined the round", "beteiligten sich": they invest too
    round_leaders: re.Pattern[str] | None = None  # "A led a $65m Series B", "als A die Runde anführte": A invests
    owner_agents: re.Pattern[str] | None = None  # "the group controlled by X": X owns the subject, acts in no deal
    owner_agents_after: re.Pattern[str] | None = None  # "die von X kontrollierte Y": the participle follows X
    report_cues: re.Pattern[str] | None = None  # "according to", "reported": an outlet credited for the news
    bid_target_markers: re.Pattern[str] | None = None  # "a bid for X", "oferta por X", "Für X bietet": X is wanted
    bidder_markers: re.Pattern[str] | None = None  # "an offer from X", "une offre de X", "ein Angebot von X": X bids
    amount_source_markers: re.Pattern[str] | None = None  # "captó 60 millones del fondo X": after a raised sum, X pays
    supply_words: re.Pattern[str] | None = None  # "a contract to supply Y", "Liefervertrag mit Y": the subject supplies
    founding: re.Pattern[str] | None = None  # "founded in 2010", "2009 gegründet": a date that is not the deal's
    passive_auxiliaries: re.Pattern[str] | None = None  # "was", "fue", "a été", "wurde": the clause is passive
    agent_before_verb: re.Pattern[str] | None = None  # "X wurde von Y übernommen": the agent before a final verb
    valuation_markers: re.Pattern[str] | None = None  # "valuing X", "valorisant X": X is the company raising
    non_deal_amounts: re.Pattern[str] | None = None  # "revenue of", "chiffre d'affaires de": not a price
    listing_markers: re.Pattern[str] | None = None  # "listed on X", "coté sur X": X is an exchange, no party
    participation_markers: re.Pattern[str] | None = None  # "with participation from X", "junto a X": X invests too
    relation_words: frozenset[str] = field(default_factory=frozenset)  # "of", "de", "von": a relation, not a list
    co_investor_markers: re.Pattern[str] | None = None  # "together with X", "gemeinsam mit X": X puts money in too
    description_nouns: frozenset[str] = field(default_factory=frozenset)  # "fund", "club", "Konzern", folded
    introducing: re.Pattern[str] | None = None  # "the Swedish pension fund " right before a name: its words
    article: re.Pattern[str] | None = None  # a definite article and the noun after it, one adjective allowed
    seller_markers: re.Pattern[str] | None = None  # "acquired a stake from X", "auprès de X": X sells, it is not bought
    object_relatives: re.Pattern[str] | None = None  # "Y, which X bought", "Y, den X kaufte": the relative is the object
    attribution_markers: re.Pattern[str] | None = None  # "according to X", "según datos de la consultora X": a source
    article_words: frozenset[str] = field(default_factory=frozenset)  # "the", "der", "des": a complement may open with one
    purpose_openings: re.Pattern[str] | None = None  # "To help pay for", "Pour financer", "Um ... zu finanzieren"
    regulators: re.Pattern[str] | None = None  # "the Swedish financial regulator", "Kartellamt": approves, never a party
    approval_markers: re.Pattern[str] | None = None  # "approval from X", "le feu vert de X", "el visto bueno de X": X rules
    ruling_verbs: re.Pattern[str] | None = None  # "X cleared", "X a autorisé", "X untersagte", "X antitrust approval"
    subject_follows_verb: bool = False  # German main clauses: "Im März übernahm X den Konkurrenten Y"
    stakes: StakeGrammar | None = None  # "a 20% stake", "80 % d'Y", "zu 75 Prozent": how much of a company changes hands


@dataclass(frozen=True)
class StakeGrammar:
    """How a clause tells the share of a company that changes hands."""

    percent: re.Pattern[str]  # "20%", "80 %", "75 Prozent", with the figure as group "pct"
    preceders: re.Pattern[str] | None  # "(cédée) à 75 %", "zu 75 Prozent (übernommen)": a share right before it
    share_words: re.Pattern[str] | None  # "stake", "du capital", "Anteil", "acciones": what a share is of
    noun_before: re.Pattern[str] | None  # "une participation de 15 %", "a stake of 15%": the noun comes first
    relations: re.Pattern[str] | None  # "of", "d'", "del", "an": the company whose share it is follows
    control: re.Pattern[str] | None  # "a majority stake", "prise de contrôle", "the remaining shares"
    minority: re.Pattern[str] | None  # "a minority stake", "participación minoritaria"


def _alternation(patterns: Sequence[str]) -> str:
    return "|".join(f"(?:{p})" for p in patterns)


def _word_regex(patterns: Sequence[str]) -> re.Pattern[str] | None:
    return re.compile(rf"(?<!\w)(?:{_alternation(patterns)})(?!\w)", re.IGNORECASE) if patterns else None


def _status_regex(patterns: Sequence[str]) -> re.Pattern[str]:
    """A status word standing alone, not inside a compound adjective ("frozen-desserts unit")."""
    return re.compile(rf"(?<![\w-])(?:{_alternation(patterns)})(?![\w-])", re.IGNORECASE)


DESCRIPTION_WORDS = 4  # words a description may put between a marker and its party
ANY_WORD = r"[^\W\d_][\w'’-]*"  # after "with participation from", any short description introduces investors
LOWER_WORD = r"[a-zà-öø-ÿ][\w'’-]*"  # "según datos de la consultora": a description, never a name


def _trailing_marker(words: Sequence[str], description: str | None = None) -> re.Pattern[str] | None:
    """Matches text that ends with one of `words`, then an optional article or elision, or a short
    description of the party ("by the Dutch group ", "por el fondo canadiense ", "vom Münchner
    Wagniskapitalgeber "): a marker governs the party that its description introduces."""
    if not words:
        return None
    marker = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    article = r"(?:\s+(?:la|le|les|l['’]|the|el|los|las|der|die|das|den|dem))?\s*['’]?\s*"
    filler = rf"(?:\s*(?:{description})(?!\w)\s*){{0,{DESCRIPTION_WORDS}}}" if description else ""
    ends = r"(?:(?<!\w)|(?!\w))"  # a whole word ("por", not "portuguesa"), or an elision ("d'")
    return re.compile(rf"(?:^|[\s(])(?i:{marker}){ends}{article}{filler}$", re.IGNORECASE if not description else 0)


def _sentence_opening(patterns: Sequence[str]) -> re.Pattern[str] | None:
    """Matches one of `patterns` at a sentence's start (after bullets or spaces)."""
    return re.compile(rf"[\s\-–—•*]*(?:{_alternation(patterns)})(?!\w)", re.IGNORECASE) if patterns else None


AFTER_ARTICLE = r"(?:\s+|(?<=['’]))"  # "the fund", "l'entreprise"; never "there" as "the" + "re"


def _description_pattern(articles: Sequence[str], nouns: Sequence[str]) -> re.Pattern[str] | None:
    """A definite description of a company: an article, at most one word (an adjective), a noun,
    and an optional following adjective ("le groupe suédois", "der schwedische Konzern")."""
    if not articles or not nouns:
        return None
    article = "|".join(re.escape(a) for a in sorted(articles, key=len, reverse=True))
    noun = "|".join(re.escape(n) for n in sorted(nouns, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?i:{article}){AFTER_ARTICLE}(?:[^\W\d_][\w-]*\s+)?(?P<noun>{noun})(?!\w)")


def _articles(articles: Sequence[str]) -> str:
    return "|".join(re.escape(a) for a in sorted(articles, key=len, reverse=True))


def _introducing_pattern(articles: Sequence[str]) -> re.Pattern[str] | None:
    """A definite article and at most three words that end right before a name: "the Swedish
    pension fund ", "el fondo soberano ", "der Münchner Wagniskapitalgeber "."""
    if not articles:
        return None
    return re.compile(rf"(?<!\w)(?i:{_articles(articles)}){AFTER_ARTICLE}(?P<words>(?:[^\W\d_][\w-]*\s+){{1,3}})$")


def _article_pattern(articles: Sequence[str]) -> re.Pattern[str] | None:
    """A definite article and the one or two words after it: "el club", "der neue Zulieferer"."""
    if not articles:
        return None
    return re.compile(rf"(?<!\w)(?i:{_articles(articles)}){AFTER_ARTICLE}(?P<first>[^\W\d_][\w-]*)(?:\s+(?P<second>[^\W\d_][\w-]*))?(?!\w)")


def _party_description(lang: str, data: dict) -> str:
    """What may stand between a marker and the party it governs: party words, description nouns
    (German "des Rivalen X": inflected too), nationalities and the language's agent nouns."""
    nationalities = [re.escape(w) for w in lexicon(lang, "orgs").get("nationalities", ())]
    inflected = "|".join(re.escape(e) for e in lexicon(lang, "orgs").get("noun_inflections", ()))
    nouns = [re.escape(n) + (f"(?:{inflected})?" if inflected else "") for n in data.get("description_nouns", [])]
    # an agent noun of the language describes a company too: "le lamineur italien X", "la distribuidora X"
    agents = [rf"{LOWER_WORD}(?:{'|'.join(map(re.escape, data['agent_noun_endings']))})"] if data["agent_noun_endings"] else []
    words = data.get("party_words", []) + nouns + nationalities + agents
    described = "|".join(f"(?i:{w})" if w[:1].islower() else w for w in sorted(set(words), key=len, reverse=True))
    dates = lexicon(lang, "dates")  # "In January X bought": a month or a weekday describes no party
    calendar = sorted({w.rstrip(".") for w in [*dates["months"], *dates["weekdays"]]}, key=len, reverse=True)
    return rf"(?!(?i:{'|'.join(map(re.escape, calendar))})(?!\w))(?:{described})"


@lru_cache(maxsize=None)
def deal_lexicon(lang: str) -> DealLexicon:
    data = lexicon(lang, "deals")
    description = _party_description(lang, data)
    cues = [(_word_regex(entry["patterns"]), entry["kind"], entry["type"]) for entry in data["cues"]]
    order = {status: rank for rank, status in enumerate(STATUS_PRIORITY)}
    statuses = sorted(((_status_regex(e["patterns"]), e["status"]) for e in data["status_cues"]),
                      key=lambda item: order[item[1]])
    return DealLexicon(
        cues=cues,
        statuses=statuses,
        infrastructure=_word_regex(data.get("infrastructure_words", ())),
        target_markers=_trailing_marker(data.get("target_markers", ()), description),
        source_markers=_trailing_marker(data.get("source_markers", ()), description),
        passive_markers=_trailing_marker(data.get("passive_markers", ()), description),
        between_markers=_trailing_marker(data.get("between_markers", ())),
        owner_markers=_trailing_marker(data.get("owner_markers", ())),
        buyer_markers=_trailing_marker(data.get("buyer_markers", ()), description),
        conversion_markers=_word_regex([re.escape(w) for w in data.get("conversion_markers", ())]),
        conjunctions=frozenset(data.get("conjunctions", ())),
        anaphora=_word_regex([re.escape(w) for w in data.get("deal_anaphora", ())]),
        descriptions=_description_pattern(data.get("definite_articles", ()),
                                          data.get("description_nouns", ()) + lexicon(lang, "orgs").get("nationalities", [])),
        subject_pronouns=_sentence_opening([re.escape(w) + r"(?=\s)" for w in data.get("subject_pronouns", ())]),
        passive_openings=_sentence_opening(data["passive_openings"]),
        payer_relatives=re.compile(_alternation(data["payer_relatives"]), re.IGNORECASE) if data["payer_relatives"] else None,
        negation=_word_regex(data.get("negations", ())),
        founding=_word_regex(data.get("founding_cues", ())),
        supplier_verbs=_word_regex(data.get("supplier_verbs", ())),
        supply_words=_word_regex(data.get("supply_words", ())),
        report_cues=_word_regex(data.get("report_cues", ())),
        owner_agents=_trailing_marker(data.get("owner_agent_markers", ()), description),
        owner_agents_after=_sentence_opening([re.escape(w) for w in data.get("owner_agent_markers_after", ())]),
        round_joining=_word_regex(data.get("round_joining_verbs", ())),
        per_unit=_word_regex([re.escape(w) for w in data.get("per_unit_markers", ())]),
        bid_target_markers=_trailing_marker(data.get("bid_target_markers", ()), description),
        bidder_markers=_trailing_marker(data.get("bidder_markers", ()), description),
        amount_source_markers=_trailing_marker(data.get("amount_source_markers", ()), description),
        award_markers=_trailing_marker(data.get("award_markers", ()), description),
        award_agents=_trailing_marker(data["award_agent_markers"], description),
        passive_auxiliaries=_word_regex([re.escape(w) for w in data.get("passive_auxiliaries", ())]),
        agent_before_verb=_trailing_marker(data.get("agent_markers_before_verb", ()), description),
        valuation_markers=_trailing_marker(data.get("valuation_markers", ()), description),
        non_deal_amounts=_word_regex(data.get("non_deal_amount_cues", ())),
        listing_markers=_trailing_marker(data.get("listing_markers", ())),
        participation_markers=_trailing_marker(data.get("participation_markers", ()), ANY_WORD),
        co_investor_markers=_trailing_marker(data.get("co_investor_markers", ()), ANY_WORD),
        relation_words=frozenset(w.lower() for w in data.get("relation_words", ())),
        seller_markers=_trailing_marker(data.get("seller_markers", ()), description),
        object_relatives=_word_regex([re.escape(w) for w in data.get("object_relatives", ())]),
        attribution_markers=_trailing_marker(data.get("attribution_markers", ()), LOWER_WORD),
        regulators=_word_regex(data.get("regulator_words", ())),
        **_clause_words(data, description),
        subject_follows_verb=bool(data.get("subject_follows_verb", False)),
        article_words=frozenset(a.lower() for a in data.get("definite_articles", ())),
        stakes=_stake_grammar(data),
        description_nouns=frozenset(n.casefold() for n in data.get("description_nouns", ())),
        introducing=_introducing_pattern(data.get("definite_articles", ())),
        article=_article_pattern(data.get("definite_articles", ())),
    )


def _opening(patterns: Sequence[str]) -> re.Pattern[str]:
    """One of `patterns` right where the match starts (after spaces), as a whole word."""
    return re.compile(r"\s*(?:" + _alternation(patterns) + r")(?!\w)", re.IGNORECASE)


def _clause_words(data: dict, description: str) -> dict[str, re.Pattern[str] | None]:
    """Words that give a party its place in a clause: who leads a round, who rules on a deal, and
    the purpose clause whose deal is another's."""
    return {"round_leaders": _word_regex(data["round_leader_verbs"]),
            "purpose_openings": _opening(data["purpose_openings"]),
            "approval_markers": _trailing_marker(data["approval_markers"], description),
            "ruling_verbs": _opening(data["ruling_verbs"])}


def _stake_grammar(data: dict) -> StakeGrammar | None:
    if not data.get("percent_words"):
        return None
    percent = "|".join(re.escape(w) for w in sorted(data["percent_words"], key=len, reverse=True))
    return StakeGrammar(
        percent=re.compile(rf"(?<![\w.,])(?P<pct>\d{{1,3}}(?:[.,]\d{{1,2}})?)\s*(?:{percent})(?!\w)", re.IGNORECASE),
        preceders=_trailing_marker(data.get("stake_preceders", ())),
        share_words=_word_regex(data.get("share_words", ())),
        noun_before=re.compile(rf"(?<!\w)(?:{_alternation(data['share_words'])})(?:\W+[^\W\d_][\w'’]*){{0,2}}\W*$",
                               re.IGNORECASE) if data.get("share_words") else None,
        relations=_word_regex(data.get("stake_followers", ())),
        control=_word_regex(data.get("control_words", ())),
        minority=_word_regex(data.get("minority_words", ())),
    )


@dataclass
class DealMention:
    investors: tuple[str, ...]
    target: str
    type: str
    amount: Amount | None
    valuation: Amount | None
    status: str
    date: str | None
    date_in_sentence: bool
    reported_by: tuple[str, ...]
    evidence: CharSpan
    explicit_roles: int
    held: bool = False  # a stake or control already held ("X, owner of Y"), not a transaction the text reports
    later_statuses: list[tuple[int, str]] = field(default_factory=list)  # (position, status) said of it afterwards

    def statuses(self) -> list[tuple[int, str]]:
        return [(self.evidence[0], self.status)] + self.later_statuses


def find_cues(text: str, start: int, end: int, lex: DealLexicon) -> list[Cue]:
    found = []
    for pattern, kind, deal_type in lex.cues:
        for match in pattern.finditer(text, start, end):
            found.append(Cue(kind, deal_type, match.start(), match.end()))
    found.sort(key=lambda c: (c.start, -c.end))
    kept: list[Cue] = []
    for cue in found:  # the first listed kind wins where two cues overlap
        if not any(cue.start < k.end and k.start < cue.end for k in kept):
            kept.append(cue)
    return kept


MARKER_REACH = 70  # characters before a party where its marker and description may stand


def _preceded_by(text: str, position: int, marker: re.Pattern[str] | None, floor: int) -> bool:
    return bool(marker and marker.search(text[max(floor, position - MARKER_REACH):position]))


def _party_list_after(text: str, first: Party, parties: Sequence[Party], lex: DealLexicon,
                      described: bool = False) -> list[Party]:
    """`first` and the parties that follow it joined only by commas or conjunctions; with
    `described`, a member may also bring a short description ("A and the UK's fund B",
    "A, la gestora B y el fondo C")."""
    chain = [first]
    for party in parties:
        if party.start <= chain[-1].start:
            continue
        if party.name == chain[-1].name or not _joins_list(text[chain[-1].end:party.start], lex, described):
            break
        chain.append(party)
    return chain


LIST_DESCRIPTION_WORDS = 5  # words a list member's description may hold ("and the UK's state fund")


def _joins_list(between: str, lex: DealLexicon, described: bool) -> bool:
    """Whether the text between two parties only joins a list: commas and conjunctions, or,
    with `described`, a joint then a description that names no relation ("of", "de", "von")
    and closes no clause."""
    words = between.replace(",", " , ").split()
    if all(w in lex.conjunctions for w in words):
        return True
    if not described or not words or words[0] not in lex.conjunctions:
        return False
    rest = [w for w in words[1:] if w not in lex.conjunctions]
    if len(rest) == 1 and rest[0].lower() in lex.relation_words:
        return True  # the preposition repeated: "de A et de B", "von A und von B"
    return (len(rest) <= LIST_DESCRIPTION_WORDS and not re.search(r"[;:()\[\]–—.!?]", between)
            and not (rest and rest[-1].lower() in lex.relation_words))  # "A, owner of B": a relation


def _participants(text: str, sentence: CharSpan, parties: Sequence[Party], lex: DealLexicon) -> list[str]:
    """Parties a participation marker brings in ("with participation from A, B and C", "junto
    a A", "gemeinsam mit A und B"), each with the list it opens."""
    found: list[str] = []
    for party in parties:
        if party.name not in found and _preceded_by(text, party.start, lex.participation_markers, sentence[0]):
            found += [p.name for p in _party_list_after(text, party, parties, lex, described=True) if p.name not in found]
    return found


def _subject_before(text: str, before: Sequence[Party], cue_start: int | None = None) -> Party:
    """The party acting before a cue: the nearest one, unless it sits in an apposition closed
    before the cue ("Kestrel, partenaire historique de Solvik, pourrait consacrer ..."); in
    "Harwick's offer, ..., while Quadrel bid about ¥420bn" the cue stands in Quadrel's own clause."""
    nearest = before[-1]
    if len(before) >= 2 and "," in text[before[-2].end:nearest.start]:
        tail = re.match(r"[^,;:.!?]{0,40},", text[nearest.end:])
        if tail and (cue_start is None or nearest.end + tail.end() <= cue_start):
            return before[-2]
    return nearest


Roles = tuple[list[str], str | None, str]  # (investors, target, deal type)


@dataclass
class Frame:
    """One cue in its sentence, with the parties on each side and the markers that place them."""

    text: str
    cue: Cue
    sentence: CharSpan
    parties: Sequence[Party]
    lex: DealLexicon
    before: list[Party] = field(default_factory=list)
    after: list[Party] = field(default_factory=list)
    previous_cue: int | None = None  # end of the sentence's previous frame-opening cue: its objects are no co-subjects

    def __post_init__(self) -> None:
        self.before = [p for p in self.parties if p.end <= self.cue.start]
        self.after = [p for p in self.parties if p.start >= self.cue.end]

    def marked(self, marker: re.Pattern[str] | None, among: Sequence[Party], floor: int) -> Party | None:
        return next((p for p in among if _preceded_by(self.text, p.start, marker, floor)), None)

    def subject(self, before: Sequence[Party] | None = None) -> Party | None:
        before = self.before if before is None else before
        return _subject_before(self.text, before, self.cue.start) if before else None

    def acting(self, subject: Party) -> list[str]:
        """The subject with the parties coordinated with it ("A, B and C invest", "A and the
        pension fund B bought") and those that act with it ("together with C", "gemeinsam mit C")."""
        group = [subject]
        for party in reversed([p for p in self.before if p.end <= subject.start]):
            if self.previous_cue is not None and party.start >= self.previous_cue:
                break  # "X bought Y and Z acquired W": Y is X's purchase, not Z's partner
            if _joins_list(self.text[party.end:group[0].start], self.lex, described=True) and party.name not in (
                    g.name for g in group):
                group.insert(0, party)
            else:
                break
        joined = "".join(self.text[a.end:b.start] for a, b in zip(group, group[1:]))
        if len(group) > 1 and not set(joined.replace(",", " ").split()) & self.lex.conjunctions:
            group = [subject]  # "A, B's owner, ...": an apposition, not a list
        names = [p.name for p in group]
        for party in self.parties:
            if party.name not in names and _preceded_by(self.text, party.start, self.lex.co_investor_markers,
                                                        self.sentence[0]):
                names.append(party.name)
        return names


def assign_roles(text: str, cue: Cue, sentence: CharSpan, parties: Sequence[Party], lex: DealLexicon,
                 next_cue: int | None = None, previous_cue: int | None = None) -> Roles:
    """(investors, target, type) for one cue in one sentence, from the frame of its kind; the parties
    after the sentence's next cue belong to that cue's frame ("wins a contract from A and buys B")."""
    if next_cue is not None:
        parties = [p for p in parties if p.start < next_cue or p.end <= cue.start]
    parties = [p for p in parties if not _owner_agent(text, p, sentence, lex)
               or (cue.start <= p.start and cue.kind in ("hold", "owned_by"))]
    frame = Frame(text, cue, sentence, parties, lex, previous_cue=previous_cue)
    between = frame.marked(lex.between_markers, parties, sentence[0])
    if between:
        chain = _party_list_after(text, between, parties, lex)
        if len(chain) >= 2:
            return [chain[0].name], chain[1].name, cue.type
    if cue.kind in ("raise", "round"):
        return _round_roles(frame)
    passive = frame.marked(lex.passive_markers, frame.after, cue.end)
    if passive is None and frame.after and frame.before and _passive_verb(text, cue, lex):
        passive = frame.after[0]  # "X fue adquirida por el grupo neerlandés de fruta fresca Y": the agent follows
    marked = [p for p in parties if _preceded_by(text, p.start, lex.target_markers, sentence[0])]
    targeted = next((p for p in marked if p.start >= cue.end), None) or next(iter(marked), None)
    if targeted:
        frame.before = [p for p in frame.before if p.name != targeted.name]
    if cue.kind == "acquire":
        return _acquisition_roles(frame, passive, targeted)
    if cue.kind == "pay":  # "X zahlt 4,5 Milliarden für Y", "X paid $2bn for Y": a price for what it names
        wanted = frame.marked(lex.bid_target_markers, parties, sentence[0])
        if wanted:
            return _bid_roles(frame, passive)
        payer = frame.subject()  # "X will pay about $3.2bn upfront": the price of the article's deal, if it has one
        return ([payer.name] if payer else []), None, cue.type
    if cue.kind == "bid":
        return _bid_roles(frame, passive)
    if cue.kind == "sell":
        return _sale_roles(frame)
    if cue.kind == "hold":
        return _holding_roles(frame, passive)
    if cue.kind == "owned_by":
        return _owner_roles(frame)
    if cue.kind == "contract":
        return _contract_roles(frame, targeted)
    return _investment_roles(frame, passive, targeted)


def _round_roles(frame: Frame) -> Roles:
    """"X raised N from A and B", "a round led by A", "X took part in a round ..., valuing Y at"."""
    text, cue, lex, before, after = frame.text, frame.cue, frame.lex, frame.before, frame.after
    owner = next((p for p in after if _preceded_by(text, p.start, lex.owner_markers, cue.end)
                  and p.start - cue.end < 25), None) if not cue.implicit else None
    sources = frame.marked(lex.source_markers, after, cue.end) or \
        next((p for p in before if _preceded_by(text, p.start, lex.source_markers, frame.sentence[0])
              and not CLAUSE_BREAK.search(text, p.end, cue.start)), None) or \
        _amount_source(frame)  # verb-final: "... bei X und Y eingesammelt"
    investors: list[str] = []
    if sources:
        investors = [p.name for p in _party_list_after(text, sources, frame.parties, lex, described=True)]
    elif (leader := _round_leader(frame)) is not None:
        investors = frame.acting(leader)
    investors += [name for name in _participants(text, frame.sentence, frame.parties, lex) if name not in investors]
    if investors:
        owner = owner if owner and owner.name not in investors else None
    subject = next((p for p in reversed(before) if p.name not in investors), None)
    if owner and subject and owner.name != subject.name and not investors:
        return [subject.name], owner.name, "investment"
    valued = frame.marked(lex.valuation_markers, after, cue.end)
    if valued and subject and valued.name != subject.name and not investors:
        return [subject.name], valued.name, "funding_round"
    if investors and not (owner or subject):  # "A led a round in B": the round is B's
        owner = frame.marked(lex.target_markers, [p for p in frame.after if p.name not in investors], cue.end)
    target = (owner or subject).name if (owner or subject) else None
    return investors, target, "funding_round"


LEADER_REACH = 40  # characters between a leader and its verb: room for an apposition ("A, a Paris fund, led")


def _round_leader(frame: Frame) -> Party | None:
    """"when A led a $65 million Series B", "un tour que A avait mené", "als A eine Runde anführte":
    the subject of a leading verb in the round's clause is its lead investor. The verb follows its
    subject closely, or ends a verb-final clause, with no other party between them."""
    text, cue, leaders = frame.text, frame.cue, frame.lex.round_leaders
    if leaders is None or cue.implicit:
        return None
    clause = clause_around(text, cue.start, cue.end, frame.sentence)
    inside = [p for p in frame.parties if clause[0] <= p.start and p.end <= clause[1]]
    for k, party in enumerate(inside):
        verb = leaders.search(text, party.end, clause[1])
        following = inside[k + 1].start if k + 1 < len(inside) else clause[1]
        if verb is None or verb.start() >= following:
            continue
        if verb.start() - party.end <= LEADER_REACH or (party.end <= cue.start and verb.start() >= cue.end):
            return party
    return None


def _amount_source(frame: Frame) -> Party | None:
    """"ha captado 60 millones de euros del fondo X": a word that is ambiguous elsewhere ("de")
    marks the source of a round right after the sum raised."""
    first = frame.after[0] if frame.after and not frame.cue.implicit else None
    if first is None or CLAUSE_BREAK.search(frame.text, frame.cue.end, first.start):
        return None
    between = frame.text[frame.cue.end:first.start]
    return first if re.search(r"\d", between) and _preceded_by(frame.text, first.start, frame.lex.amount_source_markers,
                                                                frame.cue.end) else None


GENITIVE_BEFORE_CUE = re.compile(r"['’]s?\s[^,;:.()]{0,25}$")  # "X's £2.9bn purchase", "Harwick's offer"


def _acquisition_roles(frame: Frame, passive: Party | None, targeted: Party | None = None) -> Roles:
    """Active, passive ("Y was acquired by X"), nominal ("the acquisition of Y by X"), possessive
    ("X's purchase of Y", "welcomed X's purchase of the site") and German verb-final passive ("Y
    wurde von X übernommen") takeovers; a party a stake marker introduces is what is bought ("X
    hatte die Mehrheit an Y übernommen")."""
    before, after = frame.before, frame.after
    owner = before[-1] if before and GENITIVE_BEFORE_CUE.match(frame.text, before[-1].end, frame.cue.start) else None
    if owner is not None and passive is None:
        bought = next((p for p in after if p.name != owner.name), None)
        return [owner.name], bought.name if bought else None, frame.cue.type
    final_agent = _agent_before_final_verb(frame.text, frame.cue, frame.sentence, before, frame.lex)
    after = [p for p in after if not _preceded_by(frame.text, p.start, frame.lex.seller_markers, frame.cue.end)]
    investors: list[str] = []
    target: str | None = None
    if passive:
        investors = [passive.name]
        between_them = [p for p in after if p is not passive and p.start < passive.start]
        target = between_them[0].name if between_them else (frame.subject().name if before else None)
    elif final_agent:
        investors = [final_agent.name]
        target = next((p.name for p in reversed(before) if p.start < final_agent.start), None)
    elif after and not before and _inverted_subject(frame) and len(after) >= 2:
        investors, target = [after[0].name], after[1].name  # "Im März übernahm X den Konkurrenten Y"
    elif after:
        investors = frame.acting(frame.subject()) if before else []
        target = next((p.name for p in after if p.name not in investors), None)
    elif (relative := _object_relative(frame)) is not None:
        return [relative[1].name], relative[0].name, frame.cue.type  # "Y, which X bought", "Y, den X kaufte", "Y, que X compró"
    elif len(before) >= 2 and _closes_clause(frame) and len(bought := _without_sellers(frame, before)) >= 2:
        investors, target = [bought[-2].name], bought[-1].name  # verb-final clause: "..., dass X Y kaufen will"
    elif before:  # "X had made an approach worth £1.7bn": the target is the article's
        investors = [frame.subject().name]
    if target is None and targeted is not None and targeted.name not in investors:
        target = targeted.name
    return investors, target, frame.cue.type


def _without_sellers(frame: Frame, parties: Sequence[Party]) -> list[Party]:
    """'X hat vereinbart, Y vom Fonds Z zu kaufen': the party a seller marker introduces sells, nobody buys it."""
    return [p for p in parties if not _preceded_by(frame.text, p.start, frame.lex.seller_markers, frame.sentence[0])]


def _object_relative(frame: Frame) -> tuple[Party, Party] | None:
    """(antecedent, subject) when the cue's clause is an object relative: "Y, which X bought",
    "Y, que X a racheté", "Y, den X kaufte"; any marker before Y ("pointed to Y") is the main clause's."""
    before = [p for p in frame.parties if p.end <= frame.cue.start]
    if len(before) < 2 or frame.lex.object_relatives is None:
        return None
    antecedent, subject = before[-2], before[-1]
    between = frame.text[antecedent.end:subject.start]
    if not between.lstrip().startswith(",") or not frame.lex.object_relatives.match(between.lstrip(", ")):
        return None
    return antecedent, subject


CLAUSE_FINAL_WORDS = 2  # "kaufen will", "übernommen werden", "bought last year": what may follow a clause's last verb


def _closes_clause(frame: Frame) -> bool:
    """The cue is the clause's verb and stands at its end ("dass X Y kaufen will", "Y, which X
    bought in 2021."); a noun with its complements after it ("the biggest acquisition since the
    group's creation") is not."""
    end = clause_around(frame.text, frame.cue.start, frame.cue.end, frame.sentence)[1]
    words = re.findall(r"\w+", frame.text[frame.cue.end:end])
    joined = next((k for k, w in enumerate(words) if w.lower() in frame.lex.conjunctions), len(words))
    return joined <= CLAUSE_FINAL_WORDS  # "... übernommen und war damit ...": a coordinated clause follows


INVERTED_SUBJECT_REACH = 12  # "übernahm der Konzern X": at most an article between the verb and its subject


def _inverted_subject(frame: Frame) -> bool:
    """In a language whose main clause may put its subject after the verb ("Für 2 Milliarden
    kauft X den Konkurrenten Y"), a party right after the verb is its subject."""
    if not (frame.lex.subject_follows_verb and frame.after):
        return False
    between = frame.text[frame.cue.end:frame.after[0].start]
    return len(between) <= INVERTED_SUBJECT_REACH or bool(  # "kaufte die Münchner Holding X"
        frame.lex.introducing and frame.lex.introducing.search(between.lstrip()) and "," not in between)


def _bid_roles(frame: Frame, passive: Party | None) -> Roles:
    """"X bid 420 million for Y", "X ofreció 90 millones por Y", "Für Y bietet X": the party the
    bid is for is the target on either side of the cue; the bidder is the subject among the
    others, or the first of them after the verb ("Für Y bietet X")."""
    wanted = frame.marked(frame.lex.bid_target_markers, frame.parties, frame.sentence[0])
    bidder = _bidder_after(frame)
    if bidder is not None:  # "Y rejected an offer from X", "Y a reçu une offre de l'américain X"
        receiver = wanted if wanted is not None and wanted.name != bidder.name else \
            frame.subject([p for p in frame.before if p.name != bidder.name])
        return [bidder.name], receiver.name if receiver else None, frame.cue.type
    if wanted is None:
        return _acquisition_roles(frame, passive)
    before = [p for p in frame.before if p.name != wanted.name]
    after = [p for p in frame.after if p.name != wanted.name]
    if before:
        investors = frame.acting(frame.subject(before))
    else:
        investors = [after[0].name] if after else []
    return [n for n in investors if n != wanted.name], wanted.name, frame.cue.type


BIDDER_REACH = 45  # characters from a bid noun to its bidder: adjectives, a price, a description ("offer of A$2.9bn from")


def _bidder_after(frame: Frame) -> Party | None:
    """The party a bid comes from, right after the bid noun and its modifiers: "an unsolicited offer
    from X", "une offre concurrente de l'américain X", "una oferta hostil de la australiana X", "ein
    Angebot des Rivalen X". A deal noun in between ("une offre de rachat de Y") makes it the object."""
    first = frame.after[0] if frame.after else None
    if first is None or first.start - frame.cue.end > BIDDER_REACH or \
            CLAUSE_BREAK.search(frame.text, frame.cue.end, first.start):
        return None
    between = frame.text[frame.cue.end:first.start]
    if any(regex.search(between) for regex, kind, _ in frame.lex.cues if kind in ("acquire", "invest", "share_sale")):
        return None
    return first if _preceded_by(frame.text, first.start, frame.lex.bidder_markers, frame.cue.end) else None


def _sale_roles(frame: Frame) -> Roles:
    """"X vend sa filiale Y à Z" / "X sold shares to Z": the buyer invests; what is sold is the
    target, or the seller itself when it sells its own shares (a share sale); a business it
    does not name here ("vende su negocio a Z") is the article's target, if any."""
    buyer = frame.marked(frame.lex.buyer_markers, frame.after, frame.cue.end)
    if buyer is None:
        investors, target, kind = _verb_final_sale_roles(frame)
        return (investors, target, kind) if target else _placement_roles(frame)
    buyers = [p.name for p in _party_list_after(frame.text, buyer, frame.after, frame.lex)]
    sold = next((p for p in frame.after if p.start < buyer.start), None)
    seller = frame.subject()
    if sold is not None:
        return buyers, sold.name, "acquisition"
    shares = frame.lex.stakes and frame.lex.stakes.share_words
    if shares and shares.search(frame.text, frame.cue.start, buyer.start):
        return buyers, seller.name if seller else None, "share_sale"
    if seller and _passive_verb(frame.text, frame.cue, frame.lex):
        return buyers, seller.name, "acquisition"  # "Y avait été cédée à 75 % à Z": the subject is sold
    return buyers, None, "acquisition"  # "vende su negocio de torres a Z": a unit it does not name here, not the seller


def _placement_roles(frame: Frame) -> Roles:
    """"L'État a cédé 5 % du capital de Y à des investisseurs institutionnels": shares of a named
    company sold to buyers the text does not name, a share sale of that company."""
    clause = clause_around(frame.text, frame.cue.start, frame.cue.end, frame.sentence)
    size, named = stake_size(frame.text, (frame.cue.end, clause[1]), frame.after, frame.lex)
    return ([], named.name, "share_sale") if size == "minority" and named is not None else ([], None, frame.cue.type)


def _verb_final_sale_roles(frame: Frame) -> Roles:
    """"Y wurde zu 75 Prozent an Z verkauft", "X hat Y an Z verkauft": the verb closes the clause
    and the buyer, marked as in "sold to Z", stands before it; in a passive the subject is sold."""
    text, lex = frame.text, frame.lex
    clause_end = clause_around(text, frame.cue.start, frame.cue.end, frame.sentence)[1]
    rest = text[frame.cue.end:clause_end].strip().rstrip(".!?…\"»”“").strip()
    before = [p for p in frame.parties if p.end <= frame.cue.start]  # "an Z" also marks a target: Z is no longer in frame.before
    if rest and not (lex.passive_auxiliaries and lex.passive_auxiliaries.fullmatch(rest)):
        return [], None, frame.cue.type  # "... a Deloitte para estudiar la venta de activos": no verb-final clause
    buyer = next((p for p in reversed(before[1:]) if _preceded_by(text, p.start, lex.buyer_markers, frame.sentence[0])
                  and not CLAUSE_BREAK.search(text, p.end, frame.cue.start)), None)
    if buyer is None:
        return [], None, frame.cue.type
    seller, *others = [p for p in before if p.end <= buyer.start]
    if others:
        return [buyer.name], others[-1].name, "acquisition"  # "X hat Y an Z verkauft"
    passive = bool(lex.passive_auxiliaries and lex.passive_auxiliaries.search(text, seller.end, buyer.start))
    return [buyer.name], seller.name, "acquisition" if passive else frame.cue.type


def _owner_agent(text: str, party: Party, sentence: CharSpan, lex: DealLexicon) -> bool:
    """"Y, controlled by X", "die von X kontrollierte Y": X is named as Y's owner."""
    return _preceded_by(text, party.start, lex.owner_agents, sentence[0]) or bool(
        lex.owner_agents_after and lex.owner_agents_after.match(text, party.end, sentence[1]))


def _holding_roles(frame: Frame, passive: Party | None = None) -> Roles:
    """"X holds 19% of Y", "X, qui détient 80 % d'Y": a stake already held (an investment); "X,
    owner of Y", "X controls Y": control, an acquisition; "Y, owned by X": the agent holds the subject."""
    if passive is not None and frame.before:
        held_party = frame.subject()
        return [passive.name], held_party.name if held_party and held_party.name != passive.name else None, "investment"
    holder = frame.subject()
    held = next((p for p in frame.after if (not holder or p.name != holder.name)
                 and p.start - frame.cue.end <= HELD_REACH
                 and not HELD_BREAK.search(frame.text, frame.cue.end, p.start)), None)
    return ([holder.name] if holder else []), (held.name if held else None), frame.cue.type  # control: acquisition


SUPPLY_REACH = 40  # characters around a contract cue where "supply" / "Liefer-" says what it is for


OWNED_REACH = 30  # characters between "the largest shareholder of" and the company held


def _owner_roles(frame: Frame) -> Roles:
    """"X's largest shareholder, the fund Y", "son actionnaire de référence, Y", "sein Großaktionär
    Y": the party right after the noun holds the company named before it. With a genitive ("the
    largest shareholder of Y is X", "X, premier actionnaire de Y", "Größter Anteilseigner von Y ist
    X"), Y is held and the subject, else the next party, holds it."""
    text, cue = frame.text, frame.cue
    after = [p for p in frame.after if not re.search(r"[;:()\[\]–—.!?]", text[cue.end:p.start])]
    owned = next((p for p in after[:1] if p.start - cue.end <= OWNED_REACH
                  and _preceded_by(text, p.start, frame.lex.owner_markers, cue.end)), None)
    if owned is not None:
        subject = frame.subject()
        holder = subject if subject and subject.name != owned.name else next(
            (p for p in after if p.name != owned.name and p.start - owned.end <= HELD_REACH), None)
        return ([holder.name] if holder else []), owned.name, "investment"
    holder = next((p for p in after if p.start - cue.end <= HELD_REACH), None)
    held = next((p for p in reversed(frame.before) if holder is None or p.name != holder.name), None)
    return ([holder.name] if holder else []), (held.name if held else None), "investment"


def _contract_roles(frame: Frame, targeted: Party | None) -> Roles:
    """The subject contracts with its partner, which supplies it. The client pays: when the
    subject wins the contract ("X won a contract from Y") or the contract is for the subject to
    supply, deliver or license ("a contract to supply Y", "Liefervertrag mit Y", "contrat de
    fourniture avec Y") or a relative clause says the partner pays ("avec Y, qui lui versera"), the
    partner is the client."""
    lex, cue, text = frame.lex, frame.cue, frame.text
    partner = frame.marked(lex.source_markers, frame.after, cue.end) or frame.marked(
        lex.source_markers, frame.before[1:], frame.sentence[0])  # "X a signé avec Y un contrat"
    subject = frame.subject([p for p in frame.before if partner is None or p.name != partner.name])
    awarded = frame.marked(lex.award_markers, frame.after, cue.end) or frame.marked(
        lex.award_markers, frame.before[1:], frame.sentence[0])  # "La RATP a attribué à X un contrat"
    # "the contract that X was awarded by Y", "im Auftrag von Y" (the cue inside the marker)
    awarder = frame.marked(lex.award_agents, frame.before[1:] + frame.after, frame.sentence[0])
    if awarded or awarder:  # "the supply contract was awarded to X": X supplies whoever awards it
        return _awarded_roles(frame, awarded, awarder, subject)
    counterpart = partner or targeted or (frame.after[0] if frame.after else None)
    if subject and counterpart and counterpart.name != subject.name and (
            (lex.payer_relatives and lex.payer_relatives.match(text, counterpart.end))  # "avec Y, qui lui versera"
            or (lex.supplier_verbs and lex.supplier_verbs.search(text, subject.end, cue.start))
            or (lex.supply_words and lex.supply_words.search(
                text, max(frame.sentence[0], cue.start - SUPPLY_REACH), min(frame.sentence[1], cue.end + SUPPLY_REACH)))):
        return [counterpart.name], subject.name, cue.type
    return ([subject.name] if subject else []), (counterpart.name if counterpart else None), cue.type


def _awarded_roles(frame: Frame, awarded: Party | None, awarder: Party | None, subject: Party | None) -> Roles:
    """An awarded contract: the party it is awarded to supplies (else the subject, else another party
    of the sentence); the party awarding it (the agent of "awarded by", else the last one named
    before) is the client."""
    others = [p for p in frame.before + frame.after if awarder is None or p.name != awarder.name]
    supplier = awarded or (subject if subject and subject in others else None) or next(iter(others), None)
    client = awarder or next((p for p in reversed(frame.before) if supplier is None or p.name != supplier.name), None)
    return ([client.name] if client else []), (supplier.name if supplier else None), frame.cue.type


def _investment_roles(frame: Frame, passive: Party | None, targeted: Party | None) -> Roles:
    """Investments, partnerships and share sales: the subject (or the passive agent) puts money into
    the party a target marker names."""
    before, after, cue = frame.before, frame.after, frame.cue
    investors: list[str] = []
    target: str | None = None
    if passive:
        investors = [passive.name]
        if not targeted and before:
            target = before[-1].name  # "X (soutenue par Y)", "X, backed by Y"
    elif before:
        investors = frame.acting(frame.subject())
    elif after and targeted and after[0] is not targeted:
        investors = [after[0].name]
    if targeted:
        target = targeted.name
    elif cue.kind == "partnership" and len(before) >= 2:
        chain = _party_list_after(frame.text, before[-2], before, frame.lex)
        investors, target = [chain[0].name], chain[-1].name
    elif cue.kind == "share_sale":
        target, investors = (before[-1].name if before else None), []
    return investors, target, "investment" if cue.kind == "partnership" else cue.type


AUXILIARY_AFTER = 12  # "übernommen werden", "gekauft worden": the auxiliary may follow the participle
PASSIVE_REACH = 25  # characters between a passive auxiliary and its participle ("was quietly acquired")


def _passive_verb(text: str, cue: Cue, lex: DealLexicon) -> bool:
    """The cue is a participle in a passive ("was acquired", "fue adquirida", "a été rachetée",
    "is to be bought"): an auxiliary stands right before it."""
    if lex.passive_auxiliaries is None:
        return False
    window = text[max(0, cue.start - PASSIVE_REACH):cue.start]
    return any(not re.search(r"[,;:.]", window[m.end():]) and len(window[m.end():].split()) <= 1
               for m in lex.passive_auxiliaries.finditer(window))


def _agent_before_final_verb(text: str, cue: Cue, sentence: CharSpan, before: Sequence[Party],
                             lex: DealLexicon) -> Party | None:
    """The agent of a passive whose verb closes the clause ("Y wurde 2021 von X übernommen"):
    a passive auxiliary earlier in the sentence and a party marked as the agent before the verb."""
    if not (lex.agent_before_verb and lex.passive_auxiliaries and before):
        return None
    if not lex.passive_auxiliaries.search(text, sentence[0], min(sentence[1], cue.end + AUXILIARY_AFTER)):
        return None  # "Y wurde von X übernommen", "Y soll von X übernommen werden"
    return next((p for p in reversed(before) if _preceded_by(text, p.start, lex.agent_before_verb, sentence[0])), None)


def clause_around(text: str, start: int, end: int, sentence: CharSpan) -> CharSpan:
    """Extend [start, end) to the clause boundaries (punctuation) inside the sentence."""
    s_start, s_end = sentence
    left = start
    for match in CLAUSE_BREAK.finditer(text, s_start, start):
        left = match.end()
    if left == start:
        left = s_start if not CLAUSE_BREAK.search(text, s_start, start) else left
    right_match = CLAUSE_BREAK.search(text, end, s_end)
    return left, right_match.start() if right_match else s_end


NEGATION_BEFORE, NEGATION_AFTER = 30, 12  # "has not held talks", "keine Gespräche"; "ne négocie pas"
DENIABLE = ("negotiating", "considering")  # "did not confirm" is no denial; "no talks" is


def find_status(text: str, spans: Sequence[CharSpan], lex: DealLexicon) -> str | None:
    """The most decisive status cue in the first span that has one; talks or plans negated
    right there ("we are not in talks", "keine Gespräche") are denied."""
    for start, end in spans:
        for pattern, status in lex.statuses:
            found = pattern.search(text, start, end)
            if found:
                if status in DENIABLE and _negated(text, found, (start, end), lex):
                    return "denied"
                if status in TENTATIVE_STATUSES:
                    return _ended(text, found.end(), spans[-1], lex) or status
                return status
    return None


def _ended(text: str, start: int, sentence: CharSpan, lex: DealLexicon) -> str | None:
    """"talks to sell X had ended without agreement", "las negociaciones se rompieron": a call-off or a
    freeze said later in the sentence of the talks or plans is their latest word."""
    later = [(found.start(), status) for pattern, status in lex.statuses if status in ("cancelled", "on_hold")
             for found in [pattern.search(text, start, sentence[1])] if found]
    return min(later)[1] if later else None


def _negated(text: str, cue: re.Match[str], span: CharSpan, lex: DealLexicon) -> bool:
    if lex.negation is None:
        return False
    left = max(span[0], cue.start() - NEGATION_BEFORE)
    right = min(span[1], cue.end() + NEGATION_AFTER)
    return lex.negation.search(text, left, cue.start()) is not None or lex.negation.search(text, cue.end(), right) is not None


def iso_partial(mention: DateMention) -> str | None:
    """A date mention as the ISO partial date a deal record holds: a day, a month or a
    year, the most precise one that contains the whole interval."""
    start, end = mention.start_date, mention.end_date or mention.start_date
    if not start:
        return None
    if start == end:
        return start
    if start[:7] == end[:7]:
        return start[:7]
    return start[:4]


PARAGRAPH_REACH = 1500  # a "paragraph" never reaches further than this around a position


def _paragraph(text: str, position: int) -> CharSpan:
    """The line around `position`, clipped so a text without line breaks stays linear."""
    floor = max(0, position - PARAGRAPH_REACH)
    start = text.rfind("\n", floor, position) + 1 or floor
    end = text.find("\n", position, position + PARAGRAPH_REACH)
    return start, end if end >= 0 else min(len(text), position + PARAGRAPH_REACH)


def _money(amount: Amount | None) -> Money | None:
    if amount is None:
        return None
    return Money(value=amount.value, value_max=amount.value_max, currency=amount.currency, qualifier=amount.qualifier)


def extract_deals(doc: Doc, lang: str) -> list[Deal]:
    """Deal records of one article, merged by parties and amount, in order of first mention."""
    lex = deal_lexicon(lang)
    text = doc_text(doc)
    skip = skip_spans(doc)
    orgs: list[Organization] = doc._.newsx_orgs or []
    amounts: list[Amount] = doc._.newsx_amounts or []
    dates: list[DateMention] = doc._.newsx_dates or []
    parties = sorted((Party(o.name, m.start, m.end, o.kind) for o in orgs for m in o.mentions), key=lambda p: p.start)
    regulators = _regulators(text, parties, lex)
    companies = [p for p in parties if (p.kind != "media" or not _credited(text, p, lex)) and p.name not in regulators]
    party_index, company_index = SpanIndex(parties), SpanIndex(companies)
    amount_index = SpanIndex(sorted((a for a in amounts if not inside_any(a.start, a.end, skip)), key=lambda a: a.start))
    date_index = SpanIndex(sorted(dates, key=lambda d: d.start))
    described = described_mentions(text, companies, lex)
    parsed = doc.has_annotation("DEP")  # scans every token: once per document
    anchor = doc._.newsx_anchor.isoformat() if doc._.newsx_anchor else None
    sentences = [s for s in sentence_spans(doc) if not inside_any(s[0], s[1], skip)
                 or any(not inside_any(p.start, p.end, skip) for p in party_index.within(*s))]

    def collect(default_target: str | None) -> list[DealMention]:
        found: list[DealMention] = []
        previous_subject: str | None = None
        talks: Talks | None = None
        for sentence in sentences:
            s_start, s_end = sentence
            sent_parties = company_index.within(s_start, s_end)
            subject = _subject_company(doc, sentence, sent_parties, parsed)
            if is_question(text, sentence):  # "Will Kestrel invest $1bn?" asks, it reports nothing
                previous_subject = subject
                continue
            if not sent_parties and previous_subject is None:
                _read_unnamed(text, sentence, amount_index.within(s_start, s_end), found, lex)
                continue
            cues = [c for c in find_cues(text, s_start, s_end, lex)  # "Ekholm Invest": a name, not a verb
                    if not any(c.start < p.end and p.start < c.end for p in party_index.within(c.start - 80, c.end))]
            sent_amounts = amount_index.within(s_start, s_end)
            sent_parties = _with_described_parties(text, sentence, sent_parties, described, lex)
            sent_parties = _with_subject_anaphor(text, sentence, sent_parties, previous_subject, lex,
                                                 cues[0].start if cues else None)
            if _continues_round(text, sentence, sent_parties, cues, found, lex):
                previous_subject = subject
                continue
            new = _sentence_mentions(text, sentence, cues, sent_amounts, sent_parties, party_index, date_index,
                                     default_target, lex, anchor) if sent_parties else []
            if new:
                subject = _take_new(text, new, found, subject, talks, lex)
            elif found and _priced_by_anaphora(text, sentence, sent_amounts, sent_parties, found, lex):
                pass
            elif found and {p.name for p in sent_parties} <= {*found[-1].investors, found[-1].target}:
                _apply_anaphoric_status(text, sentence, found, lex, named=bool(sent_parties and cues),
                                        other_price=_prices_another_version(sent_amounts, found[-1]),
                                        parties=bool(sent_parties))
            previous_subject = subject
            talks = None if new else _talks(text, sentence, sent_parties, lex)
        return found

    explicit = collect(None)
    return merge_mentions(text, collect(_default_target(explicit, companies)) if explicit else explicit)


Talks = tuple[str, frozenset[str]]  # a tentative status a sentence gives, and the parties it names


def _talks(text: str, sentence: CharSpan, parties: Sequence[Party], lex: DealLexicon) -> Talks | None:
    """"Verhandelt wird außerdem mit Y", "X is in talks with Y": a sentence naming parties in talks
    without a deal of its own; the deal the next sentence tells is what they talk about (a search
    for partners is no talks: an offer answers it)."""
    status = find_status(text, [sentence], lex)
    return (status, frozenset(p.name for p in parties)) if status == "negotiating" and parties else None


def _take_new(text: str, new: list[DealMention], found: list[DealMention], subject: str | None,
              talks: Talks | None, lex: DealLexicon) -> str | None:
    """Record a sentence's deals, with the status of talks the sentence before named their target in
    when their own sentence says nothing of it; return who acts on ("Y fue adquirida por X. El grupo
    ...": the buyer; "X raised ... It": X)."""
    for mention in new:
        if (talks is not None and mention.target in talks[1] and not mention.held
                and find_status(text, [mention.evidence], lex) is None):
            mention.status = talks[0]  # "Mit Y wird verhandelt. X will Y kaufen": negotiating
    found.extend(new)
    acting = next((m.target if m.type == "funding_round" else m.investors[0]
                   for m in reversed(new) if m.type == "funding_round" or len(m.investors) == 1), None)
    return acting or subject


ROUND_KINDS = ("round", "raise", "invest")  # cues a sentence naming a round's investors may hold
ROUND_REACH = 800  # characters after a round's sentence where its investors may still be named


def _continues_round(text: str, sentence: CharSpan, parties: Sequence[Party], cues: Sequence[Cue],
                     found: Sequence[DealMention], lex: DealLexicon) -> bool:
    """"X raised 200 million. The round was led by A, with participation from B and C", "B and
    C joined the round": a sentence whose parties all come in through a participation marker,
    through "led by" beside a round noun, or as subjects of a joining verb, shortly after the
    latest funding round, names that round's investors ("It works with D" names none)."""
    latest = next((m for m in reversed(found) if m.type == "funding_round"), None)
    if latest is None or not parties or sentence[0] - latest.evidence[1] > ROUND_REACH:
        return False
    if any(c.kind not in ROUND_KINDS for c in cues) or find_status(text, [sentence], lex) in TENTATIVE_STATUSES:
        return False  # "it also signed an agreement with D", "it is in talks with D about an investment": another deal
    parties = [p for k, p in enumerate(parties) if not (k and _apposed_owner(text, parties[k - 1], p, lex))]
    names: list[str] = []
    joining = lex.round_joining.search(text, *sentence) if lex.round_joining is not None else None
    round_named = bool(cues) or bool(lex.anaphora and lex.anaphora.search(text, *sentence))  # "the round/l'opération was led by A"
    for party in parties:
        if party.name in names or party.name == latest.target:
            continue
        if joining is not None and (party.end <= joining.start() or " " in joining.group().strip()):
            # "B and the Dutch bank C joined the round, as did D"; "joined X last year" names only its subject
            names.append(party.name)
            continue
        if (round_named and _preceded_by(text, party.start, lex.source_markers, sentence[0])) or \
                _preceded_by(text, party.start, lex.participation_markers, sentence[0]):
            names += [p.name for p in _party_list_after(text, party, parties, lex, described=True) if p.name not in names]
    if not names or any(p.name not in names and p.name != latest.target for p in parties):
        return False
    latest.investors = tuple(sorted(set(latest.investors) | set(names)))
    status = find_status(text, [sentence], lex)
    if status in DECISIVE_STATUSES:  # "Lumora raises $210m" (headline), then "Lumora has raised ...": done
        latest.later_statuses.append((sentence[0], status))
    return True


APPOSITION_WORDS = 5  # words of an apposition before its relation word ("the venture arm of")


def _apposed_owner(text: str, previous: Party, party: Party, lex: DealLexicon) -> bool:
    """"C Ventures, the venture arm of utility C Power": a company named inside another one's apposition
    (an article, a noun, a relation word), describes it; it takes no part itself."""
    between = text[previous.end:party.start]
    words = re.findall(r"[^\W\d_][\w'’-]*", between)
    if not between.lstrip().startswith(",") or not words or len(words) > APPOSITION_WORDS + 2 or re.search(r"[;:.()]", between):
        return False
    relation = next((k for k in range(len(words) - 1, -1, -1) if words[k].lower() in lex.relation_words), None)
    return (relation is not None and relation >= 1 and words[0].lower() in lex.article_words
            and all(w[:1].islower() for w in words[relation + 1:]))


OPENING_QUOTES = ("«", "„", "“", '"', "‹", "‚")  # a publication's title is quoted: „Manager Magazin“
REPORT_REACH = 40  # characters around an outlet's name looked at
CREDIT_REACH = 24  # "X reported", "X a rapporté": the credit stands right after the name


REGULATOR_REACH = 60  # characters of a description around a name: "Finsyn, the Swedish financial regulator,"


def _regulators(text: str, parties: Sequence[Party], lex: DealLexicon) -> frozenset[str]:
    """Organisations that approve or block deals and take part in none: a regulator word in
    the name ("Bundeskartellamt", "Autorité de la concurrence") or in a description right
    before or after it ("the regulator Finsyn", "Finsyn, the Swedish financial regulator"),
    an approval it gives ("approval from X", "el visto bueno de X") or a ruling verb right
    after it ("X cleared", "X a autorisé", "X untersagte")."""
    if lex.regulators is None:
        return frozenset()
    found = set()
    for party in parties:
        before = text[max(0, party.start - REGULATOR_REACH):party.start]
        before = before[before.rfind(",") + 1:] if "," in before else before
        after = re.match(r",([^,.;:()]{1,%d})[,.;)]" % REGULATOR_REACH, text[party.end:party.end + REGULATOR_REACH + 2])
        if lex.regulators.search(party.name) or (after and lex.regulators.search(after.group(1))) or (
                lex.introducing and (intro := lex.introducing.search(before)) and lex.regulators.search(intro.group("words"))):
            found.add(party.name)
        elif _preceded_by(text, party.start, lex.approval_markers, 0) or (
                lex.ruling_verbs and lex.ruling_verbs.match(text, party.end) and _first_in_clause(text, party, parties)):
            found.add(party.name)  # "approval from X", "X cleared the deal"; not "die Übernahme durch X untersagt"
    return frozenset(found)


def _first_in_clause(text: str, party: Party, parties: Sequence[Party]) -> bool:
    """No other party before it in its clause: the subject of the verb after it, not an object
    before a German final verb ("die Fusion zwischen A und B untersagt")."""
    previous = [p for p in parties if p.end <= party.start]
    return not previous or bool(re.search(r"[.!?;:,\n]", text[previous[-1].end:party.start]))


def _credited(text: str, party: Party, lex: DealLexicon) -> bool:
    """A media outlet credited for the news ("according to X", "X reported", "(Reuters)"), not a
    party to a deal; a media group named otherwise ("X, owner of Y, agreed to sell it") is one."""
    before = re.split(r"[,;:]", text[max(0, party.start - REPORT_REACH):party.start])[-1]  # "Según A, B compró C": not C
    after = text[party.end:party.end + REPORT_REACH]
    return (before.rstrip().endswith(("(", *OPENING_QUOTES)) or lex.report_cues is None
            or lex.report_cues.search(before) is not None
            or lex.report_cues.search(after, 0, CREDIT_REACH) is not None)


QUESTION_END = re.compile(r"[?？]\W*$")


def is_question(text: str, sentence: CharSpan) -> bool:
    """A sentence ending with a question mark (closing quotes and brackets aside)."""
    return QUESTION_END.search(text[sentence[0]:sentence[1]].rstrip()) is not None


def _default_target(mentions: Sequence[DealMention], companies: Sequence[Party]) -> str | None:
    """The article's deal topic: the receiver its deal sentences name most often with both roles,
    ties going to the company the article names most. A priced sentence that leaves its target
    implicit ("X would invest a further 30 billion", "the rival offered 200 million") is about
    it. (Measured on the development articles in four languages: deal F1 0.244 without this
    document-level slot filling, 0.270 with it; the latest explicit target instead gives 0.235.)"""
    targets = Counter(m.target for m in mentions if m.explicit_roles == 2)
    if not targets:
        return None
    mentioned = Counter(p.name for p in companies)
    ranked = sorted(targets, key=lambda name: (-targets[name], -mentioned[name], name))
    best = ranked[0]
    if len(ranked) > 1 and (targets[ranked[1]], mentioned[ranked[1]]) == (targets[best], mentioned[best]):
        return None
    return best


def _subject_company(doc: Doc, sentence: CharSpan, inside: Sequence[Party], parsed: bool) -> str | None:
    """The company the sentence is about (`inside`: the companies it names): its grammatical
    subject where a parse exists, else the first one. A following "the company ..." refers to it."""
    if not inside:
        return None
    if parsed:
        tokens = list(doc.char_span(sentence[0], sentence[1], alignment_mode="expand") or ())

        def party_of(token) -> str | None:
            return next((p.name for p in inside if p.start <= token.idx < p.end), None)

        subjects = [party_of(t) for t in tokens if t.dep_.startswith("nsubj")]
        attached = [party_of(t) for t in tokens if t.head.dep_ == "ROOT" and t.i < t.head.i
                    and not t.dep_.startswith(("obl", "nmod"))]
        for name in subjects + attached:
            if name:
                return name
    return inside[0].name


Descriptions = dict[str, list[tuple[int, str]]]  # description word folded -> (position, organisation), in order
DESCRIPTION_WORD_LENGTH = 4  # shorter words of a description ("big", "new") name nothing alone


def described_mentions(text: str, parties: Sequence[Party], lex: DealLexicon) -> Descriptions:
    """The descriptions the article gives its organisations, in order: the words of a definite
    description right before a name ("la constructora X", "the Swedish pension fund X", "der
    Zulieferer X") and the description nouns a name holds ("Club Deportivo X" is a club). A
    later "the fund", "la constructora", "den Zulieferer" names the latest of them."""
    if lex.introducing is None:
        return {}
    found: list[tuple[int, str, str]] = []
    for party in parties:
        match = lex.introducing.search(text, max(0, party.start - 60), party.start)
        words = match.group("words").split() if match else []
        if words and not any(w.casefold() in lex.relation_words for w in words) \
                and not find_cues(text, match.start("words"), match.end("words"), lex):  # "den Verkauf von X": an event
            found.extend((party.start, word.casefold(), party.name) for word in words if len(word) >= DESCRIPTION_WORD_LENGTH)
        for word in re.finditer(r"[^\W\d_][\w-]*", party.name):
            if word.group().casefold() in lex.description_nouns:
                found.append((party.start, word.group().casefold(), party.name))
    by_word: Descriptions = {}
    for position, word, name in sorted(found):
        by_word.setdefault(word, []).append((position, name))
    return by_word


def _with_described_parties(text: str, sentence: CharSpan, parties: list[Party],
                            described: Descriptions, lex: DealLexicon) -> list[Party]:
    """A definite description in the sentence that no name follows ("del club andaluz", "dans
    le chausseur", "the unit") stands for the latest organisation the article described so."""
    if not described or lex.article is None:
        return parties
    added: list[Party] = []
    for match in lex.article.finditer(text, sentence[0], sentence[1]):
        words = [(match.group(g).casefold(), match.end(g)) for g in ("first", "second") if match.group(g)]
        known = [(word, end) for word, end in words if word in described]
        if not known:
            continue
        noun, end = known[0][0], known[-1][1]  # "the fund for": the noun may be the first word
        if any(p.start < end and match.start() < p.end for p in parties) or any(
                0 <= p.start - end <= 3 or (p.start >= end and _introduces(text[end:p.start], lex)) for p in parties):
            continue  # a name, or a description that introduces one
        name = next((n for position, n in reversed(described[noun]) if position < match.start()), None)
        if name is not None and not any(p.name == name for p in parties + added):
            added.append(Party(name, match.start(), end, "company"))
    return sorted(parties + added, key=lambda p: p.start) if added else parties


def _with_subject_anaphor(text: str, sentence: CharSpan, parties: list[Party], previous_subject: str | None,
                          lex: DealLexicon, first_cue: int | None = None) -> list[Party]:
    """"Im März hatte der Konzern 80 Millionen Euro ... investiert", "It sweetened the offer",
    "L'entreprise a annoncé ...": a definite description of a company ("the group", "el fondo
    canadiense", "der Konzern") or a subject pronoun opening the sentence stands for the company
    the story is about (the previous sentence's subject), when it stands on the subject's side of
    the sentence's first deal cue. A description right before or after a name is that name's
    apposition ("the lender Norvale Bank", "Ostra, the trading house"), not an anaphor."""
    if previous_subject is None:
        return parties
    found = []
    if lex.descriptions is not None:
        for match in lex.descriptions.finditer(text, sentence[0], first_cue if first_cue is not None else sentence[1]):
            if any(p.start < match.end() and match.start() < p.end for p in parties):
                continue
            if any(0 <= match.start() - p.end <= 3 or (p.start >= match.end() and _introduces(text[match.end():p.start], lex))
                   for p in parties):
                continue  # an apposition: "the lender Norvale Bank", "Ostra, the Japanese trading house"
            found.append(Party(previous_subject, match.start(), match.end(), "company"))
    if lex.subject_pronouns is not None:
        match = lex.subject_pronouns.match(text, sentence[0], sentence[1])
        if match is not None:
            found.insert(0, Party(previous_subject, match.start(), match.end(), "company"))
    if not found or any(p.name == previous_subject and p.start < found[0].start for p in parties):
        return parties  # the sentence named the company before describing it
    return sorted(parties + found[:1], key=lambda p: p.start)


def _read_unnamed(text: str, sentence: CharSpan, amounts: Sequence[Amount], found: list[DealMention],
                  lex: DealLexicon) -> None:
    """A sentence that names nobody after one that named nobody either: the last deal's price ("La operación
    se cerró el lunes. El precio asciende a 145 millones") or its later status."""
    if not (found and _priced_by_anaphora(text, sentence, amounts, [], found, lex)):
        _apply_anaphoric_status(text, sentence, found, lex)


def _priced_by_anaphora(text: str, sentence: CharSpan, amounts: Sequence[Amount], parties: Sequence[Party],
                        found: list[DealMention], lex: DealLexicon) -> bool:
    """"X completed the acquisition of Y. The transaction is worth 1.4 billion", "... X paid about
    80 million": a sentence that names no other party and prices "the deal" / "la transaction" /
    "die Übernahme", or says what was paid, gives the last deal, named without a price, its price."""
    k, last = next(((k, m) for k, m in reversed(list(enumerate(found))) if not m.held), (-1, None))
    anaphor = lex.anaphora.search(text, *sentence) if lex.anaphora is not None else None
    paid = anaphor is None and any(c.kind == "pay" for c in find_cues(text, *sentence, lex))  # "X paid 80 million"
    if last is None or not (anaphor or paid) or any(p.name not in (*last.investors, last.target) for p in parties):
        return False
    roles = DEAL_ROLES + ("other",) + (("valuation",) if last.type == "acquisition" else ())  # "the deal values Y at"
    priced = [a for a in _drop_conversions(text, list(amounts), lex)
              if (a.role in roles and not _non_deal_amount(text, a, sentence[0], lex)
                  and (a.role != "valuation" or (anaphor is not None and anaphor.start() < a.start)))]
    if not priced or last.amount is not None:
        return False  # a new price for a priced deal is a version: its status goes to the last one
    found[k] = replace(last, amount=priced[0], evidence=sentence,  # one deal, now priced: not two records
                       status=find_status(text, [sentence], lex) or last.status,
                       later_statuses=[(last.evidence[0], last.status), *last.later_statuses])
    return True


def _introduces(between: str, lex: DealLexicon) -> bool:
    """Whether a description ends right before the name it introduces: nothing between, an
    adjective ("el fondo soberano X") or a complement ("la société de production X", "the maker
    of chips X")."""
    if len(between) > 40:
        return False
    words = between.split()
    adjective = len(words) == 1 and words[0].islower() and not find_cues(between, 0, len(between), lex) \
        and not (lex.report_cues and lex.report_cues.search(between))  # "the group acquired X": a verb, no adjective
    return (not words or adjective  # "el fondo soberano X", "le groupe suédois X"
            or (len(words) == 2 and words[0].lower() in lex.relation_words and words[1].islower()))


def _prices_another_version(amounts: Sequence[Amount], mention: DealMention) -> bool:
    """"an earlier approach worth £1.7bn, which the board rejected": a sentence with its own price
    speaks of another version, and its status is not the last deal's."""
    if not amounts or mention.amount is None:
        return False
    price = mention.amount.value
    return all(abs(a.value - price) > AMOUNT_TOLERANCE * price for a in amounts)


def _apply_anaphoric_status(text: str, sentence: CharSpan, mentions: list[DealMention], lex: DealLexicon,
                            named: bool = False, other_price: bool = False, parties: bool = False) -> None:
    """"Two months later the deal was called off", "Le partenariat entre A et B a été
    suspendu", "It was turned down in May": a decisive status about the deal mentioned last,
    said through "the deal", a pronoun subject of a passive, or by naming its parties with a
    deal noun. A sentence pricing another version only tells that the last one was reduced ("a
    smaller stake of a few billions"); its rejection or cancellation is that other version's."""
    if not mentions:
        return
    status = find_status(text, [sentence], lex)
    pronoun = lex.passive_openings is not None and lex.passive_openings.match(text, *sentence)  # "It was turned down"
    if not (named or pronoun or (lex.anaphora is not None and lex.anaphora.search(text, *sentence))
            or (status == "denied" and parties)):
        return  # a denial needs no deal noun: "Kelder hatte das dementiert", "The company dismissed the report"
    if other_price and status != "reduced":
        return
    last = mentions[-1]
    reported = last.status in TENTATIVE_STATUSES or (last.status == "announced" and bool(last.reported_by))
    if status in LATER_STATUSES or (status == "denied" and reported  # a report's plan, denied by a party
                                    and not any(s in DECISIVE_STATUSES for _, s in last.later_statuses)):
        last.later_statuses.append((sentence[0], status))  # "X denied the report": a rumour denied


CONTROL_SHARE = 50.0  # half a company's capital or more is control: an acquisition, not an investment
STAKE_WORDS_REACH = 2  # words between a percentage and its share noun ("a 20% minority stake")
STAKE_PARTY_REACH = 40  # characters between "5 % du capital de" and the company whose capital it is


def stake_size(text: str, span: CharSpan, parties: Sequence[Party], lex: DealLexicon) -> tuple[str | None, Party | None]:
    """("control" | "minority" | None, the company named as the one whose share it is) for the
    share a clause says changes hands: a percentage followed by a share noun ("a 20% stake",
    "5 % du capital de Y") or by a relation and a company ("80 % d'Y", "el 50 % de Y"), or
    right after "à"/"zu" ("cédée à 75 %"); "majority" and "minority" words tell it without a figure.
    Any other percentage (a premium, a rise, a rate) says nothing of the stake."""
    grammar = lex.stakes
    if grammar is None:
        return None, None
    start, end = span
    for match in grammar.percent.finditer(text, start, end):
        rest = text[match.end():end]
        named = next((p for p in parties if match.end() <= p.start <= match.end() + STAKE_PARTY_REACH and p.end <= end), None)
        noun = grammar.share_words and grammar.share_words.match(_skip_words(rest, STAKE_WORDS_REACH, grammar))
        related = named is not None and grammar.relations and grammar.relations.match(rest.lstrip())
        noun_first = grammar.noun_before and grammar.noun_before.search(text, max(start, match.start() - 40), match.start())
        if noun or noun_first or related or _preceded_by(text, match.start(), grammar.preceders, start):
            size = float(match.group("pct").replace(",", "."))
            return ("control" if size >= CONTROL_SHARE else "minority"), named
    for words, size in ((grammar.control, "control"), (grammar.minority, "minority")):
        if words and words.search(text, start, end):
            return size, None
    return None, None


def _skip_words(rest: str, most: int, grammar: StakeGrammar) -> str:
    """The text after a percentage from its share noun on, up to `most` words (adjectives) later."""
    rest = rest.lstrip()
    for _ in range(most):
        if grammar.share_words and grammar.share_words.match(rest):
            break
        word = re.match(r"[^\W\d_][\w'’-]*\s+", rest)
        if word is None:
            break
        rest = rest[word.end():]
    return rest


STAKE_TYPED = frozenset({"acquisition", "investment", "share_sale"})


def type_by_stake(text: str, cue: Cue, clause: CharSpan, parties: Sequence[Party], target: str | None,
                  deal_type: str, lex: DealLexicon) -> str:
    """A deal's type from the share that changes hands: control is an acquisition, a minority
    stake an investment, and a holder's sale of part of another company ("X sold 5% of Y to Z")
    a share sale; a company selling a stake in itself takes in an investment."""
    if deal_type not in STAKE_TYPED or cue.kind in ("owned_by", "share_sale"):
        return deal_type
    size, named = stake_size(text, clause, parties, lex)
    if size is None:
        return deal_type
    if size == "control":
        return "acquisition"
    if cue.kind == "sell":
        return "share_sale" if named is not None and named.name == target else "investment"
    return "investment"


DONE_KINDS = frozenset({"acquire", "invest", "raise", "round", "sell"})  # a bid or a contract dated in the past may still be open


def _past_event_status(cue: Cue, date: str | None, anchor: str | None) -> str | None:
    """A purchase, a sale, an investment or a round that the sentence dates before the article's
    month, with no word on its status, happened: "X's acquisition of Y last year", "su
    compra de Y en 2018", "Ys Übernahme 2021"."""
    if cue.kind not in DONE_KINDS or not date or not anchor:
        return None
    month = date[:7]
    return "completed" if month < anchor[:len(month)] else None  # a day this month is still news


def _sentence_mentions(text: str, sentence: CharSpan, cues: list[Cue], amounts: list[Amount],
                       parties: list[Party], all_parties: SpanIndex, dates: SpanIndex,
                       default_target: str | None, lex: DealLexicon, anchor: str | None = None) -> list[DealMention]:
    s_start, s_end = sentence
    if any(c.kind == "contract" for c in cues):
        cues = [c for c in cues if c.kind != "pay"]  # "a contract under which Y will pay 12 million": the contract's price
    amounts = _drop_conversions(text, amounts, lex)  # "$520m (about 1.75bn soles)": one amount, not two
    amounts = [a for a in amounts if not _non_deal_amount(text, a, s_start, lex)]
    parties = [p for p in parties if not _preceded_by(text, p.start, lex.listing_markers, s_start)
               and not _preceded_by(text, p.start, lex.attribution_markers, s_start)]  # "según la consultora X": a source
    valuation = next((a for a in amounts if a.role == "valuation"), None)
    priced_cues = any(c.kind in OTHER_AMOUNT_CUES for c in cues)
    deal_amounts = [a for a in amounts if a.role in DEAL_ROLES or (a.role == "other" and priced_cues)]
    if not deal_amounts and valuation and any(c.kind in ("acquire", "bid") for c in cues):
        deal_amounts, valuation = [valuation], None  # "une OPA ... valorisée à 12 milliards": the price of the deal
    anchors: list[tuple[Cue, Amount | None]] = []
    purpose = purpose_end(text, sentence, lex)  # "To help pay for the bid, X raised 450 million": the raise's
    for amount in deal_amounts:
        cue = _governing_cue(text, [c for c in cues if c.start >= purpose or amount.end <= purpose], amount, parties) or Cue(
            {"fundraise": "raise", "contract": "contract"}.get(amount.role, "invest"),
            {"fundraise": "funding_round", "contract": "commercial_contract"}.get(amount.role, "investment"),
            amount.start, amount.end, implicit=True)
        anchors.append((cue, amount))
    anchors += _amountless_anchors(text, sentence, cues, [cue for cue, _ in anchors], parties, lex)
    mentions = []
    for cue, amount in anchors:
        following = [c.start for c in cues if c.start >= cue.end and not c.implicit and c.kind in FRAME_OPENERS
                     and c.kind not in ONE_FRAME.get(cue.kind, (cue.kind,))]
        preceding = [c.end for c in cues if c.end <= cue.start and not c.implicit and c.kind in FRAME_OPENERS]
        investors, target, deal_type = assign_roles(text, cue, sentence, parties, lex, min(following, default=None),
                                                    max(preceding, default=None))
        explicit = bool(investors) + bool(target)
        if target is None and amount is not None and default_target and default_target not in investors:
            target = default_target
        if target is None or target in investors or (not investors and deal_type not in ("funding_round", "share_sale")):
            continue
        if amount is None and deal_type == "funding_round" and not investors:
            continue
        deal_type = type_by_stake(text, cue, _target_clause(text, cue, target, parties, sentence), parties, target,
                                  deal_type, lex)
        if deal_type == "investment" and lex.infrastructure and cue.kind == "partnership" \
                and lex.infrastructure.search(text, s_start, s_end):
            deal_type = "infrastructure_partnership"
        low, high = min(cue.start, amount.start if amount else cue.start), max(cue.end, amount.end if amount else cue.end)
        investor_party = next((p for p in parties if p.name in investors and p.end <= low), None)
        clause = clause_around(text, investor_party.start if investor_party and amount else low, high, sentence)
        mention_date, dated_here = _mention_date(text, dates, sentence, low, lex)
        status = (HELD_STATUS.get(cue.kind) or find_status(text, [clause] if len(deal_amounts) > 1 else [clause, sentence], lex)  # a stake held is so whatever else the sentence says
                  or _past_event_status(cue, mention_date if dated_here else None, anchor)
                  or DEFAULT_STATUS.get(deal_type, "announced"))
        mentions.append(DealMention(
            investors=tuple(sorted(investors)), target=target, type=deal_type, amount=amount,
            valuation=valuation if valuation is not amount else None, status=status,
            date=mention_date, date_in_sentence=dated_here, reported_by=_reporters(text, all_parties, sentence),
            evidence=sentence, explicit_roles=explicit, held=cue.kind in HELD_STATUS,
        ))
    return _join_round_parts(mentions)


def _join_round_parts(mentions: list[DealMention]) -> list[DealMention]:
    """"Y raised 12 million in 2024, when A led a Series A": two cues of one sentence tell one round,
    one its sum and the other its investors; the unpriced part gives its investors to the priced one."""
    priced = [m for m in mentions if m.type == "funding_round" and m.amount is not None and not m.investors]
    joined = []
    for mention in mentions:
        home = next((m for m in priced if m.target == mention.target), None) if (
            mention.type == "funding_round" and mention.amount is None and mention.investors) else None
        if home is None:
            joined.append(mention)
        else:
            home.investors = tuple(sorted({*home.investors, *mention.investors}))
    return joined


# Cues that open a frame of their own ("and buys Y"); a stake, an agreement or a deal is mostly a noun
# inside the current one ("sell its stake in Y to Z", "buy Y in a deal worth").
def _target_clause(text: str, cue: Cue, target: str, parties: Sequence[Party], sentence: CharSpan) -> CharSpan:
    """The clause of a cue and of its target's nearest mention in the sentence: where the share
    bought or sold is told ("adquirir por 4.250 millones el 50 % de Y")."""
    named = [p for p in parties if p.name == target and sentence[0] <= p.start < sentence[1]]
    nearest = min(named, key=lambda p: abs(p.start - cue.start), default=None)
    low = min(cue.start, nearest.start) if nearest else cue.start
    high = max(cue.end, nearest.end) if nearest else cue.end
    return clause_around(text, low, high, sentence)


FRAME_OPENERS = frozenset({"acquire", "bid", "pay", "sell", "contract", "raise", "round", "share_sale"})
ONE_FRAME = {kind: ("raise", "round", "invest") for kind in ("raise", "round")}  # "raised N in a round led by"
ONE_FRAME["bid"] = ("bid", "acquire")  # "an offer to buy Y", "une offre de rachat de Y", "una oferta de compra"
AMOUNTLESS_KINDS = ("invest", "acquire", "bid", "sell", "contract", "round", "raise", "hold", "owned_by")


def _amountless_anchors(text: str, sentence: CharSpan, cues: Sequence[Cue], taken: Sequence[Cue],
                        parties: Sequence[Party], lex: DealLexicon) -> list[tuple[Cue, None]]:
    """A deal named without its price, one per clause that no priced cue already speaks for:
    "after X's purchase of Y for 2.9bn and Z's acquisition of W last year" reports two deals."""
    anchors: list[tuple[Cue, None]] = []
    covered = [_frame_span(text, c, cues, sentence, parties, lex) for c in taken]
    for cue in cues:
        if cue.kind not in AMOUNTLESS_KINDS or cue in taken or _anaphoric_cue(text, cue, sentence, parties, lex):
            continue
        if any(start <= cue.start < end for start, end in covered):
            continue
        anchors.append((cue, None))
        covered.append(_frame_span(text, cue, cues, sentence, parties, lex))
    return anchors


COMPLEMENT_REACH = 40  # characters from "the purchase of" to the party it is of


def _anaphoric_cue(text: str, cue: Cue, sentence: CharSpan, parties: Sequence[Party], lex: DealLexicon) -> bool:
    """"expects to complete the purchase", "la operación", "die Übernahme ruht": a definite deal
    noun with no complement naming what it is of speaks of a deal already reported."""
    if lex.anaphora is None:
        return False
    match = next((m for m in lex.anaphora.finditer(text, max(sentence[0], cue.start - 12), min(sentence[1], cue.end + 2))
                  if m.start() <= cue.start and cue.end <= m.end()), None)
    if match is None:
        return False
    following = re.match(r"\s*([^\W\d_]+['’]?)", text[match.end():match.end() + 30])
    word = following.group(1).lower() if following else ""
    if word not in lex.relation_words and word not in lex.article_words:
        return True
    return not any(match.end() <= p.start <= match.end() + COMPLEMENT_REACH
                   and not CLAUSE_BREAK.search(text, match.end(), p.start) for p in parties)  # "of Y", "d'Y", "der Vantor AG"


def _frame_span(text: str, cue: Cue, cues: Sequence[Cue], sentence: CharSpan, parties: Sequence[Party],
                lex: DealLexicon) -> CharSpan:
    """The clause of a cue, up to a coordinated frame with an agent of its own: "X's purchase of
    Y for 2.9bn and Z's acquisition of W" holds two frames in one clause, "an investment in Y's
    next round" one."""
    start, end = clause_around(text, cue.start, cue.end, sentence)
    following = [c.start for c in cues if cue.end <= c.start < end and c.kind in AMOUNTLESS_KINDS
                 and _coordinated_agent(text, cue.end, c.start, parties, lex)]
    return start, min(following, default=end)


PER_UNIT_REACH = 25  # "$38 per share": the unit follows the amount
NON_DEAL_REACH = 60  # characters before an amount where "revenue of", "chiffre d'affaires de", "las acciones de X subieron" may stand


def _coordinated_agent(text: str, start: int, end: int, parties: Sequence[Party], lex: DealLexicon) -> bool:
    """Between two cues, a conjunction and then a party: "... and Z's acquisition", "et Z rachète"."""
    words = [m for m in re.finditer(r"[^\W\d_]+", text[start:end]) if m.group().lower() in lex.conjunctions]
    if not words:
        return False
    after = start + words[-1].end()
    return any(after <= p.start and p.end <= end for p in parties)


def _non_deal_amount(text: str, amount: Amount, floor: int, lex: DealLexicon) -> bool:
    """Revenue, profit, debt or market value: a figure about a company, not a price anyone pays;
    a price per share is not the deal's either."""
    if lex.per_unit is not None and lex.per_unit.match(text[amount.end:amount.end + PER_UNIT_REACH].lstrip()):
        return True
    if lex.non_deal_amounts is None:
        return False
    window_start = max(floor, amount.start - NON_DEAL_REACH)
    return lex.non_deal_amounts.search(text, window_start, amount.start) is not None


def _drop_conversions(text: str, amounts: list[Amount], lex: DealLexicon) -> list[Amount]:
    """"5,1 milliards de dollars, soit 4,7 milliards d'euros": the converted figure is not another deal."""
    kept: list[Amount] = []
    for amount in amounts:
        prev = kept[-1] if kept else None
        between = text[prev.end:amount.start] if prev else ""
        if (prev and prev.currency != amount.currency and amount.start - prev.end < 25
                and (re.fullmatch(r"\s*[(\[]\s*", between) or (
                    lex.conversion_markers and lex.conversion_markers.search(text, prev.end, amount.start)))):
            continue  # "$520m (€480m)", "5,1 milliards de dollars, soit 4,7 milliards d'euros"
        kept.append(amount)
    return kept


TRANSACTION_KINDS = ("sell", "acquire", "bid", "pay", "share_sale")  # a sale, a takeover or a placement decides the deal's shape


VERB_FINAL_REACH = 100  # characters from an amount to the verb that closes its clause
ARGUMENT_BREAK = re.compile(r"[,;:–—]| - ")  # brackets stay inside the clause: "(about 690 million euros)"


OWN_CLAUSE_BREAK = re.compile(r"[,;]")  # a clause with its own subject may follow


def purpose_end(text: str, sentence: CharSpan, lex: DealLexicon) -> int:
    """End of an opening purpose clause ("To help pay for the bid,", "Pour financer le rachat,"),
    else the sentence's start: the deal it names does not govern the main clause's amounts."""
    purpose = lex.purpose_openings.match(text, sentence[0]) if lex.purpose_openings is not None else None
    comma = text.find(",", purpose.end(), sentence[1]) if purpose is not None else -1
    return comma + 1 if comma >= 0 else sentence[0]


def _governing_cue(text: str, cues: Sequence[Cue], amount: Amount, parties: Sequence[Party] = ()) -> Cue | None:
    """The cue that governs the amount: a sale or acquisition verb close before it, else the
    nearest cue before it, else the nearest after it; money raised through a placement of
    shares is that placement ("raise SEK 1bn through a placement of new shares")."""
    placement = next((c for c in cues if c.kind == "share_sale"), None)
    if placement is not None and not any(c.kind in ("sell", "acquire", "bid") for c in cues):
        return placement
    cues = [c for c in cues if c.kind not in ("hold", "owned_by")]  # a stake held is priced by no one
    before = [c for c in cues if c.end <= amount.start]
    after = [c for c in cues if c.start >= amount.end]
    closing = after[0] if after and after[0].start - amount.end <= VERB_FINAL_REACH \
        and not ARGUMENT_BREAK.search(text, amount.end, after[0].start) else None
    if closing is not None and before:
        comma = OWN_CLAUSE_BREAK.search(text, before[-1].end, amount.start)
        if comma and any(comma.end() <= p.start and p.end <= amount.start for p in parties):
            return closing  # "..., während Quadrel 420 Millionen Euro für Ostra bot": the verb of the amount's own clause
    close = [c for c in before if amount.start - c.end <= 80]
    transaction = [c for c in close if c.kind in TRANSACTION_KINDS]
    if transaction:
        return transaction[-1]
    earlier = [c for c in before if c.kind in TRANSACTION_KINDS]
    if close and close[-1].kind == "partnership" and earlier:
        return earlier[-1]  # "agreed to acquire X, a developer of ..., in a deal worth $4bn": the deal is that purchase
    if close:
        return close[-1]
    if after and (after[0].start - amount.end <= 40 or (
            after[0].start - amount.end <= VERB_FINAL_REACH and not ARGUMENT_BREAK.search(text, amount.end, after[0].start))):
        return after[0]  # "... für 780 Millionen Dollar (rund 690 Millionen Euro) von X übernommen": the verb closes the clause
    return before[-1] if before else None


DEADLINE_BOUNDS = ("before", "until", "after")  # "to close by the end of 2026": not when it happened


def _mention_date(text: str, dates: SpanIndex, sentence: CharSpan, position: int,
                  lex: DealLexicon) -> tuple[str | None, bool]:
    """The resolved date nearest the cue in its sentence, else the paragraph's; and
    whether it came from the sentence itself. Deadlines ("bis Ende März 2026") and
    founding dates ("founded in 2010") are not the deal's."""
    for start, end in (sentence, _paragraph(text, position)):
        candidates = [d for d in dates.within(start, end) if iso_partial(d) and d.bound not in DEADLINE_BOUNDS
                      and not (lex.founding and lex.founding.search(text, max(start, d.start - 30), min(end, d.end + 15)))]
        if candidates:
            return iso_partial(min(candidates, key=lambda d: abs(d.start - position))), (start, end) == sentence
    return None, False


def _reporters(text: str, parties: SpanIndex, sentence: CharSpan) -> tuple[str, ...]:
    """Media credited in the sentence, else in its paragraph."""
    for start, end in (sentence, _paragraph(text, sentence[0])):
        media = sorted({p.name for p in parties.within(start, end) if p.kind == "media"})
        if media:
            return tuple(media)
    return ()


def _amount_key(amount: Amount | None) -> tuple[float, float] | None:
    return None if amount is None else (round(amount.value, 2), round(amount.value_max or 0.0, 2))


def latest_word(statuses: Sequence[tuple[int, str]]) -> str:
    """The article's latest word on a deal: the last decisive status in reading order
    (signed, then frozen, then called off), else the most telling tentative one."""
    decisive = [entry for entry in statuses if entry[1] in DECISIVE_STATUSES]
    if any(status != "denied" for _, status in decisive):
        decisive = [entry for entry in decisive if entry[1] != "denied"]  # a deal that happened or died is no rumour
    if decisive:
        return max(decisive)[1]
    return min((status for _, status in statuses), key=STATUS_PRIORITY.index)


def _fold_amountless(merged: dict[tuple, list[DealMention]], headline_end: int) -> dict[tuple, list[DealMention]]:
    """A headline that names a deal without its price announces the priced version the article
    reports: it joins that version (the first one), giving it its status and date; so does a
    takeover named without its price (a company is bought once). Otherwise, in the body, a
    mention without an amount is a report of its own (a holding, a participation in a new round)."""
    folded: dict[tuple, list[DealMention]] = {}
    for key, group in merged.items():
        investors, target, amount_key = key
        priced = [k for k in merged if k[:2] == (investors, target) and k[2] is not None]
        if amount_key is not None or not priced:
            folded.setdefault(key, []).extend(group)
            continue
        for mention in group:
            bought = [k for k in priced if mention.type == "acquisition" and merged[k][0].type == "acquisition"]
            home = priced[0] if mention.evidence[0] < headline_end else (bought[0] if bought else key)
            folded.setdefault(home, []).append(mention)
    for group in folded.values():
        group.sort(key=lambda m: (m.amount is None, m.evidence[0]))
    return folded


def _headline_end(text: str) -> int:
    """End of the article's first non-empty line when it reads as a headline (no final full stop)."""
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    return end if text[start:end].rstrip()[-1:] not in (".", "") else 0


def _group_investors(group: Sequence[DealMention]) -> list[str]:
    """A round's investors are all those its mentions name (the lead here, the followers there);
    for any other deal, the first mention that names its buyer or investor speaks for it."""
    if group[0].type == "funding_round":
        return sorted({name for m in group if m.type == "funding_round" for name in m.investors})
    return list(next((m.investors for m in group if m.investors), ()))


def merge_mentions(text: str, mentions: Sequence[DealMention]) -> list[Deal]:
    """One record per (investors, target, amount); amountless mentions of a pair merge too."""
    named: dict[tuple, tuple[str, ...]] = {}
    for m in mentions:  # one round, however many of its investors each sentence names
        if m.investors and m.amount and m.type == "funding_round":
            key = (m.target, _amount_key(m.amount))
            named[key] = tuple(sorted(set(named.get(key, ())) | set(m.investors)))
    merged: dict[tuple, list[DealMention]] = {}
    for mention in mentions:
        investors = mention.investors
        if mention.type == "funding_round":
            investors = named.get((mention.target, _amount_key(mention.amount)), investors)
        key = (investors, mention.target, _amount_key(mention.amount))
        merged.setdefault(key, []).append(mention)
    merged = _fold_amountless(merged, _headline_end(text))
    deals = []
    for group in merged.values():
        first = group[0]
        start, end = first.evidence
        evidence = text[start:end].strip()
        start += len(text[start:end]) - len(text[start:end].lstrip())
        type_counts = Counter(m.type for m in group)
        deals.append(Deal(
            investors=_group_investors(group),
            target=first.target,
            type=max(type_counts, key=lambda t: (type_counts[t], -[m.type for m in group].index(t))),
            amount=_money(first.amount),
            valuation=_money(next((m.valuation for m in group if m.valuation), None)),
            status=latest_word([entry for m in group for entry in m.statuses()]),
            date=next((m.date for m in group if m.date and m.date_in_sentence), None)
            or next((m.date for m in group if m.date), None),
            reported_by=sorted({r for m in group for r in m.reported_by}),
            evidence=evidence,
            evidence_start=start,
            evidence_end=start + len(evidence),
            confidence=round(min(1.0, 0.4 + 0.2 * max(m.explicit_roles for m in group)
                                 + (0.2 if first.amount else 0.0)), 2),
        ))
    return deals


declare_extensions("newsx_deals")


class DealsComponent:
    """spaCy component: writes `doc._.newsx_deals` from the extractors' extensions."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.lang = nlp.lang
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc._.newsx_deals = extract_deals(doc, self.lang)
        return doc


@Language.factory("newsx_deals", assigns=["doc._.newsx_deals"],
                  requires=["doc._.newsx_amounts", "doc._.newsx_dates", "doc._.newsx_orgs"])
def make_deals_component(nlp: Language, name: str) -> DealsComponent:
    return DealsComponent(nlp, name)
