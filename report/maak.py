"""Make a report: the one function behind both `proeftuin rapport` and the dashboard button.

`maak_document` reads through the read model (`cijfers.queries`) on the connection it is
given: the dashboard hands it its own (`dashboard.rapport`), so it reads what the pages
read; `schrijf_rapport` opens the warehouse file the command names and writes the PDF
atomically (a temp file beside the target, then a rename): a failed run leaves no file, or
the previous one untouched.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import duckdb

from cijfers import queries
from cijfers.queries import Con
from dutch import format as fmt
from etl.oserrors import dutch_error_text, dutch_os_error
from report import brief, eindevaluatie, gemeente, grafieken, opmaak, regio
from report.briefhoofd import Briefhoofd
from report.controle import RapportFout, controleer_uitvoer, schrijf_bestand, soort
from report.eindevaluatie import Eindevaluatie
from report.inhoud import Document
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


def maak_document(
    con: Con,
    periode: Periode,
    gemeente_code: str | None = None,
    hoofd: Briefhoofd | None = None,
    eind: Eindevaluatie | None = None,
) -> Document:
    """The regional tussenstand, or with `gemeente_code` that gemeente's statement, read
    from `con`; with `hoofd` as a raadsinformatiebrief (`report.brief`); with `eind` the
    regional year report as eindevaluatie. `RapportFout` when the warehouse holds nothing
    for `periode`."""
    if eind is not None:
        eindevaluatie.controleer_keuze(periode, gemeente_code)
    stand = queries.data_stand(con)
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
    code = (
        None if gemeente_code is None else kies_gemeente(gemeente_code, queries.gemeente_namen(con))
    )
    document = (
        regio.document(con, periode) if code is None else gemeente.document(con, periode, code)
    )
    if eind is not None:
        document = eindevaluatie.als_eindevaluatie(document, con, periode, eind.advies)
    return document if hoofd is None else brief.als_brief(document, con, periode, code, hoofd)


def teken_pdf(document: Callable[[], Document]) -> bytes:
    """The PDF of the document `document()` reads, its charts drawn as SVG in this process
    (`grafieken.teken`: no browser)."""
    gelezen = document()
    return opmaak.naar_pdf(gelezen, grafieken.teken(gelezen.grafieken))


def _teken_docx(document: Callable[[], Document]) -> bytes:
    """The Word document of `document()`, its charts as PNG drawn from the PDF's own
    figures."""
    from report import word

    gelezen = document()
    return word.naar_docx(gelezen, grafieken.teken(gelezen.grafieken, "png"))


def maak_pdf(
    con: Con,
    periode: Periode,
    gemeente_code: str | None = None,
    hoofd: Briefhoofd | None = None,
    eind: Eindevaluatie | None = None,
) -> bytes:
    """The report of `maak_document` as PDF."""
    return teken_pdf(lambda: maak_document(con, periode, gemeente_code, hoofd, eind))


def maak_bestand(
    con: Con,
    periode: Periode,
    gemeente_code: str | None,
    soort: str,
    hoofd: Briefhoofd | None = None,
    eind: Eindevaluatie | None = None,
) -> bytes:
    """The report in the format `soort` ('.pdf', '.docx' or '.xlsx', see `SOORTEN`). The
    Word and Excel writers are imported only when asked for: their libraries cost a PDF
    report a tenth of a second of its start."""
    if soort == ".docx":
        return _teken_docx(lambda: maak_document(con, periode, gemeente_code, hoofd, eind))
    if soort == ".xlsx":
        # the document for its checks and its title
        document = maak_document(con, periode, gemeente_code, hoofd, eind)
        from report import excel

        return excel.naar_excel(con, periode, document)
    return maak_pdf(con, periode, gemeente_code, hoofd=hoofd, eind=eind)


def schrijf_rapport(
    warehouse: Path,
    periode: Periode,
    gemeente_code: str | None,
    uit: Path,
    hoofd: Briefhoofd | None = None,
    eind: Eindevaluatie | None = None,
) -> None:
    """Make the report from the warehouse file and write it to `uit` (all or nothing), in
    the format its suffix names."""
    controleer_uitvoer(uit)
    try:
        con = connect_readonly(warehouse)
    except WarehouseMissing as exc:
        raise RapportFout(
            f"er is geen warehouse op {warehouse}; maak het met proeftuin etl --source MAP "
            f"--warehouse {warehouse}"
        ) from exc
    except OSError as exc:
        raise RapportFout(f"{warehouse} is geen leesbaar warehouse: {dutch_os_error(exc)}") from exc
    except duckdb.Error as exc:  # DuckDB's own text is English: only its OS error is kept
        reden = dutch_error_text(str(exc)) or "het is beschadigd of geen DuckDB-bestand"
        raise RapportFout(f"{warehouse} is geen leesbaar warehouse: {reden}") from exc
    geen_warehouse = RapportFout(
        f"{warehouse} is geen warehouse van de proeftuin (of van een oudere versie); laad het "
        "opnieuw met proeftuin etl"
    )
    with con:
        if not con.execute(
            "select 1 from duckdb_views() where view_name = 'data_stand'"
        ).fetchall():
            raise geen_warehouse
        try:
            inhoud = maak_bestand(con, periode, gemeente_code, soort(uit), hoofd, eind)
        except duckdb.CatalogException as exc:  # a view or macro of a newer version is missing
            raise geen_warehouse from exc
    schrijf_bestand(uit, inhoud)
