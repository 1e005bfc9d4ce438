"""Grouping deal records across articles, on hand-made records."""

from __future__ import annotations

import json

import pandas as pd

from pipeline.compare import build_comparison, format_money, write_comparison
from pipeline.schema import ArticleRecord, Deal, LanguageInfo, Money, PipelineInfo
from pipeline.writers import write_json_atomic


def deal(investors, target, value, status, date=None, outlets=()):
    return Deal(investors=investors, target=target, type="investment",
                amount=Money(value=value, currency="USD") if value else None, status=status, date=date,
                reported_by=list(outlets), evidence="e", evidence_start=0, evidence_end=1, confidence=0.8)


def record(doc_id, deals):
    return ArticleRecord(doc_id=doc_id, source=f"{doc_id}.txt", sha256="0" * 64, encoding="utf-8",
                         language=LanguageInfo(code="fr", confidence=1.0, processed_as="fr"),
                         pipeline=PipelineInfo(model="blank:fr", components=[]), title=None, deals=deals)


RECORDS = [
    record("a", [deal(["Nvidia"], "OpenAI", 1e11, "cancelled", "2025-09", ["Wall Street Journal"]),
                 deal(["Nvidia"], "OpenAI", 2e10, "negotiating", "2026-02-03", ["Bloomberg"])]),
    record("b", [deal(["Nvidia"], "OpenAI", 1e11, "announced", "2025-09"),
                 deal(["Amazon"], "OpenAI", 5e10, "negotiating")]),
]


def test_groups_versions_and_flags():
    comparison = build_comparison(RECORDS)
    nvidia = comparison.groups[0]
    assert (nvidia.investors, nvidia.target, nvidia.doc_ids) == (["Nvidia"], "OpenAI", ["a", "b"])
    assert [(v.amount, v.first_date, v.statuses, v.doc_ids) for v in nvidia.versions] == [
        (1e11, "2025-09", ["announced", "cancelled"], ["a", "b"]),
        (2e10, "2026-02-03", ["negotiating"], ["a"]),
    ]
    assert nvidia.amount_disagreement and nvidia.status_disagreement
    assert nvidia.versions[0].outlets == ["Wall Street Journal"]
    amazon = comparison.groups[1]
    assert (amazon.investors, amazon.amount_disagreement, amazon.status_disagreement) == (["Amazon"], False, False)
    assert (comparison.articles, comparison.deals) == (2, 4)


def test_write_comparison_files(tmp_path):
    for r in RECORDS:
        write_json_atomic(tmp_path / f"{r.doc_id}.json", r)
    write_json_atomic(tmp_path / "manifest.json", {"files": []})
    assert write_comparison(tmp_path) == 2
    table = pd.read_parquet(tmp_path / "deals.parquet")
    assert list(table["doc_id"]) == ["a", "a", "b", "b"]
    assert pd.read_csv(tmp_path / "deals.csv")["amount"].tolist() == [1e11, 2e10, 1e11, 5e10]
    data = json.loads((tmp_path / "comparison.json").read_text(encoding="utf-8"))
    assert [g["target"] for g in data["groups"]] == ["OpenAI", "OpenAI"]
    markdown = (tmp_path / "comparison.md").read_text(encoding="utf-8")
    assert "## Nvidia → OpenAI  ⚠ amounts disagree; statuses disagree" in markdown
    assert "| 2026-02-03 | 20 bn USD | negotiating | Bloomberg | a |" in markdown
    first = (tmp_path / "comparison.json").read_bytes()
    write_comparison(tmp_path)
    assert (tmp_path / "comparison.json").read_bytes() == first


def test_format_money():
    assert format_money(2e10, 9e10, "USD") == "20 bn–90 bn USD"
    assert format_money(None, None, None) == "—"


def test_records_kept_for_the_comparison_give_the_same_comparison_and_table():
    """`deal_fields` drops mentions, amounts, dates, quotes: on the real seed records the comparison and
    the deal table are what the whole records give."""
    from pathlib import Path

    from pipeline.compare import deal_fields, deals_table, load_records

    records = load_records(Path(__file__).resolve().parent.parent / "outputs")
    kept = [deal_fields(r) for r in records]
    assert len(records) == 5 and sum(len(r.deals) for r in records) > 0
    assert [(r.amounts, r.quotes, r.organizations[0].mentions) for r in kept[:1]] == [([], [], [])]
    assert build_comparison(kept).model_dump_json() == build_comparison(records).model_dump_json()
    assert deals_table(kept).equals(deals_table(records))
