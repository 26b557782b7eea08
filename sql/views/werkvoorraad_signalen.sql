-- grain: one row per opdracht with at least one signal: short labels for the Werkvoorraad
-- Only opdracht-level signals: person-level ones (boven_beschikbaarheid) stay on the werkbank.
create or replace view werkvoorraad_signalen as
with

signaal as (
    select opdracht_id, signaal, kort from signalen where opdracht_id is not null
),

final as (
    select
        opdracht_id,
        list(signaal order by signaal) as signalen,
        string_agg(kort, ' · ' order by signaal) as signaal_tekst
    from signaal
    group by opdracht_id
)

select * from final
order by opdracht_id
