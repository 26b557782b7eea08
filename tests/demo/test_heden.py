"""The demo in the present (data contract, section 10): written as on 6 December 2026, it
holds 2025 complete, vastgesteld and settled with the plan's worked example, 2026 up to
that day with werkvoorraad ahead, and a late Dordrecht file that becomes a correctie na
vaststelling booked in 2026-K1. Real files, the real ETL, the real `stel_vast`."""

from __future__ import annotations

import re
import shutil
from datetime import date
from pathlib import Path

import polars as pl
import pytest

from demo.afsluiten import NAGEKOMEN
from demo.frames import opdrachten
from demo.generate import BESLUITEN, DemoGeweigerd, DemoSummary, write_demo
from demo.hours import lopende_uren
from demo.kalender import Kalender, feestdagen, jaren_later
from etl.load import run_etl
from tests.demo.readback import getal, lees, netto, uren
from tests.demo.test_content import SALDI
from tests.sql.helpers import query
from vaststelling import besluit
from vaststelling.demojaar import CONTROLLER, stel_demojaar_vast
from warehouse.vastgesteld import MAP as VASTGESTELD

VANDAAG = date(2026, 12, 6)
# The worked example plus the geldinbreng (200 h for Alblasserdam, 150 h for Sliedrecht).
JAAREINDE = SALDI | {"ALB": -123.33, "SLI": -73.33}


@pytest.fixture(scope="module")
def heden(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, DemoSummary, Path]:
    """(folder, summary, warehouse) of the present demo, loaded once."""
    basis = tmp_path_factory.mktemp("heden")
    summary = write_demo(basis / "bron", vandaag=VANDAAG, sluit_af=stel_demojaar_vast)
    warehouse = basis / "proeftuin.duckdb"
    assert run_etl(basis / "bron", warehouse).geschreven
    return basis / "bron", summary, warehouse


def test_last_year_holds_the_worked_example_vastgesteld_and_settled(heden) -> None:
    map_, summary, warehouse = heden
    ((periode, door, geldig),) = [
        (r["periode"], r["door"], r["is_geldig"]) for r in query(warehouse, "from vaststellingen")
    ]
    assert (periode, door, geldig) == ("2025", CONTROLLER, True)
    saldi = query(warehouse, "select gemeente, saldo_uren from urenbalans_op(DATE '2025-12-31')")
    assert {r["gemeente"]: r["saldo_uren"] for r in saldi} == pytest.approx(JAAREINDE, abs=0.005)
    # the nine table opdrachten, read back from the 2025 files: the worked example exactly
    slecht = pl.DataFrame(
        [(b.bestand, b.regel) for b in summary.foute_regels],
        schema=["bestand", "regel"],
        orient="row",
    )
    rijen = (
        uren(map_)
        .filter((pl.col("datum").dt.year() == 2025) & (pl.col("bestand") != NAGEKOMEN))
        .join(slecht, on=["bestand", "regel"], how="anti")
    )
    effect = netto(rijen, map_).group_by("gemeente").agg(pl.col("effect").sum())
    assert dict(effect.iter_rows()) == pytest.approx(SALDI, abs=0.005)
    # settled at the 31-12-2025 tarief of € 66,30: the deficits and the € 23.205 pot
    betaald = query(
        warehouse,
        "select soort, van_gemeente, geldinbreng_van, sum(bedrag_eur) as eur from verrekening "
        "where boekjaar = 2025 group by all order by all",
    )
    assert [(r["soort"], r["van_gemeente"], r["geldinbreng_van"], r["eur"]) for r in betaald] == [
        ("geldinbreng", "GELDINBRENG", "ALB", pytest.approx(13260.00)),
        ("geldinbreng", "GELDINBRENG", "SLI", pytest.approx(9945.00)),
        ("tekort", "ALB", None, pytest.approx(8177.00)),
        ("tekort", "HIA", None, pytest.approx(552.50)),
        ("tekort", "SLI", None, pytest.approx(4862.00)),
    ]


def test_this_year_runs_up_to_today_with_werkvoorraad_ahead(heden) -> None:
    map_, _, warehouse = heden
    alle = uren(map_)
    dit_jaar = alle.filter(pl.col("registratie_id").str.contains("-2026-"))
    assert dit_jaar.height > 40
    assert dit_jaar["datum"].min() >= date(2026, 1, 1)
    assert dit_jaar["datum"].max() <= VANDAAG
    assert (dit_jaar["datum"].dt.weekday() <= 5).all()
    assert not dit_jaar["datum"].is_in(sorted(feestdagen(2026))).any()
    opdrachten_ = lees(map_ / "regio/opdrachten.xlsx")
    # the running opdrachten spend what is left of their budget, never more
    lopend = set(dit_jaar["opdracht_id"])
    assert lopend == {"PT-03", "PT-12", "PT-13", "PT-26", "PT-27"}
    besteed = (
        alle.filter(pl.col("opdracht_id").is_in(sorted(lopend)) & pl.col("uren").is_not_null())
        .group_by("opdracht_id")
        .agg(pl.col("uren").sum())
        .join(opdrachten_.select("opdracht_id", begroot=getal("begrote_uren")), on="opdracht_id")
    )
    assert (besteed["uren"] <= besteed["begroot"]).all(), besteed
    open_ = opdrachten_.filter(pl.col("status").is_in(["aangemeld", "geaccepteerd", "lopend"]))
    planning = pl.concat([open_["startdatum"], open_["einddatum"]]).str.to_date("%Y-%m-%d")
    assert planning.is_between(VANDAAG, date(2026, 12, 31), closed="right").any()
    assert (planning.dt.year() == 2027).any()
    # loaded, 2026 is a hour bank of its own: its registrations count there only
    (rij,) = query(
        warehouse, "select sum(gebracht_uren) as uren from urenbalans_op(DATE '2026-12-06')"
    )
    assert rij["uren"] == pytest.approx(dit_jaar["uren"].sum() + 9.5)  # + the late rows


