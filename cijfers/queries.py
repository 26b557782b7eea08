"""Every read the pages and the report share: named, parameterised (`?`), on a connection
passed in.

Why the connection is an argument: the dashboard runs these on its one read-only
connection behind Streamlit's cache (`dashboard.queries`), the report on the warehouse
file the command names, and neither needs the other. Only the views and macros of
`sql/views` (plus the `gemeenten` and `etl_runs` tables and the checks) are read, never the
raw registrations; they are only selected, filtered and ordered here, so every number is
computed in SQL, in one place.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import duckdb
import polars as pl

from warehouse.sqlfiles import check_files

Con = duckdb.DuckDBPyConnection


def lees(con: Con, sql: str, *params: Any) -> pl.DataFrame:
    """The query's rows as a polars frame, handed over through the Arrow C stream
    interface: `.pl()` converts through pyarrow, whose import alone costs the report (a
    fresh process) a tenth of a second or more."""
    return pl.DataFrame(con.sql(sql, params=list(params) or None))


def data_stand(con: Con) -> dict[str, Any]:
    """The one row of `data_stand`: period of the data, last run, totals."""
    return lees(con, "select * from data_stand").row(0, named=True)


def uitwisseling(con: Con, peildatum: date | None = None) -> dict[str, Any]:
    """Hours brought for another gemeente and the employees who brought them, in the
    boekjaar of `peildatum` up to it (None: the current boekjaar); one row."""
    return lees(con, "select * from uitwisseling_op(?)", peildatum).row(0, named=True)


def gemeenten(con: Con) -> pl.DataFrame:
    """Every gemeente of the warehouse (the six and any a gemeenten file added)."""
    return lees(con, "select code as gemeente, naam from gemeenten order by code")


def gemeente_namen(con: Con) -> dict[str, str]:
    """Code -> naam of every gemeente: labels, and the key of the colours in `charts`."""
    return dict(gemeenten(con).iter_rows())


def urenbalans(con: Con, peildatum: date | None = None) -> pl.DataFrame:
    """The balance per gemeente over all data, or as of `peildatum` (inclusive)."""
    if peildatum is None:
        return lees(con, "select * from urenbalans order by gemeente")
    return lees(con, "select * from urenbalans_op(?) order by gemeente", peildatum)


def saldo_verloop(con: Con, per: str) -> pl.DataFrame:
    """Cumulative saldo per gemeente per 'kwartaal' or 'halfjaar', with a Dutch label."""
    if per == "kwartaal":
        sql = """
            select v.*, 'K' || v.kwartaal || ' ' || v.jaar as periode, g.naam
            from urenbalans_per_kwartaal v join gemeenten g on g.code = v.gemeente
            order by v.jaar, v.kwartaal, v.gemeente
        """
    else:
        sql = """
            select v.*, v.halfjaar || 'e halfjaar ' || v.jaar as periode, g.naam
            from urenbalans_per_halfjaar v join gemeenten g on g.code = v.gemeente
            order by v.jaar, v.halfjaar, v.gemeente
        """
    return lees(con, sql)


def tussenstand_uren_tegoed(con: Con, peildatum: date | None = None) -> pl.DataFrame:
    """Long format: opdracht × gemeente with saldo_uren (the plan's table, unpivoted)."""
    if peildatum is None:
        return lees(con, "select * from tussenstand_uren_tegoed order by opdracht_id, gemeente")
    return lees(
        con, "select * from tussenstand_uren_tegoed_op(?) order by opdracht_id, gemeente", peildatum
    )


def uren_totalen(con: Con, peildatum: date) -> pl.DataFrame:
    """Per gemeente the matrix's Uren totalen and what they equal in euros (the plan's
    "staat gelijk aan" row), as of `peildatum`."""
    return lees(con, "select * from uren_totalen_op(?) order by gemeente", peildatum)


def urenbalans_per_opdracht(con: Con, peildatum: date) -> pl.DataFrame:
    """Per opdracht × gemeente: hours brought, taken and the saldo, as of `peildatum`."""
    return lees(
        con, "select * from urenbalans_per_opdracht_op(?) order by opdracht_id, gemeente", peildatum
    )


def prognose(con: Con) -> pl.DataFrame:
    """Expected saldo per gemeente at year end if open opdrachten use their budget."""
    return lees(con, "select * from prognose order by gemeente")


def werkvoorraad(con: Con) -> pl.DataFrame:
    """Every opdracht with its opdrachtformulier and its opdracht-level signals (short
    labels such as 'budget overschreden 220/200'); the page filters it in memory."""
    return lees(
        con,
        """
        select w.*, s.signaal_tekst
        from werkvoorraad w
        left join werkvoorraad_signalen s on s.opdracht_id = w.opdracht_id
        order by w.opdracht_id
        """,
    )


def opdrachten_per_status(con: Con) -> dict[str, int]:
    """Number of opdrachten per status (all opdrachten, cancelled ones included)."""
    frame = lees(
        con, "select status, aantal from werkvoorraad_samenvatting where dimensie = 'totaal'"
    )
    return dict(frame.iter_rows())


def werkvoorraad_per_soort(con: Con, peildatum: date | None = None) -> pl.DataFrame:
    """Opdrachten per soort that are running or completed on `peildatum` (None = now)."""
    if peildatum is None:
        return lees(con, "select * from werkvoorraad_per_soort order by soort_opdracht, stand")
    return lees(
        con, "select * from werkvoorraad_per_soort_op(?) order by soort_opdracht, stand", peildatum
    )


def aandelen(con: Con, opdracht_id: str) -> pl.DataFrame:
    """The effective shares (deelnemers) of one opdracht, explicit or by the soort's rule."""
    return lees(
        con,
        """
        select gemeente, naam, aandeel
        from opdracht_aandelen
        where opdracht_id = ?
        order by aandeel desc, gemeente
        """,
        opdracht_id,
    )


def kpi_winstpunt(con: Con, peildatum: date | None = None) -> pl.DataFrame:
    """KPIs per winstpunt W1–W9, now or as of `peildatum` (see `kpi_winstpunt_op`)."""
    if peildatum is None:
        return lees(con, "select * from kpi_winstpunt order by winstpunt")
    return lees(con, "select * from kpi_winstpunt_op(?) order by winstpunt", peildatum)


def kpi_dimensie(con: Con, peildatum: date | None = None) -> pl.DataFrame:
    """Per winst dimension (the opdracht's own `winst` list): opdrachten, completion, hours;
    now or as of `peildatum` (see `kpi_dimensie_op`)."""
    if peildatum is None:
        return lees(con, "select * from kpi_dimensie order by dimensie")
    return lees(con, "select * from kpi_dimensie_op(?) order by dimensie", peildatum)


def winstpunten_overzicht(
    con: Con, dimensie: str | None = None, peildatum: date | None = None
) -> pl.DataFrame:
    """Per winstpunt: KPIs, quality and efficiency side by side, now or in the boekjaar up to
    `peildatum` (see `winstpunt_overzicht_op`); optionally one dimension."""
    return lees(
        con,
        """
        select * from winstpunt_overzicht_op(?)
        where ? is null
            or (? = 'inhoudelijk' and inhoudelijk)
            or (? = 'financieel' and financieel)
            or (? = 'kwaliteit' and kwaliteit)
        order by winstpunt
        """,
        peildatum,
        dimensie,
        dimensie,
        dimensie,
        dimensie,
    )


def efficiency(con: Con, peildatum: date | None = None) -> pl.DataFrame:
    """Opdrachten that merge others, with the hours that saved; now or as of `peildatum`
    (see `efficiency_op`)."""
    return lees(con, "select * from efficiency_op(?) order by opdracht_id", peildatum)


def efficiency_per_winstpunt(con: Con, peildatum: date | None = None) -> pl.DataFrame:
    """Hours saved by merging, per winstpunt W1–W9; now or as of `peildatum`."""
    if peildatum is None:
        return lees(con, "select * from efficiency_per_winstpunt order by winstpunt")
    return lees(con, "select * from efficiency_per_winstpunt_op(?) order by winstpunt", peildatum)


def besparingen(con: Con, peildatum: date | None = None) -> pl.DataFrame:
    """Every saving × gemeente as of `peildatum` (None: all): file rows and merges, with
    their source."""
    return lees(con, "select * from besparingen_op(?)", peildatum)


def besparing_lijst(con: Con, peildatum: date | None = None) -> pl.DataFrame:
    """One row per saving (its gemeenten's parts added up) with its grondslag and source;
    those with a basis first."""
    return (
        besparingen(con, peildatum)
        .group_by("soort", "besparing", maintain_order=True)
        .agg(
            pl.col("opdracht_id", "titel", "status", "onderbouwd", "grondslag", "bron").first(),
            pl.col("uren").sum(),
            pl.col("bedrag_eur").sum(),
        )
        .sort("onderbouwd", "soort", "besparing", descending=[True, False, False])
    )


def besparing_per_winstpunt(con: Con, peildatum: date | None = None) -> pl.DataFrame:
    """Realised and potential saving (hours, euros) per winstpunt W1–W9, as of `peildatum`."""
    return lees(con, "select * from besparing_per_winstpunt_op(?) order by winstpunt", peildatum)


def besparing_per_gemeente(con: Con, peildatum: date | None = None) -> pl.DataFrame:
    """Realised and potential saving (hours, euros) per gemeente, as of `peildatum`."""
    return lees(con, "select * from besparing_per_gemeente_op(?) order by gemeente", peildatum)


def evaluatie_teksten(con: Con, peildatum: date) -> pl.DataFrame:
    """The evaluaties with a toelichting in the boekjaar up to `peildatum`."""
    return lees(con, "select * from evaluatie_teksten_op(?)", peildatum)


def mobiliteit(con: Con, peildatum: date | None = None) -> pl.DataFrame:
    """Per gemeente: medewerkers with hours, and those who worked on another gemeente's
    opdracht (W8/W9), in the boekjaar up to `peildatum`."""
    return lees(con, "select * from mobiliteit_op(?) order by gemeente", peildatum)


def inzet_per_schaal(con: Con, peildatum: date | None = None) -> pl.DataFrame:
    """Medewerkers and hours per salarisschaal in the boekjaar up to `peildatum`."""
    return lees(con, "select * from inzet_per_schaal_op(?) order by schaal", peildatum)


def kwaliteit_per_rol(con: Con, peildatum: date | None = None) -> pl.DataFrame:
    """Mean evaluation scores per rol (all three, also without evaluaties); all evaluaties,
    or those dated on or before `peildatum`."""
    if peildatum is None:
        return lees(con, "select * from kwaliteit_per_rol order by rol")
    return lees(con, "select * from kwaliteit_per_rol_op(?) order by rol", peildatum)


def leerervaringen_per_kwartaal(con: Con, peildatum: date) -> pl.DataFrame:
    """Leerervaringen dated on or before `peildatum`, per quarter × soort (all four);
    `periode` is a Dutch label ('K1 2012')."""
    return lees(
        con,
        """
        select *, 'K' || kwartaal || ' ' || jaar as periode
        from leerervaringen_per_kwartaal_op(?)
        order by jaar, kwartaal, soort
        """,
        peildatum,
    )


def leerervaringen(con: Con, peildatum: date) -> pl.DataFrame:
    """The individual leerervaringen dated on or before `peildatum` (as counted by
    `leerervaringen_per_kwartaal`)."""
    return lees(
        con, "select * from leerervaringen_lijst_op(?) order by datum, bestand, regel", peildatum
    )


def verrekening(con: Con, peildatum: date | None = None) -> pl.DataFrame:
    """Who pays whom at the settlement of every boekjaar (31-12), or if the boekjaar of
    `peildatum` closed on that day: the deficits first, then the geldinbreng pot."""
    volgorde = "order by boekjaar, soort desc, van_gemeente, geldinbreng_van, naar_gemeente"
    if peildatum is None:
        return lees(con, f"select * from verrekening {volgorde}")
    return lees(con, f"select * from verrekening_op(?) {volgorde}", peildatum)


def etl_runs(con: Con) -> pl.DataFrame:
    """The load history, newest first."""
    return lees(con, "select * from etl_runs order by run_id desc")


def etl_bestanden(con: Con) -> pl.DataFrame:
    """The files of the last run with their row accounting."""
    return lees(con, "select * from etl_bestanden order by bestand")


def etl_afgekeurd(con: Con) -> pl.DataFrame:
    """The rows and files the last run rejected, with line number and reason."""
    return lees(con, "select * from etl_afgekeurd order by bestand, regel nulls first")


def mislukte_controles(con: Con) -> dict[str, pl.DataFrame]:
    """The invariant checks of `sql/checks` that return rows now (each should return none)."""
    uit: dict[str, pl.DataFrame] = {}
    for check in check_files():
        rijen = lees(con, f"select * from ({check.text.rstrip().rstrip(';')}) limit 100")
        if rijen.height:
            uit[check.name] = rijen
    return uit


def statushistorie(con: Con, opdracht_id: str) -> pl.DataFrame:
    """The status history of one opdracht (who, when, why), oldest first.

    With the opdrachtnemer's gemeente and the opdracht's aanvrager, so a page can show
    roles ("een medewerker van Dordrecht") to those who may not read persons."""
    return lees(
        con,
        """
        select s.volgnummer, s.status, s.opdrachtnemer, s.geldig_van, s.geldig_tot, s.door,
            s.toelichting, s.actie, s.startdatum, s.einddatum, s.begrote_uren,
            s.leidinggevende, s.akkoord_opdrachtgever, s.akkoord_op, s.samengevoegd_uit,
            m.gemeente as opdrachtnemer_gemeente, o.aanvrager
        from statushistorie s
        left join medewerkers m on m.medewerker_id = s.opdrachtnemer
        left join opdrachten o on o.opdracht_id = s.opdracht_id
        where s.opdracht_id = ? order by s.volgnummer
        """,
        opdracht_id,
    )


def afgekeurd_in(con: Con, bestand: str) -> pl.DataFrame:
    """The last run's rejections of one source file (regel, reden)."""
    return lees(
        con, "select regel, reden from etl_afgekeurd where bestand = ? order by regel", bestand
    )
