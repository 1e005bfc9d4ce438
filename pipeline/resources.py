"""Loads the pipeline's own data under `models/` once per process.

Language knowledge lives in data files, one folder per language:
`models/lexicons/<lang>/<topic>.json`. Adding a language is adding a folder
of files; no code changes. Extractors get their data here, never by opening
files themselves.

Every lexicon is checked against `models/lexicons/schema.json` when loaded: a
misspelt key or a value of the wrong type would otherwise turn a rule off
without a word, since the extractors read optional keys with defaults.
"""

from __future__ import annotations

import difflib
import json
import os
from functools import lru_cache
from pathlib import Path
from typing import Any

SUPPORTED_LANGUAGES = ("fr", "en", "es", "de")
SCHEMA = "lexicons/schema.json"
_PACKAGE = Path(__file__).resolve().parent


def models_dir() -> Path:
    """`$NEWSX_MODELS`; else `pipeline/models/`, where a wheel installs the data; else the
    repo's top-level `models/` (a source checkout or an editable install).

    By path, not `importlib.resources`: callers glob and digest a real folder, and a
    checkout on PYTHONPATH or an older editable install has no `pipeline.models` to import.
    """
    override = os.environ.get("NEWSX_MODELS")
    if override:
        return Path(override)
    installed = _PACKAGE / "models"
    return installed if installed.is_dir() else _PACKAGE.parent / "models"


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
    """`models/lexicons/<lang>/<topic>.json`, e.g. lexicon("fr", "amounts"), once its language is valid."""
    check_language(lang)
    return load_json(f"lexicons/{lang}/{topic}.json")


@lru_cache(maxsize=None)
def check_language(lang: str) -> None:
    """Validates every lexicon of `lang` at once, so a broken file fails even for a caller
    that treats its topic as optional (and catches the error of a missing one)."""
    for path in sorted((models_dir() / "lexicons" / lang).glob("*.json")):
        validate_lexicon(path, load_json(f"lexicons/{lang}/{path.name}"))


def validate_lexicon(path: Path, data: Any) -> None:
    """Raises ResourceError naming `path` and the key if `data` does not fit its topic's schema."""
    schema = load_json(SCHEMA)
    keys = schema["topics"].get(path.stem)
    if keys is None:
        raise ResourceError(f"{path}: no topic {path.stem!r} in {models_dir() / SCHEMA}")
    problem = _record_problem(data, keys, "", schema["records"])
    if problem:
        raise ResourceError(f"{path}: {problem}")


_SCALARS: dict[str, type | tuple[type, ...]] = {
    "string": str, "boolean": bool, "integer": int, "number": (int, float), "null": type(None)}


def _json_type(value: Any) -> str:
    names = {bool: "boolean", int: "integer", float: "number", str: "string", list: "list", dict: "object"}
    return names.get(type(value), "null")


def _alternatives(expected: str) -> list[str]:
    """"string|list[number|string]" -> ["string", "list[number|string]"]: splits outside brackets."""
    parts, depth, start = [], 0, 0
    for i, char in enumerate(expected):
        depth += {"[": 1, "]": -1}.get(char, 0)
        if char == "|" and depth == 0:
            parts.append(expected[start:i])
            start = i + 1
    return parts + [expected[start:]]


def _problem(value: Any, expected: str, where: str, records: dict[str, dict[str, str]]) -> str | None:
    """Why `value` (at key path `where`) is not of type `expected`, or None if it is."""
    options = _alternatives(expected)
    mismatch = f"key {where!r}: expected {expected}, got {_json_type(value)}"
    if len(options) > 1:
        return None if any(_problem(value, o, where, records) is None for o in options) else mismatch
    if expected in records:
        return _record_problem(value, records[expected], where, records)
    for container, kind in (("list[", list), ("map[", dict)):
        if expected.startswith(container) and expected.endswith("]"):
            if not isinstance(value, kind):
                return mismatch
            items = enumerate(value) if kind is list else value.items()
            inner = expected[len(container):-1]
            return next(filter(None, (_problem(v, inner, f"{where}[{k!r}]", records) for k, v in items)), None)
    if expected not in _SCALARS:
        return f"key {where!r}: unknown type {expected!r} in the schema"
    fits = isinstance(value, _SCALARS[expected]) and (expected == "boolean" or not isinstance(value, bool))
    return None if fits else mismatch


def _record_problem(value: Any, fields: dict[str, str], where: str, records: dict[str, dict[str, str]]) -> str | None:
    """An object whose keys must be among `fields`, each value of its field's type."""
    if not isinstance(value, dict):
        return f"key {where!r}: expected an object, got {_json_type(value)}" if where else "expected an object"
    for key, item in value.items():
        at = f"{where}.{key}" if where else key
        if key not in fields:
            close = difflib.get_close_matches(key, fields, n=1)
            return f"unknown key {at!r}" + (f" (did you mean {close[0]!r}?)" if close else "")
        problem = _problem(item, fields[key], at, records)
        if problem:
            return problem
    return None


def clear_caches() -> None:
    """Forgets every loaded file, for tests that point NEWSX_MODELS elsewhere."""
    for cached in (load_json, load_jsonl, check_language):
        cached.cache_clear()


def available_languages(topic: str) -> tuple[str, ...]:
    """Languages that ship a lexicon for `topic`, sorted."""
    root = models_dir() / "lexicons"
    return tuple(sorted(p.parent.name for p in root.glob(f"*/{topic}.json")))
