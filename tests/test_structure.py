"""The house's rule, checked: imports point down, never up, and never in a circle.

Rooms from top to bottom (docs/development.md, "Where things live"): the `proeftuin` command and the
dashboard's pages on top, then `report`, then `dashboard`, then `etl` and `demo` (side by
side, neither imports the other), then `warehouse`, then `dutch`. A module may import its
own room and the rooms below it. Every import counts, also one inside a function or under
`TYPE_CHECKING`. A room is a package or, like `dashboard.pages`, a subpackage: a module
belongs to the longest room name that contains it.
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
    "dashboard": 3,
    "report": 4,
    "dashboard.pages": 5,  # the pages offer the report as a download, as the command does
    "proeftuin": 5,
}


def _room(module: str) -> str:
    return max((r for r in RANK if module == r or module.startswith(r + ".")), key=len)


def _modules() -> dict[str, Path]:
    """Dotted name -> file, for every Python module of the rooms."""
    modules = {}
    for room in (r for r in RANK if "." not in r):
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
    assert "dutch.format" in graph["etl.rules"]


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
    first visits; see `dashboard.format.per_waarde`). The server's rooms do without."""
    found = [
        f"{path.relative_to(ROOT)}:{node.lineno} {node.attr}"
        for room in ("dashboard", "report")
        for path in sorted((ROOT / room).rglob("*.py"))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Attribute) and node.attr in {"map_elements", "map_batches"}
    ]
    assert found == []
