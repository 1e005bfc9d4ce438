"""A batch: resume, engines, atomic writes and the manifest.

The runner owns OUT. It takes a lock on it (a second run into the same folder
fails at once), skips articles whose resume key is unchanged, sends chunks to
an engine (`pipeline.engines`) and writes each record atomically as soon as its
chunk returns, so an interrupted run loses at most the chunks in flight. Every
output path is checked to be a plain file directly in OUT. A file or line that
cannot be processed becomes one line on stderr, one entry in `errors.jsonl`
and one in the manifest; the rest of the batch goes on.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from pipeline import __version__, writers
from pipeline.engines import EngineUnavailable, process_chunks
from pipeline.inputs import LANGUAGE_CODE, InputItem, UsageError, expand_inputs, is_safe_doc_id
from pipeline.versions import model_versions, pipeline_version, resume_key
from pipeline.worker import Outcome, RunOptions

__all__ = ["LANGUAGE_CODE", "EngineUnavailable", "InputItem", "OutputBusy", "Outcome", "RunOptions", "RunSummary", "UsageError",
           "expand_inputs", "pipeline_version", "run"]

CHUNK_SIZE = 16
MANIFEST_INTERVAL = 2.0  # seconds between manifest rewrites during a run
LOCK_NAME = ".newsx.lock"


@dataclass
class RunSummary:
    processed: int = 0
    skipped: int = 0
    failed: int = 0
    errors: list[dict[str, str]] = field(default_factory=list)


class OutputBusy(UsageError):
    """Another newsx run is writing into the same output folder."""


def prepare_out_dir(out_dir: Path) -> None:
    """OUT as a folder, created when missing; a usage error when it cannot be one."""
    if out_dir.exists() and not out_dir.is_dir():
        raise UsageError(f"{out_dir}: exists and is not a folder")
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UsageError(f"{out_dir}: cannot create the output folder ({exc.strerror or exc})") from None


@contextmanager
def locked(out_dir: Path) -> Iterator[None]:
    """An exclusive lock on OUT for the whole run; the kernel drops it if the run is killed."""
    import fcntl

    path = out_dir / LOCK_NAME
    handle = open(path, "a+", encoding="utf-8")  # noqa: SIM115 - held for the run
    try:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            owner = handle.read().strip() or "?"
            raise OutputBusy(f"{out_dir}: another newsx run (pid {owner}) is writing into this folder") from None
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        yield
    finally:
        handle.close()


def record_path(out_dir: Path, doc_id: str) -> Path:
    """OUT/<doc_id>.json, refusing any name that is not one plain file directly in OUT."""
    path = out_dir / f"{doc_id}.json"
    if not is_safe_doc_id(doc_id) or path.resolve().parent != out_dir.resolve():
        raise UsageError(f"doc_id {doc_id!r} is not a safe file name")
    return path


def load_manifest(out_dir: Path) -> dict:
    path = out_dir / "manifest.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


def _text_sha256(item: InputItem, max_bytes: int) -> str | None:
    """The input's digest without processing it, to decide whether to resume; None when the
    file is not a regular file within the size limit (then it is processed and reported)."""
    import stat

    if item.text_sha256 is not None:
        return item.text_sha256
    if item.text is not None:
        return hashlib.sha256(item.text.encode("utf-8", "surrogatepass")).hexdigest()
    if item.raw is not None:
        return hashlib.sha256(item.raw).hexdigest()
    if item.path is None:
        return None
    try:
        info = os.stat(item.path)
        if not stat.S_ISREG(info.st_mode) or info.st_size > max_bytes:
            return None
        digest = hashlib.sha256()
        with open(item.path, "rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
        return digest.hexdigest()
    except OSError:
        return None


def item_resume_key(item: InputItem, options: RunOptions) -> str | None:
    """The resume key of an item: its text, every per-item field, the options that change
    records, our pipeline's version and the libraries' (see `pipeline.versions`)."""
    text_sha = _text_sha256(item, options.max_bytes)
    if text_sha is None:
        return None
    fields = {"doc_id": item.doc_id, "input_id": item.input_id, "source": item.source, "published": item.published,
              "language": item.language, "title": item.title}
    return resume_key(text_sha, fields, {"language": options.language, "anchor_date": options.anchor_date})


def _entry_key(entry: dict) -> tuple[str, str]:
    return str(entry.get("doc_id")), str(entry.get("source"))


class Batch:
    """The state of one run: manifest entries, errors, summary; writes records as they come."""

    def __init__(self, out_dir: Path, on_progress: Callable[[int], None] | None,
                 on_error: Callable[[str], None] | None) -> None:
        previous = load_manifest(out_dir)
        self.out_dir = out_dir
        self.entries: dict[tuple[str, str], dict] = {
            _entry_key(e): e for e in previous.get("files", []) if isinstance(e, dict) and "doc_id" in e}
        self.summary = RunSummary()
        self.errors: list[dict[str, str]] = []
        self.keys: dict[tuple[str, str], str | None] = {}
        self.on_progress, self.on_error = on_progress, on_error
        self._last_flush = 0.0

    def is_current(self, item: InputItem, key: str | None) -> bool:
        old = self.entries.get((item.doc_id, item.source))
        return bool(key and old and old.get("status") == "ok" and old.get("resume_key") == key
                    and (self.out_dir / f"{item.doc_id}.json").is_file())

    def skip(self) -> None:
        self.summary.skipped += 1
        self._progress()

    def record(self, outcome: Outcome) -> None:
        entry = {"doc_id": outcome.doc_id, "source": outcome.source}
        if outcome.input_id is not None:
            entry["input_id"] = outcome.input_id
        entry["sha256"] = outcome.sha256
        error = outcome.error
        if error is None:
            try:
                writers.write_text_atomic(record_path(self.out_dir, outcome.doc_id), outcome.record_json or "")
            except (OSError, UsageError) as exc:
                error = f"{outcome.source}: cannot write the record ({getattr(exc, 'strerror', None) or exc})"
        if error is None:
            self.summary.processed += 1
            entry.update(resume_key=self.keys.get((outcome.doc_id, outcome.source)), status="ok",
                         warnings=outcome.warnings)
        else:
            self.summary.failed += 1
            self.errors.append({"doc_id": outcome.doc_id, "source": outcome.source, "error": error})
            entry.update(status="error", error=error)
            if self.on_error:
                self.on_error(error)
        self.entries[(outcome.doc_id, outcome.source)] = entry
        self._progress()

    def _progress(self) -> None:
        if self.on_progress:
            self.on_progress(1)

    def flush_manifest(self, final: bool = False) -> None:
        """Rewrite the manifest at most every few seconds (it lists every file), and at the end."""
        if not final and time.monotonic() - self._last_flush < MANIFEST_INTERVAL:
            return
        self._last_flush = time.monotonic()
        manifest = {
            "newsx_version": __version__,
            "pipeline_version": pipeline_version(),
            "models": model_versions(),
            "files": [self.entries[k] for k in sorted(self.entries)],
        }
        writers.write_json_atomic(self.out_dir / "manifest.json", manifest)
        if final:
            writers.write_jsonl_atomic(self.out_dir / "errors.jsonl",
                               sorted(self.errors, key=lambda e: (e["doc_id"], e["source"])))


def run(inputs: Sequence[InputItem], options: RunOptions,
        on_progress: Callable[[int], None] | None = None,
        on_error: Callable[[str], None] | None = None) -> RunSummary:
    """Process `inputs` into `options.out_dir`, resuming unless `force`; raises `UsageError`
    (OUT unusable or busy) or `EngineUnavailable` before any article is processed."""
    out_dir = options.out_dir
    prepare_out_dir(out_dir)
    with locked(out_dir):
        writers.remove_stale_temporaries(out_dir)
        batch = Batch(out_dir, on_progress, on_error)
        todo = _plan(inputs, options, batch)
        size = max(1, min(CHUNK_SIZE, -(-len(todo) // max(1, options.workers))))
        chunks = [todo[i:i + size] for i in range(0, len(todo), size)]
        try:
            for outcomes in process_chunks(chunks, options):
                for outcome in outcomes:
                    batch.record(outcome)
                batch.flush_manifest()
        finally:
            batch.flush_manifest(final=True)
    batch.summary.errors = batch.errors
    return batch.summary


def _plan(inputs: Sequence[InputItem], options: RunOptions, batch: Batch) -> list[InputItem]:
    """The items to process: duplicates are errors, unchanged articles are skipped."""
    seen: dict[str, str] = {}
    todo: list[InputItem] = []
    for item in inputs:
        if item.doc_id in seen:
            batch.record(Outcome(item.doc_id, item.source, None, input_id=item.input_id,
                                 error=f"{item.source}: duplicate doc_id {item.doc_id!r} (first given by {seen[item.doc_id]})"))
            continue
        seen[item.doc_id] = item.source
        key = None if item.error else item_resume_key(item, options)
        batch.keys[(item.doc_id, item.source)] = key
        if not options.force and batch.is_current(item, key):
            batch.skip()
            continue
        todo.append(item)
    return todo
