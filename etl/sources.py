"""Find the files of a source folder, decide their kind and their column names.

A municipality exports what its own systems produce; the contract only asks that the
first word of a file name says what it holds and that a `kolommen.toml` translates
unusual header names. Everything here is about names, nothing about content.
"""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from etl.kinds import KINDS
from etl.oserrors import DUTCH
from warehouse.vastgesteld import MAP as VASTGESTELD

CONFIG_NAME = "kolommen.toml"
FORMATS = (".csv", ".xlsx")


@dataclass(frozen=True)
class SourceFile:
    """One file of the source folder.

    `kind` is None for files that are not recognised; `columns` maps normalised header
    names to contract names (from the `kolommen.toml` files that apply).
    """

    path: Path
    bestand: str  # POSIX path relative to the source folder
    kind: str | None
    columns: dict[str, str] = field(default_factory=dict)
    size: int = 0

    @property
    def suffix(self) -> str:
        return self.path.suffix.lower()


@dataclass(frozen=True)
class ConfigFile:
    """A `kolommen.toml`: listed in the run report, with an error if it cannot be read."""

    bestand: str
    mapping: dict[str, str]
    fout: str | None = None


def kind_of(name: str) -> str | None:
    """The kind a file name announces: its first word before a space, `_`, `-` or `.`."""
    first = re.split(r"[ _.\-]", name, maxsplit=1)[0].lower()
    return first if first in KINDS else None


def normalise_header(name: object) -> str:
    """Header names match case-insensitively after trimming; inner spaces act as `_`."""
    return re.sub(r"\s+", "_", str(name).strip().lower())


def find_sources(
    root: Path,
) -> tuple[list[SourceFile], list[ConfigFile], list[tuple[str, str]]]:
    """Every file under `root` at any depth (hidden ones skipped: a name starting with
    `.`), sorted by relative POSIX path, and every
    folder that could not be read (`map/`, `./` for root; Dutch reason): a run must not skip
    the files it could not see without saying so.

    A `kolommen.toml` applies to the files in its folder and below; a deeper one wins
    for the names it maps. Symlinked folders are not followed (a link may form a circle).
    """
    errors: list[OSError] = []
    found = [
        Path(folder) / name
        for folder, _, names in os.walk(root, onerror=errors.append)
        for name in names
    ]
    paths = sorted(
        (p for p in found if p.is_file() and not _hidden(p, root)),
        key=lambda p: p.relative_to(root).as_posix(),
    )
    unreadable = sorted(
        (
            Path(e.filename).relative_to(root).as_posix() + "/",
            f"map kan niet worden gelezen: {DUTCH.get(e.errno or -1) or e.strerror or e}",
        )
        for e in errors
        if e.filename is not None
    )
    configs = {
        p.parent: _read_config(p, p.relative_to(root).as_posix())
        for p in paths
        if p.name.lower() == CONFIG_NAME
    }
    files: list[SourceFile] = []
    for p in paths:
        if p.name.lower() == CONFIG_NAME:
            continue
        columns: dict[str, str] = {}
        for rel in reversed(p.relative_to(root).parents):
            if root / rel in configs:
                columns.update(configs[root / rel].mapping)
        bestand = p.relative_to(root).as_posix()
        files.append(
            SourceFile(
                path=p,
                bestand=bestand,
                # the vastgestelde figures are read by the build, whatever their names say
                # (`cijfers/leerervaringen_lijst_op.parquet` is no export of leerervaringen)
                kind=None if bestand.startswith(f"{VASTGESTELD.as_posix()}/") else kind_of(p.name),
                columns=columns,
                size=p.stat().st_size,
            )
        )
    return files, sorted(configs.values(), key=lambda c: c.bestand), unreadable


def _hidden(path: Path, root: Path) -> bool:
    """Hidden files are no exports: the platform's lock and temporary files
    (`platform/.schrijven.lock`), `.DS_Store`, an editor's backup."""
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def _read_config(path: Path, bestand: str) -> ConfigFile:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        return ConfigFile(bestand, {}, f"{CONFIG_NAME} is onleesbaar: {exc.strerror or exc}")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")  # saved by Notepad on Windows
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        line = re.search(r"line (\d+)", str(exc))
        return ConfigFile(
            bestand,
            {},
            f"{CONFIG_NAME} is onleesbaar{f' op regel {line[1]}' if line else ''}: schrijf "
            'elke regel als "eigen naam" = "contractnaam", met aanhalingstekens',
        )
    wrong = [k for k, v in data.items() if not isinstance(v, str)]
    if wrong:
        return ConfigFile(
            bestand,
            {},
            f"{CONFIG_NAME}: elke regel moet 'eigen naam' = 'contractnaam' zijn "
            f"(fout bij {', '.join(wrong)})",
        )
    return ConfigFile(bestand, {normalise_header(k): normalise_header(v) for k, v in data.items()})
