"""Fill the MT's werkbank tables at build time, after the views exist and before the checks.

`combinatie_paren` (text similarity, `warehouse.overeenkomst`) and `voorstel_toewijzing`
(the assignment search, `warehouse.voorstel`) are the two results that are clearer in
Python than in SQL. Both read only small views (open opdrachten, kandidaten, prognose), so
this step costs the same at a thousand registrations as at ten million.
"""

from __future__ import annotations

import duckdb

from warehouse.overeenkomst import Tekst, paren
from warehouse.voorstel import Kandidaat, OpenOpdracht, voorstel

OPEN_TEKSTEN = """
    select opdracht_id, aanvrager, titel,
        concat_ws(' ', opdrachtformulering, doel, beoogd_resultaat) as inhoud
    from intern.dim_opdracht
    where is_open
    order by opdracht_id
"""
ZONDER_NEMER = """
    select o.opdracht_id, o.resterende_uren,
        coalesce(map_from_entries(list((a.gemeente, a.aandeel)) filter (a.gemeente is not null)),
            map()) as aandelen
    from intern.dim_opdracht as o
    left join intern.stg_aandelen as a on a.opdracht_id = o.opdracht_id
    where o.is_open and o.opdrachtnemer is null
    group by o.opdracht_id, o.resterende_uren
    order by o.opdracht_id
"""
GESCHIKT = """
    select opdracht_id, medewerker_id, gemeente, rang, reden
    from kandidaten_voor(?::varchar[])
    where expertise_match > 0 and heeft_vrije_uren
    order by opdracht_id, rang
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

    prognose = dict(con.execute("select gemeente, prognose_saldo_uren from prognose").fetchall())
    open_zonder_nemer = con.execute(ZONDER_NEMER).fetchall()
    geschikt: dict[str, list[Kandidaat]] = {}
    for opdracht_id, *kandidaat in con.execute(
        GESCHIKT, [[o[0] for o in open_zonder_nemer]]
    ).fetchall():
        geschikt.setdefault(opdracht_id, []).append(Kandidaat(*kandidaat))
    opdrachten = [
        OpenOpdracht(opdracht_id, rest, dict(aandelen), geschikt.get(opdracht_id, []))
        for opdracht_id, rest, aandelen in open_zonder_nemer
    ]
    rijen = voorstel(prognose, opdrachten)
    if rijen:
        con.executemany(
            "insert into voorstel_toewijzing values (?, ?, ?, ?, ?)",
            [
                (t.opdracht_id, t.medewerker_id, t.kandidaat_rang, t.kandidaat_reden, t.reden)
                for t in rijen
            ],
        )
