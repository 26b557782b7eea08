-- grain: one row per loaded opdracht, with its opdrachtnemer's gemeente and clean lists
-- status and opdrachtnemer are the latest of its status history (statuswijzigingen win
-- over the opdracht's own row)
create or replace view intern.stg_opdrachten as
with

opdracht as (
    select
        o.* replace (h.status as status, h.opdrachtnemer as opdrachtnemer),
        h.toelichting as laatste_toelichting,
        h.actie as laatste_actie,
        h.geldig_van as status_sinds
    from main.opdrachten as o
    inner join intern.stg_statushistorie as h on h.opdracht_id = o.opdracht_id and h.is_laatste
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
        o.startdatum,
        o.einddatum,
        o.akkoord_opdrachtgever,
        coalesce(o.winst, []) as winst,
        list_sort(list_distinct(coalesce(o.winstpunten, []))) as winstpunten,
        coalesce(o.samengevoegd_uit, []) as samengevoegd_uit,
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
