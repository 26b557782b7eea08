"""The controller starts an ETL run from Data & kwaliteit (contract section 8) and reads
its outcome, on the same single-flight background runner as the forms."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from dashboard import auth, schrijven
from dashboard.authbestand import Rol
from invoer.achtergrond import achtergrond
from tests.dashboard.bouw import APP
from tests.dashboard.helpers import zonder_fouten
from tests.dashboard.test_platform import lees, platform  # noqa: F401 (a fixture)
from tests.etl.helpers import MEDEWERKERS, write_csv
from warehouse.settings import SOURCE_ENV


def _data_kwaliteit(rol: Rol) -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=60)
    at.session_state[auth.DEMO_SLEUTEL] = rol
    zonder_fouten(at.run())
    return zonder_fouten(at.switch_page("pages/data_kwaliteit.py").run())


def test_the_controller_runs_the_etl_and_sees_its_summary(platform):  # noqa: F811 (fixture)
    bron, warehouse = platform
    runs = lees("select count(*) from etl_runs")[0][0]
    # a file added since the last load: the run from the platform picks it up
    write_csv(bron / "papendrecht" / "medewerkers.csv", MEDEWERKERS)
    at = _data_kwaliteit(Rol("controller"))
    at.button(key="etl_starten").click().run()
    ticket = at.session_state[schrijven.TICKET]
    uitkomst = achtergrond(bron, warehouse).wacht(ticket, timeout=120)
    assert uitkomst is not None and uitkomst.gelukt, uitkomst
    zonder_fouten(at.run())
    assert any(s.value.startswith("Gegevens bijgewerkt:") for s in at.success)
    assert lees("select count(*) from etl_runs")[0][0] == runs + 1
    bestanden = [r[0] for r in lees("select bestand from etl_bestanden")]
    assert "papendrecht/medewerkers.csv" in bestanden


def test_without_a_source_folder_there_is_no_run_button(platform, monkeypatch):  # noqa: F811
    monkeypatch.delenv(SOURCE_ENV)
    at = _data_kwaliteit(Rol("controller"))
    assert not [b for b in at.button if b.key == "etl_starten"]
    assert any("Laden vanaf het platform staat uit" in c.value for c in at.caption)
