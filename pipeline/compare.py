"""Cross-article comparison: the same deal as different sources report it.

Reads the article records of an output folder and writes
- `deals.csv` / `deals.parquet`: one row per deal record, with its doc_id;
- `comparison.json`: deal groups (same investors and target), each with its
  versions (distinct amounts) as a timeline, and disagreement flags;
- `comparison.csv` (one row per version) and `comparison.md` (for reading).
"""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pandas as pd

from pipeline.keys import money_key
from pipeline.schema import ArticleRecord, Comparison, Deal, DealGroup, DealReport, DealVersion
from pipeline.writers import write_bytes_atomic, write_json_atomic, write_text_atomic

OUTPUT_NAMES = {"manifest.json", "comparison.json"}
DEAL_COLUMNS = ["doc_id", "title", "investors", "target", "type", "amount", "amount_max", "currency", "qualifier",
                "valuation", "status", "date", "reported_by", "confidence", "evidence"]


def load_records(out_dir: Path, on_skip: Callable[[Path, Exception], None] | None = None, *,
                 deals_only: bool = False) -> list[ArticleRecord]:
    """Every article record in the folder, by doc_id; another JSON file is skipped
    (and reported to `on_skip`, when given). With `deals_only`, each keeps only what the
    comparison reads (see `deal_fields`)."""
    records = []
    for path in sorted(out_dir.glob("*.json")):
        if path.name in OUTPUT_NAMES:
            continue
        try:
            record = ArticleRecord.model_validate_json(path.read_text(encoding="utf-8"))
            records.append(deal_fields(record) if deals_only else record)
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            if on_skip:
                on_skip(path, exc)
    return sorted(records, key=lambda r: r.doc_id)


def deal_fields(record: ArticleRecord) -> ArticleRecord:
    """The record with its deals, title and organisations' names only: `newsx run` compares at its
    end in the worker's process, and 2,000 whole records held at once took 280 MB more of it."""
    organizations = [org.model_copy(update={"mentions": [], "aliases": []}) for org in record.organizations]
    return record.model_copy(update={"boilerplate": [], "amounts": [], "dates": [], "quotes": [], "warnings": [],
                                     "organizations": organizations})


def deals_table(records: list[ArticleRecord]) -> pd.DataFrame:
    rows = []
    for record in records:
        for deal in record.deals:
            rows.append({
                "doc_id": record.doc_id, "title": record.title,
                "investors": "; ".join(deal.investors), "target": deal.target, "type": deal.type,
                "amount": deal.amount.value if deal.amount else None,
                "amount_max": deal.amount.value_max if deal.amount else None,
                "currency": deal.amount.currency if deal.amount else None,
                "qualifier": deal.amount.qualifier if deal.amount else None,
                "valuation": deal.valuation.value if deal.valuation else None,
                "status": deal.status, "date": deal.date, "reported_by": "; ".join(deal.reported_by),
                "confidence": deal.confidence, "evidence": deal.evidence,
            })
    table = pd.DataFrame(rows, columns=DEAL_COLUMNS)
    for column in ("amount", "amount_max", "valuation", "confidence"):
        table[column] = pd.to_numeric(table[column]).astype("float64")
    return table


def _date_key(value: str | None) -> str:
    return value or "9999"


def _money_key(deal: Deal) -> tuple[float, float]:
    return money_key(deal.amount.value if deal.amount else None, deal.amount.value_max if deal.amount else None)


