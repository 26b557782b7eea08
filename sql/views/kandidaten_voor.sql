-- grain: one row per opdracht in `opdracht_ids` × medewerker: fit and rank (1 = best)
-- `kandidaten(id)` is this for one opdracht; the build's toewijzingsvoorstel asks for all
-- open opdrachten without opdrachtnemer at once.
-- Ranking rule (binding, docs/sql-interface.md): 1. any expertise match before none;
-- 2. free hours (> 0) before none or unknown; 3. the gemeente with the lowest prognose
-- saldo first (it still has to bring hours); then more matching terms, more free hours,
-- medewerker_id. Rules 1-3 are the contract's; the rest only makes the order deterministic.
create or replace macro kandidaten_voor(opdracht_ids) as table
with

opdracht as (
    select
        opdracht_id,
        lower(concat_ws(' ', titel, type_werk, profiel_opdrachtnemer, opdrachtformulering))
            as tekst
    from intern.dim_opdracht
    where list_contains(opdracht_ids, opdracht_id)
),

medewerker as (
    select * from intern.medewerker_ruimte
),

gemeente as (
    select gemeente, naam as gemeente_naam, prognose_saldo_uren from prognose
),

score as (
    select
        o.opdracht_id,
        m.*,
        list_filter(m.expertise, lambda t: contains(o.tekst, lower(trim(t)))) as passend,
        g.gemeente_naam,
        g.prognose_saldo_uren as gemeente_prognose_uren
    from medewerker as m
    cross join opdracht as o
    left join gemeente as g on g.gemeente = m.gemeente
),

gerangschikt as (
    select
        *,
        len(passend) as expertise_match,
        coalesce(vrije_uren_per_week > 0, false) as heeft_vrije_uren,
        row_number() over (
            partition by opdracht_id
            order by
                len(passend) > 0 desc,
                coalesce(vrije_uren_per_week > 0, false) desc,
                gemeente_prognose_uren asc nulls last,
                len(passend) desc,
                vrije_uren_per_week desc nulls last,
                medewerker_id
        ) as rang
    from score
),

final as (
    select
        opdracht_id,
        medewerker_id,
        naam,
        gemeente,
        gemeente_naam,
        schaal,
        expertise_match,
        round(vrije_uren_per_week, 6) as vrije_uren_per_week,
        round(gemeente_prognose_uren, 6) as gemeente_prognose_uren,
        rang,
        case
            when expertise_match > 0
                then 'expertise ' || array_to_string(passend, ', ')
            else 'geen passende expertise'
        end
        || ' · ' || case
            when vrije_uren_per_week is null then 'beschikbaarheid onbekend'
            when vrije_uren_per_week > 0
                then intern.nl_uren(vrije_uren_per_week) || ' vrije uren per week'
            else 'geen vrije uren'
        end
        || ' · ' || coalesce(gemeente_naam, gemeente) || ' prognose '
        || case when gemeente_prognose_uren > 0.5 then '+' else '' end
        || intern.nl_uren(gemeente_prognose_uren) || ' uur'
        || case
            when gemeente_prognose_uren < -0.5 then ' (moet nog brengen)'
            else ''
        end as reden,
        expertise,
        heeft_vrije_uren
    from gerangschikt
)

select * from final
order by opdracht_id, rang
