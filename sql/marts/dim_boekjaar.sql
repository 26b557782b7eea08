-- grain: one row in all: the boekjaar of the data and its settlement date
-- The boekjaar is the year of the latest datum in uren and geldinbreng (data contract,
-- section 3); the year-end settlement (verrekening) is on 31 December of it. Null when
-- there is no data yet.
create or replace view intern.dim_boekjaar as
with

periode as (
    select min(datum) as eerste_datum, max(datum) as laatste_datum from intern.fct_saldo_dag
),

final as (
    select
        year(laatste_datum) as jaar,
        eerste_datum,
        laatste_datum,
        make_date(year(laatste_datum), 12, 31) as verrekendatum
    from periode
)

select * from final
