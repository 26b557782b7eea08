-- grain: one row per loaded besparing × gemeente that gets part of it
-- A row with a gemeente is that gemeente's alone; without one it is shared as its opdracht's
-- hours are (the effective aandelen). Hours and euros: what the row gives; the other at
-- the gemiddeld tarief valid on its datum (euros = uren × tarief, uren = euros / tarief).
create or replace view intern.fct_besparing as
with

besparing as (
    select * from intern.stg_besparingen
),

aandeel as (
    select opdracht_id, gemeente, aandeel from intern.stg_aandelen
),

tarief as (
    select * from intern.stg_tarief_gemiddeld
),

verdeeld as (
    select b.*, coalesce(b.gemeente, a.gemeente) as deel_gemeente,
        case when b.gemeente is null then a.aandeel else 1.0 end as deel
    from besparing as b
    left join aandeel as a on a.opdracht_id = b.opdracht_id and b.gemeente is null
),

final as (
    select
        v.besparing_id,
        v.soort,
        v.opdracht_id,
        v.titel,
        v.winstpunten,
        v.datum,
        v.status,
        v.onderbouwd,
        v.grondslag,
        v.omschrijving,
        v.bron,
        v.deel_gemeente as gemeente,
        v.deel as aandeel,
        v.deel * coalesce(v.uren, v.bedrag_eur / t.uurtarief_eur) as uren,
        v.deel * coalesce(v.bedrag_eur, v.uren * t.uurtarief_eur) as bedrag_eur
    from verdeeld as v
    asof left join tarief as t on v.datum >= t.geldig_vanaf
)

select * from final
