"""Loads the pipeline's own data under `models/` once per process.

Language knowledge lives in data files, one folder per language:
`models/lexicons/<lang>/<topic>.json`. Adding a language is adding a folder
of files; no code changes. Extractors get their data here, never by opening
files themselves.
"""

from __future__ import annotations

import json
import os
from functools import lru_cache
from pathlib import Path
from typing import Any

SUPPORTED_LANGUAGES = ("fr", "en", "es", "de")


def models_dir() -> Path:
    """`$NEWSX_MODELS`, else the `models/` folder beside the package."""
    override = os.environ.get("NEWSX_MODELS")
    return Path(override) if override else Path(__file__).resolve().parent.parent / "models"


class ResourceError(RuntimeError):
    """A data file under models/ is missing or malformed."""


@lru_cache(maxsize=None)
def load_json(relative: str) -> Any:
    path = models_dir() / relative
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ResourceError(f"{path}: missing resource file") from exc
    except json.JSONDecodeError as exc:
        raise ResourceError(f"{path}: invalid JSON ({exc})") from exc


@lru_cache(maxsize=None)
def load_jsonl(relative: str) -> tuple[dict[str, Any], ...]:
    path = models_dir() / relative
    rows = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError as exc:
        raise ResourceError(f"{path}: missing resource file") from exc
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as exc:
            raise ResourceError(f"{path}:{number}: invalid JSON ({exc})") from exc
    return tuple(rows)


def lexicon(lang: str, topic: str) -> dict[str, Any]:
    """`models/lexicons/<lang>/<topic>.json`, e.g. lexicon("fr", "amounts")."""
    return load_json(f"lexicons/{lang}/{topic}.json")


def available_languages(topic: str) -> tuple[str, ...]:
    """Languages that ship a lexicon for `topic`, sorted."""
    root = models_dir() / "lexicons"
    return tuple(sorted(p.parent.name for p in root.glob(f"*/{topic}.json")))
