-- grain: one row per quarter with leerervaringen × soort (all four soorten, zeros included)
create or replace view leerervaringen_per_kwartaal as
select * from leerervaringen_per_kwartaal_op(null)
