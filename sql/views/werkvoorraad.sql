-- grain: one row per loaded opdracht (cancelled ones included)
create or replace view werkvoorraad as
with

opdracht as (
    select * from intern.dim_opdracht
),

final as (
    select
        opdracht_id,
        titel,
        soort_opdracht,
        status,
        begrote_uren,
        intern.afgerond_uren(gerealiseerde_uren) as gerealiseerde_uren,
        intern.afgerond_uren(resterende_uren) as resterende_uren,
        fase,
        type_werk,
        aanvrager,
        opdrachtnemer,
        opdrachtnemer_naam,
        opdrachtnemer_gemeente,
        zonder_opdrachtnemer,
        opdrachtnemer_voorlopig,
        leidinggevende,
        leidinggevende_akkoord_op,
        bestuurlijk_opdrachtgever,
        ambtelijk_opdrachtgever,
        startdatum,
        einddatum,
        akkoord_opdrachtgever,
        akkoord_op,
        winst,
        winstpunten,
        samengevoegd_uit,
        deelnemers,
        budget_eur,
        aantal_registraties,
        eerste_urendatum,
        laatste_urendatum,
        opdrachtformulering,
        achtergrond,
        doel,
        beoogd_resultaat,
        motivatie,
        profiel_opdrachtnemer,
        lokale_gebruiken,
        ingediend_door,
        ingediend_op,
        laatste_toelichting,
        laatste_actie,
        status_sinds
    from opdracht
)

select * from final
order by opdracht_id
