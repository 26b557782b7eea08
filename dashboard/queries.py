"""Every read the dashboard does: named, parameterised (`?`), cached per warehouse version.

Pages call these functions and never see SQL or a connection. Each result is cached with
`st.cache_data` keyed on the warehouse file's (inode, mtime_ns) (see `dashboard.db`), so a
rerun after an ETL run shows the new data without a restart, and a warm page does not
touch DuckDB at all. Only the views and macros of `sql/views` (plus the `gemeenten` and
`etl_runs` tables and the checks) are read, never the raw registrations; they are only
selected, filtered and ordered here, so every number is computed in SQL, in one place.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date
from typing import Any

import duckdb
import polars as pl
import streamlit as st

from dashboard import db
from dashboard.werklijst import zoek_voorwaarde
from warehouse import guard
from warehouse.connect import WarehouseMissing
from warehouse.sqlfiles import check_files

Lezer = Callable[[str, tuple[Any, ...]], pl.DataFrame]
_lezer: ContextVar[Lezer | None] = ContextVar("lezer", default=None)


@st.cache_data(max_entries=512, show_spinner=False)
def _gecached(versie: db.Versie, sql: str, params: tuple[Any, ...]) -> pl.DataFrame:
    return db.lees(versie, sql, params)


@contextmanager
def direct_uit(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
    """Within this block the functions below read `con` directly, without Streamlit's cache.

    Why: the report (`report/`) reads exactly what the pages read, also from the command
    line, where there is no Streamlit runtime and the warehouse is a command option rather
    than the dashboard's. A context variable, so a report made in one Streamlit session
    never redirects another session's reads.
    """
    token = _lezer.set(lambda sql, params: con.sql(sql, params=list(params) or None).pl())
    try:
        yield
    finally:
        _lezer.reset(token)


def _lees(sql: str, *params: Any) -> pl.DataFrame:
    lezer = _lezer.get()
    if lezer is not None:
        return lezer(sql, params)
    versie = db.huidige_versie()
    if versie is None:
        raise WarehouseMissing(str(db.warehouse_path()))
    return _gecached(versie, sql, params)


def probleem() -> str | None:
    """None when the warehouse can be read, else a Dutch reason why not."""
    if db.huidige_versie() is None:
        return f"Er is nog geen warehouse op {db.warehouse_path()}."
    sql, params = guard.marker_query()
    try:
        if not _lees(sql, *params).item():  # a look-alike DuckDB file
            return db.niet_van_ons(db.warehouse_path())
        _lees("select * from data_stand")
    except (duckdb.Error, OSError) as exc:
        return db.onleesbaar(db.warehouse_path(), exc)
    return None


def data_stand() -> dict[str, Any]:
    """The one row of `data_stand`: period of the data, last run, totals."""
    return _lees("select * from data_stand").row(0, named=True)


def gemeenten() -> pl.DataFrame:
    """Every gemeente of the warehouse (the six and any a gemeenten file added)."""
    return _lees("select code as gemeente, naam from gemeenten order by code")


def gemeente_namen() -> dict[str, str]:
    """Code -> naam of every gemeente: labels, and the key of the colours in `charts`."""
    return dict(gemeenten().iter_rows())


def urenbalans(peildatum: date | None = None) -> pl.DataFrame:
    """The balance per gemeente over all data, or as of `peildatum` (inclusive)."""
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


def urenbalans_per_opdracht(peildatum: date) -> pl.DataFrame:
    """Per opdracht × gemeente: hours brought, taken and the saldo, as of `peildatum`."""
    return _lees(
        "select * from urenbalans_per_opdracht_op(?) order by opdracht_id, gemeente", peildatum
    )


def prognose() -> pl.DataFrame:
    """Expected saldo per gemeente at year end if open opdrachten use their budget."""
    return _lees("select * from prognose order by gemeente")


def werkvoorraad() -> pl.DataFrame:
    """Every opdracht with its opdrachtformulier and its opdracht-level signals (short
    labels such as 'budget overschreden 220/200'); the page filters it in memory."""
    return _lees(
        """
        select w.*, s.signaal_tekst
        from werkvoorraad w
        left join werkvoorraad_signalen s on s.opdracht_id = w.opdracht_id
        order by w.opdracht_id
        """
    )


def opdrachten_per_status() -> dict[str, int]:
    """Number of opdrachten per status (all opdrachten, cancelled ones included)."""
    frame = _lees("select status, aantal from werkvoorraad_samenvatting where dimensie = 'totaal'")
    return dict(frame.iter_rows())


def werkvoorraad_per_soort(peildatum: date | None = None) -> pl.DataFrame:
    """Opdrachten per soort that are running or completed on `peildatum` (None = now)."""
    if peildatum is None:
        return _lees("select * from werkvoorraad_per_soort order by soort_opdracht, stand")
    return _lees(
        "select * from werkvoorraad_per_soort_op(?) order by soort_opdracht, stand", peildatum
    )


def aandelen(opdracht_id: str) -> pl.DataFrame:
    """The effective shares (deelnemers) of one opdracht, explicit or by the soort's rule."""
    return _lees(
        """
        select gemeente, naam, aandeel
        from opdracht_aandelen
        where opdracht_id = ?
        order by aandeel desc, gemeente
        """,
        opdracht_id,
    )


