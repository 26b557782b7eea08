-- grain: one row per non-cancelled opdracht that merges others, counted as of peildatum
-- A merge counts from the stand of the merged (combining) opdracht on peildatum: once it
-- has started (opdracht_stand_op; null = now). An opdracht that took others in on the
-- platform (samenvoegen) counts its own begrote uren before the merge with theirs.
create or replace macro efficiency_berekend_op(peildatum) as table
with

opdracht as (
    select * from intern.dim_opdracht
),

samenvoeging as (
    select o.opdracht_id, unnest(o.samengevoegd_uit) as samengevoegd_id
    from intern.opdracht_stand_op(peildatum) as s
    inner join opdracht as o on o.opdracht_id = s.opdracht_id
    where s.gestart
),

samengevoegd as (
    select
        s.opdracht_id,
        count(*) as aantal_samengevoegd,
        sum(coalesce(m.begrote_uren, 0))
        + coalesce(any_value(o.eigen_uren_voor_samenvoegen), 0) as begrote_uren_samengevoegd
    from samenvoeging as s
    inner join opdracht as o on o.opdracht_id = s.opdracht_id
    left join opdracht as m on m.opdracht_id = s.samengevoegd_id
    group by s.opdracht_id
),

final as (
    select
        o.opdracht_id,
        o.titel,
        st.status,
        o.winstpunten,
        o.samengevoegd_uit,
        s.aantal_samengevoegd,
        o.begrote_uren,
        intern.afgerond_uren(s.begrote_uren_samengevoegd) as begrote_uren_samengevoegd,
        intern.afgerond_uren(s.begrote_uren_samengevoegd - o.begrote_uren) as bespaarde_uren
    from samengevoegd as s
    inner join opdracht as o on o.opdracht_id = s.opdracht_id
    inner join intern.opdracht_stand_op(peildatum) as st on st.opdracht_id = s.opdracht_id
)

select * from final
order by opdracht_id
