"""The house's rule, checked: imports point down, never up, and never in a circle.

Rooms from top to bottom (docs/architecture.md): the `proeftuin` command on top, then
`dashboard` (Streamlit: pages, cache, login, server), then `vaststelling`, `report` (the
PDF), then `cijfers` (the read model both show), then `invoer` (the platform's writer),
then `etl` and `demo` (side by side, neither imports the other), then `warehouse`, then
`dutch`. A module may import its own room and the rooms below it; no room is exempt.
Every import counts, also one inside a function or under `TYPE_CHECKING`.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RANK = {
    "dutch": 0,
    "warehouse": 1,
    "etl": 2,
    "demo": 2,
    "invoer": 2.5,  # the platform's writer and background runner reuse the ETL's rules
    "cijfers": 3,
    "report": 4,
    "vaststelling": 4.5,  # vaststellen reads the warehouse and names report periods
    "dashboard": 5,
    "proeftuin": 6,
}


def _room(module: str) -> str:
    return module.partition(".")[0]


def _modules() -> dict[str, Path]:
    """Dotted name -> file, for every Python module of the rooms."""
    modules = {}
    for room in RANK:
        for path in sorted((ROOT / room).rglob("*.py")):
            parts = path.relative_to(ROOT).with_suffix("").parts
            if parts[-1] == "__init__":
                parts = parts[:-1]
            modules[".".join(parts)] = path
    return modules


def _imports(path: Path, modules: dict[str, Path]) -> set[str]:
    """The project modules `path` imports (`from a import b` counts a.b when it is one)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names = [f"{node.module}.{a.name}" for a in node.names] + [node.module]
        else:
            continue
        for name in names:
            while name and name not in modules:
                name = name.rpartition(".")[0]
            if name:
                found.add(name)
    return found


def _graph() -> dict[str, set[str]]:
    modules = _modules()
    return {m: _imports(p, modules) - {m} for m, p in modules.items()}


def test_the_rooms_are_found():
    graph = _graph()
    assert {"etl.load", "demo.generate", "dutch.format", "warehouse.settings"} <= set(graph)
    assert {"cijfers.queries", "report.maak", "dashboard.pages.start"} <= set(graph)
    assert "dutch.format" in graph["etl.rules"]


def test_every_python_file_belongs_to_a_room():
    """A new top-level package must be given its rank here, or its imports go unchecked."""
    pakketten = {
        p.parent.name
        for p in ROOT.glob("*/__init__.py")
        if p.parent.name not in {"tests", "benchmarks", "scripts"}
    }
    assert pakketten == set(RANK)


def test_imports_point_down():
    upward = [
        f"{module} imports {target}"
        for module, targets in _graph().items()
        for target in targets
        if (a := _room(module)) != (b := _room(target)) and RANK[b] >= RANK[a]
    ]
    assert upward == []


def test_no_import_circles():
    graph = _graph()
    circles = []
    state: dict[str, str] = {}  # "busy" while on the path, "done" after

    def visit(module: str, path: list[str]) -> None:
        state[module] = "busy"
        for target in sorted(graph[module]):
            if state.get(target) == "busy":
                circles.append(" -> ".join([*path[path.index(target) :], target]))
            elif target not in state:
                visit(target, [*path, target])
        state[module] = "done"

    for module in sorted(graph):
        if module not in state:
            visit(module, [module])
    assert circles == []


def test_the_server_never_hands_python_code_to_polars():
    """A Python function run on polars' thread pool (`map_elements`, `map_batches`) hung the
    dashboard for good when another session converted a frame at the same moment (CI, ten
    first visits; see `cijfers.format.per_waarde`). The server's rooms do without."""
    found = [
        f"{path.relative_to(ROOT)}:{node.lineno} {node.attr}"
        for room in ("dashboard", "report", "cijfers")
        for path in sorted((ROOT / room).rglob("*.py"))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Attribute) and node.attr in {"map_elements", "map_batches"}
    ]
    assert found == []
