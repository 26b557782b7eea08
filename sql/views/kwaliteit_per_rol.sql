-- grain: one row per evaluating rol (all three, also when zero)
create or replace view kwaliteit_per_rol as
select * from kwaliteit_per_rol_op(null)
