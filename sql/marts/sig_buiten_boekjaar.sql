-- grain: one row per opdracht × bringing gemeente × year outside the boekjaar with hours, and
-- per gemeente × year outside the boekjaar with geldinbreng (columns of signalen, which
-- unions it in)
-- The boekjaar is the year of the latest datum (intern.dim_boekjaar). Hours and money dated in
-- another year still count in the balance and in the settlement of the boekjaar (a signal
-- is advice, never a rejection); the MT checks whether the date is right.
create or replace view intern.sig_buiten_boekjaar as
with

boekjaar_ as (
    select jaar from intern.dim_boekjaar
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
    where year(d.datum) <> b.jaar
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
    where year(g.datum) <> b.jaar
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
        || ' gedateerd in ' || s.jaar || ', buiten het boekjaar ' || b.jaar
        || ' (het jaar van de laatste datum in de gegevens). Ze tellen mee in de verrekening '
        || 'per 31-12-' || b.jaar || '. Controleer de data in het bronbestand: een tikfout '
        || '(ook één datum in ' || b.jaar || ' die in ' || s.jaar || ' hoort, verschuift '
        || 'het boekjaar) verbeteren en opnieuw laden; hoort het echt bij ' || s.jaar
        || ', verreken dat jaar dan apart.' as toelichting,
        'buiten boekjaar: ' || s.jaar as kort
    from (select * from uren_buiten union all select * from geld_buiten) as s
    cross join boekjaar_ as b
)

select * from final
order by periode_van, opdracht_id, gemeente
