"""The Dask engine writes the same bytes as the local engine, errors included.

Both engines run through the real `runner.run` on the same inputs: the five
French seeds, two short articles in other languages given in a JSON Lines
file with their language, and an empty file that both must report the same
way. One LocalCluster of two worker processes is started for the module.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

pytest.importorskip("distributed")

from pipeline import runner  # noqa: E402

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
OTHER_LANGUAGES = [
    {"id": "en-raise", "language": "en", "published": "2026-03-02",
     "text": "Zephyrine Robotics raises $40 million\n"
             "Zephyrine Robotics said on Monday that it had raised $40 million from Sequoia Capital. "
             "\"We will build a second plant,\" said chief executive Anna Berg.\n"},
    {"id": "de-invest", "language": "de",
     "text": "Siemens investiert 5 Milliarden Euro bis Ende 2027 in neue Werke, teilte der Konzern am 3. März 2026 mit.\n"},
]

HTML_PAGE = ("<html><head><title>Halden buys Kestrel</title>"
             '<meta property="article:published_time" content="2026-03-04"></head><body>'
             "<nav>Home | World | Business</nav><article><h1>Halden buys Kestrel</h1>"
             "<p>Halden Group agreed on Tuesday to buy Kestrel Robotics for $900 million, the companies said. "
             "The deal is expected to close in the third quarter of 2026, subject to approval.</p>"
             "<p>Kestrel Robotics makes warehouse robots and employs 400 people in Ohio and Texas.</p>"
             "</article><footer>Copyright 2026</footer></body></html>")


def make_inputs(folder: Path) -> list[runner.InputItem]:
    """Seeds, a JSON Lines file in English and German, and an empty article, as the CLI would expand them."""
    articles = folder / "articles"
    shutil.copytree(SEEDS, articles)
    (articles / "empty.txt").write_bytes(b"")
    (articles / "page.html").write_text(HTML_PAGE, encoding="utf-8")
    (articles / "others.jsonl").write_text("".join(json.dumps(row) + "\n" for row in OTHER_LANGUAGES), encoding="utf-8")
    return runner.expand_inputs([str(articles)])


def folder_bytes(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and not p.name.startswith(".")}


@pytest.fixture(scope="module")
def both_engines(tmp_path_factory):
    """(local outputs, dask outputs, dask summary) for the same inputs."""
    folder = tmp_path_factory.mktemp("engines")
    items = make_inputs(folder)
    runner.run(items, runner.RunOptions(out_dir=folder / "local", workers=1))
    summary = runner.run(items, runner.RunOptions(out_dir=folder / "dask", workers=2, engine="dask"))
    return folder_bytes(folder / "local"), folder_bytes(folder / "dask"), summary


def test_every_output_file_is_byte_identical(both_engines):
    local, dask, _ = both_engines
    assert sorted(dask) == sorted(local)
    expected_records = sorted(f"{p.stem}.json" for p in SEEDS.glob("*.txt")) + ["de-invest.json", "en-raise.json", "page.json"]
    assert sorted(name for name in local if name not in ("manifest.json", "errors.jsonl")) == sorted(expected_records)
    for name in local:
        assert dask[name] == local[name], name


def test_an_empty_file_is_reported_as_with_the_local_engine(both_engines):
    local, dask, summary = both_engines
    assert dask["errors.jsonl"] == local["errors.jsonl"]
    assert (summary.processed, summary.failed, summary.skipped) == (8, 1, 0)
    errors = [json.loads(line) for line in dask["errors.jsonl"].decode().splitlines()]
    assert [(e["doc_id"], e["error"]) for e in errors] == [("empty", f"{errors[0]['source']}: empty file")]
    assert errors[0]["source"].endswith("articles/empty.txt")
    statuses = {f["doc_id"]: f["status"] for f in json.loads(dask["manifest.json"])["files"]}
    assert statuses["empty"] == "error" and statuses["en-raise"] == "ok"


def test_an_html_page_is_read_as_html_on_the_cluster(both_engines):
    _, dask, _ = both_engines
    record = json.loads(dask["page.json"])
    assert "<" not in record["title"] and record["title"] == "Halden buys Kestrel"
    assert record["anchor_date"] == "2026-03-04"
    assert [a["value"] for a in record["amounts"]] == [900_000_000]


def test_languages_given_in_the_jsonl_are_kept(both_engines):
    _, dask, _ = both_engines
    languages = {name: json.loads(dask[f"{name}.json"])["language"] for name in ("en-raise", "de-invest")}
    assert {name: (info["code"], info["method"]) for name, info in languages.items()} == {
        "en-raise": ("en", "given"), "de-invest": ("de", "given")}


def test_a_failed_task_becomes_one_error_per_article():
    from pipeline.engines import chunk_failed

    chunk = [runner.InputItem(doc_id="a", source="in/a.txt", path="in/a.txt"),
             runner.InputItem(doc_id="b", source="in/b.txt", path="in/b.txt")]
    outcomes = chunk_failed(chunk, RuntimeError("worker died\nstack"), "on the cluster")
    assert [(o.doc_id, o.sha256, o.error) for o in outcomes] == [
        ("a", None, "in/a.txt: processing failed on the cluster (RuntimeError: worker died)"),
        ("b", None, "in/b.txt: processing failed on the cluster (RuntimeError: worker died)")]


def test_unreadable_files_fail_in_the_client_with_the_local_message(tmp_path):
    from pipeline.dask_engine import _split_read_failures

    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * 50)
    good = tmp_path / "good.txt"
    good.write_bytes(b"Some text.\n")
    items = [runner.InputItem(doc_id=p.stem, source=p.name, path=str(p)) for p in (big, tmp_path / "gone.txt", good)]
    shipped, failed = _split_read_failures(items, runner.RunOptions(out_dir=tmp_path, max_bytes=20))
    assert [(i.doc_id, i.path, i.raw) for i in shipped] == [("good", str(good), b"Some text.\n")]
    assert [(o.doc_id, o.error) for o in failed] == [
        ("big", "big.txt: file of 50 bytes is larger than 20 bytes (limit --max-bytes)"),
        ("gone", "gone.txt: no such file")]


def test_an_unreachable_scheduler_is_one_clear_error(tmp_path):
    from pipeline.dask_engine import ClusterUnavailable, _connect

    with pytest.raises(ClusterUnavailable, match="cannot reach the Dask scheduler at tcp://127.0.0.1:9"):
        _connect(runner.RunOptions(out_dir=tmp_path, engine="dask", scheduler="tcp://127.0.0.1:9"), timeout=1)
