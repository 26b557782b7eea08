"""Flows between gemeenten as data: the nodes in columns and the bands between them.

Why a module of its own: the Verrekening (who pays whom) and the hour bank's worked example
(De proeftuin uitgelegd) are drawn on the dashboard as light SVG flow diagrams
(`dashboard.stromen`) and the Verrekening in the PDF report with matplotlib
(`report.grafieken`), both in the layout of `cijfers.stroomvorm`; both read the same
`Stroom`, so the figures, names and colours can never differ between them.
No Plotly and no Streamlit here: only the figures, the Dutch texts and the colours.
"""

from __future__ import annotations

from typing import NamedTuple

import polars as pl

import dutch.format as dutch
from cijfers.kleuren import POT, gemeente_kleuren
from warehouse.referentie import GEMEENTEN

OPDRACHT = "#bbbbbb"
"""An opdracht's colour in the worked example: it is neither gemeente."""


class Knoop(NamedTuple):
    """A node: its key, the column it stands in (0 = left), its name as shown, and colour."""

    sleutel: str
    kolom: int
    naam: str
    kleur: str


class Band(NamedTuple):
    """A band from node `van` to node `naar` (keys), as wide as `waarde`, coloured `kleur`,
    with `tekst` as its tooltip ('Dordrecht betaalt Alblasserdam: € 1.234,56')."""

    van: str
    naar: str
    waarde: float
    kleur: str
    tekst: str


class Stroom(NamedTuple):
    """A flow diagram: its title, the nodes (per column in the order drawn, top to bottom),
    the bands, and how a value is written (`bedrag(value)`: '€ 1.234,56' or '200 uur')."""

    titel: str
    knopen: tuple[Knoop, ...]
    banden: tuple[Band, ...]
    euro: bool
    decimalen: int

    def bedrag(self, waarde: float) -> str:
        """A value as the diagram writes it: euros or hours, Dutch format."""
        if self.euro:
            return dutch.euro(waarde, self.decimalen)
        return f"{dutch.getal(waarde, self.decimalen)} uur"

    def totaal(self, sleutel: str) -> float:
        """What flows through a node: the larger of what comes in and what goes out (equal
        for a middle node)."""
        uit = sum(b.waarde for b in self.banden if b.van == sleutel)
        binnen = sum(b.waarde for b in self.banden if b.naar == sleutel)
        return max(uit, binnen)


def bron(pairs: pl.DataFrame) -> pl.DataFrame:
    """Each payment with its source node: the paying gemeente, or the geldinbreng of the
    gemeente that brought it ('GELDINBRENG:HIA'), so every euro of the pot is traced."""
    if "geldinbreng_van" not in pairs.columns:
        return pairs.with_columns(pl.col("van_gemeente").alias("bron"))
    return pairs.with_columns(
        pl.when(pl.col("geldinbreng_van").is_not_null())
        .then(pl.lit("GELDINBRENG:") + pl.col("geldinbreng_van"))
        .otherwise(pl.col("van_gemeente"))
        .alias("bron")
    )


def knoop_naam(code: str, namen: dict[str, str]) -> str:
    """A node's name: the gemeente's, or 'Geldinbreng Hendrik-Ido-Ambacht' for the pot's
    part that gemeente brought."""
    if code.startswith("GELDINBRENG:"):
        herkomst = code.removeprefix("GELDINBRENG:")
        return f"Geldinbreng {namen.get(herkomst, herkomst)}"
    return namen.get(code, code)


def verrekening(pairs: pl.DataFrame, namen: dict[str, str]) -> Stroom:
    """Who pays whom at the settlement (`cijfers.queries.verrekening`): paying gemeenten and
    the geldinbreng pot (per gemeente that brought it) on the left, receiving gemeenten on
    the right, one band per payment, in euros to the cent (in hours where there is no
    tarief). `namen` is the code -> naam map of every gemeente (it also fixes the colours)."""
    kleur = gemeente_kleuren(namen)
    pairs = bron(pairs)
    euro = pairs.get_column("bedrag_eur").null_count() == 0
    maat = "bedrag_eur" if euro else "uren"
    van = sorted(set(pairs.get_column("bron").to_list()))
    naar = sorted(set(pairs.get_column("naar_gemeente").to_list()))
    knopen = [Knoop(c, 0, knoop_naam(c, namen), kleur.get(c, POT)) for c in van] + [
        Knoop(f"naar:{c}", 1, namen.get(c, c), kleur.get(c, POT)) for c in naar
    ]
    stroom = Stroom(
        f"Geldstromen bij de verrekening ({'euro' if euro else 'uren'})",
        tuple(knopen),
        (),
        euro,
        2 if euro else 0,
    )
    banden = tuple(
        Band(
            b,
            f"naar:{n}",
            float(w),
            kleur.get(b, POT),
            f"{knoop_naam(b, namen)} betaalt {namen.get(n, n)}: {stroom.bedrag(float(w))}",
        )
        for b, n, w in pairs.select("bron", "naar_gemeente", pl.col(maat).cast(pl.Float64))
        .sort("bron", "naar_gemeente")
        .iter_rows()
    )
    return stroom._replace(banden=banden)


# The hour bank in one picture (De proeftuin uitgelegd): two opdrachten of the plan's
# worked example, (opdracht, bringing gemeente, hours, {taking gemeente: share}).
VOORBEELD_URENBANK = (
    ("Cultuurvisie Alblasserdam", "DOR", 200.0, {"ALB": 1.0}),
    ("Leerlingenvervoer", "PAP", 240.0, dict.fromkeys(GEMEENTEN, 1 / 6)),
)


def urenbank_voorbeeld(namen: dict[str, str]) -> Stroom:
    """`VOORBEELD_URENBANK` as a flow: the gemeente that brings the hours (left), the
    opdracht (middle), the gemeenten that take them by their share (right)."""
    kleur = gemeente_kleuren(namen)
    knopen = [
        Knoop(f"brengt:{b}", 0, f"{namen[b]} brengt", kleur[b]) for _, b, _, _ in VOORBEELD_URENBANK
    ]
    knopen += [Knoop(f"opdracht:{o}", 1, o, OPDRACHT) for o, _, _, _ in VOORBEELD_URENBANK]
    knopen += [Knoop(f"haalt:{g}", 2, f"{namen[g]} haalt", kleur[g]) for g in GEMEENTEN]
    stroom = Stroom(
        "Wat je haalt, moet je ook brengen: twee voorbeelden uit het plan",
        tuple(knopen),
        (),
        False,
        0,
    )
    banden = []
    for opdracht, brenger, uren, aandelen in VOORBEELD_URENBANK:
        banden.append(
            Band(
                f"brengt:{brenger}",
                f"opdracht:{opdracht}",
                uren,
                kleur[brenger],
                f"{namen[brenger]} brengt {stroom.bedrag(uren)} voor {opdracht}",
            )
        )
        banden += [
            Band(
                f"opdracht:{opdracht}",
                f"haalt:{g}",
                uren * aandeel,
                kleur[g],
                f"{namen[g]} haalt {stroom.bedrag(uren * aandeel)} van {opdracht}",
            )
            for g, aandeel in aandelen.items()
        ]
    return stroom._replace(banden=tuple(banden))
