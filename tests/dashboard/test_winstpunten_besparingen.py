"""The Winstpunten page shows the savings per gemeente (only those with a basis) and the
medewerkers who worked for another gemeente (W8/W9), from a real ETL run on the small
source folder of the report tests (figures worked out in tests/report/test_efficiency.py
and tests/report/test_eindevaluatie.py)."""

from __future__ import annotations

import pytest

from tests.dashboard.bouw import app
from tests.dashboard.helpers import lichte_tabellen, tabel_met, zonder_fouten
from tests.report.bronmap import laad, schrijf_bronmap
from tests.report.test_efficiency import BESPARINGEN
from warehouse.settings import WAREHOUSE_ENV


def test_winstpunten_shows_savings_and_mobility(tmp_path, monkeypatch: pytest.MonkeyPatch):
    bron = schrijf_bronmap(tmp_path / "bron", {"regio/besparingen.csv": BESPARINGEN})
    monkeypatch.setenv(WAREHOUSE_ENV, str(laad(bron, tmp_path / "proeftuin.duckdb")))
    at = zonder_fouten(app("pages/winstpunten.py"))
    besparing = tabel_met(at, "Zonder onderbouwing").set_index("Gemeente")
    # all savings of the year: B-1 (DOR 40 h, ZWD 10 h), B-2 (DOR 20 h), B-4 (DOR 8 h,
    # potentieel); B-3 has no grondslag: counted for ZWD as such, not added in
    assert besparing.loc["Dordrecht", "Gerealiseerd (uren)"] == "60"
    assert besparing.loc["Dordrecht", "Potentieel (uren)"] == "8"
    assert besparing.loc["Zwijndrecht", "Gerealiseerd (uren)"] == "10"
    assert besparing.loc["Zwijndrecht", "Zonder onderbouwing"] == "1"
    mobiliteit = tabel_met(at, "Bij een andere gemeente").set_index("Gemeente")
    assert mobiliteit.loc["Dordrecht", "Bij een andere gemeente"] == "1"
    assert mobiliteit.loc["Zwijndrecht", "Waarvan elders"] == "5"
    # every saving with its basis and source row; B-3 without grondslag in a table apart
    lijst = tabel_met(at, "Grondslag").set_index("Besparing")
    assert lijst.loc["B-1", "Grondslag"] == "zes accounthouders vervangen door één"
    assert lijst.loc["B-1", "Bron"] == "regio/besparingen.csv regel 2"
    assert lijst.loc["B-1", "Uren"] == "50"
    assert "B-3" not in lijst.index
    [zonder] = [
        tabel
        for tabel in lichte_tabellen(at)
        if "Besparing" in tabel.columns and "Grondslag" not in tabel.columns
    ]
    assert zonder["Besparing"].tolist() == ["B-3"]
