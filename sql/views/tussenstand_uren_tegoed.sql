-- grain: one row per opdracht with hours registered in the current boekjaar × gemeente (all)
create or replace view tussenstand_uren_tegoed as
select * from tussenstand_uren_tegoed_op(intern.boekjaar_tot(null))
