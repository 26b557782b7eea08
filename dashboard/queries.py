"""Every read the dashboard does: named, parameterised (`?`), cached per warehouse version.

Pages call these functions and never see SQL or a connection. Each result is cached with
`st.cache_data` keyed on the warehouse file's (inode, mtime_ns) (see `dashboard.db`), so a
rerun after an ETL run shows the new data without a restart, and a warm page does not
touch DuckDB at all. Only aggregated views are read: never the raw registrations.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import duckdb
import polars as pl
import streamlit as st

from dashboard import db
from warehouse.connect import WarehouseMissing
from warehouse.sqlfiles import check_files


@st.cache_data(max_entries=512, show_spinner=False)
def _gecached(versie: db.Versie, sql: str, params: tuple[Any, ...]) -> pl.DataFrame:
    return db.lees(versie, sql, params)


def _lees(sql: str, *params: Any) -> pl.DataFrame:
    versie = db.huidige_versie()
    if versie is None:
        raise WarehouseMissing(str(db.warehouse_path()))
    return _gecached(versie, sql, params)


def probleem() -> str | None:
    """None when the warehouse can be read, else a Dutch reason why not."""
    if db.huidige_versie() is None:
        return f"Er is nog geen warehouse op {db.warehouse_path()}."
    try:
        _lees("select * from data_stand")
    except (duckdb.Error, OSError) as exc:
        return f"Het warehouse {db.warehouse_path()} is niet leesbaar: {exc}"
    return None


def data_stand() -> dict[str, Any]:
    """The one row of `data_stand`: period of the data, last run, totals."""
    return _lees("select * from data_stand").row(0, named=True)


def gemeenten() -> pl.DataFrame:
    return _lees("select code as gemeente, naam from gemeenten order by code")


def gemeente_namen() -> dict[str, str]:
    return dict(gemeenten().iter_rows())


def urenbalans(peildatum: date | None = None) -> pl.DataFrame:
    if peildatum is None:
        return _lees("select * from urenbalans order by gemeente")
    return _lees("select * from urenbalans_op(?) order by gemeente", peildatum)


def saldo_verloop(per: str) -> pl.DataFrame:
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
    return _lees(sql)


def tussenstand_uren_tegoed(peildatum: date | None = None) -> pl.DataFrame:
    """Long format: opdracht × gemeente with saldo_uren (the plan's table, unpivoted)."""
    if peildatum is None:
        return _lees("select * from tussenstand_uren_tegoed order by opdracht_id, gemeente")
    return _lees(
        "select * from tussenstand_uren_tegoed_op(?) order by opdracht_id, gemeente", peildatum
    )


def prognose() -> pl.DataFrame:
    return _lees("select * from prognose order by gemeente")


def werkvoorraad() -> pl.DataFrame:
    return _lees("select * from werkvoorraad order by opdracht_id")


def opdrachten_per_status() -> dict[str, int]:
    """Number of opdrachten per status (all opdrachten, cancelled ones included)."""
    frame = _lees(
        """
        select status, sum(aantal)::bigint as aantal
        from werkvoorraad_samenvatting
        where dimensie = 'totaal'
        group by status
        """
    )
    return dict(frame.iter_rows())


def werkvoorraad_per_soort(peildatum: date | None = None) -> pl.DataFrame:
    """Opdrachten per soort that are running or completed on `peildatum` (None = now).

    The warehouse keeps no status history, so "as of a date" follows `kpi_winstpunt_op`:
    an opdracht counts once started (or without startdatum); it is afgerond when its status
    is afgerond and its einddatum lies on or before the date.
    """
    return _lees(
        """
        select soort_opdracht,
            case when status = 'afgerond' and (? is null or einddatum <= ?)
                then 'afgerond' else 'lopend' end as stand,
            count(*) as aantal,
            sum(begrote_uren) as begrote_uren
        from werkvoorraad
        where status in ('geaccepteerd', 'lopend', 'afgerond')
            and (? is null or startdatum is null or startdatum <= ?)
        group by all
        order by soort_opdracht, stand
        """,
        peildatum,
        peildatum,
        peildatum,
        peildatum,
    )


def aandelen(opdracht_id: str) -> pl.DataFrame:
    """The effective shares (deelnemers) of one opdracht, explicit or by the soort's rule."""
    return _lees(
        """
        select a.gemeente, g.naam, a.aandeel
        from stg_aandelen a join gemeenten g on g.code = a.gemeente
        where a.opdracht_id = ?
        order by a.aandeel desc, a.gemeente
        """,
        opdracht_id,
    )


def kpi_winstpunt(peildatum: date | None = None) -> pl.DataFrame:
    if peildatum is None:
        return _lees("select * from kpi_winstpunt order by winstpunt")
    return _lees("select * from kpi_winstpunt_op(?) order by winstpunt", peildatum)


def kpi_dimensie() -> pl.DataFrame:
    """Per winst dimension (the opdracht's own `winst` list): opdrachten, completion, hours."""
    return _lees(
        """
        with per_dimensie as (
            select unnest(winst) as dimensie, status, akkoord_opdrachtgever,
                begrote_uren, gerealiseerde_uren
            from werkvoorraad
            where status <> 'geannuleerd'
        )
        select dimensie,
            count(*) as aantal_opdrachten,
            count(*) filter (where status = 'afgerond') as aantal_afgerond,
            count(*) filter (where status = 'afgerond' and akkoord_opdrachtgever)
                as aantal_akkoord,
            sum(begrote_uren) as begrote_uren,
            sum(gerealiseerde_uren) as gerealiseerde_uren
        from per_dimensie
        group by dimensie
        order by dimensie
        """
    )


def winstpunten_overzicht(dimensie: str | None = None) -> pl.DataFrame:
    """Per winstpunt: KPIs, quality and efficiency side by side; optionally one dimension."""
    return _lees(
        """
        select k.*, q.gemiddelde_score_proces, q.aandeel_akkoord,
            e.aantal_samenvoegingen, e.bespaarde_uren
        from kpi_winstpunt k
        join kwaliteit_per_winstpunt q using (winstpunt)
        join efficiency_per_winstpunt e using (winstpunt)
        where ? is null
            or (? = 'inhoudelijk' and k.inhoudelijk)
            or (? = 'financieel' and k.financieel)
            or (? = 'kwaliteit' and k.kwaliteit)
        order by winstpunt
        """,
        dimensie,
        dimensie,
        dimensie,
        dimensie,
    )


def efficiency() -> pl.DataFrame:
    return _lees("select * from efficiency order by opdracht_id")


def efficiency_per_winstpunt() -> pl.DataFrame:
    return _lees("select * from efficiency_per_winstpunt order by winstpunt")


def kwaliteit_per_winstpunt() -> pl.DataFrame:
    return _lees("select * from kwaliteit_per_winstpunt order by winstpunt")


def kwaliteit_per_rol() -> pl.DataFrame:
    return _lees("select * from kwaliteit_per_rol order by rol")


def kwaliteit_per_opdracht() -> pl.DataFrame:
    return _lees("select * from kwaliteit_per_opdracht order by opdracht_id")


def leerervaringen_per_kwartaal() -> pl.DataFrame:
    return _lees("select * from leerervaringen_per_kwartaal order by jaar, kwartaal, soort")


def verrekening(peildatum: date | None = None) -> pl.DataFrame:
    if peildatum is None:
        return _lees("select * from verrekening order by van_gemeente, naar_gemeente")
    return _lees("select * from verrekening_op(?) order by van_gemeente, naar_gemeente", peildatum)


def etl_runs() -> pl.DataFrame:
    return _lees("select * from etl_runs order by run_id desc")


def etl_bestanden() -> pl.DataFrame:
    return _lees("select * from etl_bestanden order by bestand")


def etl_afgekeurd() -> pl.DataFrame:
    return _lees("select * from etl_afgekeurd order by bestand, regel nulls first")


def mislukte_controles() -> dict[str, pl.DataFrame]:
    """The invariant checks of `sql/checks` that return rows now (each should return none)."""
    uit: dict[str, pl.DataFrame] = {}
    for check in check_files():
        rijen = _lees(f"select * from ({check.text.rstrip().rstrip(';')}) limit 100")
        if rijen.height:
            uit[check.name] = rijen
    return uit


def filter_werkvoorraad(
    frame: pl.DataFrame,
    zoek: str = "",
    status: list[str] | None = None,
    soort: list[str] | None = None,
    fase: list[str] | None = None,
    gemeente: list[str] | None = None,
    winstpunt: list[str] | None = None,
) -> pl.DataFrame:
    """Apply the Werkvoorraad page's filters; an empty filter lets everything through.

    `gemeente` matches the aanvrager, a deelnemer or the opdrachtnemer's gemeente.
    """
    voorwaarden: list[pl.Expr] = []
    if zoek.strip():
        tekst = pl.concat_str(
            ["opdracht_id", "titel", "opdrachtformulering", "type_werk"],
            separator=" ",
            ignore_nulls=True,
        ).str.to_lowercase()
        voorwaarden.append(tekst.str.contains(zoek.strip().lower(), literal=True))
    for kolom, waarden in (("status", status), ("soort_opdracht", soort), ("fase", fase)):
        if waarden:
            voorwaarden.append(pl.col(kolom).is_in(waarden))
    if gemeente:
        voorwaarden.append(
            pl.col("aanvrager").is_in(gemeente)
            | pl.col("opdrachtnemer_gemeente").is_in(gemeente)
            | pl.col("deelnemers").list.eval(pl.element().is_in(gemeente)).list.any()
        )
    if winstpunt:
        voorwaarden.append(
            pl.col("winstpunten").list.eval(pl.element().is_in(winstpunt)).list.any()
        )
    return frame.filter(*voorwaarden) if voorwaarden else frame
