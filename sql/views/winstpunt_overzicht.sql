-- grain: one row per winstpunt W1–W9 (all nine): KPIs, quality and efficiency side by side
create or replace view winstpunt_overzicht as
select * from winstpunt_overzicht_op(null)
