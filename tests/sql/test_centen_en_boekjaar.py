"""Figures a controller signs: money in cents, the settlement date, no float dust, as-of."""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.hypothese import voorbeelden
from tests.sql.helpers import SIX, by, medewerkers_per_gemeente, opdracht, query, registraties
from tests.sql.helpers import scratch as scratch_db
from warehouse.sqlfiles import view_files

TARIEVEN = [
    {"schaal": "gemiddeld", "geldig_vanaf": date(2012, 1, 1), "uurtarief_eur": 66.3},
    {"schaal": "gemiddeld", "geldig_vanaf": date(2012, 12, 1), "uurtarief_eur": 70.15},
    {"schaal": "gemiddeld", "geldig_vanaf": date(2013, 7, 1), "uurtarief_eur": 99.0},
]


def _bank_2012(**extra: list[dict]) -> dict[str, list[dict]]:
    """ALB −100/3 h and SLI −20 h for DOR, PAP and ZWD (a third of an hour never divides)."""
    return {
        "medewerkers": medewerkers_per_gemeente(),
        "opdrachten": [opdracht("A", "lokaal", "ALB"), opdracht("S", "lokaal", "SLI")],
        "uren": registraties("A", "DOR", 100 / 3, start=date(2012, 3, 1))
        + registraties("A", "PAP", 7, start=date(2012, 5, 1))
        + registraties("S", "ZWD", 20, start=date(2012, 10, 1)),
        "tarieven": TARIEVEN,
        **extra,
    }


def test_every_eur_column_of_the_interface_is_decimal_18_2(warehouse):
    path = warehouse(
        **_bank_2012(
            geldinbreng=[{"gemeente": "HIA", "datum": date(2012, 4, 1), "bedrag_eur": 132.6}]
        )
    )
    interface = [f.name for f in view_files() if f.layer == "views"]
    views = query(
        path,
        "select table_name, column_name, data_type from information_schema.columns "
        "where suffix(column_name, '_eur') and list_contains(?, table_name)",
        [interface],
    )
    assert {r["table_name"] for r in views} >= {
        "urenbalans",
        "verrekening",
        "werkvoorraad",
        "data_stand",
    }
    assert {(r["table_name"], r["column_name"]): r["data_type"] for r in views} == {
        (r["table_name"], r["column_name"]): "DECIMAL(18,2)" for r in views
    }
    for macro in ("urenbalans_op", "verrekening_op"):
        kolommen = query(path, f"describe select * from {macro}(DATE '2012-06-30')")
        eur = {
            k["column_name"]: k["column_type"]
            for k in kolommen
            if k["column_name"].endswith("_eur")
        }
        assert eur and set(eur.values()) == {"DECIMAL(18,2)"}, (macro, eur)


def test_settlement_is_on_31_december_at_the_tarief_valid_then(warehouse):
    """The data end on 20-10; the tarief changes on 01-12: the year end pays 70,15."""
    path = warehouse(**_bank_2012())
    rows = query(path, "select * from verrekening")
    assert {(r["peildatum"], r["uurtarief_eur"]) for r in rows} == {
        (date(2012, 12, 31), Decimal("70.15"))
    }
    (stand,) = query(path, "select * from data_stand")
    assert (stand["boekjaar"], stand["verrekendatum"]) == (2012, date(2012, 12, 31))
    assert (stand["uurtarief_eur"], stand["tarief_geldig_vanaf"]) == (
        Decimal("70.15"),
        date(2012, 12, 1),
    )


def test_each_payer_pays_its_deficit_to_the_cent(warehouse):
    path = warehouse(**_bank_2012())
    rows = query(path, "select * from verrekening")
    balans = by(query(path, "select * from urenbalans"), "gemeente", "saldo_eur")
    # ALB's deficit: 40,333333 h × 70,15 = 2.829,383… → 2.829,38, split over 33,33 / 7 / 20 h
    assert balans["ALB"] == Decimal("-2829.38")
    alb = {r["naar_gemeente"]: r["bedrag_eur"] for r in rows if r["van_gemeente"] == "ALB"}
    assert sum(alb.values()) == Decimal("2829.38")
    assert all(b == b.quantize(Decimal("0.01")) for b in alb.values())
    for betaler in ("ALB", "SLI"):
        assert (
            sum(r["bedrag_eur"] for r in rows if r["van_gemeente"] == betaler) == -balans[betaler]
        )


