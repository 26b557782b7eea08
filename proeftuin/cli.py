"""The `proeftuin` command: etl, demo-data, dashboard, audit, rapport, vaststellen, and
`demo` that chains the first three.

Messages are Dutch (the users are Dutch civil servants); option names follow the data
contract. Built on click (which streamlit brings along anyway): start-up time counts for
a command a controller runs over and over, and each subcommand imports its heavy
modules only when it runs.
"""

from __future__ import annotations

import contextlib
import os
import sys
from datetime import date
from pathlib import Path

import click

from proeftuin.click_nl import Count, DatumType, DutchGroup, PeriodeType, option
from report.periode import Periode
from warehouse.settings import DEFAULT_PORT, DEFAULT_SOURCE, DEFAULT_WAREHOUSE

PATH = click.Path(path_type=Path)
PORT = Count(1, 65535)


@click.group("proeftuin", cls=DutchGroup, no_args_is_help=True)
def app() -> None:
    """Virtueel platform van de proeftuin beleid Drechtsteden."""


warehouse_option = option(
    "--warehouse",
    type=PATH,
    metavar="BESTAND",
    default=DEFAULT_WAREHOUSE,
    help=f"Het warehouse-bestand (DuckDB). Standaard: {DEFAULT_WAREHOUSE}.",
)
"""Defaulted alike for every command, so `etl` loads where `dashboard` looks."""


periode_option = option(
    "--periode",
    type=PeriodeType(),
    metavar="PERIODE",
    required=True,
    help="2012 (jaar), 2012-H1 of 2012-H2 (halfjaar), 2012-K1 tot en met 2012-K4 (kwartaal).",
)

port_option = option(
    "--port",
    type=PORT,
    default=DEFAULT_PORT,
    help=f"Poort. Standaard: {DEFAULT_PORT}.",
)
jaar_option = option(
    "--jaar",
    type=Count(2000, 2099),
    default=None,
    help="Schrijf alleen dit boekjaar (2012: het jaar van het plan). "
    "Standaard: vorig jaar vastgesteld en dit jaar tot vandaag.",
)


@app.command("etl")
@option(
    "--source",
    type=PATH,
    metavar="MAP",
    required=True,
    help="Bronmap met de exports van de gemeenten.",
)
@warehouse_option
@option("--strict", is_flag=True, help="Elke afgekeurde rij laat de run mislukken.")
def etl_command(source: Path, warehouse: Path, strict: bool) -> None:
    """Bouw het warehouse opnieuw uit de hele bronmap."""
    from etl.command import run_etl_command

    sys.exit(run_etl_command(source, warehouse, strict))


@app.command("demo-data")
@click.argument("directory", type=PATH, metavar="MAP")
@option(
    "--registraties", type=Count(1), default=None, help="Schrijf precies zoveel urenregistraties."
)
@jaar_option
def demo_data_command(directory: Path, registraties: int | None, jaar: int | None) -> None:
    """Schrijf een realistische bronmap MAP: vorig jaar vastgesteld en dit jaar tot vandaag."""
    from demo.generate import write_demo_command
    from vaststelling.demojaar import stel_demojaar_vast

    sys.exit(write_demo_command(directory, registraties, jaar, stel_demojaar_vast))


@app.command("dashboard")
@warehouse_option
@port_option
@option(
    "--address",
    metavar="ADRES",
    default="127.0.0.1",
    help="Netwerkadres waarop het platform luistert. Standaard: 127.0.0.1 (alleen deze "
    "computer); elk ander adres vraagt --auth.",
)
@option(
    "--auth",
    type=PATH,
    metavar="BESTAND",
    default=None,
    help="TOML-bestand met [oidc] (identity provider) en [rollen]: inloggen met rollen. "
    "Zie docs/deploy.md.",
)
@option(
    "--source",
    type=click.Path(path_type=Path, file_okay=False),
    metavar="MAP",
    default=None,
    help="Bronmap waarin de formulieren van het platform schrijven (aanmelden, toetsen); "
    "zonder deze optie staan ze uit.",
)
@option(
    "--audit",
    type=click.Path(path_type=Path, file_okay=False),
    metavar="MAP",
    default=None,
    help="Map voor het auditlog (met --auth). Standaard: audit/ naast het warehouse.",
)
def dashboard_command(
    warehouse: Path,
    port: int,
    address: str,
    auth: Path | None,
    source: Path | None,
    audit: Path | None,
) -> None:
    """Start het virtuele platform (Streamlit); zonder --auth als lokale demo."""
    from dashboard.serve import serve

    sys.exit(serve(warehouse, port, address, auth, source, audit=audit))


@app.command("audit")
@warehouse_option
@option(
    "--map",
    "map_",
    type=click.Path(path_type=Path, file_okay=False),
    metavar="MAP",
    default=None,
    help="De map van het auditlog. Standaard: audit/ naast het warehouse.",
)
@option("--van", type=DatumType(), metavar="DATUM", required=True, help="Vanaf (dd-mm-jjjj).")
@option(
    "--tot",
    type=DatumType(),
    metavar="DATUM",
    default=None,
    help="Tot en met (dd-mm-jjjj). Standaard: dezelfde dag als --van.",
)
@option(
    "--wie", metavar="TEKST", default=None, help="Alleen deze persoon (deel van sub of e-mail)."
)
@option(
    "--soort",
    type=click.Choice(["inloggen", "uitloggen", "geweigerd", "bekeken", "download", "actie"]),
    default=None,
    help="Alleen deze soort gebeurtenis.",
)
def audit_command(
    warehouse: Path,
    map_: Path | None,
    van: date,
    tot: date | None,
    wie: str | None,
    soort: str | None,
) -> None:
    """Zoek in het auditlog: wie logde in, zag persoonsgegevens, downloadde of deed wat."""
    from dashboard.audit import run_audit_command

    sys.exit(run_audit_command(map_, warehouse, van, tot or van, wie, soort))


