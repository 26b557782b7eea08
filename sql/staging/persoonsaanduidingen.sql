-- grain: one row per text that points at one medewerker (name, personnel number, e-mail)
-- What `cijfers.kwalitatief` takes out of free texts (evaluaties, interviews, leerverhalen)
-- before a role without person-level data reads them (contract section 8); the longest
-- first, so a full name goes before a part of it.
create or replace view intern.persoonsaanduidingen as
with

medewerker as (
    select medewerker_id, naam, email from main.medewerkers
),

aanduiding as (
    select medewerker_id as tekst from medewerker
    union
    select trim(naam) from medewerker
    union
    select trim(email) from medewerker
),

final as (
    select tekst from aanduiding where length(tekst) >= 2
)

select * from final
order by length(tekst) desc, tekst
