-- grain: one row per soort_opdracht × stand (lopend, afgerond) that has opdrachten now
create or replace view werkvoorraad_per_soort as
select * from werkvoorraad_per_soort_op(null)
