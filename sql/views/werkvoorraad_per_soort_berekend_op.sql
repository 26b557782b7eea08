-- grain: one row per soort_opdracht × stand (lopend, afgerond) that has opdrachten on peildatum
create or replace macro werkvoorraad_per_soort_berekend_op(peildatum) as table
with

-- the stand on peildatum (opdracht_stand_op; null = now): geaccepteerd, lopend or afgerond
-- and started; aangemeld and geannuleerd never count
opdracht as (
    select
        o.soort_opdracht,
        o.begrote_uren,
        case when s.status = 'afgerond' then 'afgerond' else 'lopend' end as stand
    from intern.opdracht_stand_op(peildatum) as s
    inner join intern.dim_opdracht as o on o.opdracht_id = s.opdracht_id
    where s.gestart and s.status in ('geaccepteerd', 'lopend', 'afgerond')
),

final as (
    select
        soort_opdracht,
        stand,
        count(*) as aantal,
        intern.afgerond_uren(sum(begrote_uren)) as begrote_uren
    from opdracht
    group by soort_opdracht, stand
)

select * from final
order by soort_opdracht, stand
