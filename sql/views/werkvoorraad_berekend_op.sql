-- grain: one row per opdracht that existed on peildatum (cancelled ones included), as then
-- As werkvoorraad, with the status and opdrachtnemer of peildatum (statushistorie) and the
-- hours registered on or before it. A null peildatum means now.
create or replace macro werkvoorraad_berekend_op(peildatum) as table
with

stand as (
    select * from intern.opdracht_status_op(peildatum)
),

realisatie as (
    select
        opdracht_id,
        sum(uren) as uren,
        sum(aantal_registraties) as aantal_registraties,
        min(datum) as eerste_urendatum,
        max(datum) as laatste_urendatum
    from intern.fct_uren_dag
    where peildatum is null or datum <= peildatum
    group by opdracht_id
),

medewerker as (
    select medewerker_id, naam, gemeente from main.medewerkers
),

final as (
    select
        w.* replace (
            s.status as status,
            s.opdrachtnemer as opdrachtnemer,
            m.naam as opdrachtnemer_naam,
            m.gemeente as opdrachtnemer_gemeente,
            s.opdrachtnemer is null as zonder_opdrachtnemer,
            coalesce(r.uren, 0) as gerealiseerde_uren,
            greatest(w.begrote_uren - coalesce(r.uren, 0), 0) as resterende_uren,
            coalesce(r.aantal_registraties, 0) as aantal_registraties,
            r.eerste_urendatum as eerste_urendatum,
            r.laatste_urendatum as laatste_urendatum,
            s.toelichting as laatste_toelichting,
            s.actie as laatste_actie,
            s.status_sinds as status_sinds
        ),
        peildatum::date as peildatum
    from main.werkvoorraad as w
    inner join stand as s on s.opdracht_id = w.opdracht_id
    left join realisatie as r on r.opdracht_id = w.opdracht_id
    left join medewerker as m on m.medewerker_id = s.opdrachtnemer
)

select * from final
order by opdracht_id
