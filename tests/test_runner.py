"""Batch runs: inputs, errors that do not stop the batch, resume, manifest."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline import runner

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
    batches = list(runner.char_batches(docs, max_docs, max_chars))
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
    results = list(runner._pipe_isolating_errors(nlp, docs, batch_size=8))
    assert [r.text if not isinstance(r, Exception) else "error" for r in results] == ["one", "error", "three", "four"]
