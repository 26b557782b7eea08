-- grain: one row per opdracht that existed on peildatum: its status there (null = now)
-- The one place that decides an opdracht's status as of a date; every as-of view reads it
-- (through opdracht_stand_op or directly). The status is the last step of the status
-- history dated on or before peildatum (a change at any time of that day counts); an
-- opdracht submitted after peildatum has no row. Where that step is the opdracht's own
-- undated row (a municipality's export, which has no history), the stand is approximated
-- from its dates: afgerond only once its einddatum has passed. gestart: started by then
-- (or without startdatum).
create or replace macro intern.opdracht_status_op(peildatum) as table
with

opdracht as (
    select opdracht_id, startdatum, einddatum from intern.dim_opdracht
),

stap as (
    select *
    from intern.stg_statushistorie
    where peildatum is null or geldig_van is null or geldig_van::date <= peildatum
    qualify volgnummer = max(volgnummer) over (partition by opdracht_id)
),

final as (
    select
        s.opdracht_id,
        case
            when s.status = 'afgerond' and s.geldig_van is null and peildatum is not null
                and (o.einddatum is null or o.einddatum > peildatum)
                then 'lopend'
            else s.status
        end as status,
        s.opdrachtnemer,
        s.geldig_van as status_sinds,
        s.door,
        s.toelichting,
        s.actie,
        peildatum is null or o.startdatum is null or o.startdatum <= peildatum as gestart
    from stap as s
    inner join opdracht as o on o.opdracht_id = s.opdracht_id
)

select * from final
