"""The package's import structure: every module loads, no import cycle among our own
modules, and nothing but the command line imports the command line.

Why: a cycle among `pipeline.*` modules works or breaks depending on which module
happens to be imported first (the other one is then only partly initialised), so it
is ruled out from the source rather than met by accident. `pipeline.cli` is the
outermost layer (typer, the console): the library it drives must not depend on it.

The graph is read from the source with `ast`, not from `sys.modules`: an edge goes
from a module to each `pipeline.*` module an import statement of it names (for
`from pipeline.extract import dates`, both the package and its submodule) when that
statement runs at import time, i.e. at module level, in a class body or under a
module-level `if`/`try`/`with`; imports inside functions (lazy ones) and under
`if TYPE_CHECKING:` do not count.
"""

from __future__ import annotations

import ast
import graphlib
import importlib
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "pipeline"
CLI = "pipeline.cli"
# Modules that need an optional extra, and the import that extra provides.
OPTIONAL = {"pipeline.dask_engine": "distributed"}


def module_files(root: Path = ROOT) -> dict[str, Path]:
    """Every module of the package under `root`, by dotted name (a package by its own name)."""
    found = {}
    for path in sorted((root / PACKAGE).rglob("*.py")):
        parts = list(path.relative_to(root).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


def is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or \
        (isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def import_time_statements(body: list[ast.stmt]) -> Iterator[ast.Import | ast.ImportFrom]:
    """The import statements of `body` that run when the module is imported."""
    for node in body:
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            yield node
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            continue  # runs when called, not when imported
        elif isinstance(node, ast.If) and is_type_checking(node.test):
            yield from import_time_statements(node.orelse)
        else:
            for block in nested_blocks(node):
                yield from import_time_statements(block)


def nested_blocks(node: ast.stmt) -> Iterator[list[ast.stmt]]:
    """The statement lists inside a compound statement (class, if, try, with, for, while, match)."""
    for name in ("body", "orelse", "finalbody"):
        block = getattr(node, name, None)
        if isinstance(block, list):
            yield block
    for holder in [*getattr(node, "handlers", []), *getattr(node, "cases", [])]:
        yield holder.body


def named_modules(node: ast.Import | ast.ImportFrom, module: str, is_package: bool) -> set[str]:
    """The dotted names an import statement of `module` names: the module it imports from,
    and, for `from X import y`, X.y too (a submodule or not: unknown names are dropped later)."""
    if isinstance(node, ast.Import):
        return {alias.name for alias in node.names}
    base = node.module or ""
    if node.level:  # relative: counted from the module's package
        package = module.split(".") if is_package else module.split(".")[:-1]
        package = package[:len(package) - (node.level - 1)]
        base = ".".join(package + ([base] if base else []))
    return {base} | {f"{base}.{alias.name}" for alias in node.names}


def import_graph(files: dict[str, Path], runtime_only: bool = True) -> dict[str, set[str]]:
    """For each module, the package's own modules it imports (at import time, or anywhere)."""
    graph = {}
    for module, path in files.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        statements = import_time_statements(tree.body) if runtime_only else \
            (n for n in ast.walk(tree) if isinstance(n, (ast.Import, ast.ImportFrom)))
        names = set()
        for node in statements:
            names |= named_modules(node, module, path.name == "__init__.py")
        graph[module] = {name for name in names if name in files and name != module}
    return graph


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import cycle, each module importing the next, the last one the first; None if there is none."""
    try:
        graphlib.TopologicalSorter(graph).prepare()  # a module's imports are its predecessors
    except graphlib.CycleError as error:
        return list(reversed(error.args[1]))
    return None


MODULES = module_files()


def test_the_package_is_found():
    assert {PACKAGE, "pipeline.extract", "pipeline.extract.dates", CLI} <= set(MODULES)


@pytest.mark.parametrize("module", sorted(MODULES))
def test_every_module_imports(module):
    if module in OPTIONAL:
        pytest.importorskip(OPTIONAL[module])
    importlib.import_module(module)


def test_no_import_cycle_among_the_package_modules():
    cycle = find_cycle(import_graph(MODULES))
    assert cycle is None, "import cycle: " + " -> ".join(cycle or [])


def test_only_the_cli_imports_the_cli():
    """Anywhere in a module, lazy imports included."""
    graph = import_graph(MODULES, runtime_only=False)
    importers = sorted(module for module, imported in graph.items() if CLI in imported and module != CLI)
    assert importers == [], f"{CLI} is imported by {importers}"


def test_the_checks_see_cycles_and_skip_lazy_imports(tmp_path):
    """The graph builder on a made-up package: a cycle through a relative import and a
    `try` is found; imports inside functions or under TYPE_CHECKING are no edges."""
    package = tmp_path / PACKAGE
    (package / "sub").mkdir(parents=True)
    sources = {
        "__init__.py": "",
        "sub/__init__.py": "",
        "a.py": "from pipeline.sub import b\n",
        "sub/b.py": "from typing import TYPE_CHECKING\nfrom . import c\nif TYPE_CHECKING:\n    import pipeline.cli\n",
        "sub/c.py": "try:\n    import pipeline.a\nexcept ImportError:\n    pass\n",
        "cli.py": "def main():\n    from pipeline import a\n",
        "lazy.py": "class Lazy:\n    def run(self):\n        import pipeline.cli\n",
    }
    for name, text in sources.items():
        (package / name).write_text(text)
    files = module_files(tmp_path)
    graph = import_graph(files)
    assert graph["pipeline.a"] == {"pipeline.sub", "pipeline.sub.b"}
    assert graph["pipeline.sub.b"] == {"pipeline.sub", "pipeline.sub.c"}
    assert graph["pipeline.sub.c"] == {"pipeline.a"}
    assert graph["pipeline.cli"] == graph["pipeline.lazy"] == set()
    cycle = find_cycle(graph)
    assert cycle is not None and cycle[0] == cycle[-1] and len(cycle) == 4
    assert all(after in graph[before] for before, after in zip(cycle, cycle[1:]))
    assert import_graph(files, runtime_only=False)["pipeline.lazy"] == {"pipeline.cli"}
    graph["pipeline.sub.c"] = set()
    assert find_cycle(graph) is None
