"""Reporting periods (quarters, half years) turned into a peildatum: their last day.

The plan reports per quarter to the proeftuin-MT and after half a year to the colleges; the
macros in the warehouse take that last day as `peildatum`.
"""

from __future__ import annotations

from datetime import date, timedelta

import polars as pl

from dutch.format import halfjaar_label, kwartaal_label
from report.periode import Periode, lees_periode


def _einde_maand(jaar: int, maand: int) -> date:
    volgende = date(jaar + maand // 12, maand % 12 + 1, 1)
    return volgende - timedelta(days=1)


def kwartalen(eerste: date, laatste: date) -> dict[str, date]:
    """'K1 2012' -> 31-03-2012, for every quarter from `eerste` through `laatste`."""
    uit: dict[str, date] = {}
    for jaar in range(eerste.year, laatste.year + 1):
        for k in range(1, 5):
            einde = _einde_maand(jaar, 3 * k)
            begin = date(jaar, 3 * k - 2, 1)
            if einde >= eerste and begin <= laatste:
                uit[kwartaal_label(jaar, k)] = einde
    return uit


def halfjaren(eerste: date, laatste: date) -> dict[str, date]:
    """'1e halfjaar 2012' -> 30-06-2012, for every half year from `eerste` through `laatste`."""
    uit: dict[str, date] = {}
    for jaar in range(eerste.year, laatste.year + 1):
        for h in (1, 2):
            einde = _einde_maand(jaar, 6 * h)
            begin = date(jaar, 6 * h - 5, 1)
            if einde >= eerste and begin <= laatste:
                uit[halfjaar_label(jaar, h)] = einde
    return uit


def jaren(eerste: date, laatste: date) -> dict[str, date]:
    """'2012' -> 31-12-2012, for every year from `eerste` through `laatste`."""
    return {str(jaar): date(jaar, 12, 31) for jaar in range(eerste.year, laatste.year + 1)}


def vaststelbaar(jaren: list[int], geschiedenis: pl.DataFrame, vandaag: date) -> list[Periode]:
    """The periods a controller can still vaststellen: ended before `vandaag`, in a year
    with data, not inside a vaststelling in force; the first open quarter of each year
    first (the command refuses a gap, and says which period comes first)."""
    geldig = geschiedenis.filter(pl.col("is_geldig")) if geschiedenis.height else geschiedenis
    vast = [(r["van"], r["tot"]) for r in geldig.iter_rows(named=True)] if geldig.height else []
    codes = [
        f"{jaar}{deel}"
        for jaar in sorted(jaren)
        for deel in ("-K1", "-K2", "-H1", "-K3", "-K4", "-H2", "")
    ]
    return [
        p
        for p in map(lees_periode, codes)
        if p.einde < vandaag and not any(van <= p.begin and p.einde <= tot for van, tot in vast)
    ]


def kies_boekjaar(jaren: pl.DataFrame) -> dict:
    """A 'Boekjaar' choice, the current boekjaar preselected; the chosen row of
    `queries.boekjaren()` (jaar, is_huidig, verrekendatum, vast_tot, uurtarief_eur)."""
    import streamlit as st  # here: the period arithmetic above is used without a page

    huidig = jaren.get_column("is_huidig").arg_true()
    gekozen = st.selectbox(
        "Boekjaar",
        jaren.get_column("jaar").to_list(),
        index=int(huidig[0]) if huidig.len() else 0,
        placeholder="Maak een keuze",
    )
    return jaren.filter(pl.col("jaar") == gekozen).row(0, named=True)
