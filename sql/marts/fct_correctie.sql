-- grain: one row per correctie na vaststelling: a registration or geldinbreng dated in a
-- vastgesteld period that was added, or removed, after the vaststelling (a change is both)
-- It counts on geboekt_op, the first open day (intern.vast_jaar), in period geboekt_in
-- (data contract, section 10). Corrections a later vaststelling booked stay listed as then
-- (al_geboekt).
create or replace view intern.fct_correctie as
with

vast_alle as (
    select * from intern.vast_rijen
    where map in (select map from intern.dim_vaststelling)
),

-- Rows are compared only where the effects differ (intern.fct_effect books a correctie
-- there): elsewhere nothing came late, and comparing every row of the vastgestelde years
-- with the folder would cost seconds at a million rows a year. (intern.vast_rijen holds
-- only these days' rows and the booked corrections: the build loads no others.)
verschil as (
    select * from intern.correctie_dagen
),

vast as (
    select v.*
    from vast_alle as v
    semi join verschil as s
        on s.soort = v.soort and s.wie = coalesce(v.opdracht_id, v.gemeente) and s.datum = v.datum
),

-- a row is known while it was recorded present more often than removed
bekend as (
    select soort, sleutel, volgnummer
    from vast
    group by all
    having count(*) filter (where coalesce(wijziging, '') <> 'verwijderd')
        > count(*) filter (where wijziging = 'verwijderd')
),

huidig as (
    select b.*, j.eerste_open_dag
    from intern.bron_rijen_op_dagen((select coalesce(list(distinct datum), []) from verschil)) as b
    inner join intern.vast_jaar as j on j.jaar = year(b.datum) and b.datum <= j.vast_tot
    semi join verschil as s
        on s.soort = b.soort and s.wie = coalesce(b.opdracht_id, b.gemeente) and s.datum = b.datum
),

toegevoegd as (
    select 'toegevoegd' as wijziging, h.eerste_open_dag as geboekt_op, h.* exclude (eerste_open_dag)
    from huidig as h
    anti join bekend as k using (soort, sleutel, volgnummer)
),

verwijderd as (
    select 'verwijderd' as wijziging, j.eerste_open_dag as geboekt_op,
        v.* exclude (map, wijziging, geboekt_op)
    from (select distinct on (soort, sleutel, volgnummer) * from vast where wijziging is null
        or wijziging <> 'verwijderd') as v
    inner join bekend as k using (soort, sleutel, volgnummer)
    inner join intern.vast_jaar as j on j.jaar = year(v.datum)
    anti join huidig as h using (soort, sleutel, volgnummer)
),

nieuw as (
    select * from toegevoegd
    union all by name
    select * from verwijderd
),

geboekt as (
    select wijziging, geboekt_op, * exclude (map, wijziging, geboekt_op)
    from vast_alle
    where wijziging is not null
),

alle as (
    select *, false as al_geboekt from nieuw
    union all by name
    select *, true from geboekt
),

final as (
    select
        case
            when registratie_id is not null and count(*) over (
                partition by soort, registratie_id, geboekt_op
            ) > 1 then 'gewijzigd (' || case wijziging when 'toegevoegd' then 'nieuw' else 'oud' end
                || ')'
            else wijziging
        end as wijziging,
        soort,
        bestand,
        regel,
        datum,
        gemeente,
        opdracht_id,
        medewerker_id,
        case wijziging when 'verwijderd' then -uren else uren end as uren,
        case wijziging when 'verwijderd' then -bedrag_eur else bedrag_eur end as bedrag_eur,
        geboekt_op,
        year(geboekt_op) || '-K' || quarter(geboekt_op) as geboekt_in,
        sleutel,
        volgnummer,
        registratie_id,
        al_geboekt
    from alle
)

select * from final
order by geboekt_op, datum, soort, bestand, regel
