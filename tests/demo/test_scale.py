"""`proeftuin demo-data DIR --registraties N`: exactly N valid rows over six gemeente files."""

from __future__ import annotations

from pathlib import Path

import polars as pl
from click.testing import CliRunner

from proeftuin.cli import app
from tests.demo.readback import GEMEENTEN, lees, medewerkers, netto, uren


def test_registraties_writes_exactly_n_valid_rows(tmp_path: Path) -> None:
    map_ = tmp_path / "bron"
    resultaat = CliRunner().invoke(app, ["demo-data", str(map_), "--registraties", "1000"])
    assert resultaat.exit_code == 0, resultaat.output
    assert "1.000 geldige urenregistraties" in resultaat.output
    bestanden = sorted(map_.rglob("uren*"))
    assert len(bestanden) == 6
    rijen = uren(map_)
    assert rijen.height == 1000
    assert (rijen.group_by("bestand").len()["len"] > 100).all()
    assert rijen["registratie_id"].is_unique().all()
    assert rijen["uren"].is_between(0, 8, closed="right").all()
    assert rijen["datum"].is_not_null().all() and (rijen["datum"].dt.weekday() <= 5).all()
    staf = medewerkers(map_)
    assert set(rijen["medewerker_id"]) <= set(staf["medewerker_id"])
    opdrachten = lees(map_ / "regio/opdrachten.xlsx")
    actief = opdrachten.filter(pl.col("status").is_in(["lopend", "afgerond"]))["opdracht_id"]
    assert rijen["opdracht_id"].is_in(actief.implode()).all()
    assert rijen.group_by("medewerker_id", "datum").agg(pl.col("uren").sum())["uren"].max() <= 24
    effect = netto(rijen, map_)
    assert set(effect["gemeente"]) == set(GEMEENTEN)
    assert abs(effect["effect"].sum()) < 1e-6
