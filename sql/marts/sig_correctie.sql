-- grain: one row per opdracht (or geldinbreng gemeente) × geboekt_in with corrections na
-- vaststelling (columns of signalen, which unions it in)
-- A row added or removed after its period was vastgesteld counts in the first open period
-- (data contract, section 10): the MT checks why it came late and tells the colleges.
create or replace view intern.sig_correctie as
with

correctie as (
    select * from intern.fct_correctie
),

final as (
    select
        'correctie_na_vaststelling' as signaal,
        opdracht_id,
        null::varchar as medewerker_id,
        gemeente,
        min(datum) as periode_van,
        max(datum) as periode_tot,
        sum(coalesce(uren, 0)) as uren,
        count(*) || ' rij(en) uit een vastgestelde periode (gedateerd '
        || strftime(min(datum), '%d-%m-%Y') || ' t/m ' || strftime(max(datum), '%d-%m-%Y')
        || ') kwamen na de vaststelling binnen of veranderden; ze tellen mee in '
        || geboekt_in || '. Ga na waarom ze laat zijn en meld de correctie aan de colleges.'
            as toelichting,
        'correctie in ' || geboekt_in as kort
    from correctie
    group by opdracht_id, gemeente, geboekt_in
)

select * from final
