-- grain: one row per opdracht × gemeente that takes a share (effective aandeel, sums to 1)
-- A table (built once per run): tiny, but under the prognose, kandidaten and every balance
-- by opdracht; as a view its eight steps were bound again inside each of those queries.
create or replace table intern.stg_aandelen as
with

opdracht as (
    select opdracht_id, soort_opdracht, aanvrager from main.opdrachten
),

deelnemer as (
    select
        opdracht_id,
        gemeente,
        aandeel,
        count(*) over (partition by opdracht_id) as aantal
    from main.deelnemers
),

gemeente as (
    select code, proeftuin from intern.stg_gemeenten
),

-- deelnemers rows define the shares whatever the soort; no aandeel = share equally
uit_deelnemers as (
    select
        opdracht_id,
        gemeente,
        sum(coalesce(aandeel, 1 / aantal)) as aandeel,
        'deelnemers' as bron
    from deelnemer
    group by opdracht_id, gemeente
),

zonder_deelnemers as (
    select o.*, o.aanvrager in (select code from gemeente) as aanvrager_is_gemeente
    from opdracht as o
    anti join deelnemer as d on d.opdracht_id = o.opdracht_id
),

lokaal as (
    select opdracht_id, aanvrager as gemeente, 1::double as aandeel, 'lokaal' as bron
    from zonder_deelnemers
    where soort_opdracht = 'lokaal' and aanvrager_is_gemeente
),

-- the IKC-regeling of the rMJP; a lokaal opdracht asked by REGIO follows it too
regionaal as (
    select z.opdracht_id, ikc.gemeente, ikc.aandeel, 'regionaal' as bron
    from zonder_deelnemers as z
    cross join (values ('DOR', 0.8::double), ('ZWD', 0.2::double)) as ikc (gemeente, aandeel)
    where
        z.soort_opdracht = 'regionaal'
        or (z.soort_opdracht = 'lokaal' and not z.aanvrager_is_gemeente)
),

gedeeld as (
    select
        z.opdracht_id,
        g.code as gemeente,
        1 / count(*) over (partition by z.opdracht_id) as aandeel,
        'gedeeld' as bron
    from zonder_deelnemers as z
    cross join gemeente as g
    where z.soort_opdracht in ('ondersteuning', 'ontwikkel') and g.proeftuin
),

alle as (
    select * from uit_deelnemers
    union all
    select * from lokaal
    union all
    select * from regionaal
    union all
    select * from gedeeld
),

-- normalise, so that gebracht − gehaald sums to zero even when shares sum to 1 ± 0.001
final as (
    select
        opdracht_id,
        gemeente,
        aandeel / sum(aandeel) over (partition by opdracht_id) as aandeel,
        aandeel as aandeel_opgegeven,
        bron
    from alle
)

select * from final
