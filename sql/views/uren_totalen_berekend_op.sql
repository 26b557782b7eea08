-- grain: one row per gemeente (all): the matrix's Uren totalen as of peildatum, in euros
-- The plan's row "staat gelijk aan € …" under the tussenstand uren tegoed: each
-- gemeente's total of the matrix (hours only, no geldinbreng) at the gemiddeld tarief
-- valid on peildatum; uurtarief_eur null (and bedrag_eur null) when none is valid.
create or replace macro uren_totalen_berekend_op(peildatum) as table
with

matrix as (
    select gemeente, sum(saldo_uren) as uren
    from tussenstand_uren_tegoed_op(peildatum)
    group by gemeente
),

tarief as (
    select uurtarief_eur from intern.stg_tarief_gemiddeld_op(peildatum)
),

final as (
    select
        g.code as gemeente,
        g.naam,
        coalesce(m.uren, 0) as uren,
        t.uurtarief_eur,
        round(coalesce(m.uren, 0) * t.uurtarief_eur, 2) as bedrag_eur
    from gemeenten as g
    cross join tarief as t
    left join matrix as m on m.gemeente = g.code
)

select * from final
order by gemeente
