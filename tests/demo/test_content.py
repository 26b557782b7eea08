"""The demo's content, its worked example and its bad rows, read back from the files."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest

from demo.generate import DemoSummary
from tests.demo.readback import GEMEENTEN, lees, medewerkers, netto, uren

# The plan's table (seeds/002, "Sturen op uren"): row label -> hours; and the saldi of the
# data contract's worked example (the plan rounds Dordrecht's Drechtwerk row by hand).
TABEL = {
    "Decentralisaties sociaal domein": 600,
    "Leerlingenvervoer": 240,
    "Evaluatieonderzoek": 80,
    "Accountschap Drechtwerk": 110,
    "Duurzaamheid": 240,
    "Kinderopvang": 210,
    "Cultuurvisie Alblasserdam": 200,
    "Sportnota Sliedrecht": 200,
    "Zwembad nota HIA Zwijndrecht": 150,
}
SALDI = {"ALB": -323.33, "DOR": 206.67, "HIA": -8.33, "PAP": 156.67, "SLI": -223.33, "ZWD": 191.67}
LIJST = (
    "Jeugdzorg",
    "AWBZ-begeleiding",
    "Wet Werken naar vermogen",
    "Leerlingenvervoer",
    "Drechtwerk",
    "Omgevingsdienst ZHZ",
    "Duurzaamheid",
    "Beheer sport accommodaties",
    "Kinderopvang",
    "Lobby",
    "Zwembad Zwijndrechtse Waard",
    "Accommodatiebeleid Papendrecht",
)
TYPE_WERK = {"beleid ontwikkelen", "initiatieffase", "accountschap", "regie", "lobby", "evaluatie"}

Demo = tuple[Path, DemoSummary]


@pytest.fixture(scope="module")
def opdrachten(demo: Demo) -> pl.DataFrame:
    return lees(demo[0] / "regio/opdrachten.xlsx")


@pytest.fixture(scope="module")
def geldig(demo: Demo, opdrachten: pl.DataFrame) -> pl.DataFrame:
    """The hour rows minus the rows the summary declares bad."""
    map_, summary = demo
    slecht = pl.DataFrame(
        [(b.bestand, b.regel) for b in summary.foute_regels],
        schema=["bestand", "regel"],
        orient="row",
    )
    return uren(map_).join(slecht, on=["bestand", "regel"], how="anti")


def test_the_plan_opdrachten_are_there(opdrachten: pl.DataFrame) -> None:
    titels = opdrachten["titel"].to_list()
    for titel in TABEL:
        assert titels.count(titel) == 1, titel
    teksten = " ".join(opdrachten["titel"] + " " + opdrachten["opdrachtformulering"])
    for onderwerp in (
        "Jeugdzorg",
        "AWBZ-begeleiding",
        "Wet Werken naar vermogen",
        "Drechtwerk",
        "OZHZ",
        "sportaccommodaties",
        "Lobby",
        "zwembad",
        "Accommodatiebeleid Papendrecht",
        "Proeftuin Maritieme innovatie",
        "Deltri",
        "Deltapoort",
    ):
        assert onderwerp.lower() in teksten.lower(), onderwerp
    assert len(LIJST) == 12


def test_the_werkvoorraad_is_a_realistic_mix(demo: Demo, opdrachten: pl.DataFrame) -> None:
    o = opdrachten
    assert set(o["status"]) == {"aangemeld", "geaccepteerd", "lopend", "afgerond", "geannuleerd"}
    assert set(o["type_werk"]) == TYPE_WERK
    assert {"lokaal", "meervoudig_lokaal", "regionaal", "ondersteuning", "ontwikkel"} == set(
        o["soort_opdracht"]
    )
    assert o.filter(pl.col("status") == "aangemeld")["opdrachtnemer"].is_null().all()
    regio = o.filter(pl.col("soort_opdracht") == "regionaal")
    assert set(regio["aanvrager"]) == {"REGIO"} and regio.height >= 3
    samengevoegd = o.filter(pl.col("samengevoegd_uit").is_not_null())
    assert samengevoegd.height >= 1
    for lijst in samengevoegd["samengevoegd_uit"]:
        assert set(lijst.split("|")) <= set(o["opdracht_id"])
    afgerond = o.filter(pl.col("status") == "afgerond")
    assert afgerond["akkoord_opdrachtgever"].is_not_null().all()
    evaluaties = lees(demo[0] / "regio/evaluaties.xlsx")
    per_opdracht = evaluaties.group_by("opdracht_id").agg(pl.col("rol").n_unique())
    assert set(per_opdracht["opdracht_id"]) == set(afgerond["opdracht_id"])
    assert (per_opdracht["rol"] == 3).all()
    for kolom in ("achtergrond", "doel", "beoogd_resultaat", "motivatie", "lokale_gebruiken"):
        assert o[kolom].is_not_null().all(), kolom
    soorten = set(lees(demo[0] / "regio/leerervaringen.csv")["soort"])
    assert soorten == {"dilemma", "vraagpunt", "conflict", "doorzettingsmacht"}


def test_staff_tarieven_and_money(demo: Demo) -> None:
    map_, _ = demo
    staf = pl.concat(lees(p).select("gemeente", "schaal") for p in map_.rglob("medewerkers*"))
    assert set(staf["gemeente"]) == set(GEMEENTEN)
    schalen = staf["schaal"].cast(pl.Int64)
    assert schalen.is_between(8, 13).all()
    tarieven = lees(map_ / "regio/tarieven.csv")
    gemiddeld = tarieven.filter(pl.col("schaal") == "gemiddeld")
    assert gemiddeld["geldig_vanaf"].to_list() == ["01-01-2012", "01-07-2012"]
    assert len(list(map_.rglob("geldinbreng*"))) >= 1


def test_hours_are_weekdays_in_2012_and_within_the_rules(
    geldig: pl.DataFrame, demo: Demo, opdrachten: pl.DataFrame
) -> None:
    assert geldig["uren"].is_not_null().all() and geldig["datum"].is_not_null().all()
    assert geldig["datum"].dt.year().eq(2012).all()
    assert (geldig["datum"].dt.weekday() <= 5).all()
    assert geldig["uren"].is_between(0, 24, closed="right").all()
    assert geldig["registratie_id"].is_unique().all()
    assert set(geldig["medewerker_id"]) <= set(medewerkers(demo[0])["medewerker_id"])
    geannuleerd = opdrachten.filter(pl.col("status") == "geannuleerd")["opdracht_id"]
    assert not geldig["opdracht_id"].is_in(geannuleerd.implode()).any()
    per_dag = geldig.group_by("medewerker_id", "datum").agg(pl.col("uren").sum())
    assert per_dag["uren"].max() <= 24
    assert (geldig["uren"] % 1 != 0).any()  # decimals such as 7,5


def test_the_nine_table_opdrachten_reproduce_the_worked_example(
    geldig: pl.DataFrame, demo: Demo, opdrachten: pl.DataFrame
) -> None:
    titel = opdrachten.select("opdracht_id", "titel")
    totaal = geldig.join(titel, on="opdracht_id").group_by("titel").agg(pl.col("uren").sum())
    assert {t: u for t, u in totaal.iter_rows() if t in TABEL} == TABEL
    effect = netto(geldig, demo[0]).join(titel, on="opdracht_id")
    negen = (
        effect.filter(pl.col("titel").is_in(list(TABEL)))
        .group_by("gemeente")
        .agg(pl.col("effect").sum())
    )
    assert dict(negen.iter_rows()) == pytest.approx(SALDI, abs=0.005)
    # Every other opdracht nets to zero per gemeente, so the whole year equals the example.
    heel_jaar = effect.group_by("gemeente").agg(pl.col("effect").sum())
    assert dict(heel_jaar.iter_rows()) == pytest.approx(SALDI, abs=0.005)
    assert effect["effect"].sum() == pytest.approx(0, abs=1e-6)


def test_the_bad_rows_are_in_the_files_and_each_breaks_a_rule(
    demo: Demo, opdrachten: pl.DataFrame
) -> None:
    map_, summary = demo
    redenen = {b.reden for b in summary.foute_regels}
    assert len(redenen) == len(summary.foute_regels) == 8
    alles = uren(map_)
    bekend = set(medewerkers(map_)["medewerker_id"])
    geannuleerd = set(opdrachten.filter(pl.col("status") == "geannuleerd")["opdracht_id"])
    for b in summary.foute_regels:
        rij = alles.filter((pl.col("bestand") == b.bestand) & (pl.col("regel") == b.regel))
        assert rij.height == 1, b
        r = rij.row(0, named=True)
        eerder = alles.filter((pl.col("bestand") == b.bestand) & (pl.col("regel") < b.regel))
        dag = eerder.filter(
            (pl.col("medewerker_id") == r["medewerker_id"]) & pl.col("datum").eq_missing(r["datum"])
        )["uren"].sum()
        breuk = {
            "medewerker bestaat niet": r["medewerker_id"] not in bekend,
            "datum bestaat niet": r["datum"] is None and r["datum_tekst"] == "31-02-2012",
            "dubbel registratie_id": r["registratie_id"] in set(eerder["registratie_id"]),
            "verplicht veld leeg": r["opdracht_id"] is None,
            "tekst in getalkolom": r["uren"] is None and r["uren_tekst"] is not None,
            "meer dan 24 uur op één regel": (r["uren"] or 0) > 24,
            "meer dan 24 uur op één dag": 0 < (r["uren"] or 0) <= 24 < dag + (r["uren"] or 0),
            "opdracht geannuleerd": r["opdracht_id"] in geannuleerd,
        }
        assert breuk[b.reden], b
