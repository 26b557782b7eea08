-- grain: one row per soort_opdracht × stand (lopend, afgerond) that has opdrachten on peildatum
create or replace macro werkvoorraad_per_soort_op(peildatum) as table
with

-- as in kpi_winstpunt_op (no status history is kept): an opdracht counts once started (or
-- without startdatum); afgerond once its status is afgerond and its einddatum passed.
-- A null peildatum means the current status. Aangemeld and geannuleerd never count.
opdracht as (
    select
        soort_opdracht,
        begrote_uren,
        case
            when status = 'afgerond' and (peildatum is null or einddatum <= peildatum)
                then 'afgerond'
            else 'lopend'
        end as stand
    from intern.dim_opdracht
    where
        status in ('geaccepteerd', 'lopend', 'afgerond')
        and (peildatum is null or startdatum is null or startdatum <= peildatum)
),

final as (
    select
        soort_opdracht,
        stand,
        count(*) as aantal,
        sum(begrote_uren) as begrote_uren
    from opdracht
    group by soort_opdracht, stand
)

select * from final
order by soort_opdracht, stand
