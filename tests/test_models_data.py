"""Checks on the organisation data files: the alias table and the list of non-organisations.

The organisation extractor trusts these files blindly (one surface form -> one
canonical name), so a duplicate alias or a product listed as a company would
silently produce wrong extractions in every language.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from pathlib import Path

import pytest

from pipeline.extract.organizations import fold, organization_table

MODELS = Path(__file__).resolve().parents[1] / "models"
ORGS_PATH = MODELS / "organizations.jsonl"
NOT_ORGS_PATH = MODELS / "not_organizations.json"

ALLOWED_KINDS = {"company", "media", "fund", "public_body", "other"}
ALLOWED_KEYS = {"name", "aliases", "kind", "wikidata"}
WIKIDATA_ID = re.compile(r"Q[1-9][0-9]*")


def _read_rows() -> list[dict]:
    lines = [line for line in ORGS_PATH.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [json.loads(line) for line in lines]


ROWS = _read_rows()
BY_NAME = {row["name"]: row for row in ROWS}
NOT_ORGS = json.loads(NOT_ORGS_PATH.read_text(encoding="utf-8"))


def _surfaces(row: dict) -> list[str]:
    return [row["name"], *row["aliases"]]


def _surface_index() -> dict[str, set[str]]:
    """Surface form (exact, case-sensitive) -> canonical names that claim it."""
    index: dict[str, set[str]] = defaultdict(set)
    for row in ROWS:
        for surface in _surfaces(row):
            index[surface].add(row["name"])
    return index


SURFACES = _surface_index()


def test_every_line_is_a_json_object() -> None:
    for number, line in enumerate(ORGS_PATH.read_text(encoding="utf-8").splitlines(), 1):
        assert line.strip(), f"blank line {number}"
        assert isinstance(json.loads(line), dict), f"line {number} is not an object"


def test_entry_count() -> None:
    assert len(ROWS) >= 600


@pytest.mark.parametrize("kind, minimum", [("company", 300), ("media", 100), ("fund", 100), ("public_body", 50)])
def test_each_kind_is_well_covered(kind: str, minimum: int) -> None:
    assert sum(row["kind"] == kind for row in ROWS) >= minimum


def test_entries_have_the_required_shape() -> None:
    for row in ROWS:
        assert set(row) <= ALLOWED_KEYS, row
        assert {"name", "aliases", "kind"} <= set(row), row
        assert isinstance(row["name"], str) and isinstance(row["aliases"], list), row
        assert row["kind"] in ALLOWED_KINDS, row
        if "wikidata" in row:
            assert WIKIDATA_ID.fullmatch(row["wikidata"]), row


def test_surface_forms_are_clean() -> None:
    for row in ROWS:
        for surface in _surfaces(row):
            assert isinstance(surface, str) and surface, row
            assert surface == surface.strip() and "  " not in surface, repr(surface)
        assert row["name"] not in row["aliases"], row
        assert len(set(row["aliases"])) == len(row["aliases"]), row


def test_names_are_unique_and_sorted() -> None:
    names = [row["name"] for row in ROWS]
    assert len(set(names)) == len(names)
    assert names == sorted(names, key=str.casefold)


def test_no_surface_maps_to_two_entries() -> None:
    clashes = {surface: names for surface, names in SURFACES.items() if len(names) > 1}
    assert clashes == {}


def test_no_folded_surface_maps_to_two_entries() -> None:
    """The scorer compares names ignoring case and accents, so folded forms must be unique too."""
    owners: dict[str, set[str]] = defaultdict(set)
    for row in ROWS:
        for surface in _surfaces(row):
            owners[fold(surface)].add(row["name"])
    assert {key: names for key, names in owners.items() if len(names) > 1} == {}


def test_pipeline_loader_reads_every_entry() -> None:
    assert len(organization_table()) == len(ROWS)
    assert organization_table()["Amazon Web Services"].aliases == ("AWS",)


def test_wikidata_ids_are_unique() -> None:
    ids = [row["wikidata"] for row in ROWS if "wikidata" in row]
    assert len(set(ids)) == len(ids)


@pytest.mark.parametrize("surface, canonical", [
    ("WSJ", "Wall Street Journal"),
    ("The Wall Street Journal", "Wall Street Journal"),
    ("AWS", "Amazon Web Services"),
    ("Commission européenne", "European Commission"),
    ("Comisión Europea", "European Commission"),
    ("EU-Kommission", "European Commission"),
    ("a16z", "Andreessen Horowitz"),
    ("NVIDIA", "Nvidia"),
    ("Mistral", "Mistral AI"),
    ("Open AI", "OpenAI"),
    ("DeepMind", "Google DeepMind"),
    ("J.P. Morgan", "JPMorgan"),
    ("JPMorgan Chase", "JPMorgan"),
    ("Agence France-Presse", "AFP"),
    ("FT", "Financial Times"),
    ("Agencia EFE", "EFE"),
    ("Deutsche Presse-Agentur", "dpa"),
    ("FAZ", "Frankfurter Allgemeine Zeitung"),
    ("Spiegel", "Der Spiegel"),
    ("BCE", "European Central Bank"),
    ("EZB", "European Central Bank"),
    ("Fed", "Federal Reserve"),
    ("FMI", "International Monetary Fund"),
    ("Banco Mundial", "World Bank"),
    ("Weltbank", "World Bank"),
    ("OCDE", "OECD"),
    ("ONU", "United Nations"),
    ("OTAN", "NATO"),
    ("PIF", "Public Investment Fund"),
    ("NBIM", "Norges Bank Investment Management"),
    ("WELT", "DIE WELT"),
    ("Zeit Online", "DIE ZEIT"),
    ("AP-HP", "AP-HP"),
])
def test_alias_maps_to_canonical_name(surface: str, canonical: str) -> None:
    assert SURFACES[surface] == {canonical}


@pytest.mark.parametrize("name, kind", [
    ("Nvidia", "company"),
    ("Google DeepMind", "company"),
    ("Amazon Web Services", "company"),
    ("Bloomberg", "media"),
    ("Les Echos", "media"),
    ("El País", "media"),
    ("Handelsblatt", "media"),
    ("Mubadala", "fund"),
    ("Sequoia Capital", "fund"),
    ("Bundeskartellamt", "public_body"),
    ("CNMV", "public_body"),
    ("Autorité de la concurrence", "public_body"),
])
def test_entry_kind(name: str, kind: str) -> None:
    assert BY_NAME[name]["kind"] == kind


@pytest.mark.parametrize("first, second", [
    ("Google", "Google DeepMind"), ("Google", "Alphabet"), ("Amazon", "Amazon Web Services"), ("Porsche", "Porsche SE"),
])
def test_related_organisations_stay_separate(first: str, second: str) -> None:
    assert first in BY_NAME and second in BY_NAME
    assert second not in BY_NAME[first]["aliases"] and first not in BY_NAME[second]["aliases"]


@pytest.mark.parametrize("ambiguous", [
    "Total", "Free", "Merck", "Dassault", "Welt", "Zeit", "Bild", "Mercedes", "Scale", "Emirates",
    "Die Welt", "Die Zeit",  # sentence-initial German for "the world" / "the time"; the papers are listed in capitals
    "Congress",  # would fire inside "Mobile World Congress"
])
def test_ambiguous_common_words_are_not_aliases(ambiguous: str) -> None:
    assert ambiguous not in SURFACES


def test_not_organizations_shape() -> None:
    assert set(NOT_ORGS) == {"products", "projects", "generic", "places"}
    for names in NOT_ORGS.values():
        assert all(isinstance(name, str) and name == name.strip() and name for name in names)
    assert sum(len(names) for names in NOT_ORGS.values()) >= 300


def test_not_organizations_never_name_an_organisation() -> None:
    """The extractor bans these names after folding, so a clash would silently drop a real organisation."""
    org_keys = {fold(surface): surface for surface in SURFACES}
    clashes = sorted(name for names in NOT_ORGS.values() for name in names if fold(name) in org_keys)
    assert clashes == []


@pytest.mark.parametrize("name, category", [
    ("ChatGPT", "products"), ("GPT-4", "products"), ("Gemini", "products"), ("Claude", "products"), ("Copilot", "products"),
    ("Azure", "products"), ("Blackwell", "products"),
    ("IA", "generic"), ("AI", "generic"), ("KI", "generic"), ("GPU", "generic"), ("GPUs", "generic"), ("CEO", "generic"),
    ("PDG", "generic"), ("LLM", "generic"), ("IPO", "generic"), ("OPA", "generic"), ("Big Tech", "generic"),
    ("VCs", "generic"), ("ASIC", "generic"),
])
def test_known_non_organisation(name: str, category: str) -> None:
    assert name in NOT_ORGS[category]
    assert name not in SURFACES
