-- grain: one row per evaluatie with a toelichting, dated in the boekjaar up to peildatum
-- The evaluaties in words (the plan's quality reporting): what the opdrachtgevers and the
-- opdrachtnemer wrote, beside their scores; of opdrachten that are not geannuleerd.
create or replace macro evaluatie_teksten_berekend_op(peildatum) as table
with

evaluatie as (
    select *
    from intern.fct_evaluatie
    where peil_datum between intern.boekjaar_van(peildatum) and intern.boekjaar_tot(peildatum)
        and nullif(trim(toelichting), '') is not null
),

opdracht as (
    select opdracht_id, titel from intern.stg_opdrachten
),

final as (
    select
        e.peil_datum as datum,
        e.opdracht_id,
        o.titel,
        e.rol,
        e.score_product,
        e.score_proces,
        trim(e.toelichting) as toelichting
    from evaluatie as e
    inner join opdracht as o on o.opdracht_id = e.opdracht_id
)

select * from final
order by datum, opdracht_id, rol