def test_zero_effects_are_exactly_zero(warehouse):
    """Each gemeente brings 0,3 h on an ontwikkel opdracht and takes 6 × 0,3 / 6 back."""
    path = warehouse(
        medewerkers=medewerkers_per_gemeente(),
        opdrachten=[opdracht("ONT", "ontwikkel", "REGIO"), opdracht("L", "lokaal", "ALB")],
        uren=[r for g in SIX for r in registraties("ONT", g, 0.3)] + registraties("L", "DOR", 0.7),
    )
    exact = query(
        path, "select gemeente, sum(saldo_uren) as s from intern.fct_uren_effect group by 1"
    )
    assert any(0 < abs(r["s"]) < 1e-12 for r in exact)  # the dust is really there inside
    rows = query(path, "select * from urenbalans_per_opdracht where opdracht_id = 'ONT'")
    assert {r["saldo_uren"] for r in rows} == {0}
    assert all(str(r["saldo_uren"]) == "0.0" for r in rows)  # not -0.0
    assert query(path, "select * from urenbalans_per_opdracht where saldo_uren <> 0") == [
        r for r in query(path, "select * from urenbalans_per_opdracht") if r["opdracht_id"] == "L"
    ]
    saldo = by(query(path, "select * from urenbalans"), "gemeente", "saldo_uren")
    assert saldo == {"ALB": -0.7, "DOR": 0.7, "HIA": 0, "PAP": 0, "SLI": 0, "ZWD": 0}
    for view in ("urenbalans_per_kwartaal", "tussenstand_uren_tegoed", "prognose"):
        waarden = [
            v
            for r in query(path, f"select * from {view}")
            for k, v in r.items()
            if k.endswith("uren") or k == "saldo_cumulatief"
        ]
        assert all(v == 0 or abs(v) >= 1e-6 for v in waarden if v is not None), view


def test_half_year_ignores_an_evaluation_dated_in_september(warehouse):
    path = warehouse(
        medewerkers=medewerkers_per_gemeente(),
        opdrachten=[
            opdracht(
                "A",
                "lokaal",
                "ALB",
                winstpunten=["W1"],
                winst=["kwaliteit"],
                startdatum=date(2012, 2, 1),
            ),
            opdracht(
                "B",
                "lokaal",
                "DOR",
                winstpunten=["W1"],
                samengevoegd_uit=["A"],
                startdatum=date(2012, 9, 1),
            ),
        ],
        evaluaties=[
            {
                "opdracht_id": "A",
                "rol": "opdrachtnemer",
                "score_product": 6,
                "datum": date(2012, 5, 1),
            },
            {
                "opdracht_id": "A",
                "rol": "opdrachtnemer",
                "score_product": 10,
                "datum": date(2012, 9, 14),
            },
        ],
        leerervaringen=[
            {"datum": date(2012, 6, 2), "soort": "dilemma", "omschrijving": "x"},
            {"datum": date(2012, 6, 29), "soort": "conflict", "omschrijving": "y"},
        ],
    )
    h1 = date(2012, 6, 30)
    rol = by(
        query(path, "select * from kwaliteit_per_rol_op(?)", [h1]),
        "rol",
        "gemiddelde_score_product",
    )
    assert rol["opdrachtnemer"] == 6
    assert (
        by(query(path, "select * from kwaliteit_per_rol"), "rol", "gemiddelde_score_product")[
            "opdrachtnemer"
        ]
        == 8
    )
    assert (
        by(query(path, "select * from kpi_winstpunt_op(?)", [h1]), "winstpunt", "gemiddelde_score")[
            "W1"
        ]
        == 6
    )
    # B (which merges A) starts on 01-09: no merge yet on 30-06
    assert (
        by(
            query(path, "select * from efficiency_per_winstpunt_op(?)", [h1]),
            "winstpunt",
            "aantal_samenvoegingen",
        )["W1"]
        == 0
    )
    assert (
        by(
            query(path, "select * from efficiency_per_winstpunt"),
            "winstpunt",
            "aantal_samenvoegingen",
        )["W1"]
        == 1
    )
    assert (
        by(query(path, "select * from kpi_dimensie_op(?)", [h1]), "dimensie", "aantal_opdrachten")[
            "kwaliteit"
        ]
        == 1
    )
    # leerervaringen by their own datum: on 15-06 only the dilemma of 02-06
    leer = query(
        path,
        "select * from leerervaringen_per_kwartaal_op(?) where aantal > 0",
        [date(2012, 6, 15)],
    )
    assert [(r["kwartaal"], r["soort"]) for r in leer] == [(2, "dilemma")]


