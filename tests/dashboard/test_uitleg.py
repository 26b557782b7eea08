"""What the pages explain: the prognosis once the year is complete, and what they count."""

from __future__ import annotations

from datetime import date

from dashboard import uitleg
from tests.dashboard.bouw import app
from tests.dashboard.helpers import tekst, zonder_fouten


def test_the_prognosis_is_relabelled_once_the_data_reach_31_december():
    lopend = uitleg.prognose_teksten(date(2012, 6, 30))
    assert lopend.kop == "Prognose tot 31-12-2012"
    assert lopend.reeks == "prognose 31-12-2012"
    compleet = uitleg.prognose_teksten(date(2012, 12, 31))
    assert "Prognose" not in compleet.kop and "prognose" not in compleet.reeks
    assert compleet.nu == "saldo 31-12-2012 (eindstand)"
    assert "het jaar is compleet" in compleet.uitleg
    assert uitleg.prognose_teksten(None).kop == "Prognose tot einde jaar"


def test_urenbalans_says_which_prognosis_it_shows(klein_warehouse):
    at = zonder_fouten(app("pages/urenbalans.py", tab="Prognose"))
    # the small warehouse's data end before 31-12: a real prognosis
    assert any(s.value == "Prognose tot 31-12-2012" for s in at.subheader)


def test_both_pages_say_what_they_count(klein_warehouse):
    tussenstand = zonder_fouten(app("pages/tussenstand.py", tab="Winstpunten"))
    assert uitleg.TELLING_TUSSENSTAND in tekst(tussenstand)
    assert uitleg.TELLING_WINSTPUNTEN in tekst(zonder_fouten(app("pages/winstpunten.py")))
