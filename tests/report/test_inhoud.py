"""The report's figures, read back from the PDF, equal the views for the same peildatum."""

from __future__ import annotations

import re
from datetime import date

import pytest

from dutch import format as fmt
from dutch.afronding import NOOT_AFRONDING, telt_op
from report.tabel import som
from tests.dashboard.helpers import direct

H1 = date(2012, 6, 30)
JAAR = date(2012, 12, 31)
BALANS_KOP = "Gemeente Gebracht Gehaald Geldinbreng Saldo In euro"
BALANS_REGEL = re.compile(
    r"(?P<naam>\S+) (?P<gebracht>\S+) (?P<gehaald>\S+) (?P<geld>\S+) (?P<saldo>\S+) € (?P<eur>\S+)"
)


def test_h1_saldo_per_gemeente_is_that_of_30_june(h1_rapport, demo_warehouse):
    balans = direct(demo_warehouse, "select * from urenbalans_op(?) order by naam", H1)
    regels = h1_rapport.regels_na(BALANS_KOP, balans.height + 1)
    gelezen = {m["naam"]: m for m in map(BALANS_REGEL.fullmatch, regels[:-1]) if m}
    assert len(gelezen) == balans.height, regels
    for rij in balans.iter_rows(named=True):
        regel = gelezen[rij["naam"]]
        assert regel["saldo"] == fmt.getal(rij["saldo_uren"], 0, teken=True), rij["naam"]
        assert regel["gebracht"] == fmt.getal(rij["gebracht_uren"], 0), rij["naam"]
        assert regel["gehaald"] == fmt.getal(rij["gehaald_uren"], 0), rij["naam"]
    # the totals row is the rounded exact total
    totaal = regels[-1].split()
    assert totaal[0] == "Totaal"
    assert totaal[1] == fmt.getal(float(som(balans["gebracht_uren"].to_list())), 0)
    # the year's saldi differ from those of 30 June: the report really counts as of 30-06
    jaar = direct(demo_warehouse, "select naam, saldo_uren from urenbalans order by naam")
    assert jaar["saldo_uren"].round(0).to_list() != balans["saldo_uren"].round(0).to_list()


def test_rounding_note_exactly_where_a_column_does_not_add_up(h1_rapport, demo_warehouse):
    balans = direct(demo_warehouse, "select * from urenbalans_op(?)", H1)
    kolommen = ["gebracht_uren", "gehaald_uren", "geldinbreng_uren", "saldo_uren", "saldo_eur"]
    telt_op_overal = all(telt_op(balans[k].to_list()) for k in kolommen)
    na_tabel = h1_rapport.regels_na(BALANS_KOP, balans.height + 2)[-1]
    assert (na_tabel == NOOT_AFRONDING) != telt_op_overal


def test_year_matrix_prints_the_plans_minus_8_and_plus_157(jaar_rapport, demo_warehouse):
    namen = dict(direct(demo_warehouse, "select code, naam from gemeenten order by code").rows())
    # the columns are the gemeenten in code order: all six totals must sit under their own
    # name (the names themselves are hyphenated in the narrow header, Alblas-serdam)
    totalen = jaar_rapport.zoek(r"Uren\s+totalen\s+" + r"\s+".join([r"(\S+)"] * len(namen)))
    gedrukt = dict(zip(namen, totalen.groups(), strict=True))
    assert gedrukt["HIA"] == "-8"
    assert gedrukt["PAP"] == "+157"
    exact = direct(
        demo_warehouse,
        "select gemeente, sum(saldo_uren) as s from tussenstand_uren_tegoed_op(?) group by 1",
        JAAR,
    )
    for code, saldo in exact.rows():
        assert gedrukt[code] == fmt.getal(saldo, 0, teken=True), code


def euro(bedrag: float) -> str:
    """An amount as the PDF's text layer gives it: the no-break space after € as a space."""
    return fmt.euro(bedrag, 2).replace("\u00a0", " ")


def test_gemeente_statement_euros_equal_verrekening(alb_overzicht, demo_warehouse):
    paren = direct(
        demo_warehouse,
        """select g.naam as naar, v.uren, v.bedrag_eur from verrekening_op(?) v
        join gemeenten g on g.code = v.naar_gemeente where v.van_gemeente = 'ALB'
        order by v.naar_gemeente""",
        JAAR,
    )
    assert paren.height >= 2
    regels = alb_overzicht.regels_na("Betaalt (uit) Aan Uren Bedrag", paren.height + 1)
    for regel, (naar, uren, bedrag) in zip(regels, paren.rows(), strict=False):
        assert regel == f"Alblasserdam {naar} {fmt.getal(uren, 2)} {euro(bedrag)}"
    totaal = sum(float(b) for b in paren["bedrag_eur"].to_list())
    assert regels[-1].endswith(euro(totaal)), regels[-1]
    balans = direct(demo_warehouse, "select * from urenbalans_op(?) where gemeente = 'ALB'", JAAR)
    assert (
        f"Saldo (uren) {fmt.getal(balans['saldo_uren'][0], 0, teken=True)}" in alb_overzicht.regels
    )
    geld = euro(balans["geldinbreng_eur"][0])
    assert f"Geldinbreng (euro) {geld}" in alb_overzicht.regels


