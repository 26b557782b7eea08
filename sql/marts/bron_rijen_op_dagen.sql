-- grain: one row per hour registration and per geldinbreng the source folder holds now and
-- dated on one of `dagen` (null: every day), with a sleutel of its content and a volgnummer
-- Two rows with the same content are told apart by their volgnummer (file order); a
-- registratie_id, when the export has one, lets a change be shown as one row changed. The
-- sleutel includes the datum, so rows with one sleutel share their day: filtering on the
-- days before hashing numbers the rows left exactly as filtering afterwards would, and a
-- correctie check or a vaststelling hashes only the days it needs (md5 over a million
-- rows cost seconds on every read of signalen).
create or replace macro intern.bron_rijen_op_dagen(dagen) as table
with

dag as (
    select unnest(dagen) as datum
),

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
    semi join dag as d on d.datum = u.datum
),

geld as (
    select
        'geldinbreng',
        md5(concat_ws('|', gemeente, g.datum, bedrag_eur, coalesce(omschrijving, ''))),
        null, bestand, regel, g.datum, gemeente, null, null, null,
        bedrag_eur::decimal(18, 2)
    from main.geldinbreng as g
    semi join dag as d on d.datum = g.datum
),

final as (
    select
        *,
        row_number() over (partition by soort, sleutel order by bestand, regel) as volgnummer
    from (select * from registratie union all select * from geld)
)

select * from final
