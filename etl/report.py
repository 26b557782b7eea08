"""What a controller sees in the terminal: progress, a summary per file, the main reasons.

Dutch text and Dutch number format (1.234.567). The full rejection list is a CSV file
beside the warehouse; the terminal shows only the most frequent reasons, grouped by rule
(not by exact value), so a thousand bad dates read as one line.
"""

from __future__ import annotations

import polars as pl
from rich.console import Console
from rich.progress import BarColumn, DownloadColumn, TaskID, TextColumn
from rich.progress import Progress as RichProgress
from rich.table import Table

from dutch.format import geheel, getal
from etl.load import EtlOutcome
from etl.sources import SourceFile

TOP_REASONS = 10


def bestanden_tabel(namen: list[str], breedte: int) -> tuple[Table, bool]:
    """The empty per-file table, laid out so a narrow terminal (80 columns) keeps every
    file name whole: the column a controller needs most wraps only when it alone is wider
    than the terminal allows. The remark wraps instead, the counts keep their digits
    together, and below about 115 columns the kind is left out (it is the first word of
    the file name; an unrecognised file says so in the remark). Returns the table and
    whether it has the kind column."""
    langste = max(map(len, namen), default=7)
    met_soort = breedte >= langste + 82
    table = Table(title="Bestanden", title_justify="left", box=None, pad_edge=False)
    table.header_style = "bold underline"
    # explicit widths: rich's own shrinking re-measures and could crop a cell's text
    bestand = min(langste, max(breedte - 44, 20))
    table.add_column("bestand", overflow="fold", width=bestand)
    if met_soort:
        table.add_column("soort", no_wrap=True)
    for header in ("gelezen", "geladen", "afgekeurd"):
        table.add_column(header, justify="right", no_wrap=True)
    vast = bestand + 1 + 3 * 2 + len("gelezengeladenafgekeurd") + 1
    table.add_column("opmerking", overflow="fold", width=None if met_soort else breedte - vast)
    return table, met_soort


def afgekeurd_telling(afgekeurd: pl.DataFrame) -> str:
    """What the rejection list holds, counted as the table above counts: rows, and apart
    from them whole files (a line without `regel`), so "11 rijen" in the total is "11
    rijen" here and a rejected file is never counted as a twelfth row."""
    bestanden = afgekeurd.get_column("regel").null_count()
    rijen = afgekeurd.height - bestanden
    delen = [f"{geheel(rijen)} {'rij' if rijen == 1 else 'rijen'}"]
    if bestanden:
        delen.append(f"{geheel(bestanden)} {'bestand' if bestanden == 1 else 'bestanden'}")
    return " en ".join(delen)


class Reporter:
    """Rich output for `proeftuin etl`: a byte-based progress bar, then the summary."""

    def __init__(self, console: Console | None = None) -> None:
        self.console = console or Console(highlight=False)
        self._bar: RichProgress | None = None
        self._task = TaskID(0)  # set by `start`, used only while `_bar` is set

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
        table, met_soort = bestanden_tabel(
            outcome.bestanden.get_column("bestand").to_list(), self.console.width
        )
        for row in outcome.bestanden.iter_rows(named=True):
            afgekeurd = row["rijen_afgekeurd"]
            table.add_row(
                row["bestand"],
                *([row["soort"] or "-"] if met_soort else []),
                geheel(row["rijen_gelezen"]),
                geheel(row["rijen_geladen"]),
                f"[red]{geheel(afgekeurd)}[/red]" if afgekeurd else "0",
                row["opmerking"] or "",
            )
        totals = outcome.bestanden.select(pl.col("^rijen_.*$").sum()).row(0)
        leeg = [""] if met_soort else []
        table.add_row("totaal", *leeg, *(geheel(t) for t in totals), "", style="bold")
        self.console.print(table)
        self._top_reasons(outcome.afgekeurd)
        state = "geschreven" if outcome.geschreven else "niet bijgewerkt"
        self.console.print(f"Warehouse {state}: {outcome.warehouse}", soft_wrap=True)
        self.console.print(
            f"Volledige lijst afgekeurd ({afgekeurd_telling(outcome.afgekeurd)}): "
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
