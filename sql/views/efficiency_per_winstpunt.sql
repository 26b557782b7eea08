-- grain: one row per winstpunt W1–W9 (all nine): hours saved by merging opdrachten
create or replace view efficiency_per_winstpunt as
select * from efficiency_per_winstpunt_op(null)
