-- grain: one row per published nieuwsbericht (platform/nieuws.csv), withdrawn ones included
-- ingetrokken_op is the first withdrawal's tijdstip (null: still shown); newest datum first.
create or replace view nieuwsberichten as
with

gepubliceerd as (
    select * from main.nieuws where actie = 'publiceren'
),

ingetrokken as (
    select nieuws_id, min(tijdstip) as ingetrokken_op
    from main.nieuws
    where actie = 'intrekken'
    group by nieuws_id
),

final as (
    select
        p.nieuws_id,
        p.datum,
        p.titel,
        p.tekst,
        p.opdracht_id,
        o.titel as opdracht_titel,
        p.tijdstip as gepubliceerd_op,
        i.ingetrokken_op
    from gepubliceerd as p
    left join ingetrokken as i on i.nieuws_id = p.nieuws_id
    left join main.opdrachten as o on o.opdracht_id = p.opdracht_id
)

select * from final
order by datum desc, gepubliceerd_op desc, nieuws_id desc
