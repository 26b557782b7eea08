-- grain: one row per pair of similar open opdrachten of different aanvragers (a < b)
-- The similarity itself is computed at build time (warehouse.overeenkomst, stored in
-- combinatie_paren); this view re-checks "open" and "different aanvragers" and adds the rest.
create or replace view combinatiekansen as
with

paar as (
    select * from combinatie_paren
),

opdracht as (
    select opdracht_id, titel, aanvrager, begrote_uren, is_open from intern.dim_opdracht
),

final as (
    select
        p.opdracht_a,
        p.opdracht_b,
        a.titel as titel_a,
        b.titel as titel_b,
        a.aanvrager as aanvrager_a,
        b.aanvrager as aanvrager_b,
        round(p.overeenkomst, 6) as overeenkomst,
        p.gedeelde_termen,
        a.begrote_uren as begrote_uren_a,
        b.begrote_uren as begrote_uren_b
    from paar as p
    inner join opdracht as a on a.opdracht_id = p.opdracht_a
    inner join opdracht as b on b.opdracht_id = p.opdracht_b
    where p.opdracht_a < p.opdracht_b and a.is_open and b.is_open and a.aanvrager <> b.aanvrager
)

select * from final
order by overeenkomst desc, opdracht_a, opdracht_b
