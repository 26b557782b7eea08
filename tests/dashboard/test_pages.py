"""Every page renders on a small warehouse and shows exactly what the views hold."""

from __future__ import annotations

import json
from datetime import date

import polars as pl
import pytest
from streamlit.testing.v1 import AppTest

from cijfers import format as fmt
from cijfers import kolommen
from dashboard import onderdelen, ui, werklijst
from dashboard.paginas import PAGINAS
from dutch.format import kwartaal_label
from tests.dashboard.bouw import app, bouw_warehouse
from tests.dashboard.helpers import (
    direct,
    lichte_tabellen,
    tabel_met,
    tegels,
    tekst,
    widget,
    zonder_fouten,
)
from tests.sql.helpers import opdracht
from warehouse.settings import WAREHOUSE_ENV

# The pages whose own test below opens them first exactly as `app(pagina)` does on
# `klein_warehouse`: that test checks their first view with `eerste_weergave_klopt` (one
# render fewer each); the parametrized test renders the others.
EIGEN_TEST = (
    "pages/start.py",
    "pages/werkvoorraad.py",
    "pages/tussenstand.py",
    "pages/winstpunten.py",
    "pages/verrekening.py",
    "pages/data_kwaliteit.py",
)


def eerste_weergave_klopt(at: AppTest, pagina: str) -> None:
    """A page's first view on `klein_warehouse`: no error, a title, and no employee's name."""
    zonder_fouten(at)
    assert at.title, "elke pagina heeft een titel"
    # Privacy: an employee appears only as opdrachtnemer on the Werkvoorraad page, and on
    # the MT's Werkbank (kandidaten).
    if pagina not in ("pages/werkvoorraad.py", "pages/werkbank.py"):
        assert "Piet Pieters" not in tekst(at)


def test_every_page_is_rendered_by_a_test():
    assert set(EIGEN_TEST) <= {p.pad for p in PAGINAS}


@pytest.mark.parametrize("pagina", [p.pad for p in PAGINAS if p.pad not in EIGEN_TEST])
def test_page_renders_without_error(klein_warehouse, pagina):
    eerste_weergave_klopt(app(pagina), pagina)


def test_start_shows_headline_figures(klein_warehouse):
    at = app()
    eerste_weergave_klopt(at, "pages/start.py")
    metrics = tegels(at)
    status = dict(
        direct(klein_warehouse, "select status, count(*) from werkvoorraad group by 1").iter_rows()
    )
    assert metrics["Lopende opdrachten"] == fmt.getal(status["lopend"], 0)
    assert metrics["Afgeronde opdrachten"] == fmt.getal(status["afgerond"], 0)
    jaar, uren, mensen = direct(klein_warehouse, "select * from uitwisseling").row(0)
    assert metrics[f"Uitgewisselde uren {jaar}"] == fmt.getal(uren, 0)
    assert metrics["Medewerkers elders"] == fmt.getal(mensen, 0)
    totaal = direct(klein_warehouse, "select totaal_uren from data_stand").item()
    assert uren <= totaal
    eerste, laatste = direct(
        klein_warehouse, "select eerste_datum, laatste_datum from data_stand"
    ).row(0)
    assert f"Gegevens van {fmt.datum(eerste)} tot en met {fmt.datum(laatste)}" in tekst(at)


