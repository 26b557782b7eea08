-- grain: one row per opdracht × bringing gemeente × later year with hours, and per gemeente ×
-- later year with geldinbreng, for years after the current boekjaar (columns of signalen,
-- which unions it in)
-- Every calendar year is its own boekjaar (data contract, section 10), so a date in an
-- earlier year is simply that year's; a date in a year that has not begun yet is most
-- likely a typing error. It still counts in its own year (a signal is advice, never a
-- rejection); the MT checks whether the date is right.
create or replace view intern.sig_buiten_boekjaar as
with

boekjaar_ as (
    select year(intern.boekjaar_tot(null)) as jaar
),

uren_buiten as (
    select
        d.opdracht_id,
        d.gemeente,
        year(d.datum) as jaar,
        min(d.datum) as periode_van,
        max(d.datum) as periode_tot,
        sum(d.uren) as uren
    from intern.fct_uren_dag as d
    cross join boekjaar_ as b
    where year(d.datum) > b.jaar
    group by all
),

geld_buiten as (
    select
        null::varchar as opdracht_id,
        g.gemeente,
        year(g.datum) as jaar,
        min(g.datum) as periode_van,
        max(g.datum) as periode_tot,
        sum(g.uren) as uren
    from intern.fct_geldinbreng as g
    cross join boekjaar_ as b
    where year(g.datum) > b.jaar
    group by all
),

final as (
    select
        'uren_buiten_boekjaar' as signaal,
        s.opdracht_id,
        null::varchar as medewerker_id,
        s.gemeente,
        s.periode_van,
        s.periode_tot,
        intern.afgerond_uren(s.uren) as uren,
        (case when s.opdracht_id is null then 'Geldinbreng' else 'Uren' end)
        || ' gedateerd in ' || s.jaar || ', een jaar dat nog niet is begonnen (het lopende '
        || 'boekjaar is ' || b.jaar || '). Ze tellen mee in boekjaar ' || s.jaar
        || '. Controleer de datum in het bronbestand: een tikfout verbeteren en opnieuw laden.'
        as toelichting,
        'datum in ' || s.jaar as kort
    from (select * from uren_buiten union all select * from geld_buiten) as s
    cross join boekjaar_ as b
)

select * from final
order by periode_van, opdracht_id, gemeente
