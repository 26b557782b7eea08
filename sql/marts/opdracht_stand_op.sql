-- grain: one row per opdracht that is not geannuleerd: its stand on peildatum (null = now)
-- The one place that decides an opdracht's status as of a date; every as-of view reads it.
-- The warehouse keeps no status history yet, so the stand is approximated from the
-- opdracht's own dates: it counts once started (or without startdatum), and is afgerond
-- once its status is afgerond and its einddatum has passed. A status history (issue 10)
-- replaces only this macro.
create or replace macro intern.opdracht_stand_op(peildatum) as table
with

opdracht as (
    select * from intern.dim_opdracht where not is_geannuleerd
),

final as (
    select
        opdracht_id,
        case
            when status = 'afgerond' and peildatum is not null
                and (einddatum is null or einddatum > peildatum)
                then 'lopend'
            else status
        end as status,
        peildatum is null or startdatum is null or startdatum <= peildatum as gestart
    from opdracht
)

select * from final
