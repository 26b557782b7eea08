-- grain: one row per evaluating rol (all three, also when zero), evaluaties dated <= peildatum
create or replace macro kwaliteit_per_rol_berekend_op(peildatum) as table
with

rol as (
    select * from (
        values
            (1, 'bestuurlijk_opdrachtgever'),
            (2, 'ambtelijk_opdrachtgever'),
            (3, 'opdrachtnemer')
    ) as r (volgorde, rol)
),

score as (
    select * from intern.evaluatie_score_op(peildatum) where rol is not null
),

final as (
    select
        r.rol,
        coalesce(s.aantal_evaluaties, 0) as aantal_evaluaties,
        s.gemiddelde_score_product,
        s.gemiddelde_score_proces
    from rol as r
    left join score as s on s.rol = r.rol
    order by r.volgorde
)

select * from final
