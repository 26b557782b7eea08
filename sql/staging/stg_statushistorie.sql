-- grain: one row per opdracht × step of its status history (its own row, then each change)
-- The opdracht's own row is step 0, valid from ingediend_op (null: since always, as for a
-- municipality's export); every loaded statuswijziging is a step, in tijdstip order (ties
-- in file and line order, as the ETL checked them). A change without opdrachtnemer keeps
-- the one before it: the latest status and opdrachtnemer win. The columns after `regel`
-- are what a step of the opdracht's life carries (etl/levensloop.py; null on its own row).
create or replace table intern.stg_statushistorie as
with

eigen_rij as (
    select
        opdracht_id,
        0 as volgnummer,
        ingediend_op as geldig_van,
        status,
        opdrachtnemer,
        ingediend_door as door,
        cast(null as varchar) as toelichting,
        case when ingediend_op is null then 'bronbestand' else 'aanmelden' end as actie,
        bestand,
        regel,
        cast(null as varchar) as stap,
        opdrachtnemer is not null as zet_opdrachtnemer,
        cast(null as date) as startdatum,
        cast(null as date) as einddatum,
        cast(null as double) as begrote_uren,
        cast(null as varchar) as leidinggevende,
        cast(null as boolean) as akkoord_opdrachtgever,
        cast(null as date) as akkoord_op,
        cast(null as varchar) as samengevoegd_uit
    from main.opdrachten
),

wijziging as (
    select
        opdracht_id,
        row_number() over (partition by opdracht_id order by tijdstip, bestand, regel)
            as volgnummer,
        tijdstip as geldig_van,
        status,
        opdrachtnemer,
        door,
        toelichting,
        coalesce(actie, 'wijzigen') as actie,
        bestand,
        regel,
        stap,
        opdrachtnemer is not null as zet_opdrachtnemer,
        startdatum,
        einddatum,
        begrote_uren,
        leidinggevende,
        akkoord_opdrachtgever,
        akkoord_op,
        samengevoegd_uit
    from main.statuswijzigingen
    where opdracht_id in (select opdracht_id from main.opdrachten)
),

stap as (
    select * from eigen_rij
    union all
    select * from wijziging
),

final as (
    select
        opdracht_id,
        volgnummer,
        status,
        last_value(opdrachtnemer ignore nulls) over (
            partition by opdracht_id order by volgnummer
            rows between unbounded preceding and current row
        ) as opdrachtnemer,
        geldig_van,
        lead(geldig_van) over (partition by opdracht_id order by volgnummer) as geldig_tot,
        door,
        toelichting,
        actie,
        bestand,
        regel,
        stap,
        zet_opdrachtnemer,
        startdatum,
        einddatum,
        begrote_uren,
        leidinggevende,
        akkoord_opdrachtgever,
        akkoord_op,
        samengevoegd_uit,
        volgnummer = max(volgnummer) over (partition by opdracht_id) as is_laatste
    from stap
)

select * from final
