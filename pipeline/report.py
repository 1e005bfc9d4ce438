"""`newsx report`: one self-contained, offline HTML page for an output folder.

The page shows the cross-article deal comparison (a table and a plotly timeline),
every article's text with its extracted spans highlighted by displaCy, each
article's deal records with their evidence, and the run's warnings and errors.
Everything is inline (plotly.js too), so the page opens without a network.

Safety: article text is untrusted. displaCy escapes the text it renders; every
other string goes through Jinja2 autoescaping or `html.escape` (displaCy labels,
plotly hover text). The same inputs give the same bytes: no timestamps, stable
orders, fixed element ids.
"""

from __future__ import annotations

import bisect
import hashlib
import html
import json
import math
import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path

import jinja2
from spacy import displacy

from pipeline.compare import build_comparison, format_money, load_records
from pipeline.keys import money_key
from pipeline.schema import ArticleRecord, Comparison, Deal, DealGroup, DealVersion
from pipeline.writers import write_text_atomic

REPORT_NAME = "report.html"
CHART_ID = "deal-timeline"
TEMPLATES = Path(__file__).parent / "templates"

KIND_COLORS = {"AMOUNT": "#ffd166", "DATE": "#8ecae6", "ORG": "#cdb4f6", "QUOTE": "#95d5b2"}
KIND_NAMES = {"AMOUNT": "amount", "DATE": "date", "ORG": "organisation", "QUOTE": "quote (speaker)"}
# One colour per status, shared by the table badges and the chart marks.
STATUS_COLORS: dict[str, str] = {
    "announced": "#2563eb", "signed": "#16a34a", "completed": "#166534", "negotiating": "#ea580c",
    "considering": "#ca8a04", "rumored": "#9333ea", "on_hold": "#78716c", "cancelled": "#dc2626",
    "denied": "#db2777", "reduced": "#0891b2",
}
STATUS_ORDER = list(STATUS_COLORS)
GLUE_LABEL = ""
EVIDENCE_HOVER_CHARS = 220
HOVER_LINE_CHARS = 70
LABEL_CLOSE_DAYS = 150  # marks this close in time (and amount) get labels on opposite sides
LABEL_CLOSE_DECADES = 0.5

