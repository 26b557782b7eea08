"""Hour registrations of the demo: a realistic year, a large synthetic set, and bad rows.

Realistic rows split each opdracht's planned `inzet` into rows of 1,5–8 hours (quarter
hours, so sums are exact in binary floating point) on distinct weekdays, never more than
8 hours per employee per day. The synthetic set (`--registraties N`) is vectorised: row i
goes to synthetic employee i mod E on weekday slot (i div E), at most three rows of at
most 8 hours per employee per day, so the 24-hour rule always holds; E is at least 2.000
per million rows.
"""

from __future__ import annotations

import dataclasses
import math
import random
from dataclasses import dataclass
from datetime import date

import numpy as np
import polars as pl

from demo.files import nl_getal
from demo.kalender import Kalender, werkdagen
from demo.model import GEMEENTEN, Opdracht
from dutch.format import datum

KWARTIER = 4  # quarter hours per hour
DAGMAX = 8 * KWARTIER
# Row sizes in quarter hours; repeats make full days and half days the common case.
BROKKEN = (30, 30, 32, 16, 16, 8, 10, 12, 14, 18, 20, 24, 6, 11, 13, 30, 32, 16)
ACTIVITEITEN = {
    "beleid ontwikkelen": (
        "Schrijven conceptnota",
        "Interviews met betrokkenen",
        "Overleg ambtelijk opdrachtgever",
        "Analyse financiële gevolgen",
        "Verwerken reacties op concept",
        "Werkbijeenkomst met de zes gemeenten",
        "Voorbereiden collegeadvies",
    ),
    "initiatieffase": (
        "Omgevingsanalyse",
        "Verkennende gesprekken met partners",
        "Opstellen plan van aanpak",
        "Coördinatie projectgroep",
        "Uitwerken business case",
    ),
    "accountschap": (
        "Voorbereiden AB-vergadering",
        "Adviesnota voor de colleges",
        "Accountoverleg",
        "Afstemming met lokale beleidsadviseurs",
        "Beoordelen begroting en jaarrekening",
    ),
    "regie": (
        "Voortgangsoverleg",
        "Coördinatie uitvoering",
        "Rapportage opstellen",
        "Afstemming met uitvoerende partijen",
        "Controle urenregistratie",
    ),
    "lobby": (
        "Voorbereiden lobbybezoek",
        "Relatiebeheer",
        "Opstellen position paper",
        "Organisatie lobby-event",
    ),
    "evaluatie": (
        "Dataverzameling met OCD",
        "Interviews met subsidieontvangers",
        "Analyse resultaten",
        "Schrijven evaluatierapport",
    ),
}
SYNTHETISCH = ("Werkzaamheden opdracht", "Overleg", "Schrijfwerk", "Afstemming")
# Synthetic staff per million registrations: the werkbank's speed targets (signalen,
# kandidaten) are set for 1M registrations by 2.000 employees.
STAF_PER_MILJOEN = 2000
URENKOLOMMEN = ("registratie_id", "medewerker_id", "opdracht_id", "datum", "uren", "omschrijving")


@dataclass(frozen=True)
class FouteRegel:
    """A deliberately bad row: canonical column -> value (typed or raw text), and why."""

    gemeente: str
    waarden: dict[str, object]
    reden: str


