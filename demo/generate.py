"""`proeftuin demo-data DIR`: write a realistic source folder that reproduces the plan.

The folder holds the exports of six municipalities and the proeftuin-MT (`regio/`) in the
shapes they really send (see docs/demo-data.md). Its nine table opdrachten reproduce the
plan's worked example; all other hours net to zero per gemeente, so over that boekjaar
gebracht − gehaald equals the worked example and the geldinbreng adds its credit on top.

Which years (`demo.kalender`): by default the demo lives in the present, the worked
example in last year, vastgesteld and settled (`demo.afsluiten`), and this year up to
today with werkvoorraad ahead; `jaar` writes that one boekjaar alone (2012: the plan's).

Safety: DIR must be empty or absent, or hold only a previous demo (recognised by the
marker in `leesmij.txt` and by every file being one the demo writes); the previous demo
files are then replaced. Anything else is refused, so real exports are never overwritten.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import polars as pl
from rich.console import Console
from rich.table import Table

from demo import files as f
from demo.afsluiten import NAGEKOMEN, AfsluitenMislukt, SluitAf, nagekomen_uren
from demo.besparingen import besparingen_frame
from demo.frames import (
    deelnemers_frame,
    evaluaties_frame,
    geldinbreng_frame,
    leerervaringen_frame,
    medewerkers_frame,
    opdrachten,
    opdrachten_frame,
    tarieven_frame,
)
from demo.hours import (
    URENKOLOMMEN,
    foute_regels,
    lopende_uren,
    realistische_uren,
    synthetische_uren,
)
from demo.kalender import PLANJAAR, Kalender
from demo.kwalitatief import kwalitatieve_bestanden
from demo.mensen import INTERESSE as MENSEN_INTERESSE
from demo.mensen import NIEUWS as MENSEN_NIEUWS
from demo.mensen import RUIMTE as MENSEN_RUIMTE
from demo.mensen import UITLEG as MENSEN_UITLEG
from demo.mensen import schrijf_mensen
from demo.model import GEMEENTEN, MAPPEN
from demo.platform import DEELNEMERS as PLATFORM_DEELNEMERS
from demo.platform import OPDRACHTEN as PLATFORM_OPDRACHTEN
from demo.platform import WIJZIGINGEN as PLATFORM_WIJZIGINGEN
from demo.platform import schrijf_platform
from dutch.format import datum, geheel
from warehouse.vastgesteld import MAP as VASTGESTELD

MARKER = "Demobronmap gemaakt door 'proeftuin demo-data'."
LEESMIJ = """{marker}
Proeftuin beleid Drechtsteden, {jaren}.

