-- grain: one row per open opdracht with remaining hours × ISO week of its window (from `vanaf`)
-- week_start is the Monday. The week's share of the remaining hours is R × (days of the
-- window in that week) / (days of the window): spread evenly over the calendar days, so
-- a window of whole weeks gets the same hours every week. An opdracht without planning
-- (heeft_planning false) is spread over its window to the year end only as the need the
-- toewijzingsvoorstel weighs against free hours; the bezetting leaves it out.
create or replace macro intern.planning_week(vanaf) as table
with

opdracht as (
    select * from intern.opdracht_planning(vanaf, [])
    where is_open and resterende_uren > 0
),

week as (
    select
        *,
        unnest(
            generate_series(
                date_trunc('week', plan_van)::timestamp, plan_tot::timestamp, interval 7 day
            )
        )::date as week_start
    from opdracht
),

final as (
    select
        opdracht_id,
        opdrachtnemer,
        opdrachtnemer_gemeente,
        heeft_planning,
        week_start,
        resterende_uren
        * (least(plan_tot, week_start + 6) - greatest(plan_van, week_start) + 1)
        / plan_dagen as uren
    from week
)

select * from final
