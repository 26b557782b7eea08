"""The terminal summary at 80–100 columns keeps every file name whole, and the run's
duration it prints is the figure `etl_runs` (and so the dashboard) holds."""

from __future__ import annotations

import io

import pytest
from rich.console import Console

from dutch.format import getal
from etl.load import EtlOutcome, run_etl
from etl.report import Reporter
from tests.etl.helpers import MEDEWERKERS, OPDRACHTEN, UREN_HEADER, write_csv
from tests.sql.helpers import query

LANG = "hendrik-ido-ambacht/uren 2012 Q1.csv"  # 36 characters: whole at 80 columns


def _samenvatting(outcome, breedte: int) -> list[str]:
    console = Console(width=breedte, record=True, file=io.StringIO(), highlight=False)
    Reporter(console).summary(outcome)
    return console.export_text().splitlines()


@pytest.fixture(scope="module")
def met_lange_naam(tmp_path_factory: pytest.TempPathFactory) -> EtlOutcome:
    """One run over a folder with a long file name and a file that is no export, whose
    summary every width below draws (the run does not depend on the width)."""
    map_ = tmp_path_factory.mktemp("breedte")
    bron = map_ / "bron"
    write_csv(bron / "dordrecht" / "medewerkers.csv", MEDEWERKERS)
    write_csv(bron / "regio" / "opdrachten.csv", OPDRACHTEN)
    write_csv(bron / LANG, [UREN_HEADER, ["M-1", "PT-1", "01-02-2012", "3"]])
    (bron / "regio" / "leesmij.txt").write_text("geen export", encoding="utf-8")
    return run_etl(bron, map_ / "uit" / "proeftuin.duckdb")


@pytest.mark.parametrize("breedte", [80, 90, 100, 120])
def test_every_file_name_stays_whole_on_one_line(met_lange_naam, breedte):
    outcome = met_lange_naam
    regels = _samenvatting(outcome, breedte)
    # the tables fit (the paths below them are printed whole, to copy them)
    tabellen = regels[: next(i for i, r in enumerate(regels) if r.startswith("Warehouse "))]
    assert all(len(r) <= breedte for r in tabellen)
    for naam in outcome.bestanden.get_column("bestand"):
        assert any(naam in r for r in regels), f"{naam} afgebroken bij {breedte} kolommen"
    # the remark wraps instead of losing words
    tekst = " ".join(" ".join(regels).split())
    for opmerking in outcome.bestanden.get_column("opmerking").drop_nulls():
        for woord in opmerking.split():
            assert woord in tekst, f"{woord!r} uit de opmerking ontbreekt"


def test_the_printed_duration_is_the_one_etl_runs_holds(met_lange_naam):
    outcome = met_lange_naam
    [rij] = query(outcome.warehouse, "select duur_s from etl_runs order by run_id desc limit 1")
    opgeslagen = rij["duur_s"]
    assert outcome.duur_s == pytest.approx(opgeslagen, abs=1e-9)
    assert f"Duur: {getal(opgeslagen, 1)} s" in _samenvatting(outcome, 100)
