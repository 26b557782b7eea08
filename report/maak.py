"""Make a report: the one function behind both `proeftuin rapport` and the dashboard button.

`maak_pdf` reads through `dashboard.queries`, so in the dashboard it reads what the pages
read; `schrijf_rapport` points those reads at a warehouse file and writes the PDF
atomically (a temp file beside the target, then a rename): a failed run leaves no file, or
the previous one untouched.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

import duckdb

from dashboard import queries
from dutch import format as fmt
from report import gemeente, grafieken, opmaak, regio
from report.controle import RapportFout, controleer_uitvoer, periode_uit
from report.periode import Periode
from warehouse.connect import WarehouseMissing, connect_readonly


def kies_gemeente(tekst: str, namen: dict[str, str]) -> str:
    """The code of a gemeente given by code (`PAP`) or name (`Papendrecht`), any case."""
    gezocht = tekst.strip().casefold()
    for code, naam in namen.items():
        if gezocht in (code.casefold(), naam.casefold()):
            return code
    keuzes = ", ".join(f"{code} ({naam})" for code, naam in namen.items())
    raise RapportFout(f"onbekende gemeente '{tekst}'; kies uit {keuzes}")


def maak_pdf(
    periode: Periode,
    gemeente_code: str | None = None,
    tekenaar: grafieken.Tekenaar | None = None,
) -> bytes:
    """The regional tussenstand, or with `gemeente_code` that gemeente's statement, as PDF.

    `tekenaar`: a browser already starting (the command starts it first); else one is
    started here, while the figures are read."""
    stand = queries.data_stand()
    eerste, laatste = stand["eerste_datum"], stand["laatste_datum"]
    if eerste is None:
        raise RapportFout(
            "het warehouse bevat nog geen uren of geldinbreng; laad eerst de exports van de "
            "gemeenten met proeftuin etl"
        )
    if periode.einde < eerste or periode.begin > laatste:
        raise RapportFout(
            f"over {periode.code} zijn er geen gegevens: het warehouse loopt van "
            f"{fmt.datum(eerste)} tot en met {fmt.datum(laatste)}"
        )
    if gemeente_code is not None:
        gemeente_code = kies_gemeente(gemeente_code, queries.gemeente_namen())
    try:
        with contextlib.nullcontext(tekenaar) if tekenaar else grafieken.Tekenaar() as teken:
            if gemeente_code is None:
                document = regio.document(periode)
            else:
                document = gemeente.document(periode, gemeente_code)
            svgs = teken.teken(document.grafieken)
    except grafieken.GeenBrowser as exc:
        raise RapportFout(str(exc)) from exc
    return opmaak.naar_pdf(document, svgs)


def _schrijf_atomisch(uit: Path, inhoud: bytes) -> None:
    try:
        fd, tijdelijk = tempfile.mkstemp(dir=uit.parent, prefix=f".{uit.name}.", suffix=".tmp")
    except OSError as exc:
        raise RapportFout(f"{uit} kan niet geschreven worden: {exc.strerror}") from exc
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(inhoud)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tijdelijk, uit)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tijdelijk)
        if isinstance(exc, OSError):
            raise RapportFout(f"{uit} kan niet geschreven worden: {exc.strerror}") from exc
        raise


def schrijf_rapport(
    warehouse: Path,
    periode_tekst: str,
    gemeente_code: str | None,
    uit: Path,
    tekenaar: grafieken.Tekenaar | None = None,
) -> Periode:
    """Make the report from the warehouse file and write it to `uit` (all or nothing)."""
    periode = periode_uit(periode_tekst)
    controleer_uitvoer(uit)
    try:
        con = connect_readonly(warehouse)
    except WarehouseMissing as exc:
        raise RapportFout(
            f"er is geen warehouse op {warehouse}; maak het met proeftuin etl --source MAP "
            f"--warehouse {warehouse}"
        ) from exc
    except (duckdb.Error, OSError) as exc:
        raise RapportFout(f"{warehouse} is geen leesbaar warehouse: {exc}") from exc
    geen_warehouse = RapportFout(
        f"{warehouse} is geen warehouse van de proeftuin (of van een oudere versie); laad het "
        "opnieuw met proeftuin etl"
    )
    with con, queries.direct_uit(con):
        if not con.execute(
            "select 1 from duckdb_views() where view_name = 'data_stand'"
        ).fetchall():
            raise geen_warehouse
        try:
            pdf = maak_pdf(periode, gemeente_code, tekenaar)
        except duckdb.CatalogException as exc:  # a view or macro of a newer version is missing
            raise geen_warehouse from exc
    _schrijf_atomisch(uit, pdf)
    return periode
