"""`newsx report`: the static HTML page, on hand-made records and article files."""

from __future__ import annotations

import hashlib
import json
import os
import re
from pathlib import Path

import pytest

from pipeline import report
from pipeline.schema import (Amount, ArticleRecord, DateMention, Deal, LanguageInfo, Mention, Money, Organization,
                             PipelineInfo, Quote)
from pipeline.writers import write_json_atomic, write_jsonl_atomic

SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(2)>"
TEXTS = {
    "fr-a": ("Nvidia renonce à OpenAI\n"
             f"Selon Bloomberg, Nvidia a annulé en septembre 2025 son investissement de 100 milliards de dollars dans OpenAI. {SCRIPT}\n"
             "« Nous restons partenaires d'OpenAI », a déclaré Jensen Huang.\n"),
    "en-b": ("Nvidia invests $20 billion in OpenAI\n"
             f"Nvidia agreed on 3 February 2026 to invest $20 billion in OpenAI, Reuters reported. {IMG}\n"
             "\"We are thrilled,\" said Sam Altman and Greg Brockman.\n"),
}


def at(text: str, needle: str, occurrence: int = 0) -> tuple[int, int]:
    """Offsets of the n-th occurrence of `needle` (hand-made records must point at real text)."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(needle, start + 1)
    return start, start + len(needle)


def amount(text, needle, value, currency="USD"):
    s, e = at(text, needle)
    return Amount(text=needle, start=s, end=e, value=value, currency=currency)


def date_mention(text, needle, first, last):
    s, e = at(text, needle)
    return DateMention(text=needle, start=s, end=e, granularity="month", start_date=first, end_date=last)


def org(text, name, count):
    mentions = [Mention(text=name, start=at(text, name, i)[0], end=at(text, name, i)[1]) for i in range(count)]
    return Organization(name=name, aliases=[name], kind="company", mentions=mentions)


def quote(text, needle, speaker):
    s, e = at(text, needle)
    return Quote(text=needle, start=s, end=e, speaker=speaker, speaker_type="person", cue="said")


def deal(text, sentence, investors, target, value, status, date, outlets):
    s, e = at(text, sentence)
    return Deal(investors=investors, target=target, type="investment",
                amount=Money(value=value, currency="USD") if value else None, status=status, date=date,
                reported_by=outlets, evidence=sentence, evidence_start=s, evidence_end=e, confidence=0.9)


def record(doc_id, source, text_bytes, title, **fields):
    return ArticleRecord(doc_id=doc_id, source=source, sha256=hashlib.sha256(text_bytes).hexdigest(), encoding="utf-8",
                         language=LanguageInfo(code=doc_id[:2], confidence=0.99, processed_as=doc_id[:2]),
                         pipeline=PipelineInfo(model="blank:xx", components=[]), title=title, **fields)


def build_outdir(root: Path) -> Path:
    """A run folder: two articles on disk, one whose file is gone, a stray JSON file,
    errors.jsonl and a manifest. Sources are relative to `root` (the working directory)."""
    (root / "articles").mkdir()
    out = root / "out"
    a, b = TEXTS["fr-a"], TEXTS["en-b"]
    records = [
        record("fr-a", "articles/fr-a.txt", a.encode(), "Nvidia renonce à OpenAI <b>bold</b>",
               amounts=[amount(a, "100 milliards de dollars", 1e11)],
               dates=[date_mention(a, "septembre 2025", "2025-09-01", "2025-09-30")],
               organizations=[org(a, "Nvidia", 2), org(a, "OpenAI", 3), org(a, "Bloomberg", 1)],
               quotes=[quote(a, "« Nous restons partenaires d'OpenAI »", "Jensen Huang")],
               deals=[deal(a, "Selon Bloomberg, Nvidia a annulé en septembre 2025 son investissement de 100 milliards de dollars dans OpenAI.",
                           ["Nvidia"], "OpenAI", 1e11, "cancelled", "2025-09", ["Bloomberg"])],
               warnings=["language detected with low confidence"]),
        record("en-b", "articles/en-b.txt", b.encode(), "Nvidia invests $20 billion in OpenAI",
               amounts=[amount(b, "$20 billion", 2e10)],
               dates=[date_mention(b, "3 February 2026", "2026-02-03", "2026-02-03")],
               organizations=[org(b, "Nvidia", 2), org(b, "OpenAI", 2), org(b, "Reuters", 1)],
               quotes=[quote(b, "\"We are thrilled,\"", ["Sam Altman", "Greg Brockman"])],
               deals=[deal(b, f"Nvidia agreed on 3 February 2026 to invest $20 billion in OpenAI, Reuters reported. {IMG}",
                           ["Nvidia"], "OpenAI", 2e10, "signed", "2026-02-03", ["Reuters"])]),
        record("es-c", "articles/gone.txt", b"gone", "Amazon negocia con OpenAI",
               amounts=[Amount(text="50.000 millones de dólares", start=10, end=36, value=5e10, currency="USD")],
               deals=[Deal(investors=["Amazon"], target="OpenAI", type="investment", amount=Money(value=5e10, currency="USD"),
                           status="negotiating", evidence="Amazon negocia invertir 50.000 millones de dólares.",
                           evidence_start=0, evidence_end=51, confidence=0.7),
                      Deal(investors=["Microsoft"], target="OpenAI", type="investment", status="completed", date="2024",
                           evidence="Microsoft invirtió en OpenAI en 2024.", evidence_start=60, evidence_end=97,
                           confidence=0.7)]),
    ]
    (root / "articles" / "fr-a.txt").write_text(a, encoding="utf-8")
    (root / "articles" / "en-b.txt").write_text(b, encoding="utf-8")
    for r in records:
        write_json_atomic(out / f"{r.doc_id}.json", r)
    (out / "stray.json").write_text("{not json", encoding="utf-8")
    write_jsonl_atomic(out / "errors.jsonl", [{"doc_id": "de-d", "source": "articles/de-d.txt",
                                               "error": "articles/de-d.txt: binary file (PNG image)"}])
    write_json_atomic(out / "manifest.json", {
        "newsx_version": "0.1.0", "pipeline_version": "0.1.0+test", "models": {"spacy": "3.8"},
        "files": [{"doc_id": "de-d", "source": "articles/de-d.txt", "status": "error",
                   "error": "articles/de-d.txt: binary file (PNG image)"},
                  {"doc_id": "en-b", "source": "articles/en-b.txt", "status": "ok", "warnings": ["title guessed"]}]})
    return out


@pytest.fixture(scope="module")
def rendered(tmp_path_factory):
    """(out_dir, page): the report rendered once, from the run folder's parent as working directory."""
    root = tmp_path_factory.mktemp("report")
    out = build_outdir(root)
    cwd = os.getcwd()
    os.chdir(root)
    try:
        yield out, report.render_report(Path("out"))
    finally:
        os.chdir(cwd)


