-- grain: one row per paying × receiving gemeente pair at the last day of the data
create or replace view verrekening as
select * from verrekening_op((select max(datum) from intern.fct_saldo_dag))
