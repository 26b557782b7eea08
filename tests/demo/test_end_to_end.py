"""demo-data -> ETL -> warehouse: the views reproduce the plan's worked example."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest

from etl.load import run_etl
from tests.demo.readback import datum, getal, lees
from tests.demo.test_content import SALDI, TABEL
from warehouse.connect import connect_readonly


def geldinbreng_uren(map_: Path) -> dict[str, float]:
    """Hour credit per gemeente: bedrag / the gemiddeld tarief valid on its date."""
    tarieven = lees(map_ / "regio/tarieven.csv").filter(pl.col("schaal") == "gemiddeld")
    tarieven = tarieven.with_columns(vanaf=datum("geldig_vanaf"), tarief=getal("uurtarief_eur"))
    credit: dict[str, float] = {}
    for pad in map_.rglob("geldinbreng*"):
        geld = lees(pad).with_columns(
            datum("datum"), getal(pl.col("bedrag_eur").str.replace_all(".", "", literal=True))
        )
        for r in geld.iter_rows(named=True):
            geldig = tarieven.filter(pl.col("vanaf") <= r["datum"]).sort("vanaf")["tarief"][-1]
            credit[r["gemeente"]] = credit.get(r["gemeente"], 0.0) + r["bedrag_eur"] / geldig
    return credit


@pytest.fixture(scope="module")
def warehouse(demo, tmp_path_factory: pytest.TempPathFactory) -> Path:
    doel = tmp_path_factory.mktemp("warehouse") / "proeftuin.duckdb"
    run_etl(demo[0], doel, strict=False)
    return doel


def test_views_reproduce_the_worked_example(warehouse: Path, demo) -> None:
    con = connect_readonly(warehouse)
    rijen = con.execute(
        """
        select b.gemeente, sum(b.saldo_uren)
        from urenbalans_per_opdracht b join werkvoorraad w using (opdracht_id)
        where w.titel in (select unnest(?::varchar[]))
        group by b.gemeente
        """,
        [list(TABEL)],
    ).fetchall()
    assert dict(rijen) == pytest.approx(SALDI, abs=0.01)
    # The whole year: the example plus the geldinbreng credit (bedrag / gemiddeld tarief).
    verwacht = dict(SALDI)
    for g, uren in geldinbreng_uren(demo[0]).items():
        verwacht[g] += uren
    saldi = dict(con.execute("select gemeente, saldo_uren from urenbalans").fetchall())
    assert saldi == pytest.approx(verwacht, abs=0.01)


def test_rejections_are_exactly_the_bad_rows(warehouse: Path, demo) -> None:
    con = connect_readonly(warehouse)
    afgekeurd = set(con.execute("select bestand, regel from etl_afgekeurd").fetchall())
    assert afgekeurd == {(b.bestand, b.regel) for b in demo[1].foute_regels}