def section(page: str, element_id: str) -> str:
    """The HTML of the element with this id, up to the next article or section."""
    start = page.index(f'id="{element_id}"')
    ends = [i for i in (page.find("<article ", start), page.find("<section ", start), page.find("</main>", start)) if i > 0]
    return page[start:min(ends)]


def chart_data(page: str) -> list[dict]:
    """The traces given to Plotly.newPlot."""
    start = page.index(f'Plotly.newPlot(                        "{report.CHART_ID}",')
    data_start = page.index("[", start)
    data, _ = json.JSONDecoder().raw_decode(page[data_start:])
    return data


def test_comparison_table_has_a_row_per_version(rendered):
    _, page = rendered
    rows = re.findall(r'<tr class="version[^"]*" id="(version-\d+-\d+)">(.*?)</tr>', page, re.S)
    cells = {row_id: re.sub(r"<[^>]+>|\s+", " ", body).split() for row_id, body in rows}
    assert sorted(cells) == ["version-1-1", "version-1-2", "version-2-1", "version-3-1"]
    nvidia = section(page, "comparison")
    assert "Nvidia → OpenAI" in nvidia and "⚠ amounts disagree" in nvidia and "⚠ statuses disagree" in nvidia
    row_100bn = " ".join(cells["version-1-1"])
    assert "100 bn USD" in row_100bn and "cancelled" in row_100bn and "2025-09" in row_100bn and "Bloomberg" in row_100bn
    row_20bn = " ".join(cells["version-1-2"])
    assert "20 bn USD" in row_20bn and "signed" in row_20bn and "2026-02-03" in row_20bn and "Reuters" in row_20bn
    # each report links to its deal record in the article section, which links back
    assert '<a href="#article-fr-a-deal-1"' in page and 'id="article-fr-a-deal-1"' in page
    assert '<a class="back" href="#version-1-1">' in section(page, "article-fr-a")