# --- property: a random settlement adds up to the deficit in cents ---------------------------

SETUP = [
    (
        "insert into medewerkers (medewerker_id, gemeente, schaal, bestand, regel) "
        "values (?, ?, 10, 'm.csv', ?)",
        [(f"M-{c}", c, i + 2) for i, c in enumerate(SIX)],
    ),
    (
        "insert into opdrachten (opdracht_id, titel, soort_opdracht, aanvrager, begrote_uren, "
        "status, bestand, regel) values (?, ?, ?, ?, 100, 'lopend', 'o.csv', ?)",
        [(f"L-{c}", c, "lokaal", c, i + 2) for i, c in enumerate(SIX)]
        + [("OND", "OND", "ondersteuning", "REGIO", 9)],
    ),
]

registratie = st.tuples(
    st.sampled_from(SIX),
    st.sampled_from([*(f"L-{c}" for c in SIX), "OND"]),
    st.integers(min_value=1, max_value=2400).map(lambda u: u / 100),
)


def _cent(waarde: Decimal) -> Decimal:
    return waarde.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


@settings(max_examples=voorbeelden(25), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(registratie, min_size=1, max_size=30),
    st.integers(min_value=1000, max_value=15000).map(lambda c: Decimal(c) / 100),
    st.lists(
        st.tuples(st.sampled_from(SIX), st.integers(min_value=1, max_value=500000)), max_size=3
    ),
)
def test_random_settlement_adds_up_to_each_deficit_in_cents(rows, tarief, inbreng):
    con = scratch_db(
        [
            *SETUP,
            (
                "insert into uren (medewerker_id, opdracht_id, datum, uren, bestand, regel) "
                "values (?, ?, DATE '2012-05-01', ?, 'u.csv', ?)",
                [(f"M-{g}", o, u, i + 2) for i, (g, o, u) in enumerate(rows)],
            ),
            (
                "insert into tarieven values ('gemiddeld', DATE '2012-01-01', ?, 't.csv', 2)",
                [(float(tarief),)],
            ),
            *(
                [
                    (
                        "insert into geldinbreng "
                        "values (?, DATE '2012-03-01', ?, null, 'g.csv', ?)",
                        [(g, c / 100, i + 2) for i, (g, c) in enumerate(inbreng)],
                    )
                ]
                if inbreng
                else []
            ),
        ]
    )
    saldo = dict(con.execute("select gemeente, saldo_uren from urenbalans").fetchall())
    paren = con.execute(
        "select van_gemeente, naar_gemeente, uren, bedrag_eur from verrekening"
    ).fetchall()
    ontvangers = {g for g, s in saldo.items() if s > 1e-6}
    for betaler, s in saldo.items():
        eigen = [p for p in paren if p[0] == betaler]
        if s >= -1e-6 or not ontvangers:
            assert eigen == []
            continue
        tekort = _cent(-Decimal(repr(s)) * tarief)  # the 6-decimal saldo × tarief, in cents
        assert sum(p[3] for p in eigen) == tekort
        assert {p[1] for p in eigen} == ontvangers
        # every transfer is within one cent of its exact pro-rata share, and never negative
        totaal = sum(Decimal(repr(saldo[o])) for o in ontvangers)
        for _, naar, _, bedrag in eigen:
            exact = tekort * Decimal(repr(saldo[naar])) / totaal
            assert bedrag >= 0 and abs(bedrag - exact) < Decimal("0.01")
