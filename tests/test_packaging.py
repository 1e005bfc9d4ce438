"""The wheel carries its data: installed away from the repo, newsx writes the committed records.

How, and why:
- The wheel is built from a copy of what it is made of (pyproject.toml, README.md,
  pipeline/, models/), so setuptools' build/ and *.egg-info never land in the work tree,
  and with --no-build-isolation --no-index, so it runs offline on the setuptools and
  wheel of the test extra. It is installed with `pip install --target`, alone in a folder.
- The installed copy runs with PYTHONPATH on that folder only and NEWSX_MODELS unset,
  from a fresh folder outside the repo: `python -m` puts the working directory first on
  sys.path, so running from the repo root would import the repo's package instead.
- That folder holds a copy of seeds/ and the input is the relative path `seeds`, as for
  the committed outputs, so even each record's "source" matches: whole files are
  compared byte for byte, with no field left out.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BUILT_FROM = ("pyproject.toml", "README.md", "pipeline", "models")
PROBE = ("import json, pipeline, pipeline.resources as r, pipeline.versions as v; "
         "print(json.dumps({'file': pipeline.__file__, 'models': str(r.models_dir()), 'version': v.pipeline_version()}))")


def run(args: list[str], cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(args, cwd=cwd, env=env, stdin=subprocess.DEVNULL, capture_output=True, text=True,
                            timeout=600)
    assert result.returncode == 0, f"{' '.join(args)}\n{result.stdout}\n{result.stderr}"
    return result


def env_for(site: Path) -> dict[str, str]:
    """This interpreter with `site` as the only extra import path and the packaged data."""
    env = {k: v for k, v in os.environ.items() if k not in ("NEWSX_MODELS", "PYTHONPATH")}
    return {**env, "PYTHONPATH": str(site), "PIP_DISABLE_PIP_VERSION_CHECK": "1"}


def probe(site: Path, cwd: Path) -> dict[str, str]:
    return json.loads(run([sys.executable, "-c", PROBE], cwd, env_for(site)).stdout)


@pytest.fixture(scope="module")
def build(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A source copy, the wheel built from it, and that wheel installed into a folder."""
    tmp = tmp_path_factory.mktemp("packaging")
    src, dist, site, work = tmp / "src", tmp / "dist", tmp / "site", tmp / "work"
    src.mkdir()
    for name in BUILT_FROM:
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, src / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        else:
            shutil.copy2(ROOT / name, src / name)
    shutil.copytree(ROOT / "seeds", work / "seeds")
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check"]
    run([*pip, "wheel", "--no-deps", "--no-build-isolation", "--no-index", "-w", str(dist), str(src)], tmp)
    (wheel,) = dist.glob("newsx-*.whl")
    run([*pip, "install", "--no-deps", "--no-index", "--target", str(site), str(wheel)], tmp)
    return {"src": src, "site": site, "work": work}


def test_the_installed_copy_is_imported_with_its_own_data(build) -> None:
    found = probe(build["site"], build["work"])
    assert Path(found["file"]) == build["site"] / "pipeline" / "__init__.py"
    assert Path(found["models"]) == build["site"] / "pipeline" / "models"
    assert (build["site"] / "pipeline" / "models" / "lexicons" / "schema.json").is_file()


def test_the_wheel_ships_all_of_models(build) -> None:
    """pipeline_version() digests the code and every file of models/: the installed copy and
    the checkout it was built from agree only if nothing was left out of the wheel."""
    from_checkout = probe(build["src"], build["work"])
    assert Path(from_checkout["models"]) == build["src"] / "models"
    assert probe(build["site"], build["work"])["version"] == from_checkout["version"]


def test_installed_run_writes_the_committed_records(build) -> None:
    work = build["work"]
    run([sys.executable, "-m", "pipeline.cli", "run", "seeds", "-o", "out", "--no-compare"], work, env_for(build["site"]))
    seeds = sorted(path.stem for path in (work / "seeds").glob("*.txt"))
    assert sorted(path.stem for path in (work / "out").glob("*.json") if path.stem != "manifest") == seeds
    for doc_id in seeds:
        fresh, committed = work / "out" / f"{doc_id}.json", ROOT / "outputs" / f"{doc_id}.json"
        assert fresh.read_bytes() == committed.read_bytes(), doc_id
