-- grain: one row per gemeente (all, also when zero): the hour balance over all data
create or replace view urenbalans as
select * from urenbalans_op((select max(datum) from intern.fct_saldo_dag))