def test_gemeente_statement_lists_its_opdrachten(alb_overzicht, demo_warehouse):
    effect = direct(
        demo_warehouse,
        "select * from urenbalans_per_opdracht_op(?) where gemeente = 'ALB' order by opdracht_id",
        JAAR,
    )
    for rij in effect.iter_rows(named=True):
        assert any(
            r.startswith(rij["opdracht_id"] + " ")
            and r.endswith(
                f"{fmt.getal(rij['gebracht_uren'], 0)} {fmt.getal(rij['gehaald_uren'], 0)} "
                f"{fmt.getal(rij['saldo_uren'], 0, teken=True)}"
            )
            for r in alb_overzicht.regels
        ), rij["opdracht_id"]


@pytest.mark.slow  # reads the three PDFs of `GROTE_BOUW` by name
@pytest.mark.parametrize(
    ("naam", "titel_begin"),
    [
        ("h1_rapport", "Tussenstand"),
        ("jaar_rapport", "Tussenstand"),
        ("alb_overzicht", "Overzicht Alblasserdam"),
    ],
)
def test_accessible_a4_with_title_language_and_page_numbers(naam, titel_begin, request):
    pdf = request.getfixturevalue(naam)
    root = pdf.reader.trailer["/Root"]
    assert str(root["/Lang"]).startswith("nl")
    assert root["/MarkInfo"]["/Marked"]
    assert "/StructTreeRoot" in root
    titel = pdf.reader.metadata.title
    assert titel.startswith(titel_begin)
    aantal = len(pdf.reader.pages)
    for nummer, (pagina, tekst) in enumerate(zip(pdf.reader.pages, pdf.paginas, strict=True), 1):
        assert (round(float(pagina.mediabox.width)), round(float(pagina.mediabox.height))) == (
            595,
            842,
        )
        assert f"Pagina {nummer} van {aantal}" in tekst


def test_title_page_and_reading_guide(h1_rapport):
    voorblad = h1_rapport.paginas[0]
    assert "Tussenstand proeftuin beleid" in voorblad
    assert "Eerste halfjaar 2012" in voorblad
    assert "Peildatum 30 juni 2012" in voorblad
    assert "Periode 01-01-2012 tot en met 30-06-2012" in voorblad
    assert "Leeswijzer" in h1_rapport.paginas[1]
    for hoofdstuk in (
        "Urenbalans per gemeente",
        "Verloop per kwartaal",
        "Tussenstand uren tegoed",
        "Werkvoorraad",
        "Winstpunten en dimensies",
        "Kwaliteit",
        "Efficiency: besparingen",
        "Leerervaringen",
        "Verwachte verrekening",
        "Herkomst van de gegevens",
    ):
        assert re.search(rf"\d\. {hoofdstuk}\n", h1_rapport.tekst), hoofdstuk


def test_charts_are_vector_graphics(h1_rapport):
    """The charts' SVG (matplotlib's) becomes PDF paths and text: no embedded bitmap, and chart
    labels are text."""
    for pagina in h1_rapport.reader.pages:
        bronnen = pagina.get("/Resources") or {}
        for xobject in (bronnen.get("/XObject") or {}).values():
            assert xobject.get_object().get("/Subtype") != "/Image"
    assert "urensaldo" in h1_rapport.tekst  # the saldo chart's axis title, as text


def test_leerervaringen_of_the_period_and_provenance(h1_rapport, demo_warehouse):
    lijst = direct(
        demo_warehouse,
        "select * from leerervaringen_lijst where datum between '2012-01-01' and ?",
        H1,
    )
    assert f"zijn {lijst.height} leerervaringen vastgelegd" in h1_rapport.tekst
    run = direct(demo_warehouse, "select * from etl_runs order by run_id desc limit 1").row(
        0, named=True
    )
    assert f"{fmt.getal(run['rijen_afgekeurd'], 0)} afgekeurd" in h1_rapport.tekst.replace(
        "\n", " "
    )


def test_year_report_counts_hours_brought_for_another_gemeente(jaar_rapport, demo_warehouse):
    uren, mensen = direct(
        demo_warehouse,
        "select uitgewisselde_uren, medewerkers_uitgewisseld from uitwisseling_op(?)",
        JAAR,
    ).row(0)
    gevonden = re.search(
        r"brachten\s+de\s+gemeenten\s+(\S+)\s+uren\s+voor\s+een\s+andere\s+gemeente.*?"
        r"(\d+)\s+medewerkers\s+werkten",
        jaar_rapport.tekst,
        re.S,
    )
    assert gevonden, "de uitwisseling staat in het jaarrapport"
    assert gevonden.groups() == (fmt.getal(uren, 0), str(mensen))
    assert gevonden[1] == "1.857", "het rekenvoorbeeld van het plan: 1.857 van 5.131,5 uren"
