"""The command line: help, schema, exit codes, eval."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.cli import app

ROOT = Path(__file__).resolve().parent.parent
cli = CliRunner()


@pytest.mark.parametrize("command", [[], ["run"], ["eval"], ["schema"], ["compare"], ["report"]])
def test_help(command):
    result = cli.invoke(app, command + ["--help"])
    assert result.exit_code == 0
    assert "Usage" in result.output


def test_schema_is_the_record_schema():
    schema = json.loads(cli.invoke(app, ["schema"]).output)
    assert schema["title"] == "ArticleRecord"
    for field in ("doc_id", "source", "sha256", "language", "title", "boilerplate", "amounts", "dates",
                  "organizations", "quotes", "deals", "warnings"):
        assert field in schema["properties"]


def test_run_exit_codes(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Nvidia invests $2 billion in CoreWeave, the company said on Monday in a statement.", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"")
    out = tmp_path / "out"
    assert cli.invoke(app, ["run", str(good), "-o", str(out), "--language", "en"]).exit_code == 0
    mixed = cli.invoke(app, ["run", str(tmp_path), "-o", str(out), "--language", "en"])
    assert mixed.exit_code == 1
    assert "bad.txt" in mixed.output
    assert cli.invoke(app, ["run", str(tmp_path / "nope"), "-o", str(out)]).exit_code == 2
    assert cli.invoke(app, ["run", str(good), "-o", str(out), "--anchor-date", "not-a-date"]).exit_code == 2


def test_eval_prints_every_metric():
    gold = ROOT / "tests" / "fixtures" / "gold"
    result = cli.invoke(app, ["eval", "--gold", str(gold), "--pred", str(gold)])
    assert result.exit_code == 0
    for metric in ("amounts", "amount_spans", "dates", "organizations", "quotes", "deals", "amount_qualifier",
                   "date_resolution", "quote_speaker", "deal_status", "deal_type", "deal_date", "language"):
        assert metric in result.output
    figures = json.loads(cli.invoke(app, ["eval", "--gold", str(gold), "--pred", str(gold), "--json"]).output)
    assert figures["amounts"]["f1"] == 1.0


ARTICLE = "Nvidia invests $2 billion in CoreWeave, the company said on Monday in a statement."


def test_out_being_a_file_is_a_usage_error(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "out").write_text("a file", encoding="utf-8")
    result = cli.invoke(app, ["run", str(tmp_path / "a.txt"), "-o", str(tmp_path / "out")])
    assert result.exit_code == 2 and "exists and is not a folder" in result.output


def test_a_second_run_into_a_busy_out_fails_fast(tmp_path):
    from pipeline import runner

    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    with runner.locked(out):
        result = cli.invoke(app, ["run", str(tmp_path / "a.txt"), "-o", str(out), "--language", "en"])
    assert result.exit_code == 2 and "another newsx run" in result.output
    assert not (out / "a.json").exists()


def test_a_fifo_on_the_command_line_is_reported_not_waited_for(tmp_path):
    import os

    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    result = cli.invoke(app, ["run", str(tmp_path / "pipe.txt"), str(tmp_path / "a.txt"), "-o", str(tmp_path / "out"),
                              "--language", "en"])
    assert result.exit_code == 1 and "not a regular file" in result.output
    assert (tmp_path / "out" / "a.json").exists()


@pytest.mark.parametrize("code", ["french", "f", "FR", "../x"])
def test_language_option_must_be_a_code(tmp_path, code):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    result = cli.invoke(app, ["run", str(tmp_path / "a.txt"), "-o", str(tmp_path / "out"), "--language", code])
    assert result.exit_code == 2 and "--language" in result.output
