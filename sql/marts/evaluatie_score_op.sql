-- grain: one row per opdracht (rol null) and one per rol (opdracht_id null) with evaluaties
-- dated in the boekjaar of peildatum up to and including it (null = the current boekjaar)
-- The score summary of kwaliteit_per_opdracht and kwaliteit_per_rol(_op), computed in one
-- place: means over the evaluaties themselves, of opdrachten that are not geannuleerd. An
-- evaluatie counts by its datum (without one: the einddatum of its opdracht).
create or replace macro intern.evaluatie_score_op(peildatum) as table
with

evaluatie as (
    select opdracht_id, rol, score_product, score_proces
    from intern.fct_evaluatie
    where peil_datum between intern.boekjaar_van(peildatum) and intern.boekjaar_tot(peildatum)
),

final as (
    select
        opdracht_id,
        rol,
        count(*) as aantal_evaluaties,
        avg(score_product) as gemiddelde_score_product,
        avg(score_proces) as gemiddelde_score_proces
    from evaluatie
    group by grouping sets ((opdracht_id), (rol))
)

select * from final
