-- grain: one row per opdracht with registered hours × gemeente (all gemeenten)
create or replace view tussenstand_uren_tegoed as
select * from tussenstand_uren_tegoed_op((select max(datum) from intern.fct_uren_dag))
