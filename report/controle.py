"""What a report run checks before it does any work, the error it gives, and how it writes.

Why a module of its own: these checks must fail fast, before `proeftuin rapport` imports
the rest of the report (DuckDB, polars, plotly, matplotlib, Typst: most of a report's
start), so they live where importing them costs nothing.

Why the checks on an existing file: reports go to shared drives. A file someone made
read-only, or a colleague's file, is not ours to replace (a rename over it would succeed
all the same, since only the folder's permission counts); a file we do replace keeps its
mode, so the colleagues who could read it still can; a new file gets the mode the user's
umask gives (not the 0600 of a temporary file).
"""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
from pathlib import Path

from etl.oserrors import dutch_os_error


class RapportFout(RuntimeError):
    """The report cannot be made; the message is Dutch and says what to do."""


SOORTEN = {".pdf": "PDF", ".docx": "Word", ".xlsx": "Excel"}
"""The report's formats, by the suffix of the output file."""


def soort(uit: Path) -> str:
    """The format `uit` asks for ('.pdf', '.docx', '.xlsx'), by its suffix, any case."""
    gevonden = uit.suffix.lower()
    if gevonden not in SOORTEN:
        raise RapportFout(
            f"{uit.name}: geef een bestandsnaam op .pdf, .docx (Word) of .xlsx (Excel)"
        )
    return gevonden


def controleer_uitvoer(uit: Path) -> None:
    """Refuse an output path that cannot or may not be written, before doing any work."""
    if uit.is_dir():
        raise RapportFout(
            f"{uit} is een map; geef een bestandsnaam, bijvoorbeeld {uit / 'rapport.pdf'}"
        )
    soort(uit)
    if not uit.parent.is_dir():
        raise RapportFout(f"de map {uit.parent} bestaat niet; maak hem eerst aan")
    if not os.access(uit.parent, os.W_OK):
        raise RapportFout(f"in de map {uit.parent} mag niet geschreven worden")
    try:
        bestaand = uit.lstat()
    except FileNotFoundError:
        return
    if not stat.S_ISREG(bestaand.st_mode):
        raise RapportFout(f"{uit} is geen gewoon bestand; kies een andere bestandsnaam")
    if hasattr(os, "getuid") and bestaand.st_uid != os.getuid():
        raise RapportFout(
            f"{uit} bestaat al en is van een andere gebruiker; het wordt niet overschreven. "
            "Kies een andere bestandsnaam"
        )
    # the owner's write bit as well: root may write anywhere, but a file made read-only
    # is refused for root too
    if not bestaand.st_mode & stat.S_IWUSR or not os.access(uit, os.W_OK):
        raise RapportFout(
            f"{uit} bestaat al en is alleen-lezen; het wordt niet overschreven. Kies een "
            "andere bestandsnaam of maak het bestand eerst schrijfbaar"
        )


def schrijf_bestand(uit: Path, inhoud: bytes) -> None:
    """Write `inhoud` to `uit` all or nothing: a temp file beside it, then a rename, so a
    failed run leaves the previous file untouched. An existing file keeps its mode; a new
    one gets the umask's (the temp file is created 0666 minus the umask)."""
    controleer_uitvoer(uit)
    fout = f"{uit} kan niet geschreven worden"
    tijdelijk = uit.parent / f".{uit.name}.{secrets.token_hex(4)}.tmp"
    try:
        fd = os.open(tijdelijk, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    except OSError as exc:
        raise RapportFout(f"{fout}: {dutch_os_error(exc)}") from exc
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(inhoud)
            f.flush()
            os.fsync(f.fileno())
        with contextlib.suppress(FileNotFoundError):
            os.chmod(tijdelijk, stat.S_IMODE(uit.stat().st_mode))
        os.replace(tijdelijk, uit)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tijdelijk)
        if isinstance(exc, OSError):
            raise RapportFout(f"{fout}: {dutch_os_error(exc)}") from exc
        raise
