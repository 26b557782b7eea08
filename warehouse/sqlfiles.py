"""The SQL files under `sql/`: where they live, which schema they create in, and their order.

The folder decides the schema: `sql/staging` and `sql/marts` are internal building blocks
and live in the schema `intern`; the tables (`sql/schema`) and the interface
(`sql/views`) live in `main`, so an analyst who opens the warehouse sees only what
`docs/sql-interface.md` promises. Each file names its object with that schema
(`create or replace view intern.stg_uren`), every reference to an internal object is
written `intern.<name>`, and an internal file names the tables `main.<table>`. Why spell
the schema out: DuckDB binds a view's names in the view's own schema and then in the
reader's default catalog, and a table macro's body wherever it is called; only qualified
names resolve the same from `main`, from `intern` and from a warehouse attached under
another name.

Tables (`sql/schema`) have no dependencies. Views, table macros and the few marts that
are materialised as tables at build time (`sql/staging`, `sql/marts`, `sql/views`; the
warehouse is rebuilt whole each run, so such a table cannot go stale) are created layer
by layer, and within a layer in dependency order, derived from the names each file
mentions, so adding a view never means editing a list by hand. Checks (`sql/checks`) are
queries that must return no rows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path

SQL_DIR = Path(__file__).resolve().parent.parent / "sql"
VIEW_LAYERS = ("staging", "marts", "views")
INTERN = "intern"
INTERN_LAYERS = ("staging", "marts")
_WORD = re.compile(r"\w+")
_TABLE = re.compile(r"^\s*create\s+or\s+replace\s+table\b", re.IGNORECASE | re.MULTILINE)


@dataclass(frozen=True)
class SqlFile:
    """One SQL file; `name` is the file stem, which is the object (or check) it defines."""

    layer: str
    name: str
    path: Path

    @property
    def schema(self) -> str:
        """The schema the object lives in: `intern` for staging and marts, and for a table
        that says so (`create table intern.…`, the build's own bookkeeping), else `main`."""
        if self.layer in INTERN_LAYERS or f"create table {INTERN}." in self.text:
            return INTERN
        return "main"

    @property
    def qualified_name(self) -> str:
        """`schema.name`, which resolves from any schema (the interface, in `main`, is also
        reachable by its bare name)."""
        return f"{self.schema}.{self.name}"

    @cached_property
    def text(self) -> str:
        """The file's text, read once per `SqlFile` (a build asks for it several times;
        `view_files()` and friends make new ones, so an edited file is read again)."""
        return self.path.read_text(encoding="utf-8")

    @property
    def materialised(self) -> bool:
        """A mart stored as a table at build time (`create or replace table`)."""
        return _is_table(self.text)

    @property
    def grain(self) -> str:
        """The grain comment on the first line (without the leading `-- grain:`)."""
        first = self.text.splitlines()[0] if self.text else ""
        return re.sub(r"^--\s*(grain:)?\s*", "", first).strip()


def _files(layer: str) -> list[SqlFile]:
    folder = SQL_DIR / layer
    return [SqlFile(layer, p.stem, p) for p in sorted(folder.glob("*.sql"))]


def schema_files() -> list[SqlFile]:
    return _files("schema")


def check_files() -> list[SqlFile]:
    return _files("checks")


def view_files() -> list[SqlFile]:
    """Every view and macro file, layers in order, each after the files it references."""
    ordered: list[SqlFile] = []
    for layer in VIEW_LAYERS:
        ordered.extend(_dependency_order(_files(layer)))
    return ordered


def reads_any(
    files: list[SqlFile], tables: frozenset[str], views_: list[SqlFile] | None = None
) -> set[str]:
    """The names of `files` that read one of `tables`, directly or through a view or
    macro of `sql/` (by the same whole-word rule as the build's order); `views_`: the
    result of `view_files()` when the caller has it already."""
    readers = set(tables)
    views = {f.name: _names(f) for f in (view_files() if views_ is None else views_)}
    grown = True
    while grown:  # the views that read a reader are readers too, until none is added
        new = {name for name, words in views.items() if name not in readers and words & readers}
        readers |= new
        grown = bool(new)
    return {f.name for f in files if _names(f) & readers}


def _dependency_order(files: list[SqlFile]) -> list[SqlFile]:
    by_name = {f.name: f for f in files}
    # A file depends on every other file whose name it mentions as a whole word. Object
    # names are identifiers (word characters only), so that is the set of words in its
    # text: one scan per file instead of one regex search per pair of files (~30 ms of
    # every run).
    words = {f.name: _names(f) for f in files}
    deps = {name: (words[name] & by_name.keys()) - {name} for name in by_name}
    ordered: list[SqlFile] = []
    done: set[str] = set()

    def visit(name: str, path: tuple[str, ...]) -> None:
        if name in done:
            return
        if name in path:
            raise ValueError(f"kringverwijzing tussen SQL-bestanden: {' -> '.join((*path, name))}")
        for dep in sorted(deps[name]):
            visit(dep, (*path, name))
        done.add(name)
        ordered.append(by_name[name])

    for name in sorted(by_name):
        visit(name, ())
    return ordered


def _names(f: SqlFile) -> frozenset[str]:
    """The words of `f`'s code; a table `vast_X_op` of vastgestelde figures stands for the
    file `X_berekend_op` (the build makes that table right after that macro, see
    `warehouse.vastgesteld`)."""
    return _words(f.text)


# Kept per text, not per file: the same ~140 texts recur in every build of a process (a
# dashboard's background runs, a test run's hundreds of builds), and finding their words
# was most of the Python a build spent before its data (~30 ms); a changed file is a new
# text, so nothing can go stale.
@cache
def _words(text: str) -> frozenset[str]:
    words = set(_WORD.findall(_strip_comments(text)))
    return frozenset(
        words
        | {
            w.removeprefix("vast_").removesuffix("_op") + "_berekend_op"
            for w in words
            if w.startswith("vast_") and w.endswith("_op")
        }
    )


@cache
def _is_table(text: str) -> bool:
    return _TABLE.search(_strip_comments(text)) is not None


def _strip_comments(sql: str) -> str:
    return re.sub(r"--[^\n]*", "", sql)
