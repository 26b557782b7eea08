-- grain: one row per loaded opdracht: the window its remaining hours are planned in, from `vanaf`
-- The remaining hours R (greatest(begrote - gerealiseerd, 0)) of an open opdracht are spread
-- evenly over the calendar days from plan_van = the later of `vanaf` and its startdatum to
-- plan_tot = its einddatum (an einddatum already passed: all on plan_van, the work is due).
-- An opdracht without einddatum has no planning (heeft_planning false): it is not spread
-- (a signal says so) and its window for free hours runs to the end of the boekjaar.
-- `wijzigingen` (list of struct(opdracht_id varchar, einddatum date, begrote_uren double))
-- moves or cuts opdrachten for the MT's what-if; a null field keeps the loaded value.
-- resterende_uren_in_jaar is the part planned on or before 31 December of vanaf's year:
-- what the prognose of that boekjaar counts (all of it without planning).
create or replace macro intern.opdracht_planning(vanaf, wijzigingen) as table
with

wijziging as (
    select
        w.opdracht_id,
        last(w.einddatum order by w.volgnummer) as einddatum,
        last(w.begrote_uren order by w.volgnummer) as begrote_uren
    from (
        select
            unnest(
                wijzigingen::struct(opdracht_id varchar, einddatum date, begrote_uren double)[],
                recursive := true
            ),
            unnest(range(len(wijzigingen))) as volgnummer
    ) as w
    group by w.opdracht_id
),

opdracht as (
    select
        o.opdracht_id,
        o.titel,
        o.aanvrager,
        o.status,
        o.is_open,
        o.opdrachtnemer,
        o.opdrachtnemer_gemeente,
        o.startdatum,
        coalesce(w.einddatum, o.einddatum) as einddatum,
        greatest(coalesce(w.begrote_uren, o.begrote_uren) - o.gerealiseerde_uren, 0)
            as resterende_uren,
        vanaf::date as planning_start,
        make_date(year(vanaf::date), 12, 31) as jaar_einde
    from intern.dim_opdracht as o
    left join wijziging as w on w.opdracht_id = o.opdracht_id
),

venster as (
    select
        *,
        einddatum is not null as heeft_planning,
        greatest(planning_start, coalesce(startdatum, planning_start)) as plan_van
    from opdracht
),

final as (
    select
        * exclude (jaar_einde, planning_start),
        greatest(coalesce(einddatum, jaar_einde), plan_van) as plan_tot,
        greatest(coalesce(einddatum, jaar_einde), plan_van) - plan_van + 1 as plan_dagen,
        case
            when not heeft_planning then resterende_uren
            else resterende_uren
                * greatest(least(greatest(einddatum, plan_van), jaar_einde) - plan_van + 1, 0)
                / (greatest(einddatum, plan_van) - plan_van + 1)
        end as resterende_uren_in_jaar
    from venster
)

select * from final