def test_werkvoorraad_filters_and_opdrachtformulier(klein_warehouse):
    at = app("pages/werkvoorraad.py")
    eerste_weergave_klopt(at, "pages/werkvoorraad.py")
    # the folded filter panel holds no multiselect (their code would cost a first visit)
    assert not at.multiselect
    tabel = tabel_met(at, "Titel")
    # open opdrachten without opdrachtnemer first (P3); the cancelled P4 needs no one
    assert tabel["Nummer"].tolist() == ["⚠ P3", "P1", "P2", "P4"]
    assert any("1 open opdracht(en) hebben nog geen opdrachtnemer" in w.value for w in at.warning)
    # gemeente names where a person reads, the hours left, the profile; the rest in the formulier
    assert tabel.columns.tolist() == list(werklijst.KOLOMMEN.values())
    assert tabel["Gemeente"].tolist() == [
        "Dordrecht",
        "Alblasserdam",
        "Hendrik-Ido-Ambacht",
        "Sliedrecht",
    ]
    rest = direct(
        klein_warehouse, "select resterende_uren from werkvoorraad where opdracht_id = 'P2'"
    )
    assert tabel["Uren over"].tolist()[2] == fmt.getal(rest.item(), 0)
    widget(at.selectbox, "Volgorde").select("nummer").run()
    alle = direct(klein_warehouse, "select opdracht_id from werkvoorraad order by 1")
    assert [n.lstrip("⚠ ") for n in tabel_met(at, "Titel")["Nummer"]] == alle[
        "opdracht_id"
    ].to_list()

    # case, leading zeros and the formulier's texts
    for zoek, gevonden in (("ZWEMBAD", ["P2"]), ("p02", ["P2"]), ("griffie", ["P1"]), ("xyz", [])):
        widget(at.text_input, "Zoeken").input(zoek).run()
        if gevonden:
            assert tabel_met(at, "Titel")["Nummer"].tolist() == gevonden, zoek
        else:
            assert "Geen opdrachten bij deze zoekterm en filters." in tekst(at)

    widget(at.text_input, "Zoeken").input("").run()
    at.session_state[werklijst.FILTERS] = True  # the filter panel opened
    at.run()
    assert [m.label for m in at.multiselect] == ["Status", "Soort", "Fase", "Gemeente", "Winstpunt"]
    widget(at.multiselect, "Status").select("afgerond").run()
    assert tabel_met(at, "Titel")["Nummer"].tolist() == ["P1"]
    assert "Schrijf een nieuwe cultuurvisie." in tekst(at)
    assert "Raadsvoorstellen via de griffie." in tekst(at)
    assert tabel_met(at, "Aandeel (%)").values.tolist() == [["Alblasserdam", "100,0"]]
    # a choice made in the open panel still filters, and is named, once it is folded
    at.session_state[werklijst.FILTERS] = False
    at.run()
    assert not at.multiselect
    assert tabel_met(at, "Titel")["Nummer"].tolist() == ["P1"]
    assert ui.plat("Gefilterd op Status: afgerond.") in [c.value for c in at.caption]
    at.session_state[werklijst.FILTERS] = True
    at.run()
    assert widget(at.multiselect, "Status").value == ["afgerond"]

    widget(at.multiselect, "Status").unselect("afgerond").run()
    widget(at.multiselect, "Gemeente").select("ZWD").run()
    # P2 has deelnemer ZWD, P3 (ondersteuning) is shared by all six (ordered by number now).
    assert tabel_met(at, "Titel")["Nummer"].tolist() == ["P2", "⚠ P3"]
    widget(at.multiselect, "Winstpunt").select("W4").run()
    assert tabel_met(at, "Titel")["Nummer"].tolist() == ["P2"]
    widget(at.selectbox, "Opdracht openen").select("P2").run()
    assert tabel_met(at, "Aandeel (%)")["Aandeel (%)"].tolist() == ["50,0", "50,0"]


def test_urenbalans_equals_the_views(klein_warehouse):
    at = zonder_fouten(app("pages/urenbalans.py", tab=onderdelen.ALLES))
    balans = direct(klein_warehouse, "select * from urenbalans order by gemeente")
    tabel = tabel_met(at, "Gebracht")
    assert tabel["Gemeente"].tolist() == [*balans.get_column("naam"), "Totaal"]
    assert tabel["Gebracht"].tolist()[:-1] == [fmt.getal(v, 0) for v in balans["gebracht_uren"]]
    # each figure rounded on its own; the total is the exact total (zero plus SLI's 10 hours
    # of geldinbreng), rounded
    assert tabel["Saldo"].tolist() == [
        *(fmt.getal(v, 0, teken=True) for v in balans["saldo_uren"]),
        "+10",
    ]
    assert tabel["In euro"].tolist()[:-1] == [
        fmt.getal(v, 0, teken=True) for v in balans["saldo_eur"]
    ]

    matrix = tabel_met(at, "Uren totaal")
    lang = direct(klein_warehouse, "select * from tussenstand_uren_tegoed")
    assert set(matrix["Opdracht"][:-2]) == set(lang.get_column("titel"))
    namen = dict(direct(klein_warehouse, "select naam, code from gemeenten").iter_rows())
    for _, rij in matrix.iloc[:-2].iterrows():
        for naam, cel in rij.iloc[2:].items():
            exact = lang.filter(titel=rij["Opdracht"], gemeente=namen[naam])["saldo_uren"].item()
            assert cel == ("" if exact == 0 else fmt.getal(exact, 0, teken=True))

    prognose = direct(klein_warehouse, "select * from prognose order by gemeente")
    tabel = tabel_met(at, "Prognose 31-12-2012")
    assert tabel["Prognose 31-12-2012"].tolist() == [
        fmt.getal(v, 0, teken=True) for v in prognose["prognose_saldo_uren"]
    ]


