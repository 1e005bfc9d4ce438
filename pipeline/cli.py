"""The `newsx` command: wires the stages together, nothing else imports it."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from typing import Annotated, Optional

import typer

from pipeline import __version__

app = typer.Typer(
    name="newsx",
    help="Extract amounts, dates, organisations, quotes and deal records from news articles.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2


def _fail_usage(message: str) -> None:
    typer.echo(f"newsx: {message}", err=True)
    raise typer.Exit(EXIT_USAGE)


def _parse_date(value: Optional[str]) -> Optional[date]:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        _fail_usage(f"--anchor-date must be an ISO date (YYYY-MM-DD), got {value!r}")
    return None


@app.command()
def run(
    inputs: Annotated[list[str], typer.Argument(help="Files, folders (recursive), globs, '-' for stdin, or .jsonl files.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Output folder.")] = Path("outputs"),
    force: Annotated[bool, typer.Option("--force", help="Redo every article, even unchanged ones.")] = False,
    workers: Annotated[int, typer.Option("--workers", "-j", min=1, help="Worker processes.")] = 1,
    language: Annotated[Optional[str], typer.Option("--language", help="Skip detection: ISO 639-1 code of all inputs.")] = None,
    anchor_date: Annotated[Optional[str], typer.Option("--anchor-date", help="Publication date for relative dates (YYYY-MM-DD).")] = None,
    max_bytes: Annotated[int, typer.Option("--max-bytes", min=1, help="Refuse files larger than this.")] = 20_000_000,
    compare: Annotated[bool, typer.Option("--compare/--no-compare", help="Write the cross-article comparison at the end.")] = True,
    engine: Annotated[str, typer.Option("--engine", help="local, or dask (needs the [dask] extra).")] = "local",
    scheduler: Annotated[Optional[str], typer.Option("--scheduler", help="Dask scheduler address (default: a LocalCluster).")] = None,
) -> None:
    """Process articles into OUT/<doc_id>.json, OUT/manifest.json and OUT/errors.jsonl."""
    from pipeline import runner

    if engine not in ("local", "dask"):
        _fail_usage(f"--engine must be local or dask, got {engine!r}")
    if language is not None and not runner.LANGUAGE_CODE.fullmatch(language):
        _fail_usage(f"--language must be an ISO 639-1 code such as fr, got {language!r}")
    if out.exists() and not out.is_dir():
        _fail_usage(f"{out}: exists and is not a folder")
    try:
        items = runner.expand_inputs(inputs, out_dir=out, max_bytes=max_bytes)
    except runner.UsageError as exc:
        _fail_usage(str(exc))
    if not items:
        _fail_usage("no article found in the given inputs (.txt, .html or .jsonl)")
    options = runner.RunOptions(out_dir=out, force=force, workers=workers, language=language,
                                anchor_date=_parse_date(anchor_date), max_bytes=max_bytes,
                                engine=engine, scheduler=scheduler)

    def on_error(message: str) -> None:
        typer.echo(f"newsx: error: {message}", err=True)

    try:
        if sys.stderr.isatty():
            with typer.progressbar(length=len(items), label="articles", file=sys.stderr) as bar:
                summary = runner.run(items, options, on_progress=bar.update, on_error=on_error)
        else:
            summary = runner.run(items, options, on_error=on_error)
    except (runner.EngineUnavailable, runner.UsageError) as exc:
        _fail_usage(str(exc))
    if compare:
        from pipeline import compare as compare_stage

        compare_stage.write_comparison(out)
    typer.echo(f"newsx: {summary.processed} processed, {summary.skipped} unchanged, {summary.failed} failed -> {out}",
               err=True)
    raise typer.Exit(EXIT_SOME_FAILED if summary.failed else EXIT_OK)


@app.command("eval")
def evaluate(
    gold: Annotated[Path, typer.Option("--gold", help="Folder of gold <doc_id>.json files.")] = Path("tests/fixtures/gold"),
    pred: Annotated[Path, typer.Option("--pred", help="Folder of predicted records.")] = Path("outputs"),
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON.")] = False,
) -> None:
    """Score predicted records against gold with the rules of GUIDELINES.md."""
    from pipeline import evaluate as evaluate_stage

    for folder, what in ((gold, "--gold"), (pred, "--pred")):
        if not folder.is_dir():
            _fail_usage(f"{what} {folder}: not a folder")
    result = evaluate_stage.score(gold, pred)
    typer.echo(json.dumps(result, indent=1) if as_json else evaluate_stage.format_table(result))


@app.command()
def schema() -> None:
    """Print the JSON Schema of the per-article record."""
    from pipeline.schema import ArticleRecord

    typer.echo(json.dumps(ArticleRecord.model_json_schema(), indent=2, ensure_ascii=False))


@app.command("compare")
def compare_cmd(
    out: Annotated[Path, typer.Argument(help="A folder written by `newsx run`.")],
) -> None:
    """Group deal records across articles: deals.csv/.parquet, comparison.json/.csv/.md."""
    from pipeline import compare as compare_stage

    if not out.is_dir():
        _fail_usage(f"{out}: not a folder")
    groups = compare_stage.write_comparison(out)
    typer.echo(f"newsx: {groups} deal groups -> {out}/comparison.md", err=True)


@app.command("report")
def report_cmd(
    out: Annotated[Path, typer.Argument(help="A folder written by `newsx run`.")],
) -> None:
    """Write OUT/report.html: one offline page with the deal comparison, timeline, highlighted articles, warnings and errors."""
    from pipeline import report as report_stage

    if not out.is_dir():
        _fail_usage(f"{out}: not a folder")
    path = report_stage.write_report(out)
    typer.echo(f"newsx: report -> {path}", err=True)


@app.command()
def version() -> None:
    """Print the newsx version."""
    typer.echo(__version__)


if __name__ == "__main__":  # python -m pipeline.cli
    app()
