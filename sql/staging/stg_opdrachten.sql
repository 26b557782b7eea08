-- grain: one row per loaded opdracht, with its opdrachtnemer's gemeente and clean lists
-- status and opdrachtnemer are the latest of its status history (statuswijzigingen win
-- over the opdracht's own row); the steps of its life (etl/levensloop.py) move its
-- planning and begrote uren (the latest given wins), add what was merged into it, record
-- the opdrachtgevers' akkoord when it is finished, and keep an opdrachtnemer assigned on
-- the platform voorlopig until a `bevestigen` step (the leidinggevende agreed); a
-- resubmitted form (herindieningen, with its `herindienen` step) replaces the form's texts
create or replace table intern.stg_opdrachten as
with

stap as (
    select
        opdracht_id,
        arg_max(startdatum, volgnummer) filter (where startdatum is not null) as startdatum,
        arg_max(einddatum, volgnummer) filter (where einddatum is not null) as einddatum,
        arg_max(begrote_uren, volgnummer) filter (where begrote_uren is not null)
            as begrote_uren,
        list(samengevoegd_uit order by volgnummer) filter (where samengevoegd_uit is not null)
            as samengevoegd_uit,
        min(volgnummer) filter (where actie = 'samenvoegen' and samengevoegd_uit is not null)
            as eerste_samenvoeging,
        arg_max(akkoord_opdrachtgever, volgnummer) filter (where actie = 'afronden')
            as akkoord_opdrachtgever,
        arg_max(akkoord_op, volgnummer) filter (where actie = 'afronden') as akkoord_op,
        arg_max(actie in ('accepteren', 'toewijzen'), volgnummer) filter (
            where zet_opdrachtnemer
        ) as opdrachtnemer_voorlopig,
        arg_max(leidinggevende, volgnummer) filter (where actie = 'bevestigen')
            as leidinggevende,
        arg_max(akkoord_op, volgnummer) filter (where actie = 'bevestigen')
            as leidinggevende_akkoord_op
    from intern.stg_statushistorie
    group by opdracht_id
),

-- an opdracht that took others in on the platform: its own begrote uren before the first
-- merge, which efficiency counts with the merged ones' (the plan's merges are new opdrachten)
voor_samenvoegen as (
    select
        s.opdracht_id,
        coalesce(
            arg_max(h.begrote_uren, h.volgnummer) filter (
                where h.begrote_uren is not null and h.volgnummer < s.eerste_samenvoeging
            ),
            any_value(o.begrote_uren)
        ) as eigen_uren_voor_samenvoegen
    from stap as s
    inner join intern.stg_statushistorie as h on h.opdracht_id = s.opdracht_id
    inner join main.opdrachten as o on o.opdracht_id = s.opdracht_id
    where s.eerste_samenvoeging is not null
    group by s.opdracht_id
),

herindiening as (
    select r.*
    from main.herindieningen as r
    inner join main.statuswijzigingen as w
        on w.opdracht_id = r.opdracht_id and w.stap = r.stap and w.actie = 'herindienen'
    qualify row_number() over (
        partition by r.opdracht_id order by r.tijdstip desc, r.regel desc
    ) = 1
),

