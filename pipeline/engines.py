"""Where chunks of articles are processed: this process, a local process pool, or Dask.

Every engine has the same contract: `process_chunks(chunks, options)` yields,
for each chunk, one `Outcome` per item, in whatever order chunks complete; a
chunk whose worker died becomes one error per article. The runner writes what
they yield, so every engine gives byte-identical outputs.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from multiprocessing import get_context

from pipeline.inputs import InputItem
from pipeline.worker import Outcome, RunOptions, process_items

ENGINES = ("local", "dask")


class EngineUnavailable(RuntimeError):
    """The asked-for engine cannot run here (extra not installed, scheduler unreachable)."""


def chunk_failed(chunk: Sequence[InputItem], exc: BaseException, where: str) -> list[Outcome]:
    """One error per article of a chunk whose whole task failed (worker died, pipeline would not load)."""
    reason = f"{type(exc).__name__}: {exc}".splitlines()[0] if str(exc) else type(exc).__name__
    return [Outcome(item.doc_id, item.source, None, error=f"{item.source}: processing failed {where} ({reason})",
                    input_id=item.input_id) for item in chunk]


def serial_chunks(chunks: Sequence[Sequence[InputItem]], options: RunOptions) -> Iterator[list[Outcome]]:
    for chunk in chunks:
        yield process_items(chunk, options)


def pool_chunks(chunks: Sequence[Sequence[InputItem]], options: RunOptions) -> Iterator[list[Outcome]]:
    """Chunks on `options.workers` spawned processes, yielded as they complete."""
    with ProcessPoolExecutor(max_workers=options.workers, mp_context=get_context("spawn")) as pool:
        futures = {pool.submit(process_items, chunk, options): chunk for chunk in chunks}
        for future in as_completed(futures):
            try:
                outcomes = future.result()
            except Exception as exc:  # noqa: BLE001 - a dead worker costs its chunk, not the batch
                outcomes = chunk_failed(futures[future], exc, "in a worker process")
            yield outcomes


def process_chunks(chunks: Sequence[Sequence[InputItem]], options: RunOptions) -> Iterator[list[Outcome]]:
    """The chunks' outcomes through the engine `options` names."""
    if options.engine == "dask":
        try:
            from pipeline import dask_engine  # optional extra: only imported when asked for
        except ImportError as exc:
            raise EngineUnavailable(f"--engine dask needs the dask extra: pip install 'newsx[dask]' ({exc})") from exc
        try:
            yield from dask_engine.process_chunks(chunks, options)
        except dask_engine.ClusterUnavailable as exc:
            raise EngineUnavailable(str(exc)) from exc
    elif options.workers <= 1 or len(chunks) <= 1:
        yield from serial_chunks(chunks, options)
    else:
        yield from pool_chunks(chunks, options)
