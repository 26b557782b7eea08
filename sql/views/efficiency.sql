-- grain: one row per non-cancelled opdracht that merges others (samengevoegd_uit not empty)
create or replace view efficiency as
select * from efficiency_op(null)