def test_tussenstand_follows_the_chosen_period(klein_warehouse):
    at = app("pages/tussenstand.py")
    eerste_weergave_klopt(at, "pages/tussenstand.py")
    widget(at.selectbox, "Kwartaal").select("K1 2012").run()
    k1 = tabel_met(at, "Gebracht")["Gebracht"].tolist()
    widget(at.selectbox, "Kwartaal").select("K2 2012").run()
    k2 = tabel_met(at, "Gebracht")["Gebracht"].tolist()
    assert k1 != k2
    verwacht = direct(
        klein_warehouse,
        "select gebracht_uren from urenbalans_op(?) order by gemeente",
        date(2012, 3, 31),
    )
    assert k1[:-1] == [fmt.getal(v, 0) for v in verwacht["gebracht_uren"]]
    assert any("30 juni 2012" in s.value for s in at.subheader)

    widget(at.radio, "Periode").set_value("Datum").run()
    widget(at.date_input, "Peildatum").set_value(date(2012, 2, 10)).run()
    zonder_fouten(at)
    assert "10 februari 2012" in tekst(at)
    assert at.get("download_button"), "de tussenstand is te downloaden"


def test_tussenstand_says_why_no_hours_are_saved_before_a_merge_starts(tmp_path, monkeypatch):
    samen = opdracht(
        "P5",
        "regionaal",
        "REGIO",
        titel="Cultuurvisie Alblasserdam en Sliedrecht",
        begrote_uren=300.0,
        startdatum=date(2012, 4, 2),
        samengevoegd_uit=["P1", "P4"],
        winstpunten=["W4"],
    )
    path = bouw_warehouse(tmp_path / "proeftuin.duckdb", extra_opdrachten=(samen,))
    monkeypatch.setenv(WAREHOUSE_ENV, str(path))
    at = zonder_fouten(app("pages/tussenstand.py", tab="Winst en kwaliteit"))

    def bespaard() -> list[dict]:
        return [
            spec
            for spec in (json.loads(g.proto.spec) for g in at.get("plotly_chart"))
            if spec["layout"]["title"]["text"] == "Bespaarde uren per winstpunt"
        ]

    widget(at.selectbox, "Kwartaal").select("K1 2012").run()
    assert not bespaard()  # no bars of zero that look broken, but why there are none
    assert any("tot en met 31-03-2012 is geen samenvoegende" in i.value for i in at.info)
    widget(at.selectbox, "Kwartaal").select("K2 2012").run()
    (grafiek,) = bespaard()
    (balken,) = grafiek["data"]
    # P1 and P4 apart (200 + 200) minus P5 together (300), counted from P5's start
    assert dict(zip(balken["x"], balken["y"], strict=True))["W4"] == 100
    assert not any("samenvoegende opdracht gestart" in i.value for i in at.info)


