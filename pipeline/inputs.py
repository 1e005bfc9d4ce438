"""What a batch is made of: files, folders, globs, stdin and JSON Lines, as `InputItem`s.

Nothing here trusts its input. A doc_id becomes a file name in OUT, so it
follows one rule (`DOC_ID_RULE`); anything else is mapped to a safe, stable
name. Only regular files are read (a FIFO or a device would block or never
end); folders are walked without following symbolic links into loops, and the
output folder is never taken as input. JSON Lines files are streamed line by
line (split on "\\n" only, as JSON Lines defines it) and each line is bounded
by `--max-bytes`; a line's text is read again by the worker that processes it,
so a large feed is never held in memory.
"""

from __future__ import annotations

import errno
import glob
import hashlib
import json
import os
import re
import stat
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

ARTICLE_SUFFIXES = (".txt", ".html", ".htm")
JSONL_SUFFIXES = (".jsonl",)
DEFAULT_MAX_BYTES = 20_000_000

DOC_ID_RULE = re.compile(r"[A-Za-z0-9_-][A-Za-z0-9._-]{0,159}")
# Names the run writes itself in OUT (manifest.json, errors.jsonl, comparison.*, deals.*, report.html).
RESERVED_DOC_IDS = frozenset({"manifest", "errors", "comparison", "deals", "report"})
SLUG_LENGTH = 100
ID_HASH_LENGTH = 10
LANGUAGE_CODE = re.compile(r"[a-z]{2,3}")


class UsageError(ValueError):
    """The command line names nothing that can be read."""


@dataclass(frozen=True)
class InputItem:
    """One article to process: a file, a JSON Lines line (read again where it is processed)
    or a text already in memory (stdin)."""

    doc_id: str
    source: str
    path: str | None = None
    raw: bytes | None = None
    text: str | None = None
    line_offset: int | None = None  # a JSON Lines item: the line's byte offset in `path`
    text_sha256: str | None = None  # a JSON Lines item: digest of its text, for the resume key
    input_id: str | None = None  # the id as given, when it was not a safe doc_id
    published: str | None = None
    language: str | None = None
    title: str | None = None
    error: str | None = None  # known bad before processing (malformed JSONL line, unreadable file)


def is_safe_doc_id(doc_id: str) -> bool:
    """A name that is one plain file in OUT and none of the run's own files."""
    return bool(DOC_ID_RULE.fullmatch(doc_id)) and doc_id.casefold() not in RESERVED_DOC_IDS


def safe_doc_id(given: str) -> str:
    """`given` when it follows the rule, else a slug of it plus a short hash of the whole id:
    stable across runs and machines, distinct for distinct ids, never a path."""
    if is_safe_doc_id(given):
        return given
    slug = re.sub(r"[^A-Za-z0-9_-]+", "_", given).strip("_")[:SLUG_LENGTH] or "doc"
    digest = hashlib.sha256(given.encode("utf-8", "surrogatepass")).hexdigest()[:ID_HASH_LENGTH]
    return f"{slug}-{digest}"


def parse_published(value: object) -> tuple[date | None, str | None]:
    """An ISO date or date-time as given with an article, or None and the warning saying why."""
    if value is None:
        return None, None
    if not isinstance(value, str):
        return None, f"published {value!r} is not an ISO date string; ignored"
    text = value.strip()
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            return date.fromisoformat(text), None
        return datetime.fromisoformat(text).date(), None
    except ValueError:
        return None, f"published {value!r} is not an ISO date (YYYY-MM-DD); ignored"


def _relative(path: Path, given: Path) -> str:
    """The path as the user gave it when relative; an absolute one is made relative to the
    working directory when inside it, else to the given input's parent folder. Records
    never hold an absolute path, so they are identical on every machine."""
    if not path.is_absolute():
        return path.as_posix()
    try:
        return path.relative_to(Path.cwd()).as_posix()
    except ValueError:
        anchor = given.parent if given.is_absolute() else given.resolve().parent
        try:
            return path.relative_to(anchor).as_posix()
        except ValueError:
            return path.name


def _inside(path: Path, folder: Path | None) -> bool:
    if folder is None:
        return False
    try:
        path.resolve().relative_to(folder)
        return True
    except (ValueError, OSError, RuntimeError):
        return False


def _file_problem(path: Path) -> str | None:
    """Why `path` cannot be read as an article file, or None for a regular file."""
    try:
        mode = path.stat().st_mode  # follows a link: a loop or a dangling link raises
    except FileNotFoundError:
        return "broken symbolic link" if path.is_symlink() else "no such file"
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "symbolic link loop"
        return f"cannot read file ({exc.strerror or type(exc).__name__})"
    if not stat.S_ISREG(mode):
        return "not a regular file (FIFO, socket or device)"
    return None


def _walk(folder: Path, out_dir: Path | None) -> Iterator[Path]:
    """Article and JSON Lines files under `folder` (sorted, recursive), symbolic links to
    folders not followed, the output folder left out; entries with an article suffix that
    are no regular file (FIFO, dangling link, link loop) are yielded too, to be reported."""
    for root, dirs, files in os.walk(folder, followlinks=False):
        base = Path(root)
        dirs[:] = sorted(d for d in dirs if not _inside(base / d, out_dir))
        for name in sorted(files):  # a dangling link or a link loop is listed here too
            path = base / name
            if path.suffix.lower() in ARTICLE_SUFFIXES + JSONL_SUFFIXES and not _inside(path, out_dir):
                yield path


