-- grain: one row per gemeente (code), flagging the six proeftuin gemeenten
-- A table (built once per run): bound inside nearly every query as a view.
create or replace table intern.stg_gemeenten as
with

source as (
    select * from main.gemeenten
),

final as (
    select
        code,
        naam,
        -- the six built-in gemeenten share ondersteuning/ontwikkel opdrachten by default
        code in ('ALB', 'DOR', 'HIA', 'PAP', 'SLI', 'ZWD') as proeftuin
    from source
)

select * from final
