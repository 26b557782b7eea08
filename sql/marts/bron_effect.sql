-- grain: one row per opdracht × gemeente × datum with an hour effect, and per gemeente × datum
-- with geldinbreng: the hour bank's mutations as the source folder holds them now
create or replace view intern.bron_effect as
select
    'uren' as soort,
    opdracht_id,
    gemeente,
    datum,
    gebracht_uren,
    gehaald_uren,
    0::double as geldinbreng_uren,
    0::decimal(18, 2) as geldinbreng_eur
from intern.fct_uren_effect_bron
union all
select
    'geld',
    null,
    gemeente,
    datum,
    0::double,
    0::double,
    coalesce(sum(uren), 0),
    sum(bedrag_eur)::decimal(18, 2)
from intern.fct_geldinbreng
group by gemeente, datum
