"""The one schema of newsx: typed models from which the writer and `newsx schema` come.

Every span carries `text`, `start`, `end` with `article_text[start:end] == text`:
offsets are Python `str` indices into the decoded article text. The record is a
superset of the gold schema in `tests/fixtures/gold/GUIDELINES.md` (same list and
field names, extra fields allowed). A record holds no timestamp and no absolute
path, so the same input gives byte-identical JSON on every machine.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.0"

Qualifier = Literal["exact", "up_to", "at_least", "more_than", "less_than", "approx", "range"]
AmountRole = Literal["investment", "valuation", "fundraise", "contract", "market_cap", "capex", "other"]
Granularity = Literal[
    "day", "month", "part_of_month", "quarter", "half", "part_of_year",
    "year", "year_range", "weekday", "relative",
]
DateBound = Literal["before", "until", "after", "since"]
OrgKind = Literal["company", "media", "fund", "public_body", "other"]
SpeakerType = Literal["person", "organization", "anonymous", "none"]
DealType = Literal[
    "investment", "funding_round", "acquisition", "share_sale",
    "commercial_contract", "infrastructure_partnership",
]
DealStatus = Literal[
    "announced", "signed", "completed", "negotiating", "considering", "rumored",
    "on_hold", "cancelled", "denied", "reduced",
]


class Model(BaseModel):
    """Base: unknown fields are refused, so a typo never silently drops data."""

    model_config = ConfigDict(extra="forbid")


class Span(Model):
    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Boilerplate(Span):
    kind: Literal["language_menu", "duplicate_title", "word_count_note", "stray_fragment",
                  "read_also", "navigation", "other"]


class Amount(Span):
    value: float
    value_max: float | None = None
    currency: str | None = Field(None, description="ISO 4217 code")
    currency_inferred: bool = False
    qualifier: Qualifier = "exact"
    role: AmountRole = "other"
    warnings: list[str] = Field(default_factory=list)


class DateMention(Span):
    granularity: Granularity
    start_date: str | None = Field(None, description="ISO date, inclusive")
    end_date: str | None = Field(None, description="ISO date, inclusive")
    relative: bool = False
    anchor: str | None = Field(None, description="ISO date or interval the mention was resolved against")
    bound: DateBound | None = Field(None, description=(
        "the mention is one side of an open interval: before / until it (\"avant 2018\", \"by Friday\"), "
        "after / since it (\"nach 2016\", \"desde enero\", \"2012 or later\"); start_date and end_date "
        "stay the interval of the calendar expression itself"))


class Mention(Model):
    text: str
    start: int
    end: int


class Organization(Model):
    name: str = Field(description="the table's canonical name when the article uses it, else the article's most used form")
    canonical: str | None = Field(None, description=(
        "the organisation table's name (models/organizations.jsonl), the same in every article; "
        "null for organisations found by rules"))
    aliases: list[str]
    kind: OrgKind = "other"
    methods: list[str] = Field(default_factory=list, description="table | ner | suffix | context")
    mentions: list[Mention] = Field(default_factory=list)
    wikidata: str | None = None


class Quote(Span):
    speaker: str | list[str] | None = None
    speaker_type: SpeakerType = "none"
    cue: str | None = Field(None, description="the verb or marker that attributed the speaker")


class Money(Model):
    value: float
    value_max: float | None = None
    currency: str | None = None
    qualifier: Qualifier = "exact"


class Deal(Model):
    investors: list[str]
    target: str | None
    type: DealType
    amount: Money | None = None
    valuation: Money | None = None
    status: DealStatus
    date: str | None = Field(None, description="ISO partial date: YYYY, YYYY-MM or YYYY-MM-DD")
    reported_by: list[str] = Field(default_factory=list)
    evidence: str
    evidence_start: int
    evidence_end: int
    confidence: float = Field(ge=0.0, le=1.0)


class LanguageInfo(Model):
    code: str = Field(description='ISO 639-1, or "und" when unsure')
    confidence: float
    method: Literal["detected", "given"] = "detected"
    processed_as: str = Field(description="the language whose pipeline and lexicons ran")


class PipelineInfo(Model):
    model: str = Field(description='spaCy pipeline, e.g. "fr_core_news_md 3.8.0" or "blank:en"')
    components: list[str]


class ArticleRecord(Model):
    schema_version: str = SCHEMA_VERSION
    doc_id: str = Field(description="the output file's name: the given id or file name when it is a safe "
                                    "name ([A-Za-z0-9._-], at most 160, not a name the run writes), else a slug "
                                    "of it plus a short hash")
    input_id: str | None = Field(None, description="the id or file name as given, when it was not a safe doc_id")
    source: str = Field(description="input path as given, relative")
    sha256: str
    encoding: str
    language: LanguageInfo
    pipeline: PipelineInfo
    title: str | None
    anchor_date: str | None = Field(None, description="the date relative mentions are resolved against")
    boilerplate: list[Boilerplate] = Field(default_factory=list)
    amounts: list[Amount] = Field(default_factory=list)
    dates: list[DateMention] = Field(default_factory=list)
    organizations: list[Organization] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    deals: list[Deal] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)


class DealReport(Model):
    """One article's record of one version of a deal, as the comparison lists it."""

    doc_id: str
    title: str | None
    status: DealStatus
    type: DealType
    date: str | None
    reported_by: list[str]
    qualifier: Qualifier | None
    evidence: str


class DealVersion(Model):
    """The same parties and the same amount, across every article that reports it."""

    amount: float | None
    amount_max: float | None
    currency: str | None
    first_date: str | None
    statuses: list[DealStatus]
    status_disagreement: bool
    outlets: list[str]
    doc_ids: list[str]
    reports: list[DealReport]


class DealGroup(Model):
    """All versions of one deal (same investors and target), sorted as a timeline."""

    investors: list[str]
    target: str
    versions: list[DealVersion]
    amount_disagreement: bool = Field(description="sources give more than one amount for this deal")
    status_disagreement: bool = Field(description="sources or versions give different statuses")
    doc_ids: list[str]


class Comparison(Model):
    schema_version: str = SCHEMA_VERSION
    articles: int
    deals: int
    groups: list[DealGroup]
