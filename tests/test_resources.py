"""Lexicons are checked against models/lexicons/schema.json when loaded.

Extractors read optional keys with defaults, so a misspelt key, a value of the
wrong type or a file that is not JSON would silently turn a rule off. Each case
here breaks one file of a temporary copy of models/ (NEWSX_MODELS) and expects
a ResourceError naming the file and the key; the real files are never touched.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from pipeline import resources
from pipeline.resources import ResourceError

MODELS = Path(__file__).resolve().parents[1] / "models"
LEXICONS = sorted((MODELS / "lexicons").glob("*/*.json"))


@pytest.fixture
def models_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A copy of models/ that the loader reads instead of the real one."""
    copy = tmp_path / "models"
    shutil.copytree(MODELS, copy)
    monkeypatch.setenv("NEWSX_MODELS", str(copy))
    resources.clear_caches()
    yield copy
    resources.clear_caches()


def edit(models: Path, relative: str, change: Callable[[dict[str, Any]], None]) -> Path:
    """Applies `change` to the JSON object in `models/relative` and writes it back."""
    path = models / relative
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def rename(data: dict[str, Any], old: str, new: str) -> None:
    data[new] = data.pop(old)


@pytest.mark.parametrize("relative, change, key", [
    ("lexicons/en/amounts.json", lambda d: rename(d, "magnitudes", "magnitdes"), "magnitdes"),
    ("lexicons/fr/quotes.json", lambda d: rename(d, "speech_verbs", "speech_verb"), "speech_verb"),
    ("lexicons/de/dates.json", lambda d: rename(d["tense_markers"], "past", "passt"), "tense_markers.passt"),
    ("lexicons/es/amounts.json", lambda d: rename(d["qualifiers"], "approx", "aprox"), "qualifiers.aprox"),
    ("lexicons/en/deals.json", lambda d: rename(d["cues"][0], "patterns", "pattern"), "cues[0].pattern"),
    ("lexicons/fr/orgs.json", lambda d: d.update(person_title=["PDG"]), "person_title"),
])
def test_misspelt_key_fails_naming_file_and_key(models_copy, relative, change, key) -> None:
    path = edit(models_copy, relative, change)
    lang, topic = path.parent.name, path.stem
    with pytest.raises(ResourceError, match="unknown key") as error:
        resources.lexicon(lang, topic)
    assert str(path) in str(error.value) and repr(key) in str(error.value)


@pytest.mark.parametrize("relative, change, key", [
    ("lexicons/en/quotes.json", lambda d: d.update(reversed_guillemets="yes"), "reversed_guillemets"),
    ("lexicons/en/amounts.json", lambda d: d.update(connectors="and"), "connectors"),
    ("lexicons/fr/dates.json", lambda d: d["months"].update(janvier="1"), "months['janvier']"),
    ("lexicons/de/numbers.json", lambda d: d["units"].update(eins=True), "units['eins']"),
    ("lexicons/es/orgs.json", lambda d: d["suffixes"].update(company="S.A."), "suffixes.company"),
    ("lexicons/fr/ingest.json", lambda d: d["navigation"].append(None), "navigation["),
])
def test_wrong_type_fails_naming_file_and_key(models_copy, relative, change, key) -> None:
    path = edit(models_copy, relative, change)
    with pytest.raises(ResourceError, match="expected") as error:
        resources.lexicon(path.parent.name, path.stem)
    assert str(path) in str(error.value) and key in str(error.value)


@pytest.mark.parametrize("relative, text", [
    ("lexicons/en/numbers.json", '{"weak": ["one",'),
    ("lexicons/fr/amounts.json", ""),
    ("lexicons/de/quotes.json", "{'titles': []}"),
])
def test_broken_json_fails_naming_the_file(models_copy, relative, text) -> None:
    path = models_copy / relative
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ResourceError, match="invalid JSON") as error:
        resources.lexicon(path.parent.name, path.stem)
    assert str(path) in str(error.value)


@pytest.mark.parametrize("relative, text, message", [
    ("lexicons/en/amounts.json", "[]", "expected an object"),
    ("lexicons/en/amount.json", "{}", "no topic 'amount'"),  # a misspelt file name
])
def test_file_that_is_no_lexicon_fails(models_copy, relative, text, message) -> None:
    path = models_copy / relative
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ResourceError, match=message) as error:
        resources.lexicon("en", "dates")
    assert str(path) in str(error.value)


@pytest.mark.parametrize("topic", ["quotes", "amounts", "ingest"])
def test_a_broken_file_fails_any_lexicon_of_its_language(models_copy, topic) -> None:
    """orgs.json is optional where quotes and persons read it (they catch its errors):
    a language is validated whole, so a broken orgs.json still fails there."""
    path = edit(models_copy, "lexicons/en/orgs.json", lambda d: rename(d, "person_titles", "person_tittles"))
    with pytest.raises(ResourceError, match="person_tittles") as error:
        resources.lexicon("en", topic)
    assert str(path) in str(error.value)
    assert resources.lexicon("fr", topic)  # other languages are unaffected


def test_broken_org_lexicon_fails_the_quote_and_person_rules(models_copy) -> None:
    from pipeline.extract import persons, quotes

    edit(models_copy, "lexicons/de/orgs.json", lambda d: d.update(person_titles="Chef"))
    for compiled in (quotes.quote_lexicon, persons.person_rules):
        compiled.cache_clear()
        with pytest.raises(ResourceError, match="person_titles"):
            compiled("de")
        compiled.cache_clear()


def test_missing_lexicon_fails_naming_the_file(models_copy) -> None:
    (models_copy / "lexicons/es/deals.json").unlink()
    with pytest.raises(ResourceError, match="missing resource file") as error:
        resources.lexicon("es", "deals")
    assert str(models_copy / "lexicons/es/deals.json") in str(error.value)
    assert resources.lexicon("es", "amounts")  # the others still load


@pytest.mark.parametrize("path", LEXICONS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_shipped_lexicon_validates(path: Path) -> None:
    resources.validate_lexicon(path, json.loads(path.read_text(encoding="utf-8")))


def test_schema_covers_every_topic_and_only_shipped_ones() -> None:
    schema = json.loads((MODELS / "lexicons" / "schema.json").read_text(encoding="utf-8"))
    assert set(schema["topics"]) == {path.stem for path in LEXICONS}


def test_models_dir_default_and_override(monkeypatch, tmp_path) -> None:
    monkeypatch.delenv("NEWSX_MODELS", raising=False)
    assert resources.models_dir().resolve() == MODELS.resolve()  # a checkout: the top-level folder
    monkeypatch.setenv("NEWSX_MODELS", str(tmp_path))
    assert resources.models_dir() == tmp_path


def test_pipeline_version_digests_the_models_in_use(models_copy) -> None:
    """A lexicon edit must redo resumed records, wherever models_dir() finds the data."""
    from pipeline.versions import pipeline_version

    before = pipeline_version.__wrapped__()
    edit(models_copy, "lexicons/en/ingest.json", lambda d: d["navigation"].append("Menu"))
    assert pipeline_version.__wrapped__() != before
