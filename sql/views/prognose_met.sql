-- grain: one row per gemeente: the year-end prognose now and with the given toewijzingen
-- `toewijzingen`: list of struct(opdracht_id varchar, medewerker_id varchar). Only
-- toewijzingen of an open opdracht with remaining hours R > 0 to an existing medewerker
-- count (for an opdracht named twice, the last one): the medewerker's gemeente brings R
-- instead of the current opdrachtnemer's; without a current opdrachtnemer the deelnemers
-- now also take R × aandeel. So `verschil_uren` sums to zero.
create or replace macro prognose_met(toewijzingen) as table
with

basis as (
    select gemeente, naam, prognose_saldo_uren from prognose
),

invoer as (
    select
        unnest(toewijzingen) as t,
        unnest(range(1, len(toewijzingen) + 1)) as volgnummer
),

geldig as (
    select
        o.opdracht_id,
        o.resterende_uren,
        o.opdrachtnemer_gemeente as oude_gemeente,
        m.gemeente as nieuwe_gemeente
    from invoer as i
    inner join intern.dim_opdracht as o on o.opdracht_id = i.t.opdracht_id
    inner join medewerkers as m on m.medewerker_id = i.t.medewerker_id
    where o.is_open and o.resterende_uren > 0
    qualify row_number() over (partition by o.opdracht_id order by i.volgnummer desc) = 1
),

effect as (
    select nieuwe_gemeente as gemeente, resterende_uren as uren from geldig
    union all
    select oude_gemeente, -resterende_uren from geldig where oude_gemeente is not null
    union all
    select a.gemeente, -g.resterende_uren * a.aandeel
    from geldig as g
    inner join intern.stg_aandelen as a on a.opdracht_id = g.opdracht_id
    where g.oude_gemeente is null
),

verschil as (
    select gemeente, sum(uren) as uren from effect group by gemeente
),

tarief as (
    select uurtarief_eur
    from intern.stg_tarief_gemiddeld_op(
        (select make_date(year(max(datum)), 12, 31) from intern.fct_saldo_dag)
    )
),

final as (
    select
        b.gemeente,
        b.naam,
        round(b.prognose_saldo_uren, 6) as prognose_saldo_uren,
        round(b.prognose_saldo_uren + coalesce(v.uren, 0), 6) as prognose_saldo_uren_met,
        round(coalesce(v.uren, 0), 6) as verschil_uren,
        -- what the gemeente would pay at the year-end settlement (a deficit × the tarief)
        round(greatest(-round(b.prognose_saldo_uren, 6), 0) * t.uurtarief_eur, 2)
            ::decimal(18, 2) as te_betalen_eur,
        round(greatest(-round(b.prognose_saldo_uren + coalesce(v.uren, 0), 6), 0)
            * t.uurtarief_eur, 2)::decimal(18, 2) as te_betalen_met_eur
    from basis as b
    left join verschil as v on v.gemeente = b.gemeente
    cross join tarief as t
)

select * from final
order by gemeente