def test_chart_has_one_point_per_version_with_amount_and_date(rendered):
    _, page = rendered
    traces = chart_data(page)
    assert len(traces) == 1
    points = sorted(zip(traces[0]["x"], traces[0]["y"], traces[0]["marker"]["color"], traces[0]["customdata"]))
    assert points == [("2025-09-01", 1e11, report.STATUS_COLORS["cancelled"], "version-1-1"),
                      ("2026-02-03", 2e10, report.STATUS_COLORS["signed"], "version-1-2")]
    assert traces[0]["text"][0] == "Nvidia → OpenAI<br><i>Bloomberg</i>"
    assert '<figure class="chart" data-plotted="2">' in page
    assert ("<strong>2</strong> versions plotted; <strong>2</strong> listed in the table but not plotted "
            "(1 without a date, 1 without an amount, 0 without either)") in page


def test_chart_hover_escapes_evidence(rendered):
    _, page = rendered
    hover = " ".join(chart_data(page)[0]["hovertext"])
    assert "&lt;img src=x onerror=alert(2)&gt;" in hover and "<img" not in hover


@pytest.mark.parametrize("doc_id, labels", [
    ("article-fr-a", ["AMOUNT · 100 bn USD", "DATE · 2025-09-01 – 2025-09-30", "ORG", "QUOTE · Jensen Huang"]),
    ("article-en-b", ["AMOUNT · 20 bn USD", "DATE · 2026-02-03", "ORG", "QUOTE · Sam Altman, Greg Brockman"]),
])
def test_article_sections_highlight_every_kind(rendered, doc_id, labels):
    _, page = rendered
    html = section(page, doc_id)
    found = re.findall(r'<span class="sx-label" style="background: ([^;]+);[^"]*">(.*?)</span></span>', html)
    shown = {re.sub(r"<[^>]+>", "", label) for _, label in found if label}
    assert sorted(shown) == sorted(labels)
    for color, label in found:
        if label:
            assert color == report.KIND_COLORS[label[:label.find("<") if "<" in label else None].split(" · ")[0]]
    assert html.count('<div class="deal" id=') == 1
    assert '<mark class="entity"' in html  # the evidence, highlighted


def test_article_text_is_escaped(rendered):
    _, page = rendered
    assert "<script>alert" not in page and "<img src=x" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in section(page, "article-fr-a")
    assert "&lt;img src=x onerror=alert(2)&gt;" in section(page, "article-en-b")
    assert "Nvidia renonce à OpenAI &lt;b&gt;bold&lt;/b&gt;" in page


def test_missing_article_text_lists_spans(rendered):
    _, page = rendered
    html = section(page, "article-es-c")
    assert "Article text not shown: articles/gone.txt is not found" in html
    assert '<details class="spans" open>' in html
    assert "<td>50.000 millones de dólares</td>" in html
    assert html.count('<div class="deal" id=') == 2


def test_warnings_and_errors(rendered):
    _, page = rendered
    issues = section(page, "issues")
    assert "articles/de-d.txt: binary file (PNG image)" in issues and issues.count("binary file (PNG image)") == 1
    for message in ("language detected with low confidence", "title guessed", "not an article record",
                    "article text not shown: articles/gone.txt is not found"):
        assert message in issues
    assert "0.1.0+test" in issues


