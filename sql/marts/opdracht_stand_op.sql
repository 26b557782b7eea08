-- grain: one row per opdracht that is not geannuleerd: its stand on peildatum (null = now)
-- The status on peildatum comes from the status history (opdracht_status_op); geannuleerd
-- opdrachten are left out, as every as-of count leaves them out.
create or replace macro intern.opdracht_stand_op(peildatum) as table
with

stand as (
    select * from intern.opdracht_status_op(peildatum)
),

final as (
    select opdracht_id, status, opdrachtnemer, gestart
    from stand
    where status <> 'geannuleerd'
)

select * from final
