"""The `proeftuin` command: etl, demo-data, dashboard, and `demo` that chains all three.

Messages are Dutch (the users are Dutch civil servants); option names follow the data
contract.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from proeftuin.settings import DEFAULT_PORT, DEFAULT_SOURCE, DEFAULT_WAREHOUSE

app = typer.Typer(
    help="Virtueel platform van de proeftuin beleid Drechtsteden.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="rich",
)

WarehouseOpt = Annotated[Path, typer.Option("--warehouse", help="Het warehouse-bestand (DuckDB).")]


@app.command("etl")
def etl_command(
    source: Annotated[
        Path, typer.Option("--source", help="Bronmap met de exports van de gemeenten.")
    ],
    warehouse: WarehouseOpt,
    strict: Annotated[
        bool, typer.Option("--strict", help="Elke afgekeurde rij laat de run mislukken.")
    ] = False,
) -> None:
    """Bouw het warehouse opnieuw uit de hele bronmap."""
    from etl.load import run_etl_command

    raise typer.Exit(run_etl_command(source, warehouse, strict))


@app.command("demo-data")
def demo_data_command(
    directory: Annotated[Path, typer.Argument(help="Map waarin de demobronbestanden komen.")],
    registraties: Annotated[
        int | None,
        typer.Option("--registraties", help="Schrijf precies zoveel urenregistraties.", min=1),
    ] = None,
) -> None:
    """Schrijf een realistische bronmap voor 2012 (het voorbeeld uit het plan)."""
    from etl.demo import write_demo_command

    raise typer.Exit(write_demo_command(directory, registraties))


@app.command("dashboard")
def dashboard_command(
    warehouse: WarehouseOpt = DEFAULT_WAREHOUSE,
    port: Annotated[int, typer.Option("--port", help="Poort op localhost.")] = DEFAULT_PORT,
) -> None:
    """Start het virtuele platform (Streamlit) op localhost."""
    from dashboard.serve import serve

    raise typer.Exit(serve(warehouse, port))


@app.command("demo")
def demo_command(
    directory: Annotated[Path, typer.Option("--source", help="Map voor de demodata.")] = (
        DEFAULT_SOURCE
    ),
    warehouse: WarehouseOpt = DEFAULT_WAREHOUSE,
    port: Annotated[int, typer.Option("--port", help="Poort op localhost.")] = DEFAULT_PORT,
) -> None:
    """Demodata schrijven, laden en het platform starten: alles in één opdracht."""
    from dashboard.serve import serve
    from etl.demo import write_demo_command
    from etl.load import run_etl_command

    for step in (
        lambda: write_demo_command(directory, None),
        lambda: run_etl_command(directory, warehouse, False),
        lambda: serve(warehouse, port),
    ):
        code = step()
        if code:
            raise typer.Exit(code)
