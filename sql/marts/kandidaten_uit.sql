-- grain: one row per opdracht in `opdracht_ids` × medewerker: fit and rank (1 = best), from `vanaf`
-- The computation of kandidaten_voor (see there: the ranking rule and vrije_uren_per_week),
-- with "today" and each gemeente's prognose given by the caller as `vanaf` (a date) and
-- `gemeenten` (a list of struct(gemeente, gemeente_naam, prognose_saldo_uren)).
-- Why: the build's toewijzingsvoorstel has read both already; handing them in spares it
-- binding the prognose (and "today") again, which cost that query more than running it.
create or replace macro intern.kandidaten_uit(opdracht_ids, vanaf, gemeenten) as table
with

opdracht as (
    select
        opdracht_id,
        lower(concat_ws(' ', titel, type_werk, profiel_opdrachtnemer, opdrachtformulering))
            as tekst
    from intern.dim_opdracht
    where list_contains(opdracht_ids, opdracht_id)
),

medewerker as (
    select medewerker_id, gemeente, schaal, naam, beschikbaar_uren_per_week,
        list_filter(coalesce(expertise, []), lambda t: trim(t) <> '') as expertise
    from main.medewerkers
),

-- each expertise term with its place in the medewerker's list (the order `passend` keeps)
term as (
    select medewerker_id, term, lower(trim(term)) as zoek, nr
    from (
        select medewerker_id, unnest(expertise) as term, generate_subscripts(expertise, 1) as nr
        from medewerker
    )
),

-- the terms whose letters occur in the opdracht's text at all: a cheap test over every
-- term × opdracht, so the word-by-word test below (intern.term_in_tekst, which splits the
-- text) runs only on these few instead of on every pair (most of the time at 1M)
bevat as materialized (
    select o.opdracht_id, t.medewerker_id, t.term, t.zoek, t.nr, o.tekst
    from term as t
    inner join opdracht as o on contains(o.tekst, t.zoek)
),

treffer as (
    select opdracht_id, medewerker_id, list(term order by nr) as passend
    from bevat
    where intern.term_in_tekst(zoek, tekst)
    group by opdracht_id, medewerker_id
),

-- the weeks of each opdracht's planning (from today; without einddatum: to the year end)
venster as (
    select
        opdracht_id,
        unnest(
            generate_series(
                date_trunc('week', plan_van)::timestamp, plan_tot::timestamp, interval 7 day
            )
        )::date as week_start
    from intern.opdracht_planning(vanaf, [])
    where list_contains(opdracht_ids, opdracht_id)
),

-- hours booked and planned per medewerker in that window (sparse: only weeks with hours)
bezet as (
    select v.opdracht_id, b.medewerker_id, sum(b.geboekte_uren + b.geplande_uren) as uren
    from venster as v
    inner join intern.bezet_week(vanaf) as b on b.week_start = v.week_start
    group by all
),

-- free hours per week in that window: the mean over its weeks of bezetting's vrije_uren
-- (available - booked - already planned), written sparsely: available - (booked + planned
-- in the window) / its number of weeks
vrij as (
    select
        w.opdracht_id,
        m.medewerker_id,
        m.beschikbaar_uren_per_week - coalesce(b.uren, 0) / w.weken as vrije_uren_per_week
    from (select opdracht_id, count(*) as weken from venster group by opdracht_id) as w
    cross join medewerker as m
    left join bezet as b on b.opdracht_id = w.opdracht_id and b.medewerker_id = m.medewerker_id
),

gemeente as (
    select unnest(gemeenten, recursive := true)
),

score as (
    select
        o.opdracht_id,
        m.*,
        f.vrije_uren_per_week,
        coalesce(t.passend, []) as passend,
        g.gemeente_naam,
        g.prognose_saldo_uren as gemeente_prognose_uren
    from medewerker as m
    cross join opdracht as o
    left join vrij as f on f.opdracht_id = o.opdracht_id and f.medewerker_id = m.medewerker_id
    left join treffer as t on t.opdracht_id = o.opdracht_id and t.medewerker_id = m.medewerker_id
    left join gemeente as g on g.gemeente = m.gemeente
),

gerangschikt as (
    select
        *,
        len(passend) as expertise_match,
        coalesce(vrije_uren_per_week > 0, false) as heeft_vrije_uren,
        row_number() over (
            partition by opdracht_id
            order by
                len(passend) > 0 desc,
                coalesce(vrije_uren_per_week > 0, false) desc,
                gemeente_prognose_uren asc nulls last,
                len(passend) desc,
                vrije_uren_per_week desc nulls last,
                medewerker_id
        ) as rang
    from score
),

final as (
    select
        opdracht_id,
        medewerker_id,
        naam,
        gemeente,
        gemeente_naam,
        schaal,
        expertise_match,
        round(vrije_uren_per_week, 6) as vrije_uren_per_week,
        round(gemeente_prognose_uren, 6) as gemeente_prognose_uren,
        rang,
        case
            when expertise_match > 0
                then 'expertise ' || array_to_string(passend, ', ')
            else 'geen passende expertise'
        end
        || ' · ' || case
            when vrije_uren_per_week is null then 'beschikbaarheid onbekend'
            when vrije_uren_per_week > 0
                then intern.nl_uren(vrije_uren_per_week) || ' vrije uren per week'
            else 'geen vrije uren'
        end
        || ' · ' || coalesce(gemeente_naam, gemeente) || ' prognose '
        || case when gemeente_prognose_uren > 0.5 then '+' else '' end
        || intern.nl_uren(gemeente_prognose_uren) || ' uur'
        || case
            when gemeente_prognose_uren < -0.5 then ' (moet nog brengen)'
            else ''
        end as reden,
        expertise,
        heeft_vrije_uren
    from gerangschikt
)

select * from final
order by opdracht_id, rang
