-- grain: one row per winstpunt W1–W9 (all nine, also when zero); geannuleerd excluded
create or replace view kpi_winstpunt as
select * from kpi_winstpunt_op(null)
