"""The Werkbank page on the real demo warehouse: signals, kandidaten, combinations, what-if."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from cijfers import format as fmt
from cijfers import mensen
from dashboard import teksten, ui, werkbank_signalen
from dashboard.tabel_licht import GRENS
from tests.dashboard.bouw import app
from tests.dashboard.helpers import (
    direct,
    lichte_tabellen,
    tabel_met,
    tekst,
    widget,
    zonder_fouten,
)
from warehouse.connect import connect_readonly
from warehouse.settings import WAREHOUSE_ENV

PAGINA = "pages/werkbank.py"


@pytest.fixture
def demo(demo_warehouse: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(WAREHOUSE_ENV, str(demo_warehouse))
    return demo_warehouse


def test_every_signal_is_counted_per_kind_with_what_to_do(demo):
    """The Werkbank's first view (one render for three tests' checks): the signals counted
    per kind, grouped per opdracht and per person-month, and a group chosen."""
    at = zonder_fouten(app(PAGINA))
    assert widget(at.selectbox, "Boekjaar").value == 2012  # the current boekjaar
    signalen = direct(
        demo, "select signaal, count(*) from signalen where boekjaar = 2012 group by 1"
    )
    assert {"budget_overschreden", "boven_beschikbaarheid"} <= set(signalen["signaal"])
    inhoud = tekst(at)
    for code, aantal in signalen.iter_rows():
        titel, wat_te_doen = teksten.SIGNALEN[code]
        assert f"**{titel} ({fmt.getal(aantal, 0)})** · Wat te doen: {wat_te_doen}" in inhoud
    assert any(
        b.label == "Download alle signalen van deze keuze als Excel"
        for b in at.get("download_button")
    )
    gegroepeerd_per_opdracht_en_persoonsmaand(at, demo)
    een_gekozen_groep_toont_haar_signalen(at)  # last: it chooses a group


def gegroepeerd_per_opdracht_en_persoonsmaand(at: AppTest, demo: Path) -> None:
    per_opdracht = tabel_met(at, "Titel")
    verwacht = direct(
        demo,
        "select count(distinct opdracht_id) from signalen "
        "where boekjaar = 2012 and opdracht_id is not null",
    ).item()
    assert len(per_opdracht) == min(verwacht, 100)
    personen = tabel_met(at, "Maand")
    maanden = direct(
        demo,
        "select count(*) from (select distinct medewerker_id, date_trunc('month', periode_van) "
        "from signalen where boekjaar = 2012 and opdracht_id is null "
        "and medewerker_id is not null)",
    ).item()
    assert len(personen) == min(maanden, 100)
    # the largest person-month first
    uren = [float(u.replace(".", "").replace(",", ".")) for u in personen["Uren"]]
    assert uren == sorted(uren, reverse=True)


def test_signals_filter_by_kind_and_gemeente(demo):
    at = app(PAGINA)
    assert not at.multiselect  # the filter panel is folded: no multiselect mounted
    at.session_state[werkbank_signalen.FILTERS] = True  # opened
    at.run()
    widget(at.multiselect, "Signaal").select("budget_overschreden").run()
    per_opdracht = tabel_met(at, "Titel")
    assert per_opdracht["Opdracht"].tolist() == ["PT-35"]
    assert per_opdracht["Welke"].tolist() == ["budget overschreden 120/90"]
    widget(at.multiselect, "Gemeente").select("ALB").run()
    assert [c.value for c in at.caption].count("Geen.") == 2  # no opdracht, no person
    # folded again: the filters still hold, and are named
    at.session_state[werkbank_signalen.FILTERS] = False
    at.run()
    assert not at.multiselect
    assert [c.value for c in at.caption].count("Geen.") == 2
    gefilterd = "Gefilterd op Signaal: Budget overschreden; Gemeente: Alblasserdam."
    assert ui.plat(gefilterd) in [c.value for c in at.caption]


def een_gekozen_groep_toont_haar_signalen(at: AppTest) -> None:
    per_opdracht = tabel_met(at, "Titel")
    # up to tabel_licht.GRENS groups a static table, and then no data grid mounted
    assert (len(per_opdracht) <= GRENS) == (not any("Titel" in d.value for d in at.dataframe))
    kies = widget(at.selectbox, "Signalen van de opdracht")
    assert kies.value is None and not any(
        "Opdracht of medewerker" in t.columns for t in lichte_tabellen(at)
    )
    eerste = per_opdracht.iloc[0]
    # as choosing its line would (AppTest cannot pick an option shown by its format_func)
    at.session_state["signalen_opdracht_keuze"] = f"{eerste['Opdracht']}||"
    zonder_fouten(at.run())
    assert widget(at.selectbox, "Signalen van de opdracht").value == f"{eerste['Opdracht']}||"
    signalen = tabel_met(at, "Opdracht of medewerker")
    assert len(signalen) == int(eerste["Signalen"])
    assert set(signalen["Opdracht of medewerker"]) == {eerste["Opdracht"]}


def test_kandidaten_show_the_top_kandidaat_and_why(demo):
    at = app(PAGINA, tab="Kandidaten")
    widget(at.selectbox, "Open opdracht").select("PT-31").run()
    zonder_fouten(at)
    # the page ranks as `kandidaten` does, with who showed interest first among equals
    con = connect_readonly(demo)
    try:
        beste = mensen.kandidaten_met_interesse(con, "PT-31").row(0, named=True)
    finally:
        con.close()
    melding = at.success[0].value
    gemeente = direct(demo, "select naam from gemeenten where code = ?", beste["gemeente"]).item()
    assert beste["naam"] in melding and gemeente in melding
    assert "expertise cultuur" in melding
    tabel = tabel_met(at, "Waarom")
    assert tabel["Naam"].iloc[0] == beste["naam"]
    assert tabel["Rang"].tolist()[:3] == ["1", "2", "3"]


def test_combinations_side_by_side_with_their_forms(demo):
    at = zonder_fouten(app(PAGINA, tab="Combineren"))
    inhoud = tekst(at)
    assert "Visie op cultuur Papendrecht 2013" in inhoud
    assert "Cultuurvisie HIA / Zwijndrecht" in inhoud
    assert "gedeelde termen: cultuur, visie" in inhoud


def test_the_proposal_with_one_click_moves_the_prognose_toward_zero(demo):
    at = app(PAGINA, tab="Wat als")
    widget(at.button, "Neem het toewijzingsvoorstel over").click().run()
    zonder_fouten(at)
    voorstel = direct(
        demo,
        "select opdracht_id, medewerker_id from toewijzingsvoorstel "
        "where medewerker_id is not null",
    )
    assert [tuple(t) for t in at.session_state["toewijzingen"]] == list(voorstel.iter_rows())
    lijst = [
        dict(zip(("opdracht_id", "medewerker_id"), r, strict=True)) for r in voorstel.iter_rows()
    ]
    met = direct(demo, "select * from prognose_met(?) order by gemeente", lijst)
    vermeden = met["te_betalen_eur"].sum() - met["te_betalen_met_eur"].sum()
    metrics = {m.label: m for m in at.metric}
    assert metrics["Verrekening die dit voorkomt"].value == fmt.euro(vermeden)
    # the settlement of the prognose, by the Verrekening page's code (prognose_met)
    assert metrics["Verrekening volgens deze prognose"].value == fmt.euro(
        met["te_betalen_met_eur"].sum()
    )
    assert met["te_betalen_met_eur"].sum() > 10_000  # the 2012 demo ends with deficits
    tabel = tabel_met(at, "Met deze keuzes")
    assert tabel["Met deze keuzes"].tolist() == [
        fmt.getal(v, 0, teken=True) for v in met["prognose_saldo_uren_met"]
    ]


def test_add_one_toewijzing_by_hand(demo):
    """PT-34 (72 hours, no opdrachtnemer, all planned before 31-12-2012) to its first
    kandidaat: that gemeente brings the hours, the six take their shares."""
    at = app(PAGINA, tab="Wat als")
    widget(at.selectbox, "Opdracht").select("PT-34").run()
    widget(at.button, "Toevoegen").click().run()
    zonder_fouten(at)
    eerste = direct(demo, "select medewerker_id from kandidaten('PT-34') where rang = 1").item()
    assert [tuple(t) for t in at.session_state["toewijzingen"]] == [("PT-34", eerste)]
    met = direct(
        demo,
        "select * from prognose_met(?) order by gemeente",
        [{"opdracht_id": "PT-34", "medewerker_id": eerste}],
    )
    assert met["verschil_uren"].abs().sum() > 0
    assert tabel_met(at, "Verschil")["Verschil"].tolist() == [
        fmt.getal(v, 0, teken=True) for v in met["verschil_uren"]
    ]


@pytest.mark.parametrize(
    ("toewijzing", "melding"),
    [
        (["PT-99", "HIA042"], "Opdracht PT-99 bestaat niet (meer)."),
        (["PT-16", "HIA042"], "Opdracht PT-16 is afgerond: alleen open opdrachten"),
        (["PT-31", "HIA999"], "Medewerker HIA999 bestaat niet (meer)."),
    ],
)
def test_bad_what_if_says_so_in_dutch_and_changes_nothing(demo, toewijzing, melding):
    at = app(PAGINA, tab="Wat als")
    at.session_state["toewijzingen"] = [["PT-32", "HIA044"], toewijzing]
    at.run()
    assert not at.exception
    fout = at.error[0].value.replace("\\", "")
    assert "er is niets veranderd" in fout and melding in fout
    tabel = tabel_met(at, "Met deze keuzes")
    assert tabel["Met deze keuzes"].tolist() == tabel["Prognose nu"].tolist()
    assert {m.label: m.value for m in at.metric}["Verrekening die dit voorkomt"] == fmt.euro(0)


def test_werkvoorraad_marks_opdrachten_with_a_signal_but_no_person_details(demo):
    at = zonder_fouten(app("pages/werkvoorraad.py"))
    tabel = tabel_met(at, "Signalen")
    per_opdracht = dict(zip(tabel["Nummer"], tabel["Signalen"], strict=True))
    assert per_opdracht["PT-35"] == "budget overschreden 120/90 · formulier onvolledig"
    assert per_opdracht["PT-01"] == ""
    assert "beschikbaarheid" not in tekst(at)
