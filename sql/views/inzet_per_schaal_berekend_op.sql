-- grain: one row per salarisschaal with hours in the boekjaar up to peildatum
-- The plan registers the inzet per schaalniveau (and settles at one gemiddeld tarief).
create or replace macro inzet_per_schaal_berekend_op(peildatum) as table
with

registratie as (
    select r.medewerker_id, r.uren
    from intern.stg_uren as r
    where r.datum between intern.boekjaar_van(peildatum) and intern.boekjaar_tot(peildatum)
),

medewerker as (
    select medewerker_id, schaal from main.medewerkers
),

final as (
    select
        m.schaal,
        count(distinct r.medewerker_id) as medewerkers,
        intern.afgerond_uren(sum(r.uren)) as uren
    from registratie as r
    inner join medewerker as m on m.medewerker_id = r.medewerker_id
    group by m.schaal
)

select * from final
order by schaal
