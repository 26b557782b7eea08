-- grain: one row per paying × receiving gemeente pair at the year-end settlement
-- Settled on 31 December of the boekjaar (the year of the latest datum in uren and
-- geldinbreng, data contract section 3), at the gemiddeld tarief valid on that day.
create or replace view verrekening as
select * from verrekening_op((select verrekendatum from intern.dim_boekjaar))
