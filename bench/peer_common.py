"""What the peer benches share: where the suite lives, its cases, span overlap."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parent.parent


def peer_dir() -> Path:
    """$NEWSX_PEER_DIR, else the copy in tests/fixtures/peer."""
    override = os.environ.get("NEWSX_PEER_DIR")
    return Path(override) if override else REPO_ROOT / "tests" / "fixtures" / "peer"


def load_cases(lang: str, task: str, verified_only: bool = True) -> list[dict[str, Any]]:
    """The cases of `<lang>/<task>.jsonl`; by default only those the .NET CI runs and passes."""
    path = peer_dir() / lang / f"{task}.jsonl"
    cases = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [c for c in cases if c.get("dotnet_verified") or not verified_only]


def overlaps(a: Any, b: dict[str, Any]) -> bool:
    """A prediction (attributes) overlaps an expected item (dict)."""
    return a.start < b["end"] and b["start"] < a.end
