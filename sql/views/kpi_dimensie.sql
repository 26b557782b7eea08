-- grain: one row per winst dimension (inhoudelijk, financieel, kwaliteit; all three, also when zero)
create or replace view kpi_dimensie as
select * from kpi_dimensie_op(null)
