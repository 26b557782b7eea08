-- grain: one row per calendar year with dated data (hours, geldinbreng, evaluaties, leerervaringen)
-- A table (built once per run): which years hold data does not change until the next run,
-- while "today" does, so intern.dim_boekjaar (which knows today) reads this small table.
-- Every as-of figure and the planning start ask for the current boekjaar, often several
-- times per query; reading the facts each time made the werkbank's macros slow.
create or replace table intern.fct_jaar as
with

datum as (
    select datum from intern.fct_saldo_dag
    union all
    select peil_datum from intern.fct_evaluatie
    union all
    select datum from main.leerervaringen
),

final as (
    select year(datum) as jaar, min(datum) as eerste_datum, max(datum) as laatste_datum
    from datum
    where datum is not null
    group by year(datum)
)

select * from final
order by jaar