def test_winstpunten_equals_kpi_view(klein_warehouse):
    at = app("pages/winstpunten.py")
    eerste_weergave_klopt(at, "pages/winstpunten.py")
    kpi = direct(klein_warehouse, "select * from kpi_winstpunt order by winstpunt")
    tabel = tabel_met(at, "Winstpunt")
    assert tabel["Winstpunt"].tolist() == kpi.get_column("winstpunt").to_list()
    assert tabel["Opdrachten"].tolist() == [fmt.getal(v, 0) for v in kpi["aantal_opdrachten"]]
    # a per cent sign with every share; hours and savings before the scores (in view at 1366 px)
    overzicht = direct(klein_warehouse, "select * from winstpunt_overzicht order by winstpunt")
    assert tabel["% akkoord"].tolist() == [
        "" if v is None else f"{fmt.getal(v * 100, 0)} %" for v in overzicht["aandeel_akkoord"]
    ]
    kolommen = tabel.columns.tolist()
    assert kolommen.index("Bespaard") < kolommen.index("Score product")
    assert kolommen.index("Uren") < kolommen.index("Score product")
    assert "ook die na vandaag of na de laatste registratie starten" in tekst(at)
    widget(at.selectbox, "Dimensie").select("kwaliteit").run()
    assert tabel_met(at, "Winstpunt")["Winstpunt"].tolist() == (
        kpi.filter("kwaliteit").get_column("winstpunt").to_list()
    )


def test_winstpunten_shows_an_earlier_boekjaar_as_it_ended(tmp_path, monkeypatch):
    # 5 h on P2 in 2013: 2013 is the lopende boekjaar, 2012 is chosen and counted to 31-12
    path = bouw_warehouse(tmp_path / "w.duckdb", extra_uren=5.0, extra_datum=date(2013, 3, 4))
    monkeypatch.setenv(WAREHOUSE_ENV, str(path))
    at = zonder_fouten(app("pages/winstpunten.py"))
    assert widget(at.selectbox, "Boekjaar").value == 2013
    nu = tabel_met(at, "Winstpunt")["Uren"].tolist()
    widget(at.selectbox, "Boekjaar").select(2012).run()
    zonder_fouten(at)
    assert "Boekjaar 2012, tot en met 31-12-2012" in tekst(at)
    toen = direct(
        path, "select * from winstpunt_overzicht_op(?) order by winstpunt", date(2012, 12, 31)
    )
    getoond = tabel_met(at, "Winstpunt")["Uren"].tolist()
    assert getoond == [fmt.getal(v, 0) for v in toen["gerealiseerde_uren"]]
    assert getoond != nu  # the 2013 hours are not in 2012, nor 2012's in 2013


def test_verrekening_says_its_date_and_tarief_and_shows_every_cent(klein_warehouse):
    at = app("pages/verrekening.py")
    eerste_weergave_klopt(at, "pages/verrekening.py")
    paren = direct(
        klein_warehouse,
        "select * from verrekening "
        "order by soort desc, van_gemeente, geldinbreng_van, naar_gemeente",
    )
    assert paren["peildatum"].unique().to_list() == [date(2012, 12, 31)]
    tarief = fmt.euro(60, 2)
    assert f"Verrekend per 31-12-2012** tegen het gemiddelde uurtarief van **{tarief}" in tekst(at)
    assert widget(at.selectbox, "Boekjaar").value == 2012  # the current (only) boekjaar
    # 2012 is over and nobody has vastgesteld it: the page says so
    assert "De verrekening van 2012 is voorlopig: het boekjaar is afgelopen" in tekst(at)
    tekort = paren.filter(pl.col("soort") == "tekort")["bedrag_eur"].sum()
    assert tegels(at)["Tekorten betaald"] == fmt.euro(tekort, 2)
    tabel = tabel_met(at, "Bedrag (€)")
    assert tabel["Bedrag (€)"].tolist() == [fmt.getal(b, 2) for b in paren["bedrag_eur"]]
    balans = direct(klein_warehouse, "select * from urenbalans order by gemeente")
    per_gemeente = tabel_met(at, "Saldo × tarief (€)")
    assert per_gemeente["Saldo (uren)"].tolist() == [
        fmt.getal(v, 6, teken=True) for v in balans["saldo_uren"]
    ]
    betaalt = [b for b in per_gemeente["Betaalt (€)"] if b != fmt.getal(0, 2)]
    assert betaalt == [fmt.getal(-v, 2) for v in balans["saldo_eur"] if v < 0]
    assert sum(-v for v in balans["saldo_eur"] if v < 0) == tekort  # to the cent


