-- grain: one row per correctie na vaststelling: a registration or geldinbreng dated in a
-- vastgesteld period that was added, or removed, after the vaststelling (a change is both),
-- with where it counts (geboekt_op, geboekt_in: the first open period; data contract §10)
create or replace view correcties_na_vaststelling as
select * from intern.fct_correctie
