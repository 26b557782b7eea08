"""Every check in sql/checks fires when the object it guards is broken on purpose."""

from __future__ import annotations

import pytest

from tests.sql.helpers import failing_checks, scratch
from warehouse.sqlfiles import check_files

# DOR works 10 hours for ALB: ALB −10, DOR +10
SETUP = [
    "insert into medewerkers (medewerker_id, gemeente, schaal, bestand, regel) "
    "values ('M-DOR', 'DOR', 10, 'm.csv', 2)",
    "insert into opdrachten (opdracht_id, titel, soort_opdracht, aanvrager, begrote_uren, "
    "status, bestand, regel) values ('A', 'A', 'lokaal', 'ALB', 10, 'lopend', 'o.csv', 2)",
    "insert into uren (medewerker_id, opdracht_id, datum, uren, bestand, regel) "
    "values ('M-DOR', 'A', DATE '2012-05-01', 10, 'u.csv', 2)",
    # open, without opdrachtnemer: 20 hours ALB still takes when someone is assigned
    "insert into opdrachten (opdracht_id, titel, soort_opdracht, aanvrager, begrote_uren, "
    "status, bestand, regel) values ('B', 'B', 'lokaal', 'ALB', 20, 'aangemeld', 'o.csv', 3)",
    # free, and with expertise for B ("b" occurs in its title)
    "insert into medewerkers (medewerker_id, gemeente, schaal, expertise, "
    "beschikbaar_uren_per_week, bestand, regel) values ('M-HIA', 'HIA', 10, ['b'], 36, 'm.csv', 3)",
]
# A proposal giving B to Dordrecht: ALB -10 -> -30, DOR +10 -> +30.
SLECHT_VOORSTEL = "select 'B' as opdracht_id, 'M-DOR' as medewerker_id"
# the columns of `verrekening` before the payer: a deficit of boekjaar 2012
VERREKENING = "select 2012 as boekjaar, 'tekort' as soort, null::varchar as geldinbreng_van, "

BROKEN = {
    "check_zero_sum": {
        "fct_uren_effect": "select 'A' as opdracht_id, 'DOR' as gemeente, DATE '2012-05-01' "
        "as datum, 10.0 as gebracht_uren, 9.0 as gehaald_uren, 1.0 as saldo_uren",
    },
    "check_aandelen_som_een": {
        "stg_aandelen": "select 'A' as opdracht_id, 'ALB' as gemeente, 0.5 as aandeel, "
        "'lokaal' as bron",
    },
    "check_verrekening_betaalt_tekort": {
        "verrekening": VERREKENING + "'ALB' as van_gemeente, 'DOR' as naar_gemeente, 5.0 as uren, "
        "null::decimal(18, 2) as bedrag_eur, DATE '2012-12-31' as peildatum",
    },
    "check_verrekening_ontvangt_overschot": {
        "verrekening": VERREKENING + "'ALB' as van_gemeente, 'PAP' as naar_gemeente, 10.0 as uren, "
        "null::decimal(18, 2) as bedrag_eur, DATE '2012-12-31' as peildatum",
    },
    # at 70 euro ALB's 10 hours are 700,00: a transfer one cent short must fail
    "check_verrekening_in_centen": {
        "stg_tarief_gemiddeld": "select DATE '2012-01-01' as geldig_vanaf, "
        "70.00::decimal(18, 2) as uurtarief_eur",
        "verrekening": VERREKENING + "'ALB' as van_gemeente, 'DOR' as naar_gemeente, 10.0 as uren, "
        "699.99::decimal(18, 2) as bedrag_eur, DATE '2012-12-31' as peildatum",
    },
    "check_kwartaal_cumulatief_is_saldo": {
        "urenbalans_per_kwartaal": "select code as gemeente, 2012 as jaar, 2 as kwartaal, "
        "0.0 as saldo_cumulatief from gemeenten",
    },
    "check_urenbalans_alle_gemeenten": {
        "urenbalans": "select * from urenbalans_op(DATE '2012-12-31') where gemeente <> 'SLI'",
    },
    # B left open although M-HIA, free and with expertise, got nothing
    "check_voorstel_volledig": {
        "toewijzingsvoorstel": "select 'B' as opdracht_id, null::varchar as medewerker_id"
    },
    "check_voorstel_nulsom": {
        "toewijzingsvoorstel": SLECHT_VOORSTEL,
        "stg_aandelen": "select 'B' as opdracht_id, 'ALB' as gemeente, 0.5 as aandeel, "
        "0.5 as aandeel_opgegeven, 'lokaal' as bron",
    },
    "check_kpi_negen_winstpunten": {
        "kpi_winstpunt": "select * from kpi_winstpunt_op(null) where winstpunt <> 'W9'",
    },
}


def test_intact_warehouse_passes_every_check():
    assert failing_checks(scratch(SETUP)) == set()


@pytest.mark.parametrize("check", sorted(BROKEN))
def test_check_fires_on_broken_object(check):
    assert check in failing_checks(scratch(SETUP, BROKEN[check]))


def test_every_check_has_a_breaking_case():

    assert {f.name for f in check_files()} == set(BROKEN)


def test_duplicate_gemeente_row_in_urenbalans_is_caught():
    broken = {
        "urenbalans": "select * from urenbalans_op(DATE '2012-12-31') union all "
        "select * from urenbalans_op(DATE '2012-12-31') where gemeente = 'ALB'"
    }
    assert "check_urenbalans_alle_gemeenten" in failing_checks(scratch(SETUP, broken))