def realistische_uren(opdrachten: tuple[Opdracht, ...], seed: int, jaar: int) -> pl.DataFrame:
    """All planned inzet as rows in `jaar`, sorted per gemeente by date, with registratie_ids
    `<gemeente>-<jaar>-<nnnnn>`."""
    rng = random.Random(seed)
    gebruikt: dict[tuple[str, date], int] = {}
    rijen: list[tuple[str, str, date, float, str]] = []
    for o in opdrachten:
        dagen = werkdagen(o.uren_vanaf or o.startdatum, o.einddatum, jaar)
        for medewerker, uren in o.inzet:
            for brok in _brokken(round(uren * KWARTIER), rng):
                vrij = [d for d in dagen if gebruikt.get((medewerker, d), 0) + brok <= DAGMAX]
                if not vrij:
                    raise ValueError(f"geen ruimte voor {medewerker} in {o.opdracht_id}")
                dag = rng.choice(vrij)
                gebruikt[(medewerker, dag)] = gebruikt.get((medewerker, dag), 0) + brok
                rijen.append(
                    (
                        medewerker,
                        o.opdracht_id,
                        dag,
                        brok / KWARTIER,
                        rng.choice(ACTIVITEITEN[o.type_werk]),
                    )
                )
    frame = pl.DataFrame(
        rijen,
        schema={
            "medewerker_id": pl.String,
            "opdracht_id": pl.String,
            "datum": pl.Date,
            "uren": pl.Float64,
            "omschrijving": pl.String,
        },
        orient="row",
    ).with_columns(gemeente=pl.col("medewerker_id").str.slice(0, 3))
    # Every column is a key and ties keep their order: the same seed, the same bytes.
    sleutel = ("gemeente", "datum", "medewerker_id", "opdracht_id", "uren", "omschrijving")
    frame = frame.sort(sleutel, maintain_order=True)
    volgnummer = pl.int_range(1, pl.len() + 1).over("gemeente").cast(pl.String).str.zfill(5)
    return frame.with_columns(
        registratie_id=pl.concat_str(pl.col("gemeente"), pl.lit(f"-{jaar}-"), volgnummer)
    ).select("gemeente", *URENKOLOMMEN)


def _brokken(kwartieren: int, rng: random.Random) -> list[int]:
    """Split a total (quarter hours) into rows of at most a day; the sum is exact."""
    brokken = []
    while kwartieren > 0:
        if kwartieren <= DAGMAX:
            brok = kwartieren
        else:
            brok = rng.choice(BROKKEN)
            if kwartieren - brok < 2 * KWARTIER:
                brok = kwartieren - 2 * KWARTIER
        brokken.append(brok)
        kwartieren -= brok
    return brokken


def lopende_uren(werkvoorraad: tuple[Opdracht, ...], vandaag: date, seed: int) -> pl.DataFrame:
    """The open year of the present demo, 1 January up to `vandaag`: every opdracht still
    running from the year before spends what is left of its begrote uren evenly over the
    working days up to its einddatum, each member in proportion to last year's share (so
    team work keeps netting to zero and no budget is overrun)."""
    jaar = vandaag.year
    lopend = []
    for o in werkvoorraad:
        totaal = sum(u for _, u in o.inzet)
        if o.status != "lopend" or not totaal or o.einddatum.year < jaar:
            continue
        nu = len(werkdagen(date(jaar, 1, 1), min(o.einddatum, vandaag), jaar))
        alle = sum(
            len(werkdagen(date(j, 1, 1), o.einddatum, j)) for j in range(jaar, o.einddatum.year + 1)
        )
        deel = (o.begrote_uren - totaal) * nu / alle if alle else 0.0
        inzet = tuple((m, math.floor(deel * u / totaal * KWARTIER) / KWARTIER) for m, u in o.inzet)
        if inzet and all(u > 0 for _, u in inzet):
            lopend.append(
                dataclasses.replace(
                    o,
                    startdatum=date(jaar, 1, 1),
                    einddatum=min(o.einddatum, vandaag),
                    uren_vanaf=None,
                    inzet=inzet,
                )
            )
    return realistische_uren(tuple(lopend), seed + 1, jaar)


