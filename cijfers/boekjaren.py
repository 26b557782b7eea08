"""Time in the read model: the boekjaren, what is vastgesteld, and the words for that state.

Every page and report that shows figures of a period asks here whether they are
*voorlopig* or *vastgesteld op … door …* (data contract, section 10), which boekjaar is
the current one, and which corrections after a vaststelling count in a period, instead of
working it out from dates itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

import polars as pl

from cijfers.queries import Con, lees
from dutch import format as nl


@dataclass(frozen=True)
class Stand:
    """Whether the figures of a day are vastgesteld, by whom, and what they were built from."""

    periode: str | None = None
    vastgesteld_op: datetime | None = None
    door: str | None = None
    grondslag: str | None = None

    @property
    def vastgesteld(self) -> bool:
        return self.periode is not None

    @property
    def tekst(self) -> str:
        """'vastgesteld op 15-01-2013 door C. de Vries (2012-K4)' or 'voorlopig'."""
        if not self.vastgesteld:
            return "voorlopig"
        return f"vastgesteld op {nl.datum(self.vastgesteld_op)} door {self.door} ({self.periode})"


def boekjaren(con: Con) -> pl.DataFrame:
    """Every boekjaar with data, newest first: is_huidig, how far it is vastgesteld, and the
    gemiddeld tarief of its 31 December (at which its saldi are valued and settled)."""
    return lees(
        con,
        """
        select b.jaar, b.is_huidig, b.verrekendatum, j.vast_tot,
            coalesce(j.vast_tot = b.verrekendatum, false) as is_afgesloten,
            (
                select max_by(t.uurtarief_eur, t.geldig_vanaf) from intern.stg_tarief_gemiddeld as t
                where t.geldig_vanaf <= b.verrekendatum
            ) as uurtarief_eur
        from intern.dim_boekjaar as b
        left join intern.vast_jaar as j on j.jaar = b.jaar
        order by b.jaar desc
        """,
    )


def huidig_boekjaar(con: Con) -> int:
    """The boekjaar the views without a date show (the year of today, or the latest with
    data when that is earlier; this year when there is no data yet)."""
    jaren = boekjaren(con).filter(pl.col("is_huidig")).get_column("jaar")
    return int(jaren[0]) if jaren.len() else date.today().year


def stand_op(con: Con, peildatum: date) -> Stand:
    """The state of the as-of figures of `peildatum` (vastgesteld on a quarter end that a
    vaststelling in force covers)."""
    rij = lees(
        con,
        """
        select periode, vastgesteld_op, door, grondslag from intern.dim_vaststelling
        where intern.is_vastgesteld(?::date) and ?::date between van and tot
        order by tot - van desc
        limit 1
        """,
        peildatum,
        peildatum,
    )
    return Stand(*rij.row(0)) if rij.height else Stand()


def vaststellingen(con: Con) -> pl.DataFrame:
    """Every vaststelling with its history (withdrawn ones too), newest first."""
    return lees(con, "select * from vaststellingen order by vastgesteld_op desc")


def correcties(con: Con, van: date, tot: date) -> pl.DataFrame:
    """The corrections na vaststelling that count in the days `van` … `tot`."""
    return lees(
        con,
        """
        select * from correcties_na_vaststelling where geboekt_op between ? and ?
        order by geboekt_op, datum, soort, bestand, regel
        """,
        van,
        tot,
    )


def verrekening_per_gemeente(con: Con, peildatum: date) -> pl.DataFrame:
    """Per gemeente what the settlement of the boekjaar of `peildatum` does: pays,
    receives for its credit and from the geldinbreng pot, and the tariefverschil left."""
    return lees(con, "select * from verrekening_per_gemeente_op(?) order by gemeente", peildatum)


def met_namen(paren: pl.DataFrame, namen: dict[str, str]) -> pl.DataFrame:
    """Settlement payments with readable `van` and `naar`: a gemeente's name, or for the
    pot 'geldinbreng van Hendrik-Ido-Ambacht' (the gemeente whose money it was)."""

    def naam(kolom: str) -> pl.Expr:
        return pl.col(kolom).replace_strict(namen, default=pl.col(kolom))

    pot = pl.col("geldinbreng_van").is_not_null() if "geldinbreng_van" in paren.columns else False
    return paren.with_columns(
        pl.when(pot)
        .then(pl.lit("geldinbreng van ") + naam("geldinbreng_van"))
        .otherwise(naam("van_gemeente"))
        .alias("van"),
        naam("naar_gemeente").alias("naar"),
    )