def test_platform_submissions_are_this_years_and_load(heden) -> None:
    map_, summary, warehouse = heden
    aanmeldingen = lees(map_ / "platform/opdrachten_platform.csv")
    assert aanmeldingen.height == 4
    assert all(re.fullmatch(r"PF-2026-\d{3}", i) for i in aanmeldingen["opdracht_id"])
    wijzigingen = lees(map_ / "platform/statuswijzigingen.csv")
    momenten = pl.concat([aanmeldingen["ingediend_op"], wijzigingen["tijdstip"]])
    dagen = momenten.str.slice(0, 10).str.to_date("%d-%m-%Y")
    assert dagen.min() >= date(2026, 1, 1) and dagen.max() <= VANDAAG
    afgekeurd = {(r["bestand"], r["regel"]) for r in query(warehouse, "from etl_afgekeurd")}
    assert afgekeurd == {(b.bestand, b.regel) for b in summary.foute_regels}


def test_a_late_file_is_a_correction_booked_in_the_first_quarter(heden) -> None:
    map_, _, warehouse = heden
    correcties = query(warehouse, "from correcties_na_vaststelling order by regel")
    assert [
        (r["wijziging"], r["bestand"], r["datum"].year, r["uren"], r["geboekt_in"])
        for r in correcties
    ] == [
        ("toegevoegd", NAGEKOMEN, 2025, 6.0, "2026-K1"),
        ("toegevoegd", NAGEKOMEN, 2025, 3.5, "2026-K1"),
    ]
    # written after the vaststelling: the besluit's folder does not know the file
    (besluit_rij,) = lees(map_ / BESLUITEN).iter_rows(named=True)
    rijen = pl.read_parquet(map_ / VASTGESTELD / besluit_rij["map"] / "rijen.parquet")
    assert NAGEKOMEN not in set(rijen["bestand"].cast(pl.String))
    assert BESLUITEN == besluit.BESLUITEN


def test_a_present_demo_is_a_demo_that_may_be_rewritten(heden, tmp_path: Path) -> None:
    kopie = tmp_path / "bron"
    shutil.copytree(heden[0], kopie)
    write_demo(kopie, jaar=2012)
    assert not (kopie / "platform/vastgesteld").exists()  # its folders are gone too
    assert not list(kopie.rglob("uren*2025*")) and not (kopie / NAGEKOMEN).exists()

    shutil.rmtree(kopie)
    shutil.copytree(heden[0], kopie)
    (kopie / "dordrecht/uren_extra.csv").write_text("van iemand anders", encoding="utf-8")
    with pytest.raises(DemoGeweigerd, match=r"uren_extra\.csv"):
        write_demo(kopie, jaar=2012)
    assert (kopie / "platform/vaststellingsbesluiten.csv").exists()


def test_on_new_years_day_this_year_is_empty_and_nothing_lies_after_today(
    tmp_path: Path,
) -> None:
    nieuwjaar = date(2026, 1, 1)
    kal = Kalender.heden(nieuwjaar)
    assert lopende_uren(opdrachten(kal), nieuwjaar, 2012).height == 0
    summary = write_demo(tmp_path / "bron", vandaag=nieuwjaar)  # without closing 2025
    assert not list((tmp_path / "bron").rglob("uren*2026*"))
    assert not (tmp_path / "bron/platform/vastgesteld").exists()
    assert summary.kalender == kal
    wijzigingen = lees(tmp_path / "bron/platform/statuswijzigingen.csv")
    assert (wijzigingen["tijdstip"].str.slice(0, 10) == "01-01-2026").all()
    assert wijzigingen["tijdstip"].is_unique().all()


def test_the_calendar_keeps_the_plans_year_and_moves_the_others() -> None:
    plan = {date(2012, m, d) for m, d in ((1, 1), (4, 9), (4, 30), (5, 17), (5, 28))}
    assert feestdagen(2012) == plan | {date(2012, 12, 25), date(2012, 12, 26)}
    assert date(2025, 4, 21) in feestdagen(2025) and date(2025, 4, 26) in feestdagen(2025)
    assert date(2026, 4, 6) in feestdagen(2026) and date(2026, 4, 27) in feestdagen(2026)
    assert jaren_later(date(2012, 2, 29), 13) == date(2025, 2, 28)
    kal = Kalender.heden(VANDAAG)
    assert kal.datum(date(2012, 3, 1)) == date(2025, 3, 1)
    assert kal.datum(date(2013, 1, 7)) == date(2026, 12, 26)  # planned ahead of today
    assert kal.tekst("werkprogramma 2012, sportnota 2013-2016") == (
        "werkprogramma 2025, sportnota 2026-2029"
    )
    assert Kalender(2012).tekst("31-12-2012") == "31-12-2012"