def foute_regels(uren: pl.DataFrame, kal: Kalender) -> list[FouteRegel]:
    """The rows a real export contains by mistake; each breaks exactly one contract rule."""
    eerste_hia = uren.filter(pl.col("gemeente") == "HIA").row(0, named=True)
    dag = (
        uren.filter(pl.col("medewerker_id") == "SLI081")
        .group_by("datum")
        .agg(pl.col("uren").sum())
        .sort("uren", "datum", descending=[True, False])
        .row(0, named=True)
    )

    def regel(g: str, reden: str, **waarden: object) -> FouteRegel:
        return FouteRegel(g, {"omschrijving": "Werkzaamheden", **waarden}, reden)

    j = kal.jaar
    return [
        regel(
            "ALB",
            "medewerker bestaat niet",
            registratie_id=f"ALB-{j}-90001",
            medewerker_id="ALB099",
            opdracht_id="PT-05",
            datum=kal.datum(date(2012, 3, 14)),
            uren=3.5,
        ),
        regel(
            "ALB",
            "datum bestaat niet",
            registratie_id=f"ALB-{j}-90002",
            medewerker_id="ALB011",
            opdracht_id="PT-05",
            datum=f"31-02-{j}",
            uren=4.0,
        ),
        FouteRegel("HIA", {k: eerste_hia[k] for k in URENKOLOMMEN}, "dubbel registratie_id"),
        regel(
            "PAP",
            "verplicht veld leeg",
            registratie_id=f"PAP-{j}-90001",
            medewerker_id="PAP061",
            opdracht_id="",
            datum=kal.datum(date(2012, 4, 4)),
            uren=2.0,
        ),
        regel(
            "PAP",
            "tekst in getalkolom",
            registratie_id=f"PAP-{j}-90002",
            medewerker_id="PAP061",
            opdracht_id="PT-04",
            datum=kal.datum(date(2012, 4, 5)),
            uren="acht",
        ),
        regel(
            "SLI",
            "meer dan 24 uur op één regel",
            registratie_id=f"SLI-{j}-90001",
            medewerker_id="SLI081",
            opdracht_id="PT-09",
            datum=kal.datum(date(2012, 6, 13)),
            uren=25.0,
        ),
        regel(
            "SLI",
            "meer dan 24 uur op één dag",
            registratie_id=f"SLI-{j}-90002",
            medewerker_id="SLI081",
            opdracht_id="PT-09",
            datum=dag["datum"],
            uren=25.0 - dag["uren"],
        ),
        regel(
            "ZWD",
            "opdracht geannuleerd",
            registratie_id=f"ZWD-{j}-90001",
            medewerker_id="ZWD104",
            opdracht_id="PT-18",
            datum=kal.datum(date(2012, 9, 12)),
            uren=3.0,
            omschrijving="Start cultuurvisie Zwijndrecht",
        ),
    ]


def synthetische_uren(
    aantal: int, opdracht_ids: list[str], seed: int, jaar: int
) -> tuple[pl.DataFrame, pl.DataFrame]:
    """`aantal` valid rows in `jaar` for synthetic staff: (medewerkers, uren with `gemeente`)."""
    dagen = werkdagen(date(jaar, 1, 1), date(jaar, 12, 31), jaar)
    aantal_mw = max(
        60, math.ceil(aantal / (3 * len(dagen))), math.ceil(aantal * STAF_PER_MILJOEN / 1e6)
    )
    rng = np.random.default_rng(seed)
    i = np.arange(aantal, dtype=np.int64)
    mw, plek = i % aantal_mw, i // aantal_mw
    mw_ids = pl.Series([f"{GEMEENTEN[m % 6]}B{m:06d}" for m in range(aantal_mw)])
    kwartieren = rng.integers(2, DAGMAX + 1, aantal)
    tekst = pl.Series([nl_getal(k / KWARTIER) for k in range(DAGMAX + 1)])
    data = pl.DataFrame(
        {
            "gemeente": pl.Series(GEMEENTEN).gather(mw % 6),
            "registratie_id": pl.Series(i + 1).cast(pl.String).str.zfill(9),
            "medewerker_id": mw_ids.gather(mw),
            "opdracht_id": pl.Series(opdracht_ids).gather(
                rng.integers(0, len(opdracht_ids), aantal)
            ),
            "datum": pl.Series([datum(d) for d in dagen]).gather(plek % len(dagen)),
            "uren": tekst.gather(kwartieren),
            "omschrijving": pl.Series(SYNTHETISCH).gather(
                rng.integers(0, len(SYNTHETISCH), aantal)
            ),
        }
    ).with_columns(registratie_id=pl.lit("B") + pl.col("registratie_id"))
    medewerkers = pl.DataFrame(
        {
            "medewerker_id": mw_ids,
            "gemeente": [GEMEENTEN[m % 6] for m in range(aantal_mw)],
            "schaal": [8 + m % 6 for m in range(aantal_mw)],
            "expertise": ["benchmark"] * aantal_mw,
            "beschikbaar_uren_per_week": [36] * aantal_mw,
            "naam": [f"Testmedewerker {m}" for m in range(aantal_mw)],
        }
    )
    return medewerkers, data
