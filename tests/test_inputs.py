"""Inputs as a hostile or careless user gives them: ids, JSON Lines, odd files."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from pipeline import inputs


@pytest.mark.parametrize("given", ["a", "000_a07b10b9b976b9d7", "Report-2026.v2", "x_y", "A" * 160])
def test_safe_ids_are_kept(given):
    assert inputs.is_safe_doc_id(given) and inputs.safe_doc_id(given) == given


@pytest.mark.parametrize("given", [
    "/tmp/x/abs", "../escaped", "a/b/c", "..", ".", ".hidden", "manifest", "Comparison", "errors", "deals",
    "report", "a" * 161, "nul\x00byte", "été", "a b", "con:tent", "back\\slash", "",
])
def test_unsafe_ids_become_a_slug_and_a_hash(given):
    mapped = inputs.safe_doc_id(given)
    assert inputs.is_safe_doc_id(mapped), mapped
    assert "/" not in mapped and "\x00" not in mapped and len(mapped) <= 160
    assert mapped == inputs.safe_doc_id(given)  # stable
    assert mapped != given


def test_distinct_unsafe_ids_stay_distinct():
    assert inputs.safe_doc_id("a/b") != inputs.safe_doc_id("a_b") != inputs.safe_doc_id("a b")
    assert inputs.safe_doc_id("a/b") != inputs.safe_doc_id("a:b")


@pytest.mark.parametrize("value, expected, warned", [
    (None, None, False),
    ("2025-03-05", "2025-03-05", False),
    ("2025-03-05T10:30:00Z", "2025-03-05", False),
    ("2025-03-05T10:30:00+02:00", "2025-03-05", False),
    ("2025-13-45", None, True),
    ("yesterday", None, True),
    ("2025-03-05garbage", None, True),
    ("", None, True),
    (20250305, None, True),
])
def test_published_dates_are_validated(value, expected, warned):
    parsed, warning = inputs.parse_published(value)
    assert (parsed.isoformat() if parsed else None) == expected
    assert (warning is not None) == warned
    if warned:
        assert repr(value) in warning


def write_jsonl(path: Path, rows: list) -> Path:
    path.write_bytes(b"".join((r if isinstance(r, bytes) else json.dumps(r).encode()) + b"\n" for r in rows))
    return path


@pytest.mark.parametrize("row, error", [
    ({"id": None, "text": "x"}, '"id"'),
    ({"id": True, "text": "x"}, '"id"'),
    ({"id": ["x"], "text": "x"}, '"id"'),
    ({"id": {"a": 1}, "text": "x"}, '"id"'),
    ({"id": "  ", "text": "x"}, '"id"'),
    ({"id": "a", "text": 5}, '"text"'),
    ({"id": "a"}, '"text"'),
    ({"id": "a", "text": "x", "language": 123}, '"language"'),
    ({"id": "a", "text": "x", "language": ["fr"]}, '"language"'),
    ({"id": "a", "text": "x", "language": "French"}, '"language"'),
    ({"id": "a", "text": "x", "title": 5}, '"title"'),
    (["a", "b"], "object"),
])
def test_bad_jsonl_fields_are_the_line_error(tmp_path, row, error):
    feed = write_jsonl(tmp_path / "feed.jsonl", [{"id": "ok", "text": "fine"}, row, {"id": "ok2", "text": "fine"}])
    items = inputs.expand_inputs([str(feed)])
    assert [i.doc_id for i in items] == ["ok", "feed-line2", "ok2"]
    assert items[0].error is None and items[2].error is None
    assert error in items[1].error


def test_integer_ids_and_unsafe_ids_are_mapped_and_remembered(tmp_path):
    feed = write_jsonl(tmp_path / "feed.jsonl", [{"id": 7, "text": "a"}, {"id": "../up", "text": "b"}])
    first, second = inputs.expand_inputs([str(feed)])
    assert (first.doc_id, first.input_id) == ("7", None)
    assert second.input_id == "../up" and second.doc_id.startswith("up-")


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\u0085", "\x1c", "\r"])
def test_jsonl_is_split_on_newlines_only(tmp_path, separator):
    text = f"First part{separator}second part."
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": "a", "text": text}, ensure_ascii=False) + "\n"
                    + json.dumps({"id": "b", "text": "other"}) + "\n", encoding="utf-8")
    items = inputs.expand_inputs([str(feed)])
    assert [(i.doc_id, i.source, i.error) for i in items] == [("a", "feed.jsonl:1", None), ("b", "feed.jsonl:2", None)]
    assert inputs.read_jsonl_line(feed, items[0].line_offset, 10_000)["text"] == text


def test_a_jsonl_text_over_max_bytes_is_refused(tmp_path):
    feed = write_jsonl(tmp_path / "feed.jsonl", [{"id": "big", "text": "x" * 5000}, {"id": "small", "text": "y"}])
    big, small = inputs.expand_inputs([str(feed)], max_bytes=1000)
    assert "larger than 1000 bytes" in big.error and big.doc_id == "feed-line1"
    assert small.error is None and small.doc_id == "small"


def test_a_jsonl_line_is_read_bounded(tmp_path):
    """A line far over the limit is skipped without holding it: the next line is still found."""
    feed = write_jsonl(tmp_path / "feed.jsonl", [b'{"id": "huge", "text": "' + b"z" * 300_000 + b'"}',
                                                 {"id": "after", "text": "y"}])
    huge, after = inputs.expand_inputs([str(feed)], max_bytes=1000)
    assert huge.error == "line larger than 1000 bytes (limit --max-bytes)"
    assert after.doc_id == "after" and inputs.read_jsonl_line(feed, after.line_offset, 1000)["text"] == "y"


def test_jsonl_items_do_not_hold_their_text(tmp_path):
    feed = write_jsonl(tmp_path / "feed.jsonl", [{"id": "a", "text": "some text", "published": "2026-01-02"}])
    (item,) = inputs.expand_inputs([str(feed)])
    assert item.text is None and item.line_offset == 0 and item.text_sha256 and item.published == "2026-01-02"


def test_a_fifo_named_on_the_command_line_is_an_error_not_a_hang(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    (item,) = inputs.expand_inputs([str(fifo)])
    assert item.error.startswith("not a regular file")


def test_fifos_and_link_loops_inside_folders_are_reported(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text("text", encoding="utf-8")
    os.mkfifo(folder / "pipe.txt")
    (folder / "loop.txt").symlink_to(folder / "loop.txt")
    (folder / "dangling.txt").symlink_to(folder / "missing.txt")
    (folder / "sub").symlink_to(folder)  # a link back to the folder is not followed
    found = {i.doc_id: i.error for i in inputs.expand_inputs([str(folder)])}
    assert found == {"dangling": "broken symbolic link", "good": None, "loop": "symbolic link loop",
                     "pipe": "not a regular file (FIFO, socket or device)"}


def test_the_output_folder_is_never_an_input(tmp_path):
    folder = tmp_path / "in"
    (folder / "out").mkdir(parents=True)
    (folder / "a.txt").write_text("text", encoding="utf-8")
    (folder / "out" / "a.json").write_text("{}", encoding="utf-8")
    (folder / "out" / "report.html").write_text("<html></html>", encoding="utf-8")
    (folder / "out" / "errors.jsonl").write_text('{"id": "x", "text": "y"}\n', encoding="utf-8")
    items = inputs.expand_inputs([str(folder), str(folder / "out" / "*")], out_dir=folder / "out")
    assert [i.doc_id for i in items] == ["a"]


def test_file_names_follow_the_doc_id_rule(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("manifest.txt", "plain.txt", "été 2026.txt"):
        (folder / name).write_text("text", encoding="utf-8")
    items = {i.source.rsplit("/", 1)[-1]: i for i in inputs.expand_inputs([str(folder)])}
    assert items["plain.txt"].doc_id == "plain" and items["plain.txt"].input_id is None
    assert items["manifest.txt"].doc_id.startswith("manifest-") and items["manifest.txt"].input_id == "manifest"
    assert inputs.is_safe_doc_id(items["été 2026.txt"].doc_id) and items["été 2026.txt"].input_id == "été 2026"