Elke gemeente levert haar eigen exports aan in haar eigen map; de map regio/ bevat de
werkvoorraad van het proeftuin-MT, de deelnemers, de tarieven, de evaluaties, de
leerervaringen en de besparingen. Dit bestand zelf wordt door de ETL niet herkend en dus
niet geladen.
"""
# Per gemeente: (medewerkers file, uren file per year in realistic mode, dialect; None = XLSX).
EXPORTS: dict[str, tuple[str, str, f.Stijl | None]] = {
    "ALB": ("medewerkers.csv", "uren_{jaar}.csv", f.NL_1252),
    "DOR": ("medewerkers.xlsx", "uren_{jaar}.xlsx", None),
    "HIA": ("medewerkers.csv", "uren {jaar}.csv", f.NL_BOM),
    "PAP": ("medewerkers.csv", "uren_{jaar}.csv", f.NL_1252),
    "SLI": ("medewerkers.csv", "uren-{jaar}.csv", f.TAB),
    "ZWD": ("medewerkers.csv", "uren_{jaar}.csv", f.KOMMA),
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
SCHAAL_UREN = "uren_{jaar}.csv"
BESLUITEN = "platform/vaststellingsbesluiten.csv"  # as vaststelling.besluit.BESLUITEN


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
    kalender: Kalender = field(default_factory=Kalender)


def kalender(jaar: int | None, registraties: int | None, vandaag: date) -> Kalender:
    """`jaar` alone when asked for (and for `registraties`: the plan's year unless said
    otherwise), else the present: last year complete, this year up to `vandaag`."""
    if jaar is None and registraties is None:
        return Kalender.heden(vandaag)
    return Kalender(PLANJAAR if jaar is None else jaar)


def write_demo(
    directory: Path,
    registraties: int | None = None,
    seed: int = 2012,
    jaar: int | None = None,
    vandaag: date | None = None,
    sluit_af: SluitAf | None = None,
) -> DemoSummary:
    """Write the demo folder; `registraties` replaces the realistic hours by N valid rows.

    Without `jaar` (and `registraties`) the demo lives in the present of `vandaag` (default
    today); with it, that boekjaar alone. In the present, `sluit_af` vaststelt last year
    from the folder as written, and then the late file is written; without it, last year
    stays open and no file comes late."""
    directory = Path(directory)
    kal = kalender(jaar, registraties, vandaag or date.today())
    _maak_vrij(directory)
    s = DemoSummary(directory, kalender=kal)

    def schrijf(rel: str, soort: str, rijen: int, schrijver: Callable[[Path], None]) -> None:
        schrijver(directory / rel)
        s.bestanden.append((rel, soort, rijen))

    leesmij = LEESMIJ.format(marker=MARKER, jaren=_jaren(kal))
    schrijf("leesmij.txt", "niet herkend", 0, lambda p: _tekst(p, leesmij))
    werkvoorraad = opdrachten(kal)
    opdrachten_tabel = opdrachten_frame(werkvoorraad)
    _regio(schrijf, opdrachten_tabel, kal)
    staf = medewerkers_frame(seed)
    uren = realistische_uren(werkvoorraad, seed, kal.jaar) if registraties is None else None
    fout = foute_regels(uren, kal) if uren is not None else []
    lopend = (
        lopende_uren(werkvoorraad, kal.vandaag, seed)
        if kal.vandaag is not None and uren is not None
        else None
    )
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
            rel = f"{map_}/{uren_bestand.format(jaar=kal.jaar)}"
            schrijf(
                rel,
                "uren",
                rijen.height + len(slecht),
                lambda p, r=rijen, b=slecht, st=stijl, k=koppen: _uren(p, r, b, st, k),
            )
            s.foute_regels += [
                FouteRegelPlek(rel, rijen.height + 2 + i, b.reden) for i, b in enumerate(slecht)
            ]
        if lopend is not None and kal.huidig is not None:
            nu = lopend.filter(pl.col("gemeente") == g).select(URENKOLOMMEN)
            if nu.height:
                schrijf(
                    f"{map_}/{uren_bestand.format(jaar=kal.huidig)}",
                    "uren",
                    nu.height,
                    lambda p, r=nu, st=stijl, k=koppen: _uren(p, r, [], st, k),
                )
        geld = geldinbreng_frame(g, kal)
        if geld.height:
            schrijf(
                f"{map_}/geldinbreng.csv",
                "geldinbreng",
                geld.height,
                lambda p, gf=geld, st=stijl: _tabel(p, gf, st or f.NL_1252, None),
            )
    s.opdrachten, s.medewerkers = opdrachten_tabel.height, staf.height
    if registraties is None:
        platform = schrijf_platform(directory, kal)
        s.bestanden += platform
        s.opdrachten += platform[0][2]
        s.bestanden += schrijf_mensen(directory, kal)
    s.registraties = uren.height if uren is not None else 0
    if lopend is not None:
        s.registraties += lopend.height
        if sluit_af is not None:
            _sluit_af(schrijf, s, kal.jaar, sluit_af)
    if registraties is not None:
        _synthetisch(schrijf, s, opdrachten_tabel, registraties, seed, kal.jaar)
    return s


def _jaren(kal: Kalender) -> str:
    if kal.huidig is None:
        return f"proeftuinjaar {kal.jaar}" if kal.jaar == PLANJAAR else f"boekjaar {kal.jaar}"
    return f"boekjaar {kal.jaar} (vastgesteld) en {kal.huidig} tot en met {datum(kal.vandaag)}"


def _sluit_af(schrijf: Callable, s: DemoSummary, jaar: int, sluit_af: SluitAf) -> None:
    """Vaststellen of `jaar` from the folder as written, then the late Dordrecht file."""
    vast = f"{VASTGESTELD.as_posix()}/{sluit_af(s.map, jaar)}"
    s.bestanden += [
        (BESLUITEN, "vaststellingsbesluiten", 1),
        (f"{vast}/", "vastgestelde cijfers", len(list((s.map / vast).rglob("*.parquet")))),
    ]
    laat = nagekomen_uren(jaar)
    schrijf(NAGEKOMEN, "uren", laat.height, lambda p: _tabel(p, laat, f.NL_1252, None))
    s.registraties += laat.height


def _regio(schrijf: Callable, opdrachten: pl.DataFrame, kal: Kalender) -> None:
    """The proeftuin-MT's own files: werkvoorraad, shares, tarieven, evaluaties, lessons."""
    for rel, soort, frame, stijl in (
        ("regio/opdrachten.xlsx", "opdrachten", opdrachten, None),
        ("regio/deelnemers.csv", "deelnemers", deelnemers_frame(), f.NL_BOM),
        ("regio/tarieven.csv", "tarieven", tarieven_frame(kal), f.NL_1252),
        ("regio/evaluaties.xlsx", "evaluaties", evaluaties_frame(kal), None),
        ("regio/leerervaringen.csv", "leerervaringen", leerervaringen_frame(kal), f.NL_BOM),
        ("regio/besparingen.csv", "besparingen", besparingen_frame(kal), f.NL_BOM),
        *((rel, soort, frame, f.NL_BOM) for rel, soort, frame in kwalitatieve_bestanden(kal)),
    ):
        schrijf(rel, soort, frame.height, lambda p, fr=frame, st=stijl: _tabel(p, fr, st, None))


