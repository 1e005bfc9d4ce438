"""Atomic, deterministic output files.

Every file is written to a temporary file in the destination folder, flushed
and fsynced, then renamed over the target: an interrupted run (Ctrl-C,
SIGTERM, kill -9) leaves either the old file or the new one, never half of
one. JSON keys keep the schema's field order, so the same record gives the
same bytes on every machine.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from pydantic import BaseModel


def to_json(data: BaseModel | dict[str, Any] | list[Any]) -> str:
    """Stable, human-readable JSON text (schema field order, UTF-8, final newline)."""
    if isinstance(data, BaseModel):
        data = data.model_dump(mode="json")
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _file_mode() -> int:
    """The mode a plain `open()` would give a new file: 0o666 less the process umask
    (a temporary file is created 0o600, which would hide the outputs from the user's group)."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def write_bytes_atomic(path: Path, payload: bytes) -> None:
    """Write `payload` to `path` so that readers only ever see a whole file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.fchmod(fd, _file_mode())
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def write_text_atomic(path: Path, text: str) -> None:
    write_bytes_atomic(path, text.encode("utf-8"))


def write_json_atomic(path: Path, data: BaseModel | dict[str, Any] | list[Any]) -> None:
    write_text_atomic(path, to_json(data))


def write_jsonl_atomic(path: Path, rows: Iterable[dict[str, Any]]) -> None:
    write_text_atomic(path, "".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in rows))


def remove_stale_temporaries(folder: Path) -> None:
    """Delete temporaries left by a killed run (they are never valid outputs)."""
    for tmp in folder.glob(".*.tmp"):
        try:
            tmp.unlink()
        except OSError:
            pass
