-- grain: one row per hour registration and per geldinbreng the source folder holds now, with
-- a sleutel of its content: what a vaststelling records and later compares with
-- Two rows with the same content are told apart by their volgnummer (file order); a
-- registratie_id, when the export has one, lets a change be shown as one row changed.
create or replace view intern.bron_rijen as
with

registratie as (
    select
        'uren' as soort,
        md5(concat_ws(
            '|', coalesce(u.registratie_id, ''), u.medewerker_id, u.opdracht_id, u.datum,
            u.uren, coalesce(u.omschrijving, '')
        )) as sleutel,
        u.registratie_id, u.bestand, u.regel, u.datum, m.gemeente, u.opdracht_id,
        u.medewerker_id, u.uren, null::decimal(18, 2) as bedrag_eur
    from main.uren as u
    inner join main.medewerkers as m using (medewerker_id)
),

geld as (
    select
        'geldinbreng',
        md5(concat_ws('|', gemeente, datum, bedrag_eur, coalesce(omschrijving, ''))),
        null, bestand, regel, datum, gemeente, null, null, null,
        bedrag_eur::decimal(18, 2)
    from main.geldinbreng
),

final as (
    select
        *,
        row_number() over (partition by soort, sleutel order by bestand, regel) as volgnummer
    from (select * from registratie union all select * from geld)
)

select * from final