opdracht as (
    select
        o.* replace (
            case when r.opdracht_id is null then o.titel else r.titel end as titel,
            case when r.opdracht_id is null then o.type_werk else r.type_werk end as type_werk,
            case when r.opdracht_id is null then o.bestuurlijk_opdrachtgever
                else r.bestuurlijk_opdrachtgever end as bestuurlijk_opdrachtgever,
            case when r.opdracht_id is null then o.ambtelijk_opdrachtgever
                else r.ambtelijk_opdrachtgever end as ambtelijk_opdrachtgever,
            case when r.opdracht_id is null then o.opdrachtformulering
                else r.opdrachtformulering end as opdrachtformulering,
            case when r.opdracht_id is null then o.achtergrond
                else r.achtergrond end as achtergrond,
            case when r.opdracht_id is null then o.doel else r.doel end as doel,
            case when r.opdracht_id is null then o.beoogd_resultaat
                else r.beoogd_resultaat end as beoogd_resultaat,
            case when r.opdracht_id is null then o.motivatie else r.motivatie end as motivatie,
            case when r.opdracht_id is null then o.profiel_opdrachtnemer
                else r.profiel_opdrachtnemer end as profiel_opdrachtnemer,
            case when r.opdracht_id is null then o.lokale_gebruiken
                else r.lokale_gebruiken end as lokale_gebruiken,
            case when r.opdracht_id is null then o.budget_eur else r.budget_eur end as budget_eur,
            case when r.opdracht_id is null then o.winst else r.winst end as winst,
            case when r.opdracht_id is null then o.winstpunten
                else r.winstpunten end as winstpunten,
            h.status as status,
            h.opdrachtnemer as opdrachtnemer,
            coalesce(s.startdatum, o.startdatum) as startdatum,
            coalesce(s.einddatum, o.einddatum) as einddatum,
            coalesce(s.begrote_uren, o.begrote_uren) as begrote_uren,
            coalesce(s.akkoord_opdrachtgever, o.akkoord_opdrachtgever) as akkoord_opdrachtgever,
            coalesce(o.samengevoegd_uit, []) || coalesce(s.samengevoegd_uit, [])
                as samengevoegd_uit
        ),
        s.akkoord_op,
        v.eigen_uren_voor_samenvoegen,
        coalesce(s.opdrachtnemer_voorlopig, false) as opdrachtnemer_voorlopig,
        s.leidinggevende,
        s.leidinggevende_akkoord_op,
        h.toelichting as laatste_toelichting,
        h.actie as laatste_actie,
        h.geldig_van as status_sinds
    from main.opdrachten as o
    inner join intern.stg_statushistorie as h on h.opdracht_id = o.opdracht_id and h.is_laatste
    left join stap as s on s.opdracht_id = o.opdracht_id
    left join voor_samenvoegen as v on v.opdracht_id = o.opdracht_id
    left join herindiening as r on r.opdracht_id = o.opdracht_id
),

medewerker as (
    select medewerker_id, gemeente, naam from main.medewerkers
),

final as (
    select
        o.opdracht_id,
        o.titel,
        o.soort_opdracht,
        o.aanvrager,
        o.begrote_uren,
        o.status,
        o.fase,
        o.type_werk,
        o.bestuurlijk_opdrachtgever,
        o.ambtelijk_opdrachtgever,
        o.opdrachtnemer,
        m.naam as opdrachtnemer_naam,
        m.gemeente as opdrachtnemer_gemeente,
        o.opdrachtnemer is null as zonder_opdrachtnemer,
        o.opdrachtnemer is not null and o.opdrachtnemer_voorlopig as opdrachtnemer_voorlopig,
        o.leidinggevende,
        o.leidinggevende_akkoord_op,
        o.startdatum,
        o.einddatum,
        o.akkoord_opdrachtgever,
        o.akkoord_op,
        o.eigen_uren_voor_samenvoegen,
        coalesce(o.winst, []) as winst,
        list_sort(list_distinct(coalesce(o.winstpunten, []))) as winstpunten,
        o.samengevoegd_uit,
        o.budget_eur::decimal(18, 2) as budget_eur,
        o.opdrachtformulering,
        o.achtergrond,
        o.doel,
        o.beoogd_resultaat,
        o.motivatie,
        o.profiel_opdrachtnemer,
        o.lokale_gebruiken,
        o.ingediend_door,
        o.ingediend_op,
        o.laatste_toelichting,
        o.laatste_actie,
        o.status_sinds,
        o.status = 'geannuleerd' as is_geannuleerd,
        o.status in ('aangemeld', 'geaccepteerd', 'lopend') as is_open
    from opdracht as o
    left join medewerker as m on m.medewerker_id = o.opdrachtnemer
)

select * from final
