-- grain: one row per value (scalar macro): whether the as-of figures of a day are vastgesteld
create or replace macro intern.is_vastgesteld(welke_dag) as
coalesce(welke_dag::date in (select v.dag from intern.vast_dag as v), false)
