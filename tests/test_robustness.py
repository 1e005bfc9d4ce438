"""Real-world bad input: each case either fails alone with a clear one-line error,
or is processed (with a warning when in doubt) — and the batch always goes on."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline import runner

ROOT = Path(__file__).resolve().parent.parent
FRENCH = ("Nvidia investit 2 milliards de dollars dans CoreWeave\n"
          "Selon Bloomberg, Nvidia a investi 2 milliards de dollars dans CoreWeave le 3 février 2026. "
          "« C'est un très bon investissement », a déclaré Jensen Huang, le PDG de Nvidia, à Taipei.\n")


def run_folder(folder: Path, out: Path, **kw) -> tuple[runner.RunSummary, list[str]]:
    errors: list[str] = []
    summary = runner.run(runner.expand_inputs([str(folder)]), runner.RunOptions(out_dir=out, **kw), on_error=errors.append)
    return summary, errors


def extractions(record: dict) -> dict:
    """What an article yields, independent of offsets (CRLF shifts them)."""
    return {
        "amounts": [(a["text"], a["value"], a["currency"], a["qualifier"]) for a in record["amounts"]],
        "dates": [(d["text"], d["start_date"], d["end_date"]) for d in record["dates"]],
        "organizations": sorted(o["name"] for o in record["organizations"]),
        "quotes": [(q["text"], q["speaker"]) for q in record["quotes"]],
        "deals": [(d["investors"], d["target"], d["type"], d["status"]) for d in record["deals"]],
    }


ENCODINGS = [
    ("utf8", FRENCH.encode("utf-8")),
    ("utf8-bom", FRENCH.encode("utf-8-sig")),
    ("utf16-bom", FRENCH.encode("utf-16")),
    ("cp1252", FRENCH.encode("cp1252")),
    ("latin1", FRENCH.encode("latin-1")),
    ("crlf", FRENCH.replace("\n", "\r\n").encode("utf-8")),
]


def test_same_article_in_any_encoding_gives_the_same_extractions(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for name, data in ENCODINGS:
        (folder / f"{name}.txt").write_bytes(data)
    summary, errors = run_folder(folder, tmp_path / "out")
    assert (summary.processed, errors) == (len(ENCODINGS), [])
    records = {name: json.loads((tmp_path / "out" / f"{name}.json").read_text(encoding="utf-8")) for name, _ in ENCODINGS}
    reference = extractions(records["utf8"])
    assert reference["amounts"] and reference["organizations"]
    for name, record in records.items():
        assert extractions(record) == reference, name
    assert records["cp1252"]["warnings"] and records["utf8"]["warnings"] == []


def test_invalid_utf8_bytes_are_replaced_with_a_warning(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "broken.txt").write_bytes(FRENCH.encode("utf-8").replace("février".encode(), b"f\xffvrier"))
    summary, _ = run_folder(folder, tmp_path / "out")
    record = json.loads((tmp_path / "out" / "broken.json").read_text(encoding="utf-8"))
    assert summary.processed == 1
    assert any("invalid" in w or "replace" in w for w in record["warnings"])


@pytest.mark.parametrize("name,data,cause", [
    ("empty.txt", b"", "empty"),
    ("blank.txt", b"  \n\t \r\n", "whitespace"),
    ("nul.txt", b"abc\x00def\x00" * 10, "binary"),
    ("image.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "binary"),
])
def test_unusable_files_fail_alone(tmp_path, name, data, cause):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / name).write_bytes(data)
    (folder / "good.txt").write_text(FRENCH, encoding="utf-8")
    summary, errors = run_folder(folder, tmp_path / "out")
    assert (summary.processed, summary.failed) == (1, 1)
    assert len(errors) == 1 and name in errors[0] and cause in errors[0] and "\n" not in errors[0]
    logged = json.loads((tmp_path / "out" / "errors.jsonl").read_text().splitlines()[0])
    assert logged["doc_id"] == Path(name).stem


def test_too_large_file_is_refused_with_the_limit(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "huge.txt").write_bytes(b"a" * 2_000)
    summary, errors = run_folder(folder, tmp_path / "out", max_bytes=1_000)
    assert summary.failed == 1 and "larger than 1000 bytes" in errors[0]


def test_one_megabyte_line_without_newline(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    sentence = "Nvidia invested $2 billion in CoreWeave. "
    (folder / "long.txt").write_text(sentence * 26_000, encoding="utf-8")  # ~1.1 MB, one line
    summary, errors = run_folder(folder, tmp_path / "out", language="en")
    assert (summary.processed, errors) == (1, [])
    record = json.loads((tmp_path / "out" / "long.json").read_text(encoding="utf-8"))
    text = (folder / "long.txt").read_text(encoding="utf-8")
    assert len(record["amounts"]) == 26_000
    assert all(text[a["start"]:a["end"]] == a["text"] == "$2 billion" for a in record["amounts"])
    assert any("pieces" in w for w in record["warnings"])


def test_zero_width_and_control_characters(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "odd.txt").write_text(FRENCH.replace("Nvidia", "Nvi\u200bdia", 1).replace("dans", "dans\x07", 1),
                                    encoding="utf-8")
    summary, errors = run_folder(folder, tmp_path / "out", language="fr")
    assert (summary.processed, errors) == (1, [])
    odd = json.loads((tmp_path / "out" / "odd.json").read_text(encoding="utf-8"))
    text = (folder / "odd.txt").read_text(encoding="utf-8")
    for amount in odd["amounts"]:
        assert text[amount["start"]:amount["end"]] == amount["text"]
    assert any("control" in w for w in odd["warnings"])


def test_unreadable_and_vanishing_files(tmp_path, monkeypatch):
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("a.txt", "gone.txt", "locked.txt"):
        (folder / name).write_text(FRENCH, encoding="utf-8")
    items = runner.expand_inputs([str(folder)])
    (folder / "gone.txt").unlink()  # vanishes between listing and processing
    real_open = Path.open

    def guarded_open(self, *args, **kwargs):
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied")
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", guarded_open)
    errors: list[str] = []
    summary = runner.run(items, runner.RunOptions(out_dir=tmp_path / "out"), on_error=errors.append)
    assert (summary.processed, summary.failed) == (1, 2)
    assert any("gone.txt" in e and "no such file" in e for e in errors)
    assert any("locked.txt" in e and "permission denied" in e for e in errors)


def test_unsupported_language_is_processed_with_a_warning(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "it.txt").write_text(
        "La società ha annunciato ieri un nuovo investimento di due miliardi di euro nel settore dell'energia. "
        "Secondo il quotidiano, l'accordo sarà firmato entro la fine dell'anno con i partner europei.", encoding="utf-8")
    summary, _ = run_folder(folder, tmp_path / "out")
    record = json.loads((tmp_path / "out" / "it.json").read_text(encoding="utf-8"))
    assert summary.processed == 1
    assert record["language"]["code"] == "it" and record["language"]["processed_as"] == "en"
    assert any("not supported" in w for w in record["warnings"])


def test_malformed_jsonl_lines_fail_alone_and_published_anchors_dates(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join([
        json.dumps({"id": "ok", "text": "Nvidia a investi 2 milliards de dollars dans CoreWeave lundi.",
                    "published": "2026-02-04", "language": "fr"}),
        "{not json",
        json.dumps({"id": "no-text"}),
    ]) + "\n", encoding="utf-8")
    errors: list[str] = []
    summary = runner.run(runner.expand_inputs([str(feed)]), runner.RunOptions(out_dir=tmp_path / "out"),
                         on_error=errors.append)
    assert (summary.processed, summary.failed) == (1, 2)
    record = json.loads((tmp_path / "out" / "ok.json").read_text(encoding="utf-8"))
    assert record["anchor_date"] == "2026-02-04"
    assert record["language"]["method"] == "given"
    assert any(d["text"] == "lundi" and d["start_date"] == "2026-02-02" for d in record["dates"])


def test_truncated_article_is_processed(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "cut.txt").write_text(FRENCH[: FRENCH.index("investissement »") + 5], encoding="utf-8")
    summary, errors = run_folder(folder, tmp_path / "out")
    assert (summary.processed, errors) == (1, [])


def test_killed_run_leaves_only_whole_files_and_resumes(tmp_path):
    """kill -9 in the middle of a batch: every file left is whole; the next run completes it."""
    import os
    import signal
    import subprocess
    import sys
    import time

    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(40):
        (folder / f"a{i:02d}.txt").write_text(FRENCH.replace("2 milliards", f"{i + 2} milliards"), encoding="utf-8")
    out = tmp_path / "out"
    command = [sys.executable, "-m", "pipeline.cli", "run", str(folder), "-o", str(out), "--language", "en"]
    process = subprocess.Popen(command, cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 60
    while time.time() < deadline and not (out / "manifest.json").exists():
        time.sleep(0.02)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    written = sorted(out.glob("a*.json"))
    assert 0 < len(written) < 40, "the run should have been killed part-way"
    for path in written + [out / "manifest.json"]:
        json.loads(path.read_text(encoding="utf-8"))  # whole JSON, never half a file
    summary = runner.run(runner.expand_inputs([str(folder)]), runner.RunOptions(out_dir=out, language="en"))
    assert summary.skipped >= 1 and summary.processed + summary.skipped == 40 and summary.failed == 0
    assert not list(out.glob(".*.tmp"))


def test_stdin_article(tmp_path):
    from typer.testing import CliRunner

    from pipeline.cli import app

    result = CliRunner().invoke(app, ["run", "-", "-o", str(tmp_path / "out"), "--language", "fr"],
                                input=FRENCH.encode("utf-8"))
    assert result.exit_code == 0
    record = json.loads((tmp_path / "out" / "stdin.json").read_text(encoding="utf-8"))
    assert record["source"] == "-" and record["amounts"][0]["value"] == 2e9
