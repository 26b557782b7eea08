-- grain: one row in all: the gemiddeld tarief valid on peildatum (null when none is valid)
-- The one place that decides which tarief a date gets (fct_geldinbreng joins the same rule).
create or replace macro intern.stg_tarief_gemiddeld_op(peildatum) as table
with

tarief as (
    select * from intern.stg_tarief_gemiddeld
),

final as (
    select
        max_by(uurtarief_eur, geldig_vanaf) as uurtarief_eur,
        max(geldig_vanaf) as geldig_vanaf
    from tarief
    where geldig_vanaf <= peildatum
)

select * from final