def test_page_is_self_contained(rendered):
    _, page = rendered
    assert re.findall(r"<script[^>]*\bsrc\s*=", page, re.I) == []
    assert re.findall(r"<link[^>]*\bhref\s*=\s*[\"']?(?:https?:)?//", page, re.I) == []
    assert re.findall(r"@import|url\(\s*[\"']?(?:https?:)?//", page, re.I) == []
    assert "Plotly.newPlot" in page and page.count("<style") >= 1


def test_write_report_is_atomic_and_deterministic(rendered, monkeypatch):
    out, page = rendered
    monkeypatch.chdir(out.parent)
    path = report.write_report(Path("out"))
    assert path == Path("out") / "report.html"
    first = path.read_bytes()
    assert first == page.encode("utf-8")
    assert report.write_report(Path("out")).read_bytes() == first
    assert not list(Path("out").glob(".*.tmp"))


def test_changed_article_file_is_not_shown(tmp_path, monkeypatch):
    out = build_outdir(tmp_path)
    (tmp_path / "articles" / "fr-a.txt").write_text(TEXTS["fr-a"].replace("Nvidia", "NVIDIA"), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    html = section(report.render_report(Path("out")), "article-fr-a")
    assert "articles/fr-a.txt has changed since the run" in html
    assert 'class="text-box"' not in html


@pytest.mark.parametrize("source, digest_of, expected", [
    ("in/batch.jsonl:2", "Zwei Milliarden Euro für Mistral.", ("Zwei Milliarden Euro für Mistral.", None)),
    ("in/batch.jsonl:1", "Otro texto.", (None, "in/batch.jsonl:1 has changed since the run (its SHA-256 differs from the record's)")),
    ("in/batch.jsonl:9", "x", (None, "in/batch.jsonl:9 cannot be read (IndexError)")),
    ("-", "x", (None, "the article was read from standard input")),
])
def test_read_article_text_sources(tmp_path, monkeypatch, source, digest_of, expected):
    (tmp_path / "in").mkdir()
    rows = [{"id": "es-1", "text": "Amazon invierte 8.000 millones."}, {"id": "de-2", "text": "Zwei Milliarden Euro für Mistral."}]
    (tmp_path / "in" / "batch.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                                                 encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    found = report.read_article_text(record("de-2", source, digest_of.encode("utf-8"), None))
    assert (found.text, found.problem) == expected


# ---------------------------------------------------------------- pure functions

def _render_words(block: dict) -> str:
    """The line as displaCy shows it: a space after each word outside a span; words inside
    spans carry their own no-break space when one follows."""
    covered = {i for s in block["spans"] for i in range(s["start_token"], s["end_token"])}
    return "".join(w.replace("\u00a0", " ") if i in covered else w + " " for i, w in enumerate(block["tokens"])).strip()


@pytest.mark.parametrize("text, spans, expected", [
    # French: elision glued to the organisation ("d'OpenAI"), a quote holding an amount (overlap)
    ("Le PDG d'OpenAI a dit : « Nous levons 40 milliards ».", [("ORG", "OpenAI"), ("QUOTE", "« Nous levons 40 milliards »"),
                                                               ("AMOUNT", "40 milliards")],
     [("ORG", 3, 4), ("QUOTE", 7, 13), ("AMOUNT", 10, 12)]),
    # English: punctuation glued after a span, possessive
    ("Nvidia's stake in CoreWeave, worth $2 billion.", [("ORG", "Nvidia"), ("ORG", "CoreWeave"), ("AMOUNT", "$2 billion")],
     [("ORG", 0, 1), ("ORG", 4, 5), ("AMOUNT", 7, 9)]),
    # Spanish: opening ¿ and a date
    ("¿Invertirá Amazon en marzo de 2026?", [("ORG", "Amazon"), ("DATE", "marzo de 2026")],
     [("ORG", 1, 2), ("DATE", 3, 6)]),
    # German: no span at all
    ("Keine Zahl in diesem Satz.", [], []),
])
def test_displacy_blocks_tokens_and_overlapping_spans(text, spans, expected):
    highlights = [report.Highlight(kind, *at(text, needle), needle, "") for kind, needle in spans]
    [block] = report.displacy_blocks(text, highlights)
    assert _render_words(block) == text
    kinds = [(s["label"], s["start_token"], s["end_token"]) for s in block["spans"] if s["label"] != report.GLUE_LABEL]
    assert sorted(kinds, key=lambda k: (k[1], k[0])) == sorted(expected, key=lambda k: (k[1], k[0]))
    for s in block["spans"]:  # every label's tokens spell exactly the span text
        if s["label"] != report.GLUE_LABEL:
            shown = "".join(block["tokens"][s["start_token"]:s["end_token"]]).replace("\u00a0", " ").strip()
            assert any(shown == needle for _, needle in spans)


def test_displacy_blocks_split_lines_and_clip_spans():
    text = "Ligne une.\r\n\r\nLigne deux, OpenAI.\nTrois"
    quote = report.Highlight("QUOTE", 6, 33, text[6:33], "")
    blocks = report.displacy_blocks(text, [quote])
    assert [b["text"] for b in blocks] == ["Ligne une.", "Ligne deux, OpenAI.", "Trois"]
    assert [[(s["start_token"], s["end_token"]) for s in b["spans"] if s["label"]] for b in blocks] == [[(1, 2)], [(0, 3)], []]


@pytest.mark.parametrize("text, offsets, kept, bad", [
    ("Apple buys Beats", [(0, 5, "Apple"), (11, 16, "Beats")], ["Apple", "Beats"], 0),
    ("Apple buys Beats", [(0, 5, "Apple"), (10, 15, "Beats")], ["Apple"], 1),  # shifted offsets
    ("Apple", [(3, 9, "le")], [], 1),  # past the end
])
def test_matching_highlights(text, offsets, kept, bad):
    highlights = [report.Highlight("ORG", s, e, t, "") for s, e, t in offsets]
    good, wrong = report.matching_highlights(highlights, text)
    assert ([h.text for h in good], wrong) == (kept, bad)


@pytest.mark.parametrize("kind, detail, label", [
    ("QUOTE", "<b>O'Neil</b>", "QUOTE · &lt;b&gt;O&#x27;Neil&lt;/b&gt;"),
    ("AMOUNT", "5 bn <EUR>", 'AMOUNT<span class="sx-detail"> · 5 bn &lt;EUR&gt;</span>'),
    ("ORG", "", "ORG"),
])
def test_highlight_label_is_escaped(kind, detail, label):
    assert report.Highlight(kind, 0, 1, "x", detail).label == label


@pytest.mark.parametrize("partial, placed", [("2025", "2025-01-01"), ("2025-09", "2025-09-01"), ("2026-02-03", "2026-02-03")])
def test_plot_date(partial, placed):
    assert report._plot_date(partial) == placed


@pytest.mark.parametrize("low, high, ticks", [
    (2e10, 1e11, [2e10, 5e10, 1e11]),  # bounds that are ticks themselves
    (6.6e9, 3e11, [5e9, 1e10, 2e10, 5e10, 1e11, 2e11, 5e11]),
    (3e6, 3e6, [2e6, 5e6]),
])
def test_nice_ticks(low, high, ticks):
    assert report._nice_ticks(low, high) == pytest.approx(ticks)


def test_label_positions_alternate_for_close_marks():
    xs, ys = ["2025-09-01", "2025-10-01", "2027-01-01"], [1e11, 1e11, 3e11]
    assert report._label_positions(xs, ys) == ["top center", "bottom center", "top center"]


def test_cli_report_command(tmp_path, monkeypatch):
    """`newsx report OUTDIR` (the command is wired in pipeline/cli.py)."""
    from typer.testing import CliRunner

    from pipeline.cli import app

    build_outdir(tmp_path)
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["report", "out"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "out" / "report.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert CliRunner().invoke(app, ["report", "missing"]).exit_code == 2
