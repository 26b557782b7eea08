"""`proeftuin demo-data DIR`: write a realistic 2012 source folder that reproduces the plan.

The folder holds the exports of six municipalities and the proeftuin-MT (`regio/`) in the
shapes they really send (see docs/demo-data.md). Its nine table opdrachten reproduce the
plan's worked example; all other hours net to zero per gemeente, so over the whole folder
gebracht − gehaald equals the worked example and the geldinbreng adds its credit on top.

Safety: DIR must be empty or absent, or hold only a previous demo (recognised by the
marker in `leesmij.txt` and by every file being one the demo writes); the previous demo
files are then replaced. Anything else is refused, so real exports are never overwritten.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import polars as pl
from rich.console import Console
from rich.table import Table

from demo import files as f
from demo.frames import (
    OPDRACHTEN,
    deelnemers_frame,
    evaluaties_frame,
    geldinbreng_frame,
    leerervaringen_frame,
    medewerkers_frame,
    opdrachten_frame,
    tarieven_frame,
)
from demo.hours import URENKOLOMMEN, foute_regels, realistische_uren, synthetische_uren
from demo.model import GEMEENTEN, MAPPEN
from demo.platform import DEELNEMERS as PLATFORM_DEELNEMERS
from demo.platform import OPDRACHTEN as PLATFORM_OPDRACHTEN
from demo.platform import WIJZIGINGEN as PLATFORM_WIJZIGINGEN
from demo.platform import schrijf_platform
from dutch.format import geheel

MARKER = "Demobronmap gemaakt door 'proeftuin demo-data'."
LEESMIJ = f"""{MARKER}
Proeftuin beleid Drechtsteden, proeftuinjaar 2012.

