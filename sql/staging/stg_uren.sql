-- grain: one row per loaded hour registration, with the gemeente of its medewerker
create or replace view intern.stg_uren as
with

registratie as (
    select * from main.uren
),

medewerker as (
    select medewerker_id, gemeente from main.medewerkers
),

final as (
    select
        r.registratie_id,
        r.medewerker_id,
        m.gemeente,
        r.opdracht_id,
        r.datum,
        r.uren,
        r.omschrijving
    from registratie as r
    inner join medewerker as m on m.medewerker_id = r.medewerker_id
)

select * from final
