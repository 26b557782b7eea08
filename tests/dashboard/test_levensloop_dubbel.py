"""Every button of an opdracht's life on the werkbank clicked twice from the same screen
writes one step, and the second click says so (contract section 7).

Why here and not in the browser: the protection is the step's key, built from the steps
the screen showed (`dashboard.levensloop.basis`), so a second click of the same screen is
the same step however it arrives. Two screens of one state (two AppTest sessions on the
same warehouse) both clicking is what a double click sends: two runs with the screen's
widgets as they were. The browser walk (test_browser_levensloop) double-clicks two buttons
(Aanmelden and Starten); the toets's own buttons twice are in test_levensloop
(accepteren, herindienen) and terugsturen after a stopped click there too.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from invoer import stappen
from invoer.schrijven import WIJZIGINGEN, platform_rows, submit_opdracht
from tests.dashboard.bouw import app
from tests.dashboard.helpers import zonder_fouten
from tests.dashboard.test_levensloop import HEEL_FORMULIER, MT, WERKBANK
from tests.dashboard.test_platform import (
    lees,
    platform,  # noqa: F401 (the test uses it)
    wacht_op_etl,
)
from tests.etl.helpers import HEEL_LEVEN

AL = "Deze stap was al vastgelegd"


def _twee_keer(bron, pf: str, knop: str, gezegd: str, vul: Callable = lambda at: None) -> None:
    """Two screens of the werkbank's levensloop of `pf`, filled alike by `vul`, both
    click `knop`: the first writes and says `gezegd`, the second writes nothing."""
    schermen = []
    for _ in range(2):
        mt = zonder_fouten(app(WERKBANK, tab="Toets"))
        mt.selectbox(key="levensloop_opdracht").select(pf).run()
        vul(mt)
        schermen.append(zonder_fouten(mt.run()))
    voor = len(platform_rows(bron, WIJZIGINGEN))
    na = []
    for scherm in schermen:
        scherm.button(key=knop).click().run()
        zonder_fouten(scherm)
        na.append(len(platform_rows(bron, WIJZIGINGEN)))
    assert any(gezegd in s.value for s in schermen[0].success), schermen[0].success
    assert any(AL in s.value for s in schermen[1].success), schermen[1].success
    assert na[0] > voor and na[1] == na[0]


def test_each_step_of_the_life_clicked_twice_from_one_screen_is_written_once(
    platform,  # noqa: F811
):
    bron, warehouse = platform
    pf = submit_opdracht(bron, HEEL_FORMULIER | {"soort_opdracht": "lokaal"}, "a@b.nl").opdracht_id
    ander = submit_opdracht(
        bron, HEEL_FORMULIER | {"soort_opdracht": "lokaal", "titel": "Nota sporthallen"}, "a@b.nl"
    ).opdracht_id
    stappen.zet(bron, stappen.accepteren(pf, 0, "M-2"), MT)
    wacht_op_etl(bron, warehouse)

    def leidinggevende(at):
        at.text_input(key=f"leidinggevende_{pf}").input("Els de Vries")

    _twee_keer(bron, pf, "stap_bevestigen", "is definitief", leidinggevende)
    wacht_op_etl(bron, warehouse)
    _twee_keer(bron, pf, "stap_starten", f"{pf} is gestart.")
    wacht_op_etl(bron, warehouse)

    def meer_uren(at):
        at.number_input(key=f"verschuiven_uren_{pf}").set_value(120.0)
        at.text_input(key=f"verschuiven_reden_{pf}").input("De wijken vragen meer overleg")

    _twee_keer(bron, pf, "stap_verschuiven", f"{pf} is verschoven.", meer_uren)
    wacht_op_etl(bron, warehouse)

    def kies_ander(at):
        at.selectbox(key=f"samenvoegen_b_{pf}").select(ander)

    _twee_keer(bron, pf, "stap_samenvoegen", f"{ander} is samengevoegd in {pf}.", kies_ander)
    wacht_op_etl(bron, warehouse)
    _twee_keer(bron, pf, "stap_afronden", f"{pf} is afgerond.")
    gedaan = ("accepteren", "bevestigen", "starten", "verschuiven", "samenvoegen", "afronden")
    # samenvoegen writes a row for each of the two opdrachten
    assert Counter(r["actie"] for r in platform_rows(bron, WIJZIGINGEN)) == Counter(
        gedaan
    ) + Counter(["samenvoegen"])
    wacht_op_etl(bron, warehouse)
    historie = "select actie from statushistorie where opdracht_id = ? order by volgnummer"
    assert [a for (a,) in lees(historie, pf)] == HEEL_LEVEN
    assert lees("select status from werkvoorraad where opdracht_id = ?", pf) == [("afgerond",)]