def expand_inputs(inputs: Sequence[str], stdin: bytes | None = None, *, out_dir: Path | None = None,
                  max_bytes: int = DEFAULT_MAX_BYTES) -> list[InputItem]:
    """Files, folders (recursive), globs, `-` for stdin and JSON Lines, in a stable order.
    Files inside `out_dir` are never inputs (a run's own outputs would come back as articles)."""
    out_resolved = out_dir.resolve() if out_dir is not None else None
    items: list[InputItem] = []
    for given in inputs:
        if given == "-":
            data = stdin if stdin is not None else sys.stdin.buffer.read()
            items.append(InputItem(doc_id="stdin", source="-", raw=data))
            continue
        path = Path(given)
        if path.is_dir():
            files = list(_walk(path, out_resolved))
        elif path.exists() or path.is_symlink():
            files = [path]
        elif any(ch in given for ch in "*?["):
            files = sorted(Path(p) for p in glob.glob(given, recursive=True)
                           if not Path(p).is_dir() and not _inside(Path(p), out_resolved))
        else:
            raise UsageError(f"{given}: no such file or folder")
        for file in files:
            source = _relative(file, path)
            problem = _file_problem(file)
            if problem:
                items.append(InputItem(doc_id=safe_doc_id(file.stem), source=source, error=problem))
            elif file.suffix.lower() in JSONL_SUFFIXES:
                items.extend(read_jsonl_items(file, source, max_bytes))
            else:
                items.append(_file_item(file, source))
    return items


def _file_item(file: Path, source: str) -> InputItem:
    doc_id = safe_doc_id(file.stem)
    return InputItem(doc_id=doc_id, source=source, path=str(file), input_id=None if doc_id == file.stem else file.stem)


def _jsonl_lines(path: Path, max_bytes: int) -> Iterator[tuple[int, int, bytes | None]]:
    """(line number, byte offset, line bytes or None when longer than `max_bytes`), split on b"\\n" only."""
    with path.open("rb") as handle:
        number, offset = 0, 0
        while True:
            line = handle.readline(max_bytes + 1)
            if not line:
                return
            number += 1
            start = offset
            offset += len(line)
            if len(line) > max_bytes and not line.endswith(b"\n"):
                while line and not line.endswith(b"\n"):  # skip the rest of the oversized line
                    line = handle.readline(1 << 20)
                    offset += len(line)
                yield number, start, None
                continue
            yield number, start, line


def read_jsonl_line(path: Path, offset: int, max_bytes: int) -> dict:
    """The JSON object of the line at `offset` (read where the item is processed)."""
    with path.open("rb") as handle:
        handle.seek(offset)
        line = handle.readline(max_bytes + 1)
    return json.loads(line.decode("utf-8-sig" if offset == 0 else "utf-8"))


def _line_item(row: object, *, line_id: str, where: str, path: Path, offset: int, max_bytes: int) -> InputItem:
    """The item of one parsed JSON line, or an item carrying why it cannot be processed."""
    def bad(reason: str) -> InputItem:
        return InputItem(doc_id=line_id, source=where, error=reason)

    if not isinstance(row, dict):
        return bad("a JSON line must be an object")
    given = row.get("id")
    if isinstance(given, bool) or not isinstance(given, (str, int)) or not str(given).strip():
        return bad('a JSON line needs an "id" that is a non-empty string or an integer')
    text = row.get("text")
    if not isinstance(text, str):
        return bad('a JSON line needs a string "text"')
    encoded = text.encode("utf-8", "surrogatepass")
    if len(encoded) > max_bytes:
        return bad(f"text of {len(encoded)} bytes is larger than {max_bytes} bytes (limit --max-bytes)")
    language = row.get("language")
    if language is not None and not (isinstance(language, str) and LANGUAGE_CODE.fullmatch(language)):
        return bad(f'"language" must be an ISO 639-1 code such as "fr", got {language!r}')
    title = row.get("title")
    if title is not None and not isinstance(title, str):
        return bad(f'"title" must be a string, got {type(title).__name__}')
    published = row.get("published")
    given_id = str(given)
    doc_id = safe_doc_id(given_id)
    return InputItem(doc_id=doc_id, source=where, path=str(path), line_offset=offset,
                     text_sha256=hashlib.sha256(encoded).hexdigest(),
                     input_id=None if doc_id == given_id else given_id,
                     published=published if isinstance(published, str) or published is None else json.dumps(published),
                     language=language, title=title)


def read_jsonl_items(path: Path, source: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[InputItem]:
    """One article per line: {"id", "text", "published"?, "language"?, "title"?}; a bad line is
    an item with its error, the other lines go on."""
    stem = safe_doc_id(path.stem)
    try:
        for number, offset, line in _jsonl_lines(path, max_bytes):
            where = f"{source}:{number}"
            line_id = f"{stem}-line{number}"
            if line is None:
                yield InputItem(doc_id=line_id, source=where,
                                error=f"line larger than {max_bytes} bytes (limit --max-bytes)")
                continue
            if not line.strip():
                continue
            try:
                row = json.loads(line.decode("utf-8-sig" if offset == 0 else "utf-8"))
            except UnicodeDecodeError:
                yield InputItem(doc_id=line_id, source=where, error="JSON line is not valid UTF-8")
                continue
            except json.JSONDecodeError as exc:
                yield InputItem(doc_id=line_id, source=where, error=f"malformed JSON line ({exc.msg})")
                continue
            except RecursionError:
                yield InputItem(doc_id=line_id, source=where, error="malformed JSON line (nested too deeply)")
                continue
            yield _line_item(row, line_id=line_id, where=where, path=path, offset=offset, max_bytes=max_bytes)
    except OSError as exc:
        yield InputItem(doc_id=stem, source=source, error=f"cannot read JSON Lines file ({exc.strerror or exc})")