def _synthetisch(
    schrijf: Callable, s: DemoSummary, opdrachten: pl.DataFrame, aantal: int, seed: int, jaar: int
) -> None:
    """N valid rows on opdrachten that are under way or done, one CSV per gemeente."""
    actief = opdrachten.filter(pl.col("status").is_in(["lopend", "afgerond"]))
    staf, uren = synthetische_uren(aantal, actief["opdracht_id"].to_list(), seed, jaar)
    schrijf(
        BENCHMARK_MEDEWERKERS,
        "medewerkers",
        staf.height,
        lambda p: _tabel(p, staf, f.NL_1252, None),
    )
    for g in GEMEENTEN:
        rijen = uren.filter(pl.col("gemeente") == g).select(URENKOLOMMEN)
        schrijf(
            f"{MAPPEN[g]}/{SCHAAL_UREN.format(jaar=jaar)}",
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
    """Every relative path a demo run may write (both modes) but the per-year hour files
    and the vastgestelde figures, which `is_demo_bestand` recognises by their pattern."""
    paden = {"leesmij.txt", "papendrecht/kolommen.toml", BENCHMARK_MEDEWERKERS}
    paden |= {PLATFORM_OPDRACHTEN, PLATFORM_WIJZIGINGEN, PLATFORM_DEELNEMERS, BESLUITEN}
    paden |= {MENSEN_UITLEG, MENSEN_NIEUWS, MENSEN_RUIMTE, MENSEN_INTERESSE}
    paden |= {NAGEKOMEN}
    paden |= {
        f"regio/{n}"
        for n in (
            "opdrachten.xlsx",
            "deelnemers.csv",
            "tarieven.csv",
            "evaluaties.xlsx",
            "leerervaringen.csv",
            "besparingen.csv",
            *(Path(rel).name for rel, _, _ in kwalitatieve_bestanden(Kalender())),
        )
    }
    for g, (mw, _, _) in EXPORTS.items():
        paden |= {f"{MAPPEN[g]}/{n}" for n in (mw, "geldinbreng.csv")}
    return paden


def _per_jaar() -> re.Pattern[str]:
    """The hour files of any year: `alblasserdam/uren_2025.csv`, `hendrik-ido-ambacht/uren
    2026.csv`, ..., and everything a vaststelling wrote under `platform/vastgesteld/`."""
    namen = {f"{MAPPEN[g]}/{u}" for g, (_, u, _) in EXPORTS.items()}
    namen |= {f"{MAPPEN[g]}/{SCHAAL_UREN}" for g in EXPORTS}
    jaar = re.escape("{jaar}")
    delen = sorted(re.escape(n).replace(jaar, r"\d{4}") for n in namen)
    return re.compile(rf"(?:{'|'.join(delen)}|{re.escape(VASTGESTELD.as_posix())}/.+)")


def is_demo_bestand(rel: str) -> bool:
    """Whether a file (path relative to the folder) is one a demo run writes."""
    return rel in demo_paden() or _per_jaar().fullmatch(rel) is not None


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
    # hidden files are the platform's lock and temporary files (invoer.schrijven)
    vreemd = [r for r in vreemd if not is_demo_bestand(r) and not _verborgen(r)]
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
    # a vaststelling's folders (platform/vastgesteld/<map>/cijfers) are emptied above
    for p in sorted(directory.rglob("*"), key=lambda p: len(p.parts), reverse=True):
        if p.is_dir() and not any(p.iterdir()):
            p.rmdir()


def _verborgen(rel: str) -> bool:
    return any(deel.startswith(".") for deel in rel.split("/"))


def write_demo_command(
    directory: Path,
    registraties: int | None,
    jaar: int | None = None,
    sluit_af: SluitAf | None = None,
) -> int:
    """CLI entry: write the demo, print a Dutch summary; exit 0, 2 when refused, 1 when
    last year could not be vastgesteld."""
    console = Console()
    try:
        s = write_demo(directory, registraties, jaar=jaar, sluit_af=sluit_af)
    except DemoGeweigerd as exc:
        console.print(f"[bold red]Demodata niet geschreven:[/] {exc}")
        return 2
    except AfsluitenMislukt as exc:
        console.print(f"[bold red]Demodata geschreven, maar niet vastgesteld:[/] {exc}.")
        return 1
    tabel = Table(title=f"Demobronmap {directory} ({_jaren(s.kalender)})")
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