def build_comparison(records: list[ArticleRecord]) -> Comparison:
    """Group deal records by (investors, target), then by amount: one version per amount.
    Parties are compared by their table name, so "Banco Sabadell" in one article and
    "Sabadell" in another are one party."""
    by_pair: dict[tuple[tuple[str, ...], str], dict[tuple[float, float], list[tuple[ArticleRecord, Deal]]]] = {}
    count = 0
    for record in records:
        canonical = {org.name: org.canonical or org.name for org in record.organizations}
        for deal in record.deals:
            count += 1
            pair = (tuple(sorted(canonical.get(i, i) for i in deal.investors)), canonical.get(deal.target, deal.target) or "")
            by_pair.setdefault(pair, {}).setdefault(_money_key(deal), []).append((record, deal))
    groups = []
    for (investors, target), by_amount in by_pair.items():
        versions = []
        for reported in by_amount.values():
            reported.sort(key=lambda item: (_date_key(item[1].date), item[0].doc_id))
            reports = [DealReport(doc_id=r.doc_id, title=r.title, status=d.status, type=d.type, date=d.date,
                                  reported_by=d.reported_by, qualifier=d.amount.qualifier if d.amount else None,
                                  evidence=d.evidence) for r, d in reported]
            statuses = sorted({r.status for r in reports})
            amount = reported[0][1].amount
            versions.append(DealVersion(
                amount=amount.value if amount else None,
                amount_max=amount.value_max if amount else None,
                currency=amount.currency if amount else None,
                first_date=min((r.date for r in reports if r.date), default=None),
                statuses=statuses, status_disagreement=len(statuses) > 1,
                outlets=sorted({o for r in reports for o in r.reported_by}),
                doc_ids=sorted({r.doc_id for r in reports}), reports=reports,
            ))
        versions.sort(key=lambda v: (_date_key(v.first_date), v.amount is None, v.amount or 0.0))
        amounts = {(v.amount, v.amount_max) for v in versions if v.amount is not None}
        all_statuses = {s for v in versions for s in v.statuses}
        groups.append(DealGroup(
            investors=list(investors), target=target, versions=versions,
            amount_disagreement=len(amounts) > 1, status_disagreement=len(all_statuses) > 1,
            doc_ids=sorted({d for v in versions for d in v.doc_ids}),
        ))
    groups.sort(key=lambda g: (-len(g.doc_ids), -len(g.versions), g.target, g.investors))
    return Comparison(articles=len(records), deals=count, groups=groups)


def versions_table(comparison: Comparison) -> pd.DataFrame:
    rows = []
    for group in comparison.groups:
        for version in group.versions:
            rows.append({
                "investors": "; ".join(group.investors) or "(unnamed)", "target": group.target,
                "amount": version.amount, "amount_max": version.amount_max, "currency": version.currency,
                "first_date": version.first_date, "statuses": "; ".join(version.statuses),
                "outlets": "; ".join(version.outlets), "doc_ids": "; ".join(version.doc_ids),
                "amount_disagreement": group.amount_disagreement, "status_disagreement": version.status_disagreement,
            })
    return pd.DataFrame(rows, columns=["investors", "target", "amount", "amount_max", "currency", "first_date",
                                       "statuses", "outlets", "doc_ids", "amount_disagreement", "status_disagreement"])


def format_money(value: float | None, value_max: float | None, currency: str | None) -> str:
    if value is None:
        return "—"
    def short(x: float) -> str:
        for size, unit in ((1e12, "T"), (1e9, "bn"), (1e6, "m"), (1e3, "k")):
            if abs(x) >= size:
                return f"{x / size:g} {unit}"
        return f"{x:g}"
    text = short(value) + (f"–{short(value_max)}" if value_max else "")
    return f"{text} {currency or ''}".strip()


def comparison_markdown(comparison: Comparison) -> str:
    lines = [f"# Deal comparison", "",
             f"{comparison.articles} articles, {comparison.deals} deal records, {len(comparison.groups)} deals.", ""]
    for group in comparison.groups:
        who = ", ".join(group.investors) or "(investors not named)"
        flags = [f for f, on in (("amounts disagree", group.amount_disagreement),
                                 ("statuses disagree", group.status_disagreement)) if on]
        lines += [f"## {who} → {group.target}" + (f"  ⚠ {'; '.join(flags)}" if flags else ""), "",
                  "| date | amount | status | outlets | articles |", "|---|---|---|---|---|"]
        for version in group.versions:
            for report in version.reports:
                lines.append(f"| {report.date or '—'} | {format_money(version.amount, version.amount_max, version.currency)}"
                             f" | {report.status} | {', '.join(report.reported_by) or '—'} | {report.doc_id} |")
        lines.append("")
    return "\n".join(lines)


def write_comparison(out_dir: Path) -> int:
    """Write the deal tables and the comparison; returns the number of deal groups."""
    records = load_records(out_dir, deals_only=True)
    comparison = build_comparison(records)
    table = deals_table(records)
    write_text_atomic(out_dir / "deals.csv", table.to_csv(index=False, lineterminator="\n"))
    buffer = io.BytesIO()
    table.to_parquet(buffer, index=False)
    write_bytes_atomic(out_dir / "deals.parquet", buffer.getvalue())
    write_json_atomic(out_dir / "comparison.json", comparison)
    write_text_atomic(out_dir / "comparison.csv", versions_table(comparison).to_csv(index=False, lineterminator="\n"))
    write_text_atomic(out_dir / "comparison.md", comparison_markdown(comparison))
    return len(comparison.groups)