_LINE_BREAK = re.compile(r"\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
_WORD = re.compile(r"\S+")
_JSONL_SOURCE = re.compile(r"^(?P<path>.+\.jsonl):(?P<line>\d+)$", re.IGNORECASE)
_SLUG_UNSAFE = re.compile(r"[^A-Za-z0-9_-]+")

# displaCy "span" templates: like displaCy's own, minus the bold text and the
# template whitespace. displaCy puts a space after every token outside a span;
# tokens inside spans carry their own following space (a no-break space, so the
# underline runs on from word to word), so "Solvik." stays glued. A word part
# glued to a following span ("d'" of "d'Solvik") gets an invisible GLUE span
# for the same reason.
SPAN_TEMPLATES = {
    "span": ('<span class="sx-token" style="display: inline-block; position: relative; '
             'height: {total_height}px;">{text}{span_slices}{span_starts}</span>'),
    "slice": ('<span class="sx-slice" style="background: {bg}; top: {top_offset}px; height: 4px; left: -1px; '
              'width: calc(100% + 2px); position: absolute;"></span>'),
    "start": ('<span class="sx-start" style="background: {bg}; top: {top_offset}px; height: 4px; '
              'border-top-left-radius: 3px; border-bottom-left-radius: 3px; left: -1px; width: calc(100% + 2px); '
              'position: absolute;"><span class="sx-label" style="background: {bg}; z-index: 10; color: #111; '
              'top: -0.5em; padding: 2px 4px; position: absolute; font-size: 0.62em; font-weight: 600; '
              'line-height: 1; border-radius: 3px; white-space: nowrap;">{label}{kb_link}</span></span>'),
}
ENT_TEMPLATE = ('<mark class="entity" style="background: {bg}; padding: 0.15em 0.35em; margin: 0 0.1em; '
                'line-height: 1.9; border-radius: 0.3em;">{text}<span class="ent-label" style="font-size: 0.62em; '
                'font-weight: 600; margin-left: 0.35em; vertical-align: middle;">{label}</span></mark>')


# ---------------------------------------------------------------- loading

@dataclass
class RunIssues:
    """What went wrong or looked odd in the run, for the warnings and errors section."""

    errors: list[dict[str, str]] = field(default_factory=list)
    warnings: list[dict[str, str]] = field(default_factory=list)
    run_info: dict[str, object] = field(default_factory=dict)

    def warn(self, doc_id: str, where: str, message: str) -> None:
        row = {"doc_id": doc_id, "where": where, "message": message}
        if row not in self.warnings:
            self.warnings.append(row)

    def error(self, doc_id: str, source: str, message: str) -> None:
        row = {"doc_id": doc_id, "source": source, "error": message}
        if not any(e["doc_id"] == doc_id and e["error"] == message for e in self.errors):
            self.errors.append(row)


def load_records_and_issues(out_dir: Path, issues: RunIssues) -> list[ArticleRecord]:
    """The folder's article records; JSON files that are not records become warnings, not silence."""
    return load_records(out_dir, on_skip=lambda path, exc: issues.warn(
        path.stem, path.name, f"not an article record, left out of the report ({type(exc).__name__})"))


def read_run_issues(out_dir: Path, records: list[ArticleRecord], issues: RunIssues) -> None:
    """Errors from errors.jsonl and the manifest; warnings from records and the manifest."""
    errors_path = out_dir / "errors.jsonl"
    if errors_path.exists():
        for number, line in enumerate(errors_path.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                issues.error(str(row.get("doc_id", "")), str(row.get("source", "")), str(row.get("error", "")))
            except (json.JSONDecodeError, AttributeError):
                issues.warn("", f"errors.jsonl:{number}", "unreadable line")
    manifest: dict = {}
    manifest_path = out_dir / "manifest.json"
    if manifest_path.exists():
        try:
            loaded = json.loads(manifest_path.read_text(encoding="utf-8"))
            manifest = loaded if isinstance(loaded, dict) else {}
        except (OSError, UnicodeDecodeError, json.JSONDecodeError):
            issues.warn("", "manifest.json", "unreadable manifest")
    issues.run_info = {key: manifest[key] for key in ("newsx_version", "pipeline_version", "models") if key in manifest}
    for record in records:
        for message in record.warnings:
            issues.warn(record.doc_id, "record", message)
        for amount in record.amounts:
            for message in amount.warnings:
                issues.warn(record.doc_id, f"amount “{amount.text}” at {amount.start}", message)
    for entry in manifest.get("files", []):
        if not isinstance(entry, dict):
            continue
        doc_id, source = str(entry.get("doc_id", "")), str(entry.get("source", ""))
        if entry.get("status") == "error":
            issues.error(doc_id, source, str(entry.get("error", "")))
        for message in entry.get("warnings") or []:
            if {"doc_id": doc_id, "where": "record", "message": str(message)} not in issues.warnings:
                issues.warn(doc_id, "manifest", str(message))
    issues.errors.sort(key=lambda e: (e["doc_id"], e["source"], e["error"]))


@lru_cache(maxsize=4)
def _jsonl_lines(path: str, mtime_ns: int, size: int) -> tuple[str, ...]:
    """A JSON Lines input's lines, read once for all its articles (keyed on its mtime and size)."""
    return tuple(Path(path).read_text(encoding="utf-8-sig").splitlines())


@dataclass(frozen=True)
class ArticleText:
    text: str | None
    problem: str | None = None


def read_article_text(record: ArticleRecord) -> ArticleText:
    """The article text the offsets point into, re-read from `record.source` (relative to
    the working directory) and checked against the record's digest."""
    from pipeline import ingest

    source = record.source
    if source == "-":
        return ArticleText(None, "the article was read from standard input")
    jsonl = _JSONL_SOURCE.match(source)
    try:
        if jsonl:
            stat = Path(jsonl["path"]).stat()
            lines = _jsonl_lines(jsonl["path"], stat.st_mtime_ns, stat.st_size)
            row = json.loads(lines[int(jsonl["line"]) - 1])
            text = row["text"]
            digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        else:
            raw = Path(source).read_bytes()
            digest = hashlib.sha256(raw).hexdigest()
            if Path(source).suffix.lower() in ingest.HTML_SUFFIXES:
                text = ingest.ingest_html(raw, doc_id=record.doc_id, source=source).text
            else:
                text = ingest.decode(raw, source)[0]
    except FileNotFoundError:
        return ArticleText(None, f"{source} is not found (paths are relative to the working directory)")
    except (OSError, ValueError, KeyError, IndexError, TypeError, ImportError, ingest.IngestError) as exc:
        return ArticleText(None, f"{source} cannot be read ({type(exc).__name__})")
    if digest != record.sha256:
        return ArticleText(None, f"{source} has changed since the run (its SHA-256 differs from the record's)")
    return ArticleText(text)


# ---------------------------------------------------------------- spans

@dataclass(frozen=True)
class Highlight:
    """One span to highlight: its kind, offsets into the article text, and a short label."""

    kind: str
    start: int
    end: int
    text: str
    detail: str

    @property
    def label(self) -> str:
        """The displaCy label (HTML, escaped here: displaCy inserts labels verbatim). A quote
        shows its speaker; other details (normalised value, canonical name) show on hover,
        so that short spans' labels do not print over their neighbours'."""
        if not self.detail:
            return self.kind
        if self.kind == "QUOTE":
            return html.escape(f"{self.kind} · {self.detail}")
        return f'{self.kind}<span class="sx-detail"> · {html.escape(self.detail)}</span>'


def _speaker_name(speaker: str | list[str] | None) -> str:
    if isinstance(speaker, list):
        return ", ".join(speaker)
    return speaker or ""


def record_highlights(record: ArticleRecord) -> list[Highlight]:
    """Every extracted span of the record, in text order."""
    spans = [Highlight("AMOUNT", a.start, a.end, a.text,
                       format_money(a.value, a.value_max, a.currency) + ("" if a.qualifier == "exact" else f" ({a.qualifier})"))
             for a in record.amounts]
    spans += [Highlight("DATE", d.start, d.end, d.text, _date_detail(d.start_date, d.end_date)) for d in record.dates]
    spans += [Highlight("ORG", m.start, m.end, m.text, org.name if org.name != m.text else "")
              for org in record.organizations for m in org.mentions]
    spans += [Highlight("QUOTE", q.start, q.end, q.text, _speaker_name(q.speaker) or "no speaker") for q in record.quotes]
    return sorted(spans, key=lambda h: (h.start, -h.end, h.kind, h.detail))


def _date_detail(start: str | None, end: str | None) -> str:
    if start and end and start != end:
        return f"{start} – {end}"
    return start or end or "unresolved"


def matching_highlights(highlights: list[Highlight], text: str, offset: int = 0) -> tuple[list[Highlight], int]:
    """The highlights whose offsets point at their text in `text` (which starts at `offset`),
    and how many did not (a stale record or a changed file)."""
    kept, bad = [], 0
    for h in highlights:
        if 0 <= h.start - offset < h.end - offset <= len(text) and text[h.start - offset:h.end - offset] == h.text:
            kept.append(h)
        else:
            bad += 1
    return kept, bad


def _line_ranges(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line holding some text: each becomes one displaCy block."""
    ranges, position = [], 0
    for brk in _LINE_BREAK.finditer(text):
        ranges.append((position, brk.start()))
        position = brk.end()
    ranges.append((position, len(text)))
    return [(s, e) for s, e in ranges if text[s:e].strip()]


def _tokens(text: str, start: int, end: int, cuts: list[int]) -> list[tuple[int, int]]:
    """Words of text[start:end], cut again wherever a span starts or ends inside a word."""
    tokens = []
    for word in _WORD.finditer(text, start, end):
        position = word.start()
        first = bisect.bisect_right(cuts, position)
        last = bisect.bisect_left(cuts, word.end())
        for cut in cuts[first:last]:
            tokens.append((position, cut))
            position = cut
        tokens.append((position, word.end()))
    return tokens


def displacy_blocks(text: str, highlights: list[Highlight]) -> list[dict]:
    """displaCy "span" style input, one dict per line: tokens and token-indexed spans
    (overlaps allowed: a quote holding an amount gets two stacked underlines)."""
    cuts = sorted({h.start for h in highlights} | {h.end for h in highlights})
    blocks = []
    by_start = sorted(highlights, key=lambda h: (h.start, -h.end))
    waiting, active = 0, []
    for line_start, line_end in _line_ranges(text):
        # spans overlapping this line: started before its end, ending after its start
        while waiting < len(by_start) and by_start[waiting].start < line_end:
            active.append(by_start[waiting])
            waiting += 1
        active = [h for h in active if h.end > line_start]
        tokens = _tokens(text, line_start, line_end, cuts)
        token_starts = [s for s, _ in tokens]
        token_ends = [e for _, e in tokens]
        spans = []
        covered = [False] * len(tokens)
        for h in active:
            first = bisect.bisect_left(token_starts, max(h.start, line_start))
            last = bisect.bisect_right(token_ends, min(h.end, line_end))
            if first < last:
                spans.append({"start_token": first, "end_token": last, "label": h.label})
                covered[first:last] = [True] * (last - first)
        words = []
        for index, (start, end) in enumerate(tokens):
            glued = end < line_end and not text[end].isspace()
            if covered[index]:
                words.append(text[start:end] + ("" if glued or end == line_end else "\u00a0"))
            else:
                words.append(text[start:end])
                if glued:
                    spans.append({"start_token": index, "end_token": index + 1, "label": GLUE_LABEL})
        blocks.append({"text": text[line_start:line_end], "tokens": words, "spans": spans})
    return blocks


def _label_colors(highlights: list[Highlight]) -> dict[str, str]:
    colors = {h.label: KIND_COLORS[h.kind] for h in highlights}
    colors[GLUE_LABEL] = "transparent"
    return colors


def render_article_text(text: str, highlights: list[Highlight]) -> str:
    """The article text with every span underlined by kind, through displaCy's span style."""
    blocks = displacy_blocks(text, highlights)
    if not blocks:
        return ""
    options = {"colors": _label_colors(highlights), "template": SPAN_TEMPLATES}
    return displacy.render(blocks, style="span", manual=True, page=False, jupyter=False, options=options)


def render_evidence(deal: Deal, highlights: list[Highlight]) -> str:
    """The deal's evidence sentence with its amounts, dates and organisations marked
    (displaCy's entity style: no overlaps, so quotes are left out and the first span wins)."""
    inside, _ = matching_highlights(
        [h for h in highlights if h.kind != "QUOTE" and deal.evidence_start <= h.start and h.end <= deal.evidence_end],
        deal.evidence, deal.evidence_start)
    ents, last_end = [], -1
    for h in sorted(inside, key=lambda h: (h.start, -h.end)):
        if h.start >= last_end:
            ents.append({"start": h.start - deal.evidence_start, "end": h.end - deal.evidence_start,
                         "label": html.escape(h.kind)})
            last_end = h.end
    options = {"colors": KIND_COLORS, "template": ENT_TEMPLATE}
    return displacy.render({"text": deal.evidence, "ents": ents, "title": None}, style="ent", manual=True,
                           page=False, jupyter=False, options=options)


# ---------------------------------------------------------------- comparison

def _slug(value: str) -> str:
    return _SLUG_UNSAFE.sub("-", value).strip("-") or "x"


def article_anchors(records: list[ArticleRecord]) -> dict[str, str]:
    """doc_id -> a unique, URL-safe element id."""
    anchors: dict[str, str] = {}
    used: set[str] = set()
    for record in records:
        anchor, n = f"article-{_slug(record.doc_id)}", 2
        while anchor in used:
            anchor, n = f"article-{_slug(record.doc_id)}-{n}", n + 1
        used.add(anchor)
        anchors[record.doc_id] = anchor
    return anchors


def _deal_key(doc_id: str, deal: Deal) -> tuple:
    amount = deal.amount
    return (doc_id, tuple(sorted(deal.investors)), deal.target or "",
            money_key(amount.value if amount else None, amount.value_max if amount else None),
            deal.status, deal.type, deal.date, tuple(deal.reported_by), deal.evidence)


@dataclass
class DealLinks:
    """Links both ways between comparison versions and article deal records."""

    report_anchor: dict[tuple[int, int, int], str] = field(default_factory=dict)  # (group, version, report) -> deal id
    deal_version: dict[str, tuple[int, int]] = field(default_factory=dict)  # deal id -> (group, version)


def deal_anchor(article_anchor: str, index: int) -> str:
    return f"{article_anchor}-deal-{index + 1}"


def version_anchor(group: int, version: int) -> str:
    return f"version-{group + 1}-{version + 1}"


def link_deals(records: list[ArticleRecord], comparison: Comparison, anchors: dict[str, str]) -> DealLinks:
    """Find, for every report of every version, the deal record it came from."""
    free: dict[tuple, list[str]] = {}
    for record in records:
        for index, deal in enumerate(record.deals):
            free.setdefault(_deal_key(record.doc_id, deal), []).append(deal_anchor(anchors[record.doc_id], index))
    links = DealLinks()
    for gi, group in enumerate(comparison.groups):
        for vi, version in enumerate(group.versions):
            for ri, report in enumerate(version.reports):
                key = (report.doc_id, tuple(sorted(group.investors)), group.target,
                       money_key(version.amount, version.amount_max), report.status, report.type, report.date,
                       tuple(report.reported_by), report.evidence)
                if free.get(key):
                    anchor = free[key].pop(0)
                    links.report_anchor[(gi, vi, ri)] = anchor
                    links.deal_version[anchor] = (gi, vi)
    return links


def group_title(group: DealGroup) -> str:
    return f"{', '.join(group.investors) or '(investors not named)'} → {group.target or '(target not named)'}"


def deal_title(deal: Deal) -> str:
    return f"{', '.join(deal.investors) or '(investors not named)'} → {deal.target or '(target not named)'}"


def lead_status(version: DealVersion) -> str:
    """The status of the version's earliest report (reports are sorted by date): its chart colour."""
    return version.reports[0].status if version.reports else version.statuses[0]


def _version_money(version: DealVersion) -> str:
    return format_money(version.amount, version.amount_max, version.currency)


def disagreements(comparison: Comparison) -> list[dict[str, object]]:
    """One line per deal whose sources disagree: which amounts, which statuses, by how many articles."""
    lines = []
    for gi, group in enumerate(comparison.groups):
        if not (group.amount_disagreement or group.status_disagreement):
            continue
        amounts = [(_version_money(v), len(v.doc_ids), version_anchor(gi, vi))
                   for vi, v in enumerate(group.versions) if v.amount is not None]
        statuses: dict[str, set[str]] = {}
        for version in group.versions:
            for report in version.reports:
                statuses.setdefault(report.status, set()).add(report.doc_id)
        lines.append({
            "title": group_title(group), "anchor": version_anchor(gi, 0),
            "amounts": amounts if group.amount_disagreement else [],
            "statuses": [(s, len(statuses[s])) for s in STATUS_ORDER if s in statuses] if group.status_disagreement else [],
        })
    return lines


# ---------------------------------------------------------------- chart

def _plot_date(value: str) -> str:
    """A partial ISO date placed at the start of its period: 2025 -> 2025-01-01, 2025-09 -> 2025-09-01."""
    parts = value.split("-")
    return "-".join(parts + ["01"] * (3 - len(parts)))


def _wrap(text: str, width: int = HOVER_LINE_CHARS) -> str:
    """Escaped text broken into lines for a plotly tooltip."""
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    lines.append(line)
    return "<br>".join(html.escape(part) for part in lines)


def _hover(group: DealGroup, version: DealVersion) -> str:
    parts = [f"<b>{html.escape(group_title(group))}</b>",
             f"{html.escape(_version_money(version))} · first reported {html.escape(version.first_date or '')}",
             "status: " + html.escape(", ".join(version.statuses)) + (" (sources disagree)" if version.status_disagreement else ""),
             "outlets: " + html.escape(", ".join(version.outlets) or "none named")]
    for report in version.reports[:2]:
        evidence = report.evidence if len(report.evidence) <= EVIDENCE_HOVER_CHARS else report.evidence[:EVIDENCE_HOVER_CHARS] + "…"
        parts.append(f"<i>{html.escape(report.doc_id)}</i> ({html.escape(report.status)}, {html.escape(report.date or 'undated')}):")
        parts.append("“" + _wrap(evidence) + "”")
    if len(version.reports) > 2:
        parts.append(f"… and {len(version.reports) - 2} more reports")
    return "<br>".join(parts)


@dataclass
class Timeline:
    html: str
    plotted: int
    statuses: list[str]
    no_amount: int
    no_date: int
    no_either: int

    @property
    def not_plotted(self) -> int:
        return self.no_amount + self.no_date + self.no_either


def _nice_ticks(low: float, high: float) -> list[float]:
    """1-2-5 ticks covering [low, high], for a log axis that reads "2 bn", "5 bn", "10 bn"."""
    ticks, decade = [], 10.0 ** math.floor(math.log10(low))
    while decade <= high * 10:
        ticks += [decade * step for step in (1, 2, 5)]
        decade *= 10
    below = [t for t in ticks if t <= low]
    above = [t for t in ticks if t >= high]
    first = ticks.index(below[-1]) if below else 0
    last = ticks.index(above[0]) if above else len(ticks) - 1
    return ticks[first:last + 1]


def _shift_months(iso_date: str, months: int) -> str:
    year, month = int(iso_date[:4]), int(iso_date[5:7]) + months
    year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
    return f"{year:04d}-{month:02d}-01"


def _label_positions(xs: list[str], ys: list[float]) -> list[str]:
    """Above the mark, or below it when the previous mark (in time) is close: labels of
    neighbouring marks then do not print over each other."""
    positions = ["top center"] * len(xs)
    order = sorted(range(len(xs)), key=lambda i: (xs[i], ys[i]))
    for previous, current in zip(order, order[1:]):
        days = (date.fromisoformat(xs[current]) - date.fromisoformat(xs[previous])).days
        if days < LABEL_CLOSE_DAYS and abs(math.log10(ys[current]) - math.log10(ys[previous])) < LABEL_CLOSE_DECADES:
            positions[current] = "bottom center" if positions[previous] == "top center" else "top center"
    return positions


def timeline(comparison: Comparison) -> Timeline:
    """Amount (log scale) over time: one trace, one mark per version with an amount and a
    date, coloured by the status of its earliest report, labelled by deal and outlets."""
    import plotly.graph_objects as go

    marks: dict[str, list] = {key: [] for key in ("x", "y", "text", "hover", "anchor", "color", "outline", "error")}
    counts = {"no_amount": 0, "no_date": 0, "no_either": 0}
    statuses: set[str] = set()
    for gi, group in enumerate(comparison.groups):
        for vi, version in enumerate(group.versions):
            if version.amount is None or version.first_date is None:
                key = "no_either" if version.amount is None and version.first_date is None else (
                    "no_amount" if version.amount is None else "no_date")
                counts[key] += 1
                continue
            status = lead_status(version)
            statuses.add(status)
            marks["x"].append(_plot_date(version.first_date))
            marks["y"].append(version.amount)
            outlets = ", ".join(version.outlets)
            marks["text"].append(html.escape(group_title(group)) + (f"<br><i>{html.escape(outlets)}</i>" if outlets else ""))
            marks["hover"].append(_hover(group, version))
            marks["anchor"].append(version_anchor(gi, vi))
            marks["color"].append(STATUS_COLORS[status])
            marks["outline"].append(3 if version.status_disagreement else 1)
            marks["error"].append((version.amount_max - version.amount) if version.amount_max else 0.0)
    figure = go.Figure()
    figure.add_trace(go.Scatter(
        x=marks["x"], y=marks["y"], text=marks["text"], hovertext=marks["hover"], customdata=marks["anchor"],
        mode="markers+text", name="deal versions", showlegend=False,
        textposition=_label_positions(marks["x"], marks["y"]),
        textfont={"size": 11, "color": "#374151"}, hovertemplate="%{hovertext}<extra></extra>", cliponaxis=False,
        marker={"size": 14, "color": marks["color"], "line": {"color": "#111827", "width": marks["outline"]}},
        error_y={"type": "data", "symmetric": False, "array": marks["error"], "arrayminus": [0.0] * len(marks["error"]),
                 "visible": any(marks["error"]), "color": "#6b7280", "thickness": 1.5, "width": 5},
    ))
    xaxis: dict = {"title": {"text": "first reported (a partial date sits at the start of its period)"}, "type": "date"}
    yaxis: dict = {"title": {"text": "amount (log scale, in its currency)"}, "type": "log"}
    if marks["x"]:
        xaxis["range"] = [_shift_months(min(marks["x"]), -4), _shift_months(max(marks["x"]), 4)]
        tops = [y + e for y, e in zip(marks["y"], marks["error"])]
        ticks = _nice_ticks(min(marks["y"]), max(tops))
        yaxis.update(tickvals=ticks, ticktext=[format_money(t, None, None) for t in ticks],
                     range=[math.log10(ticks[0]) - 0.15, math.log10(ticks[-1]) + 0.25])
    else:
        figure.add_annotation(text="no deal version has both an amount and a date", showarrow=False,
                              xref="paper", yref="paper", x=0.5, y=0.5)
    figure.update_layout(
        template="plotly_white", height=460, margin={"l": 80, "r": 30, "t": 30, "b": 60},
        font={"family": "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif", "size": 13},
        hoverlabel={"align": "left", "bgcolor": "white", "font": {"size": 12}},
        xaxis=xaxis, yaxis=yaxis,
    )
    return Timeline(_chart_html(figure), len(marks["x"]), statuses=[s for s in STATUS_ORDER if s in statuses], **counts)


ON_CLICK = ("var chart = document.getElementById('{plot_id}');"
            " chart.on('plotly_click', function (event) {"
            " var anchor = event.points[0].customdata; if (anchor) { location.hash = anchor; } });")


def _chart_html(figure) -> str:
    """The figure as an inline div (plotly.js included, so the page works offline); a click opens the version."""
    import plotly.io as pio

    return pio.to_html(figure, include_plotlyjs=True, full_html=False, div_id=CHART_ID, post_script=ON_CLICK,
                       config={"displaylogo": False, "responsive": True, "modeBarButtonsToRemove": ["select2d", "lasso2d"]})


# ---------------------------------------------------------------- articles

@dataclass
class ArticleView:
    """What the template needs for one article section."""

    record: ArticleRecord
    anchor: str
    text_html: str | None
    text_problem: str | None
    mismatched: int
    deals: list[dict[str, object]]
    counts: dict[str, int]


def article_view(record: ArticleRecord, anchor: str, links: DealLinks, comparison: Comparison,
                 issues: RunIssues) -> ArticleView:
    highlights = record_highlights(record)
    article = read_article_text(record)
    text_html, mismatched = None, 0
    if article.text is not None:
        kept, mismatched = matching_highlights(highlights, article.text)
        text_html = render_article_text(article.text, kept)
        if mismatched:
            issues.warn(record.doc_id, "report", f"{mismatched} span(s) do not match the article text and are not highlighted")
    else:
        issues.warn(record.doc_id, "report", f"article text not shown: {article.problem}")
    deals = []
    for index, deal in enumerate(record.deals):
        anchor_id = deal_anchor(anchor, index)
        place = links.deal_version.get(anchor_id)
        deals.append({
            "deal": deal, "anchor": anchor_id, "title": deal_title(deal),
            "amount": format_money(deal.amount.value, deal.amount.value_max, deal.amount.currency) if deal.amount else "—",
            "valuation": format_money(deal.valuation.value, deal.valuation.value_max, deal.valuation.currency) if deal.valuation else None,
            "evidence_html": render_evidence(deal, highlights),
            "version_anchor": version_anchor(*place) if place else None,
            "version_label": (f"{group_title(comparison.groups[place[0]])}, version {place[1] + 1}" if place else None),
        })
    counts = {"amounts": len(record.amounts), "dates": len(record.dates), "organisations": len(record.organizations),
              "mentions": sum(len(o.mentions) for o in record.organizations), "quotes": len(record.quotes),
              "deals": len(record.deals)}
    return ArticleView(record, anchor, text_html, article.problem, mismatched, deals, counts)


# ---------------------------------------------------------------- page

@lru_cache(maxsize=1)
def _environment() -> jinja2.Environment:
    environment = jinja2.Environment(loader=jinja2.FileSystemLoader(str(TEMPLATES)), autoescape=True,
                                     undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True,
                                     keep_trailing_newline=True)
    environment.filters["money"] = lambda m: format_money(m.value, m.value_max, m.currency) if m else "—"
    environment.filters["status_order"] = lambda statuses: sorted(statuses, key=STATUS_ORDER.index)
    return environment


def _text_color(background: str) -> str:
    """Black or white, whichever reads better on the badge colour."""
    red, green, blue = (int(background[i:i + 2], 16) for i in (1, 3, 5))
    return "#111" if 0.299 * red + 0.587 * green + 0.114 * blue > 150 else "#fff"


def render_report(out_dir: Path) -> str:
    """The report page for a folder written by `newsx run`, as a string."""
    out_dir = Path(out_dir)
    issues = RunIssues()
    records = load_records_and_issues(out_dir, issues)
    read_run_issues(out_dir, records, issues)
    comparison = build_comparison(records)
    anchors = article_anchors(records)
    links = link_deals(records, comparison, anchors)
    articles = [article_view(r, anchors[r.doc_id], links, comparison, issues) for r in records]
    chart = timeline(comparison)
    issues.warnings.sort(key=lambda w: (w["doc_id"], w["where"], w["message"]))
    page = _environment().get_template("report.html.j2").render(
        out_name=out_dir.name or str(out_dir), comparison=comparison, articles=articles, anchors=anchors,
        links=links, chart=chart, issues=issues, disagreements=disagreements(comparison),
        kind_colors=KIND_COLORS, kind_names=KIND_NAMES,
        status_colors={s: (c, _text_color(c)) for s, c in STATUS_COLORS.items()},
        group_title=group_title, version_anchor=version_anchor, version_money=_version_money,
        chart_id=CHART_ID,
    )
    return page


def write_report(out_dir: Path) -> Path:
    """Write OUTDIR/report.html atomically; returns its path."""
    path = Path(out_dir) / REPORT_NAME
    write_text_atomic(path, render_report(out_dir))
    return path
