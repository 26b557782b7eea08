-- grain: one row per soort × opdracht × gemeente × datum × herkomst_datum × is_correctie: the
-- hour bank's mutations as they count (data contract, section 10)
-- A vastgesteld period keeps the effects it was vastgesteld with (intern.vast_effecten);
-- whatever the source folder now holds differently for it (a row added, changed or removed
-- later) is a correctie na vaststelling: the difference, booked on the first open day
-- (intern.vast_jaar), with herkomst_datum the date it belongs to. Everything dated in an
-- open period counts as the source folder holds it. A table (built once per run).
create or replace table intern.fct_effect as
with

bron as (
    select b.*, j.vast_tot, j.eerste_open_dag
    from intern.bron_effect as b
    left join intern.vast_jaar as j on j.jaar = year(b.datum)
),

vast as (
    select * from intern.vast_effecten
    where map in (select map from intern.dim_vaststelling)
),

open_bron as (
    select
        soort, opdracht_id, gemeente, datum, datum as herkomst_datum, gebracht_uren,
        gehaald_uren, geldinbreng_uren, geldinbreng_eur, false as is_correctie
    from bron
    where vast_tot is null or datum > vast_tot
),

-- what a frozen date's key counted in all vaststellingen (itself and corrections booked later)
vast_per_sleutel as (
    select
        soort, opdracht_id, gemeente, herkomst_datum,
        sum(gebracht_uren) as gebracht_uren,
        sum(gehaald_uren) as gehaald_uren,
        sum(geldinbreng_uren) as geldinbreng_uren,
        sum(geldinbreng_eur) as geldinbreng_eur
    from vast
    group by all
),

verschil as (
    select
        coalesce(b.soort, v.soort) as soort,
        coalesce(b.opdracht_id, v.opdracht_id) as opdracht_id,
        coalesce(b.gemeente, v.gemeente) as gemeente,
        coalesce(b.datum, v.herkomst_datum) as herkomst_datum,
        coalesce(b.gebracht_uren, 0) - coalesce(v.gebracht_uren, 0) as gebracht_uren,
        coalesce(b.gehaald_uren, 0) - coalesce(v.gehaald_uren, 0) as gehaald_uren,
        coalesce(b.geldinbreng_uren, 0) - coalesce(v.geldinbreng_uren, 0) as geldinbreng_uren,
        coalesce(b.geldinbreng_eur, 0) - coalesce(v.geldinbreng_eur, 0) as geldinbreng_eur
    from (select * from bron where datum <= vast_tot) as b
    full outer join vast_per_sleutel as v
        on v.soort = b.soort
        and v.opdracht_id is not distinct from b.opdracht_id
        and v.gemeente = b.gemeente
        and v.herkomst_datum = b.datum
),

correctie as (
    select
        s.soort, s.opdracht_id, s.gemeente, j.eerste_open_dag as datum, s.herkomst_datum,
        s.gebracht_uren, s.gehaald_uren, s.geldinbreng_uren, s.geldinbreng_eur,
        true as is_correctie
    from verschil as s
    inner join intern.vast_jaar as j on j.jaar = year(s.herkomst_datum)
    -- float dust of a sum in another order is no correctie
    where abs(s.gebracht_uren) > 1e-9 or abs(s.gehaald_uren) > 1e-9
        or abs(s.geldinbreng_uren) > 1e-9 or s.geldinbreng_eur <> 0
),

final as (
    select
        soort, opdracht_id, gemeente, datum, herkomst_datum, gebracht_uren, gehaald_uren,
        geldinbreng_uren, geldinbreng_eur, is_correctie
    from vast
    union all
    select * from open_bron
    union all
    select * from correctie
)

select * from final
order by datum, soort, opdracht_id, gemeente
