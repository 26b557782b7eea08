"""The figures of issue 22 follow the vaststelling rule (docs/boekjaren.md): a saving, an
evaluation text or an hour loaded after 2012-K1 was vastgesteld leaves that quarter's
savings, evaluation texts and mobility as vastgesteld; the open quarter and the
`_berekend_op` twins count it.

By hand: B-1 (A, ALB, 10 h, gerealiseerd, grondslag) in K1; after the vaststelling a late
B-2 (A, ALB, 5 h, dated in K1), a late evaluation text in K1 and a late hour of M-ZWD on A
(another gemeente's opdracht) in K1 arrive. Vastgesteld K1: ALB 10 h saved, 1 text, 1 of
2 medewerkers elsewhere; computed again: 15 h, 2 texts, 2 of 2.
"""

from __future__ import annotations

from datetime import date

from tests.etl.helpers import write_csv
from tests.sql.helpers import query
from tests.vaststelling.conftest import UREN, laad, vaststellen

K1 = date(2012, 3, 31)
BESPARING = ["besparing_id", "soort", "opdracht_id", "datum", "status", "uren", "gemeente",
             "grondslag"]  # fmt: skip
EVALUATIE = ["opdracht_id", "rol", "score_product", "datum", "toelichting"]


def _stand(warehouse, macro: str) -> tuple[float, int, int]:
    [besparing] = query(
        warehouse, f"select gerealiseerd_uren from besparing_per_gemeente_{macro}(?) "
        "where gemeente = 'ALB'", [K1],
    )  # fmt: skip
    teksten = query(warehouse, f"select * from evaluatie_teksten_{macro}(?)", [K1])
    [elders] = query(
        warehouse, f"select sum(medewerkers_elders) as n from mobiliteit_{macro}(?)", [K1]
    )
    return besparing["gerealiseerd_uren"], len(teksten), elders["n"]


def test_late_rows_leave_the_vastgestelde_quarter_as_it_was(bron, warehouse):
    b1 = ["B-1", "vermeden_inhuur", "A", "01-02-2012", "gerealiseerd", "10", "ALB", "offerte"]
    write_csv(bron / "besparingen.csv", [BESPARING, b1])
    write_csv(
        bron / "evaluaties.csv", [EVALUATIE, ["A", "opdrachtnemer", "8", "10-03-2012", "Goed"]]
    )
    laad(bron, warehouse)
    assert vaststellen(bron, warehouse, "--periode", "2012-K1", "--door", "Carla")[0] == 0
    laad(bron, warehouse)
    assert _stand(warehouse, "op") == (10, 1, 1)

    b2 = ["B-2", "vermeden_inhuur", "A", "01-03-2012", "gerealiseerd", "5", "ALB", "offerte"]
    write_csv(bron / "besparingen_laat.csv", [BESPARING, b2])
    laat = ["A", "ambtelijk_opdrachtgever", "7", "12-03-2012", "Laat"]
    write_csv(bron / "evaluaties_laat.csv", [EVALUATIE, laat])
    write_csv(bron / "uren_laat.csv", [UREN, ["M-ZWD", "A", "15-03-2012", "3"]])
    laad(bron, warehouse)
    assert _stand(warehouse, "op") == (10, 1, 1)  # as vastgesteld
    [besparing] = query(
        warehouse, "select sum(uren) as u from besparingen_berekend_op(?) where gemeente = 'ALB'",
        [K1],
    )  # fmt: skip
    assert besparing["u"] == 15  # what the late data would have made of it
    assert len(query(warehouse, "select * from evaluatie_teksten_berekend_op(?)", [K1])) == 2
    [elders] = query(
        warehouse, "select sum(medewerkers_elders) as n from mobiliteit_berekend_op(?)", [K1]
    )
    assert elders["n"] == 2
    [open_] = query(
        warehouse,
        "select gerealiseerd_uren from besparing_per_gemeente_op(?) where gemeente = 'ALB'",
        [date(2012, 6, 30)],
    )
    assert open_["gerealiseerd_uren"] == 15  # the open quarter counts the late saving