Elke gemeente levert haar eigen exports aan in haar eigen map; de map regio/ bevat de
werkvoorraad van het proeftuin-MT, de deelnemers, de tarieven, de evaluaties en de
leerervaringen. Dit bestand zelf wordt door de ETL niet herkend en dus niet geladen.
"""
# Per gemeente: (medewerkers file, uren file in realistic mode, dialect; None = XLSX).
EXPORTS: dict[str, tuple[str, str, f.Stijl | None]] = {
    "ALB": ("medewerkers.csv", "uren_2012.csv", f.NL_1252),
    "DOR": ("medewerkers.xlsx", "uren_2012.xlsx", None),
    "HIA": ("medewerkers.csv", "uren 2012.csv", f.NL_BOM),
    "PAP": ("medewerkers.csv", "uren_2012.csv", f.NL_1252),
    "SLI": ("medewerkers.csv", "uren-2012.csv", f.TAB),
    "ZWD": ("medewerkers.csv", "uren_2012.csv", f.KOMMA),
}
# Papendrecht exports with its own header names and says so in kolommen.toml.
PAP_KOPPEN = {
    "medewerker_id": "Personeelsnummer",
    "gemeente": "Organisatie",
    "schaal": "Salarisschaal",
    "expertise": "Expertisegebieden",
    "beschikbaar_uren_per_week": "Uren per week",
    "naam": "Naam medewerker",
    "registratie_id": "Boekingsnummer",
    "opdracht_id": "Opdrachtnummer",
    "datum": "Boekdatum",
    "uren": "Aantal uren",
    "omschrijving": "Activiteit",
}
BENCHMARK_MEDEWERKERS = "regio/medewerkers_benchmark.csv"
SCHAAL_UREN = "uren_2012.csv"


class DemoGeweigerd(Exception):
    """The target folder holds something else than a previous demo; the message is Dutch."""


@dataclass(frozen=True)
class FouteRegelPlek:
    """Where a deliberately bad row ended up: file, line as a person sees it, why."""

    bestand: str
    regel: int
    reden: str


@dataclass
class DemoSummary:
    """What `write_demo` wrote: files with their kind and row count, and the totals."""

    map: Path
    bestanden: list[tuple[str, str, int]] = field(default_factory=list)
    opdrachten: int = 0
    medewerkers: int = 0
    registraties: int = 0
    foute_regels: list[FouteRegelPlek] = field(default_factory=list)


def write_demo(directory: Path, registraties: int | None = None, seed: int = 2012) -> DemoSummary:
    """Write the demo folder; `registraties` replaces the realistic hours by N valid rows."""
    directory = Path(directory)
    _maak_vrij(directory)
    s = DemoSummary(directory)

    def schrijf(rel: str, soort: str, rijen: int, schrijver: Callable[[Path], None]) -> None:
        schrijver(directory / rel)
        s.bestanden.append((rel, soort, rijen))

    schrijf(
        "leesmij.txt",
        "niet herkend",
        0,
        lambda p: _tekst(p, LEESMIJ),
    )
    opdrachten = opdrachten_frame()
    _regio(schrijf, opdrachten)
    staf = medewerkers_frame(seed)
    uren = realistische_uren(OPDRACHTEN, seed) if registraties is None else None
    fout = foute_regels(uren) if uren is not None else []
    toml = "\n".join(f'"{v}" = "{k}"' for k, v in PAP_KOPPEN.items()) + "\n"
    schrijf(
        "papendrecht/kolommen.toml",
        "configuratie",
        len(PAP_KOPPEN),
        lambda p: _tekst(p, toml),
    )
    for g in GEMEENTEN:
        map_, (mw_bestand, uren_bestand, stijl) = MAPPEN[g], EXPORTS[g]
        koppen = PAP_KOPPEN if g == "PAP" else None
        eigen = staf.filter(pl.col("gemeente") == g)
        schrijf(
            f"{map_}/{mw_bestand}",
            "medewerkers",
            eigen.height,
            lambda p, e=eigen, st=stijl, k=koppen: _tabel(p, e, st, k),
        )
        if uren is not None:
            rijen = uren.filter(pl.col("gemeente") == g).select(URENKOLOMMEN)
            slecht = [r for r in fout if r.gemeente == g]
            rel = f"{map_}/{uren_bestand}"
            schrijf(
                rel,
                "uren",
                rijen.height + len(slecht),
                lambda p, r=rijen, b=slecht, st=stijl, k=koppen: _uren(p, r, b, st, k),
            )
            s.foute_regels += [
                FouteRegelPlek(rel, rijen.height + 2 + i, b.reden) for i, b in enumerate(slecht)
            ]
        geld = geldinbreng_frame(g)
        if geld.height:
            schrijf(
                f"{map_}/geldinbreng.csv",
                "geldinbreng",
                geld.height,
                lambda p, gf=geld, st=stijl: _tabel(p, gf, st or f.NL_1252, None),
            )
    s.opdrachten, s.medewerkers = opdrachten.height, staf.height
    if registraties is None:
        platform = schrijf_platform(directory)
        s.bestanden += platform
        s.opdrachten += platform[0][2]
    s.registraties = uren.height if uren is not None else 0
    if registraties is not None:
        _synthetisch(schrijf, s, opdrachten, registraties, seed)
    return s


def _regio(schrijf: Callable, opdrachten: pl.DataFrame) -> None:
    """The proeftuin-MT's own files: werkvoorraad, shares, tarieven, evaluaties, lessons."""
    for rel, soort, frame, stijl in (
        ("regio/opdrachten.xlsx", "opdrachten", opdrachten, None),
        ("regio/deelnemers.csv", "deelnemers", deelnemers_frame(), f.NL_BOM),
        ("regio/tarieven.csv", "tarieven", tarieven_frame(), f.NL_1252),
        ("regio/evaluaties.xlsx", "evaluaties", evaluaties_frame(), None),
        ("regio/leerervaringen.csv", "leerervaringen", leerervaringen_frame(), f.NL_BOM),
    ):
        schrijf(rel, soort, frame.height, lambda p, fr=frame, st=stijl: _tabel(p, fr, st, None))


def _synthetisch(
    schrijf: Callable, s: DemoSummary, opdrachten: pl.DataFrame, aantal: int, seed: int
) -> None:
    """N valid rows on opdrachten that are under way or done, one CSV per gemeente."""
    actief = opdrachten.filter(pl.col("status").is_in(["lopend", "afgerond"]))
    staf, uren = synthetische_uren(aantal, actief["opdracht_id"].to_list(), seed)
    schrijf(
        BENCHMARK_MEDEWERKERS,
        "medewerkers",
        staf.height,
        lambda p: _tabel(p, staf, f.NL_1252, None),
    )
    for g in GEMEENTEN:
        rijen = uren.filter(pl.col("gemeente") == g).select(URENKOLOMMEN)
        schrijf(
            f"{MAPPEN[g]}/{SCHAAL_UREN}",
            "uren",
            rijen.height,
            lambda p, r=rijen: r.write_csv(p, separator=";", line_terminator="\r\n"),
        )
    s.medewerkers += staf.height
    s.registraties = uren.height


