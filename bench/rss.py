"""Peak resident memory of every process of one `newsx run`, as the RSS target reads it.

Run as `python bench/rss.py --size 200 [--workers 1] [--rounds 2]`: the seeds
are copied to SIZE articles (as `throughput.py --command-only` does), then
`newsx run DIR -o OUT --workers N` runs in a subprocess while this script
reads `/proc/<pid>/status` of that process and of every descendant every
SAMPLE_SECONDS. VmHWM is the kernel's own high-water mark of a process's
resident set, so a sample taken late still sees an early peak; sampling only
has to catch each process before it exits (a worker's last sample is at most
SAMPLE_SECONDS old). `getrusage`'s `ru_maxrss` of the children would instead
give one number for the largest process ever waited for, not per worker.

Prints, per round, the largest VmHWM of any newsx process (kB, as the kernel
writes it), wall seconds, CPU seconds (user + sys of the command and its
children) and words per CPU second and per wall second.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

from throughput import write_seed_copies  # noqa: E402  (a sibling script, not a package)

SAMPLE_SECONDS = 0.5


def children_of() -> dict[int, list[int]]:
    """Every live process's children, from `/proc/<pid>/stat` (the parent is its fourth field)."""
    tree: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        parent = int(stat.rsplit(")", 1)[1].split()[1])
        tree.setdefault(parent, []).append(int(entry.name))
    return tree


def descendants(root: int) -> list[int]:
    """`root` and every process below it."""
    tree, found, todo = children_of(), [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(tree.get(pid, ()))
    return found


def vm_hwm_kb(pid: int) -> int | None:
    """The process's peak resident set (`VmHWM`, kB), or None once it has gone."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        return None
    return None


def measure(folder: Path, workers: int, words: int) -> dict[str, object]:
    """One `newsx run` into a fresh folder, its processes' VmHWM sampled until it exits."""
    out = Path(tempfile.mkdtemp(prefix="newsx-rss-"))
    newsx = Path(sys.executable).with_name("newsx")
    argv = [str(newsx), "run", str(folder), "-o", str(out), "--workers", str(workers)]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    process = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    peaks: dict[int, int] = {}
    while process.poll() is None:
        for pid in descendants(process.pid):
            hwm = vm_hwm_kb(pid)
            if hwm is not None:
                peaks[pid] = max(hwm, peaks.get(pid, 0))
        time.sleep(SAMPLE_SECONDS)
    seconds = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    stderr = process.stderr.read() if process.stderr else ""
    shutil.rmtree(out, ignore_errors=True)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {"vm_hwm_kb": max(peaks.values(), default=0), "processes": len(peaks), "wall_s": round(seconds, 1),
            "cpu_s": round(cpu, 1), "words_per_cpu_s": round(words / cpu), "words_per_wall_s": round(words / seconds),
            "exit": process.returncode, "stderr_tail": stderr.strip().splitlines()[-1:]}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=200, help="seed copies in the corpus")
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--folder", type=Path, help="reuse this corpus folder (written if missing)")
    args = parser.parse_args(argv)
    folder = args.folder or Path(tempfile.mkdtemp(prefix="newsx-rss-corpus-")) / f"copies_{args.size}"
    corpus = write_seed_copies(folder, args.size)
    print(f"{args.size} articles, {corpus['words']:,} words, --workers {args.workers}, load {os.getloadavg()[0]:.2f}")
    for round_number in range(1, args.rounds + 1):
        result = measure(folder, args.workers, corpus["words"])
        print(f"round {round_number}: " + json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
