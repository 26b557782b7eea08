-- grain: one row per date in `einden` × gemeente (all): the expected saldo of the boekjaar of
-- `vanaf` on that date, when the open opdrachten use their remaining hours as planned
-- The one prognose computation behind prognose, prognose_per_kwartaal and prognose_met
-- (data contract, section 6 "Time in the werkbank"): the saldo dated up to `einde`
-- (intern.balans_voor) plus the remaining hours planned on or before `einde` (spread as in
-- intern.opdracht_planning; an opdracht without planning counts at the year end), brought
-- by the opdrachtnemer's gemeente and taken by the shares. Work without opdrachtnemer is
-- brought by nobody yet and stays out (shown apart, to keep the zero sum).
-- The MT's levers (each may be an untyped [] for none): `toewijzingen` (struct(opdracht_id varchar, medewerker_id varchar)[]):
-- an existing medewerker's gemeente brings an open opdracht's hours (for an opdracht named
-- twice, the last); `wijzigingen` (see opdracht_planning) moves or cuts opdrachten;
-- `geldinbreng` (struct(gemeente varchar, bedrag_eur decimal(18, 2))[]): money a gemeente
-- plans to bring, in hours at the tarief of the year end, as geldinbreng in the settlement.
create or replace macro intern.prognose_tot(vanaf, einden, toewijzingen, wijzigingen, geldinbreng)
as table
with

einde as (
    select distinct unnest(einden)::date as einde
),

jaar as (
    select make_date(year(vanaf::date), 12, 31) as jaar_einde
),

balans as (
    select * from intern.balans_voor(einden)
),

toewijzing as (
    select t.opdracht_id, last(m.gemeente order by t.volgnummer) as gemeente
    from (
        select
            unnest(toewijzingen::struct(opdracht_id varchar, medewerker_id varchar)[], recursive := true),
            unnest(range(len(toewijzingen))) as volgnummer
    ) as t
    inner join main.medewerkers as m on m.medewerker_id = t.medewerker_id
    group by t.opdracht_id
),

opdracht as (
    select
        p.opdracht_id,
        p.heeft_planning,
        p.plan_van,
        p.plan_tot,
        p.plan_dagen,
        p.resterende_uren,
        coalesce(t.gemeente, p.opdrachtnemer_gemeente) as brenger
    from intern.opdracht_planning(vanaf, wijzigingen) as p
    left join toewijzing as t on t.opdracht_id = p.opdracht_id
    where p.is_open and p.resterende_uren > 0
),

-- the remaining hours planned on or before each einde
tot_einde as (
    select
        e.einde,
        o.opdracht_id,
        o.brenger,
        case
            when o.heeft_planning
                then o.resterende_uren
                * greatest(least(o.plan_tot, e.einde) - o.plan_van + 1, 0) / o.plan_dagen
            when e.einde >= j.jaar_einde then o.resterende_uren
            else 0
        end as uren
    from opdracht as o
    cross join einde as e
    cross join jaar as j
),

effect as (
    select einde, brenger as gemeente, uren as gebracht, 0 as gehaald, 0 as zonder
    from tot_einde
    where brenger is not null
    union all
    select
        t.einde,
        a.gemeente,
        0,
        case when t.brenger is not null then t.uren * a.aandeel else 0 end,
        case when t.brenger is null then t.uren * a.aandeel else 0 end
    from tot_einde as t
    inner join intern.stg_aandelen as a on a.opdracht_id = t.opdracht_id
),

rest as (
    select
        einde,
        gemeente,
        sum(gebracht) as gebracht,
        sum(gehaald) as gehaald,
        sum(zonder) as zonder
    from effect
    group by all
),

geld as (
    select g.gemeente, sum(g.bedrag_eur)::decimal(18, 2) as bedrag_eur
    from (
        select unnest(
            geldinbreng::struct(gemeente varchar, bedrag_eur decimal(18, 2))[], recursive := true
        )
    ) as g
    where g.bedrag_eur > 0
    group by g.gemeente
),

final as (
    select
        year(b.peildatum) as boekjaar,
        b.peildatum,
        b.gemeente,
        b.naam,
        b.saldo_uren,
        coalesce(r.gebracht, 0) as resterende_uren_gebracht,
        coalesce(r.gehaald, 0) as resterende_uren_gehaald,
        coalesce(r.zonder, 0) as resterende_uren_zonder_opdrachtnemer,
        coalesce(g.bedrag_eur, 0)::decimal(18, 2) as geplande_geldinbreng_eur,
        coalesce(g.bedrag_eur / b.uurtarief_eur, 0) as geplande_geldinbreng_uren,
        b.saldo_uren + coalesce(r.gebracht, 0) - coalesce(r.gehaald, 0)
        + coalesce(g.bedrag_eur / b.uurtarief_eur, 0) as prognose_saldo_uren,
        b.geldinbreng_uren + coalesce(g.bedrag_eur / b.uurtarief_eur, 0) as geldinbreng_uren,
        (b.geldinbreng_eur + coalesce(g.bedrag_eur, 0))::decimal(18, 2) as geldinbreng_eur,
        b.uurtarief_eur
    from balans as b
    left join rest as r on r.einde = b.peildatum and r.gemeente = b.gemeente
    left join geld as g on g.gemeente = b.gemeente
)

select * from final
order by peildatum, gemeente