def kpi_winstpunt(peildatum: date | None = None) -> pl.DataFrame:
    """KPIs per winstpunt W1–W9, now or as of `peildatum` (see `kpi_winstpunt_op`)."""
    if peildatum is None:
        return _lees("select * from kpi_winstpunt order by winstpunt")
    return _lees("select * from kpi_winstpunt_op(?) order by winstpunt", peildatum)


def kpi_dimensie(peildatum: date | None = None) -> pl.DataFrame:
    """Per winst dimension (the opdracht's own `winst` list): opdrachten, completion, hours;
    now or as of `peildatum` (see `kpi_dimensie_op`)."""
    if peildatum is None:
        return _lees("select * from kpi_dimensie order by dimensie")
    return _lees("select * from kpi_dimensie_op(?) order by dimensie", peildatum)


def winstpunten_overzicht(dimensie: str | None = None) -> pl.DataFrame:
    """Per winstpunt: KPIs, quality and efficiency side by side; optionally one dimension."""
    return _lees(
        """
        select * from winstpunt_overzicht
        where ? is null
            or (? = 'inhoudelijk' and inhoudelijk)
            or (? = 'financieel' and financieel)
            or (? = 'kwaliteit' and kwaliteit)
        order by winstpunt
        """,
        dimensie,
        dimensie,
        dimensie,
        dimensie,
    )


def efficiency() -> pl.DataFrame:
    """Opdrachten that merge others, with the hours that saved."""
    return _lees("select * from efficiency order by opdracht_id")


def efficiency_per_winstpunt(peildatum: date | None = None) -> pl.DataFrame:
    """Hours saved by merging, per winstpunt W1–W9; now or as of `peildatum`."""
    if peildatum is None:
        return _lees("select * from efficiency_per_winstpunt order by winstpunt")
    return _lees("select * from efficiency_per_winstpunt_op(?) order by winstpunt", peildatum)


def kwaliteit_per_rol(peildatum: date | None = None) -> pl.DataFrame:
    """Mean evaluation scores per rol (all three, also without evaluaties); all evaluaties,
    or those dated on or before `peildatum`."""
    if peildatum is None:
        return _lees("select * from kwaliteit_per_rol order by rol")
    return _lees("select * from kwaliteit_per_rol_op(?) order by rol", peildatum)


def leerervaringen_per_kwartaal(peildatum: date) -> pl.DataFrame:
    """Leerervaringen dated on or before `peildatum`, per quarter × soort (all four);
    `periode` is a Dutch label ('K1 2012')."""
    return _lees(
        """
        select *, 'K' || kwartaal || ' ' || jaar as periode
        from leerervaringen_per_kwartaal_op(?)
        order by jaar, kwartaal, soort
        """,
        peildatum,
    )


def leerervaringen(peildatum: date) -> pl.DataFrame:
    """The individual leerervaringen dated on or before `peildatum` (as counted by
    `leerervaringen_per_kwartaal`)."""
    return _lees(
        "select * from leerervaringen_lijst_op(?) order by datum, bestand, regel", peildatum
    )


def verrekening(peildatum: date | None = None) -> pl.DataFrame:
    """Who pays whom at the year-end settlement (31-12 of the boekjaar), or if the year
    closed on `peildatum`."""
    if peildatum is None:
        return _lees("select * from verrekening order by van_gemeente, naar_gemeente")
    return _lees("select * from verrekening_op(?) order by van_gemeente, naar_gemeente", peildatum)


def etl_runs() -> pl.DataFrame:
    """The load history, newest first."""
    return _lees("select * from etl_runs order by run_id desc")


def etl_bestanden() -> pl.DataFrame:
    """The files of the last run with their row accounting."""
    return _lees("select * from etl_bestanden order by bestand")


def etl_afgekeurd() -> pl.DataFrame:
    """The rows and files the last run rejected, with line number and reason."""
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

    `zoek` looks in the opdrachtformulier's texts, forgiving case, accents and leading
    zeros (see `dashboard.werklijst`). `gemeente` matches the aanvrager, a deelnemer or the
    opdrachtnemer's gemeente.
    """
    voorwaarden: list[pl.Expr] = []
    gezocht = zoek_voorwaarde(zoek)
    if gezocht is not None:
        voorwaarden.append(gezocht)
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


def statushistorie(opdracht_id: str) -> pl.DataFrame:
    """The status history of one opdracht (who, when, why), oldest first."""
    return _lees(
        """
        select volgnummer, status, opdrachtnemer, geldig_van, geldig_tot, door, toelichting,
            actie
        from statushistorie where opdracht_id = ? order by volgnummer
        """,
        opdracht_id,
    )


def afgekeurd_in(bestand: str) -> pl.DataFrame:
    """The last run's rejections of one source file (regel, reden)."""
    return _lees("select regel, reden from etl_afgekeurd where bestand = ? order by regel", bestand)
