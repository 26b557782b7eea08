"""Find the files of a source folder, decide their kind and their column names.

A municipality exports what its own systems produce; the contract only asks that the
first word of a file name says what it holds and that a `kolommen.toml` translates
unusual header names. Everything here is about names, nothing about content.
"""

from __future__ import annotations

import os
import re
import stat
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from etl.kinds import KINDS
from etl.limits import MAX_CONFIG_BYTES, MAX_CONFIG_DEPTH, config_too_big, config_too_deep
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
    `.`), sorted by relative POSIX path, and every entry that could not be used with its
    Dutch reason (`map/` for a folder, `./` for root): a run must not skip anything it
    could not see without saying so.

    What is skipped and listed: a folder that cannot be read, a symbolic link to a file or
    folder outside `root` (its contents are not ours to show), a link that leads nowhere
    or to itself, a FIFO, socket or device, and a file that disappeared while the folder
    was listed. Links inside `root` to a file are read; symlinked folders are not followed
    (a link may form a circle). A name that is not UTF-8 (a Windows name as unzip leaves
    it) is reported readably, decoded as Windows-1252.

    A `kolommen.toml` applies to the files in its folder and below; a deeper one wins
    for the names it maps.
    """
    errors: list[OSError] = []
    found = []
    for folder, dirs, names in os.walk(root, onerror=errors.append):
        found += [Path(folder) / name for name in names]
        found += [Path(folder) / name for name in dirs if (Path(folder) / name).is_symlink()]
    rel = {p: _readable(p.relative_to(root).as_posix()) for p in found if not _hidden(p, root)}
    rel = _unique(rel)
    skipped = [
        (
            Path(e.filename).relative_to(root).as_posix() + "/",
            f"map kan niet worden gelezen: {DUTCH.get(e.errno or -1) or e.strerror or e}",
        )
        for e in errors
        if e.filename is not None
    ]
    binnen = root.resolve()
    paths: dict[Path, int] = {}
    for p in sorted(rel, key=lambda q: rel[q]):
        reden, size = _usable(p, binnen)
        if reden is None:
            paths[p] = size
        else:
            skipped.append((rel[p], reden))
    configs = {p.parent: _read_config(p, rel[p]) for p in paths if p.name.lower() == CONFIG_NAME}
    files: list[SourceFile] = []
    for p, size in paths.items():
        if p.name.lower() == CONFIG_NAME:
            continue
        columns: dict[str, str] = {}
        for parent in reversed(p.relative_to(root).parents):
            if root / parent in configs:
                columns.update(configs[root / parent].mapping)
        # the vastgestelde figures are read by the build, whatever their names say
        # (`cijfers/leerervaringen_lijst_op.parquet` is no export of leerervaringen)
        vast = rel[p].startswith(f"{VASTGESTELD.as_posix()}/")
        files.append(SourceFile(p, rel[p], None if vast else kind_of(p.name), columns, size))
    return files, sorted(configs.values(), key=lambda c: c.bestand), sorted(skipped)


def _usable(path: Path, binnen: Path) -> tuple[str | None, int]:
    """Why the ETL skips this entry (None: it reads it), and its size in bytes."""
    if path.is_symlink():
        try:
            doel = path.resolve(strict=True)
        except FileNotFoundError:
            return "koppeling wijst naar niets (het doel bestaat niet); overgeslagen", 0
        except (OSError, RuntimeError):
            return "koppeling wijst naar zichzelf (een kring); overgeslagen", 0
        if not doel.is_relative_to(binnen):
            return "koppeling naar buiten de bronmap wordt niet gevolgd", 0
        if doel.is_dir():
            return "koppeling naar een map wordt niet gevolgd (een kring is mogelijk)", 0
    try:
        info = path.stat()
    except FileNotFoundError:
        return "bestand verdween terwijl de map werd gelezen; overgeslagen", 0
    except OSError as exc:
        return f"bestand kan niet worden gelezen: {DUTCH.get(exc.errno or -1) or exc.strerror}", 0
    if not stat.S_ISREG(info.st_mode):
        return f"geen gewoon bestand maar {_soort(info.st_mode)}; overgeslagen", 0
    return None, info.st_size


def _soort(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "een FIFO (named pipe)"
    if stat.S_ISSOCK(mode):
        return "een socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "een apparaat"
    return "een map"


def _readable(name: str) -> str:
    """A path as a person reads it: bytes that are no UTF-8 decoded as Windows-1252."""
    try:
        name.encode("utf-8")
        return name
    except UnicodeEncodeError:
        return os.fsencode(name).decode("cp1252", errors="replace")


def _unique(names: dict[Path, str]) -> dict[Path, str]:
    """Two paths that read alike (`café.csv` in UTF-8 and in Windows-1252) stay apart."""
    seen: set[str] = set()
    unique = {}
    for path, name in sorted(names.items(), key=lambda item: os.fsencode(item[0])):
        kandidaat, n = name, 1
        while kandidaat in seen:
            n += 1
            kandidaat = f"{name} ({n})"
        seen.add(kandidaat)
        unique[path] = kandidaat
    return unique


def config_columns(root: Path, path: Path) -> dict[str, str]:
    """The header names the `kolommen.toml` files over `path` map, as `find_sources`
    gives them to that file (a deeper one wins). For the platform's writer, which reads
    its own files without listing the whole folder."""
    columns: dict[str, str] = {}
    for rel in reversed(path.relative_to(root).parents):
        folder = root / rel
        try:
            names = [e.name for e in os.scandir(folder) if e.name.lower() == CONFIG_NAME]
        except OSError:
            continue
        for name in names:
            columns.update(_read_config(folder / name, (rel / name).as_posix()).mapping)
    return columns


def _hidden(path: Path, root: Path) -> bool:
    """Hidden files are no exports: the platform's lock and temporary files
    (`platform/.schrijven.lock`), `.DS_Store`, an editor's backup."""
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def _read_config(path: Path, bestand: str) -> ConfigFile:
    """A `kolommen.toml`, within its limits (`etl.limits`): an 83 MB file or one nested a
    thousand levels deep is a reason on the run report, not a run that stops."""
    try:
        with open(path, "rb") as fh:
            size = os.fstat(fh.fileno()).st_size
            raw = fh.read(MAX_CONFIG_BYTES + 1)
    except OSError as exc:
        reden = DUTCH.get(exc.errno or -1) or exc.strerror or exc
        return ConfigFile(bestand, {}, f"{CONFIG_NAME} is onleesbaar: {reden}")
    if len(raw) > MAX_CONFIG_BYTES:
        return ConfigFile(bestand, {}, config_too_big(max(size, len(raw))))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")  # saved by Notepad on Windows
    if _nesting(text) > MAX_CONFIG_DEPTH:
        return ConfigFile(bestand, {}, config_too_deep())
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


def _nesting(text: str) -> int:
    """How deep `[` and `{` nest outside strings and comments (tomllib recurses per level)."""
    depth = deepest = 0
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c in "\"'":
            quote = text[i : i + 3] if text[i : i + 3] in ('"""', "'''") else c
            i += len(quote)
            while i < n and not text.startswith(quote, i):
                i += 2 if text[i] == "\\" and quote[0] == '"' else 1
            i += len(quote)
            continue
        if c == "#":
            einde = text.find("\n", i)
            i = n if einde < 0 else einde
            continue
        if c in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif c in "]}":
            depth -= 1
        i += 1
    return deepest
