"""The same pipeline on a Dask cluster: chunks become tasks, results come back in completion order.

Only imported when `--engine dask` is asked for (dask[distributed] is an
optional extra). The client reads every input file itself and ships its bytes,
so workers need the newsx package and its models but no access to the
client's files or working folder (paths stay as the user gave them, which on
another machine would point nowhere). Each worker loads its pipelines once,
through a worker plugin, not once per task. The runner in the client still
writes every record, the manifest and errors.jsonl, so outputs are the same
bytes as with the local engine.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from dataclasses import replace
from pathlib import Path

from distributed import Client, LocalCluster, WorkerPlugin, as_completed

from pipeline.engines import chunk_failed
from pipeline.inputs import InputItem, read_jsonl_line
from pipeline.resources import SUPPORTED_LANGUAGES
from pipeline.versions import pipeline_version
from pipeline.worker import Outcome, RunOptions, process_items

PLUGIN_NAME = "newsx-pipelines"
TASKS_IN_FLIGHT_PER_THREAD = 2  # enough to keep every worker busy while the client writes
MIN_TASKS_IN_FLIGHT = 4
LOG_LEVEL = logging.ERROR

log = logging.getLogger(__name__)


class LoadPipelines(WorkerPlugin):
    """Loads the spaCy pipelines and the language detector once, when a worker starts."""

    name = PLUGIN_NAME

    def __init__(self, languages: Sequence[str] = SUPPORTED_LANGUAGES) -> None:
        self.languages = tuple(languages)

    def setup(self, worker) -> None:  # noqa: ANN001 - distributed.Worker
        """Warm the per-process caches; a failure is left for the tasks to report per article."""
        try:
            from pipeline.language import _factory
            from pipeline.nlp import get_nlp

            for lang in self.languages:
                get_nlp(lang)
            _factory()
        except Exception:  # noqa: BLE001 - the same error then fails each task, reported per item
            log.exception("newsx: loading the pipelines on worker %s failed", getattr(worker, "address", "?"))


class ClusterUnavailable(RuntimeError):
    """The scheduler named by --scheduler cannot be reached: nothing was processed."""


class VersionMismatch(RuntimeError):
    """A worker runs other newsx code or models than the client: its records would differ."""


def run_chunk(items: Sequence[InputItem], options: RunOptions, client_version: str) -> list[Outcome]:
    """The task: the local engine's own `process_items`, in the worker, if it runs the client's pipeline."""
    worker_version = pipeline_version()
    if worker_version != client_version:
        raise VersionMismatch(f"worker has newsx {worker_version}, client has {client_version}; "
                              "install the same package and models on every worker")
    return process_items(items, options)


def _shipped(item: InputItem, max_bytes: int) -> InputItem | Outcome:
    """The item with its file's bytes (or its JSON line's text) read here, or the Outcome the
    local engine gives an unreadable file. The path stays, as a name: an HTML page is still
    read as HTML on the worker."""
    if item.path is None or item.error or item.text is not None or item.raw is not None:
        return item
    from pipeline.ingest import IngestError, read_limited

    try:
        if item.line_offset is not None:
            text = read_jsonl_line(Path(item.path), item.line_offset, max_bytes)["text"]
            return replace(item, line_offset=None, text=text)
        raw = read_limited(Path(item.path), item.source, max_bytes)
    except IngestError as exc:
        return Outcome(item.doc_id, item.source, None, error=str(exc), input_id=item.input_id)
    except (OSError, ValueError, KeyError) as exc:
        return Outcome(item.doc_id, item.source, None, input_id=item.input_id,
                       error=f"{item.source}: cannot read input ({getattr(exc, 'strerror', None) or exc})")
    return replace(item, raw=raw)


def _split_read_failures(chunk: Sequence[InputItem], options: RunOptions) -> tuple[list[InputItem], list[Outcome]]:
    shipped, failed = [], []
    for item in chunk:
        result = _shipped(item, options.max_bytes)
        (failed if isinstance(result, Outcome) else shipped).append(result)
    return shipped, failed


def _connect(options: RunOptions, timeout: float | None = None) -> tuple[Client, LocalCluster | None]:
    """A Client to `options.scheduler`, or to a fresh LocalCluster of `options.workers` processes."""
    logging.getLogger("distributed").setLevel(LOG_LEVEL)
    if options.scheduler:
        try:
            return Client(options.scheduler, set_as_default=False, timeout=timeout), None
        except (OSError, TimeoutError) as exc:
            raise ClusterUnavailable(f"cannot reach the Dask scheduler at {options.scheduler} ({exc})") from exc
    cluster = LocalCluster(n_workers=max(1, options.workers), threads_per_worker=1, processes=True,
                           host="127.0.0.1", dashboard_address=None, silence_logs=LOG_LEVEL)
    try:
        return Client(cluster, set_as_default=False), cluster
    except BaseException:
        cluster.close()
        raise


def _in_flight_limit(client: Client) -> int:
    threads = sum(client.nthreads().values())
    return max(MIN_TASKS_IN_FLIGHT, TASKS_IN_FLIGHT_PER_THREAD * threads)


def process_chunks(chunks: list[list[InputItem]], options: RunOptions) -> Iterator[list[Outcome]]:
    """Each chunk's Outcomes, in completion order; a failed task becomes one error per article."""
    if not chunks:
        return
    client, cluster = _connect(options)
    try:
        client.register_plugin(LoadPipelines())
        limit = _in_flight_limit(client)
        version = pipeline_version()
        pending = iter(enumerate(chunks))
        submitted: dict[str, list[InputItem]] = {}
        futures = as_completed(loop=client.loop)

        def refill() -> Iterator[list[Outcome]]:
            """Submit chunks until `limit` are in flight; yield the files the client could not read."""
            while futures.count() < limit:
                try:
                    index, chunk = next(pending)
                except StopIteration:
                    return
                shipped, unreadable = _split_read_failures(chunk, options)
                if shipped:
                    future = client.submit(run_chunk, shipped, options, version, key=f"newsx-chunk-{index}", pure=False)
                    submitted[future.key] = shipped
                    futures.add(future)
                if unreadable:
                    yield unreadable

        yield from refill()
        for future in futures:
            chunk = submitted.pop(future.key)
            try:
                outcomes = future.result()
            except Exception as exc:  # noqa: BLE001 - a lost task must not stop the batch
                outcomes = chunk_failed(chunk, exc, "on the cluster")
            future.release()
            yield outcomes
            yield from refill()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
