-- grain: one row per boekjaar (calendar year) with dated data, and its settlement date
-- Dated data: hours, geldinbreng, evaluaties and leerervaringen.
-- Every calendar year is its own hour bank (data contract, section 10). The current
-- boekjaar (is_huidig) is the year of today's date, or the latest year with data when that
-- is earlier: the year the interface views without a date show.
create or replace view intern.dim_boekjaar as
with

jaar as (
    select jaar, eerste_datum, laatste_datum from intern.fct_jaar
),

final as (
    select
        j.jaar,
        j.eerste_datum,
        j.laatste_datum,
        make_date(j.jaar, 1, 1) as begindatum,
        make_date(j.jaar, 12, 31) as verrekendatum,
        j.jaar = intern.huidig_jaar() as is_huidig
    from jaar as j
)

select * from final
order by jaar
