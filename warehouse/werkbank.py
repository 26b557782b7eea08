"""Fill the MT's werkbank tables at build time, after the views exist and before the checks.

`combinatie_paren` (text similarity, `warehouse.overeenkomst`) and `voorstel_toewijzing`
(the assignment search, `warehouse.voorstel`) are the two results that are clearer in
Python than in SQL. Both read only small views (open opdrachten, kandidaten, prognose,
free hours per week of the kandidaten), so this step hardly grows with the registrations.
"""

from __future__ import annotations

from datetime import date

import duckdb

from warehouse.overeenkomst import Tekst, paren
from warehouse.voorstel import Capaciteit, Kandidaat, OpenOpdracht, Toewijzing, voorstel

WERKBANK_TABLES = frozenset({"combinatie_paren", "voorstel_toewijzing"})
"""The tables `vul_werkbank` fills (after the marts; the checks that read them wait for it)."""
OPEN_TEKSTEN = """
    select opdracht_id, aanvrager, titel,
        concat_ws(' ', opdrachtformulering, doel, beoogd_resultaat) as inhoud
    from intern.dim_opdracht
    where is_open
    order by opdracht_id
"""
ZONDER_NEMER = """
    select o.opdracht_id, p.resterende_uren_in_jaar,
        coalesce(map_from_entries(list((a.gemeente, a.aandeel)) filter (a.gemeente is not null)),
            map()) as aandelen
    from intern.dim_opdracht as o
    inner join intern.opdracht_planning(?::date, []) as p
        on p.opdracht_id = o.opdracht_id
    left join intern.stg_aandelen as a on a.opdracht_id = o.opdracht_id
    where o.is_open and o.opdrachtnemer is null
    group by o.opdracht_id, p.resterende_uren_in_jaar, p.plan_van
    order by p.plan_van, o.opdracht_id
"""
BEHOEFTE = """
    select opdracht_id, week_start, uren
    from intern.planning_week(?::date)
    where opdrachtnemer is null
"""
PROGNOSE = "select gemeente, naam, prognose_saldo_uren from prognose"
MET_EXPERTISE = """
    select opdracht_id, medewerker_id, gemeente, rang, reden, heeft_vrije_uren
    from intern.kandidaten_uit(
        ?::varchar[],
        ?::date,
        ?::struct(gemeente varchar, gemeente_naam varchar, prognose_saldo_uren double)[]
    )
    where expertise_match > 0
    order by opdracht_id, rang
"""
CAPACITEIT = """
    select medewerker_id, week_start, vrije_uren
    from intern.vrij_week(?::date)
    where vrije_uren is not null and list_contains(?::varchar[], medewerker_id)
"""


def vul_werkbank(con: duckdb.DuckDBPyConnection) -> None:
    """Compute and store the combination pairs and the toewijzingsvoorstel."""
    teksten = [Tekst(*rij) for rij in con.execute(OPEN_TEKSTEN).fetchall()]
    namen = [w for rij in con.execute("select code, naam from gemeenten").fetchall() for w in rij]
    gevonden = paren(teksten, namen)
    if gevonden:
        con.executemany(
            "insert into combinatie_paren values (?, ?, ?, ?)",
            [(p.opdracht_a, p.opdracht_b, p.overeenkomst, p.gedeelde_termen) for p in gevonden],
        )

    rijen = bereken_voorstel(con)
    if rijen:
        con.executemany(
            "insert into voorstel_toewijzing values (?, ?, ?, ?, ?)",
            [
                (t.opdracht_id, t.medewerker_id, t.kandidaat_rang, t.kandidaat_reden, t.reden)
                for t in rijen
            ],
        )


def bereken_voorstel(con: duckdb.DuckDBPyConnection) -> list[Toewijzing]:
    """The toewijzingsvoorstel from the warehouse's views (reads only: the benchmark times it
    on a read-only connection). "Today" (intern.planning_vanaf) is read once and passed as
    a date: each macro that gets the expression instead binds its subqueries again at every
    place it uses the day, which cost these queries more than running them. The kandidaten
    (`intern.kandidaten_uit`, the computation of `kandidaten_voor`) get the prognose read
    here too, for the same reason. No open opdracht without an opdrachtnemer: nothing to
    propose, so the other queries (the prognose, the kandidaten, the weeks; ~0,07 CPU s of
    planning in a small build) are not run."""
    vanaf = con.execute("select intern.planning_vanaf()").fetchall()[0][0]
    open_zonder_nemer = con.execute(ZONDER_NEMER, [vanaf]).fetchall()
    if not open_zonder_nemer:
        return []
    gemeenten = con.execute(PROGNOSE).fetchall()
    prognose = {gemeente: saldo for gemeente, _, saldo in gemeenten}
    kandidaten: dict[str, list[Kandidaat]] = {}
    per_gemeente = [
        {"gemeente": gemeente, "gemeente_naam": naam, "prognose_saldo_uren": saldo}
        for gemeente, naam, saldo in gemeenten
    ]
    for opdracht_id, *kandidaat in con.execute(
        MET_EXPERTISE, [[o[0] for o in open_zonder_nemer], vanaf, per_gemeente]
    ).fetchall():
        kandidaten.setdefault(opdracht_id, []).append(Kandidaat(*kandidaat))
    behoefte: dict[str, dict[date, float]] = {}
    for opdracht_id, week, uren in con.execute(BEHOEFTE, [vanaf]).fetchall():
        behoefte.setdefault(opdracht_id, {})[week] = uren
    capaciteit: Capaciteit = {}
    ids = sorted({k.medewerker_id for ks in kandidaten.values() for k in ks})
    for medewerker_id, week, uren in con.execute(CAPACITEIT, [vanaf, ids]).fetchall():
        capaciteit.setdefault(medewerker_id, {})[week] = uren
    opdrachten = [
        OpenOpdracht(
            opdracht_id,
            rest,
            dict(aandelen),
            kandidaten.get(opdracht_id, []),
            behoefte.get(opdracht_id, {}),
        )
        for opdracht_id, rest, aandelen in open_zonder_nemer
    ]
    return voorstel(prognose, opdrachten, capaciteit)