def test_data_kwaliteit_shows_rejects_and_checks(klein_warehouse):
    at = app("pages/data_kwaliteit.py")
    eerste_weergave_klopt(at, "pages/data_kwaliteit.py")
    tabel = tabel_met(at, "Reden")
    assert tabel.values.tolist() == [
        ["dordrecht/uren.csv", "5", "uren moet groter dan 0 zijn en hoogstens 24"]
    ]
    assert any("Alle controles slagen" in s.value for s in at.success)
    # a first visit mounts no data grid and no filter widget (the panel is folded)
    assert not at.dataframe and not at.multiselect and not at.text_input
    at.session_state["afgekeurd_filters"] = True  # the filter panel opened
    at.run()
    widget(at.text_input, "Reden bevat").input("bestaat niet").run()
    # an empty filter result says so instead of showing an empty table
    assert "Geen afgekeurde rijen bij dit filter." in tekst(at)
    assert not any("Reden" in df.value.columns for df in at.dataframe)
    assert not any("Reden" in t.columns for t in lichte_tabellen(at))
    # folded again, the filter still holds and is named; opened, the field has it back
    at.session_state["afgekeurd_filters"] = False
    at.run()
    assert "Geen afgekeurde rijen bij dit filter." in tekst(at)
    assert ui.plat("Gefilterd op Reden bevat: bestaat niet.") in [c.value for c in at.caption]
    at.session_state["afgekeurd_filters"] = True
    at.run()
    assert widget(at.text_input, "Reden bevat").value == "bestaat niet"


def _leerervaringen_volgens_view(warehouse, t_m_kwartaal: int) -> dict[str, list[str]]:
    """The view's counts as the Tussenstand table shows them: column header -> cells."""
    view = direct(
        warehouse,
        "select * from leerervaringen_per_kwartaal where jaar = 2012 and kwartaal <= ? "
        "order by kwartaal",
        t_m_kwartaal,
    )
    kwartalen = view["kwartaal"].unique(maintain_order=True)
    cellen = {"Kwartaal": [kwartaal_label(2012, k) for k in kwartalen]}
    for soort, kop in kolommen.LEERERVARING_SOORTEN.items():
        cellen[kop] = [fmt.getal(v, 0) for v in view.filter(soort=soort)["aantal"]]
    return cellen


def test_tussenstand_shows_leerervaringen_up_to_the_period(klein_warehouse):
    at = zonder_fouten(app("pages/tussenstand.py", tab="Leerervaringen"))
    widget(at.selectbox, "Kwartaal").select("K1 2012").run()
    k1 = tabel_met(at, "Dilemma's")
    assert k1.to_dict("list") == _leerervaringen_volgens_view(klein_warehouse, 1)
    assert k1["Kwartaal"].tolist() == ["K1 2012"]
    assert tabel_met(at, "Titel")["Datum"].tolist() == ["14-02-2012", "20-03-2012"]

    widget(at.selectbox, "Kwartaal").select("K2 2012").run()
    k2 = tabel_met(at, "Dilemma's")
    assert k2.to_dict("list") == _leerervaringen_volgens_view(klein_warehouse, 2)
    assert k2["Kwartaal"].tolist() == ["K1 2012", "K2 2012"]
    lijst = tabel_met(at, "Titel")
    assert len(lijst) == direct(klein_warehouse, "select count(*) from leerervaringen").item()
    assert "Twee gemeenten willen dezelfde medewerker." in lijst["Omschrijving"].tolist()
    assert "Zwembad nota HIA Zwijndrecht" in lijst["Titel"].tolist()

    # A date inside a quarter counts only what is dated on or before it: not the 14-02 dilemma.
    widget(at.radio, "Periode").set_value("Datum").run()
    widget(at.date_input, "Peildatum").set_value(date(2012, 2, 10)).run()
    zonder_fouten(at)
    assert "Dilemma's" not in tekst(at)
    assert any("nog geen leerervaringen" in i.value for i in at.info)
