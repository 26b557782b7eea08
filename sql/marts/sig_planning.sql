-- grain: one row per medewerker planned beyond availability, and per open opdracht without
-- planning (columns of signalen, which unions it in)
-- overboekt_gepland (data contract, section 6 "Time in the werkbank"): from this week on,
-- the hours a medewerker is planned for as opdrachtnemer (intern.gepland_week) pass what is
-- left of their availability in at least one week; uren = the planned hours too many,
-- summed over those weeks. zonder_planning: an open opdracht with remaining hours but no
-- einddatum is not spread over the calendar (nor silently over the year).
create or replace view intern.sig_planning as
with

peil as (
    select intern.planning_vanaf() as peildatum
),

-- the weeks with planned hours (intern.gepland_week, a few dozen rows) with what is booked
-- in them: the rows of intern.bezet_week with geplande_uren > 0, without building that
-- sparse grid of every booked week first (most of this view's time at 1M registrations)
bezet as (
    select
        g.medewerker_id,
        m.gemeente,
        g.week_start,
        m.beschikbaar_uren_per_week as beschikbaar_uren,
        coalesce(u.uren, 0) as geboekte_uren,
        g.uren as geplande_uren
    from intern.gepland_week(intern.planning_vanaf()) as g
    inner join main.medewerkers as m on m.medewerker_id = g.medewerker_id
    left join intern.fct_uren_week as u
        on u.medewerker_id = g.medewerker_id and u.week_start = g.week_start
),

te_veel as (
    select
        w.medewerker_id,
        w.gemeente,
        w.week_start,
        least(w.geplande_uren, w.geboekte_uren + w.geplande_uren - w.beschikbaar_uren) as uren
    from bezet as w
    cross join peil as v
    where w.week_start >= date_trunc('week', v.peildatum) and w.geplande_uren > 0
        and w.geboekte_uren + w.geplande_uren > w.beschikbaar_uren
),

overboekt as (
    select
        'overboekt_gepland' as signaal,
        null::varchar as opdracht_id,
        medewerker_id,
        gemeente,
        min(week_start) as periode_van,
        (max(week_start) + 6)::date as periode_tot,
        sum(uren) as uren,
        'In ' || count(*) || ' week/weken is meer gepland dan beschikbaar ('
        || intern.nl_uren(sum(uren)) || ' uur te veel, eerste week '
        || weekofyear(min(week_start)) || ' van ' || isoyear(min(week_start))
        || '): verdeel opdrachten over anderen of schuif een einddatum op.' as toelichting,
        'overboekt gepland ' || intern.nl_uren(sum(uren)) as kort
    from te_veel
    group by medewerker_id, gemeente
),

zonder as (
    select
        'zonder_planning' as signaal,
        p.opdracht_id,
        null::varchar as medewerker_id,
        p.aanvrager as gemeente,
        p.startdatum as periode_van,
        null::date as periode_tot,
        p.resterende_uren as uren,
        'De opdracht heeft geen einddatum: de ' || intern.nl_uren(p.resterende_uren)
        || ' resterende uren zijn niet over de weken verdeeld (de prognose telt ze in dit '
        || 'boekjaar). Vraag de opdrachtgever om een planning.' as toelichting,
        'zonder planning' as kort
    from intern.opdracht_planning(intern.planning_vanaf(), []) as p
    where p.is_open and p.resterende_uren > 0 and not p.heeft_planning
)

select * from overboekt
union all by name
select * from zonder
