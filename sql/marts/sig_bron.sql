-- grain: one row per signal that follows from the loaded data alone (columns of signalen,
-- which unions it in with the signals that depend on today)
-- A table (built once per run): these signals read only what the ETL loaded, so they cannot
-- change until the next run, and computing them on every read of signalen (77 000 person
-- weeks at a million registrations, each with a Dutch sentence) cost most of its time.
-- Advice, never a rejection: the hours of a signal still count in every balance.
create or replace table intern.sig_bron as
with

opdracht as (
    select * from intern.dim_opdracht
),

dag as (
    select opdracht_id, datum, uren from intern.fct_uren_dag
),

-- The first acceptance of each opdracht: the earliest step of its status history
-- (statushistorie) that is geaccepteerd, lopend or afgerond. Where that is the opdracht's
-- own undated row (an export without history), it counts as accepted from the start.
acceptatie as (
    select
        opdracht_id,
        case
            when bool_or(geldig_van is null) then null else min(geldig_van)::date
        end as geaccepteerd_op
    from intern.stg_statushistorie
    where status in ('geaccepteerd', 'lopend', 'afgerond')
    group by opdracht_id
),

zonder_acceptatie as (
    select
        'uren_zonder_acceptatie' as signaal,
        o.opdracht_id,
        null as medewerker_id,
        o.aanvrager as gemeente,
        min(d.datum) as periode_van,
        max(d.datum) as periode_tot,
        sum(d.uren) as uren,
        intern.nl_uren(sum(d.uren))
        || ' uur geboekt terwijl de opdracht nog niet was geaccepteerd: '
        || 'accepteer de opdracht of laat de uren terugboeken.' as toelichting,
        'uren zonder acceptatie ' || intern.nl_uren(sum(d.uren)) as kort
    from dag as d
    inner join opdracht as o on o.opdracht_id = d.opdracht_id
    left join acceptatie as a on a.opdracht_id = d.opdracht_id
    where a.opdracht_id is null or d.datum < a.geaccepteerd_op
    group by o.opdracht_id, o.aanvrager
),

buiten_looptijd as (
    select
        'uren_buiten_looptijd' as signaal,
        o.opdracht_id,
        null as medewerker_id,
        o.aanvrager as gemeente,
        min(d.datum) as periode_van,
        max(d.datum) as periode_tot,
        sum(d.uren) as uren,
        intern.nl_uren(sum(d.uren)) || ' uur geboekt buiten de looptijd ('
        || coalesce(intern.nl_datum(o.startdatum), '?') || ' t/m '
        || coalesce(intern.nl_datum(o.einddatum), '?')
        || '): pas de planning op het opdrachtformulier aan of corrigeer de boekingen.'
            as toelichting,
        'uren buiten looptijd ' || intern.nl_uren(sum(d.uren)) as kort
    from dag as d
    inner join opdracht as o on o.opdracht_id = d.opdracht_id
    where d.datum < o.startdatum or d.datum > o.einddatum
    group by o.opdracht_id, o.aanvrager, o.startdatum, o.einddatum
),

budget as (
    select
        'budget_overschreden' as signaal,
        opdracht_id,
        null as medewerker_id,
        aanvrager as gemeente,
        eerste_urendatum as periode_van,
        laatste_urendatum as periode_tot,
        gerealiseerde_uren - begrote_uren as uren,
        intern.nl_uren(gerealiseerde_uren) || ' van ' || intern.nl_uren(begrote_uren)
        || ' begrote uren gerealiseerd: vraag de opdrachtgevers om extra uren '
        || 'of rond de opdracht af.' as toelichting,
        'budget overschreden ' || intern.nl_uren(gerealiseerde_uren) || '/'
        || intern.nl_uren(begrote_uren) as kort
    from opdracht
    where gerealiseerde_uren > begrote_uren
),

zonder_nemer as (
    select
        'geen_opdrachtnemer' as signaal,
        opdracht_id,
        null as medewerker_id,
        aanvrager as gemeente,
        startdatum as periode_van,
        einddatum as periode_tot,
        resterende_uren as uren,
        'De opdracht is ' || status || ' maar heeft geen opdrachtnemer (nog '
        || intern.nl_uren(resterende_uren) || ' uur te doen): wijs een opdrachtnemer toe, '
        || 'zie de kandidaten.' as toelichting,
        'geen opdrachtnemer' as kort
    from opdracht
    where status in ('geaccepteerd', 'lopend') and opdrachtnemer is null
),

leeg as (
    select
        opdracht_id,
        aanvrager,
        startdatum,
        einddatum,
        list_filter(
            [
                case
                    when coalesce(trim(opdrachtformulering), '') = '' then 'opdrachtformulering'
                end,
                case when coalesce(trim(doel), '') = '' then 'doel' end,
                case
                    when coalesce(trim(beoogd_resultaat), '') = '' then 'beoogd resultaat'
                end,
                case
                    when coalesce(trim(profiel_opdrachtnemer), '') = '' then 'profiel opdrachtnemer'
                end
            ],
            lambda v: v is not null
        ) as velden
    from opdracht
    where status in ('geaccepteerd', 'lopend', 'afgerond')
),

formulier as (
    select
        'formulier_onvolledig' as signaal,
        opdracht_id,
        null as medewerker_id,
        aanvrager as gemeente,
        startdatum as periode_van,
        einddatum as periode_tot,
        null::double as uren,
        'Het opdrachtformulier mist: ' || array_to_string(velden, ', ')
        || '. Vraag de ambtelijk opdrachtgever het formulier aan te vullen.' as toelichting,
        'formulier onvolledig' as kort
    from leeg
    where len(velden) > 0
),

zonder_akkoord as (
    select
        'afgerond_zonder_akkoord' as signaal,
        opdracht_id,
        null as medewerker_id,
        aanvrager as gemeente,
        startdatum as periode_van,
        einddatum as periode_tot,
        null::double as uren,
        'Afgerond zonder akkoord van de opdrachtgever: vraag het akkoord alsnog of '
        || 'bespreek met de opdrachtgever wat er nog ontbreekt.' as toelichting,
        'afgerond zonder akkoord' as kort
    from opdracht
    where status = 'afgerond' and akkoord_opdrachtgever is not true
),

beschikbaarheid as (
    select
        'boven_beschikbaarheid' as signaal,
        null as opdracht_id,
        w.medewerker_id,
        m.gemeente,
        w.week_start as periode_van,
        (w.week_start + 6)::date as periode_tot,
        w.uren - m.beschikbaar_uren_per_week as uren,
        intern.nl_uren(w.uren) || ' uur geboekt in week ' || weekofyear(w.week_start)
        || ' van ' || isoyear(w.week_start) || ', beschikbaar is '
        || intern.nl_uren(m.beschikbaar_uren_per_week)
        || ' uur per week: bespreek de belasting met de medewerker en diens gemeente.'
            as toelichting,
        'boven beschikbaarheid ' || intern.nl_uren(w.uren) || '/'
        || intern.nl_uren(m.beschikbaar_uren_per_week) as kort
    from intern.fct_uren_week as w
    inner join main.medewerkers as m on m.medewerker_id = w.medewerker_id
    where w.uren > m.beschikbaar_uren_per_week
),

final as (
    select * from zonder_acceptatie
    union all by name
    select * from buiten_looptijd
    union all by name
    select * from budget
    union all by name
    select * from zonder_nemer
    union all by name
    select * from formulier
    union all by name
    select * from zonder_akkoord
    union all by name
    select * from beschikbaarheid
    union all by name
    -- rows that came after their period was vastgesteld (data contract, section 10)
    select * from intern.sig_correctie
)

select * from final
