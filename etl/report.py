"""What a controller sees in the terminal: progress, a summary per file, the main reasons.

Dutch text and Dutch number format (1.234.567). The full rejection list is a CSV file
beside the warehouse; the terminal shows only the most frequent reasons, grouped by rule
(not by exact value), so a thousand bad dates read as one line.
"""

from __future__ import annotations

import polars as pl
from rich.console import Console
from rich.progress import BarColumn, DownloadColumn, TextColumn
from rich.progress import Progress as RichProgress
from rich.table import Table

from dutch.format import geheel, getal
from etl.load import EtlOutcome
from etl.sources import SourceFile

TOP_REASONS = 10


class Reporter:
    """Rich output for `proeftuin etl`: a byte-based progress bar, then the summary."""

    def __init__(self, console: Console | None = None) -> None:
        self.console = console or Console(highlight=False)
        self._bar: RichProgress | None = None
        self._task = None

    def begin(self, files: list[SourceFile]) -> None:
        self._bar = RichProgress(
            TextColumn("{task.description}"),
            BarColumn(),
            DownloadColumn(binary_units=False),
            console=self.console,
            transient=True,
        )
        self._bar.start()
        total = sum(f.size for f in files) or 1
        self._task = self._bar.add_task("bestanden lezen", total=total)
        if files:
            self._bar.update(self._task, description=f"lezen: {files[0].bestand}")

    def file_done(self, file: SourceFile) -> None:
        if self._bar is not None:
            self._bar.update(self._task, advance=file.size, description=f"gelezen: {file.bestand}")

    def stage(self, text: str) -> None:
        if self._bar is not None:
            self._bar.update(self._task, description=text)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.stop()
            self._bar = None

    def summary(self, outcome: EtlOutcome) -> None:
        """Per file the counts, the most frequent rules that rejected rows, time and paths."""
        table = Table(title="Bestanden", title_justify="left")
        for header, justify in (
            ("bestand", "left"),
            ("soort", "left"),
            ("gelezen", "right"),
            ("geladen", "right"),
            ("afgekeurd", "right"),
            ("opmerking", "left"),
        ):
            table.add_column(header, justify=justify)  # type: ignore[arg-type]
        for row in outcome.bestanden.iter_rows(named=True):
            afgekeurd = row["rijen_afgekeurd"]
            table.add_row(
                row["bestand"],
                row["soort"] or "-",
                geheel(row["rijen_gelezen"]),
                geheel(row["rijen_geladen"]),
                f"[red]{geheel(afgekeurd)}[/red]" if afgekeurd else "0",
                row["opmerking"] or "",
            )
        totals = outcome.bestanden.select(pl.col("^rijen_.*$").sum()).row(0)
        table.add_row("totaal", "", *(geheel(t) for t in totals), "", style="bold")
        self.console.print(table)
        self._top_reasons(outcome.afgekeurd)
        state = "geschreven" if outcome.geschreven else "niet bijgewerkt"
        self.console.print(f"Warehouse {state}: {outcome.warehouse}", soft_wrap=True)
        self.console.print(
            f"Volledige lijst afgekeurd ({geheel(outcome.afgekeurd.height)}): "
            f"{outcome.afgekeurd_csv}",
            soft_wrap=True,
        )
        self.console.print(f"Duur: {getal(outcome.duur_s, 1)} s")

    def _top_reasons(self, afgekeurd: pl.DataFrame) -> None:
        if afgekeurd.height == 0:
            self.console.print("[green]Geen afgekeurde rijen of bestanden.[/green]")
            return
        top = (
            afgekeurd.group_by("afkeursoort", maintain_order=True)
            .agg(pl.len().alias("aantal"), pl.col("reden").first().alias("voorbeeld"))
            .sort("aantal", descending=True, maintain_order=True)
            .head(TOP_REASONS)
        )
        table = Table(title="Meest voorkomende redenen van afkeur", title_justify="left")
        table.add_column("soort afkeur", justify="left")
        table.add_column("aantal", justify="right")
        table.add_column("voorbeeld", justify="left")
        for afkeursoort, aantal, voorbeeld in top.iter_rows():
            table.add_row(afkeursoort, geheel(aantal), voorbeeld)
        self.console.print(table)

    def failure(self, message: str) -> None:
        self.console.print(f"[bold red]Mislukt:[/bold red] {message}", soft_wrap=True)
