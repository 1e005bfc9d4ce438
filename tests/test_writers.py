"""Atomic, deterministic writes."""

from __future__ import annotations

import json
import os

import pytest

from pipeline.schema import Mention
from pipeline.writers import remove_stale_temporaries, to_json, write_json_atomic, write_text_atomic


def test_json_keeps_schema_field_order_and_unicode():
    text = to_json(Mention(text="Société Générale", start=3, end=19))
    assert text == '{\n  "text": "Société Générale",\n  "start": 3,\n  "end": 19\n}\n'


def test_same_data_same_bytes(tmp_path):
    data = {"b": [1, 2.5, None], "a": "é"}
    write_json_atomic(tmp_path / "one.json", data)
    write_json_atomic(tmp_path / "two.json", data)
    assert (tmp_path / "one.json").read_bytes() == (tmp_path / "two.json").read_bytes()
    assert json.loads((tmp_path / "one.json").read_text(encoding="utf-8")) == data


def test_failed_write_leaves_old_file_and_no_temporary(tmp_path, monkeypatch):
    target = tmp_path / "record.json"
    target.write_text("old", encoding="utf-8")

    def broken_replace(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError):
        write_text_atomic(target, "new")
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["record.json"]


def test_stale_temporaries_are_removed(tmp_path):
    (tmp_path / ".record.json.abc.tmp").write_text("half", encoding="utf-8")
    (tmp_path / "record.json").write_text("{}", encoding="utf-8")
    remove_stale_temporaries(tmp_path)
    assert [p.name for p in tmp_path.iterdir()] == ["record.json"]