def _tekst(pad: Path, inhoud: str) -> None:
    pad.parent.mkdir(parents=True, exist_ok=True)
    pad.write_text(inhoud, encoding="utf-8")


def _tabel(pad: Path, frame: pl.DataFrame, stijl: f.Stijl | None, koppen: dict | None) -> None:
    """A table as XLSX (stijl None) or as CSV in the dialect; money with two decimals."""
    if stijl is None:
        f.schrijf_xlsx(pad, frame)
        return
    tekst = f.als_tekst(frame, stijl, bedragen=("bedrag_eur", "uurtarief_eur"))
    f.schrijf_csv(pad, tekst, stijl, koppen)


def _uren(pad: Path, rijen: pl.DataFrame, slecht: list, stijl: f.Stijl | None, koppen) -> None:
    """Hours followed by the bad rows (last, so the 24-hour rule meets them last)."""
    if stijl is None:
        f.schrijf_xlsx(pad, rijen)
        return
    fout = pl.DataFrame(
        {c: [f.waarde(b.waarden.get(c), stijl) for b in slecht] for c in URENKOLOMMEN},
        schema=dict.fromkeys(URENKOLOMMEN, pl.String),
    )
    f.schrijf_csv(pad, pl.concat([f.als_tekst(rijen, stijl), fout]), stijl, koppen)


def demo_paden() -> set[str]:
    """Every relative path a demo run may write (both modes)."""
    paden = {"leesmij.txt", "papendrecht/kolommen.toml", BENCHMARK_MEDEWERKERS}
    paden |= {PLATFORM_OPDRACHTEN, PLATFORM_WIJZIGINGEN, PLATFORM_DEELNEMERS}
    paden |= {
        f"regio/{n}"
        for n in (
            "opdrachten.xlsx",
            "deelnemers.csv",
            "tarieven.csv",
            "evaluaties.xlsx",
            "leerervaringen.csv",
        )
    }
    for g, (mw, uren, _) in EXPORTS.items():
        paden |= {f"{MAPPEN[g]}/{n}" for n in (mw, uren, SCHAAL_UREN, "geldinbreng.csv")}
    return paden


def _maak_vrij(directory: Path) -> None:
    """Refuse anything but an empty folder or a previous demo; remove a previous demo."""
    if directory.exists() and not directory.is_dir():
        raise DemoGeweigerd(f"{directory} bestaat al en is geen map.")
    if not directory.exists():
        return
    aanwezig = sorted(p for p in directory.rglob("*") if p.is_file())
    if not aanwezig:
        return
    vreemd = [p.relative_to(directory).as_posix() for p in aanwezig]
    # hidden files are the platform's lock and temporary files (etl.platform_writer)
    vreemd = [r for r in vreemd if r not in demo_paden() and not _verborgen(r)]
    leesmij = directory / "leesmij.txt"
    eigen = leesmij.is_file() and leesmij.read_text(encoding="utf-8", errors="replace").startswith(
        MARKER
    )
    if vreemd or not eigen:
        voorbeelden = ", ".join(vreemd[:5]) or "geen leesmij.txt van een eerdere demo"
        raise DemoGeweigerd(
            f"De map {directory} is niet leeg en bevat geen eerdere demo ({voorbeelden}). "
            "Kies een lege of nieuwe map; bestaande bestanden worden nooit overschreven."
        )
    for p in aanwezig:
        p.unlink()


def _verborgen(rel: str) -> bool:
    return any(deel.startswith(".") for deel in rel.split("/"))


def write_demo_command(directory: Path, registraties: int | None) -> int:
    """CLI entry: write the demo, print a Dutch summary; exit 0, or 2 when refused."""
    console = Console()
    try:
        s = write_demo(directory, registraties)
    except DemoGeweigerd as exc:
        console.print(f"[bold red]Demodata niet geschreven:[/] {exc}")
        return 2
    tabel = Table(title=f"Demobronmap {directory} (proeftuinjaar 2012)")
    for kop in ("bestand", "soort", "rijen"):
        tabel.add_column(kop, justify="right" if kop == "rijen" else "left")
    for rel, soort, rijen in s.bestanden:
        tabel.add_row(rel, soort, geheel(rijen))
    console.print(tabel)
    console.print(
        f"{len(s.bestanden)} bestanden, {geheel(s.opdrachten)} opdrachten, "
        f"{geheel(s.medewerkers)} medewerkers, {geheel(s.registraties)} geldige urenregistraties"
        + (f" en {len(s.foute_regels)} bewust foute regels." if s.foute_regels else ".")
    )
    return 0