@app.command("rapport")
@warehouse_option
@periode_option
@option(
    "--gemeente", metavar="CODE", default=None, help="Het overzicht van één gemeente (bv. PAP)."
)
@option(
    "--uit",
    type=PATH,
    metavar="BESTAND",
    required=True,
    help="Het bestand om te schrijven: .pdf, .docx (Word) of .xlsx (Excel, de tabellen).",
)
@option(
    "--brief",
    is_flag=True,
    help="Als raadsinformatiebrief: briefhoofd uit briefhoofd.toml in de bronmap (--source).",
)
@option(
    "--eindevaluatie",
    is_flag=True,
    help="De eindevaluatie van een jaar: bevindingen per vraag en het advies uit advies.toml.",
)
@option(
    "--source",
    type=click.Path(path_type=Path, file_okay=False),
    metavar="MAP",
    default=DEFAULT_SOURCE,
    help="Bronmap met briefhoofd.toml en advies.toml (voor --brief en --eindevaluatie). "
    f"Standaard: {DEFAULT_SOURCE}.",
)
def rapport_command(
    warehouse: Path,
    periode: Periode,
    gemeente: str | None,
    uit: Path,
    brief: bool,
    eindevaluatie: bool,
    source: Path,
) -> None:
    """Schrijf de tussenstand (of het overzicht van één gemeente) als PDF, Word of Excel."""
    from report.command import run_rapport_command

    sys.exit(
        run_rapport_command(
            warehouse,
            periode,
            gemeente,
            uit,
            source if brief else None,
            source if eindevaluatie else None,
        )
    )


@app.command("vaststellen")
@option(
    "--source",
    type=click.Path(path_type=Path, file_okay=False),
    metavar="MAP",
    required=True,
    help="Bronmap: het besluit komt in platform/ (het systeem van vastlegging).",
)
@warehouse_option
@periode_option
@option("--door", metavar="NAAM", default=None, help="Wie vaststelt. Standaard: uw gebruikersnaam.")
@option("--intrekken", is_flag=True, help="Trek de vaststelling in (met --reden).")
@option("--reden", metavar="TEKST", default="", help="Waarom de vaststelling wordt ingetrokken.")
def vaststellen_command(
    source: Path, warehouse: Path, periode: Periode, door: str | None, intrekken: bool, reden: str
) -> None:
    """Stel een verantwoorde periode vast: haar cijfers veranderen daarna niet meer."""
    import getpass

    from vaststelling.besluit import Geweigerd, stel_vast, trek_in

    wie = door or getpass.getuser()
    try:
        if intrekken:
            besluit = trek_in(source, warehouse, periode, wie, reden)
        else:
            besluit = stel_vast(source, warehouse, periode, wie)
    except Geweigerd as exc:
        sys.exit(f"Fout: {exc}.")
    if intrekken:
        click.echo(f"De vaststelling van {besluit.periode.naam} is ingetrokken door {wie}.")
    else:
        click.echo(
            f"{besluit.periode.naam.capitalize()} is vastgesteld door {wie} "
            f"({besluit.rij['grondslag']})."
        )
    click.echo("De volgende ETL-run (proeftuin etl) past het toe.")


@app.command("demo")
@option(
    "--source",
    "directory",
    type=PATH,
    metavar="MAP",
    default=DEFAULT_SOURCE,
    help=f"Map voor de demodata. Standaard: {DEFAULT_SOURCE}.",
)
@warehouse_option
@port_option
@option(
    "--opnieuw",
    is_flag=True,
    help="Schrijf de demo opnieuw, ook als het platform er invoer in schreef (die wordt "
    "gewist). Zonder deze optie blijft invoer bewaard of vraagt de opdracht het eerst.",
)
@jaar_option
def demo_command(
    directory: Path, warehouse: Path, port: int, opnieuw: bool, jaar: int | None
) -> None:
    """Demodata schrijven, laden en het platform starten: alles in één opdracht."""
    from dashboard.serve import poort_melding, serve
    from demo.generate import write_demo_command
    from etl.command import run_etl_command
    from proeftuin import demo_invoer
    from vaststelling.demojaar import stel_demojaar_vast

    melding = poort_melding(port, "proeftuin demo")  # before the minute of writing and loading
    if melding:
        sys.exit(melding)
    if demo_invoer.schrijf_opnieuw(directory, opnieuw, demo_invoer.vraag_van_terminal()):
        code = write_demo_command(directory, None, jaar, stel_demojaar_vast)
        if code:
            sys.exit(code)
        demo_invoer.onthoud(directory)
    code = run_etl_command(directory, warehouse, False)
    if code:
        sys.exit(code)
    code = serve(warehouse, port, source=directory, opdracht="proeftuin demo")
    if code:
        sys.exit(code)


def main() -> None:
    """The console script: run the command, then end the process without tearing it down.

    Why `os._exit`: after a run over a million rows, the interpreter's orderly shutdown
    (freeing every object, joining polars' and DuckDB's thread pools) takes a tenth of a
    second of a three-second command, and nothing is left to clean up: the warehouse is
    closed and swapped in, files are closed, output is flushed here. mypy ends the same
    way for the same reason. Tests call `app` itself, which exits normally.
    """
    try:
        app.main()
    except SystemExit as exc:
        code = exc.code
    else:
        code = 0
    if code is not None and not isinstance(code, int):  # sys.exit("message")
        print(code, file=sys.stderr)
        code = 1
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError):  # e.g. `| head` closed the pipe: nothing to save
            stream.flush()
    os._exit(code or 0)
